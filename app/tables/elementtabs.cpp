#include "elementtabs.h"

#include "elementtablemodel.h"
#include "elementtablewidget.h"

namespace wl {

ElementTabs::ElementTabs(Document *document, QWidget *parent)
    : QTabWidget(parent)
    , m_nodes(new ElementTableWidget(document, ElementType::Node, this))
    , m_edges(new ElementTableWidget(document, ElementType::Edge, this))
    , m_data(new ElementTableWidget(document, ElementType::DataAsset, this))
{
    setObjectName(QStringLiteral("elementTabs"));
    setDocumentMode(true);
    addTab(m_nodes, tr("Nodes"));
    addTab(m_edges, tr("Edges"));
    addTab(m_data, tr("Data assets"));
    for (ElementTableWidget *t : { m_nodes, m_edges, m_data })
        connect(
            t->tableModel(), &ElementTableModel::editRejected, this, &ElementTabs::editRejected);
}

ElementTableWidget *ElementTabs::table(ElementType type) const
{
    switch (type) {
    case ElementType::Node: return m_nodes;
    case ElementType::Edge: return m_edges;
    case ElementType::DataAsset: return m_data;
    }
    return nullptr;
}

void ElementTabs::showTable(ElementType type)
{
    setCurrentWidget(table(type));
}

void ElementTabs::focusFilter()
{
    if (auto *t = qobject_cast<ElementTableWidget *>(currentWidget()))
        t->focusFilter();
}

} // namespace wl
