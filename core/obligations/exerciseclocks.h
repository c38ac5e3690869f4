// The notification clocks of a tabletop exercise (docs/OBLIGATIONS.md,
// "Tabletop clocks"): the obligations after a breach of the exercise's
// vendor at t = 0, each with the decision-log entry that reports it
// notified, its state at any exercise time t — a countdown until it is met
// — and its outcome at the end of the exercise (met, met late, missed,
// open). A pure function of the model, the rules and the exercise.
// Decision support, not legal advice.
#pragma once

#include "obligations/obligations.h"

#include "model/exercise.h"

#include <QVector>

#include <optional>

namespace wl::obligations {

// The mark a log entry gives to report `o` notified, and whether `mark`
// names `o`.
NotificationMark markOf(const Obligation &o);
bool marks(const NotificationMark &mark, const Obligation &o);

// The incident an exercise plays: its vendor breached at t = 0; t = 0 at the
// exercise's start (in UTC), or defaultStart() without one. A log entry
// that reports a processor-to-controller obligation notified makes the
// controller aware at the entry's time (Incident::aware), whatever the
// contract's SLA predicted: from then its own clocks run. Marks that name a
// controller the model no longer has are left out.
Incident exerciseIncident(const Model &model, const Exercise &exercise);

struct ExerciseClock {
    Obligation obligation;
    // The earliest log entry that reports it notified (its index in the
    // log) and that entry's exercise time; none without one.
    std::optional<int> logEntry;
    std::optional<double> notifiedHours;
};

struct ExerciseClocks {
    // None when the exercise has no vendor, or one the model does not know
    // (problem says which).
    std::optional<ObligationsResult> result;
    // One per obligation of the result, in its order (earliest due first).
    QVector<ExerciseClock> clocks;
    QString problem;
    // The rules' as_of date (RuleSet::asOf), for the disclaimer.
    QString rulesAsOf;
};

ExerciseClocks exerciseClocks(const Model &model, const RuleSet &rules, const Exercise &exercise);

enum class ClockState {
    NotStarted, // the party is not aware yet at t
    Running, // more than 24 h left
    DueWithin24h,
    Overdue, // past due and not notified
    NoDeadline, // the rule gives no number; not notified
    Met, // notified by t, no later than due
    MetLate, // notified by t, after the due time
};

// The clock at exercise time t: a notification logged at or before t stops
// it (met, met late); one logged after t has not happened yet.
ClockState clockState(const ExerciseClock &clock, double atHours);

// Indexes into clocks.clocks of the next `count` deadlines at t: clocks not
// notified by t whose due time is after t, earliest due first.
QVector<int> nextDeadlines(const ExerciseClocks &clocks, double atHours, int count);

// How many clocks are overdue at t.
int overdueCount(const ExerciseClocks &clocks, double atHours);

enum class Outcome {
    Met, // notified no later than due
    MetLate, // notified after the due time
    Missed, // not notified, due by the end of the exercise
    Open, // not notified, due after the end or no fixed deadline
};

// The outcome for the after-action record, with the whole log and the end
// of the exercise at `endHours`.
Outcome outcome(const ExerciseClock &clock, double endHours);

// "not_started", "running", "due_within_24h", "overdue", "no_deadline",
// "met", "met_late"; "met", "met_late", "missed", "open".
QString clockStateKey(ClockState s);
QString outcomeKey(Outcome o);

} // namespace wl::obligations
