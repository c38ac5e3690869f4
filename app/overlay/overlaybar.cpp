#include "overlaybar.h"

#include "overlaycontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace wl {

namespace {

constexpr int kOff = -1;
// The metric box's entry for an overlay that overrides the chosen metric.
constexpr int kOverride = -2;

} // namespace

OverlayBar::OverlayBar(OverlayController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_metric(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_scale(new QComboBox(this))
    , m_flows(new QCheckBox(tr("Flows"), this))
    , m_contracts(new QCheckBox(tr("Contracts"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("overlayBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *label = new QLabel(tr("Heatmap:"), this);
    label->setBuddy(m_metric);
    layout->addWidget(label);

    m_metric->setObjectName(QStringLiteral("overlayMetric"));
    // Wide enough for the tabletop's "Compromised by …" when it stands in.
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metric->addItem(tr("Off"), kOff);
    m_metric->addItem(tr("Likelihood"), int(sim::Metric::Likelihood));
    m_metric->addItem(tr("Exposure"), int(sim::Metric::Exposure));
    m_metric->addItem(tr("Risk"), int(sim::Metric::Risk));
    m_metric->addItem(tr("Time to compromise"), int(sim::Metric::TimeToCompromise));
    m_metric->addItem(tr("Blast radius"), int(sim::Metric::BlastRadius));
    layout->addWidget(m_metric);

    m_source->setObjectName(QStringLiteral("overlaySource"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setToolTip(tr("Where the values come from"));
    layout->addWidget(m_source);

    m_scale->setObjectName(QStringLiteral("overlayScale"));
    m_scale->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scale->addItem(tr("Linear"), int(render::ScaleKind::Linear));
    m_scale->addItem(tr("Log"), int(render::ScaleKind::Log));
    m_scale->setToolTip(tr("How the values spread over the colours: linear, or log to tell "
                           "apart small values that differ by orders of magnitude"));
    layout->addWidget(m_scale);

    m_flows->setObjectName(QStringLiteral("overlayFlows"));
    layout->addWidget(m_flows);
    m_contracts->setObjectName(QStringLiteral("overlayContracts"));
    m_contracts->setToolTip(tr("Colour each edge by its contract: personal data with no DPA, a "
                               "transfer with no mechanism, an SLA longer than the statutory "
                               "clock, a review over a year old (decision support, not legal "
                               "advice)"));
    layout->addWidget(m_contracts);

    m_status->setObjectName(QStringLiteral("overlayStatus"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("Computing… 100 %")));
    layout->addWidget(m_status);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        const int v = m_metric->currentData().toInt();
        m_controller->setMetric(v == kOff ? std::nullopt : std::optional(sim::Metric(v)));
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        m_controller->setSource(OverlayController::Source(m_source->currentData().toInt()));
    });
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            m_controller->setScale(render::ScaleKind(m_scale->currentData().toInt()));
    });
    connect(m_flows, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_controller->setFlows(on);
    });
    connect(m_contracts, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            m_controller->setContracts(on);
    });
    connect(controller, &OverlayController::changed, this, &OverlayBar::syncFromController);
    connect(controller, &OverlayController::scenarioResultChanged, this,
        &OverlayBar::syncFromController);
    connect(controller, &OverlayController::computingChanged, this, [this] {
        m_done = m_total = 0;
        updateStatus();
    });
    connect(controller, &OverlayController::progress, this, [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        updateStatus();
    });
    syncFromController();
}

void OverlayBar::syncFromController()
{
    m_syncing = true;
    // The bar shows what the canvas shows: while another overlay (the
    // tabletop exercise's frame) stands in for the chosen metric, it names
    // that one and the choices wait, disabled, until the canvas is given
    // back.
    const std::optional<render::Overlay> &shown = m_controller->overrideOverlay();
    const int overrideIndex = m_metric->findData(kOverride);
    // The scale applies to the exercise's frames too.
    m_scale->setCurrentIndex(m_scale->findData(int(m_controller->scale())));
    m_scale->setEnabled(shown ? shown->heat.has_value() : m_controller->metric().has_value());
    m_metric->setEnabled(!shown);
    m_flows->setEnabled(!shown);
    m_contracts->setEnabled(!shown);
    const QString waiting = tr("The Tabletop Exercise dock drives the canvas while it is open");
    m_metric->setToolTip(shown ? waiting : tr("Fill each node by a metric of the simulation"));
    m_flows->setToolTip(
        shown ? waiting : tr("Draw each edge by how often the compromise travelled over it"));
    if (shown) {
        const QString title = shown->heat ? shown->heat->title : shown->source;
        // In full, where a crowded toolbar cuts the box.
        m_metric->setToolTip(title + u'\n' + waiting);
        if (overrideIndex < 0)
            m_metric->addItem(title, kOverride);
        else
            m_metric->setItemText(overrideIndex, title);
        m_metric->setCurrentIndex(m_metric->findData(kOverride));
        m_source->clear();
        m_source->addItem(shown->source);
        m_source->setEnabled(false);
        m_flows->setChecked(shown->flows);
        m_syncing = false;
        updateStatus();
        return;
    }
    if (overrideIndex >= 0)
        m_metric->removeItem(overrideIndex);
    const std::optional<sim::Metric> metric = m_controller->metric();
    m_metric->setCurrentIndex(m_metric->findData(metric ? int(*metric) : kOff));
    m_source->clear();
    m_source->addItem(tr("Annual baseline"), int(OverlayController::Source::Baseline));
    if (m_controller->hasScenarioResult())
        m_source->addItem(tr("Scenario: %1").arg(m_controller->scenarioName()),
            int(OverlayController::Source::Scenario));
    m_source->setCurrentIndex(m_source->findData(int(m_controller->source())));
    m_source->setEnabled(m_source->count() > 1);
    m_flows->setChecked(m_controller->flows());
    m_contracts->setChecked(m_controller->contracts());
    m_syncing = false;
    updateStatus();
}

void OverlayBar::updateStatus()
{
    if (m_controller->isComputing()) {
        m_status->setText(m_total > 0
                ? tr("Computing… %1 %").arg(int(100 * m_done / std::max<qint64>(1, m_total)))
                : tr("Computing…"));
        m_status->setToolTip(tr("The values are being recomputed for the current model"));
    } else if (m_controller->isStale()) {
        m_status->setText(tr("Stale"));
        m_status->setToolTip(tr("The model changed since these values were computed"));
    } else {
        m_status->clear();
        m_status->setToolTip(QString());
    }
}

} // namespace wl
