// weaklink-cli end to end (FORMAT.md §2): the built executable run with
// QProcess, exit statuses, one-line reasons, and files left untouched by
// failed commands. Expected counts of the shared example were worked out by
// hand from the file.
#include "clirun.h"
#include "pdfpages.h"
#include "render/heatmap.h"
#include "storage/storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <csignal>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

using wl::test::Run;
using wl::test::runCli;

// SIMULATION.md §6.1: A -> B (p_forward 0.5), B -> C (p_forward 0.4),
// every other probability 0, delays 24 h.
QString writeChainModel(const QString &dir)
{
    const QString path = dir + QStringLiteral("/chain.json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "A"}, {"id": "B"}, {"id": "C"}],
      "edges": [{"source": "A", "target": "B", "p_forward": 0.5, "p_backward": 0},
                {"source": "B", "target": "C", "p_forward": 0.4, "p_backward": 0}]})");
    return path;
}

QString examplePath()
{
    return QStringLiteral(WEAKLINK_EXAMPLE);
}

// Rows name files as "%D/name" (inside the test's temporary directory) and
// the shared example as "%E".
QString expand(QString arg, const QString &dir)
{
    arg.replace(QStringLiteral("%D"), dir);
    arg.replace(QStringLiteral("%E"), examplePath());
    return arg;
}

QStringList expand(const QStringList &args, const QString &dir)
{
    QStringList out;
    for (const QString &a : args)
        out << expand(a, dir);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool isOneLine(const QByteArray &text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

QStringList sortedEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

const QByteArray kOldBytes = "old content that a failed command must keep\n";

// Nodes a, b, c; asset x owned by a; one edge a -> b that carries nothing.
// So c has no edges and x flows over no edge; nodes[0].colour is unknown.
const QByteArray kModelWithWarnings = R"({
  "format": "weaklink-model", "version": 1, "name": "warnings",
  "nodes": [ { "id": "a", "colour": "red" }, { "id": "b" }, { "id": "c" } ],
  "data": [ { "id": "x", "owner": "a" } ],
  "edges": [ { "source": "a", "target": "b" } ]
})";

// The example with nodes pinned at the given positions, as model JSON.
QByteArray exampleWithPins(const QHash<int, QPointF> &pins)
{
    QJsonObject model = QJsonDocument::fromJson(readAll(examplePath())).object();
    QJsonArray nodes = model.value(QStringLiteral("nodes")).toArray();
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it) {
        QJsonObject n = nodes.at(it.key()).toObject();
        n.insert(QStringLiteral("x"), it.value().x());
        n.insert(QStringLiteral("y"), it.value().y());
        n.insert(QStringLiteral("pinned"), true);
        nodes.replace(it.key(), n);
    }
    model.insert(QStringLiteral("nodes"), nodes);
    return QJsonDocument(model).toJson();
}

// Imports model JSON (the example if empty) into DIR/NAME; empty on failure.
QString importDocument(const QString &dir, const QString &name, const QByteArray &json = {})
{
    QString input = examplePath();
    if (!json.isEmpty()) {
        input = dir + QStringLiteral("/") + name + QStringLiteral(".json");
        if (!writeAll(input, json))
            return QString();
    }
    const QString doc = dir + QStringLiteral("/") + name;
    if (runCli({ QStringLiteral("import"), input, QStringLiteral("-o"), doc }).exitCode != 0)
        return QString();
    return doc;
}

wl::Model loadDocument(const QString &path)
{
    const wl::ReadResult r = wl::storage::load(path);
    return r.ok() ? *r.model : wl::Model();
}

wl::Model withoutPositions(wl::Model m)
{
    for (int i = 0; i < m.nodes().size(); ++i)
        m.setPosition(i, std::nullopt);
    return m;
}

bool allDistinctPositions(const wl::Model &m)
{
    QSet<QPair<double, double>> seen;
    for (const wl::Node &n : m.nodes()) {
        if (!n.pos)
            return false;
        seen.insert({ n.pos->x(), n.pos->y() });
    }
    return seen.size() == m.nodes().size();
}

const QString kDotTool = QStringLiteral("/usr/bin/dot");

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void version();
    void help_data();
    void help();
    void readmeExamplesRun();
    void noArguments();
    void usageErrors_data();
    void usageErrors();
    void simulateUsage_data();
    void simulateUsage();
    void simulateChainExample();
    void simulateIsReproducible();
    void rankByConstruction();
    void rankByConcentration();
    void importExportRoundTrip();
    void importReplacesExistingDocument();
    void fileSizeLimitKeepsOldFile();
    void badInput_data();
    void badInput();
    void infoOnExample_data();
    void infoOnExample();
    void infoListsWarnings();
    void importPrintsWarnings();
    void openingDoesNotModifyDocument();
    void layoutStoresPositions_data();
    void layoutStoresPositions();
    void layoutKeepsPinnedNodes_data();
    void layoutKeepsPinnedNodes();
    void layoutNeedsADocument_data();
    void layoutNeedsADocument();
    void layoutFailureKeepsDocument();
    void layoutWithoutPluginRegistry();
    void exportDot_data();
    void exportDot();
    void exportJsonWithLayout();
    void exportAfterLayoutDrawsEveryOrganisation();
    void exportPictures_data();
    void exportPictures();
    void exportPdfPage();
    void exportPngScale();
    void failedExportKeepsExistingFile_data();
    void failedExportKeepsExistingFile();
    void exportOverlay_data();
    void exportOverlay();
    void exportOverlayUsage_data();
    void exportOverlayUsage();
    void exportView();

    // Issue 9.
    void hostileDocumentFailsFast_data();
    void hostileDocumentFailsFast();
    void fifoIsRefused_data();
    void fifoIsRefused();
    void controlCharactersAreEscaped();
    void diskFullSaysSo_data();
    void diskFullSaysSo();
};

void TestCli::version()
{
    const Run r = runCli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("weaklink 0.1.0\n"));
    QCOMPARE(r.err, QByteArray());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") };
    QTest::newRow("help") << QStringList { QStringLiteral("help") };
    QTest::newRow("import --help")
        << QStringList { QStringLiteral("import"), QStringLiteral("--help") };
    QTest::newRow("info -h") << QStringList { QStringLiteral("info"), QStringLiteral("-h") };
    QTest::newRow("layout --help")
        << QStringList { QStringLiteral("layout"), QStringLiteral("--help") };
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: weaklink-cli COMMAND"));
    for (const char *command :
        { "import INPUT -o OUT.weaklink", "export MODEL -o OUT", "info MODEL [--json]",
            "layout DOC.weaklink", "simulate MODEL", "rank MODEL", "--version" })
        QVERIFY2(r.out.contains(command), command);
    QCOMPARE(r.err, QByteArray());
}

// Every command in the README's weaklink-cli block runs as written, in a
// folder holding the bundled example where the README says it is.
void TestCli::readmeExamplesRun()
{
    QFile readme(QStringLiteral(WEAKLINK_TESTS_DIR "/../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype section = text.indexOf(QLatin1String("\n## weaklink-cli\n"));
    QVERIFY(section >= 0);
    const qsizetype open = text.indexOf(QLatin1String("```sh\n"), section);
    const qsizetype close = text.indexOf(QLatin1String("```"), open + 6);
    QVERIFY(open >= 0 && close > open);
    const QStringList lines = text.mid(open + 6, close - open - 6).split(u'\n', Qt::SkipEmptyParts);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("resources/examples")));
    QVERIFY(QFile::copy(examplePath(),
        dir.filePath(QStringLiteral("resources/examples/") + QFileInfo(examplePath()).fileName())));
    int commands = 0;
    for (const QString &line : lines) {
        QStringList words = line.section(u'#', 0, 0).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(words.value(0), QStringLiteral("weaklink-cli"));
        words.removeFirst();
        const Run r = runCli(words, QProcessEnvironment::systemEnvironment(), dir.path());
        QVERIFY2(
            r.exitCode == 0, qPrintable(line + QLatin1String(": ") + QString::fromUtf8(r.err)));
        ++commands;
    }
    QVERIFY(commands >= 10);
}

void TestCli::noArguments()
{
    const Run r = runCli({});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY(r.err.startsWith("Usage: weaklink-cli COMMAND"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    // A fragment the one-line reason must contain.
    QTest::addColumn<QString>("reason");
    // A file the command must not create; empty if none.
    QTest::addColumn<QString>("notCreated");

    const QString json = QStringLiteral("%D/out.json");
    const QString doc = QStringLiteral("%D/out.weaklink");
    const QString e = QStringLiteral("%E");
    const QString o = QStringLiteral("-o");

    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("frobnicate"), e }
        << QStringLiteral("unknown command \"frobnicate\"") << QString();
    QTest::newRow("unknown option, no command") << QStringList { QStringLiteral("--frobnicate") }
                                                << QStringLiteral("--frobnicate") << QString();
    QTest::newRow("unknown option of info")
        << QStringList { QStringLiteral("info"), e, QStringLiteral("--frobnicate") }
        << QStringLiteral("unknown option --frobnicate") << QString();
    QTest::newRow("unknown option of import")
        << QStringList { QStringLiteral("import"), e, o, doc, QStringLiteral("--bogus") }
        << QStringLiteral("unknown option --bogus") << doc;
    QTest::newRow("unknown short option of export")
        << QStringList { QStringLiteral("export"), QStringLiteral("-x"), e, o, json }
        << QStringLiteral("unknown option -x") << json;
    QTest::newRow("--page on a PNG")
        << QStringList { QStringLiteral("export"), e, o, QStringLiteral("%D/out.png"),
               QStringLiteral("--page"), QStringLiteral("A4") }
        << QStringLiteral("--page applies to .pdf output only") << QStringLiteral("%D/out.png");
    QTest::newRow("--actual-size on an SVG")
        << QStringList { QStringLiteral("export"), e, o, QStringLiteral("%D/out.svg"),
               QStringLiteral("--actual-size") }
        << QStringLiteral("--actual-size applies to .pdf output only")
        << QStringLiteral("%D/out.svg");
    QTest::newRow("unknown page") << QStringList { QStringLiteral("export"), e, o,
        QStringLiteral("%D/out.pdf"), QStringLiteral("--page"), QStringLiteral("A5") }
                                  << QStringLiteral("unknown page \"A5\"")
                                  << QStringLiteral("%D/out.pdf");
    QTest::newRow("import without -o")
        << QStringList { QStringLiteral("import"), e } << QStringLiteral("-o") << QString();
    QTest::newRow("export without -o")
        << QStringList { QStringLiteral("export"), e } << QStringLiteral("-o") << QString();
    QTest::newRow("-o without value") << QStringList { QStringLiteral("export"), e, o }
                                      << QStringLiteral("option -o needs a value") << QString();
    QTest::newRow("-o twice") << QStringList { QStringLiteral("export"), e, o, json, o, json }
                              << QStringLiteral("more than once") << json;
    QTest::newRow("info without MODEL")
        << QStringList { QStringLiteral("info") } << QStringLiteral("MODEL") << QString();
    QTest::newRow("export without MODEL")
        << QStringList { QStringLiteral("export"), o, json } << QStringLiteral("MODEL") << json;
    QTest::newRow("import without INPUT")
        << QStringList { QStringLiteral("import"), o, doc } << QStringLiteral("INPUT") << doc;
    QTest::newRow("two models") << QStringList { QStringLiteral("info"), e, e }
                                << QStringLiteral("unexpected argument") << QString();
    QTest::newRow("import to .json") << QStringList { QStringLiteral("import"), e, o, json }
                                     << QStringLiteral("out.json") << json;
    QTest::newRow("export to .txt")
        << QStringList { QStringLiteral("export"), e, o, QStringLiteral("%D/out.txt") }
        << QStringLiteral("unknown output extension") << QStringLiteral("%D/out.txt");
    QTest::newRow("export without extension")
        << QStringList { QStringLiteral("export"), e, o, QStringLiteral("%D/out") }
        << QStringLiteral("unknown output extension") << QStringLiteral("%D/out");
    QTest::newRow("unknown layout engine")
        << QStringList { QStringLiteral("export"), e, o, json, QStringLiteral("--layout"),
               QStringLiteral("spring") }
        << QStringLiteral("unknown layout engine \"spring\"") << json;
    QTest::newRow("unknown layout engine, picture")
        << QStringList { QStringLiteral("export"), e, o, QStringLiteral("%D/out.svg"),
               QStringLiteral("--layout=Dot") }
        << QStringLiteral("unknown layout engine \"Dot\"") << QStringLiteral("%D/out.svg");
    QTest::newRow("layout, unknown engine")
        << QStringList { QStringLiteral("layout"), doc, QStringLiteral("--engine"),
               QStringLiteral("spring") }
        << QStringLiteral("unknown layout engine \"spring\"") << doc;
    QTest::newRow("layout without DOC")
        << QStringList { QStringLiteral("layout") } << QStringLiteral("DOC.weaklink") << QString();
    QTest::newRow("layout with -o") << QStringList { QStringLiteral("layout"), doc, o, doc }
                                    << QStringLiteral("unknown option -o") << doc;
    QTest::newRow("layout, --engine twice")
        << QStringList { QStringLiteral("layout"), doc, QStringLiteral("--engine"),
               QStringLiteral("dot"), QStringLiteral("--engine"), QStringLiteral("neato") }
        << QStringLiteral("more than once") << doc;
    QTest::newRow("flag with a value")
        << QStringList { QStringLiteral("info"), e, QStringLiteral("--json=yes") }
        << QStringLiteral("--json takes no value") << QString();
    QTest::newRow("--version with argument")
        << QStringList { QStringLiteral("--version"), QStringLiteral("x") }
        << QStringLiteral("unexpected argument") << QString();
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    QFETCH(QString, notCreated);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const Run r = runCli(expand(args, dir.path()));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(isOneLine(r.err), r.err.constData());
    QVERIFY2(r.err.startsWith("weaklink-cli: "), r.err.constData());
    QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
    if (!notCreated.isEmpty())
        QVERIFY(!QFileInfo::exists(expand(notCreated, dir.path())));
    QCOMPARE(sortedEntries(dir.path()), QStringList());
}

void TestCli::simulateUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const auto row
        = [](const char *name, QStringList args, int code) { QTest::newRow(name) << args << code; };
    const QString sim = QStringLiteral("simulate");
    const QString e = QStringLiteral("%C");
    row("no model", { sim }, 2);
    row("annual and seed",
        { sim, e, QStringLiteral("--annual"), QStringLiteral("--seed-node"), QStringLiteral("A") },
        2);
    row("zero trials", { sim, e, QStringLiteral("--trials"), QStringLiteral("0") }, 2);
    row("trials not a number", { sim, e, QStringLiteral("--trials"), QStringLiteral("ten") }, 2);
    row("negative threads", { sim, e, QStringLiteral("--threads"), QStringLiteral("-1") }, 2);
    row("sever without time", { sim, e, QStringLiteral("--sever"), QStringLiteral("B") }, 2);
    row("sever negative time", { sim, e, QStringLiteral("--sever"), QStringLiteral("B@-3") }, 2);
    row("seed infinite time", { sim, e, QStringLiteral("--seed-node"), QStringLiteral("A@inf") },
        2);
    row("bad rng seed", { sim, e, QStringLiteral("--rng-seed"), QStringLiteral("x") }, 2);
    row("bad horizon", { sim, e, QStringLiteral("--horizon-hours"), QStringLiteral("soon") }, 2);
    row("unknown option", { sim, e, QStringLiteral("--seed"), QStringLiteral("A") }, 2);
    row("unknown seed node", { sim, e, QStringLiteral("--seed-node"), QStringLiteral("Z") }, 1);
    row("unknown sever node", { sim, e, QStringLiteral("--sever"), QStringLiteral("Z@1") }, 1);
    row("missing model file", { sim, QStringLiteral("%D/missing.json") }, 1);
    row("rank without --by", { QStringLiteral("rank"), e }, 2);
    row("rank unknown --by",
        { QStringLiteral("rank"), e, QStringLiteral("--by"), QStringLiteral("fame") }, 2);
    row("rank zero trials",
        { QStringLiteral("rank"), e, QStringLiteral("--by"), QStringLiteral("blast-radius"),
            QStringLiteral("--trials"), QStringLiteral("0") },
        2);
}

void TestCli::simulateUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString chain = writeChainModel(dir.path());
    for (QString &a : args)
        a.replace(QStringLiteral("%C"), chain).replace(QStringLiteral("%D"), dir.path());
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::simulateChainExample()
{
    // SIMULATION.md §6.1 and §6.5: p(B) = 0.5, p(C) = 0.2 and mean hours of
    // C = 48; with B severed at 30 h, p(C) = 0.
    QTemporaryDir dir;
    const QString chain = writeChainModel(dir.path());
    const int trials = 20000;
    Run r = runCli({ QStringLiteral("simulate"), chain, QStringLiteral("--seed-node"),
        QStringLiteral("A"), QStringLiteral("--trials"), QString::number(trials) });
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("weaklink-simulation"));
    const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 3);
    const auto p = [&nodes](int i) {
        return nodes.at(i).toObject().value(QStringLiteral("p_compromised")).toDouble();
    };
    const double se5b = 5 * std::sqrt(0.25 / trials), se5c = 5 * std::sqrt(0.16 / trials);
    QCOMPARE(p(0), 1.0);
    QVERIFY(std::fabs(p(1) - 0.5) <= se5b);
    QVERIFY(std::fabs(p(2) - 0.2) <= se5c);
    QCOMPARE(
        nodes.at(2).toObject().value(QStringLiteral("mean_hours_to_compromise")).toDouble(), 48.0);
    qint64 sum = 0;
    for (const QJsonValue &h : o.value(QStringLiteral("compromised_count"))
                                   .toObject()
                                   .value(QStringLiteral("histogram"))
                                   .toArray())
        sum += h.toArray().at(1).toInteger();
    QCOMPARE(sum, trials);

    r = runCli({ QStringLiteral("simulate"), chain, QStringLiteral("--seed-node"),
        QStringLiteral("A@0"), QStringLiteral("--sever"), QStringLiteral("B@30"),
        QStringLiteral("--trials"), QStringLiteral("2000") });
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("nodes"))
                 .toArray()
                 .at(2)
                 .toObject()
                 .value(QStringLiteral("p_compromised"))
                 .toDouble(),
        0.0);
    QCOMPARE(o.value(QStringLiteral("scenario"))
                 .toObject()
                 .value(QStringLiteral("sever"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("at_hours"))
                 .toDouble(),
        30.0);
}

void TestCli::simulateIsReproducible()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("result.json"));
    const QStringList base = { QStringLiteral("simulate"), examplePath(),
        QStringLiteral("--trials"), QStringLiteral("3000") };
    const Run one = runCli(base + QStringList { QStringLiteral("--threads"), QStringLiteral("1") });
    const Run two = runCli(base
        + QStringList {
            QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("-o"), out });
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(two.exitCode, 0);
    QVERIFY(two.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), one.out);
    // Annual mode is the default: seeds are [].
    QCOMPARE(QJsonDocument::fromJson(one.out)
                 .object()
                 .value(QStringLiteral("scenario"))
                 .toObject()
                 .value(QStringLiteral("mode"))
                 .toString(),
        QStringLiteral("annual"));
}

void TestCli::rankByConstruction()
{
    // C (likelihood 1, owns Y: 10 records) -> A (owns X: 100) -> D, certain
    // arcs; E isolated. Blast radius: C 2 others/110 records, A 1/100, D and
    // E 0. Hardening gain: C 110, A 100, D 0, E 0 (ties keep model order).
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("rank.json"));
    QFile f(model);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "weaklink-model", "version": 1, "nodes": [
        {"id": "A"}, {"id": "C", "breach_likelihood": 1}, {"id": "D"}, {"id": "E"}],
      "data": [{"id": "X", "owner": "A", "records": 100}, {"id": "Y", "owner": "C", "records": 10}],
      "edges": [{"source": "C", "target": "A", "p_forward": 1, "p_backward": 0},
                {"source": "A", "target": "D", "p_forward": 1, "p_backward": 0}]})");
    f.close();
    Run r = runCli({ QStringLiteral("rank"), model, QStringLiteral("--by"),
        QStringLiteral("blast-radius"), QStringLiteral("--trials"), QStringLiteral("20") });
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("blast-radius"));
    QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    QStringList order;
    for (const QJsonValue &n : nodes)
        order << n.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(order,
        (QStringList {
            QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("E") }));
    QCOMPARE(
        nodes.at(0).toObject().value(QStringLiteral("expected_other_compromised")).toDouble(), 2.0);
    QCOMPARE(
        nodes.at(0).toObject().value(QStringLiteral("expected_exposed_records")).toDouble(), 110.0);

    r = runCli({ QStringLiteral("rank"), model, QStringLiteral("--by"),
        QStringLiteral("hardening-gain"), QStringLiteral("--trials"), QStringLiteral("20") });
    QCOMPARE(r.exitCode, 0);
    nodes = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("C"));
    QCOMPARE(
        nodes.at(0).toObject().value(QStringLiteral("gain_exposed_records")).toDouble(), 110.0);
    QCOMPARE(
        nodes.at(1).toObject().value(QStringLiteral("gain_exposed_records")).toDouble(), 100.0);
}

// Fourth-party concentration (FORMAT.md §4) on a hand-made model: app is
// our internal service (tier 0); v1, v2 and v3 our vendors (tier 1); host,
// mid and cdn tier 2; orphan has no tier. Edges source -> target: app -> v1,
// v2, v3; v1 -> host, cdn; v2 -> host; v3 -> mid -> host; host -> v2.
// Reached from v1: host, cdn, v2 (through host); from v2: host (v2 itself
// does not count); from v3: mid, host, v2. Dependents: host 3, v2 2, mid 1,
// cdn 1, v1 0, v3 0. Every arc has probability 0, so a node's blast radius
// is the records it holds: host 1000, cdn 50, the others 0. Sorted by
// dependents, then records: host, v2, cdn, mid, v1, v3 (v1 before v3: model
// order). app and orphan are not listed.
void TestCli::rankByConcentration()
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("concentration.json"));
    QFile f(model);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "weaklink-model", "version": 1, "nodes": [
        {"id": "app", "kind": "internal_service"}, {"id": "v1"}, {"id": "v2"}, {"id": "v3"},
        {"id": "host"}, {"id": "mid"}, {"id": "cdn"}, {"id": "orphan"}],
      "data": [{"id": "H", "owner": "host", "records": 1000},
               {"id": "C", "owner": "cdn", "records": 50}],
      "edges": [
        {"source": "app", "target": "v1", "p_forward": 0, "p_backward": 0},
        {"source": "app", "target": "v2", "p_forward": 0, "p_backward": 0},
        {"source": "app", "target": "v3", "p_forward": 0, "p_backward": 0},
        {"source": "v1", "target": "host", "p_forward": 0, "p_backward": 0},
        {"source": "v1", "target": "cdn", "p_forward": 0, "p_backward": 0},
        {"source": "v2", "target": "host", "p_forward": 0, "p_backward": 0},
        {"source": "v3", "target": "mid", "p_forward": 0, "p_backward": 0},
        {"source": "mid", "target": "host", "p_forward": 0, "p_backward": 0},
        {"source": "host", "target": "v2", "p_forward": 0, "p_backward": 0}]})");
    f.close();
    const Run r = runCli({ QStringLiteral("rank"), model, QStringLiteral("--by"),
        QStringLiteral("concentration"), QStringLiteral("--trials"), QStringLiteral("10"),
        QStringLiteral("--rng-seed"), QStringLiteral("7") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, QByteArray(R"({
  "format": "weaklink-ranking",
  "version": 1,
  "by": "concentration",
  "trials": 10,
  "rng_seed": 7,
  "nodes": [
    { "id": "host", "dependents": 3, "expected_exposed_records": 1000 },
    { "id": "v2", "dependents": 2, "expected_exposed_records": 0 },
    { "id": "cdn", "dependents": 1, "expected_exposed_records": 50 },
    { "id": "mid", "dependents": 1, "expected_exposed_records": 0 },
    { "id": "v1", "dependents": 0, "expected_exposed_records": 0 },
    { "id": "v3", "dependents": 0, "expected_exposed_records": 0 }
  ]
}
)"));

    // On the example: each node's records are its blast radius, seed for
    // seed; only tiers 1 and up are listed.
    const auto recordsById = [](const Run &run, const char *key) {
        QHash<QString, double> out;
        for (const QJsonValue &n :
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("nodes")).toArray())
            out.insert(n[u"id"].toString(), n[QLatin1String(key)].toDouble());
        return out;
    };
    const QStringList options { QStringLiteral("--trials"), QStringLiteral("50"),
        QStringLiteral("--rng-seed"), QStringLiteral("3") };
    const Run blast = runCli(QStringList { QStringLiteral("rank"), examplePath(),
                                 QStringLiteral("--by"), QStringLiteral("blast-radius") }
        + options);
    const Run concentration = runCli(QStringList { QStringLiteral("rank"), examplePath(),
                                         QStringLiteral("--by"), QStringLiteral("concentration") }
        + options);
    QCOMPARE(concentration.exitCode, 0);
    const QHash<QString, double> all = recordsById(blast, "expected_exposed_records");
    const QHash<QString, double> listed = recordsById(concentration, "expected_exposed_records");
    QVERIFY(!listed.isEmpty());
    QVERIFY(listed.size() < all.size()); // the internal services are tier 0
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        QCOMPARE(it.value(), all.value(it.key(), -1.0));

    const Run unknown = runCli(
        { QStringLiteral("rank"), model, QStringLiteral("--by"), QStringLiteral("fourth-party") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("concentration"));
}

void TestCli::importExportRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString doc = dir.filePath(QStringLiteral("example.weaklink"));
    const QString viaDoc = dir.filePath(QStringLiteral("via-doc.json"));
    const QString direct = dir.filePath(QStringLiteral("direct.json"));
    const QString again = dir.filePath(QStringLiteral("again.json"));

    Run r = runCli({ QStringLiteral("import"), examplePath(), QStringLiteral("-o"), doc });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QByteArray());
    QVERIFY(readAll(doc).startsWith(QByteArray("SQLite format 3\0", 16)));

    // Options before the file, and the --output=OUT spelling.
    r = runCli({ QStringLiteral("export"), QStringLiteral("--output=") + viaDoc, doc });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("--output"), direct });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    r = runCli({ QStringLiteral("export"), direct, QStringLiteral("-o"), again });
    QCOMPARE(r.exitCode, 0);

    const QByteArray bytes = readAll(direct);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(readAll(viaDoc), bytes);
    QCOMPARE(readAll(again), bytes);

    const QJsonObject exported = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("weaklink-model"));
    QCOMPARE(exported.value(QStringLiteral("nodes")).toArray().size(), 23);
    QCOMPARE(exported.value(QStringLiteral("edges")).toArray().size(), 27);
    QCOMPARE(exported.value(QStringLiteral("data")).toArray().size(), 10);
}

void TestCli::importReplacesExistingDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString doc = dir.filePath(QStringLiteral("doc.weaklink"));
    const QString json = dir.filePath(QStringLiteral("doc.json"));
    QVERIFY(writeAll(doc, kOldBytes));

    Run r = runCli({ QStringLiteral("import"), examplePath(), QStringLiteral("-o"), doc });
    QCOMPARE(r.exitCode, 0);
    r = runCli({ QStringLiteral("export"), doc, QStringLiteral("-o"), json });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(readAll(json))
                 .object()
                 .value(QStringLiteral("nodes"))
                 .toArray()
                 .size(),
        23);
    QCOMPARE(sortedEntries(dir.path()),
        (QStringList { QStringLiteral("doc.json"), QStringLiteral("doc.weaklink") }));
}

// Past a file size limit the write fails with a one-line reason instead of
// the signal killing the command part-way; the old file stays and no
// temporary file is left. The child starts with the signal's default
// action, as from a shell.
void TestCli::fileSizeLimitKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString doc = importDocument(dir.path(), QStringLiteral("big.weaklink"),
        readAll(QStringLiteral(WEAKLINK_SHARED_DIR "/bench/sim-10k.json")));
    const QString out = dir.filePath(QStringLiteral("result.json"));
    QVERIFY(writeAll(out, kOldBytes));
    const QStringList before = sortedEntries(dir.path());

    QProcess p;
    p.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_DFL);
        rlimit limit {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 1 << 20; // the result is about 5 MB
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(QStringLiteral(WEAKLINK_CLI),
        { QStringLiteral("simulate"), doc, QStringLiteral("--annual"), QStringLiteral("--trials"),
            QStringLiteral("100"), QStringLiteral("-o"), out });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(out + QStringLiteral(": cannot write the file: ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("too large")), qPrintable(err));
    QCOMPARE(readAll(out), kOldBytes);
    QCOMPARE(sortedEntries(dir.path()), before);
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    // How the reason starts after "FILE: ": the JSON path, or the line of a
    // syntax error (the column and wording are the parser's).
    QTest::addColumn<QString>("reasonStart");

    // A valid header followed by the given members.
    const auto model = [](const char *members) {
        return QByteArray(R"({ "format": "weaklink-model", "version": 1, )") + members + " }\n";
    };

    QTest::newRow("syntax error") << model("\n\"nodes\": [ { \"id\": \"a\" },\n] ")
                                  << QStringLiteral("line 3, column ");
    QTest::newRow("not JSON") << QByteArray("nodes,edges\n1,2\n") << QString();
    QTest::newRow("probability out of range")
        << model(R"("nodes": [ { "id": "a" }, { "id": "b", "breach_likelihood": 1.5 } ])")
        << QStringLiteral("nodes[1].breach_likelihood: ");
    QTest::newRow("dangling owner")
        << model(R"("nodes": [ { "id": "a" } ], )"
                 R"("data": [ { "id": "x", "owner": "a" }, { "id": "y", "owner": "ghost" } ])")
        << QStringLiteral("data[1].owner: ");
    QTest::newRow("edge to unknown node")
        << model(R"("nodes": [ { "id": "a" }, { "id": "b" } ], )"
                 R"("edges": [ { "source": "a", "target": "b" }, )"
                 R"({ "source": "b", "target": "nowhere" } ])")
        << QStringLiteral("edges[1].target: ");
    QTest::newRow("duplicate node id")
        << model(R"("nodes": [ { "id": "a" }, { "id": "b" }, { "id": "a" } ])")
        << QStringLiteral("nodes[2].id: ");
    QTest::newRow("criticality out of range")
        << model(R"("nodes": [ { "id": "a", "criticality": 6 } ])")
        << QStringLiteral("nodes[0].criticality: ");
}

void TestCli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reasonStart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(input, content));
    const QByteArray expectedStart = (input + QStringLiteral(": ") + reasonStart).toUtf8();

    const auto checkFailure = [&](const QStringList &args) {
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(isOneLine(r.err), r.err.constData());
        QVERIFY2(r.err.startsWith(expectedStart), r.err.constData());
    };

    // No output file appears...
    const QString doc = dir.filePath(QStringLiteral("out.weaklink"));
    const QString json = dir.filePath(QStringLiteral("out.json"));
    checkFailure({ QStringLiteral("import"), input, QStringLiteral("-o"), doc });
    checkFailure({ QStringLiteral("export"), input, QStringLiteral("-o"), json });
    checkFailure({ QStringLiteral("info"), input });
    checkFailure({ QStringLiteral("info"), input, QStringLiteral("--json") });
    QCOMPARE(sortedEntries(dir.path()), QStringList { QStringLiteral("bad.json") });

    // ...and existing ones keep their bytes.
    QVERIFY(writeAll(doc, kOldBytes));
    QVERIFY(writeAll(json, kOldBytes));
    checkFailure({ QStringLiteral("import"), input, QStringLiteral("-o"), doc });
    checkFailure({ QStringLiteral("export"), input, QStringLiteral("-o"), json });
    QCOMPARE(readAll(doc), kOldBytes);
    QCOMPARE(readAll(json), kOldBytes);
    QCOMPARE(readAll(input), content);
    QCOMPARE(sortedEntries(dir.path()),
        (QStringList { QStringLiteral("bad.json"), QStringLiteral("out.json"),
            QStringLiteral("out.weaklink") }));
}

void TestCli::infoOnExample_data()
{
    QTest::addColumn<bool>("viaDocument");
    QTest::newRow("model JSON") << false;
    QTest::newRow(".weaklink document") << true;
}

void TestCli::infoOnExample()
{
    QFETCH(bool, viaDocument);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString model = examplePath();
    if (viaDocument) {
        model = dir.filePath(QStringLiteral("example.weaklink"));
        QCOMPARE(runCli({ QStringLiteral("import"), examplePath(), QStringLiteral("-o"), model })
                     .exitCode,
            0);
    }

    // Counted by hand in the example: 14 organisations, and three edges that
    // send an asset from a node that neither owns it nor receives it; then
    // its contract gaps (docs/OBLIGATIONS.md), in edge order, worked out
    // from its contracts: a review goes stale a year after its date, so
    // which of those are listed depends on today.
    const QDate today = QDate::currentDate();
    const auto stale = [&today](const char *reviewed) {
        return QDate::fromString(QLatin1String(reviewed), Qt::ISODate).addYears(1) < today;
    };
    const auto review = [](const char *edge, const char *reviewed) {
        return QStringLiteral("\"%1\" (%2): the contract was last reviewed on %3")
            .arg(QLatin1String(edge),
                QString(QLatin1String(edge)).replace(QStringLiteral("->"), QStringLiteral(" -> ")),
                QLatin1String(reviewed));
    };
    QStringList warnedEdges = { QStringLiteral("\"training_pipeline->data_lake\""),
        QStringLiteral("\"billing->postbox\""), QStringLiteral("\"support_portal->helphub\""),
        // 96 h against GDPR Art. 33(1)'s 72 h: web_dashboard is a US
        // controller, but the profiles' subjects include the EU.
        QStringLiteral("\"web_dashboard->northwind\" (web_dashboard -> northwind): the "
                       "notification SLA of 96 h is longer than the 72 h of EU GDPR") };
    if (stale("2024-09-15"))
        warnedEdges << review("web_dashboard->northwind", "2024-09-15");
    warnedEdges << QStringLiteral("\"northwind->cumulus\" (northwind -> cumulus): personal data "
                                  "flows with no DPA")
                << QStringLiteral("\"public_api->stratus\" (public_api -> stratus): personal "
                                  "data flows with no DPA")
                << QStringLiteral("\"chat_app->stratus\" (chat_app -> stratus): personal data "
                                  "flows with no DPA");
    if (stale("2026-03-01"))
        warnedEdges << review("billing->payflow", "2026-03-01");
    warnedEdges << QStringLiteral(
        "\"billing->postbox\" (billing -> postbox): personal data flows with no DPA");
    if (stale("2026-06-30"))
        warnedEdges << review("support_portal->helphub", "2026-06-30");
    warnedEdges << QStringLiteral("\"helphub->summaraize\" (helphub -> summaraize): personal "
                                  "data leaves the EU/EEA for US with no transfer mechanism");
    if (stale("2025-11-01"))
        warnedEdges << review("training_pipeline->tagwise", "2025-11-01");
    warnedEdges << QStringLiteral(
        "\"tagwise->crowdforce\" (tagwise -> crowdforce): personal data flows with no DPA");
    if (stale("2026-01-20"))
        warnedEdges << review("public_api->vectra", "2026-01-20");

    Run r = runCli({ QStringLiteral("info"), model, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(info.value(QStringLiteral("format")).toString(), QStringLiteral("weaklink-info"));
    QCOMPARE(info.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("file")).toString(), model);
    QCOMPARE(info.value(QStringLiteral("name")).toString(),
        QStringLiteral("Acme AI platform (fictional, shaped like the November 2025 "
                       "analytics-vendor incident)"));
    QCOMPARE(info.value(QStringLiteral("nodes")).toInt(), 23);
    QCOMPARE(info.value(QStringLiteral("edges")).toInt(), 27);
    QCOMPARE(info.value(QStringLiteral("data")).toInt(), 10);
    QCOMPARE(info.value(QStringLiteral("organizations")).toInt(), 14);
    const QJsonArray warnings = info.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), warnedEdges.size());
    for (int i = 0; i < warnedEdges.size(); ++i)
        QVERIFY2(warnings.at(i).toString().contains(warnedEdges.at(i)),
            qPrintable(warnings.at(i).toString()));

    r = runCli({ QStringLiteral("info"), model });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    QCOMPARE(lines.size(), 7 + warnedEdges.size() + 1);
    QCOMPARE(lines.at(0), QStringLiteral("file           ") + model);
    QCOMPARE(lines.at(2), QStringLiteral("nodes          23"));
    QCOMPARE(lines.at(3), QStringLiteral("edges          27"));
    QCOMPARE(lines.at(4), QStringLiteral("data assets    10"));
    QCOMPARE(lines.at(5), QStringLiteral("organizations  14"));
    QCOMPARE(lines.at(6), QStringLiteral("warnings       %1").arg(warnedEdges.size()));
    for (int i = 0; i < warnedEdges.size(); ++i)
        QVERIFY(lines.at(7 + i).startsWith(u"  ") && lines.at(7 + i).contains(warnedEdges.at(i)));
    QCOMPARE(lines.last(), QString());
}

void TestCli::infoListsWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("warnings.json"));
    QVERIFY(writeAll(input, kModelWithWarnings));

    const Run r = runCli({ QStringLiteral("info"), input, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value(QStringLiteral("nodes")).toInt(), 3);
    QCOMPARE(info.value(QStringLiteral("edges")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("data")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("organizations")).toInt(), 0);
    const QJsonArray warnings = info.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 3);
    // The reader's warning first, then the model's, each in model order.
    QVERIFY(warnings.at(0).toString().startsWith(u"nodes[0].colour"));
    QVERIFY(warnings.at(1).toString().contains(u"\"c\""));
    QVERIFY(warnings.at(2).toString().contains(u"\"x\""));
}

void TestCli::importPrintsWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("warnings.json"));
    const QString doc = dir.filePath(QStringLiteral("warnings.weaklink"));
    QVERIFY(writeAll(input, kModelWithWarnings));

    const Run r = runCli({ QStringLiteral("import"), input, QStringLiteral("-o"), doc });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(isOneLine(r.err), r.err.constData());
    QVERIFY2(r.err.startsWith((input + QStringLiteral(": nodes[0].colour")).toUtf8()),
        r.err.constData());
    QVERIFY(QFileInfo::exists(doc));
}

void TestCli::openingDoesNotModifyDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString doc = dir.filePath(QStringLiteral("example.weaklink"));
    QCOMPARE(
        runCli({ QStringLiteral("import"), examplePath(), QStringLiteral("-o"), doc }).exitCode, 0);

    // An old time stamp, so that any write would show.
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile f(doc);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const QByteArray bytes = readAll(doc);
    const QDateTime mtime = QFileInfo(doc).lastModified();

    QCOMPARE(runCli({ QStringLiteral("info"), doc }).exitCode, 0);
    QCOMPARE(runCli({ QStringLiteral("info"), doc, QStringLiteral("--json") }).exitCode, 0);
    QCOMPARE(runCli({ QStringLiteral("export"), doc, QStringLiteral("-o"),
                        dir.filePath(QStringLiteral("e.json")) })
                 .exitCode,
        0);

    QCOMPARE(readAll(doc), bytes);
    QCOMPARE(QFileInfo(doc).lastModified(), mtime);
    QCOMPARE(sortedEntries(dir.path()),
        (QStringList { QStringLiteral("e.json"), QStringLiteral("example.weaklink") }));
}

void TestCli::layoutStoresPositions_data()
{
    QTest::addColumn<QString>("engine"); // empty: the default
    QTest::newRow("default") << QString();
    for (const char *engine : { "dot", "neato", "fdp", "sfdp", "circo", "twopi" })
        QTest::newRow(engine) << QString::fromLatin1(engine);
}

void TestCli::layoutStoresPositions()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString doc = importDocument(dir.path(), QStringLiteral("example.weaklink"));
    QVERIFY(!doc.isEmpty());
    const wl::Model before = loadDocument(doc);
    QCOMPARE(before.nodes().size(), 23);
    QVERIFY(std::none_of(before.nodes().cbegin(), before.nodes().cend(),
        [](const wl::Node &n) { return n.pos.has_value(); }));

    QStringList args { QStringLiteral("layout"), doc };
    if (!engine.isEmpty())
        args << QStringLiteral("--engine") << engine;
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QByteArray());

    const wl::Model after = loadDocument(doc);
    QCOMPARE(after.nodes().size(), 23);
    QVERIFY(allDistinctPositions(after));
    // Nothing but the positions changed.
    QVERIFY(withoutPositions(after) == before);
    QCOMPARE(sortedEntries(dir.path()), QStringList { QStringLiteral("example.weaklink") });

    if (engine.isEmpty()) {
        // 23 nodes: the default is dot, whose positions export --layout dot
        // writes too.
        const QString json = dir.filePath(QStringLiteral("dot.json"));
        QCOMPARE(runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), json,
                            QStringLiteral("--layout"), QStringLiteral("dot") })
                     .exitCode,
            0);
        const QJsonArray nodes
            = QJsonDocument::fromJson(readAll(json)).object().value(u"nodes").toArray();
        QCOMPARE(nodes.size(), 23);
        for (int i = 0; i < 23; ++i) {
            const QJsonObject n = nodes.at(i).toObject();
            QCOMPARE(after.nodes().at(i).pos,
                std::optional<QPointF>(
                    QPointF(n.value(u"x").toDouble(), n.value(u"y").toDouble())));
        }
    }
}

void TestCli::layoutKeepsPinnedNodes_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("noteExpected"); // "cannot lay out around pinned nodes"
    QTest::newRow("neato") << QStringLiteral("neato") << false;
    QTest::newRow("fdp") << QStringLiteral("fdp") << false;
    QTest::newRow("dot") << QStringLiteral("dot") << true;
    QTest::newRow("sfdp") << QStringLiteral("sfdp") << true;
}

void TestCli::layoutKeepsPinnedNodes()
{
    QFETCH(QString, engine);
    QFETCH(bool, noteExpected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QHash<int, QPointF> pins
        = { { 3, QPointF(1234.5, -678.25) }, { 10, QPointF(-50.125, 3000.5) } };
    const QString doc
        = importDocument(dir.path(), QStringLiteral("pinned.weaklink"), exampleWithPins(pins));
    QVERIFY(!doc.isEmpty());

    const Run r = runCli({ QStringLiteral("layout"), doc, QStringLiteral("--engine"), engine });
    QCOMPARE(r.exitCode, 0);
    const QByteArray note = (doc + QStringLiteral(": ") + engine
        + QStringLiteral(" cannot lay out around pinned nodes; 2 pinned nodes kept their "
                         "position"))
                                .toUtf8();
    QCOMPARE(r.err.contains(note), noteExpected);

    const wl::Model after = loadDocument(doc);
    QCOMPARE(after.nodes().size(), 23);
    QVERIFY(allDistinctPositions(after));
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it) {
        QVERIFY(after.nodes().at(it.key()).pinned);
        QVERIFY(*after.nodes().at(it.key()).pos == it.value());
    }
}

void TestCli::layoutNeedsADocument_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("reason");
    QTest::newRow("model JSON") << QStringLiteral("model.json") << readAll(examplePath())
                                << QStringLiteral("not a .weaklink document");
    QTest::newRow("JSON named .weaklink")
        << QStringLiteral("model.weaklink") << readAll(examplePath())
        << QStringLiteral("not a .weaklink document");
    QTest::newRow("missing") << QStringLiteral("missing.weaklink") << QByteArray() << QString();
    QTest::newRow("not SQLite") << QStringLiteral("junk.weaklink") << kOldBytes << QString();
}

void TestCli::layoutNeedsADocument()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    if (!content.isEmpty())
        QVERIFY(writeAll(path, content));

    const Run r = runCli({ QStringLiteral("layout"), path });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(isOneLine(r.err), r.err.constData());
    QVERIFY2(r.err.startsWith((path + QStringLiteral(": ") + reason).toUtf8()), r.err.constData());
    if (content.isEmpty()) {
        QCOMPARE(sortedEntries(dir.path()), QStringList());
    } else {
        QCOMPARE(readAll(path), content);
        QCOMPARE(sortedEntries(dir.path()), QStringList { fileName });
    }
}

void TestCli::layoutFailureKeepsDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Positions Graphviz cannot work with (fdp crashes on them, neato returns
    // NaN): refused with a reason, the document left as it was.
    const QString doc = importDocument(dir.path(), QStringLiteral("far.weaklink"),
        exampleWithPins({ { 0, QPointF(1e300, 0) }, { 1, QPointF(0, -1e300) } }));
    QVERIFY(!doc.isEmpty());
    const QByteArray bytes = readAll(doc);

    for (const char *engine : { "neato", "fdp" }) {
        const Run r = runCli({ QStringLiteral("layout"), doc, QStringLiteral("--engine"),
            QString::fromLatin1(engine) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneLine(r.err), r.err.constData());
        QVERIFY2(r.err.startsWith((doc
                     + QStringLiteral(": %1 layout failed: node \"web_dashboard\" "
                                      "is fixed at (")
                           .arg(QLatin1String(engine)))
                                      .toUtf8()),
            r.err.constData());
        QCOMPARE(readAll(doc), bytes);
    }
    // dot ignores pins: it lays out the rest, and the pins stay.
    QCOMPARE(runCli({ QStringLiteral("layout"), doc }).exitCode, 0);
    QVERIFY(*loadDocument(doc).nodes().at(0).pos == QPointF(1e300, 0));
}

void TestCli::layoutWithoutPluginRegistry()
{
    // Graphviz finds its plugins through the registry file config6a in
    // GVBINDIR; weaklink-cli links them in and must not need it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString doc = importDocument(dir.path(), QStringLiteral("example.weaklink"));
    QVERIFY(!doc.isEmpty());
    const QString emptyDir = dir.filePath(QStringLiteral("no-plugins"));
    QVERIFY(QDir().mkpath(emptyDir));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GVBINDIR"), emptyDir);

    if (QFile::exists(kDotTool)) {
        // The variable takes effect: Graphviz's own dot is lost without it.
        QProcess q;
        q.setProcessEnvironment(environment);
        q.start(kDotTool, { QStringLiteral("-Tplain") });
        q.write("digraph { a -> b }");
        q.closeWriteChannel();
        QVERIFY(q.waitForFinished(60000));
        QVERIFY(q.exitCode() != 0);
    }
    for (const char *engine : { "dot", "neato" }) {
        const Run r = runCli(
            { QStringLiteral("layout"), doc, QStringLiteral("--engine"), QLatin1String(engine) },
            environment);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(allDistinctPositions(loadDocument(doc)));
    }
}

void TestCli::exportDot_data()
{
    QTest::addColumn<QString>("source"); // "json" or "doc" (laid out with dot)
    QTest::addColumn<QString>("engine"); // --layout, or empty
    QTest::addColumn<int>("positions"); // expected pos attributes
    QTest::newRow("json") << QStringLiteral("json") << QString() << 0;
    QTest::newRow("json, --layout neato")
        << QStringLiteral("json") << QStringLiteral("neato") << 23;
    QTest::newRow("document with positions") << QStringLiteral("doc") << QString() << 23;
}

void TestCli::exportDot()
{
    QFETCH(QString, source);
    QFETCH(QString, engine);
    QFETCH(int, positions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString input = examplePath();
    if (source == u"doc") {
        input = importDocument(dir.path(), QStringLiteral("example.weaklink"));
        QCOMPARE(runCli({ QStringLiteral("layout"), input }).exitCode, 0);
    }
    const QString out = dir.filePath(QStringLiteral("example.dot"));
    QStringList args { QStringLiteral("export"), input, QStringLiteral("-o"), out };
    if (!engine.isEmpty())
        args << QStringLiteral("--layout") << engine;
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());

    const QByteArray dot = readAll(out);
    QVERIFY(dot.startsWith("digraph "));
    const wl::Model model = withoutPositions(
        loadDocument(importDocument(dir.path(), QStringLiteral("check.weaklink"))));
    QCOMPARE(model.nodes().size(), 23);
    for (const wl::Node &n : model.nodes())
        QVERIFY2(dot.contains("\t" + n.id.toUtf8() + "\t["), qPrintable(n.id));
    QCOMPARE(dot.count("pos="), positions);
    QCOMPARE(dot.count(" -> "), 27);
    QCOMPARE(dot.count("subgraph cluster_"), 14);

    if (!QFile::exists(kDotTool))
        QSKIP("no /usr/bin/dot to render the file");
    QProcess p;
    p.start(kDotTool, { QStringLiteral("-Tsvg"), out });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("</svg>"));
}

void TestCli::exportJsonWithLayout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("laid-out.json"));
    const Run r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out,
        QStringLiteral("--layout"), QStringLiteral("circo") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray nodes
        = QJsonDocument::fromJson(readAll(out)).object().value(u"nodes").toArray();
    QCOMPARE(nodes.size(), 23);
    QSet<QPair<double, double>> seen;
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        QVERIFY(n.value(u"x").isDouble() && n.value(u"y").isDouble());
        seen.insert({ n.value(u"x").toDouble(), n.value(u"y").toDouble() });
    }
    QCOMPARE(seen.size(), 23);
}

// Issue 11, item 1: with positions stored (no Graphviz boxes to hand), the
// organisation boxes come from their members, and every name is drawn whole.
void TestCli::exportAfterLayoutDrawsEveryOrganisation()
{
    QTemporaryDir dir;
    const QString doc = importDocument(dir.path(), QStringLiteral("ex.weaklink"));
    QVERIFY(!doc.isEmpty());
    QCOMPARE(runCli({ QStringLiteral("layout"), doc }).exitCode, 0);
    const QString svg = dir.filePath(QStringLiteral("ex.svg"));
    const Run r = runCli({ QStringLiteral("export"), doc, QStringLiteral("-o"), svg });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString drawn = QString::fromUtf8(f.readAll());
    QSet<QString> organisations;
    const wl::Model model = loadDocument(doc);
    for (const wl::Node &n : model.nodes())
        if (!n.organization.isEmpty())
            organisations.insert(n.organization);
    QVERIFY(organisations.size() >= 10);
    for (const QString &o : std::as_const(organisations))
        QVERIFY2(drawn.contains(QStringLiteral(">%1<").arg(o.toHtmlEscaped())), qPrintable(o));
}

void TestCli::exportPictures_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("source"); // "json", "doc" (stored positions), "sfdp"
    for (const char *suffix : { "svg", "png", "pdf" })
        for (const char *source : { "json", "doc", "sfdp" })
            QTest::addRow("%s from %s", suffix, source)
                << QString::fromLatin1(suffix) << QString::fromLatin1(source);
}

void TestCli::exportPictures()
{
    QFETCH(QString, suffix);
    QFETCH(QString, source);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString input = examplePath();
    if (source == u"doc") {
        input = importDocument(dir.path(), QStringLiteral("example.weaklink"));
        QCOMPARE(runCli({ QStringLiteral("layout"), input }).exitCode, 0);
    }
    const QString out = dir.filePath(QStringLiteral("Example.") + suffix.toUpper());
    QStringList args { QStringLiteral("export"), input, QStringLiteral("-o"), out };
    if (source == u"sfdp")
        args << QStringLiteral("--layout") << QStringLiteral("sfdp");
    const Run r = runCli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray());
    const QByteArray bytes = readAll(out);
    QVERIFY(!bytes.isEmpty());

    if (suffix == u"svg") {
        QXmlStreamReader xml(bytes);
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QJsonArray nodes
            = QJsonDocument::fromJson(readAll(examplePath())).object().value(u"nodes").toArray();
        QCOMPARE(nodes.size(), 23);
        for (const QJsonValue &n : nodes) {
            const QString name = n.toObject().value(u"name").toString();
            QVERIFY2(text.contains(name), qPrintable(name));
        }
    } else if (suffix == u"png") {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QVERIFY(image.width() > 0 && image.height() > 0);
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; ++y)
            for (int x = 0; x < image.width() && !varied; ++x)
                varied = image.pixel(x, y) != first;
        QVERIFY(varied);
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
    }
}

// --page names the paper, --actual-size tiles: MediaBoxes in points.
void TestCli::exportPdfPage()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    const auto boxes = [&] { return wl::test::pdfMediaBoxesOfFile(out); };
    Run r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out,
        QStringLiteral("--page"), QStringLiteral("letter-portrait") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(boxes(), QStringList { QStringLiteral("612x792") });
    r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(boxes(), QStringList { QStringLiteral("1191x842") }); // too big for A4
    r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out,
        QStringLiteral("--page=A4"), QStringLiteral("--actual-size") });
    QCOMPARE(r.exitCode, 0);
    const QStringList tiles = boxes();
    QVERIFY(tiles.size() > 1);
    QCOMPARE(tiles, QStringList(tiles.size(), QStringLiteral("842x595")));
}

// --png-scale sets the pixels per point: a quarter of the default scale, a
// quarter of the width (to the pixel the rounding up allows); only for PNG.
void TestCli::exportPngScale()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.png"));
    const auto width = [&](const QStringList &extra) {
        const Run r
            = runCli(QStringList { QStringLiteral("export"), examplePath(), QStringLiteral("-o"),
                         out, QStringLiteral("--layout"), QStringLiteral("dot") }
                + extra);
        return r.exitCode == 0 ? QImage(out).width() : -1;
    };
    const int standard = width({});
    const int small = width({ QStringLiteral("--png-scale"), QStringLiteral("0.5") });
    QVERIFY2(small > 0 && std::abs(standard - 4 * small) <= 4,
        qPrintable(QStringLiteral("%1 vs %2").arg(standard).arg(small)));
    for (const char *bad : { "0", "9", "x" }) {
        const Run r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out,
            QStringLiteral("--png-scale"), QString::fromLatin1(bad) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("pixels per point from 0.1 to 8"));
    }
    const Run svg = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"),
        dir.filePath(QStringLiteral("out.svg")), QStringLiteral("--png-scale"),
        QStringLiteral("1") });
    QCOMPARE(svg.exitCode, 2);
    QVERIFY(svg.err.contains("--png-scale applies to .png output only"));
}

void TestCli::failedExportKeepsExistingFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("reason"); // after "INPUT: "

    const QByteArray broken = "{ \"format\": \"weaklink-model\", \"version\": 1, \"nodes\": [ "
                              "{ \"id\": \"a\", \"criticality\": 9 } ] }";
    const QByteArray far = exampleWithPins({ { 0, QPointF(0, 1e300) } });
    for (const char *suffix : { "dot", "svg", "png", "pdf" }) {
        const QString name = QStringLiteral("out.") + QLatin1String(suffix);
        QTest::addRow("%s, bad input", suffix)
            << name << broken << QStringList() << QStringLiteral("nodes[0].criticality: ");
        QTest::addRow("%s, Graphviz refuses", suffix)
            << name << far << QStringList { QStringLiteral("--layout"), QStringLiteral("fdp") }
            << QStringLiteral("fdp layout failed: node \"web_dashboard\" is fixed at (");
    }
}

void TestCli::failedExportKeepsExistingFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, extra);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("model.json"));
    const QString out = dir.filePath(fileName);
    QVERIFY(writeAll(model, input));
    QVERIFY(writeAll(out, kOldBytes));

    const Run r = runCli(
        QStringList { QStringLiteral("export"), model, QStringLiteral("-o"), out } + extra);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(isOneLine(r.err), r.err.constData());
    QVERIFY2(r.err.startsWith((model + QStringLiteral(": ") + reason).toUtf8()), r.err.constData());
    QCOMPARE(readAll(out), kOldBytes);
    QCOMPARE(sortedEntries(dir.path()), (QStringList { QStringLiteral("model.json"), fileName }));
}

// The characters of an SVG file, one string per <text>.
// The SVG's <desc>: its counts and every node's full name.
QString svgDescription(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (xml.readNextStartElement() || !xml.atEnd())
        if (xml.isStartElement() && xml.name() == u"desc")
            return xml.readElementText();
    return {};
}

// The node names the <desc> lists ("... Nodes: A; B; C.").
QSet<QString> svgNodeNames(const QString &description)
{
    const QString list = description.section(QStringLiteral("Nodes: "), 1).chopped(1);
    const QStringList names = list.split(QStringLiteral("; "));
    return QSet<QString>(names.cbegin(), names.cend());
}

QStringList svgTexts(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

void TestCli::exportOverlay_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("options");
    // Texts the SVG must carry: the legend's numbers and the nodes' values,
    // worked out from SIMULATION.md §6.1 (chain seeded at A: T(B) = 24 h and
    // T(C) = 48 h in every trial that reaches them; p(A) = 1). The seed A is
    // breached, off the scale: 24 h to 48 h in steps of 5 h (24 / 4 = 6,
    // rounded) gives 20 h to 50 h.
    QTest::addColumn<QStringList>("texts");
    const QStringList time = { QStringLiteral("--overlay"), QStringLiteral("time-to-compromise"),
        QStringLiteral("--seed-node"), QStringLiteral("A"), QStringLiteral("--trials"),
        QStringLiteral("2000") };
    const QStringList timeTexts = { QStringLiteral("Mean time to compromise"),
        QStringLiteral("hours · linear scale · darker = sooner"), QStringLiteral("20 h"),
        QStringLiteral("25 h"), QStringLiteral("30 h"), QStringLiteral("35 h"),
        QStringLiteral("40 h"), QStringLiteral("45 h"), QStringLiteral("50 h"),
        QStringLiteral("0 h"), QStringLiteral("24 h"), QStringLiteral("48 h"),
        QStringLiteral("Breached (seed), off the scale (1)"),
        QStringLiteral("Seeded: A at 0 h · 2,000 trials · rng seed 1") };
    for (const char *suffix : { "svg", "png", "pdf" })
        QTest::addRow("%s, time-to-compromise", suffix)
            << QString::fromLatin1(suffix) << time << timeTexts;
    // Log: 24 h rounded down to 20 h, 48 h up to 50 h; nothing round
    // between them.
    QTest::newRow("svg, time-to-compromise, log")
        << QStringLiteral("svg")
        << time + QStringList { QStringLiteral("--scale"), QStringLiteral("log") }
        << QStringList { QStringLiteral("hours · log scale · darker = sooner"),
               QStringLiteral("0 h and values under 20 h are drawn as 20 h"),
               QStringLiteral("20 h"), QStringLiteral("50 h"), QStringLiteral("24 h"),
               QStringLiteral("Breached (seed), off the scale (1)") };
    QTest::newRow("svg, likelihood, sever")
        << QStringLiteral("svg")
        << QStringList { QStringLiteral("--overlay"), QStringLiteral("likelihood"),
               QStringLiteral("--seed-node"), QStringLiteral("A"), QStringLiteral("--sever"),
               QStringLiteral("B@30"), QStringLiteral("--flows") }
        // §6.5: C is never reached: 0 %; A is 100 %. B is reached in half
        // the trials: 50.4 % of these 10,000 with rng seed 1.
        << QStringList { QStringLiteral("Likelihood of compromise"), QStringLiteral("0 %"),
               QStringLiteral("100 %"),
               QStringLiteral("Seeded: A at 0 h · sever B at 30 h · 10,000 trials"),
               QStringLiteral("Width: share of trials it spread (max 50.4 %)") };
    QTest::newRow("svg, blast-radius")
        << QStringLiteral("svg")
        << QStringList { QStringLiteral("--overlay"), QStringLiteral("blast-radius"),
               QStringLiteral("--trials"), QStringLiteral("300") }
        << QStringList { QStringLiteral("Blast radius (other nodes compromised)"),
               QStringLiteral("Blast-radius ranking · 300 trials per node · rng seed 1") };
}

void TestCli::exportOverlay()
{
    QFETCH(QString, suffix);
    QFETCH(QStringList, options);
    QFETCH(QStringList, texts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = writeChainModel(dir.path());
    const QString out = dir.filePath(QStringLiteral("heat.") + suffix);
    const Run r = runCli(
        QStringList { QStringLiteral("export"), model, QStringLiteral("-o"), out } + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray());
    const QByteArray bytes = readAll(out);
    if (suffix == u"svg") {
        QString error;
        const QStringList found = svgTexts(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &t : texts)
            QVERIFY2(found.contains(t), qPrintable(t + QStringLiteral(" in ") + found.join(u'|')));
    } else if (suffix == u"png") {
        // A, the seed, is drawn breached.
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        const QRgb hot = wl::render::breachedColor().rgb();
        int hits = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                hits += (image.pixel(x, y) & 0xFFFFFF) == (hot & 0xFFFFFF);
        QVERIFY2(hits > 1000, qPrintable(QString::number(hits)));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
    }
}

void TestCli::exportOverlayUsage_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    const auto overlay = [](const char *metric) {
        return QStringList { QStringLiteral("--overlay"), QString::fromLatin1(metric) };
    };
    QTest::newRow("unknown metric") << QStringLiteral("out.svg") << overlay("hotness") << 2
                                    << QStringLiteral("--overlay: unknown metric \"hotness\"");
    QTest::newRow("json output") << QStringLiteral("out.json") << overlay("risk") << 2
                                 << QStringLiteral("--overlay draws on a picture");
    QTest::newRow("dot output") << QStringLiteral("out.dot") << overlay("risk") << 2
                                << QStringLiteral("--overlay draws on a picture");
    QTest::newRow("scenario option alone")
        << QStringLiteral("out.svg")
        << QStringList { QStringLiteral("--seed-node"), QStringLiteral("A") } << 2
        << QStringLiteral("--seed-node needs --overlay");
    QTest::newRow("annual and seed") << QStringLiteral("out.svg")
                                     << overlay("likelihood")
            + QStringList {
                  QStringLiteral("--annual"), QStringLiteral("--seed-node"), QStringLiteral("A")
              } << 2 << QStringLiteral("--annual and --seed-node exclude each other");
    QTest::newRow("trials 0") << QStringLiteral("out.png")
                              << overlay("exposure")
            + QStringList { QStringLiteral("--trials"), QStringLiteral("0") }
                              << 2 << QStringLiteral("--trials must be at least 1");
    QTest::newRow("bad sever") << QStringLiteral("out.pdf")
                               << overlay("risk")
            + QStringList { QStringLiteral("--sever"), QStringLiteral("B") }
                               << 2 << QStringLiteral("--sever: \"B\" is not ID@HOURS");
    QTest::newRow("scale alone") << QStringLiteral("out.svg")
                                 << QStringList { QStringLiteral("--scale"), QStringLiteral("log") }
                                 << 2 << QStringLiteral("--scale needs --overlay METRIC");
    QTest::newRow("scale with flows only") << QStringLiteral("out.svg")
                                           << QStringList { QStringLiteral("--flows"),
                                                  QStringLiteral("--scale"), QStringLiteral("log") }
                                           << 2 << QStringLiteral("--scale needs --overlay METRIC");
    QTest::newRow("unknown scale") << QStringLiteral("out.svg")
                                   << overlay("likelihood")
            + QStringList { QStringLiteral("--scale"), QStringLiteral("cubic") }
                                   << 2
                                   << QStringLiteral("--scale: unknown scale \"cubic\"; use "
                                                     "linear, log");
    const auto view = [](const char *name) {
        return QStringList { QStringLiteral("--view"), QString::fromLatin1(name) };
    };
    QTest::newRow("unknown view") << QStringLiteral("out.svg") << view("organizations") << 2
                                  << QStringLiteral("--view: unknown view \"organizations\"");
    QTest::newRow("view, 5 hops") << QStringLiteral("out.svg") << view("neighbourhood:A:5") << 2
                                  << QStringLiteral("--view: hops must be from 1 to 4");
    QTest::newRow("view, no hops") << QStringLiteral("out.svg") << view("neighbourhood:A") << 2
                                   << QStringLiteral("use organisations, neighbourhood:ID:N or "
                                                     "filter:FIELD=VALUE");
    QTest::newRow("filter, unknown field")
        << QStringLiteral("out.svg") << view("filter:colour=red") << 2
        << QStringLiteral("FIELD one of tier, kind, jurisdiction, tag, not \"colour=red\"");
    QTest::newRow("filter, bad tier") << QStringLiteral("out.svg") << view("filter:tier=two") << 2
                                      << QStringLiteral("a tier is 0, 1, 2, … or unknown");
    QTest::newRow("filter, no match")
        << QStringLiteral("out.svg") << view("filter:kind=satellite") << 1
        << QStringLiteral("--view: no node has kind \"satellite\"");
    QTest::newRow("view, json output") << QStringLiteral("out.json") << view("organisations") << 2
                                       << QStringLiteral("--view draws a picture");
    QTest::newRow("view, unknown node")
        << QStringLiteral("out.svg") << view("neighbourhood:nobody:1") << 1
        << QStringLiteral("--view: no node with id \"nobody\"");
    QTest::newRow("unknown seed") << QStringLiteral("out.svg")
                                  << overlay("likelihood")
            + QStringList { QStringLiteral("--seed-node"), QStringLiteral("nobody") }
                                  << 1 << QStringLiteral("unknown node id \"nobody\"");
}

void TestCli::exportOverlayUsage()
{
    QFETCH(QString, out);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = writeChainModel(dir.path());
    const QString path = dir.filePath(out);
    QVERIFY(writeAll(path, kOldBytes));
    const Run r = runCli(
        QStringList { QStringLiteral("export"), model, QStringLiteral("-o"), path } + options);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(isOneLine(r.err), r.err.constData());
    QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
    if (exitCode == 1)
        QVERIFY2(r.err.startsWith(model.toUtf8()), r.err.constData());
    QCOMPARE(readAll(path), kOldBytes);
}

// A document whose nodes table is a view that never ends (the reliability
// pass: info, export, simulate and the app hung on it).
QString writeEndlessDocument(const QString &dir)
{
    const QString path = dir + QStringLiteral("/endless.weaklink");
    if (importDocument(dir, QStringLiteral("endless.weaklink")) != path)
        return {};
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const int rc = sqlite3_exec(db,
        "DROP TABLE nodes; CREATE VIEW nodes AS WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL "
        "SELECT i + 1 FROM r) SELECT i AS ord, 'n' || i AS id, 'n' AS name, 'other' AS kind, '' "
        "AS organization, 'none' AS gdpr_role, '' AS jurisdiction, 0.1 AS breach_likelihood, "
        "0.0 AS control_strength, 1 AS criticality, 0 AS pinned, '' AS notes FROM r",
        nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK ? path : QString();
}

void TestCli::hostileDocumentFailsFast_data()
{
    QTest::addColumn<QStringList>("args"); // %M: the document, %D: the folder
    QTest::newRow("info") << QStringList { QStringLiteral("info"), QStringLiteral("%M") };
    QTest::newRow("export svg") << QStringList { QStringLiteral("export"), QStringLiteral("%M"),
        QStringLiteral("-o"), QStringLiteral("%D/out.svg") };
    QTest::newRow("simulate") << QStringList { QStringLiteral("simulate"), QStringLiteral("%M"),
        QStringLiteral("--trials"), QStringLiteral("10") };
    QTest::newRow("layout") << QStringList { QStringLiteral("layout"), QStringLiteral("%M") };
}

void TestCli::hostileDocumentFailsFast()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString doc = writeEndlessDocument(dir.path());
    QVERIFY(!doc.isEmpty());
    const QByteArray before = readAll(doc);
    for (QString &a : args)
        a = expand(a, dir.path()).replace(QStringLiteral("%M"), doc);

    // runCli gives up after two minutes: a hang fails with exit code -1.
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err,
        (doc + QStringLiteral(": not a valid Weaklink document: nodes is a view, not a table\n"))
            .toUtf8());
    QCOMPARE(readAll(doc), before);
    QCOMPARE(sortedEntries(dir.path()), QStringList { QStringLiteral("endless.weaklink") });
}

void TestCli::fifoIsRefused_data()
{
    QTest::addColumn<QString>("fifoName");
    QTest::addColumn<QStringList>("args"); // %F: the FIFO, %D: the folder
    QTest::newRow("info, .weaklink") << QStringLiteral(
        "x.weaklink") << QStringList { QStringLiteral("info"), QStringLiteral("%F") };
    QTest::newRow("info, .json") << QStringLiteral("x.json")
                                 << QStringList { QStringLiteral("info"), QStringLiteral("%F") };
    QTest::newRow("layout") << QStringLiteral("x.weaklink")
                            << QStringList { QStringLiteral("layout"), QStringLiteral("%F") };
    QTest::newRow("import") << QStringLiteral("x.json")
                            << QStringList { QStringLiteral("import"), QStringLiteral("%F"),
                                   QStringLiteral("-o"), QStringLiteral("%D/out.weaklink") };
    QTest::newRow("simulate") << QStringLiteral("x.weaklink")
                              << QStringList { QStringLiteral("simulate"), QStringLiteral("%F") };
}

void TestCli::fifoIsRefused()
{
    QFETCH(QString, fifoName);
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(fifoName);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (QString &a : args)
        a = expand(a, dir.path()).replace(QStringLiteral("%F"), fifo);

    // Opening a FIFO without a writer blocks: a hang fails with exit code -1.
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err,
        (fifo
            + QStringLiteral(
                ": cannot open the file: it is not a regular file (a FIFO, socket or device)\n"))
            .toUtf8());
    QCOMPARE(sortedEntries(dir.path()), QStringList());
}

void TestCli::controlCharactersAreEscaped()
{
    // Ids, keys and names that would retitle the terminal (OSC), clear it
    // (CSI, also as the one-character C1 form) or reverse what follows (RLO).
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("evil.json"));
    QVERIFY(writeAll(model, R"({"format": "weaklink-model", "version": 1,
      "name": "evil\u001b]0;pwned\u0007",
      "nodes": [{"id": "a\u001b[2J", "colour\u009b": 1}, {"id": "b\u202e"}],
      "edges": [{"source": "a\u001b[2J", "target": "b\u202e"}]})"));
    const auto clean = [](const QByteArray &bytes) {
        return !bytes.contains('\x1b') && !bytes.contains('\x07') && !bytes.contains("\xc2\x9b")
            && !bytes.contains("\xe2\x80\xae");
    };

    Run r = runCli({ QStringLiteral("info"), model });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(clean(r.out) && clean(r.err), r.out.constData());
    QVERIFY2(r.out.contains("name           evil\\e]0;pwned\\x07\n"), r.out.constData());
    QVERIFY2(r.out.contains("nodes[0].colour\\x9b: unknown key"), r.out.constData());

    // JSON keeps every character, escaped.
    r = runCli({ QStringLiteral("info"), model, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(clean(r.out), r.out.constData());
    QVERIFY2(r.out.contains(R"("name": "evil\u001b]0;pwned\u0007")"), r.out.constData());
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("evil\x1b]0;pwned\x07"));

    r = runCli(
        { QStringLiteral("simulate"), model, QStringLiteral("--trials"), QStringLiteral("10") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(clean(r.out), r.out.constData());
    QVERIFY2(r.out.contains(R"("b\u202e")"), r.out.constData());
    QVERIFY2(clean(r.err), r.err.constData());

    // Messages that quote an id from the command line or from the file.
    r = runCli({ QStringLiteral("simulate"), model, QStringLiteral("--seed-node"),
        QStringLiteral("zz\x1b[2J") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(clean(r.err), r.err.constData());
    QVERIFY2(r.err.endsWith("unknown node id \"zz\\e[2J\" in seed\n"), r.err.constData());
    const QString duplicate = dir.filePath(QStringLiteral("duplicate.json"));
    QVERIFY(writeAll(duplicate, R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "d\u009b"}, {"id": "d\u009b"}]})"));
    r = runCli({ QStringLiteral("info"), duplicate });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(clean(r.err) && isOneLine(r.err), r.err.constData());
    QVERIFY2(r.err.contains("d\\x9b"), r.err.constData());
}

void TestCli::diskFullSaysSo_data()
{
    QTest::addColumn<QString>("out"); // in the full file system
    QTest::addColumn<QStringList>("args"); // %O: out
    QTest::addColumn<QString>("reason");
    const QString noSpace = QStringLiteral("cannot write the file: no space left on device");
    const QStringList exportTo = { QStringLiteral("export"), QStringLiteral("%E"),
        QStringLiteral("-o"), QStringLiteral("%O") };
    QTest::newRow("export json") << QStringLiteral("out.json") << exportTo << noSpace;
    QTest::newRow("export dot") << QStringLiteral("out.dot") << exportTo << noSpace;
    QTest::newRow("export svg") << QStringLiteral("out.svg") << exportTo << noSpace;
    QTest::newRow("simulate -o") << QStringLiteral("out.json")
                                 << QStringList { QStringLiteral("simulate"), QStringLiteral("%E"),
                                        QStringLiteral("--trials"), QStringLiteral("100"),
                                        QStringLiteral("-o"), QStringLiteral("%O") }
                                 << noSpace;
    QTest::newRow("import") << QStringLiteral("out.weaklink")
                            << QStringList { QStringLiteral("import"), QStringLiteral("%E"),
                                   QStringLiteral("-o"), QStringLiteral("%O") }
                            << QStringLiteral(
                                   "cannot write the document: database or disk is full");
}

void TestCli::diskFullSaysSo()
{
    QFETCH(QString, out);
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    // A small tmpfs in a mount namespace of its own (it goes with the
    // shell), filled up after the old output file was written; the shell
    // then reports the command's exit status, what is left in the file
    // system and the old file.
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        QSKIP("no unshare(1) to mount a small file system in");
    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(full));
    const QString target = full + u'/' + out;
    for (QString &a : args)
        a = expand(a, dir.path()).replace(QStringLiteral("%O"), target);
    const QString script = QStringLiteral(R"sh(full=$1; out=$2; shift 2
mount -t tmpfs -o size=64k tmpfs "$full" || exit 97
printf 'old content\n' > "$full/$out"
dd if=/dev/zero of="$full/filler" bs=4096 2>/dev/null
"$@"
echo "exit=$?"
ls -A "$full"
cat "$full/$out"
)sh");
    QProcess p;
    p.start(unshare,
        QStringList { QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
            QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), full, out,
            QStringLiteral(WEAKLINK_CLI) }
            + args);
    QVERIFY(p.waitForFinished(120000));
    const QByteArray err = p.readAllStandardError();
    const QByteArray text = p.readAllStandardOutput();
    if (p.exitCode() == 97 || !text.startsWith("exit="))
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here (needs root or user "
                                        "namespaces): %1")
                             .arg(QString::fromLocal8Bit(err).trimmed())));
    QCOMPARE(err, (target + QStringLiteral(": ") + reason + u'\n').toUtf8());
    QCOMPARE(text, "exit=1\nfiller\n" + out.toUtf8() + "\nold content\n");
}

// The organisations view names the organisations and none of the nodes
// they stand for; the neighbourhood view names northwind and its direct
// neighbours only (the example's JSON: web_dashboard -> northwind ->
// cumulus).
void TestCli::exportView()
{
    QFile example(examplePath());
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QJsonArray nodes
        = QJsonDocument::fromJson(example.readAll()).object().value(u"nodes").toArray();
    QSet<QString> organizations;
    for (const QJsonValue &n : nodes)
        organizations.insert(n[u"organization"].toString());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("organisations.svg"));
    Run r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out,
        QStringLiteral("--view"), QStringLiteral("organisations") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString description = svgDescription(readAll(out));
    QVERIFY2(description.contains(u"14 nodes"), qPrintable(description));
    QCOMPARE(svgNodeNames(description), organizations);

    const QString near = dir.filePath(QStringLiteral("near.svg"));
    r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), near,
        QStringLiteral("--view"), QStringLiteral("neighbourhood:northwind:1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(svgNodeNames(svgDescription(readAll(near))),
        (QSet<QString> { QStringLiteral("Northwind Analytics"),
            QStringLiteral("API platform dashboard"), QStringLiteral("Cumulus Hosting") }));

    // The two nodes in Germany, and a summary that says what is shown.
    const QString german = dir.filePath(QStringLiteral("german.svg"));
    r = runCli({ QStringLiteral("export"), examplePath(), QStringLiteral("-o"), german,
        QStringLiteral("--view"), QStringLiteral("filter:jurisdiction=DE") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QSet<QString> inGermany;
    for (const QJsonValue &n : nodes)
        if (n[u"jurisdiction"].toString() == u"DE")
            inGermany.insert(n[u"name"].toString());
    QCOMPARE(inGermany.size(), 2);
    const QByteArray svg = readAll(german);
    QCOMPARE(svgNodeNames(svgDescription(svg)), inGermany);
    QVERIFY(svg.contains("Filter: jurisdiction = DE · 2 nodes"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
