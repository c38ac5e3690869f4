// The tables of the tabletop timeline: every node of the projection with its
// probability of being compromised by t, and every data asset with its
// probability of being exposed by t and the records that exposes on
// average. They follow the session: a new projection resets them, a step of
// t changes only the columns that depend on t.
#pragma once

#include <QAbstractTableModel>

namespace wl::analysis {
struct Projection;
} // namespace wl::analysis

namespace wl::tabletop {

class TabletopSession;

// Numbers for sorting come in this role (the display role is text).
inline constexpr int kSortRole = Qt::UserRole + 1;

// What both tables share: one row per node (asset) of the session's
// projection; a new projection resets the table, a step of t signals only
// the columns from `firstTimeColumn` to `lastTimeColumn`, which depend on t.
class TimelineTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    TimelineTableModel(TabletopSession *session, int columns, int firstTimeColumn,
        int lastTimeColumn, QObject *parent);
    virtual int rows(const analysis::Projection &projection) const = 0;

    TabletopSession *m_session;

private:
    int m_columns;
};

class NodeTimelineModel : public TimelineTableModel {
    Q_OBJECT
public:
    enum Column { Name, Organization, Probability, FirstReached, ColumnCount };

    explicit NodeTimelineModel(TabletopSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows(const analysis::Projection &projection) const override;
};

class AssetTimelineModel : public TimelineTableModel {
    Q_OBJECT
public:
    enum Column { Name, Category, Records, Probability, ExpectedRecords, ColumnCount };

    explicit AssetTimelineModel(TabletopSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows(const analysis::Projection &projection) const override;
};

} // namespace wl::tabletop
