#include "comparewindow.h"

#include "editor/diagramscene.h"
#include "overlay/overlaylegend.h"
#include "render/heatmap.h"
#include "snapshots/readonlymap.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace wl {

namespace {

void mark(QHash<QString, render::DiffMark> &marks, const analysis::ElementDiff &d)
{
    for (const QString &id : d.added)
        marks.insert(id, render::DiffMark::Added);
    for (const QString &id : d.removed)
        marks.insert(id, render::DiffMark::Removed);
    for (const analysis::ElementChange &c : d.changed)
        marks.insert(c.id, render::DiffMark::Changed);
}

} // namespace

render::Overlay comparisonOverlay(const Comparison &c)
{
    render::Overlay o;
    o.diff = true;
    mark(o.nodeDiff, c.diff.nodes);
    mark(o.edgeDiff, c.diff.edges);
    if (!c.metrics)
        return o;
    for (const Node &n : c.beforeModel.nodes())
        o.nodeValues.insert(n.id, 0.0);
    for (const Node &n : c.afterModel.nodes())
        o.nodeValues.insert(n.id, 0.0);
    double low = 0.0;
    double high = 0.0;
    for (const analysis::MetricChange &change :
        c.metrics->metrics[int(sim::Metric::Risk)].changes) {
        const double delta = change.delta();
        o.nodeValues.insert(change.node, delta);
        low = std::min(low, delta);
        high = std::max(high, delta);
    }
    render::HeatScale scale = render::heatScale(sim::Metric::Risk, low, high);
    scale.title = CompareWindow::tr("Change in risk");
    o.heat = scale;
    o.source = CompareWindow::tr("Since %1 · annual baselines · %2 trials · rng seed %3")
                   .arg(c.before, QLocale().toString(c.metrics->options.trials))
                   .arg(c.metrics->options.rngSeed);
    return o;
}

CompareWindow::CompareWindow(const Comparison &comparison, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_map(new ReadOnlyMap(analysis::comparisonModel(
          comparison.beforeModel, comparison.afterModel, comparison.diff)))
    , m_text(new QPlainTextEdit)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Changes from %1 to %2 — Weaklink").arg(comparison.before, comparison.after));
    m_map->scene()->setOverlay(comparisonOverlay(comparison));
    new OverlayLegendWidget(m_map->view());

    m_text->setObjectName(QStringLiteral("compareText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(analysis::diffText(comparison.before, comparison.beforeModel,
        comparison.after, comparison.afterModel, comparison.diff,
        comparison.metrics ? &*comparison.metrics : nullptr));

    auto *header = new QLabel(
        tr("Green: added · grey ghosts: removed · purple outline: changed · fill: the change in "
           "risk (records × sensitivity) a year. Read-only."),
        this);
    header->setObjectName(QStringLiteral("compareHeader"));
    header->setWordWrap(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_map);
    split->addWidget(m_text);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(split, 1);
    resize(1300, 800);
    split->setSizes({ 900, 400 });
}

DiagramView *CompareWindow::view() const
{
    return m_map->view();
}

DiagramScene *CompareWindow::scene() const
{
    return m_map->scene();
}

const Document *CompareWindow::document() const
{
    return m_map->document();
}

} // namespace wl
