// The board report's figures (docs/REPORT.md), computed once for the PDF and
// its JSON twin, by the GUI (File ▸ Board Report…) and weaklink-cli report
// alike. Every figure comes from the engine and the analyses the panels and
// the CLI use — the annual baseline, the rankings, the obligations, the
// contract gaps, the diff — with the same trials and seed, so that each
// number equals theirs. No widgets here: it runs on a worker thread.
#pragma once

#include "analysis/modeldiff.h"
#include "layout/layoutresult.h"
#include "model/documentstate.h"
#include "obligations/contractgaps.h"
#include "obligations/obligations.h"
#include "render/export.h"
#include "render/view.h"
#include "simulation/compiledmodel.h"
#include "simulation/rankings.h"

#include <QDate>

#include <optional>

namespace wl::report {

// Above this many nodes the map shows the organisations view: a board reads
// organisations, not 2,000 boxes.
inline constexpr int kOrganisationsViewAbove = 300;
// Rows a table of the report shows at most (the JSON twin has them all).
inline constexpr int kTableRows = 15;

struct ReportOptions {
    // The model's file as the appendix's commands name it.
    QString source = QStringLiteral("MODEL");
    int trials = 10000; // the annual baseline's
    quint64 rngSeed = 1;
    // The rankings', as `rank` takes them by default: the blast radius's
    // trials per node, and the hardening gains' annual trials.
    int rankingTrials = sim::kDefaultBlastRadiusTrials;
    // The snapshot to compare with: by name; empty: the latest, if any.
    QString since;
    bool compare = true; // false: no comparison, even with snapshots
    QString scenario; // a saved scenario's name; empty: none
    render::PdfPage page { render::PaperSize::A4, false, true };
    QDate date = QDate::currentDate(); // the report's, and the contract gaps' "today"
};

// A weak link (SIMULATION.md §5): what hardening the node (control strength
// 1, breach likelihood 0) and severing it at t = 0 would save of the
// expected records exposed a year.
struct WeakLink {
    int node = -1;
    double hardeningGain = 0.0;
    double severingGain = 0.0;
};

// How the news of a breach at our most connected vendor reaches us.
struct VendorNews {
    int vendor = -1; // the tier-1 node with the most edges; -1: no vendor
    int edges = 0;
    // The first of our (tier-0) parties to learn of it, and when, with the
    // chain of parties the news travelled (the vendor first); none where no
    // exposed data makes it travel back to us.
    std::optional<obligations::Party> firstAware;
    QStringList chain;
    // Our first obligation, by due time.
    std::optional<obligations::Obligation> firstObligation;
    // The breach seeded at the vendor: our most likely compromised service.
    int ourNode = -1;
    double ourProbability = 0.0;
    double ourHours = 0.0; // its mean hours to compromise
};

struct Comparison {
    Snapshot snapshot;
    Model model;
    analysis::ModelDiff diff;
    std::optional<double> recordsThen; // the snapshot's stored baseline
};

struct ScenarioRun {
    SavedScenario saved;
    sim::SimResult result;
};

struct ReportData {
    ReportOptions options;
    Model model;
    QString organisation; // ours: the most common among tier-0 nodes
    QString revision; // hex sim::simulationDigest: what the engine reads
    QVector<int> tiers;
    sim::CompiledModel compiled;
    sim::SimResult baseline;
    double low90 = 0.0; // the 5th and 95th percentile of records a year
    double high90 = 0.0;
    sim::BlastRadius blast;
    std::vector<double> hardening;
    std::vector<sim::ConcentrationEntry> concentration;
    QVector<WeakLink> weakest; // up to three, largest hardening gain first
    int worstVendor = -1; // tier >= 1, largest blast-radius records
    VendorNews news;
    obligations::RuleSet rules;
    QVector<obligations::ContractGap> gaps;
    std::optional<Comparison> since;
    std::optional<ScenarioRun> scenario;
    // The map: the whole model, or the organisations view above
    // kOrganisationsViewAbove nodes, laid out.
    render::View view;
    layout::LayoutResult layout;
};

struct ReportOutcome {
    std::optional<ReportData> data;
    QString error;
    bool cancelled = false;
};

// Checks the options against the document (the snapshot and the scenario
// exist, the trials are positive): empty if acceptable, else the reason.
QString checkOptions(const DocumentState &state, const ReportOptions &options);

// Runs everything the report needs. Progress counts the runs' trials.
ReportOutcome computeReport(const Model &model, const DocumentState &state,
    const ReportOptions &options, const sim::RunOptions &run = {});

} // namespace wl::report
