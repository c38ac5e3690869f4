// File ▸ Import… in the app (DocumentController::importFrom, the Import
// Report and merge-review dialogs, drag and drop): a new document or a merge
// that is one undo step, conflicts resolved each way, a failed or cancelled
// import that changes nothing. Dialog answers come from the test through
// DocumentController::Prompts. Expected values follow from the example
// model (resources/examples) and the small files written here.
#include "commands/commands.h"
#include "dialogs/importreportdialog.h"
#include "dialogs/mergeconflictsdialog.h"
#include "documentcontroller.h"
#include "files/modelfile.h"
#include "mainwindow.h"
#include "selection.h"
#include "widgetharness.h"

#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace wl;
using interchange::Resolution;

namespace {

// A main window whose import questions are answered by the test.
struct ImportHarness {
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
    DocumentController::ImportMode mode = DocumentController::ImportMode::Merge;
    std::optional<QList<Resolution>> resolutions;
    int conflictPrompts = 0;
    bool selectPlaceholders = false;
    QList<DocumentController::ImportSummary> reports;
    QStringList errors;

    ImportHarness()
    {
        DocumentController::Prompts &p = controller()->prompts();
        p.confirmDiscard = [](const QString &) { return QMessageBox::Discard; };
        p.importMode = [this](const QString &) { return mode; };
        p.resolveConflicts = [this](const Model &, const Model &, const interchange::MergePlan &) {
            ++conflictPrompts;
            return resolutions;
        };
        p.showImportReport = [this](const DocumentController::ImportSummary &s) {
            reports.append(s);
            return selectPlaceholders;
        };
        p.error = [this](const QString &title, const QString &, const QString &reason) {
            errors.append(title + u'|' + reason);
        };
        // DOT is read by weaklink-cli, which is not beside the test.
        controller()->setFileReader([](const QString &path, const ReadControl &control) {
            files::OpenOptions options;
            options.dotHelper = QStringLiteral(WEAKLINK_CLI);
            options.control = control;
            return files::openModelFile(path, options);
        });
    }

    DocumentController *controller() const { return window->documentController(); }
    Document *doc() const { return window->document(); }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

// Northwind again under another id, with another kind and likelihood, and a
// new sub-processor behind it.
const QByteArray kTheirs = R"({"format": "weaklink-model", "version": 1, "name": "Theirs",
  "nodes": [
    {"id": "nw", "name": "northwind analytics", "organization": "Northwind Analytics Inc.",
     "kind": "saas_vendor", "breach_likelihood": 0.2},
    {"id": "segment", "name": "Segment", "kind": "analytics"}],
  "edges": [{"id": "nw->segment", "source": "nw", "target": "segment"}]})";

Model exampleModel()
{
    return *files::openModelFile(QStringLiteral(WEAKLINK_EXAMPLE)).model;
}

} // namespace

class TestImportUi : public QObject {
    Q_OBJECT

private slots:
    void importIntoEmptyDocument();
    void mergeResolvesConflicts_data();
    void mergeResolvesConflicts();
    void cancelledReviewChangesNothing();
    void failedImportChangesNothing();
    void selectPlaceholders();
    void dropAFile();
    void reportDialog();
    void conflictsDialog();
};

void TestImportUi::importIntoEmptyDocument()
{
    ImportHarness h;
    QVERIFY(h.controller()->newDocument());
    const QString path = QStringLiteral(WEAKLINK_TESTS_DIR "/data/import/dot/vendors.gv");
    QVERIFY(h.controller()->importFrom(path));
    QCOMPARE(h.doc()->model().nodes().size(), qsizetype(4));
    QCOMPARE(h.controller()->sourcePath(), path);
    QVERIFY(h.doc()->filePath().isEmpty());
    QCOMPARE(h.doc()->undoStack()->count(), 0);
    QCOMPARE(h.reports.size(), qsizetype(1));
    const DocumentController::ImportSummary &s = h.reports[0];
    QCOMPARE(s.fileName, u"vendors.gv"_s);
    QCOMPARE(s.report.format, u"Graphviz DOT"_s);
    QCOMPARE(s.counts.nodes, 4);
    QCOMPARE(s.counts.edges, 3);
    QCOMPARE(s.report.ignored.size(), qsizetype(1));
    QCOMPARE(s.conflicts, -1);
    QCOMPARE(h.conflictPrompts, 0);
}

void TestImportUi::mergeResolvesConflicts_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("likelihood");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QString>("newEdge");
    QTest::newRow("keep mine") << int(Resolution::KeepMine) << u"analytics"_s << 0.08 << 24
                               << u"northwind>segment"_s;
    QTest::newRow("take theirs") << int(Resolution::TakeTheirs) << u"saas_vendor"_s << 0.2 << 24
                                 << u"northwind>segment"_s;
    QTest::newRow("both") << int(Resolution::Both) << u"analytics"_s << 0.08 << 25
                          << u"nw>segment"_s;
}

void TestImportUi::mergeResolvesConflicts()
{
    QFETCH(int, resolution);
    QFETCH(QString, kind);
    QFETCH(double, likelihood);
    QFETCH(int, nodes);
    QFETCH(QString, newEdge);
    QTemporaryDir dir;
    const QString theirs = writeFile(dir, u"theirs.json"_s, kTheirs);
    ImportHarness h;
    QVERIFY(h.controller()->openExample());
    h.resolutions = QList<Resolution> { Resolution(resolution) };
    QVERIFY(h.controller()->importFrom(theirs));

    QCOMPARE(h.conflictPrompts, 1);
    const Model &m = h.doc()->model();
    QCOMPARE(m.nodes().size(), qsizetype(nodes));
    QCOMPARE(m.node(u"northwind"_s)->kind, kind);
    QCOMPARE(m.node(u"northwind"_s)->breachLikelihood, likelihood);
    QCOMPARE(m.edges().size(), qsizetype(28));
    const Edge &added = m.edges().constLast();
    QCOMPARE(added.source + u'>' + added.target, newEdge);
    QCOMPARE(h.reports.size(), qsizetype(1));
    QCOMPARE(h.reports[0].conflicts, 1);
    // The example stays the document; the merge is one step to undo.
    QVERIFY(h.controller()->sourcePath().isEmpty());
    QCOMPARE(h.doc()->undoStack()->count(), 1);
    QCOMPARE(h.doc()->undoStack()->undoText(), u"Merge “theirs.json”"_s);
    h.doc()->undoStack()->undo();
    QCOMPARE(h.doc()->model(), exampleModel());
}

void TestImportUi::cancelledReviewChangesNothing()
{
    QTemporaryDir dir;
    const QString theirs = writeFile(dir, u"theirs.json"_s, kTheirs);
    ImportHarness h;
    QVERIFY(h.controller()->openExample());
    h.resolutions = std::nullopt;
    QVERIFY(!h.controller()->importFrom(theirs));
    QCOMPARE(h.conflictPrompts, 1);
    QCOMPARE(h.doc()->model(), exampleModel());
    QCOMPARE(h.doc()->undoStack()->count(), 0);
    QVERIFY(h.reports.isEmpty());

    // Cancelling the question of merge or new document does the same.
    h.mode = DocumentController::ImportMode::Cancel;
    QVERIFY(!h.controller()->importFrom(theirs));
    QCOMPARE(h.conflictPrompts, 1);
    QCOMPARE(h.doc()->model(), exampleModel());
}

void TestImportUi::failedImportChangesNothing()
{
    QTemporaryDir dir;
    const QString broken = writeFile(dir, u"broken.gv"_s, "digraph { a -> ");
    ImportHarness h;
    QVERIFY(h.controller()->openExample());
    QVERIFY(!h.controller()->importFrom(broken));
    QCOMPARE(h.errors.size(), qsizetype(1));
    QVERIFY2(h.errors[0].startsWith(
                 u"Cannot Import File|"_s + broken + u": not a DOT graph Graphviz can read"_s),
        qPrintable(h.errors[0]));
    QCOMPARE(h.doc()->model(), exampleModel());
    QCOMPARE(h.doc()->undoStack()->count(), 0);
    QVERIFY(!h.doc()->isModified());
}

void TestImportUi::selectPlaceholders()
{
    ImportHarness h;
    QVERIFY(h.controller()->openExample());
    // A reader whose file names "ghost" without defining it; its
    // placeholder collides with nothing, "northwind" is matched.
    h.controller()->setFileReader([](const QString &path, const ReadControl &) {
        ReadResult r;
        r.fileName = path;
        Model m;
        Node ghost;
        ghost.id = u"ghost"_s;
        ghost.name = u"ghost"_s;
        ghost.tags = { u"placeholder"_s };
        m.appendNode(ghost);
        Node northwind;
        northwind.id = u"northwind"_s;
        northwind.name = u"Northwind Analytics"_s;
        m.appendNode(northwind);
        r.model = m;
        r.report.format = u"Test format"_s;
        r.report.placeholders = { u"ghost"_s };
        r.warnings
            = { u"deps[0]: unknown reference \"ghost\"; a placeholder node stands for it"_s };
        return r;
    });
    h.selectPlaceholders = true;
    QVERIFY(h.controller()->importFrom(u"/nonexistent/bom.json"_s));
    QCOMPARE(h.reports[0].report.format, u"Test format"_s);
    QCOMPARE(h.reports[0].warnings.size(), qsizetype(1));
    const QVector<Selection::Item> expected { { ElementType::Node, u"ghost"_s } };
    QCOMPARE(h.window->selection()->items(), expected);
}

void TestImportUi::dropAFile()
{
    QTemporaryDir dir;
    const QString theirs = writeFile(dir, u"theirs.json"_s, kTheirs);
    ImportHarness h;
    QVERIFY(h.controller()->openExample());
    h.resolutions = QList<Resolution> { Resolution::KeepMine };
    QVERIFY(test::showActive(h.window.get()));

    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(theirs) });
    const QPoint centre = h.window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(h.window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(h.window.get(), &drop);
    QTRY_COMPARE(h.doc()->model().nodes().size(), qsizetype(24));
    QCOMPARE(h.doc()->undoStack()->count(), 1);

    // Two files at once are not taken.
    QMimeData two;
    two.setUrls({ QUrl::fromLocalFile(theirs), QUrl::fromLocalFile(theirs) });
    QDragEnterEvent enterTwo(centre, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    enterTwo.ignore();
    QCoreApplication::sendEvent(h.window.get(), &enterTwo);
    QVERIFY(!enterTwo.isAccepted());
}

void TestImportUi::reportDialog()
{
    DocumentController::ImportSummary s;
    s.fileName = u"bom.json"_s;
    s.report.format = u"CycloneDX 1.5 JSON"_s;
    s.report.ignored = { u"metadata.tools: tools are not architecture, ignored"_s };
    s.warnings = { u"w1"_s, u"w2"_s };
    s.counts.nodes = 12;
    s.counts.edges = 1200;
    s.counts.nodesByKind = { { u"open_source_package"_s, 9 }, { u"saas_vendor"_s, 3 } };
    ImportReportDialog dialog(s);
    const auto *headline = dialog.findChild<QLabel *>(u"importHeadline"_s);
    QVERIFY(headline);
    QVERIFY2(headline->text().startsWith(
                 u"“bom.json” was read as CycloneDX 1.5 JSON: 12 nodes, 1,200 edges"_s),
        qPrintable(headline->text()));
    const auto *tabs = dialog.findChild<QTabWidget *>();
    QCOMPARE(tabs->tabText(1), u"Warnings (2)"_s);
    QCOMPARE(tabs->tabText(2), u"Ignored (1)"_s);
    auto *select = dialog.findChild<QPushButton *>(u"selectPlaceholders"_s);
    QVERIFY(!select->isEnabled());

    s.report.placeholders = { u"x"_s };
    ImportReportDialog withPlaceholders(s);
    select = withPlaceholders.findChild<QPushButton *>(u"selectPlaceholders"_s);
    QVERIFY(select->isEnabled());
    QTimer::singleShot(0, select, &QPushButton::click);
    QCOMPARE(withPlaceholders.exec(), int(ImportReportDialog::SelectPlaceholders));
}

void TestImportUi::conflictsDialog()
{
    QTemporaryDir dir;
    const Model mine = exampleModel();
    const Model theirs = *files::openModelFile(writeFile(dir, u"t.json"_s, kTheirs)).model;
    const interchange::MergePlan plan = interchange::planMerge(mine, theirs);
    MergeConflictsDialog dialog(mine, theirs, plan);
    auto *table = dialog.findChild<QTableWidget *>(u"conflictTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"northwind analytics (nw)"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Northwind Analytics (northwind)"_s);
    QCOMPARE(table->item(0, 2)->text(),
        u"kind: analytics → saas_vendor\nbreach_likelihood: 0.08 → 0.2"_s);
    QCOMPARE(dialog.resolutions(), QList<Resolution> { Resolution::KeepMine });
    dialog.setAll(Resolution::Both);
    QCOMPARE(dialog.resolutions(), QList<Resolution> { Resolution::Both });
    static_cast<QComboBox *>(table->cellWidget(0, 3))->setCurrentIndex(1);
    QCOMPARE(dialog.resolutions(), QList<Resolution> { Resolution::TakeTheirs });
}

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
