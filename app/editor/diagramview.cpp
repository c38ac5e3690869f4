#include "diagramview.h"

#include "diagramaccessible.h"
#include "diagramscene.h"
#include "edgeitem.h"
#include "kindpalette.h"
#include "nodeitem.h"
#include "selection.h"

#include "format/format.h"
#include "jobs/backgroundthreads.h"
#include "layout/layoutresult.h"
#include "model/document.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace wl {

namespace {

constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;
// One wheel notch (120 units) zooms by about kZoomStep.
const double kWheelBase = std::pow(kZoomStep, 1.0 / 120.0);
// Space around the diagram when fitting, in pixels.
constexpr int kFitMargin = 16;
// A large diagram is painted in one pass once a node is narrower than this
// many device pixels.
constexpr double kOnePassNodeWidth = 12.0;

} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("diagramView"));
    installDiagramAccessibility();
    if (Selection *selection = scene->selection())
        connect(selection, &Selection::changed, this, [this] { announceDiagramSelection(this); });
    setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    // Zooming anchors itself (zoomAt), independent of QCursor.
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    // Every item sets the pen, brush and font it draws with and puts back
    // any transform, opacity or hint it changes (render::paintNode and
    // friends): saving and restoring the painter around each item was most
    // of the time of painting a map of 40,000 nodes.
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(render::canvasColor());
    setFrameShape(QFrame::NoFrame);
    // Scroll bars that come and go would resize the viewport, and the
    // picture would jump under the cursor.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setToolTip(tr("Wheel: zoom · middle button or Space + drag: pan · Shift + drag from a "
                  "node: connect"));
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &DiagramView::coverVisibleArea);
    // The text that stood for the first diagram goes once it has come.
    const auto dropPlaceholder = [this] {
        if (std::exchange(m_placeholderShown, false))
            viewport()->update();
    };
    connect(scene, &DiagramScene::diagramReplaced, this, dropPlaceholder);
    connect(scene, &DiagramScene::diagramUpdated, this, dropPlaceholder);
    // A source chosen by a click draws its line to the cursor, which needs
    // moves without a button held.
    connect(scene, &DiagramScene::pendingConnectionChanged, this,
        [this] { viewport()->setMouseTracking(!m_scene->pendingConnectionSource().isEmpty()); });
    // (A change of zoom changes the visible area too.)
    connect(
        this, &DiagramView::visibleAreaChanged, scene, [scene] { scene->updateItemPainting(); });
    // What is selected is drawn over the picture painted in one pass; items
    // that paint nothing ask for no repaint when they are selected.
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_scene->itemsPainted())
            viewport()->update();
    });
    connect(&m_onePassRendering, &QFutureWatcher<OnePassPicture>::finished, this, [this] {
        m_onePass = m_onePassRendering.future().takeResult();
        viewport()->update();
    });
    scene->updateItemPainting();
}

DiagramView::~DiagramView()
{
    dropAndWait(m_onePassRendering);
    // The scene may have gone first (scene() says so; m_scene does not).
    if (scene())
        m_scene->updateItemPainting(this);
}

QRectF DiagramView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void DiagramView::zoomIn()
{
    zoomAt(kZoomStep, viewport()->rect().center());
}

void DiagramView::zoomOut()
{
    zoomAt(1.0 / kZoomStep, viewport()->rect().center());
}

void DiagramView::zoomAt(double factor, const QPoint &viewportPos)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (target == zoom())
        return;
    const QPointF anchor = mapToScene(viewportPos);
    const double applied = target / zoom();
    scale(applied, applied);
    coverVisibleArea();
    const QPointF drift = mapFromScene(anchor) - QPointF(viewportPos);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    emit zoomChanged(zoom());
    emit visibleAreaChanged();
}

void DiagramView::setZoom(double value)
{
    zoomAt(value / zoom(), viewport()->rect().center());
}

void DiagramView::fitToWindow()
{
    const QRectF bounds = m_scene->builtDiagram().bounds;
    if (bounds.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
    } else {
        const QRectF target
            = viewport()->rect().adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
        const double fit
            = std::min(target.width() / bounds.width(), target.height() / bounds.height());
        const double z = std::clamp(fit, kMinZoom, 1.0);
        setTransform(QTransform::fromScale(z, z));
        coverVisibleArea();
        centerOn(bounds.center());
    }
    emit zoomChanged(zoom());
    emit visibleAreaChanged();
}

bool DiagramView::centerOnNode(const QString &id)
{
    const std::optional<QPointF> center = m_scene->nodeCenter(id);
    if (!center)
        return false;
    centerOn(*center);
    emit visibleAreaChanged();
    return true;
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAt(std::pow(kWheelBase, delta), event->position().toPoint());
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setPanCursor();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            setPanCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    setPanCursor();
    QGraphicsView::focusOutEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    const bool pan
        = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (pan && !m_panning) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        setPanCursor();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        if (!(event->buttons() & (Qt::MiddleButton | Qt::LeftButton))) {
            m_panning = false;
            setPanCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(KindPalette::mimeType())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(KindPalette::mimeType())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasFormat(KindPalette::mimeType())) {
        const QString kind = QString::fromUtf8(event->mimeData()->data(KindPalette::mimeType()));
        event->acceptProposedAction();
        emit kindDropped(kind, mapToScene(event->position().toPoint()));
        return;
    }
    QGraphicsView::dropEvent(event);
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(mapToScene(event->pos()), event->globalPos());
    event->accept();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    coverVisibleArea();
    emit visibleAreaChanged();
}

void DiagramView::coverVisibleArea()
{
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF wanted = m_scene->sceneRect().united(visible);
    if (wanted != sceneRect())
        setSceneRect(wanted);
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleAreaChanged();
}

void DiagramView::setPanCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

bool DiagramView::wantsOnePass(const render::Diagram &d) const
{
    return DiagramScene::isLarge(d) && zoom() * layout::kNodeWidth < kOnePassNodeWidth;
}

bool DiagramView::showsCurrentPicture() const
{
    return m_scene->itemsPainted()
        || m_onePass.shows(m_scene->diagramGeneration(), viewportTransform(),
            viewport()->size() * viewport()->devicePixelRatioF());
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (m_scene->itemsPainted()) {
        m_onePass = OnePassPicture();
        return;
    }
    const QTransform toViewport = viewportTransform();
    const double dpr = viewport()->devicePixelRatioF();
    const QSize pixels = viewport()->size() * dpr;
    if (!m_onePass.shows(m_scene->diagramGeneration(), toViewport, pixels))
        requestOnePass(toViewport, pixels, dpr);
    if (!m_onePass.image.isNull()) {
        const QTransform world = painter->worldTransform();
        // Its pixels back to the scene, then on to the viewport as it is.
        painter->setWorldTransform(m_onePass.transform.inverted() * toViewport);
        painter->drawImage(QPointF(), m_onePass.image);
        painter->setWorldTransform(world);
    }
    // What is selected, over it, where its item is.
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type) {
            render::NodeVisual v = static_cast<const NodeItem *>(item)->visual();
            v.center = item->pos();
            v.selected = true;
            render::paintNode(painter, v, render::detailForScale(zoom()));
        } else if (item->type() == EdgeItem::Type) {
            render::EdgeVisual v = static_cast<const EdgeItem *>(item)->visual();
            v.selected = true;
            render::paintEdge(painter, v, render::detailForScale(zoom()));
        }
    }
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->awaitsFirstDiagram())
        return;
    m_placeholderShown = true;
    // Until the first diagram of a large model arrives the canvas would be
    // empty, which looks like a model without nodes.
    const QTransform world = painter->worldTransform();
    painter->setWorldTransform(QTransform());
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->setFont(font());
    const auto nodes = int(m_scene->document()->model().nodes().size());
    painter->drawText(viewport()->rect(), Qt::AlignCenter,
        format::englishPlural(tr("Drawing %Ln node(s)…", nullptr, nodes), nodes));
    painter->setWorldTransform(world);
}

void DiagramView::refreshColors()
{
    setBackgroundBrush(render::canvasColor());
    // The picture of a large diagram was painted in the old colours.
    m_onePass = OnePassPicture();
    m_scene->update();
    viewport()->update();
}

void DiagramView::requestOnePass(const QTransform &toViewport, const QSize &pixels, double dpr)
{
    // One at a time: the one running asks for a repaint when it is done,
    // and that repaint asks again if the view moved on meanwhile.
    if (m_onePassRendering.isRunning())
        return;
    const QRectF exposed = mapToScene(viewport()->rect()).boundingRect();
    m_onePassRendering.setFuture(paintInBackground(
        [d = m_scene->lastDiagram(), generation = m_scene->diagramGeneration(), toViewport, pixels,
            dpr, exposed, detail = render::detailForScale(zoom())] {
            OnePassPicture out;
            out.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            out.image.setDevicePixelRatio(dpr);
            out.image.fill(Qt::transparent);
            QPainter p(&out.image);
            p.setWorldTransform(toViewport);
            render::paintDiagram(&p, d, detail, false, exposed);
            p.end();
            out.generation = generation;
            out.transform = toViewport;
            out.pixels = pixels;
            return out;
        }));
}

} // namespace wl
