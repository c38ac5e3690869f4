#include "snapshotcommands.h"

#include "commands/documentcommands.h"

#include <QCoreApplication>

namespace wl::commands {

namespace {

using InsertSnapshotCommand
    = detail::InsertTakeCommand<Snapshot, &Document::insertSnapshot, &Document::takeSnapshot>;

} // namespace

QString checkSnapshotName(const Document *doc, const QString &name)
{
    if (QString problem = snapshot::checkName(name); !problem.isEmpty())
        return problem;
    for (const Snapshot &s : doc->snapshots())
        if (s.name == name)
            return QCoreApplication::translate(
                "commands", "there is already a snapshot named \"%1\"")
                .arg(name);
    return {};
}

std::unique_ptr<QUndoCommand> addSnapshot(Document *doc, const Snapshot &snapshot, QString *error)
{
    QString reason = snapshot::checkSnapshot(snapshot);
    if (reason.isEmpty())
        reason = checkSnapshotName(doc, snapshot.name);
    if (error)
        *error = reason;
    if (!reason.isEmpty())
        return nullptr;
    return std::make_unique<InsertSnapshotCommand>(doc, int(doc->snapshots().size()), snapshot,
        InsertSnapshotCommand::Step::Add,
        QCoreApplication::translate("commands", "Take snapshot \"%1\"").arg(snapshot.name));
}

std::unique_ptr<QUndoCommand> removeSnapshot(Document *doc, int index)
{
    const QVector<Snapshot> &snapshots = doc->snapshots();
    if (index < 0 || index >= snapshots.size())
        return nullptr;
    return std::make_unique<InsertSnapshotCommand>(doc, index, snapshots[index],
        InsertSnapshotCommand::Step::Remove,
        QCoreApplication::translate("commands", "Delete snapshot \"%1\"")
            .arg(snapshots[index].name));
}

} // namespace wl::commands
