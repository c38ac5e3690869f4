// The heatmap overlay (docs/OVERLAYS.md): the five metrics of FORMAT.md §2
// on the worked examples of SIMULATION.md §6 (values exact by construction
// or within five standard errors), the colour ramp (a higher value is never
// drawn cooler, for every metric on a model whose order is known), the
// scale's round ends on a linear or log scale with the seeds breached off
// it, the legend's numbers and source line, flows, and the app side: the
// overlay bar switching the canvas's fills and scale, the baseline going
// stale on an edit and fresh again, the legend naming what the values come
// from and finding a corner clear of the nodes, and a highlighted path
// dimming everything else.
#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/edgeitem.h"
#include "editor/nodeitem.h"
#include "jobs/simulationsnapshot.h"
#include "overlay/overlaybar.h"
#include "overlay/overlaycontroller.h"
#include "overlay/overlaylegend.h"
#include "selection.h"
#include "tolerance.h"

#include "analysis/overlaysource.h"
#include "commands/commands.h"
#include "io/modeljson.h"
#include "model/document.h"
#include "render/diagram.h"
#include "render/heatmap.h"
#include "simulation/metrics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace wl;
using namespace Qt::StringLiterals;
using sim::Metric;

Q_DECLARE_METATYPE(wl::sim::Metric)
Q_DECLARE_METATYPE(wl::render::ValueFormat)

class TestOverlay : public QObject {
    Q_OBJECT
private slots:
    void metricNames_data();
    void metricNames();
    void chainMetrics();
    void delayRaceTimeToCompromise();
    void exposureWithoutCompromise();
    void blastRadiusOfChain();
    void rampIsMonotone();
    void hotterNeverCooler_data();
    void hotterNeverCooler();
    void legendNumbers();
    void roundEnds();
    void seedsBreachedOffTheScale();
    void formatValue_data();
    void formatValue();
    void sourceLine_data();
    void sourceLine();
    void overlayOnDiagram();
    void flowsFollowTravelled();
    void contractsColourEdges();
    void barSwitchesMetric();
    void baselineStaleThenFresh();
    void blastRadiusInApp();
    void quickFirstRunThenFull();
    void legendSourceInApp();
    void flowsFollowTheRun();
    void pathHighlightDims();
    void legendWidgetShowsOverCanvas();
    void barChoosesScale();
    void legendWidgetAvoidsNodes();
};

namespace {

Model readModel(const char *json)
{
    ReadResult r = io::readModelJson(QByteArray(json));
    if (!r.ok())
        qFatal("bad test model: %s", qPrintable(r.error));
    return *r.model;
}

// SIMULATION.md §6.1 with data: X (1,000 records, sensitivity 5) owned by A
// and carried A -> B; Y (500,000 records, sensitivity 2) owned by C.
Model chainModel()
{
    return readModel(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "A"}, {"id": "B"}, {"id": "C"}],
      "data": [{"id": "X", "owner": "A", "records": 1000, "sensitivity": 5},
               {"id": "Y", "owner": "C", "records": 500000, "sensitivity": 2}],
      "edges": [{"source": "A", "target": "B", "p_forward": 0.5, "p_backward": 0, "data": ["X"]},
                {"source": "B", "target": "C", "p_forward": 0.4, "p_backward": 0}]})");
}

// SIMULATION.md §6.7: two isolated nodes, annual likelihoods 0.1 and 0.2.
Model annualModel()
{
    return readModel(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "P", "breach_likelihood": 0.1, "x": 0, "y": 0},
                {"id": "Q", "breach_likelihood": 0.2, "x": 300, "y": 0}]})");
}

sim::Scenario seeded(const QString &node, int trials)
{
    sim::Scenario s;
    s.mode = sim::Mode::Seeded;
    s.seeds = { { node, 0.0 } };
    s.trials = trials;
    return s;
}

sim::SimResult runOn(const Model &m, const sim::Scenario &s)
{
    const sim::CompiledModel c = sim::compile(m);
    sim::RunOutcome out = sim::run(m, c, s);
    if (!out.result)
        qFatal("run failed: %s", qPrintable(out.error));
    return *out.result;
}

using wl::test::tolerance;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return done();
}

// A document on a scene, as the main window has them.
struct Canvas {
    Document document;
    Selection selection { &document };
    DiagramScene scene { &document, &selection };
    SimulationContext simulation { &document };
    OverlayController controller { &simulation, &scene };

    explicit Canvas(Model m)
        : document(std::move(m))
    {
        controller.setDebounceMs(20);
        scene.updateNow();
    }
    const render::NodeVisual &node(const QString &id) { return scene.nodeItem(id)->visual(); }
};

} // namespace

void TestOverlay::metricNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Metric>("metric");
    QTest::newRow("likelihood") << QStringLiteral("likelihood") << Metric::Likelihood;
    QTest::newRow("exposure") << QStringLiteral("exposure") << Metric::Exposure;
    QTest::newRow("risk") << QStringLiteral("risk") << Metric::Risk;
    QTest::newRow("ttc") << QStringLiteral("time-to-compromise") << Metric::TimeToCompromise;
    QTest::newRow("blast") << QStringLiteral("blast-radius") << Metric::BlastRadius;
}

void TestOverlay::metricNames()
{
    QFETCH(QString, name);
    QFETCH(Metric, metric);
    QCOMPARE(sim::metricFromName(name), std::optional(metric));
    QCOMPARE(sim::metricName(metric), name);
    QVERIFY(!sim::metricFromName(name.toUpper()));
    QVERIFY(!sim::metricFromName(QStringLiteral("likely")));
}

void TestOverlay::chainMetrics()
{
    const Model m = chainModel();
    const sim::CompiledModel c = sim::compile(m);
    constexpr int n = 20000;
    const sim::SimResult r = runOn(m, seeded(QStringLiteral("A"), n));
    const sim::NodeValues p = sim::metricValues(Metric::Likelihood, m, c, r);
    QCOMPARE(p[0], std::optional(1.0));
    QVERIFY(std::abs(*p[1] - 0.5) < tolerance(0.5, n));
    QVERIFY(std::abs(*p[2] - 0.2) < tolerance(0.2, n));

    // H(A) = {X}, H(B) = {X} (carried to it), H(C) = {Y}.
    const sim::NodeValues exposure = sim::metricValues(Metric::Exposure, m, c, r);
    QCOMPARE(*exposure[0], 1000.0);
    QCOMPARE(*exposure[1], *p[1] * 1000.0);
    QCOMPARE(*exposure[2], *p[2] * 500000.0);
    const sim::NodeValues risk = sim::metricValues(Metric::Risk, m, c, r);
    QCOMPARE(*risk[0], 5000.0);
    QCOMPARE(*risk[1], *p[1] * 5000.0);
    QCOMPARE(*risk[2], *p[2] * 1000000.0);

    // Every compromise of B is at 24 h, of C at 48 h (§6.1).
    const sim::NodeValues hours = sim::metricValues(Metric::TimeToCompromise, m, c, r);
    QCOMPARE(hours[0], std::optional(0.0));
    QCOMPARE(hours[1], std::optional(24.0));
    QCOMPARE(hours[2], std::optional(48.0));
}

void TestOverlay::delayRaceTimeToCompromise()
{
    // §6.8: p(C) = 1 and T(C) = 20 in every trial.
    const Model m = readModel(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "A"}, {"id": "B"}, {"id": "C"}],
      "edges": [{"source": "A", "target": "C", "p_forward": 0.5, "p_backward": 0, "delay_hours": 100},
                {"source": "A", "target": "B", "p_forward": 1, "p_backward": 0, "delay_hours": 10},
                {"source": "B", "target": "C", "p_forward": 1, "p_backward": 0, "delay_hours": 10}]})");
    const sim::CompiledModel c = sim::compile(m);
    const sim::SimResult r = runOn(m, seeded(QStringLiteral("A"), 500));
    QCOMPARE(sim::metricValues(Metric::TimeToCompromise, m, c, r)[2], std::optional(20.0));
    QCOMPARE(sim::metricValues(Metric::Likelihood, m, c, r)[2], std::optional(1.0));
}

void TestOverlay::exposureWithoutCompromise()
{
    // §6.6: A is never compromised: likelihood 0, exposure 0 (values), no
    // time to compromise.
    const Model m = readModel(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "A"}, {"id": "M"}],
      "data": [{"id": "X", "owner": "A", "records": 70}],
      "edges": [{"source": "A", "target": "M", "p_forward": 0, "p_backward": 0, "data": ["X"]}]})");
    const sim::CompiledModel c = sim::compile(m);
    const sim::SimResult r = runOn(m, seeded(QStringLiteral("M"), 200));
    QCOMPARE(sim::metricValues(Metric::Likelihood, m, c, r)[0], std::optional(0.0));
    QCOMPARE(sim::metricValues(Metric::Exposure, m, c, r)[0], std::optional(0.0));
    QCOMPARE(sim::metricValues(Metric::Exposure, m, c, r)[1], std::optional(70.0));
    QVERIFY(!sim::metricValues(Metric::TimeToCompromise, m, c, r)[0]);
    QCOMPARE(sim::metricValues(Metric::TimeToCompromise, m, c, r)[1], std::optional(0.0));
}

void TestOverlay::blastRadiusOfChain()
{
    // Seeded alone: A reaches B (0.5) and C (0.2), B reaches C (0.4), C
    // nothing.
    const Model m = chainModel();
    const sim::CompiledModel c = sim::compile(m);
    constexpr int n = 20000;
    const sim::MetricOutcome out
        = sim::computeMetric(Metric::BlastRadius, m, c, sim::Scenario(), n);
    QVERIFY(out.ok());
    QVERIFY(!out.result);
    QVERIFY(std::abs(*out.values[0] - 0.7) < 5.0 * std::sqrt((0.25 + 0.16 + 2 * 0.1) / n));
    QVERIFY(std::abs(*out.values[1] - 0.4) < tolerance(0.4, n));
    QCOMPARE(out.values[2], std::optional(0.0));
}

void TestOverlay::rampIsMonotone()
{
    // Darker all along: never lighter at a finer step, strictly darker at
    // every hundredth (eight-bit channels cannot tell finer steps apart).
    double previous = 2.0;
    for (int i = 0; i <= 1000; ++i) {
        const double l = render::relativeLuminance(render::heatColor(i / 1000.0));
        QVERIFY2(l <= previous, qPrintable(QStringLiteral("at %1").arg(i / 1000.0)));
        previous = l;
    }
    previous = 2.0;
    for (int i = 0; i <= 100; ++i) {
        const double l = render::relativeLuminance(render::heatColor(i / 100.0));
        QVERIFY2(l < previous, qPrintable(QStringLiteral("at %1").arg(i / 100.0)));
        previous = l;
    }
    QCOMPARE(render::heatColor(-1.0), render::heatColor(0.0));
    QCOMPARE(render::heatColor(2.0), render::heatColor(1.0));
    // "No value" is not on the ramp.
    for (int i = 0; i <= 100; ++i)
        QVERIFY(render::heatColor(i / 100.0) != render::noValueColor());
}

void TestOverlay::hotterNeverCooler_data()
{
    QTest::addColumn<Metric>("metric");
    // Node indexes of the chain seeded at A, hottest first, worked out
    // above: likelihood 1 > 0.5 > 0.2; exposure C 100,000 > A 1,000 > B
    // 500; risk C 200,000 > A 5,000 > B 2,500; time 0 h < 24 h < 48 h;
    // blast radius 0.7 > 0.4 > 0.
    QTest::addColumn<QVector<int>>("hottestFirst");
    QTest::newRow("likelihood") << Metric::Likelihood << QVector<int> { 0, 1, 2 };
    QTest::newRow("exposure") << Metric::Exposure << QVector<int> { 2, 0, 1 };
    QTest::newRow("risk") << Metric::Risk << QVector<int> { 2, 0, 1 };
    QTest::newRow("time-to-compromise") << Metric::TimeToCompromise << QVector<int> { 0, 1, 2 };
    QTest::newRow("blast-radius") << Metric::BlastRadius << QVector<int> { 0, 1, 2 };
}

void TestOverlay::hotterNeverCooler()
{
    QFETCH(Metric, metric);
    QFETCH(QVector<int>, hottestFirst);
    const Model m = chainModel();
    const sim::CompiledModel c = sim::compile(m);
    const sim::MetricOutcome out
        = sim::computeMetric(metric, m, c, seeded(QStringLiteral("A"), 20000), 20000);
    QVERIFY(out.ok());
    const render::HeatScale scale = render::heatScale(metric, out.values);
    // Through the drawing path: the fills of the diagram's nodes.
    render::Diagram d = render::buildDiagram(m);
    render::applyOverlay(d, render::makeOverlay(metric, out.values, m, c, nullptr, false));
    for (int k = 0; k + 1 < hottestFirst.size(); ++k) {
        const int hot = hottestFirst[k], cool = hottestFirst[k + 1];
        QVERIFY(d.nodes[hot].heat.hasValue && d.nodes[cool].heat.hasValue);
        QVERIFY2(scale.position(*out.values[hot]) > scale.position(*out.values[cool]),
            qPrintable(QStringLiteral("%1 vs %2").arg(hot).arg(cool)));
        QVERIFY(render::relativeLuminance(d.nodes[hot].heat.color)
            < render::relativeLuminance(d.nodes[cool].heat.color));
    }
    // The hottest lies within one step of the hot end: the range's ends are
    // the round values next to the extremes.
    const double hottest = *out.values[hottestFirst.first()];
    const double step = scale.ticks.last().value - scale.ticks[scale.ticks.size() - 2].value;
    QCOMPARE(d.nodes[hottestFirst.first()].heat.color, render::heatColor(scale.position(hottest)));
    if (scale.lowerIsHotter)
        QVERIFY(scale.low <= hottest && hottest < scale.low + step);
    else
        QVERIFY(scale.high - step < hottest && hottest <= scale.high);
}

void TestOverlay::legendNumbers()
{
    // Likelihood on the chain: range 0 to the largest value, ticks at the
    // ends and round values between.
    const render::HeatScale p = render::heatScale(Metric::Likelihood, { 1.0, 0.5, 0.2 });
    QCOMPARE(p.low, 0.0);
    QCOMPARE(p.high, 1.0);
    QStringList labels;
    for (const render::HeatTick &t : p.ticks)
        labels << t.label;
    QCOMPARE(labels,
        QStringList({ QStringLiteral("0 %"), QStringLiteral("20 %"), QStringLiteral("40 %"),
            QStringLiteral("60 %"), QStringLiteral("80 %"), QStringLiteral("100 %") }));
    QCOMPARE(p.unit, QStringLiteral("probability"));

    // Time to compromise: from the earliest to the latest, the earliest
    // hottest; a node without a value does not stretch the range. 24 h to
    // 48 h in steps of 5 h (24 / 4 = 6, rounded to 5): 20 h to 50 h.
    const render::HeatScale t
        = render::heatScale(Metric::TimeToCompromise, { 24.0, std::nullopt, 48.0, 30.0 });
    QCOMPARE(t.low, 20.0);
    QCOMPARE(t.high, 50.0);
    QVERIFY(t.lowerIsHotter);
    QCOMPARE(t.position(20.0), 1.0);
    QCOMPARE(t.position(50.0), 0.0);
    QCOMPARE(t.position(30.0), 1.0 - 10.0 / 30.0);
    labels.clear();
    for (const render::HeatTick &tick : t.ticks)
        labels << tick.label;
    QCOMPARE(labels,
        QStringList(
            { u"20 h"_s, u"25 h"_s, u"30 h"_s, u"35 h"_s, u"40 h"_s, u"45 h"_s, u"50 h"_s }));

    // One value only: all at the hot end, or all cool if it is 0.
    QCOMPARE(render::heatScale(Metric::Risk, { 5.0, 5.0 }).position(5.0), 1.0);
    QCOMPARE(render::heatScale(Metric::Risk, { 0.0, 0.0 }).position(0.0), 0.0);

    // A range given by the caller (the tabletop's frames): the same scale
    // whatever the values.
    const render::HeatScale fixed = render::heatScale(Metric::Likelihood, 0.0, 1.0);
    QCOMPARE(fixed.position(0.25), 0.25);
    QCOMPARE(fixed.ticks.size(), p.ticks.size());
    QCOMPARE(fixed.ticks.last().label, QStringLiteral("100 %"));
}

void TestOverlay::roundEnds()
{
    const auto labels = [](const render::HeatScale &h) {
        QStringList l;
        for (const render::HeatTick &t : h.ticks)
            l << t.label;
        return l;
    };
    // The example's breach of northwind, the seed left out: 0.02 % to
    // 6.38 %, and nodes never reached.
    const sim::NodeValues p = { 0.0638, 0.0038, 0.0, 0.0016, 0.0002 };
    // Linear: from 0, steps of 2 % (6.38 % / 4 = 1.6 %, rounded): 0 to 8 %.
    const render::HeatScale linear = render::heatScale(Metric::Likelihood, p);
    QCOMPARE(linear.kind, render::ScaleKind::Linear);
    QCOMPARE(linear.low, 0.0);
    QCOMPARE(linear.high, 0.08);
    QCOMPARE(labels(linear), QStringList({ u"0 %"_s, u"2 %"_s, u"4 %"_s, u"6 %"_s, u"8 %"_s }));
    QCOMPARE(linear.position(0.0038), 0.0038 / 0.08);
    // Log: from the smallest positive value rounded down to 1, 2 or 5 ×
    // 10^k (0.02 %) to the largest rounded up (10 %); between them the
    // powers of ten, as 1, 2 and 5 would make seven. 0 is the low end.
    const render::HeatScale log = render::heatScale(Metric::Likelihood, p, render::ScaleKind::Log);
    QCOMPARE(log.kind, render::ScaleKind::Log);
    QCOMPARE(log.low, 0.0002);
    QCOMPARE(log.high, 0.1);
    QCOMPARE(labels(log), QStringList({ u"0.02 %"_s, u"0.1 %"_s, u"1 %"_s, u"10 %"_s }));
    QCOMPARE(log.position(0.0038), std::log(19.0) / std::log(500.0));
    QCOMPARE(log.position(0.01), std::log(50.0) / std::log(500.0));
    QCOMPARE(log.position(0.0), 0.0);
    QCOMPARE(log.position(0.0002), 0.0);
    QCOMPARE(log.position(0.1), 1.0);
    // Within one decade, 1, 2 and 5 between the ends: 1.5 % to 18 % gives
    // 1 % to 20 %.
    QCOMPARE(labels(render::heatScale(Metric::Likelihood, { 0.015, 0.18 }, render::ScaleKind::Log)),
        QStringList({ u"1 %"_s, u"2 %"_s, u"5 %"_s, u"10 %"_s, u"20 %"_s }));
    // Times on a log scale: 24 h to 48 h gives 20 h to 50 h, the earliest
    // hottest.
    const render::HeatScale hours = render::heatScale(
        Metric::TimeToCompromise, { 24.0, 48.0, std::nullopt }, render::ScaleKind::Log);
    QCOMPARE(hours.low, 20.0);
    QCOMPARE(hours.high, 50.0);
    QCOMPARE(hours.position(20.0), 1.0);
    QCOMPARE(hours.position(24.0), 1.0 - std::log(1.2) / std::log(2.5));
    // Nothing positive to put on a log scale: one colour, the cool end.
    const render::HeatScale zeros
        = render::heatScale(Metric::Likelihood, { 0.0, 0.0 }, render::ScaleKind::Log);
    QCOMPARE(zeros.position(0.0), 0.0);
    // A fixed range keeps its ends on either scale (the tabletop's frames).
    const render::HeatScale fixed
        = render::heatScale(Metric::Likelihood, 0.001, 1.0, render::ScaleKind::Log);
    QCOMPARE(labels(fixed), QStringList({ u"0.1 %"_s, u"1 %"_s, u"10 %"_s, u"100 %"_s }));
    QCOMPARE(fixed.position(0.01), 1.0 / 3.0);
}

void TestOverlay::seedsBreachedOffTheScale()
{
    // A tiny model by hand: S, the seed, breached; the others at the
    // example's values (0.38 % for N2).
    const Model m = readModel(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "S"}, {"id": "N1"}, {"id": "N2"}, {"id": "N3"}, {"id": "N4"}]})");
    const sim::CompiledModel c = sim::compile(m);
    const sim::NodeValues values = { 1.0, 0.0638, 0.0038, 0.0, 0.0002 };
    sim::Scenario scenario = seeded(QStringLiteral("S"), 10);
    QCOMPARE(render::seedIds(scenario), QSet<QString>({ u"S"_s }));
    render::HeatOptions options { .scale = render::ScaleKind::Linear,
        .breached = render::seedIds(scenario) };

    // Linear: 0 to 8 %, not 0 to 100 %: N2 at 0.38 / 8 of the ramp.
    render::Diagram d = render::buildDiagram(m);
    render::applyOverlay(
        d, render::makeOverlay(Metric::Likelihood, values, m, c, nullptr, false, options));
    QVERIFY(d.overlay && d.overlay->heat);
    QCOMPARE(d.overlay->heat->high, 0.08);
    QCOMPARE(d.overlay->breachedCount, 1);
    QCOMPARE(d.nodes[2].heat.color, render::heatColor(0.0038 / 0.08));
    QCOMPARE(d.nodes[1].heat.color, render::heatColor(0.0638 / 0.08));
    // The seed: breached, its value still written, its fill no colour of
    // the ramp (darker than its hot end).
    const render::NodeHeat &seed = d.nodes[0].heat;
    QVERIFY(seed.breached);
    QCOMPARE(seed.text, QStringLiteral("100 %"));
    QCOMPARE(seed.color, render::breachedColor());
    for (int i = 0; i <= 1000; ++i)
        QVERIFY(render::heatColor(i / 1000.0) != seed.color);
    QVERIFY(
        render::relativeLuminance(seed.color) < render::relativeLuminance(render::heatColor(1.0)));
    for (int i = 1; i < d.nodes.size(); ++i)
        QVERIFY(!d.nodes[i].heat.breached);

    // Log: 0.02 % to 10 %; N2 at ln(0.38 / 0.02) / ln(10 / 0.02); N3 (0)
    // at the cool end.
    options.scale = render::ScaleKind::Log;
    render::applyOverlay(
        d, render::makeOverlay(Metric::Likelihood, values, m, c, nullptr, false, options));
    QCOMPARE(d.overlay->heat->kind, render::ScaleKind::Log);
    QCOMPARE(d.overlay->heat->low, 0.0002);
    QCOMPARE(d.nodes[2].heat.color, render::heatColor(std::log(19.0) / std::log(500.0)));
    QCOMPARE(d.nodes[3].heat.color, render::heatColor(0.0));
    QCOMPARE(d.nodes[0].heat.color, render::breachedColor());
    // The legend takes a row for the breached, a line for how zeros show.
    const double logHeight = render::overlayLegendSize(*d.overlay).height();
    options.breached.clear();
    render::applyOverlay(
        d, render::makeOverlay(Metric::Likelihood, values, m, c, nullptr, false, options));
    QCOMPARE(d.overlay->breachedCount, 0);
    // Without the seed left out, the range runs to 100 %.
    QCOMPARE(d.overlay->heat->high, 1.0);
    options.scale = render::ScaleKind::Linear;
    render::applyOverlay(
        d, render::makeOverlay(Metric::Likelihood, values, m, c, nullptr, false, options));
    QCOMPARE(render::overlayLegendSize(*d.overlay).height(), logHeight - 18.0 - 14.0);
}

void TestOverlay::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<render::ValueFormat>("format");
    QTest::addColumn<QString>("text");
    using F = render::ValueFormat;
    QTest::newRow("p 0.4375") << 0.4375 << F::Percent << QStringLiteral("43.8 %");
    QTest::newRow("p 0.5") << 0.5 << F::Percent << QStringLiteral("50 %");
    QTest::newRow("p 0") << 0.0 << F::Percent << QStringLiteral("0 %");
    QTest::newRow("p 0.0012") << 0.0012 << F::Percent << QStringLiteral("0.12 %");
    QTest::newRow("records 1.2M") << 1200000.0 << F::Number << QStringLiteral("1.2M");
    QTest::newRow("records 196k") << 196000.0 << F::Number << QStringLiteral("196k");
    QTest::newRow("records 2520") << 2520.0 << F::Number << QStringLiteral("2.52k");
    QTest::newRow("nodes 0.7") << 0.7 << F::Number << QStringLiteral("0.7");
    QTest::newRow("nodes 12.25") << 12.25 << F::Number << QStringLiteral("12.3");
    QTest::newRow("hours 48") << 48.0 << F::Hours << QStringLiteral("48 h");
    QTest::newRow("hours 1.5") << 1.5 << F::Hours << QStringLiteral("1.5 h");
}

void TestOverlay::formatValue()
{
    QFETCH(double, value);
    QFETCH(render::ValueFormat, format);
    QFETCH(QString, text);
    QCOMPARE(render::formatValue(value, format), text);
}

void TestOverlay::sourceLine_data()
{
    QTest::addColumn<int>("metric"); // -1: none
    QTest::addColumn<bool>("flows");
    QTest::addColumn<sim::Scenario>("scenario");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("baseline");
    QTest::addColumn<bool>("computing");
    QTest::addColumn<QString>("source");
    const int likelihood = int(Metric::Likelihood);
    const int blast = int(Metric::BlastRadius);
    sim::Scenario severed = seeded(QStringLiteral("A"), 10000);
    severed.sever = { { QStringLiteral("B"), 30 } };
    sim::Scenario twoSeeds = seeded(QStringLiteral("A"), 2000);
    twoSeeds.seeds.append({ QStringLiteral("B"), 12.5 });
    twoSeeds.horizonHours = 72.0;
    twoSeeds.rngSeed = 7;
    const sim::Scenario annual; // 10,000 trials, rng seed 1
    sim::Scenario largestSeed = annual;
    largestSeed.rngSeed = std::numeric_limits<quint64>::max();

    QTest::newRow("command line") << likelihood << false << severed << QString() << false << false
                                  << u"Seeded: A at 0 h · sever B at 30 h · 10,000 trials · rng "
                                     u"seed 1"_s;
    QTest::newRow("horizon") << likelihood << false << twoSeeds << QString() << false << false
                             << u"Seeded: A at 0 h, B at 12.5 h · horizon 72 h · 2,000 trials · "
                                u"rng seed 7"_s;
    QTest::newRow("annual") << likelihood << false << annual << QString() << false << false
                            << u"Annual scenario · 10,000 trials · rng seed 1"_s;
    QTest::newRow("largest seed") << likelihood << false << largestSeed << QString() << false
                                  << false
                                  << u"Annual scenario · 10,000 trials · rng seed "
                                     u"18446744073709551615"_s;
    QTest::newRow("saved scenario")
        << likelihood << false << seeded(QStringLiteral("A"), 500) << u"Breach of A"_s << false
        << false << u"Scenario “Breach of A” · Seeded: A at 0 h · 500 trials · rng seed 1"_s;
    QTest::newRow("baseline") << likelihood << false << annual << QString() << true << false
                              << u"Annual baseline · 10,000 trials · rng seed 1"_s;
    QTest::newRow("baseline computing")
        << likelihood << false << annual << QString() << true << true
        << u"Annual baseline · 10,000 trials · rng seed 1 · computing…"_s;
    // One run behind both the metric and the flows: named once.
    QTest::newRow("metric and flows") << likelihood << true << annual << QString() << false << false
                                      << u"Annual scenario · 10,000 trials · rng seed 1"_s;
    QTest::newRow("flows alone") << -1 << true << seeded(QStringLiteral("A"), 500) << QString()
                                 << false << false
                                 << u"Seeded: A at 0 h · 500 trials · rng seed 1"_s;
    // The ranking ignores the scenario (its trials and seed are the
    // ranking's own: 2,000 per node, seed 1 here).
    QTest::newRow("blast radius") << blast << false << annual << QString() << true << false
                                  << u"Blast-radius ranking · 2,000 trials per node · rng seed 1"_s;
    QTest::newRow("blast radius and flows")
        << blast << true << annual << QString() << true << true
        << u"Blast-radius ranking · 2,000 trials per node · rng seed 1 · flows: Annual baseline "
           u"· 10,000 trials · rng seed 1 · computing…"_s;
    QTest::newRow("off") << -1 << false << annual << QString() << false << false << QString();
}

void TestOverlay::sourceLine()
{
    QFETCH(int, metric);
    QFETCH(bool, flows);
    QFETCH(sim::Scenario, scenario);
    QFETCH(QString, name);
    QFETCH(bool, baseline);
    QFETCH(bool, computing);
    QFETCH(QString, source);
    const std::optional<Metric> m = metric < 0 ? std::nullopt : std::optional(Metric(metric));
    analysis::OverlayRun run;
    run.scenario = scenario;
    run.name = name;
    run.baseline = baseline;
    run.computing = computing;
    QCOMPARE(analysis::overlaySource(m, flows, run), source);
    // The legend reads the same wherever the picture was made.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = analysis::overlaySource(m, flows, run);
    QLocale::setDefault(before);
    QCOMPARE(german, source);
}

void TestOverlay::overlayOnDiagram()
{
    const Model m = chainModel();
    render::Diagram d = render::buildDiagram(m);
    render::Overlay o;
    o.heat = render::heatScale(Metric::Likelihood, { 1.0, 0.25 });
    o.nodeValues = { { QStringLiteral("A"), 1.0 }, { QStringLiteral("B"), 0.25 } };
    o.source = QStringLiteral("test");
    o.stale = true;
    render::applyOverlay(d, o);
    QVERIFY(d.overlay);
    QCOMPARE(d.overlay->noValueCount, 1); // C
    QVERIFY(d.overlay->stale);
    QCOMPARE(d.nodes[0].heat.text, QStringLiteral("100 %"));
    QCOMPARE(d.nodes[1].heat.text, QStringLiteral("25 %"));
    QCOMPARE(d.nodes[1].heat.color, render::heatColor(0.25));
    QVERIFY(d.nodes[2].heat.on && !d.nodes[2].heat.hasValue);
    // The page makes room for the overlay's legend.
    const QRectF page = render::diagramPageRect(d, true);
    render::Diagram plain = render::buildDiagram(m);
    QVERIFY(page.height() * page.width() > render::diagramPageRect(plain, true).height()
            * render::diagramPageRect(plain, true).width());
    // Off again: nothing left.
    render::applyOverlay(d, render::Overlay());
    QVERIFY(!d.overlay);
    QVERIFY(!d.nodes[0].heat.on);
}

void TestOverlay::flowsFollowTravelled()
{
    // Chain seeded at A: A -> B carries the compromise in about half the
    // trials, B -> C in a fifth: the first edge is drawn wider and darker.
    const Model m = chainModel();
    const sim::CompiledModel c = sim::compile(m);
    constexpr int n = 20000;
    const sim::SimResult r = runOn(m, seeded(QStringLiteral("A"), n));
    const QHash<QString, double> shares = render::edgeShares(m, c, r);
    QCOMPARE(shares.value(QStringLiteral("e0")), double(r.travelled[0]) / n);
    QVERIFY(std::abs(shares.value(QStringLiteral("e0")) - 0.5) < tolerance(0.5, n));
    QVERIFY(std::abs(shares.value(QStringLiteral("e1")) - 0.2) < tolerance(0.2, n));

    render::Diagram d = render::buildDiagram(m);
    render::applyOverlay(d, render::makeOverlay(std::nullopt, {}, m, c, &r, true));
    QVERIFY(d.overlay && d.overlay->flows && !d.overlay->heat);
    QCOMPARE(d.overlay->maxFlow, shares.value(QStringLiteral("e0")));
    QCOMPARE(d.edges[0].flow.width, 8.0); // the widest: 1.5 + 6.5
    QCOMPARE(
        d.edges[1].flow.width, 1.5 + 6.5 * shares.value(QStringLiteral("e1")) / d.overlay->maxFlow);
    QVERIFY(render::relativeLuminance(d.edges[0].flow.color)
        < render::relativeLuminance(d.edges[1].flow.color));
    // Nothing travelled: the thin grey of no flow.
    QCOMPARE(render::flowWidth(0.0, 0.5), 1.0);
}

// acme (controller, Germany) hands its personal "profiles" to northwind
// (processor, US) under a DPA with standard contractual clauses: covered.
// It also hands them to helpdesk (Germany) with no DPA: a gap. northwind
// calls helpdesk with no data and no contract.
void TestOverlay::contractsColourEdges()
{
    Canvas canvas(readModel(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "acme", "gdpr_role": "controller", "jurisdiction": "DE"},
                {"id": "northwind", "gdpr_role": "processor", "jurisdiction": "US"},
                {"id": "helpdesk", "gdpr_role": "processor", "jurisdiction": "DE"}],
      "data": [{"id": "profiles", "owner": "acme", "personal": true}],
      "edges": [{"id": "e0", "source": "acme", "target": "northwind", "data": ["profiles"],
                 "contract": {"dpa": true, "transfer_mechanism": "scc"}},
                {"id": "e1", "source": "acme", "target": "helpdesk", "data": ["profiles"],
                 "contract": {"dpa": false}},
                {"id": "e2", "source": "northwind", "target": "helpdesk"}]})"));
    OverlayBar bar(&canvas.controller);
    bar.contractsBox()->click();
    QVERIFY(canvas.controller.contracts());
    canvas.scene.updateNow();
    using render::ContractState;
    const auto colour
        = [&](const QString &edge) { return canvas.scene.edgeItem(edge)->visual().flow.color; };
    QCOMPARE(colour(QStringLiteral("e0")), render::contractColor(ContractState::Covered));
    QCOMPARE(colour(QStringLiteral("e1")), render::contractColor(ContractState::NoDpa));
    QCOMPARE(colour(QStringLiteral("e2")), render::contractColor(ContractState::NoContract));
    const std::optional<render::OverlayLegend> &legend = canvas.scene.overlayLegend();
    QVERIFY(legend && legend->contracts && !legend->heat);
    QCOMPARE(
        legend->contractCounts, (std::array<int, render::kContractStates> { 1, 0, 0, 0, 1, 1 }));
    QVERIFY(legend->source.contains(QStringLiteral("not legal advice")));

    // A DPA signed: the overlay follows the document, undo included.
    QVERIFY(commands::pushSetValue(
        &canvas.document, ElementType::Edge, 1, int(EdgeField::ContractDpa), true));
    canvas.scene.updateNow();
    QCOMPARE(colour(QStringLiteral("e1")), render::contractColor(ContractState::Covered));
    canvas.document.undoStack()->undo();
    canvas.scene.updateNow();
    QCOMPARE(colour(QStringLiteral("e1")), render::contractColor(ContractState::NoDpa));

    // Flows and contracts both colour the edges: one at a time.
    bar.flowsBox()->click();
    QVERIFY(canvas.controller.flows());
    QVERIFY(!canvas.controller.contracts());
    QVERIFY(!bar.contractsBox()->isChecked());
    bar.contractsBox()->click();
    QVERIFY(!canvas.controller.flows());
    QVERIFY(!bar.flowsBox()->isChecked());
    bar.contractsBox()->click();
    canvas.scene.updateNow();
    QVERIFY(!canvas.scene.overlayLegend());
    QVERIFY(!canvas.scene.edgeItem(QStringLiteral("e1"))->visual().flow.on);
}

void TestOverlay::barSwitchesMetric()
{
    Canvas canvas(chainModel());
    auto snapshot = std::make_shared<const Model>(canvas.document.model());
    auto result = std::make_shared<const sim::SimResult>(
        runOn(*snapshot, seeded(QStringLiteral("A"), 20000)));
    OverlayBar bar(&canvas.controller);
    bar.show();
    canvas.controller.setScenarioResult(QStringLiteral("Breach of A"), result, snapshot, false);
    QCOMPARE(bar.sourceBox()->count(), 2);
    QCOMPARE(bar.sourceBox()->currentText(), QStringLiteral("Scenario: Breach of A"));
    QVERIFY(!canvas.node(QStringLiteral("A")).heat.on);

    // Off -> Likelihood with the keyboard: A, the seed (p = 1), is drawn
    // breached, off the scale; B (p = 0.5) hotter than C (p = 0.2).
    bar.metricBox()->setFocus();
    QTest::keyClick(bar.metricBox(), Qt::Key_Down);
    QCOMPARE(canvas.controller.metric(), std::optional(Metric::Likelihood));
    QVERIFY(canvas.node(QStringLiteral("A")).heat.breached);
    QCOMPARE(canvas.node(QStringLiteral("A")).heat.color, render::breachedColor());
    const QColor b = canvas.node(QStringLiteral("B")).heat.color;
    const QColor cLikelihood = canvas.node(QStringLiteral("C")).heat.color;
    QVERIFY(render::relativeLuminance(cLikelihood) > render::relativeLuminance(b));
    QCOMPARE(canvas.controller.value(QStringLiteral("A")), std::optional(1.0));
    const QString tip = canvas.scene.nodeItem(QStringLiteral("A"))->toolTip();
    QVERIFY(tip.contains(QStringLiteral("100 %")) && tip.contains(QStringLiteral("breached")));
    QVERIFY(!canvas.controller.isStale());

    // -> Exposure: C (100,000 expected records) is now the hottest.
    QTest::keyClick(bar.metricBox(), Qt::Key_Down);
    QCOMPARE(canvas.controller.metric(), std::optional(Metric::Exposure));
    const render::HeatScale &exposure = *canvas.scene.overlayLegend()->heat;
    QCOMPARE(canvas.node(QStringLiteral("C")).heat.color,
        render::heatColor(exposure.position(*canvas.controller.value(QStringLiteral("C")))));
    QVERIFY(render::relativeLuminance(canvas.node(QStringLiteral("C")).heat.color)
        < render::relativeLuminance(canvas.node(QStringLiteral("B")).heat.color));
    QVERIFY(canvas.node(QStringLiteral("C")).heat.color != cLikelihood);
    QCOMPARE(canvas.scene.overlayLegend()->heat->unit, QStringLiteral("records"));

    // Flows on: the edges take widths; off via the combo's first entry.
    QTest::mouseClick(bar.flowsBox(), Qt::LeftButton, {}, QPoint(4, bar.flowsBox()->height() / 2));
    QVERIFY(canvas.controller.flows());
    QCOMPARE(canvas.scene.edgeItem(QStringLiteral("e0"))->visual().flow.width, 8.0);
    bar.metricBox()->setCurrentIndex(0);
    QVERIFY(!canvas.node(QStringLiteral("A")).heat.on);
    QVERIFY(canvas.scene.overlayLegend()); // flows still on
    QTest::mouseClick(bar.flowsBox(), Qt::LeftButton, {}, QPoint(4, bar.flowsBox()->height() / 2));
    QVERIFY(!canvas.scene.overlayLegend());
    QVERIFY(!canvas.scene.edgeItem(QStringLiteral("e0"))->visual().flow.on);
}

void TestOverlay::baselineStaleThenFresh()
{
    // §6.7: the annual baseline gives P 0.1 and Q 0.2.
    Canvas canvas(annualModel());
    canvas.controller.setBaselineTrials(20000, 100);
    QSignalSpy computing(&canvas.controller, &OverlayController::computingChanged);
    canvas.controller.setMetric(Metric::Likelihood);
    // Until the first values arrive: every node "no value", stale.
    QVERIFY(canvas.controller.isStale());
    QVERIFY(canvas.scene.overlayLegend()->stale);
    QVERIFY(waitFor([&] { return !canvas.controller.isComputing(); }));
    QVERIFY(!computing.isEmpty());
    QVERIFY(!canvas.controller.isStale());
    QVERIFY(!canvas.scene.overlayLegend()->stale);
    const double p = *canvas.controller.value(QStringLiteral("P"));
    const double q = *canvas.controller.value(QStringLiteral("Q"));
    QVERIFY(std::abs(p - 0.1) < tolerance(0.1, 20000));
    QVERIFY(std::abs(q - 0.2) < tolerance(0.2, 20000));
    const QColor before = canvas.node(QStringLiteral("P")).heat.color;
    QVERIFY(render::relativeLuminance(before)
        > render::relativeLuminance(canvas.node(QStringLiteral("Q")).heat.color));

    // Moving or pinning a node changes nothing a breach depends on: no
    // stale mark, no new run.
    QVERIFY(
        commands::pushSetValue(&canvas.document, ElementType::Node, 0, int(NodeField::X), 321.0));
    QVERIFY(commands::pushSetValue(
        &canvas.document, ElementType::Node, 1, int(NodeField::Pinned), true));
    QVERIFY(!canvas.controller.isStale());
    computing.clear();
    QTest::qWait(100);
    QVERIFY(computing.isEmpty());
    QVERIFY(!canvas.controller.isComputing());

    // P's likelihood to 0.9: the old values stay, marked stale, then the
    // new ones arrive.
    QVERIFY(commands::pushSetValue(
        &canvas.document, ElementType::Node, 0, int(NodeField::BreachLikelihood), 0.9));
    QVERIFY(canvas.controller.isStale());
    canvas.scene.updateNow();
    QVERIFY(canvas.scene.overlayLegend()->stale);
    QCOMPARE(canvas.node(QStringLiteral("P")).heat.color, before);
    QVERIFY(waitFor([&] { return !canvas.controller.isStale(); }));
    canvas.scene.updateNow();
    QVERIFY(!canvas.scene.overlayLegend()->stale);
    QVERIFY(std::abs(*canvas.controller.value(QStringLiteral("P")) - 0.9) < tolerance(0.9, 20000));
    // P is now the hottest node: P near 0.9 rounds the range up to 0 to
    // 100 % (steps of 20 %), P at 0.9 of it.
    const render::HeatScale &scale = *canvas.scene.overlayLegend()->heat;
    QCOMPARE(scale.high, 1.0);
    QCOMPARE(canvas.node(QStringLiteral("P")).heat.color,
        render::heatColor(*canvas.controller.value(QStringLiteral("P"))));

    // Two quick edits: the first run is cancelled, the values are the
    // second edit's.
    QVERIFY(commands::pushSetValue(
        &canvas.document, ElementType::Node, 0, int(NodeField::BreachLikelihood), 0.5));
    QVERIFY(commands::pushSetValue(
        &canvas.document, ElementType::Node, 1, int(NodeField::BreachLikelihood), 0.0));
    QVERIFY(waitFor([&] { return !canvas.controller.isStale(); }));
    QVERIFY(std::abs(*canvas.controller.value(QStringLiteral("P")) - 0.5) < tolerance(0.5, 20000));
    QCOMPARE(canvas.controller.value(QStringLiteral("Q")), std::optional(0.0));
}

void TestOverlay::quickFirstRunThenFull()
{
    // A model this large (here: two nodes and up) is first shown from 200
    // trials, as computing, then from all of them: §6.7's P 0.1 and Q 0.2.
    Canvas canvas(annualModel());
    canvas.controller.setQuickFirstRun(2, 200);
    canvas.controller.setBaselineTrials(20000, 100);
    // The quick run is of the model as it is: computing, not stale.
    QStringList sources;
    connect(&canvas.controller, &OverlayController::changed, [&] {
        sources << canvas.scene.overlay().source
                + (canvas.scene.overlay().stale ? u" (stale)"_s : QString());
    });
    canvas.controller.setMetric(Metric::Likelihood);
    QVERIFY(waitFor([&] { return !canvas.controller.isComputing(); }));
    QVERIFY(!canvas.controller.isStale());
    QVERIFY(sources.contains(u"Annual baseline · 200 trials · rng seed 1 · computing…"_s));
    QCOMPARE(sources.last(), u"Annual baseline · 20,000 trials · rng seed 1"_s);
    QVERIFY(std::abs(*canvas.controller.value(QStringLiteral("P")) - 0.1) < tolerance(0.1, 20000));
    QVERIFY(std::abs(*canvas.controller.value(QStringLiteral("Q")) - 0.2) < tolerance(0.2, 20000));

    // Below the size, the full run alone.
    Canvas small(annualModel());
    small.controller.setQuickFirstRun(3, 200);
    small.controller.setBaselineTrials(20000, 100);
    sources.clear();
    connect(&small.controller, &OverlayController::changed,
        [&] { sources << small.scene.overlay().source; });
    small.controller.setMetric(Metric::Likelihood);
    QVERIFY(waitFor([&] { return !small.controller.isComputing(); }));
    QVERIFY(!sources.join(u'|').contains(u"200 trials"_s));
    QCOMPARE(sources.last(), u"Annual baseline · 20,000 trials · rng seed 1"_s);
}

void TestOverlay::blastRadiusInApp()
{
    // blast-radius comes from the ranking, whatever the scenario shown.
    Canvas canvas(chainModel());
    canvas.controller.setBaselineTrials(100, 20000);
    auto snapshot = std::make_shared<const Model>(canvas.document.model());
    auto result = std::make_shared<const sim::SimResult>(
        runOn(*snapshot, seeded(QStringLiteral("C"), 100)));
    canvas.controller.setScenarioResult(QStringLiteral("C"), result, snapshot, false);
    canvas.controller.setMetric(Metric::BlastRadius);
    QVERIFY(waitFor([&] { return !canvas.controller.isComputing(); }));
    QVERIFY(!canvas.controller.isStale());
    QVERIFY(std::abs(*canvas.controller.value(QStringLiteral("B")) - 0.4) < tolerance(0.4, 20000));
    QCOMPARE(canvas.controller.value(QStringLiteral("C")), std::optional(0.0));
    // A: 0.5 + 0.5 × 0.4 = 0.7 others; 0 to 0.7 in steps of 0.2 (0.7 / 4 =
    // 0.175, rounded): 0 to 0.8.
    const double a = *canvas.controller.value(QStringLiteral("A"));
    QVERIFY(std::abs(a - 0.7) < tolerance(0.7, 20000));
    QCOMPARE(canvas.scene.overlayLegend()->heat->high, 0.8);
    QCOMPARE(canvas.node(QStringLiteral("A")).heat.color, render::heatColor(a / 0.8));
    // The scenario's seed is not breached here: the ranking ignores it.
    QVERIFY(!canvas.node(QStringLiteral("C")).heat.breached);
    QCOMPARE(canvas.scene.overlayLegend()->breachedCount, 0);
}

void TestOverlay::legendSourceInApp()
{
    Canvas canvas(chainModel());
    canvas.controller.setBaselineTrials(300, 200);
    canvas.controller.setMetric(Metric::Likelihood);
    canvas.scene.updateNow();
    QCOMPARE(canvas.scene.overlayLegend()->source,
        u"Annual baseline · 300 trials · rng seed 1 · computing…"_s);
    QVERIFY(waitFor([&] { return !canvas.controller.isComputing(); }));
    canvas.scene.updateNow();
    QCOMPARE(canvas.scene.overlayLegend()->source, u"Annual baseline · 300 trials · rng seed 1"_s);

    auto snapshot = std::make_shared<const Model>(canvas.document.model());
    auto result = std::make_shared<const sim::SimResult>(
        runOn(*snapshot, seeded(QStringLiteral("C"), 100)));
    canvas.controller.setScenarioResult(QStringLiteral("Breach of C"), result, snapshot, false);
    canvas.scene.updateNow();
    QCOMPARE(canvas.scene.overlayLegend()->source,
        u"Scenario “Breach of C” · Seeded: C at 0 h · 100 trials · rng seed 1"_s);

    // The ranking with its seed, and the run the flows come from.
    canvas.controller.setFlows(true);
    canvas.controller.setMetric(Metric::BlastRadius);
    QVERIFY(waitFor([&] { return !canvas.controller.isComputing(); }));
    canvas.scene.updateNow();
    QCOMPARE(canvas.scene.overlayLegend()->source,
        u"Blast-radius ranking · 200 trials per node · rng seed 1 · flows: Scenario “Breach of C” "
        u"· Seeded: C at 0 h · 100 trials · rng seed 1"_s);
}

void TestOverlay::flowsFollowTheRun()
{
    Canvas canvas(chainModel());
    canvas.controller.setFlows(true);
    auto snapshot = std::make_shared<const Model>(canvas.document.model());
    const sim::CompiledModel compiled = sim::compile(*snapshot);
    auto fromA = std::make_shared<const sim::SimResult>(
        runOn(*snapshot, seeded(QStringLiteral("A"), 400)));
    canvas.controller.setScenarioResult(QStringLiteral("Breach of A"), fromA, snapshot, false);
    const QHash<QString, double> sharesA = render::edgeShares(*snapshot, compiled, *fromA);
    QCOMPARE(canvas.scene.overlay().edgeShares, sharesA);
    // p = 0.5 along e0: about half the trials.
    QVERIFY(sharesA.value(QStringLiteral("e0")) > 0.4);
    // A metric does not change them.
    canvas.controller.setMetric(Metric::Exposure);
    QCOMPARE(canvas.scene.overlay().edgeShares, sharesA);
    // Another run's flows replace them: nothing leaves C.
    auto fromC = std::make_shared<const sim::SimResult>(
        runOn(*snapshot, seeded(QStringLiteral("C"), 400)));
    canvas.controller.setScenarioResult(QStringLiteral("Breach of C"), fromC, snapshot, false);
    QCOMPARE(canvas.scene.overlay().edgeShares.value(QStringLiteral("e0"), -1.0), 0.0);
    QCOMPARE(canvas.scene.overlay().edgeShares.value(QStringLiteral("e1"), -1.0), 0.0);
}

void TestOverlay::pathHighlightDims()
{
    Canvas canvas(chainModel());
    DiagramView view(&canvas.scene);
    view.resize(500, 600);
    view.show();
    view.fitToWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint c = view.mapFromScene(*canvas.scene.nodeCenter(QStringLiteral("C")));
    const QImage before = view.viewport()->grab().toImage();

    canvas.scene.setPathHighlight(
        { QStringLiteral("A"), QStringLiteral("B") }, { QStringLiteral("e0") });
    QVERIFY(canvas.scene.hasPathHighlight());
    QCOMPARE(canvas.node(QStringLiteral("A")).emphasis, render::Emphasis::Highlighted);
    QCOMPARE(canvas.node(QStringLiteral("C")).emphasis, render::Emphasis::Dimmed);
    QCOMPARE(canvas.scene.edgeItem(QStringLiteral("e0"))->visual().emphasis,
        render::Emphasis::Highlighted);
    QCOMPARE(
        canvas.scene.edgeItem(QStringLiteral("e1"))->visual().emphasis, render::Emphasis::Dimmed);
    // The exported diagram carries it too.
    QCOMPARE(canvas.scene.diagram().nodes[2].emphasis, render::Emphasis::Dimmed);

    // On screen: C's name (dark ink on white) fades; A gains a blue ring.
    const QImage after = view.viewport()->grab().toImage();
    const auto darkest = [](const QImage &img, const QRect &r) {
        int best = 255;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                best = std::min(best, qGray(img.pixel(x, y)));
        return best;
    };
    const QRect box
        = view.mapFromScene(render::nodeRect(*canvas.scene.nodeCenter(QStringLiteral("C"))))
              .boundingRect()
              .intersected(before.rect());
    QVERIFY(box.contains(c));
    QVERIFY(darkest(after, box) > darkest(before, box) + 80);

    // Empty lists turn it off: the picture is as before.
    canvas.scene.setPathHighlight({}, {});
    QVERIFY(!canvas.scene.hasPathHighlight());
    QCOMPARE(canvas.node(QStringLiteral("C")).emphasis, render::Emphasis::Normal);
    const QImage off = view.viewport()->grab().toImage();
    QCOMPARE(darkest(off, box), darkest(before, box));
}

void TestOverlay::legendWidgetShowsOverCanvas()
{
    Canvas canvas(chainModel());
    DiagramView view(&canvas.scene);
    view.resize(800, 600);
    auto *legend = new OverlayLegendWidget(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!legend->isVisible());
    auto snapshot = std::make_shared<const Model>(canvas.document.model());
    auto result = std::make_shared<const sim::SimResult>(
        runOn(*snapshot, seeded(QStringLiteral("A"), 1000)));
    canvas.controller.setScenarioResult(QStringLiteral("Breach of A"), result, snapshot, true);
    canvas.controller.setMetric(Metric::TimeToCompromise);
    QVERIFY(legend->isVisible());
    QVERIFY(view.viewport()->geometry().contains(legend->geometry()));
    QVERIFY(canvas.scene.overlayLegend()->stale); // as the caller said
    // For looking at it: WEAKLINK_TEST_SHOTS=DIR saves the canvas there.
    if (const QString dir = qEnvironmentVariable("WEAKLINK_TEST_SHOTS"); !dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/overlay-canvas.png"));
    canvas.controller.setMetric(std::nullopt);
    QVERIFY(!legend->isVisible());
}

void TestOverlay::barChoosesScale()
{
    // The chain seeded at A: A breached, B near 0.5, C near 0.2.
    Canvas canvas(chainModel());
    auto snapshot = std::make_shared<const Model>(canvas.document.model());
    auto result = std::make_shared<const sim::SimResult>(
        runOn(*snapshot, seeded(QStringLiteral("A"), 20000)));
    canvas.controller.setScenarioResult(QStringLiteral("Breach of A"), result, snapshot, false);
    OverlayBar bar(&canvas.controller);
    bar.show();
    QVERIFY(!bar.scaleBox()->isEnabled()); // no heatmap to scale
    canvas.controller.setMetric(Metric::Likelihood);
    QVERIFY(bar.scaleBox()->isEnabled());
    QCOMPARE(bar.scaleBox()->currentText(), QStringLiteral("Linear"));
    const double b = *canvas.controller.value(QStringLiteral("B"));
    const double c = *canvas.controller.value(QStringLiteral("C"));
    QVERIFY(std::abs(b - 0.5) < tolerance(0.5, 20000));
    QVERIFY(std::abs(c - 0.2) < tolerance(0.2, 20000));
    // Linear: 0 to B rounded up to a step of 0.1 (0.5 / 4, rounded).
    const double linearHigh = b <= 0.5 ? 0.5 : 0.6;
    QCOMPARE(canvas.node(QStringLiteral("C")).heat.color, render::heatColor(c / linearHigh));

    // Log with the keyboard: C to B, rounded outwards to 1, 2 or 5 × 10^k.
    bar.scaleBox()->setFocus();
    QTest::keyClick(bar.scaleBox(), Qt::Key_Down);
    QCOMPARE(canvas.controller.scale(), render::ScaleKind::Log);
    const render::HeatScale &log = *canvas.scene.overlayLegend()->heat;
    QCOMPARE(log.kind, render::ScaleKind::Log);
    const double low = c >= 0.2 ? 0.2 : 0.1;
    const double high = b <= 0.5 ? 0.5 : 1.0;
    QCOMPARE(log.low, low);
    QCOMPARE(log.high, high);
    QCOMPARE(canvas.node(QStringLiteral("C")).heat.color,
        render::heatColor(std::log(c / low) / std::log(high / low)));
    QCOMPARE(canvas.node(QStringLiteral("A")).heat.color, render::breachedColor());
    // How the canvas looks is no change to the document.
    QVERIFY(!canvas.document.isModified());
    QTest::keyClick(bar.scaleBox(), Qt::Key_Up);
    QCOMPARE(canvas.controller.scale(), render::ScaleKind::Linear);
    QCOMPARE(canvas.node(QStringLiteral("C")).heat.color, render::heatColor(c / linearHigh));
}

void TestOverlay::legendWidgetAvoidsNodes()
{
    // Nodes in three corners of the drawing and one in the middle: the
    // bottom-left corner is free.
    Canvas canvas(readModel(R"({"format": "weaklink-model", "version": 1,
      "nodes": [{"id": "TL", "x": 0, "y": 0}, {"id": "TR", "x": 1000, "y": 0},
                {"id": "BR", "x": 1000, "y": 600}, {"id": "M", "x": 500, "y": 300}]})"));
    DiagramView view(&canvas.scene);
    view.resize(800, 600);
    auto *legend = new OverlayLegendWidget(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToWindow();
    render::Overlay o;
    o.heat = render::heatScale(Metric::Likelihood, { 0.5 });
    o.nodeValues = { { u"TL"_s, 0.5 }, { u"TR"_s, 0.25 } };
    canvas.scene.setOverlay(o);
    QVERIFY(legend->isVisible());

    // The nodes as drawn, in the view's coordinates.
    const QRect area = view.viewport()->geometry();
    const auto covered = [&](const QRect &r) {
        int n = 0;
        for (const QString &id : { u"TL"_s, u"TR"_s, u"BR"_s, u"M"_s })
            n += view.mapFromScene(render::nodeRect(canvas.scene.nodeItem(id)->pos()))
                     .boundingRect()
                     .translated(area.topLeft())
                     .intersects(r);
        return n;
    };
    const QSize size = legend->size();
    const QRect topRight(QPoint(area.right() - size.width() - 9, area.top() + 10), size);
    const QRect bottomLeft(QPoint(area.left() + 10, area.bottom() - size.height() - 9), size);
    QVERIFY(covered(topRight) > 0); // where it used to be
    QCOMPARE(covered(bottomLeft), 0);
    QCOMPARE(legend->geometry(), bottomLeft);
    if (const QString dir = qEnvironmentVariable("WEAKLINK_TEST_SHOTS"); !dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/overlay-legend-placed.png"));

    // Zoomed in on TL, which now lies under the top-left corner: the top
    // right is free again, and the legend goes back there.
    view.setZoom(1.5);
    view.centerOn(QPointF(150, 100));
    const QRect topLeft(QPoint(area.left() + 10, area.top() + 10), size);
    QVERIFY(covered(topLeft) > 0);
    QCOMPARE(covered(topRight), 0);
    QTRY_COMPARE(legend->geometry(), topRight);
}

QTEST_MAIN(TestOverlay)
#include "tst_overlay.moc"
