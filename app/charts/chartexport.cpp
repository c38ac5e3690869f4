#include "charts/chartexport.h"

#include "io/atomicfile.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextDocumentFragment>

namespace wl::charts {

QString ChartExport::write(QChart *chart, const QString &path, QSize size)
{
    // The view owns the chart from here on, whatever happens below. The
    // chart is laid out in the view's scene at `size` and the scene is
    // drawn: a view that was never shown has not been laid out.
    QChartView view(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    if (chart->layout())
        chart->layout()->activate();
    view.scene()->setSceneRect(chart->geometry());
    const auto draw = [&view, size](QPainter *painter) {
        painter->setRenderHint(QPainter::Antialiasing);
        view.scene()->render(painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    };

    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg")
        return tr("%1: unknown picture format \"%2\" (use .png or .svg)")
            .arg(QFileInfo(path).fileName(), suffix);

    // Drawn in memory, then written in one atomic step.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (suffix == u"png") {
        constexpr qreal scale = 2.0;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        draw(&painter);
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return tr("%1: the picture could not be encoded").arg(path);
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        // Titles may hold markup (a second line); the SVG title is text.
        svg.setTitle(QTextDocumentFragment::fromHtml(chart->title()).toPlainText());
        svg.setDescription(tr("Chart exported by Weaklink"));
        QPainter painter(&svg);
        draw(&painter);
        painter.end();
    }
    QString error;
    if (!io::writeFileAtomically(path, buffer.data(), &error))
        return error;
    return {};
}

} // namespace wl::charts
