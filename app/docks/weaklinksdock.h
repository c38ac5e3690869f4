// The "Weak links" dock: where is the weak link, and what would cutting or
// hardening it change?
//
// Left, the rankings of SIMULATION.md §5 for every node — blast radius
// (seeded with the node alone: other nodes compromised, records exposed)
// and hardening gain (annual: records saved by hardening the node) — as one
// sortable, filterable table, and beside it the fourth-party concentration
// (FORMAT.md §4: how many of our vendors sit above each node of tier 1 or
// more, with its blast radius), computed off the GUI thread with progress and
// Cancel. The figures carry the digest of the model they were computed on;
// when the model changes in a way that can change them, the table says it is
// stale and offers to recompute.
//
// Right, the what-if for the current node: the scenario at hand (annual
// unless the app gives another, setScenario) against the same scenario with
// the node severed at a given hour, or hardened (control strength 1, breach
// likelihood 0), both with the same rng seed, side by side with the
// differences in expected exposed records (total and by category), expected
// compromised nodes, and the nodes whose probability changed most.
//
// The dock never changes the document; it follows the app's selection
// through setCurrentNode() and reports a click on a node with
// nodeActivated().
#pragma once

#include "jobs/rankingrunner.h"
#include "weaklinks/nodefiguremodel.h"
#include "weaklinks/rankingpane.h"
#include "weaklinks/whatifpane.h"

#include "model/document.h"

#include <QDockWidget>
#include <QTimer>

#include <optional>

class QSplitter;
class QTableView;
class QTableWidget;

namespace wl {

class WeakLinksDock : public QDockWidget {
    Q_OBJECT
public:
    // The raw value of a cell, for numeric sorting and for tests: a number
    // for figures, the id or name otherwise.
    static constexpr int SortRole = NodeFigureModel::SortRole;

    // The panes' columns and statuses, named here for the dock's users.
    using RankingColumn = RankingPane::Column;
    using enum RankingPane::Column;
    using ConcentrationColumn = RankingPane::ConcentrationColumn;
    using enum RankingPane::ConcentrationColumn;
    using ChangeColumn = WhatIfPane::ChangeColumn;
    using enum WhatIfPane::ChangeColumn;
    using SummaryColumn = WhatIfPane::SummaryColumn;
    using enum WhatIfPane::SummaryColumn;
    using Status = WeakLinksStatus;

    // The runners are not owned: they belong to the main window's analysis
    // controller.
    WeakLinksDock(SimulationContext *simulation, RankingRunner *rankingRunner,
        WhatIfRunner *whatIfRunner, QWidget *parent = nullptr);

    RankingRunner *rankingRunner() const { return m_rankingRunner; }
    WhatIfRunner *whatIfRunner() const { return m_whatIfRunner; }

    // Rankings.
    void setRankingSettings(int trials, quint64 rngSeed);
    int trials() const;
    // nullopt while the seed field holds no valid seed.
    std::optional<quint64> rngSeed() const;
    // Starts both rankings with the settings shown; false if they are
    // running already or the settings are invalid (the dock says why).
    bool computeRankings();
    void cancelRankings();
    Status rankingStatus() const { return m_rankingStatus; }
    QString rankingStatusText() const;
    const RankingRunner::Report *rankings() const { return m_rankings ? &*m_rankings : nullptr; }
    QTableView *rankingTable() const { return m_rankingPane->table(); }
    // Fourth-party concentration (sim::concentration), from the same blast
    // radius.
    QTableView *concentrationTable() const { return m_rankingPane->concentrationTable(); }

    // The node the what-if applies to; empty for none. Selects its row in
    // the rankings table without emitting nodeActivated().
    void setCurrentNode(const QString &id);
    QString currentNode() const { return m_currentNode; }

    // The baseline of the what-if: the scenario at hand (default: an annual
    // scenario with 10,000 trials and rng seed 1).
    void setScenario(const QString &name, const sim::Scenario &scenario);
    QString scenarioName() const { return m_scenarioName; }
    const sim::Scenario &scenario() const { return m_scenario; }

    // What-if on the current node: severance at the hour in the dock's field
    // (default 0), or hardening. False if there is no current node, a run
    // is going on or the hour is invalid (the dock says why).
    bool severCurrentNode();
    bool hardenCurrentNode();
    bool startWhatIf(const sim::WhatIf &change);
    void cancelWhatIf();
    Status whatIfStatus() const { return m_whatIfStatus; }
    QString whatIfStatusText() const;
    const WhatIfRunner::Report *whatIf() const { return m_whatIf ? &*m_whatIf : nullptr; }
    // Rows: expected exposed records, one per category, expected
    // compromised nodes.
    QTableWidget *whatIfSummary() const { return m_whatIfPane->summary(); }
    QTableView *whatIfNodes() const { return m_whatIfPane->nodes(); }

signals:
    void nodeActivated(const QString &id);

private:
    void onDocumentChanged(const ChangeEvent &event);
    void onRankingsFinished(const RankingRunner::Report &report);
    void onWhatIfFinished(const WhatIfRunner::Report &report);
    void onNodeChosen(const QString &id);
    // Compares the figures' digests with the model's (the snapshot's, made
    // at most once per simulation revision), once per burst of changes.
    void refreshStatus();
    void setRankingStatus(Status status, const QString &text);
    void setWhatIfStatus(Status status, const QString &text);
    void updateWhatIfPane();

    SimulationContext *m_simulation;
    Document *m_document;
    RankingRunner *m_rankingRunner;
    WhatIfRunner *m_whatIfRunner;
    std::optional<RankingRunner::Report> m_rankings;
    std::optional<WhatIfRunner::Report> m_whatIf;
    QString m_currentNode;
    QString m_scenarioName;
    sim::Scenario m_scenario;
    Status m_rankingStatus = Status::None;
    Status m_whatIfStatus = Status::None;
    // Document changes come in bursts; the digest is compared once per burst.
    QTimer m_staleTimer;

    QSplitter *m_splitter;
    RankingPane *m_rankingPane;
    WhatIfPane *m_whatIfPane;
};

} // namespace wl
