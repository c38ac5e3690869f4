// Background jobs (app/jobs): the BackgroundJob primitive — progress,
// cancel, supersede, the one thread budget and the one simulation at a time
// — the document's simulation revision, and the snapshot every job reads.
#include "jobs/backgroundjob.h"
#include "jobs/rankingrunner.h"
#include "jobs/scenariorunner.h"
#include "jobs/simulationsnapshot.h"
#include "simtestmodel.h"

#include "commands/commands.h"
#include "commands/exercisecommands.h"
#include "commands/scenariocommands.h"
#include "model/document.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <cmath>
#include <thread>

using namespace wl;

namespace {

using Kind = BackgroundJobBase::Kind;

// Work that holds its thread until the test opens the gate or the run is
// cancelled, and says which it was.
struct Gate {
    std::atomic_bool open { false };
    std::atomic_int entered { 0 };

    BackgroundJob<bool>::Work work()
    {
        return [this](const JobContext &context) {
            ++entered;
            while (!open && !context.isCancelled())
                QThread::msleep(1);
            return !context.isCancelled();
        };
    }
};

// What a job delivered: how often, and the last result.
template<typename Result> struct Delivered {
    int count = 0;
    std::optional<Result> last;

    typename BackgroundJob<Result>::Done done()
    {
        return [this](std::optional<Result> result) {
            ++count;
            last = std::move(result);
        };
    }
};

// A is breached for certain, B half the time, C never.
Model chainModel()
{
    return test::SimModelBuilder().node("A", 1.0).node("B").node("C").edge("A", "B", 0.5).m;
}

using Edit = std::function<bool(Document *)>;

// Pushes what a command factory made; false if it refused the edit.
bool push(Document *doc, std::unique_ptr<QUndoCommand> command)
{
    if (!command)
        return false;
    doc->undoStack()->push(command.release());
    return true;
}

} // namespace

class TestJobs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void progressArrives();
    void cancelDeliversNoResult();
    void cancelWhileQueued();
    void supersedingRunWins();
    void budgetSharedByRunningJobs();
    void destructionWaitsForWork();
    void secondSimulationQueued();
    void simulationRevision_data();
    void simulationRevision();
    void snapshotPerRevision();
    void snapshotBuiltOnceAcrossThreads();
};

void TestJobs::initTestCase()
{
    // Every gated job holds a pool thread; the tests below hold up to two at
    // once, whatever the machine's core count.
    QThreadPool::globalInstance()->setMaxThreadCount(
        std::max(4, QThreadPool::globalInstance()->maxThreadCount()));
    QVERIFY(ThreadBudget::defaultThreads() >= 1);
    QCOMPARE(ThreadBudget::defaultThreads(), std::max(1, QThread::idealThreadCount()));
    QCOMPARE(ThreadBudget::instance()->threads(), ThreadBudget::defaultThreads());
}

void TestJobs::progressArrives()
{
    ThreadBudget budget(3);
    BackgroundJob<int> job(Kind::Simulation, &budget);
    QSignalSpy started(&job, &BackgroundJobBase::started);
    QSignalSpy progress(&job, &BackgroundJobBase::progress);
    Delivered<int> delivered;
    std::atomic_int threads = 0;
    job.start(
        [&threads](const JobContext &context) {
            threads = context.threads();
            for (int i = 1; i <= 3; ++i)
                context.progress(i, 3);
            return 42;
        },
        delivered.done());
    // Nothing else runs: it started at once, with every thread.
    QCOMPARE(started.size(), 1);
    QVERIFY(job.isRunning());
    QVERIFY(!job.isQueued());
    QTRY_COMPARE(delivered.count, 1);
    QCOMPARE(delivered.last, std::optional(42));
    QCOMPARE(threads.load(), 3);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0), (QList<QVariant> { qint64(1), qint64(3) }));
    QCOMPARE(progress.at(2), (QList<QVariant> { qint64(3), qint64(3) }));
    QVERIFY(!job.isRunning());
    QCOMPARE(budget.threadsInUse(), 0);
}

void TestJobs::cancelDeliversNoResult()
{
    ThreadBudget budget(2);
    BackgroundJob<bool> job(Kind::Simulation, &budget);
    Gate gate;
    Delivered<bool> delivered;
    job.start(gate.work(), delivered.done());
    QTRY_COMPARE(gate.entered.load(), 1);
    job.cancel();
    // Still under way until the work has returned, which it does when it
    // sees the flag: then the answer is "cancelled", not the result.
    QTRY_COMPARE(delivered.count, 1);
    QCOMPARE(delivered.last, std::nullopt);
    QVERIFY(!job.isRunning());
    QCOMPARE(budget.threadsInUse(), 0);

    // A cancel that comes after the work returned, before its result was
    // delivered, still means "not this one".
    gate.open = true;
    job.start(gate.work(), delivered.done());
    QVERIFY(job.isRunning());
    QThread::msleep(50); // the work returns meanwhile; nothing is delivered yet
    QCOMPARE(delivered.count, 1);
    job.cancel();
    QTRY_COMPARE(delivered.count, 2);
    QCOMPARE(delivered.last, std::nullopt);
}

void TestJobs::cancelWhileQueued()
{
    ThreadBudget budget(1);
    BackgroundJob<bool> first(Kind::SingleThread, &budget);
    BackgroundJob<bool> second(Kind::SingleThread, &budget);
    Gate gate;
    Gate never;
    Delivered<bool> firstDelivered;
    Delivered<bool> secondDelivered;
    first.start(gate.work(), firstDelivered.done());
    second.start(never.work(), secondDelivered.done());
    QVERIFY(second.isQueued());
    QCOMPARE(second.grantedThreads(), 0);
    second.cancel();
    // Answered as a queued call, as for a run that was working, while the
    // first still holds the only thread.
    QCOMPARE(secondDelivered.count, 0);
    QTRY_COMPARE(secondDelivered.count, 1);
    QCOMPARE(secondDelivered.last, std::nullopt);
    QVERIFY(first.isRunning());
    gate.open = true;
    QTRY_COMPARE(firstDelivered.count, 1);
    QCOMPARE(firstDelivered.last, std::optional(true));
    QCOMPARE(never.entered.load(), 0);
}

void TestJobs::supersedingRunWins()
{
    ThreadBudget budget(2);
    BackgroundJob<int> job(Kind::Simulation, &budget);
    QSignalSpy started(&job, &BackgroundJobBase::started);
    Delivered<int> delivered;
    std::atomic_bool firstReturned = false;
    std::atomic_bool overlapped = false;
    std::atomic_bool firstEntered = false;
    job.start(
        [&](const JobContext &context) {
            firstEntered = true;
            while (!context.isCancelled())
                QThread::msleep(1);
            QThread::msleep(20); // the engine finishing its block
            firstReturned = true;
            return 1;
        },
        delivered.done());
    QTRY_VERIFY(firstEntered.load());
    job.start(
        [&](const JobContext &) {
            overlapped = !firstReturned;
            return 2;
        },
        delivered.done());
    // The new run waits for the old one's threads.
    QVERIFY(job.isQueued());
    QTRY_COMPARE(delivered.count, 1);
    QCOMPARE(delivered.last, std::optional(2));
    QVERIFY(!overlapped);
    QCOMPARE(started.size(), 2);
    // The old result never arrives.
    QTest::qWait(50);
    QCOMPARE(delivered.count, 1);
}

void TestJobs::budgetSharedByRunningJobs()
{
    ThreadBudget budget(3);
    BackgroundJob<bool> layout(Kind::SingleThread, &budget);
    BackgroundJob<bool> simulation(Kind::Simulation, &budget);
    BackgroundJob<bool> layout2(Kind::SingleThread, &budget);
    BackgroundJob<bool> simulation2(Kind::Simulation, &budget);
    Gate layoutGate;
    Gate simulationGate;
    Gate layout2Gate;
    Gate simulation2Gate;
    simulation2Gate.open = true;
    Delivered<bool> delivered;

    layout.start(layoutGate.work(), delivered.done());
    QCOMPARE(layout.grantedThreads(), 1);
    // A simulation gets what is free.
    simulation.start(simulationGate.work(), delivered.done());
    QCOMPARE(simulation.grantedThreads(), 2);
    QCOMPARE(layout.grantedThreads() + simulation.grantedThreads(), budget.threads());
    QCOMPARE(budget.threadsInUse(), 3);
    // Nothing is free: the next job waits.
    layout2.start(layout2Gate.work(), delivered.done());
    QVERIFY(layout2.isQueued());
    QCOMPARE(budget.threadsInUse(), 3);

    // The first layout's thread goes to the second.
    layoutGate.open = true;
    QTRY_VERIFY(!layout2.isQueued());
    QCOMPARE(layout2.grantedThreads(), 1);
    QCOMPARE(budget.threadsInUse(), 3);

    // A second simulation waits for the first even with a thread free.
    simulation2.start(simulation2Gate.work(), delivered.done());
    layout2Gate.open = true;
    QTRY_VERIFY(!layout2.isRunning());
    QCOMPARE(budget.threadsInUse(), 2);
    QVERIFY(simulation2.isQueued());
    QCOMPARE(simulation2Gate.entered.load(), 0);

    simulationGate.open = true;
    QTRY_VERIFY(!simulation2.isRunning());
    QCOMPARE(simulation2Gate.entered.load(), 1);
    QCOMPARE(delivered.count, 4);
    QCOMPARE(budget.threadsInUse(), 0);
}

void TestJobs::destructionWaitsForWork()
{
    ThreadBudget budget(1);
    std::atomic_bool returned = false;
    Delivered<int> delivered;
    {
        BackgroundJob<int> job(Kind::Simulation, &budget);
        job.start(
            [&returned](const JobContext &context) {
                while (!context.isCancelled())
                    QThread::msleep(1);
                returned = true;
                return 0;
            },
            delivered.done());
        QTRY_COMPARE(budget.threadsInUse(), 1);
    }
    QVERIFY(returned.load());
    QCoreApplication::processEvents();
    QCOMPARE(delivered.count, 0);
    QCOMPARE(budget.threadsInUse(), 0);
}

void TestJobs::secondSimulationQueued()
{
    DocumentState state;
    state.scenarios.append({ QStringLiteral("Breach of A"),
        test::seededScenario({ { QStringLiteral("A"), 0.0 } }, 20000), {}, {}, {} });
    Document doc(chainModel(), state);
    ThreadBudget budget(2);
    SimulationContext context(&doc, &budget);
    ScenarioRunner scenarios(&context);
    RankingRunner rankings(&context);
    QSignalSpy scenarioFinished(&scenarios, &ScenarioRunner::finished);
    QSignalSpy rankingsFinished(&rankings, &RankingRunner::finished);
    bool overlapped = true;
    connect(&rankings, &BackgroundJobBase::started, this, [&] {
        overlapped = scenarios.isRunning() || budget.threadsInUse() != rankings.grantedThreads();
    });

    QVERIFY(scenarios.start(0));
    QVERIFY(rankings.start(200, 1));
    // The scenario has both threads; the rankings wait for it to end.
    QCOMPARE(budget.threadsInUse(), 2);
    QVERIFY(rankings.isRunning());
    QVERIFY(rankings.isQueued());
    QTRY_COMPARE_WITH_TIMEOUT(rankingsFinished.size(), 1, 60000);
    QCOMPARE(scenarioFinished.size(), 1);
    QVERIFY(!overlapped);

    const auto scenario = scenarioFinished.first().first().value<ScenarioRunner::Report>();
    const auto ranked = rankingsFinished.first().first().value<RankingRunner::Report>();
    QVERIFY(scenario.result && scenario.stored);
    QVERIFY(!ranked.cancelled);
    // Node A is certain to be breached and B is reached half the time.
    QCOMPARE(scenario.result->compromised[0], std::int64_t(20000));
    QVERIFY(std::abs(scenario.result->pCompromised(1) - 0.5) < 0.02);
    // Both read the one snapshot of this revision.
    QCOMPARE(scenario.model, ranked.model);
    QCOMPARE(scenario.compiled, context.snapshot()->compiled());
    QCOMPARE(scenario.revision, doc.simulationRevision());
    QCOMPARE(ranked.digest, scenario.modelDigest);
}

void TestJobs::simulationRevision_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("bumps");
    const auto set = [](ElementType type, int field, QVariant value) {
        return Edit(
            [=](Document *doc) { return commands::pushSetValue(doc, type, 0, field, value); });
    };
    QTest::newRow("breach likelihood")
        << set(ElementType::Node, int(NodeField::BreachLikelihood), 0.5) << 1;
    QTest::newRow("edge probability")
        << set(ElementType::Edge, int(EdgeField::PForward), 0.25) << 1;
    QTest::newRow("node id") << set(ElementType::Node, int(NodeField::Id), QStringLiteral("Z"))
                             << 1;
    QTest::newRow("node moved") << set(ElementType::Node, int(NodeField::X), 120.0) << 0;
    QTest::newRow("node pinned") << set(ElementType::Node, int(NodeField::Pinned), true) << 0;
    QTest::newRow("model renamed") << Edit([](Document *doc) {
        return push(doc, commands::setModelName(doc, QStringLiteral("Other")));
    }) << 0;
    QTest::newRow("scenario added") << Edit([](Document *doc) {
        SavedScenario s;
        s.name = QStringLiteral("S");
        QString error;
        return push(doc, commands::insertScenario(doc, 0, s, &error));
    }) << 0;
    QTest::newRow("scenario result stored") << Edit([](Document *doc) {
        SavedScenario s;
        s.name = QStringLiteral("S");
        doc->insertScenario(0, s);
        doc->setScenarioResult(0, "{}", "digest");
        return true;
    }) << 0;
    QTest::newRow("exercise settings") << Edit([](Document *doc) {
        ExerciseSettings s = doc->exercise().settings;
        s.vendor = QStringLiteral("A");
        QString error;
        return push(doc, commands::setExerciseSettings(doc, s, QStringLiteral("Vendor"), &error));
    }) << 0;
    QTest::newRow("node added") << Edit([](Document *doc) {
        QString error;
        return push(doc,
            commands::addNode(doc, test::SimModelBuilder().node("D").m.nodes().first(), &error));
    }) << 1;
    QTest::newRow("reset") << Edit([](Document *doc) {
        doc->resetModel(chainModel());
        return true;
    }) << 1;
}

void TestJobs::simulationRevision()
{
    QFETCH(Edit, edit);
    QFETCH(int, bumps);
    Document doc(chainModel());
    const quint64 before = doc.simulationRevision();
    QVERIFY(edit(&doc));
    QCOMPARE(doc.simulationRevision(), before + quint64(bumps));
    // Undo is a change like any other: it bumps what the edit bumped.
    if (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        QCOMPARE(doc.simulationRevision(), before + quint64(2 * bumps));
    }
}

void TestJobs::snapshotPerRevision()
{
    Document doc(chainModel());
    SimulationContext context(&doc);
    const std::shared_ptr<const SimulationSnapshot> first = context.snapshot();
    QCOMPARE(context.snapshot(), first);
    QCOMPARE(first->revision(), doc.simulationRevision());
    QCOMPARE(*first->model(), doc.model());
    // Compiled once: a second call hands out the object the first built.
    const std::shared_ptr<const sim::CompiledModel> compiled = first->compiled();
    QVERIFY(compiled);
    QCOMPARE(compiled->nodeCount, 3);
    QCOMPARE(first->compiled().get(), compiled.get());
    QCOMPARE(first->digest(), sim::simulationDigest(doc.model()));

    // A move keeps the snapshot (and what was built from it).
    QVERIFY(commands::pushSetValue(&doc, ElementType::Node, 0, int(NodeField::X), 50.0));
    QCOMPARE(context.snapshot(), first);

    // A change a result depends on makes a new one; the old one stays what
    // it was for whoever holds it.
    const QByteArray oldDigest = first->digest();
    QVERIFY(
        commands::pushSetValue(&doc, ElementType::Node, 1, int(NodeField::BreachLikelihood), 0.75));
    const std::shared_ptr<const SimulationSnapshot> second = context.snapshot();
    QVERIFY(second != first);
    QCOMPARE(second->revision(), doc.simulationRevision());
    QCOMPARE(second->model()->nodes()[1].breachLikelihood, 0.75);
    QCOMPARE(second->compiled()->breachLikelihood[1], 0.75);
    QCOMPARE(first->compiled()->breachLikelihood[1], 0.0);
    QVERIFY(second->digest() != oldDigest);
    QCOMPARE(first->digest(), oldDigest);

    // Undone: the digest matches the first again, the snapshot is new.
    doc.undoStack()->undo();
    const std::shared_ptr<const SimulationSnapshot> third = context.snapshot();
    QVERIFY(third != second);
    QCOMPARE(third->digest(), oldDigest);
}

void TestJobs::snapshotBuiltOnceAcrossThreads()
{
    Document doc(chainModel());
    SimulationContext context(&doc);
    const std::shared_ptr<const SimulationSnapshot> snapshot = context.snapshot();
    constexpr int kThreads = 4;
    std::vector<std::shared_ptr<const sim::CompiledModel>> compiled(kThreads);
    std::vector<QByteArray> digests(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i)
        threads.emplace_back([&, i] {
            compiled[size_t(i)] = snapshot->compiled();
            digests[size_t(i)] = snapshot->digest();
        });
    for (std::thread &t : threads)
        t.join();
    for (int i = 0; i < kThreads; ++i) {
        QCOMPARE(compiled[size_t(i)], snapshot->compiled());
        QCOMPARE(digests[size_t(i)], sim::simulationDigest(doc.model()));
    }
}

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
