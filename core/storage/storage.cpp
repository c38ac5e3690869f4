#include "storage.h"

#include "io/atomicfile.h"
#include "io/inputfile.h"
#include "io/modeljson.h"
#include "simulation/compiledmodel.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

namespace wl::storage {

namespace {

// Step k turns a schema k + 1 database into schema k + 2. Append only: a
// step is the history of files that exist. New documents are made by the
// same steps (see writeDocument), so that a migrated file and a new one have
// one schema.
constexpr std::array<const char *, 2> kMigrations {
    // 1 -> 2: named scenarios (sim::Scenario) with their last result. Node
    // ids are text, not references: a scenario may name a node deleted
    // since, which the engine reports when the scenario runs. 1e999 is how
    // SQL spells infinity: times are finite.
    R"sql(
CREATE TABLE scenarios (
    ord                 INTEGER PRIMARY KEY,
    name                TEXT NOT NULL CHECK (name <> ''),
    mode                TEXT NOT NULL CHECK (mode IN ('seeded', 'annual')),
    trials              INTEGER NOT NULL CHECK (trials > 0),
    rng_seed            INTEGER NOT NULL,
    horizon_hours       REAL CHECK (horizon_hours >= 0 AND horizon_hours < 1e999),
    result_json         BLOB NOT NULL DEFAULT x'',
    result_model_digest TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX scenarios_name ON scenarios (name);
CREATE TABLE scenario_nodes (
    scenario INTEGER NOT NULL REFERENCES scenarios (ord),
    role     TEXT NOT NULL CHECK (role IN ('seed', 'sever')),
    position INTEGER NOT NULL,
    node     TEXT NOT NULL CHECK (node <> ''),
    at_hours REAL NOT NULL CHECK (at_hours >= 0 AND at_hours < 1e999),
    PRIMARY KEY (scenario, role, position)
) WITHOUT ROWID;
)sql",
    // 2 -> 3: the tabletop exercise (Model::exercise): at most one row of
    // settings (none: the defaults), its responses and the decision log.
    // Times are text in ISO 8601 with milliseconds: the start with its UTC
    // offset ('' when not chosen), the wall clock in UTC.
    R"sql(
CREATE TABLE exercise (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    vendor       TEXT NOT NULL,
    start        TEXT NOT NULL,
    length_hours REAL NOT NULL CHECK (length_hours > 0 AND length_hours < 1e999),
    step_hours   REAL NOT NULL CHECK (step_hours > 0 AND step_hours < 1e999),
    trials       INTEGER NOT NULL CHECK (trials > 0),
    rng_seed     INTEGER NOT NULL
);
CREATE TABLE exercise_responses (
    position INTEGER PRIMARY KEY,
    node     TEXT NOT NULL CHECK (node <> ''),
    at_hours REAL NOT NULL CHECK (at_hours >= 0 AND at_hours < 1e999)
);
CREATE TABLE decision_log (
    position       INTEGER PRIMARY KEY,
    wall_clock     TEXT NOT NULL CHECK (wall_clock <> ''),
    exercise_hours REAL NOT NULL CHECK (exercise_hours >= 0 AND exercise_hours < 1e999),
    text           TEXT NOT NULL
);
)sql",
};
static_assert(kMigrations.size() + 1 == kSchemaVersion,
    "every schema version needs a migration step from the one before");
// The first schema whose scenario results are keyed by sim::simulationDigest.
constexpr int kSimulationDigestSchema = 3;

// Schema 1, as it was: never edit it. Rows are keyed by `ord`, their place in
// the model, which is also what other tables refer to: integer keys keep the
// foreign-key checks and the reader's lookups cheap.
constexpr const char *kCreateTables = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE nodes (
    ord               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    organization      TEXT NOT NULL,
    gdpr_role         TEXT NOT NULL,
    jurisdiction      TEXT NOT NULL,
    breach_likelihood REAL NOT NULL,
    control_strength  REAL NOT NULL,
    criticality       INTEGER NOT NULL,
    pinned            INTEGER NOT NULL,
    notes             TEXT NOT NULL
);
CREATE TABLE positions (
    node INTEGER PRIMARY KEY REFERENCES nodes (ord),
    x    REAL NOT NULL,
    y    REAL NOT NULL
);
CREATE TABLE node_tags (
    node     INTEGER NOT NULL REFERENCES nodes (ord),
    position INTEGER NOT NULL,
    tag      TEXT NOT NULL,
    PRIMARY KEY (node, position)
) WITHOUT ROWID;
CREATE TABLE data_assets (
    ord         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    owner       INTEGER NOT NULL REFERENCES nodes (ord),
    category    TEXT NOT NULL,
    records     INTEGER NOT NULL,
    sensitivity INTEGER NOT NULL,
    personal    INTEGER NOT NULL
);
CREATE TABLE edges (
    ord         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,
    source      INTEGER NOT NULL REFERENCES nodes (ord),
    target      INTEGER NOT NULL REFERENCES nodes (ord),
    integration TEXT NOT NULL,
    p_forward   REAL NOT NULL,
    p_backward  REAL NOT NULL,
    delay_hours REAL NOT NULL,
    label       TEXT NOT NULL
);
CREATE TABLE edge_data (
    edge     INTEGER NOT NULL REFERENCES edges (ord),
    position INTEGER NOT NULL,
    asset    INTEGER NOT NULL REFERENCES data_assets (ord),
    PRIMARY KEY (edge, position)
) WITHOUT ROWID;
)sql";

// Schema 1's unique indexes. A new document gets them after its rows are in
// (one sort instead of a tree update per row), so after the migration steps
// too: a step must not refer to them.
constexpr const char *kCreateIndexes = R"sql(
CREATE UNIQUE INDEX nodes_id ON nodes (id);
CREATE UNIQUE INDEX data_assets_id ON data_assets (id);
CREATE UNIQUE INDEX edges_id ON edges (id);
CREATE UNIQUE INDEX edge_data_asset ON edge_data (edge, asset);
)sql";

constexpr double kMaxRecords = 9007199254740992.0; // 2^53, FORMAT.md

// The words of the scenario tables' CHECK constraints.
const QString kSeeded = QStringLiteral("seeded");
const QString kAnnual = QStringLiteral("annual");
const QString kSeed = QStringLiteral("seed");
const QString kSever = QStringLiteral("sever");

struct CloseDb {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, CloseDb>;

struct FinalizeStmt {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using StmtPtr = std::unique_ptr<sqlite3_stmt, FinalizeStmt>;

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

// ---- writing ---------------------------------------------------------------

// One prepared INSERT, run once per row. Text and blobs are bound
// SQLITE_STATIC from buffers kept here until the next row, which spares
// SQLite a copy per value.
class Insert {
public:
    Insert(sqlite3 *db, const char *sql)
        : m_stmt(prepare(db, sql))
    {
        if (m_stmt)
            m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_stmt.get())));
        m_ok = bool(m_stmt);
    }

    Insert &integer(qint64 v)
    {
        if (m_ok)
            check(sqlite3_bind_int64(m_stmt.get(), m_column + 1, v));
        ++m_column;
        return *this;
    }
    Insert &real(double v)
    {
        if (m_ok)
            check(sqlite3_bind_double(m_stmt.get(), m_column + 1, v));
        ++m_column;
        return *this;
    }
    // NULL for none.
    Insert &real(std::optional<double> v)
    {
        if (v)
            return real(*v);
        if (m_ok)
            check(sqlite3_bind_null(m_stmt.get(), m_column + 1));
        ++m_column;
        return *this;
    }
    Insert &text(const QString &s) { return bytes(s.toUtf8(), Text); }
    // Text that is UTF-8 already, stored byte for byte.
    Insert &utf8(const QByteArray &s) { return bytes(s, Text); }
    Insert &blob(const QByteArray &b) { return bytes(b, Blob); }

    bool run()
    {
        m_column = 0;
        if (!m_ok)
            return false;
        const int rc = sqlite3_step(m_stmt.get());
        sqlite3_reset(m_stmt.get());
        return rc == SQLITE_DONE;
    }

private:
    enum Kind { Text, Blob };

    Insert &bytes(QByteArray value, Kind kind)
    {
        if (m_ok && size_t(m_column) < m_buffers.size()) {
            QByteArray &buffer = m_buffers[size_t(m_column)];
            buffer = std::move(value);
            // A null pointer would bind NULL instead of an empty value.
            const char *data = buffer.isEmpty() ? "" : buffer.constData();
            const auto size = sqlite3_uint64(buffer.size());
            check(kind == Text
                    ? sqlite3_bind_text64(
                        m_stmt.get(), m_column + 1, data, size, SQLITE_STATIC, SQLITE_UTF8)
                    : sqlite3_bind_blob64(m_stmt.get(), m_column + 1, data, size, SQLITE_STATIC));
        }
        ++m_column;
        return *this;
    }

    void check(int rc) { m_ok = m_ok && rc == SQLITE_OK; }

    StmtPtr m_stmt;
    std::vector<QByteArray> m_buffers;
    int m_column = 0;
    bool m_ok = false;
};

// Schema 3's tables. Default settings are no row, so that a document
// without an exercise stays as it was.
bool writeExercise(sqlite3 *db, const Exercise &ex)
{
    const ExerciseSettings &s = ex.settings;
    Insert settings(db,
        "INSERT INTO exercise (id, vendor, start, length_hours, step_hours, trials, rng_seed)"
        " VALUES (1, ?, ?, ?, ?, ?, ?)");
    if (!(s == ExerciseSettings {})
        && !settings.text(s.vendor)
                .text(exercise::startToText(s.start))
                .real(s.lengthHours)
                .real(s.stepHours)
                .integer(s.trials)
                .integer(qint64(s.rngSeed))
                .run())
        return false;
    Insert response(
        db, "INSERT INTO exercise_responses (position, node, at_hours) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < s.responses.size(); ++i)
        if (!response.integer(i).text(s.responses[i].node).real(s.responses[i].atHours).run())
            return false;
    Insert entry(db,
        "INSERT INTO decision_log (position, wall_clock, exercise_hours, text)"
        " VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < ex.log.size(); ++i) {
        const DecisionLogEntry &e = ex.log[i];
        if (!entry.integer(i)
                 .text(exercise::wallClockToText(e.wallClock))
                 .real(e.exerciseHours)
                 .text(e.text)
                 .run())
            return false;
    }
    return true;
}

// The whole document in one transaction. The database is a fresh file nobody
// else can see yet, so journal and syncs are off: a failure discards the file,
// and save() makes it durable with one fsync before the rename.
bool writeDocument(sqlite3 *db, const Model &model)
{
    if (!exec(db,
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -32768;"
            "PRAGMA foreign_keys = ON; BEGIN;")
        || !exec(db, kCreateTables))
        return false;
    for (const char *step : kMigrations)
        if (!exec(db, step))
            return false;
    const QByteArray header = QByteArrayLiteral("PRAGMA application_id = ")
        + QByteArray::number(kApplicationId) + QByteArrayLiteral("; PRAGMA user_version = ")
        + QByteArray::number(kSchemaVersion);
    if (!exec(db, header.constData()))
        return false;

    Insert meta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
    if (!meta.text(QStringLiteral("model_name")).text(model.name).run()
        || !meta.text(QStringLiteral("app_version")).text(QStringLiteral(WEAKLINK_VERSION)).run())
        return false;

    Insert node(db,
        "INSERT INTO nodes (ord, id, name, kind, organization, gdpr_role, jurisdiction,"
        " breach_likelihood, control_strength, criticality, pinned, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Insert position(db, "INSERT INTO positions (node, x, y) VALUES (?, ?, ?)");
    Insert tag(db, "INSERT INTO node_tags (node, position, tag) VALUES (?, ?, ?)");
    const QVector<Node> &nodes = model.nodes();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        if (!node.integer(i)
                 .text(n.id)
                 .text(n.name)
                 .text(n.kind)
                 .text(n.organization)
                 .text(n.gdprRole)
                 .text(n.jurisdiction)
                 .real(n.breachLikelihood)
                 .real(n.controlStrength)
                 .integer(n.criticality)
                 .integer(n.pinned ? 1 : 0)
                 .text(n.notes)
                 .run())
            return false;
        if (n.pos && !position.integer(i).real(n.pos->x()).real(n.pos->y()).run())
            return false;
        for (qsizetype t = 0; t < n.tags.size(); ++t)
            if (!tag.integer(i).integer(t).text(n.tags[t]).run())
                return false;
    }

    Insert asset(db,
        "INSERT INTO data_assets (ord, id, name, owner, category, records, sensitivity,"
        " personal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QVector<DataAsset> &assets = model.data();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const DataAsset &a = assets[i];
        if (!asset.integer(i)
                 .text(a.id)
                 .text(a.name)
                 .integer(model.nodeIndex(a.owner))
                 .text(a.category)
                 .integer(a.records)
                 .integer(a.sensitivity)
                 .integer(a.personal ? 1 : 0)
                 .run())
            return false;
    }

    Insert edge(db,
        "INSERT INTO edges (ord, id, source, target, integration, p_forward, p_backward,"
        " delay_hours, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Insert flow(db, "INSERT INTO edge_data (edge, position, asset) VALUES (?, ?, ?)");
    const QVector<Edge> &edges = model.edges();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const Edge &e = edges[i];
        if (!edge.integer(i)
                 .text(e.id)
                 .integer(model.nodeIndex(e.source))
                 .integer(model.nodeIndex(e.target))
                 .text(e.integration)
                 .real(e.pForward)
                 .real(e.pBackward)
                 .real(e.delayHours)
                 .text(e.label)
                 .run())
            return false;
        for (qsizetype k = 0; k < e.data.size(); ++k)
            if (!flow.integer(i).integer(k).integer(model.dataIndex(e.data[k])).run())
                return false;
    }

    Insert scenario(db,
        "INSERT INTO scenarios (ord, name, mode, trials, rng_seed, horizon_hours, result_json,"
        " result_model_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Insert timed(db,
        "INSERT INTO scenario_nodes (scenario, role, position, node, at_hours)"
        " VALUES (?, ?, ?, ?, ?)");
    const auto writeTimed
        = [&](qsizetype ord, const QString &role, const QVector<sim::TimedNode> &list) {
              for (qsizetype k = 0; k < list.size(); ++k)
                  if (!timed.integer(ord)
                           .text(role)
                           .integer(k)
                           .text(list[k].node)
                           .real(list[k].atHours)
                           .run())
                      return false;
              return true;
          };
    for (qsizetype i = 0; i < model.scenarios.size(); ++i) {
        const SavedScenario &saved = model.scenarios[i];
        const sim::Scenario &s = saved.scenario;
        if (!scenario.integer(i)
                 .text(saved.name)
                 .text(s.mode == sim::Mode::Seeded ? kSeeded : kAnnual)
                 .integer(s.trials)
                 // The bit pattern: SQLite integers are signed 64-bit.
                 .integer(qint64(s.rngSeed))
                 .real(s.horizonHours)
                 .blob(saved.resultJson)
                 .utf8(saved.resultModelDigest)
                 .run()
            || !writeTimed(i, kSeed, s.seeds) || !writeTimed(i, kSever, s.sever))
            return false;
    }

    return writeExercise(db, model.exercise) && exec(db, kCreateIndexes) && exec(db, "COMMIT");
}

bool saveTo(const Model &model, const QString &path, QString *reason)
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
        if (!writeDocument(db.get(), model)) {
            *reason = QStringLiteral("cannot write the document: %1").arg(sqliteMessage(db.get()));
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

const QString kNotOurs = QStringLiteral("not a Weaklink document");
const QString kInvalid = QStringLiteral("invalid document: ");
const QString kDamaged = QStringLiteral("damaged document: ");
const QString kNotValid = QStringLiteral("not a valid Weaklink document: ");

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
    QString text(int col) { return QString::fromUtf8(utf8(col)); }
    // Text as stored, byte for byte.
    QByteArray utf8(int col)
    {
        if (sqlite3_column_type(m_s, col) != SQLITE_TEXT) {
            mismatch(col, "text");
            return {};
        }
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_s, col));
        return QByteArray(p, sqlite3_column_bytes(m_s, col));
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

QString checkProbability(double v)
{
    return v >= 0.0 && v <= 1.0 ? QString() : QStringLiteral("must be a number from 0 to 1");
}

QString checkRange(qint64 v, qint64 lo, qint64 hi)
{
    return v >= lo && v <= hi ? QString()
                              : QStringLiteral("must be an integer from %1 to %2").arg(lo).arg(hi);
}

QString checkBoolean(qint64 v)
{
    return v == 0 || v == 1 ? QString() : QStringLiteral("must be 0 or 1");
}

// Start, sever and horizon times (SIMULATION.md §2).
bool validHours(double v)
{
    return v >= 0.0 && std::isfinite(v);
}

// Index of `ord` in the ascending list `ords`, or -1.
int indexOf(const std::vector<qint64> &ords, qint64 ord)
{
    const auto it = std::lower_bound(ords.begin(), ords.end(), ord);
    return it != ords.end() && *it == ord ? int(it - ords.begin()) : -1;
}

// Reads the tables of the current schema into a Model, checking every value
// against FORMAT.md's rules; stops at the first problem.
class DocumentReader {
public:
    explicit DocumentReader(sqlite3 *db)
        : m_db(db)
    {
    }

    std::optional<Model> read()
    {
        if (!readMeta() || !readNodes() || !readPositions() || !readTags() || !appendNodes()
            || !readAssets() || !readEdges() || !readFlows() || !appendEdges() || !readScenarios()
            || !readScenarioNodes() || !readExercise() || !readResponses() || !readLog()
            || !checkExercise())
            return std::nullopt;
        return std::move(m_model);
    }

    const QString &error() const { return m_error; }

private:
    // Runs `sql` and calls `row` for each result row until it returns false.
    template<typename F> bool select(const char *table, const char *sql, F row)
    {
        StmtPtr s = prepare(m_db, sql);
        if (!s)
            return failSqlite(table);
        int rc;
        while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
            Row r(s.get());
            if (!row(r))
                return false;
        }
        return rc == SQLITE_DONE || failSqlite(table);
    }

    bool failSqlite(const char *table)
    {
        // SQLITE_ERROR is a statement the file's schema cannot run (a table
        // or column missing); everything else is a file that cannot be read.
        const QString prefix = sqlite3_errcode(m_db) == SQLITE_ERROR ? kInvalid : kDamaged;
        m_error = QStringLiteral("%1table %2: %3")
                      .arg(prefix, QLatin1String(table), sqliteMessage(m_db));
        return false;
    }

    // `where` is e.g. "table nodes, row 3 (id "a")".
    bool fail(const QString &where, const QString &problem)
    {
        m_error = kInvalid + where + QStringLiteral(": ") + problem;
        return false;
    }

    static QString row(const char *table, qint64 ord, const QString &id)
    {
        return QStringLiteral("table %1, row %2 (id \"%3\")")
            .arg(QLatin1String(table))
            .arg(ord)
            .arg(id);
    }

    static QString row(const char *table, qint64 key)
    {
        return QStringLiteral("table %1, row %2").arg(QLatin1String(table)).arg(key);
    }

    static QString field(const char *column, const QString &problem)
    {
        return QLatin1String(column) + QStringLiteral(": ") + problem;
    }

    bool readMeta()
    {
        bool haveName = false;
        const bool ok = select("meta", "SELECT key, value FROM meta", [&](Row &r) {
            const QString key = r.text(0);
            const QString value = r.text(1);
            if (!r.problem().isEmpty())
                return fail(QStringLiteral("table meta, key \"%1\"").arg(key), r.problem());
            if (key == u"model_name") {
                m_model.name = value;
                haveName = true;
            }
            return true;
        });
        if (ok && !haveName)
            return fail(QStringLiteral("table meta"), QStringLiteral("no key model_name"));
        return ok;
    }

    bool readNodes()
    {
        return select("nodes",
            "SELECT ord, id, name, kind, organization, gdpr_role, jurisdiction, breach_likelihood,"
            " control_strength, criticality, pinned, notes FROM nodes ORDER BY ord",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                Node n;
                n.id = r.text(1);
                n.name = r.text(2);
                n.kind = r.text(3);
                n.organization = r.text(4);
                n.gdprRole = r.text(5);
                n.jurisdiction = r.text(6);
                n.breachLikelihood = r.real(7);
                n.controlStrength = r.real(8);
                const qint64 criticality = r.integer(9);
                const qint64 pinned = r.integer(10);
                n.notes = r.text(11);
                const QString where = row("nodes", ord, n.id);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (n.id.isEmpty())
                    return fail(where, field("id", QStringLiteral("must be a non-empty string")));
                if (!vocab::gdprRoles().contains(n.gdprRole))
                    return fail(where,
                        field("gdpr_role",
                            QStringLiteral("must be one of %1")
                                .arg(vocab::gdprRoles().join(u", "))));
                QString problem = checkProbability(n.breachLikelihood);
                if (!problem.isEmpty())
                    return fail(where, field("breach_likelihood", problem));
                if (!(problem = checkProbability(n.controlStrength)).isEmpty())
                    return fail(where, field("control_strength", problem));
                if (!(problem = checkRange(criticality, 1, 5)).isEmpty())
                    return fail(where, field("criticality", problem));
                if (!(problem = checkBoolean(pinned)).isEmpty())
                    return fail(where, field("pinned", problem));
                n.criticality = int(criticality);
                n.pinned = pinned == 1;
                m_nodeOrds.push_back(ord);
                m_nodes.push_back(std::move(n));
                return true;
            });
    }

    // The node a child row refers to, or -1 after reporting it.
    int nodeFor(const QString &where, const char *column, qint64 ord)
    {
        const int i = indexOf(m_nodeOrds, ord);
        if (i < 0)
            fail(where, field(column, QStringLiteral("no node with ord %1").arg(ord)));
        return i;
    }

    bool readPositions()
    {
        return select("positions", "SELECT node, x, y FROM positions ORDER BY node", [&](Row &r) {
            const qint64 ord = r.integer(0);
            const double x = r.real(1);
            const double y = r.real(2);
            const QString where = row("positions", ord);
            if (!r.problem().isEmpty())
                return fail(where, r.problem());
            if (!std::isfinite(x) || !std::isfinite(y))
                return fail(where, QStringLiteral("x, y: must be finite numbers"));
            const int i = nodeFor(where, "node", ord);
            if (i < 0)
                return false;
            m_nodes[size_t(i)].pos = QPointF(x, y);
            return true;
        });
    }

    bool readTags()
    {
        return select("node_tags",
            "SELECT node, position, tag FROM node_tags ORDER BY node, position", [&](Row &r) {
                const qint64 ord = r.integer(0);
                r.integer(1);
                const QString tag = r.text(2);
                const QString where = row("node_tags", ord);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                const int i = nodeFor(where, "node", ord);
                if (i < 0)
                    return false;
                m_nodes[size_t(i)].tags.append(tag);
                return true;
            });
    }

    bool appendNodes()
    {
        m_model.reserve(qsizetype(m_nodes.size()), 0, 0);
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            if (m_model.nodeIndex(m_nodes[i].id) >= 0)
                return fail(row("nodes", m_nodeOrds[i], m_nodes[i].id),
                    field("id", QStringLiteral("duplicate node id \"%1\"").arg(m_nodes[i].id)));
            m_model.appendNode(std::move(m_nodes[i]));
        }
        m_nodes = {};
        return true;
    }

    bool readAssets()
    {
        return select("data_assets",
            "SELECT ord, id, name, owner, category, records, sensitivity, personal"
            " FROM data_assets ORDER BY ord",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                DataAsset a;
                a.id = r.text(1);
                a.name = r.text(2);
                const qint64 owner = r.integer(3);
                a.category = r.text(4);
                a.records = r.integer(5);
                const qint64 sensitivity = r.integer(6);
                const qint64 personal = r.integer(7);
                const QString where = row("data_assets", ord, a.id);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (a.id.isEmpty())
                    return fail(where, field("id", QStringLiteral("must be a non-empty string")));
                if (m_model.dataIndex(a.id) >= 0)
                    return fail(where,
                        field("id", QStringLiteral("duplicate data asset id \"%1\"").arg(a.id)));
                const int ownerIndex = nodeFor(where, "owner", owner);
                if (ownerIndex < 0)
                    return false;
                QString problem = checkRange(a.records, 0, qint64(kMaxRecords));
                if (!problem.isEmpty())
                    return fail(where, field("records", problem));
                if (!(problem = checkRange(sensitivity, 1, 5)).isEmpty())
                    return fail(where, field("sensitivity", problem));
                if (!(problem = checkBoolean(personal)).isEmpty())
                    return fail(where, field("personal", problem));
                a.owner = m_model.nodes()[ownerIndex].id;
                a.sensitivity = int(sensitivity);
                a.personal = personal == 1;
                m_assetOrds.push_back(ord);
                m_model.appendDataAsset(std::move(a));
                return true;
            });
    }

    bool readEdges()
    {
        return select("edges",
            "SELECT ord, id, source, target, integration, p_forward, p_backward, delay_hours, label"
            " FROM edges ORDER BY ord",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                Edge e;
                e.id = r.text(1);
                const qint64 source = r.integer(2);
                const qint64 target = r.integer(3);
                e.integration = r.text(4);
                e.pForward = r.real(5);
                e.pBackward = r.real(6);
                e.delayHours = r.real(7);
                e.label = r.text(8);
                const QString where = row("edges", ord, e.id);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (e.id.isEmpty())
                    return fail(where, field("id", QStringLiteral("must be a non-empty string")));
                const int s = nodeFor(where, "source", source);
                if (s < 0)
                    return false;
                const int t = nodeFor(where, "target", target);
                if (t < 0)
                    return false;
                if (s == t)
                    return fail(where, QStringLiteral("source and target must differ"));
                QString problem = checkProbability(e.pForward);
                if (!problem.isEmpty())
                    return fail(where, field("p_forward", problem));
                if (!(problem = checkProbability(e.pBackward)).isEmpty())
                    return fail(where, field("p_backward", problem));
                if (!(e.delayHours > 0.0 && std::isfinite(e.delayHours)))
                    return fail(where,
                        field("delay_hours", QStringLiteral("must be a number greater than 0")));
                e.source = m_model.nodes()[s].id;
                e.target = m_model.nodes()[t].id;
                m_edgeOrds.push_back(ord);
                m_edges.push_back(std::move(e));
                return true;
            });
    }

    bool readFlows()
    {
        return select("edge_data",
            "SELECT edge, position, asset FROM edge_data ORDER BY edge, position", [&](Row &r) {
                const qint64 edgeOrd = r.integer(0);
                const qint64 position = r.integer(1);
                const qint64 assetOrd = r.integer(2);
                const QString where = QStringLiteral("table edge_data, edge %1 position %2")
                                          .arg(edgeOrd)
                                          .arg(position);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                const int e = indexOf(m_edgeOrds, edgeOrd);
                if (e < 0)
                    return fail(
                        where, field("edge", QStringLiteral("no edge with ord %1").arg(edgeOrd)));
                const int a = indexOf(m_assetOrds, assetOrd);
                if (a < 0)
                    return fail(where,
                        field("asset", QStringLiteral("no data asset with ord %1").arg(assetOrd)));
                Edge &edge = m_edges[size_t(e)];
                const QString &id = m_model.data()[a].id;
                if (edge.data.contains(id))
                    return fail(where,
                        QStringLiteral("data asset \"%1\" listed twice for edge \"%2\"")
                            .arg(id, edge.id));
                edge.data.append(id);
                return true;
            });
    }

    bool appendEdges()
    {
        m_model.reserve(m_model.nodes().size(), m_model.data().size(), qsizetype(m_edges.size()));
        for (size_t i = 0; i < m_edges.size(); ++i) {
            if (m_model.edgeIndex(m_edges[i].id) >= 0)
                return fail(row("edges", m_edgeOrds[i], m_edges[i].id),
                    field("id", QStringLiteral("duplicate edge id \"%1\"").arg(m_edges[i].id)));
            m_model.appendEdge(std::move(m_edges[i]));
        }
        m_edges = {};
        return true;
    }

    bool readScenarios()
    {
        QSet<QString> names;
        return select("scenarios",
            "SELECT ord, name, mode, trials, rng_seed, horizon_hours, result_json,"
            " result_model_digest FROM scenarios ORDER BY ord",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                SavedScenario saved;
                saved.name = r.text(1);
                const QString mode = r.text(2);
                const qint64 trials = r.integer(3);
                const qint64 rngSeed = r.integer(4);
                const std::optional<double> horizon = r.optionalReal(5);
                saved.resultJson = r.blob(6);
                saved.resultModelDigest = r.utf8(7);
                const QString where = QStringLiteral("table scenarios, row %1 (name \"%2\")")
                                          .arg(ord)
                                          .arg(saved.name);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (saved.name.isEmpty())
                    return fail(where, field("name", QStringLiteral("must be a non-empty string")));
                if (names.contains(saved.name))
                    return fail(where,
                        field("name",
                            QStringLiteral("duplicate scenario name \"%1\"").arg(saved.name)));
                sim::Scenario &s = saved.scenario;
                if (mode == kSeeded)
                    s.mode = sim::Mode::Seeded;
                else if (mode == kAnnual)
                    s.mode = sim::Mode::Annual;
                else
                    return fail(where,
                        field(
                            "mode", QStringLiteral("must be one of %1, %2").arg(kSeeded, kAnnual)));
                const QString problem = checkRange(trials, 1, std::numeric_limits<int>::max());
                if (!problem.isEmpty())
                    return fail(where, field("trials", problem));
                if (horizon && !validHours(*horizon))
                    return fail(where,
                        field("horizon_hours",
                            QStringLiteral("must be NULL or a finite number of 0 or more")));
                s.trials = int(trials);
                s.rngSeed = quint64(rngSeed);
                s.horizonHours = horizon;
                names.insert(saved.name);
                m_scenarioOrds.push_back(ord);
                m_model.scenarios.append(std::move(saved));
                return true;
            });
    }

    // Seeds and severance times, each list in `position` order.
    bool readScenarioNodes()
    {
        return select("scenario_nodes",
            "SELECT scenario, role, position, node, at_hours FROM scenario_nodes"
            " ORDER BY scenario, role, position",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                const QString role = r.text(1);
                const qint64 position = r.integer(2);
                sim::TimedNode t;
                t.node = r.text(3);
                t.atHours = r.real(4);
                const QString where
                    = QStringLiteral("table scenario_nodes, scenario %1 role %2 position %3")
                          .arg(QString::number(ord), role, QString::number(position));
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                const int i = indexOf(m_scenarioOrds, ord);
                if (i < 0)
                    return fail(where,
                        field("scenario", QStringLiteral("no scenario with ord %1").arg(ord)));
                sim::Scenario &s = m_model.scenarios[i].scenario;
                QVector<sim::TimedNode> *list = nullptr;
                if (role == kSeed)
                    list = &s.seeds;
                else if (role == kSever)
                    list = &s.sever;
                else
                    return fail(where,
                        field("role", QStringLiteral("must be one of %1, %2").arg(kSeed, kSever)));
                if (t.node.isEmpty())
                    return fail(where, field("node", QStringLiteral("must be a non-empty string")));
                if (!validHours(t.atHours))
                    return fail(where,
                        field("at_hours", QStringLiteral("must be a finite number of 0 or more")));
                list->append(std::move(t));
                return true;
            });
    }

    bool readExercise()
    {
        return select("exercise",
            "SELECT id, vendor, start, length_hours, step_hours, trials, rng_seed FROM exercise",
            [&](Row &r) {
                const qint64 id = r.integer(0);
                ExerciseSettings &s = m_model.exercise.settings;
                s.vendor = r.text(1);
                const QString start = r.text(2);
                s.lengthHours = r.real(3);
                s.stepHours = r.real(4);
                const qint64 trials = r.integer(5);
                s.rngSeed = quint64(r.integer(6));
                const QString where = row("exercise", id);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (id != 1)
                    return fail(where, field("id", QStringLiteral("must be 1")));
                if (!start.isEmpty()) {
                    s.start = exercise::startFromText(start);
                    if (!s.start.isValid())
                        return fail(where,
                            field("start",
                                QStringLiteral("must be empty or an ISO 8601 date and time")));
                }
                const QString problem = checkRange(trials, 1, std::numeric_limits<int>::max());
                if (!problem.isEmpty())
                    return fail(where, field("trials", problem));
                s.trials = int(trials);
                return true;
            });
    }

    bool readResponses()
    {
        return select("exercise_responses",
            "SELECT position, node, at_hours FROM exercise_responses ORDER BY position",
            [&](Row &r) {
                const qint64 position = r.integer(0);
                sim::TimedNode t;
                t.node = r.text(1);
                t.atHours = r.real(2);
                const QString where = row("exercise_responses", position);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (t.node.isEmpty())
                    return fail(where, field("node", QStringLiteral("must be a non-empty string")));
                if (!validHours(t.atHours))
                    return fail(where,
                        field("at_hours", QStringLiteral("must be a finite number of 0 or more")));
                m_model.exercise.settings.responses.append(std::move(t));
                return true;
            });
    }

    bool readLog()
    {
        return select("decision_log",
            "SELECT position, wall_clock, exercise_hours, text FROM decision_log"
            " ORDER BY position",
            [&](Row &r) {
                const qint64 position = r.integer(0);
                DecisionLogEntry e;
                const QString wallClock = r.text(1);
                e.exerciseHours = r.real(2);
                e.text = r.text(3);
                const QString where = row("decision_log", position);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                e.wallClock = exercise::wallClockFromText(wallClock);
                if (!e.wallClock.isValid())
                    return fail(where,
                        field("wall_clock", QStringLiteral("must be an ISO 8601 date and time")));
                if (!validHours(e.exerciseHours))
                    return fail(where,
                        field("exercise_hours",
                            QStringLiteral("must be a finite number of 0 or more")));
                m_model.exercise.log.append(std::move(e));
                return true;
            });
    }

    // The rules that span rows (the number of timeline points).
    bool checkExercise()
    {
        const QString problem = exercise::checkSettings(m_model.exercise.settings);
        return problem.isEmpty() || fail(QStringLiteral("table exercise"), problem);
    }

    sqlite3 *m_db;
    QString m_error;
    Model m_model;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<qint64> m_nodeOrds;
    std::vector<qint64> m_assetOrds;
    std::vector<qint64> m_edgeOrds;
    std::vector<qint64> m_scenarioOrds;
};

// Runs a one-row pragma or query returning an integer; nullopt on error.
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

// ---- opening an untrusted file ----------------------------------------------

// A document is untrusted input: it arrives by e-mail from a vendor or a
// consultant. Every connection that reads one is hardened as SQLite's
// security notes advise (https://www.sqlite.org/security.html): defensive
// mode, no schema functions, triggers, views or extensions, small limits,
// and a time and memory budget for the whole load. Before any row is read,
// the schema must be exactly Weaklink's: tables with the expected columns,
// no views, triggers or virtual tables (schemaProblem).

// Longer texts and blobs than any document holds (a scenario result of
// 100,000 nodes is about 10 MB).
constexpr int kMaxValueBytes = 256 << 20;
// SQLite calls the progress handler every this many virtual-machine steps.
constexpr int kProgressSteps = 1000;

// What one load may still spend.
struct Budget {
    QDeadlineTimer deadline;
    detail::LoadLimits limits;
    bool expired = false;
};

int onProgress(void *budget)
{
    auto *b = static_cast<Budget *>(budget);
    b->expired = b->expired || b->deadline.hasExpired();
    return b->expired ? 1 : 0;
}

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

// sqlite3_hard_heap_limit64 is one limit for the whole process: while loads
// run it is the largest that any of them asked for, and when the last one
// ends it is what it was before.
class HeapLimit {
public:
    explicit HeapLimit(qint64 bytes)
        : m_bytes(bytes)
    {
        const std::lock_guard lock(s_mutex);
        if (s_active.empty())
            s_before = sqlite3_hard_heap_limit64(-1);
        s_active.insert(bytes);
        sqlite3_hard_heap_limit64(*s_active.rbegin());
    }
    ~HeapLimit()
    {
        const std::lock_guard lock(s_mutex);
        s_active.erase(s_active.find(m_bytes));
        sqlite3_hard_heap_limit64(s_active.empty() ? s_before : *s_active.rbegin());
    }
    HeapLimit(const HeapLimit &) = delete;
    HeapLimit &operator=(const HeapLimit &) = delete;

private:
    qint64 m_bytes;
    static inline std::mutex s_mutex;
    static inline std::multiset<qint64> s_active;
    static inline sqlite3_int64 s_before = 0;
};

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
QString schemaProblem(sqlite3 *db, const Shape *expected)
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
    const std::optional<detail::LoadLimits> &givenLimits)
{
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
    // Every failure from here on may be the budget at work.
    const auto refuse = [&](const QString &why) {
        const QString limit = budgetProblem(budget, db.get());
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
    // version; the tables are compared once they are the current ones.
    if (const QString problem = schemaProblem(db.get(), nullptr); !problem.isEmpty())
        return refuse(problem);
    ReadResult result;
    if (*version < current) {
        DbPtr migrated = migrateInMemory(db.get(), int(*version), steps, &budget, &reason);
        if (!migrated) {
            const QString limit = budgetProblem(budget, nullptr);
            return failure(limit.isEmpty() ? reason : limit);
        }
        db = std::move(migrated);
        result.migrated = true;
    }
    if (const QString problem = schemaProblem(db.get(), &currentShape()); !problem.isEmpty())
        return refuse(problem);

    // One read transaction: one snapshot and one lock for all the queries.
    if (!exec(db.get(), "BEGIN"))
        return refuse(kDamaged + sqliteMessage(db.get()));
    // Corruption in pages the reader would not visit (indexes, free pages)
    // still means the file is damaged; quick_check walks every page cheaply.
    {
        StmtPtr check = prepare(db.get(), "PRAGMA quick_check(1)");
        if (!check || sqlite3_step(check.get()) != SQLITE_ROW)
            return refuse(kDamaged + sqliteMessage(db.get()));
        const QString verdict = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0)));
        if (verdict != u"ok")
            return refuse(kDamaged + verdict.simplified());
    }
    DocumentReader reader(db.get());
    std::optional<Model> model = reader.read();
    if (!model)
        return refuse(reader.error());
    // Up to schema 2 a stored result was keyed by io::modelDigest of the
    // whole model, since then by sim::simulationDigest (which moving a node
    // leaves alone). A result that was current stays current.
    if (*version < kSimulationDigestSchema) {
        const QByteArray old = io::modelDigest(*model);
        for (SavedScenario &saved : model->scenarios)
            if (!saved.resultModelDigest.isEmpty() && saved.resultModelDigest == old)
                saved.resultModelDigest = sim::simulationDigest(*model);
    }
    result.model = std::move(model);
    result.fileName = path;
    return result;
}

} // namespace

ReadResult load(const QString &path)
{
    return loadFile(path, kMigrations, std::nullopt);
}

bool save(const Model &model, const QString &path, QString *error)
{
    QString reason;
    if (saveTo(model, path, &reason))
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
