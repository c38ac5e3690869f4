#include "contractgaps.h"

#include "obligations.h"

#include <algorithm>

namespace wl::obligations {

namespace {

bool inEuOrEea(const QString &code)
{
    return jurisdictionMatches(QStringLiteral("EU"), code);
}

bool inUk(const QString &code)
{
    return code == u"GB";
}

// Where personal data goes from `from` to `to` leaves the EU/EEA or the UK.
bool leavesEuOrUk(const QString &from, const QString &to)
{
    if (to.isEmpty())
        return false;
    return (inEuOrEea(from) && !inEuOrEea(to)) || (inUk(from) && !inUk(to));
}

// The rule with the shortest clock in hours that the source of a flow runs
// under once told of a breach of the flow's data: the rules that fire for it
// holding that data (its data subjects count as FORMAT.md §5's possibly
// applicable). Null where none has a number of hours.
const Rule *shortestClock(
    const RuleSet &rules, const Node &source, bool personal, const QStringList &subjects)
{
    const Rule *shortest = nullptr;
    for (const Rule &rule : rules.rules) {
        if (!rule.deadlineHours || !rule.clockAfterRule.isEmpty()
            || !ruleApplies(rule, source, personal, subjects))
            continue;
        if (!shortest || *rule.deadlineHours < *shortest->deadlineHours)
            shortest = &rule;
    }
    return shortest;
}

} // namespace

QVector<ContractGap> contractGaps(const Model &model, const RuleSet &rules, const QDate &today)
{
    const QVector<Edge> &edges = model.edges();
    if (std::all_of(
            edges.cbegin(), edges.cend(), [](const Edge &e) { return e.contract.isEmpty(); }))
        return {};
    QVector<ContractGap> gaps;
    for (const Edge &e : edges) {
        const Contract &c = e.contract;
        const Node &source = *model.node(e.source);
        const Node &target = *model.node(e.target);
        bool personal = false;
        QStringList subjects;
        for (const QString &id : e.data) {
            const DataAsset &a = *model.dataAsset(id);
            if (!a.personal)
                continue;
            personal = true;
            subjects += a.subjectJurisdictions;
        }
        if (personal && !c.dpa)
            gaps.append({ e.id, GapKind::NoDpa, {}, 0.0, 0.0 });
        if (personal && (c.transferMechanism.isEmpty() || c.transferMechanism == u"none")
            && leavesEuOrUk(source.jurisdiction, target.jurisdiction))
            gaps.append({ e.id, GapKind::NoTransferMechanism, {}, 0.0, 0.0 });
        if (c.notificationSlaHours) {
            if (const Rule *clock = shortestClock(rules, source, personal, subjects);
                clock && *c.notificationSlaHours > *clock->deadlineHours)
                gaps.append({ e.id, GapKind::SlaBeyondStatute, clock->id, *c.notificationSlaHours,
                    *clock->deadlineHours });
        }
        if (!c.reviewed.isEmpty() && QDate::fromString(c.reviewed, Qt::ISODate).addYears(1) < today)
            gaps.append({ e.id, GapKind::StaleReview, {}, 0.0, 0.0 });
    }
    return gaps;
}

QString gapKey(GapKind kind)
{
    switch (kind) {
    case GapKind::NoDpa: return QStringLiteral("no_dpa");
    case GapKind::NoTransferMechanism: return QStringLiteral("no_transfer_mechanism");
    case GapKind::SlaBeyondStatute: return QStringLiteral("sla_beyond_statute");
    case GapKind::StaleReview: return QStringLiteral("stale_review");
    }
    return {};
}

QString gapText(const Model &model, const RuleSet &rules, const ContractGap &gap)
{
    const Edge &e = *model.edge(gap.edge);
    const QString where = QStringLiteral("edge \"%1\" (%2 -> %3): ").arg(e.id, e.source, e.target);
    switch (gap.kind) {
    case GapKind::NoDpa: return where + QStringLiteral("personal data flows with no DPA");
    case GapKind::NoTransferMechanism:
        return where
            + QStringLiteral("personal data leaves %1 for %2 with no transfer mechanism")
                  .arg(inUk(model.node(e.source)->jurisdiction) ? QStringLiteral("the UK")
                                                                : QStringLiteral("the EU/EEA"),
                      model.node(e.target)->jurisdiction);
    case GapKind::SlaBeyondStatute: {
        const Rule *rule = rules.rule(gap.rule);
        return where
            + QStringLiteral("the notification SLA of %1 h is longer than the %2 h of %3 (%4) "
                             "that %5's own notice runs under")
                  .arg(QString::number(gap.slaHours), QString::number(gap.statuteHours),
                      rule ? rule->regime : gap.rule, rule ? rule->citation : QString(), e.source);
    }
    case GapKind::StaleReview:
        return where
            + QStringLiteral("the contract was last reviewed on %1, more than a year ago")
                  .arg(e.contract.reviewed);
    }
    return where;
}

} // namespace wl::obligations
