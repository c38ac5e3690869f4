// The document as a diagram: one item per node, edge and organisation,
// built from the Document and kept current from Document::changed alone.
// Changes are coalesced: a multi-element command rebuilds the diagram once,
// on the next turn of the event loop (or at once, when someone asks; see
// updateNow()).
//
// A large map (over kLargeDiagram nodes and edges) never holds the GUI
// thread for long: its diagram is built on a worker from a copy of the
// model, and its items are made or updated in slices of a few tens of
// milliseconds, one per turn of the event loop. A change that arrives
// meanwhile drops the build in progress and starts the next one. A new
// overlay or path goes on a copy of its diagram on a worker too; the old
// one shows until it is done.
//
// What the user does on the canvas (dragging nodes, dragging a connection)
// comes out as requests; the scene itself never changes the document.
//
// An overlay (heatmap, flows; render/overlay.h) and a highlighted path are
// kept apart from the document and put on every diagram the scene builds,
// so the exporters, which take diagram(), show them too.
//
// The scene remembers the last layout it was given. Its edge routes are
// drawn for as long as both ends stay where the layout put them; its node
// centres stand in for positions the model does not store (a model opened
// without positions is shown laid out without being modified).
#pragma once

#include "layout/layoutresult.h"
#include "render/diagram.h"
#include "render/view.h"

#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class QGraphicsLineItem;

namespace wl {

class ClusterLayer;
class Document;
class EdgeItem;
class NodeItem;
class Selection;

class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    // Above this many nodes and edges a diagram is built on a worker, its
    // items made in slices, and views far out paint it in one pass.
    static constexpr qsizetype kLargeDiagram = 2000;
    // Above this many items near what the views show (paintWindow()), they
    // paint the diagram in one pass, as far out: Qt's cost per item made a
    // crowded view (long edges across it) take a tenth of a second a frame.
    static constexpr qsizetype kMostItemsPainting = 4000;
    static bool isLarge(const render::Diagram &d)
    {
        return d.nodes.size() + d.edges.size() > kLargeDiagram;
    }

    DiagramScene(Document *document, Selection *selection, QObject *parent = nullptr);
    ~DiagramScene() override;

    Document *document() const { return m_document; }
    Selection *selection() const;

    // What the canvas shows, in the form the exporters take.
    const render::Diagram &diagram();
    // The diagram brought up to date with the document, its items perhaps
    // still on their way.
    const render::Diagram &builtDiagram();
    // The diagram as last built, without bringing it up to date (its items
    // may still be on their way).
    const render::Diagram &lastDiagram() const { return m_diagram; }
    // Changes whenever lastDiagram() does.
    quint64 diagramGeneration() const { return m_diagramGeneration; }
    NodeItem *nodeItem(const QString &id);
    EdgeItem *edgeItem(const QString &id);
    NodeItem *nodeItemAt(const QPointF &scenePos) const;
    // Where a node is drawn on the whole map: its stored position, else the
    // layout's or the grid's place for it.
    std::optional<QPointF> nodeCenter(const QString &id);
    // The drawn centres of nodes that have no stored position. An edit that
    // positions some nodes stores these too, so that the picture does not
    // jump and a saved file reopens as it was shown.
    QHash<QString, std::optional<QPointF>> unstoredPositions();

    // The last layout, with what it needs to be matched to later models.
    struct LayoutMemo {
        layout::LayoutResult result;
        QHash<QString, int> nodeIndex;
        QStringList nodeOrganization;
        QHash<QString, int> edgeIndex;
        QVector<QPair<QString, QString>> edgeEnds;
        QHash<QString, int> organizationSize;
    };

    // A layout computed from `snapshot` (any earlier state of the document):
    // matched to the current model by ids.
    void setLayout(const layout::LayoutResult &result, const Model &snapshot);
    // What setLayout keeps of a layout, on any thread (its id indexes take
    // a sixth of a second at 100,000 nodes); null if the layout is not of
    // `snapshot`.
    static std::shared_ptr<const LayoutMemo> memoOf(
        const layout::LayoutResult &result, const Model &snapshot);
    bool hasLayout() const { return m_layout != nullptr; }
    // The layout the picture follows (nodes without a stored position stand
    // where it put them), and going back to an earlier one: undoing a layout
    // restores the picture before it.
    std::shared_ptr<const LayoutMemo> layoutMemo() const { return m_layout; }
    void restoreLayout(std::shared_ptr<const LayoutMemo> memo);

    // In connect mode a left drag from a node draws a connection (as a
    // Shift drag does in the normal mode), and so do a click on the source
    // and a click on the target. Escape drops a chosen source, then leaves
    // the mode (leaveConnectModeRequested).
    bool connectMode() const { return m_connectMode; }
    void setConnectMode(bool on);
    // The node a click in connect mode chose, waiting for the target's
    // click; empty otherwise.
    QString pendingConnectionSource() const
    {
        return m_connectPending ? m_connectSource : QString();
    }

    // Brings the items up to date with the document now (waiting for a
    // build in progress).
    void updateNow();
    // Whether the document has nodes but nothing of them can be shown yet:
    // the first diagram of a large model is being built (seconds at 100,000
    // nodes), and the views say so.
    bool awaitsFirstDiagram() const;
    // Whether the diagram and the items show the document as it is, without
    // bringing them up to date.
    bool isCurrent() const
    {
        return !m_dirty && !m_buildPending && !m_restylePending && !m_itemsStale
            && !m_looks.pending;
    }

    // The heatmap and flows on the nodes and edges; an overlay that is off
    // removes them.
    void setOverlay(const render::Overlay &overlay);
    const render::Overlay &overlay() const { return m_overlay; }
    // The legend of the overlay on the diagram as last built, if it is on
    // (without building: the legend over the view asks while painting).
    const std::optional<render::OverlayLegend> &overlayLegend() const { return m_diagram.overlay; }
    // Emphasises these nodes and edges and dims everything else (a path
    // from the seeds to a node); empty lists turn the highlight off. Ids
    // not in the model are ignored.
    void setPathHighlight(const QStringList &nodeIds, const QStringList &edgeIds);
    bool hasPathHighlight() const { return !m_pathNodes.isEmpty() || !m_pathEdges.isEmpty(); }

    // What the canvas shows of the document (render/view.h): the whole map
    // or a view that cuts it down. A view is not an edit: the document and
    // its undo stack stay as they are. Nodes cannot be dragged or connected
    // in a view; double-clicking an organisation in the organisations view
    // expands it into its members.
    void setView(const render::ViewSpec &spec);
    const render::ViewSpec &view() const { return m_viewSpec; }
    bool inView() const { return m_viewSpec.kind != render::ViewKind::Whole; }

    // Whether the node, edge and organisation items paint themselves: not
    // while every view paints the diagram in one pass (DiagramView), when
    // they stay only to be clicked and selected.
    bool itemsPainted() const { return m_itemsPainted; }
    // On a large diagram, only the items near what the views show paint
    // themselves (the others stay to be selected and found), and none if
    // there are more than kMostItemsPainting of them: Qt visits every item
    // with contents at each repaint, which took a second a frame at 350,000
    // items. Null while every item paints.
    QRectF paintWindow() const { return m_paintWindow; }
    // Asks the views again (after a change of zoom or of what they show);
    // `leaving` is a view about to go.
    void updateItemPainting(const QGraphicsView *leaving = nullptr);

    // Called by a node item while it is being dragged.
    void nodeItemMoved(NodeItem *item);

signals:
    // The user dropped dragged nodes at these centres.
    void moveRequested(const QHash<QString, QPointF> &centers);
    void connectRequested(const QString &source, const QString &target);
    // Something the user should read in the status bar.
    void message(const QString &text);
    // pendingConnectionSource() changed.
    void pendingConnectionChanged();
    void leaveConnectModeRequested();
    // Enter on the canvas with one element selected: show its properties.
    void propertiesRequested();
    // F2 on the canvas with one element selected: edit its name.
    void renameRequested();
    // The picture changed as a whole (another model, a new layout); its
    // items may be still to come (diagramUpdated).
    void diagramReplaced();
    // The items were brought up to date with the document.
    void diagramUpdated();
    // The overlay or the highlighted path changed.
    void overlayChanged();
    // setView() changed the view (also by a double-click that expands an
    // organisation).
    void viewChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Attachment {
        EdgeItem *edge;
        NodeItem *source;
        NodeItem *target;
    };

    // The arrow keys: selects the nearest node that way from the one
    // selected (none selected: the one nearest the view's middle) and
    // scrolls it into view; false if there is nothing to select.
    bool selectNodeToward(const QPointF &direction);
    void scheduleUpdate();
    void onUpdateTimer();
    void buildDiagram();
    // The whole map's diagram on a worker, for a large model.
    bool buildsInBackground() const;
    void startBuild();
    void onBuildFinished();
    // m_diagram = d, with the overlay and the path on it: `look`, the
    // m_lookRevision a worker put on it, or none to put the current one on.
    void adoptDiagram(render::Diagram d, std::optional<quint64> look = {});
    // Brings the items up to date with m_diagram, stopping once `budgetMs`
    // have passed (-1: no limit); whether it finished.
    bool updateItems(int budgetMs = -1);
    // The diagram of the view, the organisations laid out afresh, the other
    // nodes where the whole map draws them.
    render::Diagram buildView();
    bool reconcileItems(int budgetMs);
    const QHash<NodeItem *, QVector<Attachment>> &attachments();
    void applySelection();
    void publishSelection();
    void startConnection(NodeItem *from, const QPointF &scenePos);
    void finishConnection(const QPointF &scenePos);
    void dropConnection();
    void updateSceneRect();
    // Whether an item paints itself (itemsPainted(), paintWindow()), given
    // whether it meets the window.
    bool paints(bool meetsWindow) const
    {
        return m_itemsPainted && (m_paintWindow.isNull() || meetsWindow);
    }
    // Sets whether an item paints, made or matched to the diagram.
    void setPainting(QGraphicsItem *item, bool paints);
    // Puts the overlay and the path on m_diagram (on a worker for a large
    // map: restyling 350,000 elements held the GUI thread for a fifth of a
    // second) and then on the items.
    void applyOverlayLook();
    static void applyLook(render::Diagram &d, const render::Overlay &overlay,
        const QSet<QString> &pathNodes, const QSet<QString> &pathEdges);
    // Gives the items m_diagram's look, now or in slices (updateLooks).
    void restyleItems();
    // A copy of m_diagram takes the overlay and the path on a worker.
    void startRestyle();
    void onRestyleFinished();
    // Adopts the finished restyle's diagram if m_diagram is still the one
    // it restyled.
    void takeRestyle();
    // Nodes moved on a large map (a drop, an undo; up to kMostFollowed of
    // them): until the diagram is
    // rebuilt (seconds at 100,000 nodes), a copy of it with the nodes where
    // they now are (render::followPositions), made on a worker, is what the
    // views paint in one pass.
    void startFollowing();
    void onFollowFinished();
    // Asks every view to paint again (not the scene: see updateItemPainting).
    void repaintViews();
    // Gives the items the overlay's and the path's look from m_diagram,
    // stopping once `budgetMs` have passed (-1: no limit); whether it
    // finished.
    bool updateLooks(int budgetMs);

    Document *m_document;
    QPointer<Selection> m_selection;
    render::Diagram m_diagram;
    std::shared_ptr<const LayoutMemo> m_layout;
    QHash<QString, NodeItem *> m_nodeItems;
    QHash<QString, EdgeItem *> m_edgeItems;
    ClusterLayer *m_clusterLayer = nullptr;
    // The parents of the node and of the edge items (StackLayer).
    QGraphicsItem *m_nodeLayer = nullptr;
    QGraphicsItem *m_edgeLayer = nullptr;
    // The edges at each node's item, once asked for (attachments()).
    std::optional<QHash<NodeItem *, QVector<Attachment>>> m_attachments;
    render::Overlay m_overlay;
    render::ViewSpec m_viewSpec;
    render::View m_shownView; // while inView()
    // The Organisations view's layout and the nodes and edges it was made
    // for: an edit that changes neither (a value, the overlay) keeps it
    // rather than laying the view out again on the GUI thread.
    std::optional<layout::LayoutResult> m_viewLayout;
    QStringList m_viewLayoutFor;
    // The whole map while a view is shown: where nodes are drawn for the
    // edits that store positions (nodeCenter, unstoredPositions).
    render::Diagram m_whole;
    QSet<QString> m_pathNodes;
    QSet<QString> m_pathEdges;
    QTimer m_updateTimer;
    // The document changed since m_diagram was built.
    bool m_dirty = false;
    QFutureWatcher<render::Diagram> m_build;
    // m_build's result is still to be taken (or dropped, if m_dirty).
    bool m_buildPending = false;
    // Counts the changes of the overlay and the path (applyOverlayLook):
    // which one m_diagram, a build and a restyle carry.
    quint64 m_lookRevision = 0;
    quint64 m_diagramLook = 0;
    quint64 m_buildLook = 0;
    QFutureWatcher<render::Diagram> m_restyle;
    bool m_restylePending = false;
    quint64 m_restyleLook = 0;
    // The m_diagramGeneration the restyle started from.
    quint64 m_restyleFor = 0;
    QFutureWatcher<render::Diagram> m_follow;
    quint64 m_followFor = 0;
    // Nodes moved again while m_follow ran.
    bool m_followAgain = false;
    // Items being matched to m_diagram over several turns: where the next
    // slice starts, and the items of the diagram before, by id, that are
    // not matched yet.
    struct Reconciling {
        qsizetype nextNode = 0;
        qsizetype nextEdge = 0;
        QHash<QString, NodeItem *> oldNodes;
        QHash<QString, EdgeItem *> oldEdges;
    };
    Reconciling m_reconciling;
    // Items being given a new look over several turns (updateLooks).
    struct Looks {
        qsizetype nextNode = 0;
        qsizetype nextEdge = 0;
        bool pending = false;
    };
    Looks m_looks;
    // m_diagram is newer than the items.
    bool m_itemsStale = false;
    // The next update replaces the picture as a whole (diagramReplaced).
    bool m_replaced = false;
    // Items are being matched to the document (or destroyed): what they
    // report is not the user's doing.
    bool m_syncing = false;
    bool m_applyingSelection = false;
    bool m_connectMode = false;
    bool m_itemsPainted = true;
    QRectF m_paintWindow;
    // Every view paints in one pass by its zoom (DiagramView::wantsOnePass).
    bool m_onePassByZoom = false;
    // The items changed since it was decided which of them paint.
    bool m_paintingStale = false;
    // Where each item may show, in the diagram's order, made with the
    // items: what paints is chosen from these, which are quicker to go
    // through than the items.
    QVector<std::pair<QRectF, NodeItem *>> m_nodeExtents;
    QVector<std::pair<render::EdgeExtent, EdgeItem *>> m_edgeExtents;
    // The items that paint while only some do (paintWindow() not null),
    // or every item does.
    QVector<QGraphicsItem *> m_painting;
    bool m_paintingAll = true;
    quint64 m_diagramGeneration = 0;
    // Centres of the dragged nodes when the drag began.
    QHash<NodeItem *, QPointF> m_dragStart;
    QString m_connectSource;
    QGraphicsLineItem *m_connectLine = nullptr;
    // The source was chosen by a click; the line follows the mouse until
    // the next press.
    bool m_connectPending = false;
};

} // namespace wl
