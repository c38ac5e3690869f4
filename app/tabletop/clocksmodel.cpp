#include "clocksmodel.h"

#include "tabletopsession.h"

#include <QBrush>

namespace wl::tabletop {

namespace {

const QColor kMetColor(0x2e, 0x7d, 0x32);
const QColor kNotStartedColor(0x75, 0x75, 0x75);

} // namespace

ClocksTableModel::ClocksTableModel(TabletopSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &TabletopSession::clocksChanged, this, &ClocksTableModel::reload);
    connect(session, &TabletopSession::frameChanged, this, [this] {
        if (!m_clocks.isEmpty())
            emit dataChanged(index(0, Clock), index(rowCount() - 1, Clock));
    });
    reload();
}

void ClocksTableModel::reload()
{
    beginResetModel();
    const obligations::ExerciseClocks &clocks = m_session->clocks();
    m_clocks = clocks.clocks;
    const Model &model = m_session->document()->model();
    m_names.clear();
    for (const obligations::ExerciseClock &c : std::as_const(m_clocks))
        for (const QString &id : { c.obligation.node, c.obligation.notifyNode })
            if (!id.isEmpty())
                m_names.insert(id, partyName(model, id));
    m_format.start = m_session->settings().start;
    endResetModel();
}

const obligations::ExerciseClock *ClocksTableModel::clock(int row) const
{
    return row >= 0 && row < m_clocks.size() ? &m_clocks[row] : nullptr;
}

QString ClocksTableModel::shownName(const QString &id) const
{
    return m_names.value(id, id);
}

QString ClocksTableModel::clockText(
    const obligations::ExerciseClock &clock, double atHours, const ObligationsClock &format)
{
    using obligations::ClockState;
    const obligations::Obligation &o = clock.obligation;
    switch (obligations::clockState(clock, atHours)) {
    case ClockState::NotStarted:
        return tr("starts in %1").arg(ObligationsClock::span(o.clockStartsHours - atHours));
    case ClockState::Running:
    case ClockState::DueWithin24h:
        return tr("%1 left").arg(ObligationsClock::span(*o.dueHours - atHours));
    case ClockState::Overdue:
        return tr("overdue by %1").arg(ObligationsClock::span(atHours - *o.dueHours));
    case ClockState::NoDeadline: return tr("no fixed deadline");
    case ClockState::Met: return tr("met at %1").arg(format.at(*clock.notifiedHours));
    case ClockState::MetLate:
        return tr("met %1 late").arg(ObligationsClock::span(*clock.notifiedHours - *o.dueHours));
    }
    return {};
}

int ClocksTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clocks.size());
}

int ClocksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClocksTableModel::data(const QModelIndex &index, int role) const
{
    const obligations::ExerciseClock *c = clock(index.row());
    if (!c)
        return {};
    const obligations::Obligation &o = c->obligation;
    const double t = m_session->currentHours();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Party: return shownName(o.node);
        case Regime: return regimeText(o);
        case Notify: return notifyText(o, shownName(o.notifyNode));
        // The deadline's words, where the rule gives no number, are in the
        // tooltip: the column stays narrow.
        case Due: return o.dueHours ? m_format.at(*o.dueHours) : QStringLiteral("—");
        case Clock: return clockText(*c, t, m_format);
        case Citation: return o.rule.citation;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Clock) {
        using obligations::ClockState;
        switch (obligations::clockState(*c, t)) {
        case ClockState::Overdue:
        case ClockState::MetLate: return QBrush(QColor(kOverdueColor));
        case ClockState::DueWithin24h: return QBrush(QColor(kDueSoonColor));
        case ClockState::Met: return QBrush(kMetColor);
        case ClockState::NotStarted: return QBrush(kNotStartedColor);
        case ClockState::Running:
        case ClockState::NoDeadline: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = obligationToolTip(o);
        if (c->logEntry) {
            const QVector<DecisionLogEntry> &log = m_session->document()->exercise().log;
            if (*c->logEntry < log.size())
                tip += u'\n'
                    + tr("Notified at %1 (decision log): %2")
                          .arg(m_format.at(*c->notifiedHours), log[*c->logEntry].text);
        }
        return tip;
    }
    return {};
}

QVariant ClocksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Party: return tr("Party");
    case Regime: return tr("Regime");
    case Notify: return tr("Notify");
    case Due: return tr("Due");
    case Clock: return tr("Clock");
    case Citation: return tr("Citation");
    default: return {};
    }
}

} // namespace wl::tabletop
