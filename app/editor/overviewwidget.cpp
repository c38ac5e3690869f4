#include "overviewwidget.h"

#include "diagramscene.h"
#include "diagramview.h"
#include "nodeitem.h"

#include "jobs/backgroundthreads.h"
#include "render/diagram.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace wl {

namespace {

constexpr int kRenderDelayMs = 150;
constexpr int kPadding = 6;

} // namespace

OverviewWidget::OverviewWidget(DiagramView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("overview"));
    setToolTip(tr("Click or drag to move the view"));
    setAccessibleName(tr("Overview of the map"));
    setAccessibleDescription(tr("The whole map, with the part the canvas shows framed; click or "
                                "drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &OverviewWidget::renderMiniature);
    connect(view->scene(), &QGraphicsScene::changed, this, [this] { m_renderTimer.start(); });
    connect(view, &DiagramView::visibleAreaChanged, this, qOverload<>(&QWidget::update));
    connect(&m_rendering, &QFutureWatcher<QImage>::finished, this, [this] {
        m_image = m_rendering.result();
        update();
    });
}

OverviewWidget::~OverviewWidget()
{
    dropAndWait(m_rendering);
}

void OverviewWidget::renderMiniature()
{
    DiagramScene *scene = m_view->diagramScene();
    // A diagram being built or matched to its items is drawn once it is
    // done, rather than waited for here.
    if (!scene->isCurrent() || m_rendering.isRunning()) {
        m_renderTimer.start();
        return;
    }
    const render::Diagram &d = scene->diagram();
    // (Its items may not paint themselves: DiagramScene::itemsPainted.)
    if (DiagramScene::isLarge(d)) {
        m_source = d.bounds;
        const QSize pixels = placeMiniature(m_source);
        if (pixels.isEmpty())
            return;
        const double dpr = devicePixelRatioF();
        m_rendering.setFuture(paintInBackground([d, source = m_source, pixels, dpr] {
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(render::paperColor());
            QPainter p(&image);
            const double s = double(pixels.width()) / dpr / source.width();
            p.scale(s, s);
            p.translate(-source.topLeft());
            render::paintDiagram(&p, d, render::Detail::Minimal, false);
            return image;
        }));
        return;
    }
    // The drawing, and every node where it is now: a node being dragged
    // has not reached the document (nor the drawing's bounds) yet.
    m_source = d.bounds;
    for (const QGraphicsItem *item : scene->items())
        if (item->type() == NodeItem::Type)
            m_source |= item->sceneBoundingRect();
    const QSize pixels = placeMiniature(m_source);
    if (pixels.isEmpty())
        return;
    m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(devicePixelRatioF());
    m_image.fill(render::paperColor());
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    scene->render(&p, QRectF(QPointF(), m_target.size()), m_source, Qt::KeepAspectRatio);
    p.end();
    update();
}

QSize OverviewWidget::placeMiniature(const QRectF &source)
{
    const QRectF area = QRectF(rect()).adjusted(kPadding, kPadding, -kPadding, -kPadding);
    if (source.isEmpty() || area.isEmpty()) {
        m_image = QImage();
        update();
        return {};
    }
    QSizeF fitted = source.size();
    fitted.scale(area.size(), Qt::KeepAspectRatio);
    m_target = QRectF(QPointF(), fitted);
    m_target.moveCenter(area.center());
    return (fitted * devicePixelRatioF()).toSize().expandedTo(QSize(1, 1));
}

QTransform OverviewWidget::sceneToWidget() const
{
    if (m_source.isEmpty())
        return {};
    const double s = m_target.width() / m_source.width();
    return QTransform::fromTranslate(-m_source.left(), -m_source.top())
        * QTransform::fromScale(s, s) * QTransform::fromTranslate(m_target.left(), m_target.top());
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    p.drawImage(m_target.topLeft(), m_image);
    p.setPen(QPen(palette().mid().color(), 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(m_target.adjusted(-0.5, -0.5, 0.5, 0.5));

    const QRectF visible = sceneToWidget().mapRect(m_view->visibleSceneRect()) & m_target;
    if (visible.isEmpty())
        return;
    QColor fill = palette().highlight().color();
    fill.setAlpha(40);
    p.setRenderHint(QPainter::Antialiasing);
    // Thicker while the keyboard is here.
    p.setPen(QPen(palette().highlight().color(), hasFocus() ? 3.0 : 1.5));
    p.setBrush(fill);
    p.drawRect(visible);
}

void OverviewWidget::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
        ? m_view->horizontalScrollBar()
        : m_view->verticalScrollBar();
    const int sign = event->key() == Qt::Key_Left || event->key() == Qt::Key_Up ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: bar->setValue(bar->value() + sign * std::max(1, bar->pageStep() / 4)); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void OverviewWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void OverviewWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_renderTimer.start();
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centerViewAt(event->position());
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centerViewAt(event->position());
}

void OverviewWidget::centerViewAt(const QPointF &widgetPos)
{
    if (m_source.isEmpty())
        return;
    bool invertible = false;
    const QTransform toScene = sceneToWidget().inverted(&invertible);
    if (!invertible)
        return;
    m_view->centerOn(toScene.map(widgetPos));
}

} // namespace wl
