// Sorting and filtering of an ElementTableModel. Values order as
// sortLess() says: absent ones last, numbers by value, text by the user's
// locale without regard to case.
//
// A table of many rows is sorted from ranks worked out on a worker: the
// rows' places in the order of one column, from a copy of the model, text
// compared by collation keys. QSortFilterProxyModel compares text pairwise
// on the GUI thread, a collation per comparison: sorting 100,000 nodes by
// name held it for a quarter of a second. Until the ranks arrive the table
// keeps its order and isSorting() is true; ranks go stale with any change
// of the table (comparisons then fall back to sortLess() on the values).
#pragma once

#include "model/document.h"

#include <QCollator>
#include <QFutureWatcher>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace wl {

class ElementTableModel;

class ElementSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // Tables of at least this many rows are ranked on a worker.
    static constexpr int kRankedRows = 20000;

    explicit ElementSortProxy(ElementTableModel *source, QObject *parent = nullptr);
    ~ElementSortProxy() override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A sort waits for its ranks.
    bool isSorting() const { return m_wanted.has_value(); }
    // For tests: rank on a worker from this many rows on.
    void setRankedRows(int rows) { m_rankedRows = rows; }

    // Whether `a` sorts before `b` (ElementTableModel::SortRole values):
    // absent last, numbers by value, text with `collator` (a column's
    // values are all numbers or all text).
    static bool sortLess(const QVariant &a, const QVariant &b, const QCollator &collator);
    // Each value's place in that order (equal values share one), worked
    // out with collation keys.
    static std::vector<int> ranks(const std::vector<QVariant> &values, const QCollator &collator);
    // A collator as the tables compare text with: the default locale's,
    // case-insensitive.
    static QCollator tableCollator();

signals:
    void sortingChanged(bool sorting);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Order {
        int column;
        Qt::SortOrder order;
    };
    // Works out the ranks of `column` on a worker, one job at a time.
    void startRanking(int column);
    void onRanked();
    void setWanted(std::optional<Order> wanted);

    ElementTableModel *m_source;
    QCollator m_collator;
    int m_rankedRows = kRankedRows;
    // Counts the source's changes: ranks are for one state of it.
    quint64 m_revision = 0;
    struct Ranks {
        int column = -1;
        quint64 revision = 0;
        std::vector<int> rank; // by source row
    } m_ranks;
    QFutureWatcher<std::vector<int>> m_job;
    int m_jobColumn = -1;
    quint64 m_jobRevision = 0;
    // The sort waiting for its ranks.
    std::optional<Order> m_wanted;
    // The sort taken off while the source resets, to be made again after.
    std::optional<Order> m_afterReset;
};

} // namespace wl
