// The figures of a run as the results tables show them (core/analysis/
// resultdata.h): from a run in memory, read back from the result JSON the
// engine writes (FORMAT.md §3), and every way a stored result can be
// unreadable, each named by its JSON path.
#include "analysis/resultdata.h"
#include "simtestmodel.h"
#include "simulation/resultjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace wl;
using namespace Qt::StringLiterals;
using analysis::ResultData;

namespace {

// SIMULATION.md §6.5: the chain seeded at A, B severed at 30 h; C is never
// reached, so its mean time is null.
sim::Scenario severedChain(int trials)
{
    sim::Scenario s = test::seededScenario({ { QStringLiteral("A"), 0 } }, trials);
    s.sever = { { QStringLiteral("B"), 30 } };
    s.horizonHours = 100.0;
    return s;
}

QByteArray resultJson(const Model &m, const sim::SimResult &r)
{
    return sim::writeResultJson(m, sim::compile(m), r);
}

// The engine's JSON for the severed chain, changed by `change` at one
// place.
QByteArray changed(const std::function<void(QJsonObject &)> &change)
{
    const Model m = test::chainModel();
    QJsonObject o
        = QJsonDocument::fromJson(resultJson(m, test::runScenario(m, severedChain(100)))).object();
    change(o);
    return QJsonDocument(o).toJson();
}

// `top[key][index]` (index -1: `top[key]` itself) with `member` set to
// `value`; an undefined value removes it.
void setAt(
    QJsonObject &top, const QString &key, int index, const QString &member, const QJsonValue &value)
{
    const auto set = [&](QJsonObject o) {
        if (value.isUndefined())
            o.remove(member);
        else
            o[member] = value;
        return o;
    };
    if (index < 0) {
        top[key] = set(top[key].toObject());
        return;
    }
    QJsonArray array = top[key].toArray();
    array[index] = set(array[index].toObject());
    top[key] = array;
}

} // namespace

class TestResultData : public QObject {
    Q_OBJECT

private slots:
    void fromRunHasTheRunsFigures();
    void jsonReadsBackWhatTheEngineWrote();
    void largestRngSeed();
    void unreadable_data();
    void unreadable();
};

void TestResultData::fromRunHasTheRunsFigures()
{
    const Model m = test::chainModel();
    const sim::SimResult r = test::runScenario(m, severedChain(1000));
    const ResultData d = ResultData::fromRun(m, r);
    QCOMPARE(d.trials, qint64(1000));
    QCOMPARE(d.scenario, r.scenario);
    QCOMPARE(d.nodes.size(), 3);
    for (int v = 0; v < 3; ++v) {
        QCOMPARE(d.nodes[v].id, m.nodes()[v].id);
        QCOMPARE(d.nodes[v].p, r.pCompromised(v));
        const auto [low, high] = sim::wilson95(r.compromised[v], r.trials);
        QCOMPARE(d.nodes[v].ciLow, low);
        QCOMPARE(d.nodes[v].ciHigh, high);
    }
    // A is the seed: compromised at 0 h in every trial; C never.
    QCOMPARE(d.nodes[0].p, 1.0);
    QCOMPARE(d.nodes[0].meanHours, std::optional<double>(0.0));
    QCOMPARE(d.nodes[2].p, 0.0);
    QCOMPARE(d.nodes[2].meanHours, std::nullopt);
    QCOMPARE(d.assets.size(), 1);
    QCOMPARE(d.assets[0].id, QStringLiteral("logs"));
    QCOMPARE(d.assets[0].category, QStringLiteral("telemetry"));
    QCOMPARE(d.assets[0].records, qint64(100));
    QCOMPARE(d.assets[0].p, d.nodes[1].p); // B alone holds it
    QCOMPARE(d.expectedExposedTotal, r.expectedExposedTotal);
    QCOMPARE(d.meanCompromised, r.meanCompromisedCount());
}

void TestResultData::jsonReadsBackWhatTheEngineWrote()
{
    const Model m = test::chainModel();
    const sim::SimResult r = test::runScenario(m, severedChain(1000));
    const ResultData run = ResultData::fromRun(m, r);
    QString error = QStringLiteral("untouched");
    const std::optional<ResultData> read = ResultData::fromJson(resultJson(m, r), &error);
    QVERIFY(read);
    QCOMPARE(error, QStringLiteral("untouched"));
    QCOMPARE(read->scenario, run.scenario);
    QCOMPARE(read->scenario.horizonHours, std::optional<double>(100.0));
    QCOMPARE(read->trials, run.trials);
    QCOMPARE(read->nodes.size(), run.nodes.size());
    for (int v = 0; v < run.nodes.size(); ++v) {
        QCOMPARE(read->nodes[v].id, run.nodes[v].id);
        QCOMPARE(read->nodes[v].p, run.nodes[v].p);
        QCOMPARE(read->nodes[v].ciLow, run.nodes[v].ciLow);
        QCOMPARE(read->nodes[v].ciHigh, run.nodes[v].ciHigh);
        QCOMPARE(read->nodes[v].meanHours, run.nodes[v].meanHours);
    }
    QCOMPARE(read->assets.size(), 1);
    QCOMPARE(read->assets[0].id, run.assets[0].id);
    QCOMPARE(read->assets[0].category, run.assets[0].category);
    QCOMPARE(read->assets[0].records, run.assets[0].records);
    QCOMPARE(read->assets[0].p, run.assets[0].p);
    QCOMPARE(read->expectedExposedTotal, run.expectedExposedTotal);
    QCOMPARE(read->meanCompromised, run.meanCompromised);
}

void TestResultData::largestRngSeed()
{
    // 2^64 - 1 is past what QJsonDocument keeps as an integer.
    const Model m = test::chainModel();
    sim::Scenario s = severedChain(10);
    s.rngSeed = std::numeric_limits<quint64>::max();
    const std::optional<ResultData> read
        = ResultData::fromJson(resultJson(m, test::runScenario(m, s)));
    QVERIFY(read);
    QCOMPARE(read->scenario.rngSeed, std::numeric_limits<quint64>::max());
    s.rngSeed = (quint64(1) << 63) + 1;
    QCOMPARE(ResultData::fromJson(resultJson(m, test::runScenario(m, s)))->scenario.rngSeed,
        (quint64(1) << 63) + 1);
}

void TestResultData::unreadable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const QByteArray &json, const char *error) {
        QTest::newRow(name) << json << QString::fromUtf8(error);
    };
    row("not JSON", "{ \"format\": ", "$: not JSON: unterminated object at byte 12");
    row("an array", "[]", "$: must be an object");
    row("another format", changed([](QJsonObject &o) { o[u"format"] = u"weaklink-ranking"_s; }),
        "format: must be \"weaklink-simulation\"");
    row("version 2", changed([](QJsonObject &o) { o[u"version"] = 2; }), "version: must be 1");
    row("no scenario", changed([](QJsonObject &o) { o.remove(u"scenario"); }),
        "scenario: must be an object");
    row("mode",
        changed([](QJsonObject &o) { setAt(o, u"scenario"_s, -1, u"mode"_s, u"weekly"_s); }),
        "scenario.mode: must be \"seeded\" or \"annual\"");
    row("seed node", changed([](QJsonObject &o) {
        QJsonObject s = o[u"scenario"].toObject();
        s[u"seeds"] = QJsonArray { QJsonObject { { u"node"_s, u"A"_s }, { u"at_hours"_s, 0 } },
            QJsonObject { { u"at_hours"_s, 5 } } };
        o[u"scenario"] = s;
    }),
        "scenario.seeds[1].node: must be a non-empty string");
    row("sever time", changed([](QJsonObject &o) {
        QJsonObject s = o[u"scenario"].toObject();
        s[u"sever"]
            = QJsonArray { QJsonObject { { u"node"_s, u"B"_s }, { u"at_hours"_s, u"x"_s } } };
        o[u"scenario"] = s;
    }),
        "scenario.sever[0].at_hours: must be a number");
    row("sever not a list",
        changed([](QJsonObject &o) { setAt(o, u"scenario"_s, -1, u"sever"_s, u"B@30"_s); }),
        "scenario.sever: must be an array");
    row("no trials", changed([](QJsonObject &o) { setAt(o, u"scenario"_s, -1, u"trials"_s, 0); }),
        "scenario.trials: must be a whole number of at least 1");
    row("fractional trials",
        changed([](QJsonObject &o) { setAt(o, u"scenario"_s, -1, u"trials"_s, 1.5); }),
        "scenario.trials: must be a whole number of at least 1");
    row("seed as text",
        changed([](QJsonObject &o) { setAt(o, u"scenario"_s, -1, u"rng_seed"_s, u"7"_s); }),
        "scenario.rng_seed: must be a whole number from 0 to 18446744073709551615");
    row("negative seed",
        changed([](QJsonObject &o) { setAt(o, u"scenario"_s, -1, u"rng_seed"_s, -1); }),
        "scenario.rng_seed: must be a whole number from 0 to 18446744073709551615");
    row("horizon",
        changed([](QJsonObject &o) { setAt(o, u"scenario"_s, -1, u"horizon_hours"_s, u"soon"_s); }),
        "scenario.horizon_hours: must be a number or null");
    row("nodes not a list", changed([](QJsonObject &o) { o[u"nodes"] = QJsonObject(); }),
        "nodes: must be an array");
    row("node not an object", changed([](QJsonObject &o) {
        QJsonArray nodes = o[u"nodes"].toArray();
        nodes[2] = u"C"_s;
        o[u"nodes"] = nodes;
    }),
        "nodes[2]: must be an object");
    row("empty id", changed([](QJsonObject &o) { setAt(o, u"nodes"_s, 1, u"id"_s, u""_s); }),
        "nodes[1].id: must be a non-empty string");
    row("no probability", changed([](QJsonObject &o) {
        setAt(o, u"nodes"_s, 0, u"p_compromised"_s, QJsonValue::Null);
    }),
        "nodes[0].p_compromised: must be a number");
    row("interval",
        changed([](QJsonObject &o) { setAt(o, u"nodes"_s, 0, u"ci95"_s, QJsonArray { 0.5 }); }),
        "nodes[0].ci95: must be an array of two numbers");
    row("mean time", changed([](QJsonObject &o) {
        setAt(o, u"nodes"_s, 1, u"mean_hours_to_compromise"_s, u"soon"_s);
    }),
        "nodes[1].mean_hours_to_compromise: must be a number or null");
    row("negative records",
        changed([](QJsonObject &o) { setAt(o, u"data"_s, 0, u"records"_s, -5); }),
        "data[0].records: must be a whole number of at least 0");
    row("no category", changed([](QJsonObject &o) {
        setAt(o, u"data"_s, 0, u"category"_s, QJsonValue::Undefined);
    }),
        "data[0].category: must be a non-empty string");
    row("no total", changed([](QJsonObject &o) {
        setAt(o, u"expected_exposed_records"_s, -1, u"total"_s, QJsonValue::Undefined);
    }),
        "expected_exposed_records.total: must be a number");
    row("no count", changed([](QJsonObject &o) { o.remove(u"compromised_count"); }),
        "compromised_count: must be an object");
}

void TestResultData::unreadable()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString reason;
    QVERIFY(!ResultData::fromJson(json, &reason));
    QCOMPARE(reason, error);
    // No place for the reason: still nothing read.
    QVERIFY(!ResultData::fromJson(json));
}

QTEST_GUILESS_MAIN(TestResultData)
#include "tst_resultdata.moc"
