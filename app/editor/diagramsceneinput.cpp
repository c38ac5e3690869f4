// DiagramScene, what the user does on the canvas: the selection to and from
// Selection, dragging nodes with their edges, the mouse and the keys, and
// drawing a connection. The document itself is changed only through the
// scene's requests (moveRequested, connectRequested).
#include "diagramscene.h"

#include "edgeitem.h"
#include "nodeitem.h"
#include "selection.h"

#include "model/document.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPen>

#include <algorithm>

namespace wl {

namespace {

// The connection being dragged is drawn above everything.
constexpr double kConnectLineZ = 10.0;

// Hash-based containers hand items out in no particular order; the
// selection lists them in model order.
template<typename Item>
QVector<Selection::Item> inModelOrder(
    const QVector<Item *> &items, ElementType type, const Model &m)
{
    QVector<QPair<int, QString>> indexed;
    indexed.reserve(items.size());
    for (const Item *item : items) {
        const QString id = item->id();
        indexed.append({ type == ElementType::Node ? m.nodeIndex(id) : m.edgeIndex(id), id });
    }
    std::sort(indexed.begin(), indexed.end());
    QVector<Selection::Item> out;
    out.reserve(indexed.size());
    for (const auto &[index, id] : indexed)
        out.append({ type, id });
    return out;
}

} // namespace

void DiagramScene::setConnectMode(bool on)
{
    m_connectMode = on;
    if (!on)
        dropConnection();
}

const QHash<NodeItem *, QVector<DiagramScene::Attachment>> &DiagramScene::attachments()
{
    if (m_attachments)
        return *m_attachments;
    auto &out = m_attachments.emplace();
    out.reserve(m_nodeItems.size());
    for (const Edge &e : m_document->model().edges()) {
        EdgeItem *edge = m_edgeItems.value(e.id);
        NodeItem *source = m_nodeItems.value(e.source);
        NodeItem *target = m_nodeItems.value(e.target);
        if (!edge || !source || !target)
            continue;
        out[source].append({ edge, source, target });
        out[target].append({ edge, source, target });
    }
    return out;
}

Selection *DiagramScene::selection() const
{
    return m_selection;
}

void DiagramScene::applySelection()
{
    if (!m_selection)
        return;
    m_applyingSelection = true;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        const bool keep
            = (item->type() == NodeItem::Type
                  && m_selection->contains(ElementType::Node, static_cast<NodeItem *>(item)->id()))
            || (item->type() == EdgeItem::Type
                && m_selection->contains(ElementType::Edge, static_cast<EdgeItem *>(item)->id()));
        if (!keep)
            item->setSelected(false);
    }
    for (const Selection::Item &s : m_selection->items()) {
        QGraphicsItem *item = nullptr;
        if (s.type == ElementType::Node)
            item = m_nodeItems.value(s.id);
        else if (s.type == ElementType::Edge)
            item = m_edgeItems.value(s.id);
        if (item)
            item->setSelected(true);
    }
    m_applyingSelection = false;
}

void DiagramScene::publishSelection()
{
    if (m_applyingSelection || m_syncing || !m_selection)
        return;
    QVector<NodeItem *> nodes;
    QVector<EdgeItem *> edges;
    const QList<QGraphicsItem *> selected = selectedItems();
    const Model &m = m_document->model();
    for (QGraphicsItem *item : selected) {
        // A view's aggregated nodes and edges are not in the document.
        if (item->type() == NodeItem::Type) {
            auto *node = static_cast<NodeItem *>(item);
            if (m.nodeIndex(node->id()) >= 0)
                nodes.append(node);
        } else if (item->type() == EdgeItem::Type) {
            auto *edge = static_cast<EdgeItem *>(item);
            if (m.edgeIndex(edge->id()) >= 0)
                edges.append(edge);
        }
    }
    m_selection->set(
        inModelOrder(nodes, ElementType::Node, m) + inModelOrder(edges, ElementType::Edge, m));
}

void DiagramScene::nodeItemMoved(NodeItem *item)
{
    if (m_syncing)
        return;
    const auto &attached = attachments();
    const auto it = attached.constFind(item);
    if (it == attached.cend())
        return;
    // Routes no longer fit a node that moves: draw its edges straight.
    for (const Attachment &a : *it)
        a.edge->setVisual(render::straightened(a.edge->visual(), a.source->pos(), a.target->pos()));
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Gestures act on items that show the document as it is.
    updateNow();
    if (m_connectPending && event->button() == Qt::LeftButton) {
        // The target's click; anywhere else drops the source.
        finishConnection(event->scenePos());
        event->accept();
        return;
    }
    const bool connecting = event->button() == Qt::LeftButton && !inView()
        && (m_connectMode || event->modifiers().testFlag(Qt::ShiftModifier));
    if (connecting) {
        if (NodeItem *from = nodeItemAt(event->scenePos())) {
            startConnection(from, event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    if (event->button() == Qt::LeftButton && mouseGrabberItem()
        && mouseGrabberItem()->type() == NodeItem::Type) {
        const QList<QGraphicsItem *> selected = selectedItems();
        for (QGraphicsItem *item : selected)
            if (item->type() == NodeItem::Type)
                m_dragStart.insert(static_cast<NodeItem *>(item), item->pos());
    }
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        QLineF line = m_connectLine->line();
        line.setP2(event->scenePos());
        m_connectLine->setLine(line);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine && !m_connectPending && event->button() == Qt::LeftButton) {
        const NodeItem *at = nodeItemAt(event->scenePos());
        if (m_connectMode && at && at->id() == m_connectSource) {
            // A click, not a drag: wait for the target's click.
            m_connectPending = true;
            emit pendingConnectionChanged();
        } else {
            finishConnection(event->scenePos());
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_dragStart.isEmpty())
        return;
    QHash<QString, QPointF> moved;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
        if (it.key()->pos() != it.value())
            moved.insert(it.key()->id(), it.key()->pos());
    m_dragStart.clear();
    if (moved.isEmpty())
        return;
    emit moveRequested(moved);
    // Whether or not the move was taken, the items must show the document.
    scheduleUpdate();
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const NodeItem *at = nodeItemAt(event->scenePos());
    if (m_viewSpec.kind != render::ViewKind::Organisations || !at
        || !m_shownView.isAggregated(at->id())) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    render::ViewSpec expanded = m_viewSpec;
    expanded.expanded.insert(m_shownView.model.node(at->id())->name);
    setView(expanded);
    event->accept();
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_connectLine || m_connectMode)) {
        if (m_connectLine)
            dropConnection();
        else
            emit leaveConnectModeRequested();
        event->accept();
        return;
    }
    const bool plain = !(event->modifiers() & ~Qt::KeypadModifier);
    if (plain
        && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
            || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const QPointF direction = event->key() == Qt::Key_Left ? QPointF(-1, 0)
            : event->key() == Qt::Key_Right                    ? QPointF(1, 0)
            : event->key() == Qt::Key_Up                       ? QPointF(0, -1)
                                                               : QPointF(0, 1);
        if (selectNodeToward(direction)) {
            event->accept();
            return;
        }
    }
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selection
        && m_selection->single()) {
        emit propertiesRequested();
        event->accept();
        return;
    }
    if (plain && event->key() == Qt::Key_F2 && m_selection && m_selection->single()) {
        emit renameRequested();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

bool DiagramScene::selectNodeToward(const QPointF &direction)
{
    if (!m_selection)
        return false;
    const Model &model = m_document->model();
    const auto selectable = [&](const QString &id) { return model.nodeIndex(id) >= 0; };
    NodeItem *from = nullptr;
    if (const std::optional<Selection::Item> one = m_selection->single();
        one && one->type == ElementType::Node)
        from = m_nodeItems.value(one->id);
    NodeItem *best = nullptr;
    if (!from) {
        // Nothing chosen yet: the node nearest the middle of the view.
        const QPointF middle = views().isEmpty()
            ? sceneRect().center()
            : views().constFirst()->mapToScene(views().constFirst()->viewport()->rect().center());
        double nearest = 0.0;
        for (NodeItem *item : std::as_const(m_nodeItems)) {
            const double d = QLineF(item->pos(), middle).length();
            if (selectable(item->id()) && (!best || d < nearest)) {
                best = item;
                nearest = d;
            }
        }
    } else {
        // The nearest node that lies that way, sideways distance counting
        // double, so that Right goes to the neighbour on the same row.
        double cost = 0.0;
        for (NodeItem *item : std::as_const(m_nodeItems)) {
            const QPointF d = item->pos() - from->pos();
            const double along = d.x() * direction.x() + d.y() * direction.y();
            if (item == from || along <= 0.0 || !selectable(item->id()))
                continue;
            const double across = std::abs(d.x() * direction.y() - d.y() * direction.x());
            const double c = along + 2.0 * across;
            if (!best || c < cost) {
                best = item;
                cost = c;
            }
        }
    }
    if (!best)
        return from != nullptr; // at the edge: stay, and do not scroll
    m_selection->set({ { ElementType::Node, best->id() } });
    for (QGraphicsView *view : views())
        view->ensureVisible(best, 40, 40);
    return true;
}

void DiagramScene::startConnection(NodeItem *from, const QPointF &scenePos)
{
    m_connectSource = from->id();
    m_connectLine = new QGraphicsLineItem(QLineF(from->pos(), scenePos));
    QPen pen(QColor(0x30, 0x60, 0xc0), 2.0, Qt::DashLine);
    pen.setCosmetic(true);
    m_connectLine->setPen(pen);
    m_connectLine->setZValue(kConnectLineZ);
    addItem(m_connectLine);
}

void DiagramScene::dropConnection()
{
    const bool wasPending = m_connectPending;
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectSource.clear();
    m_connectPending = false;
    if (wasPending)
        emit pendingConnectionChanged();
}

void DiagramScene::finishConnection(const QPointF &scenePos)
{
    const QString source = m_connectSource;
    dropConnection();
    const NodeItem *target = nodeItemAt(scenePos);
    if (!target)
        return;
    if (target->id() == source) {
        emit message(tr("A node cannot be connected to itself: release the drag on another node."));
        return;
    }
    emit connectRequested(source, target->id());
}

} // namespace wl
