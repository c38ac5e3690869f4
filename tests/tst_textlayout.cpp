// No overlapping text (issue 11, item 13): in the exported example, for
// every layout engine and from stored positions, no two text boxes
// intersect and no text crosses a node; labels and asset names wrap instead
// of being cut; a callout that finds no room beside its edge moves away
// with a leader line.
#include "io/modeljson.h"
#include "layout/layout.h"
#include "render/diagram.h"
#include "render/export.h"
#include "testmodels.h"
#include "textboxes.h"

#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace wl;
using namespace wl::render;

Q_DECLARE_METATYPE(wl::layout::Engine)

namespace {

// A paint device that keeps where each run of text is painted, in device
// coordinates: what a QImage (the PNG export) receives from the same
// painting code.
class TextRecorder : public QPaintDevice {
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
    {
    }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QVector<test::TextBox> &texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 72;
        case PdmDepth: return 32;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    struct Engine : QPaintEngine {
        QVector<test::TextBox> texts;
        QTransform transform;
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &s) override
        {
            if (s.state() & DirtyTransform)
                transform = s.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        // QPaintEngine's own polygon and path fallbacks call each other.
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawPath(const QPainterPath &) override { }
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QFontMetricsF fm(item.font());
            const QRectF local(p.x(), p.y() - fm.ascent(), fm.horizontalAdvance(item.text()),
                fm.ascent() + fm.descent());
            if (!item.text().trimmed().isEmpty())
                texts.append({ item.text(), transform.mapRect(local) });
        }
        Type type() const override { return User; }
    };
    QSize m_size;
    mutable Engine m_engine;
};

Model example()
{
    const ReadResult r = io::readModelJsonFile(test::examplePath());
    if (!r.model)
        qFatal("%s", qPrintable(r.message()));
    return *r.model;
}

// The example as `weaklink-cli export` draws it with `engine`: straight
// from the layout, or (stored) after `import` and `layout`, from the
// positions with the edges routed between them.
Diagram exampleDiagram(layout::Engine engine, bool stored)
{
    Model model = example();
    const layout::LayoutOutcome o
        = layout::computeLayout(model, { engine, true, calloutSizes(model), {} });
    if (!o.result)
        qFatal("%s", qPrintable(o.error));
    if (!stored)
        return buildDiagram(model, &*o.result);
    for (int i = 0; i < o.result->nodeCenters.size(); ++i)
        model.setPosition(i, o.result->nodeCenters.at(i));
    const layout::LayoutOutcome routes = layout::routeEdges(model);
    return buildDiagram(model, routes.result ? &*routes.result : nullptr);
}

QVector<QRectF> nodeBoxes(const Diagram &d)
{
    QVector<QRectF> boxes;
    for (const NodeVisual &n : d.nodes)
        boxes << nodeRect(n.center);
    return boxes;
}

// Every edge's label and every asset name is somewhere among the texts,
// whole (a wrapped one over several runs): the check is not vacuous.
void verifyAllTextShown(const Diagram &d, const QVector<test::TextBox> &texts)
{
    QString all;
    for (const test::TextBox &t : texts)
        all += t.text + u' ';
    const QString flat = all.simplified();
    for (const EdgeVisual &e : d.edges) {
        QVERIFY2(flat.contains(e.label), qPrintable(e.label));
        for (const QString &asset : e.assets)
            if (e.assets.size() <= 4)
                QVERIFY2(flat.contains(asset.simplified()), qPrintable(asset));
    }
    // Nothing in the example is elided: a long node name or kind takes a
    // smaller size before it is cut.
    QVERIFY2(!all.contains(QChar(0x2026)), qPrintable(all));
}

void verifyNoOverlap(const test::TextOverlaps &o)
{
    QVERIFY2(o.textPairs == 0 && o.textOverNodes == 0,
        qPrintable(QStringLiteral("%1 text × text, %2 text × node: %3")
                       .arg(o.textPairs)
                       .arg(o.textOverNodes)
                       .arg(o.examples.join(QStringLiteral("; ")))));
}

Node node(const QString &id, QPointF pos)
{
    Node n;
    n.id = id;
    n.name = id;
    n.pos = pos;
    return n;
}

} // namespace

class TestTextLayout : public QObject {
    Q_OBJECT

private slots:
    void exampleDrawings_data();
    void exportedSvgHasNoOverlappingText_data() { exampleDrawings_data(); }
    void exportedSvgHasNoOverlappingText();
    void pngTextHasNoOverlaps_data() { exampleDrawings_data(); }
    void pngTextHasNoOverlaps();
    void calloutsCoverNothing_data() { exampleDrawings_data(); }
    void calloutsCoverNothing();
    void namesWrapInsteadOfBeingCut();
    void crowdedCalloutMovesAwayWithALeader();
    void dotLeavesRoomForLabels();
    void reducedDetailNamesAreWhole();
};

void TestTextLayout::exampleDrawings_data()
{
    QTest::addColumn<layout::Engine>("engine");
    QTest::addColumn<bool>("stored");
    for (const QString &name : layout::engineNames()) {
        for (const bool stored : { false, true }) {
            const QByteArray row
                = (name + (stored ? QStringLiteral(" stored") : QStringLiteral(" layout")))
                      .toUtf8();
            QTest::newRow(row.constData()) << *layout::engineFromName(name) << stored;
        }
    }
}

void TestTextLayout::exportedSvgHasNoOverlappingText()
{
    QFETCH(layout::Engine, engine);
    QFETCH(bool, stored);
    const Diagram d = exampleDiagram(engine, stored);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("example.svg"));
    QString error;
    QVERIFY2(exportDiagram(d, path, ExportFormat::Svg, {}, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QVector<test::TextBox> texts = test::svgTextBoxes(f.readAll(), &error);
    QVERIFY2(!texts.isEmpty(), qPrintable(error));
    verifyAllTextShown(d, texts);
    verifyNoOverlap(test::countOverlaps(texts, nodeBoxes(d)));
}

void TestTextLayout::pngTextHasNoOverlaps()
{
    QFETCH(layout::Engine, engine);
    QFETCH(bool, stored);
    const Diagram d = exampleDiagram(engine, stored);
    // As diagramImage paints the PNG: the page at 2 px per point.
    const double scale = 2.0;
    const QRectF page = diagramPageRect(d, true);
    TextRecorder device((page.size() * scale).toSize());
    {
        QPainter p(&device);
        p.scale(scale, scale);
        p.translate(-page.topLeft());
        paintDiagram(&p, d, Detail::Full, true);
    }
    QVector<test::TextBox> texts = device.texts();
    for (test::TextBox &t : texts)
        t.box = QRectF(t.box.topLeft() / scale + page.topLeft(), t.box.size() / scale);
    verifyAllTextShown(d, texts);
    verifyNoOverlap(test::countOverlaps(texts, nodeBoxes(d)));
}

void TestTextLayout::calloutsCoverNothing()
{
    QFETCH(layout::Engine, engine);
    QFETCH(bool, stored);
    const Diagram d = exampleDiagram(engine, stored);
    QVector<QRectF> callouts;
    for (const EdgeVisual &e : d.edges)
        callouts << calloutRect(e);
    for (qsizetype i = 0; i < callouts.size(); ++i) {
        QVERIFY(!callouts[i].isNull()); // every edge of the example has a label
        for (qsizetype j = i + 1; j < callouts.size(); ++j)
            QVERIFY2(!callouts[i].intersects(callouts[j]),
                qPrintable(d.edges[i].id + QStringLiteral(" × ") + d.edges[j].id));
        for (const NodeVisual &n : d.nodes)
            QVERIFY2(!callouts[i].intersects(nodeRect(n.center)),
                qPrintable(d.edges[i].id + QStringLiteral(" × ") + n.id));
        QVERIFY(d.bounds.contains(callouts[i]));
    }
}

void TestTextLayout::namesWrapInsteadOfBeingCut()
{
    Model m;
    m.appendNode(node(QStringLiteral("a"), { 0, 0 }));
    m.appendNode(node(QStringLiteral("b"), { 0, 400 }));
    DataAsset profiles;
    profiles.id = QStringLiteral("profiles");
    profiles.name = QStringLiteral("API user profiles (name, e-mail, coarse location, browser)");
    m.appendDataAsset(profiles);
    Edge e;
    e.id = QStringLiteral("e");
    e.source = QStringLiteral("a");
    e.target = QStringLiteral("b");
    e.label = QStringLiteral("Nightly export of every profile to the analytics warehouse");
    e.data = { profiles.id };
    m.appendEdge(e);
    const Diagram d = buildDiagram(m);
    const QByteArray svg = [&] {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.svg"));
        QString error;
        if (!exportDiagram(d, path, ExportFormat::Svg, {}, &error))
            qFatal("%s", qPrintable(error));
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QVector<test::TextBox> texts = test::svgTextBoxes(svg);
    QStringList lines;
    for (const test::TextBox &t : texts)
        lines << t.text;
    const QString joined = lines.join(u' ');
    // Both span two lines, whole: no ellipsis anywhere.
    QVERIFY2(joined.contains(profiles.name.section(u' ', 0, 3)), qPrintable(joined));
    QVERIFY(joined.contains(QStringLiteral("browser)")));
    QVERIFY(joined.contains(QStringLiteral("warehouse")));
    QVERIFY(!joined.contains(QChar(0x2026)));
    QVERIFY(!lines.contains(profiles.name)); // wrapped, not on one line
    QVERIFY(!lines.contains(e.label));
    // The callout is as tall as its lines: two in the pill, two in the badge.
    const QRectF r = calloutRect(d.edges[0]);
    QVERIFY2(r.height() > 4 * 11.0 && r.width() <= 150.0 + 30.0,
        qPrintable(QString::number(r.height())));
}

void TestTextLayout::crowdedCalloutMovesAwayWithALeader()
{
    // Two nodes 7 points apart, in a wall of nodes as close: nowhere along
    // or beside the edge is there room for its label.
    Model m;
    m.appendNode(node(QStringLiteral("a"), { 0, 0 }));
    m.appendNode(node(QStringLiteral("b"), { 0, 55 }));
    int k = 0;
    for (int row = -2; row <= 3; ++row)
        for (int column = -2; column <= 2; ++column)
            if (column != 0 || (row != 0 && row != 1))
                m.appendNode(node(QStringLiteral("w%1").arg(k++), { column * 170.0, row * 55.0 }));
    Edge e;
    e.id = QStringLiteral("e");
    e.source = QStringLiteral("a");
    e.target = QStringLiteral("b");
    e.label = QStringLiteral("A label that needs room");
    m.appendEdge(e);
    const Diagram d = buildDiagram(m);
    const EdgeVisual &edge = d.edges.at(0);
    QVERIFY(edge.leaderFrom.has_value());
    const QRectF r = calloutRect(edge);
    for (const NodeVisual &n : d.nodes)
        QVERIFY2(!r.intersects(nodeRect(n.center)), qPrintable(n.id));
    QVERIFY(d.bounds.contains(r));
    QVERIFY(d.bounds.contains(*edge.leaderFrom));
}

void TestTextLayout::dotLeavesRoomForLabels()
{
    Model m;
    for (const char *id : { "a", "b", "c" }) {
        Node n = node(QString::fromLatin1(id), {});
        n.pos.reset();
        n.organization = QStringLiteral("Acme");
        m.appendNode(n);
    }
    for (const char *target : { "b", "c" }) {
        Edge e;
        e.id = QStringLiteral("a-") + QLatin1String(target);
        e.source = QStringLiteral("a");
        e.target = QString::fromLatin1(target);
        m.appendEdge(e);
    }
    const QVector<QSizeF> sizes { QSizeF(200, 60), QSizeF(120, 13) };
    const layout::LayoutOutcome bare
        = layout::computeLayout(m, { layout::Engine::Dot, true, {}, {} });
    const layout::LayoutOutcome sized
        = layout::computeLayout(m, { layout::Engine::Dot, true, sizes, {} });
    QVERIFY(bare.result && sized.result);
    for (const layout::EdgeRoute &route : bare.result->edges)
        QVERIFY(!route.labelPos);
    const QVector<QPointF> &centers = sized.result->nodeCenters;
    QRectF labels;
    for (int k = 0; k < 2; ++k) {
        const std::optional<QPointF> at = sized.result->edges.at(k).labelPos;
        QVERIFY(at);
        const QRectF label(*at - QPointF(sizes[k].width(), sizes[k].height()) / 2.0, sizes[k]);
        for (const QPointF &c : centers)
            QVERIFY2(!label.intersects(nodeRect(c)), qPrintable(m.edges().at(k).id));
        QVERIFY2(!labels.intersects(label), "the labels overlap");
        labels |= label;
    }
    // The ranks moved apart to make room for the 60-point label.
    const double gap = std::abs(centers.at(1).y() - centers.at(0).y()) - kNodeHeight;
    const double bareGap
        = std::abs(bare.result->nodeCenters.at(1).y() - bare.result->nodeCenters.at(0).y())
        - kNodeHeight;
    QVERIFY2(
        gap >= 60.0 && gap > bareGap, qPrintable(QStringLiteral("%1, %2").arg(gap).arg(bareGap)));
}

// Zoomed out (Reduced detail: names only), a long name takes the smaller
// size too before it is cut: every name of the example is whole.
void TestTextLayout::reducedDetailNamesAreWhole()
{
    const Diagram d = exampleDiagram(layout::Engine::Dot, false);
    TextRecorder device(d.bounds.size().toSize());
    {
        QPainter p(&device);
        p.translate(-d.bounds.topLeft());
        paintDiagram(&p, d, Detail::Reduced, false);
    }
    QString all;
    for (const test::TextBox &t : device.texts())
        all += t.text + u' ';
    QVERIFY2(!all.contains(QChar(0x2026)), qPrintable(all));
    QVERIFY(all.simplified().contains(QStringLiteral("fasttok (open-source package)")));
}

QTEST_MAIN(TestTextLayout)
#include "tst_textlayout.moc"
