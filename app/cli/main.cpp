#include "cli.h"

#include <QApplication>

#include <csignal>
#include <memory>

namespace {

QtMessageHandler defaultMessageHandler = nullptr;

// Qt's platform start-up looks up the session's runtime directory and warns
// when there is none (containers, CI, su): noise on standard error, where
// FORMAT.md §2 promises one line of reason, for a directory the CLI never
// uses.
void dropRuntimeDirectoryNotice(
    QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    defaultMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Past a file size limit (ulimit -f) a write then fails with "file too
    // large", which the command reports, instead of the signal killing it
    // part-way through a file.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Only picture export paints text, which needs a QGuiApplication; every
    // other command stays light and never touches a display. The pictures
    // go to files, so a display would add nothing but a way to fail: the
    // offscreen platform is used unless the user chose one.
    // The report draws Qt Charts, which are widgets: a QApplication.
    std::unique_ptr<QCoreApplication> app;
    const bool widgets = wl::cli::commandNeedsWidgets(args);
    if (widgets || wl::cli::commandDraws(args)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultMessageHandler = qInstallMessageHandler(dropRuntimeDirectoryNotice);
        if (widgets)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("weaklink-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEAKLINK_VERSION));
    return wl::cli::run(args);
}
