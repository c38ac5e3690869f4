// The .weaklink document: one SQLite file with a real schema (document
// metadata, nodes, data assets, edges, edge-asset flows, positions), marked by
// PRAGMA application_id and versioned by PRAGMA user_version.
//
// load() opens read-only and never writes, not even a journal: files from an
// older schema are migrated in memory. save() writes a complete new database
// beside the target and renames it over the target, so that at every moment
// the path holds the complete old or the complete new document.
#pragma once

#include "model/readresult.h"

namespace wl::storage {

// 'WKLK'
inline constexpr qint32 kApplicationId = 0x574B4C4B;
// Bump with a migration step in storage.cpp; never edit an old step.
inline constexpr int kSchemaVersion = 1;

inline const QString kFileSuffix = QStringLiteral("weaklink");

ReadResult load(const QString &path);

// On failure returns false, sets *error (naming the file) and leaves any
// existing file at `path` as it was.
bool save(const Model &model, const QString &path, QString *error);

} // namespace wl::storage
