// The spreadsheet layout (docs/IMPORT.md): CSV tables and XLSX workbooks
// written and read back losslessly, files as a person edits them in a
// spreadsheet, workbooks made by hand (sparse rows, shared and inline
// strings), sub-processor lists, the errors with their cells and limits,
// and `weaklink-cli export` to both.
#include "interchange/readers.h"
#include "interchange/spreadsheetwriter.h"
#include "io/modeljson.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wl;

namespace {

const QString kTests = QStringLiteral(WEAKLINK_TESTS_DIR "/data/import/spreadsheets");

QString sim10k()
{
    return QStringLiteral(WEAKLINK_SHARED_DIR "/bench/sim-10k.json");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A zip file of stored (uncompressed) entries, for workbooks made by hand.
// `declaredSizes` overrides the uncompressed size the central directory
// declares for an entry (a zip bomb's lie).
quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

QByteArray makeZip(const QList<std::pair<QByteArray, QByteArray>> &entries,
    const QHash<QByteArray, quint32> &declaredSizes = {})
{
    QByteArray out, central;
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        const auto header = [&](QByteArray &h, bool isCentral) {
            put32(h, isCentral ? 0x02014b50 : 0x04034b50);
            if (isCentral)
                put16(h, 20);
            put16(h, 20); // version needed
            put16(h, 0); // flags
            put16(h, 0); // stored
            put16(h, 0); // time
            put16(h, 0x21); // 1980-01-01
            put32(h, crc);
            put32(h, quint32(data.size()));
            put32(h,
                isCentral ? declaredSizes.value(name, quint32(data.size())) : quint32(data.size()));
            put16(h, quint32(name.size()));
            put16(h, 0); // extra
            if (isCentral) {
                put16(h, 0); // comment
                put16(h, 0); // disk
                put16(h, 0); // internal attributes
                put32(h, 0); // external attributes
                put32(h, offset);
            }
            h.append(name);
        };
        header(out, false);
        out.append(data);
        header(central, true);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A workbook of the given sheets (name, sheet XML's sheetData content) with
// shared strings, as Excel writes one; `extraRels` adds relationships.
QByteArray makeWorkbook(const QList<std::pair<QByteArray, QByteArray>> &sheets,
    const QByteArray &sharedStrings, const QByteArray &extraRels = {},
    const QHash<QByteArray, quint32> &declaredSizes = {})
{
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + kMain
        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<std::pair<QByteArray, QByteArray>> entries;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n
            + "\"/>";
        // Alternately relative and absolute targets.
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "worksheet\" Target=\""
            + (i % 2 ? "/xl/worksheets/sheet" : "worksheets/sheet") + n + ".xml\"/>";
        entries.append({ "xl/worksheets/sheet" + n + ".xml",
            "<?xml version=\"1.0\"?><worksheet xmlns=\"" + kMain + "\"><sheetData>"
                + sheets[i].second + "</sheetData></worksheet>" });
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "sharedStrings\" Target=\"sharedStrings.xml\"/>"
        + extraRels + "</Relationships>";
    entries.prepend({ "xl/sharedStrings.xml",
        "<?xml version=\"1.0\"?><sst xmlns=\"" + kMain + "\">" + sharedStrings + "</sst>" });
    entries.prepend({ "xl/_rels/workbook.xml.rels", rels });
    entries.prepend({ "xl/workbook.xml", workbook });
    entries.prepend({ "[Content_Types].xml", "<Types/>" });
    return makeZip(entries, declaredSizes);
}

struct Run {
    int exitCode = -1;
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
    r.err = p.readAllStandardError();
    return r;
}

// A model with every awkward value a cell can hold.
Model awkwardModel()
{
    Model m;
    m.name = QString();
    Node a;
    a.id = QStringLiteral("a,1");
    a.name = QStringLiteral("Quote \" comma , semicolon ; \r\nCRLF\nLF\ttab \u00e9\u4e2d");
    a.kind = QStringLiteral("model_provider");
    a.organization = QStringLiteral("  spaced  ");
    a.gdprRole = QStringLiteral("processor");
    a.jurisdiction = QStringLiteral("US-CA");
    a.breachLikelihood = 0.30000000000000004;
    a.controlStrength = 1e-300;
    a.criticality = 5;
    a.pos = QPointF(-123456.78901234567, 0.1);
    a.pinned = true;
    a.tags = { QStringLiteral("x;y"), QStringLiteral(" lead"), QStringLiteral("trail "),
        QStringLiteral("back\\slash"), QStringLiteral("\\"), QStringLiteral("_x0041_") };
    a.notes = QStringLiteral("control \x01 char, _x0041_ and _x005F_ literal");
    m.appendNode(a);
    Node b;
    b.id = QStringLiteral("=b");
    b.name = QStringLiteral("-1");
    b.pos = QPointF(0, 0);
    m.appendNode(b);
    DataAsset d;
    d.id = QStringLiteral("d;1");
    d.name = QStringLiteral("123");
    d.owner = a.id;
    d.category = QStringLiteral("prompts");
    d.records = qint64(1) << 53;
    d.sensitivity = 1;
    d.personal = true;
    m.appendDataAsset(d);
    Edge e;
    e.id = QStringLiteral("e0");
    e.source = a.id;
    e.target = b.id;
    e.integration = QStringLiteral("custom thing");
    e.data = { d.id };
    e.pForward = 0.1 + 0.2;
    e.pBackward = 0.0;
    e.delayHours = 1e-9;
    e.label = QStringLiteral("TRUE");
    m.appendEdge(e);
    Edge f;
    f.id = QStringLiteral("e7");
    f.source = b.id;
    f.target = a.id;
    m.appendEdge(f);
    return m;
}

} // namespace

class TestSpreadsheet : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void awkwardValues_data();
    void awkwardValues();
    void editedInSpreadsheet();
    void handMadeWorkbook();
    void subprocessorList();
    void subprocessorListUnderChosenVendor();
    void subprocessorTransferMechanisms();
    void subprocessorWorkbook();
    void errors_data();
    void errors();
    void workbookErrors_data();
    void workbookErrors();
    void writeFailureLeavesFolder();
    void cliExport();
};

void TestSpreadsheet::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("example csv") << QStringLiteral(WEAKLINK_EXAMPLE) << false;
    QTest::newRow("example xlsx") << QStringLiteral(WEAKLINK_EXAMPLE) << true;
    QTest::newRow("sim-10k csv") << sim10k() << false;
    QTest::newRow("sim-10k xlsx") << sim10k() << true;
}

void TestSpreadsheet::roundTrip()
{
    QFETCH(QString, path);
    QFETCH(bool, xlsx);
    ReadResult original = io::readModelJsonFile(path);
    QVERIFY2(original.ok(), qPrintable(original.message()));
    // FORMAT.md §1's added fields travel too: a full contract, one with an
    // SLA alone, and where an asset's data subjects are.
    Model &m = *original.model;
    m.setValue(ElementType::Edge, 0, int(EdgeField::ContractDpa), true);
    m.setValue(ElementType::Edge, 0, int(EdgeField::ContractNotificationSlaHours), 36.5);
    m.setValue(ElementType::Edge, 0, int(EdgeField::ContractTransferMechanism),
        QStringLiteral("derogation"));
    m.setValue(ElementType::Edge, 0, int(EdgeField::ContractAuditRight), true);
    m.setValue(
        ElementType::Edge, 0, int(EdgeField::ContractReviewed), QStringLiteral("2024-02-29"));
    m.setValue(ElementType::Edge, 1, int(EdgeField::ContractNotificationSlaHours), 72.0);
    m.setValue(ElementType::DataAsset, 0, int(DataField::SubjectJurisdictions),
        QStringList { QStringLiteral("EU"), QStringLiteral("US-CA") });
    QTemporaryDir dir;
    QString error;
    ReadResult back;
    if (xlsx) {
        const QString out = dir.filePath(QStringLiteral("model.xlsx"));
        QVERIFY2(interchange::writeXlsx(*original.model, out, &error), qPrintable(error));
        back = interchange::readXlsx(out);
    } else {
        const QString out = dir.filePath(QStringLiteral("tables"));
        QVERIFY2(interchange::writeCsvTables(*original.model, out, &error), qPrintable(error));
        back = interchange::readCsvTables(out + QStringLiteral("/edges.csv"));
    }
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY2(back.warnings.isEmpty(), qPrintable(back.warnings.join(u'\n')));
    QVERIFY(*back.model == *original.model);
    QCOMPARE(io::writeModelJson(*back.model), io::writeModelJson(*original.model));
}

void TestSpreadsheet::awkwardValues_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("csv") << false;
    QTest::newRow("xlsx") << true;
}

void TestSpreadsheet::awkwardValues()
{
    QFETCH(bool, xlsx);
    const Model m = awkwardModel();
    QTemporaryDir dir;
    QString error;
    const QString out = dir.filePath(xlsx ? QStringLiteral("a.xlsx") : QStringLiteral("a"));
    QVERIFY2(
        xlsx ? interchange::writeXlsx(m, out, &error) : interchange::writeCsvTables(m, out, &error),
        qPrintable(error));
    const ReadResult back = xlsx ? interchange::readXlsx(out) : interchange::readCsvTables(out);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(io::writeModelJson(*back.model), io::writeModelJson(m));
    QVERIFY(*back.model == m);
    // A second export is byte-identical.
    if (!xlsx) {
        const QString again = dir.filePath(QStringLiteral("b"));
        QVERIFY2(interchange::writeCsvTables(*back.model, again, &error), qPrintable(error));
        for (const char *name : { "nodes.csv", "edges.csv", "data.csv", "model.csv" })
            QCOMPARE(readFile(again + u'/' + QLatin1String(name)),
                readFile(out + u'/' + QLatin1String(name)));
        QVERIFY(readFile(out + QStringLiteral("/nodes.csv"))
                    .startsWith("id,name,kind,organization,gdpr_role,jurisdiction,"
                                "breach_likelihood,control_strength,criticality,x,y,pinned,tags,"
                                "notes\r\n"));
    }
}

// Saved by a spreadsheet in a locale with decimal commas: BOM, ';', CRLF,
// quoted fields across lines, TRUE/FALSE, columns in another order and
// spelling, empty cells for defaults.
void TestSpreadsheet::editedInSpreadsheet()
{
    const ReadResult r = interchange::readCsvTables(kTests + QStringLiteral("/edited"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.warnings,
        QStringList { QStringLiteral("nodes.csv!F1: unknown column \"Colour\", ignored") });
    const Model &m = *r.model;
    QCOMPARE(m.name, QStringLiteral("edited"));
    QCOMPARE(m.nodes().size(), 3);

    Node api;
    api.id = QStringLiteral("api");
    api.name = QStringLiteral("Public \"API\"\nsecond line");
    api.kind = QStringLiteral("internal_service");
    api.breachLikelihood = 0.05;
    api.criticality = 4;
    api.pos = QPointF(12.5, -3);
    api.pinned = true;
    api.tags = { QStringLiteral("edge"), QStringLiteral("a;b") };
    QCOMPARE(m.nodes()[0], api);

    Node analytics;
    analytics.id = QStringLiteral("analytics");
    analytics.name = QStringLiteral("analytics");
    analytics.kind = QStringLiteral("analytics");
    analytics.gdprRole = QStringLiteral("processor");
    analytics.jurisdiction = QStringLiteral("US");
    QCOMPARE(m.nodes()[1], analytics);

    Node db;
    db.id = QStringLiteral("db");
    db.name = QStringLiteral("Database; main");
    db.notes = QStringLiteral("line one\r\nline two");
    QCOMPARE(m.nodes()[2], db);

    DataAsset profiles;
    profiles.id = QStringLiteral("profiles");
    profiles.name = QStringLiteral("profiles");
    profiles.owner = QStringLiteral("db");
    profiles.category = QStringLiteral("customer_pii");
    profiles.records = 1200000;
    profiles.personal = true;
    QCOMPARE(m.data(), QVector<DataAsset> { profiles });

    Edge e0;
    e0.id = QStringLiteral("e0");
    e0.source = QStringLiteral("api");
    e0.target = QStringLiteral("analytics");
    e0.integration = QStringLiteral("sdk_embedded");
    e0.pForward = 0.0;
    e0.pBackward = 0.6;
    e0.data = { QStringLiteral("profiles") };
    e0.label = QStringLiteral("SDK");
    Edge sync;
    sync.id = QStringLiteral("sync");
    sync.source = QStringLiteral("db");
    sync.target = QStringLiteral("api");
    sync.pForward = 0.25;
    sync.pBackward = 0.05;
    sync.delayHours = 1.5;
    QCOMPARE(m.edges(), (QVector<Edge> { e0, sync }));
}

void TestSpreadsheet::handMadeWorkbook()
{
    // Shared strings (one rich text with a phonetic hint, one escaped),
    // inline strings, numbers, booleans, a sparse row, rows without
    // references, and a link outside the workbook that is never followed.
    const QByteArray shared = "<si><t>id</t></si><si><t>name</t></si><si><t>pinned</t></si>"
                              "<si><t>breach_likelihood</t></si><si><t>tags</t></si>"
                              "<si><r><t>Ru</t></r><r><t xml:space=\"preserve\">n </t></r>"
                              "<rPh><t>ignored</t></rPh></si>"
                              "<si><t>tab_x0009_here</t></si><si><t>source</t></si>"
                              "<si><t>target</t></si>";
    const QByteArray nodes = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                             "t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" "
                             "t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>n1</t></is></c>"
                             "<c r=\"D2\"><v>0.30000000000000004</v></c>"
                             "<c r=\"E2\" t=\"s\"><v>6</v></c></row>"
                             "<row r=\"4\"><c t=\"str\"><f>\"n\"&amp;2</f><v>n2</v></c>"
                             "<c t=\"s\"><v>5</v></c><c t=\"b\"><v>1</v></c><c><v>1E-2</v></c>"
                             "</row><row><c><v>42</v></c></row>";
    const QByteArray edges = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c><c r=\"B1\" "
                             "t=\"s\"><v>8</v></c></row><row r=\"2\"><c r=\"A2\" "
                             "t=\"inlineStr\"><is><t>n1</t></is></c><c r=\"B2\" "
                             "t=\"inlineStr\"><is><t>n2</t></is></c></row>";
    const QByteArray external
        = "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          "2006/relationships/externalLinkPath\" Target=\"file:///etc/passwd\" "
          "TargetMode=\"External\"/>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hand.xlsx"));
    QVERIFY(writeFile(
        path, makeWorkbook({ { "Nodes", nodes }, { "edges", edges } }, shared, external)));
    const ReadResult r = interchange::readXlsx(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Model &m = *r.model;
    QCOMPARE(m.name, QStringLiteral("hand"));
    QCOMPARE(m.nodes().size(), 3);
    QCOMPARE(m.nodes()[0].id, QStringLiteral("n1"));
    QCOMPARE(m.nodes()[0].name, QStringLiteral("n1"));
    QCOMPARE(m.nodes()[0].breachLikelihood, 0.30000000000000004);
    QCOMPARE(m.nodes()[0].tags, QStringList { QStringLiteral("tab\there") });
    QCOMPARE(m.nodes()[1].id, QStringLiteral("n2"));
    QCOMPARE(m.nodes()[1].name, QStringLiteral("Run "));
    QCOMPARE(m.nodes()[1].pinned, true);
    QCOMPARE(m.nodes()[1].breachLikelihood, 0.01);
    QCOMPARE(m.nodes()[2].id, QStringLiteral("42"));
    QCOMPARE(m.edges().size(), 1);
    QCOMPARE(m.edges()[0].id, QStringLiteral("e0"));
    QCOMPARE(m.edges()[0].target, QStringLiteral("n2"));
}

// A list in the shape vendors publish (an AI provider's, four
// sub-processors).
void TestSpreadsheet::subprocessorList()
{
    const QString path = kTests + QStringLiteral("/subprocessors.csv");
    const ReadResult r = interchange::readSubprocessorList(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Model &m = *r.model;
    QCOMPARE(m.name, QStringLiteral("Sub-processors of Example AI"));

    QStringList nodes;
    for (const Node &n : m.nodes())
        nodes << QStringList { n.id, n.name, n.kind, n.gdprRole, n.jurisdiction, n.organization,
            n.notes, n.tags.join(u',') }
                     .join(u'|');
    QCOMPARE(nodes,
        (QStringList {
            QStringLiteral("example-ai|Example AI|other|processor||Example AI||"),
            QStringLiteral("microsoft-azure|Microsoft Azure|cloud_platform|subprocessor|US|"
                           "Microsoft Azure||subprocessor"),
            QStringLiteral("snowflake|Snowflake|analytics|subprocessor|US|Snowflake||"
                           "subprocessor"),
            QStringLiteral("zendesk|Zendesk|support|subprocessor||Zendesk|Location: Global|"
                           "subprocessor"),
            QStringLiteral("tasklabel-gmbh|TaskLabel GmbH|data_labeling|subprocessor|DE|"
                           "TaskLabel GmbH||subprocessor"),
        }));

    QStringList data;
    for (const DataAsset &a : m.data())
        data << QStringList { a.id, a.name, a.owner, a.category,
            a.personal ? QStringLiteral("personal") : QStringLiteral("-") }
                    .join(u'|');
    QCOMPARE(data,
        (QStringList {
            QStringLiteral("example-ai-customer-content|Customer Content|example-ai|prompts|"
                           "personal"),
            QStringLiteral("example-ai-account-information|Account information|example-ai|"
                           "customer_pii|personal"),
            QStringLiteral("example-ai-usage-data|Usage data|example-ai|usage_metadata|"
                           "personal"),
            QStringLiteral("example-ai-support-tickets|Support tickets|example-ai|other|-"),
        }));

    QStringList edges;
    for (const Edge &e : m.edges())
        edges << QStringList { e.source, e.target, e.integration, e.label, e.data.join(u',') }.join(
            u'|');
    QCOMPARE(edges,
        (QStringList {
            QStringLiteral("example-ai|microsoft-azure|api_call|Cloud infrastructure and "
                           "model hosting|example-ai-customer-content,"
                           "example-ai-account-information"),
            QStringLiteral("example-ai|snowflake|api_call|Analytics data warehouse|"
                           "example-ai-usage-data,example-ai-account-information"),
            QStringLiteral("example-ai|zendesk|api_call|Customer support|"
                           "example-ai-account-information,example-ai-support-tickets"),
            QStringLiteral("example-ai|tasklabel-gmbh|api_call|Data annotation|"
                           "example-ai-customer-content"),
        }));
    QCOMPARE(m.edges()[0].pForward, 0.10);
    QCOMPARE(m.edges()[0].pBackward, 0.02);
}

// A list's transfer column (what vendors' lists call the safeguard of a
// transfer out of the EU) becomes the contract's transfer mechanism of the
// flow to that sub-processor; words naming none of them are a warning.
void TestSpreadsheet::subprocessorTransferMechanisms()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(writeFile(path,
        "Sub-processor,Location,Data categories,Transfer mechanism\n"
        "CloudCo,United States,Account information,EU SCCs (Module 3)\n"
        "LabelCo,Germany,Customer content,\n"
        "SupportCo,India,Support tickets,Binding Corporate Rules\n"
        "PrivacyCo,United States,Usage data,EU-US Data Privacy Framework\n"
        "Misc,US,Usage data,to be confirmed\n"));
    interchange::ImportOptions options;
    options.vendor = QStringLiteral("example");
    const ReadResult r = interchange::readSubprocessorList(path, options);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QStringList transfers;
    for (const Edge &e : r.model->edges())
        transfers << e.target + u'=' + e.contract.transferMechanism;
    QCOMPARE(transfers,
        (QStringList { QStringLiteral("cloudco=scc"), QStringLiteral("labelco="),
            QStringLiteral("supportco=bcr"), QStringLiteral("privacyco=adequacy"),
            QStringLiteral("misc=") }));
    QCOMPARE(r.warnings,
        QStringList { QStringLiteral("list.csv!D6: transfer mechanism \"to be confirmed\" is "
                                     "none of SCC, BCR, adequacy, derogation or none; left "
                                     "unknown") });
}

void TestSpreadsheet::subprocessorListUnderChosenVendor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(writeFile(path,
        "\xEF\xBB\xBF"
        "Sub-processor;Purpose of processing;Country;Data_Categories\r\n"
        "Amazon Web Services;Hosting;United States;Personal data, Logs\r\n"
        "Acme Labels;Labelling;Ireland;\r\n"));
    interchange::ImportOptions options;
    options.vendor = QStringLiteral("openai");
    const ReadResult r = interchange::readSubprocessorList(path, options);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Model &m = *r.model;
    QCOMPARE(m.nodes().size(), 3);
    QCOMPARE(m.nodes()[0].id, QStringLiteral("openai"));
    QCOMPARE(m.nodes()[0].name, QStringLiteral("openai"));
    QCOMPARE(m.nodes()[1].id, QStringLiteral("amazon-web-services"));
    QCOMPARE(m.nodes()[1].jurisdiction, QStringLiteral("US"));
    QCOMPARE(m.nodes()[2].jurisdiction, QStringLiteral("IE"));
    QCOMPARE(m.nodes()[2].kind, QStringLiteral("data_labeling"));
    QCOMPARE(m.data().size(), 2);
    QCOMPARE(m.data()[0].category, QStringLiteral("customer_pii"));
    QCOMPARE(m.data()[1].category, QStringLiteral("telemetry"));
    QCOMPARE(m.data()[1].personal, false);
    QCOMPARE(m.edges().size(), 2);
    QCOMPARE(m.edges()[1].data, QStringList());

    // Without a vendor, rows need one.
    const ReadResult none = interchange::readSubprocessorList(path);
    QVERIFY(!none.ok());
    QVERIFY2(none.error.startsWith(u"list.csv!A2: no vendor"), qPrintable(none.error));
}

void TestSpreadsheet::subprocessorWorkbook()
{
    const QByteArray shared = "<si><t>Vendor</t></si><si><t>Subprocessor</t></si>"
                              "<si><t>Location</t></si><si><t>Acme</t></si><si><t>Stripe</t></si>";
    const QByteArray list = "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
                            "<c t=\"s\"><v>2</v></c></row>"
                            "<row r=\"2\"><c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c>"
                            "<c t=\"inlineStr\"><is><t>us</t></is></c></row>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    QVERIFY(writeFile(path, makeWorkbook({ { "Sheet1", list } }, shared)));
    for (const ReadResult &r :
        { interchange::readXlsx(path), interchange::readSubprocessorList(path) }) {
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.model->nodes().size(), 2);
        QCOMPARE(r.model->nodes()[1].id, QStringLiteral("stripe"));
        QCOMPARE(r.model->nodes()[1].jurisdiction, QStringLiteral("US"));
        QCOMPARE(r.model->edges().size(), 1);
    }
}

void TestSpreadsheet::errors_data()
{
    QTest::addColumn<QByteArray>("nodes");
    QTest::addColumn<QByteArray>("edges");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray two = "id,name\nA,a\nB,b\n";
    QTest::newRow("duplicate id")
        << QByteArray("id,name\nA,a\nB,b\n\nA,again\n") << QByteArray() << QByteArray()
        << QStringLiteral("nodes.csv!A5: duplicate node id \"A\" (also nodes.csv!A2)");
    QTest::newRow("unknown source")
        << two << QByteArray("source,target\nA,B\nZ,B\n") << QByteArray()
        << QStringLiteral("edges.csv!A3: source: unknown node id \"Z\"");
    QTest::newRow("bad number") << QByteArray("id,breach_likelihood\nA,0.5\nB,lots\n")
                                << QByteArray() << QByteArray()
                                << QStringLiteral("nodes.csv!B3: breach_likelihood: must be a "
                                                  "number from 0 to 1, not \"lots\"");
    QTest::newRow("out of range") << QByteArray("id,criticality\nA,6\n") << QByteArray()
                                  << QByteArray()
                                  << QStringLiteral("nodes.csv!B2: criticality: must be an "
                                                    "integer from 1 to 5, not \"6\"");
    QTest::newRow("bad boolean") << QByteArray("id,pinned\nA,yes please\n") << QByteArray()
                                 << QByteArray()
                                 << QStringLiteral("nodes.csv!B2: pinned: must be true or "
                                                   "false, not \"yes please\"");
    QTest::newRow("x without y") << QByteArray("id,x,y\nA,1,\n") << QByteArray() << QByteArray()
                                 << QStringLiteral("nodes.csv!C2: y: required when x is given; "
                                                   "x and y come together");
    QTest::newRow("no id column") << QByteArray("name,kind\na,b\n") << QByteArray() << QByteArray()
                                  << QStringLiteral("nodes.csv: no id column; the first row "
                                                    "names the columns (id, name, kind, "
                                                    "organization, gdpr_role, jurisdiction, "
                                                    "breach_likelihood, control_strength, "
                                                    "criticality, x, y, pinned, tags, notes)");
    QTest::newRow("empty id") << QByteArray("id,name\n,a\n") << QByteArray() << QByteArray()
                              << QStringLiteral("nodes.csv!A2: id: required");
    QTest::newRow("self loop") << two << QByteArray("source,target\nA,A\n") << QByteArray()
                               << QStringLiteral("edges.csv!B2: target: source and target "
                                                 "must differ");
    QTest::newRow("unknown asset")
        << two << QByteArray("source,target,data\nA,B,d1; d9\n") << QByteArray("id,owner\nd1,A\n")
        << QStringLiteral("edges.csv!C2: data: unknown data asset id \"d9\"");
    QTest::newRow("unknown owner") << two << QByteArray() << QByteArray("id,owner\nd1,Q\n")
                                   << QStringLiteral("data.csv!B2: owner: unknown node id \"Q\"");
    QTest::newRow("default id taken")
        << two << QByteArray("id,source,target\ne1,A,B\n,B,A\n") << QByteArray()
        << QStringLiteral("edges.csv!A3: the default id \"e1\" of this edge is taken "
                          "(edges.csv!A2)");
    QTest::newRow("unclosed quote")
        << QByteArray("id,name\nA,\"open\n") << QByteArray() << QByteArray()
        << QStringLiteral("nodes.csv!B2: a quoted field is not closed");
    QTest::newRow("not utf-8") << QByteArray("id,name\nA,caf\xe9\n") << QByteArray() << QByteArray()
                               << QStringLiteral("nodes.csv: line 2, column 6: not UTF-8 text; "
                                                 "save the file as \"CSV UTF-8\"");
    QTest::newRow("second column")
        << QByteArray("id,Name,name\nA,a,b\n") << QByteArray() << QByteArray()
        << QStringLiteral("nodes.csv!C1: a second name column (also "
                          "nodes.csv!B1)");
}

void TestSpreadsheet::errors()
{
    QFETCH(QByteArray, nodes);
    QFETCH(QByteArray, edges);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nodes.csv")), nodes));
    if (!edges.isEmpty())
        QVERIFY(writeFile(dir.filePath(QStringLiteral("edges.csv")), edges));
    if (!data.isEmpty())
        QVERIFY(writeFile(dir.filePath(QStringLiteral("data.csv")), data));
    const ReadResult r = interchange::readCsvTables(dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
    QCOMPARE(r.fileName, dir.path());
}

void TestSpreadsheet::workbookErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const QByteArray header = "<row r=\"1\"><c t=\"inlineStr\"><is><t>id</t></is></c></row>";
    const QByteArray good = makeWorkbook({ { "nodes", header } }, {});
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("not an XLSX workbook: the zip container cannot "
                                                 "be read");
    QTest::newRow("garbage") << QByteArray("PK\x03\x04 this is no zip at all")
                             << QStringLiteral("not an XLSX workbook: the zip container cannot "
                                               "be read");
    QTest::newRow("zip bomb")
        << makeWorkbook(
               { { "nodes", header } }, {}, {}, { { "xl/worksheets/sheet1.xml", 0xC0000000u } })
        << QStringLiteral("xl/worksheets/sheet1.xml would inflate to 3221225472 bytes, more "
                          "than Weaklink inflates from one part of a workbook (536870912 "
                          "bytes); refused");
    QTest::newRow("doctype") << makeZip({ { "xl/workbook.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaa\">]><workbook/>" } })
                             << QStringLiteral("xl/workbook.xml: XML with a DOCTYPE, refused");
    QTest::newRow("no nodes sheet")
        << makeWorkbook({ { "Sheet1", header } }, {})
        << QStringLiteral("no sheet named \"nodes\" (the sheets: \"Sheet1\"); the workbook must "
                          "hold the sheet nodes, and may hold edges, data and model");
    QTest::newRow("bad number") << makeWorkbook(
        { { "nodes",
              "<row r=\"1\"><c t=\"inlineStr\"><is><t>id</t></is></c>"
              "<c r=\"C1\" t=\"inlineStr\"><is><t>sensitivity</t></is></c></row>"
              "<row r=\"7\"><c r=\"A7\"><v>1</v></c><c r=\"C7\"><v>2</v></c>"
              "</row>" },
            { "data",
                "<row r=\"1\"><c t=\"inlineStr\"><is><t>id</t></is></c>"
                "<c t=\"inlineStr\"><is><t>owner</t></is></c><c "
                "t=\"inlineStr\"><is><t>sensitivity</t></is></c></row>"
                "<row r=\"2\"><c><v>1</v></c><c><v>1</v></c><c><v>2.5</v></c></row>" } },
        {}) << QStringLiteral("data!C2: sensitivity: must be an integer from 1 to 5, not \"2.5\"");
    QTest::newRow("missing shared string") << makeWorkbook(
        { { "nodes", "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>3</v></c></row>" } },
        "<si><t>id</t></si>") << QStringLiteral("nodes!B1: shared string 3 does not exist");
}

void TestSpreadsheet::workbookErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.xlsx"));
    QVERIFY(writeFile(path, bytes));
    const ReadResult r = interchange::readXlsx(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
}

void TestSpreadsheet::writeFailureLeavesFolder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain"));
    QVERIFY(writeFile(file, "x"));
    QString error;
    QVERIFY(!interchange::writeCsvTables(awkwardModel(), file, &error));
    QCOMPARE(error, file + QStringLiteral(": not a folder; CSV tables are written into a folder"));
    QCOMPARE(readFile(file), QByteArray("x"));

    // A table that cannot be written (data.csv is a folder): none of the
    // others replaces its old version.
    const QString folder = dir.filePath(QStringLiteral("tables"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/data.csv")));
    QVERIFY(writeFile(folder + QStringLiteral("/nodes.csv"), "old"));
    QVERIFY(!interchange::writeCsvTables(awkwardModel(), folder, &error));
    QVERIFY2(error.startsWith(folder + QStringLiteral("/data.csv: cannot write the file: ")),
        qPrintable(error));
    QCOMPARE(readFile(folder + QStringLiteral("/nodes.csv")), QByteArray("old"));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("nodes.csv") });
}

void TestSpreadsheet::cliExport()
{
    QTemporaryDir dir;
    const QString example = QStringLiteral(WEAKLINK_EXAMPLE);
    const ReadResult original = io::readModelJsonFile(example);
    QVERIFY(original.ok());

    const QString folder = dir.filePath(QStringLiteral("tables"));
    Run r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"), folder,
        QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    ReadResult back = interchange::readCsvTables(folder);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(*back.model == *original.model);

    // A path ending in '/' is a folder too.
    const QString slash = dir.filePath(QStringLiteral("slash")) + u'/';
    r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"), slash });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(slash + QStringLiteral("nodes.csv")));

    const QString xlsx = dir.filePath(QStringLiteral("model.xlsx"));
    r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"), xlsx });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    back = interchange::readXlsx(xlsx);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(*back.model == *original.model);

    // Bad usage: 2, and nothing written.
    const QString plain = dir.filePath(QStringLiteral("plain.txt"));
    QVERIFY(writeFile(plain, "keep"));
    r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"), plain,
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(readFile(plain), QByteArray("keep"));
    r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"), folder,
        QStringLiteral("--format"), QStringLiteral("ods") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--format: unknown format \"ods\""), r.err.constData());
    r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"), xlsx,
        QStringLiteral("--page"), QStringLiteral("A4") });
    QCOMPARE(r.exitCode, 2);

    // Failed work: 1 (a folder where the workbook should go).
    r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"),
        dir.filePath(QStringLiteral("tables.xlsx")), QStringLiteral("--format"),
        QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    r = runCli({ QStringLiteral("export"), example, QStringLiteral("-o"),
        dir.filePath(QStringLiteral("tables.xlsx")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("tables.xlsx"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"
