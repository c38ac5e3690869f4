// Graphviz DOT: cgraph parses (layout::parseDot, in the one file that sees
// Graphviz); this maps the graph to a model. The product runs it only in a
// child process (files/dotchild.cpp), because Graphviz crashes on some
// inputs.
#include "interchange/readers.h"

#include "interchange/limits.h"
#include "interchange/modelbuilder.h"
#include "io/textposition.h"
#include "layout/layout.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace wl::interchange {

namespace {

// A label as text: escapes (\N the object's name, \G the graph's, \n \l \r
// line ends) resolved, an HTML-like label reduced to its text.
QString labelText(QString label, bool html, const QString &objectName, const QString &graphName)
{
    if (html) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        label.replace(QStringLiteral("<br/>"), QStringLiteral(" "), Qt::CaseInsensitive);
        label.remove(tags);
        label.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        label.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        label.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        return label.simplified();
    }
    label.replace(QStringLiteral("\\N"), objectName);
    label.replace(QStringLiteral("\\G"), graphName);
    static const QRegularExpression lineEnds(QStringLiteral(R"(\\[nlr])"));
    label.replace(lineEnds, QStringLiteral(" "));
    return label.simplified();
}

QString clusterTitle(const layout::DotGraph::Cluster &cluster, const QString &graphName)
{
    const QString label = labelText(cluster.label, cluster.htmlLabel, cluster.name, graphName);
    if (!label.isEmpty())
        return label;
    QString bare = cluster.name.mid(7);
    while (bare.startsWith(u'_') || bare.startsWith(u'-') || bare.startsWith(u' '))
        bare.remove(0, 1);
    return bare.isEmpty() ? cluster.name : bare;
}

// "x,y" or "x,y!" in points, y up.
std::optional<QPointF> parsePos(const QString &pos)
{
    QString text = pos.trimmed();
    if (text.endsWith(u'!'))
        text.chop(1);
    const QStringList parts = text.split(u',');
    if (parts.size() < 2)
        return std::nullopt;
    bool okX = false, okY = false;
    const double x = parts[0].toDouble(&okX);
    const double y = parts[1].toDouble(&okY);
    if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    return QPointF(x, y);
}

// Positions only if every node has one, in points with y turned down.
void placeNodes(const layout::DotGraph &graph, const QStringList &ids, ModelBuilder &b)
{
    double scale = 1.0;
    bool ok = false;
    if (const double s = graph.inputScale.toDouble(&ok); ok && s > 0)
        scale = 72.0 / s;
    QVector<std::optional<QPointF>> positions;
    int missing = 0;
    for (const layout::DotGraph::Node &n : graph.nodes) {
        positions.append(parsePos(n.pos));
        missing += !positions.constLast();
    }
    if (missing == graph.nodes.size())
        return;
    if (missing > 0) {
        b.warn(QString(),
            QStringLiteral("%1 of %2 nodes have no pos; positions are taken only when every "
                           "node has one, so the model is laid out on open")
                .arg(missing)
                .arg(graph.nodes.size()));
        return;
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        b.node(ids[i])->pos = QPointF(positions[i]->x(), -positions[i]->y()) * scale;
}

} // namespace

ReadResult readDot(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxInputBytes)
        return ReadResult::failure(fileName, QStringLiteral("larger than 1 GB"));
    if (bytes.contains('\0'))
        return ReadResult::failure(fileName,
            QStringLiteral("%1: a NUL byte; DOT is text")
                .arg(io::lineColumn(bytes, bytes.indexOf('\0'))));
    QString error;
    const std::optional<layout::DotGraph> graph = layout::parseDot(bytes, &error);
    if (!graph)
        return ReadResult::failure(fileName,
            QStringLiteral("not a DOT graph Graphviz can read%1")
                .arg(error.isEmpty() ? QString() : QStringLiteral(": ") + error));

    ModelBuilder b(QStringLiteral("Graphviz DOT"));
    const QString label = labelText(graph->label, graph->htmlLabel, graph->name, graph->name);
    b.setName(!label.isEmpty() ? label
            : !graph->name.isEmpty() && !graph->name.startsWith(u'%')
            ? graph->name
            : QFileInfo(fileName).completeBaseName());
    const QStringList &kinds = vocab::knownKinds();
    QHash<QString, QString> ids; // DOT node name -> node id
    QStringList order;
    for (const layout::DotGraph::Node &n : graph->nodes) {
        Node node;
        node.name = labelText(n.label, n.htmlLabel, n.name, graph->name);
        if (kinds.contains(n.kind))
            node.kind = n.kind;
        // The outermost cluster is the organisation, inner ones are tags.
        for (const layout::DotGraph::Cluster &c : n.clusters) {
            const QString title = clusterTitle(c, graph->name);
            if (node.organization.isEmpty())
                node.organization = title;
            else
                node.tags.append(title);
        }
        const QString id
            = b.addNode(n.name, std::move(node), QStringLiteral("node \"%1\"").arg(n.name));
        if (b.failed())
            return b.finish(fileName);
        ids.insert(n.name, id);
        order.append(id);
    }
    for (const layout::DotGraph::Edge &e : graph->edges) {
        Edge edge;
        edge.source = ids.value(e.tail);
        edge.target = ids.value(e.head);
        edge.label = labelText(e.label, e.htmlLabel, QString(), graph->name);
        b.addEdge(std::move(edge), QStringLiteral("edge %1 -> %2").arg(e.tail, e.head));
    }
    placeNodes(*graph, order, b);
    if (!graph->directed)
        b.warn(QString(),
            QStringLiteral("an undirected graph: each edge points from the node written "
                           "first to the one written second"));
    return b.finish(fileName);
}

} // namespace wl::interchange
