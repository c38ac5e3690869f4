// What every importer builds its Model with. Elements are keyed by the
// source file's own references (a bom-ref, a Threat Dragon cell id, a DOT
// node name) and carry their place in the file ("components[3]", "line 12",
// "nodes!B7"), so that every message can say where. Ids are made from the
// keys; a reference the file never defines becomes a placeholder node with a
// warning; and finish() checks every element by FORMAT.md's rules
// (Model::checkNew*, the rules the JSON reader applies) before the model is
// handed out.
#pragma once

#include "model/readcontrol.h"
#include "model/readresult.h"

#include <QHash>

namespace wl::interchange {

class ModelBuilder {
public:
    // `format` as people name it, for the report: "CycloneDX 1.5 JSON".
    explicit ModelBuilder(QString format);

    void setName(const QString &name) { m_name = name; }
    void setFormat(const QString &format) { m_report.format = format; }

    // Adds a node for `key` and returns its id; if `key` already has one,
    // returns that and adds nothing. The id is n.id if that is set and free,
    // else made from `key` (trimmed; "-2", "-3", … when taken). An empty name
    // becomes the key.
    QString addNode(const QString &key, Node n, const QString &where);
    // The id of the node for `key`, or an empty string.
    QString nodeId(const QString &key) const { return m_nodeKeys.value(key); }
    // The node for `key`, or a new placeholder for it (kind "other", tag
    // "placeholder", listed in the report) with the warning "where: unknown
    // reference "key"; a placeholder node stands for it".
    QString nodeOrPlaceholder(const QString &key, const QString &where);
    // A node already added, to amend; nullptr for an unknown id.
    Node *node(const QString &id);

    // Adds a data asset for `key` (its owner a node id) and returns its id,
    // as addNode does.
    QString addDataAsset(const QString &key, DataAsset a, const QString &where);
    QString dataId(const QString &key) const { return m_dataKeys.value(key); }
    DataAsset *dataAsset(const QString &id);

    // Adds an edge between two node ids and returns its id (e.id if set and
    // free, else "e1", "e2", …). An edge from a node to itself is not
    // allowed by FORMAT.md: it is left out with a line in the report, and the
    // result is empty.
    QString addEdge(Edge e, const QString &where);
    // The first edge added from `source` to `target`, or an empty string.
    QString edgeBetween(const QString &source, const QString &target) const;
    Edge *edge(const QString &id);
    // `asset` flows from `source` to `target`: added to the edge between
    // them, which is made (with `integration`) if there is none yet.
    QString addFlow(const QString &source, const QString &target, const QString &asset,
        const QString &integration, const QString &where);

    // A non-fatal finding: "where: text" in ReadResult::warnings.
    void warn(const QString &where, const QString &text);
    // Something the file holds that the model does not take, and why.
    void ignore(const QString &where, const QString &why);
    // Stops the import with "where: reason"; finish() then fails with it.
    // Returns false, so that readers can `return b.fail(…)`.
    bool fail(const QString &where, const QString &reason);
    bool failed() const { return !m_error.isEmpty(); }

    int nodeCount() const { return int(m_nodes.size()); }

    // Checks every element and returns the model, or the first failure.
    // `control` sees the stage Building and may stop it every 4,096
    // elements.
    ReadResult finish(const QString &fileName, const ReadControl &control = {});

private:
    QString freeId(const QHash<QString, int> &taken, QString base) const;

    QString m_name;
    QVector<Node> m_nodes;
    QVector<DataAsset> m_data;
    QVector<Edge> m_edges;
    QStringList m_nodeWhere, m_dataWhere, m_edgeWhere;
    QHash<QString, int> m_nodeIds, m_dataIds, m_edgeIds; // id -> index
    QHash<QString, QString> m_nodeKeys, m_dataKeys; // key -> id
    QHash<QPair<QString, QString>, QString> m_edgeBetween;
    ImportReport m_report;
    QStringList m_warnings;
    QString m_error;
};

} // namespace wl::interchange
