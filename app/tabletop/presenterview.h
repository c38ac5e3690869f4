// The presenter view: the canvas full screen, for the room, with the
// exercise clock and t large above it. It is a second view on the main
// window's DiagramScene, so it shows whatever the canvas shows (the heatmap
// at t included). Esc leaves it; Left / Right (or Page Up / Page Down) step
// the timeline; Home / End jump to its ends.
#pragma once

#include <QWidget>

class QLabel;

namespace wl {
class DiagramScene;
class DiagramView;
} // namespace wl

namespace wl::tabletop {

class TabletopSession;

class PresenterView : public QWidget {
    Q_OBJECT
public:
    // A top-level window, deleted when closed.
    PresenterView(DiagramScene *scene, TabletopSession *session, QWidget *parent = nullptr);

    DiagramView *view() const { return m_view; }
    QString clockText() const;
    QString timeText() const;

    // Full screen, the whole diagram in view.
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

    TabletopSession *m_session;
    DiagramView *m_view;
    QLabel *m_clock;
    QLabel *m_time;
    QLabel *m_vendor;
};

} // namespace wl::tabletop
