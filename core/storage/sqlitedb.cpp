#include "sqlitedb.h"

#include "schema.h"

namespace wl::storage {

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

DbPtr openDatabase(const QByteArray &name, int flags, QString *reason)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    // SQLite hands out a handle even when opening fails; it carries the message.
    DbPtr db(raw);
    if (rc != SQLITE_OK) {
        *reason = raw ? sqliteMessage(raw) : QString::fromUtf8(sqlite3_errstr(rc));
        return {};
    }
    return db;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

StmtPtr prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    return StmtPtr(s);
}

std::optional<qint64> queryInteger(sqlite3 *db, const char *sql)
{
    StmtPtr s = prepare(db, sql);
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW)
        return std::nullopt;
    return sqlite3_column_int64(s.get(), 0);
}

QString openingError(sqlite3 *db)
{
    if (sqlite3_errcode(db) == SQLITE_NOTADB)
        return kNotOurs + QStringLiteral(": not an SQLite database");
    return kDamaged + sqliteMessage(db);
}

} // namespace wl::storage
