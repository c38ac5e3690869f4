// What every importer shares (core/interchange, files/): format detection,
// ModelBuilder, the limits, the import report, Graphviz DOT read in a child
// process, and `weaklink-cli import`. The expected values of the DOT files
// in tests/data/import/dot/ were worked out by hand from the files; the
// corpus counts are those of ../shared/corpus/SOURCES.md (Graphviz's
// `gc -n -e`).
#include "clirun.h"
#include "commands/commands.h"
#include "fakehelper.h"
#include "files/modelfile.h"
#include "interchange/importreport.h"
#include "interchange/limits.h"
#include "interchange/merge.h"
#include "interchange/modelbuilder.h"
#include "interchange/readers.h"
#include "io/modeljson.h"
#include "storage/storage.h"
#include "testmodels.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace wl;
using interchange::ImportFormat;

using wl::test::fakeHelper;
using wl::test::writeFile;

namespace {

using wl::test::Run;
using wl::test::runCli;

QString dataPath(const QString &name)
{
    return QStringLiteral(WEAKLINK_TESTS_DIR "/data/import/") + name;
}

// The open model of the merge tests: a vendor and our billing service.
Model myModel()
{
    Model m;
    m.name = u"Mine"_s;
    Node a;
    a.id = u"a"_s;
    a.name = u"Analytics Co"_s;
    a.kind = u"saas_vendor"_s;
    a.organization = u"Analytics"_s;
    a.jurisdiction = u"US"_s;
    m.appendNode(a);
    Node b;
    b.id = u"b"_s;
    b.name = u"Billing"_s;
    b.kind = u"internal_service"_s;
    m.appendNode(b);
    DataAsset d;
    d.id = u"d1"_s;
    d.owner = u"b"_s;
    d.name = u"Cards"_s;
    m.appendDataAsset(d);
    Edge e;
    e.id = u"e1"_s;
    e.source = u"a"_s;
    e.target = u"b"_s;
    e.data = { u"d1"_s };
    m.appendEdge(e);
    return m;
}

// An imported model: "a" by id (another kind, a likelihood mine lacks),
// "x1" by name (Billing, another case and a trailing space), "n" new.
Model theirModel()
{
    Model m;
    m.name = u"Theirs"_s;
    Node a;
    a.id = u"a"_s;
    a.name = u"Analytics Co"_s;
    a.kind = u"analytics"_s;
    a.breachLikelihood = 0.2;
    a.tags = { u"cdx"_s };
    m.appendNode(a);
    Node x;
    x.id = u"x1"_s;
    x.name = u"billing "_s;
    x.notes = u"from SBOM"_s;
    m.appendNode(x);
    Node n;
    n.id = u"n"_s;
    n.name = u"New vendor"_s;
    m.appendNode(n);
    DataAsset t;
    t.id = u"t1"_s;
    t.owner = u"x1"_s;
    t.name = u"Invoices"_s;
    m.appendDataAsset(t);
    Edge ax;
    ax.id = u"t-e1"_s;
    ax.source = u"a"_s;
    ax.target = u"x1"_s;
    ax.data = { u"t1"_s };
    m.appendEdge(ax);
    Edge na;
    na.id = u"e1"_s;
    na.source = u"n"_s;
    na.target = u"a"_s;
    m.appendEdge(na);
    return m;
}

// Files of 5,000 elements in each format that a cancel can stop inside a
// stage: more than the 4,096 elements the readers poll after.
constexpr int kManyElements = 5000;

QByteArray manyComponentsJson()
{
    QJsonArray components;
    for (int i = 0; i < kManyElements; ++i)
        components.append(QJsonObject { { u"type"_s, u"library"_s },
            { u"bom-ref"_s, u"c%1"_s.arg(i) }, { u"name"_s, u"package-%1"_s.arg(i) } });
    const QJsonObject bom { { u"bomFormat"_s, u"CycloneDX"_s }, { u"specVersion"_s, u"1.6"_s },
        { u"version"_s, 1 },
        { u"metadata"_s,
            QJsonObject { { u"component"_s,
                QJsonObject { { u"type"_s, u"application"_s }, { u"bom-ref"_s, u"app"_s },
                    { u"name"_s, u"App"_s } } } } },
        { u"components"_s, components } };
    return QJsonDocument(bom).toJson();
}

QByteArray manyComponentsXml()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" "
                     "version=\"1\">\n<components>\n";
    for (int i = 0; i < kManyElements; ++i)
        xml += "<component type=\"library\" bom-ref=\"c" + QByteArray::number(i)
            + "\"><name>package-" + QByteArray::number(i) + "</name></component>\n";
    return xml + "</components>\n</bom>\n";
}

Model manyNodes()
{
    Model m;
    m.name = u"Many"_s;
    for (int i = 0; i < kManyElements; ++i) {
        Node n;
        n.id = u"n%1"_s.arg(i);
        n.name = u"Node %1"_s.arg(i);
        m.appendNode(n);
    }
    return m;
}

files::OpenOptions withHelper()
{
    files::OpenOptions options;
    options.dotHelper = QStringLiteral(WEAKLINK_CLI);
    return options;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void detectFormat_data();
    void detectFormat();
    void detectCorpus();
    void formatNames();

    void builderIdsAndPlaceholders();
    void builderFlows();
    void builderChecksEveryElement();

    void jsonLimits();
    void yamlLimits();
    void tooLargeFile();
    void cancelStopsTheRead_data();
    void cancelStopsTheRead();
    void cancelKillsTheDotChild();

    void dotByHand();
    void dotPositions();
    void dotCorpus_data();
    void dotCorpus();
    void dotSyntaxError();
    void dotChildCrashes();
    void dotChildHangs();
    void dotChildWithoutAnswer();

    void mergePlan();
    void mergeResolutions_data();
    void mergeResolutions();
    void mergePositions();
    void mergeIsOneUndoStep();

    void cliImportReport();
    void cliImportFormatOverride();
    void cliFailedImportCreatesNothing();
    void cliInfoReadsImports();
    void cliBadFilesCreateNothing_data();
    void cliBadFilesCreateNothing();

    void fuzzFindings_data();
    void fuzzFindings();
};

void TestImport::detectFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("format");

    const QByteArray sqlite("SQLite format 3\0\x10\x00", 18);
    QTest::newRow("document by content")
        << u"x.dat"_s << sqlite << int(ImportFormat::WeaklinkDocument);
    QTest::newRow("model json") << u"m.txt"_s
                                << QByteArray(R"({"format": "weaklink-model", "version": 1})")
                                << int(ImportFormat::ModelJson);
    QTest::newRow("cyclonedx json, BOM")
        << u"bom.json"_s << QByteArray("\xEF\xBB\xBF{\n  \"bomFormat\": \"CycloneDX\"}")
        << int(ImportFormat::CycloneDxJson);
    QTest::newRow("cyclonedx xml")
        << u"bom.txt"_s
        << QByteArray(R"(<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.4">)")
        << int(ImportFormat::CycloneDxXml);
    QTest::newRow("other xml") << u"x.txt"_s << QByteArray("<html></html>")
                               << int(ImportFormat::Unknown);
    QTest::newRow("otm json") << u"model.json"_s << QByteArray(R"({"otmVersion": "0.2.0"})")
                              << int(ImportFormat::Otm);
    QTest::newRow("otm yaml") << u"m.yaml"_s << QByteArray("# OTM\notmVersion: 0.2.0\n")
                              << int(ImportFormat::Otm);
    QTest::newRow("threagile") << u"t.txt"_s << QByteArray("title: x\nthreagile_version: 1.0.0\n")
                               << int(ImportFormat::Threagile);
    QTest::newRow("threat dragon")
        << u"td.json"_s << QByteArray(R"({"summary": {}, "detail": {"diagrams": []}})")
        << int(ImportFormat::ThreatDragon);
    QTest::newRow("dot after comments")
        << u"g.txt"_s << QByteArray("# cpp line\n/* block */\n// line\nstrict DiGraph G {}")
        << int(ImportFormat::Dot);
    QTest::newRow("dot anonymous graph")
        << u"g"_s << QByteArray("graph{a--b}") << int(ImportFormat::Dot);
    QTest::newRow("word starting with graph")
        << u"g.txt"_s << QByteArray("graphics are nice") << int(ImportFormat::Unknown);
    QTest::newRow("csv tables") << u"n.txt"_s << QByteArray("id,name,kind\r\na,A,other\r\n")
                                << int(ImportFormat::CsvTables);
    QTest::newRow("edges csv, quoted")
        << u"e.txt"_s << QByteArray("\"source\";\"target\"\n") << int(ImportFormat::CsvTables);
    QTest::newRow("sub-processor list")
        << u"s.txt"_s << QByteArray("Vendor;Sub-processor;Purpose;Location\n")
        << int(ImportFormat::SubprocessorList);
    QTest::newRow("xlsx by zip header")
        << u"book.bin"_s << QByteArray("PK\x03\x04\x14\x00", 6) << int(ImportFormat::Xlsx);
    QTest::newRow("yaml by name") << u"t.yml"_s << QByteArray("a: b\n")
                                  << int(ImportFormat::Threagile);
    QTest::newRow("gv by name") << u"g.gv"_s << QByteArray("") << int(ImportFormat::Dot);
    QTest::newRow("otm.json by name")
        << u"a.otm.json"_s << QByteArray("") << int(ImportFormat::Otm);
    QTest::newRow("cdx.json by name")
        << u"a.cdx.json"_s << QByteArray("") << int(ImportFormat::CycloneDxJson);
    QTest::newRow("nothing") << u"a.bin"_s << QByteArray("hello") << int(ImportFormat::Unknown);
}

void TestImport::detectFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QCOMPARE(int(interchange::detectFormat(head, fileName)), format);
}

void TestImport::detectCorpus()
{
    const QString corpus = test::sharedDir() + u"/corpus/"_s;
    const QList<QPair<QString, ImportFormat>> families {
        { u"cyclonedx"_s, ImportFormat::CycloneDxJson },
        { u"dot"_s, ImportFormat::Dot },
        { u"otm"_s, ImportFormat::Otm },
        { u"threagile"_s, ImportFormat::Threagile },
        { u"threat-dragon"_s, ImportFormat::ThreatDragon },
    };
    int files = 0;
    for (const auto &[folder, format] : families) {
        const QDir dir(corpus + folder);
        for (const QString &name : dir.entryList(QDir::Files)) {
            QVERIFY2(
                int(files::detectFileKind(dir.filePath(name))) == int(format), qPrintable(name));
            ++files;
        }
    }
    QCOMPARE(files, 18 + 18 + 1 + 2 + 3);
    QCOMPARE(int(files::detectFileKind(dataPath(u"spreadsheets/edited"_s))),
        int(ImportFormat::CsvTables));
}

void TestImport::formatNames()
{
    for (const QString &name : interchange::formatNames()) {
        const auto format = interchange::formatFromName(name);
        QVERIFY(format);
        QCOMPARE(interchange::formatName(*format), name);
    }
    QCOMPARE(interchange::formatNames().size(), 11);
    QCOMPARE(int(*interchange::formatFromName(u"CycloneDX")), int(ImportFormat::CycloneDxJson));
    QVERIFY(!interchange::formatFromName(u"spdx"));
}

void TestImport::builderIdsAndPlaceholders()
{
    interchange::ModelBuilder b(u"Test format"_s);
    Node app;
    app.name = u"App"_s;
    QCOMPARE(b.addNode(u" pkg:npm/a@1 "_s, app, u"components[0]"_s), u"pkg:npm/a@1"_s);
    // The same key is the same node.
    QCOMPARE(b.addNode(u" pkg:npm/a@1 "_s, Node {}, u"components[1]"_s), u"pkg:npm/a@1"_s);
    // Another key whose id is taken gets a suffix; an empty name becomes the key.
    QCOMPARE(b.addNode(u"pkg:npm/a@1"_s, Node {}, u"components[2]"_s), u"pkg:npm/a@1-2"_s);
    QCOMPARE(b.nodeOrPlaceholder(u"ghost"_s, u"dependencies[0].dependsOn[1]"_s), u"ghost"_s);
    QCOMPARE(b.nodeOrPlaceholder(u"pkg:npm/a@1"_s, u"x"_s), u"pkg:npm/a@1-2"_s);

    const ReadResult r = b.finish(u"bom.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.model->nodes().size(), qsizetype(3));
    QCOMPARE(r.model->nodes()[0].name, u"App"_s);
    QCOMPARE(r.model->nodes()[1].name, u"pkg:npm/a@1"_s);
    const Node &ghost = r.model->nodes()[2];
    QCOMPARE(ghost.kind, u"other"_s);
    QCOMPARE(ghost.tags, QStringList { u"placeholder"_s });
    QCOMPARE(r.report.placeholders, QStringList { u"ghost"_s });
    QCOMPARE(r.warnings,
        QStringList { u"dependencies[0].dependsOn[1]: unknown reference \"ghost\"; a placeholder "
                      "node stands for it"_s });
    QCOMPARE(r.report.format, u"Test format"_s);
}

void TestImport::builderFlows()
{
    interchange::ModelBuilder b(u"Test"_s);
    const QString a = b.addNode(u"a"_s, Node {}, u"a"_s);
    const QString c = b.addNode(u"c"_s, Node {}, u"c"_s);
    DataAsset pii;
    pii.owner = a;
    pii.personal = true;
    const QString asset = b.addDataAsset(u"pii"_s, pii, u"data[0]"_s);
    QCOMPARE(b.addFlow(a, c, asset, u"api_call"_s, u"flows[0]"_s), u"e1"_s);
    QCOMPARE(b.addFlow(a, c, asset, u"api_call"_s, u"flows[1]"_s), u"e1"_s);
    QCOMPARE(b.addFlow(c, a, QString(), u"file_transfer"_s, u"flows[2]"_s), u"e2"_s);
    QCOMPARE(b.addFlow(a, a, asset, u"api_call"_s, u"flows[3]"_s), QString());

    const ReadResult r = b.finish(u"f"_s);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Edge &e1 = r.model->edges()[0];
    QCOMPARE(e1.data, QStringList { u"pii"_s });
    const auto [forward, backward] = vocab::defaultArcProbabilities(u"api_call"_s);
    QCOMPARE(e1.pForward, forward);
    QCOMPARE(e1.pBackward, backward);
    QCOMPARE(r.model->edges()[1].integration, u"file_transfer"_s);
    QCOMPARE(r.model->edges().size(), qsizetype(2));
    QCOMPARE(r.report.ignored,
        QStringList { u"flows[3]: an edge from \"a\" to itself; Weaklink models no self-loops, "
                      "ignored"_s });

    const interchange::ImportCounts counts = interchange::importCounts(*r.model);
    QCOMPARE(counts.nodes, 2);
    QCOMPARE(counts.edges, 2);
    QCOMPARE(counts.flows, 1);
    QCOMPARE(counts.dataAssets, 1);
    QCOMPARE(counts.edgesByIntegration,
        (QList<QPair<QString, int>> { { u"api_call"_s, 1 }, { u"file_transfer"_s, 1 } }));
}

void TestImport::builderChecksEveryElement()
{
    {
        interchange::ModelBuilder b(u"Test"_s);
        Node n;
        n.breachLikelihood = 1.5;
        b.addNode(u"a"_s, n, u"components[4]"_s);
        const ReadResult r = b.finish(u"bom.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().startsWith(u"bom.json: components[4]: breach_likelihood: "_s),
            qPrintable(r.message()));
    }
    {
        interchange::ModelBuilder b(u"Test"_s);
        const QString a = b.addNode(u"a"_s, Node {}, u"a"_s);
        DataAsset d;
        d.owner = a;
        d.records = -1;
        b.addDataAsset(u"d"_s, d, u"line 7"_s);
        const ReadResult r = b.finish(u"t.yaml"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(u"line 7: records: "_s), qPrintable(r.error));
    }
    {
        // The first failure is the one reported, and finish() fails on it.
        interchange::ModelBuilder b(u"Test"_s);
        QVERIFY(!b.fail(u"nodes!B7"_s, u"must be a number"_s));
        QVERIFY(!b.fail(u"nodes!B8"_s, u"later"_s));
        QCOMPARE(b.finish(u"book.xlsx"_s).message(), u"book.xlsx: nodes!B7: must be a number"_s);
    }
}

void TestImport::jsonLimits()
{
    using interchange::checkJsonLimits;
    const int max = interchange::kMaxNesting;
    QCOMPARE(checkJsonLimits(QByteArray(max, '[') + QByteArray(max, ']')), QString());
    QCOMPARE(checkJsonLimits("{\"a\":\n" + QByteArray(max, '[') + QByteArray(max, ']') + "}"),
        u"line 2, column 256: nested more than 256 levels deep; Weaklink reads at most 256"_s);
    // Brackets inside strings do not count; escaped quotes do not end them.
    QCOMPARE(checkJsonLimits("[\"\\\"" + QByteArray(1000, '[') + "\"]"), QString());

    const QByteArray longest(interchange::kMaxStringBytes, 'x');
    QCOMPARE(checkJsonLimits("[\"" + longest + "\"]"), QString());
    QCOMPARE(checkJsonLimits("[1,\n \"" + longest + "y\"]"),
        u"line 2, column 2: a string longer than 1 MB; Weaklink reads strings up to 1 MB"_s);
}

void TestImport::yamlLimits()
{
    using interchange::checkYamlLimits;
    const int max = interchange::kMaxNesting;
    QCOMPARE(
        checkYamlLimits("a: " + QByteArray(max - 1, '[') + QByteArray(max - 1, ']')), QString());
    QVERIFY(checkYamlLimits("a: " + QByteArray(max, '[') + QByteArray(max, ']'))
                .endsWith(u": nested more than 256 levels deep; Weaklink reads at most 256"_s));
    // Brackets in quotes and comments do not count.
    QCOMPARE(
        checkYamlLimits("a: '" + QByteArray(300, '[') + "' # " + QByteArray(300, '{')), QString());

    QByteArray block;
    for (int level = 0; level < max + 1; ++level)
        block += QByteArray(level, ' ') + "k" + QByteArray::number(level) + ":\n";
    QCOMPARE(checkYamlLimits(block),
        u"line 257, column 1: nested more than 256 levels deep; Weaklink reads at most 256"_s);
    QCOMPARE(checkYamlLimits("a:\n  - " + QByteArray(interchange::kMaxStringBytes, 'x')),
        u"line 2, column 1: a string longer than 1 MB; Weaklink reads strings up to 1 MB"_s);

    QFile threagile(test::sharedDir() + u"/corpus/threagile/threagile-example.yaml"_s);
    QVERIFY(threagile.open(QIODevice::ReadOnly));
    QCOMPARE(checkYamlLimits(threagile.readAll()), QString());
}

void TestImport::cancelStopsTheRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<ReadStage>>("stages");
    using S = ReadStage;
    QTest::newRow("CycloneDX JSON")
        << u"bom.cdx.json"_s
        << QList<S> { S::Reading, S::Checking, S::Parsing, S::Validating, S::Mapping, S::Building };
    QTest::newRow("CycloneDX XML")
        << u"bom.cdx.xml"_s << QList<S> { S::Reading, S::Parsing, S::Mapping, S::Building };
    QTest::newRow("model JSON") << u"model.json"_s
                                << QList<S> { S::Reading, S::Parsing, S::Building };
    QTest::newRow("document") << u"model.weaklink"_s << QList<S> { S::Loading };
    QTest::newRow("Threat Dragon") << dataPath(u"threatmodels/small.threatdragon.json"_s)
                                   << QList<S> { S::Reading, S::Parsing };
}

void TestImport::cancelStopsTheRead()
{
    QFETCH(QString, file);
    QFETCH(QList<ReadStage>, stages);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"bom.cdx.json"_s), manyComponentsJson()));
    QVERIFY(writeFile(dir.filePath(u"bom.cdx.xml"_s), manyComponentsXml()));
    QVERIFY(writeFile(dir.filePath(u"model.json"_s), io::writeModelJson(manyNodes())));
    QVERIFY(storage::save(manyNodes(), dir.filePath(u"model.weaklink"_s), nullptr));
    const QString path = QFileInfo(file).isAbsolute() ? file : dir.filePath(file);

    // Cancels as `at` begins (never, for nullopt); the stages entered.
    const auto read = [&](std::optional<ReadStage> at, QList<ReadStage> *entered) {
        std::atomic_bool cancel { false };
        files::OpenOptions options;
        options.import.collapseComponents = interchange::ImportOptions::Collapse::Off;
        options.control.cancel = &cancel;
        options.control.stageEntered = [&](ReadStage stage) {
            entered->append(stage);
            if (stage == at)
                cancel = true;
        };
        return files::openModelFile(path, options);
    };

    QList<ReadStage> entered;
    const ReadResult whole = read(std::nullopt, &entered);
    QVERIFY2(whole.ok(), qPrintable(whole.message()));
    QVERIFY(!whole.cancelled);
    QCOMPARE(entered, stages);

    // A cancel as a stage begins stops the read in that stage: no later
    // stage, no model. Building is stopped only by the polls inside it.
    for (qsizetype i = 0; i < stages.size(); ++i) {
        entered.clear();
        const ReadResult r = read(stages[i], &entered);
        QVERIFY2(!r.ok(), qPrintable(QString::number(i)));
        QVERIFY(r.cancelled);
        QCOMPARE(r.message(), path + u": the read was cancelled"_s);
        QCOMPARE(entered, stages.first(i + 1));
    }

    // A read cancelled before it starts enters no stage.
    std::atomic_bool cancelled { true };
    files::OpenOptions options;
    options.control.cancel = &cancelled;
    options.control.stageEntered = [&](ReadStage) { QFAIL("a cancelled read entered a stage"); };
    QVERIFY(files::openModelFile(path, options).cancelled);
}

void TestImport::cancelKillsTheDotChild()
{
    QTemporaryDir dir;
    const QString helper = fakeHelper(dir, u"hang"_s, "exec sleep 60");
    std::atomic_bool cancel { false };
    ReadControl control;
    control.cancel = &cancel;
    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    const ReadResult r = files::readDotInChild(
        dataPath(u"dot/vendors.gv"_s), helper, std::chrono::seconds(60), control);
    canceller.join();
    QVERIFY(r.cancelled);
    QCOMPARE(r.error, u"the read was cancelled"_s);
    // Well before the child's minute or the time-out.
    QVERIFY(timer.elapsed() < 30000);
}

void TestImport::tooLargeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A sparse file of 1 GB + 1 byte: the size alone refuses it.
    const QString path = dir.filePath(u"huge.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(interchange::kMaxInputBytes + 1));
    f.close();
    const ReadResult r = files::openModelFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.message(), path + u": larger than 1 GB; Weaklink reads files up to 1 GB"_s);
}

void TestImport::dotByHand()
{
    const QString path = dataPath(u"dot/vendors.gv"_s);
    const ReadResult r = files::openModelFile(path, withHelper());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Model &m = *r.model;
    QCOMPARE(r.report.format, u"Graphviz DOT"_s);
    QCOMPARE(m.name, u"Acme vendors"_s);

    struct Expected {
        QString id, name, kind, organization;
        QStringList tags;
    };
    const QList<Expected> nodes {
        { u"app"_s, u"Chat app"_s, u"internal_service"_s, u"Acme"_s, {} },
        // An HTML-like label gives its text; the nested cluster is a tag.
        { u"db"_s, u"Customer DB"_s, u"other"_s, u"Acme"_s, { u"EU region"_s } },
        // \N is the node's name; a cluster without a label of its own is
        // named by its name without "cluster_".
        { u"analytics"_s, u"analytics service"_s, u"analytics"_s, u"analytics"_s, {} },
        { u"cdn"_s, u"cdn"_s, u"other"_s, QString(), {} },
    };
    QCOMPARE(m.nodes().size(), nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const Node &n = m.nodes()[i];
        QCOMPARE(n.id, nodes[i].id);
        QCOMPARE(n.name, nodes[i].name);
        QCOMPARE(n.kind, nodes[i].kind);
        QCOMPARE(n.organization, nodes[i].organization);
        QCOMPARE(n.tags, nodes[i].tags);
        QVERIFY(!n.pos);
    }
    // cgraph lists a node's out-edges by head; the self-loop is left out.
    QCOMPARE(m.edges().size(), qsizetype(3));
    QCOMPARE(m.edges()[0].source + u">"_s + m.edges()[0].target, u"app>db"_s);
    QCOMPARE(m.edges()[1].source + u">"_s + m.edges()[1].target, u"app>analytics"_s);
    QCOMPARE(m.edges()[1].label, u"usage events"_s);
    QCOMPARE(m.edges()[2].source + u">"_s + m.edges()[2].target, u"analytics>cdn"_s);
    QCOMPARE(r.report.ignored,
        QStringList { u"edge cdn -> cdn: an edge from \"cdn\" to itself; Weaklink models no "
                      "self-loops, ignored"_s });
    QVERIFY(r.warnings.isEmpty());
}

void TestImport::dotPositions()
{
    const ReadResult r = files::openModelFile(dataPath(u"dot/placed.gv"_s), withHelper());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    // Points, y turned to point down.
    QCOMPARE(*r.model->nodes()[0].pos, QPointF(0, -100));
    QCOMPARE(*r.model->nodes()[1].pos, QPointF(50.5, 0));
    QCOMPARE(r.warnings,
        QStringList { u"an undirected graph: each edge points from the node written first to the "
                      "one written second"_s });

    // Positions only when every node has one.
    QTemporaryDir dir;
    const QString partial = dir.filePath(u"partial.gv"_s);
    QVERIFY(writeFile(partial, "digraph { a [pos=\"1,2\"]; b; a -> b }"));
    const ReadResult p = files::openModelFile(partial, withHelper());
    QVERIFY2(p.ok(), qPrintable(p.message()));
    QVERIFY(!p.model->nodes()[0].pos);
    QCOMPARE(p.warnings,
        QStringList { u"1 of 2 nodes have no pos; positions are taken only when every node has "
                      "one, so the model is laid out on open"_s });
}

void TestImport::dotCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<int>("organisations");
    // SOURCES.md's counts (gc -n -e); the clusters counted in each file.
    QTest::newRow("b100") << u"b100.gv"_s << 1463 << 5806 << 0;
    QTest::newRow("b102") << u"b102.gv"_s << 302 << 611 << 0;
    QTest::newRow("badvoro") << u"badvoro.gv"_s << 1235 << 1616 << 0;
    QTest::newRow("bsdarch") << u"bsdarch.dot"_s << 326 << 325 << 0;
    QTest::newRow("linux") << u"linux.dot"_s << 196 << 195 << 0;
    QTest::newRow("switch") << u"switch.gv"_s << 64 << 80 << 0;
    QTest::newRow("world") << u"world.gv"_s << 48 << 69 << 0;
    QTest::newRow("unix") << u"unix.gv"_s << 41 << 49 << 0;
    QTest::newRow("clust4") << u"clust4.gv"_s << 10 << 13 << 2;
    QTest::newRow("clust5") << u"clust5.gv"_s << 12 << 13 << 3;
    QTest::newRow("proc3d") << u"proc3d.gv"_s << 51 << 51 << 6;
    // The file that crashes dot's layout parses fine.
    QTest::newRow("b15") << u"b15.gv"_s << 36 << 180 << 5;
    QTest::newRow("nestedclust") << u"nestedclust.gv"_s << 7 << 3 << 2;
    QTest::newRow("structs") << u"structs.gv"_s << 3 << 2 << 0;
    QTest::newRow("html2") << u"html2.gv"_s << 4 << 3 << 0;
    QTest::newRow("russian") << u"russian.gv"_s << 11 << 7 << 0;
    QTest::newRow("Petersen") << u"Petersen.gv"_s << 10 << 15 << 0;
}

void TestImport::dotCorpus()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(int, organisations);
    const ReadResult r
        = files::openModelFile(test::sharedDir() + u"/corpus/dot/"_s + file, withHelper());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const interchange::ImportCounts counts = interchange::importCounts(*r.model);
    QCOMPARE(counts.nodes, nodes);
    QCOMPARE(counts.edges, edges);
    QCOMPARE(counts.organisations, organisations);
}

void TestImport::dotSyntaxError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.gv"_s);
    QVERIFY(writeFile(path, "digraph {\n a -> b\n c -> -> d\n}\n"));
    const ReadResult r = files::openModelFile(path, withHelper());
    QVERIFY(!r.ok());
    QCOMPARE(r.message(),
        path + u": not a DOT graph Graphviz can read: Error: syntax error in line 3 near '->'"_s);
}

void TestImport::dotChildCrashes()
{
    QTemporaryDir dir;
    const QString helper = fakeHelper(dir, u"crash"_s, "cat >/dev/null; kill -SEGV $$");
    const ReadResult r = files::readDotInChild(dataPath(u"dot/vendors.gv"_s), helper);
    QVERIFY(!r.ok());
    QCOMPARE(r.message(),
        dataPath(u"dot/vendors.gv"_s) + u": Graphviz could not read vendors.gv: it crashed"_s);
}

void TestImport::dotChildHangs()
{
    QTemporaryDir dir;
    const QString helper = fakeHelper(dir, u"hang"_s, "exec sleep 30");
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = files::readDotInChild(
        dataPath(u"dot/vendors.gv"_s), helper, std::chrono::milliseconds(300));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, u"Graphviz could not read vendors.gv: it took longer than 0.3 s"_s);
    QVERIFY(timer.elapsed() < 10000);
}

void TestImport::dotChildWithoutAnswer()
{
    QTemporaryDir dir;
    const QString helper = fakeHelper(dir, u"mute"_s, "cat >/dev/null; echo oops; exit 3");
    const ReadResult r = files::readDotInChild(dataPath(u"dot/vendors.gv"_s), helper);
    QCOMPARE(r.error,
        u"Graphviz could not read vendors.gv: its reader ended without an answer (exit code 3)"_s);

    const ReadResult missing
        = files::readDotInChild(dataPath(u"dot/vendors.gv"_s), dir.filePath(u"absent"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.startsWith(u"cannot start "_s), qPrintable(missing.error));
}

void TestImport::mergePlan()
{
    const interchange::MergePlan plan = interchange::planMerge(myModel(), theirModel());
    QCOMPARE(plan.matches, (QHash<QString, QString> { { u"a"_s, u"a"_s }, { u"x1"_s, u"b"_s } }));
    QCOMPARE(plan.newNodes, 1);
    // Only the kind is a conflict: their empty jurisdiction and mine 0
    // likelihood are no opinion, names differ only in case and space.
    QCOMPARE(plan.conflicts.size(), qsizetype(1));
    QCOMPARE(plan.conflicts[0].theirId, u"a"_s);
    QCOMPARE(plan.conflicts[0].myId, u"a"_s);
    QCOMPARE(plan.conflicts[0].fields, QList<NodeField> { NodeField::Kind });

    // Their organisation must agree when they give one.
    Model other = theirModel();
    other.setValue(ElementType::Node, 1, int(NodeField::Organization), u"Elsewhere"_s);
    QVERIFY(!interchange::planMerge(myModel(), other).matches.contains(u"x1"_s));
}

void TestImport::mergeResolutions_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<QString>("kindOfA");
    QTest::addColumn<QStringList>("nodeIds");
    QTest::addColumn<QStringList>("edges");
    QTest::newRow("keep mine") << int(interchange::Resolution::KeepMine) << u"saas_vendor"_s
                               << QStringList { u"a"_s, u"b"_s, u"n"_s }
                               << QStringList { u"e1:a>b[d1,t1]"_s, u"e1-2:n>a[]"_s };
    QTest::newRow("take theirs") << int(interchange::Resolution::TakeTheirs) << u"analytics"_s
                                 << QStringList { u"a"_s, u"b"_s, u"n"_s }
                                 << QStringList { u"e1:a>b[d1,t1]"_s, u"e1-2:n>a[]"_s };
    QTest::newRow("both") << int(interchange::Resolution::Both) << u"saas_vendor"_s
                          << QStringList { u"a"_s, u"b"_s, u"a-2"_s, u"n"_s }
                          << QStringList { u"e1:a>b[d1]"_s, u"t-e1:a-2>b[t1]"_s,
                                 u"e1-2:n>a-2[]"_s };
}

void TestImport::mergeResolutions()
{
    QFETCH(int, resolution);
    QFETCH(QString, kindOfA);
    QFETCH(QStringList, nodeIds);
    QFETCH(QStringList, edges);
    const Model mine = myModel();
    const Model theirs = theirModel();
    const interchange::MergePlan plan = interchange::planMerge(mine, theirs);
    QString error;
    const std::optional<Model> merged = interchange::applyMerge(
        mine, theirs, plan, { interchange::Resolution(resolution) }, &error);
    QVERIFY2(merged, qPrintable(error));

    QStringList ids;
    for (const Node &n : merged->nodes())
        ids.append(n.id);
    QCOMPARE(ids, nodeIds);
    QStringList edgeText;
    for (const Edge &e : merged->edges())
        edgeText.append(u"%1:%2>%3[%4]"_s.arg(e.id, e.source, e.target, e.data.join(u',')));
    QCOMPARE(edgeText, edges);
    QCOMPARE(merged->name, u"Mine"_s);

    const Node &a = *merged->node(u"a"_s);
    QCOMPARE(a.kind, kindOfA);
    QCOMPARE(a.jurisdiction, u"US"_s);
    const bool both = resolution == int(interchange::Resolution::Both);
    // Where only theirs has a value it is taken; tags are united.
    QCOMPARE(a.breachLikelihood, both ? 0.0 : 0.2);
    QCOMPARE(a.tags, both ? QStringList() : QStringList(u"cdx"_s));
    QCOMPARE(merged->node(u"b"_s)->notes, u"from SBOM"_s);
    QCOMPARE(merged->node(u"b"_s)->name, u"Billing"_s);
    // Their asset joins, owned by the node its owner matched.
    QCOMPARE(merged->dataAsset(u"t1"_s)->owner, u"b"_s);
    const QStringList added = both ? QStringList { u"a-2"_s, u"n"_s } : QStringList(u"n"_s);
    QCOMPARE(interchange::addedNodeIds(mine, *merged), added);

    QVERIFY(!interchange::applyMerge(mine, theirs, plan, {}, &error));
    QCOMPARE(error, u"1 conflicts but 0 resolutions"_s);
}

void TestImport::mergePositions()
{
    Model mine = myModel();
    mine.setPosition(0, QPointF(0, 0));
    mine.setPosition(1, QPointF(300, 100));
    Model theirs = theirModel();
    theirs.setPosition(2, QPointF(-50, 40));
    const interchange::MergePlan plan = interchange::planMerge(mine, theirs);
    QString error;
    std::optional<Model> merged = interchange::applyMerge(
        mine, theirs, plan, { interchange::Resolution::KeepMine }, &error);
    QVERIFY(merged);
    // The added block moves to 200 pt right of mine, tops aligned.
    QCOMPARE(*merged->node(u"n"_s)->pos, QPointF(301 + 200, 0));
    QCOMPARE(*merged->node(u"a"_s)->pos, QPointF(0, 0));

    // Added nodes without positions all lose theirs.
    theirs.setPosition(2, std::nullopt);
    theirs.setPosition(1, QPointF(5, 5));
    merged = interchange::applyMerge(mine, theirs, interchange::planMerge(mine, theirs),
        { interchange::Resolution::Both }, &error);
    QVERIFY(merged);
    QVERIFY(!merged->node(u"n"_s)->pos);
    QVERIFY(!merged->node(u"a-2"_s)->pos);
}

void TestImport::mergeIsOneUndoStep()
{
    Document doc(myModel());
    const interchange::MergePlan plan = interchange::planMerge(doc.model(), theirModel());
    QString error;
    const std::optional<Model> merged = interchange::applyMerge(
        doc.model(), theirModel(), plan, { interchange::Resolution::TakeTheirs }, &error);
    QVERIFY(merged);
    auto command = commands::replaceModel(&doc, *merged, u"Merge theirs.json"_s, &error);
    QVERIFY2(command, qPrintable(error));
    doc.undoStack()->push(command.release());
    QCOMPARE(doc.model(), *merged);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Merge theirs.json"_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), myModel());
    doc.undoStack()->redo();
    QCOMPARE(doc.model(), *merged);

    // A model that drops a node of the document is refused.
    Model dropped = myModel();
    dropped.takeNode(1);
    dropped.takeEdge(0);
    dropped.takeDataAsset(0);
    QVERIFY(!commands::replaceModel(&doc, dropped, u"x"_s, &error));
    QCOMPARE(error, u"b: the node would be removed"_s);
}

void TestImport::cliImportReport()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"v.weaklink"_s);
    const QString report = dir.filePath(u"report.json"_s);
    const QString input = dataPath(u"dot/vendors.gv"_s);
    const Run r = runCli({ u"import"_s, input, u"-o"_s, doc, u"--report"_s, report });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, (input + u": read as Graphviz DOT\n"_s).toUtf8());
    QCOMPARE(r.err, QByteArray());

    const ReadResult saved = storage::load(doc);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(saved.model->nodes().size(), qsizetype(4));

    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(u"format"_s).toString(), u"Graphviz DOT"_s);
    QCOMPARE(o.value(u"file"_s).toString(), input);
    const QJsonObject counts = o.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"nodes"_s).toInt(), 4);
    QCOMPARE(counts.value(u"edges"_s).toInt(), 3);
    QCOMPARE(counts.value(u"organisations"_s).toInt(), 2);
    QCOMPARE(counts.value(u"nodes_by_kind"_s).toObject().value(u"other"_s).toInt(), 2);
    QCOMPARE(o.value(u"ignored"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"placeholders"_s).toArray().size(), 0);
}

void TestImport::cliImportFormatOverride()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"x.weaklink"_s);
    const QString input = dataPath(u"dot/vendors.gv"_s);
    // DOT read as model JSON: the JSON reader's error, exit 1.
    const Run asJson = runCli({ u"import"_s, input, u"--format"_s, u"json"_s, u"-o"_s, doc });
    QCOMPARE(asJson.exitCode, 1);
    QVERIFY2(
        asJson.err.startsWith((input + u": line 1, column "_s).toUtf8()), asJson.err.constData());
    QVERIFY(!QFileInfo::exists(doc));

    const Run unknown = runCli({ u"import"_s, input, u"--format"_s, u"spdx"_s, u"-o"_s, doc });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("--format: unknown format \"spdx\"; one of weaklink, json, "
                                  "cyclonedx, cyclonedx-xml, csv, xlsx, subprocessors, "
                                  "threat-dragon, otm, threagile, dot"),
        unknown.err.constData());

    const Run both = runCli({ u"import"_s, input, u"--collapse-components"_s,
        u"--no-collapse-components"_s, u"-o"_s, doc });
    QCOMPARE(both.exitCode, 2);
    QVERIFY(!QFileInfo::exists(doc));
}

void TestImport::cliFailedImportCreatesNothing()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"x.weaklink"_s);
    const QString report = dir.filePath(u"r.json"_s);
    const QString broken = dir.filePath(u"broken.gv"_s);
    QVERIFY(writeFile(broken, "digraph { a -> "));
    const Run r = runCli({ u"import"_s, broken, u"-o"_s, doc, u"--report"_s, report });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith((broken + u": not a DOT graph Graphviz can read"_s).toUtf8()),
        r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(doc));
    QVERIFY(!QFileInfo::exists(report));

    // An existing document stays as it was.
    QVERIFY(writeFile(doc, "old"));
    QCOMPARE(runCli({ u"import"_s, broken, u"-o"_s, doc }).exitCode, 1);
    QFile f(doc);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
}

void TestImport::cliInfoReadsImports()
{
    const Run r = runCli({ u"info"_s, dataPath(u"dot/vendors.gv"_s), u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"nodes"_s).toInt(), 4);
    QCOMPARE(o.value(u"edges"_s).toInt(), 3);
    QCOMPARE(o.value(u"organizations"_s).toInt(), 2);
}

void TestImport::cliBadFilesCreateNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QFile shop(dataPath(u"cyclonedx/shop-1.6.cdx.json"_s));
    QVERIFY(shop.open(QIODevice::ReadOnly));
    const QByteArray bom = shop.readAll();
    QTest::newRow("cyclonedx truncated")
        << u"bom.json"_s << bom.left(bom.size() / 2) << u": line "_s;
    QTest::newRow("cyclonedx xml truncated")
        << u"bom.xml"_s
        << QByteArray("<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\">"
                      "<components><component type=\"library\">")
        << u": line "_s;
    QTest::newRow("csv unclosed quote")
        << u"nodes.csv"_s << QByteArray("id,name\na,\"unclosed\n") << u"nodes.csv!"_s;
    QTest::newRow("xlsx garbage") << u"book.xlsx"_s << QByteArray("PK\x03\x04garbage") << u": "_s;
    QTest::newRow("threat dragon wrong type")
        << u"td.json"_s << QByteArray(R"({"summary": {}, "detail": {"diagrams": 5}})")
        << u"detail.diagrams"_s;
    QTest::newRow("threagile wrong type")
        << u"t.yaml"_s << QByteArray("threagile_version: 1.0.0\ntechnical_assets: [1, 2]\n")
        << u"technical_assets"_s;
    QTest::newRow("otm wrong type")
        << u"m.otm.json"_s << QByteArray(R"({"otmVersion": "0.2.0", "components": 5})")
        << u"components"_s;
    QTest::newRow("unknown format") << u"notes.txt"_s << QByteArray("hello") << u"unsupported"_s;
}

void TestImport::cliBadFilesCreateNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString input = dir.filePath(name);
    QVERIFY(writeFile(input, content));
    const QString doc = dir.filePath(u"out.weaklink"_s);
    const QString report = dir.filePath(u"report.json"_s);
    const Run r = runCli({ u"import"_s, input, u"-o"_s, doc, u"--report"_s, report });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    // The file, or for CSV tables their folder and then the table's cell.
    QVERIFY2(r.err.startsWith(dir.path().toUtf8()), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(doc));
    QVERIFY(!QFileInfo::exists(report));
}

// Every input a fuzzer found (tests/data/fuzz, named READER-what) read as
// the fuzz target reads it: a model or an error naming the file, and a model
// that writes out as model JSON and reads back to itself.
void TestImport::fuzzFindings_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(WEAKLINK_TESTS_DIR "/data/fuzz"));
    const QStringList names = dir.entryList(QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestImport::fuzzFindings()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString reader = QFileInfo(path).fileName().section(u'-', 0, 0);
    QTemporaryDir dir;
    ReadResult r;
    if (reader == u"csv") {
        const QList<QByteArray> tables = bytes.split('\x1e');
        const char *names[] = { "nodes.csv", "edges.csv", "data.csv" };
        for (qsizetype i = 0; i < std::min<qsizetype>(tables.size(), 3); ++i)
            QVERIFY(writeFile(dir.filePath(QString::fromLatin1(names[i])), tables[i]));
        r = interchange::readCsvTables(dir.path());
    } else {
        QFAIL(qPrintable(u"no reader named "_s + reader));
    }
    if (!r.ok()) {
        QVERIFY(r.message().startsWith(dir.path()));
        return;
    }
    const ReadResult back = io::readModelJson(io::writeModelJson(*r.model));
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(*back.model, *r.model);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
