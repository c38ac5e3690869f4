// The "Scenario" dock: the document's named scenarios, an editor for the
// selected one, a Run button with progress and Cancel, and the results of
// the last run beside it (ResultsView). Every edit of a scenario is one
// undoable command (core/commands/scenariocommands.h); the dock shows the
// document and follows its change signal, so undo shows through it.
//
// A result is shown with its status: current, or stale because the model
// (its digest) or the scenario's settings changed since it was computed.
// The last run's result stays in memory; a result stored in the document by
// an earlier session is read from its JSON.
#pragma once

#include "jobs/scenariorunner.h"

#include <QDockWidget>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSplitter;
class QToolButton;

namespace wl {

namespace analysis {
struct ResultData;
}

class ResultsView;
class ScenarioListModel;
class Selection;
class TimedNodeList;

class ScenarioDock : public QDockWidget {
    Q_OBJECT
public:
    // The runner is not owned: it belongs to the main window's analysis
    // controller, which shows its results elsewhere too.
    ScenarioDock(Document *document, Selection *selection, ScenarioRunner *runner,
        QWidget *parent = nullptr);

    ScenarioRunner *runner() const { return m_runner; }
    ResultsView *resultsView() const { return m_results; }

    // The trials and rng seed a new scenario starts with (Preferences;
    // 10,000 and 1 until set).
    void setNewScenarioDefaults(int trials, quint64 rngSeed);

    // The scenario in the editor, -1 if there is none.
    int currentScenario() const;
    void setCurrentScenario(int index);

    // Runs the current scenario.
    void run();
    // Makes the scenario "Breach of <id>" seeded with the one selected node
    // at hour 0 (creating it, or setting its mode and seeds, keeping its
    // other settings) and runs it.
    void breachSelectedNode();

signals:
    // The scenario in the editor changed (currentScenario(), -1: none).
    void currentScenarioChanged(int index);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createScenarioPane();
    QWidget *createEditor();
    QWidget *createRunBar();
    void arrangePanes(Qt::Orientation orientation);
    void onDocumentChanged(const ChangeEvent &event);
    void onRunFinished(const ScenarioRunner::Report &report);
    void refresh();
    void refreshList();
    void refreshEditor();
    void refreshResult();
    void updateActions();

    // Pushes an edit of the current scenario; a rejected edit is explained
    // and the editor goes back to the document's value.
    void edit(const QString &text, const std::function<void(QString &, sim::Scenario &)> &change);
    void editTrials();
    void editRngSeed();
    void editHorizon();
    void setMode(sim::Mode mode);
    void addScenario();
    void duplicateScenario();
    void deleteScenario();
    bool push(std::unique_ptr<QUndoCommand> command, const QString &error);
    // A command's reason, as a sentence.
    void showReason(const QString &reason);
    void showError(const QString &text);

    Document *m_document;
    Selection *m_selection;
    ScenarioRunner *m_runner;
    bool m_updating = false;
    bool m_rowsChanging = false; // the list's rows are being inserted or removed
    bool m_arranged = false; // the panes got their first sizes
    int m_row = -1; // the current row, kept while rows come and go
    // Document changes come in bursts (a paste, an undo of many steps) and a
    // changed model costs a digest: they are shown on the next turn of the
    // event loop, in one go.
    QTimer m_refreshTimer;

    // The last run, its figures, and the stored result last read.
    std::optional<ScenarioRunner::Report> m_lastRun;
    std::shared_ptr<const analysis::ResultData> m_lastRunData;
    QByteArray m_parsedJson;
    std::shared_ptr<const analysis::ResultData> m_parsed;
    QString m_parseError;
    int m_newTrials = 10000;
    quint64 m_newRngSeed = 1;

    ScenarioListModel *m_scenarios;
    QSplitter *m_splitter;
    QListView *m_list = nullptr;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_rename = nullptr;
    QToolButton *m_delete = nullptr;
    QWidget *m_editor = nullptr;
    QRadioButton *m_seeded = nullptr;
    QRadioButton *m_annual = nullptr;
    TimedNodeList *m_seeds = nullptr;
    TimedNodeList *m_sever = nullptr;
    QLineEdit *m_trials = nullptr;
    QLineEdit *m_rngSeed = nullptr;
    QLineEdit *m_horizon = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_breach = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    ResultsView *m_results;
};

} // namespace wl
