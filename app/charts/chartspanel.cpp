#include "charts/chartspanel.h"

#include "charts/chartbuilders.h"
#include "charts/chartexport.h"

#include "format/format.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wl::charts {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_export(new QToolButton(this))
    , m_caption(new QLabel(this))
{
    const QString titles[ChartCount] = { tr("Risk matrix"), tr("Compromised nodes"),
        tr("Exposed records"), tr("Over time"), tr("Loss exceedance") };
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        m_views[std::size_t(i)] = view;
        m_tabs->addTab(view, titles[i]);
    }

    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the chart on show as a picture"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("As PNG…"), this, [this] { exportCurrentChart(QStringLiteral("png")); });
    menu->addAction(tr("As SVG…"), this, [this] { exportCurrentChart(QStringLiteral("svg")); });
    m_export->setMenu(menu);
    m_caption->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_caption, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this,
        [this](int index) { ensureBuilt(Chart(index)); });
    setResult(nullptr, nullptr);
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setResult(
    std::shared_ptr<const sim::SimResult> result, std::shared_ptr<const Model> snapshot)
{
    m_result = std::move(result);
    m_model = std::move(snapshot);
    m_matrix = {};
    m_histogram.clear();
    m_categories.clear();
    m_curves.clear();
    m_loss = {};
    if (m_result && m_model) {
        m_matrix = analysis::riskMatrix(*m_model, *m_result);
        m_histogram = analysis::compromisedHistogram(*m_result);
        m_categories = analysis::exposedByCategory(*m_model, *m_result);
        m_curves = analysis::compromiseCurves(*m_model, *m_result, m_selected.mid(0, kMaxCurves));
        m_loss = analysis::lossExceedance(*m_result);
        m_caption->setText(
            tr("%1 trials: %2 nodes compromised and %3 records exposed on average")
                .arg(format::count(m_result->trials),
                    format::mean(m_result->meanCompromisedCount()), format::records(m_loss.mean)));
    } else {
        m_caption->setText(tr("No simulation result yet: run a scenario."));
    }
    m_export->setEnabled(m_result != nullptr);
    markAllStale();
}

void ChartsPanel::setSelectedNodes(const QStringList &ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    if (m_result && m_model)
        m_curves = analysis::compromiseCurves(*m_model, *m_result, m_selected.mid(0, kMaxCurves));
    m_stale[std::size_t(Chart::RiskMatrix)] = true;
    m_stale[std::size_t(Chart::Timeline)] = true;
    ensureBuilt(currentChart());
}

ChartsPanel::Chart ChartsPanel::currentChart() const
{
    return Chart(m_tabs->currentIndex());
}

void ChartsPanel::setCurrentChart(Chart chart)
{
    m_tabs->setCurrentIndex(int(chart));
}

QChart *ChartsPanel::chart(Chart chart)
{
    ensureBuilt(chart);
    return m_views[std::size_t(chart)]->chart();
}

void ChartsPanel::markAllStale()
{
    m_stale.fill(true);
    ensureBuilt(currentChart());
}

void ChartsPanel::ensureBuilt(Chart chart)
{
    const auto i = std::size_t(chart);
    if (i >= m_views.size() || !m_stale[i])
        return;
    m_stale[i] = false;
    QChart *old = m_views[i]->chart();
    m_views[i]->setChart(build(chart));
    delete old;
}

QChart *ChartsPanel::build(Chart chart) const
{
    if (!m_result || !m_model)
        return ChartBuilders::message(
            m_tabs->tabText(int(chart)), tr("No simulation result yet: run a scenario."));
    switch (chart) {
    case Chart::RiskMatrix: return ChartBuilders::riskMatrix(m_matrix, m_selected);
    case Chart::Histogram: return ChartBuilders::histogram(m_histogram, m_result->trials);
    case Chart::Categories:
        if (m_categories.isEmpty())
            return ChartBuilders::message(
                m_tabs->tabText(int(chart)), tr("The model has no data assets."));
        return ChartBuilders::categories(m_categories);
    case Chart::Timeline:
        return ChartBuilders::compromiseOverTime(
            m_curves, !m_result->timeGrid.empty(), !m_selected.isEmpty());
    case Chart::LossExceedance: return ChartBuilders::lossExceedance(m_loss);
    }
    return nullptr;
}

QString ChartsPanel::exportChart(Chart chart, const QString &path, QSize size) const
{
    return ChartExport::write(build(chart), path, size);
}

void ChartsPanel::exportCurrentChart(const QString &format)
{
    const bool svg = format == u"svg";
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString filter = svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), m_tabs->tabText(m_tabs->currentIndex()) + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QString error = exportChart(currentChart(), path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Chart"), error);
        return;
    }
    emit chartExported(path);
}

} // namespace wl::charts
