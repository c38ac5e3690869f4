#include "presenterview.h"

#include "tabletopsession.h"

#include "editor/diagramview.h"
#include "format/format.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace wl::tabletop {

PresenterView::PresenterView(DiagramScene *scene, TabletopSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_view(new DiagramView(scene, this))
    , m_clock(new QLabel(this))
    , m_time(new QLabel(this))
    , m_vendor(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Weaklink — Presenter view"));

    // A dark band with light text reads from the back of a room.
    auto *band = new QWidget(this);
    band->setAutoFillBackground(true);
    QPalette palette = band->palette();
    palette.setColor(QPalette::Window, QColor(0x20, 0x24, 0x2b));
    palette.setColor(QPalette::WindowText, Qt::white);
    band->setPalette(palette);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 3.0);
    big.setBold(true);
    m_clock->setFont(big);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 2.0);
    m_time->setFont(medium);
    m_vendor->setFont(medium);
    auto *hint = new QLabel(tr("Esc: leave · ← →: step"), band);

    // The clock and t on the first line, never squeezed; who was breached
    // and the keys below.
    auto *bandLayout = new QGridLayout(band);
    bandLayout->setContentsMargins(24, 12, 24, 12);
    bandLayout->setHorizontalSpacing(32);
    for (QLabel *label : { m_clock, m_time, m_vendor, hint })
        label->setParent(band);
    m_clock->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_time->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_vendor->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bandLayout->addWidget(m_clock, 0, 0);
    bandLayout->addWidget(m_time, 0, 1, Qt::AlignBaseline);
    bandLayout->setColumnStretch(2, 1);
    bandLayout->addWidget(m_vendor, 1, 0, 1, 2);
    bandLayout->addWidget(hint, 1, 2, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(band);
    layout->addWidget(m_view, 1);

    // The room sees the diagram, not scroll bars.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    connect(session, &TabletopSession::frameChanged, this, &PresenterView::refresh);
    connect(session, &TabletopSession::projectionChanged, this, &PresenterView::refresh);
    refresh();
}

QString PresenterView::clockText() const
{
    return m_clock->text();
}

QString PresenterView::timeText() const
{
    return m_time->text();
}

void PresenterView::present()
{
    showFullScreen();
    m_view->setFocus();
    // After the window has its full-screen size.
    QTimer::singleShot(0, m_view, &DiagramView::fitToWindow);
}

void PresenterView::refresh()
{
    m_clock->setText(m_session->clockText());
    m_time->setText(tr("t = %1").arg(format::hours(m_session->currentHours())));
    const ExerciseSettings &s = m_session->settings();
    const Node *vendor = m_session->document()->model().node(s.vendor);
    m_vendor->setText(vendor ? tr("Breached: %1").arg(vendor->name) : QString());
}

bool PresenterView::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Escape: close(); return true;
    case Qt::Key_Right:
    case Qt::Key_PageDown: m_session->stepForward(); return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp: m_session->stepBack(); return true;
    case Qt::Key_Home: m_session->setTimeIndex(0); return true;
    case Qt::Key_End:
        if (const auto p = m_session->projection())
            m_session->setTimeIndex(int(p->timeline().size()) - 1);
        return true;
    default: return false;
    }
}

bool PresenterView::eventFilter(QObject *watched, QEvent *event)
{
    // Before the view: it would scroll with the arrow keys.
    if (watched == m_view && event->type() == QEvent::KeyPress
        && handleKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key()))
        QWidget::keyPressEvent(event);
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace wl::tabletop
