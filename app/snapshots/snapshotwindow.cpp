#include "snapshotwindow.h"

#include "format/format.h"
#include "snapshots/readonlymap.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wl {

SnapshotWindow::SnapshotWindow(const Snapshot &snapshot, const Model &model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_map(new ReadOnlyMap(model, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("snapshotWindow"));
    setWindowTitle(tr("Snapshot “%1” of %2 (read-only) — Weaklink")
                       .arg(snapshot.name, format::dateTime(snapshot.takenAt.toLocalTime())));
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
    layout->addWidget(m_map, 1);
    resize(1000, 700);
}

DiagramView *SnapshotWindow::view() const
{
    return m_map->view();
}

const Document *SnapshotWindow::document() const
{
    return m_map->document();
}

} // namespace wl
