#include "nodefiguretable.h"

#include "nodefiguremodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace wl {

QTableView *createNodeFigureTable(NodeFigureModel *model, const QString &name,
    const std::function<void(const QString &id)> &chosen)
{
    auto *view = new QTableView;
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(NodeFigureModel::SortRole);
    proxy->setFilterRole(NodeFigureModel::FilterRole);
    proxy->setFilterKeyColumn(0);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes the width the figures leave.
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
    QObject::connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, view,
        [view, proxy, model, chosen] {
            const QModelIndexList rows = view->selectionModel()->selectedRows();
            if (rows.size() != 1)
                return;
            const QString id = model->id(proxy->mapToSource(rows.first()).row());
            if (!id.isEmpty())
                chosen(id);
        });
    return view;
}

} // namespace wl
