#include "exercise.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wl::exercise {

namespace {

bool validTime(double hours)
{
    return std::isfinite(hours) && hours >= 0.0;
}

bool validSpan(double hours)
{
    return std::isfinite(hours) && hours > 0.0;
}

// Points of the regular part of the timeline: 0, step, … below the length,
// plus the length itself.
double regularPoints(const ExerciseSettings &s)
{
    return std::ceil(s.lengthHours / s.stepHours) + 1.0;
}

} // namespace

QString checkSettings(const ExerciseSettings &s)
{
    if (!validSpan(s.lengthHours))
        return QCoreApplication::translate(
            "exercise", "the exercise length must be a finite number of hours above 0");
    if (!validSpan(s.stepHours))
        return QCoreApplication::translate(
            "exercise", "the time step must be a finite number of hours above 0");
    // The responses can add at most one point each.
    if (regularPoints(s) + double(s.responses.size()) > kMaxTimelinePoints)
        return QCoreApplication::translate("exercise",
            "the timeline would have more than %1 points: choose a larger step or a "
            "shorter exercise")
            .arg(kMaxTimelinePoints);
    if (s.trials < 1)
        return QCoreApplication::translate("exercise", "trials must be at least 1");
    for (const sim::TimedNode &r : s.responses) {
        if (r.node.isEmpty())
            return QCoreApplication::translate("exercise", "a response needs a node");
        if (!validTime(r.atHours))
            return QCoreApplication::translate("exercise",
                "the time of the response \"%1\" must be a finite number of hours, "
                "at least 0")
                .arg(r.node);
    }
    return {};
}

QString checkLogEntry(const DecisionLogEntry &e)
{
    if (!e.wallClock.isValid())
        return QCoreApplication::translate("exercise", "a log entry needs a valid wall-clock time");
    if (!validTime(e.exerciseHours))
        return QCoreApplication::translate("exercise",
            "the exercise time of a log entry must be a finite number of hours, "
            "at least 0");
    if (e.notified && (e.notified->node.isEmpty() || e.notified->rule.isEmpty()))
        return QCoreApplication::translate(
            "exercise", "a notification in the log needs the party's node and the rule");
    return {};
}

std::vector<double> timeline(const ExerciseSettings &s)
{
    std::vector<double> grid;
    if (!checkSettings(s).isEmpty())
        return grid;
    const auto steps = qint64(regularPoints(s));
    grid.reserve(size_t(steps) + size_t(s.responses.size()));
    // Multiples, not a running sum: no rounding drift over thousands of steps.
    for (qint64 k = 0; k < steps; ++k)
        grid.push_back(std::min(double(k) * s.stepHours, s.lengthHours));
    for (const sim::TimedNode &r : s.responses)
        if (r.atHours <= s.lengthHours)
            grid.push_back(r.atHours);
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    return grid;
}

sim::Scenario scenario(const ExerciseSettings &s)
{
    sim::Scenario scenario;
    scenario.mode = sim::Mode::Seeded;
    scenario.seeds = { { s.vendor, 0.0 } };
    scenario.sever = s.responses;
    scenario.trials = s.trials;
    scenario.rngSeed = s.rngSeed;
    scenario.horizonHours = s.lengthHours;
    return scenario;
}

QString formatHours(double hours)
{
    return QCoreApplication::translate("exercise", "%1 h").arg(QLocale().toString(hours, 'g', 10));
}

QString clockText(const ExerciseSettings &s, double hours)
{
    if (!s.start.isValid())
        return QCoreApplication::translate("exercise", "+%1").arg(formatHours(hours));
    const QDateTime at = s.start.addMSecs(qint64(std::llround(hours * 3600.0 * 1000.0)));
    return QLocale().toString(at, QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

QString startToText(const QDateTime &start)
{
    if (!start.isValid())
        return {};
    return start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime startFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString wallClockToText(const QDateTime &wallClock)
{
    return wallClock.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime wallClockFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace wl::exercise
