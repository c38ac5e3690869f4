#include "weaklinksdock.h"

#include "scenario/numberinput.h"

#include "format/format.h"
#include "simulation/whatif.h"

#include <QSplitter>

#include <limits>

namespace wl {

namespace {

QString describe(const sim::Scenario &s)
{
    QString text = s.mode == sim::Mode::Annual
        ? WeakLinksDock::tr("annual")
        : WeakLinksDock::tr("seeded with %n node(s)", nullptr, int(s.seeds.size()));
    if (!s.sever.isEmpty())
        text += WeakLinksDock::tr(", %n severance(s)", nullptr, int(s.sever.size()));
    if (s.horizonHours)
        text += WeakLinksDock::tr(", horizon %1").arg(format::duration(*s.horizonHours));
    return WeakLinksDock::tr("%1, %2 trials, rng seed %3")
        .arg(text, format::count(s.trials), format::rngSeed(s.rngSeed));
}

QString describe(const Model &m, const sim::WhatIf &change)
{
    if (change.kind == sim::WhatIf::Kind::Harden)
        return WeakLinksDock::tr("%1 hardened").arg(format::nodeLabel(m, change.node));
    return WeakLinksDock::tr("%1 severed at %2")
        .arg(format::nodeLabel(m, change.node), format::duration(change.atHours));
}

} // namespace

WeakLinksDock::WeakLinksDock(SimulationContext *simulation, RankingRunner *rankingRunner,
    WhatIfRunner *whatIfRunner, QWidget *parent)
    : QDockWidget(tr("Weak links"), parent)
    , m_simulation(simulation)
    , m_document(simulation->document())
    , m_rankingRunner(rankingRunner)
    , m_whatIfRunner(whatIfRunner)
    , m_scenarioName(tr("Annual"))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_rankingPane(new RankingPane(m_document))
    , m_whatIfPane(new WhatIfPane(m_document))
{
    setObjectName(QStringLiteral("weakLinksDock"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_rankingPane);
    m_splitter->addWidget(m_whatIfPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setWidget(m_splitter);

    m_staleTimer.setSingleShot(true);
    m_staleTimer.setInterval(100);
    connect(&m_staleTimer, &QTimer::timeout, this, &WeakLinksDock::refreshStatus);
    connect(m_document, &Document::changed, this, &WeakLinksDock::onDocumentChanged);

    connect(m_rankingPane, &RankingPane::computeRequested, this, &WeakLinksDock::computeRankings);
    connect(m_rankingPane, &RankingPane::cancelRequested, this, &WeakLinksDock::cancelRankings);
    connect(m_rankingPane, &RankingPane::nodeChosen, this, &WeakLinksDock::onNodeChosen);
    connect(m_whatIfPane, &WhatIfPane::severRequested, this, &WeakLinksDock::severCurrentNode);
    connect(m_whatIfPane, &WhatIfPane::hardenRequested, this, &WeakLinksDock::hardenCurrentNode);
    connect(m_whatIfPane, &WhatIfPane::cancelRequested, this, &WeakLinksDock::cancelWhatIf);
    connect(m_whatIfPane, &WhatIfPane::nodeChosen, this, &WeakLinksDock::onNodeChosen);

    connect(m_rankingRunner, &RankingRunner::progress, m_rankingPane, &RankingPane::setProgress);
    connect(m_rankingRunner, &RankingRunner::finished, this, &WeakLinksDock::onRankingsFinished);
    connect(m_whatIfRunner, &WhatIfRunner::progress, m_whatIfPane, &WhatIfPane::setProgress);
    connect(m_whatIfRunner, &WhatIfRunner::finished, this, &WeakLinksDock::onWhatIfFinished);

    setRankingStatus(Status::None, tr("No rankings yet: Compute finds the weak links."));
    setWhatIfStatus(Status::None,
        tr("Select a node, then sever or harden it to compare the scenario with and without "
           "the change."));
    updateWhatIfPane();
}

void WeakLinksDock::setRankingSettings(int trials, quint64 rngSeed)
{
    m_rankingPane->setSettings(trials, rngSeed);
}

int WeakLinksDock::trials() const
{
    return m_rankingPane->trials();
}

std::optional<quint64> WeakLinksDock::rngSeed() const
{
    return m_rankingPane->rngSeed();
}

bool WeakLinksDock::computeRankings()
{
    if (m_rankingRunner->isRunning())
        return false;
    const std::optional<quint64> seed = rngSeed();
    if (!seed) {
        setRankingStatus(Status::Problem,
            tr("The seed must be a whole number from 0 to %1.")
                .arg(format::rngSeed(std::numeric_limits<quint64>::max())));
        return false;
    }
    if (m_document->model().nodes().isEmpty()) {
        setRankingStatus(Status::Problem, tr("The model has no nodes to rank."));
        return false;
    }
    m_rankingRunner->start(trials(), *seed);
    setRankingStatus(Status::Running,
        tr("Computing both rankings for %n node(s), %1 trials each…", nullptr,
            int(m_document->model().nodes().size()))
            .arg(format::count(trials())));
    return true;
}

void WeakLinksDock::cancelRankings()
{
    m_rankingRunner->cancel();
}

QString WeakLinksDock::rankingStatusText() const
{
    return m_rankingPane->statusText();
}

void WeakLinksDock::setRankingStatus(Status status, const QString &text)
{
    m_rankingStatus = status;
    m_rankingPane->setStatus(status, text);
}

void WeakLinksDock::onRankingsFinished(const RankingRunner::Report &report)
{
    if (report.cancelled) {
        if (m_rankings) {
            refreshStatus();
            setRankingStatus(m_rankingStatus, tr("Cancelled. %1").arg(rankingStatusText()));
        } else {
            setRankingStatus(Status::Cancelled, tr("Cancelled."));
        }
        return;
    }
    m_rankings = report;
    QStringList ids;
    ids.reserve(report.model->nodes().size());
    for (const Node &n : report.model->nodes())
        ids << n.id;
    m_rankingPane->setRows(ids,
        { report.blastRadius.expectedOtherCompromised, report.blastRadius.expectedExposedRecords,
            report.hardeningGain });
    QStringList fourthParties;
    std::vector<double> dependents;
    std::vector<double> records;
    for (const sim::ConcentrationEntry &e : report.concentration) {
        fourthParties << ids[e.node];
        dependents.push_back(double(e.dependents));
        records.push_back(e.expectedExposedRecords);
    }
    m_rankingPane->setConcentration(fourthParties, std::move(dependents), std::move(records));
    refreshStatus();
    setCurrentNode(m_currentNode);
}

void WeakLinksDock::onNodeChosen(const QString &id)
{
    if (id == m_currentNode)
        return;
    m_currentNode = id;
    updateWhatIfPane();
    emit nodeActivated(id);
}

void WeakLinksDock::setCurrentNode(const QString &id)
{
    m_currentNode = id;
    m_rankingPane->selectNode(id);
    updateWhatIfPane();
}

void WeakLinksDock::setScenario(const QString &name, const sim::Scenario &scenario)
{
    m_scenarioName = name;
    m_scenario = scenario;
    updateWhatIfPane();
    refreshStatus();
}

bool WeakLinksDock::severCurrentNode()
{
    const std::optional<double> hours = numberinput::parseHours(m_whatIfPane->severHours());
    if (!hours) {
        setWhatIfStatus(Status::Problem, tr("The sever time must be a number of hours ≥ 0."));
        return false;
    }
    return startWhatIf({ sim::WhatIf::Kind::Sever, m_currentNode, *hours });
}

bool WeakLinksDock::hardenCurrentNode()
{
    return startWhatIf({ sim::WhatIf::Kind::Harden, m_currentNode, 0.0 });
}

bool WeakLinksDock::startWhatIf(const sim::WhatIf &change)
{
    if (m_whatIfRunner->isRunning())
        return false;
    const Model &m = m_document->model();
    if (QString error = sim::checkScenario(m, m_scenario); !error.isEmpty()) {
        setWhatIfStatus(Status::Problem, tr("The scenario cannot run: %1.").arg(error));
        return false;
    }
    if (change.node.isEmpty() || !m.node(change.node)) {
        setWhatIfStatus(Status::Problem, tr("Select a node of the model first."));
        return false;
    }
    if (const QString error = sim::checkWhatIf(m, change); !error.isEmpty()) {
        setWhatIfStatus(Status::Problem, error);
        return false;
    }
    m_whatIfRunner->start(m_scenarioName, m_scenario, change);
    setWhatIfStatus(Status::Running,
        tr("Running «%1» with and without the change: %2…")
            .arg(m_scenarioName, describe(m, change)));
    return true;
}

void WeakLinksDock::cancelWhatIf()
{
    m_whatIfRunner->cancel();
}

QString WeakLinksDock::whatIfStatusText() const
{
    return m_whatIfPane->statusText();
}

void WeakLinksDock::setWhatIfStatus(Status status, const QString &text)
{
    m_whatIfStatus = status;
    m_whatIfPane->setStatus(status, text);
    updateWhatIfPane();
}

void WeakLinksDock::onWhatIfFinished(const WhatIfRunner::Report &report)
{
    if (report.cancelled) {
        if (m_whatIf) {
            refreshStatus();
            setWhatIfStatus(m_whatIfStatus, tr("Cancelled. %1").arg(whatIfStatusText()));
        } else {
            setWhatIfStatus(Status::Cancelled, tr("Cancelled."));
        }
        return;
    }
    if (!report.result) {
        setWhatIfStatus(Status::Problem, tr("The run failed: %1.").arg(report.error));
        return;
    }
    m_whatIf = report;
    m_whatIfPane->showComparison(report);
    refreshStatus();
}

void WeakLinksDock::updateWhatIfPane()
{
    const Model &m = m_document->model();
    const bool known = !m_currentNode.isEmpty() && m.node(m_currentNode);
    m_whatIfPane->setTexts(known
            ? tr("Vendor: <b>%1</b>").arg(format::nodeLabel(m, m_currentNode).toHtmlEscaped())
            : tr("Vendor: none selected"),
        tr("Baseline: «%1» — %2").arg(m_scenarioName, describe(m_scenario)));
    m_whatIfPane->setActionsEnabled(known, !m_whatIfRunner->isRunning());
}

void WeakLinksDock::onDocumentChanged(const ChangeEvent &event)
{
    // The digest would come out the same: skip computing it.
    if (!mayChangeSimulation(event))
        return;
    m_staleTimer.start();
    updateWhatIfPane();
}

void WeakLinksDock::refreshStatus()
{
    const auto currentDigest = [this] { return m_simulation->snapshot()->digest(); };
    if (m_rankings && !m_rankingRunner->isRunning()) {
        const QString when = format::timeOfDay(m_rankings->finishedAt);
        if (m_rankings->digest == currentDigest())
            setRankingStatus(Status::Current,
                tr("Computed at %1 with %2 trials per node, rng seed %3.")
                    .arg(when, format::count(m_rankings->trials),
                        format::rngSeed(m_rankings->rngSeed)));
        else
            setRankingStatus(Status::Stale,
                tr("Stale: the model has changed since these figures were computed at %1.")
                    .arg(when));
    }
    if (m_whatIf && !m_whatIfRunner->isRunning()) {
        const Model &m = m_document->model();
        if (m_whatIf->digest == currentDigest() && m_whatIf->scenario == m_scenario
            && m_whatIf->scenarioName == m_scenarioName)
            setWhatIfStatus(Status::Current,
                tr("Baseline against %1; both runs with the same random draws.")
                    .arg(describe(m, m_whatIf->change)));
        else
            setWhatIfStatus(Status::Stale,
                tr("Stale: the model or the scenario has changed since this comparison of %1 "
                   "was run.")
                    .arg(describe(m, m_whatIf->change)));
    }
}

} // namespace wl
