// Keyboard and accessibility (issue 15 item 5): the canvas's nodes as
// accessible children with names a screen reader reads (checked by hand
// against the example model), the events a selection sends, F2 renaming
// the selected node, F6 and Tab reaching every dock in view, accessible
// names on the custom-drawn widgets.
#include "analysispanels.h"
#include "docks/fieldeditor.h"
#include "docks/propertiesdock.h"
#include "documentcontroller.h"
#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/kindpalette.h"
#include "editor/overviewwidget.h"
#include "mainwindow.h"
#include "overlay/overlaycontroller.h"
#include "overlay/overlaylegend.h"
#include "selection.h"

#include "model/document.h"

#include "widgets/widgetharness.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace wl {

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void canvasNodesHaveNames();
    void selectionFollowedByTheFocusChild();
    void f2RenamesTheSelectedNode();
    void f6AndTabReachEveryDock();
    void customWidgetsHaveNames();
    void iconsHaveTwiceTheirPixels();
    void screenshotAtScaleFactorTwo();

private:
    QAccessibleInterface *canvas() const
    {
        return QAccessible::queryAccessibleInterface(m_window->diagramView());
    }
    QAccessibleInterface *nodeNamed(const QString &id) const;
    // The dock holding the keyboard, or "canvas".
    QString focusPane() const;

    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WeaklinkTest"_s);
    QCoreApplication::setApplicationName(u"tst_accessibility"_s);
}

void TestAccessibility::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    QVERIFY(m_window->documentController()->openExample());
    QVERIFY(test::showActive(m_window.get()));
    // The diagram's items exist once the scene has built it.
    QTRY_VERIFY(m_window->diagramScene()->nodeItem(u"northwind"_s));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
}

QAccessibleInterface *TestAccessibility::nodeNamed(const QString &id) const
{
    const int index = m_window->document()->model().nodeIndex(id);
    return index < 0 ? nullptr : canvas()->child(index);
}

QString TestAccessibility::focusPane() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return {};
    if (focus == m_window->diagramView() || m_window->diagramView()->isAncestorOf(focus))
        return u"canvas"_s;
    for (QWidget *w = focus; w; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            return dock->objectName();
    return QString::fromLatin1(focus->metaObject()->className());
}

void TestAccessibility::canvasNodesHaveNames()
{
    QAccessibleInterface *map = canvas();
    QVERIFY(map && map->isValid());
    QCOMPARE(map->role(), QAccessible::List);
    QCOMPARE(map->text(QAccessible::Name), u"Map"_s);
    QVERIFY(map->text(QAccessible::Description).startsWith(u"23 nodes and 27 edges"_s));
    QCOMPARE(map->childCount(), 23);

    // By hand from the example: Northwind is an analytics processor that
    // web_dashboard (internal) sends to, so tier 1; it sends to Cumulus,
    // which Lumen also sends to: tier 2.
    QAccessibleInterface *northwind = nodeNamed(u"northwind"_s);
    QVERIFY(northwind && northwind->isValid());
    QCOMPARE(northwind->role(), QAccessible::ListItem);
    QCOMPARE(northwind->text(QAccessible::Name),
        u"Northwind Analytics, analytics, tier 1 vendor, likelihood 8 %"_s);
    QCOMPARE(northwind->text(QAccessible::Description),
        u"organisation Northwind Analytics Inc., GDPR processor, jurisdiction US, 1 edge in, "
        "1 edge out"_s);
    QCOMPARE(nodeNamed(u"cumulus"_s)->text(QAccessible::Name),
        u"Cumulus Hosting, cloud platform, tier 2 vendor, likelihood 2 %"_s);
    QCOMPARE(nodeNamed(u"cumulus"_s)->text(QAccessible::Description),
        u"organisation Cumulus Hosting LLC, GDPR subprocessor, jurisdiction US, 2 edges in, "
        "0 edges out"_s);
    QCOMPARE(nodeNamed(u"web_dashboard"_s)->text(QAccessible::Name),
        u"API platform dashboard, internal service, ours, likelihood 3 %"_s);
    QCOMPARE(nodeNamed(u"northwind"_s), northwind); // the same interface each time
    QCOMPARE(map->indexOfChild(northwind), m_window->document()->model().nodeIndex(u"northwind"_s));
    QCOMPARE(northwind->parent(), map);

    // Its place is where the canvas draws it, on the screen.
    m_window->diagramView()->centerOnNode(u"northwind"_s);
    const QRect r = northwind->rect();
    QVERIFY(!r.isEmpty());
    const QRect viewport(m_window->diagramView()->viewport()->mapToGlobal(QPoint(0, 0)),
        m_window->diagramView()->viewport()->size());
    QVERIFY(viewport.contains(r.center()));
    QCOMPARE(map->childAt(r.center().x(), r.center().y()), northwind);
    QVERIFY(!northwind->state().offscreen);

    // Selected and focused with the selection.
    QVERIFY(!northwind->state().selected);
    QVERIFY(!map->focusChild());
    m_window->selection()->set({ { ElementType::Node, u"northwind"_s } });
    m_window->diagramView()->setFocus();
    QVERIFY(northwind->state().selected);
    QVERIFY(northwind->state().focused);
    QCOMPARE(map->focusChild(), northwind);

    // Renamed: the name follows; removed: the interface is no longer valid.
    m_window->document()->setValue(ElementType::Node,
        m_window->document()->model().nodeIndex(u"northwind"_s), int(NodeField::Name),
        u"Northwind"_s);
    QVERIFY(northwind->text(QAccessible::Name).startsWith(u"Northwind, analytics"_s));
    m_window->document()->takeNode(m_window->document()->model().nodeIndex(u"northwind"_s));
    QVERIFY(!northwind->isValid());
    QCOMPARE(map->childCount(), 22);
}

void TestAccessibility::selectionFollowedByTheFocusChild()
{
    // A screen reader reads the focus child's name when the selection
    // changes (announceDiagramSelection sends Selection and Focus events for
    // it; the offscreen platform has no accessibility bridge to receive
    // them).
    QAccessibleInterface *map = canvas();
    m_window->diagramView()->setFocus();
    QTRY_VERIFY(m_window->diagramView()->hasFocus());
    m_window->selection()->set({ { ElementType::Node, u"northwind"_s } });
    QCOMPARE(map->focusChild()->text(QAccessible::Name),
        u"Northwind Analytics, analytics, tier 1 vendor, likelihood 8 %"_s);

    // The arrow keys move it with the selection.
    QTest::keyClick(m_window->diagramView(), Qt::Key_Right);
    const std::optional<Selection::Item> reached = m_window->selection()->single();
    QVERIFY(reached && reached->id != u"northwind"_s);
    QAccessibleInterface *focus = map->focusChild();
    QVERIFY(focus);
    QCOMPARE(focus, nodeNamed(reached->id));
    QVERIFY(focus->state().focused && focus->state().selected);
    QVERIFY(!nodeNamed(u"northwind"_s)->state().selected);
    // An edge selected: no node has the focus.
    m_window->selection()->set(
        { { ElementType::Edge, m_window->document()->model().edges()[0].id } });
    QVERIFY(!map->focusChild());
}

void TestAccessibility::f2RenamesTheSelectedNode()
{
    m_window->selection()->set({ { ElementType::Node, u"northwind"_s } });
    m_window->diagramView()->setFocus();
    QTRY_VERIFY(m_window->diagramView()->hasFocus());
    QTest::keyClick(m_window->diagramView(), Qt::Key_F2);
    auto *properties = m_window->findChild<PropertiesDock *>();
    QVERIFY(properties->isVisible());
    QLineEdit *name = nullptr;
    for (FieldEditor *editor : properties->findChildren<FieldEditor *>(u"name"_s))
        if (editor->isVisible())
            name = qobject_cast<QLineEdit *>(editor->input());
    QVERIFY(name);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QCOMPARE(name->selectedText(), u"Northwind Analytics"_s);
    // Typing replaces the name; Enter commits it as one undoable edit.
    const int commands = m_window->document()->undoStack()->count();
    QTest::keyClicks(name, u"Northwind Data"_s);
    QTest::keyClick(name, Qt::Key_Return);
    const Model &m = m_window->document()->model();
    QCOMPARE(m.nodes()[m.nodeIndex(u"northwind"_s)].name, u"Northwind Data"_s);
    QCOMPARE(m_window->document()->undoStack()->count(), commands + 1);
}

void TestAccessibility::f6AndTabReachEveryDock()
{
    // A node selected, so that Properties has fields to go to.
    m_window->selection()->set({ { ElementType::Node, u"northwind"_s } });
    QStringList inView;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        if (dock->isVisible() && dock->widget()->isVisible())
            inView.append(dock->objectName());
    inView.sort();
    QVERIFY(inView.size() >= 4);

    // F6 visits the canvas and each dock in view once, then comes back.
    m_window->diagramView()->setFocus();
    QTRY_COMPARE(focusPane(), u"canvas"_s);
    QStringList visited;
    for (qsizetype i = 0; i < inView.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        visited.append(focusPane());
    }
    QStringList sorted = visited;
    sorted.sort();
    QCOMPARE(sorted, inView);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(focusPane(), u"canvas"_s);
    // Shift+F6 goes back the same way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focusPane(), visited.last());

    // In the overview the arrow keys move the canvas.
    m_window->diagramView()->setZoom(2.0);
    auto *overview = m_window->findChild<OverviewWidget *>();
    overview->setFocus();
    QTRY_VERIFY(overview->hasFocus());
    QScrollBar *bar = m_window->diagramView()->horizontalScrollBar();
    bar->setValue(bar->minimum());
    QTest::keyClick(overview, Qt::Key_Right);
    QCOMPARE(bar->value(), bar->minimum() + bar->pageStep() / 4);

    // Tab, from the canvas, passes through every dock in view too.
    m_window->diagramView()->setFocus();
    QTRY_COMPARE(focusPane(), u"canvas"_s);
    QSet<QString> tabbed;
    const auto allTabbed = [&] {
        return std::all_of(inView.cbegin(), inView.cend(),
            [&](const QString &dock) { return tabbed.contains(dock); });
    };
    for (int i = 0; i < 400 && !allTabbed(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        tabbed.insert(focusPane());
    }
    for (const QString &dock : std::as_const(inView))
        QVERIFY2(tabbed.contains(dock), qPrintable(dock));
}

void TestAccessibility::customWidgetsHaveNames()
{
    auto *overview = m_window->findChild<OverviewWidget *>();
    QVERIFY(overview);
    QAccessibleInterface *o = QAccessible::queryAccessibleInterface(overview);
    QCOMPARE(o->text(QAccessible::Name), u"Overview of the map"_s);
    QVERIFY(!o->text(QAccessible::Description).isEmpty());

    m_window->analysis()->overlay()->setMetric(sim::Metric::Likelihood);
    auto *legend = m_window->diagramView()->findChild<OverlayLegendWidget *>();
    QVERIFY(legend);
    QTRY_VERIFY(legend->isVisible());
    QAccessibleInterface *l = QAccessible::queryAccessibleInterface(legend);
    QCOMPARE(l->text(QAccessible::Name), u"Legend: Likelihood of compromise"_s);
    QVERIFY(l->text(QAccessible::Description).contains(u"trials"_s));
}

void TestAccessibility::iconsHaveTwiceTheirPixels()
{
    // At a device pixel ratio of 2 every icon of the tool bars, the kind
    // palette and the window has a source with twice the pixels (SVG or a
    // larger picture scaled down), so nothing is scaled up and blurred.
    QList<QPair<QString, QIcon>> icons { { u"application"_s, QIcon(u":/icons/weaklink.svg"_s) } };
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            if (!a->icon().isNull())
                icons.append({ a->text(), a->icon() });
    auto *palette = m_window->findChild<KindPalette *>();
    for (int i = 0; i < palette->count(); ++i)
        icons.append({ palette->item(i)->text(), palette->item(i)->icon() });
    QVERIFY(icons.size() > 15);
    for (const auto &[name, icon] : std::as_const(icons)) {
        const QSize logical(24, 24);
        QVERIFY2(icon.pixmap(logical, 2.0).size() == logical * 2, qPrintable(name));
    }
}

void TestAccessibility::screenshotAtScaleFactorTwo()
{
    // The app itself at QT_SCALE_FACTOR=2: the picture has twice the pixels
    // each way (1680 × 1050 logical) and the canvas in it is drawn at that
    // resolution, not scaled up: its text has far more distinct shades than
    // the same picture at 1 scaled up would.
    QTemporaryDir dir;
    const auto shoot = [&](const QString &factor) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_SCALE_FACTOR"_s, factor);
        app.setProcessEnvironment(env);
        const QString png = dir.filePath(u"shot-"_s + factor + u".png"_s);
        app.start(QStringLiteral(WEAKLINK_APP), { u"--screenshot"_s, png });
        app.waitForFinished(120000);
        return app.exitCode() == 0 ? QImage(png) : QImage();
    };
    const QImage one = shoot(u"1"_s);
    const QImage two = shoot(u"2"_s);
    QCOMPARE(one.size(), QSize(1680, 1050));
    QCOMPARE(two.size(), QSize(3360, 2100));
    // The menu bar's "File" at the top left, at both scales.
    const QRect menuOne(0, 0, 60, 24);
    const auto distinctColours = [](const QImage &image) {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                colours.insert(image.pixel(x, y));
        return colours.size();
    };
    const QImage upscaled = one.copy(menuOne).scaled(menuOne.size() * 2);
    const QImage sharp = two.copy(QRect(menuOne.topLeft() * 2, menuOne.size() * 2));
    QVERIFY(distinctColours(sharp) > distinctColours(upscaled));
}

} // namespace wl

QTEST_MAIN(wl::TestAccessibility)
#include "tst_accessibility.moc"
