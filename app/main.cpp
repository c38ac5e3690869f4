// weaklink [FILE] [--overlay METRIC] [--screenshot OUT.png]: the desktop app. Only wiring:
// application identity, translations, arguments, the main window.
#include "analysispanels.h"
#include "documentcontroller.h"
#include "editor/diagramview.h"
#include "editor/layoutcontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "overlay/overlaycontroller.h"
#include "recovery/recovery.h"

#include "io/printable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

// "weaklink: MESSAGE" on standard error; the message may quote a file.
void printError(const QString &message)
{
    const QByteArray line = wl::io::printable(QStringLiteral("weaklink: ") + message).toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
}

// Waits for the layout (or edge routing) that follows opening a model, so
// that the picture shows the diagram as the user would see it; gives up
// after `timeoutMs`.
void waitForLayout(wl::LayoutController *layout, int timeoutMs)
{
    if (!layout->isBusy())
        return;
    QEventLoop loop;
    QObject::connect(layout, &wl::LayoutController::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits until the heatmap's values are computed for the model shown.
void waitForOverlay(wl::OverlayController *overlay, int timeoutMs)
{
    if (!overlay->isOn())
        return;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    const auto check = [&] {
        if (!overlay->isComputing() && !overlay->isStale())
            loop.quit();
    };
    QObject::connect(overlay, &wl::OverlayController::changed, &loop, check);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(100);
    loop.exec();
}

// Lets queued work (scene updates, the overview's delayed redraw) happen.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Shows the window at a fixed size, lets it lay out and paint, and saves
// what it shows.
bool saveScreenshot(wl::MainWindow &window, const QString &path)
{
    constexpr int kLayoutTimeoutMs = 60000;
    constexpr int kSettleMs = 400;
    window.showNormal();
    window.resize(1680, 1050);
    waitForLayout(window.layoutController(), kLayoutTimeoutMs);
    waitForOverlay(window.analysis()->overlay(), kLayoutTimeoutMs);
    settle(kSettleMs);
    window.diagramView()->fitToWindow();
    settle(kSettleMs);
    return window.grab().save(path);
}

} // namespace

int main(int argc, char *argv[])
{
    // Past a file size limit (ulimit -f) a save then fails with "file too
    // large" and the document stays open, instead of the signal killing the
    // app with its unsaved changes.
    std::signal(SIGXFSZ, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Weaklink"));
    QApplication::setApplicationName(QStringLiteral("Weaklink"));
    QApplication::setApplicationDisplayName(QStringLiteral("Weaklink"));
    QApplication::setApplicationVersion(QStringLiteral(WEAKLINK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/weaklink.svg")));
    wl::language::apply(wl::language::chosen(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Map and stress-test an AI supply chain."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QApplication::translate("main", "A .weaklink document or model JSON to open."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a picture of the window, with the diagram laid out, to OUT.png and exit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshotOption);
    const QCommandLineOption overlayOption(QStringLiteral("overlay"),
        QApplication::translate("main",
            "Show the heatmap of METRIC (likelihood, exposure, risk, time-to-compromise, "
            "blast-radius) on the canvas."),
        QStringLiteral("METRIC"));
    parser.addOption(overlayOption);
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QApplication::translate("main",
            "Use language CODE (en, de) this time, instead of the one chosen with Help ▸ "
            "Language or the system's."),
        QStringLiteral("CODE"));
    parser.addOption(langOption);
    const QCommandLineOption recoverOption(QStringLiteral("recover"),
        QApplication::translate("main",
            "Open the unsaved changes kept in the recovery copy COPY (after a crash, Weaklink "
            "offers them at start)."),
        QStringLiteral("COPY"));
    parser.addOption(recoverOption);
    parser.process(app);
    if (parser.isSet(langOption) && !wl::language::codes().contains(parser.value(langOption))) {
        printError(
            QStringLiteral("unknown language \"%1\"; use en or de").arg(parser.value(langOption)));
        return 2;
    }

    std::optional<wl::sim::Metric> metric;
    if (parser.isSet(overlayOption)) {
        metric = wl::sim::metricFromName(parser.value(overlayOption));
        if (!metric) {
            printError(QStringLiteral("unknown overlay metric \"%1\"; use one of: %2")
                           .arg(parser.value(overlayOption),
                               wl::sim::metricNames().join(QStringLiteral(", "))));
            return 2;
        }
    }

    wl::MainWindow window;
    if (metric)
        window.analysis()->overlay()->setMetric(metric);
    wl::DocumentController *controller = window.documentController();
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot) {
        // Nobody is there to answer a dialog.
        controller->prompts().error
            = [](const QString &, const QString &, const QString &reason) { printError(reason); };
    } else {
        window.show();
    }

    // Unsaved changes a crash left behind come first; a file asked for
    // then opens in a window of its own, unless it is the file whose
    // changes were recovered.
    const QStringList files = parser.positionalArguments();
    bool opened = false;
    if (!screenshot) {
        wl::Recovery *recovery = window.enableRecovery(wl::Recovery::defaultFolder());
        opened = parser.isSet(recoverOption) ? recovery->recover(parser.value(recoverOption))
                                             : recovery->offerLeftBehind();
        if (opened && !files.isEmpty()
            && QFileInfo(files.first()).absoluteFilePath() != controller->sourcePath())
            recovery->prompts().startWindow(files);
    }
    if (!opened)
        opened = files.isEmpty() ? controller->openExample() : controller->openFile(files.first());

    if (screenshot) {
        if (!opened)
            return 1;
        if (!saveScreenshot(window, parser.value(screenshotOption))) {
            printError(QStringLiteral("cannot write %1").arg(parser.value(screenshotOption)));
            return 1;
        }
        return 0;
    }
    return app.exec();
}
