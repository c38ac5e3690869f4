// The board report as a PDF (docs/REPORT.md): cover, contents, one page in
// plain language, the map with the risk heatmap, the risk matrix, the
// loss-exceedance curve and the exposure by category (the Charts dock's own
// Qt Charts), fourth-party concentration, contract gaps, what changed since
// the snapshot, the scenario, and how the numbers were made. Drawn with
// QPdfWriter: text through QTextDocument, the map through the one drawing
// path, the charts rendered from their scene. One type scale; every page
// but the cover numbered; nothing that does not fit is clipped — a block
// that does not fit moves to the next page, tables show their first rows
// and say how many more the JSON twin has.
#pragma once

#include "report/reportdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace wl::report {

class BoardReport {
    Q_DECLARE_TR_FUNCTIONS(wl::report::BoardReport)
public:
    struct Section {
        QString title;
        int page = 0; // 1-based
        friend bool operator==(const Section &, const Section &) = default;
    };
    struct Layout {
        int pages = 0;
        QVector<Section> sections; // as the contents list them
    };

    // The PDF's bytes (a QApplication must exist: Qt Charts draws through
    // QGraphicsScene); *layout, if given, says what went on which page.
    static QByteArray pdf(const ReportData &d, Layout *layout = nullptr);
    // Written atomically: on failure an existing file is left as it was and
    // *error names the file and the reason.
    static bool write(const ReportData &d, const QString &path, QString *error);
};

} // namespace wl::report
