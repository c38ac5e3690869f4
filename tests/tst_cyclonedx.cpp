// The CycloneDX importer (docs/IMPORT.md, "CycloneDX"): a hand-checked BOM
// with every element worked out by hand, the same BOM as XML, the shared
// corpus (counts checked independently with python3), schema validation with
// its paths, the limits, and collapsing large SBOMs.
#include "interchange/readers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wl;
using namespace Qt::StringLiterals;

class TestCycloneDx : public QObject {
    Q_OBJECT

private slots:
    void schemasAreResources();
    void handChecked();
    void xmlGivesTheSameModel();
    void corpus_data();
    void corpus();
    void corpusInvalidDependency();
    void schemaViolationHasPath();
    void specVersions();
    void longPatternStringIsRefused_data();
    void longPatternStringIsRefused();
    void limits();
    void notCycloneDx();
    void xmlErrors();
    void collapse();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QString handFile(const char *name)
{
    return QStringLiteral(WEAKLINK_TESTS_DIR "/data/import/cyclonedx/") + QLatin1String(name);
}

QString corpusFile(const QString &name)
{
    return QStringLiteral(WEAKLINK_SHARED_DIR "/corpus/cyclonedx/") + name;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A minimal valid BOM of the given version with `extra` merged in.
QJsonObject bom(const QString &version, const QJsonObject &extra = {})
{
    QJsonObject o { { u"bomFormat"_s, u"CycloneDX"_s }, { u"specVersion"_s, version },
        { u"version"_s, 1 } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

struct ExpectedNode {
    const char *id;
    const char *name;
    const char *kind;
    const char *organization;
    QStringList tags;
};

struct ExpectedEdge {
    const char *source;
    const char *target;
    const char *integration;
    QStringList data;
    const char *label;
};

void checkShopModel(const ReadResult &r)
{
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Model &m = *r.model;
    QCOMPARE(m.name, u"Shop 2.0"_s);

    const QStringList service { u"service"_s };
    const ExpectedNode nodes[] = {
        { "Shop", "Shop 2.0", "internal_service", "Acme", {} },
        { "webfw", "webfw 4.1", "open_source_package", "Webfw Foundation", {} },
        { "router", "router 1.2", "open_source_package", "", {} },
        { "jsonlib", "jsonlib 3.0", "open_source_package", "Jane Doe", {} },
        { "recommender", "recommender 7", "model_provider", "ModelCo", {} },
        { "clickstream", "clickstream", "dataset", "", {} },
        { "Kubernetes", "Kubernetes 1.29", "cloud_platform", "", {} },
        { "hsm-firmware", "hsm-firmware", "other", "", {} },
        { "Payments API", "Payments API v2", "other", "PayCo",
            { u"service"_s, u"trust-boundary"_s, u"trust-zone:Internet"_s } },
        { "Ledger", "Ledger", "internal_service", "Acme", service },
        { "Mailer", "Mailer", "internal_service", "Acme", service },
        { "ghost", "ghost", "other", "", { u"placeholder"_s } },
        { "Public reviews", "Public reviews", "dataset", "", {} },
    };
    QCOMPARE(m.nodes().size(), qsizetype(std::size(nodes)));
    for (qsizetype i = 0; i < m.nodes().size(); ++i) {
        const Node &n = m.nodes()[i];
        const ExpectedNode &e = nodes[i];
        QCOMPARE(n.id, QString::fromUtf8(e.id));
        QCOMPARE(n.name, QString::fromUtf8(e.name));
        QCOMPARE(n.kind, QString::fromUtf8(e.kind));
        QCOMPARE(n.organization, QString::fromUtf8(e.organization));
        QCOMPARE(n.tags, e.tags);
    }
    QCOMPARE(m.nodes()[1].notes, u"CycloneDX framework component; bom-ref web"_s);

    const ExpectedEdge edges[] = {
        { "Shop", "webfw", "code_dependency", {}, "" },
        { "Shop", "jsonlib", "code_dependency", {}, "" },
        { "Shop", "recommender", "code_dependency", {}, "" },
        { "Shop", "Payments API", "api_call", { u"PII"_s }, "" },
        { "Shop", "Mailer", "api_call", {}, "" },
        { "Shop", "ghost", "code_dependency", {}, "" },
        { "webfw", "router", "code_dependency", {}, "" },
        { "webfw", "jsonlib", "code_dependency", {}, "" },
        { "recommender", "Kubernetes", "code_dependency", {}, "" },
        { "recommender", "clickstream", "code_dependency", {}, "" },
        { "recommender", "Public reviews", "code_dependency", {}, "" },
        { "Payments API", "Ledger", "api_call", { u"PIFI"_s }, "card data" },
        { "Payments API", "Shop", "api_call", { u"PII"_s }, "" },
        { "Mailer", "Shop", "api_call", { u"PII"_s }, "" },
    };
    QCOMPARE(m.edges().size(), qsizetype(std::size(edges)));
    for (qsizetype i = 0; i < m.edges().size(); ++i) {
        const Edge &a = m.edges()[i];
        const ExpectedEdge &e = edges[i];
        QCOMPARE(a.id, u"e%1"_s.arg(i + 1));
        QCOMPARE(a.source, QString::fromUtf8(e.source));
        QCOMPARE(a.target, QString::fromUtf8(e.target));
        QCOMPARE(a.integration, QString::fromUtf8(e.integration));
        QCOMPARE(a.data, e.data);
        QCOMPARE(a.label, QString::fromUtf8(e.label));
        const auto [forward, backward] = vocab::defaultArcProbabilities(a.integration);
        QCOMPARE(a.pForward, forward);
        QCOMPARE(a.pBackward, backward);
    }

    QCOMPARE(m.data().size(), 3);
    const DataAsset &pifi = m.data()[0];
    QCOMPARE(pifi.id, u"PIFI"_s);
    QCOMPARE(pifi.owner, u"Shop"_s);
    QCOMPARE(pifi.category, u"financial"_s);
    QCOMPARE(pifi.personal, true);
    QCOMPARE(pifi.sensitivity, 4);
    const DataAsset &pii = m.data()[1];
    QCOMPARE(pii.id, u"PII"_s);
    QCOMPARE(pii.owner, u"Shop"_s);
    QCOMPARE(pii.category, u"customer_pii"_s);
    QCOMPARE(pii.personal, true);
    QCOMPARE(pii.sensitivity, 4);
    const DataAsset &audit = m.data()[2];
    QCOMPARE(audit.id, u"Audit log"_s);
    QCOMPARE(audit.category, u"telemetry"_s);
    QCOMPARE(audit.personal, false);
    QCOMPARE(audit.sensitivity, 3);

    QCOMPARE(r.report.placeholders, QStringList { u"ghost"_s });
    QCOMPARE(r.warnings.size(), 3);
}

} // namespace

void TestCycloneDx::schemasAreResources()
{
    // qt_add_resources on the static interchange library: the executables
    // must have the resources registered without Q_INIT_RESOURCE.
    for (const char *name : { "bom-1.2.schema.json", "bom-1.7.schema.json", "spdx.schema.json",
             "jsf-0.82.schema.json", "cryptography-defs.schema.json", "LICENSE" })
        QVERIFY2(QFile::exists(u":/schemas/cyclonedx/"_s + QLatin1String(name)), name);
}

void TestCycloneDx::handChecked()
{
    const ReadResult r = interchange::readCycloneDxJson(
        readAll(handFile("shop-1.6.cdx.json")), u"shop-1.6.cdx.json"_s);
    checkShopModel(r);
    QCOMPARE(r.report.format, u"CycloneDX 1.6 JSON"_s);
    QCOMPARE(r.warnings,
        QStringList({
            u"services[0].services[0].authenticated: the service \"Ledger\" is not authenticated"_s,
            u"dependencies[0].dependsOn[5]: unknown reference \"ghost\"; a placeholder node "
            "stands for it"_s,
            u"services[0].services[0].data[1].flow: flow direction \"unknown\"; the data asset "
            "\"Audit log\" is kept, no flow is drawn"_s,
        }));
    QCOMPARE(
        r.report.ignored, QStringList { u"metadata.tools: tools are not architecture, ignored"_s });
}

void TestCycloneDx::xmlGivesTheSameModel()
{
    const ReadResult x = interchange::readCycloneDxXml(
        readAll(handFile("shop-1.6.cdx.xml")), u"shop-1.6.cdx.xml"_s);
    checkShopModel(x);
    QCOMPARE(x.report.format, u"CycloneDX 1.6 XML"_s);
    const ReadResult j = interchange::readCycloneDxJson(
        readAll(handFile("shop-1.6.cdx.json")), u"shop-1.6.cdx.json"_s);
    QVERIFY(j.ok());
    // Equal but for the placeholder's notes, which name the place.
    QCOMPARE(x.model->nodes().size(), j.model->nodes().size());
    for (qsizetype i = 0; i < j.model->nodes().size(); ++i) {
        Node n = x.model->nodes()[i];
        if (n.tags.contains(u"placeholder"_s))
            n.notes = j.model->nodes()[i].notes;
        QCOMPARE(n, j.model->nodes()[i]);
    }
    QCOMPARE(x.model->data(), j.model->data());
    QCOMPARE(x.model->edges(), j.model->edges());
    // XML places are lines and columns.
    QCOMPARE(x.warnings.at(1),
        u"line 104, column 31: unknown reference \"ghost\"; a placeholder node stands for it"_s);
    QCOMPARE(x.report.ignored,
        QStringList {
            u"line 6, column 11: metadata.tools: tools are not architecture, ignored"_s });
}

void TestCycloneDx::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    // Counted with python3 from the files: components (nested too),
    // services, metadata.component and dangling references; edges are the
    // distinct (ref, dependsOn) pairs and provides, before data flows.
    QTest::newRow("laravel 1.2") << u"laravel-7.12.0.cdx-1.2.json"_s << 63 << 113;
    QTest::newRow("laravel 1.4") << u"laravel-7.12.0.cdx-1.4.json"_s << 63 << 113;
    QTest::newRow("dropwizard") << u"dropwizard-1.3.15.cdx-1.2.json"_s << 168 << 170;
    QTest::newRow("juice shop") << u"juice-shop-npm-bare.cdx-1.4.json"_s << 1116 << 1775;
    QTest::newRow("cern") << u"cern-lhc-vdm-editor.cdx-1.2.json"_s << 44 << 0;
    QTest::newRow("cbom provides") << u"cbom-example-with-dependencies.cdx-1.6.json"_s << 4 << 3;
    QTest::newRow("hbom") << u"hbom-pcie-sata-adapter-board.cdx-1.4.json"_s << 7 << 0;
    QTest::newRow("granite 1.7") << u"sbomutil-mlbom-granite-4.1-30b-base.cdx-1.7.json"_s << 30
                                 << 0;
    QTest::newRow("component types") << u"spec-valid-component-types-1.6.json"_s << 9 << 0;
    QTest::newRow("component data") << u"spec-valid-component-data-1.6.json"_s << 1 << 0;
    QTest::newRow("dependency") << u"spec-valid-dependency-1.6.json"_s << 3 << 1;
    // One model plus its model card's inline dataset, and the edge to it.
    QTest::newRow("machine learning") << u"spec-valid-machine-learning-1.6.json"_s << 2 << 1;
    // Services: 6 + metadata.component, plus the endpoint https://0.0.0.0.
    QTest::newRow("saasbom 1.5") << u"spec-valid-saasbom-1.5.json"_s << 8 << -1;
    QTest::newRow("saasbom 1.4") << u"saasbom-apigateway-microservices-datastores.cdx-1.4.json"_s
                                 << 7 << -1;
    QTest::newRow("nested services") << u"pylib-nested-services.cdx-1.6.json"_s << 7 << -1;
    QTest::newRow("services complex") << u"pylib-services-complex.cdx-1.5.json"_s << 3 << -1;
    QTest::newRow("service 1.2") << u"spec-valid-service-1.2.json"_s << 2 << 1;
}

void TestCycloneDx::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    interchange::ImportOptions off;
    off.collapseComponents = interchange::ImportOptions::Collapse::Off;
    const ReadResult r = interchange::readCycloneDxJson(readAll(corpusFile(file)), file, off);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.model->nodes().size(), nodes);
    if (edges >= 0)
        QCOMPARE(r.model->edges().size(), edges);
    QVERIFY(r.report.format.startsWith(u"CycloneDX 1."_s));
    QVERIFY(r.report.placeholders.isEmpty());
}

void TestCycloneDx::corpusInvalidDependency()
{
    const ReadResult r = interchange::readCycloneDxJson(
        readAll(corpusFile(u"spec-invalid-dependency-1.6.json"_s)), u"x.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        u"dependencies[0]: does not conform to the CycloneDX 1.6 schema: Missing required "
        "property 'ref'."_s);
    QCOMPARE(r.message(), u"x.json: "_s + r.error);
}

void TestCycloneDx::schemaViolationHasPath()
{
    const QJsonObject component { { u"type"_s, u"no-such-type"_s }, { u"name"_s, u"x"_s } };
    const ReadResult r = interchange::readCycloneDxJson(
        json(bom(u"1.5"_s,
            { { u"components"_s,
                QJsonArray { QJsonObject { { u"type"_s, u"library"_s }, { u"name"_s, u"a"_s } },
                    component } } })),
        u"x.json"_s);
    QVERIFY(!r.ok());
    QVERIFY2(
        r.error.startsWith(u"components[1].type: does not conform to the CycloneDX 1.5 schema"_s),
        qPrintable(r.error));

    // An SPDX id outside the list (the large enum Weaklink checks itself).
    const QJsonObject licensed { { u"type"_s, u"library"_s }, { u"name"_s, u"a"_s },
        { u"licenses"_s,
            QJsonArray { QJsonObject {
                { u"license"_s, QJsonObject { { u"id"_s, u"Not-A-Licence"_s } } } } } } };
    const ReadResult spdx = interchange::readCycloneDxJson(
        json(bom(u"1.4"_s, { { u"components"_s, QJsonArray { licensed } } })), u"x.json"_s);
    QVERIFY(!spdx.ok());
    QVERIFY2(spdx.error.startsWith(u"components[0].licenses[0].license.id: does not conform to "
                                   "the CycloneDX 1.4 schema: \"Not-A-Licence\""_s),
        qPrintable(spdx.error));

    // Repeated items where the schema asks for unique ones.
    const QJsonObject a { { u"type"_s, u"library"_s }, { u"name"_s, u"a"_s } };
    const ReadResult twice = interchange::readCycloneDxJson(
        json(bom(u"1.6"_s, { { u"components"_s, QJsonArray { a, a } } })), u"x.json"_s);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error,
        u"components[1]: does not conform to the CycloneDX 1.6 schema: the items must be "
        "unique, and this one repeats item [0]"_s);
}

void TestCycloneDx::specVersions()
{
    // The 1.7 corpus file validates against 1.7 without a version warning.
    const ReadResult v17 = interchange::readCycloneDxJson(
        readAll(corpusFile(u"sbomutil-mlbom-granite-4.1-30b-base.cdx-1.7.json"_s)), u"g.json"_s);
    QVERIFY2(v17.ok(), qPrintable(v17.error));
    QCOMPARE(v17.report.format, u"CycloneDX 1.7 JSON"_s);
    QVERIFY(v17.warnings.isEmpty());

    const ReadResult newer = interchange::readCycloneDxJson(json(bom(u"1.9"_s)), u"n.json"_s);
    QVERIFY2(newer.ok(), qPrintable(newer.error));
    QCOMPARE(newer.warnings,
        QStringList { u"specVersion: CycloneDX 1.9 is not a version Weaklink knows; the file "
                      "was validated against the schema of 1.7, the newest"_s });
    QCOMPARE(newer.model->name, u"n"_s);

    QJsonObject missing = bom(u"1.5"_s);
    missing.remove(u"specVersion"_s);
    const ReadResult noVersion = interchange::readCycloneDxJson(json(missing), u"m.json"_s);
    QVERIFY(!noVersion.ok());
    QVERIFY2(noVersion.error.startsWith(u"specVersion: missing"_s), qPrintable(noVersion.error));

    const ReadResult bad = interchange::readCycloneDxJson(json(bom(u"one"_s)), u"b.json"_s);
    QCOMPARE(bad.error, u"specVersion: must be a CycloneDX version such as \"1.6\""_s);
    QJsonObject number = bom(u"1.5"_s);
    number.insert(u"specVersion"_s, 1.5);
    QCOMPARE(interchange::readCycloneDxJson(json(number), u"b.json"_s).error, bad.error);
}

void TestCycloneDx::longPatternStringIsRefused_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("just over 4 KB") << 4097;
    // std::regex in valijson 1.0 would overflow the stack on this one.
    QTest::newRow("60,000") << 60000;
}

void TestCycloneDx::longPatternStringIsRefused()
{
    QFETCH(int, length);
    const QString serial = u"urn:uuid:"_s + QString(length, u'a');
    const ReadResult r = interchange::readCycloneDxJson(
        json(bom(u"1.5"_s, { { u"serialNumber"_s, serial } })), u"x.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        u"serialNumber: a string of more than 4096 bytes in a field the schema checks by a "
        "pattern; Weaklink refuses it before validating"_s);
    // The same length in a free-text field is fine.
    const QJsonObject c { { u"type"_s, u"library"_s }, { u"name"_s, u"a"_s },
        { u"description"_s, QString(length, u'a') } };
    const ReadResult free = interchange::readCycloneDxJson(
        json(bom(u"1.5"_s, { { u"components"_s, QJsonArray { c } } })), u"x.json"_s);
    QVERIFY2(free.ok(), qPrintable(free.error));
}

void TestCycloneDx::limits()
{
    QByteArray deep = R"({"bomFormat":"CycloneDX","specVersion":"1.5","x":)";
    deep += QByteArray(300, '[') + QByteArray(300, ']') + '}';
    const ReadResult tooDeep = interchange::readCycloneDxJson(deep, u"d.json"_s);
    QCOMPARE(tooDeep.error,
        u"line 1, column 305: nested more than 256 levels deep; Weaklink reads at most 256"_s);

    QByteArray longString = R"({"bomFormat":"CycloneDX","specVersion":"1.5","x":")";
    longString += QByteArray(2 << 20, 'a') + "\"}";
    const ReadResult tooLong = interchange::readCycloneDxJson(longString, u"l.json"_s);
    QCOMPARE(tooLong.error,
        u"line 1, column 50: a string longer than 1 MB; Weaklink reads strings up to 1 MB"_s);

    QByteArray deepXml = R"(<bom xmlns="http://cyclonedx.org/schema/bom/1.5">)";
    for (int i = 0; i < 300; ++i)
        deepXml += "<components>";
    const ReadResult xmlDeep = interchange::readCycloneDxXml(deepXml, u"d.xml"_s);
    QVERIFY2(xmlDeep.error.endsWith(u": nested more than 256 levels deep; Weaklink reads at "
                                    "most 256"_s),
        qPrintable(xmlDeep.error));
    QVERIFY(xmlDeep.error.startsWith(u"line 1, column "_s));

    QByteArray longXml = R"(<bom xmlns="http://cyclonedx.org/schema/bom/1.5"><components>)"
                         R"(<component type="library"><name>)";
    longXml += QByteArray(2 << 20, 'a') + "</name></component></components></bom>";
    const ReadResult xmlLong = interchange::readCycloneDxXml(longXml, u"l.xml"_s);
    QVERIFY2(
        xmlLong.error.endsWith(u": a string longer than 1 MB; Weaklink reads strings up to 1 MB"_s),
        qPrintable(xmlLong.error));
}

void TestCycloneDx::notCycloneDx()
{
    const QByteArray shop = readAll(handFile("shop-1.6.cdx.json"));
    const ReadResult truncated
        = interchange::readCycloneDxJson(shop.left(shop.size() / 2), u"t.json"_s);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.error.contains(u": not valid JSON: "_s), qPrintable(truncated.error));
    QVERIFY(truncated.error.startsWith(u"line "_s));

    const ReadResult model = interchange::readCycloneDxJson(
        R"({"format": "weaklink-model", "version": 1, "nodes": []})", u"m.json"_s);
    QCOMPARE(model.error,
        u"bomFormat: missing; not a CycloneDX BOM (which has \"bomFormat\": \"CycloneDX\")"_s);
    const ReadResult array = interchange::readCycloneDxJson("[]", u"a.json"_s);
    QCOMPARE(array.error, u"not a CycloneDX BOM: the top level is not a JSON object"_s);
    const ReadResult spdx = interchange::readCycloneDxJson(
        R"({"bomFormat": "SPDX", "specVersion": "1.5"})", u"s.json"_s);
    QCOMPARE(spdx.error, u"bomFormat: must be \"CycloneDX\"; not a CycloneDX BOM"_s);
}

void TestCycloneDx::xmlErrors()
{
    const ReadResult doctype = interchange::readCycloneDxXml(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY x \"y\">]>\n"
        "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\">&x;</bom>",
        u"d.xml"_s);
    QVERIFY(!doctype.ok());
    QVERIFY2(doctype.error.startsWith(u"line 2, column "_s), qPrintable(doctype.error));
    QVERIFY(doctype.error.contains(u"document type declaration (DOCTYPE)"_s));

    const ReadResult other
        = interchange::readCycloneDxXml("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", u"o.xml"_s);
    QVERIFY2(other.error.startsWith(u"line 1, column 41: not a CycloneDX BOM"_s),
        qPrintable(other.error));

    const QByteArray shop = readAll(handFile("shop-1.6.cdx.xml"));
    const ReadResult truncated = interchange::readCycloneDxXml(shop.left(2000), u"t.xml"_s);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.error.contains(u": not well-formed XML: "_s), qPrintable(truncated.error));
}

void TestCycloneDx::collapse()
{
    // 10 parents the app depends on, each depending on 59 leaves of its own;
    // parent 1 also on parent 0's first leaf; two leaves nobody depends on;
    // a service. 602 components.
    QJsonArray components;
    QJsonArray dependencies;
    QJsonArray appDeps;
    const auto library = [](const QString &ref) {
        return QJsonObject { { u"type"_s, u"library"_s }, { u"bom-ref"_s, ref },
            { u"name"_s, ref } };
    };
    for (int p = 0; p < 10; ++p) {
        const QString parent = u"p%1"_s.arg(p);
        components.append(library(parent));
        appDeps.append(parent);
        QJsonArray deps;
        for (int l = 0; l < 59; ++l) {
            const QString leaf = u"l%1"_s.arg(p * 59 + l);
            components.append(library(leaf));
            deps.append(leaf);
        }
        if (p == 1)
            deps.append(u"l0"_s);
        dependencies.append(QJsonObject { { u"ref"_s, parent }, { u"dependsOn"_s, deps } });
    }
    components.append(library(u"x"_s));
    components.append(library(u"y"_s));
    appDeps.append(u"api"_s);
    dependencies.append(QJsonObject { { u"ref"_s, u"app"_s }, { u"dependsOn"_s, appDeps } });
    const QJsonObject metadata { { u"component"_s,
        QJsonObject { { u"type"_s, u"application"_s }, { u"bom-ref"_s, u"app"_s },
            { u"name"_s, u"app"_s } } } };
    const QJsonArray services { QJsonObject {
        { u"bom-ref"_s, u"api"_s }, { u"name"_s, u"api"_s } } };
    const QByteArray file = json(bom(u"1.5"_s,
        { { u"metadata"_s, metadata }, { u"components"_s, components }, { u"services"_s, services },
            { u"dependencies"_s, dependencies } }));

    interchange::ImportOptions off;
    off.collapseComponents = interchange::ImportOptions::Collapse::Off;
    const ReadResult all = interchange::readCycloneDxJson(file, u"big.json"_s, off);
    QVERIFY2(all.ok(), qPrintable(all.error));
    // app + 602 components + api; app → 10 parents + api, 590 + 1 leaf edges.
    QCOMPARE(all.model->nodes().size(), 604);
    QCOMPARE(all.model->edges().size(), 602);

    // Auto: 602 components are more than 500.
    const ReadResult grouped = interchange::readCycloneDxJson(file, u"big.json"_s);
    QVERIFY2(grouped.ok(), qPrintable(grouped.error));
    const Model &m = *grouped.model;
    // app, 10 parents with a group each, the group of x and y, api.
    QCOMPARE(m.nodes().size(), 23);
    // app → 10 parents + api, each parent → its group, p1 → p0's group.
    QCOMPARE(m.edges().size(), 22);
    const Node *group0 = m.node(u"l0 + 58 packages"_s);
    QVERIFY(group0);
    QCOMPARE(group0->tags, QStringList { u"collapsed"_s });
    QCOMPARE(group0->kind, u"open_source_package"_s);
    QVERIFY2(group0->notes.startsWith(u"59 leaf packages under p0, collapsed: l0, l1, "_s),
        qPrintable(group0->notes));
    QVERIFY(group0->notes.endsWith(u", l19 and 39 more"_s));
    QVERIFY(m.node(u"x + 1 packages"_s));
    int intoGroup0 = 0;
    for (const Edge &e : m.edges()) {
        QVERIFY(e.source != e.target);
        intoGroup0 += e.target == group0->id;
    }
    QCOMPARE(intoGroup0, 2); // from p0 and p1, once each
    QCOMPARE(grouped.report.ignored,
        QStringList { u"components: 592 leaf packages (library or framework components that "
                      "depend on nothing) grouped into 11 nodes tagged \"collapsed\"; import "
                      "without collapsing to keep each"_s });

    interchange::ImportOptions on;
    on.collapseComponents = interchange::ImportOptions::Collapse::On;
    const ReadResult small = interchange::readCycloneDxJson(
        readAll(handFile("shop-1.6.cdx.json")), u"shop.json"_s, on);
    QVERIFY2(small.ok(), qPrintable(small.error));
    // Only router (under webfw) and jsonlib (under Shop) are leaves, each
    // alone under its parent: groups of one stay single nodes.
    QCOMPARE(small.model->nodes().size(), 13);
}

QTEST_GUILESS_MAIN(TestCycloneDx)
#include "tst_cyclonedx.moc"
