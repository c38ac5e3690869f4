// The drawing code path and the exporters: geometry of buildDiagram, levels
// of detail, and SVG/PNG/PDF files that are complete and atomic.
#include "io/modeljson.h"
#include "layout/layout.h"
#include "model/tiers.h"
#include "pdfpages.h"
#include "render/diagram.h"
#include "render/export.h"
#include "render/heatmap.h"
#include "testmodels.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <numbers>

using namespace wl;
using namespace wl::render;

Q_DECLARE_METATYPE(wl::render::Detail)
Q_DECLARE_METATYPE(wl::render::ExportFormat)
Q_DECLARE_METATYPE(wl::Model)

namespace {

Node makeNode(const QString &id, const QString &name, const QString &kind,
    const QString &organization, std::optional<QPointF> pos)
{
    Node n;
    n.id = id;
    n.name = name;
    n.kind = kind;
    n.organization = organization;
    n.pos = pos;
    return n;
}

Edge makeEdge(const QString &id, const QString &source, const QString &target,
    const QString &integration, const QStringList &data = {}, const QString &label = {})
{
    Edge e;
    e.id = id;
    e.source = source;
    e.target = target;
    e.integration = integration;
    e.data = data;
    e.label = label;
    return e;
}

// Five nodes with short names (nothing elided or wrapped), three
// organisations, one node with no organisation and no edge (tier unknown).
Model smallModel()
{
    Model m;
    m.name = QStringLiteral("Small chain");
    m.appendNode(makeNode(QStringLiteral("gw"), QStringLiteral("Gateway"),
        QStringLiteral("internal_service"), QStringLiteral("Acme"), QPointF(100, 100)));
    m.appendNode(makeNode(QStringLiteral("an"), QStringLiteral("Analytics"),
        QStringLiteral("analytics"), QStringLiteral("Northwind"), QPointF(400, 100)));
    m.appendNode(makeNode(QStringLiteral("cl"), QStringLiteral("Cloud"),
        QStringLiteral("cloud_platform"), QStringLiteral("Cumulus"), QPointF(400, 300)));
    m.appendNode(makeNode(QStringLiteral("lab"), QStringLiteral("Labels"),
        QStringLiteral("data_labeling"), QString(), QPointF(100, 300)));
    m.appendNode(makeNode(QStringLiteral("orphan"), QStringLiteral("Orphan"),
        QStringLiteral("other"), QString(), QPointF(700, 300)));
    DataAsset profiles;
    profiles.id = QStringLiteral("profiles");
    profiles.name = QStringLiteral("Profiles");
    profiles.owner = QStringLiteral("gw");
    m.appendDataAsset(profiles);
    DataAsset logs;
    logs.id = QStringLiteral("logs");
    logs.name = QStringLiteral("Logs");
    logs.owner = QStringLiteral("gw");
    m.appendDataAsset(logs);
    m.appendEdge(makeEdge(QStringLiteral("e0"), QStringLiteral("gw"), QStringLiteral("an"),
        QStringLiteral("sdk_embedded"), { QStringLiteral("profiles") }, QStringLiteral("SDK")));
    m.appendEdge(makeEdge(QStringLiteral("e1"), QStringLiteral("an"), QStringLiteral("cl"),
        QStringLiteral("data_export"), { QStringLiteral("profiles"), QStringLiteral("logs") }));
    m.appendEdge(makeEdge(QStringLiteral("e2"), QStringLiteral("gw"), QStringLiteral("lab"),
        QStringLiteral("api_call")));
    return m;
}

// Per node name, kind and tier chip; per cluster its title; per edge its
// label and one line per asset (none has more than four).
constexpr int kSmallFullTexts = 5 * 3 + 3 + 3 + (1 + 2);
constexpr int kSmallReducedTexts = 5 + 3;

QByteArray paintToSvg(const Diagram &d, Detail detail, const QRectF &exposed = QRectF())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setViewBox(d.bounds);
    QPainter p(&svg);
    paintDiagram(&p, d, detail, false, exposed);
    p.end();
    return buffer.data();
}

qsizetype countTextElements(const QByteArray &svg)
{
    return svg.count("<text");
}

QStringList svgTexts(const QByteArray &svg, QString *error, QString *viewBox)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"svg")
            *viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        else if (xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return texts;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool sameRect(const QRectF &a, const QRectF &b)
{
    return qFuzzyCompare(a.left() + 1000, b.left() + 1000)
        && qFuzzyCompare(a.top() + 1000, b.top() + 1000) && qFuzzyCompare(a.width(), b.width())
        && qFuzzyCompare(a.height(), b.height());
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT

private slots:
    void diffMarksDrawn();
    void clusterLayerLooksLikeEachBox();
    void detailForScale_data();
    void detailForScale();
    void tierColors();
    void straightEdge_data();
    void straightEdge();
    void gridPlacementOfExample();
    void gridGoesBelowPlacedNodes();
    void layoutIsFollowed();
    void organisationNamesAreNeverCut();
    void storedPositionsKeepOrganisationBoxes();
    void organisationBoxesAsDrawnDoNotOverlap_data();
    void organisationBoxesAsDrawnDoNotOverlap();
    void parallelEdgesSeparate();
    void labelsAndAssets();
    void levelsOfDetail();
    void exposedLimitsWork();
    void exportFormatForPath_data();
    void exportFormatForPath();
    void exportSvg();
    void exportPng_data();
    void exportPng();
    void darkPrintColours();
    void exportPdf_data();
    void exportPdf();
    void pdfPageChoice_data();
    void pdfPageChoice();
    void pdfAtNaturalSizeTiles();
    void exportIntoMissingDirectory_data();
    void exportIntoMissingDirectory();
    void failedExportKeepsExistingFile();
    void exportSvgWithOverlay();
    void heatAtEveryDetail_data();
    void heatAtEveryDetail();
    void breachedSeedAtEveryDetail_data();
    void breachedSeedAtEveryDetail();
    void exportLegendOutsideDrawing_data();
    void exportLegendOutsideDrawing();
};

void TestRender::detailForScale_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<Detail>("detail");
    QTest::newRow("4") << 4.0 << Detail::Full;
    QTest::newRow("1") << 1.0 << Detail::Full;
    QTest::newRow("0.65") << 0.65 << Detail::Full;
    QTest::newRow("0.5") << 0.5 << Detail::Reduced;
    QTest::newRow("0.35") << 0.35 << Detail::Reduced;
    QTest::newRow("0.2") << 0.2 << Detail::Minimal;
    QTest::newRow("0.01") << 0.01 << Detail::Minimal;
}

void TestRender::detailForScale()
{
    QFETCH(double, scale);
    QFETCH(Detail, detail);
    QCOMPARE(render::detailForScale(scale), detail);
}

void TestRender::tierColors()
{
    const QList<QColor> distinct
        = { tierColor(0), tierColor(1), tierColor(2), tierColor(3), tierColor(kUnknownTier) };
    for (qsizetype i = 0; i < distinct.size(); ++i)
        for (qsizetype j = i + 1; j < distinct.size(); ++j)
            QVERIFY2(distinct[i] != distinct[j], qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
    QCOMPARE(tierColor(7), tierColor(3)); // "3+" is one colour
    QCOMPARE(tierColor(-5), tierColor(kUnknownTier));
}

void TestRender::straightEdge_data()
{
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<double>("offset");
    QTest::addColumn<QPointF>("start");
    QTest::addColumn<QPointF>("tip");
    QTest::addColumn<double>("angle");
    // Boxes are 160 × 48: half extents 80 and 24.
    QTest::newRow("rightwards") << QPointF(0, 0) << QPointF(300, 0) << 0.0 << QPointF(80, 0)
                                << QPointF(220, 0) << 0.0;
    QTest::newRow("leftwards") << QPointF(300, 0) << QPointF(0, 0) << 0.0 << QPointF(220, 0)
                               << QPointF(80, 0) << std::numbers::pi;
    QTest::newRow("downwards") << QPointF(0, 0) << QPointF(0, 300) << 0.0 << QPointF(0, 24)
                               << QPointF(0, 276) << std::numbers::pi / 2;
    // Direction (-0.6, 0.8): the horizontal borders are hit first, 30 along.
    QTest::newRow("diagonal") << QPointF(400, 100) << QPointF(250, 300) << 0.0 << QPointF(382, 124)
                              << QPointF(268, 276) << std::atan2(0.8, -0.6);
    // The right of travel in y-down coordinates is +y for a rightward edge.
    QTest::newRow("offset") << QPointF(0, 0) << QPointF(300, 0) << 10.0 << QPointF(80, 10)
                            << QPointF(220, 10) << 0.0;
    // Boxes overlap (centres 100 apart, boxes 160 wide): centre to centre.
    QTest::newRow("overlapping") << QPointF(0, 0) << QPointF(100, 0) << 0.0 << QPointF(0, 0)
                                 << QPointF(100, 0) << 0.0;
}

void TestRender::straightEdge()
{
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    QFETCH(double, offset);
    QFETCH(QPointF, start);
    QFETCH(QPointF, tip);
    QFETCH(double, angle);
    const EdgeVisual e = render::straightEdge(from, to, offset);
    QCOMPARE(e.path.elementCount(), 2);
    QCOMPARE(QPointF(e.path.elementAt(0)), start);
    QCOMPARE(QPointF(e.path.elementAt(1)), tip);
    QCOMPARE(e.arrowTip, tip);
    QCOMPARE(e.arrowAngle, angle);
    QCOMPARE(e.labelPos, (start + tip) / 2);
}

void TestRender::gridPlacementOfExample()
{
    const ReadResult read = io::readModelJsonFile(test::examplePath());
    QVERIFY2(read.ok(), qPrintable(read.message()));
    const Model &m = *read.model;
    for (const Node &n : m.nodes())
        QVERIFY(!n.pos); // else this test would not test the grid
    const Diagram d = buildDiagram(m);

    QCOMPARE(d.nodes.size(), m.nodes().size());
    for (qsizetype i = 0; i < d.nodes.size(); ++i) {
        QCOMPARE(d.nodes[i].id, m.nodes()[i].id);
        QVERIFY(d.bounds.contains(nodeRect(d.nodes[i].center)));
        for (qsizetype j = i + 1; j < d.nodes.size(); ++j)
            QVERIFY2(!nodeRect(d.nodes[i].center).intersects(nodeRect(d.nodes[j].center)),
                qPrintable(d.nodes[i].id + QStringLiteral(" overlaps ") + d.nodes[j].id));
    }

    // One cluster per organisation, in order of first appearance, holding its
    // members and no other node.
    QStringList organizations;
    for (const Node &n : m.nodes())
        if (!n.organization.isEmpty() && !organizations.contains(n.organization))
            organizations.append(n.organization);
    QCOMPARE(d.clusters.size(), organizations.size());
    for (qsizetype c = 0; c < d.clusters.size(); ++c) {
        QCOMPARE(d.clusters[c].organization, organizations[c]);
        QVERIFY(d.bounds.contains(d.clusters[c].box));
        for (qsizetype i = 0; i < d.nodes.size(); ++i) {
            const QRectF r = nodeRect(d.nodes[i].center);
            if (m.nodes()[i].organization == organizations[c])
                QVERIFY(d.clusters[c].box.contains(r));
            else
                QVERIFY2(!d.clusters[c].box.intersects(r),
                    qPrintable(organizations[c] + QStringLiteral(" covers ") + d.nodes[i].id));
        }
    }

    // Tiers from the graph: Northwind is reached from the dashboard in one
    // hop, Cumulus only through Northwind or Lumen.
    const auto tierOf
        = [&](const char *id) { return d.nodes[m.nodeIndex(QString::fromLatin1(id))].tier; };
    QCOMPARE(tierOf("web_dashboard"), 0);
    QCOMPARE(tierOf("northwind"), 1);
    QCOMPARE(tierOf("cumulus"), 2);
}

void TestRender::gridGoesBelowPlacedNodes()
{
    Model m;
    m.appendNode(makeNode(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("other"),
        QString(), QPointF(500, 200)));
    for (int i = 0; i < 6; ++i)
        m.appendNode(makeNode(QStringLiteral("n%1").arg(i), QStringLiteral("N%1").arg(i),
            QStringLiteral("other"), i < 3 ? QStringLiteral("Org") : QString(), std::nullopt));
    const Diagram d = buildDiagram(m);
    QCOMPARE(d.nodes[0].center, QPointF(500, 200));
    const double placedBottom = 200 + kNodeHeight / 2;
    for (qsizetype i = 1; i < d.nodes.size(); ++i)
        QVERIFY2(nodeRect(d.nodes[i].center).top() > placedBottom, qPrintable(d.nodes[i].id));
    QCOMPARE(d.clusters.size(), 1);
    QVERIFY(d.clusters[0].box.top() > placedBottom);
}

void TestRender::layoutIsFollowed()
{
    Model m;
    m.appendNode(makeNode(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("other"),
        QStringLiteral("X"), QPointF(-900, -900)));
    m.appendNode(makeNode(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("other"),
        QStringLiteral("X"), std::nullopt));
    m.appendNode(makeNode(QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("other"),
        QStringLiteral("Y"), std::nullopt));
    m.appendNode(makeNode(QStringLiteral("d"), QStringLiteral("D"), QStringLiteral("other"),
        QString(), QPointF(500, 500)));
    m.appendEdge(makeEdge(QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("api_call")));
    m.appendEdge(makeEdge(QStringLiteral("bc"), QStringLiteral("b"), QStringLiteral("c"),
        QStringLiteral("api_call")));
    m.appendEdge(makeEdge(QStringLiteral("cd"), QStringLiteral("c"), QStringLiteral("d"),
        QStringLiteral("api_call")));

    // The layout knows only the first three nodes (as if d were added since)
    // and a cluster box for X only.
    layout::LayoutResult lr;
    lr.nodeCenters = { QPointF(100, 100), QPointF(400, 100), QPointF(250, 300) };
    layout::EdgeRoute ab;
    ab.points = { QPointF(180, 100), QPointF(250, 80), QPointF(300, 80), QPointF(320, 100) };
    ab.labelPos = QPointF(250, 70);
    layout::EdgeRoute cd; // ignored: d is not where the layout put it
    cd.points = { QPointF(0, 0), QPointF(1, 1), QPointF(2, 2), QPointF(3, 3) };
    lr.edges = { ab, layout::EdgeRoute(), cd };
    lr.clusters = { layout::ClusterBox { QStringLiteral("X"), QRectF(10, 40, 480, 100) } };

    const Diagram d = buildDiagram(m, &lr);
    QCOMPARE(d.nodes[0].center, QPointF(100, 100)); // the layout wins over a stored position
    QCOMPARE(d.nodes[1].center, QPointF(400, 100));
    QCOMPARE(d.nodes[2].center, QPointF(250, 300));
    QCOMPARE(d.nodes[3].center, QPointF(500, 500));

    const EdgeVisual &routed = d.edges[0];
    QCOMPARE(routed.path.elementCount(), 4); // moveTo and one cubic (three elements)
    QCOMPARE(QPointF(routed.path.elementAt(0)), QPointF(180, 100));
    QCOMPARE(QPointF(routed.path.elementAt(1)), QPointF(250, 80));
    QCOMPARE(QPointF(routed.path.elementAt(2)), QPointF(300, 80));
    QCOMPARE(QPointF(routed.path.elementAt(3)), QPointF(320, 100));
    QCOMPARE(routed.arrowTip, QPointF(320, 100));
    QCOMPARE(routed.arrowAngle, std::numbers::pi / 4); // from (300, 80) to (320, 100)
    QCOMPARE(routed.labelPos, QPointF(250, 70));

    // Straight, b (400, 100) to c (250, 300): direction (-0.6, 0.8) leaves
    // b's box through its bottom 30 along, enters c's through its top.
    const EdgeVisual &bc = d.edges[1];
    QCOMPARE(bc.path.elementCount(), 2);
    QCOMPARE(QPointF(bc.path.elementAt(0)), QPointF(382, 124));
    QCOMPARE(bc.arrowTip, QPointF(268, 276));
    // c (250, 300) to d (500, 500): direction ∝ (250, 200), through the
    // horizontal borders, 24 down and 24 × 250 / 200 = 30 across.
    const EdgeVisual &cdVisual = d.edges[2];
    QCOMPARE(cdVisual.path.elementCount(), 2);
    QCOMPARE(QPointF(cdVisual.path.elementAt(0)), QPointF(280, 324));
    QCOMPARE(cdVisual.arrowTip, QPointF(470, 476));

    QCOMPARE(d.clusters.size(), 2);
    QCOMPARE(d.clusters[0].organization, QStringLiteral("X"));
    QCOMPARE(d.clusters[0].box, QRectF(10, 40, 480, 100));
    // Y from its one member, c (box 170..330 × 276..324): 14 around, plus 20
    // for the title above.
    QCOMPARE(d.clusters[1].organization, QStringLiteral("Y"));
    QVERIFY(sameRect(d.clusters[1].box, QRectF(QPointF(156, 242), QPointF(344, 338))));
    QVERIFY(d.clusters[1].box.contains(nodeRect(d.nodes[2].center)));

    for (const NodeVisual &n : d.nodes)
        QVERIFY(d.bounds.contains(nodeRect(n.center)));
    for (const ClusterVisual &c : d.clusters)
        QVERIFY(d.bounds.contains(c.box));
    for (const EdgeVisual &e : d.edges)
        QVERIFY(d.bounds.contains(edgeBounds(e)));
    // Whole points, so that exports have whole-pixel sizes.
    QCOMPARE(d.bounds.left(), std::floor(d.bounds.left()));
    QCOMPARE(d.bounds.width(), std::floor(d.bounds.width()));
}

// A box from a single member is as wide as the node; a longer name widens
// it (centred on the member) rather than being elided.
void TestRender::organisationNamesAreNeverCut()
{
    const QString longName = QStringLiteral("Northwind Analytics and Observability Holdings Inc.");
    Model m;
    m.appendNode(makeNode(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("other"),
        longName, QPointF(100, 100)));
    m.appendNode(makeNode(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("other"),
        QStringLiteral("Short"), QPointF(600, 100)));
    const Diagram d = buildDiagram(m);
    QCOMPARE(d.clusters.size(), 2);
    const QRectF wide = d.clusters[0].box;
    QVERIFY(wide.contains(nodeRect(d.nodes[0].center)));
    QVERIFY(wide.width() > nodeRect(d.nodes[0].center).width() + 2 * 14.0);
    QCOMPARE(wide.center().x(), d.nodes[0].center.x());
    // A short name leaves the box as its member makes it: 14 around.
    QVERIFY(sameRect(
        d.clusters[1].box, nodeRect(d.nodes[1].center).adjusted(-14.0, -14.0 - 20.0, 14.0, 14.0)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orgs.svg"));
    QString error;
    QVERIFY2(exportDiagram(d, path, ExportFormat::Svg, ExportOptions(), &error), qPrintable(error));
    QString xmlError, viewBox;
    const QStringList texts = svgTexts(readAll(path), &xmlError, &viewBox);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    QVERIFY(texts.contains(longName));
    QVERIFY(texts.contains(QStringLiteral("Short")));
}

// Issue 11, item 1: neato, routing edges between fixed nodes, reports each
// organisation's box as its members' bare extent, with no room for the
// title, which the members then cover. The drawing of a model with stored
// positions (reopened, or laid out by the CLI) must frame every member with
// room for the title above it, as a fresh layout does.
void TestRender::storedPositionsKeepOrganisationBoxes()
{
    const ReadResult read = io::readModelJsonFile(test::examplePath());
    QVERIFY2(read.ok(), qPrintable(read.message()));
    Model m = *read.model;
    const layout::LayoutOutcome placed
        = layout::computeLayout(m, { layout::Engine::Dot, true, {}, {} });
    QVERIFY2(placed.result, qPrintable(placed.error));
    for (int i = 0; i < m.nodes().size(); ++i)
        m.setPosition(i, placed.result->nodeCenters.at(i));
    const layout::LayoutOutcome routed = layout::routeEdges(m);
    QVERIFY2(routed.result, qPrintable(routed.error));
    const Diagram d = buildDiagram(m, &*routed.result);

    QHash<QString, QRectF> boxes;
    for (const ClusterVisual &c : d.clusters)
        boxes.insert(c.organization, c.box);
    int framed = 0;
    for (int i = 0; i < m.nodes().size(); ++i) {
        const QString &organisation = m.nodes().at(i).organization;
        if (organisation.isEmpty())
            continue;
        QVERIFY2(boxes.contains(organisation), qPrintable(organisation));
        const QRectF box = boxes.value(organisation);
        const QRectF node = nodeRect(d.nodes.at(i).center);
        QVERIFY2(box.contains(node), qPrintable(m.nodes().at(i).id));
        // The title row (20 pt) lies above every member.
        QVERIFY2(node.top() - box.top() >= 20.0, qPrintable(m.nodes().at(i).id));
        ++framed;
    }
    QVERIFY(framed >= 20);
}

namespace {

// Pairs of organisation boxes in `d` whose interiors meet, named.
QStringList overlappingClusters(const Diagram &d)
{
    QVector<ClusterVisual> boxes = d.clusters;
    std::sort(boxes.begin(), boxes.end(),
        [](const ClusterVisual &a, const ClusterVisual &b) { return a.box.left() < b.box.left(); });
    QStringList pairs;
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size() && boxes[j].box.left() < boxes[i].box.right();
             ++j)
            if (boxes[i].box.intersects(boxes[j].box))
                pairs << boxes[i].organization + u'/' + boxes[j].organization;
    return pairs;
}

} // namespace

void TestRender::organisationBoxesAsDrawnDoNotOverlap_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("model");
    for (const QString &engine : layout::engineNames()) {
        QTest::addRow("%s, example", qPrintable(engine)) << engine << test::examplePath();
        QTest::addRow("%s, layout-200", qPrintable(engine))
            << engine << test::sharedDir() + QStringLiteral("/bench/layout-200.json");
    }
    QTest::newRow("dot, layout-1k")
        << QStringLiteral("dot") << test::sharedDir() + QStringLiteral("/bench/layout-1k.json");
}

// Issue 11, item 17: the organisation boxes the drawing frames, titles
// included, never overlap: right after a layout (the layout's boxes, widened
// for long titles) and from the positions it stored (framed around the
// members, as `weaklink-cli layout` and then `export` draw them).
void TestRender::organisationBoxesAsDrawnDoNotOverlap()
{
    QFETCH(QString, engine);
    QFETCH(QString, model);
    const ReadResult read = io::readModelJsonFile(model);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    Model m = *read.model;
    const layout::LayoutOutcome laid
        = layout::computeLayout(m, { *layout::engineFromName(engine), true, {}, {} });
    QVERIFY2(laid.result, qPrintable(laid.error));
    const Diagram fresh = buildDiagram(m, &*laid.result);
    QVERIFY(!fresh.clusters.isEmpty());
    QCOMPARE(overlappingClusters(fresh), QStringList());

    for (int i = 0; i < m.nodes().size(); ++i)
        m.setPosition(i, laid.result->nodeCenters.at(i));
    const layout::LayoutOutcome routed = layout::routeEdges(m);
    QVERIFY2(routed.result, qPrintable(routed.error));
    QCOMPARE(overlappingClusters(buildDiagram(m, &*routed.result)), QStringList());
}

void TestRender::parallelEdgesSeparate()
{
    Model m;
    m.appendNode(makeNode(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("other"),
        QString(), QPointF(0, 0)));
    m.appendNode(makeNode(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("other"),
        QString(), QPointF(300, 0)));
    m.appendEdge(makeEdge(QStringLiteral("e0"), QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("api_call")));
    m.appendEdge(makeEdge(QStringLiteral("e1"), QStringLiteral("b"), QStringLiteral("a"),
        QStringLiteral("api_call")));
    m.appendEdge(makeEdge(QStringLiteral("e2"), QStringLiteral("a"), QStringLiteral("b"),
        QStringLiteral("data_export")));
    const Diagram d = buildDiagram(m);
    // Three edges on one pair: 14 apart, centred on the line between them.
    QSet<double> heights;
    for (const EdgeVisual &e : d.edges) {
        QCOMPARE(e.path.elementAt(0).y, e.arrowTip.y());
        heights.insert(e.arrowTip.y());
    }
    QCOMPARE(heights, QSet<double>({ -14.0, 0.0, 14.0 }));
    QCOMPARE(d.edges[1].arrowTip, QPointF(80, 0)); // b→a, leftwards into a's right border
}

void TestRender::labelsAndAssets()
{
    const Diagram d = buildDiagram(smallModel());
    QCOMPARE(d.title, QStringLiteral("Small chain"));
    QCOMPARE(d.edges[0].label, QStringLiteral("SDK"));
    QCOMPARE(d.edges[1].label, QStringLiteral("Data export")); // the integration
    QCOMPARE(d.edges[2].label, QStringLiteral("API call"));
    QCOMPARE(d.edges[0].assets, QStringList { QStringLiteral("Profiles") });
    QCOMPARE(
        d.edges[1].assets, QStringList({ QStringLiteral("Profiles"), QStringLiteral("Logs") }));
    QVERIFY(d.edges[2].assets.isEmpty());
    QCOMPARE(d.nodes[0].tier, 0);
    QCOMPARE(d.nodes[1].tier, 1);
    QCOMPARE(d.nodes[2].tier, 2);
    QCOMPARE(d.nodes[4].tier, kUnknownTier);
}

void TestRender::levelsOfDetail()
{
    const Diagram d = buildDiagram(smallModel());
    const QByteArray full = paintToSvg(d, Detail::Full);
    const QByteArray reduced = paintToSvg(d, Detail::Reduced);
    const QByteArray minimal = paintToSvg(d, Detail::Minimal);
    QCOMPARE(countTextElements(full), kSmallFullTexts);
    QCOMPARE(countTextElements(reduced), kSmallReducedTexts);
    QCOMPARE(countTextElements(minimal), 0);
    QVERIFY(full.contains(">SDK<"));
    QVERIFY(!reduced.contains(">SDK<"));
}

void TestRender::exposedLimitsWork()
{
    const Diagram d = buildDiagram(smallModel());
    // Only the orphan (700, 300), away from every cluster and edge: its name
    // is the one text of the Reduced picture.
    const QRectF orphan = nodeRect(QPointF(700, 300));
    const QByteArray svg = paintToSvg(d, Detail::Reduced, orphan);
    QCOMPARE(countTextElements(svg), 1);
    QVERIFY(svg.contains(">Orphan<"));
}

void TestRender::exportFormatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("svg") << QStringLiteral("/tmp/a.svg") << int(ExportFormat::Svg);
    QTest::newRow("PNG") << QStringLiteral("A.PNG") << int(ExportFormat::Png);
    QTest::newRow("Pdf") << QStringLiteral("dir.x/b.Pdf") << int(ExportFormat::Pdf);
    QTest::newRow("json") << QStringLiteral("a.json") << -1;
    QTest::newRow("no suffix") << QStringLiteral("svg") << -1;
    QTest::newRow("folder suffix") << QStringLiteral("a.svg/b") << -1;
}

void TestRender::exportFormatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<ExportFormat> f = render::exportFormatForPath(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TestRender::exportSvg()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.svg"));
    const Diagram d = buildDiagram(smallModel());
    QString error;
    QVERIFY2(exportDiagram(d, path, ExportFormat::Svg, ExportOptions(), &error), qPrintable(error));
    QString xmlError, viewBox;
    const QStringList texts = svgTexts(readAll(path), &xmlError, &viewBox);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    for (const char *name : { "Gateway", "Analytics", "Cloud", "Labels", "Orphan" })
        QVERIFY2(texts.contains(QString::fromLatin1(name)), name);
    QVERIFY(texts.contains(QStringLiteral("Legend")));
    QVERIFY(texts.contains(QStringLiteral("Small chain")));
    const QRectF page = diagramPageRect(d, true);
    QVERIFY(page.contains(d.bounds));
    // The legend beside the diagram or below it.
    const QSizeF legend = legendSize();
    QVERIFY(page.width() >= d.bounds.width() + legend.width()
        || page.height() >= d.bounds.height() + legend.height());
    QCOMPARE(viewBox,
        QStringLiteral("%1 %2 %3 %4")
            .arg(page.left())
            .arg(page.top())
            .arg(page.width())
            .arg(page.height()));
}

void TestRender::exportPng_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("legend");
    QTest::newRow("1, legend") << 1.0 << true;
    QTest::newRow("2, legend") << 2.0 << true;
    QTest::newRow("1.5, no legend") << 1.5 << false;
}

void TestRender::exportPng()
{
    QFETCH(double, scale);
    QFETCH(bool, legend);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.png"));
    const Diagram d = buildDiagram(smallModel());
    ExportOptions options;
    options.pngScale = scale;
    options.legend = legend;
    QString error;
    QVERIFY2(exportDiagram(d, path, ExportFormat::Png, options, &error), qPrintable(error));

    QImage image(path);
    QVERIFY(!image.isNull());
    // The page rect is in whole points; the image is that times the scale,
    // rounded up.
    const QRectF page = diagramPageRect(d, legend);
    QCOMPARE(page.width(), std::round(page.width()));
    QCOMPARE(image.size(),
        QSize(int(std::ceil(page.width() * scale)), int(std::ceil(page.height() * scale))));
    QCOMPARE(image.dotsPerMeterX(), int(std::lround(scale * 72 / 0.0254)));

    // Not blank: white around the diagram, and the tier-0 blue of the
    // gateway's band somewhere.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QCOMPARE(QColor(rgb.pixel(0, 0)), QColor(Qt::white));
    QSet<QRgb> colours;
    bool band = false;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb px = rgb.pixel(x, y) & 0xFFFFFF;
            colours.insert(px);
            band = band || px == (tierColor(0).rgb() & 0xFFFFFF);
        }
    QVERIFY(colours.size() > 20);
    QVERIFY(band);
}

void TestRender::darkPrintColours()
{
    const Diagram d = buildDiagram(smallModel());
    // Pixels of `image` in colour `c`, and the lightest pixel's lightness.
    const auto count = [](const QImage &image, const QColor &c) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += QColor(image.pixel(x, y)).rgb() == c.rgb();
        return n;
    };
    const QColor darkPaper(0x1B, 0x1E, 0x23);
    const QColor darkNode(0x2B, 0x30, 0x38);
    const QImage light = diagramImage(d, 1.0, true).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(printColors(), PrintColors::Light);
    QCOMPARE(QColor(light.pixel(0, 0)), QColor(Qt::white));
    QCOMPARE(count(light, darkPaper), 0);

    QImage dark;
    {
        const PrintColorsScope scope(PrintColors::Dark);
        QCOMPARE(paperColor(), darkPaper);
        dark = diagramImage(d, 1.0, true).convertToFormat(QImage::Format_RGB32);
    }
    QCOMPARE(printColors(), PrintColors::Light);
    QCOMPARE(dark.size(), light.size());
    QCOMPARE(QColor(dark.pixel(0, 0)), darkPaper);
    // The nodes' boxes on dark paper, their tier bands as on light paper,
    // and light text.
    QVERIFY(count(dark, darkNode) > 100);
    QVERIFY(count(dark, tierColor(0)) > 10);
    QCOMPARE(count(dark, tierColor(0)), count(light, tierColor(0)));
    QVERIFY(count(dark, QColor(0xE6, 0xE8, 0xEB)) > 20);

    // Set for the process, it reaches painting threads; a scope on this
    // thread overrides it here only.
    setPrintColors(PrintColors::Dark);
    const auto restore = qScopeGuard([] { setPrintColors(PrintColors::Light); });
    const QImage worker = QtConcurrent::run([&d] { return diagramImage(d, 1.0, true); })
                              .result()
                              .convertToFormat(QImage::Format_RGB32);
    QCOMPARE(QColor(worker.pixel(0, 0)), darkPaper);
    const PrintColorsScope scope(PrintColors::Light);
    QCOMPARE(QColor(diagramImage(d, 1.0, true).pixel(0, 0)), QColor(Qt::white));
}

void TestRender::exportPdf_data()
{
    QTest::addColumn<QString>("modelPath"); // empty: the small model
    QTest::addColumn<QString>("paper"); // MediaBox width in points, landscape
    QTest::newRow("small on A4") << QString() << QStringLiteral("842");
    // 23 nodes on the grid: about 1,570 × 920 points with header and legend;
    // A4 (277 mm ≈ 785 points wide inside its margins) would halve it.
    QTest::newRow("example on A3") << test::examplePath() << QStringLiteral("1191");
}

void TestRender::exportPdf()
{
    QFETCH(QString, modelPath);
    QFETCH(QString, paper);
    Model m = smallModel();
    if (!modelPath.isEmpty()) {
        const ReadResult read = io::readModelJsonFile(modelPath);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        m = *read.model;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    QVERIFY2(exportDiagram(buildDiagram(m), path, ExportFormat::Pdf, ExportOptions(), &error),
        qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    QCOMPARE(QString::fromLatin1(pdf).count(pageObject), 1);
    const QStringList boxes = test::pdfMediaBoxes(pdf);
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.constFirst().section(u'x', 0, 0), paper);
}

void TestRender::pdfPageChoice_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mediaBox"); // ISO 216 and ANSI sizes in points
    QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("842x595");
    QTest::newRow("a4-portrait") << QStringLiteral("a4-portrait") << QStringLiteral("595x842");
    QTest::newRow("A3") << QStringLiteral("A3") << QStringLiteral("1191x842");
    QTest::newRow("A3-portrait") << QStringLiteral("A3-portrait") << QStringLiteral("842x1191");
    QTest::newRow("letter") << QStringLiteral("letter") << QStringLiteral("792x612");
    QTest::newRow("Letter-Portrait")
        << QStringLiteral("Letter-Portrait") << QStringLiteral("612x792");
}

// The paper named as weaklink-cli's --page takes it, whatever the diagram's
// size (the example alone would go on A3 automatically).
void TestRender::pdfPageChoice()
{
    QFETCH(QString, name);
    QFETCH(QString, mediaBox);
    const std::optional<PdfPage> page = pdfPageFromName(name);
    QVERIFY(page);
    const ReadResult read = io::readModelJsonFile(test::examplePath());
    QVERIFY(read.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    ExportOptions options;
    options.pdfPage = *page;
    QString error;
    QVERIFY2(exportDiagram(buildDiagram(*read.model), path, ExportFormat::Pdf, options, &error),
        qPrintable(error));
    QCOMPARE(test::pdfMediaBoxes(readAll(path)), QStringList { mediaBox });

    for (const char *bad : { "", "A5", "A4-landscape", "portrait", "a4 " })
        QVERIFY2(!pdfPageFromName(QLatin1String(bad)), bad);
}

// Not fitted: one point per point, on as many A4 landscape pages as the
// page rect needs. Inside 10 mm margins A4 landscape holds 277 × 190 mm.
void TestRender::pdfAtNaturalSizeTiles()
{
    const ReadResult read = io::readModelJsonFile(test::examplePath());
    QVERIFY(read.ok());
    const Diagram d = buildDiagram(*read.model);
    const QRectF page = diagramPageRect(d, true);
    const double mm = 72.0 / 25.4;
    const int expected
        = int(std::ceil(page.width() / (277 * mm))) * int(std::ceil(page.height() / (190 * mm)));
    QVERIFY(expected >= 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    ExportOptions options;
    options.pdfPage = PdfPage { PaperSize::A4, false, false };
    QString error;
    QVERIFY2(exportDiagram(d, path, ExportFormat::Pdf, options, &error), qPrintable(error));
    QCOMPARE(test::pdfMediaBoxes(readAll(path)), QStringList(expected, QStringLiteral("842x595")));
}

void TestRender::exportIntoMissingDirectory_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("svg") << ExportFormat::Svg << QStringLiteral("out.svg");
    QTest::newRow("png") << ExportFormat::Png << QStringLiteral("out.png");
    QTest::newRow("pdf") << ExportFormat::Pdf << QStringLiteral("out.pdf");
}

void TestRender::exportIntoMissingDirectory()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing"));
    const QString path = missing + u'/' + name;
    QString error;
    QVERIFY(!exportDiagram(buildDiagram(smallModel()), path, format, ExportOptions(), &error));
    QVERIFY2(
        error.startsWith(path + QStringLiteral(": cannot write the file: ")), qPrintable(error));
    QVERIFY(error.size() > path.size() + 25); // and a reason
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

void TestRender::failedExportKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the old picture");
    }
    ExportOptions options;
    options.pngScale = 1e4; // millions of pixels a side: refused
    QString error;
    QVERIFY(!exportDiagram(buildDiagram(smallModel()), path, ExportFormat::Png, options, &error));
    QVERIFY2(
        error.startsWith(path + QStringLiteral(": cannot write the file: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("the old picture"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList { QStringLiteral("keep.png") });

    options.pngScale = 0.0;
    QVERIFY(!exportDiagram(buildDiagram(smallModel()), path, ExportFormat::Png, options, &error));
    QVERIFY2(error.contains(QStringLiteral("scale")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("the old picture"));
}

namespace {

// Risk values by hand on smallModel(): the orphan has none.
Overlay riskOverlay()
{
    Overlay o;
    const sim::NodeValues values = { 2.5e6, 1e6, 0.0, 5e5, std::nullopt };
    o.heat = heatScale(sim::Metric::Risk, values);
    o.nodeValues = { { QStringLiteral("gw"), 2.5e6 }, { QStringLiteral("an"), 1e6 },
        { QStringLiteral("cl"), 0.0 }, { QStringLiteral("lab"), 5e5 } };
    o.source = QStringLiteral("Test scenario");
    o.stale = true;
    return o;
}

void detailRows()
{
    QTest::addColumn<Detail>("detail");
    QTest::newRow("full") << Detail::Full;
    QTest::newRow("reduced") << Detail::Reduced;
    QTest::newRow("minimal") << Detail::Minimal;
}

// The diagram without its page, one pixel a point, on white.
QImage painted(const Diagram &d, Detail detail)
{
    QImage image(d.bounds.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.translate(-d.bounds.topLeft());
    paintDiagram(&p, d, detail, false);
    p.end();
    return image;
}

} // namespace

void TestRender::exportSvgWithOverlay()
{
    Diagram d = buildDiagram(smallModel());
    applyOverlay(d, riskOverlay());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heat.svg"));
    QString error;
    QVERIFY2(exportDiagram(d, path, ExportFormat::Svg, {}, &error), qPrintable(error));
    const QByteArray svg = readAll(path);
    QString viewBox;
    const QStringList texts = svgTexts(svg, &error, &viewBox);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Range 0 to 2.5M; steps of 500k (2.5M / 4 = 625k, rounded to 5 × 10^5).
    for (const char *t :
        { "Risk (records × sensitivity)", "records × sensitivity · linear scale · darker = higher",
            "Test scenario", "STALE · the model changed since these values", "0", "500k", "1M",
            "1.5M", "2M", "2.5M", "no value", "No value: not in the model run (1)" })
        QVERIFY2(texts.contains(QString::fromUtf8(t)), t);
    // The hottest node is filled with the hot end of the ramp, the page is
    // larger by the overlay legend.
    QVERIFY(svg.contains(heatColor(1.0).name().toLatin1()));
    const QStringList box = viewBox.split(u' ');
    QCOMPARE(box.size(), 4);
    QVERIFY(box[2].toDouble() * box[3].toDouble()
        > diagramPageRect(buildDiagram(smallModel()), true).width()
            * diagramPageRect(buildDiagram(smallModel()), true).height());
}

void TestRender::heatAtEveryDetail_data()
{
    detailRows();
}

void TestRender::heatAtEveryDetail()
{
    // Just inside a node's box, right of the tier band, below its text: the
    // heat fill, or the no-value grey.
    QFETCH(Detail, detail);
    Diagram d = buildDiagram(smallModel());
    applyOverlay(d, riskOverlay());
    const QImage image = painted(d, detail);
    const auto fillOf = [&](int node) {
        const QRectF r = nodeRect(d.nodes[node].center);
        const QPointF at = QPointF(r.right() - 4.0, r.top() + 4.0) - d.bounds.topLeft();
        return QColor(image.pixel(at.toPoint()));
    };
    QCOMPARE(fillOf(0), heatColor(1.0)); // gw, the largest
    QCOMPARE(fillOf(1), heatColor(0.4)); // an, 1M of 2.5M
    QCOMPARE(fillOf(2), heatColor(0.0)); // cl, 0
    QCOMPARE(fillOf(4), noValueColor()); // orphan
}

void TestRender::breachedSeedAtEveryDetail_data()
{
    detailRows();
}

void TestRender::breachedSeedAtEveryDetail()
{
    // gw as the seed: drawn in the breached style, not with a colour of the
    // ramp; the others keep theirs.
    QFETCH(Detail, detail);
    Diagram d = buildDiagram(smallModel());
    Overlay o = riskOverlay();
    o.breached = { QStringLiteral("gw") };
    applyOverlay(d, o);
    const QImage image = painted(d, detail);
    const QRectF box = nodeRect(d.nodes[0].center).translated(-d.bounds.topLeft());
    // The upper right corner, inside the border, clear of the name and the
    // tier chip: fill and hatching only.
    const QRect inner = QRectF(box.right() - 30.0, box.top() + 4.0, 22.0, 8.0).toRect();
    int fill = 0, hatch = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        for (int x = inner.left(); x <= inner.right(); ++x) {
            const QColor c = QColor(image.pixel(x, y));
            if (c == breachedColor())
                ++fill;
            else if (relativeLuminance(c) > relativeLuminance(breachedColor()))
                ++hatch;
            for (int i = 0; i <= 100; ++i)
                QVERIFY(c != heatColor(i / 100.0));
        }
    }
    const int area = inner.width() * inner.height();
    QVERIFY2(fill > area / 2, qPrintable(QString::number(fill)));
    if (detail == Detail::Minimal) {
        QCOMPARE(fill, area); // a plain box
    } else {
        QVERIFY2(hatch > area / 10, qPrintable(QString::number(hatch)));
        // A black border on the box's top edge, right of the tier band.
        QCOMPARE(QColor(image.pixel(QPointF(box.center().x(), box.top()).toPoint())).black(), 255);
    }
    QCOMPARE(d.nodes[1].heat.color, heatColor(0.4)); // an, 1M of 2.5M
}

void TestRender::exportLegendOutsideDrawing_data()
{
    QTest::addColumn<Model>("model");
    QTest::newRow("wide") << smallModel();
    Model tall;
    for (int i = 0; i < 8; ++i)
        tall.appendNode(makeNode(QStringLiteral("n%1").arg(i), QStringLiteral("Node %1").arg(i),
            QStringLiteral("other"), QString(), QPointF(100, 100 + 120 * i)));
    QTest::newRow("tall") << tall;
}

void TestRender::exportLegendOutsideDrawing()
{
    // The overlay's legend on an exported page sits beside or below the
    // drawing, clear of every node; the PNG has it there.
    QFETCH(Model, model);
    Diagram d = buildDiagram(model);
    Overlay o;
    o.heat = heatScale(sim::Metric::Likelihood, 0.0, 1.0);
    o.nodeValues.insert(d.nodes[0].id, 1.0);
    o.breached = { d.nodes[0].id };
    applyOverlay(d, o);
    const QRectF legend = overlayLegendRect(d);
    QVERIFY(!legend.isNull());
    QVERIFY(!legend.intersects(d.bounds));
    for (const NodeVisual &n : std::as_const(d.nodes))
        QVERIFY(!legend.intersects(nodeRect(n.center)));
    const QRectF page = diagramPageRect(d, true);
    QVERIFY(page.contains(legend));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("legend.png"));
    ExportOptions options;
    options.pngScale = 1.0;
    QString error;
    QVERIFY2(exportDiagram(d, path, ExportFormat::Png, options, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    // The legend's breached sample, in the breached fill, inside its rect.
    const QRect at = legend.translated(-page.topLeft()).toRect();
    int breached = 0;
    for (int y = at.top(); y <= at.bottom(); ++y)
        for (int x = at.left(); x <= at.right(); ++x)
            breached += QColor(image.pixel(x, y)) == breachedColor();
    QVERIFY2(breached > 20, qPrintable(QString::number(breached)));
    QVERIFY(!overlayLegendRect(buildDiagram(model)).isValid());
}

void TestRender::clusterLayerLooksLikeEachBox()
{
    // Three overlapping boxes and one far away; the canvas's layer fills
    // their union once and must look like the export, which draws each box.
    const QVector<render::ClusterVisual> clusters {
        { QStringLiteral("Acme"), QRectF(10, 10, 200, 120) },
        { QStringLiteral("Beta"), QRectF(150, 60, 180, 150) },
        { QStringLiteral("Gamma"), QRectF(40, 90, 120, 200) },
        { QStringLiteral("Far"), QRectF(900, 900, 50, 50) },
    };
    const QRect page(0, 0, 400, 320);
    const auto paint = [&](bool layer) {
        QImage image(page.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        if (layer) {
            render::paintClusterLayer(&p, clusters, render::Detail::Full, page);
        } else {
            render::Diagram d;
            d.clusters = clusters;
            render::paintDiagram(&p, d, render::Detail::Full, false, page);
        }
        return image;
    };
    const QImage layer = paint(true);
    const QImage boxes = paint(false);
    const QRgb fill = boxes.pixel(250, 150);
    QVERIFY(fill != qRgb(255, 255, 255));
    // Inside each box's fill, outside all of them, and outside a rounded
    // corner while inside the box's rectangle.
    for (const QPoint at : { QPoint(180, 50), QPoint(250, 150), QPoint(100, 250) })
        QCOMPARE(layer.pixel(at), fill);
    QCOMPARE(layer.pixel(380, 20), qRgb(255, 255, 255));
    QCOMPARE(layer.pixel(10, 10), qRgb(255, 255, 255));
    // Everywhere else the two agree but for antialiased corner pixels.
    int differing = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            if (layer.pixel(x, y) != boxes.pixel(x, y))
                ++differing;
    QVERIFY2(differing < 100, qPrintable(QString::number(differing)));
}

// The diff overlay (docs/DIFF.md): each mark on its nodes and edges, the
// legend's counts, and on the picture the added node's ring in the mark's
// green, the changed one's in purple, the ghost fainter than the same node
// drawn plain.
void TestRender::diffMarksDrawn()
{
    const Model m = smallModel();
    Diagram plain = buildDiagram(m);
    Diagram d = plain;
    Overlay o;
    o.diff = true;
    o.nodeDiff = { { QStringLiteral("an"), DiffMark::Added },
        { QStringLiteral("cl"), DiffMark::Removed }, { QStringLiteral("lab"), DiffMark::Changed } };
    o.edgeDiff = { { QStringLiteral("e0"), DiffMark::Added },
        { QStringLiteral("e1"), DiffMark::Removed } };
    applyOverlay(d, o);
    QCOMPARE(d.nodes[0].diff, DiffMark::None);
    QCOMPARE(d.nodes[1].diff, DiffMark::Added);
    QCOMPARE(d.nodes[2].diff, DiffMark::Removed);
    QCOMPARE(d.nodes[3].diff, DiffMark::Changed);
    QCOMPARE(d.edges[0].diff, DiffMark::Added);
    QCOMPARE(d.edges[1].diff, DiffMark::Removed);
    QCOMPARE(d.edges[2].diff, DiffMark::None);
    QVERIFY(d.overlay && d.overlay->diff && !d.overlay->heat);
    QCOMPARE(d.overlay->diffCounts, (std::array<int, kDiffMarks> { 2, 2, 1 }));
    // One legend row per mark drawn, under the title.
    OverlayLegend oneMark = *d.overlay;
    oneMark.diffCounts = { 1, 0, 0 };
    OverlayLegend noMark = *d.overlay;
    noMark.diffCounts = {};
    QCOMPARE(overlayLegendSize(*d.overlay).height() - overlayLegendSize(oneMark).height(),
        2 * (overlayLegendSize(oneMark).height() - overlayLegendSize(noMark).height()));
    QVERIFY(overlayLegendSize(oneMark).height() > overlayLegendSize(noMark).height());

    const auto paint = [](const Diagram &diagram) {
        QImage image(diagram.bounds.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-diagram.bounds.topLeft());
        paintDiagram(&p, diagram, Detail::Full, false);
        return image;
    };
    const QImage marked = paint(d);
    const QImage unmarked = paint(plain);
    const auto at = [&](const QImage &image, const QPointF &scenePoint) {
        return image.pixelColor((scenePoint - d.bounds.topLeft()).toPoint());
    };
    // The ring's middle line, 3 points outside the box, above its centre.
    const auto ring
        = [&](int node) { return d.nodes[node].center - QPointF(0, kNodeHeight / 2.0 + 3.0); };
    QCOMPARE(at(marked, ring(1)), diffColor(DiffMark::Added));
    QCOMPARE(at(marked, ring(3)), diffColor(DiffMark::Changed));
    QCOMPARE(at(unmarked, ring(1)), at(unmarked, ring(0)));
    const auto darkest = [&](const QImage &image, int node) {
        const QRect r = (nodeRect(d.nodes[node].center) - QMarginsF(2, 2, 2, 2))
                            .translated(-d.bounds.topLeft())
                            .toRect();
        int best = 255;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                best = std::min(best, qGray(image.pixel(x, y)));
        return best;
    };
    QVERIFY2(darkest(marked, 2) > darkest(unmarked, 2) + 60,
        qPrintable(QStringLiteral("%1 vs %2").arg(darkest(marked, 2)).arg(darkest(unmarked, 2))));
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
