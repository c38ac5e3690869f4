#include "obligationsmodels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace wl {

namespace {

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', hours == std::floor(hours) ? 0 : 1);
}

} // namespace

QString recipientText(const QString &notify)
{
    if (notify == u"supervisory_authority")
        return ObligationsTableModel::tr("supervisory authority");
    if (notify == u"data_subjects")
        return ObligationsTableModel::tr("data subjects");
    if (notify == u"controller")
        return ObligationsTableModel::tr("controller");
    if (notify == u"csirt")
        return ObligationsTableModel::tr("CSIRT");
    if (notify == u"regulator")
        return ObligationsTableModel::tr("regulator");
    if (notify == u"investors")
        return ObligationsTableModel::tr("investors");
    return QString(notify).replace(u'_', u' ');
}

QString notifyText(const obligations::Obligation &o, const QString &notifyName)
{
    return o.notifyNode.isEmpty()
        ? recipientText(o.rule.notify)
        : ObligationsTableModel::tr("%1: %2").arg(recipientText(o.rule.notify), notifyName);
}

QString regimeText(const obligations::Obligation &o)
{
    return o.possiblyApplicable ? ObligationsTableModel::tr("%1 (possibly)").arg(o.rule.regime)
                                : o.rule.regime;
}

QString obligationToolTip(const obligations::Obligation &o)
{
    const obligations::Rule &rule = o.rule;
    QStringList lines;
    lines << ObligationsTableModel::tr("%1 — %2").arg(rule.regime, rule.citation);
    if (!rule.deadlineText.isEmpty())
        lines << rule.deadlineText;
    if (o.possiblyApplicable)
        lines << ObligationsTableModel::tr(
            "Possibly applicable: the party is outside the rule's jurisdiction, but the data "
            "subjects of data it holds are inside it.");
    if (!rule.notes.isEmpty())
        lines << rule.notes;
    lines << ObligationsTableModel::tr("Decision support, not legal advice.");
    return lines.join(u'\n');
}

QString partyName(const Model &model, const QString &id)
{
    const int i = model.nodeIndex(id);
    return i < 0 || model.nodes()[i].name.isEmpty() ? id : model.nodes()[i].name;
}

QString ObligationsClock::at(double hours) const
{
    if (!start.isValid())
        return ObligationsTableModel::tr("t + %1 h").arg(hoursText(hours));
    const QDateTime when = start.addSecs(qint64(std::llround(hours * 3600.0))).toUTC();
    return QLocale().toString(when, QStringLiteral("ddd yyyy-MM-dd HH:mm"))
        + QStringLiteral(" UTC");
}

QString ObligationsClock::span(double hours)
{
    const qint64 minutes = std::llround(std::abs(hours) * 60.0);
    if (minutes < 60)
        return ObligationsTableModel::tr("%1 min").arg(minutes);
    const qint64 days = minutes / (24 * 60);
    const qint64 restHours = (minutes % (24 * 60)) / 60;
    if (days == 0)
        return ObligationsTableModel::tr("%1 h").arg(minutes / 60);
    if (restHours == 0)
        return ObligationsTableModel::tr("%1 d").arg(days);
    return ObligationsTableModel::tr("%1 d %2 h").arg(days).arg(restHours);
}

void ObligationsTableModel::setResult(const std::optional<obligations::ObligationsResult> &result,
    const Model &model, const ObligationsClock &clock, std::optional<double> now)
{
    beginResetModel();
    m_obligations = result ? result->obligations : QVector<obligations::Obligation>();
    // Only the parties shown: a model may have tens of thousands of nodes.
    m_names.clear();
    for (const obligations::Obligation &o : std::as_const(m_obligations))
        for (const QString &id : { o.node, o.notifyNode })
            if (!id.isEmpty())
                m_names.insert(id, partyName(model, id));
    m_clock = clock;
    m_now = now;
    endResetModel();
}

const obligations::Obligation *ObligationsTableModel::obligation(int row) const
{
    return row >= 0 && row < m_obligations.size() ? &m_obligations[row] : nullptr;
}

int ObligationsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_obligations.size());
}

int ObligationsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ObligationsTableModel::shownName(const QString &id) const
{
    return m_names.value(id, id);
}

QVariant ObligationsTableModel::data(const QModelIndex &index, int role) const
{
    const obligations::Obligation *o = obligation(index.row());
    if (!o)
        return {};
    const obligations::Rule &rule = o->rule;
    // The time left at m_now, where both are known.
    const bool hasLeft = o->dueHours && m_now;
    const double left = hasLeft ? *o->dueHours - *m_now : 0.0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Party: return shownName(o->node);
        case Regime: return regimeText(*o);
        case Notify: return notifyText(*o, shownName(o->notifyNode));
        case ClockStarts: return m_clock.at(o->clockStartsHours);
        case Due: return o->dueHours ? m_clock.at(*o->dueHours) : rule.deadlineText;
        case TimeLeft:
            if (!hasLeft)
                return QString();
            return left < 0 ? tr("overdue by %1").arg(ObligationsClock::span(left))
                            : tr("%1 left").arg(ObligationsClock::span(left));
        case Citation: return rule.citation;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == TimeLeft && hasLeft) {
        if (left < 0)
            return QBrush(QColor(kOverdueColor));
        if (left <= 24.0)
            return QBrush(QColor(kDueSoonColor));
    }
    if (role == Qt::ToolTipRole)
        return obligationToolTip(*o);
    return {};
}

QVariant ObligationsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Party: return tr("Party");
    case Regime: return tr("Regime");
    case Notify: return tr("Notify");
    case ClockStarts: return tr("Clock starts");
    case Due: return tr("Due");
    case TimeLeft: return tr("Time left");
    case Citation: return tr("Citation");
    default: return {};
    }
}

PartiesTableModel::PartiesTableModel(AwarenessEditor editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(std::move(editor))
{
}

void PartiesTableModel::setResult(const std::optional<obligations::ObligationsResult> &result,
    const Model &model, const ObligationsClock &clock, const QVector<sim::TimedNode> &told)
{
    beginResetModel();
    m_parties = result ? result->parties : QVector<obligations::Party>();
    m_names.clear();
    for (const obligations::Party &p : std::as_const(m_parties))
        for (const QString &id : { p.node, p.toldBy })
            if (!id.isEmpty())
                m_names.insert(id, partyName(model, id));
    m_clock = clock;
    m_told.clear();
    for (const sim::TimedNode &t : told)
        m_told.insert(t.node, t.atHours);
    endResetModel();
}

int PartiesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

int PartiesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartiesTableModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_parties.size())
        return {};
    const obligations::Party &p = m_parties[index.row()];
    const auto told = m_told.constFind(p.node);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Party: return m_names.value(p.node, p.node);
        case LearntAt: return m_clock.at(p.awareHours);
        case ToldBy:
            return p.toldBy.isEmpty()
                ? (told != m_told.cend() ? tr("(we were told)") : tr("(breached)"))
                : m_names.value(p.toldBy, p.toldBy);
        case ToldAt: return told != m_told.cend() ? tr("%1 h").arg(hoursText(*told)) : QString();
        default: return {};
        }
    }
    if (role == Qt::EditRole && index.column() == ToldAt)
        return told != m_told.cend() ? QVariant(*told) : QVariant(QString());
    if (role == Qt::ToolTipRole && index.column() == ToldAt)
        return tr("When this party learnt of the breach, in hours from it, whatever the chain "
                  "says (\"we were told at …\"). Clear the cell to follow the chain again.");
    return {};
}

bool PartiesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ToldAt || index.row() < 0
        || index.row() >= m_parties.size())
        return false;
    const QString node = m_parties[index.row()].node;
    std::optional<double> hours;
    QString text = value.toString().trimmed();
    if (text.endsWith(u'h'))
        text.chop(1);
    text = text.trimmed();
    if (!text.isEmpty()) {
        // The user's locale first, then a plain "12.5".
        bool ok = false;
        double h = QLocale().toDouble(text, &ok);
        if (!ok)
            h = text.toDouble(&ok);
        if (!ok) {
            emit editRefused(tr("“%1” is not a number of hours").arg(value.toString()));
            return false;
        }
        hours = h;
    }
    QString error;
    if (!m_editor(node, hours, &error)) {
        if (!error.isEmpty())
            emit editRefused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags PartiesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ToldAt)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PartiesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Party: return tr("Party");
    case LearntAt: return tr("Learnt of it");
    case ToldBy: return tr("Told by");
    case ToldAt: return tr("We were told at");
    default: return {};
    }
}

} // namespace wl
