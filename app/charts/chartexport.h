// Writes a chart to a PNG or SVG file, chosen by the file's extension.
// The file is written atomically (io::AtomicFile): on any failure the old file,
// if there was one, is left as it was.
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QChart;

namespace wl::charts {

class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(wl::charts::ChartExport)
public:
    // Takes ownership of `chart` and lays it out at `size` (points; a PNG
    // gets twice as many pixels). Returns an empty string on success, else
    // the reason.
    static QString write(QChart *chart, const QString &path, QSize size = QSize(1200, 800));
};

} // namespace wl::charts
