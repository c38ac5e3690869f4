// The tabletop exercise panel (for a dock): the facilitator picks the
// breached vendor, the start of the exercise clock, the length and step of
// the timeline; scrolls the timeline (slider, step buttons) and reads, at
// time t, every node's probability of being compromised by t and every data
// asset's probability of being exposed by t; adds and removes responses
// ("sever X at t"); types the decision log; follows the notification clocks
// of the breach (a countdown per obligation, the next deadline under the
// timeline) and logs "notified X", which stops that clock; opens the
// presenter view and exports the after-action record.
//
// Every edit is an undoable command on the document (core/commands/
// exercisecommands.h); the panel shows the document, so undo, redo and
// reopening a file show up here too.
#pragma once

#include "tabletopsession.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace wl {
class DiagramScene;
} // namespace wl

namespace wl::tabletop {

class AssetTimelineModel;
class ClocksTableModel;
class DecisionLogModel;
class ExerciseSettingsForm;
class NodeTimelineModel;
class PresenterView;
class ResponsesPage;

class TabletopPanel : public QWidget {
    Q_OBJECT
public:
    // The session must outlive the panel.
    explicit TabletopPanel(TabletopSession *session, QWidget *parent = nullptr);
    ~TabletopPanel() override;

    TabletopSession *session() const { return m_session; }

    // The main canvas scene, for the presenter view; without it the
    // presenter button is disabled.
    void setDiagramScene(DiagramScene *scene);
    // Opens the presenter view (full screen); null without a scene.
    PresenterView *openPresenterView();
    PresenterView *presenterView() const;

    // Writes the after-action record: Markdown for a path ending in .md,
    // PDF for .pdf. False with a reason (naming the file) otherwise.
    bool exportRecord(const QString &path, QString *error);
    // Asks where to export, then exports; replaceable for tests.
    std::function<QString()> askExportPath;

    // Logs `text` at the current t with the current wall-clock time (what
    // the Log button does with the text field).
    bool logDecision(const QString &text, QString *error = nullptr);
    // Logs "notified …" at the current t for the clock in `row` of the
    // clocks table (what Mark Notified does with the selected row): its
    // clock reads met, or met late, from then on.
    bool markNotified(int row, QString *error = nullptr);

    // For tests and the main window's wiring.
    ExerciseSettingsForm *settingsForm() const { return m_setup; }
    ResponsesPage *responsesPage() const { return m_responses; }
    QSlider *slider() const { return m_slider; }
    QToolButton *stepForwardButton() const { return m_forward; }
    QToolButton *stepBackButton() const { return m_back; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *statusLabel() const { return m_status; }
    QTableView *nodeTable() const { return m_nodeTable; }
    QTableView *assetTable() const { return m_assetTable; }
    QLineEdit *logEdit() const { return m_logEdit; }
    QPushButton *logButton() const { return m_logButton; }
    QTableView *logTable() const { return m_logTable; }
    QTableView *clocksTable() const { return m_clocksTable; }
    QPushButton *markNotifiedButton() const { return m_markNotified; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QLabel *overdueLabel() const { return m_overdue; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // Something the user should read (a refused edit, an export).
    void message(const QString &text);

private:
    void push(std::unique_ptr<QUndoCommand> command, const QString &error);
    void refreshNodeChoices();
    void refreshSettings();
    void refreshRun();
    void refreshFrame();
    void refreshResponses();
    void refreshClocks();
    bool log(DecisionLogEntry entry, QString *error);
    void logFromEdit();
    void markSelectedNotified();
    void removeLogEntry();
    void exportClicked();

    TabletopSession *m_session;
    Document *m_document;
    QPointer<DiagramScene> m_scene;
    QPointer<PresenterView> m_presenter;
    bool m_updating = false;

    ExerciseSettingsForm *m_setup;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_recompute;
    QToolButton *m_first;
    QToolButton *m_back;
    QSlider *m_slider;
    QToolButton *m_forward;
    QToolButton *m_last;
    QLabel *m_time;
    QLabel *m_clock;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    NodeTimelineModel *m_nodeModel;
    AssetTimelineModel *m_assetModel;
    QSortFilterProxyModel *m_nodeProxy;
    QSortFilterProxyModel *m_assetProxy;
    QTableView *m_nodeTable;
    QTableView *m_assetTable;
    ResponsesPage *m_responses;
    DecisionLogModel *m_logModel;
    QTableView *m_logTable;
    QPushButton *m_removeLog;
    ClocksTableModel *m_clocksModel;
    QTableView *m_clocksTable;
    QLabel *m_clocksHeading;
    QPushButton *m_markNotified;
    QLabel *m_deadline;
    QLabel *m_overdue;
    QLineEdit *m_logEdit;
    QPushButton *m_logButton;
    QPushButton *m_presenterButton;
    QPushButton *m_exportButton;
};

} // namespace wl::tabletop
