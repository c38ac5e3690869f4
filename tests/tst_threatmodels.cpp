// The threat-model importers (docs/IMPORT.md): Threagile YAML, OWASP Threat
// Dragon JSON (versions 1 and 2) and Open Threat Model (JSON and YAML). The
// small hand-written files in tests/data/import/threatmodels/ are checked
// element by element, with values worked out by hand from docs/IMPORT.md's
// mapping; the corpus files by counts taken from the files themselves.
#include "interchange/readers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <functional>

using namespace wl;
using namespace wl::interchange;

namespace {

using Reader = std::function<ReadResult(const QByteArray &, const QString &)>;

QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *item : items)
        l.append(QString::fromUtf8(item));
    return l;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString testFile(const char *name)
{
    return QStringLiteral(WEAKLINK_TESTS_DIR "/data/import/threatmodels/") + QLatin1String(name);
}

QString corpusFile(const char *name)
{
    return QStringLiteral(WEAKLINK_SHARED_DIR "/corpus/") + QLatin1String(name);
}

ReadResult readFile(const Reader &read, const QString &path)
{
    return read(fileBytes(path), path);
}

Node node(const char *id, const char *name, const char *kind, const char *organization,
    std::initializer_list<const char *> tags, const char *notes = "")
{
    Node n;
    n.id = QString::fromUtf8(id);
    n.name = QString::fromUtf8(name);
    n.kind = QString::fromUtf8(kind);
    n.organization = QString::fromUtf8(organization);
    n.tags = list(tags);
    n.notes = QString::fromUtf8(notes);
    return n;
}

DataAsset asset(const char *id, const char *name, const char *owner, const char *category,
    qint64 records, int sensitivity, bool personal)
{
    DataAsset a;
    a.id = QString::fromUtf8(id);
    a.name = QString::fromUtf8(name);
    a.owner = QString::fromUtf8(owner);
    a.category = QString::fromUtf8(category);
    a.records = records;
    a.sensitivity = sensitivity;
    a.personal = personal;
    return a;
}

Edge edge(const char *id, const char *source, const char *target, const char *integration,
    std::initializer_list<const char *> data, const char *label, double forward, double backward)
{
    Edge e;
    e.id = QString::fromUtf8(id);
    e.source = QString::fromUtf8(source);
    e.target = QString::fromUtf8(target);
    e.integration = QString::fromUtf8(integration);
    e.data = list(data);
    e.label = QString::fromUtf8(label);
    e.pForward = forward;
    e.pBackward = backward;
    return e;
}

void compareNodes(const Model &m, const QVector<Node> &expected)
{
    QCOMPARE(m.nodes().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Node &n = m.nodes()[i];
        const Node &x = expected[i];
        QCOMPARE(n.id, x.id);
        QCOMPARE(n.name, x.name);
        QCOMPARE(n.kind, x.kind);
        QCOMPARE(n.organization, x.organization);
        QCOMPARE(n.tags, x.tags);
        QCOMPARE(n.notes, x.notes);
    }
}

void compareEdges(const Model &m, const QVector<Edge> &expected)
{
    QCOMPARE(m.edges().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Edge &e = m.edges()[i];
        const Edge &x = expected[i];
        QCOMPARE(e.id, x.id);
        QCOMPARE(e.source, x.source);
        QCOMPARE(e.target, x.target);
        QCOMPARE(e.integration, x.integration);
        QCOMPARE(e.data, x.data);
        QCOMPARE(e.label, x.label);
        QCOMPARE(e.pForward, x.pForward);
        QCOMPARE(e.pBackward, x.pBackward);
    }
}

QStringList organisations(const Model &m)
{
    QStringList names;
    for (const Node &n : m.nodes())
        if (!n.organization.isEmpty() && !names.contains(n.organization))
            names.append(n.organization);
    return names;
}

int countKind(const Model &m, const char *kind)
{
    return int(std::count_if(m.nodes().begin(), m.nodes().end(),
        [kind](const Node &n) { return n.kind == QLatin1String(kind); }));
}

// A failure whose message contains every one of `parts`.
void expectError(const ReadResult &r, std::initializer_list<const char *> parts)
{
    QVERIFY2(!r.ok(), "the file was read");
    for (const char *part : parts)
        QVERIFY2(r.error.contains(QString::fromUtf8(part)), qPrintable(r.error));
}

QByteArray deepJson()
{
    return QByteArray(300, '[') + QByteArray(300, ']');
}

QByteArray deepYaml(const QByteArray &first)
{
    QByteArray yaml = first + "\nx:\n";
    for (int i = 0; i < 300; ++i)
        yaml += QByteArray(2 * (i + 1), ' ') + "k" + QByteArray::number(i) + ":\n";
    return yaml;
}

// Ten levels of nine aliases each stand for 9^10 scalars.
QByteArray aliasBomb(const QByteArray &first, const QByteArray &use)
{
    QByteArray yaml = first + "\nl0: &l0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        const QByteArray prev = "*l" + QByteArray::number(i - 1);
        yaml += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [" + prev;
        for (int j = 1; j < 9; ++j)
            yaml += ", " + prev;
        yaml += "]\n";
    }
    return yaml + use + "\n";
}

} // namespace

class Testthreatmodels : public QObject {
    Q_OBJECT

private slots:
    void threagileSmall();
    void threagileCorpus();
    void threagileErrors();
    void threatDragonSmall();
    void threatDragonCorpus_data();
    void threatDragonCorpus();
    void threatDragonErrors();
    void otmSmallYaml();
    void otmCorpus();
    void otmErrors();
    void aliasBombs();
};

void Testthreatmodels::threagileSmall()
{
    const ReadResult r = readFile(&readThreagile, testFile("small.threagile.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Model &m = *r.model;
    QCOMPARE(r.report.format, QStringLiteral("Threagile 1.0.0 YAML"));
    QCOMPARE(m.name, QStringLiteral("Small Shop"));
    compareNodes(m,
        {
            node("frontend", "Shop Frontend", "internal_service", "Shop Network",
                { "process", "technology:web-server", "trust-boundary:shop-net", "runtime:k8s",
                    "nginx" },
                "The web shop\nOwner: Shop Ltd"),
            node("orders-db", "Orders Database", "internal_service", "Database Zone",
                { "datastore", "technology:database", "trust-boundary:db-zone",
                    "trust-boundary:shop-net", "runtime:k8s" }),
            node("browser", "Customer Browser", "other", "",
                { "external-entity", "technology:browser", "internet", "out-of-scope" },
                "Out of scope: Owned by customers"),
            node("idp", "Auth Service", "identity_provider", "",
                { "process", "technology:identity-provider", "internet" }),
            node("stripe", "stripe", "other", "", { "placeholder" },
                "Stands for \"stripe\", which technical_assets.Shop Frontend.communication_links."
                "Payment Call.target (line 50, column 17) names but does not define."),
        });
    // Integrity important (3), availability critical (4): the higher.
    QCOMPARE(m.nodes()[0].criticality, 4);
    QCOMPARE(m.nodes()[1].criticality, 3);

    // Owners: stored by orders-db; api-keys only processed by frontend.
    // Order Logs takes quantity and confidentiality of its own over those
    // merged from Customer Profiles.
    const QVector<DataAsset> data = {
        asset("profiles", "Customer Profiles", "orders-db", "customer_pii", 10'000, 4, true),
        asset("order-logs", "Order Logs", "orders-db", "telemetry", 1'000'000, 2, false),
        asset("api-keys", "API Keys", "frontend", "credentials", 10, 5, false),
    };
    QCOMPARE(m.data(), data);

    compareEdges(m,
        {
            edge("e1", "frontend", "orders-db", "api_call", { "profiles" },
                "Order API (jdbc-encrypted)", 0.10, 0.02),
            edge("e2", "frontend", "stripe", "api_call", { "api-keys" }, "Payment Call (https)",
                0.10, 0.02),
            edge("e3", "browser", "frontend", "api_call", {}, "Shop Traffic (https)", 0.10, 0.02),
            edge("e4", "orders-db", "frontend", "data_export", { "order-logs" },
                "Order API (jdbc-encrypted), received", 0.05, 0.0),
            edge("e5", "frontend", "browser", "data_export", { "profiles" },
                "Shop Traffic (https), received", 0.05, 0.0),
        });

    QCOMPARE(r.warnings,
        list({
            "colour (line 106, column 1): unknown key, ignored",
            "technical_assets.Shop Frontend.data_assets_processed (line 37, column 7): unknown "
            "data asset \"unknown-data\", ignored",
            "trust_boundaries.Database Zone.technical_assets_inside (line 88, column 3): unknown "
            "technical asset \"ghost\", ignored",
            "technical_assets.Shop Frontend.communication_links.Payment Call.target (line 50, "
            "column 17): unknown reference \"stripe\"; a placeholder node stands for it",
        }));
    QCOMPARE(r.report.ignored,
        list({
            "risk_tracking (line 102, column 1): 1 entry; risks, questions and requirements are "
            "not architecture, ignored",
            "data_assets.Orphan Data (line 18, column 3): no technical asset stores, processes, "
            "sends or receives data asset \"orphan\"; without an owner it is ignored",
        }));
    QCOMPARE(r.report.placeholders, list({ "stripe" }));
}

void Testthreatmodels::threagileCorpus()
{
    // Counted in the files: 14 technical assets (4 of them external
    // entities), 12 data assets, 20 communication links, 5 trust boundaries
    // each holding assets; of the 20 links 17 receive data, and their 15
    // distinct (target, source) pairs have no link of their own.
    const ReadResult example
        = readFile(&readThreagile, corpusFile("threagile/threagile-example.yaml"));
    QVERIFY2(example.ok(), qPrintable(example.error));
    QCOMPARE(example.model->name, QStringLiteral("Some Example Application"));
    QCOMPARE(example.model->nodes().size(), 14);
    QCOMPARE(countKind(*example.model, "other"), 4);
    QCOMPARE(countKind(*example.model, "internal_service"), 10);
    QCOMPARE(example.model->data().size(), 12);
    QCOMPARE(example.model->edges().size(), 20 + 15);
    QCOMPARE(organisations(*example.model).size(), 5);
    QVERIFY(example.report.placeholders.isEmpty());
    // "Customer Contract Summaries" merges "Customer Contracts" (<<:) and
    // overrides quantity very-few and confidentiality restricted.
    const DataAsset *summaries = example.model->dataAsset(QStringLiteral("contract-summaries"));
    QVERIFY(summaries);
    QCOMPARE(summaries->records, 10);
    QCOMPARE(summaries->sensitivity, 3);
    QCOMPARE(summaries->owner, QStringLiteral("contract-file-server"));
    // 5 top-level sections of risks, questions and requirements.
    QCOMPARE(example.report.ignored.size(), 5);

    const ReadResult stub = readFile(&readThreagile, corpusFile("threagile/threagile-stub.yaml"));
    QVERIFY2(stub.ok(), qPrintable(stub.error));
    QCOMPARE(stub.model->nodes().size(), 2);
    QCOMPARE(stub.model->data().size(), 1);
    QCOMPARE(stub.model->edges().size(), 1);
    QCOMPARE(stub.model->nodes()[0].organization, QStringLiteral("Some Trust Boundary"));
}

void Testthreatmodels::threagileErrors()
{
    const QString f = QStringLiteral("t.yaml");
    expectError(
        readThreagile("threagile_version: 1.0.0\ntechnical_assets:\n  A:\n    id: [a, b\n", f),
        { "line ", "column " });
    expectError(readThreagile("threagile_version: 1.0.0\ntechnical_assets:\n  - a\n  - b\n", f),
        { "technical_assets (line 3, column 3): must be a mapping" });
    expectError(
        readThreagile("threagile_version: 1.0.0\ntechnical_assets:\n  A:\n    id: a\n    internet: "
                      "maybe\n",
            f),
        { "technical_assets.A.internet (line 5, column 15): must be true or false" });
    expectError(
        readThreagile("threagile_version: 1.0.0\ntechnical_assets:\n  A:\n    type: process\n", f),
        { "technical_assets.A.id (line 3, column 3): required" });
    expectError(readThreagile(fileBytes(corpusFile("otm/otm-example.json")), f),
        { "threagile_version: required; this is not a Threagile model" });
    expectError(readThreagile("- just\n- a list\n", f), { "not a Threagile model" });
    expectError(readThreagile(deepYaml("threagile_version: 1.0.0"), f), { "nested more than 256" });
    expectError(
        readThreagile("threagile_version: 1.0.0\ntitle: " + QByteArray(2 << 20, 'x') + "\n", f),
        { "line 2, column 1", "longer than 1 MB" });
}

void Testthreatmodels::threatDragonSmall()
{
    const ReadResult r = readFile(&readThreatDragon, testFile("small.threatdragon.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Model &m = *r.model;
    QCOMPARE(r.report.format, QStringLiteral("OWASP Threat Dragon 2.2.0 JSON"));
    QCOMPARE(m.name, QStringLiteral("Payments Service"));
    // Flow f1 (Customer's centre (-250, 80) to the API's (100, 100)) crosses
    // boundary b1 at x = -100; the ledger lies in both boxes and takes the
    // smaller, unnamed one.
    compareNodes(m,
        {
            node("user", "Customer", "other", "",
                { "actor", "provides-authentication", "crosses-trust-boundary",
                    "trust-boundary:Internet edge" },
                "Buys things"),
            node("api", "Payment API", "internal_service", "Cloud VPC",
                { "process", "web-application", "crosses-trust-boundary",
                    "trust-boundary:Internet edge" },
                "Privilege level: root\nThreats (2):\n- Spoofing [Open, High]\n- Tampering "
                "[Mitigated, Low]"),
            node("db", "Ledger", "internal_service", "Trust boundary",
                { "store", "out-of-scope", "stores-credentials", "encrypted" },
                "Out of scope: Managed"),
            node("gone", "gone", "other", "", { "placeholder" },
                "Stands for \"gone\", which detail.diagrams[0].cells[7].target names but does not "
                "define."),
            node("f4/source", "Source of a data flow", "other", "", { "placeholder", "unattached" },
                "Stands for \"f4/source\", which detail.diagrams[0].cells[8].source names but does "
                "not define."),
        });
    QCOMPARE(m.nodes()[0].pos, std::optional<QPointF>(QPointF(-250, 80)));
    QCOMPARE(m.nodes()[2].pos, std::optional<QPointF>(QPointF(300, 80)));
    QVERIFY(m.data().isEmpty());
    compareEdges(m,
        {
            edge("f1", "user", "api", "api_call", {}, "Pay (HTTPS, encrypted, public network)",
                0.10, 0.02),
            edge("f2", "api", "db", "api_call", {}, "Write (SQL)", 0.10, 0.02),
            edge("f2-back", "db", "api", "api_call", {}, "Write (SQL)", 0.10, 0.02),
            edge("f3", "api", "gone", "other", {}, "Notify", 0.05, 0.05),
            edge("f4", "f4/source", "db", "other", {}, "", 0.05, 0.05),
        });
    QCOMPARE(r.warnings,
        list({
            "detail.diagrams[0].cells[12]: unknown cell type \"tm.Cloud\", ignored",
            "detail.diagrams[0].cells[7].target: unknown reference \"gone\"; a placeholder node "
            "stands for it",
            "detail.diagrams[0].cells[8].source: unknown reference \"f4/source\"; a placeholder "
            "node stands for it",
        }));
    QCOMPARE(r.report.ignored,
        list({
            "detail.diagrams[0].cells[5]: 1 threat on a data flow; edges keep no threats, ignored",
            "detail.diagrams[0].cells[10]: a trust boundary line that no data flow crosses, "
            "ignored",
            "detail.diagrams[0].cells[11]: a text annotation, ignored",
        }));
    QCOMPARE(r.report.placeholders, list({ "gone", "f4/source" }));
}

void Testthreatmodels::threatDragonCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<int>("placeholders");
    QTest::addColumn<int>("inOrganisation");
    // Counted in the files: actors, processes and stores; flows (plus one
    // per bidirectional flow); flows with a loose end; elements inside a
    // boundary box.
    QTest::newRow("v1 demo") << "threat-dragon/demo-threat-model.json"
                             << "OWASP Threat Dragon 1.x JSON" << 7 << 10 << 0 << 0;
    QTest::newRow("v2 demo") << "threat-dragon/v2-threat-model.json"
                             << "OWASP Threat Dragon 2.3.0 JSON" << 8 << 10 << 1 << 0;
    QTest::newRow("generic CMS") << "threat-dragon/generic-cms.json"
                                 << "OWASP Threat Dragon 2.3.0 JSON" << 5 << 6 << 0 << 2;
}

void Testthreatmodels::threatDragonCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(int, placeholders);
    QFETCH(int, inOrganisation);
    const ReadResult r = readFile(&readThreatDragon, corpusFile(qPrintable(file)));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.report.format, format);
    QCOMPARE(r.model->nodes().size(), nodes);
    QCOMPARE(r.model->edges().size(), edges);
    QCOMPARE(r.report.placeholders.size(), placeholders);
    QCOMPARE(int(std::count_if(r.model->nodes().begin(), r.model->nodes().end(),
                 [](const Node &n) { return !n.organization.isEmpty(); })),
        inOrganisation);
    // Both demo models: the Database store has two threats and is a log.
    if (const Node *db = r.model->node(QStringLiteral("936557f9-22e2-4bac-bb70-0089c5c2fbe1"))) {
        QCOMPARE(db->name, QStringLiteral("Database"));
        QVERIFY(db->tags.contains(QStringLiteral("log")));
        QVERIFY(db->notes.startsWith(QStringLiteral("Threats (2):")));
    }
}

void Testthreatmodels::threatDragonErrors()
{
    const QString f = QStringLiteral("td.json");
    expectError(readThreatDragon("{\"detail\": {\"diagrams\": [", f), { "line 1, column " });
    expectError(readThreatDragon("{\"detail\": {\"diagrams\": {}}}", f),
        { "detail.diagrams: must be an array" });
    expectError(
        readThreatDragon("{\"detail\": {\"diagrams\": [{\"cells\": [{\"data\": \"x\"}]}]}}", f),
        { "detail.diagrams[0].cells[0].data: must be an object" });
    expectError(readThreatDragon(
                    "{\"detail\": {\"diagrams\": [{\"cells\": [{\"shape\": \"actor\", \"data\": "
                    "{\"name\": 3}}]}]}}",
                    f),
        { "detail.diagrams[0].cells[0].data.name: must be a string" });
    expectError(
        readThreatDragon("{\"detail\": {\"diagrams\": [{\"diagramJson\": {\"cells\": [{\"type\": "
                         "\"tm.Actor\", \"position\": {\"x\": \"1\"}}]}}]}}",
            f),
        { "detail.diagrams[0].diagramJson.cells[0].position.x: must be a number" });
    expectError(readThreatDragon(fileBytes(corpusFile("otm/otm-example.json")), f),
        { "detail: required; this is not a Threat Dragon model" });
    expectError(readThreatDragon("[1, 2]", f), { "not a Threat Dragon model" });
    expectError(readThreatDragon(deepJson(), f), { "nested more than 256" });
    expectError(
        readThreatDragon("{\"summary\": {\"title\": \"" + QByteArray(2 << 20, 'x') + "\"}}", f),
        { "line 1, column 23", "longer than 1 MB" });
}

void Testthreatmodels::otmSmallYaml()
{
    const ReadResult r = readFile(&readOtm, testFile("small.otm.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Model &m = *r.model;
    QCOMPARE(r.report.format, QStringLiteral("Open Threat Model 0.2.0 YAML"));
    QCOMPARE(m.name, QStringLiteral("Chat Bot"));
    compareNodes(m,
        {
            node("user", "End User", "other", "Internet", { "web-client", "trust:10" }),
            node("bot", "Bot Service", "internal_service", "Private Cloud",
                { "web-service", "trust:90", "python", "https" }),
            node("bot-db", "History Store", "internal_service", "Private Cloud",
                { "database", "trust:90", "part-of:bot" }),
            node("llm", "OpenAI API", "model_provider", "Internet", { "llm-api", "trust:10" }),
            node("vault", "vault", "other", "", { "placeholder" },
                "Stands for \"vault\", which dataflows[2].destination names but does not define."),
        });
    // Confidentiality 60 → 1 + round(2.4) = 3; 100 → 5.
    const QVector<DataAsset> data = {
        asset("prompts", "User Prompts", "bot", "prompts", 0, 3, false),
        asset("history", "Chat History", "bot", "other", 0, 5, false),
    };
    QCOMPARE(m.data(), data);
    compareEdges(m,
        {
            edge("ask", "user", "bot", "api_call", { "prompts" }, "Ask", 0.10, 0.02),
            edge("complete", "bot", "llm", "other", { "prompts" }, "Completion", 0.05, 0.05),
            edge("complete-back", "llm", "bot", "other", { "prompts" }, "Completion", 0.05, 0.05),
            edge("save", "bot", "vault", "other", {}, "Save", 0.05, 0.05),
        });
    QCOMPARE(r.warnings,
        list({
            "dataflows[2].destination: unknown reference \"vault\"; a placeholder node stands for "
            "it",
            "dataflows[1].assets: unknown asset \"nothing\", ignored",
        }));
    QCOMPARE(r.report.ignored,
        list({
            "threats: 1 entry; diagrams, threats and mitigations are not architecture, ignored",
            "components[1].threats: 1 threat; Weaklink models no threats, ignored",
            "assets[2]: no component stores, processes or sends asset \"unused\"; without an "
            "owner it is ignored",
        }));
    QCOMPARE(r.report.placeholders, list({ "vault" }));
}

void Testthreatmodels::otmCorpus()
{
    // Counted in the file: 4 components in 2 trust zones (Web Client in
    // Internet, trust 20), 2 assets (both processed by web-service), 2
    // dataflows, both bidirectional; 2 representations, 1 threat, 2
    // mitigations and 2 elements with threats.
    const ReadResult r = readFile(&readOtm, corpusFile("otm/otm-example.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Model &m = *r.model;
    QCOMPARE(r.report.format, QStringLiteral("Open Threat Model 0.2.0 JSON"));
    QCOMPARE(m.name, QStringLiteral("Test project"));
    QCOMPARE(m.nodes().size(), 4);
    QCOMPARE(organisations(m), list({ "Internet", "Private" }));
    QCOMPARE(m.nodes()[0].kind, QStringLiteral("other"));
    QCOMPARE(m.nodes()[0].tags, list({ "web-client", "trust:20", "external" }));
    QCOMPARE(m.data().size(), 2);
    // cc-data: confidentiality 100 → 5; public-info: 0 → 1; public-info is
    // stored by web-service, cc-data only processed by it.
    QCOMPARE(m.data()[0].sensitivity, 5);
    QCOMPARE(m.data()[0].category, QStringLiteral("financial"));
    QCOMPARE(m.data()[1].sensitivity, 1);
    QCOMPARE(m.data()[0].owner, QStringLiteral("web-service"));
    QCOMPARE(m.edges().size(), 4);
    QCOMPARE(m.edges()[2].data, list({ "cc-data" }));
    QCOMPARE(r.report.ignored.size(), 5);
}

void Testthreatmodels::otmErrors()
{
    const QString f = QStringLiteral("x.otm");
    expectError(readOtm("{\"otmVersion\": \"0.2.0\", \"components\": {}}", f),
        { "components: must be an array" });
    expectError(
        readOtm("{\"otmVersion\": \"0.2.0\", \"components\": [{\"id\": \"a\", \"parent\": 1}]}", f),
        { "components[0].parent: must be an object" });
    expectError(readOtm("otmVersion: 0.2.0\ndataflows:\n  - id: x\n    source: [a]\n", f),
        { "dataflows[0].source: must be a string" });
    expectError(
        readOtm("{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": ", f), { "line 1, column " });
    expectError(readOtm("otmVersion: 0.2.0\ncomponents: [a, b\n", f), { "line ", "column " });
    expectError(readOtm(fileBytes(corpusFile("threat-dragon/v2-threat-model.json")), f),
        { "otmVersion: required; this is not an Open Threat Model file" });
    expectError(readOtm(fileBytes(corpusFile("threagile/threagile-stub.yaml")), f),
        { "otmVersion: required" });
    expectError(readOtm(deepJson(), f), { "nested more than 256" });
    expectError(readOtm(deepYaml("otmVersion: 0.2.0"), f), { "nested more than 256" });
    expectError(
        readOtm("otmVersion: \"" + QByteArray(2 << 20, 'x') + "\"\n", f), { "longer than 1 MB" });
}

void Testthreatmodels::aliasBombs()
{
    QElapsedTimer timer;
    timer.start();
    // OTM YAML is converted value by value: the conversion stops at the
    // limit instead of expanding 9^10 values.
    expectError(readOtm(aliasBomb("otmVersion: 0.2.0", "components: *l9"), QStringLiteral("b.otm")),
        { "more than 1000000 values" });
    // Threagile reads lists of ids: a list of lists is a type error.
    expectError(readThreagile(aliasBomb("threagile_version: 1.0.0",
                                  "technical_assets:\n  A:\n    id: a\n    tags: *l9"),
                    QStringLiteral("b.yaml")),
        { "technical_assets.A.tags", "must be a list of single values" });
    // An alias that contains itself nests without end.
    expectError(readOtm("otmVersion: 0.2.0\ncomponents: &c [*c]\n", QStringLiteral("c.otm")),
        { "nested more than 256" });
    QVERIFY2(timer.elapsed() < 60'000, "alias bombs took a minute");
}

QTEST_GUILESS_MAIN(Testthreatmodels)
#include "tst_threatmodels.moc"
