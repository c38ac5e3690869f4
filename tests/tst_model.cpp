// Model field rules, the Document's change signal and the value-change
// command's undo/redo.
#include "commands/commands.h"
#include "model/document.h"
#include "model/tiers.h"
#include "testmodels.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace wl;
using namespace Qt::StringLiterals;

namespace {

// a -> b carrying "x" (owned by a), b -> c carrying nothing; d isolated;
// "y" owned by c flows nowhere; edge b -> c also claims "x", which b holds
// (it is a target of a -> b), so that is fine.
Model smallModel()
{
    Model m;
    m.name = QStringLiteral("small");
    for (const char *id : { "a", "b", "c", "d" }) {
        Node n;
        n.id = QString::fromLatin1(id);
        n.name = n.id;
        m.appendNode(n);
    }
    DataAsset x;
    x.id = QStringLiteral("x");
    x.owner = QStringLiteral("a");
    m.appendDataAsset(x);
    DataAsset y;
    y.id = QStringLiteral("y");
    y.owner = QStringLiteral("c");
    m.appendDataAsset(y);
    Edge ab;
    ab.id = QStringLiteral("e0");
    ab.source = QStringLiteral("a");
    ab.target = QStringLiteral("b");
    ab.data = { QStringLiteral("x") };
    m.appendEdge(ab);
    Edge bc;
    bc.id = QStringLiteral("e1");
    bc.source = QStringLiteral("b");
    bc.target = QStringLiteral("c");
    bc.data = { QStringLiteral("x") };
    m.appendEdge(bc);
    return m;
}

} // namespace

class TestModel : public QObject {
    Q_OBJECT

private slots:
    void indexIdsThenAdopt();
    void edgeEndIndexesOnSeveralThreads();
    void vocabularyLabels();
    void tierOneDependentsCountEveryVendorAbove();
    void mayChangeSimulation_data();
    void mayChangeSimulation();
    void scenarioEditsAreNotModelChanges();
    void logChangesAreAnnouncedBeforeTheyHappen();
    void checkValue_data();
    void checkValue();
    void keysAndIndexesByType();
    void warnings();
    void warningForAssetSentByNonHolder();
    void warningsAsAPlainSearchFindsThem();
    void renameNodeUpdatesReferences();
    void renameAssetUpdatesFlows();
    void setValueUndoRedo();
    void rejectedEditPushesNothing();
    void equalEditPushesNothing();
    void undoOfIdRenameFindsElement();
    void changeSignal();
    void modifiedFollowsCleanState();
    void defaultArcProbabilities_data();
    void defaultArcProbabilities();
};

void TestModel::checkValue_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error");

    const int node = int(ElementType::Node);
    const int data = int(ElementType::DataAsset);
    const int edge = int(ElementType::Edge);
    const QString prob = QStringLiteral("must be a number from 0 to 1");

    QTest::newRow("node id ok") << node << 0 << int(NodeField::Id) << QVariant(QStringLiteral("z"))
                                << QString();
    QTest::newRow("node id same") << node << 0 << int(NodeField::Id)
                                  << QVariant(QStringLiteral("a")) << QString();
    QTest::newRow("node id empty") << node << 0 << int(NodeField::Id) << QVariant(QString())
                                   << QStringLiteral("must be a non-empty string");
    QTest::newRow("node id duplicate")
        << node << 0 << int(NodeField::Id) << QVariant(QStringLiteral("b"))
        << QStringLiteral("duplicate node id \"b\"");
    QTest::newRow("gdpr ok") << node << 0 << int(NodeField::GdprRole)
                             << QVariant(QStringLiteral("subprocessor")) << QString();
    QTest::newRow("gdpr bad") << node << 0 << int(NodeField::GdprRole)
                              << QVariant(QStringLiteral("owner"))
                              << QStringLiteral(
                                     "must be one of controller, joint_controller, processor, "
                                     "subprocessor, none");
    QTest::newRow("likelihood 1") << node << 0 << int(NodeField::BreachLikelihood) << QVariant(1.0)
                                  << QString();
    QTest::newRow("likelihood text") << node << 0 << int(NodeField::BreachLikelihood)
                                     << QVariant(QStringLiteral("0.25")) << QString();
    QTest::newRow("likelihood 1.5")
        << node << 0 << int(NodeField::BreachLikelihood) << QVariant(1.5) << prob;
    QTest::newRow("likelihood nan")
        << node << 0 << int(NodeField::BreachLikelihood) << QVariant(qQNaN()) << prob;
    QTest::newRow("control -0.1") << node << 0 << int(NodeField::ControlStrength) << QVariant(-0.1)
                                  << prob;
    QTest::newRow("criticality 0") << node << 0 << int(NodeField::Criticality) << QVariant(0)
                                   << QStringLiteral("must be an integer from 1 to 5");
    QTest::newRow("criticality 2.5") << node << 0 << int(NodeField::Criticality) << QVariant(2.5)
                                     << QStringLiteral("must be an integer from 1 to 5");
    QTest::newRow("x text") << node << 0 << int(NodeField::X) << QVariant(QStringLiteral("left"))
                            << QStringLiteral("must be a number");
    QTest::newRow("x empty clears")
        << node << 0 << int(NodeField::X) << QVariant(QString()) << QString();
    QTest::newRow("owner ok") << data << 0 << int(DataField::Owner) << QVariant(QStringLiteral("d"))
                              << QString();
    QTest::newRow("owner unknown")
        << data << 0 << int(DataField::Owner) << QVariant(QStringLiteral("q"))
        << QStringLiteral("unknown node id \"q\"");
    QTest::newRow("asset id duplicate")
        << data << 0 << int(DataField::Id) << QVariant(QStringLiteral("y"))
        << QStringLiteral("duplicate data asset id \"y\"");
    QTest::newRow("records 2^53") << data << 0 << int(DataField::Records)
                                  << QVariant(9007199254740992.0) << QString();
    QTest::newRow("records 2^53+2")
        << data << 0 << int(DataField::Records) << QVariant(9007199254740994.0)
        << QStringLiteral("must be an integer from 0 to 9007199254740992");
    QTest::newRow("records -1") << data << 0 << int(DataField::Records) << QVariant(-1)
                                << QStringLiteral("must be an integer from 0 to 9007199254740992");
    QTest::newRow("sensitivity 6") << data << 0 << int(DataField::Sensitivity) << QVariant(6)
                                   << QStringLiteral("must be an integer from 1 to 5");
    QTest::newRow("source self-loop")
        << edge << 0 << int(EdgeField::Source) << QVariant(QStringLiteral("b"))
        << QStringLiteral("source and target must differ");
    QTest::newRow("target unknown")
        << edge << 0 << int(EdgeField::Target) << QVariant(QStringLiteral("zz"))
        << QStringLiteral("unknown node id \"zz\"");
    QTest::newRow("target ok") << edge << 0 << int(EdgeField::Target)
                               << QVariant(QStringLiteral("d")) << QString();
    QTest::newRow("edge id duplicate")
        << edge << 0 << int(EdgeField::Id) << QVariant(QStringLiteral("e1"))
        << QStringLiteral("duplicate edge id \"e1\"");
    QTest::newRow("edge data text ok")
        << edge << 0 << int(EdgeField::Data) << QVariant(QStringLiteral("x, y")) << QString();
    QTest::newRow("edge data unknown")
        << edge << 0 << int(EdgeField::Data) << QVariant(QStringLiteral("x, w"))
        << QStringLiteral("unknown data asset id \"w\"");
    QTest::newRow("edge data twice")
        << edge << 0 << int(EdgeField::Data)
        << QVariant(QStringList { QStringLiteral("x"), QStringLiteral("x") })
        << QStringLiteral("data asset \"x\" listed twice");
    QTest::newRow("p_backward 2") << edge << 0 << int(EdgeField::PBackward) << QVariant(2.0)
                                  << prob;
    QTest::newRow("delay 0") << edge << 0 << int(EdgeField::DelayHours) << QVariant(0.0)
                             << QStringLiteral("must be a number greater than 0");
    QTest::newRow("delay inf") << edge << 0 << int(EdgeField::DelayHours) << QVariant(qInf())
                               << QStringLiteral("must be a number greater than 0");
    QTest::newRow("delay 0.5") << edge << 0 << int(EdgeField::DelayHours) << QVariant(0.5)
                               << QString();
    // Readers pass an invalid QVariant for a value of the wrong type.
    QTest::newRow("probability of the wrong type")
        << node << 0 << int(NodeField::BreachLikelihood) << QVariant() << prob;
    QTest::newRow("x of the wrong type: absent")
        << node << 0 << int(NodeField::X) << QVariant() << QString();
    // Integers are taken exactly: through a double 2^53 + 1 would be 2^53.
    QTest::newRow("records 2^53 as an integer")
        << data << 0 << int(DataField::Records) << QVariant(qint64(1) << 53) << QString();
    QTest::newRow("records 2^53 + 1 as an integer")
        << data << 0 << int(DataField::Records) << QVariant((qint64(1) << 53) + 1)
        << QStringLiteral("must be an integer from 0 to 9007199254740992");
}

void TestModel::checkValue()
{
    QFETCH(int, type);
    QFETCH(int, index);
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    const Model m = smallModel();
    QCOMPARE(m.checkValue(ElementType(type), index, field, value), error);
    // The readers' part of the rules (no model needed) never disagrees with
    // the whole check: it finds the same reason, or none.
    const QString valueRule = Model::checkFieldValue(ElementType(type), field, value);
    QVERIFY2(valueRule.isEmpty() || valueRule == error, qPrintable(valueRule));
}

void TestModel::keysAndIndexesByType()
{
    QCOMPARE(fieldKey(ElementType::Node, int(NodeField::BreachLikelihood)),
        QStringLiteral("breach_likelihood"));
    QCOMPARE(fieldKey(ElementType::DataAsset, int(DataField::Records)), QStringLiteral("records"));
    QCOMPARE(
        fieldKey(ElementType::Edge, int(EdgeField::DelayHours)), QStringLiteral("delay_hours"));

    const Model m = smallModel();
    QCOMPARE(m.index(ElementType::Node, QStringLiteral("c")), 2);
    QCOMPARE(m.index(ElementType::DataAsset, QStringLiteral("y")), 1);
    QCOMPARE(m.index(ElementType::Edge, QStringLiteral("e1")), 1);
    // Ids are per type: "a" is a node, not an edge.
    QCOMPARE(m.index(ElementType::Edge, QStringLiteral("a")), -1);
}

void TestModel::indexIdsThenAdopt()
{
    const Model small = smallModel();
    qsizetype repeat = 0;
    const QHash<QString, int> nodes = indexIds(small.nodes(), &repeat);
    QCOMPARE(repeat, qsizetype(-1));
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(nodes.value(QStringLiteral("c")), 2);

    // The first repeat is found where it is: e0 again after e0 and e1.
    QVector<Edge> edges = small.edges();
    edges.append(edges.constFirst());
    edges.append(edges.constLast());
    indexIds(edges, &repeat);
    QCOMPARE(repeat, qsizetype(small.edges().size()));

    Model m;
    m.name = small.name;
    m.adoptNodes(small.nodes(), nodes);
    for (const DataAsset &a : small.data())
        m.appendDataAsset(a);
    m.adoptEdges(small.edges(), indexIds(small.edges(), &repeat));
    QVERIFY(m == small);
    QCOMPARE(m.nodeIndex(QStringLiteral("d")), 3);
    QCOMPARE(m.edgeIndex(QStringLiteral("e1")), 1);
    QCOMPARE(m.edgeIndex(QStringLiteral("a")), -1);
}

void TestModel::edgeEndIndexesOnSeveralThreads()
{
    // Enough edges to be shared out among threads (20,000 each), and two
    // ends that are no node, at the start and at the end.
    Model m = test::generatedModel(16, 2000, 45000, 10);
    QVERIFY(m.edges().size() >= 40000);
    Edge dangling = m.edges().constFirst();
    dangling.id = QStringLiteral("dangling");
    dangling.target = QStringLiteral("nowhere");
    m.appendEdge(dangling);
    const std::vector<std::array<int, 2>> ends = edgeEndIndexes(m);
    QCOMPARE(qsizetype(ends.size()), m.edges().size());
    for (qsizetype i = 0; i < m.edges().size(); ++i) {
        const Edge &e = m.edges()[i];
        QCOMPARE(ends[size_t(i)][0], m.nodeIndex(e.source));
        QCOMPARE(ends[size_t(i)][1], m.nodeIndex(e.target));
    }
    QCOMPARE(ends.back()[1], -1);
    QVERIFY(ends.back()[0] >= 0);
}

void TestModel::warnings()
{
    const QStringList expected = {
        QStringLiteral("node \"d\" has no edges"),
        QStringLiteral("data asset \"y\" flows over no edge"),
    };
    QCOMPARE(modelWarnings(smallModel()), expected);
}

void TestModel::warningForAssetSentByNonHolder()
{
    Model m = smallModel();
    // c -> d carrying x: c holds x only through b -> c, which carries x, so
    // first drop x from e1 to make c a non-holder.
    m.setValue(ElementType::Edge, 1, int(EdgeField::Data), QStringList());
    Edge cd;
    cd.id = QStringLiteral("e2");
    cd.source = QStringLiteral("c");
    cd.target = QStringLiteral("d");
    cd.data = { QStringLiteral("x") };
    m.appendEdge(cd);
    const QStringList expected = {
        QStringLiteral("data asset \"y\" flows over no edge"),
        QStringLiteral("edge \"e2\" sends data asset \"x\" from \"c\", which does not hold it"),
    };
    QCOMPARE(modelWarnings(m), expected);
}

void TestModel::warningsAsAPlainSearchFindsThem()
{
    // A generated model with every kind of warning, checked against a
    // search that follows the rules' words: a node no edge touches, an
    // asset no edge lists, and a flow whose source neither owns the asset
    // nor is the target of an edge that carries it.
    Model m = test::generatedModel(41, 1500, 3000, 40);
    DataAsset idle;
    idle.id = QStringLiteral("idle");
    idle.owner = m.nodes().constFirst().id;
    m.appendDataAsset(idle);
    QStringList expected;
    for (const Node &n : m.nodes())
        if (std::none_of(m.edges().begin(), m.edges().end(),
                [&](const Edge &e) { return e.source == n.id || e.target == n.id; }))
            expected << QStringLiteral("node \"%1\" has no edges").arg(n.id);
    for (const DataAsset &a : m.data())
        if (std::none_of(m.edges().begin(), m.edges().end(),
                [&](const Edge &e) { return e.data.contains(a.id); }))
            expected << QStringLiteral("data asset \"%1\" flows over no edge").arg(a.id);
    qsizetype nonHolders = 0;
    for (const Edge &e : m.edges())
        for (const QString &id : e.data) {
            const bool holds = m.dataAsset(id)->owner == e.source
                || std::any_of(m.edges().begin(), m.edges().end(),
                    [&](const Edge &f) { return f.target == e.source && f.data.contains(id); });
            if (!holds) {
                ++nonHolders;
                expected << QStringLiteral(
                    "edge \"%1\" sends data asset \"%2\" from \"%3\", which does not hold it")
                                .arg(e.id, id, e.source);
            }
        }
    // The model has warnings of each kind, and flows that are fine.
    QVERIFY(expected.first().startsWith(u"node "));
    QVERIFY(expected.contains(u"data asset \"idle\" flows over no edge"_s));
    QVERIFY(nonHolders > 0);
    QVERIFY(nonHolders < std::accumulate(
                m.edges().begin(), m.edges().end(), qsizetype(0),
                [](qsizetype n, const Edge &e) { return n + e.data.size(); }));
    QCOMPARE(modelWarnings(m), expected);
}

void TestModel::renameNodeUpdatesReferences()
{
    Model m = smallModel();
    m.setValue(ElementType::Node, 1, int(NodeField::Id), QStringLiteral("b2"));
    QCOMPARE(m.nodes()[1].id, QStringLiteral("b2"));
    QCOMPARE(m.edges()[0].target, QStringLiteral("b2"));
    QCOMPARE(m.edges()[1].source, QStringLiteral("b2"));
    QCOMPARE(m.nodeIndex(QStringLiteral("b2")), 1);
    QCOMPARE(m.nodeIndex(QStringLiteral("b")), -1);

    m.setValue(ElementType::Node, 0, int(NodeField::Id), QStringLiteral("a2"));
    QCOMPARE(m.data()[0].owner, QStringLiteral("a2"));

    // The document's scenarios and exercise follow a renamed node: seeds,
    // severance plan, the breached vendor and the responses.
    SavedScenario s;
    s.name = QStringLiteral("breach");
    s.scenario.mode = sim::Mode::Seeded;
    s.scenario.seeds = { { QStringLiteral("b2"), 0.0 }, { QStringLiteral("c"), 5.0 } };
    s.scenario.sever = { { QStringLiteral("b2"), 30.0 } };
    DocumentState state;
    state.scenarios.append(s);
    state.exercise.settings.vendor = QStringLiteral("b2");
    state.exercise.settings.responses
        = { { QStringLiteral("c"), 1.0 }, { QStringLiteral("b2"), 2.0 } };
    Document doc;
    doc.resetModel(m, state);
    doc.setValue(ElementType::Node, 1, int(NodeField::Id), QStringLiteral("vendor"));
    QCOMPARE(doc.model().nodes()[1].id, QStringLiteral("vendor"));
    QCOMPARE(doc.scenarios()[0].scenario.seeds[0].node, QStringLiteral("vendor"));
    QCOMPARE(doc.scenarios()[0].scenario.seeds[1].node, QStringLiteral("c"));
    QCOMPARE(doc.scenarios()[0].scenario.sever[0].node, QStringLiteral("vendor"));
    QCOMPARE(doc.exercise().settings.vendor, QStringLiteral("vendor"));
    QCOMPARE(doc.exercise().settings.responses[0].node, QStringLiteral("c"));
    QCOMPARE(doc.exercise().settings.responses[1].node, QStringLiteral("vendor"));
}

void TestModel::renameAssetUpdatesFlows()
{
    Model m = smallModel();
    m.setValue(ElementType::DataAsset, 0, int(DataField::Id), QStringLiteral("x2"));
    QCOMPARE(m.edges()[0].data, QStringList { QStringLiteral("x2") });
    QCOMPARE(m.edges()[1].data, QStringList { QStringLiteral("x2") });
    QCOMPARE(m.dataIndex(QStringLiteral("x2")), 0);
}

void TestModel::setValueUndoRedo()
{
    Document doc(smallModel());
    QString error;
    QVERIFY(commands::pushSetValue(&doc, ElementType::Node, 2, int(NodeField::BreachLikelihood),
        QStringLiteral("0.125"), &error));
    QCOMPARE(error, QString());
    QCOMPARE(doc.model().nodes()[2].breachLikelihood, 0.125);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.model().nodes()[2].breachLikelihood, 0.0);
    doc.undoStack()->redo();
    QCOMPARE(doc.model().nodes()[2].breachLikelihood, 0.125);

    QVERIFY(commands::pushSetValue(
        &doc, ElementType::Node, 2, int(NodeField::Tags), QStringLiteral(" pii ,  eu,"), &error));
    QCOMPARE(
        doc.model().nodes()[2].tags, (QStringList { QStringLiteral("pii"), QStringLiteral("eu") }));

    QVERIFY(commands::pushSetValue(&doc, ElementType::Node, 3, int(NodeField::X), 10.5, &error));
    QCOMPARE(doc.model().nodes()[3].pos, std::optional<QPointF>(QPointF(10.5, 0.0)));
    QVERIFY(commands::pushSetValue(&doc, ElementType::Node, 3, int(NodeField::Y), -4, &error));
    QCOMPARE(doc.model().nodes()[3].pos, std::optional<QPointF>(QPointF(10.5, -4.0)));
    // Clearing one coordinate removes the position; undo brings both back.
    QVERIFY(
        commands::pushSetValue(&doc, ElementType::Node, 3, int(NodeField::Y), QString(), &error));
    QCOMPARE(doc.model().nodes()[3].pos, std::optional<QPointF>());
    doc.undoStack()->undo();
    QCOMPARE(doc.model().nodes()[3].pos, std::optional<QPointF>(QPointF(10.5, -4.0)));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.model().nodes()[3].pos, std::optional<QPointF>());
}

void TestModel::rejectedEditPushesNothing()
{
    Document doc(smallModel());
    QString error;
    QVERIFY(!commands::pushSetValue(
        &doc, ElementType::Edge, 0, int(EdgeField::PForward), 1.01, &error));
    QCOMPARE(error, QStringLiteral("p_forward: must be a number from 0 to 1"));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.model(), smallModel());
}

void TestModel::equalEditPushesNothing()
{
    Document doc(smallModel());
    QString error;
    QVERIFY(commands::pushSetValue(
        &doc, ElementType::Edge, 0, int(EdgeField::DelayHours), QStringLiteral("24"), &error));
    QCOMPARE(error, QString());
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestModel::undoOfIdRenameFindsElement()
{
    Document doc(smallModel());
    QVERIFY(commands::pushSetValue(
        &doc, ElementType::Node, 1, int(NodeField::Id), QStringLiteral("vendor")));
    QVERIFY(commands::pushSetValue(
        &doc, ElementType::Node, 1, int(NodeField::Name), QStringLiteral("Vendor")));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.model(), smallModel());
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(doc.model().nodes()[1].id, QStringLiteral("vendor"));
    QCOMPARE(doc.model().nodes()[1].name, QStringLiteral("Vendor"));
    QCOMPARE(doc.model().edges()[0].target, QStringLiteral("vendor"));
}

void TestModel::changeSignal()
{
    Document doc(smallModel());
    QSignalSpy spy(&doc, &Document::changed);
    const quint64 before = doc.simulationRevision();
    QVERIFY(commands::pushSetValue(&doc, ElementType::DataAsset, 1, int(DataField::Records), 42));
    QCOMPARE(spy.count(), 1);
    const auto e = spy.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(e.kind, ChangeEvent::Kind::ValueChanged);
    QCOMPARE(e.element, ElementType::DataAsset);
    QCOMPARE(e.index, 1);
    QCOMPARE(e.field, int(DataField::Records));
    QCOMPARE(doc.simulationRevision(), before + 1);
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(doc.simulationRevision(), before + 2);

    doc.resetModel(Model());
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<ChangeEvent>().kind, ChangeEvent::Kind::Reset);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestModel::modifiedFollowsCleanState()
{
    Document doc(smallModel());
    QSignalSpy spy(&doc, &Document::modifiedChanged);
    QVERIFY(!doc.isModified());
    QVERIFY(commands::pushSetValue(
        &doc, ElementType::Node, 0, int(NodeField::Notes), QStringLiteral("n")));
    QVERIFY(doc.isModified());
    doc.markSaved();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());
    doc.markModified();
    QVERIFY(doc.isModified());
    // One signal per real transition: modified, saved, undo, redo, marked.
    const QList<bool> expected = { true, false, true, false, true };
    QList<bool> seen;
    for (const auto &args : spy)
        seen << args.at(0).toBool();
    QCOMPARE(seen, expected);
}

void TestModel::defaultArcProbabilities_data()
{
    QTest::addColumn<QString>("integration");
    QTest::addColumn<double>("forward");
    QTest::addColumn<double>("backward");
    // FORMAT.md §1, "Default arc probabilities by integration".
    QTest::newRow("api_call") << QStringLiteral("api_call") << 0.10 << 0.02;
    QTest::newRow("data_export") << QStringLiteral("data_export") << 0.05 << 0.0;
    QTest::newRow("sdk_embedded") << QStringLiteral("sdk_embedded") << 0.0 << 0.60;
    QTest::newRow("credential_delegation")
        << QStringLiteral("credential_delegation") << 0.0 << 0.40;
    QTest::newRow("network_peering") << QStringLiteral("network_peering") << 0.30 << 0.30;
    QTest::newRow("code_dependency") << QStringLiteral("code_dependency") << 0.0 << 0.50;
    QTest::newRow("other") << QStringLiteral("other") << 0.05 << 0.05;
    QTest::newRow("unknown") << QStringLiteral("carrier_pigeon") << 0.05 << 0.05;
}

void TestModel::defaultArcProbabilities()
{
    QFETCH(QString, integration);
    QFETCH(double, forward);
    QFETCH(double, backward);
    const auto [f, b] = vocab::defaultArcProbabilities(integration);
    QCOMPARE(f, forward);
    QCOMPARE(b, backward);
}

void TestModel::mayChangeSimulation_data()
{
    using K = ChangeEvent::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("element");
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("changes");
    const int node = int(ElementType::Node);
    const int edge = int(ElementType::Edge);
    QTest::newRow("reset") << int(K::Reset) << node << -1 << true;
    QTest::newRow("inserted") << int(K::ElementInserted) << edge << -1 << true;
    QTest::newRow("removed") << int(K::ElementRemoved) << node << -1 << true;
    QTest::newRow("likelihood") << int(K::ValueChanged) << node << int(NodeField::BreachLikelihood)
                                << true;
    QTest::newRow("node id") << int(K::ValueChanged) << node << int(NodeField::Id) << true;
    QTest::newRow("x") << int(K::ValueChanged) << node << int(NodeField::X) << false;
    QTest::newRow("y") << int(K::ValueChanged) << node << int(NodeField::Y) << false;
    QTest::newRow("pinned") << int(K::ValueChanged) << node << int(NodeField::Pinned) << false;
    // Field numbers are per element type: an edge's field with X's number
    // is not a position.
    QTest::newRow("edge field") << int(K::ValueChanged) << edge << int(NodeField::X) << true;
    QTest::newRow("positions") << int(K::PositionsChanged) << node << -1 << false;
    QTest::newRow("model name") << int(K::NameChanged) << node << -1 << false;
}

void TestModel::mayChangeSimulation()
{
    QFETCH(int, kind);
    QFETCH(int, element);
    QFETCH(int, field);
    QFETCH(bool, changes);
    ChangeEvent e;
    e.kind = ChangeEvent::Kind(kind);
    e.element = ElementType(element);
    e.field = field;
    QCOMPARE(wl::mayChangeSimulation(e), changes);
}

// Scenarios are document state, not the model results are computed on: their
// edits come as typed ScenarioChange events and never as a ChangeEvent.
void TestModel::scenarioEditsAreNotModelChanges()
{
    Document doc(smallModel());
    QSignalSpy model(&doc, &Document::changed);
    QSignalSpy scenarios(&doc, &Document::scenariosChanged);
    SavedScenario s;
    s.name = QStringLiteral("breach");
    doc.insertScenario(0, s);
    s.name = QStringLiteral("renamed");
    doc.replaceScenario(0, s);
    doc.setScenarioResult(0, QByteArrayLiteral("{}"), QByteArrayLiteral("d"));
    QCOMPARE(doc.takeScenario(0).name, QStringLiteral("renamed"));
    QCOMPARE(model.count(), 0);
    const QList<ScenarioChange::Kind> expected { ScenarioChange::Kind::Inserted,
        ScenarioChange::Kind::Edited, ScenarioChange::Kind::ResultStored,
        ScenarioChange::Kind::Removed };
    QCOMPARE(scenarios.count(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const auto change = scenarios.at(i).at(0).value<ScenarioChange>();
        QCOMPARE(change.kind, expected[i]);
        QCOMPARE(change.index, 0);
    }
    QVERIFY(doc.isModified()); // a stored result is worth saving
}

// Item models of the decision log begin their row changes on
// exerciseAboutToChange: it comes, for inserted and removed entries only,
// while the log is still as it was, and exerciseChanged comes after.
void TestModel::logChangesAreAnnouncedBeforeTheyHappen()
{
    Document doc(smallModel());
    QStringList seen;
    const auto record = [&doc, &seen](const QString &signal, const ExerciseChange &change) {
        seen << QStringLiteral("%1 %2 at %3, log size %4")
                    .arg(signal)
                    .arg(int(change.kind))
                    .arg(change.index)
                    .arg(doc.exercise().log.size());
    };
    connect(&doc, &Document::exerciseAboutToChange, this,
        [&record](const ExerciseChange &c) { record(QStringLiteral("about to"), c); });
    connect(&doc, &Document::exerciseChanged, this,
        [&record](const ExerciseChange &c) { record(QStringLiteral("changed"), c); });

    const DecisionLogEntry entry { QDateTime::currentDateTimeUtc(), 1.0, QStringLiteral("log"),
        {} };
    doc.insertLogEntry(0, entry);
    doc.replaceLogEntry(0, entry);
    QCOMPARE(doc.takeLogEntry(0), entry);
    const int inserted = int(ExerciseChange::Kind::LogInserted);
    const int edited = int(ExerciseChange::Kind::LogEdited);
    const int removed = int(ExerciseChange::Kind::LogRemoved);
    const QStringList expected {
        QStringLiteral("about to %1 at 0, log size 0").arg(inserted),
        QStringLiteral("changed %1 at 0, log size 1").arg(inserted),
        QStringLiteral("changed %1 at 0, log size 1").arg(edited),
        QStringLiteral("about to %1 at 0, log size 1").arg(removed),
        QStringLiteral("changed %1 at 0, log size 0").arg(removed),
    };
    QCOMPARE(seen, expected);
}

// The vocabularies' values by the names people use; other values
// humanised.
void TestModel::vocabularyLabels()
{
    QCOMPARE(vocab::label(QStringLiteral("internal_service")), QStringLiteral("Internal service"));
    QCOMPARE(vocab::label(QStringLiteral("api_call")), QStringLiteral("API call"));
    QCOMPARE(vocab::label(QStringLiteral("customer_pii")), QStringLiteral("Customer PII"));
    QCOMPARE(vocab::label(QStringLiteral("joint_controller")), QStringLiteral("Joint controller"));
    QCOMPARE(vocab::label(QStringLiteral("saas_crm")), QStringLiteral("Saas crm"));
    QCOMPARE(vocab::label(QString()), QString());
    for (const QStringList *list : { &vocab::knownKinds(), &vocab::gdprRoles(),
             &vocab::knownCategories(), &vocab::knownIntegrations() })
        for (const QString &value : *list) {
            const QString label = vocab::label(value);
            QVERIFY2(!label.contains(u'_') && label.at(0).isUpper(), qPrintable(value));
        }
}

QTEST_GUILESS_MAIN(TestModel)
// tierOneDependents against the definition, one search per vendor, on
// random graphs with cycles and with more vendors than one pass of its
// bits holds (1,024): 1,500 vendors under one internal service, 400 deeper
// nodes, random edges among vendors and deeper nodes in both directions.
void TestModel::tierOneDependentsCountEveryVendorAbove()
{
    for (const quint32 seed : { 1u, 2u, 3u }) {
        QRandomGenerator random(seed);
        Model m;
        const auto add = [&m](const QString &id, const QString &kind) {
            Node n;
            n.id = id;
            n.kind = kind;
            m.appendNode(n);
        };
        add(QStringLiteral("app"), QStringLiteral("internal_service"));
        const int vendors = 1500;
        const int deeper = 400;
        for (int i = 0; i < vendors; ++i)
            add(QStringLiteral("v%1").arg(i), QStringLiteral("saas"));
        for (int i = 0; i < deeper; ++i)
            add(QStringLiteral("d%1").arg(i), QStringLiteral("saas"));
        const auto connect = [&m](int source, int target) {
            Edge e;
            e.id = QStringLiteral("e%1").arg(m.edges().size());
            e.source = m.nodes()[source].id;
            e.target = m.nodes()[target].id;
            m.appendEdge(e);
        };
        for (int i = 1; i <= vendors; ++i)
            connect(0, i);
        const int n = 1 + vendors + deeper;
        for (int k = 0; k < 2500; ++k) {
            const int source = 1 + int(random.bounded(vendors + deeper));
            const int target = 1 + int(random.bounded(vendors + deeper));
            if (source != target)
                connect(source, target);
        }
        const QVector<int> tiers = computeTiers(m);

        // The definition: a search from every tier-1 node.
        QVector<QVector<int>> next(n);
        for (const Edge &e : m.edges())
            next[m.nodeIndex(e.source)].append(m.nodeIndex(e.target));
        QVector<int> expected(n, 0);
        for (int u = 0; u < n; ++u) {
            if (tiers[u] != 1)
                continue;
            QVector<bool> seen(n, false);
            QVector<int> queue { u };
            seen[u] = true;
            for (qsizetype head = 0; head < queue.size(); ++head)
                for (int w : std::as_const(next[queue[head]]))
                    if (!seen[w]) {
                        seen[w] = true;
                        ++expected[w];
                        queue.append(w);
                    }
        }
        QCOMPARE(tierOneDependents(m, tiers), expected);
    }
}

#include "tst_model.moc"
