// The canvas: a view on the DiagramScene that zooms with the wheel around
// the cursor, pans with the middle button or Space + drag, selects with a
// rubber band and accepts node kinds dropped from the palette.
//
// Zoomed out on a large map, far enough that a node is a few pixels wide,
// or where a view of it is crowded (DiagramScene::kMostItemsPainting), the
// view paints the scene's diagram in one pass (render::paintDiagram at the
// zoom's level of detail, on a worker) instead of item by item: drawing
// 90,000 items one at a time took half a second a frame. The items stay
// for clicks and the rubber band, without contents
// (DiagramScene::itemsPainted); what is selected is drawn over the
// picture.
#pragma once

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QImage>

namespace wl::render {
struct Diagram;
}

namespace wl {

class DiagramScene;

class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);
    ~DiagramView() override;

    DiagramScene *diagramScene() const { return m_scene; }

    // Device pixels per point.
    double zoom() const { return transform().m11(); }
    QRectF visibleSceneRect() const;

    void zoomIn();
    void zoomOut();
    // Zooms by `factor`, keeping the scene point under `viewportPos` in place.
    void zoomAt(double factor, const QPoint &viewportPos);
    void setZoom(double zoom);
    // The whole diagram in view; never magnified beyond 100 %.
    void fitToWindow();
    // Selects nothing; centres on the node if it exists.
    bool centerOnNode(const QString &id);

    // Repaints everything after render::setPrintColors().
    void refreshColors();

    // Whether this view would paint diagram `d` in one pass at its zoom.
    bool wantsOnePass(const render::Diagram &d) const;
    // Whether what the view paints is the scene as it is now: the items
    // paint themselves, or the picture painted in one pass has arrived for
    // the diagram, zoom and position shown.
    bool showsCurrentPicture() const;

signals:
    void visibleAreaChanged();
    void zoomChanged(double zoom);
    void kindDropped(const QString &kind, const QPointF &scenePos);
    void contextMenuRequested(const QPointF &scenePos, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    // The view's scene rect is the scene's joined with what the viewport
    // shows, so that neither a drawing smaller than the view nor a change
    // of the drawing's bounds (a node dragged out) moves the picture under
    // the cursor: QGraphicsView would centre a smaller scene rect anew.
    void coverVisibleArea();
    void setPanCursor();

    DiagramScene *m_scene;
    // The picture painted in one pass, for a diagram (by its generation),
    // the view's transform and size. It is painted on a background thread;
    // until it arrives the view shows the last one, moved and scaled to the
    // current transform, so that zooming and panning a large map never
    // wait for it.
    struct OnePassPicture {
        QImage image;
        quint64 generation = 0;
        QTransform transform;
        QSize pixels;
        bool shows(quint64 g, const QTransform &t, const QSize &p) const
        {
            return !image.isNull() && generation == g && transform == t && pixels == p;
        }
    };
    void requestOnePass(const QTransform &toViewport, const QSize &pixels, double dpr);
    OnePassPicture m_onePass;
    QFutureWatcher<OnePassPicture> m_onePassRendering;
    bool m_placeholderShown = false; // "Drawing … nodes", before the first diagram
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace wl
