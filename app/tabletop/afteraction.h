// The after-action record of a tabletop exercise, as Markdown and as PDF:
// the exercise settings, the responses, the decision log and snapshots of
// the projection along the timeline (the most likely compromised nodes and
// the exposed data assets, with probabilities and records).
//
// The PDF is the Markdown laid out by QTextDocument (GitHub dialect, with
// tables), so the two always say the same. Both are written atomically
// (io::AtomicFile): an existing file is replaced only by a complete new one.
#pragma once

#include "analysis/projection.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace wl::tabletop {

struct AfterActionOptions {
    // A snapshot every this many hours (from this on), besides one at each
    // response and one at the end of the exercise.
    double everyHours = 24.0;
    // Most likely compromised nodes listed per snapshot (those above 0).
    int topNodes = 10;
    // When the record was made; written in its header.
    QDateTime exportedAt;
};

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
// exercise (settings and decision log); `projection` may be null (no
// timeline then) and `stale` says the projection no longer matches the
// settings.
QString afterActionMarkdown(const Model &model, const Exercise &exercise,
    const analysis::Projection *projection, bool stale, const AfterActionOptions &options);

bool writeMarkdown(const QString &path, const QString &markdown, QString *error);
// A4 portrait PDF of the Markdown.
bool writePdf(const QString &path, const QString &markdown, QString *error);

} // namespace wl::tabletop
