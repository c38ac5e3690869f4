// "Why is this node affected?": for the selected node, its most likely
// infection paths from the initially compromised nodes (core/simulation/
// paths.h) and the data assets it holds — what it exposes when it falls.
// Clicking a path asks for it to be highlighted on the canvas.
#pragma once

#include "simulation/paths.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace wl {

class PathsView : public QWidget {
    Q_OBJECT
public:
    // One listed path, named by ids.
    struct PathEntry {
        QStringList nodeIds; // the initially compromised node first, the node last
        QVector<sim::PathArcId> arcs; // arcs[i] leads from nodeIds[i] to nodeIds[i + 1]
        double likelihood = 0.0;
    };

    enum AssetColumn { AssetName, AssetCategory, AssetRecords, AssetSensitivity, AssetExposed };

    explicit PathsView(QWidget *parent = nullptr);
    ~PathsView() override;

    // The result and the model snapshot it was computed on; null clears.
    // `compiled`, if given, is `snapshot` compiled (saves compiling it again).
    void setResult(std::shared_ptr<const sim::SimResult> result,
        std::shared_ptr<const Model> snapshot,
        std::shared_ptr<const sim::CompiledModel> compiled = nullptr);
    // The node to explain; an empty or unknown id shows nothing.
    void setNode(const QString &id);
    QString node() const { return m_node; }
    // How many paths to list (default 5).
    void setMaxPaths(int k);
    int maxPaths() const { return m_k; }

    const QVector<PathEntry> &paths() const { return m_paths; }
    bool pathsTruncated() const { return m_truncated; }
    // Selects path `row` and requests its highlight, as a click does.
    void activatePath(int row);

    QTreeWidget *pathList() const { return m_pathList; }
    QTableWidget *assetTable() const { return m_assets; }
    QString summaryText() const;

signals:
    // Nodes and edges of the clicked path; both empty to clear a highlight
    // this view asked for (the node or the result changed).
    void highlightRequested(const QStringList &nodeIds, const QStringList &edgeIds);

private:
    void refresh();
    void clearHighlight();

    std::shared_ptr<const sim::SimResult> m_result;
    std::shared_ptr<const Model> m_model;
    std::shared_ptr<const sim::CompiledModel> m_compiled;
    sim::InfectionGraph m_graph;
    QString m_node;
    int m_k = 5;
    QVector<PathEntry> m_paths;
    bool m_truncated = false;
    bool m_highlighting = false;

    QLabel *m_summary;
    QTreeWidget *m_pathList;
    QLabel *m_assetsTitle;
    QTableWidget *m_assets;
};

} // namespace wl
