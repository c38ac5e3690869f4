// A picture of the presenter view at 1920 × 1080, for looking at, not an
// assertion on pixels: a tabletop exercise on a model, laid out as the
// canvas lays it out, breached at VENDOR, at HOURS into the exercise, with
// the scene showing the exercise's heatmap at t (as the main window does).
//
//   QT_QPA_PLATFORM=offscreen build/tests/tools/presenter_screenshot
//       OUT.png [VENDOR [HOURS [MODEL]]]
//
// VENDOR defaults to northwind, HOURS to 48, MODEL to the bundled example
// (resources/examples/).
#include "editor/diagramscene.h"
#include "files/modelfile.h"
#include "jobs/simulationsnapshot.h"
#include "layout/layout.h"
#include "model/document.h"
#include "selection.h"
#include "tabletop/presenterview.h"
#include "tabletop/tabletopoverlay.h"
#include "tabletop/tabletopsession.h"

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>

#include <cstdio>

using namespace wl;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "presenter_screenshot: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() > 4)
        return fail(QStringLiteral("usage: presenter_screenshot OUT.png [VENDOR [HOURS [MODEL]]]"));
    const QString vendor = args.size() > 1 ? args[1] : QStringLiteral("northwind");
    const double hours = args.size() > 2 ? args[2].toDouble() : 48.0;
    const QString modelPath = args.size() > 3 ? args[3] : QStringLiteral(WEAKLINK_EXAMPLE);
    const ReadResult read = files::openModelFile(modelPath);
    if (!read.model)
        return fail(read.error);

    Exercise exercise;
    exercise.settings.vendor = vendor;
    exercise.settings.start = QDateTime(QDate(2025, 11, 24), QTime(9, 0), Qt::UTC);
    exercise.settings.responses = { { QStringLiteral("summaraize"), 30.0 } };
    Document doc(*read.model, { {}, exercise, {} });
    SimulationContext simulation(&doc);
    tabletop::TabletopSession session(&simulation);
    Selection selection(&doc);
    DiagramScene scene(&doc, &selection);
    const layout::LayoutOutcome laidOut = layout::computeLayout(doc.model(), {});
    if (!laidOut.result)
        return fail(laidOut.error);
    scene.setLayout(*laidOut.result, doc.model());

    QSignalSpy projected(&session, &tabletop::TabletopSession::projectionChanged);
    if (!projected.wait(600000) || !session.projection())
        return fail(session.problem());
    session.setCurrentHours(hours);
    scene.setOverlay(tabletop::frameOverlay(session, render::ScaleKind::Linear));

    auto *presenter = new tabletop::PresenterView(&scene, &session);
    presenter->resize(1920, 1080);
    presenter->show();
    QSignalSpy shown(&scene, &DiagramScene::diagramUpdated);
    shown.wait(500);
    QApplication::processEvents();
    std::fprintf(stderr, "presenter_screenshot: %s, names at %.1f px\n",
        presenter->showsWholeMap() ? "the whole map" : "the part that matters",
        presenter->namePixelSize());
    if (!presenter->grab().save(args[0]))
        return fail(QStringLiteral("cannot write %1").arg(args[0]));
    presenter->close();
    return 0;
}
