#include "nodechoices.h"

#include "format/format.h"
#include "model/model.h"

#include <QComboBox>

namespace wl::tabletop {

void showNodeChoices(QComboBox *box, const Model &m)
{
    const QString current = box->currentData().toString();
    box->clear();
    for (const Node &n : m.nodes())
        box->addItem(format::nodeLabel(m, n.id), n.id);
    box->setCurrentIndex(box->findData(current));
}

} // namespace wl::tabletop
