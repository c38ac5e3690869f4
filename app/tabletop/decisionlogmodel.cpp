#include "decisionlogmodel.h"

#include "commands/exercisecommands.h"
#include "format/format.h"

#include <QApplication>
#include <QStyle>

namespace wl::tabletop {

DecisionLogModel::DecisionLogModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::exerciseAboutToChange, this,
        &DecisionLogModel::onExerciseAboutToChange);
    connect(document, &Document::exerciseChanged, this, &DecisionLogModel::onExerciseChanged);
}

// The log still holds the rows as they were: the row change begins here
// and ends in onExerciseChanged, once the document has made it.
void DecisionLogModel::onExerciseAboutToChange(const ExerciseChange &change)
{
    switch (change.kind) {
    case ExerciseChange::Kind::LogInserted: beginInsertRows({}, change.index, change.index); break;
    case ExerciseChange::Kind::LogRemoved: beginRemoveRows({}, change.index, change.index); break;
    case ExerciseChange::Kind::Reset:
    case ExerciseChange::Kind::SettingsChanged:
    case ExerciseChange::Kind::LogEdited: break; // not announced beforehand
    }
}

void DecisionLogModel::onExerciseChanged(const ExerciseChange &change)
{
    switch (change.kind) {
    case ExerciseChange::Kind::Reset:
        beginResetModel();
        endResetModel();
        break;
    case ExerciseChange::Kind::SettingsChanged:
        // The start moves the exercise clock of every entry.
        if (rowCount() > 0)
            emit dataChanged(index(0, ExerciseClock), index(rowCount() - 1, ExerciseClock));
        break;
    case ExerciseChange::Kind::LogInserted: endInsertRows(); break;
    case ExerciseChange::Kind::LogRemoved: endRemoveRows(); break;
    case ExerciseChange::Kind::LogEdited:
        emit dataChanged(index(change.index, 0), index(change.index, ColumnCount - 1));
        break;
    }
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->exercise().log.size());
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Exercise &ex = m_document->exercise();
    const DecisionLogEntry &e = ex.log[index.row()];
    if (e.notified && index.column() == Entry) {
        // A notification: it stops a clock (docs/OBLIGATIONS.md).
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        if (role == Qt::ToolTipRole)
            return tr("%1\nReports notified: %2 under rule %3.")
                .arg(e.text, e.notified->node, e.notified->rule);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case WallClock: return format::timestamp(e.wallClock);
    case ExerciseClock: return exercise::clockText(ex.settings, e.exerciseHours);
    case Hours: return format::duration(e.exerciseHours);
    case Entry: return e.text;
    case ColumnCount: break;
    }
    return {};
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WallClock: return tr("Wall clock");
    case ExerciseClock: return tr("Exercise clock");
    case Hours: return tr("t");
    case Entry: return tr("Entry");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags DecisionLogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Entry)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DecisionLogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Entry)
        return false;
    QString error;
    std::unique_ptr<QUndoCommand> command
        = commands::editLogEntry(m_document, index.row(), value.toString(), &error);
    if (!command) {
        if (!error.isEmpty())
            emit refused(error);
        return false;
    }
    m_document->undoStack()->push(command.release());
    return true;
}

} // namespace wl::tabletop
