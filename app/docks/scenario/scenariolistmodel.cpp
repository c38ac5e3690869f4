#include "scenariolistmodel.h"

#include "tables/fieldediting.h"

#include "commands/scenariocommands.h"
#include "format/format.h"
#include "model/document.h"

namespace wl {

ScenarioListModel::ScenarioListModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(rowsOfDocument())
{
    connect(m_document, &Document::scenariosChanged, this, &ScenarioListModel::onScenariosChanged);
}

ScenarioListModel::Row ScenarioListModel::rowOf(const SavedScenario &s)
{
    return { s.name,
        (s.scenario.mode == sim::Mode::Seeded ? tr("Seeded, %1 trials") : tr("Annual, %1 trials"))
            .arg(format::count(s.scenario.trials)) };
}

QVector<ScenarioListModel::Row> ScenarioListModel::rowsOfDocument() const
{
    QVector<Row> rows;
    rows.reserve(m_document->scenarios().size());
    for (const SavedScenario &s : m_document->scenarios())
        rows.append(rowOf(s));
    return rows;
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return row.name;
    case Qt::ToolTipRole: return row.toolTip;
    default: return {};
    }
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index)
        | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const SavedScenario &saved = m_document->scenarios()[index.row()];
    const QString name = value.toString().trimmed();
    QString error;
    std::unique_ptr<QUndoCommand> command = commands::replaceScenario(m_document, index.row(), name,
        saved.scenario, tr("Rename scenario \"%1\" to \"%2\"").arg(saved.name, name), &error);
    QString reason;
    const bool done = fieldediting::pushOrReport(
        m_document, std::move(command), error, [&reason](const QString &r) { reason = r; });
    emit renameTried(reason);
    return done;
}

void ScenarioListModel::onScenariosChanged(const ScenarioChange &change)
{
    switch (change.kind) {
    case ScenarioChange::Kind::Reset:
        beginResetModel();
        m_rows = rowsOfDocument();
        endResetModel();
        break;
    case ScenarioChange::Kind::Inserted:
        beginInsertRows({}, change.index, change.index);
        m_rows.insert(change.index, rowOf(m_document->scenarios()[change.index]));
        endInsertRows();
        break;
    case ScenarioChange::Kind::Removed:
        beginRemoveRows({}, change.index, change.index);
        m_rows.remove(change.index);
        endRemoveRows();
        break;
    case ScenarioChange::Kind::Edited:
        m_rows[change.index] = rowOf(m_document->scenarios()[change.index]);
        emit dataChanged(index(change.index), index(change.index));
        break;
    case ScenarioChange::Kind::ResultStored:
        break; // neither the name nor the tooltip shows the result
    }
}

} // namespace wl
