#include "defensive.h"

#include "schema.h"
#include "sqlitedb.h"

#include <QStringList>

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>
#include <vector>

namespace wl::storage {

namespace {

// Longer texts and blobs than any document holds (a scenario result of
// 100,000 nodes is about 10 MB).
constexpr int kMaxValueBytes = 256 << 20;
// SQLite calls the progress handler every this many virtual-machine steps.
constexpr int kProgressSteps = 1000;

int onProgress(void *budget)
{
    auto *b = static_cast<Budget *>(budget);
    b->expired = b->expired || b->deadline.hasExpired();
    b->cancelled = b->cancelled || (b->control && b->control->cancelled());
    return b->expired || b->cancelled ? 1 : 0;
}

// HeapLimit's state: one for the process, as the limit is.
std::mutex heapMutex;
std::multiset<qint64> activeHeapLimits;
sqlite3_int64 heapLimitBefore = 0;

// A table and its columns in order, each as "name TYPE NOT NULL PRIMARY KEY"
// (the parts that apply).
struct Table {
    QString name;
    QStringList columns;
};
// In the order the tables were created.
using Shape = std::vector<Table>;

const Table *find(const Shape &shape, const QString &name)
{
    const auto it
        = std::find_if(shape.begin(), shape.end(), [&](const Table &t) { return t.name == name; });
    return it == shape.end() ? nullptr : &*it;
}

// The columns of `table`; nullopt with *problem set if one is generated or
// hidden, which reading would compute.
std::optional<QStringList> columnsOf(sqlite3 *db, const QString &table, QString *problem)
{
    StmtPtr s
        = prepare(db, "SELECT name, type, \"notnull\", pk, hidden FROM pragma_table_xinfo(?)");
    const QByteArray name = table.toUtf8();
    if (!s || sqlite3_bind_text(s.get(), 1, name.constData(), int(name.size()), SQLITE_STATIC)) {
        *problem = kDamaged + sqliteMessage(db);
        return std::nullopt;
    }
    QStringList columns;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        Row r(s.get());
        const QString column = r.text(0);
        QString shape = column + u' ' + r.text(1);
        if (r.integer(2) != 0)
            shape += QStringLiteral(" NOT NULL");
        if (r.integer(3) != 0)
            shape += QStringLiteral(" PRIMARY KEY");
        if (r.integer(4) != 0) {
            *problem = kNotValid
                + QStringLiteral("table %1: column %2 is computed or hidden").arg(table, column);
            return std::nullopt;
        }
        columns << shape;
    }
    if (rc != SQLITE_DONE) {
        *problem = kDamaged + sqliteMessage(db);
        return std::nullopt;
    }
    return columns;
}

// Why the schema of `db` holds something that reading could run, or empty.
// Only tables (not virtual, without computed columns) and indexes may be
// there; *tables receives the tables.
QString runnableObjects(sqlite3 *db, Shape *tables)
{
    StmtPtr s = prepare(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY rowid");
    if (!s)
        return openingError(db);
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        const auto text = [&](int col) {
            return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(s.get(), col)));
        };
        const QString type = text(0);
        const QString name = text(1);
        const QString sql = text(2).simplified();
        // SQLite's own tables, and indexes (which reading never computes).
        if (name.startsWith(u"sqlite_", Qt::CaseInsensitive) || type == u"index")
            continue;
        if (type == u"view")
            return kNotValid + QStringLiteral("%1 is a view, not a table").arg(name);
        if (type == u"trigger")
            return kNotValid + QStringLiteral("it contains a trigger (%1)").arg(name);
        if (type != u"table")
            return kNotValid + QStringLiteral("it contains a %1 (%2)").arg(type, name);
        if (sql.startsWith(u"CREATE VIRTUAL TABLE", Qt::CaseInsensitive))
            return kNotValid + QStringLiteral("%1 is a virtual table").arg(name);
        if (!sql.startsWith(u"CREATE TABLE", Qt::CaseInsensitive))
            return kNotValid + QStringLiteral("table %1 is not defined as a table").arg(name);
        QString problem;
        std::optional<QStringList> columns = columnsOf(db, name, &problem);
        if (!columns)
            return problem;
        tables->push_back({ name, std::move(*columns) });
    }
    return rc == SQLITE_DONE ? QString() : openingError(db);
}

// The tables of a new document, read off a database made by the same
// statements as a saved one.
const Shape &currentShape()
{
    static const Shape shape = [] {
        Shape result;
        QString reason;
        DbPtr db = openDatabase(
            QByteArrayLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, &reason);
        bool ok = db && exec(db.get(), kCreateTables);
        for (const char *step : kMigrations)
            ok = ok && exec(db.get(), step);
        if (ok)
            runnableObjects(db.get(), &result);
        Q_ASSERT(result.size() > 1);
        return result;
    }();
    return shape;
}

// Why the schema of `db` is not a Weaklink schema, or empty: nothing that
// reading could run (runnableObjects) and, with `expected`, exactly those
// tables with exactly those columns.
QString checkSchema(sqlite3 *db, const Shape *expected)
{
    Shape tables;
    if (QString problem = runnableObjects(db, &tables); !problem.isEmpty() || !expected)
        return problem;
    for (const Table &want : *expected)
        if (!find(tables, want.name))
            return kNotValid + QStringLiteral("table %1 is missing").arg(want.name);
    for (const Table &have : tables) {
        const Table *want = find(*expected, have.name);
        if (!want)
            return kNotValid + QStringLiteral("unexpected table %1").arg(have.name);
        const QStringList &a = have.columns;
        const QStringList &b = want->columns;
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QString where = QStringLiteral("table %1: ").arg(have.name);
            if (i >= a.size())
                return kNotValid + where + QStringLiteral("column \"%1\" is missing").arg(b.at(i));
            if (i >= b.size())
                return kNotValid + where + QStringLiteral("unexpected column \"%1\"").arg(a.at(i));
            if (a.at(i) != b.at(i))
                return kNotValid + where
                    + QStringLiteral("column %1 is \"%2\" where \"%3\" belongs")
                          .arg(i + 1)
                          .arg(a.at(i), b.at(i));
        }
    }
    return {};
}

} // namespace

void harden(sqlite3 *db, Budget *budget)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    for (const int off : { SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_ENABLE_TRIGGER,
             SQLITE_DBCONFIG_ENABLE_VIEW, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION })
        sqlite3_db_config(db, off, 0, nullptr);
    const struct {
        int id;
        int value;
    } limits[] = {
        { SQLITE_LIMIT_LENGTH, kMaxValueBytes },
        { SQLITE_LIMIT_SQL_LENGTH, 1 << 20 },
        { SQLITE_LIMIT_COLUMN, 64 },
        { SQLITE_LIMIT_EXPR_DEPTH, 64 },
        { SQLITE_LIMIT_COMPOUND_SELECT, 4 },
        { SQLITE_LIMIT_FUNCTION_ARG, 8 },
        { SQLITE_LIMIT_ATTACHED, 0 },
        { SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 64 },
        { SQLITE_LIMIT_VARIABLE_NUMBER, 64 },
        { SQLITE_LIMIT_TRIGGER_DEPTH, 1 },
        { SQLITE_LIMIT_WORKER_THREADS, 0 },
    };
    for (const auto &limit : limits)
        sqlite3_limit(db, limit.id, limit.value);
    sqlite3_progress_handler(db, kProgressSteps, onProgress, budget);
}

HeapLimit::HeapLimit(qint64 bytes)
    : m_bytes(bytes)
{
    const std::lock_guard lock(heapMutex);
    if (activeHeapLimits.empty())
        heapLimitBefore = sqlite3_hard_heap_limit64(-1);
    activeHeapLimits.insert(bytes);
    sqlite3_hard_heap_limit64(*activeHeapLimits.rbegin());
}

HeapLimit::~HeapLimit()
{
    const std::lock_guard lock(heapMutex);
    activeHeapLimits.erase(activeHeapLimits.find(m_bytes));
    sqlite3_hard_heap_limit64(
        activeHeapLimits.empty() ? heapLimitBefore : *activeHeapLimits.rbegin());
}

// Why a step failed when the budget, not the file, stopped it; else empty.
QString budgetProblem(const Budget &budget, sqlite3 *db)
{
    if (budget.expired)
        return kNotValid
            + QStringLiteral("reading it takes longer than %1 s, far longer than any real "
                             "document of its size")
                  .arg(budget.limits.time.count() / 1000.0);
    if (db && sqlite3_errcode(db) == SQLITE_NOMEM)
        return kNotValid
            + QStringLiteral("reading it needs more than %1 MiB of memory, far more than any real "
                             "document of its size")
                  .arg(budget.limits.heapBytes / double(1 << 20), 0, 'f', 1);
    return {};
}

QString schemaProblem(sqlite3 *db, SchemaCheck check)
{
    return checkSchema(db, check == SchemaCheck::Exact ? &currentShape() : nullptr);
}

QString damage(sqlite3 *db)
{
    StmtPtr check = prepare(db, "PRAGMA quick_check(1)");
    if (!check || sqlite3_step(check.get()) != SQLITE_ROW)
        return kDamaged + sqliteMessage(db);
    const QString verdict
        = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0)));
    return verdict == u"ok" ? QString() : kDamaged + verdict.simplified();
}

} // namespace wl::storage
