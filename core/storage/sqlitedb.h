// The SQLite C API as storage uses it: handles that close themselves, one
// statement at a time, and typed access to a row. Internal to storage.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

#include <memory>
#include <optional>

namespace wl::storage {

struct CloseDb {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, CloseDb>;

struct FinalizeStmt {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using StmtPtr = std::unique_ptr<sqlite3_stmt, FinalizeStmt>;

QString sqliteMessage(sqlite3 *db);
// Opens `name` with `flags`; on failure sets *reason and returns null.
DbPtr openDatabase(const QByteArray &name, int flags, QString *reason);
bool exec(sqlite3 *db, const char *sql);
StmtPtr prepare(sqlite3 *db, const char *sql);
// Runs a one-row pragma or query returning an integer; nullopt on error.
std::optional<qint64> queryInteger(sqlite3 *db, const char *sql);
// Why a file could not be opened as a database: not one at all, or damaged.
QString openingError(sqlite3 *db);

// Typed access to the current row of a SELECT. SQLite converts between
// storage classes on request; a document must hold the declared ones, so a
// mismatch is reported (the first one) instead of being read as 0 or "".
class Row {
public:
    explicit Row(sqlite3_stmt *s)
        : m_s(s)
    {
    }

    qint64 integer(int col)
    {
        if (sqlite3_column_type(m_s, col) == SQLITE_INTEGER)
            return sqlite3_column_int64(m_s, col);
        mismatch(col, "an integer");
        return 0;
    }
    double real(int col)
    {
        const int type = sqlite3_column_type(m_s, col);
        if (type == SQLITE_FLOAT || type == SQLITE_INTEGER)
            return sqlite3_column_double(m_s, col);
        mismatch(col, "a number");
        return 0.0;
    }
    // NULL is none.
    std::optional<double> optionalReal(int col)
    {
        if (sqlite3_column_type(m_s, col) == SQLITE_NULL)
            return std::nullopt;
        return real(col);
    }
    QString text(int col) { return QString::fromUtf8(view(col)); }
    // NULL is none.
    std::optional<QString> optionalText(int col)
    {
        if (sqlite3_column_type(m_s, col) == SQLITE_NULL)
            return std::nullopt;
        return text(col);
    }
    // Text as stored, byte for byte.
    QByteArray utf8(int col) { return view(col).toByteArray(); }
    // The same without a copy, valid until the statement steps on.
    QByteArrayView view(int col)
    {
        if (sqlite3_column_type(m_s, col) != SQLITE_TEXT) {
            mismatch(col, "text");
            return {};
        }
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_s, col));
        return QByteArrayView(p, sqlite3_column_bytes(m_s, col));
    }
    QByteArray blob(int col)
    {
        if (sqlite3_column_type(m_s, col) != SQLITE_BLOB) {
            mismatch(col, "a blob");
            return {};
        }
        const auto *p = static_cast<const char *>(sqlite3_column_blob(m_s, col));
        return QByteArray(p, sqlite3_column_bytes(m_s, col));
    }

    // "column: must be …" for the first mismatch, else empty.
    const QString &problem() const { return m_problem; }

private:
    void mismatch(int col, const char *expected)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1: must be %2")
                            .arg(QString::fromUtf8(sqlite3_column_name(m_s, col)),
                                QLatin1String(expected));
    }

    sqlite3_stmt *m_s;
    QString m_problem;
};

} // namespace wl::storage
