#include "layoutjson.h"

#include "io/modeljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wl::files {

namespace {

// Qt writes a JSON double in the shortest form that reads back to the same
// value (QLocale::FloatingPointShortest), and reads it back exactly.
QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray a;
    for (const double v : values)
        a.append(v);
    return a;
}

QJsonArray pointList(const QVector<QPointF> &points)
{
    QJsonArray a;
    for (const QPointF &p : points) {
        a.append(p.x());
        a.append(p.y());
    }
    return a;
}

QJsonArray rect(const QRectF &r)
{
    return numbers({ r.x(), r.y(), r.width(), r.height() });
}

QJsonObject resultObject(const layout::LayoutResult &r)
{
    QJsonArray edges;
    for (const layout::EdgeRoute &route : r.edges) {
        QJsonObject edge;
        edge.insert(QStringLiteral("points"), pointList(route.points));
        if (route.labelPos)
            edge.insert(
                QStringLiteral("labelPos"), numbers({ route.labelPos->x(), route.labelPos->y() }));
        edges.append(edge);
    }
    QJsonArray clusters;
    for (const layout::ClusterBox &c : r.clusters) {
        QJsonObject cluster;
        cluster.insert(QStringLiteral("organization"), c.organization);
        cluster.insert(QStringLiteral("box"), rect(c.box));
        clusters.append(cluster);
    }
    QJsonObject o;
    o.insert(QStringLiteral("engine"), r.engine);
    o.insert(QStringLiteral("nodeCenters"), pointList(r.nodeCenters));
    o.insert(QStringLiteral("edges"), edges);
    o.insert(QStringLiteral("clusters"), clusters);
    o.insert(QStringLiteral("bounds"), rect(r.bounds));
    o.insert(QStringLiteral("messages"), QJsonArray::fromStringList(r.messages));
    return o;
}

// Reads the JSON back, checking every type; the first mismatch is the error,
// named by its path.
class Reader {
public:
    QString error;

    bool fail(const QString &path, const char *expected)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: expected %2").arg(path, QLatin1String(expected));
        return false;
    }

    bool string(const QJsonValue &v, const QString &path, QString *out)
    {
        if (!v.isString())
            return fail(path, "a string");
        *out = v.toString();
        return true;
    }

    bool boolean(const QJsonValue &v, const QString &path, bool *out)
    {
        if (!v.isBool())
            return fail(path, "true or false");
        *out = v.toBool();
        return true;
    }

    // `pairs`: an even count.
    bool doubles(const QJsonValue &v, const QString &path, QVector<double> *out, bool pairs = false)
    {
        if (!v.isArray())
            return fail(path, "an array of numbers");
        const QJsonArray a = v.toArray();
        if (pairs && a.size() % 2 != 0)
            return fail(path, "pairs of numbers");
        out->clear();
        out->reserve(a.size());
        for (const QJsonValue &item : a) {
            if (!item.isDouble())
                return fail(path, "an array of numbers");
            out->append(item.toDouble());
        }
        return true;
    }

    bool points(const QJsonValue &v, const QString &path, QVector<QPointF> *out)
    {
        QVector<double> flat;
        if (!doubles(v, path, &flat, true))
            return false;
        out->clear();
        out->reserve(flat.size() / 2);
        for (qsizetype i = 0; i < flat.size(); i += 2)
            out->append(QPointF(flat[i], flat[i + 1]));
        return true;
    }

    bool point(const QJsonValue &v, const QString &path, QPointF *out)
    {
        QVector<QPointF> one;
        if (!points(v, path, &one))
            return false;
        if (one.size() != 1)
            return fail(path, "two numbers");
        *out = one.first();
        return true;
    }

    bool rectangle(const QJsonValue &v, const QString &path, QRectF *out)
    {
        QVector<double> four;
        if (!doubles(v, path, &four))
            return false;
        if (four.size() != 4)
            return fail(path, "four numbers");
        *out = QRectF(four[0], four[1], four[2], four[3]);
        return true;
    }

    bool strings(const QJsonValue &v, const QString &path, QStringList *out)
    {
        if (!v.isArray())
            return fail(path, "an array of strings");
        out->clear();
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return fail(path, "an array of strings");
            out->append(item.toString());
        }
        return true;
    }

    bool array(const QJsonValue &v, const QString &path, QJsonArray *out)
    {
        if (!v.isArray())
            return fail(path, "an array");
        *out = v.toArray();
        return true;
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(path, "an object");
        *out = v.toObject();
        return true;
    }

    bool result(const QJsonObject &o, layout::LayoutResult *r)
    {
        QJsonArray edges;
        QJsonArray clusters;
        if (!string(o.value(u"engine"), QStringLiteral("result.engine"), &r->engine)
            || !points(
                o.value(u"nodeCenters"), QStringLiteral("result.nodeCenters"), &r->nodeCenters)
            || !array(o.value(u"edges"), QStringLiteral("result.edges"), &edges)
            || !array(o.value(u"clusters"), QStringLiteral("result.clusters"), &clusters)
            || !rectangle(o.value(u"bounds"), QStringLiteral("result.bounds"), &r->bounds)
            || !strings(o.value(u"messages"), QStringLiteral("result.messages"), &r->messages))
            return false;
        r->edges.resize(edges.size());
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const QString path = QStringLiteral("result.edges[%1]").arg(i);
            QJsonObject edge;
            if (!object(edges.at(i), path, &edge)
                || !points(
                    edge.value(u"points"), path + QStringLiteral(".points"), &r->edges[i].points))
                return false;
            if (edge.contains(u"labelPos")) {
                QPointF labelPos;
                if (!point(edge.value(u"labelPos"), path + QStringLiteral(".labelPos"), &labelPos))
                    return false;
                r->edges[i].labelPos = labelPos;
            }
        }
        r->clusters.resize(clusters.size());
        for (qsizetype i = 0; i < clusters.size(); ++i) {
            const QString path = QStringLiteral("result.clusters[%1]").arg(i);
            QJsonObject cluster;
            if (!object(clusters.at(i), path, &cluster)
                || !string(cluster.value(u"organization"), path + QStringLiteral(".organization"),
                    &r->clusters[i].organization)
                || !rectangle(
                    cluster.value(u"box"), path + QStringLiteral(".box"), &r->clusters[i].box))
                return false;
        }
        return true;
    }
};

std::optional<QJsonObject> parseObject(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

QByteArray writeLayoutRequest(const LayoutRequest &request)
{
    const layout::LayoutOptions &options = request.options;
    QJsonArray labelSizes;
    for (const QSizeF &size : options.labelSizes) {
        labelSizes.append(size.width());
        labelSizes.append(size.height());
    }
    QJsonArray nodeScales;
    for (const double scale : options.nodeScales)
        nodeScales.append(scale);
    QJsonObject header;
    header.insert(QStringLiteral("engine"), layout::engineName(options.engine));
    header.insert(QStringLiteral("keepPinned"), options.keepPinned);
    header.insert(QStringLiteral("labelSizes"), labelSizes);
    header.insert(QStringLiteral("nodeScales"), nodeScales);
    header.insert(QStringLiteral("routeOnly"), request.routeOnly);
    // Compact JSON escapes line breaks inside strings: the first '\n' ends it.
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n'
        + io::writeModelJson(request.model);
}

std::optional<LayoutRequest> readLayoutRequest(const QByteArray &bytes, QString *error)
{
    const qsizetype headerEnd = bytes.indexOf('\n');
    if (headerEnd < 0) {
        *error = QStringLiteral("no model after the options");
        return std::nullopt;
    }
    const std::optional<QJsonObject> header = parseObject(bytes.first(headerEnd), error);
    if (!header)
        return std::nullopt;

    LayoutRequest request;
    Reader read;
    QString engine;
    QVector<double> labelSizes;
    if (!read.string(header->value(u"engine"), QStringLiteral("engine"), &engine)
        || !read.boolean(
            header->value(u"keepPinned"), QStringLiteral("keepPinned"), &request.options.keepPinned)
        || !read.doubles(
            header->value(u"labelSizes"), QStringLiteral("labelSizes"), &labelSizes, true)
        || !read.doubles(
            header->value(u"nodeScales"), QStringLiteral("nodeScales"), &request.options.nodeScales)
        || !read.boolean(
            header->value(u"routeOnly"), QStringLiteral("routeOnly"), &request.routeOnly)) {
        *error = read.error;
        return std::nullopt;
    }
    const std::optional<layout::Engine> known = layout::engineFromName(engine);
    if (!known) {
        *error = QStringLiteral("engine: unknown engine \"%1\"").arg(engine);
        return std::nullopt;
    }
    request.options.engine = *known;
    request.options.labelSizes.reserve(labelSizes.size() / 2);
    for (qsizetype i = 0; i < labelSizes.size(); i += 2)
        request.options.labelSizes.append(QSizeF(labelSizes[i], labelSizes[i + 1]));

    ReadResult model = io::readModelJson(bytes.sliced(headerEnd + 1));
    if (!model.ok()) {
        *error = QStringLiteral("the model: %1").arg(model.error);
        return std::nullopt;
    }
    request.model = std::move(*model.model);
    return request;
}

QByteArray writeLayoutOutcome(const layout::LayoutOutcome &outcome)
{
    QJsonObject o;
    o.insert(QStringLiteral("cancelled"), outcome.cancelled);
    o.insert(QStringLiteral("error"), outcome.error);
    if (outcome.result)
        o.insert(QStringLiteral("result"), resultObject(*outcome.result));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<layout::LayoutOutcome> readLayoutOutcome(const QByteArray &bytes, QString *error)
{
    const std::optional<QJsonObject> o = parseObject(bytes, error);
    if (!o)
        return std::nullopt;
    layout::LayoutOutcome outcome;
    Reader read;
    bool ok = read.boolean(o->value(u"cancelled"), QStringLiteral("cancelled"), &outcome.cancelled)
        && read.string(o->value(u"error"), QStringLiteral("error"), &outcome.error);
    if (ok && o->contains(u"result")) {
        QJsonObject result;
        outcome.result.emplace();
        ok = read.object(o->value(u"result"), QStringLiteral("result"), &result)
            && read.result(result, &*outcome.result);
    }
    if (!ok) {
        *error = read.error;
        return std::nullopt;
    }
    return outcome;
}

layout::LayoutOutcome runLayoutRequest(const LayoutRequest &request, const std::atomic_bool *cancel)
{
    if (request.routeOnly)
        return layout::routeEdges(request.model, request.options.nodeScales);
    return layout::computeLayout(request.model, request.options, cancel);
}

} // namespace wl::files
