// The main window wires the document, its controller, the canvas and its
// editor, the layout controller, the tables, the properties and other
// docks and the status bar
// together and owns the menus. The work itself lives in those parts; this
// class only connects them.
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QKeySequence;
class QLabel;
class QMenu;

namespace wl {

class AnalysisPanels;
class DiagramEditor;
class DiagramExporter;
class DiagramScene;
class DiagramView;
class Document;
class DocumentController;
class DocumentStatus;
class ElementTabs;
class HistoryDock;
class KindPalette;
class LayoutController;
class NodeSearch;
class OverviewWidget;
class PropertiesDock;
struct Preferences;
class RecentFiles;
class Recovery;
class ObligationsPanel;
class SnapshotsPanel;
class ScenarioDock;
class Selection;
class BoardReportExporter;
class SimulationContext;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    SimulationContext *simulation() const { return m_simulation; }
    DocumentController *documentController() const { return m_controller; }
    Selection *selection() const { return m_selection; }
    ElementTabs *tables() const { return m_tables; }
    DiagramScene *diagramScene() const { return m_scene; }
    DiagramView *diagramView() const { return m_view; }
    DiagramEditor *diagramEditor() const { return m_editor; }
    LayoutController *layoutController() const { return m_layout; }
    DiagramExporter *diagramExporter() const { return m_exporter; }
    KindPalette *kindPalette() const { return m_palette; }
    NodeSearch *nodeSearch() const { return m_search; }
    ScenarioDock *scenarioDock() const { return m_scenarios; }
    ObligationsPanel *obligationsPanel() const { return m_obligations; }
    QDockWidget *obligationsDock() const { return m_obligationsDock; }
    SnapshotsPanel *snapshotsPanel() const { return m_snapshots; }
    BoardReportExporter *boardReport() const { return m_boardReport; }
    QDockWidget *snapshotsDock() const { return m_snapshotsDock; }
    AnalysisPanels *analysis() const { return m_analysis; }
    // Starts keeping recovery copies of unsaved changes (app/recovery) in
    // `folder`. The app does; tests and tools that make windows choose.
    Recovery *enableRecovery(const QString &folder);
    Recovery *recovery() const { return m_recovery.get(); }
    // Edit ▸ Preferences…: the dialog, then setPreferences().
    void editPreferences();
    // Saves `preferences` and applies them to this window and the
    // application (a new language at the next start).
    void setPreferences(const Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A file dropped on the window is imported (or opened, if it is a
    // .weaklink document).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    // View ▸ Map: the whole map or a view that cuts it down (render/view.h).
    void createMapMenu(QMenu *menu);
    // The View menu's action for a dock with a shortcut.
    // A tool-bar button for `action` whose text stays `text` (the undo
    // stack's actions change theirs with every command): the action's own
    // text goes to the tooltip.
    QAction *toolBarTwin(QAction *action, const QString &text);
    QAction *dockAction(QDockWidget *dock, const QString &text, const QKeySequence &key);
    void connectStatusMessages();
    void showTables(int type);
    void updateTitle();
    void restoreWindowState();
    void resizeDefaultDocks();
    // View ▸ Reset Layout: the docks and tool bars as the window first
    // arranges them.
    void resetLayout();
    void saveWindowState() const;
    void showAbout();
    // Shows the Properties dock with the keyboard in the field named `field`
    // (a model JSON key), else in the first field that can be edited.
    void showProperties(const QString &field);
    // F6 / Shift+F6: the keyboard to the next (previous) pane — the canvas
    // and each dock in view.
    void focusNextPane(bool backwards);

    Document *m_document;
    SimulationContext *m_simulation;
    Selection *m_selection;
    RecentFiles *m_recentFiles;
    DocumentController *m_controller;
    DiagramScene *m_scene;
    DiagramView *m_view;
    DiagramEditor *m_editor;
    LayoutController *m_layout;
    DiagramExporter *m_exporter;
    BoardReportExporter *m_boardReport;
    QByteArray m_defaultLayout;
    ElementTabs *m_tables;
    QDockWidget *m_tablesDock;
    KindPalette *m_palette;
    QDockWidget *m_paletteDock;
    OverviewWidget *m_overview;
    QDockWidget *m_overviewDock;
    PropertiesDock *m_properties;
    HistoryDock *m_history;
    AnalysisPanels *m_analysis;
    ScenarioDock *m_scenarios;
    ObligationsPanel *m_obligations;
    QDockWidget *m_obligationsDock;
    SnapshotsPanel *m_snapshots;
    QDockWidget *m_snapshotsDock;
    NodeSearch *m_search;
    DocumentStatus *m_status;
    QLabel *m_zoomLabel;
    // Destroyed before the document it copies.
    std::unique_ptr<Recovery> m_recovery;
};

} // namespace wl
