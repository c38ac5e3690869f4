// Build-time tool: writes the second bundled example, a .weaklink document
// that tells the November 2025 analytics-vendor incident in the example's
// fictional names (docs/OBLIGATIONS.md, "The story example"):
//
//   make_story_example EXAMPLE.json OUT.weaklink
//
// The model is the bundled example as it is; beside it the scenario
// "Analytics vendor breach, customer told 16 days later": Northwind
// Analytics breached on 9 November 2025 at 09:00 UTC and aware at once,
// its customer's API platform dashboard told 384 hours (16 days) later, on
// 25 November, although the contract gives Northwind 96 hours; and the
// tabletop exercise set on that vendor and clock. Not installed.
#include "io/modeljson.h"
#include "storage/storage.h"

#include <QCoreApplication>

#include <cstdio>

using namespace wl;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: make_story_example EXAMPLE.json OUT.weaklink\n", stderr);
        return 2;
    }
    const ReadResult example = io::readModelJsonFile(args[1]);
    if (!example.ok()) {
        std::fprintf(stderr, "make_story_example: %s\n", qPrintable(example.message()));
        return 1;
    }
    const QString vendor = QStringLiteral("northwind");
    DocumentState state;
    SavedScenario story;
    story.name = QStringLiteral("Analytics vendor breach, customer told 16 days later");
    story.scenario.mode = sim::Mode::Seeded;
    story.scenario.seeds = { { vendor, 0.0 } };
    story.scenario.trials = 10000;
    story.awareness = { { QStringLiteral("web_dashboard"), 16 * 24.0 } };
    state.scenarios.append(story);
    ExerciseSettings &exercise = state.exercise.settings;
    exercise.vendor = vendor;
    exercise.start = QDateTime(QDate(2025, 11, 9), QTime(9, 0), Qt::UTC);
    exercise.lengthHours = 24 * 21.0;
    exercise.stepHours = 6.0;
    exercise.trials = 2000;
    QString error;
    if (!storage::save(*example.model, state, args[2], &error)) {
        std::fprintf(stderr, "make_story_example: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
