// Bird's-eye view: the whole diagram in miniature with the main view's
// visible area as a frame. Click or drag to move the main view there. The
// miniature is painted by the scene's own items into an image, redrawn a
// moment after the scene stops changing, so a large diagram costs one
// small render per burst of edits rather than one per frame. A large
// diagram's miniature is painted from the diagram on a worker, without
// detail, while the GUI thread goes on. With the keyboard in it, the arrow
// keys move the main view a quarter of its size that way.
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>

namespace wl {

class DiagramView;

class OverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit OverviewWidget(DiagramView *view, QWidget *parent = nullptr);
    ~OverviewWidget() override;

    QSize sizeHint() const override { return { 240, 170 }; }
    QSize minimumSizeHint() const override { return { 120, 80 }; }
    // The scene rectangle the miniature shows.
    QRectF shownSceneRect() const { return m_source; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void renderMiniature();
    // Where the image of `source` goes in the widget (m_target), and its
    // size in pixels; empty if there is nothing to show.
    QSize placeMiniature(const QRectF &source);
    // Scene to widget coordinates for the current miniature.
    QTransform sceneToWidget() const;
    void centerViewAt(const QPointF &widgetPos);

    DiagramView *m_view;
    QImage m_image;
    QRectF m_source; // scene rectangle the image shows
    QRectF m_target; // where the image sits in the widget
    QTimer m_renderTimer;
    QFutureWatcher<QImage> m_rendering;
};

} // namespace wl
