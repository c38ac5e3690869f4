// Reads the tables of the current schema into a Model and the document
// state beside it, checking every value
// against FORMAT.md's rules and the document's own (scenarios, exercise).
// Internal to storage: load() gives it a database whose schema it has
// checked and migrated.
#pragma once

#include "model/documentstate.h"
#include "model/model.h"

#include <sqlite3.h>

#include <optional>

namespace wl::storage {

struct StoredDocument {
    Model model;
    DocumentState state;
};

// The document, or nullopt with *error naming the table and row of the
// first problem ("invalid document: table nodes, row 3 (id "a"): …").
std::optional<StoredDocument> readDocument(sqlite3 *db, QString *error);

} // namespace wl::storage
