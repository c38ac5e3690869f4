// The charts of one simulation result, one tab each (docs/CHARTS.md): the
// risk matrix, compromised nodes per trial, expected exposed records per
// category, probability of compromise over time for the selected nodes, and
// the loss-exceedance curve. An "Export" button writes the chart on show to
// PNG or SVG.
//
// The figures are computed when a result arrives (analysis/chartdata.h); a tab's
// chart is built when it is first shown after a change, so a hidden panel
// costs nothing while the selection moves.
#pragma once

#include "analysis/chartdata.h"

#include <QWidget>

#include <array>
#include <memory>

class QChart;
class QChartView;
class QLabel;
class QTabWidget;
class QToolButton;

namespace wl::charts {

class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Chart { RiskMatrix, Histogram, Categories, Timeline, LossExceedance };
    static constexpr int ChartCount = 5;

    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // The result and the model snapshot it was computed on; null clears.
    void setResult(
        std::shared_ptr<const sim::SimResult> result, std::shared_ptr<const Model> snapshot);
    // Node ids: highlighted in the risk matrix, drawn over time.
    void setSelectedNodes(const QStringList &ids);
    QStringList selectedNodes() const { return m_selected; }

    // Over-time curves are drawn for the first this many selected nodes.
    static constexpr int kMaxCurves = 8;

    Chart currentChart() const;
    void setCurrentChart(Chart chart);

    // The chart on screen for a tab, built now if it is out of date.
    QChart *chart(Chart chart);
    QChartView *chartView(Chart chart) const { return m_views[std::size_t(chart)]; }
    QTabWidget *tabs() const { return m_tabs; }
    QToolButton *exportButton() const { return m_export; }

    // The figures behind the charts.
    const analysis::RiskMatrixData &riskMatrixData() const { return m_matrix; }
    const QVector<analysis::HistogramBar> &histogramData() const { return m_histogram; }
    const QVector<analysis::CategoryRecords> &categoryData() const { return m_categories; }
    const QVector<analysis::CompromiseCurve> &curveData() const { return m_curves; }
    const analysis::LossExceedanceData &lossExceedanceData() const { return m_loss; }

    // Writes a chart to `path` (.png or .svg), built afresh at `size`.
    // Empty on success, else the reason.
    QString exportChart(Chart chart, const QString &path, QSize size = QSize(1200, 800)) const;
    // Asks for a file name (PNG or SVG) and exports the chart on show.
    void exportCurrentChart(const QString &format);

signals:
    // After a successful export from the button.
    void chartExported(const QString &path);

private:
    QChart *build(Chart chart) const;
    void markAllStale();
    void ensureBuilt(Chart chart);

    std::shared_ptr<const sim::SimResult> m_result;
    std::shared_ptr<const Model> m_model;
    QStringList m_selected;

    analysis::RiskMatrixData m_matrix;
    QVector<analysis::HistogramBar> m_histogram;
    QVector<analysis::CategoryRecords> m_categories;
    QVector<analysis::CompromiseCurve> m_curves;
    analysis::LossExceedanceData m_loss;

    QTabWidget *m_tabs;
    QToolButton *m_export;
    QLabel *m_caption;
    std::array<QChartView *, ChartCount> m_views {};
    std::array<bool, ChartCount> m_stale {};
};

} // namespace wl::charts
