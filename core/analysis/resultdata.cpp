#include "analysis/resultdata.h"

#include "format/format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace wl::analysis {

namespace {

// One JSON object of the result and where it is, so that every reason
// starts with the path of the value it is about ("scenario.seeds[1].node").
class Fields {
public:
    Fields(QJsonObject object, QString path, QString *error)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    QString pathOf(QLatin1String key) const
    {
        return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
    }

    bool fail(const QString &path, const QString &reason) const
    {
        if (m_error)
            *m_error = path + QStringLiteral(": ") + reason;
        return false;
    }
    bool fail(QLatin1String key, const QString &reason) const { return fail(pathOf(key), reason); }

    bool object(QLatin1String key, std::optional<Fields> *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            return fail(key, QStringLiteral("must be an object"));
        out->emplace(v.toObject(), pathOf(key), m_error);
        return true;
    }

    // Each element of the array under `key` as an object, handed to `read`.
    template<typename Read> bool objects(QLatin1String key, Read read) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            return fail(key, QStringLiteral("must be an array"));
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = pathOf(key) + u'[' + QString::number(i) + u']';
            if (!array[i].isObject())
                return fail(path, QStringLiteral("must be an object"));
            if (!read(Fields(array[i].toObject(), path, m_error)))
                return false;
        }
        return true;
    }

    bool string(QLatin1String key, QString *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString() || v.toString().isEmpty())
            return fail(key, QStringLiteral("must be a non-empty string"));
        *out = v.toString();
        return true;
    }

    bool number(QLatin1String key, double *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble())
            return fail(key, QStringLiteral("must be a number"));
        *out = v.toDouble();
        return true;
    }

    // A number, or null (or absent) for none.
    bool optionalNumber(QLatin1String key, std::optional<double> *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined()) {
            out->reset();
            return true;
        }
        if (!v.isDouble())
            return fail(key, QStringLiteral("must be a number or null"));
        *out = v.toDouble();
        return true;
    }

    bool integer(QLatin1String key, qint64 least, qint64 *out) const
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        // 2^63: the first double beyond qint64.
        if (!v.isDouble() || d != std::floor(d) || d < double(least) || d >= 0x1p63)
            return fail(key, QStringLiteral("must be a whole number of at least %1").arg(least));
        *out = v.toInteger(qint64(d));
        return true;
    }

    const QJsonObject &json() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

bool readTimedNodes(const Fields &scenario, QLatin1String key, QVector<sim::TimedNode> *out)
{
    return scenario.objects(key, [out](const Fields &f) {
        sim::TimedNode n;
        if (!f.string(QLatin1String("node"), &n.node)
            || !f.number(QLatin1String("at_hours"), &n.atHours))
            return false;
        out->append(n);
        return true;
    });
}

// QJsonDocument keeps integers exactly up to 2^63 - 1 only; a larger seed
// (they go up to 2^64 - 1) is read from the text itself.
bool readRngSeed(const Fields &scenario, const QByteArray &json, quint64 *out)
{
    const QLatin1String key("rng_seed");
    const QJsonValue value = scenario.json().value(key);
    const QString range = QStringLiteral("must be a whole number from 0 to %1")
                              .arg(format::rngSeed(std::numeric_limits<quint64>::max()));
    if (!value.isDouble())
        return scenario.fail(key, range);
    if (value.toInteger(-1) >= 0) {
        *out = quint64(value.toInteger());
        return true;
    }
    static const QRegularExpression written(
        QStringLiteral("\"rng_seed\"\\s*:\\s*([0-9]+)\\s*[,}]"));
    const std::optional<quint64> seed
        = format::parseRngSeed(written.match(QString::fromUtf8(json)).captured(1));
    if (!seed)
        return scenario.fail(key, range);
    *out = *seed;
    return true;
}

bool readScenario(const Fields &s, const QByteArray &json, sim::Scenario *out)
{
    QString mode;
    if (!s.string(QLatin1String("mode"), &mode))
        return false;
    if (mode == u"seeded")
        out->mode = sim::Mode::Seeded;
    else if (mode == u"annual")
        out->mode = sim::Mode::Annual;
    else
        return s.fail(QLatin1String("mode"), QStringLiteral("must be \"seeded\" or \"annual\""));
    qint64 trials = 0;
    if (!readTimedNodes(s, QLatin1String("seeds"), &out->seeds)
        || !readTimedNodes(s, QLatin1String("sever"), &out->sever)
        || !s.integer(QLatin1String("trials"), 1, &trials) || !readRngSeed(s, json, &out->rngSeed)
        || !s.optionalNumber(QLatin1String("horizon_hours"), &out->horizonHours))
        return false;
    if (trials > std::numeric_limits<int>::max())
        return s.fail(QLatin1String("trials"), QStringLiteral("too many trials"));
    out->trials = int(trials);
    return true;
}

bool readNode(const Fields &f, ResultData::NodeRow *row)
{
    if (!f.string(QLatin1String("id"), &row->id)
        || !f.number(QLatin1String("p_compromised"), &row->p)
        || !f.optionalNumber(QLatin1String("mean_hours_to_compromise"), &row->meanHours))
        return false;
    const QJsonArray ci = f.json().value(QLatin1String("ci95")).toArray();
    if (ci.size() != 2 || !ci[0].isDouble() || !ci[1].isDouble())
        return f.fail(QLatin1String("ci95"), QStringLiteral("must be an array of two numbers"));
    row->ciLow = ci[0].toDouble();
    row->ciHigh = ci[1].toDouble();
    return true;
}

bool readAsset(const Fields &f, ResultData::AssetRow *row)
{
    return f.string(QLatin1String("id"), &row->id)
        && f.string(QLatin1String("category"), &row->category)
        && f.integer(QLatin1String("records"), 0, &row->records)
        && f.number(QLatin1String("p_exposed"), &row->p);
}

bool readResult(const Fields &top, const QByteArray &json, ResultData *d)
{
    if (top.json().value(QLatin1String("format")).toString() != u"weaklink-simulation")
        return top.fail(QLatin1String("format"), QStringLiteral("must be \"weaklink-simulation\""));
    if (top.json().value(QLatin1String("version")) != QJsonValue(1))
        return top.fail(QLatin1String("version"), QStringLiteral("must be 1"));
    std::optional<Fields> scenario;
    if (!top.object(QLatin1String("scenario"), &scenario)
        || !readScenario(*scenario, json, &d->scenario))
        return false;
    d->trials = d->scenario.trials;
    const bool rows = top.objects(QLatin1String("nodes"), [d](const Fields &f) {
        d->nodes.append(ResultData::NodeRow());
        return readNode(f, &d->nodes.last());
    }) && top.objects(QLatin1String("data"), [d](const Fields &f) {
        d->assets.append(ResultData::AssetRow());
        return readAsset(f, &d->assets.last());
    });
    std::optional<Fields> exposed;
    std::optional<Fields> compromised;
    return rows && top.object(QLatin1String("expected_exposed_records"), &exposed)
        && exposed->number(QLatin1String("total"), &d->expectedExposedTotal)
        && top.object(QLatin1String("compromised_count"), &compromised)
        && compromised->number(QLatin1String("mean"), &d->meanCompromised);
}

} // namespace

ResultData ResultData::fromRun(const Model &model, const sim::SimResult &r)
{
    ResultData d;
    d.scenario = r.scenario;
    d.trials = r.trials;
    d.nodes.reserve(model.nodes().size());
    for (int v = 0; v < model.nodes().size(); ++v) {
        const auto [low, high] = sim::wilson95(r.compromised[v], r.trials);
        NodeRow row { model.nodes()[v].id, r.pCompromised(v), low, high, std::nullopt };
        if (!std::isnan(r.meanHours[v]))
            row.meanHours = r.meanHours[v];
        d.nodes.append(row);
    }
    d.assets.reserve(model.data().size());
    for (int a = 0; a < model.data().size(); ++a) {
        const DataAsset &asset = model.data()[a];
        d.assets.append(
            { asset.id, asset.category, asset.records, double(r.exposed[a]) / double(r.trials) });
    }
    d.expectedExposedTotal = r.expectedExposedTotal;
    d.meanCompromised = r.meanCompromisedCount();
    return d;
}

std::optional<ResultData> ResultData::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const Fields top(document.object(), QString(), error);
    const QString whole = QStringLiteral("$");
    if (parseError.error != QJsonParseError::NoError) {
        top.fail(whole,
            QStringLiteral("not JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        top.fail(whole, QStringLiteral("must be an object"));
        return std::nullopt;
    }
    ResultData d;
    if (!readResult(top, json, &d))
        return std::nullopt;
    return d;
}

} // namespace wl::analysis
