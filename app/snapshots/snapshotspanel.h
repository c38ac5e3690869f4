// The Snapshots dock's panel (docs/SNAPSHOTS.md): the document's dated
// snapshots, oldest first — date, name, the baseline's expected records
// exposed a year, note — with Take Snapshot… (name, date and note asked
// for, the annual baseline run off the GUI thread with progress and Cancel,
// then one undoable step), Open (the snapshot's map in a read-only window
// beside the document), Compare (what changed since, in the Compare window:
// docs/DIFF.md) and Delete (undoable).
#pragma once

#include "analysis/snapshots.h"
#include "jobs/backgroundjob.h"
#include "snapshots/comparewindow.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wl {

class Document;
class SimulationContext;
class SnapshotsTableModel;
class SnapshotWindow;

class SnapshotsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotsPanel(SimulationContext *simulation, QWidget *parent = nullptr);
    ~SnapshotsPanel() override;

    // Asks for the name, date and note of a new snapshot; none if the user
    // cancels. Replaceable for tests.
    std::function<std::optional<analysis::SnapshotRequest>()> askRequest;

    // Takes a snapshot of the document's model now (as Take Snapshot… does
    // after asking): false with a reason if it cannot start.
    bool takeSnapshot(const analysis::SnapshotRequest &request, QString *error = nullptr);
    bool isTaking() const { return m_job.isRunning(); }
    // Compares the snapshot at `index` with the model now, off the GUI
    // thread (both annual baselines with the snapshot's trials and seed,
    // and both blast-radius rankings), then opens the Compare window:
    // false with a reason if it cannot start.
    bool compareSnapshot(int index, QString *error = nullptr);
    bool isComparing() const { return m_compareJob.isRunning(); }
    // Cancels the snapshot or comparison under way.
    void cancel();
    // Opens the snapshot at `index` read-only; null with a message if its
    // model does not read.
    SnapshotWindow *openSnapshot(int index);
    // Deletes the snapshot at `index` (undoable).
    void deleteSnapshot(int index);

    QTableView *table() const { return m_table; }
    QPushButton *takeButton() const { return m_take; }

signals:
    // Something the user should read (a snapshot taken, a refusal).
    void message(const QString &text);
    // A comparison finished and its window is shown.
    void compareWindowOpened(CompareWindow *window);

private:
    int currentRow() const;
    void takeClicked();
    void refreshButtons();
    std::optional<analysis::SnapshotRequest> askWithDialog();

    Document *m_document;
    SimulationContext *m_simulation;
    SnapshotsTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_take;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_delete;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    BackgroundJob<analysis::SnapshotOutcome> m_job;
    BackgroundJob<ComparisonOutcome> m_compareJob;
};

} // namespace wl
