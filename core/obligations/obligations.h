// Who must notify whom, by when, after a breach at the seed nodes (FORMAT.md
// §5, NOTIFICATION.md, docs/OBLIGATIONS.md): the exposed assets, when each
// party becomes aware as the news travels back towards the owners of the
// data, and every rule that fires for each party with its due time. A pure
// function of the model, the rules and the incident. Decision support, not
// legal advice.
#pragma once

#include "obligations/rules.h"

#include "model/model.h"
#include "model/scenario.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wl::obligations {

// 1970-01-05T00:00Z, a Monday: t = 0 when the incident gives no start.
QDateTime defaultStart();
// The start as FORMAT.md §5 writes it, YYYY-MM-DDTHH:MMZ (UTC), and back;
// parseStart takes exactly that form of a valid date and time, else none.
QString startText(const QDateTime &start);
std::optional<QDateTime> parseStart(const QString &text);

struct Incident {
    // Where the breach happened and when (hours from t = 0); a node given
    // twice keeps its smaller time.
    QVector<sim::TimedNode> seeds;
    // "We were told at …": the party's awareness, whatever the chain says;
    // the news travels on from that time. A node given twice keeps its
    // smaller time.
    QVector<sim::TimedNode> aware;
    // The calendar date and time (UTC) of t = 0, for business days and
    // months.
    QDateTime start = defaultStart();
    // When given, each obligation's status at that time.
    std::optional<double> atHours;
};

struct Party {
    QString node;
    double awareHours = 0.0;
    // The party it learnt from; empty for a seed, and for a party that only
    // the `aware` overrides bring in.
    QString toldBy;

    friend bool operator==(const Party &, const Party &) = default;
};

enum class Status { Running, DueWithin24h, Overdue };

struct Obligation {
    QString node;
    // The rule that fires, for its id, regime, notify, texts, citation and
    // source.
    Rule rule;
    // The upstream party a processor-to-controller rule (notify
    // "controller") is owed to: the source of an edge that brings the party
    // an exposed asset. Empty for every other rule, and where the party has
    // no upstream party.
    QString notifyNode;
    double clockStartsHours = 0.0;
    // Hours from t = 0; none where the rule gives no number.
    std::optional<double> dueHours;
    // The party's jurisdiction does not match the rule, but the data subjects
    // of an exposed personal asset it holds do.
    bool possiblyApplicable = false;
    // Only when the incident gives atHours.
    std::optional<Status> status;

    friend bool operator==(const Obligation &, const Obligation &) = default;
};

struct ObligationsResult {
    // The seeds after merging, and t = 0, as the incident gives them.
    QVector<sim::TimedNode> seeds;
    QDateTime start;
    // Ids of every asset a seed holds, in model order.
    QStringList exposedData;
    // Seeds and everyone told, earliest first (ties in model order).
    QVector<Party> parties;
    // Sorted by due time (none last), then node id, then rule id, then
    // notifyNode.
    QVector<Obligation> obligations;
};

struct ObligationsOutcome {
    std::optional<ObligationsResult> result;
    // An unknown node id, a bad time; without a file name.
    QString error;

    bool ok() const { return result.has_value(); }
};

// The incident's problems (no seed, unknown node ids, times not finite or
// below 0, an invalid start), or empty.
QString checkIncident(const Model &model, const Incident &incident);

ObligationsOutcome computeObligations(
    const Model &model, const RuleSet &rules, const Incident &incident);

// Whether a rule's jurisdiction code covers a code of a node or of data
// subjects: "EU" covers the EU and EEA members, "US" every "US-xx", others
// only themselves.
bool jurisdictionMatches(const QString &ruleCode, const QString &code);

enum class Applies { Yes, Possibly };

// Whether `rule` fires for `node` (NOTIFICATION.md, "Which rules fire"):
// its role, its sector tag, personal data where the rule needs it (the
// party holds an exposed personal asset), and the node's jurisdiction (Yes)
// or, failing that, the data subjects' (Possibly, FORMAT.md §5's
// possibly_applicable); none where it does not.
std::optional<Applies> ruleApplies(
    const Rule &rule, const Node &node, bool holdsPersonal, const QStringList &subjects);

// The due time, in hours from t = 0 at `start`, of a clock that starts at
// `clockStartsHours` and runs for the rule's deadline; none where the rule
// gives no number.
std::optional<double> dueHours(const Rule &rule, double clockStartsHours, const QDateTime &start);

// "running", "due_within_24h", "overdue".
QString statusKey(Status s);

} // namespace wl::obligations
