#include "timelinemodels.h"

#include "tabletopsession.h"

#include "format/format.h"

#include <limits>

namespace wl::tabletop {

TimelineTableModel::TimelineTableModel(
    TabletopSession *session, int columns, int firstTimeColumn, int lastTimeColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_columns(columns)
{
    connect(session, &TabletopSession::projectionChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(session, &TabletopSession::frameChanged, this, [=, this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, firstTimeColumn), index(rowCount() - 1, lastTimeColumn));
    });
}

int TimelineTableModel::rowCount(const QModelIndex &parent) const
{
    const auto p = m_session->projection();
    return parent.isValid() || !p ? 0 : rows(*p);
}

int TimelineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

// ---- nodes -----------------------------------------------------------------

NodeTimelineModel::NodeTimelineModel(TabletopSession *session, QObject *parent)
    : TimelineTableModel(session, ColumnCount, Probability, Probability, parent)
{
}

int NodeTimelineModel::rows(const analysis::Projection &projection) const
{
    return projection.nodeCount();
}

QVariant NodeTimelineModel::data(const QModelIndex &index, int role) const
{
    const auto p = m_session->projection();
    if (!p || !index.isValid())
        return {};
    const int v = index.row();
    const Node &n = p->model->nodes()[v];
    const int k = m_session->timeIndex();
    switch (Column(index.column())) {
    case Name:
        if (role == Qt::DisplayRole || role == kSortRole)
            return format::nodeName(n);
        if (role == Qt::ToolTipRole)
            return n.id;
        break;
    case Organization:
        if (role == Qt::DisplayRole || role == kSortRole)
            return n.organization;
        break;
    case Probability:
        if (role == Qt::DisplayRole)
            return format::percent(p->pNode(v, k));
        if (role == kSortRole)
            return p->pNode(v, k);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FirstReached: {
        const int first = p->firstReached[size_t(v)];
        if (role == Qt::DisplayRole)
            return first < 0 ? QStringLiteral("–") : format::duration(p->timeline()[size_t(first)]);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == kSortRole)
            return first < 0 ? std::numeric_limits<double>::infinity()
                             : p->timeline()[size_t(first)];
        if (role == Qt::ToolTipRole)
            return first < 0 ? tr("Not reached within the exercise")
                             : tr("First reachable at %1")
                                   .arg(exercise::clockText(
                                       m_session->settings(), p->timeline()[size_t(first)]));
        break;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant NodeTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Node");
    case Organization: return tr("Organisation");
    case Probability: return tr("P(compromised by t)");
    case FirstReached: return tr("Reachable from");
    case ColumnCount: break;
    }
    return {};
}

// ---- data assets -----------------------------------------------------------

AssetTimelineModel::AssetTimelineModel(TabletopSession *session, QObject *parent)
    : TimelineTableModel(session, ColumnCount, Probability, ExpectedRecords, parent)
{
}

int AssetTimelineModel::rows(const analysis::Projection &projection) const
{
    return projection.assetCount();
}

QVariant AssetTimelineModel::data(const QModelIndex &index, int role) const
{
    const auto p = m_session->projection();
    if (!p || !index.isValid())
        return {};
    const int a = index.row();
    const DataAsset &asset = p->model->data()[a];
    const int k = m_session->timeIndex();
    const bool number = index.column() >= Records;
    if (role == Qt::TextAlignmentRole && number)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    switch (Column(index.column())) {
    case Name:
        if (role == Qt::DisplayRole || role == kSortRole)
            return asset.name;
        if (role == Qt::ToolTipRole)
            return asset.id;
        break;
    case Category:
        if (role == Qt::DisplayRole || role == kSortRole)
            return asset.category;
        break;
    case Records:
        if (role == Qt::DisplayRole)
            return format::count(asset.records);
        if (role == kSortRole)
            return double(asset.records);
        break;
    case Probability:
        if (role == Qt::DisplayRole)
            return format::percent(p->pAsset(a, k));
        if (role == kSortRole)
            return p->pAsset(a, k);
        break;
    case ExpectedRecords: {
        const double expected = p->pAsset(a, k) * double(asset.records);
        if (role == Qt::DisplayRole)
            return format::records(expected);
        if (role == kSortRole)
            return expected;
        break;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant AssetTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Data asset");
    case Category: return tr("Category");
    case Records: return tr("Records");
    case Probability: return tr("P(exposed by t)");
    case ExpectedRecords: return tr("Expected records exposed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wl::tabletop
