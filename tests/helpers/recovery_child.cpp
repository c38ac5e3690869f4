// For tst_recovery: a window that keeps recovery copies, as the app's does,
// makes edits and prints "copy PATH" after each copy it writes, until it is
// killed.
//
// usage: weaklink_recovery_child FOLDER DOC|- STEPS INTERVAL_MS LABEL
//   FOLDER       the recovery folder
//   DOC          a document to open; - for a new document
//   STEPS        how many edits: the model is renamed "LABEL 1" … "LABEL STEPS"
//   INTERVAL_MS  the interval of timed copies; 0 for copies after undo steps only
#include "documentcontroller.h"
#include "mainwindow.h"
#include "recovery/recovery.h"

#include "commands/commands.h"
#include "model/document.h"

#include <QApplication>

#include <chrono>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s FOLDER DOC|- STEPS INTERVAL_MS LABEL\n", argv[0]);
        return 2;
    }
    const QStringList args = QCoreApplication::arguments();
    wl::MainWindow window;
    wl::DocumentController *controller = window.documentController();
    controller->prompts().error = [](const QString &, const QString &, const QString &reason) {
        std::fprintf(stderr, "%s\n", qPrintable(reason));
    };
    wl::Recovery *recovery = window.enableRecovery(args[1]);
    recovery->setInterval(std::chrono::milliseconds(args[4].toInt()));
    QObject::connect(recovery, &wl::Recovery::copyWritten, [](const QString &path) {
        std::printf("copy %s\n", qPrintable(path));
        std::fflush(stdout);
    });
    if (args[2] != QLatin1String("-") && !controller->openFile(args[2]))
        return 1;
    wl::Document *document = window.document();
    for (int i = 1; i <= args[3].toInt(); ++i)
        document->undoStack()->push(
            wl::commands::setModelName(document, QStringLiteral("%1 %2").arg(args[5]).arg(i))
                .release());
    return app.exec();
}
