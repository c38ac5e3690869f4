#include "elementsortproxy.h"

#include "elementtablemodel.h"

#include "jobs/backgroundthreads.h"

#include <algorithm>
#include <numeric>

namespace wl {

namespace {

bool isText(const QVariant &v)
{
    return v.typeId() == QMetaType::QString;
}

} // namespace

ElementSortProxy::ElementSortProxy(ElementTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_collator(tableCollator())
{
    // Connected before setSourceModel() connects the proxy's own handlers,
    // so that these run first: ranks go stale before a change is sorted
    // in, and a sort is taken off before the source resets (sorting the
    // new rows there would hold the GUI thread), to be made again after.
    const auto changed = [this] { ++m_revision; };
    connect(source, &QAbstractItemModel::dataChanged, this, changed);
    connect(source, &QAbstractItemModel::rowsInserted, this, changed);
    connect(source, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(source, &QAbstractItemModel::rowsMoved, this, changed);
    connect(source, &QAbstractItemModel::layoutChanged, this, changed);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        ++m_revision;
        if (sortColumn() >= 0) {
            m_afterReset = Order { sortColumn(), sortOrder() };
            QSortFilterProxyModel::sort(-1, sortOrder());
        }
    });
    connect(&m_job, &QFutureWatcher<std::vector<int>>::finished, this, &ElementSortProxy::onRanked);
    setSourceModel(source);
    // After the proxy's own handler, which ends its reset.
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        ++m_revision;
        if (const std::optional<Order> again = std::exchange(m_afterReset, std::nullopt))
            sort(again->column, again->order);
    });
}

ElementSortProxy::~ElementSortProxy()
{
    dropAndWait(m_job);
}

QCollator ElementSortProxy::tableCollator()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

bool ElementSortProxy::sortLess(const QVariant &a, const QVariant &b, const QCollator &collator)
{
    if (!a.isValid())
        return false;
    if (!b.isValid())
        return true;
    if (isText(a) || isText(b))
        return collator.compare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}

std::vector<int> ElementSortProxy::ranks(
    const std::vector<QVariant> &values, const QCollator &collator)
{
    const bool text = std::any_of(values.cbegin(), values.cend(), isText);
    // Per value, its number or collation key; -1: absent.
    std::vector<int> keyOf(values.size(), -1);
    std::vector<double> numbers;
    std::vector<QCollatorSortKey> keys;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        if (!v.isValid())
            continue;
        if (text) {
            keyOf[i] = int(keys.size());
            keys.push_back(collator.sortKey(v.toString()));
        } else {
            keyOf[i] = int(numbers.size());
            numbers.push_back(v.toDouble());
        }
    }
    const auto less = [&](int a, int b) {
        if (keyOf[a] < 0)
            return false;
        if (keyOf[b] < 0)
            return true;
        return text ? keys[keyOf[a]].compare(keys[keyOf[b]]) < 0
                    : numbers[keyOf[a]] < numbers[keyOf[b]];
    };
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), less);
    std::vector<int> rank(values.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        rank[order[k]] = k > 0 && !less(order[k - 1], order[k]) ? rank[order[k - 1]] : int(k);
    return rank;
}

void ElementSortProxy::sort(int column, Qt::SortOrder order)
{
    const bool ranked = m_ranks.column == column && m_ranks.revision == m_revision;
    if (column < 0 || m_source->rowCount() < m_rankedRows || ranked) {
        setWanted(std::nullopt);
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    setWanted(Order { column, order });
    startRanking(column);
}

void ElementSortProxy::startRanking(int column)
{
    // One at a time: the one running starts the next when it ends.
    if (m_job.isRunning())
        return;
    m_jobColumn = column;
    m_jobRevision = m_revision;
    m_job.setFuture(runInBackground(
        [model = m_source->document()->model(), type = m_source->elementType(), column] {
            std::vector<QVariant> values(std::size_t(model.count(type)));
            for (std::size_t i = 0; i < values.size(); ++i)
                values[i] = ElementTableModel::sortValue(model, type, int(i), column);
            return ranks(values, tableCollator());
        }));
}

void ElementSortProxy::onRanked()
{
    m_ranks = { m_jobColumn, m_jobRevision, m_job.future().takeResult() };
    if (m_wanted)
        sort(m_wanted->column, m_wanted->order);
}

void ElementSortProxy::setWanted(std::optional<Order> wanted)
{
    const bool was = isSorting();
    m_wanted = wanted;
    if (was != isSorting())
        emit sortingChanged(isSorting());
}

bool ElementSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_ranks.column == left.column() && m_ranks.revision == m_revision
        && std::size_t(m_source->rowCount()) == m_ranks.rank.size())
        return m_ranks.rank[std::size_t(left.row())] < m_ranks.rank[std::size_t(right.row())];
    return sortLess(left.data(sortRole()), right.data(sortRole()), m_collator);
}

} // namespace wl
