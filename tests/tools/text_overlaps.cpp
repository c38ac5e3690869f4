// Counts overlapping text in exported diagrams (docs/PERFORMANCE.md, issue
// 11 item 13): for a model, each layout engine, drawn as `weaklink-cli
// export` draws it — straight from the layout, and again from stored
// positions (after `import` and `layout`, where the edges are routed
// between the stored nodes) — the SVG's text boxes that intersect another
// text box, and those that cross a node's border.
//
//   text_overlaps [MODEL.json]   (default: the bundled example)
#include "io/modeljson.h"
#include "layout/layout.h"
#include "render/diagram.h"
#include "render/export.h"
#include "textboxes.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace wl;

namespace {

std::optional<test::TextOverlaps> count(const render::Diagram &d, const QString &svgPath)
{
    QString error;
    if (!render::exportDiagram(d, svgPath, render::ExportFormat::Svg, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return std::nullopt;
    }
    QFile f(svgPath);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QVector<QRectF> nodes;
    for (const render::NodeVisual &n : d.nodes)
        nodes.append(render::nodeRect(n.center));
    const test::TextOverlaps o = test::countOverlaps(test::svgTextBoxes(f.readAll()), nodes);
    for (const QString &example : o.examples)
        std::fprintf(stderr, "  %s\n", qPrintable(example));
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString path = args.value(0, QStringLiteral(WEAKLINK_EXAMPLE));
    const ReadResult r = io::readModelJsonFile(path);
    if (!r.model) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 1;
    }
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    std::printf("%-8s %-26s %-26s\n", "engine", "from the layout", "from stored positions");
    std::printf(
        "%-8s %-12s %-13s %-12s %-13s\n", "", "text×text", "text×node", "text×text", "text×node");
    for (const QString &name : layout::engineNames()) {
        const layout::LayoutOutcome o = layout::computeLayout(
            *r.model, { *layout::engineFromName(name), true, render::calloutSizes(*r.model), {} });
        if (!o.result) {
            std::printf("%-8s failed: %s\n", qPrintable(name), qPrintable(o.error));
            continue;
        }
        const auto fresh = count(render::buildDiagram(*r.model, &*o.result), svg);
        Model stored = *r.model;
        for (int i = 0; i < o.result->nodeCenters.size(); ++i)
            stored.setPosition(i, o.result->nodeCenters[i]);
        const layout::LayoutOutcome routes = layout::routeEdges(stored);
        const auto kept
            = count(render::buildDiagram(stored, routes.result ? &*routes.result : nullptr), svg);
        if (!fresh || !kept)
            return 1;
        std::printf("%-8s %-12d %-13d %-12d %-13d\n", qPrintable(name), fresh->textPairs,
            fresh->textOverNodes, kept->textPairs, kept->textOverNodes);
    }
    return 0;
}
