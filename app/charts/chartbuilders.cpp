#include "charts/chartbuilders.h"

#include "format/format.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace wl::charts {

namespace {

// ColorBrewer YlOrRd, five classes: sequential in lightness, so it reads
// for colour-blind users and in grey print.
const QColor kRiskColours[5] = { QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c),
    QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20), QColor(0xbd, 0x00, 0x26) };
// Okabe–Ito: distinguishable for every common colour-vision deficiency.
const QColor kLineColours[8] = { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
    QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
    QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x00, 0x00) };

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    chart->setTitleFont(font);
    return chart;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Shows `texts[i]` while the pointer is over point i of the series.
void tooltips(QXYSeries *series, const QStringList &texts)
{
    QObject::connect(
        series, &QXYSeries::hovered, series, [series, texts](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QList<QPointF> points = series->points();
            const auto it = std::find(points.begin(), points.end(), point);
            if (it != points.end())
                QToolTip::showText(QCursor::pos(), texts.value(int(it - points.begin())));
        });
}

// Where the i-th of n nodes of a cell sits: on a square grid inside the
// cell, row by row from the top left, clear of the cell's edges.
QPointF placeInCell(int likelihoodBin, int impactBin, int i, int n)
{
    const int side = std::max(1, int(std::ceil(std::sqrt(double(n)))));
    const double step = 1.0 / double(side + 1);
    const int row = i / side;
    const int column = i % side;
    return { double(likelihoodBin - 1) + step * double(column + 1),
        double(impactBin) - step * double(row + 1) };
}

QCategoryAxis *binAxis(const QString &title, const QStringList &labels)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setRange(0.0, 5.0);
    axis->setStartValue(0.0);
    for (int i = 0; i < labels.size(); ++i)
        axis->append(labels[i], double(i + 1));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setGridLineVisible(false);
    return axis;
}

// An axis of record counts from 0 with round steps, labelled shortly
// ("2.5 M"): Qt's value axes print large numbers as "1e+07".
QCategoryAxis *recordsAxis(const QString &title, double top)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double raw = std::max(top, 1.0) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    const int steps = std::max(1, int(std::ceil(std::max(top, 1.0) * 1.05 / step)));
    axis->setStartValue(0.0);
    axis->append(format::compact(0.0), 0.0);
    for (int i = 1; i <= steps; ++i)
        axis->append(format::compact(i * step), i * step);
    axis->setRange(0.0, steps * step);
    return axis;
}

// The same for a log scale, for series whose x is log10 of the records:
// one label per power of ten in [low, high].
QCategoryAxis *log10RecordsAxis(const QString &title, double low, double high)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(low);
    for (int decade = int(std::ceil(low)); decade <= int(std::floor(high)); ++decade)
        axis->append(format::compact(std::pow(10.0, decade)), double(decade));
    axis->setRange(low, high);
    return axis;
}

} // namespace

QChart *ChartBuilders::message(const QString &title, const QString &text)
{
    QChart *chart = newChart(title);
    chart->setTitle(QStringLiteral("%1<br><span style=\"font-weight:normal\">%2</span>")
                        .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    chart->legend()->hide();
    return chart;
}

QChart *ChartBuilders::riskMatrix(const analysis::RiskMatrixData &data, const QStringList &selected)
{
    // The axis says only "Impact": in a dock below the canvas the plot is
    // too short for more (Qt Charts would cut it); the title defines it.
    QChart *chart = newChart(tr("Risk matrix: likelihood × impact (records × sensitivity held)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QCategoryAxis *x = binAxis(tr("Likelihood: probability of compromise"),
        { tr("0–1 %"), tr("1–5 %"), tr("5–20 %"), tr("20–50 %"), tr("≥ 50 %") });
    QCategoryAxis *y = binAxis(
        tr("Impact"), { tr("0–10³"), tr("10³–10⁵"), tr("10⁵–10⁷"), tr("10⁷–10⁹"), tr("≥ 10⁹") });
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Nodes of a cell by risk (likelihood x impact), largest first: the
    // order of the cell's tooltip.
    std::array<std::array<QStringList, 5>, 5> ranked;
    for (int l = 0; l < 5; ++l)
        for (int i = 0; i < 5; ++i) {
            QVector<int> cell = data.cells[std::size_t(l)][std::size_t(i)];
            std::stable_sort(cell.begin(), cell.end(), [&data](int a, int b) {
                return data.entries[a].likelihood * data.entries[a].impact
                    > data.entries[b].likelihood * data.entries[b].impact;
            });
            for (int v : cell)
                ranked[std::size_t(l)][std::size_t(i)].append(data.entries[v].name);
        }

    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i) {
            // An area series does not own its lines: the cell is their
            // parent.
            auto *cell = new QAreaSeries;
            auto *upper = new QLineSeries(cell);
            upper->append(l - 1, i);
            upper->append(l, i);
            auto *lower = new QLineSeries(cell);
            lower->append(l - 1, i - 1);
            lower->append(l, i - 1);
            cell->setUpperSeries(upper);
            cell->setLowerSeries(lower);
            // Risk classes by the product of the bins: 1–4, 5–8, 9–12,
            // 15–16, 20–25 (the products that occur on a 5 x 5 grid).
            const int score = l * i;
            const int cls = score <= 4 ? 0 : score <= 8 ? 1 : score <= 12 ? 2 : score <= 16 ? 3 : 4;
            cell->setBrush(kRiskColours[cls]);
            cell->setPen(QPen(Qt::white, 2.0));
            attach(chart, cell, x, y);
            const auto markers = chart->legend()->markers(cell);
            for (QLegendMarker *m : markers)
                m->setVisible(false);
            const QStringList names = ranked[std::size_t(l - 1)][std::size_t(i - 1)];
            QObject::connect(
                cell, &QAreaSeries::hovered, cell, [names](const QPointF &, bool state) {
                    if (!state || names.isEmpty()) {
                        QToolTip::hideText();
                        return;
                    }
                    QString text = tr("%n node(s), by risk:", nullptr, int(names.size()));
                    for (const QString &name : names.mid(0, 10))
                        text += QLatin1Char('\n') + name;
                    if (names.size() > 10)
                        text += QLatin1Char('\n') + tr("… and %1 more").arg(names.size() - 10);
                    QToolTip::showText(QCursor::pos(), text);
                });
        }

    const QSet<QString> selectedIds(selected.begin(), selected.end());
    // Qt Charts makes a graphics item per scatter point: beyond the budget
    // only the selected nodes get one, and the counts tell the rest.
    const bool everyNode = data.entries.size() <= kMaxMarkers;
    int largestCell = 1;
    for (const auto &row : data.cells)
        for (const QVector<int> &cell : row)
            largestCell = std::max(largestCell, int(cell.size()));
    const double side = std::ceil(std::sqrt(double(largestCell)));
    const double marker = everyNode ? std::clamp(60.0 / side, 5.0, 14.0) : 9.0;

    auto *nodes = new QScatterSeries;
    nodes->setName(nodesSeriesName());
    nodes->setMarkerSize(marker);
    nodes->setColor(QColor(0x33, 0x33, 0x33));
    nodes->setBorderColor(Qt::white);
    auto *chosen = new QScatterSeries;
    chosen->setName(selectedSeriesName());
    chosen->setMarkerSize(std::max(marker * 1.4, 9.0));
    chosen->setColor(QColor(0x21, 0x66, 0xac));
    chosen->setBorderColor(Qt::white);
    QStringList nodeTexts;
    QStringList chosenTexts;
    QList<QPointF> nodePoints;
    QList<QPointF> chosenPoints;
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i) {
            // The nodes drawn in this cell, spread over it.
            QVector<int> drawn;
            for (int v : data.cells[std::size_t(l - 1)][std::size_t(i - 1)])
                if (everyNode || selectedIds.contains(data.entries[v].id))
                    drawn.append(v);
            for (int j = 0; j < drawn.size(); ++j) {
                const analysis::RiskEntry &e = data.entries[drawn[j]];
                const bool isSelected = selectedIds.contains(e.id);
                const QString text = tr("%1\nprobability of compromise %2\nimpact %3")
                                         .arg(e.name, format::percent(e.likelihood),
                                             format::count(qint64(e.impact)));
                const QPointF at = placeInCell(l, i, j, int(drawn.size()));
                (isSelected ? chosenPoints : nodePoints).append(at);
                (isSelected ? chosenTexts : nodeTexts).append(text);
            }
        }
    // One call per series: appending point by point signals every point.
    nodes->append(nodePoints);
    chosen->append(chosenPoints);
    tooltips(nodes, nodeTexts);
    tooltips(chosen, chosenTexts);
    attach(chart, nodes, x, y);
    attach(chart, chosen, x, y);
    if (chosen->count() == 0)
        chart->legend()->markers(chosen).value(0)->setVisible(false);
    if (nodes->count() == 0)
        chart->legend()->markers(nodes).value(0)->setVisible(false);

    // The count of every non-empty cell in its top right corner, kept in
    // place as the plot area moves.
    QVector<std::pair<QGraphicsSimpleTextItem *, QPointF>> counts;
    QFont countFont = chart->font();
    countFont.setBold(true);
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i) {
            const auto n = data.cells[std::size_t(l - 1)][std::size_t(i - 1)].size();
            if (n == 0)
                continue;
            auto *label = new QGraphicsSimpleTextItem(format::count(n), chart);
            label->setFont(countFont);
            label->setBrush(l * i >= 15 ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
            label->setZValue(100);
            label->setData(0, countLabelKey());
            counts.append({ label, QPointF(l, i) });
        }
    const auto place = [chart, counts] {
        for (const auto &[label, corner] : counts) {
            const QPointF at = chart->mapToPosition(corner, chart->series().value(0));
            label->setPos(at + QPointF(-label->boundingRect().width() - 4.0, 2.0));
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
    return chart;
}

QChart *ChartBuilders::histogram(const QVector<analysis::HistogramBar> &bars, std::int64_t trials)
{
    QChart *chart = newChart(tr("Compromised nodes per trial"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Share of trials"));
    set->setColor(kLineColours[0]);
    QStringList labels;
    double top = 0.0;
    for (const analysis::HistogramBar &bar : bars) {
        set->append(bar.share);
        top = std::max(top, bar.share);
        labels.append(bar.kFirst == bar.kLast
                ? QString::number(bar.kFirst)
                : QStringLiteral("%1–%2").arg(bar.kFirst).arg(bar.kLast));
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.9);
    series->append(set);
    QObject::connect(set, &QBarSet::hovered, set, [bars, trials](bool state, int index) {
        if (!state || index < 0 || index >= bars.size()) {
            QToolTip::hideText();
            return;
        }
        const analysis::HistogramBar &b = bars[index];
        QToolTip::showText(QCursor::pos(),
            tr("%1 of %2 trials (%3)")
                .arg(format::count(b.trials), format::count(trials), format::percent(b.share)));
    });
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(tr("Compromised nodes, seeds included"));
    if (labels.size() > 15)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setRange(0.0, top > 0.0 ? std::min(1.0, top * 1.1) : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTitleText(tr("Share of trials"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    return chart;
}

QChart *ChartBuilders::categories(const QVector<analysis::CategoryRecords> &categories)
{
    QChart *chart = newChart(tr("Expected exposed records by data category"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Expected exposed records"));
    set->setColor(kLineColours[5]);
    QStringList labels;
    double top = 0.0;
    // A horizontal bar chart draws its first category at the bottom.
    for (auto it = categories.crbegin(); it != categories.crend(); ++it) {
        set->append(it->expectedRecords);
        labels.append(it->category);
        top = std::max(top, it->expectedRecords);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    QObject::connect(set, &QBarSet::hovered, set, [set, labels](bool state, int index) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2 records expected")
                .arg(labels.value(index), format::records(set->at(index))));
    });
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    // A category is a short word: shown whole, never "…".
    y->setTruncateLabels(false);
    QCategoryAxis *x = recordsAxis(tr("Expected exposed records"), top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    return chart;
}

QChart *ChartBuilders::compromiseOverTime(
    const QVector<analysis::CompromiseCurve> &curves, bool hasTimeGrid, bool anySelected)
{
    if (!hasTimeGrid)
        return message(tr("Probability of compromise over time"),
            tr("This result has no timeline: run the scenario again."));
    if (!anySelected || curves.isEmpty())
        return message(tr("Probability of compromise over time"),
            tr("Select one or more nodes to see their curves."));
    QChart *chart = newChart(tr("Probability of compromise over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Hours since the start"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(curves.first().hours.first(), curves.first().hours.last());
    double top = 0.0;
    for (const analysis::CompromiseCurve &curve : curves)
        top = std::max(top, curve.finalProbability);
    auto *y = new QValueAxis;
    y->setTitleText(tr("P(compromised)"));
    y->setRange(0.0, top > 0.0 ? std::min(1.0, top * 1.1) : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int c = 0; c < curves.size(); ++c) {
        const analysis::CompromiseCurve &curve = curves[c];
        const QColor colour = kLineColours[c % 8];
        auto *line = new QLineSeries;
        line->setName(curve.name);
        line->setPen(QPen(colour, 2.5));
        for (int k = 0; k < curve.hours.size(); ++k)
            line->append(curve.hours[k], curve.probability[k]);
        attach(chart, line, x, y);
        auto *limit = new QLineSeries;
        limit->setName(tr("%1 (final)").arg(curve.name));
        limit->setPen(QPen(colour, 1.0, Qt::DashLine));
        limit->append(curve.hours.first(), curve.finalProbability);
        limit->append(curve.hours.last(), curve.finalProbability);
        attach(chart, limit, x, y);
        chart->legend()->markers(limit).value(0)->setVisible(false);
    }
    return chart;
}

QChart *ChartBuilders::lossExceedance(const analysis::LossExceedanceData &data)
{
    const QString title = tr("Loss exceedance: P(exposed records > x)");
    QVector<analysis::ExceedancePoint> positive;
    for (const analysis::ExceedancePoint &p : data.points)
        if (p.records > 0.0)
            positive.append(p);
    if (positive.isEmpty())
        return message(
            title, data.points.isEmpty() ? tr("No trials.") : tr("No trial exposed any records."));

    QChart *chart = newChart(title);
    chart->legend()->hide();
    // Thinned to at most kMaxSteps steps: every drawn corner is an exact
    // point of the curve, only the steps between them are merged.
    const int stride = int((positive.size() + kMaxSteps - 1) / kMaxSteps);
    const double lo = positive.first().records;
    const double hi = positive.last().records;
    auto *line = new QLineSeries;
    line->setPen(QPen(kLineColours[0], 2.0));
    double level = data.pAnyExposure; // P(X > x) for 0 <= x below the first total
    // x is log10 of the records, on an axis labelled in records.
    line->append(std::log10(lo / 1.5), level);
    for (int i = 0; i < positive.size(); i += stride) {
        const int last = std::min(int(positive.size()) - 1, i + stride - 1);
        line->append(std::log10(positive[i].records), level);
        level = positive[last].probability;
        line->append(std::log10(positive[i].records), level);
    }
    line->append(std::log10(hi * 1.5), level);

    QCategoryAxis *x = log10RecordsAxis(
        tr("Exposed records x (log scale)"), std::log10(lo / 1.5), std::log10(hi * 1.5));
    auto *y = new QValueAxis;
    y->setRange(0.0, std::min(1.0, data.pAnyExposure * 1.1));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTitleText(tr("P(records > x)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, line, x, y);
    chart->setTitle(QStringLiteral("%1<br><span style=\"font-weight:normal\">%2</span>")
                        .arg(title.toHtmlEscaped(),
                            tr("mean %1 records; some exposure in %2 of the trials")
                                .arg(format::records(data.mean), format::percent(data.pAnyExposure))
                                .toHtmlEscaped()));
    return chart;
}

} // namespace wl::charts
