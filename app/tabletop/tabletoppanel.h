// The tabletop exercise panel (for a dock): the facilitator picks the
// breached vendor, the start of the exercise clock, the length and step of
// the timeline; scrolls the timeline (slider, step buttons) and reads, at
// time t, every node's probability of being compromised by t and every data
// asset's probability of being exposed by t; adds and removes responses
// ("sever X at t"); types the decision log; opens the presenter view and
// exports the after-action record.
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
class DecisionLogModel;
class NodeTimelineModel;
class PresenterView;

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

    // For tests and the main window's wiring.
    QComboBox *vendorBox() const { return m_vendor; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDoubleSpinBox *lengthBox() const { return m_length; }
    QDoubleSpinBox *stepBox() const { return m_step; }
    QSpinBox *trialsBox() const { return m_trials; }
    QLineEdit *seedEdit() const { return m_seed; }
    QSlider *slider() const { return m_slider; }
    QToolButton *stepForwardButton() const { return m_forward; }
    QToolButton *stepBackButton() const { return m_back; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *statusLabel() const { return m_status; }
    QTableView *nodeTable() const { return m_nodeTable; }
    QTableView *assetTable() const { return m_assetTable; }
    QComboBox *responseNodeBox() const { return m_responseNode; }
    QDoubleSpinBox *responseTimeBox() const { return m_responseTime; }
    QPushButton *addResponseButton() const { return m_addResponse; }
    QListWidget *responseList() const { return m_responses; }
    QPushButton *removeResponseButton() const { return m_removeResponse; }
    QLineEdit *logEdit() const { return m_logEdit; }
    QPushButton *logButton() const { return m_logButton; }
    QTableView *logTable() const { return m_logTable; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // Something the user should read (a refused edit, an export).
    void message(const QString &text);

private:
    void buildSetup(QWidget *box);
    void push(std::unique_ptr<QUndoCommand> command, const QString &error);
    void commitSettings(const ExerciseSettings &settings, const QString &text);
    void refreshNodeChoices();
    void refreshSettings();
    void refreshRun();
    void refreshFrame();
    void refreshResponses();
    void addResponse();
    void removeResponse();
    void logFromEdit();
    void removeLogEntry();
    void exportClicked();

    TabletopSession *m_session;
    Document *m_document;
    QPointer<DiagramScene> m_scene;
    QPointer<PresenterView> m_presenter;
    bool m_updating = false;

    QComboBox *m_vendor;
    QDateTimeEdit *m_start;
    QDoubleSpinBox *m_length;
    QDoubleSpinBox *m_step;
    QSpinBox *m_trials;
    QLineEdit *m_seed;
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
    QListWidget *m_responses;
    QComboBox *m_responseNode;
    QDoubleSpinBox *m_responseTime;
    QPushButton *m_addResponse;
    QPushButton *m_removeResponse;
    DecisionLogModel *m_logModel;
    QTableView *m_logTable;
    QPushButton *m_removeLog;
    QLineEdit *m_logEdit;
    QPushButton *m_logButton;
    QPushButton *m_presenterButton;
    QPushButton *m_exportButton;
};

} // namespace wl::tabletop
