#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("weaklink-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEAKLINK_VERSION));
    return wl::cli::run(QCoreApplication::arguments().mid(1));
}
