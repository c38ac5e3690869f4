// Graphviz DOT through cgraph's parser (no layout). Graphviz keeps parser
// state in globals and crashes on some inputs, so the product runs this only
// in a child process (files/dotchild.cpp); it is serialised here all the
// same.
#include "interchange/readers.h"

#include "interchange/limits.h"
#include "interchange/modelbuilder.h"

#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>

#include <graphviz/cgraph.h>

#include <cmath>
#include <memory>

namespace wl::interchange {

namespace {

struct GraphCloser {
    void operator()(Agraph_t *g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// cgraph's messages for the graph being read.
QString g_messages;

int collectMessage(char *text)
{
    g_messages += QString::fromUtf8(text);
    return 0;
}

QString attribute(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? QString::fromUtf8(value) : QString();
}

// A label as text: escapes (\N the object's name, \G the graph's, \n \l \r
// line ends) resolved, an HTML-like label reduced to its text.
QString labelText(void *object, const QString &objectName, const QString &graphName)
{
    const char *raw = agget(object, const_cast<char *>("label"));
    if (!raw || !*raw)
        return {};
    QString label = QString::fromUtf8(raw);
    if (aghtmlstr(const_cast<char *>(raw))) {
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

bool isCluster(Agraph_t *g)
{
    return QString::fromUtf8(agnameof(g)).startsWith(u"cluster", Qt::CaseInsensitive);
}

QString clusterTitle(Agraph_t *cluster, const QString &graphName)
{
    const QString name = QString::fromUtf8(agnameof(cluster));
    // A subgraph inherits its parent's label when it sets none.
    const QString label = labelText(cluster, name, graphName);
    if (!label.isEmpty() && attribute(cluster, "label") != attribute(agparent(cluster), "label"))
        return label;
    QString bare = name.mid(7);
    while (bare.startsWith(u'_') || bare.startsWith(u'-') || bare.startsWith(u' '))
        bare.remove(0, 1);
    return bare.isEmpty() ? name : bare;
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

class DotMapper {
public:
    DotMapper(Agraph_t *root, const QString &fileName)
        : m_root(root)
        , m_builder(QStringLiteral("Graphviz DOT"))
        , m_graphName(QString::fromUtf8(agnameof(root)))
        , m_fileName(fileName)
    {
    }

    ReadResult map();

private:
    void walkClusters(Agraph_t *g, QStringList path);
    void addNodes();
    void addEdges();
    void placeNodes();

    Agraph_t *m_root;
    ModelBuilder m_builder;
    QString m_graphName;
    QString m_fileName;
    // Per node name, the clusters it sits in, outermost first.
    QHash<QString, QStringList> m_clusters;
    QHash<QString, QString> m_ids; // DOT node name -> node id
};

void DotMapper::walkClusters(Agraph_t *g, QStringList path)
{
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        QStringList inner = path;
        if (isCluster(sub)) {
            inner.append(clusterTitle(sub, m_graphName));
            for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n)) {
                QStringList &clusters = m_clusters[QString::fromUtf8(agnameof(n))];
                if (clusters.size() < inner.size())
                    clusters = inner;
            }
        }
        if (inner.size() <= kMaxNesting)
            walkClusters(sub, inner);
    }
}

void DotMapper::addNodes()
{
    const QStringList &kinds = vocab::knownKinds();
    for (Agnode_t *n = agfstnode(m_root); n && !m_builder.failed(); n = agnxtnode(m_root, n)) {
        const QString name = QString::fromUtf8(agnameof(n));
        Node node;
        node.name = labelText(n, name, m_graphName);
        const QString kind = attribute(n, "kind");
        if (kinds.contains(kind))
            node.kind = kind;
        const QStringList clusters = m_clusters.value(name);
        if (!clusters.isEmpty()) {
            node.organization = clusters.first();
            node.tags = clusters.mid(1);
        }
        const QString where = QStringLiteral("node \"%1\"").arg(name);
        m_ids.insert(name, m_builder.addNode(name, std::move(node), where));
    }
}

void DotMapper::addEdges()
{
    for (Agnode_t *n = agfstnode(m_root); n && !m_builder.failed(); n = agnxtnode(m_root, n)) {
        for (Agedge_t *e = agfstout(m_root, n); e; e = agnxtout(m_root, e)) {
            const QString tail = QString::fromUtf8(agnameof(agtail(e)));
            const QString head = QString::fromUtf8(agnameof(aghead(e)));
            Edge edge;
            edge.source = m_ids.value(tail);
            edge.target = m_ids.value(head);
            edge.label = labelText(e, QString(), m_graphName);
            m_builder.addEdge(std::move(edge), QStringLiteral("edge %1 -> %2").arg(tail, head));
        }
    }
}

void DotMapper::placeNodes()
{
    double scale = 1.0;
    if (const QString inputScale = attribute(m_root, "inputscale"); !inputScale.isEmpty()) {
        bool ok = false;
        const double s = inputScale.toDouble(&ok);
        if (ok && s > 0)
            scale = 72.0 / s;
    }
    QHash<QString, QPointF> positions;
    int missing = 0;
    for (Agnode_t *n = agfstnode(m_root); n; n = agnxtnode(m_root, n)) {
        const auto pos = parsePos(attribute(n, "pos"));
        if (pos)
            positions.insert(m_ids.value(QString::fromUtf8(agnameof(n))), *pos * scale);
        else
            ++missing;
    }
    if (positions.isEmpty())
        return;
    if (missing > 0) {
        m_builder.warn(QString(),
            QStringLiteral("%1 of %2 nodes have no pos; positions are taken only when every "
                           "node has one, so the model is laid out on open")
                .arg(missing)
                .arg(missing + positions.size()));
        return;
    }
    for (auto it = positions.begin(); it != positions.end(); ++it)
        m_builder.node(it.key())->pos = QPointF(it->x(), -it->y()); // y down in Weaklink
}

ReadResult DotMapper::map()
{
    const QString label = labelText(m_root, m_graphName, m_graphName);
    m_builder.setName(!label.isEmpty() ? label
            : !m_graphName.isEmpty() && !m_graphName.startsWith(u'%')
            ? m_graphName
            : QFileInfo(m_fileName).completeBaseName());
    walkClusters(m_root, {});
    addNodes();
    addEdges();
    if (!m_builder.failed())
        placeNodes();
    if (!agisdirected(m_root))
        m_builder.warn(QString(),
            QStringLiteral("an undirected graph: each edge points from the node written "
                           "first to the one written second"));
    return m_builder.finish(m_fileName);
}

} // namespace

ReadResult readDot(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxInputBytes)
        return ReadResult::failure(fileName, QStringLiteral("larger than 1 GB"));
    if (bytes.contains('\0'))
        return ReadResult::failure(fileName,
            QStringLiteral("%1: a NUL byte; DOT is text")
                .arg(lineColumn(bytes, bytes.indexOf('\0'))));

    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    g_messages.clear();
    const agusererrf previous = agseterrf(collectMessage);
    agseterr(AGWARN);
    GraphPtr graph(agmemread(bytes.constData()));
    agseterrf(previous);
    const QString messages = g_messages.simplified();
    agreseterrors();
    if (!graph)
        return ReadResult::failure(fileName,
            QStringLiteral("not a DOT graph Graphviz can read%1")
                .arg(messages.isEmpty() ? QString() : QStringLiteral(": ") + messages));
    return DotMapper(graph.get(), fileName).map();
}

} // namespace wl::interchange
