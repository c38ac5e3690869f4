// Views that cut a big map down (render/view.h): what each keeps, on the
// bundled example, with the expected figures worked out from its JSON here
// rather than by the code under test.
#include "io/modeljson.h"
#include "layout/layout.h"
#include "model/tiers.h"
#include "render/view.h"
#include "testmodels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace wl;
using namespace wl::render;

namespace {

QJsonObject exampleJson()
{
    QFile f(test::examplePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Model example()
{
    const ReadResult r = io::readModelJsonFile(test::examplePath());
    return r.model ? *r.model : Model();
}

ViewSpec organisationsView(const QSet<QString> &expanded = {})
{
    ViewSpec spec;
    spec.kind = ViewKind::Organisations;
    spec.expanded = expanded;
    return spec;
}

ViewSpec neighbourhoodView(const QString &centre, int hops)
{
    ViewSpec spec;
    spec.kind = ViewKind::Neighbourhood;
    spec.centre = centre;
    spec.hops = hops;
    return spec;
}

ViewSpec filterView(FilterField field, const QString &value)
{
    ViewSpec spec;
    spec.kind = ViewKind::Filter;
    spec.field = field;
    spec.value = value;
    return spec;
}

QSet<QString> nodeIds(const Model &m)
{
    QSet<QString> ids;
    for (const Node &n : m.nodes())
        ids.insert(n.id);
    return ids;
}

} // namespace

class TestViews : public QObject {
    Q_OBJECT
private slots:
    void wholeIsTheModel();
    void organisationsOfExample();
    void expandedOrganisationShowsMembers();
    void neighbourhoodOfNorthwind();
    void neighbourhoodGrowsWithHops();
    void filterKeepsMatchingNodes();
    void organisationTakesWorstMemberValue();
    void viewSpecFromName_data();
    void viewSpecFromName();
    void viewsKeepTiersAndSayWhatTheyShow();
    void organisationNodesGrowWithTheirMembers();
};

void TestViews::wholeIsTheModel()
{
    const Model m = example();
    QCOMPARE(makeView(m, {}).model, m);
}

void TestViews::organisationsOfExample()
{
    const QJsonObject json = exampleJson();
    QHash<QString, QString> organisationOf;
    for (const QJsonValue &n : json.value(QLatin1String("nodes")).toArray())
        organisationOf.insert(
            n[QLatin1String("id")].toString(), n[QLatin1String("organization")].toString());
    QSet<QPair<QString, QString>> crossing;
    for (const QJsonValue &e : json.value(QLatin1String("edges")).toArray()) {
        const QString s = organisationOf.value(e[QLatin1String("source")].toString());
        const QString t = organisationOf.value(e[QLatin1String("target")].toString());
        if (s != t)
            crossing.insert({ s, t });
    }
    QCOMPARE(organisationOf.size(), 23);
    QCOMPARE(QSet<QString>(organisationOf.cbegin(), organisationOf.cend()).size(), 14);

    const View v = makeView(example(), organisationsView());
    QCOMPARE(v.model.nodes().size(), 14);
    QCOMPARE(v.model.edges().size(), crossing.size());
    for (const Edge &e : v.model.edges())
        QVERIFY(crossing.contains({ e.source, e.target }));
    QCOMPARE(v.members.value(QStringLiteral("Acme AI")).size(), 10);

    const Diagram d = buildViewDiagram(v);
    const auto acme = std::find_if(
        d.nodes.cbegin(), d.nodes.cend(), [](const NodeVisual &n) { return n.id == u"Acme AI"; });
    QVERIFY(acme != d.nodes.cend());
    QCOMPARE(acme->name, QStringLiteral("Acme AI"));
    QCOMPARE(acme->caption, QStringLiteral("10 members"));
    QCOMPARE(acme->kind, QStringLiteral("internal_service"));
}

void TestViews::expandedOrganisationShowsMembers()
{
    const Model m = example();
    const View v = makeView(m, organisationsView({ QStringLiteral("Acme AI") }));
    // 13 other organisations and Acme AI's 10 services.
    QCOMPARE(v.model.nodes().size(), 23);
    QVERIFY(!nodeIds(v.model).contains(QStringLiteral("Acme AI")));
    for (const Node &n : m.nodes())
        if (n.organization == u"Acme AI")
            QVERIFY2(nodeIds(v.model).contains(n.id), qPrintable(n.id));
    QVERIFY(!v.isAggregated(QStringLiteral("northwind")));
    QVERIFY(v.isAggregated(QStringLiteral("Northwind Analytics Inc.")));
}

void TestViews::neighbourhoodOfNorthwind()
{
    // The example's edges touching northwind: web_dashboard -> northwind
    // (SDK) and northwind -> cumulus (hosting).
    const View v = makeView(example(), neighbourhoodView(QStringLiteral("northwind"), 1));
    QCOMPARE(nodeIds(v.model),
        (QSet<QString> { QStringLiteral("northwind"), QStringLiteral("web_dashboard"),
            QStringLiteral("cumulus") }));
    QCOMPARE(v.model.edges().size(), 2);
    QVERIFY(v.members.isEmpty());
}

void TestViews::neighbourhoodGrowsWithHops()
{
    const Model m = example();
    qsizetype previous = 0;
    for (int hops = kMinHops; hops <= kMaxHops; ++hops) {
        const View v = makeView(m, neighbourhoodView(QStringLiteral("northwind"), hops));
        QVERIFY(v.model.nodes().size() > previous);
        previous = v.model.nodes().size();
    }
    QVERIFY(
        makeView(m, neighbourhoodView(QStringLiteral("nope"), kMinHops)).model.nodes().isEmpty());
}

void TestViews::filterKeepsMatchingNodes()
{
    const Model m = example();
    const View v = makeView(m, filterView(FilterField::Kind, QStringLiteral("internal_service")));
    QCOMPARE(v.model.nodes().size(), 10);
    for (const Edge &e : v.model.edges())
        QVERIFY(v.model.node(e.source) && v.model.node(e.target));
    const View tier0 = makeView(m, filterView(FilterField::Tier, QStringLiteral("0")));
    QCOMPARE(nodeIds(tier0.model), nodeIds(v.model));
}

void TestViews::organisationTakesWorstMemberValue()
{
    const Model m = example();
    const View v = makeView(m, organisationsView());
    Overlay overlay;
    overlay.heat = HeatScale();
    overlay.heat->high = 1.0;
    double worst = 0.0;
    int i = 0;
    for (const Node &n : m.nodes()) {
        const double value = (++i % 7) / 10.0;
        overlay.nodeValues.insert(n.id, value);
        if (n.organization == u"Acme AI")
            worst = std::max(worst, value);
    }
    overlay.breached.insert(QStringLiteral("northwind"));
    const Overlay shown = viewOverlay(overlay, v);
    QCOMPARE(shown.nodeValues.value(QStringLiteral("Acme AI")), worst);
    QVERIFY(shown.breached.contains(QStringLiteral("Northwind Analytics Inc.")));
    QVERIFY(!shown.breached.contains(QStringLiteral("Acme AI")));
}

void TestViews::viewSpecFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("organisations") << QStringLiteral("organisations") << true;
    QTest::newRow("neighbourhood") << QStringLiteral("neighbourhood:a:b:4") << true;
    QTest::newRow("0 hops") << QStringLiteral("neighbourhood:a:0") << false;
    QTest::newRow("5 hops") << QStringLiteral("neighbourhood:a:5") << false;
    QTest::newRow("no id") << QStringLiteral("neighbourhood::2") << false;
    QTest::newRow("no hops") << QStringLiteral("neighbourhood:a") << false;
    QTest::newRow("unknown") << QStringLiteral("organizations") << false;
    QTest::newRow("filter") << QStringLiteral("filter:tag=frontend") << true;
    QTest::newRow("filter, unknown tier") << QStringLiteral("filter:tier=unknown") << true;
    QTest::newRow("filter, tier") << QStringLiteral("filter:tier=2") << true;
    QTest::newRow("filter, no value") << QStringLiteral("filter:kind=") << false;
    QTest::newRow("filter, no field") << QStringLiteral("filter:=US") << false;
    QTest::newRow("filter, unknown field") << QStringLiteral("filter:country=US") << false;
    QTest::newRow("filter, negative tier") << QStringLiteral("filter:tier=-1") << false;
}

void TestViews::viewSpecFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString error;
    const std::optional<ViewSpec> spec = render::viewSpecFromName(name, &error);
    QCOMPARE(spec.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (name == u"neighbourhood:a:b:4") {
        QCOMPARE(spec->centre, QStringLiteral("a:b"));
        QCOMPARE(spec->hops, 4);
    }
    if (name == u"filter:tag=frontend") {
        QCOMPARE(spec->kind, ViewKind::Filter);
        QCOMPARE(spec->field, FilterField::Tag);
        QCOMPARE(spec->value, QStringLiteral("frontend"));
    }
    if (name == u"filter:tier=unknown")
        QCOMPARE(spec->value, QString::number(kUnknownTier));
}

// A view draws the document's tiers, not tiers recomputed on the part it
// shows (which may lack the internal services they count from), and its
// page says which view it is.
void TestViews::viewsKeepTiersAndSayWhatTheyShow()
{
    const Model m = example();
    const QVector<int> tiers = computeTiers(m);
    const View fourth = makeView(m, filterView(FilterField::Tier, QStringLiteral("2")));
    const Diagram d = buildViewDiagram(fourth);
    QVERIFY(!d.nodes.isEmpty());
    for (const NodeVisual &n : d.nodes)
        QCOMPARE(n.tier, tiers[m.nodeIndex(n.id)]);
    QCOMPARE(d.summary,
        QStringLiteral("Filter: tier = 2 · %1 nodes · 0 connections · %1 organisations")
            .arg(d.nodes.size()));

    ViewSpec spec;
    spec.kind = ViewKind::Organisations;
    const Diagram organisations = buildViewDiagram(makeView(m, spec));
    QCOMPARE(organisations.summary,
        QStringLiteral("Organisations view · 14 nodes · %1 connections · 14 organisations")
            .arg(organisations.edges.size()));
    // An organisation's tier is its members' lowest.
    for (const NodeVisual &n : organisations.nodes) {
        int lowest = kUnknownTier;
        for (int i = 0; i < m.nodes().size(); ++i)
            if (m.nodes()[i].organization == n.name && tiers[i] != kUnknownTier
                && (lowest == kUnknownTier || tiers[i] < lowest))
                lowest = tiers[i];
        QCOMPARE(n.tier, lowest);
    }
    QVERIFY(buildViewDiagram(makeView(m, {})).summary.isEmpty());
}

// An organisation's node is 1 + log10(members) / 2 times the standard size,
// at most twice; laid out with those sizes, no two boxes overlap and the
// edges end on the enlarged borders.
void TestViews::organisationNodesGrowWithTheirMembers()
{
    const Model m = example();
    ViewSpec spec;
    spec.kind = ViewKind::Organisations;
    const View view = makeView(m, spec);
    const QVector<double> scales = viewNodeScales(view);
    QCOMPARE(scales.size(), view.model.nodes().size());
    for (int i = 0; i < scales.size(); ++i) {
        const QString &id = view.model.nodes()[i].id;
        // Acme AI has the example's 10 internal services; every other
        // organisation one member.
        QCOMPARE(scales[i], id == u"Acme AI" ? 1.5 : 1.0);
    }
    Model hundred;
    Node hub;
    hub.id = QStringLiteral("hub");
    hub.organization = QStringLiteral("Big");
    for (int i = 0; i < 150; ++i) {
        hub.id = QStringLiteral("n%1").arg(i);
        hundred.appendNode(hub);
    }
    QCOMPARE(viewNodeScales(makeView(hundred, spec)), QVector<double> { 2.0 });

    const layout::LayoutOutcome o = layout::computeLayout(
        view.model, { layout::Engine::Dot, true, calloutSizes(view.model), scales });
    QVERIFY(o.result);
    const Diagram d = buildViewDiagram(view, &*o.result);
    for (int i = 0; i < d.nodes.size(); ++i) {
        QCOMPARE(d.nodes[i].scale, scales[i]);
        for (int j = i + 1; j < d.nodes.size(); ++j)
            QVERIFY2(!nodeRect(d.nodes[i].center, d.nodes[i].scale)
                          .intersects(nodeRect(d.nodes[j].center, d.nodes[j].scale)),
                qPrintable(d.nodes[i].id + QStringLiteral(" × ") + d.nodes[j].id));
    }
    const int acme = view.model.nodeIndex(QStringLiteral("Acme AI"));
    const QRectF acmeBox = nodeRect(d.nodes[acme].center, 1.5);
    for (int k = 0; k < d.edges.size(); ++k) {
        if (view.model.edges()[k].source != u"Acme AI")
            continue;
        // Where the edge leaves Acme AI: on its border, not inside it.
        const QPointF start = d.edges[k].path.elementAt(0);
        const double fromBorder = std::min(
            { std::abs(start.x() - acmeBox.left()), std::abs(start.x() - acmeBox.right()),
                std::abs(start.y() - acmeBox.top()), std::abs(start.y() - acmeBox.bottom()) });
        QVERIFY2(fromBorder < 3.0, qPrintable(d.edges[k].id));
    }
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
