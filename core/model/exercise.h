// A tabletop exercise kept in the document (.weaklink): which vendor is
// breached and when the exercise clock starts, how far and in which steps the
// timeline runs, the responses (severance plan) decided so far, and the
// decision log typed during the exercise. Like scenarios, it belongs to the
// document an analyst works in, not to model JSON.
#pragma once

#include "model/scenario.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace wl {

// What the projection is computed from. Times are hours after the breach
// (exercise time t; the exercise clock shows start + t).
struct ExerciseSettings {
    QString vendor; // the breached node's id; empty: no exercise set up
    QDateTime start; // the exercise clock at t = 0; invalid: not chosen
    double lengthHours = 168.0; // the timeline runs from 0 to this
    double stepHours = 1.0; // the timeline's step
    int trials = 10000;
    quint64 rngSeed = 1;
    // "Sever vendor X at t": the severance plan of the projection, in the
    // order the facilitator added them.
    QVector<sim::TimedNode> responses;

    friend bool operator==(const ExerciseSettings &, const ExerciseSettings &) = default;
};

// "Notified X": the notification obligation (core/obligations) a log entry
// reports as done, at the entry's exercise time. It names the obligation as
// the rules engine does: the party that owes it, the rule, and the upstream
// party a processor-to-controller rule is owed to (empty for other rules).
struct NotificationMark {
    QString node;
    QString rule;
    QString notifyNode;

    friend bool operator==(const NotificationMark &, const NotificationMark &) = default;
};

struct DecisionLogEntry {
    QDateTime wallClock; // when it was typed (UTC, milliseconds)
    double exerciseHours = 0.0; // the exercise time t it was typed at
    QString text;
    // The obligation this entry reports as notified; none for a plain entry.
    std::optional<NotificationMark> notified;

    friend bool operator==(const DecisionLogEntry &, const DecisionLogEntry &) = default;
};

struct Exercise {
    ExerciseSettings settings;
    QVector<DecisionLogEntry> log;

    friend bool operator==(const Exercise &, const Exercise &) = default;
};

namespace exercise {

// The most timeline points a projection may have: the engine keeps a count
// per node per point, so this bounds its memory (2,000 nodes × 5,000 points
// × 8 bytes = 80 MB).
inline constexpr int kMaxTimelinePoints = 5000;

// Why these settings cannot be stored or run, empty if they can: a length
// or step that is not a finite number of hours above 0, a timeline with more
// than kMaxTimelinePoints points, trials below 1, a response with an empty
// node id or a time that is not a finite number of hours of 0 or more.
// Node ids are not checked against the model (see SavedScenario).
QString checkSettings(const ExerciseSettings &s);

// Why `e` cannot be a log entry, empty if it can: an invalid wall clock, an
// exercise time that is not a finite number of hours of 0 or more, a mark
// with an empty node or rule. Node and rule ids are not checked against the
// model or the rules: a mark, like a scenario, may outlive them.
QString checkLogEntry(const DecisionLogEntry &e);

// The timeline: 0, step, 2 step, … up to the length, the length itself,
// every response time within it, ascending without repeats. Response times
// are on it so that the projection can be read exactly at each response.
std::vector<double> timeline(const ExerciseSettings &s);

// The seeded scenario the projection runs: the vendor breached at 0, the
// responses as severance plan, the exercise length as horizon.
sim::Scenario scenario(const ExerciseSettings &s);

// Exercise time and clock in text: "36 h" (or "36.5 h"), and the clock
// start + t in ISO form "2025-11-24 21:00" (or "+36 h" without a start).
QString formatHours(double hours);
QString clockText(const ExerciseSettings &s, double hours);

// The stored forms: ISO 8601 with the UTC offset (the start keeps the
// offset it was chosen in), and the wall clock in UTC; both with
// milliseconds.
QString startToText(const QDateTime &start);
QDateTime startFromText(const QString &text);
QString wallClockToText(const QDateTime &wallClock);
QDateTime wallClockFromText(const QString &text);

} // namespace exercise

} // namespace wl
