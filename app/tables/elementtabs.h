// The document as tables, one tab per element type (Nodes, Edges, Data
// assets); the central widget until the graph canvas arrives.
#pragma once

#include "model/document.h"

#include <QTabWidget>

namespace wl {

class ElementTableWidget;

class ElementTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit ElementTabs(Document *document, QWidget *parent = nullptr);

    ElementTableWidget *table(ElementType type) const;
    void showTable(ElementType type);
    // Focuses the filter line of the current tab.
    void focusFilter();

signals:
    // An edit in any table was rejected; the message says why.
    void editRejected(const QString &message);

private:
    ElementTableWidget *m_nodes;
    ElementTableWidget *m_edges;
    ElementTableWidget *m_data;
};

} // namespace wl
