#include "mainwindow.h"

#include "docks/historydock.h"
#include "documentcontroller.h"
#include "documentstatus.h"
#include "recentfiles.h"
#include "recentfilesmenu.h"
#include "tables/elementtabs.h"

#include "model/document.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace wl {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kStatusTimeoutMs = 10000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_recentFiles(new RecentFiles(this))
    , m_controller(new DocumentController(m_document, m_recentFiles, this))
    , m_tables(new ElementTabs(m_document, this))
    , m_history(new HistoryDock(m_document->undoStack(), this))
    , m_status(new DocumentStatus(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_tables);
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    statusBar()->addPermanentWidget(m_status);
    createMenus();

    connect(m_controller, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    // The status bar is the context: an open cell editor commits while the
    // window is being destroyed, after the QMainWindow part is gone.
    QStatusBar *bar = statusBar();
    const auto showMessage
        = [bar](const QString &message) { bar->showMessage(message, kStatusTimeoutMs); };
    connect(m_controller, &DocumentController::statusMessage, bar, showMessage);
    connect(m_tables, &ElementTabs::editRejected, bar, showMessage);
    connect(m_controller, &DocumentController::readerWarningsChanged, m_status,
        &DocumentStatus::setReaderWarnings);

    restoreWindowState();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A cell editor that still has focus commits when it is destroyed, so
    // the tables must go while the document (the first child) still exists.
    delete m_tables;
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
    file->addSeparator();
    QAction *saveAction = file->addAction(icon("document-save", QStyle::SP_DialogSaveButton),
        tr("&Save"), m_controller, &DocumentController::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(icon("document-save-as", QStyle::SP_DialogSaveButton),
        tr("Save &As…"), m_controller, &DocumentController::saveAs);
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *exportJson = exportMenu->addAction(
        tr("Model &JSON…"), m_controller, &DocumentController::exportModelJson);
    exportJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
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
    QAction *findAction = edit->addAction(tr("&Filter Table"), m_tables, &ElementTabs::focusFilter);
    findAction->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct {
        const char *text;
        ElementType type;
        Qt::Key key;
    } tabs[] = { { QT_TR_NOOP("&Nodes"), ElementType::Node, Qt::Key_1 },
        { QT_TR_NOOP("&Edges"), ElementType::Edge, Qt::Key_2 },
        { QT_TR_NOOP("&Data Assets"), ElementType::DataAsset, Qt::Key_3 } };
    for (const auto &tab : tabs) {
        QAction *a = view->addAction(
            tr(tab.text), m_tables, [this, type = tab.type] { m_tables->showTable(type); });
        a->setShortcut(QKeySequence(Qt::CTRL | tab.key));
    }
    view->addSeparator();
    QAction *historyAction = m_history->toggleViewAction();
    historyAction->setText(tr("&History"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    view->addAction(historyAction);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    QAction *toolBarAction = toolBar->toggleViewAction();
    toolBarAction->setText(tr("&Toolbar"));
    view->addAction(toolBarAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Example Model"), m_controller, &DocumentController::openExample);
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Weaklink"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
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
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 900);
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({ m_history }, { 200 }, Qt::Horizontal);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
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

} // namespace wl
