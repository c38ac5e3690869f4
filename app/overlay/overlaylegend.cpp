#include "overlaylegend.h"

#include "editor/diagramscene.h"
#include "editor/diagramview.h"

#include <QEvent>
#include <QPainter>

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
    const QSizeF size = render::overlayLegendSize(*legend);
    resize(int(std::ceil(size.width())) + 1, int(std::ceil(size.height())) + 1);
    place();
    show();
    raise();
    update();
}

void OverlayLegendWidget::place()
{
    // Inside the viewport, clear of a vertical scroll bar.
    const QRect area = m_view->viewport()->geometry();
    move(area.right() - width() - kMargin + 1, area.top() + kMargin);
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
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace wl
