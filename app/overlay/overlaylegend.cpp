#include "overlaylegend.h"

#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/nodeitem.h"

#include "render/diagram.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace wl {

namespace {

constexpr int kMargin = 10;

} // namespace

OverlayLegendWidget::OverlayLegendWidget(DiagramView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("overlayLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->installEventFilter(this);
    DiagramScene *scene = view->diagramScene();
    connect(scene, &DiagramScene::overlayChanged, this, &OverlayLegendWidget::sync);
    connect(scene, &DiagramScene::diagramUpdated, this, &OverlayLegendWidget::sync);
    // A burst of scrolling is placed for once, after it; and the view's
    // scroll bars also move while its scene is being destroyed, when the
    // nodes cannot be asked for.
    m_placeTimer.setSingleShot(true);
    m_placeTimer.setInterval(0);
    connect(&m_placeTimer, &QTimer::timeout, this, [this] {
        if (!isHidden() && m_view->scene())
            place();
    });
    connect(view, &DiagramView::visibleAreaChanged, &m_placeTimer, qOverload<>(&QTimer::start));
    sync();
}

void OverlayLegendWidget::setWanted(bool wanted)
{
    m_wanted = wanted;
    sync();
}

void OverlayLegendWidget::sync()
{
    const std::optional<render::OverlayLegend> &legend = m_view->diagramScene()->overlayLegend();
    if (!legend || !m_wanted) {
        hide();
        return;
    }
    // What it shows, for a screen reader.
    setAccessibleName(legend->heat ? tr("Legend: %1").arg(legend->heat->title) : tr("Legend"));
    setAccessibleDescription(legend->source);
    const QSizeF size = render::overlayLegendSize(*legend);
    resize(int(std::ceil(size.width())) + 1, int(std::ceil(size.height())) + 1);
    place();
    show();
    raise();
    update();
}

void OverlayLegendWidget::place()
{
    // Inside the viewport, clear of the scroll bars.
    const QRect area = m_view->viewport()->geometry();
    const int left = area.left() + kMargin;
    const int right = area.right() - width() - kMargin + 1;
    const int top = area.top() + kMargin;
    const int bottom = area.bottom() - height() - kMargin + 1;
    const QPoint corners[] = { { right, top }, { left, top }, { right, bottom }, { left, bottom } };
    // Nodes where they are drawn (perhaps being dragged) under each corner:
    // four small lookups in the scene's index, not every node in view.
    const auto coveredAt = [this, &area](QPoint corner) {
        const QRectF here
            = m_view->mapToScene(QRect(corner - area.topLeft(), size())).boundingRect();
        const QList<QGraphicsItem *> items
            = m_view->scene()->items(here, Qt::IntersectsItemBoundingRect);
        return std::count_if(items.cbegin(), items.cend(), [&here](const QGraphicsItem *item) {
            return item->type() == NodeItem::Type
                && render::nodeRect(
                    item->scenePos(), static_cast<const NodeItem *>(item)->visual().scale)
                       .intersects(here);
        });
    };
    QPoint best = corners[0];
    qsizetype fewest = -1;
    for (const QPoint &corner : corners) {
        const qsizetype covered = coveredAt(corner);
        if (fewest < 0 || covered < fewest) {
            best = corner;
            fewest = covered;
        }
    }
    move(best);
}

void OverlayLegendWidget::paintEvent(QPaintEvent *)
{
    const std::optional<render::OverlayLegend> &legend = m_view->diagramScene()->overlayLegend();
    if (!legend)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    render::paintOverlayLegend(&p, *legend, QPointF(0.5, 0.5));
}

bool OverlayLegendWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_placeTimer.start();
    return QWidget::eventFilter(watched, event);
}

} // namespace wl
