// Reads the tables of the current schema into a Model and the document
// state beside it, checking every value
// against FORMAT.md's rules and the document's own (scenarios, exercise).
// Internal to storage: load() gives it a database whose schema it has
// checked and migrated.
#pragma once

#include "defensive.h"
#include "sqlitedb.h"

#include "model/documentstate.h"
#include "model/model.h"

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace wl::storage {

struct StoredDocument {
    Model model;
    DocumentState state;
};

// The edges table, the largest, read on a second connection to the same
// unchanging file and on a thread of its own while readDocument reads the
// other tables: opening then takes the longer of the two instead of both.
class EdgesAhead {
public:
    struct Rows;

    // Starts reading at once on `db`, hardened with its own copy of
    // `budget` (the same limits, deadline and cancel). `meanwhile` is work
    // that take() does on its caller's thread before it waits for the rows.
    EdgesAhead(DbPtr db, const Budget &budget, std::function<void()> meanwhile);
    // Waits for the thread.
    ~EdgesAhead();
    EdgesAhead(const EdgesAhead &) = delete;
    EdgesAhead &operator=(const EdgesAhead &) = delete;

    // Once reading has ended (these wait for it): the rows (after
    // `meanwhile`), the budget (to tell a limit or a cancel from a damaged
    // file) and the connection.
    Rows take();
    const Budget &budget();
    sqlite3 *db();

private:
    void finish();

    DbPtr m_db;
    Budget m_budget;
    std::unique_ptr<Rows> m_rows;
    std::function<void()> m_meanwhile;
    std::thread m_thread;
};

// The document, or nullopt with *error naming the table and row of the
// first problem ("invalid document: table nodes, row 3 (id "a"): …").
// With `ahead`, its rows are the edges table's.
std::optional<StoredDocument> readDocument(
    sqlite3 *db, QString *error, EdgesAhead *ahead = nullptr);

} // namespace wl::storage
