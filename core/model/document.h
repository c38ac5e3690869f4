// A Document owns one Model, the document state beside it (named scenarios,
// the tabletop exercise), the undo stack that edits both, the file they came
// from and a simulation revision. Views listen to the change signals; they never
// change the document directly but push commands (core/commands) on
// undoStack().
#pragma once

#include "documentstate.h"
#include "model.h"

#include <QObject>
#include <QUndoStack>

namespace wl {

struct ChangeEvent {
    enum class Kind {
        Reset, // the whole model was replaced
        ValueChanged, // one field of one element
        ElementInserted, // one element at `index`
        ElementRemoved, // one element that was at `index`
        NameChanged, // the model's name
        PositionsChanged, // positions of many nodes at once (index -1)
    };
    Kind kind = Kind::Reset;
    ElementType element = ElementType::Node;
    int index = -1;
    int field = -1;
};

// Whether a change can alter a simulation result. Where nodes are drawn or
// pinned and the model's name do not: views that
// recompute results on a change skip the others (moving nodes or laying
// out must not start a run).
bool mayChangeSimulation(const ChangeEvent &event);

// A change of the named scenarios (Document::scenarios). Its own signal, not
// a ChangeEvent: scenarios are not the model that results are computed on.
struct ScenarioChange {
    enum class Kind {
        Reset, // the whole document was replaced
        Inserted, // one scenario at `index`
        Removed, // the scenario that was at `index`
        Edited, // the name or settings of the scenario at `index`
        ResultStored, // the last result of the scenario at `index`
    };
    Kind kind = Kind::Reset;
    int index = -1;
};

// A change of the snapshots (Document::snapshots). Its own signal: snapshots
// are frozen copies, not the model results are computed on.
struct SnapshotChange {
    enum class Kind {
        Reset, // the whole document was replaced
        Inserted, // one snapshot at `index`
        Removed, // the snapshot that was at `index`
    };
    Kind kind = Kind::Reset;
    int index = -1;
};

// A change of the tabletop exercise (Document::exercise). Its own signal, not a
// ChangeEvent: the exercise is not the model that results are computed on,
// so views of the model and cached results must not react to it.
struct ExerciseChange {
    enum class Kind {
        Reset, // the whole document was replaced
        SettingsChanged, // vendor, start, timeline, trials or responses
        LogInserted, // one log entry at `index`
        LogRemoved, // the log entry that was at `index`
        LogEdited, // the log entry at `index`
    };
    Kind kind = Kind::Reset;
    int index = -1;
};

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Model model, QObject *parent = nullptr);
    Document(Model model, DocumentState state, QObject *parent = nullptr);
    // Announces nothing: a dying undo stack reports a change of its clean
    // state to listeners that may be going themselves.
    ~Document() override;

    const Model &model() const { return m_model; }
    const QVector<SavedScenario> &scenarios() const { return m_state.scenarios; }
    const Exercise &exercise() const { return m_state.exercise; }
    const QVector<Snapshot> &snapshots() const { return m_state.snapshots; }
    const DocumentState &state() const { return m_state; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The .weaklink file this document is saved in; empty for an imported
    // or new document that was never saved.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    // Incremented on every change() for which mayChangeSimulation() holds,
    // resets, undo and redo included, and on nothing else: results computed
    // from a snapshot remember the simulation revision they saw, and the
    // snapshot and its compiled model serve every run until it moves on.
    quint64 simulationRevision() const { return m_simulationRevision; }

    bool isModified() const { return !m_undoStack.isClean() || m_modifiedWithoutUndo; }
    // After a successful save.
    void markSaved();
    // The model was changed by something outside the undo history (e.g. a
    // migration on open): the document needs saving although nothing can be
    // undone.
    void markModified();

    // Replaces the whole model and document state and clears the history.
    void resetModel(Model model, DocumentState state = {});

    // Mutators for commands only: each emits one change event.
    void setValue(ElementType type, int index, int field, const QVariant &v);
    void setName(const QString &name);
    // The whole model at once (a merge and its undo), one Reset event; unlike
    // resetModel it keeps the history and the document state, so `model`
    // must keep every node the state refers to.
    void replaceModel(Model model);
    // Positions of many nodes, one PositionsChanged event.
    void setPositions(const QVector<QPair<int, std::optional<QPointF>>> &positions);
    void insertNode(int index, Node n);
    void insertDataAsset(int index, DataAsset a);
    void insertEdge(int index, Edge e);
    Node takeNode(int index);
    DataAsset takeDataAsset(int index);
    Edge takeEdge(int index);
    void insertScenario(int index, SavedScenario s);
    SavedScenario takeScenario(int index);
    void replaceScenario(int index, SavedScenario s);

    // Stores the last result of the scenario at `index` (result JSON and the
    // modelDigest of the model it was computed on). Not a command: a result
    // is derived data, which undo should neither drop nor bring back, but it
    // is worth saving, so the document becomes modified.
    void setScenarioResult(int index, const QByteArray &resultJson, const QByteArray &modelDigest);

    // Each emits one snapshotsChanged.
    void insertSnapshot(int index, Snapshot s);
    Snapshot takeSnapshot(int index);

    // The tabletop exercise; each emits one exerciseChanged. Inserting and
    // taking a log entry emit exerciseAboutToChange first.
    void setExerciseSettings(ExerciseSettings settings);
    void insertLogEntry(int index, DecisionLogEntry entry);
    DecisionLogEntry takeLogEntry(int index);
    void replaceLogEntry(int index, DecisionLogEntry entry);

signals:
    void changed(const wl::ChangeEvent &event);
    // Both also emitted, with Kind::Reset, after changed() by resetModel().
    void scenariosChanged(const wl::ScenarioChange &change);
    void exerciseChanged(const wl::ExerciseChange &change);
    void snapshotsChanged(const wl::SnapshotChange &change);
    // Before a log entry is inserted or taken, with the change that
    // exerciseChanged reports once it is done. Qt's item models must begin a
    // row insertion or removal while rowCount() and data() still show the old
    // rows, so a model of the log begins it here and ends it on
    // exerciseChanged.
    void exerciseAboutToChange(const wl::ExerciseChange &change);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void emitChange(const ChangeEvent &e);
    // Emits modifiedChanged only when the state really changes.
    void updateModified();

    Model m_model;
    DocumentState m_state;
    QUndoStack m_undoStack;
    QString m_filePath;
    quint64 m_simulationRevision = 0;
    bool m_modifiedWithoutUndo = false;
    bool m_lastModified = false;
};

} // namespace wl
