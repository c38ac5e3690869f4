// Qt Charts for the figures of analysis/chartdata.h. Each builder returns a new
// QChart (the caller owns it) holding exactly those figures, so the panel
// and the exporter draw the same chart and the tests can read the series.
// No animations: a chart is complete as soon as it is built.
#pragma once

#include "analysis/chartdata.h"

#include <QCoreApplication>

class QChart;

namespace wl::charts {

class ChartBuilders {
    Q_DECLARE_TR_FUNCTIONS(wl::charts::ChartBuilders)
public:
    // Series names, for the tests and the legend.
    static QString nodesSeriesName() { return tr("Nodes"); }
    static QString selectedSeriesName() { return tr("Selected"); }

    // The 5 x 5 matrix: one area per cell coloured by likelihood bin x
    // impact bin, its node count in the corner (text items tagged with
    // countLabelKey() under data key 0), the nodes as points inside their
    // cell (series "Nodes"; only up to kMaxMarkers nodes), the selected
    // ones apart (series "Selected", always). A cell spans
    // [likelihoodBin - 1, likelihoodBin] x [impactBin - 1, impactBin].
    static QChart *riskMatrix(const analysis::RiskMatrixData &data, const QStringList &selected);
    // One bar set of shares of trials, one category per bar.
    static QChart *histogram(const QVector<analysis::HistogramBar> &bars, std::int64_t trials);
    // Horizontal bars, the largest category at the top.
    static QChart *categories(const QVector<analysis::CategoryRecords> &categories);
    // One line per node and a dashed line at its final probability.
    static QChart *compromiseOverTime(
        const QVector<analysis::CompromiseCurve> &curves, bool hasTimeGrid, bool anySelected);
    // P(X > x) as a step line over a logarithmic x axis.
    static QChart *lossExceedance(const analysis::LossExceedanceData &data);
    // A chart that only says why there is nothing to show.
    static QChart *message(const QString &title, const QString &text);

    static QString countLabelKey() { return QStringLiteral("cell-count"); }
    // A model with more nodes shows counts and the selected nodes only.
    static constexpr int kMaxMarkers = 1500;
    // The loss-exceedance step line draws at most this many steps.
    static constexpr int kMaxSteps = 2000;
};

} // namespace wl::charts
