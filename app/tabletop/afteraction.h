// The after-action record of a tabletop exercise, as Markdown and as PDF:
// the exercise settings, the responses, the decision log, every
// notification obligation with its outcome (met, met late, missed, open)
// and snapshots of
// the projection along the timeline (the most likely compromised nodes and
// the exposed data assets, with probabilities and records).
//
// The PDF is the Markdown laid out by QTextDocument (GitHub dialect, with
// tables), so the two always say the same, as a report: in the diagram
// export's typeface, with the diagram at the chosen hour (drawn through
// core/render like the canvas, the tabletop's heatmap on it) before the
// timeline, and tables whose columns are as wide as their words. Both are
// written atomically (io::AtomicFile): an existing file is replaced only by
// a complete new one.
#pragma once

#include "analysis/projection.h"
#include "obligations/exerciseclocks.h"
#include "render/diagram.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QTextDocument;

namespace wl::tabletop {

struct AfterActionOptions {
    // A snapshot every this many hours (from this on), besides one at each
    // response and one at the end of the exercise.
    double everyHours = 24.0;
    // Most likely compromised nodes listed per snapshot (those above 0).
    int topNodes = 10;
    // When the record was made; written in its header.
    QDateTime exportedAt;
    // With a value, the record shows the diagram at this t before the
    // timeline, as the image kDiagramImage (which the PDF provides).
    std::optional<double> diagramHours;
};

// The name the record gives the diagram's image.
inline constexpr char16_t kDiagramImage[] = u"weaklink-diagram.png";

struct SnapshotTime {
    int index = 0; // in the projection's timeline
    double hours = 0.0;
    QStringList reasons; // "every 24 h", "response: sever X", "end"
};

// The snapshot points: every `everyHours` (the timeline point at or before
// each multiple), every response time, the end; ascending, one per point.
std::vector<SnapshotTime> snapshotTimes(
    const analysis::Projection &p, const QVector<sim::TimedNode> &responses, double everyHours);

// The record. `model` is the document's model (names) and `exercise` its
// exercise (settings and decision log); `clocks` its notification clocks
// (TabletopSession::clocks()), null for no such section; `projection` may be
// null (no timeline then) and `stale` says the projection no longer matches
// the settings.
QString afterActionMarkdown(const Model &model, const Exercise &exercise,
    const obligations::ExerciseClocks *clocks, const analysis::Projection *projection, bool stale,
    const AfterActionOptions &options);

bool writeMarkdown(const QString &path, const QString &markdown, QString *error);
// The Markdown laid out for an A4 portrait page (15 mm margins), in
// document units of 1/96 inch, with `diagram` (if any) as its kDiagramImage,
// as wide as the text.
std::unique_ptr<QTextDocument> afterActionDocument(
    const QString &markdown, const render::Diagram *diagram);
// The PDF of afterActionDocument().
bool writePdf(
    const QString &path, const QString &markdown, const render::Diagram *diagram, QString *error);

} // namespace wl::tabletop
