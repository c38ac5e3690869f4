// The Obligations dock's panel (issue 13, docs/OBLIGATIONS.md): after a
// breach at the seeds of the current scenario, every notification
// obligation, earliest first — the party, the regime, whom it notifies, when
// its clock starts, when it is due, the time left at the tabletop's current
// time, the citation, and the rule's notes on hover; the notification chain
// as a picture (ChainView); and the parties with when each learnt of the
// breach, where "we were told at …" is typed as an undoable edit of the
// scenario (commands::setScenarioAwareness). A second tab lists, per
// exposed asset, who held it on the breach path and the contract on each
// hop (the liability view).
//
// It computes with core's obligations::computeObligations, as
// `weaklink-cli obligations` does, when the model, the scenario, the
// exercise's start or the tabletop's time changes — while it is shown; a
// hidden panel computes when it is shown again. Dates are shown when the
// tabletop exercise has a start (its clock); otherwise hours from the
// breach. Decision support, not legal advice: the panel says so.
#pragma once

#include "obligations/obligations.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;
class QStandardItemModel;
class QTreeView;

namespace wl {

class ChainView;
class Document;
class ObligationsTableModel;
class PartiesTableModel;
struct ChangeEvent;
struct ExerciseChange;
struct ScenarioChange;

namespace tabletop {
class TabletopSession;
}

class ObligationsPanel : public QWidget {
    Q_OBJECT
public:
    // The session, for the tabletop's time and clock, may be null.
    ObligationsPanel(
        Document *document, tabletop::TabletopSession *session, QWidget *parent = nullptr);

    // The scenario whose seeds were breached; -1: none.
    int scenario() const { return m_scenario; }
    void setScenario(int index);

    // The last computation: none without a seeded scenario, or when the
    // scenario cannot be computed (problem() says why).
    const std::optional<obligations::ObligationsResult> &result() const { return m_result; }
    QString problem() const;

    QTableView *obligationsTable() const { return m_obligationsView; }
    QTableView *partiesTable() const { return m_partiesView; }
    ChainView *chainView() const { return m_chain; }
    // Per exposed asset, its owner and each hop of the breach path with its
    // contract (obligations::liability): the facts, no verdict.
    QTreeView *liabilityTree() const { return m_liabilityView; }

    // Computes now instead of at the next turn of the event loop, shown or
    // not.
    void refreshNow();

signals:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void showLiability(const Model &model);
    bool setAwareness(const QString &node, std::optional<double> hours, QString *error);

    Document *m_document;
    tabletop::TabletopSession *m_session;
    const obligations::RulesResult &m_rules;
    int m_scenario = -1;
    std::optional<obligations::ObligationsResult> m_result;
    // Something it shows changed since the last computation.
    bool m_dirty = true;
    QTimer m_refreshTimer;

    QLabel *m_heading;
    QLabel *m_problem;
    ObligationsTableModel *m_obligations;
    PartiesTableModel *m_parties;
    QTableView *m_obligationsView;
    QTableView *m_partiesView;
    ChainView *m_chain;
    QStandardItemModel *m_liability;
    QTreeView *m_liabilityView;
};

} // namespace wl
