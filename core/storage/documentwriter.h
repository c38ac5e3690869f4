// Writes a whole Model and its document state into a fresh, empty database with the current schema
// (schema.h), in one transaction. Internal to storage: save() gives it the
// temporary file of an io::AtomicFile.
#pragma once

#include "model/documentstate.h"
#include "model/model.h"

#include <sqlite3.h>

namespace wl::storage {

// False on any failure: *problem says why where the model refers to an
// element it does not have (an edge's end, an asset's owner, a flow's
// asset), else it stays empty and the database's message says why.
bool writeDocument(sqlite3 *db, const Model &model, const DocumentState &state, QString *problem);

} // namespace wl::storage
