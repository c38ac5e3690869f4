#include "diagrameditor.h"

#include "diagramscene.h"
#include "diagramview.h"
#include "edgeitem.h"
#include "kindpalette.h"
#include "nodeitem.h"
#include "selection.h"

#include "commands/commands.h"
#include "io/modeljson.h"
#include "render/diagram.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

namespace wl {

namespace {

constexpr double kPasteStep = 32.0; // points between cascaded pastes
const QString kNewEdgeIntegration = QStringLiteral("api_call");

// `one` for a single element, else `many` with the count for %1.
QString counted(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

DiagramEditor::DiagramEditor(Document *document, Selection *selection, DiagramScene *scene,
    DiagramView *view, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_selection(selection)
    , m_scene(scene)
    , m_view(view)
{
    createActions();
    connect(selection, &Selection::changed, this, &DiagramEditor::updateActions);
    connect(scene, &DiagramScene::moveRequested, this, &DiagramEditor::moveNodes);
    connect(scene, &DiagramScene::connectRequested, this, &DiagramEditor::connectNodes);
    connect(scene, &DiagramScene::message, this, &DiagramEditor::message);
    connect(
        scene, &DiagramScene::pendingConnectionChanged, this, [this] { emit hintChanged(hint()); });
    connect(scene, &DiagramScene::leaveConnectModeRequested, this,
        [this] { m_connectMode->setChecked(false); });
    connect(view, &DiagramView::kindDropped, this, &DiagramEditor::addNode);
    connect(view, &DiagramView::contextMenuRequested, this, &DiagramEditor::showContextMenu);
    updateActions();
}

QString DiagramEditor::fragmentMimeType()
{
    return QStringLiteral("application/x-weaklink-fragment+json");
}

void DiagramEditor::createActions()
{
    const auto make
        = [this](const QString &text, const char *icon, const QKeySequence &key, auto slot) {
              auto *a = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
              if (!key.isEmpty())
                  a->setShortcut(key);
              connect(a, &QAction::triggered, this, slot);
              return a;
          };
    m_cut = make(tr("Cu&t"), "edit-cut", QKeySequence::Cut, &DiagramEditor::cutSelection);
    m_copy = make(tr("&Copy"), "edit-copy", QKeySequence::Copy, &DiagramEditor::copySelection);
    m_paste = make(tr("&Paste"), "edit-paste", QKeySequence::Paste, &DiagramEditor::paste);
    m_delete
        = make(tr("&Delete"), "edit-delete", QKeySequence::Delete, &DiagramEditor::deleteSelection);
    m_delete->setShortcuts({ QKeySequence::Delete, QKeySequence(Qt::Key_Backspace) });
    m_selectAll = make(
        tr("Select &All"), "edit-select-all", QKeySequence::SelectAll, &DiagramEditor::selectAll);
    // The canvas's clipboard and delete keys must not fire while a table
    // or a text field has the focus.
    for (QAction *a : { m_cut, m_copy, m_paste, m_delete, m_selectAll }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }

    m_pin
        = make(tr("P&in Selected Nodes"), "", QKeySequence(), [this] { setSelectionPinned(true); });
    m_pin->setStatusTip(tr("Automatic layout with neato or fdp keeps pinned nodes in place"));
    m_unpin = make(
        tr("U&npin Selected Nodes"), "", QKeySequence(), [this] { setSelectionPinned(false); });

    m_connectMode = new QAction(tr("&Connect Mode"), this);
    m_connectMode->setCheckable(true);
    m_connectMode->setIcon(QIcon::fromTheme(QStringLiteral("insert-link")));
    m_connectMode->setToolTip(tr("Click a node, then the node it connects to, or drag from one "
                                 "to the other (Shift+drag works outside this mode too)"));
    connect(m_connectMode, &QAction::toggled, this, [this](bool on) {
        m_scene->setConnectMode(on);
        emit hintChanged(hint());
    });

    m_zoomIn = make(tr("Zoom &In"), "zoom-in", QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    m_zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    m_zoomOut
        = make(tr("Zoom &Out"), "zoom-out", QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    m_fit = make(tr("&Fit to Window"), "zoom-fit-best", QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { m_view->fitToWindow(); });
}

void DiagramEditor::updateActions()
{
    const bool nodes = !m_selection->ids(ElementType::Node).isEmpty();
    const bool edges = !m_selection->ids(ElementType::Edge).isEmpty();
    m_cut->setEnabled(nodes);
    m_copy->setEnabled(nodes);
    m_delete->setEnabled(nodes || edges);
    m_pin->setEnabled(nodes);
    m_unpin->setEnabled(nodes);
}

QStringList DiagramEditor::selectedNodeIds() const
{
    return m_selection->ids(ElementType::Node);
}

void DiagramEditor::pushPlacing(std::unique_ptr<QUndoCommand> cmd)
{
    QUndoStack *stack = m_document->undoStack();
    const QString text = cmd->text();
    std::unique_ptr<QUndoCommand> keep
        = commands::moveNodes(m_document, m_scene->unstoredPositions(), text);
    if (!keep) {
        stack->push(cmd.release());
        return;
    }
    stack->beginMacro(text);
    stack->push(keep.release());
    stack->push(cmd.release());
    stack->endMacro();
}

QString DiagramEditor::addNode(const QString &kind, const QPointF &center)
{
    const Model &m = m_document->model();
    Node n;
    n.kind = kind.isEmpty() ? QStringLiteral("other") : kind;
    n.id = commands::uniqueId(m, ElementType::Node, n.kind);
    const QString label = vocab::label(n.kind);
    // "analytics-2" is named "Analytics 2".
    n.name = n.id.size() > n.kind.size() ? label + u' ' + n.id.mid(n.kind.size() + 1) : label;
    n.pos = center;
    QString error;
    std::unique_ptr<QUndoCommand> cmd = commands::addNode(m_document, n, &error);
    if (!cmd) {
        emit message(tr("Cannot add the node: %1").arg(error));
        return {};
    }
    pushPlacing(std::move(cmd));
    m_selection->set({ { ElementType::Node, n.id } });
    m_view->setFocus(Qt::OtherFocusReason);
    return n.id;
}

QString DiagramEditor::addNodeInView(const QString &kind)
{
    // The free spot nearest the view's centre on a grid of node-sized
    // cells (with a gap), so that added nodes never hide each other or
    // what is drawn; the centre if the view is full.
    m_scene->updateNow(); // the items show every node added so far
    const QRectF visible = m_view->visibleSceneRect();
    const QPointF centre = visible.center();
    constexpr double kGap = 16.0;
    const QSizeF cell(render::kNodeWidth + kGap, render::kNodeHeight + kGap);
    const auto isFree = [this](const QPointF &at) {
        const QRectF box = render::nodeRect(at).adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
        for (QGraphicsItem *item : m_scene->items(box))
            if (item->type() == NodeItem::Type)
                return false;
        return true;
    };
    constexpr int kRings = 12;
    for (int ring = 0; ring <= kRings; ++ring) {
        std::optional<QPointF> best;
        for (int dx = -ring; dx <= ring; ++dx)
            for (int dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const QPointF at = centre + QPointF(dx * cell.width(), dy * cell.height());
                if (!visible.contains(render::nodeRect(at)) || !isFree(at))
                    continue;
                if (!best || QLineF(centre, at).length() < QLineF(centre, *best).length())
                    best = at;
            }
        if (best)
            return addNode(kind, *best);
    }
    return addNode(kind, centre);
}

QString DiagramEditor::hint() const
{
    if (!m_scene->connectMode())
        return {};
    const QString source = m_scene->pendingConnectionSource();
    if (source.isEmpty())
        return tr("Connect Mode: click the source node, then the target (or drag from one to "
                  "the other). Esc leaves Connect Mode.");
    const Node *node = m_document->model().node(source);
    const QString name = node && !node->name.isEmpty() ? node->name : source;
    return tr("Connecting from “%1”: click the target node. Esc cancels.").arg(name);
}

QString DiagramEditor::connectNodes(const QString &source, const QString &target)
{
    const Model &m = m_document->model();
    if (source == target) {
        emit message(tr("A node cannot be connected to itself."));
        return {};
    }
    Edge e;
    e.id = commands::uniqueId(m, ElementType::Edge, QStringLiteral("e%1").arg(m.edges().size()));
    e.source = source;
    e.target = target;
    e.integration = kNewEdgeIntegration;
    std::tie(e.pForward, e.pBackward) = vocab::defaultArcProbabilities(e.integration);
    QString error;
    std::unique_ptr<QUndoCommand> cmd = commands::addEdge(m_document, e, &error);
    if (!cmd) {
        emit message(tr("Cannot connect: %1").arg(error));
        return {};
    }
    m_document->undoStack()->push(cmd.release());
    m_selection->set({ { ElementType::Edge, e.id } });
    return e.id;
}

bool DiagramEditor::moveNodes(const QHash<QString, QPointF> &centers)
{
    QHash<QString, std::optional<QPointF>> positions = m_scene->unstoredPositions();
    for (auto it = centers.cbegin(); it != centers.cend(); ++it)
        positions.insert(it.key(), it.value());
    const QString text = centers.size() == 1 ? tr("Move node \"%1\"").arg(centers.cbegin().key())
                                             : tr("Move %1 nodes").arg(centers.size());
    std::unique_ptr<QUndoCommand> cmd = commands::moveNodes(m_document, positions, text);
    if (!cmd)
        return false;
    m_document->undoStack()->push(cmd.release());
    return true;
}

bool DiagramEditor::deleteSelection()
{
    std::unique_ptr<QUndoCommand> cmd = commands::removeElements(
        m_document, selectedNodeIds(), m_selection->ids(ElementType::Edge), {});
    if (!cmd)
        return false;
    m_document->undoStack()->push(cmd.release());
    return true;
}

bool DiagramEditor::copySelection()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty())
        return false;
    Model fragment = commands::copyFragment(m_document->model(), ids);
    // Nodes drawn where the layout put them are copied from there.
    for (int i = 0; i < fragment.nodes().size(); ++i)
        if (!fragment.nodes()[i].pos)
            fragment.setPosition(i, m_scene->nodeCenter(fragment.nodes()[i].id));
    const QByteArray json = io::writeModelJson(fragment);
    auto *data = new QMimeData;
    data->setData(fragmentMimeType(), json);
    data->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(data);
    m_lastPaste.clear();
    emit message(counted(fragment.nodes().size(), tr("Copied 1 node."), tr("Copied %1 nodes.")));
    return true;
}

bool DiagramEditor::cutSelection()
{
    const QStringList ids = selectedNodeIds();
    if (!copySelection())
        return false;
    std::unique_ptr<QUndoCommand> cmd = commands::removeElements(m_document, ids, {}, {});
    if (!cmd)
        return false;
    cmd->setText(counted(ids.size(), tr("Cut 1 node"), tr("Cut %1 nodes")));
    m_document->undoStack()->push(cmd.release());
    return true;
}

bool DiagramEditor::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return false;
    const QByteArray bytes = data->hasFormat(fragmentMimeType()) ? data->data(fragmentMimeType())
                                                                 : data->text().toUtf8();
    const ReadResult read = io::readModelJson(bytes);
    if (!read.ok() || read.model->nodes().isEmpty()) {
        emit message(tr("The clipboard holds no nodes to paste."));
        return false;
    }
    const Model &fragment = *read.model;

    QRectF bounds;
    for (const Node &n : fragment.nodes())
        if (n.pos)
            bounds |= render::nodeRect(*n.pos);
    QPointF offset;
    if (!bounds.isEmpty()) {
        m_pasteCount = bytes == m_lastPaste ? m_pasteCount + 1 : 1;
        m_lastPaste = bytes;
        offset = QPointF(kPasteStep, kPasteStep) * m_pasteCount;
        const QRectF visible = m_view->visibleSceneRect();
        if (!visible.intersects(bounds.translated(offset)))
            offset = visible.center() - bounds.center();
    }

    QStringList ids;
    QString error;
    std::unique_ptr<QUndoCommand> cmd = commands::paste(m_document, fragment, offset, &ids, &error);
    if (!cmd) {
        if (!error.isEmpty())
            emit message(tr("Cannot paste: %1").arg(error));
        return false;
    }
    pushPlacing(std::move(cmd));
    QVector<Selection::Item> pasted;
    for (const QString &id : std::as_const(ids))
        pasted.append({ ElementType::Node, id });
    m_selection->set(pasted);
    return true;
}

void DiagramEditor::selectAll()
{
    QVector<Selection::Item> all;
    for (const Node &n : m_document->model().nodes())
        all.append({ ElementType::Node, n.id });
    for (const Edge &e : m_document->model().edges())
        all.append({ ElementType::Edge, e.id });
    m_selection->set(all);
}

bool DiagramEditor::setSelectionPinned(bool pinned)
{
    const QStringList ids = selectedNodeIds();
    const Model &m = m_document->model();
    std::vector<std::unique_ptr<QUndoCommand>> changes;
    for (const QString &id : ids) {
        QString error;
        if (auto cmd = commands::setValue(m_document, ElementType::Node, m.nodeIndex(id),
                int(NodeField::Pinned), pinned, &error))
            changes.push_back(std::move(cmd));
    }
    if (changes.empty())
        return false;
    const QString text = pinned ? counted(changes.size(), tr("Pin 1 node"), tr("Pin %1 nodes"))
                                : counted(changes.size(), tr("Unpin 1 node"), tr("Unpin %1 nodes"));
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text);
    // A pinned node keeps its place: it needs one stored.
    if (auto keep = commands::moveNodes(m_document, m_scene->unstoredPositions(), text))
        stack->push(keep.release());
    for (auto &cmd : changes)
        stack->push(cmd.release());
    stack->endMacro();
    return true;
}

bool DiagramEditor::showNode(const QString &id)
{
    if (!m_view->centerOnNode(id))
        return false;
    m_selection->set({ { ElementType::Node, id } });
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void DiagramEditor::showContextMenu(const QPointF &scenePos, const QPoint &globalPos)
{
    m_scene->updateNow();
    const QList<QGraphicsItem *> hits
        = m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        std::optional<Selection::Item> hit;
        if (item->type() == NodeItem::Type)
            hit = Selection::Item { ElementType::Node, static_cast<NodeItem *>(item)->id() };
        else if (item->type() == EdgeItem::Type)
            hit = Selection::Item { ElementType::Edge, static_cast<EdgeItem *>(item)->id() };
        if (!hit)
            continue;
        if (!m_selection->contains(hit->type, hit->id))
            m_selection->set({ *hit });
        break;
    }
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({ m_cut, m_copy, m_paste, m_delete });
    menu->addSeparator();
    menu->addActions({ m_pin, m_unpin });
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addAction(m_fit);
    menu->popup(globalPos);
}

} // namespace wl
