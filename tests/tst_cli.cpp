// weaklink-cli end to end (FORMAT.md §2): the built executable run with
// QProcess, exit statuses, one-line reasons, and files left untouched by
// failed commands. Expected counts of the shared example were worked out by
// hand from the file.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(WEAKLINK_CLI), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString examplePath()
{
    return QStringLiteral(WEAKLINK_SHARED_DIR "/examples/ai-platform-analytics-breach.json");
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

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void version();
    void help_data();
    void help();
    void noArguments();
    void usageErrors_data();
    void usageErrors();
    void unsupportedExport_data();
    void unsupportedExport();
    void laterCommands_data();
    void laterCommands();
    void importExportRoundTrip();
    void importReplacesExistingDocument();
    void badInput_data();
    void badInput();
    void infoOnExample_data();
    void infoOnExample();
    void infoListsWarnings();
    void importPrintsWarnings();
    void openingDoesNotModifyDocument();
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

void TestCli::unsupportedExport_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("reason");

    for (const char *suffix : { "svg", "png", "pdf", "dot" }) {
        const QString s = QString::fromLatin1(suffix);
        QTest::addRow("%s", suffix)
            << QStringLiteral("out.") + s << QStringList()
            << QStringLiteral("out.%1: export to .%1 is not supported yet").arg(s);
    }
    QTest::newRow("upper-case SVG")
        << QStringLiteral("OUT.SVG") << QStringList()
        << QStringLiteral("OUT.SVG: export to .svg is not supported yet");
    QTest::newRow("json with --layout")
        << QStringLiteral("out.json")
        << QStringList { QStringLiteral("--layout"), QStringLiteral("neato") }
        << QStringLiteral("out.json: --layout is not supported yet");
}

void TestCli::unsupportedExport()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, extra);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(fileName);

    // Once with no file at OUT, once with an existing file that must survive.
    Run r = runCli(
        QStringList { QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out } + extra);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneLine(r.err), r.err.constData());
    QVERIFY2(r.err.endsWith(reason.toUtf8() + '\n'), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));

    QVERIFY(writeAll(out, kOldBytes));
    r = runCli(
        QStringList { QStringLiteral("export"), examplePath(), QStringLiteral("-o"), out } + extra);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(readAll(out), kOldBytes);
    QCOMPARE(sortedEntries(dir.path()), QStringList { fileName });
}

void TestCli::laterCommands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("err");

    QTest::newRow("layout") << QStringList {
        QStringLiteral("layout"), QStringLiteral("%D/doc.weaklink")
    } << QByteArray("weaklink-cli: layout is not supported yet in this version\n");
    QTest::newRow("simulate") << QStringList {
        QStringLiteral("simulate"), QStringLiteral("%E"), QStringLiteral("--trials"),
        QStringLiteral("100")
    } << QByteArray("weaklink-cli: simulate is not supported yet in this version\n");
    QTest::newRow("rank") << QStringList { QStringLiteral("rank"), QStringLiteral("%E"),
        QStringLiteral("--by"), QStringLiteral("blast-radius") }
                          << QByteArray(
                                 "weaklink-cli: rank is not supported yet in this version\n");
    QTest::newRow("simulate, no arguments")
        << QStringList { QStringLiteral("simulate") }
        << QByteArray("weaklink-cli: simulate is not supported yet in this version\n");
}

void TestCli::laterCommands()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, err);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const Run r = runCli(expand(args, dir.path()));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, err);
    QCOMPARE(sortedEntries(dir.path()), QStringList());
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
    // send an asset from a node that neither owns it nor receives it.
    const QStringList warnedEdges = { QStringLiteral("\"training_pipeline->data_lake\""),
        QStringLiteral("\"billing->postbox\""), QStringLiteral("\"support_portal->helphub\"") };

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
    QCOMPARE(lines.at(6), QStringLiteral("warnings       3"));
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
