#include "modeljson.h"

#include "io/atomicfile.h"
#include "io/inputfile.h"
#include "io/jsonscanner.h"
#include "io/jsonwriter.h"
#include "io/textposition.h"
#include "model/shares.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <limits>
#include <span>

namespace wl::io {

namespace {

constexpr int kVersion = 1;
constexpr QLatin1String kContractKey("contract");

const QLatin1String kTopLevelKeys[] = {
    QLatin1String("format"),
    QLatin1String("version"),
    QLatin1String("name"),
    QLatin1String("nodes"),
    QLatin1String("data"),
    QLatin1String("edges"),
};
// A finite JSON number without fractional part and at most 2^53 in
// magnitude. Large integers are checked through toInteger() as well, because
// toDouble() would round 2^53 + 1 down to an acceptable 2^53.
std::optional<qint64> integerValue(const JsonValueView &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > double(kMaxExactInteger))
        return std::nullopt;
    const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
    if (i < -kMaxExactInteger || i > kMaxExactInteger)
        return std::nullopt;
    return i;
}

std::optional<double> numberValue(const JsonValueView &v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

// Reads the fields of one JSON object (the top level or one element of
// `nodes`, `data` or `edges`). Paths are built only for messages, so a valid
// file costs no string formatting; unknown keys are only searched for when
// the object has more members than keys were read.
class Fields {
public:
    Fields(const JsonObjectView &object, QLatin1String array, qsizetype index, QString *error)
        : m_object(object)
        , m_array(array)
        , m_index(index)
        , m_error(error)
    {
    }
    // The fields of the object `key` inside the object `outer` reads.
    Fields(const JsonObjectView &object, const Fields &outer, const QString &key)
        : m_object(object)
        , m_outer(outer.path(key))
        , m_index(-1)
        , m_error(outer.m_error)
    {
    }

    QString path(const QString &key) const
    {
        if (!m_outer.isEmpty())
            return m_outer + u'.' + key;
        if (m_array.isEmpty())
            return key;
        return QStringLiteral("%1[%2].%3").arg(m_array, QString::number(m_index), key);
    }
    QString path(const QString &key, qsizetype index) const
    {
        return QStringLiteral("%1[%2]").arg(path(key), QString::number(index));
    }

    bool fail(const QString &path, const QString &reason)
    {
        *m_error = path + QStringLiteral(": ") + reason;
        return false;
    }
    bool fail(QLatin1String key, const QString &reason) { return fail(path(key), reason); }

    JsonValueView value(QLatin1String key)
    {
        const JsonValueView v = m_object.value(key);
        if (!v.isUndefined())
            ++m_known;
        return v;
    }

    bool string(QLatin1String key, QString *out)
    {
        const JsonValueView v = value(key);
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(key, QStringLiteral("must be a string"));
        *out = v.toString();
        return true;
    }

    bool requiredString(QLatin1String key, QString *out)
    {
        if (!m_object.contains(key))
            return fail(key, QStringLiteral("required"));
        return string(key, out);
    }

    // Checks `candidate` by FORMAT.md's rule for `field` (the one place it
    // is written: Model::checkFieldValue).
    bool check(ElementType type, int field, const QVariant &candidate)
    {
        const QString reason = Model::checkFieldValue(type, field, candidate);
        return reason.isEmpty() || fail(fieldKeys(type)[size_t(field)], reason);
    }

    // Every element's id is its field 0.
    bool id(ElementType type, QString *out)
    {
        const QLatin1String key = fieldKeys(type)[0];
        const JsonValueView v = value(key);
        if (v.isUndefined())
            return fail(key, QStringLiteral("required"));
        if (!check(type, 0, v.isString() ? QVariant(v.toString()) : QVariant()))
            return false;
        *out = v.toString();
        return true;
    }

    // A number field, checked by its rule; a value that is not a JSON number
    // (or, for an integer field, not an exact integer) breaks the rule.
    template<typename Number> bool checkedNumber(ElementType type, int field, Number *out)
    {
        const JsonValueView v = value(fieldKeys(type)[size_t(field)]);
        if (v.isUndefined())
            return true;
        QVariant candidate;
        if constexpr (std::is_integral_v<Number>) {
            if (const auto i = integerValue(v))
                candidate = *i;
        } else if (const auto d = numberValue(v)) {
            candidate = *d;
        }
        if (!check(type, field, candidate))
            return false;
        *out = candidate.value<Number>();
        return true;
    }

    bool number(QLatin1String key, std::optional<double> *out)
    {
        const JsonValueView v = value(key);
        if (v.isUndefined())
            return true;
        *out = numberValue(v);
        if (!*out)
            return fail(key, QStringLiteral("must be a number"));
        return true;
    }

    bool boolean(QLatin1String key, bool *out)
    {
        const JsonValueView v = value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(key, QStringLiteral("must be true or false"));
        *out = v.toBool();
        return true;
    }

    bool stringList(QLatin1String key, QStringList *out)
    {
        const JsonValueView v = value(key);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(key, QStringLiteral("must be an array of strings"));
        JsonArrayView array(v);
        qsizetype i = 0;
        for (JsonValueView item = array.next(); !item.isUndefined(); item = array.next(), ++i) {
            if (!item.isString())
                return fail(path(key, i), QStringLiteral("must be a string"));
            out->append(item.toString());
        }
        return true;
    }

    bool array(QLatin1String key, bool required, JsonValueView *out)
    {
        const JsonValueView v = value(key);
        if (v.isUndefined())
            return !required || fail(key, QStringLiteral("required"));
        if (!v.isArray())
            return fail(key, QStringLiteral("must be an array"));
        *out = v;
        return true;
    }

    void warnUnknownKeys(std::span<const QLatin1String> known, QStringList *warnings) const
    {
        // Every member was read (a repeated key would make more members
        // than keys read).
        if (m_object.size() == m_known)
            return;
        for (const QString &key : m_object.keys()) {
            if (std::find(known.begin(), known.end(), key) == known.end())
                warnings->append(path(key) + QStringLiteral(": unknown key, ignored"));
        }
    }

private:
    const JsonObjectView &m_object;
    QLatin1String m_array;
    QString m_outer;
    qsizetype m_index;
    QString *m_error;
    qsizetype m_known = 0;
};

// What reading the elements of one array writes besides the elements: one
// for each share when they are read on several threads.
struct Scratch {
    QString error;
    QStringList warnings;
    bool cancelled = false;
    // Edges whose id was the default "e<index>", to tell the two kinds of
    // duplicate apart in messages (when read one by one).
    QVector<bool> defaultEdgeId;
    // Per data asset, the last edge that listed it: finds an asset listed
    // twice in one edge in linear time.
    QVector<qsizetype> assetListedBy;
};

class Reader {
public:
    explicit Reader(const ReadControl &control)
        : m_control(control)
    {
    }
    ReadResult read(const QByteArray &bytes, const QString &fileName);

private:
    // Reads one element into the default one given. `unique`: the elements
    // before it are in m_model, whose index finds a repeated id as soon as
    // the id is read; otherwise the caller looks for repeats afterwards.
    // Const, for the threads that read an array's shares at once.
    template<typename Element>
    using ReadElement
        = bool (Reader::*)(const JsonObjectView &, qsizetype, Element &, Scratch &, bool) const;

    bool readTopLevel(const JsonCheck &check);
    template<typename Element>
    bool readArray(const JsonValueView &value, QLatin1String name, ReadElement<Element> read);
    template<typename Element>
    bool readInShares(const JsonValueView &value, QLatin1String name, ReadElement<Element> read,
        qsizetype count, qsizetype shares);
    template<typename Element, typename Take>
    bool readRange(JsonArrayView &array, QLatin1String name, qsizetype first, qsizetype last,
        ReadElement<Element> read, Scratch &s, const std::atomic_bool *stop, Take &&take) const;
    template<typename Element> Scratch scratchFor() const;
    bool readNode(
        const JsonObjectView &object, qsizetype index, Node &n, Scratch &s, bool unique) const;
    bool readDataAsset(
        const JsonObjectView &object, qsizetype index, DataAsset &a, Scratch &s, bool unique) const;
    bool readEdge(
        const JsonObjectView &object, qsizetype index, Edge &e, Scratch &s, bool unique) const;
    bool readContract(Fields &edge, Contract *contract, Scratch &s) const;

    void append(Node n) { m_model.appendNode(std::move(n)); }
    void append(DataAsset a) { m_model.appendDataAsset(std::move(a)); }
    void append(Edge e) { m_model.appendEdge(std::move(e)); }
    void adopt(QVector<Node> nodes, QHash<QString, int> index)
    {
        m_model.adoptNodes(std::move(nodes), std::move(index));
    }
    void adopt(QVector<Edge> edges, QHash<QString, int> index)
    {
        m_model.adoptEdges(std::move(edges), std::move(index));
    }

    const ReadControl &m_control;
    bool m_cancelled = false;
    Model m_model;
    QString m_error;
    QStringList m_warnings;
};

// Nodes and edges are read on several threads when each thread gets at
// least this many (assets are few): a thread skips the elements before its
// share while the first reads them.
constexpr qsizetype kElementsPerShare = 20000;

ReadResult Reader::read(const QByteArray &bytes, const QString &fileName)
{
    if (!m_control.enter(ReadStage::Parsing))
        return ReadResult::cancelledRead(fileName);
    // The whole text is checked first, so that a syntax error anywhere is
    // reported before any error of content, as a parse of the whole document
    // would; the elements are then read from the text one at a time, never
    // as a tree of the whole document (issue 16).
    const JsonCheck check = checkJson(bytes);
    if (check.error.error != QJsonParseError::NoError)
        return ReadResult::failure(fileName,
            lineColumn(bytes, check.error.offset) + QStringLiteral(": ")
                + check.error.errorString());
    if (!check.object)
        return ReadResult::failure(fileName, QStringLiteral("$: the model must be a JSON object"));
    if (!m_control.enter(ReadStage::Building))
        return ReadResult::cancelledRead(fileName);
    if (!readTopLevel(check))
        return m_cancelled ? ReadResult::cancelledRead(fileName)
                           : ReadResult::failure(fileName, m_error);

    ReadResult result;
    result.fileName = fileName;
    result.model = std::move(m_model);
    result.warnings = std::move(m_warnings);
    return result;
}

bool Reader::readTopLevel(const JsonCheck &check)
{
    const JsonObjectView root(check.members);
    Fields f(root, {}, -1, &m_error);
    const QLatin1String formatKey("format");
    const QString expectedFormat = QStringLiteral("weaklink-model");
    const JsonValueView format = f.value(formatKey);
    if (format.isUndefined())
        return f.fail(formatKey,
            QStringLiteral("required; a Weaklink model has \"format\": \"%1\"")
                .arg(expectedFormat));
    if (format.toString() != expectedFormat)
        return f.fail(formatKey, QStringLiteral("must be \"%1\"").arg(expectedFormat));

    const QLatin1String versionKey("version");
    const JsonValueView version = f.value(versionKey);
    if (version.isUndefined())
        return f.fail(
            versionKey, QStringLiteral("required; this Weaklink reads version %1").arg(kVersion));
    const auto v = integerValue(version);
    if (!v)
        return f.fail(versionKey, QStringLiteral("must be an integer"));
    if (*v != kVersion)
        return f.fail(versionKey,
            QStringLiteral("unsupported version %1; this Weaklink reads "
                           "version %2")
                .arg(*v)
                .arg(kVersion));

    if (!f.string(QLatin1String("name"), &m_model.name))
        return false;

    JsonValueView nodesValue, dataValue, edgesValue;
    if (!f.array(QLatin1String("nodes"), true, &nodesValue)
        || !f.array(QLatin1String("data"), false, &dataValue)
        || !f.array(QLatin1String("edges"), false, &edgesValue))
        return false;
    f.warnUnknownKeys(kTopLevelKeys, &m_warnings);

    // Whatever the order of the keys in the text: nodes, then the assets
    // that name them, then the edges that name both.
    return readArray<Node>(nodesValue, QLatin1String("nodes"), &Reader::readNode)
        && readArray<DataAsset>(dataValue, QLatin1String("data"), &Reader::readDataAsset)
        && readArray<Edge>(edgesValue, QLatin1String("edges"), &Reader::readEdge);
}

template<typename Element>
bool Reader::readArray(const JsonValueView &value, QLatin1String name, ReadElement<Element> read)
{
    JsonArrayView array(value);
    const qsizetype count = array.size();
    if constexpr (!std::is_same_v<Element, DataAsset>) {
        const qsizetype shares = shareCount(count, kElementsPerShare);
        if (shares > 1 && readInShares(value, name, read, count, shares))
            return true;
        if (m_cancelled)
            return false;
    }
    // One element after the other, each checked against those before: the
    // reading whose first error is the one to report, so the shares' reading
    // falls back on it when anything is wrong.
    Scratch s = scratchFor<Element>();
    if constexpr (std::is_same_v<Element, Node>)
        m_model.reserve(count, 0, 0);
    else if constexpr (std::is_same_v<Element, DataAsset>)
        m_model.reserve(m_model.nodes().size(), count, 0);
    else
        m_model.reserve(m_model.nodes().size(), m_model.data().size(), count);
    const bool ok = readRange(array, name, 0, count, read, s, nullptr,
        [this](qsizetype, Element &&e) { append(std::move(e)); });
    m_cancelled = s.cancelled;
    m_error = std::move(s.error);
    m_warnings += s.warnings;
    return ok;
}

// Each share into its place in one vector, then one index of the ids, which
// the model adopts with the vector. Returns false if the shares found any
// problem (the one-by-one reading then finds the first and says it) or the
// read was cancelled (m_cancelled).
template<typename Element>
bool Reader::readInShares(const JsonValueView &value, QLatin1String name, ReadElement<Element> read,
    qsizetype count, qsizetype shares)
{
    QVector<Element> elements(count);
    Element *const places = elements.data();
    std::vector<Scratch> scratch(size_t(shares), scratchFor<Element>());
    std::atomic_bool failed = false;
    runShares(count, shares, [&](qsizetype share, qsizetype first, qsizetype last) {
        JsonArrayView array(value);
        for (qsizetype i = 0; i < first; ++i)
            array.next();
        if (!readRange(array, name, first, last, read, scratch[size_t(share)], &failed,
                [places](qsizetype i, Element &&e) { places[i] = std::move(e); }))
            failed = true;
    });
    for (const Scratch &s : scratch)
        m_cancelled = m_cancelled || s.cancelled;
    if (failed)
        return false;
    qsizetype repeat = -1;
    QHash<QString, int> index = indexIds(elements, &repeat);
    if (repeat >= 0)
        return false;
    for (const Scratch &s : scratch)
        m_warnings += s.warnings;
    adopt(std::move(elements), std::move(index));
    return true;
}

// Elements [first, last) of an array whose next element is `first`, each
// given to take(index, element); stops at the first problem. Without `stop`,
// the whole array one by one, each element checked against those before it
// in m_model; with it, one share of several, which also stops when `stop` is
// set (another share's problem).
template<typename Element, typename Take>
bool Reader::readRange(JsonArrayView &array, QLatin1String name, qsizetype first, qsizetype last,
    ReadElement<Element> read, Scratch &s, const std::atomic_bool *stop, Take &&take) const
{
    for (qsizetype i = first; i < last; ++i) {
        const JsonValueView v = array.next();
        if (i % 4096 == 4095) {
            if (m_control.cancelled()) {
                s.cancelled = true;
                return false;
            }
            if (stop && stop->load(std::memory_order_relaxed))
                return false;
        }
        if (!v.isObject()) {
            s.error = QStringLiteral("%1[%2]: must be an object").arg(name).arg(i);
            return false;
        }
        Element e;
        if (!(this->*read)(JsonObjectView(v), i, e, s, stop == nullptr))
            return false;
        take(i, std::move(e));
    }
    return true;
}

template<typename Element> Scratch Reader::scratchFor() const
{
    Scratch s;
    if constexpr (std::is_same_v<Element, Edge>)
        s.assetListedBy.fill(-1, m_model.data().size());
    return s;
}

bool Reader::readNode(
    const JsonObjectView &object, qsizetype index, Node &n, Scratch &s, bool unique) const
{
    constexpr ElementType type = ElementType::Node;
    Fields f(object, QLatin1String("nodes"), index, &s.error);
    if (!f.id(type, &n.id))
        return false;
    if (const int other = unique ? m_model.nodeIndex(n.id) : -1; other >= 0)
        return f.fail(fieldKey(NodeField::Id),
            QStringLiteral("duplicate node id \"%1\" (also nodes[%2])")
                .arg(n.id, QString::number(other)));

    n.name = n.id;
    if (!f.string(fieldKey(NodeField::Name), &n.name)
        || !f.string(fieldKey(NodeField::Kind), &n.kind)
        || !f.string(fieldKey(NodeField::Organization), &n.organization)
        || !f.string(fieldKey(NodeField::GdprRole), &n.gdprRole)
        || !f.check(type, int(NodeField::GdprRole), n.gdprRole)
        || !f.string(fieldKey(NodeField::Jurisdiction), &n.jurisdiction)
        || !f.checkedNumber(type, int(NodeField::BreachLikelihood), &n.breachLikelihood)
        || !f.checkedNumber(type, int(NodeField::ControlStrength), &n.controlStrength)
        || !f.checkedNumber(type, int(NodeField::Criticality), &n.criticality))
        return false;

    const QLatin1String xKey = fieldKey(NodeField::X), yKey = fieldKey(NodeField::Y);
    std::optional<double> x, y;
    if (!f.number(xKey, &x) || !f.number(yKey, &y))
        return false;
    if (x && !y)
        return f.fail(yKey, QStringLiteral("required when x is given; x and y come together"));
    if (y && !x)
        return f.fail(xKey, QStringLiteral("required when y is given; x and y come together"));
    if (x)
        n.pos = QPointF(*x, *y);

    if (!f.boolean(fieldKey(NodeField::Pinned), &n.pinned)
        || !f.stringList(fieldKey(NodeField::Tags), &n.tags)
        || !f.string(fieldKey(NodeField::Notes), &n.notes))
        return false;

    f.warnUnknownKeys(fieldKeys(type), &s.warnings);
    return true;
}

bool Reader::readDataAsset(
    const JsonObjectView &object, qsizetype index, DataAsset &a, Scratch &s, bool unique) const
{
    constexpr ElementType type = ElementType::DataAsset;
    Fields f(object, QLatin1String("data"), index, &s.error);
    if (!f.id(type, &a.id))
        return false;
    if (const int other = unique ? m_model.dataIndex(a.id) : -1; other >= 0)
        return f.fail(fieldKey(DataField::Id),
            QStringLiteral("duplicate data asset id \"%1\" (also data[%2])")
                .arg(a.id, QString::number(other)));

    a.name = a.id;
    const QLatin1String ownerKey = fieldKey(DataField::Owner);
    if (!f.string(fieldKey(DataField::Name), &a.name) || !f.requiredString(ownerKey, &a.owner))
        return false;
    if (m_model.nodeIndex(a.owner) < 0)
        return f.fail(ownerKey, QStringLiteral("unknown node id \"%1\"").arg(a.owner));

    if (!f.string(fieldKey(DataField::Category), &a.category)
        || !f.checkedNumber(type, int(DataField::Records), &a.records)
        || !f.checkedNumber(type, int(DataField::Sensitivity), &a.sensitivity)
        || !f.boolean(fieldKey(DataField::Personal), &a.personal)
        || !f.stringList(fieldKey(DataField::SubjectJurisdictions), &a.subjectJurisdictions))
        return false;

    f.warnUnknownKeys(fieldKeys(type), &s.warnings);
    return true;
}

// The key of a contract field inside the contract object: "dpa" for
// "contract.dpa".
QLatin1String contractKey(EdgeField field)
{
    const QLatin1String key = fieldKey(field);
    return key.sliced(kContractKey.size() + 1);
}

// The keys an edge object may hold: its fields' keys, the contract's as the
// one key "contract".
std::span<const QLatin1String> edgeKeys()
{
    static const QVector<QLatin1String> keys = [] {
        QVector<QLatin1String> out;
        for (int f = 0; f < int(EdgeField::ContractDpa); ++f)
            out.append(fieldKey(EdgeField(f)));
        out.append(kContractKey);
        return out;
    }();
    return keys;
}

std::span<const QLatin1String> contractKeys()
{
    static const QVector<QLatin1String> keys = [] {
        QVector<QLatin1String> out;
        for (int f = int(EdgeField::ContractDpa); f < int(EdgeField::Count); ++f)
            out.append(contractKey(EdgeField(f)));
        return out;
    }();
    return keys;
}

bool Reader::readContract(Fields &edge, Contract *contract, Scratch &s) const
{
    const JsonValueView v = edge.value(kContractKey);
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return edge.fail(kContractKey, QStringLiteral("must be an object"));
    const JsonObjectView object(v);
    Fields f(object, edge, kContractKey);
    if (!f.boolean(contractKey(EdgeField::ContractDpa), &contract->dpa)
        || !f.number(
            contractKey(EdgeField::ContractNotificationSlaHours), &contract->notificationSlaHours)
        || !f.string(
            contractKey(EdgeField::ContractTransferMechanism), &contract->transferMechanism)
        || !f.boolean(contractKey(EdgeField::ContractAuditRight), &contract->auditRight)
        || !f.string(contractKey(EdgeField::ContractReviewed), &contract->reviewed))
        return false;
    Edge read;
    read.contract = *contract;
    for (int field = int(EdgeField::ContractDpa); field < int(EdgeField::Count); ++field) {
        const QString reason
            = Model::checkFieldValue(ElementType::Edge, field, valueOf(read, EdgeField(field)));
        if (!reason.isEmpty())
            return f.fail(contractKey(EdgeField(field)), reason);
    }
    f.warnUnknownKeys(contractKeys(), &s.warnings);
    return true;
}

bool Reader::readEdge(
    const JsonObjectView &object, qsizetype index, Edge &e, Scratch &s, bool unique) const
{
    constexpr ElementType type = ElementType::Edge;
    Fields f(object, QLatin1String("edges"), index, &s.error);
    const QLatin1String idKey = fieldKey(EdgeField::Id);
    const bool defaultId = !object.contains(idKey);
    if (defaultId)
        e.id = QStringLiteral("e%1").arg(index);
    else if (!f.id(type, &e.id))
        return false;
    if (const int other = unique ? m_model.edgeIndex(e.id) : -1; other >= 0) {
        if (defaultId)
            return f.fail(idKey,
                QStringLiteral("the default id \"%1\" is already the id of "
                               "edges[%2]; give this edge an id")
                    .arg(e.id, QString::number(other)));
        return f.fail(idKey,
            QStringLiteral("duplicate edge id \"%1\" (also edges[%2]%3)")
                .arg(e.id, QString::number(other),
                    s.defaultEdgeId[other] ? QStringLiteral(", by default") : QString()));
    }

    const QLatin1String sourceKey = fieldKey(EdgeField::Source),
                        targetKey = fieldKey(EdgeField::Target);
    if (!f.requiredString(sourceKey, &e.source))
        return false;
    if (m_model.nodeIndex(e.source) < 0)
        return f.fail(sourceKey, QStringLiteral("unknown node id \"%1\"").arg(e.source));
    if (!f.requiredString(targetKey, &e.target))
        return false;
    if (m_model.nodeIndex(e.target) < 0)
        return f.fail(targetKey, QStringLiteral("unknown node id \"%1\"").arg(e.target));
    if (e.source == e.target)
        return f.fail(
            targetKey, QStringLiteral("source and target must differ (both \"%1\")").arg(e.source));

    if (!f.string(fieldKey(EdgeField::Integration), &e.integration))
        return false;
    std::tie(e.pForward, e.pBackward) = vocab::defaultArcProbabilities(e.integration);

    const QLatin1String dataKey = fieldKey(EdgeField::Data);
    if (!f.stringList(dataKey, &e.data))
        return false;
    for (qsizetype i = 0; i < e.data.size(); ++i) {
        const QString &assetId = e.data[i];
        const int asset = m_model.dataIndex(assetId);
        if (asset < 0)
            return f.fail(
                f.path(dataKey, i), QStringLiteral("unknown data asset id \"%1\"").arg(assetId));
        if (s.assetListedBy[asset] == index)
            return f.fail(
                f.path(dataKey, i), QStringLiteral("data asset \"%1\" listed twice").arg(assetId));
        s.assetListedBy[asset] = index;
    }

    if (!f.checkedNumber(type, int(EdgeField::PForward), &e.pForward)
        || !f.checkedNumber(type, int(EdgeField::PBackward), &e.pBackward)
        || !f.checkedNumber(type, int(EdgeField::DelayHours), &e.delayHours)
        || !f.string(fieldKey(EdgeField::Label), &e.label) || !readContract(f, &e.contract, s))
        return false;

    f.warnUnknownKeys(edgeKeys(), &s.warnings);
    // Only the one-by-one reading's messages tell the two kinds apart.
    if (unique)
        s.defaultEdgeId.append(defaultId);
    return true;
}

// The writer spells JSON out by hand (core/io/jsonwriter.h): QJsonDocument
// would sort keys alphabetically and format numbers its own way, and the
// field order of FORMAT.md is easier to read.
using namespace json;

constexpr int kElementIndent = 6;

void appendNode(QByteArray &out, const Node &n)
{
    Members m(out, kElementIndent);
    appendString(m.key(fieldKey(NodeField::Id)), n.id);
    appendString(m.key(fieldKey(NodeField::Name)), n.name);
    appendString(m.key(fieldKey(NodeField::Kind)), n.kind);
    appendString(m.key(fieldKey(NodeField::Organization)), n.organization);
    appendString(m.key(fieldKey(NodeField::GdprRole)), n.gdprRole);
    appendString(m.key(fieldKey(NodeField::Jurisdiction)), n.jurisdiction);
    appendDouble(m.key(fieldKey(NodeField::BreachLikelihood)), n.breachLikelihood);
    appendDouble(m.key(fieldKey(NodeField::ControlStrength)), n.controlStrength);
    appendInteger(m.key(fieldKey(NodeField::Criticality)), n.criticality);
    if (n.pos) {
        appendDouble(m.key(fieldKey(NodeField::X)), n.pos->x());
        appendDouble(m.key(fieldKey(NodeField::Y)), n.pos->y());
    }
    appendBool(m.key(fieldKey(NodeField::Pinned)), n.pinned);
    appendStringList(m.key(fieldKey(NodeField::Tags)), n.tags);
    appendString(m.key(fieldKey(NodeField::Notes)), n.notes);
    m.close();
}

void appendDataAsset(QByteArray &out, const DataAsset &a)
{
    Members m(out, kElementIndent);
    appendString(m.key(fieldKey(DataField::Id)), a.id);
    appendString(m.key(fieldKey(DataField::Name)), a.name);
    appendString(m.key(fieldKey(DataField::Owner)), a.owner);
    appendString(m.key(fieldKey(DataField::Category)), a.category);
    appendInteger(m.key(fieldKey(DataField::Records)), a.records);
    appendInteger(m.key(fieldKey(DataField::Sensitivity)), a.sensitivity);
    appendBool(m.key(fieldKey(DataField::Personal)), a.personal);
    if (!a.subjectJurisdictions.isEmpty())
        appendStringList(m.key(fieldKey(DataField::SubjectJurisdictions)), a.subjectJurisdictions);
    m.close();
}

void appendEdge(QByteArray &out, const Edge &e)
{
    Members m(out, kElementIndent);
    appendString(m.key(fieldKey(EdgeField::Id)), e.id);
    appendString(m.key(fieldKey(EdgeField::Source)), e.source);
    appendString(m.key(fieldKey(EdgeField::Target)), e.target);
    appendString(m.key(fieldKey(EdgeField::Integration)), e.integration);
    appendStringList(m.key(fieldKey(EdgeField::Data)), e.data);
    appendDouble(m.key(fieldKey(EdgeField::PForward)), e.pForward);
    appendDouble(m.key(fieldKey(EdgeField::PBackward)), e.pBackward);
    appendDouble(m.key(fieldKey(EdgeField::DelayHours)), e.delayHours);
    appendString(m.key(fieldKey(EdgeField::Label)), e.label);
    if (!e.contract.isEmpty()) {
        // Only what differs from the default, like the edge's added fields.
        const Contract &c = e.contract;
        Members contract(m.key(kContractKey), kElementIndent + 2);
        if (c.dpa)
            appendBool(contract.key(contractKey(EdgeField::ContractDpa)), c.dpa);
        if (c.notificationSlaHours)
            appendDouble(contract.key(contractKey(EdgeField::ContractNotificationSlaHours)),
                *c.notificationSlaHours);
        if (!c.transferMechanism.isEmpty())
            appendString(contract.key(contractKey(EdgeField::ContractTransferMechanism)),
                c.transferMechanism);
        if (c.auditRight)
            appendBool(contract.key(contractKey(EdgeField::ContractAuditRight)), c.auditRight);
        if (!c.reviewed.isEmpty())
            appendString(contract.key(contractKey(EdgeField::ContractReviewed)), c.reviewed);
        contract.close();
    }
    m.close();
}

template<typename T>
void appendArray(
    QByteArray &out, const QVector<T> &items, void (*appendItem)(QByteArray &, const T &))
{
    if (items.isEmpty()) {
        out += "[]";
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i > 0 ? ",\n    " : "\n    ";
        appendItem(out, items[i]);
    }
    out += "\n  ]";
}

} // namespace

ReadResult readModelJson(
    const QByteArray &bytes, const QString &fileName, const ReadControl &control)
{
    return Reader(control).read(bytes, fileName);
}

ReadResult readModelJsonFile(const QString &path)
{
    QFile file(path);
    QString reason;
    if (!openRegularFile(file, &reason))
        return ReadResult::failure(path, reason);
    return readModelJson(file.readAll(), path);
}

QByteArray writeModelJson(const Model &model)
{
    QByteArray out;
    // Roughly what an element takes, to avoid most reallocations.
    out.reserve(
        64 + 400 * model.nodes().size() + 200 * model.data().size() + 250 * model.edges().size());
    Members m(out, 2);
    m.key("format") += "\"weaklink-model\"";
    appendInteger(m.key("version"), kVersion);
    appendString(m.key("name"), model.name);
    appendArray(m.key("nodes"), model.nodes(), &appendNode);
    appendArray(m.key("data"), model.data(), &appendDataAsset);
    appendArray(m.key("edges"), model.edges(), &appendEdge);
    m.close();
    out += '\n';
    return out;
}

QByteArray modelDigest(const Model &model)
{
    return QCryptographicHash::hash(writeModelJson(model), QCryptographicHash::Sha256).toHex();
}

bool writeModelJsonFile(const Model &model, const QString &path, QString *error)
{
    return writeFileAtomically(path, writeModelJson(model), error);
}

} // namespace wl::io
