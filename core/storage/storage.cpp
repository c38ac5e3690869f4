#include "storage.h"

#include "defensive.h"
#include "documentreader.h"
#include "documentwriter.h"
#include "schema.h"
#include "sqlitedb.h"

#include "io/atomicfile.h"
#include "io/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

// The public face of the .weaklink document: save() through an
// io::AtomicFile and the document writer; load() through the checks of
// docs/STORAGE.md in order (the file, its header, the defensive open, the
// schema, the migration, quick_check, the reader).
namespace wl::storage {

namespace {

// ---- writing ---------------------------------------------------------------

bool saveTo(const Model &model, const DocumentState &state, const QString &path, QString *reason)
{
    io::AtomicFile file(path);
    if (!file.open(reason))
        return false;
    {
        DbPtr db
            = openDatabase(file.tempPath(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, reason);
        if (!db) {
            *reason = QStringLiteral("cannot write the document: %1").arg(*reason);
            return false;
        }
        QString problem;
        if (!writeDocument(db.get(), model, state, &problem)) {
            *reason = QStringLiteral("cannot write the document: %1")
                          .arg(problem.isEmpty() ? sqliteMessage(db.get()) : problem);
            return false;
        }
    }
    if (!file.commit(reason)) {
        *reason = QStringLiteral("cannot write the document: %1").arg(*reason);
        return false;
    }
    return true;
}

// ---- reading ---------------------------------------------------------------

// Copies the file's database into memory and runs the migration steps there,
// so that the file itself is never written.
DbPtr migrateInMemory(sqlite3 *file, int fromVersion, std::span<const char *const> steps,
    Budget *budget, QString *reason)
{
    const int toVersion = int(steps.size()) + 1;
    DbPtr memory = openDatabase(
        QByteArrayLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, reason);
    if (!memory) {
        *reason = kDamaged + *reason;
        return {};
    }
    harden(memory.get(), budget);
    sqlite3_backup *backup = sqlite3_backup_init(memory.get(), "main", file, "main");
    const int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *reason = kDamaged + sqliteMessage(memory.get());
        return {};
    }
    // foreign_keys stays off on this connection, as SQLite's procedure for
    // rebuilding a table in a migration requires.
    if (!exec(memory.get(), "BEGIN")) {
        *reason = kDamaged + sqliteMessage(memory.get());
        return {};
    }
    for (int v = fromVersion; v < toVersion; ++v) {
        if (!exec(memory.get(), steps[size_t(v - 1)])) {
            *reason = QStringLiteral("cannot migrate the document from schema %1 to %2: %3")
                          .arg(v)
                          .arg(v + 1)
                          .arg(sqliteMessage(memory.get()));
            return {};
        }
    }
    const QByteArray done = QByteArrayLiteral("PRAGMA user_version = ")
        + QByteArray::number(toVersion) + QByteArrayLiteral("; COMMIT");
    if (!exec(memory.get(), done.constData())) {
        *reason
            = QStringLiteral("cannot migrate the document: %1").arg(sqliteMessage(memory.get()));
        return {};
    }
    return memory;
}

constexpr qint64 kHeaderSize = 100;

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(bytes[at + i]);
    return v;
}

// The file size the SQLite header promises, or 0 where it promises none
// (https://www.sqlite.org/fileformat.html#the_database_header). A truncated
// tail must be caught here: SQLite reads missing bytes as zeros, which can
// look valid.
qint64 promisedSize(const QByteArray &header)
{
    if (header.size() < kHeaderSize)
        return kHeaderSize;
    const quint32 pageSize = bigEndian(header, 16, 2);
    const quint32 changeCounter = bigEndian(header, 24, 4);
    const quint32 pageCount = bigEndian(header, 28, 4);
    const quint32 validFor = bigEndian(header, 92, 4);
    if (changeCounter != validFor)
        return 0;
    return qint64(pageCount) * (pageSize == 1 ? 65536 : pageSize);
}

// A rollback journal or a write-ahead log beside the document that holds
// changes: left by a writer that was killed, or by another tool that keeps
// the file in WAL mode. SQLite would apply them to the file when opening it.
const char *const kSideFiles[] = { "-journal", "-wal" };

bool hasPendingChanges(const QString &file)
{
    return std::any_of(std::begin(kSideFiles), std::end(kSideFiles), [&](const char *suffix) {
        const QFileInfo side(file + QLatin1String(suffix));
        return side.exists() && side.size() > 0;
    });
}

// Copies the document and its side files into `folder`, where SQLite may
// apply the changes without touching the originals. Returns the copy.
std::optional<QString> copyForRecovery(const QString &file, const QString &folder, QString *reason)
{
    const QString copy = folder + QStringLiteral("/document.weaklink");
    if (!QFile::copy(file, copy)) {
        *reason = QStringLiteral("cannot copy the document to apply its journal");
        return std::nullopt;
    }
    for (const char *suffix : kSideFiles) {
        const QString side = file + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::copy(side, copy + QLatin1String(suffix))) {
            *reason = QStringLiteral("cannot read %1").arg(side);
            return std::nullopt;
        }
    }
    return copy;
}

ReadResult loadFile(const QString &path, std::span<const char *const> steps,
    const std::optional<detail::LoadLimits> &givenLimits, const ReadControl &control = {})
{
    if (!control.enter(ReadStage::Loading))
        return ReadResult::cancelledRead(path);
    const int current = int(steps.size()) + 1;
    const auto failure = [&](const QString &reason) { return ReadResult::failure(path, reason); };

    qint64 fileSize = 0;
    {
        QFile file(path);
        QString reason;
        if (!io::openRegularFile(file, &reason))
            return failure(reason);
        fileSize = file.size();
        if (fileSize == 0)
            return failure(kNotOurs + QStringLiteral(": the file is empty"));
        const QByteArray header = file.read(kHeaderSize);
        if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return failure(kNotOurs + QStringLiteral(": not an SQLite database"));
        const qint64 expected = promisedSize(header);
        if (fileSize < expected)
            return failure(kDamaged
                + QStringLiteral("the file is truncated (%1 of %2 bytes)")
                      .arg(fileSize)
                      .arg(expected));
    }

    Budget budget;
    budget.limits = givenLimits.value_or(detail::defaultLoadLimits(fileSize));
    budget.deadline = QDeadlineTimer(budget.limits.time);
    budget.control = &control;
    const HeapLimit heapLimit(budget.limits.heapBytes);

    // Opening never writes, not even beside the file: immutable=1 reads it
    // without locks, journal, -wal or -shm files. Changes pending in a side
    // file are applied to a private copy instead.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    std::optional<QTemporaryDir> recovery;
    QByteArray name;
    int flags = SQLITE_OPEN_NOMUTEX;
    QString reason;
    if (hasPendingChanges(canonical)) {
        recovery.emplace();
        const std::optional<QString> copy = recovery->isValid()
            ? copyForRecovery(canonical, recovery->path(), &reason)
            : std::nullopt;
        if (!copy)
            return failure(QStringLiteral("cannot open the file: %1")
                               .arg(reason.isEmpty() ? recovery->errorString() : reason));
        name = QFile::encodeName(*copy);
        flags |= SQLITE_OPEN_READWRITE;
    } else {
        name = QByteArrayLiteral("file://")
            + QFile::encodeName(canonical).toPercentEncoding(QByteArrayLiteral("/"))
            + QByteArrayLiteral("?mode=ro&immutable=1");
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    DbPtr db = openDatabase(name, flags, &reason);
    if (!db)
        return failure(QStringLiteral("cannot open the file: %1").arg(reason));
    harden(db.get(), &budget);
    // The edges table read meanwhile on a second connection, once the file
    // is known to be a current document.
    std::optional<EdgesAhead> ahead;
    // Every failure from here on may be the budget at work, on either
    // connection.
    const auto refuse = [&](const QString &why) {
        const Budget *edges = ahead ? &ahead->budget() : nullptr;
        if (budget.cancelled || (edges && edges->cancelled))
            return ReadResult::cancelledRead(path);
        QString limit = budgetProblem(budget, db.get());
        if (limit.isEmpty() && edges)
            limit = budgetProblem(*edges, ahead->db());
        return failure(limit.isEmpty() ? why : limit);
    };

    const std::optional<qint64> applicationId = queryInteger(db.get(), "PRAGMA application_id");
    if (!applicationId)
        return refuse(openingError(db.get()));
    if (*applicationId != kApplicationId)
        return failure(kNotOurs);
    const std::optional<qint64> version = queryInteger(db.get(), "PRAGMA user_version");
    if (!version)
        return refuse(openingError(db.get()));
    if (*version == 0)
        return failure(kInvalid + QStringLiteral("it has no schema version (user_version 0)"));
    if (*version > current)
        return failure(
            QStringLiteral("written by a newer version of Weaklink (schema %1); this version "
                           "reads schema %2 or older")
                .arg(*version)
                .arg(current));
    if (*version < 0)
        return failure(kInvalid + QStringLiteral("negative schema version %1").arg(*version));

    // Nothing that reading could run may be in the file, whatever its
    // version; the tables are compared once they are the current ones (an
    // exact check covers the other one, so a current file is checked once).
    ReadResult result;
    if (*version < current) {
        if (const QString problem = schemaProblem(db.get(), SchemaCheck::Runnable);
            !problem.isEmpty())
            return refuse(problem);
        DbPtr migrated = migrateInMemory(db.get(), int(*version), steps, &budget, &reason);
        if (!migrated) {
            if (budget.cancelled)
                return ReadResult::cancelledRead(path);
            const QString limit = budgetProblem(budget, nullptr);
            return failure(limit.isEmpty() ? reason : limit);
        }
        db = std::move(migrated);
        result.migrated = true;
    }
    if (const QString problem = schemaProblem(db.get(), SchemaCheck::Exact); !problem.isEmpty())
        return refuse(problem);

    // One read transaction: one snapshot and one lock for all the queries.
    if (!exec(db.get(), "BEGIN"))
        return refuse(kDamaged + sqliteMessage(db.get()));
    // The pages' check, run once: before reading on one connection, or
    // while the first connection waits for the second's edges.
    std::optional<QString> damaged;
    const auto checkPages = [&] {
        if (!damaged)
            damaged = damage(db.get());
    };
    // The file itself, opened immutable, can have a second reader of the
    // same bytes; a recovered copy or a migration in memory is read once.
    if (!recovery && !result.migrated)
        if (DbPtr second = openDatabase(name, flags, &reason))
            ahead.emplace(std::move(second), budget, checkPages);
    if (!ahead) {
        checkPages();
        if (!damaged->isEmpty())
            return refuse(*damaged);
    }
    QString readError;
    std::optional<StoredDocument> document
        = readDocument(db.get(), &readError, ahead ? &*ahead : nullptr);
    // Damage comes first, whatever the reading met.
    checkPages();
    if (!damaged->isEmpty())
        return refuse(*damaged);
    if (!document)
        return refuse(readError);
    if (control.cancelled())
        return ReadResult::cancelledRead(path);
    result.model = std::move(document->model);
    result.state = std::move(document->state);
    result.legacyResultDigests = *version < kSimulationDigestSchema;
    result.fileName = path;
    return result;
}

} // namespace

ReadResult load(const QString &path, const ReadControl &control)
{
    return loadFile(path, kMigrations, std::nullopt, control);
}

bool save(const Model &model, const QString &path, QString *error)
{
    return save(model, DocumentState {}, path, error);
}

bool save(const Model &model, const DocumentState &state, const QString &path, QString *error)
{
    QString reason;
    if (saveTo(model, state, path, &reason))
        return true;
    if (error)
        *error = path + QStringLiteral(": ") + reason;
    return false;
}

namespace detail {

ReadResult loadWithMigrations(const QString &path, std::span<const char *const> steps)
{
    return loadFile(path, steps, std::nullopt);
}

LoadLimits defaultLoadLimits(qint64 fileBytes)
{
    // A real document reads at well over 50 MB/s and needs about its size
    // in memory (twice when it is migrated).
    constexpr qint64 kMiB = 1 << 20;
    LoadLimits limits;
    limits.time = std::chrono::milliseconds(15000 + fileBytes / (10 * kMiB) * 1000);
    limits.heapBytes = std::max<qint64>(512 * kMiB, 4 * fileBytes);
    return limits;
}

ReadResult loadWithLimits(const QString &path, const LoadLimits &limits)
{
    return loadFile(path, kMigrations, limits);
}

std::span<const char *const> migrations()
{
    return kMigrations;
}

} // namespace detail

} // namespace wl::storage
