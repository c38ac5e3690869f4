// Opening a document that may have been built to do harm (docs/RELIABILITY.md).
// A document is untrusted input: it arrives by e-mail from a vendor or a
// consultant. Every connection that reads one is hardened as SQLite's
// security notes advise (https://www.sqlite.org/security.html): defensive
// mode, no schema functions, triggers, views or extensions, small limits,
// and a time and memory budget for the whole load. Before any row is read,
// the schema must be exactly Weaklink's: tables with the expected columns,
// no views, triggers or virtual tables (schemaProblem).
// Internal to storage.
#pragma once

#include "storage.h"

#include <QDeadlineTimer>
#include <QString>

#include <sqlite3.h>

namespace wl::storage {

// What one load may still spend.
struct Budget {
    QDeadlineTimer deadline;
    detail::LoadLimits limits;
    bool expired = false;
    // The caller's cancel, polled with the deadline; `cancelled` once it
    // stopped a query.
    const ReadControl *control = nullptr;
    bool cancelled = false;
};

// Defensive mode, no trusted schema, triggers, views or extensions, small
// limits, and a progress handler that stops any query once `budget` is
// spent or the read is cancelled. `budget` must outlive the connection's queries.
void harden(sqlite3 *db, Budget *budget);

// sqlite3_hard_heap_limit64 is one limit for the whole process: while loads
// run it is the largest that any of them asked for, and when the last one
// ends it is what it was before.
class HeapLimit {
public:
    explicit HeapLimit(qint64 bytes);
    ~HeapLimit();
    HeapLimit(const HeapLimit &) = delete;
    HeapLimit &operator=(const HeapLimit &) = delete;

private:
    qint64 m_bytes;
};

// Why a step failed when the budget, not the file, stopped it; else empty.
QString budgetProblem(const Budget &budget, sqlite3 *db);

enum class SchemaCheck {
    Runnable, // nothing that reading could run: only tables and indexes
    Exact, // and exactly the tables and columns of a new document
};
// Why the schema of `db` fails `check` ("not a valid Weaklink document: …"),
// or empty.
QString schemaProblem(sqlite3 *db, SchemaCheck check);

// Corruption in pages the reader would not visit (indexes, free pages)
// still means the file is damaged: quick_check walks every page cheaply.
// Why ("damaged document: …"), or empty.
QString damage(sqlite3 *db);

} // namespace wl::storage
