#include "document.h"

namespace wl {

bool mayChangeSimulation(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::PositionsChanged:
    case ChangeEvent::Kind::NameChanged: return false;
    case ChangeEvent::Kind::ValueChanged:
        return !(event.element == ElementType::Node
            && (event.field == int(NodeField::X) || event.field == int(NodeField::Y)
                || event.field == int(NodeField::Pinned)));
    default: return true;
    }
}

Document::Document(QObject *parent)
    : Document(Model {}, parent)
{
}

Document::Document(Model model, QObject *parent)
    : Document(std::move(model), DocumentState {}, parent)
{
}

Document::Document(Model model, DocumentState state, QObject *parent)
    : QObject(parent)
    , m_model(std::move(model))
    , m_state(std::move(state))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool) { updateModified(); });
}

Document::~Document()
{
    disconnect(&m_undoStack, nullptr, this, nullptr);
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void Document::markSaved()
{
    m_modifiedWithoutUndo = false;
    m_undoStack.setClean();
    updateModified();
}

void Document::markModified()
{
    m_modifiedWithoutUndo = true;
    updateModified();
}

void Document::resetModel(Model model, DocumentState state)
{
    m_undoStack.clear();
    m_model = std::move(model);
    m_state = std::move(state);
    m_modifiedWithoutUndo = false;
    emitChange({ ChangeEvent::Kind::Reset });
    emit scenariosChanged({ ScenarioChange::Kind::Reset });
    emit exerciseChanged({ ExerciseChange::Kind::Reset });
    emit snapshotsChanged({ SnapshotChange::Kind::Reset });
    updateModified();
}

void Document::setValue(ElementType type, int index, int field, const QVariant &v)
{
    if (type == ElementType::Node && field == int(NodeField::Id))
        m_state.renameNode(m_model.nodes()[index].id, v.toString());
    m_model.setValue(type, index, field, v);
    emitChange({ ChangeEvent::Kind::ValueChanged, type, index, field });
}

void Document::replaceModel(Model model)
{
    m_model = std::move(model);
    emitChange({ ChangeEvent::Kind::Reset });
}

void Document::setName(const QString &name)
{
    m_model.name = name;
    emitChange({ ChangeEvent::Kind::NameChanged });
}

void Document::setPositions(const QVector<QPair<int, std::optional<QPointF>>> &positions)
{
    for (const auto &[index, pos] : positions)
        m_model.setPosition(index, pos);
    emitChange({ ChangeEvent::Kind::PositionsChanged });
}

void Document::insertNode(int index, Node n)
{
    m_model.insertNode(index, std::move(n));
    emitChange({ ChangeEvent::Kind::ElementInserted, ElementType::Node, index });
}

void Document::insertDataAsset(int index, DataAsset a)
{
    m_model.insertDataAsset(index, std::move(a));
    emitChange({ ChangeEvent::Kind::ElementInserted, ElementType::DataAsset, index });
}

void Document::insertEdge(int index, Edge e)
{
    m_model.insertEdge(index, std::move(e));
    emitChange({ ChangeEvent::Kind::ElementInserted, ElementType::Edge, index });
}

Node Document::takeNode(int index)
{
    Node n = m_model.takeNode(index);
    emitChange({ ChangeEvent::Kind::ElementRemoved, ElementType::Node, index });
    return n;
}

DataAsset Document::takeDataAsset(int index)
{
    DataAsset a = m_model.takeDataAsset(index);
    emitChange({ ChangeEvent::Kind::ElementRemoved, ElementType::DataAsset, index });
    return a;
}

Edge Document::takeEdge(int index)
{
    Edge e = m_model.takeEdge(index);
    emitChange({ ChangeEvent::Kind::ElementRemoved, ElementType::Edge, index });
    return e;
}

void Document::insertScenario(int index, SavedScenario s)
{
    m_state.scenarios.insert(index, std::move(s));
    emit scenariosChanged({ ScenarioChange::Kind::Inserted, index });
}

SavedScenario Document::takeScenario(int index)
{
    SavedScenario s = m_state.scenarios.takeAt(index);
    emit scenariosChanged({ ScenarioChange::Kind::Removed, index });
    return s;
}

void Document::replaceScenario(int index, SavedScenario s)
{
    m_state.scenarios[index] = std::move(s);
    emit scenariosChanged({ ScenarioChange::Kind::Edited, index });
}

void Document::insertSnapshot(int index, Snapshot s)
{
    m_state.snapshots.insert(index, std::move(s));
    emit snapshotsChanged({ SnapshotChange::Kind::Inserted, index });
}

Snapshot Document::takeSnapshot(int index)
{
    Snapshot s = m_state.snapshots.takeAt(index);
    emit snapshotsChanged({ SnapshotChange::Kind::Removed, index });
    return s;
}

void Document::setScenarioResult(
    int index, const QByteArray &resultJson, const QByteArray &modelDigest)
{
    SavedScenario &s = m_state.scenarios[index];
    s.resultJson = resultJson;
    s.resultModelDigest = modelDigest;
    emit scenariosChanged({ ScenarioChange::Kind::ResultStored, index });
    markModified();
}

void Document::setExerciseSettings(ExerciseSettings settings)
{
    m_state.exercise.settings = std::move(settings);
    emit exerciseChanged({ ExerciseChange::Kind::SettingsChanged });
}

void Document::insertLogEntry(int index, DecisionLogEntry entry)
{
    const ExerciseChange change { ExerciseChange::Kind::LogInserted, index };
    emit exerciseAboutToChange(change);
    m_state.exercise.log.insert(index, std::move(entry));
    emit exerciseChanged(change);
}

DecisionLogEntry Document::takeLogEntry(int index)
{
    const ExerciseChange change { ExerciseChange::Kind::LogRemoved, index };
    emit exerciseAboutToChange(change);
    DecisionLogEntry entry = m_state.exercise.log.takeAt(index);
    emit exerciseChanged(change);
    return entry;
}

void Document::replaceLogEntry(int index, DecisionLogEntry entry)
{
    m_state.exercise.log[index] = std::move(entry);
    emit exerciseChanged({ ExerciseChange::Kind::LogEdited, index });
}

void Document::updateModified()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    emit modifiedChanged(modified);
}

void Document::emitChange(const ChangeEvent &e)
{
    if (mayChangeSimulation(e))
        ++m_simulationRevision;
    emit changed(e);
}

} // namespace wl
