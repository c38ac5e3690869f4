// The main window end to end: opening, editing cells with real key and
// mouse events, undo/redo, saving, filtering, sorting, the unsaved-changes
// prompt, and QAbstractItemModelTester on every table model. Expected values
// come from reading examples/ai-platform-analytics-breach.json by hand.
#include "docks/scenariodock.h"
#include "documentcontroller.h"
#include "documentstatus.h"
#include "editor/diagrameditor.h"
#include "editor/diagramscene.h"
#include "language.h"
#include "mainwindow.h"
#include "obligations/chainview.h"
#include "obligations/obligationspanel.h"
#include "pdfpages.h"
#include "recentfiles.h"
#include "report/boardreportexporter.h"
#include "selection.h"
#include "settingswriter.h"
#include "snapshots/snapshotspanel.h"
#include "tables/elementtablemodel.h"
#include "tables/elementtablewidget.h"
#include "tables/elementtabs.h"
#include "textboxes.h"
#include "widgetharness.h"

#include "commands/commands.h"
#include "files/modelfile.h"
#include "io/modeljson.h"
#include "model/exercise.h"
#include "render/diagram.h"
#include "render/export.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace wl;

namespace {

const QString kExample = QStringLiteral(WEAKLINK_EXAMPLE);

// Node columns (model.h order).
constexpr int kName = int(NodeField::Name);
constexpr int kBreach = int(NodeField::BreachLikelihood);

// A main window whose dialogs are answered by the test.
struct Harness {
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
    QMessageBox::StandardButton discardAnswer = QMessageBox::Cancel;
    int discardPrompts = 0;
    QString savePathAnswer;
    QStringList savePathSuggestions;
    QStringList errors; // "title|text|reason"

    Harness()
    {
        DocumentController::Prompts &p = window->documentController()->prompts();
        p.confirmDiscard = [this](const QString &) {
            ++discardPrompts;
            return discardAnswer;
        };
        p.openPath = [] { return QString(); };
        p.savePath = [this](const QString &suggestion) {
            savePathSuggestions << suggestion;
            return savePathAnswer;
        };
        p.exportPath = [this](const QString &) { return savePathAnswer; };
        p.error = [this](const QString &title, const QString &text, const QString &reason) {
            errors << title + QLatin1Char('|') + text + QLatin1Char('|') + reason;
        };
        test::testItemModels(window.get());
    }

    Document *doc() const { return window->document(); }
    DocumentController *controller() const { return window->documentController(); }
    ElementTableWidget *table(ElementType type) const { return window->tables()->table(type); }
    QTableView *view(ElementType type) const { return table(type)->tableView(); }
    QString statusMessage() const { return window->statusBar()->currentMessage(); }

    bool showAndActivate() { return test::showActive(window.get()); }
};

// The example saved as a .weaklink document in `dir`.
QString exampleDocument(const QTemporaryDir &dir)
{
    const ReadResult example = io::readModelJsonFile(kExample);
    if (!example.ok())
        return {};
    const QString path = dir.filePath(QStringLiteral("example.weaklink"));
    QString error;
    return storage::save(*example.model, path, &error) ? path : QString();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

// Enter commits through a queued call (the editor may fix up its input
// first), so the edit lands on the next turn of the event loop.
void commitWithEnter(QLineEdit *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Opens the editor of a proxy cell with F2 and returns it.
QLineEdit *editWithF2(QTableView *view, const QModelIndex &index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

QLineEdit *editWithDoubleClick(QTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void clickHeader(QTableView *view, int section)
{
    QHeaderView *header = view->horizontalHeader();
    view->scrollTo(view->model()->index(0, section));
    const QPoint p(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, p);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void startsWithBundledExample();
    void largeModelFindingsFromAWorker();
    void editUndoRedoSave();
    void invalidEditIsRejected();
    void filter_data();
    void filter();
    void ctrlFFocusesFilter();
    void sortByHeader_data();
    void sortByHeader();
    void checkBoxEdit();
    void renamingAnIdUpdatesOtherTables();
    void unsavedChangesOnNew();
    void unsavedChangesSaveAnswer();
    void unsavedChangesOnClose();
    void failedOpenKeepsDocument();
    void slowOpenShowsProgressAndCancels();
    void failedSaveKeepsDocumentModified();
    void jsonWithWarningsSavesAs();
    void recentFiles();
    void settingsWrittenInOrder();
    void obligationsFollowTheScenarioDock();
    void storyExampleTellsTheLag();
    void modelTesterOnEveryTable();
    void germanTranslation();
    void dockShortcutRaisesABackgroundTab();
    void snapshotTakenFromTheFileMenuIsSaved();
    void boardReportFromTheFileMenu();
    void layoutRestoredAndReset();
    void openDialogShowsEverySupportedFile();
    void toolBarsFitWithLongUndoText();
    void languageChoice();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Weaklink"));
    QApplication::setApplicationName(QStringLiteral("Weaklink"));
    QVERIFY(QFileInfo::exists(kExample));
}

void TestMainWindow::init()
{
    settings::waitForWrites();
    QSettings().clear();
}

void TestMainWindow::largeModelFindingsFromAWorker()
{
    // `nodes` nodes and a chain of `edges` edges through the first of them:
    // every node past the chain has no edges, one warning each.
    const auto chain = [](int nodes, int edges) {
        Model m;
        for (int i = 0; i < nodes; ++i) {
            Node n;
            n.id = QStringLiteral("n%1").arg(i);
            n.kind = QStringLiteral("saas_vendor");
            m.appendNode(n);
        }
        for (int i = 1; i <= edges; ++i) {
            Edge e;
            e.id = QStringLiteral("e%1").arg(i);
            e.source = QStringLiteral("n%1").arg(i - 1);
            e.target = QStringLiteral("n%1").arg(i);
            m.appendEdge(e);
        }
        return m;
    };
    Document doc;
    DocumentStatus status(&doc);
    auto *warnings = status.findChild<QToolButton *>(QStringLiteral("modelWarningsButton"));
    auto *counts = status.findChild<QLabel *>(QStringLiteral("countsLabel"));
    const auto warningsText
        = [](int n) { return QStringLiteral("%1 warnings").arg(QLocale().toString(n)); };

    // 21,000 elements, over the size whose findings are made on the spot.
    doc.resetModel(chain(15000, 6000));
    QTRY_COMPARE(counts->text(),
        QStringLiteral("%1 nodes · %2 edges · 0 data assets")
            .arg(QLocale().toString(15000), QLocale().toString(6000)));
    QTRY_COMPARE(warnings->text(), warningsText(15000 - 6001));

    // A change while the findings of the state before are being made: only
    // the newer ones are shown.
    doc.resetModel(chain(16000, 6000));
    QTest::qWait(1);
    doc.resetModel(chain(17000, 7000));
    QTRY_COMPARE(warnings->text(), warningsText(17000 - 7001));
    QTest::qWait(300);
    QCOMPARE(warnings->text(), warningsText(17000 - 7001));

    // A small model's findings are there at once.
    doc.resetModel(chain(10, 3));
    QTest::qWait(1);
    QCOMPARE(warnings->text(), warningsText(6));
}

void TestMainWindow::startsWithBundledExample()
{
    Harness h;
    QVERIFY(h.controller()->openExample());

    // 23 nodes, 27 edges and 10 data assets, counted in the JSON file.
    QCOMPARE(h.view(ElementType::Node)->model()->rowCount(), 23);
    QCOMPARE(h.view(ElementType::Edge)->model()->rowCount(), 27);
    QCOMPARE(h.view(ElementType::DataAsset)->model()->rowCount(), 10);
    QCOMPARE(h.view(ElementType::Node)->model()->index(0, 0).data().toString(),
        QStringLiteral("web_dashboard"));
    // Kinds and roles by their names; editing starts from the value.
    const QModelIndex kind = h.view(ElementType::Node)->model()->index(0, int(NodeField::Kind));
    QCOMPARE(kind.data().toString(), QStringLiteral("Internal service"));
    QCOMPARE(kind.data(Qt::EditRole).toString(), QStringLiteral("internal_service"));
    QCOMPARE(h.view(ElementType::Node)->model()->headerData(kBreach, Qt::Horizontal).toString(),
        QStringLiteral("Breach likelihood"));

    QVERIFY(!h.doc()->isModified());
    QVERIFY(h.doc()->filePath().isEmpty());
    QVERIFY(h.window->windowTitle().startsWith(QStringLiteral("Acme AI platform (fictional")));
    QVERIFY(!h.window->isWindowModified());

    auto *counts = h.window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    QTRY_COMPARE(counts->text(), QStringLiteral("23 nodes · 27 edges · 10 data assets"));
    // Three edges send api_user_profiles or api_usage_metadata from a node
    // that does not hold it: training_pipeline->data_lake,
    // billing->postbox, support_portal->helphub.
    auto *warnings = h.window->findChild<QToolButton *>(QStringLiteral("modelWarningsButton"));
    QVERIFY(warnings);
    QCOMPARE(warnings->text(), QStringLiteral("3 warnings"));

    // The example's contract gaps, worked out by hand from its contracts
    // (docs/OBLIGATIONS.md): seven that do not age (web_dashboard->northwind's
    // 96 h SLA against GDPR's 72 h; no DPA on northwind->cumulus,
    // public_api->stratus, chat_app->stratus, billing->postbox and
    // tagwise->crowdforce; helphub->summaraize leaving the EU with no
    // mechanism), and each of its five reviews once a year old.
    int stale = 0;
    for (const char *reviewed :
        { "2024-09-15", "2026-03-01", "2026-06-30", "2025-11-01", "2026-01-20" })
        stale += QDate::fromString(QLatin1String(reviewed), Qt::ISODate).addYears(1)
            < QDate::currentDate();
    auto *gaps = h.window->findChild<QToolButton *>(QStringLiteral("contractGapsButton"));
    QVERIFY(gaps);
    QCOMPARE(gaps->text(), QStringLiteral("%1 contract gaps").arg(7 + stale));
    // A DPA on billing->postbox closes its gap, as one undoable step.
    QString error;
    QVERIFY2(commands::pushSetValue(h.doc(), ElementType::Edge,
                 h.doc()->model().edgeIndex(QStringLiteral("billing->postbox")),
                 int(EdgeField::ContractDpa), true, &error),
        qPrintable(error));
    QTRY_COMPARE(gaps->text(), QStringLiteral("%1 contract gaps").arg(6 + stale));
    h.doc()->undoStack()->undo();
    QTRY_COMPARE(gaps->text(), QStringLiteral("%1 contract gaps").arg(7 + stale));
    QVERIFY(!h.doc()->isModified());

    // The example has no file: Save is Save As, suggesting the example's name.
    h.savePathAnswer.clear();
    QVERIFY(!h.controller()->save());
    QCOMPARE(h.savePathSuggestions.size(), 1);
    QVERIFY(h.savePathSuggestions[0].endsWith(
        QStringLiteral("/ai-platform-analytics-breach.weaklink")));
}

void TestMainWindow::editUndoRedoSave()
{
    QTemporaryDir dir;
    const QString path = exampleDocument(dir);
    QVERIFY(!path.isEmpty());
    Harness h;
    QVERIFY(h.controller()->openFile(path));
    QCOMPARE(h.doc()->filePath(), path);
    QVERIFY(h.window->windowTitle().contains(QStringLiteral("example.weaklink")));
    QVERIFY(h.showAndActivate());
    QUndoStack *stack = h.doc()->undoStack();

    // northwind is the 11th node.
    QTableView *view = h.view(ElementType::Node);
    const QModelIndex name = view->model()->index(10, kName);
    QCOMPARE(name.data().toString(), QStringLiteral("Northwind Analytics"));
    QLineEdit *editor = editWithF2(view, name);
    QVERIFY(editor);
    QCOMPARE(editor->selectedText(), QStringLiteral("Northwind Analytics"));
    QTest::keyClicks(editor, QStringLiteral("Northwind (breached)"));
    commitWithEnter(editor);
    QCOMPARE(h.doc()->model().node(QStringLiteral("northwind"))->name,
        QStringLiteral("Northwind (breached)"));
    QCOMPARE(name.data().toString(), QStringLiteral("Northwind (breached)"));
    QCOMPARE(stack->count(), 1);
    QVERIFY(h.window->isWindowModified());

    const QModelIndex breach = view->model()->index(10, kBreach);
    QCOMPARE(breach.data().toString(), QStringLiteral("0.08"));
    editor = editWithDoubleClick(view, breach);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("0.08"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("0.35"));
    commitWithEnter(editor);
    QCOMPARE(h.doc()->model().node(QStringLiteral("northwind"))->breachLikelihood, 0.35);
    QCOMPARE(stack->count(), 2);

    view->setFocus();
    QTest::keyClick(h.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(h.doc()->model().node(QStringLiteral("northwind"))->breachLikelihood, 0.08);
    QCOMPARE(breach.data().toString(), QStringLiteral("0.08"));
    QTest::keyClick(h.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(h.doc()->model().node(QStringLiteral("northwind"))->breachLikelihood, 0.35);
    QTest::keyClick(h.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(h.window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(h.doc()->model().node(QStringLiteral("northwind"))->breachLikelihood, 0.35);

    QTest::keyClick(h.window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(h.savePathSuggestions.isEmpty());
    QVERIFY(h.errors.isEmpty());
    QVERIFY(!h.doc()->isModified());
    QVERIFY(!h.window->isWindowModified());

    const ReadResult reread = storage::load(path);
    QVERIFY2(reread.ok(), qPrintable(reread.message()));
    const Node *northwind = reread.model->node(QStringLiteral("northwind"));
    QVERIFY(northwind);
    QCOMPARE(northwind->name, QStringLiteral("Northwind (breached)"));
    QCOMPARE(northwind->breachLikelihood, 0.35);
    QCOMPARE(reread.model->node(QStringLiteral("cumulus"))->breachLikelihood, 0.02);
}

void TestMainWindow::invalidEditIsRejected()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    QTableView *view = h.view(ElementType::Node);
    const QModelIndex breach = view->model()->index(10, kBreach);
    QLineEdit *editor = editWithF2(view, breach);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("1.5"));
    commitWithEnter(editor);

    QCOMPARE(h.doc()->model().node(QStringLiteral("northwind"))->breachLikelihood, 0.08);
    QCOMPARE(h.doc()->undoStack()->count(), 0);
    QVERIFY(!h.doc()->isModified());
    QCOMPARE(h.statusMessage(),
        QStringLiteral("Node northwind: breach_likelihood: must be a number from 0 to 1"));
    QCOMPARE(breach.data().toString(), QStringLiteral("0.08"));
}

void TestMainWindow::filter_data()
{
    QTest::addColumn<ElementType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstId");

    // The ten internal services are the organisation "Acme AI".
    QTest::newRow("nodes Acme") << ElementType::Node << QStringLiteral("Acme") << 10
                                << QStringLiteral("web_dashboard");
    QTest::newRow("nodes case-insensitive")
        << ElementType::Node << QStringLiteral("aCME ai") << 10 << QStringLiteral("web_dashboard");
    // Kind data_labeling: tagwise and crowdforce.
    QTest::newRow("nodes kind") << ElementType::Node << QStringLiteral("labeling") << 2
                                << QStringLiteral("tagwise");
    // The same kind by the name the table shows.
    QTest::newRow("nodes kind name")
        << ElementType::Node << QStringLiteral("data labelling") << 2 << QStringLiteral("tagwise");
    // public_api, chat_app and model_serving peer with stratus.
    QTest::newRow("edges stratus") << ElementType::Edge << QStringLiteral("stratus") << 3
                                   << QStringLiteral("public_api->stratus");
    QTest::newRow("edges northwind") << ElementType::Edge << QStringLiteral("northwind") << 2
                                     << QStringLiteral("web_dashboard->northwind");
    // Ids api_user_profiles, api_usage_metadata, api_keys.
    QTest::newRow("data api_") << ElementType::DataAsset << QStringLiteral("api_") << 3
                               << QStringLiteral("api_user_profiles");
    QTest::newRow("nothing") << ElementType::DataAsset << QStringLiteral("no such thing") << 0
                             << QString();
}

void TestMainWindow::filter()
{
    QFETCH(ElementType, type);
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(QString, firstId);

    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    h.window->tables()->showTable(type);
    QLineEdit *filter = h.table(type)->filterEdit();
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter…"));
    filter->setFocus();
    QTest::keyClicks(filter, text);
    QAbstractItemModel *shown = h.view(type)->model();
    QCOMPARE(shown->rowCount(), rows);
    if (rows > 0)
        QCOMPARE(shown->index(0, 0).data().toString(), firstId);
    filter->clear();
    QCOMPARE(shown->rowCount(), h.doc()->model().count(type));
}

void TestMainWindow::ctrlFFocusesFilter()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    h.view(ElementType::Node)->setFocus();
    QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(h.window->tables()->currentWidget(), h.table(ElementType::Edge));
    QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), h.table(ElementType::Edge)->filterEdit());
}

void TestMainWindow::sortByHeader_data()
{
    QTest::addColumn<ElementType>("type");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("clicks");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("lastId");

    // Numeric columns sort largest first on the first click: crowdforce
    // (0.12) is the most likely breach, and one of the 0.01s is last.
    QTest::newRow("breach likelihood")
        << ElementType::Node << kBreach << 1 << QStringLiteral("crowdforce") << QString();
    // Numerically, serving logs (1,000,000,000) beat chat prompts
    // (800,000,000); as text "800000000" would come first. model_weights
    // (1 record) is last.
    QTest::newRow("records") << ElementType::DataAsset << int(DataField::Records) << 1
                             << QStringLiteral("service_logs") << QStringLiteral("model_weights");
    QTest::newRow("records ascending")
        << ElementType::DataAsset << int(DataField::Records) << 2 << QStringLiteral("model_weights")
        << QStringLiteral("service_logs");
    // Text columns sort A-Z first: billing is the first node id
    // alphabetically, web_dashboard the last.
    QTest::newRow("node ids") << ElementType::Node << int(NodeField::Id) << 1
                              << QStringLiteral("billing") << QStringLiteral("web_dashboard");
    // tokenizer_pkg's build dependency has the longest delay (168 hours).
    QTest::newRow("delay") << ElementType::Edge << int(EdgeField::DelayHours) << 1
                           << QStringLiteral("ci_cd->tokenizer_pkg") << QString();
    // The third click returns to the model's own order.
    QTest::newRow("unsorted") << ElementType::Node << kBreach << 3
                              << QStringLiteral("web_dashboard") << QStringLiteral("tokenizer_pkg");
}

void TestMainWindow::sortByHeader()
{
    QFETCH(ElementType, type);
    QFETCH(int, column);
    QFETCH(int, clicks);
    QFETCH(QString, firstId);
    QFETCH(QString, lastId);

    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    h.window->tables()->showTable(type);
    QTableView *view = h.view(type);
    for (int i = 0; i < clicks; ++i)
        clickHeader(view, column);
    const QAbstractItemModel *shown = view->model();
    QCOMPARE(shown->index(0, 0).data().toString(), firstId);
    if (!lastId.isEmpty())
        QCOMPARE(shown->index(shown->rowCount() - 1, 0).data().toString(), lastId);
}

void TestMainWindow::checkBoxEdit()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    h.window->tables()->showTable(ElementType::DataAsset);
    QTableView *view = h.view(ElementType::DataAsset);
    // api_usage_metadata (second asset) is not personal.
    const QModelIndex personal = view->model()->index(1, int(DataField::Personal));
    QCOMPARE(personal.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(personal.data(Qt::DisplayRole).toString().isEmpty());
    view->setFocus();
    view->setCurrentIndex(personal);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(h.doc()->model().dataAsset(QStringLiteral("api_usage_metadata"))->personal, true);
    QCOMPARE(personal.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    h.doc()->undoStack()->undo();
    QCOMPARE(h.doc()->model().dataAsset(QStringLiteral("api_usage_metadata"))->personal, false);
}

void TestMainWindow::renamingAnIdUpdatesOtherTables()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    ElementTableModel *edges = h.table(ElementType::Edge)->tableModel();
    ElementTableModel *data = h.table(ElementType::DataAsset)->tableModel();
    QSignalSpy edgesChanged(edges, &QAbstractItemModel::dataChanged);
    QSignalSpy dataChanged(data, &QAbstractItemModel::dataChanged);

    // web_dashboard (node 0) owns api_user_profiles (asset 0) and is the
    // source of edges 0, 1 and 11.
    QTableView *view = h.view(ElementType::Node);
    QLineEdit *editor = editWithF2(view, view->model()->index(0, int(NodeField::Id)));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("dashboard"));
    commitWithEnter(editor);

    QCOMPARE(
        edges->index(11, int(EdgeField::Source)).data().toString(), QStringLiteral("dashboard"));
    QCOMPARE(data->index(0, int(DataField::Owner)).data().toString(), QStringLiteral("dashboard"));
    QCOMPARE(edgesChanged.size(), 1);
    QCOMPARE(dataChanged.size(), 1);

    // A duplicate id is refused with the reason.
    editor = editWithF2(view, view->model()->index(1, int(NodeField::Id)));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("dashboard"));
    commitWithEnter(editor);
    QCOMPARE(
        h.statusMessage(), QStringLiteral("Node public_api: id: duplicate node id \"dashboard\""));
    QCOMPARE(h.doc()->model().nodes()[1].id, QStringLiteral("public_api"));
}

void TestMainWindow::unsavedChangesOnNew()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    QVERIFY(commands::pushSetValue(h.doc(), ElementType::Node, 0, kName, QStringLiteral("Dash")));
    QVERIFY(h.doc()->isModified());

    h.discardAnswer = QMessageBox::Cancel;
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(h.discardPrompts, 1);
    QCOMPARE(h.doc()->model().nodes().size(), 23);
    QCOMPARE(h.doc()->model().nodes()[0].name, QStringLiteral("Dash"));
    QVERIFY(h.doc()->isModified());
    QCOMPARE(h.doc()->undoStack()->count(), 1);

    h.discardAnswer = QMessageBox::Discard;
    QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(h.discardPrompts, 2);
    QCOMPARE(h.doc()->model().nodes().size(), 0);
    QCOMPARE(h.view(ElementType::Node)->model()->rowCount(), 0);
    QVERIFY(!h.doc()->isModified());
    QCOMPARE(h.doc()->undoStack()->count(), 0);
    QCOMPARE(h.window->windowTitle(), QStringLiteral("Untitled[*]"));

    // An unmodified document is replaced without a question.
    QVERIFY(h.controller()->openExample());
    QCOMPARE(h.discardPrompts, 2);
}

void TestMainWindow::unsavedChangesSaveAnswer()
{
    QTemporaryDir dir;
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(commands::pushSetValue(h.doc(), ElementType::Node, 0, kBreach, 0.5));

    // "Save" on an untitled document asks for a path; cancelling that
    // cancels the New.
    h.discardAnswer = QMessageBox::Save;
    h.savePathAnswer.clear();
    QVERIFY(!h.controller()->newDocument());
    QCOMPARE(h.doc()->model().nodes().size(), 23);

    h.savePathAnswer = dir.filePath(QStringLiteral("saved"));
    QVERIFY(h.controller()->newDocument());
    QCOMPARE(h.doc()->model().nodes().size(), 0);
    const ReadResult saved = storage::load(dir.filePath(QStringLiteral("saved.weaklink")));
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(saved.model->nodes()[0].breachLikelihood, 0.5);
}

void TestMainWindow::unsavedChangesOnClose()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    QVERIFY(commands::pushSetValue(
        h.doc(), ElementType::Edge, 0, int(EdgeField::Label), QStringLiteral("calls")));

    h.discardAnswer = QMessageBox::Cancel;
    QVERIFY(!h.window->close());
    QCOMPARE(h.discardPrompts, 1);
    QVERIFY(h.window->isVisible());
    QCOMPARE(h.doc()->model().edges()[0].label, QStringLiteral("calls"));

    h.discardAnswer = QMessageBox::Discard;
    QVERIFY(h.window->close());
    QCOMPARE(h.discardPrompts, 2);
    QVERIFY(!h.window->isVisible());
    // Closing stores the window layout for the next session.
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/state")));
}

void TestMainWindow::failedOpenKeepsDocument()
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, QStringLiteral("bad.json"),
        R"({"format": "weaklink-model", "version": 1,
            "nodes": [{"id": "a", "breach_likelihood": 2}]})");
    QVERIFY(!bad.isEmpty());
    Harness h;
    QVERIFY(h.controller()->openExample());

    QVERIFY(!h.controller()->openFile(bad));
    QCOMPARE(h.errors.size(), 1);
    const QStringList parts = h.errors[0].split(QLatin1Char('|'));
    QCOMPARE(parts[0], QStringLiteral("Cannot Open File"));
    QCOMPARE(parts[1], QStringLiteral("Weaklink could not open “bad.json”."));
    QCOMPARE(parts[2],
        bad + QStringLiteral(": nodes[0].breach_likelihood: must be a number from 0 to 1"));
    QCOMPARE(h.doc()->model().nodes().size(), 23);
    QVERIFY(h.controller()->sourcePath().isEmpty());

    QVERIFY(!h.controller()->openFile(dir.filePath(QStringLiteral("missing.weaklink"))));
    QCOMPARE(h.errors.size(), 2);
    QVERIFY(h.errors[1].contains(QStringLiteral("missing.weaklink")));
    QCOMPARE(h.view(ElementType::Node)->model()->rowCount(), 23);

    // A FIFO named like a document is refused at once, not read forever.
    const QString fifo = dir.filePath(QStringLiteral("pipe.weaklink"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!h.controller()->openFile(fifo));
    QCOMPARE(h.errors.size(), 3);
    QCOMPARE(h.errors[2].section(QLatin1Char('|'), 2),
        fifo
            + QStringLiteral(
                ": cannot open the file: it is not a regular file (a FIFO, socket or device)"));
    QCOMPARE(h.doc()->model().nodes().size(), 23);

    // A document whose nodes are a view that never ends hung the app.
    const QString endless = dir.filePath(QStringLiteral("endless.weaklink"));
    QString error;
    QVERIFY2(storage::save(h.doc()->model(), endless, &error), qPrintable(error));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(
                 QFile::encodeName(endless).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
        SQLITE_OK);
    const int rc = sqlite3_exec(db,
        "DROP TABLE nodes; CREATE VIEW nodes AS WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL "
        "SELECT i + 1 FROM r) SELECT i AS ord FROM r",
        nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
    QVERIFY(!h.controller()->openFile(endless));
    QCOMPARE(h.errors.size(), 4);
    QCOMPARE(h.errors[3].section(QLatin1Char('|'), 2),
        endless + QStringLiteral(": not a valid Weaklink document: nodes is a view, not a table"));
    QCOMPARE(h.doc()->model().nodes().size(), 23);
}

void TestMainWindow::slowOpenShowsProgressAndCancels()
{
    // A reader that waits for as long as the test likes.
    QTemporaryDir dir;
    const QString slow = dir.filePath(QStringLiteral("slow.json"));
    QVERIFY(QFile::copy(kExample, slow));
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    // A reader that parses until it is cancelled, then reads the file whole
    // (as if it had not looked at the flag in time).
    QSemaphore stopped;
    h.controller()->setFileReader([&stopped](const QString &path, const ReadControl &control) {
        control.enter(ReadStage::Parsing);
        for (int i = 0; i < 1000 && !control.cancelled(); ++i)
            QThread::msleep(10);
        const bool cancelled = control.cancelled();
        ReadResult r = files::openModelFile(path);
        if (cancelled)
            stopped.release();
        return r;
    });

    QString label;
    QTimer::singleShot(600, h.window.get(), [&] {
        auto *progress = h.window->findChild<QProgressDialog *>();
        if (progress && progress->isVisible() && progress->maximum() == 0)
            label = progress->labelText();
        if (auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr)
            cancel->click();
    });
    QVERIFY(!h.controller()->openFile(slow));
    QCOMPARE(label, QStringLiteral("Opening “slow.json”…\nParsing…"));
    QVERIFY(h.errors.isEmpty());
    QCOMPARE(h.statusMessage(), QStringLiteral("Opening “slow.json” was cancelled"));
    QCOMPARE(h.doc()->model().nodes().size(), 23);

    // The reader was told to stop; its result is dropped.
    QVERIFY(stopped.tryAcquire(1, 10000));
    QTest::qWait(50);
    QCOMPARE(h.doc()->model().nodes().size(), 23);
    QVERIFY(h.controller()->sourcePath().isEmpty());
    QVERIFY(!h.doc()->isModified());

    // The window is usable again.
    QVERIFY(h.controller()->newDocument());
}

void TestMainWindow::failedSaveKeepsDocumentModified()
{
    QTemporaryDir dir;
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(commands::pushSetValue(h.doc(), ElementType::Node, 0, kBreach, 0.5));
    h.savePathAnswer = dir.filePath(QStringLiteral("no/such/folder/x.weaklink"));
    QVERIFY(!h.controller()->save());
    QCOMPARE(h.errors.size(), 1);
    QVERIFY(h.errors[0].startsWith(QStringLiteral("Cannot Save|")));
    QVERIFY(h.errors[0].contains(QStringLiteral("no/such/folder")));
    QVERIFY(h.doc()->isModified());
    QVERIFY(h.doc()->filePath().isEmpty());
    QVERIFY(!QFileInfo::exists(h.savePathAnswer));
}

void TestMainWindow::jsonWithWarningsSavesAs()
{
    QTemporaryDir dir;
    const QString json = writeFile(dir, QStringLiteral("tiny.json"),
        R"({"format": "weaklink-model", "version": 1, "name": "Tiny",
            "nodes": [{"id": "a", "colour": "red"}, {"id": "b"}],
            "edges": [{"source": "a", "target": "b"}]})");
    QVERIFY(!json.isEmpty());
    Harness h;
    QVERIFY(h.controller()->openFile(json));
    QCOMPARE(h.doc()->model().nodes().size(), 2);
    QVERIFY(h.doc()->filePath().isEmpty());
    QCOMPARE(h.controller()->sourcePath(), json);
    QCOMPARE(h.window->windowTitle(), QStringLiteral("Tiny — tiny.json[*]"));
    QCOMPARE(h.controller()->readerWarnings(),
        QStringList { QStringLiteral("nodes[0].colour: unknown key, ignored") });
    auto *readerWarnings
        = h.window->findChild<QToolButton *>(QStringLiteral("readerWarningsButton"));
    QVERIFY(readerWarnings);
    QVERIFY(!readerWarnings->isHidden());
    QCOMPARE(readerWarnings->text(), QStringLiteral("1 reader warning"));
    QCOMPARE(h.statusMessage(), QStringLiteral("Opened “tiny.json” with 1 reader warning"));

    // Saving an imported file never overwrites it: Save asks, beside it.
    h.savePathAnswer = dir.filePath(QStringLiteral("tiny"));
    QVERIFY(h.controller()->save());
    QCOMPARE(h.savePathSuggestions, QStringList { dir.filePath(QStringLiteral("tiny.weaklink")) });
    const QString saved = dir.filePath(QStringLiteral("tiny.weaklink"));
    QCOMPARE(h.doc()->filePath(), saved);
    QCOMPARE(h.window->windowTitle(), QStringLiteral("Tiny — tiny.weaklink[*]"));
    QVERIFY(storage::load(saved).ok());

    // Export writes model JSON and leaves the document where it is.
    h.savePathAnswer = dir.filePath(QStringLiteral("exported"));
    QVERIFY(h.controller()->exportModelJson());
    const ReadResult exported
        = io::readModelJsonFile(dir.filePath(QStringLiteral("exported.json")));
    QVERIFY2(exported.ok(), qPrintable(exported.message()));
    QCOMPARE(exported.model->edges()[0].id, QStringLiteral("e0"));
    QCOMPARE(h.doc()->filePath(), saved);

    // A new document forgets the reader's warnings.
    QVERIFY(h.controller()->newDocument());
    QVERIFY(readerWarnings->isHidden());
}

void TestMainWindow::recentFiles()
{
    QTemporaryDir dir;
    const QString path = exampleDocument(dir);
    Harness h;
    QVERIFY(h.controller()->openFile(path));
    RecentFiles recent;
    QCOMPARE(recent.files(), QStringList { path });

    QVERIFY(QFile::remove(path));
    QVERIFY(!h.controller()->openRecent(path));
    QCOMPARE(h.errors.size(), 1);
    QVERIFY(h.errors[0].startsWith(QStringLiteral("File Not Found|")));
    QCOMPARE(recent.files(), QStringList());

    for (int i = 0; i < 10; ++i)
        recent.add(dir.filePath(QStringLiteral("f%1.weaklink").arg(i)));
    QCOMPARE(recent.files().size(), 8);
    QCOMPARE(recent.files().first(), dir.filePath(QStringLiteral("f9.weaklink")));
}

void TestMainWindow::settingsWrittenInOrder()
{
    const QString key = QStringLiteral("test/written");
    for (int i = 1; i <= 20; ++i)
        settings::store(key, i);
    // Seen at once here, whatever the writer has done.
    QCOMPARE(settings::value(key).toInt(), 20);
    settings::waitForWrites();
    QCOMPARE(QSettings().value(key).toInt(), 20);

    settings::store(key, QVariant());
    QCOMPARE(settings::value(key, 7).toInt(), 7);
    settings::waitForWrites();
    QVERIFY(!QSettings().contains(key));
    QCOMPARE(settings::value(key, 7).toInt(), 7);

    // What another process reads: the file itself.
    settings::store(key, QStringLiteral("on disk"));
    settings::waitForWrites();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("[test]\nwritten=on disk\n"));
}

void TestMainWindow::obligationsFollowTheScenarioDock()
{
    // A schema 4 document with the seeded scenario "Analytics vendor breach".
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.weaklink"));
    QVERIFY(QFile::copy(QStringLiteral(WEAKLINK_TESTS_DIR "/data/example-v4.weaklink"), path));
    Harness h;
    QVERIFY(h.controller()->openFile(path));
    ObligationsPanel *panel = h.window->obligationsPanel();
    QTRY_COMPARE(panel->scenario(), h.window->scenarioDock()->currentScenario());
    QCOMPARE(panel->scenario(), 0);
    panel->refreshNow();
    QVERIFY(panel->result());
    QCOMPARE(panel->result()->seeds.first().node, QStringLiteral("northwind"));
    QVERIFY(!panel->result()->obligations.isEmpty());

    // View ▸ Obligations, Ctrl+Shift+O, shows the dock.
    QAction *show = nullptr;
    for (QAction *a : h.window->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O))
            show = a;
    QVERIFY(show);
    QCOMPARE(show->text(), QStringLiteral("&Obligations"));
    QVERIFY(h.showAndActivate());
    show->trigger();
    QTRY_VERIFY(h.window->obligationsDock()->isVisible());
}

// Help ▸ Examples ▸ Analytics Vendor Breach: the example model with the
// scenario of the November 2025 incident (app/tools/makestoryexample.cpp).
void TestMainWindow::storyExampleTellsTheLag()
{
    Harness h;
    QVERIFY(h.showAndActivate());
    QAction *story = nullptr;
    for (QAction *a : h.window->findChild<QMenu *>(QStringLiteral("examplesMenu"))->actions())
        if (a->text().startsWith(QStringLiteral("Analytics &Vendor Breach")))
            story = a;
    QVERIFY(story);
    story->trigger();

    // The bundled example's model, unsaved, with the story's scenario.
    const ReadResult example = io::readModelJsonFile(kExample);
    QVERIFY(example.ok());
    QVERIFY(h.doc()->model() == *example.model);
    QVERIFY(h.doc()->filePath().isEmpty());
    QVERIFY(!h.doc()->isModified());
    QCOMPARE(h.doc()->scenarios().size(), 1);
    const SavedScenario &s = h.doc()->scenarios()[0];
    QCOMPARE(s.name, QStringLiteral("Analytics vendor breach, customer told 16 days later"));
    QCOMPARE(s.scenario.seeds, (QVector<sim::TimedNode> { { QStringLiteral("northwind"), 0.0 } }));
    QCOMPARE(s.awareness, (QVector<sim::TimedNode> { { QStringLiteral("web_dashboard"), 384.0 } }));
    QCOMPARE(
        h.doc()->exercise().settings.start, QDateTime(QDate(2025, 11, 9), QTime(9, 0), Qt::UTC));

    // The Obligations dock is raised on it: the customer learnt 16 days
    // after its vendor, a hop that uses up GDPR's 72 hours.
    QTRY_VERIFY(h.window->obligationsDock()->isVisible());
    ObligationsPanel *panel = h.window->obligationsPanel();
    QCOMPARE(panel->scenario(), 0);
    panel->refreshNow();
    QVERIFY(panel->result());
    const QVector<obligations::Party> &parties = panel->result()->parties;
    QCOMPARE(parties.size(), 2);
    QCOMPARE(parties[1].node, QStringLiteral("web_dashboard"));
    QCOMPARE(parties[1].awareHours, 384.0);
    QVERIFY(panel->chainView()->hops().first().usesUpClock());
}

void TestMainWindow::modelTesterOnEveryTable()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (ElementType type : { ElementType::Node, ElementType::Edge, ElementType::DataAsset }) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            h.table(type)->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            h.table(type)->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    ElementTableModel *nodes = h.table(ElementType::Node)->tableModel();

    QVERIFY(nodes->setData(nodes->index(2, kBreach), 0.25));
    QVERIFY(nodes->setData(nodes->index(2, int(NodeField::Id)), QStringLiteral("chat")));
    QVERIFY(!nodes->setData(nodes->index(2, int(NodeField::Criticality)), 9));
    h.table(ElementType::Node)->proxyModel()->sort(kBreach, Qt::DescendingOrder);
    h.doc()->undoStack()->undo();
    h.doc()->undoStack()->undo();
    h.doc()->undoStack()->redo();
    QCOMPARE(h.doc()->model().nodes()[2].breachLikelihood, 0.25);

    // Rows inserted and removed after the fact by the Document.
    Node extra;
    extra.id = QStringLiteral("extra");
    h.doc()->insertNode(0, extra);
    QCOMPARE(nodes->rowCount(), 24);
    QCOMPARE(nodes->index(0, 0).data().toString(), QStringLiteral("extra"));
    QCOMPARE(nodes->index(1, 0).data().toString(), QStringLiteral("web_dashboard"));
    h.doc()->takeNode(0);
    QCOMPARE(nodes->rowCount(), 23);
    QCOMPARE(nodes->index(0, 0).data().toString(), QStringLiteral("web_dashboard"));
    h.doc()->insertNode(23, extra);
    QCOMPARE(nodes->index(23, 0).data().toString(), QStringLiteral("extra"));
    h.doc()->takeNode(23);

    h.discardAnswer = QMessageBox::Discard;
    QVERIFY(h.controller()->newDocument());
    QCOMPARE(nodes->rowCount(), 0);
    QVERIFY(h.controller()->openExample());
    QCOMPARE(nodes->rowCount(), 23);
}

// Issue 11, item 8: History sits behind Properties as a tab. Its shortcut
// brings it to the front; only pressed while it is in front does it close it.
void TestMainWindow::dockShortcutRaisesABackgroundTab()
{
    Harness h;
    QVERIFY(h.showAndActivate());
    auto *history = h.window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    auto *properties = h.window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    QVERIFY(history && properties);
    QVERIFY(h.window->tabifiedDockWidgets(properties).contains(history));
    properties->raise();
    const auto inFront
        = [](QDockWidget *d) { return d->isVisible() && !d->visibleRegion().isEmpty(); };
    QTRY_VERIFY(inFront(properties));
    QVERIFY(!inFront(history)); // a background tab
    QVERIFY(!history->isHidden());

    const QKeyCombination key(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_H);
    QTest::keyClick(h.window.get(), key.key(), key.keyboardModifiers());
    QTRY_VERIFY(inFront(history));
    QVERIFY(!inFront(properties));

    QTest::keyClick(h.window.get(), key.key(), key.keyboardModifiers());
    QTRY_VERIFY(history->isHidden());

    QTest::keyClick(h.window.get(), key.key(), key.keyboardModifiers());
    QTRY_VERIFY(inFront(history));
}

// File ▸ Take Snapshot… brings the Snapshots dock forward and takes one;
// the document is then modified, and the snapshot is in the saved file.
void TestMainWindow::snapshotTakenFromTheFileMenuIsSaved()
{
    QTemporaryDir dir;
    Harness h;
    QVERIFY(h.showAndActivate());
    SnapshotsPanel *panel = h.window->snapshotsPanel();
    panel->askRequest = [] {
        analysis::SnapshotRequest r;
        r.name = QStringLiteral("Q3");
        r.takenAt = QDateTime(QDate(2026, 9, 30), QTime(12, 0), QTimeZone::utc());
        r.trials = 100;
        return std::optional(r);
    };
    auto *action = h.window->findChild<QAction *>(QStringLiteral("takeSnapshotAction"));
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(h.window->snapshotsDock()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isTaking(), 30000);
    QCOMPARE(h.doc()->snapshots().size(), 1);
    QVERIFY(h.doc()->isModified());
    h.savePathAnswer = dir.filePath(QStringLiteral("with-snapshot"));
    QVERIFY(h.controller()->save());
    const ReadResult saved = storage::load(dir.filePath(QStringLiteral("with-snapshot.weaklink")));
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(saved.state.snapshots.size(), 1);
    QCOMPARE(saved.state.snapshots[0].name, QStringLiteral("Q3"));
    QCOMPARE(saved.state.snapshots[0].trials, 100);
}

// File ▸ Board Report… asks, computes off the GUI thread and writes the
// PDF; a failed write leaves the existing file as it was.
void TestMainWindow::boardReportFromTheFileMenu()
{
    QTemporaryDir dir;
    Harness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(h.showAndActivate());
    BoardReportExporter *exporter = h.window->boardReport();
    QString suggested;
    exporter->askOptions = [] {
        report::ReportOptions o;
        o.trials = 500;
        o.page = { render::PaperSize::A3, true, true };
        return std::optional(o);
    };
    const QString path = dir.filePath(QStringLiteral("board"));
    exporter->askPath = [&](const QString &suggestion) {
        suggested = suggestion;
        return path;
    };
    QSignalSpy written(exporter, &BoardReportExporter::written);
    QSignalSpy messages(exporter, &BoardReportExporter::message);
    auto *action = h.window->findChild<QAction *>(QStringLiteral("boardReportAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(exporter->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 60000);
    QCOMPARE(written.count(), 1);
    QVERIFY2(messages.at(0).at(0).toString().contains(QStringLiteral("board.pdf")),
        qPrintable(messages.at(0).at(0).toString()));
    QVERIFY(suggested.endsWith(QStringLiteral("report-report.pdf")));
    // The suffix is added; every page A3 portrait.
    QCOMPARE(written.at(0).at(0).toString(), path + QStringLiteral(".pdf"));
    const QStringList boxes = test::pdfMediaBoxesOfFile(path + QStringLiteral(".pdf"));
    // Cover, contents, plain language, map, figures, appendix at least.
    QVERIFY2(boxes.size() >= 6, qPrintable(boxes.join(u' ')));
    QVERIFY(std::all_of(boxes.cbegin(), boxes.cend(),
        [](const QString &b) { return b == QStringLiteral("842x1191"); }));
    QTRY_VERIFY(h.window->statusBar()->currentMessage().contains(QStringLiteral("board.pdf")));

    // Cancelled while computing: nothing written.
    exporter->askOptions = [] {
        report::ReportOptions o;
        o.trials = 50'000'000;
        return std::optional(o);
    };
    exporter->askPath = [&](const QString &) { return dir.filePath(QStringLiteral("never.pdf")); };
    action->trigger();
    QVERIFY(exporter->isRunning());
    exporter->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!exporter->isRunning(), 30000);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("never.pdf"))));
    QCOMPARE(written.count(), 1);
}

// The docks as the user left them come back at the next start; View ▸
// Reset Layout puts them back as the window first arranged them.
void TestMainWindow::layoutRestoredAndReset()
{
    {
        Harness h;
        QVERIFY(h.showAndActivate());
        auto *tables = h.window->findChild<QDockWidget *>(QStringLiteral("tablesDock"));
        QVERIFY(tables && tables->isVisible());
        tables->hide();
        h.window->resize(1100, 700);
        QVERIFY(h.window->close());
    }
    Harness h;
    QVERIFY(h.showAndActivate());
    auto *tables = h.window->findChild<QDockWidget *>(QStringLiteral("tablesDock"));
    QVERIFY(!tables->isVisible());
    QCOMPARE(h.window->size(), QSize(1100, 700));
    auto *reset = h.window->findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    QVERIFY(reset);
    reset->trigger();
    QTRY_VERIFY(tables->isVisible());
    QCOMPARE(h.window->dockWidgetArea(tables), Qt::BottomDockWidgetArea);
}

void TestMainWindow::germanTranslation()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/weaklink_de.qm")));
    QCOMPARE(translator.translate("wl::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(translator.translate("wl::MainWindow", "&Edit"), QStringLiteral("&Bearbeiten"));
    QCOMPARE(translator.translate("wl::ElementTableModel", "Breach likelihood"),
        QStringLiteral("Breach-Wahrscheinlichkeit"));
    QCOMPARE(translator.translate("main", "A .weaklink document or model JSON to open."),
        QStringLiteral("Ein zu öffnendes .weaklink-Dokument oder Modell-JSON."));

    // Texts written outside the app library, in the core (contexts
    // "commands" and "exercise"), reach the user translated too, as in the
    // app with the catalogue installed. The translator uninstalls itself
    // when it is destroyed, after the window.
    QCoreApplication::installTranslator(&translator);
    Harness h;
    QVERIFY(h.controller()->openExample());
    h.window->selection()->set(
        { { ElementType::Edge, QStringLiteral("web_dashboard->public_api") } });
    QVERIFY(h.window->diagramEditor()->deleteSelection());
    QCOMPARE(h.doc()->undoStack()->undoText(), QStringLiteral("1 Element löschen"));
    ExerciseSettings settings;
    settings.stepHours = 0.0;
    QCOMPARE(exercise::checkSettings(settings),
        QStringLiteral("Die Schrittweite muss eine endliche Stundenzahl über 0 sein"));

    // An exported page (core/render) reads no English: its legend's
    // headings and tier rows included.
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("de.svg"));
    QString error;
    QVERIFY2(render::exportDiagram(render::buildDiagram(h.doc()->model()), svg,
                 render::ExportFormat::Svg, {}, &error),
        qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList texts;
    for (const test::TextBox &t : test::svgTextBoxes(file.readAll()))
        texts << t.text;
    const QString page = texts.join(u'|');
    QVERIFY2(page.contains(QStringLiteral("STUFE · ABSTAND")), qPrintable(page));
    for (const char *english : { "Legend", "TIER", "CONNECTIONS", "NODE KIND", "third party",
             "Supply-chain map", "Internal service", "Data / calls" })
        QVERIFY2(!page.contains(
                     QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(english)))),
            english);
}

// The Open dialog's first filter, selected by default, lists documents and
// model JSON alike.
void TestMainWindow::openDialogShowsEverySupportedFile()
{
    MainWindow window;
    QStringList filters;
    QString selected;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        filters = dialog->nameFilters();
        selected = dialog->selectedNameFilter();
        dialog->reject();
    });
    QCOMPARE(window.documentController()->prompts().openPath(), QString());
    QVERIFY(!filters.isEmpty());
    QCOMPARE(selected, filters.constFirst());
    const QStringList globs = filters.constFirst().section(u'(', 1).chopped(1).split(u' ');
    for (const char *file : { "x.weaklink", "x.json" }) {
        bool matched = false;
        for (const QString &glob : globs)
            matched = matched
                || QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob))
                       .match(QLatin1String(file))
                       .hasMatch();
        QVERIFY2(matched, file);
    }
}

// At 1280 pixels every tool-bar button and the overlay bar are on screen,
// whatever the undo text: Undo and Redo keep their size and carry the
// command in their tooltips.
void TestMainWindow::toolBarsFitWithLongUndoText()
{
    Harness h;
    QVERIFY(h.controller()->openExample());
    h.window->resize(1280, 800);
    QVERIFY(h.showAndActivate());
    auto *toolBar = h.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    const auto buttonFor = [toolBar](const QString &text) -> QToolButton * {
        for (QAction *a : toolBar->actions())
            if (a->text().remove(u'&') == text)
                return qobject_cast<QToolButton *>(toolBar->widgetForAction(a));
        return nullptr;
    };
    QToolButton *undo = buttonFor(QStringLiteral("Undo"));
    QVERIFY(undo);
    const int undoWidth = undo->width();

    QVERIFY(commands::pushSetValue(h.doc(), ElementType::Node, 0, kName, QString(120, u'N')));
    QCoreApplication::processEvents();
    QCOMPARE(undo->width(), undoWidth);
    const QString undoText = h.doc()->undoStack()->undoText();
    QVERIFY(!undoText.isEmpty());
    QVERIFY2(undo->toolTip().contains(undoText), qPrintable(undo->toolTip()));

    const QRect window = h.window->rect();
    for (QToolBar *bar : h.window->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            QWidget *w = bar->widgetForAction(a);
            if (!w || a->isSeparator())
                continue;
            QVERIFY2(w->isVisible(),
                qPrintable(bar->objectName() + u' ' + a->text() + u' '
                    + QLatin1String(w->metaObject()->className())));
            const QRect onWindow(w->mapTo(h.window.get(), QPoint()), w->size());
            QVERIFY2(window.contains(onWindow), qPrintable(a->text()));
        }
    }
}

// Help ▸ Language keeps the choice for the next start; --lang overrides it
// for one start. German installs Qt's own catalogue too (Save / Discard /
// Cancel), and the German window's menus and docks read no English.
void TestMainWindow::languageChoice()
{
    const QStringList program = { QStringLiteral("weaklink") };
    QCOMPARE(language::chosen(program), QString());
    {
        Harness h;
        auto *menu = h.window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction *a : menu->actions())
            names << a->text();
        QCOMPARE(names,
            (QStringList {
                QStringLiteral("System"), QStringLiteral("English"), QStringLiteral("Deutsch") }));
        QVERIFY(menu->actions().constFirst()->isChecked());
        menu->actions().at(2)->trigger();
        QVERIFY(h.statusMessage().contains(QStringLiteral("starts again")));
    }
    QCOMPARE(language::saved(), QStringLiteral("de"));
    QCOMPARE(language::chosen(program), QStringLiteral("de"));
    QCOMPARE(
        language::chosen(program + QStringList { QStringLiteral("--lang"), QStringLiteral("en") }),
        QStringLiteral("en"));
    QCOMPARE(language::chosen(program + QStringList { QStringLiteral("--lang=en") }),
        QStringLiteral("en"));
    // A language without a catalogue is a usage error, before any window.
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(WEAKLINK_APP), { QStringLiteral("--lang"), QStringLiteral("xx") });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("unknown language \"xx\"; use en or de"));

    QCOMPARE(language::apply(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(QDialogButtonBox(
                 QDialogButtonBox::Save | QDialogButtonBox::Discard | QDialogButtonBox::Cancel)
                 .button(QDialogButtonBox::Save)
                 ->text()
                 .remove(u'&'),
        QStringLiteral("Speichern"));
    QStringList texts;
    {
        Harness h;
        QVERIFY(h.controller()->openExample());
        for (QAction *menu : h.window->menuBar()->actions()) {
            texts << menu->text();
            for (QAction *a : menu->menu()->actions())
                texts << a->text();
        }
        for (QDockWidget *dock : h.window->findChildren<QDockWidget *>())
            texts << dock->windowTitle();
        for (int c = 0; c < h.view(ElementType::Node)->model()->columnCount(); ++c)
            texts << h.view(ElementType::Node)->model()->headerData(c, Qt::Horizontal).toString();
        for (const render::NodeVisual &n : h.window->diagramScene()->diagram().nodes)
            texts << vocab::label(h.doc()->model().node(n.id)->kind);
    }
    language::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
    const QStringList english = { QStringLiteral("File"), QStringLiteral("Edit"),
        QStringLiteral("View"), QStringLiteral("Help"), QStringLiteral("Undo"),
        QStringLiteral("Save"), QStringLiteral("Open Recent"), QStringLiteral("Properties"),
        QStringLiteral("History"), QStringLiteral("Scenario"), QStringLiteral("Charts"),
        QStringLiteral("Weak links"), QStringLiteral("Internal service"),
        QStringLiteral("Breach likelihood"), QStringLiteral("Organization"),
        QStringLiteral("Language"), QStringLiteral("Export") };
    for (QString text : std::as_const(texts)) {
        text.remove(u'&');
        for (const QString &word : english)
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word))),
                qPrintable(text));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
