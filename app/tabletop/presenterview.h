// The presenter view, for the room: full screen, the map on the left and
// the facilitator's panel on the right. It is a second view on the main
// window's DiagramScene, so the map shows whatever the canvas shows (the
// heatmap at t included). The panel shows the exercise clock and t, the
// breached vendor, who is next (the nodes most likely compromised by t that
// are not certainly compromised yet, with their probability), the next
// three notification deadlines with the time left (and how many are
// overdue), the records
// exposed so far by category, the responses in force and the heatmap's
// legend (as the canvas draws it, enlarged), all in type readable from the
// back of a room.
//
// The map is fitted to its part of the screen, as large as it goes (up to
// 300 %). Node names must read at 14 pixels or more: where fitting the whole
// map would make them smaller, the map shows the part that matters instead
// — the breached vendor and as many of who is next, most likely first, as
// fit with it — at a zoom that keeps names at 14 pixels, and follows them
// as t moves. Esc leaves; Left / Right (or Page Up
// / Page Down) step the timeline; Home / End jump to its ends.
#pragma once

#include <QRectF>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace wl {
class DiagramScene;
class DiagramView;
} // namespace wl

namespace wl::tabletop {

class PresenterLegend;
class TabletopSession;

class PresenterView : public QWidget {
    Q_OBJECT
public:
    // A top-level window, deleted when closed.
    PresenterView(DiagramScene *scene, TabletopSession *session, QWidget *parent = nullptr);

    DiagramView *view() const { return m_view; }
    QString clockText() const;
    QString timeText() const;
    // What the map was last fitted to, in scene coordinates: the whole
    // diagram, or the part that matters (see above).
    QRectF mapFocus() const { return m_mapFocus; }
    bool showsWholeMap() const { return m_wholeMap; }
    // The pixel size of the smallest node name on the map at its zoom.
    double namePixelSize() const;

    // Full screen, the map fitted.
    void present();

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // True if it was one of the presenter's keys.
    bool handleKey(int key);
    void refresh();
    void refreshDeadlines();
    void fitMap();

    TabletopSession *m_session;
    DiagramView *m_view;
    QLabel *m_clock;
    QLabel *m_time;
    QLabel *m_vendor;
    QTableWidget *m_next;
    QTableWidget *m_deadlines;
    QLabel *m_overdue;
    QTableWidget *m_records;
    QTableWidget *m_responses;
    PresenterLegend *m_legend;
    QRectF m_mapFocus;
    bool m_wholeMap = true;
};

} // namespace wl::tabletop
