#include "interchange/yamlutil.h"

#include "interchange/limits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace wl::interchange::yaml {

namespace {

// Lookups through merge keys visit at most this many mappings.
constexpr int kMaxMergeVisits = 64;

YAML::Node find(const YAML::Node &map, const char *key, int *visits)
{
    if (!map.IsMap() || ++*visits > kMaxMergeVisits)
        return {};
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return it->second;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar() || it->first.Scalar() != "<<")
            continue;
        if (it->second.IsMap()) {
            if (YAML::Node v = find(it->second, key, visits); !v.IsNull())
                return v;
        } else if (it->second.IsSequence()) {
            for (const YAML::Node &base : it->second)
                if (YAML::Node v = find(base, key, visits); !v.IsNull())
                    return v;
        }
    }
    return {};
}

// A plain scalar by YAML 1.2's core schema.
QJsonValue resolvePlain(const QString &s)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (s.isEmpty() || s == u"~" || s == u"null" || s == u"Null" || s == u"NULL")
        return QJsonValue::Null;
    if (s == u"true" || s == u"True" || s == u"TRUE")
        return true;
    if (s == u"false" || s == u"False" || s == u"FALSE")
        return false;
    if (integer.match(s).hasMatch()) {
        bool ok = false;
        const qint64 i = s.toLongLong(&ok);
        if (ok)
            return i;
    }
    if (number.match(s).hasMatch())
        return s.toDouble();
    return s;
}

class JsonConverter {
public:
    // Walks the tree as the conversion will, without building anything, so
    // that an alias bomb fails fast.
    bool measure(const YAML::Node &node, int depth);
    bool convert(const YAML::Node &node, QJsonValue *out);
    QString error;

private:
    bool fail(const YAML::Node &node, const QString &reason)
    {
        const QString at = position(node.Mark());
        error = at.isEmpty() ? reason : at + QStringLiteral(": ") + reason;
        return false;
    }
    bool convertMap(const YAML::Node &node, QJsonObject *out);

    qsizetype m_count = 0;
};

bool JsonConverter::measure(const YAML::Node &node, int depth)
{
    if (++m_count > kMaxNodes)
        return fail(node,
            QStringLiteral("more than %1 values (aliases repeat parts of the file); Weaklink "
                           "reads at most %1")
                .arg(kMaxNodes));
    if (depth > kMaxNesting)
        return fail(node,
            QStringLiteral("nested more than %1 levels deep (an alias that contains itself?); "
                           "Weaklink reads at most %1")
                .arg(kMaxNesting));
    if (node.IsSequence() || node.IsMap())
        for (auto it = node.begin(); it != node.end(); ++it)
            if (!measure(node.IsMap() ? it->second : *it, depth + 1))
                return false;
    return true;
}

bool JsonConverter::convert(const YAML::Node &node, QJsonValue *out)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString s = QString::fromStdString(node.Scalar());
        *out = node.Tag() == "?" ? resolvePlain(s) : QJsonValue(s);
        return true;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            QJsonValue v;
            if (!convert(item, &v))
                return false;
            array.append(v);
        }
        *out = array;
        return true;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        if (!convertMap(node, &object))
            return false;
        *out = object;
        return true;
    }
    default: *out = QJsonValue::Null; return true;
    }
}

bool JsonConverter::convertMap(const YAML::Node &node, QJsonObject *out)
{
    QList<YAML::Node> merges;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it->first.IsScalar())
            return fail(it->first, QStringLiteral("a mapping key must be a plain value"));
        if (it->first.Scalar() == "<<" && it->first.Tag() == "?") {
            merges.append(it->second);
            continue;
        }
        const QString key = QString::fromStdString(it->first.Scalar());
        if (out->contains(key))
            continue;
        QJsonValue v;
        if (!convert(it->second, &v))
            return false;
        out->insert(key, v);
    }
    // Merged keys come after the mapping's own, which win; of several merged
    // mappings the first wins.
    for (const YAML::Node &merge : std::as_const(merges)) {
        QJsonValue v;
        if (!convert(merge, &v))
            return false;
        const QJsonArray bases = v.isArray() ? v.toArray() : QJsonArray { v };
        for (const QJsonValue &base : bases) {
            if (!base.isObject())
                return fail(merge, QStringLiteral("a merge key (<<) must name mappings"));
            const QJsonObject object = base.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                if (!out->contains(it.key()))
                    out->insert(it.key(), it.value());
        }
    }
    return true;
}

} // namespace

QString position(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return QStringLiteral("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

QString where(const QString &path, const YAML::Node &node)
{
    const QString at = position(node.Mark());
    return at.isEmpty() ? path : QStringLiteral("%1 (%2)").arg(path, at);
}

QString message(const YAML::Exception &e)
{
    const QString reason = QString::fromStdString(e.msg);
    const QString at = position(e.mark);
    return at.isEmpty() ? reason : at + QStringLiteral(": ") + reason;
}

QString load(const QByteArray &bytes, YAML::Node *root)
{
    if (QString error = checkYamlLimits(bytes); !error.isEmpty())
        return error;
    try {
        *root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return message(e);
    }
    return {};
}

YAML::Node get(const YAML::Node &map, const char *key)
{
    int visits = 0;
    return find(map, key, &visits);
}

QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QString toJson(const YAML::Node &node, QJsonValue *out)
{
    JsonConverter converter;
    if (converter.measure(node, 0))
        converter.convert(node, out);
    return converter.error;
}

} // namespace wl::interchange::yaml
