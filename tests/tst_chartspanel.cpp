// The charts (app/charts): the Qt Charts series holding exactly the figures
// of core/analysis/chartdata.h (tested in tst_charts), the panel that builds
// them on demand, and PNG/SVG exports.
#include "charts/chartbuilders.h"
#include "charts/chartspanel.h"
#include "simtestmodel.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace wl;
using namespace wl::analysis;
using namespace wl::charts;
using wl::test::chainModel;
using wl::test::matrixModel;
using wl::test::matrixResult;
using wl::test::SimModelBuilder;

namespace {

template<class T> QList<T *> seriesOf(QChart *chart)
{
    QList<T *> out;
    const auto all = chart->series();
    for (QAbstractSeries *s : all)
        if (auto *t = qobject_cast<T *>(s))
            out.append(t);
    return out;
}

QScatterSeries *scatterNamed(QChart *chart, const QString &name)
{
    const auto all = seriesOf<QScatterSeries>(chart);
    for (QScatterSeries *s : all)
        if (s->name() == name)
            return s;
    return nullptr;
}

} // namespace

class TestChartsPanel : public QObject {
    Q_OBJECT

private slots:
    void riskMatrixChartPlacesNodesInTheirCells();
    void riskMatrixCountsAndLargeModels();
    void histogramChart();
    void categoriesChart();
    void curvesChart();
    void lossExceedanceChart();
    void panelBuildsChartsOnDemand();
    void noChartTextIsCutInAShortDock();
    void exportsAreValidFiles_data();
    void exportsAreValidFiles();
    void exportFailuresLeaveFilesAlone();
};

void TestChartsPanel::riskMatrixChartPlacesNodesInTheirCells()
{
    const RiskMatrixData d = riskMatrix(matrixModel(), matrixResult());
    std::unique_ptr<QChart> chart(ChartBuilders::riskMatrix(d, { QStringLiteral("C") }));
    QScatterSeries *nodes = scatterNamed(chart.get(), ChartBuilders::nodesSeriesName());
    QScatterSeries *selected = scatterNamed(chart.get(), ChartBuilders::selectedSeriesName());
    QVERIFY(nodes && selected);
    QCOMPARE(nodes->count(), 4);
    QCOMPARE(selected->count(), 1);
    // C sits strictly inside cell (L3, I5).
    const QPointF c = selected->at(0);
    QVERIFY(c.x() > 2.0 && c.x() < 3.0 && c.y() > 4.0 && c.y() < 5.0);
    // Every other point strictly inside the cell of its node.
    QMultiMap<std::pair<int, int>, int> cells;
    for (const QPointF &p : nodes->points())
        cells.insert({ int(std::floor(p.x())) + 1, int(std::floor(p.y())) + 1 }, 1);
    QCOMPARE(cells.count({ 5, 3 }), 1);
    QCOMPARE(cells.count({ 1, 1 }), 1);
    QCOMPARE(cells.count({ 4, 3 }), 1);
    QCOMPARE(cells.count({ 1, 2 }), 1);
    for (const QPointF &p : nodes->points())
        QVERIFY(p.x() != std::floor(p.x()) && p.y() != std::floor(p.y()));
    // The 25 coloured cells.
    QCOMPARE(seriesOf<QAreaSeries>(chart.get()).size(), 25);
}

void TestChartsPanel::riskMatrixCountsAndLargeModels()
{
    const auto countLabels = [](QChart *chart) {
        QStringList texts;
        const auto items = chart->childItems();
        for (QGraphicsItem *item : items)
            if (item->data(0).toString() == ChartBuilders::countLabelKey())
                texts.append(static_cast<QGraphicsSimpleTextItem *>(item)->text());
        return texts;
    };
    // Five nodes in five cells: five labels "1".
    std::unique_ptr<QChart> small(
        ChartBuilders::riskMatrix(riskMatrix(matrixModel(), matrixResult()), {}));
    QCOMPARE(countLabels(small.get()), QStringList(5, QStringLiteral("1")));

    // Past the marker budget: counts, and dots for the selected nodes only.
    const int n = ChartBuilders::kMaxMarkers + 100;
    SimModelBuilder b;
    std::vector<QByteArray> names;
    for (int v = 0; v < n; ++v)
        names.push_back("n" + QByteArray::number(v));
    for (const QByteArray &name : names)
        b.node(name.constData());
    sim::SimResult r;
    r.trials = 100;
    r.compromised.assign(std::size_t(n), 0);
    for (int v = 0; v < 10; ++v)
        r.compromised[std::size_t(v)] = 100; // L5; the others L1
    std::unique_ptr<QChart> large(ChartBuilders::riskMatrix(
        riskMatrix(b.m, r), { QStringLiteral("n0"), QStringLiteral("n20") }));
    QCOMPARE(scatterNamed(large.get(), ChartBuilders::nodesSeriesName())->count(), 0);
    QScatterSeries *chosen = scatterNamed(large.get(), ChartBuilders::selectedSeriesName());
    QCOMPARE(chosen->count(), 2);
    // Cells in order of likelihood: n20 (L1) first, then n0 (L5).
    QVERIFY(chosen->at(0).x() < 1.0);
    QVERIFY(chosen->at(1).x() > 4.0);
    QStringList labels = countLabels(large.get());
    labels.sort();
    QStringList expected { QLocale().toString(qlonglong(n - 10)), QStringLiteral("10") };
    expected.sort();
    QCOMPARE(labels, expected);
}

void TestChartsPanel::histogramChart()
{
    // k = 1: 5 trials, k = 3: 3, k = 4: 2 (of 10); k = 2 had none.
    sim::SimResult r;
    r.trials = 10;
    r.histogram = { 0, 5, 0, 3, 2, 0 };
    const QVector<HistogramBar> bars = compromisedHistogram(r);

    std::unique_ptr<QChart> chart(ChartBuilders::histogram(bars, r.trials));
    const auto series = seriesOf<QBarSeries>(chart.get());
    QCOMPARE(series.size(), 1);
    QBarSet *set = series[0]->barSets().value(0);
    QCOMPARE(set->count(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(set->at(i), bars[i].share);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories(),
        QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("4") }));
}

void TestChartsPanel::categoriesChart()
{
    // The figures of tst_charts' categoriesOrdered, largest first.
    const QVector<CategoryRecords> c
        = { { QStringLiteral("customer_pii"), 1200.0 }, { QStringLiteral("telemetry"), 50.0 },
              { QStringLiteral("credentials"), 0.0 }, { QStringLiteral("source_code"), 0.0 } };

    std::unique_ptr<QChart> chart(ChartBuilders::categories(c));
    const auto series = seriesOf<QHorizontalBarSeries>(chart.get());
    QCOMPARE(series.size(), 1);
    QBarSet *set = series[0]->barSets().value(0);
    // Drawn bottom-up: the largest last, at the top.
    QCOMPARE(set->count(), 4);
    QCOMPARE(set->at(3), 1200.0);
    QCOMPARE(set->at(2), 50.0);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories().last(), QStringLiteral("customer_pii"));
    // Records in round steps, short labels: 1,200 × 1.05 in steps of 500.
    auto *records = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(records);
    QCOMPARE(records->categoriesLabels(),
        (QStringList { QStringLiteral("0"), QStringLiteral("500"), QStringLiteral("1 k"),
            QStringLiteral("1.5 k") }));

    // Tens of millions read "10 M", never "1e+07".
    std::unique_ptr<QChart> large(ChartBuilders::categories(
        { { QStringLiteral("customer_pii"), 2.4e7 }, { QStringLiteral("telemetry"), 1e6 } }));
    auto *largeAxis = qobject_cast<QCategoryAxis *>(large->axes(Qt::Horizontal).value(0));
    QVERIFY(largeAxis);
    QCOMPARE(largeAxis->categoriesLabels(),
        (QStringList { QStringLiteral("0"), QStringLiteral("5 M"), QStringLiteral("10 M"),
            QStringLiteral("15 M"), QStringLiteral("20 M"), QStringLiteral("25 M"),
            QStringLiteral("30 M") }));
}

void TestChartsPanel::curvesChart()
{
    // SIMULATION.md §6.1 on a grid: B at 24 h with 0.5, C at 48 h with 0.2.
    const QVector<double> hours { 0, 23.9, 24, 47.9, 48, 100 };
    const QVector<CompromiseCurve> curves = { { QStringLiteral("C"), QStringLiteral("C"), hours,
                                                  { 0, 0, 0, 0, 0.2, 0.2 }, 0.2 },
        { QStringLiteral("B"), QStringLiteral("B"), hours, { 0, 0, 0.5, 0.5, 0.5, 0.5 }, 0.5 } };

    std::unique_ptr<QChart> chart(ChartBuilders::compromiseOverTime(curves, true, true));
    const auto lines = seriesOf<QLineSeries>(chart.get());
    QCOMPARE(lines.size(), 4); // a curve and its final level per node
    QCOMPARE(lines[0]->name(), QStringLiteral("C"));
    QCOMPARE(lines[0]->count(), 6);
    for (int k = 0; k < 6; ++k)
        QCOMPARE(lines[0]->at(k), QPointF(curves[0].hours[k], curves[0].probability[k]));
    QCOMPARE(lines[1]->at(0).y(), curves[0].finalProbability);

    // Without a grid the chart says why there is nothing to draw.
    std::unique_ptr<QChart> none(ChartBuilders::compromiseOverTime({}, false, true));
    QVERIFY(none->series().isEmpty());
    QVERIFY(none->title().contains(QStringLiteral("no timeline")));
}

void TestChartsPanel::lossExceedanceChart()
{
    // Totals 0, 0, 0, 10, 10, 10, 20, 50, 100, 100 in some order.
    sim::SimResult r;
    r.trials = 10;
    r.trialExposedRecords = { 0, 0, 10, 10, 10, 50, 100, 100, 0, 20 };
    const LossExceedanceData d = lossExceedance(r);

    // The step line: P(X > x) = 0.7 up to 10, then 0.4 up to 20, ...
    std::unique_ptr<QChart> chart(ChartBuilders::lossExceedance(d));
    const auto lines = seriesOf<QLineSeries>(chart.get());
    QCOMPARE(lines.size(), 1);
    // x as log10 of the records, labelled in records at each power of ten.
    const QList<QPointF> expectedRecords { { 10 / 1.5, 0.7 }, { 10, 0.7 }, { 10, 0.4 }, { 20, 0.4 },
        { 20, 0.3 }, { 50, 0.3 }, { 50, 0.2 }, { 100, 0.2 }, { 100, 0.0 }, { 150, 0.0 } };
    QCOMPARE(lines[0]->count(), expectedRecords.size());
    for (int i = 0; i < expectedRecords.size(); ++i) {
        QVERIFY(qFuzzyCompare(std::pow(10.0, lines[0]->at(i).x()), expectedRecords[i].x()));
        QCOMPARE(lines[0]->at(i).y(), expectedRecords[i].y());
    }
    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(
        axis->categoriesLabels(), (QStringList { QStringLiteral("10"), QStringLiteral("100") }));

    sim::SimResult nothing;
    nothing.trials = 3;
    nothing.trialExposedRecords = { 0, 0, 0 };
    std::unique_ptr<QChart> empty(ChartBuilders::lossExceedance(lossExceedance(nothing)));
    QVERIFY(empty->series().isEmpty());
}

void TestChartsPanel::noChartTextIsCutInAShortDock()
{
    // The Charts dock below the canvas of a 1400 × 900 window: about 790 ×
    // 360 pixels. Qt Charts cuts a title or label that does not fit with
    // "...": no chart may need that.
    auto model = std::make_shared<const Model>(chainModel());
    const sim::Scenario scenario = test::seededScenario({ { QStringLiteral("A"), 0 } }, 2000);
    auto result = std::make_shared<const sim::SimResult>(
        test::runScenario(*model, scenario, suggestTimeGrid(*model, scenario)));
    ChartsPanel panel;
    panel.resize(790, 360);
    panel.show();
    panel.setResult(result, model);
    panel.setSelectedNodes({ QStringLiteral("B") });
    for (int i = 0; i < ChartsPanel::ChartCount; ++i) {
        panel.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        QChartView *view = panel.chartView(ChartsPanel::Chart(i));
        for (QGraphicsItem *item : view->scene()->items()) {
            QString text;
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
                text = t->toPlainText();
            else if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = t->text();
            if (!item->isVisible())
                continue;
            QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QChar(0x2026)),
                qPrintable(QStringLiteral("%1: %2").arg(panel.tabs()->tabText(i), text)));
        }
    }
}

void TestChartsPanel::panelBuildsChartsOnDemand()
{
    auto model = std::make_shared<const Model>(chainModel());
    auto result = std::make_shared<const sim::SimResult>(
        test::runScenario(*model, test::seededScenario({ { QStringLiteral("A"), 0 } }, 2000),
            suggestTimeGrid(*model, test::seededScenario({ { QStringLiteral("A"), 0 } }, 2000))));

    ChartsPanel panel;
    panel.resize(900, 600);
    QVERIFY(seriesOf<QScatterSeries>(panel.chart(ChartsPanel::Chart::RiskMatrix)).isEmpty());
    QVERIFY(!panel.exportButton()->isEnabled());

    panel.setResult(result, model);
    QVERIFY(panel.exportButton()->isEnabled());
    QCOMPARE(panel.riskMatrixData().entries.size(), 3);
    QCOMPARE(panel.histogramData(), compromisedHistogram(*result));
    QCOMPARE(panel.lossExceedanceData().points.size(), 2);
    QScatterSeries *nodes = scatterNamed(
        panel.chart(ChartsPanel::Chart::RiskMatrix), ChartBuilders::nodesSeriesName());
    QVERIFY(nodes);
    QCOMPARE(nodes->count(), 3);

    // Nothing selected: the over-time tab asks for a selection.
    panel.setCurrentChart(ChartsPanel::Chart::Timeline);
    QVERIFY(panel.chart(ChartsPanel::Chart::Timeline)->series().isEmpty());
    panel.setSelectedNodes({ QStringLiteral("B"), QStringLiteral("C") });
    QCOMPARE(panel.curveData().size(), 2);
    const auto lines = seriesOf<QLineSeries>(panel.chart(ChartsPanel::Chart::Timeline));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0]->name(), QStringLiteral("B"));
    QCOMPARE(lines[0]->count(), int(result->timeGrid.size()));
    QCOMPARE(lines[0]->at(75).y(), result->pCompromisedBy(1, 75));
    QScatterSeries *chosen = scatterNamed(
        panel.chart(ChartsPanel::Chart::RiskMatrix), ChartBuilders::selectedSeriesName());
    QCOMPARE(chosen->count(), 2);

    // Every tab by tab switch, as a user clicks through them.
    for (int i = 0; i < ChartsPanel::ChartCount; ++i) {
        panel.tabs()->setCurrentIndex(i);
        QVERIFY(panel.chartView(ChartsPanel::Chart(i))->chart() != nullptr);
    }
    panel.show();
    panel.setCurrentChart(ChartsPanel::Chart::RiskMatrix);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString shot = QDir::temp().filePath(QStringLiteral("weaklink-charts-panel.png"));
    panel.grab().save(shot);

    panel.setResult(nullptr, nullptr);
    QVERIFY(panel.riskMatrixData().entries.isEmpty());
    QVERIFY(panel.chart(ChartsPanel::Chart::RiskMatrix)->series().isEmpty());
}

void TestChartsPanel::exportsAreValidFiles_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("suffix");
    for (int i = 0; i < ChartsPanel::ChartCount; ++i)
        for (const char *suffix : { "png", "svg" })
            QTest::addRow("%d.%s", i, suffix) << i << QString::fromLatin1(suffix);
}

void TestChartsPanel::exportsAreValidFiles()
{
    QFETCH(int, chart);
    QFETCH(QString, suffix);
    auto model = std::make_shared<const Model>(chainModel());
    const sim::Scenario sc = test::seededScenario({ { QStringLiteral("A"), 0 } }, 2000);
    auto result = std::make_shared<const sim::SimResult>(
        test::runScenario(*model, sc, suggestTimeGrid(*model, sc)));
    ChartsPanel panel;
    panel.setResult(result, model);
    panel.setSelectedNodes({ QStringLiteral("C") });

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.") + suffix);
    QCOMPARE(panel.exportChart(ChartsPanel::Chart(chart), path, QSize(600, 400)), QString());
    if (suffix == u"png") {
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1200, 800));
        // Not blank: the chart drew something besides the white background.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 3);
        QFile::copy(
            path, QDir::temp().filePath(QStringLiteral("weaklink-chart-%1.png").arg(chart)));
    } else {
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox(), QRect(0, 0, 600, 400));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path") || text.contains("<polyline"));
    }
}

void TestChartsPanel::exportFailuresLeaveFilesAlone()
{
    auto model = std::make_shared<const Model>(chainModel());
    auto result = std::make_shared<const sim::SimResult>(
        test::runScenario(*model, test::seededScenario({ { QStringLiteral("A"), 0 } }, 100)));
    ChartsPanel panel;
    panel.setResult(result, model);
    QTemporaryDir dir;

    const QString existing = dir.filePath(QStringLiteral("chart.jpg"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    const QString error = panel.exportChart(ChartsPanel::Chart::Histogram, existing);
    QVERIFY(error.contains(QStringLiteral("unknown picture format")));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));

    const QString missing = dir.filePath(QStringLiteral("no/such/dir/chart.png"));
    QVERIFY(!panel.exportChart(ChartsPanel::Chart::Histogram, missing).isEmpty());
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("chart.jpg") }));
}

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
