#include "documentwriter.h"

#include "schema.h"
#include "sqlitedb.h"

#include <functional>
#include <future>
#include <utility>
#include <vector>

namespace wl::storage {

namespace {

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
    Insert &real(std::optional<double> v) { return v ? real(*v) : null(); }
    Insert &text(const QString &s) { return bytes(s.toUtf8(), Text); }
    // NULL for none.
    Insert &text(const std::optional<QString> &s) { return s ? text(*s) : null(); }
    Insert &null()
    {
        if (m_ok)
            check(sqlite3_bind_null(m_stmt.get(), m_column + 1));
        ++m_column;
        return *this;
    }
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
        "INSERT INTO decision_log (position, wall_clock, exercise_hours, text, notified_node,"
        " notified_rule, notified_to) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < ex.log.size(); ++i) {
        const DecisionLogEntry &e = ex.log[i];
        const auto mark = [&e](QString NotificationMark::*field) {
            return e.notified ? std::optional<QString>((*e.notified).*field) : std::nullopt;
        };
        if (!entry.integer(i)
                 .text(exercise::wallClockToText(e.wallClock))
                 .real(e.exerciseHours)
                 .text(e.text)
                 .text(mark(&NotificationMark::node))
                 .text(mark(&NotificationMark::rule))
                 .text(mark(&NotificationMark::notifyNode))
                 .run())
            return false;
    }
    return true;
}

bool writeSnapshots(sqlite3 *db, const QVector<Snapshot> &snapshots)
{
    Insert row(db,
        "INSERT INTO snapshots (ord, name, taken_at, note, model_json, baseline_json, trials,"
        " rng_seed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const Snapshot &s = snapshots[i];
        if (!row.integer(i)
                 .text(s.name)
                 .text(snapshot::takenAtToText(s.takenAt))
                 .text(s.note)
                 .blob(s.modelJson)
                 .blob(s.baselineJson)
                 .integer(s.trials)
                 .integer(qint64(s.rngSeed))
                 .run())
            return false;
    }
    return true;
}

} // namespace

// The whole document in one transaction. The database is a fresh file nobody
// else can see yet, so journal and syncs are off: a failure discards the file,
// and save() makes it durable with one fsync before the rename.
//
// Every reference the schema declares is an ord this function numbers
// itself, but for an asset's owner, an edge's ends and a flow's asset, which
// are looked up by id and checked here. So SQLite need not check foreign keys
// row by row, which was a sixth of saving 250,000 edges.
bool writeDocument(sqlite3 *db, const Model &model, const DocumentState &state, QString *problem)
{
    // The 500,000 lookups of 250,000 edges' ends, made on another core while
    // the nodes are written (or when they are needed, where no thread can
    // be started).
    std::future<std::vector<std::array<int, 2>>> ends
        = std::async(std::launch::async | std::launch::deferred, edgeEndIndexes, std::cref(model));
    const auto missing = [problem](const char *element, const QString &id, const char *field,
                             const char *kind, const QString &ref) {
        *problem
            = QStringLiteral("%1 \"%2\": %3 \"%4\" is no %5")
                  .arg(QLatin1String(element), id, QLatin1String(field), ref, QLatin1String(kind));
        return false;
    };
    if (!exec(db,
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -32768;"
            "PRAGMA foreign_keys = OFF; BEGIN;")
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
    Insert subjects(db,
        "INSERT INTO data_subject_jurisdictions (asset, position, jurisdiction)"
        " VALUES (?, ?, ?)");
    const QVector<DataAsset> &assets = model.data();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const DataAsset &a = assets[i];
        const int owner = model.nodeIndex(a.owner);
        if (owner < 0)
            return missing("data asset", a.id, "owner", "node", a.owner);
        if (!asset.integer(i)
                 .text(a.id)
                 .text(a.name)
                 .integer(owner)
                 .text(a.category)
                 .integer(a.records)
                 .integer(a.sensitivity)
                 .integer(a.personal ? 1 : 0)
                 .run())
            return false;
        for (qsizetype k = 0; k < a.subjectJurisdictions.size(); ++k)
            if (!subjects.integer(i).integer(k).text(a.subjectJurisdictions[k]).run())
                return false;
    }

    Insert edge(db,
        "INSERT INTO edges (ord, id, source, target, integration, p_forward, p_backward,"
        " delay_hours, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Insert flow(db, "INSERT INTO edge_data (edge, position, asset) VALUES (?, ?, ?)");
    Insert contract(db,
        "INSERT INTO edge_contracts (edge, dpa, notification_sla_hours, transfer_mechanism,"
        " audit_right, reviewed) VALUES (?, ?, ?, ?, ?, ?)");
    const QVector<Edge> &edges = model.edges();
    const std::vector<std::array<int, 2>> edgeOrds = ends.get();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const Edge &e = edges[i];
        const auto [source, target] = edgeOrds[size_t(i)];
        if (source < 0)
            return missing("edge", e.id, "source", "node", e.source);
        if (target < 0)
            return missing("edge", e.id, "target", "node", e.target);
        if (!edge.integer(i)
                 .text(e.id)
                 .integer(source)
                 .integer(target)
                 .text(e.integration)
                 .real(e.pForward)
                 .real(e.pBackward)
                 .real(e.delayHours)
                 .text(e.label)
                 .run())
            return false;
        for (qsizetype k = 0; k < e.data.size(); ++k) {
            const int flowAsset = model.dataIndex(e.data[k]);
            if (flowAsset < 0)
                return missing("edge", e.id, "data", "data asset", e.data[k]);
            if (!flow.integer(i).integer(k).integer(flowAsset).run())
                return false;
        }
        const Contract &c = e.contract;
        if (!c.isEmpty()
            && !contract.integer(i)
                    .integer(c.dpa ? 1 : 0)
                    .real(c.notificationSlaHours)
                    .text(c.transferMechanism)
                    .integer(c.auditRight ? 1 : 0)
                    .text(c.reviewed)
                    .run())
            return false;
    }

    Insert scenario(db,
        "INSERT INTO scenarios (ord, name, mode, trials, rng_seed, horizon_hours, result_json,"
        " result_model_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Insert timed(db,
        "INSERT INTO scenario_nodes (scenario, role, position, node, at_hours)"
        " VALUES (?, ?, ?, ?, ?)");
    Insert aware(db,
        "INSERT INTO scenario_awareness (scenario, position, node, at_hours) VALUES (?, ?, ?, ?)");
    const auto writeAwareness = [&](qsizetype ord, const QVector<sim::TimedNode> &list) {
        for (qsizetype k = 0; k < list.size(); ++k)
            if (!aware.integer(ord).integer(k).text(list[k].node).real(list[k].atHours).run())
                return false;
        return true;
    };
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
    for (qsizetype i = 0; i < state.scenarios.size(); ++i) {
        const SavedScenario &saved = state.scenarios[i];
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
            || !writeTimed(i, kSeed, s.seeds) || !writeTimed(i, kSever, s.sever)
            || !writeAwareness(i, saved.awareness))
            return false;
    }

    return writeExercise(db, state.exercise) && writeSnapshots(db, state.snapshots)
        && exec(db, kCreateIndexes) && exec(db, "COMMIT");
}

} // namespace wl::storage
