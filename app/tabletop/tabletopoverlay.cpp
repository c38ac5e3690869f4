#include "tabletopoverlay.h"

#include "tabletopsession.h"

#include "render/heatmap.h"

#include <QCoreApplication>

namespace wl::tabletop {

namespace {

// The translation context of the overlay's words.
struct TabletopOverlay {
    Q_DECLARE_TR_FUNCTIONS(TabletopOverlay)
};

// The fixed log scale starts here: nodes the breach has barely reached
// still show.
constexpr double kLogLow = 0.001;

} // namespace

render::Overlay frameOverlay(const TabletopSession &session, render::ScaleKind scale)
{
    render::Overlay frame;
    if (!session.projection())
        return frame;
    const std::vector<std::optional<double>> p = session.nodeProbabilities();
    frame.heat = render::heatScale(
        sim::Metric::Likelihood, scale == render::ScaleKind::Log ? kLogLow : 0.0, 1.0, scale);
    frame.heat->title = TabletopOverlay::tr("Compromised by %1").arg(session.clockText());
    frame.breached.insert(session.settings().vendor);
    const QVector<Node> &nodes = session.document()->model().nodes();
    for (std::size_t i = 0; i < p.size() && i < std::size_t(nodes.size()); ++i)
        if (p[i])
            frame.nodeValues.insert(nodes[qsizetype(i)].id, *p[i]);
    frame.source = TabletopOverlay::tr("Tabletop exercise");
    frame.stale = session.isStale();
    return frame;
}

} // namespace wl::tabletop
