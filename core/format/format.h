// How Weaklink writes a number for people: every panel, export and the
// command line's text output go through here, so that one probability reads
// the same wherever it is shown. Numbers follow the locale passed in (the
// default locale if none): its digits, decimal point and group separator.
// JSON is never written through here.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace wl {

class Model;
struct Node;

namespace format {

// A probability (0 to 1) as a percentage with two decimals: "42.50 %".
// Exactly 0 and 1 read "0 %" and "100 %"; a probability above 0 that would
// round to 0.00 reads "< 0.01 %", one below 1 that would round to 100.00
// reads "> 99.99 %": no panel says never or always where it is not so.
QString percent(double p, const QLocale &locale = QLocale());
// A difference of probabilities in percentage points, signed: "+1.25 pp",
// "−0.50 pp", "±0".
QString percentPoints(double d, const QLocale &locale = QLocale());

// A whole number of records, trials or nodes, digits grouped: "1,200,000".
QString count(qint64 n, const QLocale &locale = QLocale());
// An expected (mean) number of records: whole numbers from 100 on
// ("1,234"), one decimal from 1 ("12.5"), the first two digits that matter
// below ("0.35", "0.0012"); "0" for none.
QString records(double n, const QLocale &locale = QLocale());
// A number on a chart axis, short: below 1,000 to at most two decimals
// without trailing zeros, above with k, M or B and at most three significant digits ("2.5 k",
// "40 M", "1.25 B").
QString compact(double n, const QLocale &locale = QLocale());
// A difference of expected records, signed: "+1,234", "−0.35", "±0".
QString recordsChange(double d, const QLocale &locale = QLocale());
// A translated text with a number in it, where no translation is loaded
// (weaklink-cli, the English app): its "(s)" becomes the English plural's
// ending for `n` ("1 node(s)" → "1 node", "2 node(s)" → "2 nodes"). A
// catalogue's own numerus forms have no "(s)" and pass unchanged.
QString englishPlural(QString translated, qint64 n);
// A mean count, such as the nodes compromised per trial: two decimals,
// which carry what the trial counts can tell apart ("1.31").
QString mean(double n, const QLocale &locale = QLocale());
// A difference of mean counts, signed: "+0.25", "−1.00", "±0".
QString meanChange(double d, const QLocale &locale = QLocale());

// Hours, to at most two decimals without trailing zeros: "36 h", "36.5 h",
// "0.25 h".
QString hours(double h, const QLocale &locale = QLocale());
// How duration() shows a duration: the app's Preferences choose; without a
// choice (the CLI, exports made from it) durations are in hours. Read on
// any thread.
enum class DurationUnit { Hours, Days };
void setDurationUnit(DurationUnit unit);
DurationUnit durationUnit();
// A duration given in hours, in the chosen unit: hours(), or days to at
// most two decimals, "1.5 d".
QString duration(double h, const QLocale &locale = QLocale());
// A moment in local time, in ISO order (a record read across borders must
// not be read day-for-month): "2025-11-24 21:00"; timestamp() adds the
// seconds; timeOfDay() is the locale's short time ("21:00", "9:00 PM").
QString dateTime(const QDateTime &at, const QLocale &locale = QLocale());
QString timestamp(const QDateTime &at, const QLocale &locale = QLocale());
QString timeOfDay(const QDateTime &at, const QLocale &locale = QLocale());

// An rng seed is a name for a stream of random draws, not a quantity: it is
// written and read as plain ASCII digits in every locale, on the command
// line and in every panel alike, never grouped, so that a seed copied from
// one place to another means the same draws. parseRngSeed() takes surrounding
// spaces, nothing else but digits, up to 2^64 - 1.
QString rngSeed(quint64 seed);
std::optional<quint64> parseRngSeed(const QString &text);

// A node as a person knows it: its name, or its id where it has none (or
// is not in the model).
QString nodeName(const Node &node);
QString nodeName(const Model &model, const QString &id);
// A node where the id matters too: "Name (id)", or the id alone where the
// name adds nothing (none, the same as the id, or not in the model).
QString nodeLabel(const Model &model, const QString &id);

} // namespace format

} // namespace wl
