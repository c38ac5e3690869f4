#include "exerciseclocks.h"

#include <QCoreApplication>

#include <algorithm>

namespace wl::obligations {

NotificationMark markOf(const Obligation &o)
{
    return { o.node, o.rule.id, o.notifyNode };
}

bool marks(const NotificationMark &mark, const Obligation &o)
{
    return mark == markOf(o);
}

Incident exerciseIncident(const Model &model, const Exercise &exercise)
{
    Incident incident;
    incident.seeds = { { exercise.settings.vendor, 0.0 } };
    if (exercise.settings.start.isValid())
        incident.start = exercise.settings.start.toUTC();
    for (const DecisionLogEntry &e : exercise.log)
        if (e.notified && model.nodeIndex(e.notified->notifyNode) >= 0)
            incident.aware.append({ e.notified->notifyNode, e.exerciseHours });
    return incident;
}

ExerciseClocks exerciseClocks(const Model &model, const RuleSet &rules, const Exercise &exercise)
{
    ExerciseClocks out;
    out.rulesAsOf = rules.asOf;
    const QString &vendor = exercise.settings.vendor;
    if (vendor.isEmpty()) {
        out.problem = QCoreApplication::translate(
            "obligations", "Choose the breached vendor: the clocks start at its breach.");
        return out;
    }
    if (model.nodeIndex(vendor) < 0) {
        out.problem = QCoreApplication::translate(
            "obligations", "The breached vendor “%1” is not in the model.")
                          .arg(vendor);
        return out;
    }
    ObligationsOutcome computed
        = computeObligations(model, rules, exerciseIncident(model, exercise));
    if (!computed.ok()) {
        out.problem = computed.error;
        return out;
    }
    out.result = std::move(computed.result);
    out.clocks.reserve(out.result->obligations.size());
    for (const Obligation &o : std::as_const(out.result->obligations)) {
        ExerciseClock c;
        c.obligation = o;
        for (qsizetype i = 0; i < exercise.log.size(); ++i) {
            const DecisionLogEntry &e = exercise.log[i];
            if (e.notified && marks(*e.notified, o)
                && (!c.notifiedHours || e.exerciseHours < *c.notifiedHours)) {
                c.logEntry = int(i);
                c.notifiedHours = e.exerciseHours;
            }
        }
        out.clocks.append(std::move(c));
    }
    return out;
}

ClockState clockState(const ExerciseClock &clock, double atHours)
{
    const std::optional<double> &due = clock.obligation.dueHours;
    if (clock.notifiedHours && *clock.notifiedHours <= atHours)
        return due && *clock.notifiedHours > *due ? ClockState::MetLate : ClockState::Met;
    if (atHours < clock.obligation.clockStartsHours)
        return ClockState::NotStarted;
    if (!due)
        return ClockState::NoDeadline;
    if (*due < atHours)
        return ClockState::Overdue;
    return *due - atHours > 24.0 ? ClockState::Running : ClockState::DueWithin24h;
}

QVector<int> nextDeadlines(const ExerciseClocks &clocks, double atHours, int count)
{
    QVector<int> next;
    for (qsizetype i = 0; i < clocks.clocks.size(); ++i) {
        const ExerciseClock &c = clocks.clocks[i];
        const bool notified = c.notifiedHours && *c.notifiedHours <= atHours;
        if (!notified && c.obligation.dueHours && *c.obligation.dueHours > atHours)
            next.append(int(i));
    }
    std::stable_sort(next.begin(), next.end(), [&clocks](int a, int b) {
        return *clocks.clocks[a].obligation.dueHours < *clocks.clocks[b].obligation.dueHours;
    });
    if (next.size() > count)
        next.resize(std::max(count, 0));
    return next;
}

int overdueCount(const ExerciseClocks &clocks, double atHours)
{
    return int(std::count_if(
        clocks.clocks.begin(), clocks.clocks.end(), [atHours](const ExerciseClock &c) {
            return clockState(c, atHours) == ClockState::Overdue;
        }));
}

Outcome outcome(const ExerciseClock &clock, double endHours)
{
    const std::optional<double> &due = clock.obligation.dueHours;
    if (clock.notifiedHours)
        return due && *clock.notifiedHours > *due ? Outcome::MetLate : Outcome::Met;
    return due && *due <= endHours ? Outcome::Missed : Outcome::Open;
}

QString clockStateKey(ClockState s)
{
    switch (s) {
    case ClockState::NotStarted: return QStringLiteral("not_started");
    case ClockState::Running: return QStringLiteral("running");
    case ClockState::DueWithin24h: return QStringLiteral("due_within_24h");
    case ClockState::Overdue: return QStringLiteral("overdue");
    case ClockState::NoDeadline: return QStringLiteral("no_deadline");
    case ClockState::Met: return QStringLiteral("met");
    case ClockState::MetLate: return QStringLiteral("met_late");
    }
    return {};
}

QString outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Met: return QStringLiteral("met");
    case Outcome::MetLate: return QStringLiteral("met_late");
    case Outcome::Missed: return QStringLiteral("missed");
    case Outcome::Open: return QStringLiteral("open");
    }
    return {};
}

} // namespace wl::obligations
