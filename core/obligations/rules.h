// The breach-notification rules (resources/notification/, NOTIFICATION.md):
// who must notify whom, by when, under which regime. Plain data read from
// JSON; the loaders return the rule set or an error, never throw.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wl::obligations {

// One rule of notification-rules.json. A JSON null is an empty string or an
// empty optional.
struct Rule {
    QString id;
    QString regime;
    // Codes as the rule writes them: "EU" (every EU/EEA member), "US" (every
    // state too), else one code ("GB", "US-CA").
    QStringList jurisdictions;
    // "controller", "processor" or "any".
    QString appliesToRole;
    QString trigger;
    bool requiresPersonalData = false;
    QString sector;
    // Who is told: supervisory_authority, controller, data_subjects, csirt,
    // regulator, investors, …
    QString notify;
    // At most one of the three deadlines; none: the rule gives no number and
    // deadlineText applies.
    std::optional<double> deadlineHours;
    std::optional<int> deadlineBusinessDays;
    std::optional<int> deadlineMonths;
    QString deadlineText;
    QString clockStarts;
    QString citation;
    QString sourceUrl;
    QString notes;
    // The node tag the rule needs ("nis2", "dora", …); empty: none.
    QString sectorTag;
    // The rule whose due time starts this rule's clock; empty: awareness.
    QString clockAfterRule;

    bool hasDeadline() const { return deadlineHours || deadlineBusinessDays || deadlineMonths; }
    friend bool operator==(const Rule &, const Rule &) = default;
};

struct RuleSet {
    // The date the rules were checked, YYYY-MM-DD.
    QString asOf;
    QVector<Rule> rules;

    // The rule with this id, or null.
    const Rule *rule(const QString &id) const;
};

struct RulesResult {
    std::optional<RuleSet> rules;
    // On failure: the reason, starting with the JSON path or the line, e.g.
    // "rules[3].deadline_hours: must be a number greater than 0 or null",
    // without the file name.
    QString error;

    bool ok() const { return rules.has_value(); }
};

// Reads a rules file, version 1. Every field of every rule is checked:
// the strings are required, the nullable fields may be absent (null); a
// clock_after_rule must name another rule that has a deadline, without
// cycles. Unknown keys are ignored.
RulesResult parseRules(const QByteArray &json);

// The rules built into the product (resources/notification/).
QString builtInRulesPath();
// Read once per process (the resource never changes) and shared by every
// caller; thread-safe.
const RulesResult &builtInRules();

} // namespace wl::obligations
