// The structural commands (add, remove, move, paste), the merging of
// consecutive value edits, and tiers: each command is checked against a model
// worked out by hand, and undo must give back the exact model it started
// from.
#include "commands/commands.h"
#include "commands/exercisecommands.h"
#include "commands/scenariocommands.h"
#include "model/document.h"
#include "model/tiers.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wl;

namespace {

Node node(const char *id, const char *kind = "other")
{
    Node n;
    n.id = QString::fromLatin1(id);
    n.name = n.id;
    n.kind = QString::fromLatin1(kind);
    return n;
}

Edge edge(const char *id, const char *s, const char *t, QStringList data = {})
{
    Edge e;
    e.id = QString::fromLatin1(id);
    e.source = QString::fromLatin1(s);
    e.target = QString::fromLatin1(t);
    e.data = std::move(data);
    return e;
}

DataAsset asset(const char *id, const char *owner)
{
    DataAsset a;
    a.id = QString::fromLatin1(id);
    a.name = a.id;
    a.owner = QString::fromLatin1(owner);
    return a;
}

// api (internal) -> vendor -> sub; api -> cdn; lonely has no edges.
// "profiles" owned by api flows api -> vendor -> sub; "logs" owned by vendor
// flows vendor -> sub.
Model chain()
{
    Model m;
    m.name = QStringLiteral("chain");
    m.appendNode(node("api", "internal_service"));
    m.appendNode(node("vendor", "analytics"));
    m.appendNode(node("sub", "cloud_platform"));
    m.appendNode(node("cdn"));
    m.appendNode(node("lonely"));
    m.appendDataAsset(asset("profiles", "api"));
    m.appendDataAsset(asset("logs", "vendor"));
    m.appendEdge(edge("e0", "api", "vendor", { QStringLiteral("profiles") }));
    m.appendEdge(
        edge("e1", "vendor", "sub", { QStringLiteral("profiles"), QStringLiteral("logs") }));
    m.appendEdge(edge("e2", "api", "cdn"));
    return m;
}

QStringList ids(const QVector<Node> &v)
{
    QStringList out;
    for (const auto &x : v)
        out << x.id;
    return out;
}
QStringList ids(const QVector<Edge> &v)
{
    QStringList out;
    for (const auto &x : v)
        out << x.id;
    return out;
}
QStringList ids(const QVector<DataAsset> &v)
{
    QStringList out;
    for (const auto &x : v)
        out << x.id;
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

void push(Document &doc, std::unique_ptr<QUndoCommand> cmd)
{
    QVERIFY(cmd);
    doc.undoStack()->push(cmd.release());
}

int criticality(const Document &doc, int node)
{
    return doc.model().nodes()[node].criticality;
}

void setCriticality(Document &doc, int node, int value)
{
    QVERIFY(
        commands::pushSetValue(&doc, ElementType::Node, node, int(NodeField::Criticality), value));
}

// Two scenarios, "a" and "b", with default settings.
DocumentState twoScenarios()
{
    DocumentState state;
    for (const char *name : { "a", "b" }) {
        SavedScenario s;
        s.name = QString::fromLatin1(name);
        state.scenarios.append(s);
    }
    return state;
}

void setTrials(Document &doc, int index, int trials)
{
    sim::Scenario s = doc.scenarios()[index].scenario;
    s.trials = trials;
    QString error;
    push(doc,
        commands::replaceScenario(
            &doc, index, doc.scenarios()[index].name, s, QStringLiteral("Trials"), &error));
}

void setExerciseTrials(Document &doc, int trials)
{
    ExerciseSettings s = doc.exercise().settings;
    s.trials = trials;
    QString error;
    push(doc, commands::setExerciseSettings(&doc, s, QStringLiteral("Trials"), &error));
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT

private slots:
    void uniqueIds();
    void addNodeAndUndo();
    void addRejectsInvalid_data();
    void addRejectsInvalid();
    void removeNodeTakesEdgesAndOwnedAssets();
    void removeAssetLeavesEdges();
    void removeNothing();
    void moveNodesIsOneStep();
    void moveAllNodesByPlace();
    void consecutiveEditsMerge();
    void editsOfOtherTargetsDoNotMerge();
    void interruptedEditsDoNotMerge_data();
    void interruptedEditsDoNotMerge();
    void mergeBackToStartLeavesNothing();
    void modelNameEditsMerge();
    void scenarioEditsMerge();
    void scenarioAwareness();
    void exerciseSettingsEditsMerge();
    void logEntryEditsMerge();
    void logEntryReportsANotification();
    void copyFragmentKeepsInternalEdges();
    void pasteRenamesCollisions();
    void pasteRejectsDanglingEdge();
    void tiers();
    void dyingDocumentAnnouncesNothing();
};

void TestCommands::uniqueIds()
{
    Model m = chain();
    QCOMPARE(
        commands::uniqueId(m, ElementType::Node, QStringLiteral("new")), QStringLiteral("new"));
    QCOMPARE(
        commands::uniqueId(m, ElementType::Node, QStringLiteral("api")), QStringLiteral("api-2"));
    m.appendNode(node("api-2"));
    QCOMPARE(
        commands::uniqueId(m, ElementType::Node, QStringLiteral("api")), QStringLiteral("api-3"));
    QCOMPARE(
        commands::uniqueId(m, ElementType::Edge, QStringLiteral("e1")), QStringLiteral("e1-2"));
    QCOMPARE(
        commands::uniqueId(m, ElementType::DataAsset, QStringLiteral("e1")), QStringLiteral("e1"));
}

void TestCommands::addNodeAndUndo()
{
    Document doc(chain());
    QSignalSpy spy(&doc, &Document::changed);
    QString error;
    Node n = node("new", "payments");
    n.pos = QPointF(10, 20);
    push(doc, commands::addNode(&doc, n, &error));
    QCOMPARE(error, QString());
    QCOMPARE(ids(doc.model().nodes()), list({ "api", "vendor", "sub", "cdn", "lonely", "new" }));
    QCOMPARE(doc.model().nodes()[5], n);
    QCOMPARE(spy.count(), 1);
    const auto e = spy.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(e.kind, ChangeEvent::Kind::ElementInserted);
    QCOMPARE(e.index, 5);
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());

    push(doc, commands::addEdge(&doc, edge("e3", "cdn", "lonely"), &error));
    QCOMPARE(doc.model().edges()[3].source, QStringLiteral("cdn"));
    push(doc, commands::addDataAsset(&doc, asset("keys", "cdn"), &error));
    QCOMPARE(doc.model().data()[2].owner, QStringLiteral("cdn"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());
}

void TestCommands::addRejectsInvalid_data()
{
    QTest::addColumn<int>("what"); // 0 node, 1 edge, 2 asset
    QTest::addColumn<QString>("error");
    QTest::newRow("duplicate node") << 0 << QStringLiteral("id: duplicate node id \"api\"");
    QTest::newRow("self-loop") << 1 << QStringLiteral("target: source and target must differ");
    QTest::newRow("unknown owner") << 2 << QStringLiteral("owner: unknown node id \"ghost\"");
}

void TestCommands::addRejectsInvalid()
{
    QFETCH(int, what);
    QFETCH(QString, error);
    Document doc(chain());
    QString reason;
    std::unique_ptr<QUndoCommand> cmd;
    if (what == 0)
        cmd = commands::addNode(&doc, node("api"), &reason);
    else if (what == 1)
        cmd = commands::addEdge(&doc, edge("e9", "sub", "sub"), &reason);
    else
        cmd = commands::addDataAsset(&doc, asset("x", "ghost"), &reason);
    QVERIFY(!cmd);
    QCOMPARE(reason, error);
    QCOMPARE(doc.model(), chain());
}

void TestCommands::removeNodeTakesEdgesAndOwnedAssets()
{
    Document doc(chain());
    // vendor: its edges e0, e1 go; its asset "logs" goes.
    push(doc, commands::removeElements(&doc, { QStringLiteral("vendor") }, {}, {}));
    QCOMPARE(ids(doc.model().nodes()), list({ "api", "sub", "cdn", "lonely" }));
    QCOMPARE(ids(doc.model().edges()), list({ "e2" }));
    QCOMPARE(ids(doc.model().data()), list({ "profiles" }));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());
    doc.undoStack()->redo();
    QCOMPARE(ids(doc.model().nodes()), list({ "api", "sub", "cdn", "lonely" }));

    // Removing several nodes and an edge at once, in any order.
    Document doc2(chain());
    push(doc2,
        commands::removeElements(&doc2, { QStringLiteral("lonely"), QStringLiteral("api") },
            { QStringLiteral("e1") }, {}));
    QCOMPARE(ids(doc2.model().nodes()), list({ "vendor", "sub", "cdn" }));
    QCOMPARE(ids(doc2.model().edges()), QStringList());
    QCOMPARE(ids(doc2.model().data()), list({ "logs" }));
    doc2.undoStack()->undo();
    QCOMPARE(doc2.model(), chain());
}

void TestCommands::removeAssetLeavesEdges()
{
    Document doc(chain());
    push(doc, commands::removeElements(&doc, {}, {}, { QStringLiteral("profiles") }));
    QCOMPARE(ids(doc.model().data()), list({ "logs" }));
    QCOMPARE(ids(doc.model().edges()), list({ "e0", "e1", "e2" }));
    QCOMPARE(doc.model().edges()[0].data, QStringList());
    QCOMPARE(doc.model().edges()[1].data, list({ "logs" }));
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());
}

void TestCommands::removeNothing()
{
    Document doc(chain());
    QVERIFY(!commands::removeElements(&doc, { QStringLiteral("ghost") }, {}, {}));
}

void TestCommands::moveNodesIsOneStep()
{
    Document doc(chain());
    QSignalSpy spy(&doc, &Document::changed);
    QHash<QString, std::optional<QPointF>> moves;
    moves.insert(QStringLiteral("api"), QPointF(1, 2));
    moves.insert(QStringLiteral("sub"), QPointF(-3, 4.5));
    moves.insert(QStringLiteral("ghost"), QPointF(9, 9));
    push(doc, commands::moveNodes(&doc, moves, QStringLiteral("Layout")));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ChangeEvent>().kind, ChangeEvent::Kind::PositionsChanged);
    QCOMPARE(doc.model().nodes()[0].pos, std::optional<QPointF>(QPointF(1, 2)));
    QCOMPARE(doc.model().nodes()[2].pos, std::optional<QPointF>(QPointF(-3, 4.5)));
    QCOMPARE(doc.model().nodes()[1].pos, std::optional<QPointF>());
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());

    // Moving to where they are is no command at all.
    QHash<QString, std::optional<QPointF>> same;
    same.insert(QStringLiteral("api"), std::nullopt);
    QVERIFY(!commands::moveNodes(&doc, same, QStringLiteral("Move")));
}

void TestCommands::moveAllNodesByPlace()
{
    Document doc(chain());
    const QVector<QPointF> centers { { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 }, { 5, 5 } };
    // One centre per node, or nothing.
    QVERIFY(!commands::moveAllNodes(&doc, centers.mid(1), QStringLiteral("Layout")));
    push(doc, commands::moveAllNodes(&doc, centers, QStringLiteral("Layout")));
    QCOMPARE(doc.undoStack()->count(), 1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(doc.model().nodes()[i].pos, std::optional<QPointF>(centers[i]));
    QVERIFY(!commands::moveAllNodes(&doc, centers, QStringLiteral("Layout")));

    // A node in front of them all after the layout (as a command further
    // down the stack would put it): undo and redo still move each node by
    // its id, not by the place it had.
    Node first;
    first.id = QStringLiteral("first");
    doc.insertNode(0, first);
    Document *d = &doc;
    const auto posOf = [d](const char *id) { return d->model().node(QLatin1String(id))->pos; };
    doc.undoStack()->undo();
    QCOMPARE(posOf("first"), std::optional<QPointF>());
    QCOMPARE(posOf("api"), std::optional<QPointF>());
    QCOMPARE(posOf("lonely"), std::optional<QPointF>());
    doc.undoStack()->redo();
    QCOMPARE(posOf("first"), std::optional<QPointF>());
    QCOMPARE(posOf("api"), std::optional<QPointF>(QPointF(1, 1)));
    QCOMPARE(posOf("lonely"), std::optional<QPointF>(QPointF(5, 5)));
    doc.takeNode(0);
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());
}

void TestCommands::consecutiveEditsMerge()
{
    Document doc(chain());
    QCOMPARE(criticality(doc, 0), 3);
    setCriticality(doc, 0, 4);
    setCriticality(doc, 0, 5);
    setCriticality(doc, 0, 1);
    QCOMPARE(criticality(doc, 0), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change criticality of node \"api\""));
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());
    doc.undoStack()->redo();
    QCOMPARE(criticality(doc, 0), 1);
}

void TestCommands::editsOfOtherTargetsDoNotMerge()
{
    Document doc(chain());
    setCriticality(doc, 0, 4);
    QVERIFY(commands::pushSetValue(
        &doc, ElementType::Node, 0, int(NodeField::BreachLikelihood), QStringLiteral("0.5")));
    setCriticality(doc, 1, 4);
    setCriticality(doc, 0, 5);
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    QCOMPARE(criticality(doc, 0), 4);
    QCOMPARE(criticality(doc, 1), 4);
    doc.undoStack()->undo();
    QCOMPARE(criticality(doc, 1), 3);
    QCOMPARE(doc.model().nodes()[0].breachLikelihood, 0.5);

    // The same field of an edge and of a data asset: elements of another
    // type are other targets even where the field number is the same.
    Document doc2(chain());
    QVERIFY(commands::pushSetValue(
        &doc2, ElementType::Node, 0, int(NodeField::Name), QStringLiteral("API")));
    QVERIFY(commands::pushSetValue(
        &doc2, ElementType::DataAsset, 0, int(DataField::Name), QStringLiteral("Profiles")));
    QCOMPARE(doc2.undoStack()->count(), 2);
}

void TestCommands::interruptedEditsDoNotMerge_data()
{
    QTest::addColumn<int>("between"); // 0 undo and redo, 1 another command, 2 saving
    QTest::addColumn<int>("steps");
    QTest::newRow("undo and redo") << 0 << 2;
    QTest::newRow("another command") << 1 << 3;
    // The saved state stays reachable.
    QTest::newRow("saving") << 2 << 2;
}

void TestCommands::interruptedEditsDoNotMerge()
{
    QFETCH(int, between);
    QFETCH(int, steps);
    Document doc(chain());
    setCriticality(doc, 0, 4);
    QString error;
    if (between == 0) {
        doc.undoStack()->undo();
        doc.undoStack()->redo();
    } else if (between == 1) {
        push(doc, commands::addNode(&doc, node("new"), &error));
    } else {
        doc.markSaved();
    }
    setCriticality(doc, 0, 5);
    QCOMPARE(doc.undoStack()->count(), steps);
    doc.undoStack()->undo();
    QCOMPARE(criticality(doc, 0), 4);
}

void TestCommands::mergeBackToStartLeavesNothing()
{
    Document doc(chain());
    setCriticality(doc, 0, 4);
    setCriticality(doc, 0, 3);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.model(), chain());
}

void TestCommands::modelNameEditsMerge()
{
    Document doc(chain());
    push(doc, commands::setModelName(&doc, QStringLiteral("c")));
    push(doc, commands::setModelName(&doc, QStringLiteral("ch")));
    push(doc, commands::setModelName(&doc, QStringLiteral("cha")));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.model().name, QStringLiteral("cha"));
    doc.undoStack()->undo();
    QCOMPARE(doc.model().name, QStringLiteral("chain"));

    doc.undoStack()->redo();
    push(doc, commands::setModelName(&doc, QStringLiteral("chains")));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.model().name, QStringLiteral("cha"));
}

void TestCommands::scenarioEditsMerge()
{
    Document doc(chain(), twoScenarios());
    setTrials(doc, 0, 100);
    setTrials(doc, 0, 200);
    setTrials(doc, 0, 300);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.scenarios()[0].scenario.trials, 300);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenarios(), twoScenarios().scenarios);

    // Another scenario, another setting, a rename: each its own step.
    doc.undoStack()->redo();
    setTrials(doc, 1, 100);
    sim::Scenario seeded = doc.scenarios()[1].scenario;
    seeded.rngSeed = 7;
    QString error;
    push(doc, commands::replaceScenario(&doc, 1, QStringLiteral("b"), seeded, {}, &error));
    push(doc, commands::replaceScenario(&doc, 1, QStringLiteral("c"), seeded, {}, &error));
    push(doc, commands::replaceScenario(&doc, 1, QStringLiteral("d"), seeded, {}, &error));
    QCOMPARE(doc.undoStack()->count(), 5);

    // After undo and redo, a further edit is a step of its own.
    doc.undoStack()->undo();
    doc.undoStack()->redo();
    push(doc, commands::replaceScenario(&doc, 1, QStringLiteral("e"), seeded, {}, &error));
    QCOMPARE(doc.undoStack()->count(), 6);
    for (int i = 0; i < 6; ++i)
        doc.undoStack()->undo();
    QCOMPARE(doc.scenarios(), twoScenarios().scenarios);
}

void TestCommands::scenarioAwareness()
{
    Document doc(chain(), twoScenarios());
    QSignalSpy edited(&doc, &Document::scenariosChanged);
    doc.setScenarioResult(1, QByteArrayLiteral("{}"), QByteArrayLiteral("digest"));
    const QVector<sim::TimedNode> told { { QStringLiteral("vendor"), 0.0 },
        { QStringLiteral("api"), 384.0 } };
    QString error;
    push(doc, commands::setScenarioAwareness(&doc, 1, told, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(doc.scenarios()[1].awareness, told);
    QCOMPARE(doc.scenarios()[0].awareness, QVector<sim::TimedNode>());
    // Not a simulation setting: the result stays.
    QCOMPARE(doc.scenarios()[1].resultJson, QByteArrayLiteral("{}"));
    QCOMPARE(edited.last().at(0).value<ScenarioChange>().kind, ScenarioChange::Kind::Edited);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set When Parties Learnt of \"b\""));

    // Each edit is a step of its own.
    push(doc, commands::setScenarioAwareness(&doc, 1, { told[1] }, &error));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenarios()[1].awareness, told);
    doc.undoStack()->undo();
    QVERIFY(doc.scenarios()[1].awareness.isEmpty());
    doc.undoStack()->redo();

    // Unchanged: nothing, and no reason.
    QVERIFY(!commands::setScenarioAwareness(&doc, 1, told, &error));
    QVERIFY(error.isEmpty());
    // Refused, with the reason.
    QVERIFY(!commands::setScenarioAwareness(&doc, 1, { { QString(), 1.0 } }, &error));
    QCOMPARE(error, QStringLiteral("a node id must not be empty"));
    QVERIFY(!commands::setScenarioAwareness(&doc, 1, { { QStringLiteral("api"), -1.0 } }, &error));
    QCOMPARE(
        error, QStringLiteral("the time of \"api\" must be a finite number of hours, at least 0"));
    QVERIFY(!commands::setScenarioAwareness(
        &doc, 1, { { QStringLiteral("api"), 1.0 }, { QStringLiteral("api"), 2.0 } }, &error));
    QCOMPARE(error, QStringLiteral("\"api\" is given two awareness times"));
    QVERIFY(!commands::setScenarioAwareness(&doc, 2, told, &error));
    QCOMPARE(error, QStringLiteral("no such scenario"));
    // Nothing pushed: the second edit is still there to redo.
    QCOMPARE(doc.undoStack()->index(), 1);
    QCOMPARE(doc.undoStack()->count(), 2);

    // A renamed node keeps its time.
    DocumentState state = doc.state();
    state.renameNode(QStringLiteral("api"), QStringLiteral("gateway"));
    QCOMPARE(state.scenarios[1].awareness[1].node, QStringLiteral("gateway"));
}

void TestCommands::exerciseSettingsEditsMerge()
{
    Document doc(chain());
    const ExerciseSettings start = doc.exercise().settings;
    setExerciseTrials(doc, 100);
    setExerciseTrials(doc, 200);
    setExerciseTrials(doc, 300);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.exercise().settings.trials, 300);
    doc.undoStack()->undo();
    QCOMPARE(doc.exercise().settings, start);

    // Another setting, then responses: each added response is its own step.
    doc.undoStack()->redo();
    ExerciseSettings s = doc.exercise().settings;
    s.rngSeed = 9;
    QString error;
    push(doc, commands::setExerciseSettings(&doc, s, {}, &error));
    push(doc, commands::addResponse(&doc, QStringLiteral("vendor"), 2.0, &error));
    push(doc, commands::addResponse(&doc, QStringLiteral("sub"), 4.0, &error));
    QCOMPARE(doc.undoStack()->count(), 4);

    // Back to the trials edit, which was undone and redone: no merge.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    setExerciseTrials(doc, 400);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.exercise().settings.trials, 300);
    QCOMPARE(doc.exercise().settings.rngSeed, start.rngSeed);
}

void TestCommands::logEntryEditsMerge()
{
    Document doc(chain());
    QString error;
    DecisionLogEntry entry;
    entry.wallClock = QDateTime::fromString(QStringLiteral("2026-01-05T09:00:00Z"), Qt::ISODate);
    entry.text = QStringLiteral("first");
    push(doc, commands::addLogEntry(&doc, entry, &error));
    entry.text = QStringLiteral("second");
    push(doc, commands::addLogEntry(&doc, entry, &error));
    push(doc, commands::editLogEntry(&doc, 0, QStringLiteral("1st"), &error));
    push(doc, commands::editLogEntry(&doc, 0, QStringLiteral("1st!"), &error));
    push(doc, commands::editLogEntry(&doc, 1, QStringLiteral("2nd"), &error));
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.exercise().log[0].text, QStringLiteral("first"));
    QCOMPARE(doc.exercise().log[1].text, QStringLiteral("second"));
}

// A notification in the log names the party and the rule; editing the
// entry's text keeps what it reports, and undo takes both back.
void TestCommands::logEntryReportsANotification()
{
    Document doc(chain());
    QString error;
    DecisionLogEntry entry;
    entry.wallClock = QDateTime::fromString(QStringLiteral("2026-01-05T09:00:00Z"), Qt::ISODate);
    entry.exerciseHours = 40.0;
    entry.text = QStringLiteral("Told the authority");
    entry.notified = NotificationMark { QStringLiteral("api"), QString(), QString() };
    QVERIFY(!commands::addLogEntry(&doc, entry, &error));
    QCOMPARE(
        error, QStringLiteral("a notification in the log needs the party's node and the rule"));
    entry.notified->rule = QStringLiteral("gdpr-33-1");
    push(doc, commands::addLogEntry(&doc, entry, &error));
    push(doc, commands::editLogEntry(&doc, 0, QStringLiteral("Told the DPA"), &error));
    QCOMPARE(doc.exercise().log[0].text, QStringLiteral("Told the DPA"));
    QCOMPARE(doc.exercise().log[0].notified, entry.notified);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.exercise().log.isEmpty());
}

void TestCommands::copyFragmentKeepsInternalEdges()
{
    const Model f
        = commands::copyFragment(chain(), { QStringLiteral("sub"), QStringLiteral("vendor") });
    QCOMPARE(ids(f.nodes()), list({ "vendor", "sub" }));
    QCOMPARE(ids(f.data()), list({ "logs" }));
    QCOMPARE(ids(f.edges()), list({ "e1" }));
    // "profiles" is owned by api, which was not copied.
    QCOMPARE(f.edges()[0].data, list({ "logs" }));
}

void TestCommands::pasteRenamesCollisions()
{
    Document doc(chain());
    Model f = commands::copyFragment(chain(), { QStringLiteral("sub"), QStringLiteral("vendor") });
    Node placed = node("fresh");
    placed.pos = QPointF(100, 50);
    f.appendNode(placed);
    QStringList pasted;
    QString error;
    push(doc, commands::paste(&doc, f, QPointF(20, 20), &pasted, &error));
    QCOMPARE(error, QString());
    QCOMPARE(pasted, list({ "vendor-2", "sub-2", "fresh" }));
    QCOMPARE(ids(doc.model().nodes()),
        list({ "api", "vendor", "sub", "cdn", "lonely", "vendor-2", "sub-2", "fresh" }));
    QCOMPARE(ids(doc.model().data()), list({ "profiles", "logs", "logs-2" }));
    QCOMPARE(doc.model().data()[2].owner, QStringLiteral("vendor-2"));
    QCOMPARE(ids(doc.model().edges()), list({ "e0", "e1", "e2", "e1-2" }));
    const Edge &e = doc.model().edges()[3];
    QCOMPARE(e.source, QStringLiteral("vendor-2"));
    QCOMPARE(e.target, QStringLiteral("sub-2"));
    QCOMPARE(e.data, list({ "logs-2" }));
    QCOMPARE(doc.model().nodes()[7].pos, std::optional<QPointF>(QPointF(120, 70)));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), chain());
}

void TestCommands::pasteRejectsDanglingEdge()
{
    Document doc(chain());
    Model f;
    f.appendNode(node("x"));
    f.appendEdge(edge("ex", "x", "nowhere"));
    QString error;
    QVERIFY(!commands::paste(&doc, f, QPointF(), nullptr, &error));
    QCOMPARE(error, QStringLiteral("target: unknown node id \"nowhere\""));
    QCOMPARE(doc.model(), chain());
}

void TestCommands::tiers()
{
    // api 0; vendor, cdn 1 (one hop from api); sub 2; lonely unknown.
    QCOMPARE(computeTiers(chain()), (QVector<int> { 0, 1, 2, 1, kUnknownTier }));
    // Edges count in either direction: a vendor that calls into api is tier 1.
    Model m = chain();
    m.appendEdge(edge("e3", "lonely", "sub"));
    QCOMPARE(computeTiers(m), (QVector<int> { 0, 1, 2, 1, 3 }));
}

void TestCommands::dyingDocumentAnnouncesNothing()
{
    // A document with unsaved edits is destroyed: its undo stack reports
    // "clean" while dying, which must not reach the document's listeners (a
    // main window that is itself being destroyed, issue 9).
    auto doc = std::make_unique<Document>(chain());
    QString error;
    push(*doc, commands::addNode(doc.get(), node("new"), &error));
    QVERIFY(doc->isModified());
    int announced = 0;
    QObject listener;
    connect(doc.get(), &Document::modifiedChanged, &listener, [&announced] { ++announced; });
    connect(doc.get(), &Document::changed, &listener, [&announced] { ++announced; });
    doc.reset();
    QCOMPARE(announced, 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
