// What every simulation job reads: the document's model at one simulation
// revision (Document::simulationRevision), its compiled form and its digest,
// each made at most once. The model is copied when the snapshot is made
// (cheap: its containers are implicitly shared); compiling and digesting
// wait for the first job or view that needs them, on whichever thread that
// is.
#pragma once

#include "simulation/compiledmodel.h"

#include <QObject>

#include <memory>
#include <mutex>

namespace wl {

class Document;
class ThreadBudget;

class SimulationSnapshot {
public:
    SimulationSnapshot(const Model &model, quint64 revision);

    quint64 revision() const { return m_revision; }
    const std::shared_ptr<const Model> &model() const { return m_model; }
    // Thread-safe; every caller gets the same object.
    std::shared_ptr<const sim::CompiledModel> compiled() const;
    // sim::simulationDigest of model(); thread-safe.
    QByteArray digest() const;

private:
    const std::shared_ptr<const Model> m_model;
    const quint64 m_revision;
    mutable std::once_flag m_compileOnce;
    mutable std::shared_ptr<const sim::CompiledModel> m_compiled;
    mutable std::once_flag m_digestOnce;
    mutable QByteArray m_digest;
};

// The main window's simulation side: one document, its current snapshot,
// and the thread budget its jobs share. Runners, the overlay and the
// tabletop session all read their snapshot here, so a revision is copied,
// compiled and digested once whoever asks.
class SimulationContext : public QObject {
    Q_OBJECT
public:
    // A null budget is ThreadBudget::instance().
    explicit SimulationContext(
        Document *document, ThreadBudget *budget = nullptr, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    ThreadBudget *budget() const { return m_budget; }

    // The snapshot of the document's current simulation revision, made on
    // the first call after the revision moved.
    std::shared_ptr<const SimulationSnapshot> snapshot();

private:
    Document *m_document;
    ThreadBudget *m_budget;
    std::shared_ptr<const SimulationSnapshot> m_snapshot;
};

} // namespace wl
