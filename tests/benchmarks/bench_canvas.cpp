// Canvas benchmark (docs/PERFORMANCE.md, "Canvas"): opens a model in the
// main window the way the app does, lets the automatic layout run (sfdp for
// large models) and measures
//   - open + layout + first paint of the laid-out diagram (target ≤ 5 s),
//   - the longest gap between 10 ms timer ticks on the GUI thread while the
//     layout runs and its result is shown (target ≤ 100 ms), and, apart,
//     while the file is read and first shown on a grid,
//   - a full-view repaint of the fitted diagram, median of N (≤ 50 ms),
//   - the same at zoom 1 (full detail) and an explicit Layout ▸ Lay Out
//     applied as a command (its stall and duration).
//
//   bench_canvas [MODEL] [--repeat N] [--open-only] [--gaps] [--helper CLI]
//
// --open-only stops once the file is read and shown on a grid (for a large
// import, whose layout would take minutes). --gaps prints every stall of
// 50 ms or more as it happens, to find it in a profile. --helper lays out
// through CLI (weaklink-cli __layout) as the app does for the layouts of
// files::layoutRunsInHelper; without it, every layout runs in this
// process (no helper is beside the benchmark).
#include "documentcontroller.h"
#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "editor/layoutcontroller.h"
#include "mainwindow.h"
#include "tables/elementtablewidget.h"
#include "tables/elementtabs.h"

#include "layout/layout.h"
#include "model/document.h"

#include "eventloop.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsItem>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wl;

namespace {

bool waitForLayout(LayoutController *layout, int timeoutMs)
{
    if (!layout->isBusy())
        return true;
    QEventLoop loop;
    QObject::connect(layout, &LayoutController::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !layout->isBusy();
}

// Runs the event loop until the scene shows the document as it is (its
// diagram and items up to date) and the view has painted since the picture
// last changed, as the app would, without forcing either: the stall meter
// then sees the same events the user's session would. (Far out on a large
// map the view paints the diagram itself, before its items are all made:
// DiagramView.)
class ShownWatch : public QObject {
public:
    explicit ShownWatch(DiagramView *view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
        DiagramScene *scene = view->diagramScene();
        QObject::connect(
            scene, &DiagramScene::diagramReplaced, this, [this] { m_painted = false; });
        QObject::connect(scene, &QGraphicsScene::changed, this, [this] { m_painted = false; });
    }

    bool wait(int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!shown() && clock.elapsed() < timeoutMs)
            bench::runEventLoopFor(5);
        // The paint event has been handled once control is back here.
        return shown();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport() && event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    DiagramView *m_view;
    bool shown() const { return m_view->diagramScene()->isCurrent() && m_painted; }

    bool m_painted = false;
};

// Brings everything up to date at once, for the repaint measurements.
void settle(DiagramView *view)
{
    QApplication::processEvents();
    view->diagramScene()->updateNow();
    view->viewport()->repaint();
    QApplication::processEvents();
}

double medianRepaintMs(DiagramView *view, int repeat)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        const QPixmap shot = view->viewport()->grab();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (shot.isNull())
            return -1.0;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int itemsPainting(const QGraphicsScene *scene)
{
    int n = 0;
    const QList<QGraphicsItem *> items = scene->items();
    for (const QGraphicsItem *item : items)
        n += item->flags().testFlag(QGraphicsItem::ItemHasNoContents) ? 0 : 1;
    return n;
}

// The fitted view, then zoomed in step by step around its middle up to
// 100 %: at each zoom, how long until the picture is right (the one-pass
// picture painted on a worker when far out), a repaint on the GUI thread
// (median of `repeat`; far out that shows the picture painted on the
// worker) and how many items paint themselves.
void repaintSeries(DiagramView *view, int repeat)
{
    view->fitToWindow();
    const double fitted = view->zoom();
    std::vector<double> zooms { fitted };
    for (const double z : { 0.05, 0.1, 0.2, 0.5, 1.0 })
        if (z > fitted * 1.2)
            zooms.push_back(z);
    for (const double z : zooms) {
        QElapsedTimer ready;
        ready.start();
        view->setZoom(z);
        const qint64 stepMs = ready.elapsed();
        settle(view);
        while (!view->showsCurrentPicture() && ready.elapsed() < 60000)
            bench::runEventLoopFor(5);
        const qint64 readyMs = ready.elapsed();
        std::printf("zoom %5.3f          zoom step %4lld ms, picture in %5lld ms, repaint %6.1f ms "
                    "(median of %d; target <= 50), %d items painting\n",
            view->zoom(), static_cast<long long>(stepMs), static_cast<long long>(readyMs),
            medianRepaintMs(view, repeat), repeat, itemsPainting(view->scene()));
    }
    view->fitToWindow();
    settle(view);
}

// The nodes table as the user scrolls it: a page down, repainted (median
// of `repeat`), then sorted by name as a click on its header does.
void tableSeries(MainWindow *window, int repeat)
{
    QTableView *table = window->tables()->table(ElementType::Node)->tableView();
    QScrollBar *bar = table->verticalScrollBar();
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        if (table->viewport()->grab().isNull())
            return;
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("table page down    %6.1f ms   median of %d, %d rows (target <= 50)\n",
        times[times.size() / 2], repeat, table->model()->rowCount());
    const ElementSortProxy *proxy = window->tables()->table(ElementType::Node)->proxyModel();
    // Sorted by name, then by likelihood, then by name again, as clicks on
    // the headers do: how long each holds the GUI thread, and how long
    // until the sorted rows are shown (a large table is ranked on a worker).
    for (const int column :
        { int(NodeField::Name), int(NodeField::BreachLikelihood), int(NodeField::Name) }) {
        bench::StallMeter stall(false);
        QElapsedTimer t;
        t.start();
        stall.start();
        table->sortByColumn(column, Qt::AscendingOrder);
        while (proxy->isSorting())
            bench::runEventLoopFor(1);
        bench::runEventLoopFor(20);
        const qint64 stallMs = stall.stop();
        table->viewport()->grab();
        std::printf("table sort         %6lld ms   GUI stall, %lld ms to the sorted rows shown, by "
                    "column %d\n",
            static_cast<long long>(stallMs), static_cast<long long>(t.elapsed()), column);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Weaklink"));
    QApplication::setApplicationName(QStringLiteral("WeaklinkBenchCanvas"));

    QString path = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-5k.json");
    int repeat = 10;
    bool openOnly = false;
    bool gaps = false;
    QString helper;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--open-only"))
            openOnly = true;
        else if (args[i] == QLatin1String("--gaps"))
            gaps = true;
        else if (args[i] == QLatin1String("--helper") && i + 1 < args.size())
            helper = args[++i];
        else
            path = args[i];
    }
    constexpr int kTimeoutMs = 120000;

    MainWindow window;
    window.documentController()->prompts().error
        = [](const QString &, const QString &, const QString &reason) {
              std::fprintf(stderr, "bench_canvas: %s\n", qPrintable(reason));
          };
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    LayoutController *layout = window.layoutController();
    layout->setHelper(helper);
    DiagramView *view = window.diagramView();
    Document *doc = window.document();

    bench::StallMeter stall(gaps);
    ShownWatch shown(view);
    QElapsedTimer total;
    total.start();
    stall.start();
    if (!window.documentController()->openFile(path))
        return 1;
    const qint64 openMs = total.elapsed();
    // The document is in; the canvas shows it on a grid until the layout
    // arrives.
    if (!shown.wait(kTimeoutMs))
        return 1;
    const qint64 gridMs = total.elapsed();
    const qint64 openStallMs = stall.stop();
    const int nodes = int(doc->model().nodes().size());
    if (openOnly) {
        std::printf("model              %s: %d nodes, %d edges\n", qPrintable(path), nodes,
            int(doc->model().edges().size()));
        std::printf("open (read)        %6lld ms\n", static_cast<long long>(openMs));
        std::printf("+ grid shown       %6lld ms   GUI stall %lld ms (target <= 100)\n",
            static_cast<long long>(gridMs), static_cast<long long>(openStallMs));
        repaintSeries(view, repeat);
        tableSeries(&window, repeat);
        return 0;
    }
    stall.start();
    const QString engine = layout::engineName(layout->engineFor(nodes));
    if (!waitForLayout(layout, kTimeoutMs)) {
        std::fprintf(stderr, "bench_canvas: the layout did not finish\n");
        return 1;
    }
    const qint64 layoutMs = total.elapsed();
    // The laid-out map is on screen before its items are all made when the
    // view paints it in one pass (far out, or crowded).
    const quint64 generation = view->diagramScene()->diagramGeneration();
    while (!(view->diagramScene()->hasLayout()
               && view->diagramScene()->diagramGeneration() != generation
               && view->showsCurrentPicture())
        && !view->diagramScene()->isCurrent() && total.elapsed() < kTimeoutMs)
        bench::runEventLoopFor(5);
    const qint64 pictureMs = total.elapsed();
    if (!shown.wait(kTimeoutMs))
        return 1;
    const qint64 shownMs = total.elapsed();
    const qint64 layoutStallMs = stall.stop();
    if (!view->diagramScene()->hasLayout()) {
        std::fprintf(stderr, "bench_canvas: no layout was shown\n");
        return 1;
    }

    std::printf("model              %s: %d nodes, %d edges\n", qPrintable(path), nodes,
        int(doc->model().edges().size()));
    std::printf("open (read)        %6lld ms\n", static_cast<long long>(openMs));
    std::printf("+ grid shown       %6lld ms   GUI stall %lld ms\n", static_cast<long long>(gridMs),
        static_cast<long long>(openStallMs));
    std::printf(
        "+ layout (%s)    %6lld ms\n", qPrintable(engine), static_cast<long long>(layoutMs));
    std::printf("+ layout on screen %6lld ms   the laid-out map painted\n",
        static_cast<long long>(pictureMs));
    std::printf("+ layout shown     %6lld ms   its items made too (target <= 5000)\n",
        static_cast<long long>(shownMs));
    std::printf("GUI stall          %6lld ms   longest gap between 10 ms ticks from the grid to "
                "the laid-out diagram on screen (target <= 100)\n",
        static_cast<long long>(layoutStallMs));

    repaintSeries(view, repeat);

    // Layout ▸ Lay Out: the same run, applied as one command.
    QElapsedTimer applied;
    applied.start();
    stall.start();
    layout->layOut();
    if (!waitForLayout(layout, kTimeoutMs)) {
        std::fprintf(stderr, "bench_canvas: the layout did not finish\n");
        return 1;
    }
    if (!shown.wait(kTimeoutMs))
        return 1;
    const qint64 appliedStallMs = stall.stop();
    std::printf("lay out (command)  %6lld ms   GUI stall %lld ms, undo steps %d\n",
        static_cast<long long>(applied.elapsed()), static_cast<long long>(appliedStallMs),
        int(doc->undoStack()->count()));
    return 0;
}
