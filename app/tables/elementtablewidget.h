// One element type as a filterable, sortable table: a filter line above a
// table view over an ElementTableModel behind an ElementSortProxy.
#pragma once

#include "elementsortproxy.h"

#include "model/document.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace wl {

class ElementTableModel;

class ElementTableWidget : public QWidget {
    Q_OBJECT
public:
    ElementTableWidget(Document *document, ElementType type, QWidget *parent = nullptr);

    ElementTableModel *tableModel() const { return m_model; }
    ElementSortProxy *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    void focusFilter();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Fits the columns to their contents; a hidden table (another tab, a
    // closed dock) does so when it is next shown.
    void fitColumns();
    void updateMatchCount();

    ElementTableModel *m_model;
    ElementSortProxy *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_matchCount;
    QTableView *m_view;
    bool m_fitPending = false;
};

} // namespace wl
