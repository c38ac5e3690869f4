#include "interchange/cyclonedxschema.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <array>
#include <memory>
#include <mutex>

namespace wl::interchange::cyclonedx {

namespace {

const QString kResourceDir = QStringLiteral(":/schemas/cyclonedx/");
// Enums longer than this are checked by Prechecks, not valijson.
constexpr qsizetype kLargeEnum = 64;

// A schema document of the resources by its file name ("spdx.schema.json"),
// or an undefined value.
QJsonValue resourceDocument(const QString &fileName)
{
    QFile file(kResourceDir + fileName);
    if (fileName.contains(u'/') || !file.open(QIODevice::ReadOnly))
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return QJsonValue(QJsonValue::Undefined);
    return doc.object();
}

// The checks made before valijson's, as a graph over the schema: which
// properties, items and alternatives ($ref, allOf, anyOf, oneOf,
// if/then/else) lead where, which strings the schema checks with a regular
// expression, and which arrays must hold unique items. Walked together with
// a document, it finds the strings valijson would hand to std::regex. It
// also makes two checks in valijson's stead, which forValijson() takes out of
// the schema valijson gets: `uniqueItems`, which valijson checks by comparing
// every pair of items (quadratic: seconds for a thousand components), here
// by hashing; and large enums (the 811 SPDX license ids), which valijson
// checks by converting the value once per allowed value, here by a set. Alternatives are
// followed all at once (a string or array is checked if any schema that may
// apply to it asks), which the CycloneDX schemas allow: none has two
// alternatives for one value that disagree on these checks.
class Prechecks {
public:
    bool build(const QJsonObject &root, const QString &version)
    {
        m_version = version;
        m_documents.insert(QString(), root);
        return compile(root, QString()) >= 0;
    }

    // "path: reason" for the first over-long string in a regex-checked
    // field or repeated item of a unique-items array, else an empty string.
    QString check(const QJsonValue &doc) const
    {
        QString error;
        walk(doc, closure({ 0 }), QString(), &error);
        return error;
    }

private:
    struct SchemaNode {
        bool regex = false;
        bool unique = false;
        int enumIndex = -1; // a large enum, in m_enums
        QHash<QString, int> properties;
        int additional = -1;
        int items = -1;
        QList<int> alternatives;
    };
    using Set = QVarLengthArray<int, 16>;

    int compile(const QJsonValue &value, const QString &doc)
    {
        const int index = int(m_nodes.size());
        m_nodes.append(SchemaNode());
        if (!value.isObject())
            return index;
        const QJsonObject o = value.toObject();
        SchemaNode n;
        const QString format = o.value(QLatin1String("format")).toString();
        n.regex = o.contains(QLatin1String("pattern")) || format == u"date" || format == u"time"
            || format == u"date-time";
        n.unique = o.value(QLatin1String("uniqueItems")).toBool();
        const QJsonObject properties = o.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            n.properties.insert(it.key(), compile(it.value(), doc));
        if (o.value(QLatin1String("additionalProperties")).isObject())
            n.additional = compile(o.value(QLatin1String("additionalProperties")), doc);
        const QJsonValue items = o.value(QLatin1String("items"));
        if (items.isObject()) {
            n.items = compile(items, doc);
        } else if (items.isArray()) {
            n.items = int(m_nodes.size());
            m_nodes.append(SchemaNode());
            QList<int> each;
            for (const QJsonValue &item : items.toArray())
                each.append(compile(item, doc));
            m_nodes[n.items].alternatives = each;
        }
        for (const QLatin1String key :
            { QLatin1String("allOf"), QLatin1String("anyOf"), QLatin1String("oneOf") }) {
            for (const QJsonValue &sub : o.value(key).toArray())
                n.alternatives.append(compile(sub, doc));
        }
        for (const QLatin1String key :
            { QLatin1String("if"), QLatin1String("then"), QLatin1String("else") }) {
            if (o.contains(key))
                n.alternatives.append(compile(o.value(key), doc));
        }
        if (o.contains(QLatin1String("$ref"))) {
            if (const int target = compileRef(o.value(QLatin1String("$ref")).toString(), doc);
                target >= 0)
                n.alternatives.append(target);
        }
        const QJsonArray values = o.value(QLatin1String("enum")).toArray();
        if (values.size() > kLargeEnum) {
            QSet<QString> allowed;
            for (const QJsonValue &v : values)
                allowed.insert(v.toString());
            n.enumIndex = int(m_enums.size());
            m_enums.append(std::move(allowed));
        }
        m_nodes[index] = std::move(n);
        return index;
    }

    // A reference within the schema ("#/definitions/component") or to
    // another of the resources ("spdx.schema.json",
    // "cryptography-defs.schema.json#/definitions/ellipticCurvesEnum").
    int compileRef(const QString &ref, const QString &doc)
    {
        const qsizetype hash = ref.indexOf(u'#');
        const QString file = hash < 0 ? ref : ref.left(hash);
        const QString document = file.isEmpty() ? doc : file.mid(file.lastIndexOf(u'/') + 1);
        const QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
        const QString key = document + u'#' + pointer;
        if (const auto it = m_refs.constFind(key); it != m_refs.constEnd())
            return it.value();
        if (!m_documents.contains(document))
            m_documents.insert(document, resourceDocument(document).toObject());
        QJsonValue target = m_documents.value(document);
        for (const QString &part : pointer.split(u'/', Qt::SkipEmptyParts))
            target = target.toObject().value(part);
        if (!target.isObject())
            return -1;
        // Registered before its contents, for the schema's recursion
        // (a component holds components).
        const int placeholder = int(m_nodes.size());
        m_nodes.append(SchemaNode());
        m_refs.insert(key, placeholder);
        const int contents = compile(target, document);
        m_nodes[placeholder].alternatives.append(contents);
        return placeholder;
    }

    // The nodes reachable from `start` through alternatives, each once.
    Set closure(const Set &start) const
    {
        Set out;
        Set stack = start;
        while (!stack.isEmpty()) {
            const int i = stack.last();
            stack.removeLast();
            if (i < 0 || out.contains(i))
                continue;
            out.append(i);
            for (const int a : m_nodes[i].alternatives)
                stack.append(a);
        }
        return out;
    }

    bool walk(
        const QJsonValue &value, const Set &schemas, const QString &path, QString *error) const
    {
        if (schemas.isEmpty())
            return true;
        if (value.isString()) {
            const QString s = value.toString();
            for (const int i : schemas) {
                const int e = m_nodes[i].enumIndex;
                if (e >= 0 && !m_enums[e].contains(s)) {
                    *error = path
                        + QStringLiteral(": does not conform to the CycloneDX %1 schema: \"%2\" is "
                                         "not one of the %3 values the schema allows here")
                              .arg(m_version, s.left(80))
                              .arg(m_enums[e].size());
                    return false;
                }
            }
            // UTF-8 takes at most 3 bytes per UTF-16 unit.
            if (s.size() * 3 <= kMaxCheckedStringBytes
                || s.toUtf8().size() <= kMaxCheckedStringBytes)
                return true;
            for (const int i : schemas) {
                if (m_nodes[i].regex) {
                    *error = path
                        + QStringLiteral(": a string of more than %1 bytes in a field the "
                                         "schema checks by a pattern; Weaklink refuses it "
                                         "before validating")
                              .arg(kMaxCheckedStringBytes);
                    return false;
                }
            }
            return true;
        }
        if (value.isArray()) {
            Set items;
            bool unique = false;
            for (const int i : schemas) {
                items.append(m_nodes[i].items);
                unique = unique || m_nodes[i].unique;
            }
            const Set next = closure(items);
            const QJsonArray array = value.toArray();
            if (unique && !uniqueItems(array, path, error))
                return false;
            for (qsizetype k = 0; k < array.size(); ++k) {
                if (!walk(array.at(k), next, path + u'[' + QString::number(k) + u']', error))
                    return false;
            }
            return true;
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                Set children;
                for (const int i : schemas) {
                    const SchemaNode &n = m_nodes[i];
                    children.append(n.properties.value(it.key(), n.additional));
                }
                const QString childPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
                if (!walk(it.value(), closure(children), childPath, error))
                    return false;
            }
        }
        return true;
    }

    // JSON Schema's equality is that of the values; compact JSON of a
    // QJsonValue is canonical (object keys sorted), so equal items have equal
    // text.
    bool uniqueItems(const QJsonArray &array, const QString &path, QString *error) const
    {
        QHash<QByteArray, qsizetype> seen;
        seen.reserve(array.size());
        for (qsizetype k = 0; k < array.size(); ++k) {
            const QJsonValue item = array.at(k);
            QByteArray text;
            if (item.isObject())
                text = QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact);
            else if (item.isArray())
                text = QJsonDocument(item.toArray()).toJson(QJsonDocument::Compact);
            else
                text = QJsonDocument(QJsonArray { item }).toJson(QJsonDocument::Compact);
            const auto it = seen.constFind(text);
            if (it != seen.constEnd()) {
                *error = path + u'[' + QString::number(k) + u']'
                    + QStringLiteral(": does not conform to the CycloneDX %1 schema: the items "
                                     "must be unique, and this one repeats item [%2]")
                          .arg(m_version)
                          .arg(it.value());
                return false;
            }
            seen.insert(text, k);
        }
        return true;
    }

    QString m_version;
    QHash<QString, QJsonObject> m_documents; // by file name; "" is the BOM schema
    QList<QSet<QString>> m_enums;
    QList<SchemaNode> m_nodes;
    QHash<QString, int> m_refs;
};

struct CompiledSchema {
    valijson::Schema schema;
    Prechecks prechecks;
    QString error; // the schema itself could not be loaded
};

// A schema without what Prechecks checks instead of valijson: uniqueItems,
// and enums of more than kLargeEnum values (valijson compares a value with
// each in turn, converting it each time: the 811 SPDX license ids).
QJsonValue forValijson(const QJsonValue &schema)
{
    if (schema.isArray()) {
        QJsonArray array = schema.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = forValijson(*it);
        return array;
    }
    if (!schema.isObject())
        return schema;
    QJsonObject object = schema.toObject();
    for (auto it = object.begin(); it != object.end();) {
        if ((it.key() == u"uniqueItems" && it.value().isBool())
            || (it.key() == u"enum" && it.value().toArray().size() > kLargeEnum)) {
            it = object.erase(it);
        } else {
            *it = forValijson(*it);
            ++it;
        }
    }
    return object;
}

// valijson's fetchDoc: the schemas' $refs ("spdx.schema.json",
// "http://cyclonedx.org/schema/jsf-0.82.schema.json") by file name from the
// resources; anything else is not found, and nothing is fetched.
const QJsonValue *fetchSchema(const std::string &uri)
{
    QString name = QString::fromStdString(uri);
    name = name.left(name.indexOf(u'#') < 0 ? name.size() : name.indexOf(u'#'));
    name = name.mid(name.lastIndexOf(u'/') + 1);
    const QJsonValue doc = resourceDocument(name);
    if (doc.isUndefined())
        return nullptr;
    return new QJsonValue(forValijson(doc));
}

void freeSchema(const QJsonValue *doc)
{
    delete doc;
}

void compile(CompiledSchema &compiled, int minor)
{
    const QString name = QStringLiteral("bom-1.%1.schema.json").arg(minor);
    const QJsonValue root = resourceDocument(name);
    if (root.isUndefined()) {
        compiled.error = QStringLiteral("the schema %1 is missing from the product").arg(name);
        return;
    }
    try {
        valijson::SchemaParser parser;
        const valijson::adapters::QtJsonAdapter adapter(forValijson(root));
        parser.populateSchema(adapter, compiled.schema, fetchSchema, freeSchema);
    } catch (const std::exception &e) {
        compiled.error = QStringLiteral("the schema %1 could not be loaded: %2")
                             .arg(name, QString::fromStdString(e.what()));
        return;
    }
    if (!compiled.prechecks.build(root.toObject(), QStringLiteral("1.%1").arg(minor)))
        compiled.error = QStringLiteral("the schema %1 could not be read").arg(name);
}

const CompiledSchema &compiledSchema(int minor)
{
    constexpr int kCount = kNewestMinor - kOldestMinor + 1;
    static std::array<CompiledSchema, kCount> schemas;
    static std::array<std::once_flag, kCount> once;
    const int i = minor - kOldestMinor;
    std::call_once(once[i], [&] { compile(schemas[i], minor); });
    return schemas[i];
}

// valijson's context ("<root>", "[dependencies]", "[0]", "[ref]") as a path
// in ReadResult's form: "dependencies[0].ref".
QString errorPath(const std::vector<std::string> &context)
{
    QString path;
    for (const std::string &part : context) {
        if (part.size() < 2 || part.front() != '[' || part.back() != ']')
            continue;
        const QString inner = QString::fromStdString(part.substr(1, part.size() - 2));
        bool isIndex = false;
        inner.toUInt(&isIndex);
        if (isIndex)
            path += u'[' + inner + u']';
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + inner;
    }
    return path;
}

} // namespace

QString validate(const QJsonValue &bom, int minor)
{
    if (minor < kOldestMinor || minor > kNewestMinor)
        return QStringLiteral("specVersion: no schema for CycloneDX 1.%1").arg(minor);
    const CompiledSchema &compiled = compiledSchema(minor);
    if (!compiled.error.isEmpty())
        return compiled.error;
    if (QString error = compiled.prechecks.check(bom); !error.isEmpty())
        return error;
    try {
        const valijson::adapters::QtJsonAdapter adapter(bom);
        valijson::Validator validator;
        if (validator.validate(compiled.schema, adapter, nullptr))
            return {};
        valijson::ValidationResults results;
        valijson::Validator(valijson::Validator::kStrongTypes)
            .validate(compiled.schema, adapter, &results);
        valijson::ValidationResults::Error first;
        if (!results.popError(first))
            return QStringLiteral("does not conform to the CycloneDX 1.%1 schema").arg(minor);
        const QString path = errorPath(first.context);
        const QString reason = QStringLiteral("does not conform to the CycloneDX 1.%1 schema: %2")
                                   .arg(minor)
                                   .arg(QString::fromStdString(first.description));
        return path.isEmpty() ? reason : path + QStringLiteral(": ") + reason;
    } catch (const std::exception &e) {
        return QStringLiteral("the CycloneDX 1.%1 schema could not be applied: %2")
            .arg(minor)
            .arg(QString::fromStdString(e.what()));
    }
}

} // namespace wl::interchange::cyclonedx
