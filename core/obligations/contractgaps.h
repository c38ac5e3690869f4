// Contract gaps (issue 13, the contract overlay): flows whose contract does
// not cover what the flow does, by the facts the model holds. No verdict:
// each gap says what is missing, and the rule it feeds where there is one.
// Decision support, not legal advice.
#pragma once

#include "obligations/rules.h"

#include "model/model.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace wl::obligations {

enum class GapKind {
    // Personal data flows over the edge and no DPA (GDPR Art. 28) covers it.
    NoDpa,
    // Personal data leaves the EU/EEA or the UK for a known jurisdiction
    // outside it, with no transfer mechanism (empty or "none").
    NoTransferMechanism,
    // The contract gives the target longer to tell the source than the
    // shortest statutory clock in hours that the source's own notice runs
    // under: the hop alone uses the clock up.
    SlaBeyondStatute,
    // The contract was last reviewed more than a year before `today`.
    StaleReview,
};

struct ContractGap {
    QString edge; // the edge's id
    GapKind kind;
    // For SlaBeyondStatute: the rule whose clock the SLA exceeds.
    QString rule;
    double slaHours = 0.0;
    double statuteHours = 0.0;

    friend bool operator==(const ContractGap &, const ContractGap &) = default;
};

// Every gap, in edge order, then in the order of GapKind. A model in which
// no edge has a contract has none: contracts are not being modelled there,
// and listing every flow would say nothing.
QVector<ContractGap> contractGaps(const Model &model, const RuleSet &rules, const QDate &today);

// The one line that describes a gap, e.g. `edge "e3" (acme -> northwind):
// personal data flows with no DPA`.
QString gapText(const Model &model, const RuleSet &rules, const ContractGap &gap);

// The key of a kind in JSON and tests: no_dpa, no_transfer_mechanism,
// sla_beyond_statute, stale_review.
QString gapKey(GapKind kind);

} // namespace wl::obligations
