// A dated snapshot of the model kept in the document (.weaklink): a frozen
// copy of the model as it was, with its annual baseline result, so that a
// board can be told what changed since (docs/SNAPSHOTS.md). The model is
// kept as model JSON (FORMAT.md §1) and parsed only when the snapshot is
// opened or compared: opening a document copies a snapshot's bytes but
// builds no model from them. Like scenarios, snapshots belong to the
// document, not to model JSON.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wl {

struct Snapshot {
    QString name; // non-empty, unique within the document
    QDateTime takenAt; // the date it stands for (UTC, to the millisecond)
    QString note;
    // The model as model JSON (io::writeModelJson), never empty.
    QByteArray modelJson;
    // The annual baseline of that model as simulation result JSON
    // (FORMAT.md §3), with the trials and the random seed it was run with.
    QByteArray baselineJson;
    int trials = 10000;
    quint64 rngSeed = 1;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

namespace snapshot {

// Why a snapshot cannot be called `name` (it is blank), empty if it can.
QString checkName(const QString &name);

// Why `s` cannot be stored, empty if it can: an empty name, an invalid
// date, no model, trials below 1. Whether the JSON reads is checked where
// it is read.
QString checkSnapshot(const Snapshot &s);

// The stored form of the date: ISO 8601 in UTC with milliseconds.
QString takenAtToText(const QDateTime &takenAt);
QDateTime takenAtFromText(const QString &text);

} // namespace snapshot

} // namespace wl
