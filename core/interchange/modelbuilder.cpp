#include "interchange/modelbuilder.h"

#include "interchange/limits.h"

namespace wl::interchange {

ModelBuilder::ModelBuilder(QString format)
{
    m_report.format = std::move(format);
}

QString ModelBuilder::freeId(const QHash<QString, int> &taken, QString base) const
{
    base = base.trimmed();
    return firstFreeId(base.isEmpty() ? QStringLiteral("item") : base,
        [&taken](const QString &id) { return taken.contains(id); });
}

QString ModelBuilder::addNode(const QString &key, Node n, const QString &where)
{
    if (const QString existing = m_nodeKeys.value(key); !existing.isEmpty())
        return existing;
    if (m_nodes.size() >= kMaxNodes) {
        fail(where, QStringLiteral("more than %1 nodes; Weaklink reads at most %1").arg(kMaxNodes));
        return {};
    }
    n.id = freeId(m_nodeIds, n.id.isEmpty() ? key : n.id);
    if (n.name.trimmed().isEmpty())
        n.name = key.trimmed().isEmpty() ? n.id : key.trimmed();
    m_nodeKeys.insert(key, n.id);
    m_nodeIds.insert(n.id, int(m_nodes.size()));
    m_nodeWhere.append(where);
    m_nodes.append(std::move(n));
    return m_nodes.constLast().id;
}

QString ModelBuilder::nodeOrPlaceholder(const QString &key, const QString &where)
{
    if (const QString existing = m_nodeKeys.value(key); !existing.isEmpty())
        return existing;
    Node n;
    n.tags = QStringList { QStringLiteral("placeholder") };
    n.notes
        = QStringLiteral("Stands for \"%1\", which %2 names but does not define.").arg(key, where);
    const QString id = addNode(key, std::move(n), where);
    if (id.isEmpty())
        return id;
    m_report.placeholders.append(id);
    warn(where,
        QStringLiteral("unknown reference \"%1\"; a placeholder node stands for it").arg(key));
    return id;
}

Node *ModelBuilder::node(const QString &id)
{
    const int i = m_nodeIds.value(id, -1);
    return i < 0 ? nullptr : &m_nodes[i];
}

QString ModelBuilder::addDataAsset(const QString &key, DataAsset a, const QString &where)
{
    if (const QString existing = m_dataKeys.value(key); !existing.isEmpty())
        return existing;
    a.id = freeId(m_dataIds, a.id.isEmpty() ? key : a.id);
    if (a.name.trimmed().isEmpty())
        a.name = key.trimmed().isEmpty() ? a.id : key.trimmed();
    m_dataKeys.insert(key, a.id);
    m_dataIds.insert(a.id, int(m_data.size()));
    m_dataWhere.append(where);
    m_data.append(std::move(a));
    return m_data.constLast().id;
}

DataAsset *ModelBuilder::dataAsset(const QString &id)
{
    const int i = m_dataIds.value(id, -1);
    return i < 0 ? nullptr : &m_data[i];
}

QString ModelBuilder::addEdge(Edge e, const QString &where)
{
    if (e.source == e.target) {
        ignore(where,
            QStringLiteral("an edge from \"%1\" to itself; Weaklink models no self-loops, "
                           "ignored")
                .arg(e.source));
        return {};
    }
    if (e.id.isEmpty() || m_edgeIds.contains(e.id))
        e.id = freeId(m_edgeIds, QStringLiteral("e%1").arg(m_edges.size() + 1));
    m_edgeBetween.insert({ e.source, e.target }, e.id);
    m_edgeIds.insert(e.id, int(m_edges.size()));
    m_edgeWhere.append(where);
    m_edges.append(std::move(e));
    return m_edges.constLast().id;
}

QString ModelBuilder::edgeBetween(const QString &source, const QString &target) const
{
    return m_edgeBetween.value({ source, target });
}

Edge *ModelBuilder::edge(const QString &id)
{
    const int i = m_edgeIds.value(id, -1);
    return i < 0 ? nullptr : &m_edges[i];
}

QString ModelBuilder::addFlow(const QString &source, const QString &target, const QString &asset,
    const QString &integration, const QString &where)
{
    QString id = edgeBetween(source, target);
    if (id.isEmpty()) {
        Edge e;
        e.source = source;
        e.target = target;
        e.integration = integration;
        std::tie(e.pForward, e.pBackward) = vocab::defaultArcProbabilities(integration);
        id = addEdge(std::move(e), where);
        if (id.isEmpty())
            return id;
    }
    Edge *e = edge(id);
    if (!asset.isEmpty() && !e->data.contains(asset))
        e->data.append(asset);
    return id;
}

void ModelBuilder::warn(const QString &where, const QString &text)
{
    m_warnings.append(where.isEmpty() ? text : where + QStringLiteral(": ") + text);
}

void ModelBuilder::ignore(const QString &where, const QString &why)
{
    m_report.ignored.append(where.isEmpty() ? why : where + QStringLiteral(": ") + why);
}

bool ModelBuilder::fail(const QString &where, const QString &reason)
{
    if (m_error.isEmpty())
        m_error = where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
    return false;
}

ReadResult ModelBuilder::finish(const QString &fileName, const ReadControl &control)
{
    if (failed())
        return ReadResult::failure(fileName, m_error);
    if (!control.enter(ReadStage::Building))
        return ReadResult::cancelledRead(fileName);
    const auto stop = [&](qsizetype i) { return i % 4096 == 4095 && control.cancelled(); };
    Model model;
    model.name = m_name;
    model.reserve(m_nodes.size(), m_data.size(), m_edges.size());
    const auto check = [&](const QString &error, const QString &where) {
        return error.isEmpty() || fail(where, error);
    };
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (stop(i))
            return ReadResult::cancelledRead(fileName);
        if (!check(model.checkNewNode(m_nodes[i]), m_nodeWhere[i]))
            return ReadResult::failure(fileName, m_error);
        model.appendNode(std::move(m_nodes[i]));
    }
    for (qsizetype i = 0; i < m_data.size(); ++i) {
        if (!check(model.checkNewDataAsset(m_data[i]), m_dataWhere[i]))
            return ReadResult::failure(fileName, m_error);
        model.appendDataAsset(std::move(m_data[i]));
    }
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        if (stop(i))
            return ReadResult::cancelledRead(fileName);
        if (!check(model.checkNewEdge(m_edges[i]), m_edgeWhere[i]))
            return ReadResult::failure(fileName, m_error);
        model.appendEdge(std::move(m_edges[i]));
    }
    m_nodes.clear();
    m_data.clear();
    m_edges.clear();

    ReadResult result;
    result.fileName = fileName;
    result.model = std::move(model);
    result.warnings = std::move(m_warnings);
    result.report = std::move(m_report);
    return result;
}

} // namespace wl::interchange
