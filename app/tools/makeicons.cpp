// Renders the application's SVG icon to the PNG sizes of the freedesktop
// icon theme (16 to 256 pixels), for the package: the apps icon and the
// document type's (docs/PACKAGING.md). Run at build time.
//
//   make_icons ICON.svg OUT_DIR
// writes OUT_DIR/NxN/apps/weaklink.png and
// OUT_DIR/NxN/mimetypes/application-x-weaklink.png for each size.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: make_icons ICON.svg OUT_DIR\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "%s: not an SVG icon\n", qPrintable(args[1]));
        return 1;
    }
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        p.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args[2]).arg(size);
        for (const auto &[folder, name] : { std::pair { "apps", "weaklink" },
                 std::pair { "mimetypes", "application-x-weaklink" } }) {
            const QString path = QStringLiteral("%1/%2/%3.png")
                                     .arg(dir, QLatin1String(folder), QLatin1String(name));
            if (!QDir().mkpath(QFileInfo(path).path()) || !image.save(path)) {
                std::fprintf(stderr, "%s: cannot write the file\n", qPrintable(path));
                return 1;
            }
        }
    }
    return 0;
}
