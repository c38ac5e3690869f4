#include "tableselectionsync.h"

#include "selection.h"
#include "tables/elementtablemodel.h"
#include "tables/elementtablewidget.h"
#include "tables/elementtabs.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace wl {

namespace {

constexpr ElementType kTypes[] = { ElementType::Node, ElementType::Edge, ElementType::DataAsset };

} // namespace

TableSelectionSync::TableSelectionSync(ElementTabs *tabs, Selection *selection, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_selection(selection)
{
    for (const ElementType type : kTypes) {
        QTableView *view = tabs->table(type)->tableView();
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, type] { fromTable(type); });
    }
    connect(selection, &Selection::changed, this, &TableSelectionSync::toTables);
}

void TableSelectionSync::fromTable(ElementType type)
{
    ElementTableWidget *table = m_tabs->table(type);
    // Rows also change selection when they are removed or reset; only what
    // the user picks in the table speaks for the shared selection.
    if (m_updating || !table->tableView()->hasFocus())
        return;
    QVector<int> rows;
    const QModelIndexList picked = table->tableView()->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : picked)
        rows.append(table->proxyModel()->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QVector<Selection::Item> items;
    items.reserve(rows.size());
    for (const int row : std::as_const(rows))
        items.append({ type, table->tableModel()->index(row, 0).data().toString() });
    m_source = type;
    m_selection->set(items);
    m_source.reset();
}

void TableSelectionSync::toTables()
{
    if (m_updating || !m_tabs)
        return;
    m_updating = true;
    for (const ElementType type : kTypes) {
        // The table the user is picking in already shows the selection.
        if (type == m_source)
            continue;
        ElementTableWidget *table = m_tabs->table(type);
        const Model &m = table->tableModel()->document()->model();
        QVector<int> rows;
        for (const QString &id : m_selection->ids(type))
            if (const int row = m.index(type, id); row >= 0)
                rows.append(row);
        std::sort(rows.begin(), rows.end());
        // Runs of consecutive rows make one range each: selecting all of a
        // large model stays cheap.
        QItemSelection source;
        const int lastColumn = table->tableModel()->columnCount() - 1;
        for (int i = 0; i < rows.size();) {
            int j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
                ++j;
            source.select(table->tableModel()->index(rows[i], 0),
                table->tableModel()->index(rows[j], lastColumn));
            i = j + 1;
        }
        QTableView *view = table->tableView();
        view->selectionModel()->select(table->proxyModel()->mapSelectionFromSource(source),
            QItemSelectionModel::ClearAndSelect);
        if (!rows.isEmpty() && !view->hasFocus())
            view->scrollTo(
                table->proxyModel()->mapFromSource(table->tableModel()->index(rows.first(), 0)));
    }
    m_updating = false;
}

} // namespace wl
