#include "simulationsnapshot.h"

#include "jobs/backgroundjob.h"

#include "model/document.h"

namespace wl {

SimulationSnapshot::SimulationSnapshot(const Model &model, quint64 revision)
    : m_model(std::make_shared<const Model>(model))
    , m_revision(revision)
{
}

std::shared_ptr<const sim::CompiledModel> SimulationSnapshot::compiled() const
{
    std::call_once(m_compileOnce, [this] {
        m_compiled = std::make_shared<const sim::CompiledModel>(sim::compile(*m_model));
    });
    return m_compiled;
}

QByteArray SimulationSnapshot::digest() const
{
    std::call_once(m_digestOnce, [this] { m_digest = sim::simulationDigest(*m_model); });
    return m_digest;
}

SimulationContext::SimulationContext(Document *document, ThreadBudget *budget, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_budget(budget ? budget : ThreadBudget::instance())
{
    // Dropped as soon as it is out of date, so that an old revision does not
    // stay in memory beside the document's (jobs still running on it keep
    // their own reference).
    connect(document, &Document::changed, this, [this] {
        if (m_snapshot && m_snapshot->revision() != m_document->simulationRevision())
            m_snapshot.reset();
    });
}

std::shared_ptr<const SimulationSnapshot> SimulationContext::snapshot()
{
    if (!m_snapshot || m_snapshot->revision() != m_document->simulationRevision())
        m_snapshot = std::make_shared<const SimulationSnapshot>(
            m_document->model(), m_document->simulationRevision());
    return m_snapshot;
}

} // namespace wl
