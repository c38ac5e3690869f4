#include "mainwindow.h"

#include "analysispanels.h"
#include "dialogs/filterviewdialog.h"
#include "dialogs/preferencesdialog.h"
#include "docks/fieldeditor.h"
#include "docks/historydock.h"
#include "docks/propertiesdock.h"
#include "docks/scenariodock.h"
#include "docks/weaklinksdock.h"
#include "dockwidget.h"
#include "documentcontroller.h"
#include "documentstatus.h"
#include "editor/diagrameditor.h"
#include "editor/diagramexporter.h"
#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/kindpalette.h"
#include "editor/layoutcontroller.h"
#include "editor/nodesearch.h"
#include "editor/overviewwidget.h"
#include "editor/tableselectionsync.h"
#include "jobs/simulationsnapshot.h"
#include "language.h"
#include "obligations/obligationspanel.h"
#include "preferences/preferences.h"
#include "recentfiles.h"
#include "recentfilesmenu.h"
#include "recovery/recovery.h"
#include "report/boardreportexporter.h"
#include "selection.h"
#include "snapshots/snapshotspanel.h"
#include "tables/elementtabs.h"

#include "model/document.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUrl>

namespace wl {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
// Bumped when the docks change, so that an older saved arrangement is
// not restored over the new one.
constexpr int kStateVersion = 4;
constexpr int kStatusTimeoutMs = 10000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_simulation(new SimulationContext(m_document, nullptr, this))
    , m_selection(new Selection(m_document, this))
    , m_recentFiles(new RecentFiles(this))
    , m_controller(new DocumentController(m_document, m_recentFiles, this))
    , m_scene(new DiagramScene(m_document, m_selection, this))
    , m_view(new DiagramView(m_scene, this))
    , m_editor(new DiagramEditor(m_document, m_selection, m_scene, m_view, this))
    , m_layout(new LayoutController(m_document, m_scene, this))
    , m_exporter(new DiagramExporter(m_scene, m_controller, this))
    , m_boardReport(new BoardReportExporter(m_simulation, this))
    , m_tables(new ElementTabs(m_document, this))
    , m_tablesDock(makeDock(tr("Tables"), QStringLiteral("tablesDock"), m_tables, this))
    , m_palette(new KindPalette(this))
    , m_paletteDock(makeDock(tr("Add Node"), QStringLiteral("paletteDock"), m_palette, this))
    , m_overview(new OverviewWidget(m_view, this))
    , m_overviewDock(makeDock(tr("Overview"), QStringLiteral("overviewDock"), m_overview, this))
    , m_properties(new PropertiesDock(m_document, m_selection, this))
    , m_history(new HistoryDock(m_document->undoStack(), this))
    , m_analysis(new AnalysisPanels(m_simulation, m_selection, m_scene, m_view, this))
    , m_scenarios(new ScenarioDock(m_document, m_selection, m_analysis->scenarioRunner(), this))
    , m_obligations(new ObligationsPanel(m_document, m_analysis->tabletop(), this))
    , m_obligationsDock(
          makeDock(tr("Obligations"), QStringLiteral("obligationsDock"), m_obligations, this))
    , m_snapshots(new SnapshotsPanel(m_simulation, this))
    , m_snapshotsDock(makeDock(tr("Snapshots"), QStringLiteral("snapshotsDock"), m_snapshots, this))
    , m_search(new NodeSearch(m_document, this))
    , m_status(new DocumentStatus(m_document, this))
    , m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_view);
    createDocks();
    createMenus();
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    statusBar()->addPermanentWidget(m_layout->statusWidget());
    statusBar()->addPermanentWidget(m_zoomLabel);
    statusBar()->addPermanentWidget(m_status);
    connectStatusMessages();

    connect(m_scenarios, &ScenarioDock::currentScenarioChanged, m_obligations,
        &ObligationsPanel::setScenario);
    m_obligations->setScenario(m_scenarios->currentScenario());
    // The story is told by its scenario's obligations.
    connect(m_controller, &DocumentController::storyExampleOpened, this, [this] {
        m_scenarios->setCurrentScenario(0);
        m_obligationsDock->show();
        m_obligationsDock->raise();
    });
    const auto showMessage
        = [bar = statusBar()](const QString &text) { bar->showMessage(text, kStatusTimeoutMs); };
    connect(m_obligations, &ObligationsPanel::message, statusBar(), showMessage);
    connect(m_snapshots, &SnapshotsPanel::message, statusBar(), showMessage);
    connect(m_boardReport, &BoardReportExporter::message, statusBar(), showMessage);
    connect(m_controller, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &DocumentController::selectNodesRequested, this,
        [this](const QStringList &ids) {
            QVector<Selection::Item> items;
            for (const QString &id : ids)
                items.append({ ElementType::Node, id });
            m_selection->set(items);
        });
    connect(m_controller, &DocumentController::readerWarningsChanged, m_status,
        &DocumentStatus::setReaderWarnings);
    connect(m_scene, &DiagramScene::diagramReplaced, m_view, &DiagramView::fitToWindow);
    connect(m_scene, &DiagramScene::propertiesRequested, this, [this] { showProperties({}); });
    connect(m_scene, &DiagramScene::renameRequested, this,
        [this] { showProperties(QStringLiteral("name")); });
    connect(m_view, &DiagramView::zoomChanged, m_zoomLabel, [this](double zoom) {
        m_zoomLabel->setText(tr("Zoom %1 %").arg(QLocale().toString(qRound(zoom * 100))));
    });
    connect(m_palette, &KindPalette::kindChosen, m_editor, &DiagramEditor::addNodeInView);
    connect(m_search, &NodeSearch::nodeRequested, m_editor, &DiagramEditor::showNode);
    new TableSelectionSync(m_tables, m_selection, this);

    // Tab leaves a table for the next widget (the arrow keys move between
    // cells), so that the keyboard can go through every dock.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);

    restoreWindowState();
    applyPreferences(Preferences::load(), this);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Teardown in an explicit order, all of it while this is still a whole
    // MainWindow. The window stops following the document. A cell or field
    // editor that still has focus commits when it is destroyed, so the
    // tables, the properties and the scenarios go while the document exists.
    // Then the document goes; the remaining children, which QObject deletes
    // after this destructor, only hold a pointer to it. A clean close
    // removes the recovery copy first.
    m_recovery.reset();
    disconnect(m_document, nullptr, this, nullptr);
    delete m_tables;
    delete m_properties;
    delete m_scenarios;
    delete m_obligationsDock;
    delete m_snapshotsDock;
    delete m_document;
}

void MainWindow::showProperties(const QString &field)
{
    m_properties->show();
    m_properties->raise();
    if (!field.isEmpty()) {
        for (FieldEditor *editor : m_properties->findChildren<FieldEditor *>(field))
            if (editor->isVisible()) {
                editor->input()->setFocus(Qt::ShortcutFocusReason);
                if (auto *line = qobject_cast<QLineEdit *>(editor->input()))
                    line->selectAll();
                return;
            }
    }
    // The first field the keyboard can edit.
    for (QLineEdit *line : m_properties->findChildren<QLineEdit *>())
        if (line->isVisible() && line->isEnabled() && !line->isReadOnly()) {
            line->setFocus(Qt::ShortcutFocusReason);
            return;
        }
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(Preferences::load(), this);
    if (dialog.exec() == QDialog::Accepted)
        setPreferences(dialog.preferences());
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    const Preferences before = Preferences::load();
    preferences.save();
    applyPreferences(preferences, this);
    if (QMenu *languages = findChild<QMenu *>(QStringLiteral("languageMenu")))
        for (QAction *a : languages->actions())
            a->setChecked(a->data().toString() == preferences.language);
    if (preferences.language != before.language)
        statusBar()->showMessage(
            tr("The language changes when Weaklink starts again."), kStatusTimeoutMs);
}

Recovery *MainWindow::enableRecovery(const QString &folder)
{
    m_recovery = std::make_unique<Recovery>(m_document, m_controller, this, folder);
    connect(m_recovery.get(), &Recovery::writeFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(
            tr("Could not keep a recovery copy: %1").arg(reason), kStatusTimeoutMs);
    });
    return m_recovery.get();
}

void MainWindow::createDocks()
{
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
    addDockWidget(Qt::RightDockWidgetArea, m_overviewDock);
    addDockWidget(Qt::RightDockWidgetArea, m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    tabifyDockWidget(m_properties, m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_tablesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_scenarios);
    tabifyDockWidget(m_tablesDock, m_scenarios);
    // The simulation's views: beside the scenarios below the canvas, and
    // the node-specific "why affected?" with the properties.
    addDockWidget(Qt::BottomDockWidgetArea, m_analysis->chartsDock());
    tabifyDockWidget(m_scenarios, m_analysis->chartsDock());
    addDockWidget(Qt::BottomDockWidgetArea, m_analysis->weakLinks());
    tabifyDockWidget(m_analysis->chartsDock(), m_analysis->weakLinks());
    addDockWidget(Qt::BottomDockWidgetArea, m_analysis->tabletopDock());
    tabifyDockWidget(m_analysis->weakLinks(), m_analysis->tabletopDock());
    addDockWidget(Qt::BottomDockWidgetArea, m_obligationsDock);
    tabifyDockWidget(m_analysis->tabletopDock(), m_obligationsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_snapshotsDock);
    tabifyDockWidget(m_obligationsDock, m_snapshotsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_analysis->pathsDock());
    tabifyDockWidget(m_history, m_analysis->pathsDock());
    m_properties->raise();
    m_tablesDock->raise();
}

void MainWindow::connectStatusMessages()
{
    // The status bar is the context: an open cell editor commits while the
    // window is being destroyed, after the QMainWindow part is gone.
    QStatusBar *bar = statusBar();
    const auto showMessage
        = [bar](const QString &message) { bar->showMessage(message, kStatusTimeoutMs); };
    connect(m_controller, &DocumentController::statusMessage, bar, showMessage);
    connect(m_tables, &ElementTabs::editRejected, bar, showMessage);
    connect(m_editor, &DiagramEditor::message, bar, showMessage);
    // The gesture's hint stays while it applies; messages cover it briefly.
    auto *hint = new QLabel(bar);
    hint->setObjectName(QStringLiteral("editorHint"));
    bar->addWidget(hint, 1);
    connect(m_editor, &DiagramEditor::hintChanged, hint, [bar, hint](const QString &text) {
        hint->setText(text);
        if (!text.isEmpty())
            bar->clearMessage();
    });
    connect(m_layout, &LayoutController::message, bar, showMessage);
    connect(m_exporter, &DiagramExporter::statusMessage, bar, showMessage);
    connect(m_analysis, &AnalysisPanels::statusMessage, bar, showMessage);
    connect(m_search, &NodeSearch::notFound, bar, [bar](const QString &text) {
        bar->showMessage(tr("No node matches \"%1\".").arg(text), kStatusTimeoutMs);
    });
}

void MainWindow::createMenus()
{
    const auto icon = [this](const char *themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(icon("document-new", QStyle::SP_FileIcon), tr("&New"),
        m_controller, &DocumentController::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(icon("document-open", QStyle::SP_DialogOpenButton),
        tr("&Open…"), m_controller, &DocumentController::open);
    openAction->setShortcut(QKeySequence::Open);
    auto *recent = new RecentFilesMenu(m_recentFiles, file);
    connect(recent, &RecentFilesMenu::openRequested, m_controller, &DocumentController::openRecent);
    file->addMenu(recent);
    QAction *importAction = file->addAction(icon("document-import", QStyle::SP_DirOpenIcon),
        tr("&Import…"), m_controller, &DocumentController::importFile);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Read a CycloneDX SBOM, a spreadsheet, a threat model or a "
                                  "Graphviz graph, as a new document or merged into this one"));
    file->addSeparator();
    QAction *saveAction = file->addAction(icon("document-save", QStyle::SP_DialogSaveButton),
        tr("&Save"), m_controller, &DocumentController::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(icon("document-save-as", QStyle::SP_DialogSaveButton),
        tr("Save &As…"), m_controller, &DocumentController::saveAs);
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *snapshotAction = file->addAction(tr("Take Sna&pshot…"), this, [this] {
        m_snapshotsDock->show();
        m_snapshotsDock->raise();
        m_snapshots->takeButton()->click();
    });
    snapshotAction->setObjectName(QStringLiteral("takeSnapshotAction"));
    snapshotAction->setStatusTip(tr("Keep a dated copy of the model with its annual baseline in "
                                    "this document"));
    QAction *reportAction
        = file->addAction(tr("Board &Report…"), m_boardReport, &BoardReportExporter::exportReport);
    reportAction->setObjectName(QStringLiteral("boardReportAction"));
    reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    reportAction->setStatusTip(tr("A PDF for the board: plain language first, the map, the "
                                  "charts, and how every number was made"));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *exportJson = exportMenu->addAction(
        tr("Model &JSON…"), m_controller, &DocumentController::exportModelJson);
    exportJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Diagram as &SVG…"), m_exporter,
        [this] { m_exporter->exportAs(render::ExportFormat::Svg); });
    exportMenu->addAction(tr("Diagram as &PNG…"), m_exporter,
        [this] { m_exporter->exportAs(render::ExportFormat::Png); });
    exportMenu->addAction(tr("Diagram as P&DF…"), m_exporter,
        [this] { m_exporter->exportAs(render::ExportFormat::Pdf); });
    QAction *printAction = file->addAction(icon("document-print", QStyle::SP_FileIcon),
        tr("&Print…"), m_exporter, &DiagramExporter::print);
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setStatusTip(tr("Print the diagram as the PDF export draws it, with a preview"));
    file->addSeparator();
    QAction *quitAction = file->addAction(
        icon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAction->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
    redoAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    edit->addAction(m_editor->cutAction());
    edit->addAction(m_editor->copyAction());
    edit->addAction(m_editor->pasteAction());
    edit->addAction(m_editor->deleteAction());
    edit->addSeparator();
    edit->addAction(m_editor->selectAllAction());
    edit->addSeparator();
    QAction *findNode = edit->addAction(tr("Find &Node…"), m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    findNode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *findAction = edit->addAction(tr("&Filter Table"), m_tables, [this] {
        m_tablesDock->show();
        m_tables->focusFilter();
    });
    findAction->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(m_editor->pinAction());
    edit->addAction(m_editor->unpinAction());
    edit->addSeparator();
    QAction *preferencesAction
        = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    QMenu *nodeMenu = insert->addMenu(tr("&Node"));
    for (const QString &kind : vocab::knownKinds())
        nodeMenu->addAction(KindPalette::kindIcon(kind), vocab::label(kind), m_editor,
            [this, kind] { m_editor->addNodeInView(kind); });
    insert->addAction(m_editor->connectModeAction());

    QMenu *layoutMenu = menuBar()->addMenu(tr("&Layout"));
    layoutMenu->addAction(m_layout->layoutAction());
    layoutMenu->addAction(m_layout->cancelAction());
    layoutMenu->addSeparator();
    layoutMenu->addMenu(m_layout->engineMenu());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_editor->zoomInAction());
    view->addAction(m_editor->zoomOutAction());
    view->addAction(m_editor->fitAction());
    view->addSeparator();
    createMapMenu(view->addMenu(tr("&Map")));
    view->addSeparator();
    const struct {
        const char *text;
        ElementType type;
        Qt::Key key;
    } tabs[] = { { QT_TR_NOOP("&Nodes"), ElementType::Node, Qt::Key_1 },
        { QT_TR_NOOP("&Edges"), ElementType::Edge, Qt::Key_2 },
        { QT_TR_NOOP("&Data Assets"), ElementType::DataAsset, Qt::Key_3 } };
    for (const auto &tab : tabs) {
        QAction *a = view->addAction(
            tr(tab.text), m_tables, [this, type = tab.type] { showTables(int(type)); });
        a->setShortcut(QKeySequence(Qt::CTRL | tab.key));
    }
    view->addSeparator();
    QAction *tablesAction = m_tablesDock->toggleViewAction();
    tablesAction->setText(tr("&Tables"));
    view->addAction(tablesAction);
    QAction *paletteAction = m_paletteDock->toggleViewAction();
    paletteAction->setText(tr("Node &Palette"));
    view->addAction(paletteAction);
    QAction *overviewAction = m_overviewDock->toggleViewAction();
    overviewAction->setText(tr("&Overview"));
    view->addAction(overviewAction);
    QAction *propertiesAction = m_properties->toggleViewAction();
    propertiesAction->setText(tr("P&roperties"));
    view->addAction(propertiesAction);
    view->addAction(dockAction(
        m_scenarios, m_scenarios->windowTitle(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)));
    view->addAction(
        dockAction(m_history, tr("&History"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)));
    const struct {
        QDockWidget *dock;
        const char *text;
        Qt::Key key;
    } analysisDocks[] = {
        { m_analysis->pathsDock(), QT_TR_NOOP("&Why Affected?"), Qt::Key_Y },
        { m_analysis->chartsDock(), QT_TR_NOOP("&Charts"), Qt::Key_C },
        { m_analysis->weakLinks(), QT_TR_NOOP("&Weak Links"), Qt::Key_W },
        { m_analysis->tabletopDock(), QT_TR_NOOP("Tabletop E&xercise"), Qt::Key_X },
        { m_obligationsDock, QT_TR_NOOP("&Obligations"), Qt::Key_O },
        { m_snapshotsDock, QT_TR_NOOP("S&napshots"), Qt::Key_N },
    };
    for (const auto &d : analysisDocks)
        view->addAction(dockAction(d.dock, tr(d.text), QKeySequence(Qt::CTRL | Qt::SHIFT | d.key)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QMenu *examples = help->addMenu(tr("&Examples"));
    examples->setObjectName(QStringLiteral("examplesMenu"));
    examples->addAction(tr("&AI Platform (Model)"), m_controller, &DocumentController::openExample);
    examples->addAction(tr("Analytics &Vendor Breach, Customer Told 16 Days Later"), m_controller,
        &DocumentController::openStoryExample);
    QMenu *languages = help->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(this);
    const QStringList names
        = { tr("System"), QStringLiteral("English"), QStringLiteral("Deutsch") };
    for (qsizetype i = 0; i < language::codes().size(); ++i) {
        const QString code = language::codes().at(i);
        QAction *a = languages->addAction(names.at(i));
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == language::saved());
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            language::setSaved(code);
            statusBar()->showMessage(
                tr("The language changes when Weaklink starts again."), kStatusTimeoutMs);
        });
    }
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Weaklink"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
    toolBar->addSeparator();
    toolBar->addAction(toolBarTwin(undoAction, tr("Undo")));
    toolBar->addAction(toolBarTwin(redoAction, tr("Redo")));
    toolBar->addSeparator();
    toolBar->addAction(m_layout->layoutAction());
    toolBar->addAction(m_editor->connectModeAction());
    toolBar->addAction(m_editor->fitAction());
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(260);
    toolBar->addWidget(m_search);
    QAction *toolBarAction = toolBar->toggleViewAction();
    toolBarAction->setText(tr("Tool&bar"));
    view->addAction(toolBarAction);
    // The heatmap controls get a row of their own: beside the main tool bar
    // they pushed its buttons into the overflow menu of a 1280-pixel window.
    QToolBar *overlayBar = m_analysis->overlayToolBar();
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, overlayBar);
    QAction *overlayAction = overlayBar->toggleViewAction();
    overlayAction->setText(tr("O&verlay Toolbar"));
    view->addAction(overlayAction);
    view->addAction(m_analysis->legendAction());
    view->addSeparator();
    QAction *resetAction = view->addAction(tr("Reset &Layout"), this, &MainWindow::resetLayout);
    resetAction->setObjectName(QStringLiteral("resetLayoutAction"));
    resetAction->setStatusTip(tr("Put every dock and tool bar back where it was at first"));
    view->addSeparator();
    QAction *nextPane = view->addAction(tr("Next &Pane"), this, [this] { focusNextPane(false); });
    nextPane->setObjectName(QStringLiteral("nextPaneAction"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previousPane
        = view->addAction(tr("Pre&vious Pane"), this, [this] { focusNextPane(true); });
    previousPane->setObjectName(QStringLiteral("previousPaneAction"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
}

void MainWindow::focusNextPane(bool backwards)
{
    // The canvas and the docks in view, left to right, each column top to
    // bottom.
    QList<QWidget *> panes { m_view };
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        if (dock->isVisible() && dock->widget() && dock->widget()->isVisible())
            panes.append(dock);
    const auto place = [this](const QWidget *w) { return w->mapTo(this, QPoint(0, 0)); };
    std::stable_sort(panes.begin(), panes.end(), [&](const QWidget *a, const QWidget *b) {
        const QPoint pa = place(a);
        const QPoint pb = place(b);
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (focus && (panes[i] == focus || panes[i]->isAncestorOf(focus)))
            current = i;
    const qsizetype n = panes.size();
    const qsizetype next
        = current < 0 ? (backwards ? n - 1 : 0) : (current + (backwards ? n - 1 : 1)) % n;
    QWidget *pane = panes[next];
    if (pane == m_view) {
        m_view->setFocus(Qt::TabFocusReason);
        return;
    }
    // The pane's first widget that Tab would reach.
    for (QWidget *w = pane->nextInFocusChain(); w != pane; w = w->nextInFocusChain())
        if (pane->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    pane->setFocus(Qt::TabFocusReason);
}

QAction *MainWindow::toolBarTwin(QAction *action, const QString &text)
{
    auto *twin = new QAction(action->icon(), text, this);
    const auto follow = [action, twin] {
        twin->setEnabled(action->isEnabled());
        twin->setToolTip(tr("%1 (%2)").arg(
            action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
    };
    connect(action, &QAction::changed, twin, follow);
    connect(twin, &QAction::triggered, action, &QAction::trigger);
    follow();
    return twin;
}

QAction *MainWindow::dockAction(QDockWidget *dock, const QString &text, const QKeySequence &key)
{
    // Unlike QDockWidget::toggleViewAction, which hides a dock that sits as
    // a background tab: the shortcut shows and raises its dock, and hides it
    // only when it is already in front.
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setCheckable(true);
    const auto sync = [action, dock] { action->setChecked(!dock->isHidden()); };
    sync();
    connect(dock, &QDockWidget::visibilityChanged, action, sync);
    connect(action, &QAction::triggered, dock, [dock, sync] {
        // A background tab is "visible" to Qt but shows no pixel.
        if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
            dock->close();
        } else {
            dock->show();
            dock->raise();
        }
        sync();
    });
    return action;
}

void MainWindow::showTables(int type)
{
    m_tablesDock->show();
    m_tablesDock->raise();
    m_tables->showTable(ElementType(type));
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt puts the modified mark; a literal one in a model
    // name must not be taken for it.
    QString title = m_controller->title();
    title.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowFilePath(m_controller->sourcePath());
    setWindowModified(m_document->isModified());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Weaklink"),
        tr("<h3>Weaklink %1</h3>"
           "<p>Map an AI organisation's supply chain — every vendor, sub-processor and data "
           "flow — and stress-test it against vendor breaches.</p>")
            .arg(QStringLiteral(WEAKLINK_VERSION)));
}

void MainWindow::restoreWindowState()
{
    // The layout as built, for View ▸ Reset Layout.
    m_defaultLayout = saveState(kStateVersion);
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 900);
    if (!restoreState(settings.value(kStateKey).toByteArray(), kStateVersion))
        resizeDefaultDocks();
}

void MainWindow::resizeDefaultDocks()
{
    resizeDocks({ m_paletteDock, m_overviewDock }, { 150, 250 }, Qt::Horizontal);
    resizeDocks({ m_overviewDock, m_properties, m_tablesDock }, { 180, 400, 190 }, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, kStateVersion);
    resizeDefaultDocks();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the import may ask questions.
    QTimer::singleShot(0, m_controller, [this, path] { m_controller->importFrom(path); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::createMapMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const auto add = [menu, group](const QString &text, const QString &name) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        group->addAction(a);
        return a;
    };
    QAction *whole = add(tr("&Whole Map"), QStringLiteral("viewWholeMap"));
    QAction *organisations = add(tr("&Organisations"), QStringLiteral("viewOrganisations"));
    menu->addSeparator();
    QVector<QAction *> neighbourhoods;
    // Spelled out: without an English catalogue "%n Hop(s)" would show as is.
    for (int hops = render::kMinHops; hops <= render::kMaxHops; ++hops)
        neighbourhoods << add(hops == 1 ? tr("&Neighbourhood of Selection, 1 Hop")
                                        : tr("&Neighbourhood of Selection, %1 Hops").arg(hops),
            QStringLiteral("viewNeighbourhood%1").arg(hops));
    menu->addSeparator();
    QAction *filter = add(tr("&Filter…"), QStringLiteral("viewFilter"));

    // The check mark follows the view, however it changed (a double-click
    // that expands an organisation, a request that came to nothing).
    const auto sync = [=, this] {
        const render::ViewSpec &view = m_scene->view();
        switch (view.kind) {
        case render::ViewKind::Whole: whole->setChecked(true); break;
        case render::ViewKind::Organisations: organisations->setChecked(true); break;
        case render::ViewKind::Neighbourhood:
            neighbourhoods.at(view.hops - render::kMinHops)->setChecked(true);
            break;
        case render::ViewKind::Filter: filter->setChecked(true); break;
        }
    };
    connect(m_scene, &DiagramScene::viewChanged, this, sync);
    sync();

    connect(whole, &QAction::triggered, this, [this] { m_scene->setView({}); });
    connect(organisations, &QAction::triggered, this, [this] {
        render::ViewSpec spec;
        spec.kind = render::ViewKind::Organisations;
        m_scene->setView(spec);
    });
    for (int k = 0; k < neighbourhoods.size(); ++k) {
        connect(neighbourhoods.at(k), &QAction::triggered, this, [this, sync, k] {
            for (const Selection::Item &item : m_selection->items())
                if (item.type == ElementType::Node) {
                    render::ViewSpec spec;
                    spec.kind = render::ViewKind::Neighbourhood;
                    spec.centre = item.id;
                    spec.hops = render::kMinHops + k;
                    m_scene->setView(spec);
                    return;
                }
            statusBar()->showMessage(tr("Select a node to show its neighbourhood."));
            sync();
        });
    }
    connect(filter, &QAction::triggered, this, [this, sync] {
        FilterViewDialog dialog(m_document->model(), m_scene->view(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_scene->setView(dialog.spec());
        sync();
    });
}

} // namespace wl
