// A picture of the Weak links panel with both halves filled, for looking
// at, not an assertion on pixels: the rankings of a model and the what-if
// of hardening its top-ranked vendor, grabbed to a PNG.
//
//   QT_QPA_PLATFORM=offscreen build/tests/tools/weaklinks_screenshot OUT.png [MODEL]
//
// MODEL defaults to the bundled example (resources/examples/).
#include "docks/weaklinksdock.h"
#include "files/modelfile.h"
#include "jobs/simulationsnapshot.h"

#include <QApplication>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <cstdio>
#include <memory>

using namespace wl;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "weaklinks_screenshot: %s\n", qPrintable(message));
    return 1;
}

bool clickAndWait(
    WeakLinksDock &dock, const char *button, BackgroundJobBase *runner, QSignalSpy &finished)
{
    auto *b = dock.findChild<QPushButton *>(QString::fromLatin1(button));
    if (!b || !b->isEnabled())
        return false;
    b->click();
    return finished.wait(600000) && !runner->isRunning();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() > 2)
        return fail(QStringLiteral("usage: weaklinks_screenshot OUT.png [MODEL]"));
    const QString modelPath = args.size() == 2 ? args[1] : QStringLiteral(WEAKLINK_EXAMPLE);
    const ReadResult read = files::openModelFile(modelPath);
    if (!read.model)
        return fail(read.error);

    Document doc(*read.model);
    SimulationContext simulation(&doc);
    RankingRunner rankingRunner(&simulation);
    WhatIfRunner whatIfRunner(&simulation);
    WeakLinksDock dock(&simulation, &rankingRunner, &whatIfRunner);
    dock.resize(1300, 560);
    dock.show();

    QSignalSpy ranked(&rankingRunner, &RankingRunner::finished);
    if (!clickAndWait(dock, "computeRankings", &rankingRunner, ranked))
        return fail(QStringLiteral("the rankings did not finish"));
    const QAbstractItemModel *table = dock.rankingTable()->model();
    if (table->rowCount() == 0)
        return fail(QStringLiteral("the model has no ranked vendor"));
    dock.setCurrentNode(
        table->index(0, WeakLinksDock::RankId).data(WeakLinksDock::SortRole).toString());
    QSignalSpy compared(&whatIfRunner, &WhatIfRunner::finished);
    if (!clickAndWait(dock, "hardenVendor", &whatIfRunner, compared))
        return fail(QStringLiteral("the what-if did not finish"));
    if (!dock.grab().save(args[0]))
        return fail(QStringLiteral("cannot write %1").arg(args[0]));
    return 0;
}
