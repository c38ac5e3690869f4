// The .weaklink document: one SQLite file with a real schema (document
// metadata, nodes, data assets, edges, edge-asset flows, positions, named
// scenarios with their last result), marked by PRAGMA application_id and
// versioned by PRAGMA user_version. Since schema 3 it also keeps the tabletop
// exercise and its decision log.
//
// load() opens read-only and never writes, not even a journal or a -wal or
// -shm file: files from an older schema are migrated in memory. A document
// is untrusted input, so load() reads it defensively, within a time and
// memory budget, and refuses any schema but Weaklink's (views, triggers,
// virtual tables, unexpected tables or columns). save() writes a complete new database
// beside the target and renames it over the target, so that at every moment
// the path holds the complete old or the complete new document.
#pragma once

#include "model/readcontrol.h"
#include "model/readresult.h"

#include <chrono>
#include <span>

namespace wl::storage {

// 'WKLK'
inline constexpr qint32 kApplicationId = 0x574B4C4B;
// Bump with a migration step in storage.cpp; never edit an old step.
inline constexpr int kSchemaVersion = 7;

inline const QString kFileSuffix = QStringLiteral("weaklink");

// Results stored before schema 3 come back with their old keys
// (ReadResult::legacyResultDigests): files::openModelFile re-keys them.
// `control` names the stage (Loading) and stops the load within a
// thousand SQLite steps of a cancel.
ReadResult load(const QString &path, const ReadControl &control = {});

// On failure returns false, sets *error (naming the file) and leaves any
// existing file at `path` as it was.
bool save(const Model &model, const DocumentState &state, const QString &path, QString *error);
// A document with no scenarios and no exercise.
bool save(const Model &model, const QString &path, QString *error);

namespace detail {

// load() with another list of migration steps than the built-in one, so that
// tests can drive the migration path before a real step exists. Step k (from
// 0) is an SQL script that turns schema k + 1 into schema k + 2; after the
// steps the database must have the current table layout, which this list
// then calls schema 1 + steps.size().
ReadResult loadWithMigrations(const QString &path, std::span<const char *const> steps);

// The built-in steps, in that form: for tests that apply them to a file of
// an older schema themselves.
std::span<const char *const> migrations();

// What loading a document may spend before it is refused as hostile ("not
// a valid Weaklink document: reading it takes longer than …"): wall-clock
// time and SQLite heap (sqlite3_hard_heap_limit64, process-wide while the
// load runs).
struct LoadLimits {
    std::chrono::milliseconds time { 0 };
    qint64 heapBytes = 0;
};
// The limits load() uses for a file of `fileBytes`: far more than any real
// document of that size needs (docs/RELIABILITY.md).
LoadLimits defaultLoadLimits(qint64 fileBytes);
ReadResult loadWithLimits(const QString &path, const LoadLimits &limits);

} // namespace detail

} // namespace wl::storage
