// Writes a whole Model into a fresh, empty database with the current schema
// (schema.h), in one transaction. Internal to storage: save() gives it the
// temporary file of an io::AtomicFile.
#pragma once

#include "model/model.h"

#include <sqlite3.h>

namespace wl::storage {

// False on any failure; the database's message says why.
bool writeDocument(sqlite3 *db, const Model &model);

} // namespace wl::storage
