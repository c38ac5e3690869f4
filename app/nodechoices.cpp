#include "nodechoices.h"

#include "format/format.h"

#include <QComboBox>

namespace wl {

NodeChoicesModel::NodeChoicesModel(const Model &m, QObject *parent)
    : QAbstractListModel(parent)
    , m_model(m)
{
}

bool NodeChoicesModel::lists(const Model &m) const
{
    const QVector<Node> &mine = m_model.nodes();
    const QVector<Node> &theirs = m.nodes();
    if (mine.isSharedWith(theirs))
        return true;
    return std::equal(mine.cbegin(), mine.cend(), theirs.cbegin(), theirs.cend(),
        [](const Node &a, const Node &b) { return a.id == b.id && a.name == b.name; });
}

int NodeChoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_model.nodes().size());
}

QVariant NodeChoicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_model.nodes().size())
        return {};
    const Node &n = m_model.nodes().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return format::nodeLabel(m_model, n.id);
    if (role == Qt::UserRole)
        return n.id;
    return {};
}

void showNodeChoices(QComboBox *box, const Model &m)
{
    const QString current = box->currentData().toString();
    // The box deletes the model it owned before.
    box->setModel(new NodeChoicesModel(m, box));
    box->setCurrentIndex(nodeChoiceRow(box, current));
}

int nodeChoiceRow(const QComboBox *box, const QString &id)
{
    if (const auto *choices = qobject_cast<const NodeChoicesModel *>(box->model()))
        return choices->rowOf(id);
    return box->findData(id);
}

} // namespace wl
