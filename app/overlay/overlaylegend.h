// The overlay's legend over the canvas, in a corner of a DiagramView: what
// render::paintOverlayLegend draws on exported pages, shown while the scene
// has an overlay. It takes the first corner (top right, top left, bottom
// right, bottom left) where it covers no node in view, and moves whenever
// the view scrolls, zooms or the nodes move; where every corner covers one,
// the corner that covers the fewest. It is a child of the view, not of its
// viewport, so it stays put when the canvas scrolls, and lets every mouse
// event through to the canvas.
#pragma once

#include <QTimer>
#include <QWidget>

namespace wl {

class DiagramView;

class OverlayLegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit OverlayLegendWidget(DiagramView *view);

    // The user's choice (View ▸ Heatmap Legend): when off, the legend stays
    // hidden even while an overlay is on; exports keep theirs.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sync();
    void place();

    DiagramView *m_view;
    bool m_wanted = true;
    QTimer m_placeTimer;
};

} // namespace wl
