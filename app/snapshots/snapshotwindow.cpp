#include "snapshotwindow.h"

#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "format/format.h"
#include "model/document.h"
#include "selection.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace wl {

SnapshotWindow::SnapshotWindow(const Snapshot &snapshot, const Model &model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(std::make_unique<Document>(model))
    , m_selection(std::make_unique<Selection>(m_document.get()))
    , m_scene(std::make_unique<DiagramScene>(m_document.get(), m_selection.get()))
    , m_view(new DiagramView(m_scene.get(), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("snapshotWindow"));
    setWindowTitle(tr("Snapshot “%1” of %2 (read-only) — Weaklink")
                       .arg(snapshot.name, format::dateTime(snapshot.takenAt.toLocalTime())));
    // Nothing to drag, select or edit: a snapshot is what it was.
    m_view->setInteractive(false);
    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("snapshotHeader"));
    header->setWordWrap(true);
    header->setText(snapshot.note.isEmpty()
            ? tr("Read-only: the model as it was on %1.")
                  .arg(format::dateTime(snapshot.takenAt.toLocalTime()))
            : tr("Read-only: the model as it was on %1. %2")
                  .arg(format::dateTime(snapshot.takenAt.toLocalTime()), snapshot.note));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
    resize(1000, 700);
}

void SnapshotWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The whole map at first, once the window has its size.
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, m_view, &DiagramView::fitToWindow);
    }
}

SnapshotWindow::~SnapshotWindow()
{
    // The view goes with the widget tree, after the scene it shows: detach
    // it first.
    m_view->setScene(nullptr);
}

} // namespace wl
