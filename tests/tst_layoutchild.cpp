// Layouts in the helper process (issue 16, item 5; docs/LAYOUT.md, "Layout
// in a helper process"): the request and outcome as bytes, `weaklink-cli
// __layout` giving exactly the in-process result, a cancel that kills the
// helper at once, helpers that crash, fail or answer nonsense, and the
// app's LayoutController, whose Cancel and whose window's closing end a
// helper's layout at once. The helpers that misbehave are shell scripts
// standing in for weaklink-cli; the slow layout is dot on one organisation
// of 1,000 members joined by 3,000 random edges, which takes minutes in
// this process.
#include "editor/diagramscene.h"
#include "editor/layoutcontroller.h"
#include "fakehelper.h"
#include "mainwindow.h"
#include "testmodels.h"

#include "files/layoutchild.h"
#include "files/modelfile.h"
#include "render/diagram.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;
using namespace wl;

using wl::test::fakeHelper;
using wl::test::writeFile;

namespace {

// Generous: "at once" is well under a second; a loaded test machine must
// not fail it, and the layouts cancelled run for minutes.
constexpr qint64 kPromptlyMs = 5000;
constexpr int kLayoutTimeoutMs = 120000;

QString benchModel(const QString &name)
{
    return test::sharedDir() + u"/bench/"_s + name;
}

Model readModel(const QString &path)
{
    const ReadResult r = files::openModelFile(path);
    return r.ok() ? *r.model : Model();
}

// The example with a grid of stored positions: routeEdges places nothing,
// and routes every edge (neato, under 100 nodes).
Model exampleOnGrid(bool pinSome)
{
    Model m = readModel(test::examplePath());
    for (int i = 0; i < m.nodes().size(); ++i) {
        m.setPosition(i, QPointF(200.0 * (i % 6), 120.0 * (i / 6)));
        if (pinSome && i % 4 == 0)
            m.setValue(ElementType::Node, i, int(NodeField::Pinned), true);
    }
    return m;
}

// Every node in one organisation: one Graphviz run on all the nodes that
// have an edge.
Model oneOrganisation(Model m)
{
    for (int i = 0; i < m.nodes().size(); ++i)
        m.setValue(ElementType::Node, i, int(NodeField::Organization), u"One"_s);
    return m;
}

// `nodes` members of one organisation joined by `edges` random edges: one
// dot run on all of them, which takes minutes (docs/PERFORMANCE.md).
Model slowModel(int nodes, int edges)
{
    Model m;
    m.name = u"Slow"_s;
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = u"n%1"_s.arg(i);
        n.name = n.id;
        n.organization = u"Big"_s;
        m.appendNode(n);
    }
    std::mt19937 rng(16);
    std::uniform_int_distribution<int> pick(0, nodes - 1);
    QSet<QPair<int, int>> taken;
    while (m.edges().size() < edges) {
        const int a = pick(rng);
        const int b = pick(rng);
        if (a == b || taken.contains({ a, b }))
            continue;
        taken.insert({ a, b });
        Edge e;
        e.id = u"e%1"_s.arg(m.edges().size());
        e.source = m.nodes()[a].id;
        e.target = m.nodes()[b].id;
        m.appendEdge(e);
    }
    return m;
}

// The real helper, behind a script that appends its process id (which
// exec keeps) to `log` first.
QString loggingHelper(const QTemporaryDir &dir, const QString &log)
{
    return fakeHelper(
        dir, u"logging"_s, "echo $$ >> '" + log.toUtf8() + "'\nexec '" WEAKLINK_CLI "' \"$@\"");
}

QList<qint64> loggedPids(const QString &log)
{
    QFile f(log);
    QList<qint64> pids;
    if (!f.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            pids << line.trimmed().toLongLong();
    return pids;
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

// An exact comparison: QCOMPARE compares doubles fuzzily. Empty if equal.
QString difference(const layout::LayoutResult &a, const layout::LayoutResult &b)
{
    const auto points = [](const QVector<QPointF> &p, const QVector<QPointF> &q) {
        if (p.size() != q.size())
            return false;
        for (qsizetype i = 0; i < p.size(); ++i)
            if (p[i].x() != q[i].x() || p[i].y() != q[i].y())
                return false;
        return true;
    };
    const auto rects = [](const QRectF &r, const QRectF &s) {
        return r.x() == s.x() && r.y() == s.y() && r.width() == s.width()
            && r.height() == s.height();
    };
    if (a.engine != b.engine)
        return u"engine: %1, %2"_s.arg(a.engine, b.engine);
    if (!points(a.nodeCenters, b.nodeCenters))
        return u"node centres"_s;
    if (a.edges.size() != b.edges.size())
        return u"edge count"_s;
    for (qsizetype i = 0; i < a.edges.size(); ++i) {
        const layout::EdgeRoute &p = a.edges[i];
        const layout::EdgeRoute &q = b.edges[i];
        if (!points(p.points, q.points))
            return u"edge %1's route"_s.arg(i);
        if (p.labelPos.has_value() != q.labelPos.has_value()
            || (p.labelPos && !points({ *p.labelPos }, { *q.labelPos })))
            return u"edge %1's label"_s.arg(i);
    }
    if (a.clusters.size() != b.clusters.size())
        return u"cluster count"_s;
    for (qsizetype i = 0; i < a.clusters.size(); ++i)
        if (a.clusters[i].organization != b.clusters[i].organization
            || !rects(a.clusters[i].box, b.clusters[i].box))
            return u"cluster %1"_s.arg(i);
    if (!rects(a.bounds, b.bounds))
        return u"bounds"_s;
    if (a.messages != b.messages)
        return u"messages"_s;
    return {};
}

// A double from random bits, finite.
double randomDouble(QRandomGenerator &rng)
{
    for (;;) {
        const quint64 bits = rng.generate64();
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        if (std::isfinite(d))
            return d;
    }
}

// A main window with the layout helper of the test.
struct Window {
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();

    explicit Window(const QString &helper) { layout()->setHelper(helper); }

    LayoutController *layout() const { return window->layoutController(); }
    Document *doc() const { return window->document(); }

    bool waitForLayout() const
    {
        return QTest::qWaitFor([this] { return !layout()->isBusy(); }, kLayoutTimeoutMs);
    }
};

} // namespace

class TestLayoutChild : public QObject {
    Q_OBJECT

private slots:
    void outcomeRoundTrip();
    void requestRoundTrip();
    void childEqualsInProcess_data();
    void childEqualsInProcess();
    void cancelKillsTheChild();
    void failingHelper_data();
    void failingHelper();
    void unreadableRequest();

    void largestGraphvizRunByHand();
    void controllerUsesHelperAboveThreshold();
    void cancelEndsHelperAtOnce();
    void closingWindowEndsHelperAtOnce();
};

// Every field, with doubles of every kind of bit pattern, reads back equal.
void TestLayoutChild::outcomeRoundTrip()
{
    QRandomGenerator rng(5);
    layout::LayoutOutcome outcome;
    outcome.error = u"a \"quoted\"\nline – 東京"_s;
    layout::LayoutResult &r = outcome.result.emplace();
    r.engine = u"dot"_s;
    for (int i = 0; i < 200; ++i)
        r.nodeCenters << QPointF(randomDouble(rng), randomDouble(rng));
    for (int i = 0; i < 50; ++i) {
        layout::EdgeRoute route;
        for (int j = 0; j < (i % 3) * 3 + (i % 3 ? 1 : 0); ++j)
            route.points << QPointF(randomDouble(rng), rng.generateDouble() * 1e4);
        if (i % 2)
            route.labelPos = QPointF(randomDouble(rng), 0.1 + i);
        r.edges << route;
    }
    r.clusters << layout::ClusterBox { u"Zürich AG"_s, QRectF(0.1, 0.2, 1e-300, 5e300) }
               << layout::ClusterBox { QString(), QRectF(-3, -4, 0, 0) };
    r.bounds = QRectF(randomDouble(rng), randomDouble(rng), 1.0 / 3.0, 2.0 / 3.0);
    r.messages = QStringList { u"Warning: one"_s, u"two\tlines\n"_s };

    QString error;
    const std::optional<layout::LayoutOutcome> back
        = files::readLayoutOutcome(files::writeLayoutOutcome(outcome), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->result);
    QCOMPARE(back->error, outcome.error);
    QCOMPARE(back->cancelled, false);
    const QString diff = difference(*back->result, r);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    layout::LayoutOutcome failed;
    failed.error = u"Graphviz says no"_s;
    const std::optional<layout::LayoutOutcome> none
        = files::readLayoutOutcome(files::writeLayoutOutcome(failed), &error);
    QVERIFY(none);
    QVERIFY(!none->result);
    QCOMPARE(none->error, failed.error);

    // Valid JSON of the wrong shape is refused with its path.
    QVERIFY(!files::readLayoutOutcome(R"({"cancelled": false, "error": "",
        "result": {"engine": "dot", "nodeCenters": [1, 2, 3]}})",
        &error));
    QCOMPARE(error, u"result.nodeCenters: expected pairs of numbers"_s);
    QVERIFY(!files::readLayoutOutcome("[1]", &error));
    QCOMPARE(error, u"not a JSON object"_s);
}

void TestLayoutChild::requestRoundTrip()
{
    QRandomGenerator rng(7);
    files::LayoutRequest request;
    request.model = test::generatedModel(11, 60, 90, 12);
    request.options.engine = layout::Engine::Fdp;
    request.options.keepPinned = false;
    for (int i = 0; i < request.model.edges().size(); ++i)
        request.options.labelSizes << QSizeF(rng.generateDouble() * 300, randomDouble(rng));
    for (int i = 0; i < request.model.nodes().size(); ++i)
        request.options.nodeScales << 1.0 + rng.generateDouble();
    request.routeOnly = true;

    QString error;
    const std::optional<files::LayoutRequest> back
        = files::readLayoutRequest(files::writeLayoutRequest(request), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->model, request.model);
    QCOMPARE(int(back->options.engine), int(layout::Engine::Fdp));
    QCOMPARE(back->options.keepPinned, false);
    QCOMPARE(back->routeOnly, true);
    QCOMPARE(back->options.labelSizes.size(), request.options.labelSizes.size());
    for (qsizetype i = 0; i < request.options.labelSizes.size(); ++i) {
        QVERIFY(back->options.labelSizes[i].width() == request.options.labelSizes[i].width());
        QVERIFY(back->options.labelSizes[i].height() == request.options.labelSizes[i].height());
    }
    QVERIFY(back->options.nodeScales == request.options.nodeScales);
}

void TestLayoutChild::childEqualsInProcess_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<int>("engine");
    QTest::addColumn<bool>("routeOnly");

    const Model example = readModel(test::examplePath());
    QTest::newRow("example, dot") << example << int(layout::Engine::Dot) << false;
    QTest::newRow("example, neato") << example << int(layout::Engine::Neato) << false;
    QTest::newRow("example, pins kept by neato")
        << exampleOnGrid(true) << int(layout::Engine::Neato) << false;
    QTest::newRow("example, edges routed")
        << exampleOnGrid(false) << int(layout::Engine::Neato) << true;
    QTest::newRow("layout-200, dot")
        << readModel(benchModel(u"layout-200.json"_s)) << int(layout::Engine::Dot) << false;
    QTest::newRow("layout-1k, dot")
        << readModel(benchModel(u"layout-1k.json"_s)) << int(layout::Engine::Dot) << false;
    QTest::newRow("layout-1k as one organisation, dot")
        << oneOrganisation(readModel(benchModel(u"layout-1k.json"_s))) << int(layout::Engine::Dot)
        << false;
}

// The helper's result is the in-process one, to the last bit: positions,
// routes, label places, boxes and messages.
void TestLayoutChild::childEqualsInProcess()
{
    QFETCH(Model, model);
    QFETCH(int, engine);
    QFETCH(bool, routeOnly);
    QVERIFY(!model.nodes().isEmpty());

    files::LayoutRequest request;
    request.model = model;
    request.options.engine = layout::Engine(engine);
    request.routeOnly = routeOnly;
    if (!routeOnly)
        request.options.labelSizes = render::calloutSizes(model);

    const layout::LayoutOutcome here = files::runLayoutRequest(request);
    QVERIFY2(here.result, qPrintable(here.error));
    const layout::LayoutOutcome there
        = files::computeLayoutInChild(request, QStringLiteral(WEAKLINK_CLI));
    QVERIFY2(there.result, qPrintable(there.error));
    QCOMPARE(there.error, here.error);
    QCOMPARE(there.cancelled, false);
    const QString diff = difference(*there.result, *here.result);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// Cancelled half a second after it started, the helper's layout (minutes of
// dot) ends at once, and its process is gone.
void TestLayoutChild::cancelKillsTheChild()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"pids"_s);
    files::LayoutRequest request;
    request.model = slowModel(1000, 3000);
    request.options.engine = layout::Engine::Dot;

    std::atomic_bool cancel { false };
    QElapsedTimer sinceCancel;
    std::thread canceller([&] {
        for (int i = 0; i < 600 && loggedPids(log).isEmpty(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        sinceCancel.start();
        cancel = true;
    });
    const layout::LayoutOutcome outcome
        = files::computeLayoutInChild(request, loggingHelper(dir, log), &cancel);
    const qint64 ms = sinceCancel.elapsed();
    canceller.join();

    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.result);
    QVERIFY2(ms < kPromptlyMs, qPrintable(u"%1 ms"_s.arg(ms)));
    const QList<qint64> pids = loggedPids(log);
    QCOMPARE(pids.size(), 1);
    QVERIFY(!processExists(pids.first()));
}

void TestLayoutChild::failingHelper_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("error");

    QTest::newRow("crash") << QByteArray("cat >/dev/null; kill -SEGV $$")
                           << u"Graphviz crashed in the layout helper"_s;
    QTest::newRow("exit code") << QByteArray("cat >/dev/null; echo 'out of luck' >&2; exit 3")
                               << u"the layout helper failed (exit code 3): out of luck"_s;
    QTest::newRow("silent exit code")
        << QByteArray("exit 4") << u"the layout helper failed (exit code 4)"_s;
    QTest::newRow("garbage") << QByteArray("cat >/dev/null; echo oops")
                             << u"the layout helper's answer cannot be read: not JSON: "
                                "illegal value at byte 1"_s;
    QTest::newRow("no answer") << QByteArray("cat >/dev/null")
                               << u"the layout helper ended without an answer"_s;
    QTest::newRow("another model")
        << QByteArray("cat >/dev/null; echo '{\"cancelled\": false, \"error\": \"\", \"result\": "
                      "{\"engine\": \"dot\", \"nodeCenters\": [0, 0], \"edges\": [], "
                      "\"clusters\": [], \"bounds\": [0, 0, 1, 1], \"messages\": []}}'")
        << u"the layout helper answered for another model (1 nodes, 0 edges)"_s;
}

// Whatever the helper does, the answer is an error that says what happened;
// this process goes on.
void TestLayoutChild::failingHelper()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, error);
    QTemporaryDir dir;
    files::LayoutRequest request;
    request.model = readModel(test::examplePath());
    const layout::LayoutOutcome outcome
        = files::computeLayoutInChild(request, fakeHelper(dir, u"helper"_s, script));
    QVERIFY(!outcome.result);
    QVERIFY(!outcome.cancelled);
    QCOMPARE(outcome.error, error);
}

// The real helper, given bytes that are no request, answers an error, and
// one that does not exist cannot start.
void TestLayoutChild::unreadableRequest()
{
    QProcess child;
    child.start(QStringLiteral(WEAKLINK_CLI), { u"__layout"_s });
    QVERIFY(child.waitForStarted());
    child.write("{\"engine\": \"dot\"}\nnot a model");
    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    QString error;
    const std::optional<layout::LayoutOutcome> outcome
        = files::readLayoutOutcome(child.readAllStandardOutput(), &error);
    QVERIFY2(outcome, qPrintable(error));
    QVERIFY(!outcome->result);
    QCOMPARE(outcome->error,
        u"the layout helper cannot read its request: keepPinned: expected true or false"_s);

    files::LayoutRequest request;
    request.model = readModel(test::examplePath());
    const layout::LayoutOutcome missing
        = files::computeLayoutInChild(request, u"/nonexistent/weaklink-cli"_s);
    QVERIFY(!missing.result);
    QVERIFY2(
        missing.error.startsWith(u"cannot start the layout helper /nonexistent/weaklink-cli: "_s),
        qPrintable(missing.error));
}

// What one Graphviz run is given, worked out by hand from the files (the
// organisations, and the edges inside one): layout-200's 62 blocks, placed
// by the engine (at most 100); layout-1k's one edge inside an organisation,
// its 302 blocks being packed by our code; the example's 23 nodes, few
// enough for neato to route their edges; the whole model when pins are kept
// or when nodes without a position are placed for routing.
void TestLayoutChild::largestGraphvizRunByHand()
{
    const Model small = readModel(benchModel(u"layout-200.json"_s));
    const Model large = readModel(benchModel(u"layout-1k.json"_s));
    const Model example = readModel(test::examplePath());
    layout::LayoutOptions options;
    QCOMPARE(layout::largestGraphvizRun(small, options), 62);
    QCOMPARE(layout::largestGraphvizRun(large, options), 2);
    QCOMPARE(layout::largestGraphvizRun(example, options), 23);
    QCOMPARE(layout::largestGraphvizRun(large, options, true), 1000);
    // A chain of 400 members of one organisation, and one without an edge.
    Model chain;
    for (int i = 0; i <= 400; ++i) {
        Node n;
        n.id = u"n%1"_s.arg(i);
        n.organization = u"One"_s;
        chain.appendNode(n);
    }
    for (int i = 0; i + 1 < 400; ++i) {
        Edge e;
        e.id = u"e%1"_s.arg(i);
        e.source = chain.nodes()[i].id;
        e.target = chain.nodes()[i + 1].id;
        chain.appendEdge(e);
    }
    QCOMPARE(layout::largestGraphvizRun(chain, options), 400);
    QVERIFY(files::layoutRunsInHelper({ chain, options, false }));

    Model pinned = large;
    pinned.setPosition(0, QPointF(10, 10));
    pinned.setValue(ElementType::Node, 0, int(NodeField::Pinned), true);
    options.engine = layout::Engine::Neato;
    QCOMPARE(layout::largestGraphvizRun(pinned, options), 1000);
    options.engine = layout::Engine::Dot; // ignores pins
    QCOMPARE(layout::largestGraphvizRun(pinned, options), 2);

    QVERIFY(!files::layoutRunsInHelper({ large, options, false }));
    QVERIFY(files::layoutRunsInHelper({ large, options, true }));
    QVERIFY(!files::layoutRunsInHelper({ slowModel(300, 500), options, false }));
}

// Layouts that give Graphviz more than 300 nodes at once go through the
// helper, on open and on Lay Out, with the in-process result applied as one
// undo step; the example and layout-1k, whose runs are small, stay in this
// process.
void TestLayoutChild::controllerUsesHelperAboveThreshold()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"pids"_s);
    Window w(loggingHelper(dir, log));

    w.doc()->resetModel(readModel(test::examplePath()));
    QVERIFY(w.waitForLayout());
    QVERIFY(w.window->diagramScene()->hasLayout());
    w.doc()->resetModel(readModel(benchModel(u"layout-1k.json"_s)));
    QVERIFY(w.waitForLayout());
    QVERIFY(w.window->diagramScene()->hasLayout());
    QCOMPARE(loggedPids(log).size(), 0);

    // layout-1k as one organisation: one dot run on all 1,000 nodes.
    const Model model = oneOrganisation(readModel(benchModel(u"layout-1k.json"_s)));
    w.doc()->resetModel(model);
    QVERIFY(w.layout()->isBusy());
    QVERIFY(w.waitForLayout());
    QCOMPARE(loggedPids(log).size(), 1);
    QVERIFY(w.window->diagramScene()->hasLayout());
    QCOMPARE(w.doc()->undoStack()->count(), 0);

    // Lay Out stores what was only shown: one undo step. dot gives the same
    // positions in every process (neato, sfdp, circo and twopi need not on
    // a graph this large, docs/LAYOUT.md), so they must be this process's.
    w.layout()->setEngineChoice(layout::Engine::Dot);
    w.layout()->layOut();
    QVERIFY(w.waitForLayout());
    QCOMPARE(loggedPids(log).size(), 2);
    QCOMPARE(w.doc()->undoStack()->count(), 1);
    QCOMPARE(w.doc()->undoStack()->text(0), u"Layout (dot)"_s);

    layout::LayoutOptions options;
    options.labelSizes = render::calloutSizes(model);
    const layout::LayoutOutcome expected = layout::computeLayout(model, options);
    QVERIFY(expected.result);
    for (int i = 0; i < model.nodes().size(); ++i)
        QVERIFY(*w.doc()->model().nodes()[i].pos == expected.result->nodeCenters[i]);
}

// Cancel kills the helper at once: its process is gone.
void TestLayoutChild::cancelEndsHelperAtOnce()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"pids"_s);
    Window w(loggingHelper(dir, log));
    w.doc()->resetModel(slowModel(1000, 3000));
    QVERIFY(w.layout()->isBusy());
    QVERIFY(QTest::qWaitFor([&] { return !loggedPids(log).isEmpty(); }, kLayoutTimeoutMs));
    QTest::qWait(500);
    const qint64 pid = loggedPids(log).first();
    QVERIFY(processExists(pid));

    QElapsedTimer t;
    t.start();
    w.layout()->cancel();
    QVERIFY(!w.layout()->isBusy());
    QVERIFY(QTest::qWaitFor([&] { return !processExists(pid); }, int(kPromptlyMs)));
    QVERIFY2(t.elapsed() < kPromptlyMs, qPrintable(u"%1 ms"_s.arg(t.elapsed())));
    QCOMPARE(w.doc()->undoStack()->count(), 0);
}

// Closing the window (destroying the controller, whose job waits for its
// worker) during a helper's layout takes no longer than killing it.
void TestLayoutChild::closingWindowEndsHelperAtOnce()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"pids"_s);
    Window w(loggingHelper(dir, log));
    w.window->show();
    w.doc()->resetModel(slowModel(1000, 3000));
    QVERIFY(QTest::qWaitFor([&] { return !loggedPids(log).isEmpty(); }, kLayoutTimeoutMs));
    QTest::qWait(500);
    const qint64 pid = loggedPids(log).first();
    QVERIFY(w.layout()->isBusy());

    QElapsedTimer t;
    t.start();
    w.window.reset();
    const qint64 ms = t.elapsed();
    QVERIFY2(ms < kPromptlyMs, qPrintable(u"%1 ms"_s.arg(ms)));
    QVERIFY(!processExists(pid));
}

QTEST_MAIN(TestLayoutChild)
#include "tst_layoutchild.moc"
