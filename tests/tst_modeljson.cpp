// Model JSON v1 (FORMAT.md §1): every validation rule with the JSON path it
// reports, unknown-key warnings, defaults, the writer's exact bytes, lossless
// round trips, atomic writes, and how openModelFile recognises files. The
// reader never parses the whole document into a QJsonDocument (issue 16), so
// it is compared here with one that does: the same model, warnings and
// syntax errors.
#include "files/modelfile.h"
#include "io/jsonscanner.h"
#include "io/modeljson.h"
#include "io/printable.h"
#include "io/textposition.h"
#include "storage/storage.h"
#include "testmodels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace wl;
using namespace Qt::StringLiterals;

// Declared before the helpers: moc misreads the backslashes in the raw
// string literals below, and only needs to have seen the class by then.
class TestModelJson : public QObject {
    Q_OBJECT

private slots:
    void rejects_data();
    void rejects();
    void unknownKeysWarn();
    void defaults();
    void defaultArcProbabilities_data();
    void defaultArcProbabilities();
    void explicitValues();
    void writerFormat();
    void emptyModel();
    void contracts();
    void roundTrip_data();
    void roundTrip();
    void largeArraysReadInShares();
    void largeArraysReadInShares_data();
    void largeArraysInSharesFindTheFirstProblem_data();
    void largeArraysInSharesFindTheFirstProblem();
    void largeArraysInSharesCancel();
    void readsSharedExample();
    void writeFile();
    void writeFileFailureLeavesTargetAlone();
    void writeFileReadOnlyDirectory();
    void detectFileKind_data();
    void detectFileKind();
    void openModelFile();
    void openDocumentByContent();
    void openMissingFile();
    void openUnsupportedFile();
    void openFifoNeverBlocks();
    void printable_data();
    void printable();
    void writerEscapesWhatATerminalObeys();
    void readsAsAWholeDocumentParseWould_data();
    void readsAsAWholeDocumentParseWould();
    void syntaxErrors_data();
    void syntaxErrors();
    void syntaxErrorsBeforeContentErrors();
    void mutatedFilesReadAsAWholeDocumentParseWould();
    void topLevelKeysInAnyOrder();
    void repeatedKeysKeepTheLast();
    void jsonViewsAnswerAsQJsonValue();
};

namespace {

// A model document around the given element lists (JSON text without the
// brackets); a null list leaves the key out.
QByteArray doc(const char *nodes, const char *data = nullptr, const char *edges = nullptr)
{
    QByteArray out = R"({"format": "weaklink-model", "version": 1, "nodes": [)";
    out += nodes;
    out += ']';
    if (data) {
        out += R"(, "data": [)";
        out += data;
        out += ']';
    }
    if (edges) {
        out += R"(, "edges": [)";
        out += edges;
        out += ']';
    }
    out += '}';
    return out;
}

// Two nodes and one asset owned by "a", for data and edge rows.
constexpr const char *kTwoNodes = R"({"id": "a"}, {"id": "b"})";
constexpr const char *kOneAsset = R"({"id": "d", "owner": "a"})";

QByteArray edgeDoc(const char *edges)
{
    return doc(kTwoNodes, R"({"id": "d", "owner": "a"}, {"id": "d2", "owner": "b"})", edges);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Two nodes, one asset, two edges, with values that exercise escaping,
// non-ASCII text, a position, the largest records count and number forms.
Model tinyModel()
{
    Model m;
    m.name = u"Tiny \"model\""_s;
    Node api;
    api.id = u"api"_s;
    api.name = u"Public API"_s;
    api.kind = u"internal_service"_s;
    api.organization = u"Acme"_s;
    api.gdprRole = u"controller"_s;
    api.jurisdiction = u"US"_s;
    api.breachLikelihood = 0.03;
    api.controlStrength = 0.6;
    api.criticality = 4;
    api.pos = QPointF(12.5, -40.0);
    api.pinned = true;
    api.tags = QStringList { u"frontend"_s, u"zürich"_s };
    api.notes = u"line\nbreak\ttab\\ \x01 \"q\" 東京"_s;
    m.appendNode(api);
    Node vendor;
    vendor.id = u"vendor"_s;
    vendor.name = u"vendor"_s;
    m.appendNode(vendor);
    DataAsset profiles;
    profiles.id = u"profiles"_s;
    profiles.name = u"Profiles"_s;
    profiles.owner = u"api"_s;
    profiles.category = u"customer_pii"_s;
    profiles.records = 9007199254740992LL;
    profiles.sensitivity = 5;
    profiles.personal = true;
    m.appendDataAsset(profiles);
    Edge sdk;
    sdk.id = u"e0"_s;
    sdk.source = u"api"_s;
    sdk.target = u"vendor"_s;
    sdk.integration = u"sdk_embedded"_s;
    sdk.data = QStringList { u"profiles"_s };
    sdk.pForward = 0.0;
    sdk.pBackward = 0.6;
    sdk.delayHours = 24.0;
    m.appendEdge(sdk);
    Edge back;
    back.id = u"x"_s;
    back.source = u"vendor"_s;
    back.target = u"api"_s;
    back.pForward = 1e-05;
    back.pBackward = 1.0;
    back.delayHours = 0.001;
    back.label = u"é"_s;
    m.appendEdge(back);
    return m;
}

// tinyModel() as the writer must spell it, typed by hand.
const char *const kTinyJson = R"json({
  "format": "weaklink-model",
  "version": 1,
  "name": "Tiny \"model\"",
  "nodes": [
    {
      "id": "api",
      "name": "Public API",
      "kind": "internal_service",
      "organization": "Acme",
      "gdpr_role": "controller",
      "jurisdiction": "US",
      "breach_likelihood": 0.03,
      "control_strength": 0.6,
      "criticality": 4,
      "x": 12.5,
      "y": -40,
      "pinned": true,
      "tags": ["frontend", "zürich"],
      "notes": "line\nbreak\ttab\\ \u0001 \"q\" 東京"
    },
    {
      "id": "vendor",
      "name": "vendor",
      "kind": "other",
      "organization": "",
      "gdpr_role": "none",
      "jurisdiction": "",
      "breach_likelihood": 0,
      "control_strength": 0,
      "criticality": 3,
      "pinned": false,
      "tags": [],
      "notes": ""
    }
  ],
  "data": [
    {
      "id": "profiles",
      "name": "Profiles",
      "owner": "api",
      "category": "customer_pii",
      "records": 9007199254740992,
      "sensitivity": 5,
      "personal": true
    }
  ],
  "edges": [
    {
      "id": "e0",
      "source": "api",
      "target": "vendor",
      "integration": "sdk_embedded",
      "data": ["profiles"],
      "p_forward": 0,
      "p_backward": 0.6,
      "delay_hours": 24,
      "label": ""
    },
    {
      "id": "x",
      "source": "vendor",
      "target": "api",
      "integration": "other",
      "data": [],
      "p_forward": 1e-05,
      "p_backward": 1,
      "delay_hours": 0.001,
      "label": "é"
    }
  ]
}
)json";

// What a parse of the whole document says of a text that is not JSON, in
// the reader's words ("line L, column C: reason"); empty for JSON.
QString documentSyntaxError(const QByteArray &json)
{
    QJsonParseError e;
    QJsonDocument::fromJson(json, &e);
    if (e.error == QJsonParseError::NoError)
        return {};
    return io::lineColumn(json, e.offset) + u": "_s + e.errorString();
}

QStringList keyList(std::span<const QLatin1String> keys)
{
    QStringList out;
    for (const QLatin1String key : keys)
        out.append(key);
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

// The model a valid file describes, read from a QJsonDocument of the whole
// file with the defaults of FORMAT.md and no checks: the reference the
// reader is compared with.
Model documentModel(const QJsonObject &root)
{
    Model m;
    m.name = root.value(u"name"_s).toString();
    for (const QJsonValue &v : root.value(u"nodes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Node n;
        n.id = o.value(u"id"_s).toString();
        n.name = o.value(u"name"_s).toString(n.id);
        n.kind = o.value(u"kind"_s).toString(n.kind);
        n.organization = o.value(u"organization"_s).toString();
        n.gdprRole = o.value(u"gdpr_role"_s).toString(n.gdprRole);
        n.jurisdiction = o.value(u"jurisdiction"_s).toString();
        n.breachLikelihood = o.value(u"breach_likelihood"_s).toDouble();
        n.controlStrength = o.value(u"control_strength"_s).toDouble();
        n.criticality = int(o.value(u"criticality"_s).toInteger(n.criticality));
        if (o.contains(u"x"_s))
            n.pos = QPointF(o.value(u"x"_s).toDouble(), o.value(u"y"_s).toDouble());
        n.pinned = o.value(u"pinned"_s).toBool();
        n.tags = strings(o.value(u"tags"_s));
        n.notes = o.value(u"notes"_s).toString();
        m.appendNode(n);
    }
    for (const QJsonValue &v : root.value(u"data"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DataAsset a;
        a.id = o.value(u"id"_s).toString();
        a.name = o.value(u"name"_s).toString(a.id);
        a.owner = o.value(u"owner"_s).toString();
        a.category = o.value(u"category"_s).toString(a.category);
        a.records = o.value(u"records"_s).toInteger();
        a.sensitivity = int(o.value(u"sensitivity"_s).toInteger(a.sensitivity));
        a.personal = o.value(u"personal"_s).toBool();
        a.subjectJurisdictions = strings(o.value(u"subject_jurisdictions"_s));
        m.appendDataAsset(a);
    }
    const QJsonArray edges = root.value(u"edges"_s).toArray();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QJsonObject o = edges.at(i).toObject();
        Edge e;
        e.id = o.value(u"id"_s).toString(u"e%1"_s.arg(i));
        e.source = o.value(u"source"_s).toString();
        e.target = o.value(u"target"_s).toString();
        e.integration = o.value(u"integration"_s).toString(e.integration);
        const auto [forward, backward] = vocab::defaultArcProbabilities(e.integration);
        e.data = strings(o.value(u"data"_s));
        e.pForward = o.value(u"p_forward"_s).toDouble(forward);
        e.pBackward = o.value(u"p_backward"_s).toDouble(backward);
        e.delayHours = o.value(u"delay_hours"_s).toDouble(e.delayHours);
        e.label = o.value(u"label"_s).toString();
        const QJsonObject c = o.value(u"contract"_s).toObject();
        e.contract.dpa = c.value(u"dpa"_s).toBool();
        if (c.contains(u"notification_sla_hours"_s))
            e.contract.notificationSlaHours = c.value(u"notification_sla_hours"_s).toDouble();
        e.contract.transferMechanism = c.value(u"transfer_mechanism"_s).toString();
        e.contract.auditRight = c.value(u"audit_right"_s).toBool();
        e.contract.reviewed = c.value(u"reviewed"_s).toString();
        m.appendEdge(e);
    }
    return m;
}

void appendUnknownKeys(
    const QJsonObject &o, const QStringList &known, const QString &path, QStringList *out)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            out->append((path.isEmpty() ? QString() : path + u'.') + it.key()
                + u": unknown key, ignored"_s);
}

// The warnings of a valid file, from a QJsonDocument of it: every unknown
// key in the order the reader meets them (the top level, then each element;
// an edge's contract before the edge).
QStringList documentWarnings(const QJsonObject &root)
{
    QStringList out;
    appendUnknownKeys(root,
        { u"format"_s, u"version"_s, u"name"_s, u"nodes"_s, u"data"_s, u"edges"_s }, {}, &out);
    const QJsonArray nodes = root.value(u"nodes"_s).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i)
        appendUnknownKeys(nodes.at(i).toObject(), keyList(fieldKeys(ElementType::Node)),
            u"nodes[%1]"_s.arg(i), &out);
    const QJsonArray data = root.value(u"data"_s).toArray();
    for (qsizetype i = 0; i < data.size(); ++i)
        appendUnknownKeys(data.at(i).toObject(), keyList(fieldKeys(ElementType::DataAsset)),
            u"data[%1]"_s.arg(i), &out);
    QStringList edgeKeys { u"contract"_s }, contractKeys;
    for (const QString &key : keyList(fieldKeys(ElementType::Edge))) {
        if (key.startsWith(u"contract."_s))
            contractKeys.append(key.sliced(9));
        else
            edgeKeys.append(key);
    }
    const QJsonArray edges = root.value(u"edges"_s).toArray();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QJsonObject edge = edges.at(i).toObject();
        const QString path = u"edges[%1]"_s.arg(i);
        appendUnknownKeys(
            edge.value(u"contract"_s).toObject(), contractKeys, path + u".contract"_s, &out);
        appendUnknownKeys(edge, edgeKeys, path, &out);
    }
    return out;
}

// Reads `json` and compares the outcome with a parse of the whole document:
// the same syntax error, or, for a file that reads, the reference model and
// warnings. Returns whether the file read.
bool readsAsDocument(const QByteArray &json)
{
    const ReadResult r = io::readModelJson(json, u"in.json"_s);
    const QString syntax = documentSyntaxError(json);
    if (!syntax.isEmpty()) {
        if (r.error != syntax)
            qWarning() << "expected" << syntax << "got" << r.error << json.left(400);
        [&] { QCOMPARE(r.error, syntax); }();
        return false;
    }
    if (!r.ok()) {
        if (r.error.startsWith(u"line "_s))
            qWarning() << "a syntax error in JSON:" << r.error << json.left(400);
        [&] { QVERIFY(!r.error.startsWith(u"line "_s)); }();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    [&] {
        QCOMPARE(*r.model, documentModel(root));
        QCOMPARE(r.warnings, documentWarnings(root));
    }();
    return true;
}

} // namespace

void TestModelJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    // Where the message must start: the JSON path, or the line and column.
    QTest::addColumn<QString>("path");
    // The whole message, where a row pins it; empty otherwise.
    QTest::addColumn<QString>("message");

    // Syntax errors: the positions were counted by hand from the offset Qt
    // reports, which is at or just past the offending token.
    QTest::newRow("syntax: trailing comma")
        << QByteArray("{\n  \"format\": \"weaklink-model\",\n  \"version\": 1,\n"
                      "  \"nodes\": [{\"id\": \"a\",}]\n}")
        << u"line 4, column 25"_s << u"line 4, column 25: object is missing after a comma"_s;
    QTest::newRow("syntax: column counts characters")
        << QByteArray("{\n  \"name\": \"Zürich\" \"x\"\n}") << u"line 2, column 21"_s
        << u"line 2, column 21: unterminated object"_s;
    QTest::newRow("syntax: empty file")
        << QByteArray() << u"line 1, column 1"_s << u"line 1, column 1: illegal value"_s;
    QTest::newRow("syntax: number overflowing to infinity") << QByteArray(
        R"({"format": "weaklink-model", "version": 1, "nodes": [{"id": "a", "x": 1e999, "y": 0}]})")
                                                            << u"line 1, column 76"_s
                                                            << u"line 1, column 76: illegal number"_s;
    QTest::newRow("syntax: NaN") << QByteArray(
        R"({"format": "weaklink-model", "version": 1, "nodes": [{"id": "a", "x": NaN, "y": 0}]})")
                                 << u"line 1, column 71"_s
                                 << u"line 1, column 71: illegal number"_s;

    QTest::newRow("top level is an array")
        << QByteArray("[]") << u"$"_s << u"$: the model must be a JSON object"_s;
    QTest::newRow("format missing")
        << QByteArray(R"({"version": 1, "nodes": []})") << u"format"_s
        << u"format: required; a Weaklink model has \"format\": \"weaklink-model\""_s;
    QTest::newRow("format wrong string")
        << QByteArray(R"({"format": "CycloneDX", "version": 1, "nodes": []})") << u"format"_s
        << u"format: must be \"weaklink-model\""_s;
    QTest::newRow("format not a string")
        << QByteArray(R"({"format": 1, "version": 1, "nodes": []})") << u"format"_s << QString();
    QTest::newRow("version missing")
        << QByteArray(R"({"format": "weaklink-model", "nodes": []})") << u"version"_s
        << u"version: required; this Weaklink reads version 1"_s;
    QTest::newRow("version unknown")
        << QByteArray(R"({"format": "weaklink-model", "version": 2, "nodes": []})") << u"version"_s
        << u"version: unsupported version 2; this Weaklink reads version 1"_s;
    QTest::newRow("version a string")
        << QByteArray(R"({"format": "weaklink-model", "version": "1", "nodes": []})")
        << u"version"_s << u"version: must be an integer"_s;
    QTest::newRow("version not an integer")
        << QByteArray(R"({"format": "weaklink-model", "version": 1.5, "nodes": []})")
        << u"version"_s << u"version: must be an integer"_s;
    QTest::newRow("name not a string")
        << QByteArray(R"({"format": "weaklink-model", "version": 1, "name": 7, "nodes": []})")
        << u"name"_s << u"name: must be a string"_s;
    QTest::newRow("nodes missing") << QByteArray(R"({"format": "weaklink-model", "version": 1})")
                                   << u"nodes"_s << u"nodes: required"_s;
    QTest::newRow("nodes not an array")
        << QByteArray(R"({"format": "weaklink-model", "version": 1, "nodes": {}})") << u"nodes"_s
        << u"nodes: must be an array"_s;
    QTest::newRow("data an object")
        << QByteArray(R"({"format": "weaklink-model", "version": 1, "nodes": [], "data": {}})")
        << u"data"_s << u"data: must be an array"_s;
    QTest::newRow("data null") << QByteArray(
        R"({"format": "weaklink-model", "version": 1, "nodes": [], "data": null})")
                               << u"data"_s << u"data: must be an array"_s;
    QTest::newRow("edges not an array")
        << QByteArray(R"({"format": "weaklink-model", "version": 1, "nodes": [], "edges": "e0"})")
        << u"edges"_s << u"edges: must be an array"_s;
    QTest::newRow("node not an object")
        << doc(R"({"id": "a"}, "b")") << u"nodes[1]"_s << u"nodes[1]: must be an object"_s;
    QTest::newRow("asset not an object")
        << doc(kTwoNodes, "[]") << u"data[0]"_s << u"data[0]: must be an object"_s;
    QTest::newRow("edge not an object")
        << doc(kTwoNodes, kOneAsset, "null") << u"edges[0]"_s << u"edges[0]: must be an object"_s;

    // nodes[]
    QTest::newRow("node id missing")
        << doc(R"({"id": "a"}, {"name": "B"})") << u"nodes[1].id"_s << u"nodes[1].id: required"_s;
    QTest::newRow("node id empty")
        << doc(R"({"id": ""})") << u"nodes[0].id"_s << u"nodes[0].id: must be a non-empty string"_s;
    QTest::newRow("node id a number")
        << doc(R"({"id": 3})") << u"nodes[0].id"_s << u"nodes[0].id: must be a non-empty string"_s;
    QTest::newRow("node id duplicate")
        << doc(R"({"id": "a"}, {"id": "b"}, {"id": "a"})") << u"nodes[2].id"_s
        << u"nodes[2].id: duplicate node id \"a\" (also nodes[0])"_s;
    QTest::newRow("node name a number") << doc(R"({"id": "a", "name": 1})") << u"nodes[0].name"_s
                                        << u"nodes[0].name: must be a string"_s;
    QTest::newRow("node kind an array")
        << doc(R"({"id": "a", "kind": ["x"]})") << u"nodes[0].kind"_s << QString();
    QTest::newRow("node organization a boolean")
        << doc(R"({"id": "a", "organization": true})") << u"nodes[0].organization"_s << QString();
    QTest::newRow("node gdpr_role unknown")
        << doc(R"({"id": "a", "gdpr_role": "owner"})") << u"nodes[0].gdpr_role"_s
        << u"nodes[0].gdpr_role: must be one of controller, joint_controller, processor, "
           "subprocessor, none"_s;
    QTest::newRow("node gdpr_role a number")
        << doc(R"({"id": "a", "gdpr_role": 1})") << u"nodes[0].gdpr_role"_s << QString();
    QTest::newRow("node jurisdiction null")
        << doc(R"({"id": "a", "jurisdiction": null})") << u"nodes[0].jurisdiction"_s << QString();
    QTest::newRow("breach_likelihood above 1")
        << doc(R"({"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d", "breach_likelihood": 1.5})")
        << u"nodes[3].breach_likelihood"_s
        << u"nodes[3].breach_likelihood: must be a number from 0 to 1"_s;
    QTest::newRow("breach_likelihood below 0") << doc(R"({"id": "a", "breach_likelihood": -0.1})")
                                               << u"nodes[0].breach_likelihood"_s << QString();
    QTest::newRow("breach_likelihood a string") << doc(R"({"id": "a", "breach_likelihood": "0.5"})")
                                                << u"nodes[0].breach_likelihood"_s << QString();
    QTest::newRow("control_strength above 1")
        << doc(R"({"id": "a", "control_strength": 1.0001})") << u"nodes[0].control_strength"_s
        << u"nodes[0].control_strength: must be a number from 0 to 1"_s;
    QTest::newRow("control_strength below 0") << doc(R"({"id": "a", "control_strength": -1})")
                                              << u"nodes[0].control_strength"_s << QString();
    QTest::newRow("control_strength null") << doc(R"({"id": "a", "control_strength": null})")
                                           << u"nodes[0].control_strength"_s << QString();
    QTest::newRow("criticality 0")
        << doc(R"({"id": "a", "criticality": 0})") << u"nodes[0].criticality"_s
        << u"nodes[0].criticality: must be an integer from 1 to 5"_s;
    QTest::newRow("criticality 6")
        << doc(R"({"id": "a", "criticality": 6})") << u"nodes[0].criticality"_s << QString();
    QTest::newRow("criticality not an integer")
        << doc(R"({"id": "a", "criticality": 2.5})") << u"nodes[0].criticality"_s << QString();
    QTest::newRow("criticality a string")
        << doc(R"({"id": "a", "criticality": "3"})") << u"nodes[0].criticality"_s << QString();
    QTest::newRow("x without y")
        << doc(R"({"id": "a", "x": 1})") << u"nodes[0].y"_s
        << u"nodes[0].y: required when x is given; x and y come together"_s;
    QTest::newRow("y without x")
        << doc(R"({"id": "a", "y": 1})") << u"nodes[0].x"_s
        << u"nodes[0].x: required when y is given; x and y come together"_s;
    QTest::newRow("x a string") << doc(R"({"id": "a", "x": "1", "y": 2})") << u"nodes[0].x"_s
                                << u"nodes[0].x: must be a number"_s;
    QTest::newRow("y null") << doc(R"({"id": "a", "x": 1, "y": null})") << u"nodes[0].y"_s
                            << QString();
    QTest::newRow("pinned a string")
        << doc(R"({"id": "a", "pinned": "true"})") << u"nodes[0].pinned"_s
        << u"nodes[0].pinned: must be true or false"_s;
    QTest::newRow("pinned a number")
        << doc(R"({"id": "a", "pinned": 1})") << u"nodes[0].pinned"_s << QString();
    QTest::newRow("tags a string")
        << doc(R"({"id": "a", "tags": "frontend"})") << u"nodes[0].tags"_s
        << u"nodes[0].tags: must be an array of strings"_s;
    QTest::newRow("tags with a number")
        << doc(R"({"id": "a"}, {"id": "b", "tags": ["ok", 2]})") << u"nodes[1].tags[1]"_s
        << u"nodes[1].tags[1]: must be a string"_s;
    QTest::newRow("notes an object")
        << doc(R"({"id": "a", "notes": {}})") << u"nodes[0].notes"_s << QString();

    // data[]
    QTest::newRow("asset id missing")
        << doc(kTwoNodes, R"({"owner": "a"})") << u"data[0].id"_s << u"data[0].id: required"_s;
    QTest::newRow("asset id empty")
        << doc(kTwoNodes, R"({"id": "", "owner": "a"})") << u"data[0].id"_s << QString();
    QTest::newRow("asset id a number")
        << doc(kTwoNodes, R"({"id": 1, "owner": "a"})") << u"data[0].id"_s << QString();
    QTest::newRow("asset id duplicate")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a"}, {"id": "d", "owner": "b"})")
        << u"data[1].id"_s << u"data[1].id: duplicate data asset id \"d\" (also data[0])"_s;
    QTest::newRow("asset name a number")
        << doc(kTwoNodes, R"({"id": "d", "name": 1, "owner": "a"})") << u"data[0].name"_s
        << QString();
    QTest::newRow("owner missing")
        << doc(kTwoNodes, R"({"id": "d"})") << u"data[0].owner"_s << u"data[0].owner: required"_s;
    QTest::newRow("owner unknown")
        << doc(kTwoNodes, R"({"id": "d", "owner": "zz"})") << u"data[0].owner"_s
        << u"data[0].owner: unknown node id \"zz\""_s;
    QTest::newRow("owner a number") << doc(kTwoNodes, R"({"id": "d", "owner": 1})")
                                    << u"data[0].owner"_s << u"data[0].owner: must be a string"_s;
    QTest::newRow("category a boolean")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "category": false})")
        << u"data[0].category"_s << QString();
    QTest::newRow("records negative")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "records": -1})") << u"data[0].records"_s
        << u"data[0].records: must be an integer from 0 to 9007199254740992"_s;
    QTest::newRow("records not an integer")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "records": 1.5})") << u"data[0].records"_s
        << QString();
    QTest::newRow("records 2^53 + 1")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "records": 9007199254740993})")
        << u"data[0].records"_s << QString();
    QTest::newRow("records 1e16") << doc(kTwoNodes, R"({"id": "d", "owner": "a", "records": 1e16})")
                                  << u"data[0].records"_s << QString();
    QTest::newRow("records a string")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "records": "5"})") << u"data[0].records"_s
        << QString();
    QTest::newRow("sensitivity 0")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "sensitivity": 0})")
        << u"data[0].sensitivity"_s << u"data[0].sensitivity: must be an integer from 1 to 5"_s;
    QTest::newRow("sensitivity 6")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "sensitivity": 6})")
        << u"data[0].sensitivity"_s << QString();
    QTest::newRow("sensitivity not an integer")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "sensitivity": 3.5})")
        << u"data[0].sensitivity"_s << QString();
    QTest::newRow("personal a string")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "personal": "yes"})")
        << u"data[0].personal"_s << u"data[0].personal: must be true or false"_s;

    // edges[]
    QTest::newRow("source missing")
        << edgeDoc(R"({"target": "b"})") << u"edges[0].source"_s << u"edges[0].source: required"_s;
    QTest::newRow("target missing")
        << edgeDoc(R"({"source": "a"})") << u"edges[0].target"_s << u"edges[0].target: required"_s;
    QTest::newRow("source unknown")
        << edgeDoc(R"({"source": "a", "target": "b"}, {"source": "q", "target": "b"})")
        << u"edges[1].source"_s << u"edges[1].source: unknown node id \"q\""_s;
    QTest::newRow("target unknown")
        << edgeDoc(R"({"source": "a", "target": "q"})") << u"edges[0].target"_s
        << u"edges[0].target: unknown node id \"q\""_s;
    QTest::newRow("source a number")
        << edgeDoc(R"({"source": 1, "target": "b"})") << u"edges[0].source"_s
        << u"edges[0].source: must be a string"_s;
    QTest::newRow("self-loop") << edgeDoc(R"({"source": "a", "target": "a"})")
                               << u"edges[0].target"_s
                               << u"edges[0].target: source and target must differ (both \"a\")"_s;
    QTest::newRow("edge id empty")
        << edgeDoc(R"({"id": "", "source": "a", "target": "b"})") << u"edges[0].id"_s
        << u"edges[0].id: must be a non-empty string"_s;
    QTest::newRow("edge id a number")
        << edgeDoc(R"({"id": 0, "source": "a", "target": "b"})") << u"edges[0].id"_s << QString();
    QTest::newRow("edge id duplicate")
        << edgeDoc(R"({"id": "x", "source": "a", "target": "b"},
                      {"id": "x", "source": "b", "target": "a"})")
        << u"edges[1].id"_s << u"edges[1].id: duplicate edge id \"x\" (also edges[0])"_s;
    QTest::newRow("default id taken by an earlier explicit id")
        << edgeDoc(R"({"id": "e1", "source": "a", "target": "b"},
                      {"source": "b", "target": "a"})")
        << u"edges[1].id"_s
        << u"edges[1].id: the default id \"e1\" is already the id of edges[0]; give this edge "
           "an id"_s;
    QTest::newRow("explicit id taken by an earlier default id")
        << edgeDoc(R"({"source": "a", "target": "b"},
                      {"id": "e0", "source": "b", "target": "a"})")
        << u"edges[1].id"_s
        << u"edges[1].id: duplicate edge id \"e0\" (also edges[0], by default)"_s;
    QTest::newRow("integration a number")
        << edgeDoc(R"({"source": "a", "target": "b", "integration": 3})")
        << u"edges[0].integration"_s << QString();
    QTest::newRow("contract not an object")
        << edgeDoc(R"({"source": "a", "target": "b", "contract": true})") << u"edges[0].contract"_s
        << u"edges[0].contract: must be an object"_s;
    QTest::newRow("contract dpa a string")
        << edgeDoc(R"({"source": "a", "target": "b", "contract": {"dpa": "yes"}})")
        << u"edges[0].contract.dpa"_s << u"edges[0].contract.dpa: must be true or false"_s;
    QTest::newRow("contract sla 0")
        << edgeDoc(R"({"source": "a", "target": "b", "contract": {"notification_sla_hours": 0}})")
        << u"edges[0].contract.notification_sla_hours"_s
        << u"edges[0].contract.notification_sla_hours: must be a number greater than 0, or "
           "absent"_s;
    QTest::newRow("contract sla a string")
        << edgeDoc(
               R"({"source": "a", "target": "b", "contract": {"notification_sla_hours": "24"}})")
        << u"edges[0].contract.notification_sla_hours"_s
        << u"edges[0].contract.notification_sla_hours: must be a number"_s;
    QTest::newRow("contract transfer mechanism unknown")
        << edgeDoc(R"({"source": "a", "target": "b", "contract": {"transfer_mechanism": "sccs"}})")
        << u"edges[0].contract.transfer_mechanism"_s
        << u"edges[0].contract.transfer_mechanism: must be one of adequacy, scc, bcr, "
           "derogation, none, or empty (unknown)"_s;
    QTest::newRow("contract reviewed not a date")
        << edgeDoc(R"({"source": "a", "target": "b"},
                      {"source": "b", "target": "a", "contract": {"reviewed": "2025-02-30"}})")
        << u"edges[1].contract.reviewed"_s
        << u"edges[1].contract.reviewed: must be a date YYYY-MM-DD, or empty"_s;
    QTest::newRow("contract reviewed in another form")
        << edgeDoc(R"({"source": "a", "target": "b", "contract": {"reviewed": "2025-2-3"}})")
        << u"edges[0].contract.reviewed"_s
        << u"edges[0].contract.reviewed: must be a date YYYY-MM-DD, or empty"_s;
    QTest::newRow("subject_jurisdictions a string")
        << doc(kTwoNodes, R"({"id": "d", "owner": "a", "subject_jurisdictions": "EU"})")
        << u"data[0].subject_jurisdictions"_s
        << u"data[0].subject_jurisdictions: must be an array of strings"_s;
    QTest::newRow("edge data a string")
        << edgeDoc(R"({"source": "a", "target": "b", "data": "d"})") << u"edges[0].data"_s
        << u"edges[0].data: must be an array of strings"_s;
    QTest::newRow("edge data with a number")
        << edgeDoc(R"({"source": "a", "target": "b", "data": ["d", 1]})") << u"edges[0].data[1]"_s
        << u"edges[0].data[1]: must be a string"_s;
    QTest::newRow("edge data unknown asset")
        << edgeDoc(R"({"source": "a", "target": "b", "data": ["d", "nope"]})")
        << u"edges[0].data[1]"_s << u"edges[0].data[1]: unknown data asset id \"nope\""_s;
    QTest::newRow("edge data asset twice")
        << edgeDoc(R"({"source": "a", "target": "b", "data": ["d"]},
                      {"source": "b", "target": "a", "data": ["d", "d2", "d"]})")
        << u"edges[1].data[2]"_s << u"edges[1].data[2]: data asset \"d\" listed twice"_s;
    QTest::newRow("p_forward above 1")
        << edgeDoc(R"({"source": "a", "target": "b", "p_forward": 1.01})")
        << u"edges[0].p_forward"_s << u"edges[0].p_forward: must be a number from 0 to 1"_s;
    QTest::newRow("p_forward below 0")
        << edgeDoc(R"({"source": "a", "target": "b", "p_forward": -0.5})")
        << u"edges[0].p_forward"_s << QString();
    QTest::newRow("p_forward a string")
        << edgeDoc(R"({"source": "a", "target": "b", "p_forward": "0.1"})")
        << u"edges[0].p_forward"_s << QString();
    QTest::newRow("p_backward above 1")
        << edgeDoc(R"({"source": "a", "target": "b", "p_backward": 2})") << u"edges[0].p_backward"_s
        << u"edges[0].p_backward: must be a number from 0 to 1"_s;
    QTest::newRow("p_backward below 0")
        << edgeDoc(R"({"source": "a", "target": "b", "p_backward": -1e-9})")
        << u"edges[0].p_backward"_s << QString();
    QTest::newRow("delay_hours 0")
        << edgeDoc(R"({"source": "a", "target": "b", "delay_hours": 0})")
        << u"edges[0].delay_hours"_s << u"edges[0].delay_hours: must be a number greater than 0"_s;
    QTest::newRow("delay_hours negative")
        << edgeDoc(R"({"source": "a", "target": "b", "delay_hours": -24})")
        << u"edges[0].delay_hours"_s << QString();
    QTest::newRow("delay_hours a string")
        << edgeDoc(R"({"source": "a", "target": "b", "delay_hours": "24"})")
        << u"edges[0].delay_hours"_s << QString();
    QTest::newRow("label an array") << edgeDoc(R"({"source": "a", "target": "b", "label": []})")
                                    << u"edges[0].label"_s << u"edges[0].label: must be a string"_s;
}

void TestModelJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const ReadResult r = io::readModelJson(json, u"in.json"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(path + u": "_s), qPrintable(r.error));
    if (!message.isEmpty())
        QCOMPARE(r.error, message);
    QCOMPARE(r.fileName, u"in.json"_s);
    QCOMPARE(r.message(), u"in.json: "_s + r.error);
}

void TestModelJson::unknownKeysWarn()
{
    const QByteArray json = R"({
        "format": "weaklink-model", "version": 1, "comment": "hi",
        "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c", "colour": "red", "size": {"w": 1}}],
        "data": [{"id": "d", "owner": "a", "owner_email": "x@example.com"}],
        "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c", "weight": 2}]
    })";
    const ReadResult r = io::readModelJson(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList warnings = r.warnings;
    warnings.sort();
    const QStringList expected = {
        u"comment: unknown key, ignored"_s,
        u"data[0].owner_email: unknown key, ignored"_s,
        u"edges[1].weight: unknown key, ignored"_s,
        u"nodes[2].colour: unknown key, ignored"_s,
        u"nodes[2].size: unknown key, ignored"_s,
    };
    QCOMPARE(warnings, expected);

    const ReadResult plain = io::readModelJson(
        doc(R"({"id": "a"}, {"id": "b"}, {"id": "c"})", R"({"id": "d", "owner": "a"})",
            R"({"source": "a", "target": "b"},
                                                      {"source": "b", "target": "c"})"));
    QVERIFY2(plain.ok(), qPrintable(plain.error));
    QVERIFY(plain.warnings.isEmpty());
    QCOMPARE(*r.model, *plain.model);

    const QByteArray out = io::writeModelJson(*r.model);
    for (const char *key : { "comment", "colour", "size", "owner_email", "weight" })
        QVERIFY2(!out.contains(key), key);
}

void TestModelJson::defaults()
{
    const ReadResult r = io::readModelJson(doc(kTwoNodes, kOneAsset,
        R"({"source": "a", "target": "b"},
                                                  {"source": "b", "target": "a"})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    const Model &m = *r.model;
    QCOMPARE(m.name, QString());
    QCOMPARE(m.nodes().size(), qsizetype(2));

    const Node &a = m.nodes()[0];
    QCOMPARE(a.id, u"a"_s);
    QCOMPARE(a.name, u"a"_s);
    QCOMPARE(a.kind, u"other"_s);
    QCOMPARE(a.organization, QString());
    QCOMPARE(a.gdprRole, u"none"_s);
    QCOMPARE(a.jurisdiction, QString());
    QCOMPARE(a.breachLikelihood, 0.0);
    QCOMPARE(a.controlStrength, 0.0);
    QCOMPARE(a.criticality, 3);
    QVERIFY(!a.pos);
    QCOMPARE(a.pinned, false);
    QCOMPARE(a.tags, QStringList());
    QCOMPARE(a.notes, QString());
    QCOMPARE(m.nodes()[1].name, u"b"_s);

    QCOMPARE(m.data().size(), qsizetype(1));
    const DataAsset &d = m.data()[0];
    QCOMPARE(d.id, u"d"_s);
    QCOMPARE(d.name, u"d"_s);
    QCOMPARE(d.owner, u"a"_s);
    QCOMPARE(d.category, u"other"_s);
    QCOMPARE(d.records, qint64(0));
    QCOMPARE(d.sensitivity, 3);
    QCOMPARE(d.personal, false);

    QCOMPARE(m.edges().size(), qsizetype(2));
    const Edge &e = m.edges()[1];
    QCOMPARE(m.edges()[0].id, u"e0"_s);
    QCOMPARE(e.id, u"e1"_s);
    QCOMPARE(e.source, u"b"_s);
    QCOMPARE(e.target, u"a"_s);
    QCOMPARE(e.integration, u"other"_s);
    QCOMPARE(e.data, QStringList());
    QCOMPARE(e.pForward, 0.05);
    QCOMPARE(e.pBackward, 0.05);
    QCOMPARE(e.delayHours, 24.0);
    QCOMPARE(e.label, QString());

    // Absent data and edges are empty lists.
    const ReadResult bare = io::readModelJson(doc(kTwoNodes));
    QVERIFY2(bare.ok(), qPrintable(bare.error));
    QVERIFY(bare.model->data().isEmpty());
    QVERIFY(bare.model->edges().isEmpty());
}

void TestModelJson::defaultArcProbabilities_data()
{
    QTest::addColumn<QString>("integration");
    QTest::addColumn<double>("forward");
    QTest::addColumn<double>("backward");

    // FORMAT.md §1, "Default arc probabilities by integration".
    QTest::newRow("api_call") << u"api_call"_s << 0.10 << 0.02;
    QTest::newRow("data_export") << u"data_export"_s << 0.05 << 0.0;
    QTest::newRow("sdk_embedded") << u"sdk_embedded"_s << 0.0 << 0.60;
    QTest::newRow("credential_delegation") << u"credential_delegation"_s << 0.0 << 0.40;
    QTest::newRow("network_peering") << u"network_peering"_s << 0.30 << 0.30;
    QTest::newRow("code_dependency") << u"code_dependency"_s << 0.0 << 0.50;
    QTest::newRow("other") << u"other"_s << 0.05 << 0.05;
    QTest::newRow("unknown integration") << u"carrier_pigeon"_s << 0.05 << 0.05;
}

void TestModelJson::defaultArcProbabilities()
{
    QFETCH(QString, integration);
    QFETCH(double, forward);
    QFETCH(double, backward);

    const QByteArray edge
        = R"({"source": "a", "target": "b", "integration": ")" + integration.toUtf8() + "\"}";
    const ReadResult r = io::readModelJson(doc(kTwoNodes, nullptr, edge.constData()));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Edge &e = r.model->edges().at(0);
    QCOMPARE(e.integration, integration);
    QCOMPARE(e.pForward, forward);
    QCOMPARE(e.pBackward, backward);

    // An explicit probability overrides only its own direction.
    const QByteArray explicitEdge = R"({"source": "a", "target": "b", "p_forward": 0.7, )"
                                    R"("integration": ")"
        + integration.toUtf8() + "\"}";
    const ReadResult r2 = io::readModelJson(doc(kTwoNodes, nullptr, explicitEdge.constData()));
    QVERIFY2(r2.ok(), qPrintable(r2.error));
    QCOMPARE(r2.model->edges().at(0).pForward, 0.7);
    QCOMPARE(r2.model->edges().at(0).pBackward, backward);
}

void TestModelJson::explicitValues()
{
    // Numbers in the forms JSON allows: an integer written with a fraction
    // or an exponent is still an integer.
    const QByteArray json = R"({"format": "weaklink-model", "version": 1.0, "name": "Named",
        "nodes": [
          {"id": "api", "name": "", "kind": "custom", "organization": "Acme", "gdpr_role": "processor",
           "jurisdiction": "EU", "breach_likelihood": 1, "control_strength": 0.25, "criticality": 5.0,
           "x": -0.5, "y": 1e3, "pinned": true, "tags": ["a", "b"], "notes": "n"},
          {"id": "b"}],
        "data": [{"id": "d", "name": "D", "owner": "b", "category": "genomes",
                  "records": 9007199254740992, "sensitivity": 1, "personal": true},
                 {"id": "d2", "owner": "api", "records": 1e2}],
        "edges": [{"id": "edge-1", "source": "b", "target": "api", "integration": "api_call",
                   "data": ["d2", "d"], "p_forward": 0, "p_backward": 1, "delay_hours": 0.001,
                   "label": "L"},
                  {"source": "api", "target": "b"}]})";
    const ReadResult r = io::readModelJson(json);
    QVERIFY2(r.ok(), qPrintable(r.error));

    Model expected;
    expected.name = u"Named"_s;
    Node api;
    api.id = u"api"_s;
    api.name = QString();
    api.kind = u"custom"_s;
    api.organization = u"Acme"_s;
    api.gdprRole = u"processor"_s;
    api.jurisdiction = u"EU"_s;
    api.breachLikelihood = 1.0;
    api.controlStrength = 0.25;
    api.criticality = 5;
    api.pos = QPointF(-0.5, 1000.0);
    api.pinned = true;
    api.tags = QStringList { u"a"_s, u"b"_s };
    api.notes = u"n"_s;
    expected.appendNode(api);
    Node b;
    b.id = u"b"_s;
    b.name = u"b"_s;
    expected.appendNode(b);
    DataAsset d;
    d.id = u"d"_s;
    d.name = u"D"_s;
    d.owner = u"b"_s;
    d.category = u"genomes"_s;
    d.records = 9007199254740992LL;
    d.sensitivity = 1;
    d.personal = true;
    expected.appendDataAsset(d);
    DataAsset d2;
    d2.id = u"d2"_s;
    d2.name = u"d2"_s;
    d2.owner = u"api"_s;
    d2.records = 100;
    expected.appendDataAsset(d2);
    Edge e;
    e.id = u"edge-1"_s;
    e.source = u"b"_s;
    e.target = u"api"_s;
    e.integration = u"api_call"_s;
    e.data = QStringList { u"d2"_s, u"d"_s };
    e.pForward = 0.0;
    e.pBackward = 1.0;
    e.delayHours = 0.001;
    e.label = u"L"_s;
    expected.appendEdge(e);
    Edge e1;
    e1.id = u"e1"_s;
    e1.source = u"api"_s;
    e1.target = u"b"_s;
    expected.appendEdge(e1);

    QCOMPARE(*r.model, expected);
    QCOMPARE(r.model->edgeIndex(u"e1"_s), 1);
}

void TestModelJson::writerFormat()
{
    const Model m = tinyModel();
    const QByteArray out = io::writeModelJson(m);
    QCOMPARE(out, QByteArray(kTinyJson));

    const ReadResult r = io::readModelJson(out);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(*r.model, m);
}

void TestModelJson::emptyModel()
{
    const QByteArray expected = "{\n"
                                "  \"format\": \"weaklink-model\",\n"
                                "  \"version\": 1,\n"
                                "  \"name\": \"\",\n"
                                "  \"nodes\": [],\n"
                                "  \"data\": [],\n"
                                "  \"edges\": []\n"
                                "}\n";
    QCOMPARE(io::writeModelJson(Model()), expected);
    const ReadResult r = io::readModelJson(expected);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(*r.model, Model());
}

// FORMAT.md §1's added fields: read with their values, written only where
// they differ from the default (inside the contract too), and back.
void TestModelJson::contracts()
{
    const QByteArray json = doc(kTwoNodes,
        R"({"id": "d", "owner": "a", "personal": true, "subject_jurisdictions": ["EU", "US-CA"]})",
        R"({"id": "full", "source": "a", "target": "b", "data": ["d"],
            "contract": {"dpa": true, "notification_sla_hours": 48, "transfer_mechanism": "scc",
                         "audit_right": true, "reviewed": "2025-03-31", "signed_by": "x"}},
           {"id": "empty", "source": "b", "target": "a", "contract": {}},
           {"id": "sla", "source": "b", "target": "a", "contract": {"notification_sla_hours": 1.5}})");
    const ReadResult r = io::readModelJson(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings, QStringList { u"edges[0].contract.signed_by: unknown key, ignored"_s });
    const Model &m = *r.model;
    QCOMPARE(m.data()[0].subjectJurisdictions, (QStringList { u"EU"_s, u"US-CA"_s }));
    const Contract &full = m.edges()[0].contract;
    QVERIFY(full.dpa);
    QCOMPARE(full.notificationSlaHours, std::optional<double>(48.0));
    QCOMPARE(full.transferMechanism, u"scc"_s);
    QVERIFY(full.auditRight);
    QCOMPARE(full.reviewed, u"2025-03-31"_s);
    QVERIFY(m.edges()[1].contract.isEmpty());
    QCOMPARE(m.edges()[2].contract.notificationSlaHours, std::optional<double>(1.5));
    QVERIFY(!m.edges()[2].contract.dpa);

    // Generic access, as the tables and the value-change command use it.
    QCOMPARE(m.value(ElementType::Edge, 0, int(EdgeField::ContractNotificationSlaHours)),
        QVariant(48.0));
    QVERIFY(!m.value(ElementType::Edge, 1, int(EdgeField::ContractNotificationSlaHours)).isValid());
    QCOMPARE(fieldKey(EdgeField::ContractAuditRight), "contract.audit_right"_L1);

    const QByteArray out = io::writeModelJson(m);
    QVERIFY(out.contains(R"(      "personal": true,
      "subject_jurisdictions": ["EU", "US-CA"]
    })"));
    QVERIFY(out.contains(R"(      "label": "",
      "contract": {
        "dpa": true,
        "notification_sla_hours": 48,
        "transfer_mechanism": "scc",
        "audit_right": true,
        "reviewed": "2025-03-31"
      }
    })"));
    // An empty contract is no contract; a partial one writes what it says.
    QCOMPARE(out.count("\"contract\""), 2);
    QVERIFY(out.contains(R"("contract": {
        "notification_sla_hours": 1.5
      })"));
    const ReadResult back = io::readModelJson(out);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(*back.model, m);
    QCOMPARE(io::writeModelJson(*back.model), out);
}

void TestModelJson::roundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<int>("assets");

    QTest::newRow("empty") << 1u << 0 << 0 << 0;
    QTest::newRow("one node") << 2u << 1 << 0 << 1;
    QTest::newRow("small") << 3u << 5 << 8 << 3;
    QTest::newRow("medium") << 4u << 60 << 150 << 20;
    QTest::newRow("large") << 5u << 400 << 1000 << 80;
}

void TestModelJson::roundTrip()
{
    QFETCH(quint32, seed);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(int, assets);

    const Model m = test::generatedModel(seed, nodes, edges, assets);
    const QByteArray first = io::writeModelJson(m);
    const ReadResult r = io::readModelJson(first);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(*r.model, m);
    QCOMPARE(io::writeModelJson(*r.model), first);
}

// Large enough for nodes and edges to be read in shares on two threads
// (20,000 elements each at least, core/io/modeljson.cpp) on a machine with
// two cores or more, as CI's.
const Model &largeModel()
{
    static const Model m = test::generatedModel(29, 42000, 44000, 30);
    return m;
}

// The written JSON of largeModel() with one string member of the element
// whose id is `id` given the JSON text `value` (the element's id itself for
// `key` "id"), or `value` added after the id when `key` is null.
QByteArray withMember(QByteArray json, const QString &id, const char *key, const QByteArray &value)
{
    const QByteArray idMember = "\"id\": \"" + id.toUtf8() + '"';
    const qsizetype element = json.indexOf(idMember);
    if (element < 0)
        return {};
    if (!key)
        return json.insert(element + idMember.size(), ", " + value);
    const QByteArray name = '"' + QByteArray(key) + "\": ";
    const qsizetype member = json.indexOf(name, element);
    const qsizetype start = member + name.size();
    const qsizetype end = json.indexOf('"', start + 1) + 1;
    return json.replace(start, end - start, value);
}

void TestModelJson::largeArraysReadInShares_data()
{
    QTest::addColumn<QStringList>("extraKeys");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("no warnings") << QStringList() << QStringList();
    // Warnings from both shares of nodes and of edges, in the file's order
    // whatever share read them.
    const Model &m = largeModel();
    QTest::newRow("warnings in every share")
        << QStringList { m.edges()[43000].id, m.nodes()[41000].id, m.edges()[2].id,
               m.nodes()[1].id }
        << QStringList { u"nodes[1].zz: unknown key, ignored"_s,
               u"nodes[41000].zz: unknown key, ignored"_s, u"edges[2].zz: unknown key, ignored"_s,
               u"edges[43000].zz: unknown key, ignored"_s };
}

void TestModelJson::largeArraysReadInShares()
{
    QFETCH(QStringList, extraKeys);
    QFETCH(QStringList, warnings);
    const Model &m = largeModel();
    QByteArray json = io::writeModelJson(m);
    for (const QString &id : extraKeys)
        json = withMember(json, id, nullptr, "\"zz\": 1");
    QVERIFY(!json.isEmpty());
    const ReadResult r = io::readModelJson(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings, warnings);
    QCOMPARE(*r.model, m);
    // The index the model adopted with each array finds every element.
    for (qsizetype i = 0; i < m.nodes().size(); ++i)
        QCOMPARE(r.model->nodeIndex(m.nodes()[i].id), int(i));
    for (qsizetype i = 0; i < m.edges().size(); ++i)
        QCOMPARE(r.model->edgeIndex(m.edges()[i].id), int(i));
    QCOMPARE(r.model->nodeIndex(u"no such node"_s), -1);
}

void TestModelJson::largeArraysInSharesFindTheFirstProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const Model &m = largeModel();
    const QByteArray json = io::writeModelJson(m);
    const auto node = [&](int i) { return m.nodes()[i].id; };
    const auto edge = [&](int i) { return m.edges()[i].id; };
    const auto quoted = [](const QString &id) { return '"' + id.toUtf8() + '"'; };

    // A repeat only the index built after the shares finds: the message of
    // one element after the other.
    QTest::newRow("node id repeated across shares")
        << withMember(json, node(40000), "id", quoted(node(3)))
        << u"nodes[40000].id: duplicate node id \"%1\" (also nodes[3])"_s.arg(node(3));
    QTest::newRow("edge id repeated across shares")
        << withMember(json, edge(43000), "id", quoted(edge(10)))
        << u"edges[43000].id: duplicate edge id \"%1\" (also edges[10])"_s.arg(edge(10));
    QTest::newRow("edge id repeated in the second share")
        << withMember(json, edge(43001), "id", quoted(edge(43000)))
        << u"edges[43001].id: duplicate edge id \"%1\" (also edges[43000])"_s.arg(edge(43000));
    // Problems in both shares: the first in the file's order.
    const QByteArray twoTargets = withMember(
        withMember(json, edge(43000), "target", "\"nowhere\""), edge(100), "target", "\"gone\"");
    QTest::newRow("unknown targets in both shares")
        << twoTargets << u"edges[100].target: unknown node id \"gone\""_s;
    QTest::newRow("unknown target in the second share") << withMember(json, edge(43000), "target",
        "\"nowhere\"") << u"edges[43000].target: unknown node id \"nowhere\""_s;
    // A repeat and an unknown node in the second share, in either order.
    QTest::newRow("unknown source before a repeat") << withMember(
        withMember(json, edge(42000), "source", "\"nope\""), edge(43000), "id",
        quoted(edge(10))) << u"edges[42000].source: unknown node id \"nope\""_s;
    QTest::newRow("repeat before an unknown source")
        << withMember(withMember(json, edge(43000), "source", "\"nope\""), edge(42000), "id",
               quoted(edge(10)))
        << u"edges[42000].id: duplicate edge id \"%1\" (also edges[10])"_s.arg(edge(10));
    // The repeat is found when the id is read, before the element's other
    // problems.
    QTest::newRow("repeat and unknown source in one element")
        << withMember(withMember(json, edge(43000), "source", "\"nope\""), edge(43000), "id",
               quoted(edge(10)))
        << u"edges[43000].id: duplicate edge id \"%1\" (also edges[10])"_s.arg(edge(10));
}

void TestModelJson::largeArraysInSharesFindTheFirstProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QVERIFY(!json.isEmpty());
    const ReadResult r = io::readModelJson(json);
    QVERIFY(!r.ok());
    QVERIFY(!r.model);
    QCOMPARE(r.error, error);
}

void TestModelJson::largeArraysInSharesCancel()
{
    // Cancelled as the elements' reading begins: the shares stop at their
    // next poll and nothing is read again one by one.
    std::atomic_bool cancel { false };
    ReadControl control;
    control.cancel = &cancel;
    control.stageEntered = [&cancel](ReadStage stage) {
        if (stage == ReadStage::Building)
            cancel = true;
    };
    const ReadResult r = io::readModelJson(io::writeModelJson(largeModel()), {}, control);
    QVERIFY(r.cancelled);
    QVERIFY(!r.model);
}

void TestModelJson::readsSharedExample()
{
    const ReadResult r = io::readModelJsonFile(test::examplePath());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.fileName, test::examplePath());
    const Model &m = *r.model;
    // Values read off the file by eye.
    QVERIFY(m.name.startsWith(u"Acme AI platform"_s));
    QVERIFY(!m.nodes().isEmpty());
    const Node &first = m.nodes().constFirst();
    QCOMPARE(first.id, u"web_dashboard"_s);
    QCOMPARE(first.name, u"API platform dashboard"_s);
    QCOMPARE(first.breachLikelihood, 0.03);
    QCOMPARE(first.controlStrength, 0.6);
    QCOMPARE(first.criticality, 4);
    QCOMPARE(first.tags, QStringList { u"frontend"_s });
    QCOMPARE(m.nodes().at(1).id, u"public_api"_s);

    const QByteArray firstExport = io::writeModelJson(m);
    const ReadResult again = io::readModelJson(firstExport);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(*again.model, m);
    QCOMPARE(io::writeModelJson(*again.model), firstExport);
}

void TestModelJson::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"model.json"_s);
    QVERIFY(writeBytes(path, QByteArray(200000, 'x')));

    QString error;
    const Model m = tinyModel();
    QVERIFY2(io::writeModelJsonFile(m, path, &error), qPrintable(error));
    QCOMPARE(readBytes(path), QByteArray(kTinyJson));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"model.json"_s });

    const ReadResult r = io::readModelJsonFile(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*r.model, m);
}

void TestModelJson::writeFileFailureLeavesTargetAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Model m = tinyModel();

    // The directory does not exist: nothing is created.
    const QString missing = dir.filePath(u"no/such/dir/model.json"_s);
    QString error;
    QVERIFY(!io::writeModelJsonFile(m, missing, &error));
    QVERIFY2(error.startsWith(missing + u": cannot write the file: "_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));

    // The target is a directory: it stays one, with its content, and no
    // temporary file is left beside it.
    const QString target = dir.filePath(u"taken.json"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"taken.json"_s));
    QVERIFY(writeBytes(target + u"/inside"_s, "old"));
    error.clear();
    QVERIFY(!io::writeModelJsonFile(m, target, &error));
    QVERIFY2(error.startsWith(target + u": cannot write the file: "_s), qPrintable(error));
    QVERIFY(QFileInfo(target).isDir());
    QCOMPARE(readBytes(target + u"/inside"_s), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList { u"taken.json"_s });

    // A null error pointer is allowed.
    QVERIFY(!io::writeModelJsonFile(m, missing, nullptr));
}

void TestModelJson::writeFileReadOnlyDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"model.json"_s);
    QVERIFY(writeBytes(path, "old content"));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        QFile probe(dir.filePath(u"probe"_s));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("permissions are not enforced for this user (root?)");
        }
    }

    QString error;
    QVERIFY(!io::writeModelJsonFile(tinyModel(), path, &error));
    QVERIFY2(error.startsWith(path + u": cannot write the file: "_s), qPrintable(error));
    QCOMPARE(readBytes(path), QByteArray("old content"));
}

void TestModelJson::detectFileKind_data()
{
    QTest::addColumn<QString>("fileName");
    // Null: the file is not created.
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");

    const int document = int(files::FileKind::WeaklinkDocument);
    const int json = int(files::FileKind::ModelJson);
    const int unknown = int(files::FileKind::Unknown);
    const QByteArray sqlite("SQLite format 3\0\x10\x00\x01\x01", 20);

    QTest::newRow("json named .txt")
        << u"model.txt"_s << QByteArray(" \r\n\t {\"format\": 1}") << json;
    QTest::newRow("json without extension") << u"model"_s << QByteArray("\xEF\xBB\xBF{}") << json;
    QTest::newRow("json named .weaklink") << u"model.weaklink"_s << QByteArray("{}") << json;
    QTest::newRow("sqlite named .dat") << u"doc.dat"_s << sqlite << document;
    QTest::newRow("sqlite named .json") << u"doc.json"_s << sqlite << document;
    QTest::newRow("empty .weaklink") << u"doc.weaklink"_s << QByteArray("") << document;
    QTest::newRow("empty .json") << u"model.json"_s << QByteArray("") << json;
    QTest::newRow("text named .JSON") << u"model.JSON"_s << QByteArray("hello") << json;
    QTest::newRow("binary") << u"blob.bin"_s << QByteArray("\x00\x01\x02\xff", 4) << unknown;
    QTest::newRow("json array") << u"list.txt"_s << QByteArray("[1, 2]") << unknown;
    QTest::newRow("sqlite header without NUL")
        << u"notes.txt"_s << QByteArray("SQLite format 3, I think") << unknown;
    QTest::newRow("missing .json") << u"gone.json"_s << QByteArray() << json;
    QTest::newRow("missing .bin") << u"gone.bin"_s << QByteArray() << unknown;
}

void TestModelJson::detectFileKind()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, kind);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    if (!content.isNull())
        QVERIFY(writeBytes(path, content));
    QCOMPARE(int(files::detectFileKind(path)), kind);
}

void TestModelJson::openModelFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"model.txt"_s);
    QVERIFY(writeBytes(path, "\n" + doc(R"({"id": "a", "extra": 1})")));
    const ReadResult r = files::openModelFile(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.fileName, path);
    QCOMPARE(r.model->nodes().size(), qsizetype(1));
    QCOMPARE(r.model->nodes()[0].id, u"a"_s);
    QCOMPARE(r.warnings, QStringList { u"nodes[0].extra: unknown key, ignored"_s });

    const QString broken = dir.filePath(u"broken.json"_s);
    QVERIFY(writeBytes(broken, "not json"));
    const ReadResult bad = files::openModelFile(broken);
    QVERIFY(!bad.ok());
    // Qt reports the offset just past the offending "n".
    QCOMPARE(bad.error, u"line 1, column 2: illegal value"_s);
    QCOMPARE(bad.message(), broken + u": line 1, column 2: illegal value"_s);
}

void TestModelJson::openDocumentByContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A .weaklink document under another name still goes to storage.
    const QString path = dir.filePath(u"saved.dat"_s);
    QString error;
    QVERIFY2(storage::save(tinyModel(), path, &error), qPrintable(error));
    QCOMPARE(files::detectFileKind(path), files::FileKind::WeaklinkDocument);
    const ReadResult r = files::openModelFile(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*r.model, tinyModel());
}

void TestModelJson::openMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : { u"gone.json"_s, u"gone.weaklink"_s, u"gone.bin"_s }) {
        const QString path = dir.filePath(name);
        const ReadResult r = files::openModelFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.fileName, path);
        QVERIFY2(r.error.startsWith(u"cannot open the file: "_s), qPrintable(r.error));
        QCOMPARE(r.error, u"cannot open the file: it does not exist"_s);

        const ReadResult direct = io::readModelJsonFile(path);
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error, r.error);
    }

    const ReadResult folder = files::openModelFile(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error.startsWith(u"cannot open the file: "_s), qPrintable(folder.error));
}

void TestModelJson::openUnsupportedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"blob.bin"_s);
    QVERIFY(writeBytes(path, QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10)));
    const ReadResult r = files::openModelFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        u"unsupported file format (expected a .weaklink document, model JSON or a format of "
        "docs/IMPORT.md; --format names one)"_s);
    QCOMPARE(r.fileName, path);
}

void TestModelJson::openFifoNeverBlocks()
{
    // Issue 9: opening a FIFO without a writer blocked every command and the
    // app before the "not a regular file" check.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString reason
        = u"cannot open the file: it is not a regular file (a FIFO, socket or device)"_s;
    for (const QString &name : { u"pipe.json"_s, u"pipe.weaklink"_s, u"pipe"_s }) {
        const QString fifo = dir.filePath(name);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ReadResult r = files::openModelFile(fifo);
        QVERIFY(!r.ok());
        QCOMPARE(r.message(), fifo + u": "_s + reason);
        QCOMPARE(io::readModelJsonFile(fifo).error, reason);
        // Judged by its name alone.
        QCOMPARE(files::detectFileKind(fifo),
            name == u"pipe.json"_s           ? files::FileKind::ModelJson
                : name == u"pipe.weaklink"_s ? files::FileKind::WeaklinkDocument
                                             : files::FileKind::Unknown);
    }
    QCOMPARE(files::openModelFile(dir.path()).error, u"cannot open the file: it is a folder"_s);
    QCOMPARE(files::openModelFile(u"/dev/null"_s).error, reason);
}

void TestModelJson::printable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("oneLine");
    QTest::addColumn<QString>("keepingLines");
    QTest::newRow("plain") << u"Zürich 東京 🙂 \"quoted\" \\ back"_s
                           << u"Zürich 東京 🙂 \"quoted\" \\ back"_s
                           << u"Zürich 東京 🙂 \"quoted\" \\ back"_s;
    QTest::newRow("window title (OSC)")
        << u"a\x1b]0;pwned\x07z"_s << u"a\\e]0;pwned\\x07z"_s << u"a\\e]0;pwned\\x07z"_s;
    QTest::newRow("line breaks and tabs") << u"a\nb\r\tc"_s << u"a\\nb\\r\\tc"_s << u"a\nb\\r\tc"_s;
    QTest::newRow("DEL and C1 CSI")
        << u"x\x7f\u009b2J"_s << u"x\\x7f\\x9b2J"_s << u"x\\x7f\\x9b2J"_s;
    QTest::newRow("NUL") << QString(QChar(0)) + u"n"_s << u"\\x00n"_s << u"\\x00n"_s;
    QTest::newRow("bidirectional override")
        << u"evil\u202egnp.exe"_s << u"evil\\u202egnp.exe"_s << u"evil\\u202egnp.exe"_s;
    QTest::newRow("isolates and marks")
        << u"\u2066\u2069\u200e\u200f"_s << u"\\u2066\\u2069\\u200e\\u200f"_s
        << u"\\u2066\\u2069\\u200e\\u200f"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s << u"a\\u2028b"_s;
}

void TestModelJson::printable()
{
    QFETCH(QString, text);
    QFETCH(QString, oneLine);
    QFETCH(QString, keepingLines);
    QCOMPARE(io::printable(text), oneLine);
    QCOMPARE(io::printable(text, io::LineBreaks::Keep), keepingLines);
    // Escaping what is already escaped changes nothing.
    QCOMPARE(io::printable(oneLine), oneLine);
}

void TestModelJson::writerEscapesWhatATerminalObeys()
{
    Model m;
    m.name = u"t\x1b]0;x\x07"_s;
    Node n;
    n.id = u"a\u009b\u202e\u2028"_s;
    n.name = u"plain ü"_s;
    m.appendNode(n);
    const QByteArray json = io::writeModelJson(m);
    QVERIFY2(json.contains(R"("name": "t\u001b]0;x\u0007")"), json.constData());
    QVERIFY2(json.contains(R"("id": "a\u009b\u202e\u2028")"), json.constData());
    QVERIFY2(json.contains("\"plain \xc3\xbc\""), json.constData());
    const ReadResult back = io::readModelJson(json, u"back.json"_s);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back.model->name, m.name);
    QCOMPARE(back.model->nodes().at(0).id, n.id);
}

void TestModelJson::readsAsAWholeDocumentParseWould_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("bundled example") << test::examplePath();
    QTest::newRow("shared example") << test::sharedExamplePath();
    for (const char *bench : { "layout-200.json", "sim-10k.json" })
        QTest::newRow(bench) << test::sharedDir() + u"/bench/"_s + QLatin1String(bench);
}

void TestModelJson::readsAsAWholeDocumentParseWould()
{
    QFETCH(QString, path);
    const QByteArray json = readBytes(path);
    QVERIFY2(!json.isEmpty(), qPrintable(path));
    QVERIFY(readsAsDocument(json));
    if (QTest::currentTestFailed())
        return;
    // The same file as Qt writes it back: every object's keys sorted (so
    // "edges" and "data" before "nodes"), other spacing and number forms.
    QVERIFY(readsAsDocument(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact)));
}

void TestModelJson::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QByteArray head = "{\n  \"format\": \"weaklink-model\",\n  \"version\": 1,\n"
                            "  \"nodes\": [\n    {\"id\": \"a\", \"name\": \"Zürich\"},\n";
    const QByteArray model = head + "    {\"id\": \"b\"}\n  ]\n}\n";
    QVERIFY(io::readModelJson(model).ok());

    // Positions counted by hand; columns count characters ("ü" is one). Qt
    // reports an unterminated string or a wrong literal just past its end,
    // a bad escape or byte at the bad character, too deep nesting just past
    // the bracket that opens level 1,025.
    const auto changed = [&model](const QByteArray &from, const QByteArray &to) {
        return QByteArray(model).replace(from, to);
    };
    const QByteArray nodeB = "{\"id\": \"b\"}";
    QTest::newRow("truncated in a string")
        << model.left(model.indexOf("rich")) << u"line 5, column 28: unterminated string"_s;
    QTest::newRow("truncated in the nodes array")
        << head << u"line 6, column 1: unterminated array"_s;
    QTest::newRow("truncated after a comma in the nodes array")
        << head.chopped(1) << u"line 5, column 35: unterminated array"_s;
    QTest::newRow("bad escape") << changed("Zürich", "Z\\u00fGrich")
                                << u"line 5, column 32: invalid escape sequence"_s;
    QTest::newRow("invalid UTF-8")
        << changed("ü", "\xC3(") << u"line 5, column 27: invalid UTF8 string"_s;
    QTest::newRow("missing comma between elements")
        << changed("},\n", "}\n") << u"line 6, column 6: missing value separator"_s;
    QTest::newRow("bad literal") << changed(nodeB, "{\"id\": \"b\", \"pinned\": tru}")
                                 << u"line 6, column 31: illegal value"_s;
    QTest::newRow("trailing garbage")
        << model + "x" << u"line 9, column 1: garbage at the end of the document"_s;
    QTest::newRow("a second object")
        << model + model << u"line 9, column 1: garbage at the end of the document"_s;
    QTest::newRow("a string as the root")
        << QByteArray("\"weaklink-model\"") << u"line 1, column 2: illegal value"_s;
    const QByteArray deep = QByteArray(1100, '[') + QByteArray(1100, ']');
    QTest::newRow("nested too deeply") << changed(nodeB, "{\"id\": \"b\", \"tags\": " + deep + '}')
                                       << u"line 6, column 1047: too deeply nested document"_s;
}

void TestModelJson::syntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const ReadResult r = io::readModelJson(json, u"in.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.message(), u"in.json: "_s + message);
    // Word for word what a parse of the whole document reports.
    QCOMPARE(r.error, documentSyntaxError(json));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken.json"_s);
    QVERIFY(writeBytes(path, json));
    QCOMPARE(io::readModelJsonFile(path).message(), path + u": "_s + message);
}

void TestModelJson::syntaxErrorsBeforeContentErrors()
{
    // nodes[0] breaks a rule and the text breaks off later: the syntax
    // error is the one reported, wherever it is.
    const QByteArray json = R"({"format": "weaklink-model", "version": 2,
        "nodes": [{"id": "a", "criticality": 9}, {"id": "b"}],
        "edges": [{"source": "a", "target": "b"})";
    const ReadResult r = io::readModelJson(json);
    QCOMPARE(r.error, u"line 3, column 49: unterminated array"_s);
    QCOMPARE(r.error, documentSyntaxError(json));

    // Not a syntax error: the root is JSON, only not an object.
    QCOMPARE(io::readModelJson("[{\"format\": \"weaklink-model\"}]").error,
        u"$: the model must be a JSON object"_s);
    // A byte order mark before the root is allowed, as Qt allows it.
    const ReadResult bom = io::readModelJson("\xEF\xBB\xBF" + QByteArray(kTinyJson));
    QVERIFY2(bom.ok(), qPrintable(bom.error));
    QCOMPARE(*bom.model, tinyModel());
}

void TestModelJson::mutatedFilesReadAsAWholeDocumentParseWould()
{
    // Files a byte or a few away from valid ones: whatever Qt's parser
    // makes of them, the reader says the same.
    const QByteArray unusual = R"({"format": "weaklink-model", "version": 1, "x": {"y": [1, 2]},
        "nodes": [{"id": "a", "tags": ["t\u00e9", "\ud83d\ude00"], "colour": "red", "x": 1e2,
                   "y": -0.5E-1, "criticality": 2.0, "\u006eotes": "n\/\b"},
                  {"id": "b", "name": "B", "name": "C", "aa": null, "aa": [], "pinned": true}],
        "data": [{"id": "d", "owner": "a", "records": 12.000, "personal": false}],
        "edges": [{"source": "a", "target": "b", "data": ["d"], "contract":
                   {"dpa": true, "notification_sla_hours": 48, "reviewed": "2025-01-31",
                    "extra": {}}, "weight": 1}, {"source": "b", "target": "a"}]})";
    QVERIFY(readsAsDocument(unusual));
    const QList<QByteArray> seeds = { QByteArray(kTinyJson), unusual };
    // Bytes that make or break JSON, and a character of two bytes.
    const QByteArray alphabet = "{}[]\",:\\ \n0123456789.eE+-ntruefalsu\xC3\xA9";
    QRandomGenerator rng(16);
    int read = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray json = seeds.at(i % seeds.size());
        for (int k = 1 + int(rng.bounded(3)); k > 0; --k) {
            const auto pos = qsizetype(rng.bounded(quint32(json.size())));
            const char c = alphabet.at(rng.bounded(quint32(alphabet.size())));
            switch (rng.bounded(4)) {
            case 0: json[pos] = c; break;
            case 1: json.insert(pos, c); break;
            case 2: json.remove(pos, 1 + rng.bounded(3)); break;
            default: json.truncate(pos); break;
            }
        }
        if (readsAsDocument(json))
            ++read;
        if (QTest::currentTestFailed())
            return;
    }
    // Some mutations keep the file valid: the comparison of models ran.
    QVERIFY2(read > 100, qPrintable(QString::number(read)));
}

void TestModelJson::topLevelKeysInAnyOrder()
{
    // Every order of the top-level members (edges before the nodes they
    // name, too) reads as the file the writer wrote.
    const QJsonObject root = QJsonDocument::fromJson(kTinyJson).object();
    QStringList keys = root.keys();
    std::sort(keys.begin(), keys.end());
    int orders = 0;
    do {
        QByteArray json = "{";
        for (const QString &key : keys) {
            const QByteArray value = QJsonDocument(QJsonArray { root.value(key) })
                                         .toJson(QJsonDocument::Compact)
                                         .chopped(1)
                                         .sliced(1);
            json += (json.size() > 1 ? ", \"" : "\"") + key.toUtf8() + "\": " + value;
        }
        json += '}';
        const ReadResult r = io::readModelJson(json);
        QVERIFY2(r.ok(), qPrintable(r.error + u" in "_s + QString::fromUtf8(json)));
        QCOMPARE(*r.model, tinyModel());
        ++orders;
    } while (std::next_permutation(keys.begin(), keys.end()));
    QCOMPARE(orders, 720);
}

void TestModelJson::repeatedKeysKeepTheLast()
{
    // As in a QJsonObject, the last of a repeated key's values counts, at
    // the top level and inside elements; an escaped key is the same key.
    const QByteArray nodesTwice = R"({"format": "weaklink-model", "version": 1,
        "nodes": [{"id": "a"}], "edges": [{"source": "b", "target": "c"}],
        "nodes": [{"id": "b"}, {"\u0069d": "c", "name": "x", "name": "y", "zz": 1, "zz": 2,
                   "aa": 3}]})";
    const ReadResult r = io::readModelJson(nodesTwice);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.model->nodes().size(), 2);
    QCOMPARE(r.model->nodes().at(1).id, u"c"_s);
    QCOMPARE(r.model->nodes().at(1).name, u"y"_s);
    const QStringList warnings
        = { u"nodes[1].aa: unknown key, ignored"_s, u"nodes[1].zz: unknown key, ignored"_s };
    QCOMPARE(r.warnings, warnings);
    QVERIFY(readsAsDocument(nodesTwice));

    const auto error = [](const char *json) { return io::readModelJson(json).error; };
    QCOMPARE(error(R"({"format": "x", "format": "weaklink-model", "version": 1, "nodes": []})"),
        QString());
    QCOMPARE(error(R"({"format": "weaklink-model", "version": 1, "format": 1, "nodes": []})"),
        u"format: must be \"weaklink-model\""_s);
    QCOMPARE(error(R"({"format": "weaklink-model", "version": 1, "nodes": [], "nodes": {}})"),
        u"nodes: must be an array"_s);
    QCOMPARE(error(R"({"format": "weaklink-model", "version": 1, "nodes": {}, "nodes": []})"),
        QString());
}

void TestModelJson::jsonViewsAnswerAsQJsonValue()
{
    // Values whose reading has a subtlety, each compared with the
    // QJsonValue a parse of the whole text gives.
    const QList<QByteArray> values = {
        "0",
        "-0",
        "0.0",
        "1.50",
        "12.000",
        "1e5",
        "-2.5E-3",
        "9007199254740993",
        "-9223372036854775808",
        "9223372036854775808",
        "99999999999999999999",
        "1e308",
        "\"\"",
        "\"plain\"",
        "\"Z\xC3\xBCrich \xF0\x9F\x98\x80\"",
        R"("\"\\\/\b\f\n\r\t \u00e9 \ud83d\ude00 \ud800 \q")",
        "\"\xEF\xBB\xBFkept only with an escape\\n\"",
        "\"\xEF\xBB\xBF"
        "dropped\"",
        "true",
        "false",
        "null",
        "[]",
        "[1, \"a\"]",
        "{}",
        R"({"k": 1, "k": 2})",
    };
    for (const QByteArray &value : values) {
        const QByteArray text = "{\"v\": " + value + '}';
        const QJsonValue expected = QJsonDocument::fromJson(text).object().value(u"v"_s);
        const io::JsonCheck check = io::checkJson(text);
        QCOMPARE(check.error.error, QJsonParseError::NoError);
        const io::JsonValueView v = io::JsonObjectView(check.members).value(QLatin1String("v"));
        QCOMPARE(v.text(), QByteArrayView(value));
        QCOMPARE(v.isString(), expected.isString());
        QCOMPARE(v.isDouble(), expected.isDouble());
        QCOMPARE(v.isBool(), expected.isBool());
        QCOMPARE(v.isNull(), expected.isNull());
        QCOMPARE(v.isArray(), expected.isArray());
        QCOMPARE(v.isObject(), expected.isObject());
        QCOMPARE(v.toString(), expected.toString());
        QCOMPARE(v.toDouble(), expected.toDouble());
        QCOMPARE(v.toInteger(-1), expected.toInteger(-1));
        QCOMPARE(v.toBool(), expected.toBool());
        if (v.isArray())
            QCOMPARE(io::JsonArrayView(v).size(), expected.toArray().size());
        if (v.isObject())
            QCOMPARE(io::JsonObjectView(v).keys(), expected.toObject().keys());
    }
}

QTEST_GUILESS_MAIN(TestModelJson)
#include "tst_modeljson.moc"
