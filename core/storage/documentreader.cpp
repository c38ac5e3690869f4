#include "documentreader.h"

#include "defensive.h"
#include "schema.h"
#include "sqlitedb.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <future>
#include <limits>
#include <system_error>
#include <vector>

namespace wl::storage {

namespace {

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

// Index of `ord` in `ords`, a table's ords (its primary key) in ascending
// order, or -1. The writer numbers rows 0, 1, 2, …: then the ords are
// consecutive, which their ends show, and the row is where its ord says
// without reading the list, whose scattered reads were a third of matching
// 250,000 edges to their ends. A file written otherwise is searched.
int indexOf(const std::vector<qint64> &ords, qint64 ord)
{
    if (ords.empty())
        return -1;
    const qint64 guess = ord - ords.front();
    const auto size = qint64(ords.size());
    if (ords.back() - ords.front() == size - 1)
        return guess >= 0 && guess < size ? int(guess) : -1;
    if (guess >= 0 && guess < size && ords[size_t(guess)] == ord)
        return int(guess);
    const auto it = std::lower_bound(ords.begin(), ords.end(), ord);
    return it != ords.end() && *it == ord ? int(it - ords.begin()) : -1;
}

// Where a row is, for an error message. It is put into words only when the
// row fails: a document of 100,000 nodes has some 400,000 rows that do
// not, and formatting each one's place was a fifth of reading them.
class Where {
public:
    // "table TABLE, row KEY"
    Where(const char *table, qint64 key)
        : m_table(table)
        , m_key(key)
    {
    }
    // "table TABLE, row ORD (id "ID")"; `id` must outlive this.
    Where(const char *table, qint64 ord, const QString &id)
        : m_table(table)
        , m_key(ord)
        , m_id(&id)
    {
    }
    // Any other place: `describe` writes it out.
    explicit Where(std::function<QString()> describe)
        : m_describe(std::move(describe))
    {
    }

    QString text() const
    {
        if (m_describe)
            return m_describe();
        if (m_id)
            return QStringLiteral("table %1, row %2 (id \"%3\")")
                .arg(QLatin1String(m_table))
                .arg(m_key)
                .arg(*m_id);
        return QStringLiteral("table %1, row %2").arg(QLatin1String(m_table)).arg(m_key);
    }

private:
    const char *m_table = nullptr;
    qint64 m_key = 0;
    const QString *m_id = nullptr;
    std::function<QString()> m_describe;
};

// What every table's reader shares: running a query row by row, checking
// values, and the first problem as the error.
class TableReader {
public:
    explicit TableReader(sqlite3 *db)
        : m_db(db)
    {
    }

    const QString &error() const { return m_error; }

protected:
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
    bool fail(const Where &where, const QString &problem) { return fail(where.text(), problem); }

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

    // FORMAT.md's rules on the values of one row (Model::checkFieldValue,
    // where they are written once), in the order given; reports the first
    // value that breaks its rule.
    bool check(const Where &where, ElementType type,
        std::initializer_list<std::pair<int, QVariant>> values)
    {
        for (const auto &[column, value] : values)
            if (const QString reason = Model::checkFieldValue(type, column, value);
                !reason.isEmpty())
                return fail(where, fieldKey(type, column) + QStringLiteral(": ") + reason);
        return true;
    }

    // One shared copy of a value that many rows repeat (a kind, an
    // organisation, a jurisdiction, an integration): the 100,000 nodes of
    // sim-100k hold 30,000 distinct organisations and a few hundred other
    // values, and a copy each was 700,000 allocations. Looked up by the
    // stored bytes, so that a repeat costs no allocation.
    QString intern(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return {};
        auto it = m_strings.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it == m_strings.cend())
            it = m_strings.insert(utf8.toByteArray(), QString::fromUtf8(utf8));
        return *it;
    }

    // The rows of `table`, to reserve room for them at once: growing a
    // vector of 250,000 edges moved each edge about twice more.
    size_t rowCount(const char *table, const char *sql)
    {
        qint64 n = 0;
        select(table, sql, [&n](Row &r) {
            n = r.integer(0);
            return true;
        });
        m_error.clear();
        return size_t(std::max<qint64>(0, n));
    }

    sqlite3 *m_db;
    QString m_error;

private:
    QHash<QByteArray, QString> m_strings;
};

} // namespace

// The edges table's rows as stored, their ends still ords of nodes, and
// the first problem among them.
struct EdgesAhead::Rows {
    QVector<Edge> edges;
    std::vector<qint64> ords;
    // Source and target.
    std::vector<std::pair<qint64, qint64>> ends;
    // The first problem. Every row above passed every check but their ends';
    // the failed row is among them when its problem is one that comes after
    // the ends' check.
    QString error;
};

namespace {

using EdgeRows = EdgesAhead::Rows;

// Reads the edges table: every check of its rows but whether their ends
// are nodes, which needs the nodes table. It can run on a connection of
// its own while another reads the nodes.
class EdgeRowsReader : public TableReader {
public:
    using TableReader::TableReader;

    EdgeRows read()
    {
        EdgeRows rows;
        const size_t count = rowCount("edges", "SELECT count(*) FROM edges");
        rows.edges.reserve(count);
        rows.ords.reserve(count);
        rows.ends.reserve(count);
        const bool ok = select("edges",
            "SELECT ord, id, source, target, integration, p_forward, p_backward, delay_hours, label"
            " FROM edges ORDER BY ord",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                Edge e;
                e.id = r.text(1);
                const qint64 source = r.integer(2);
                const qint64 target = r.integer(3);
                e.integration = intern(r.view(4));
                e.pForward = r.real(5);
                e.pBackward = r.real(6);
                e.delayHours = r.real(7);
                e.label = r.text(8);
                const Where where("edges", ord, e.id);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (!check(where, ElementType::Edge, { { int(EdgeField::Id), e.id } }))
                    return false;
                // From here on a problem comes after the ends' check: the
                // row is kept for it.
                const auto keep = [&] {
                    rows.ords.push_back(ord);
                    rows.ends.emplace_back(source, target);
                    rows.edges.push_back(std::move(e));
                    return true;
                };
                // Ords of one table are unique, so equal ords are one node.
                if (source == target) {
                    fail(where, QStringLiteral("source and target must differ"));
                    return !keep();
                }
                if (!check(where, ElementType::Edge,
                        { { int(EdgeField::PForward), e.pForward },
                            { int(EdgeField::PBackward), e.pBackward },
                            { int(EdgeField::DelayHours), e.delayHours } }))
                    return !keep();
                return keep();
            });
        if (!ok)
            rows.error = m_error;
        return rows;
    }
};

} // namespace

EdgesAhead::EdgesAhead(DbPtr db, const Budget &budget, std::function<void()> meanwhile)
    : m_db(std::move(db))
    , m_budget(budget)
    , m_rows(std::make_unique<Rows>())
    , m_meanwhile(std::move(meanwhile))
{
    harden(m_db.get(), &m_budget);
    const auto read = [this] { *m_rows = EdgeRowsReader(m_db.get()).read(); };
    try {
        m_thread = std::thread(read);
    } catch (const std::system_error &) {
        // No thread to be had (the system's limit): read them now.
        read();
    }
}

EdgesAhead::~EdgesAhead()
{
    finish();
}

void EdgesAhead::finish()
{
    if (m_thread.joinable())
        m_thread.join();
}

const Budget &EdgesAhead::budget()
{
    finish();
    return m_budget;
}

sqlite3 *EdgesAhead::db()
{
    finish();
    return m_db.get();
}

EdgesAhead::Rows EdgesAhead::take()
{
    if (m_meanwhile)
        m_meanwhile();
    finish();
    return std::move(*m_rows);
}

namespace {

// Reads the tables of the current schema into a Model, checking every value
// against FORMAT.md's rules; stops at the first problem. `ahead`, if any, is
// reading the edges table meanwhile.
class DocumentReader : public TableReader {
public:
    DocumentReader(sqlite3 *db, EdgesAhead *ahead)
        : TableReader(db)
        , m_ahead(ahead)
    {
    }

    std::optional<StoredDocument> read()
    {
        if (!readMeta() || !readNodes() || !readPositions() || !readTags() || !appendNodes()
            || !readAssets() || !readSubjectJurisdictions() || !readEdges() || !readFlows()
            || !readContracts() || !appendEdges() || !readScenarios() || !readScenarioNodes()
            || !readScenarioAwareness() || !readExercise() || !readResponses() || !readLog()
            || !checkExercise() || !readSnapshots())
            return std::nullopt;
        return StoredDocument { std::move(m_model), std::move(m_state) };
    }

private:
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
        m_nodes.reserve(rowCount("nodes", "SELECT count(*) FROM nodes"));
        return select("nodes",
            "SELECT ord, id, name, kind, organization, gdpr_role, jurisdiction, breach_likelihood,"
            " control_strength, criticality, pinned, notes FROM nodes ORDER BY ord",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                Node n;
                n.id = r.text(1);
                n.name = r.text(2);
                n.kind = intern(r.view(3));
                n.organization = intern(r.view(4));
                n.gdprRole = intern(r.view(5));
                n.jurisdiction = intern(r.view(6));
                n.breachLikelihood = r.real(7);
                n.controlStrength = r.real(8);
                const qint64 criticality = r.integer(9);
                const qint64 pinned = r.integer(10);
                n.notes = r.text(11);
                const Where where("nodes", ord, n.id);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (!check(where, ElementType::Node,
                        { { int(NodeField::Id), n.id }, { int(NodeField::GdprRole), n.gdprRole },
                            { int(NodeField::BreachLikelihood), n.breachLikelihood },
                            { int(NodeField::ControlStrength), n.controlStrength },
                            { int(NodeField::Criticality), criticality } }))
                    return false;
                if (const QString problem = checkBoolean(pinned); !problem.isEmpty())
                    return fail(where, field("pinned", problem));
                n.criticality = int(criticality);
                n.pinned = pinned == 1;
                m_nodeOrds.push_back(ord);
                m_nodes.push_back(std::move(n));
                return true;
            });
    }

    // The node a child row refers to, or -1 after reporting it.
    int nodeFor(const Where &where, const char *column, qint64 ord)
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
            const Where where("positions", ord);
            if (!r.problem().isEmpty())
                return fail(where, r.problem());
            if (!std::isfinite(x) || !std::isfinite(y))
                return fail(where, QStringLiteral("x, y: must be finite numbers"));
            const int i = nodeFor(where, "node", ord);
            if (i < 0)
                return false;
            m_nodes[i].pos = QPointF(x, y);
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
                const Where where("node_tags", ord);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                const int i = nodeFor(where, "node", ord);
                if (i < 0)
                    return false;
                m_nodes[i].tags.append(tag);
                return true;
            });
    }

    bool appendNodes()
    {
        qsizetype repeat = -1;
        QHash<QString, int> index = indexIds(m_nodes, &repeat);
        if (repeat >= 0)
            return duplicate("nodes", m_nodeOrds[size_t(repeat)], "node", m_nodes[repeat].id);
        m_model.adoptNodes(std::move(m_nodes), std::move(index));
        return true;
    }

    bool duplicate(const char *table, qint64 ord, const char *element, const QString &id)
    {
        return fail(row(table, ord, id),
            field("id", QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(element), id)));
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
                const Where where("data_assets", ord, a.id);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (!check(where, ElementType::DataAsset, { { int(DataField::Id), a.id } }))
                    return false;
                if (m_model.dataIndex(a.id) >= 0)
                    return fail(where,
                        field("id", QStringLiteral("duplicate data asset id \"%1\"").arg(a.id)));
                const int ownerIndex = nodeFor(where, "owner", owner);
                if (ownerIndex < 0)
                    return false;
                if (!check(where, ElementType::DataAsset,
                        { { int(DataField::Records), a.records },
                            { int(DataField::Sensitivity), sensitivity } }))
                    return false;
                if (const QString problem = checkBoolean(personal); !problem.isEmpty())
                    return fail(where, field("personal", problem));
                a.owner = m_model.nodes()[ownerIndex].id;
                a.sensitivity = int(sensitivity);
                a.personal = personal == 1;
                m_assetOrds.push_back(ord);
                m_model.appendDataAsset(std::move(a));
                return true;
            });
    }

    bool readSubjectJurisdictions()
    {
        QHash<int, QStringList> subjects; // asset index -> codes, in position order
        const bool ok = select("data_subject_jurisdictions",
            "SELECT asset, position, jurisdiction FROM data_subject_jurisdictions"
            " ORDER BY asset, position",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                r.integer(1);
                const QString jurisdiction = r.text(2);
                const Where where("data_subject_jurisdictions", ord);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                const int a = indexOf(m_assetOrds, ord);
                if (a < 0)
                    return fail(where,
                        field("asset", QStringLiteral("no data asset with ord %1").arg(ord)));
                subjects[a].append(jurisdiction);
                return true;
            });
        for (auto it = subjects.cbegin(); ok && it != subjects.cend(); ++it)
            m_model.setValue(
                ElementType::DataAsset, it.key(), int(DataField::SubjectJurisdictions), *it);
        return ok;
    }

    bool readContracts()
    {
        return select("edge_contracts",
            "SELECT edge, dpa, notification_sla_hours, transfer_mechanism, audit_right, reviewed"
            " FROM edge_contracts ORDER BY edge",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                const qint64 dpa = r.integer(1);
                const std::optional<double> sla = r.optionalReal(2);
                const QString transfer = r.text(3);
                const qint64 auditRight = r.integer(4);
                const QString reviewed = r.text(5);
                const Where where("edge_contracts", ord);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                const int e = indexOf(m_edgeOrds, ord);
                if (e < 0)
                    return fail(
                        where, field("edge", QStringLiteral("no edge with ord %1").arg(ord)));
                if (const QString problem = checkBoolean(dpa); !problem.isEmpty())
                    return fail(where, field("dpa", problem));
                if (const QString problem = checkBoolean(auditRight); !problem.isEmpty())
                    return fail(where, field("audit_right", problem));
                if (!check(where, ElementType::Edge,
                        { { int(EdgeField::ContractNotificationSlaHours),
                              sla ? QVariant(*sla) : QVariant() },
                            { int(EdgeField::ContractTransferMechanism), transfer },
                            { int(EdgeField::ContractReviewed), reviewed } }))
                    return false;
                Contract &c = m_edges[e].contract;
                c.dpa = dpa == 1;
                c.notificationSlaHours = sla;
                c.transferMechanism = transfer;
                c.auditRight = auditRight == 1;
                c.reviewed = reviewed;
                return true;
            });
    }

    // The edges' rows, read ahead or now, then their ends matched to nodes
    // in row order, so that the first problem is the one a reading in one
    // pass would meet first. The index of their ids is built meanwhile on
    // another core (m_edgeIds).
    bool readEdges()
    {
        EdgeRows rows = m_ahead ? m_ahead->take() : EdgeRowsReader(m_db).read();
        m_edgeOrds = std::move(rows.ords);
        m_edges = std::move(rows.edges);
        Edge *const edges = m_edges.data();
        const qsizetype count = m_edges.size();
        if (rows.error.isEmpty())
            m_edgeIds = std::async(std::launch::async | std::launch::deferred, [edges, count] {
                EdgeIds ids;
                ids.index = indexIds(edges, count, &ids.repeat);
                return ids;
            });
        const Node *const nodes = m_model.nodes().constData();
        for (qsizetype i = 0; i < count; ++i) {
            const auto &[source, target] = rows.ends[size_t(i)];
            const Where where("edges", m_edgeOrds[size_t(i)], edges[i].id);
            const int s = nodeFor(where, "source", source);
            if (s < 0)
                return false;
            const int t = nodeFor(where, "target", target);
            if (t < 0)
                return false;
            // Sharing the ends' ids writes to their reference counts,
            // scattered over the nodes' memory: ask a few rows ahead.
            if (const qsizetype next = i + 8; next < count) {
                for (const qint64 end :
                    { rows.ends[size_t(next)].first, rows.ends[size_t(next)].second })
                    if (const int n = indexOf(m_nodeOrds, end); n >= 0)
                        __builtin_prefetch(nodes[n].id.constData(), 1);
            }
            edges[i].source = nodes[s].id;
            edges[i].target = nodes[t].id;
        }
        if (!rows.error.isEmpty()) {
            m_error = rows.error;
            return false;
        }
        return true;
    }

    bool readFlows()
    {
        return select("edge_data",
            "SELECT edge, position, asset FROM edge_data ORDER BY edge, position", [&](Row &r) {
                const qint64 edgeOrd = r.integer(0);
                const qint64 position = r.integer(1);
                const qint64 assetOrd = r.integer(2);
                const Where where([edgeOrd, position] {
                    return QStringLiteral("table edge_data, edge %1 position %2")
                        .arg(edgeOrd)
                        .arg(position);
                });
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
                Edge &edge = m_edges[e];
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
        EdgeIds ids = m_edgeIds.get();
        if (ids.repeat >= 0)
            return duplicate(
                "edges", m_edgeOrds[size_t(ids.repeat)], "edge", m_edges[ids.repeat].id);
        m_model.adoptEdges(std::move(m_edges), std::move(ids.index));
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
                const Where where([ord, name = saved.name] {
                    return QStringLiteral("table scenarios, row %1 (name \"%2\")")
                        .arg(ord)
                        .arg(name);
                });
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
                m_state.scenarios.append(std::move(saved));
                return true;
            });
    }

    // The index of the scenario a row of a scenario's table belongs to, or
    // -1 after failing for the row.
    int scenarioOf(Row &r, const Where &where, qint64 ord)
    {
        if (!r.problem().isEmpty()) {
            fail(where, r.problem());
            return -1;
        }
        const int i = indexOf(m_scenarioOrds, ord);
        if (i < 0)
            fail(where, field("scenario", QStringLiteral("no scenario with ord %1").arg(ord)));
        return i;
    }

    // A scenario's node and time: an id and a finite time of 0 or more.
    bool checkTimed(const Where &where, const sim::TimedNode &t)
    {
        if (t.node.isEmpty())
            return fail(where, field("node", QStringLiteral("must be a non-empty string")));
        if (!validHours(t.atHours))
            return fail(
                where, field("at_hours", QStringLiteral("must be a finite number of 0 or more")));
        return true;
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
                const Where where([ord, role, position] {
                    return QStringLiteral("table scenario_nodes, scenario %1 role %2 position %3")
                        .arg(QString::number(ord), role, QString::number(position));
                });
                const int i = scenarioOf(r, where, ord);
                if (i < 0)
                    return false;
                sim::Scenario &s = m_state.scenarios[i].scenario;
                QVector<sim::TimedNode> *list = nullptr;
                if (role == kSeed)
                    list = &s.seeds;
                else if (role == kSever)
                    list = &s.sever;
                else
                    return fail(where,
                        field("role", QStringLiteral("must be one of %1, %2").arg(kSeed, kSever)));
                if (!checkTimed(where, t))
                    return false;
                list->append(std::move(t));
                return true;
            });
    }

    // "We were told at …" per scenario, in `position` order.
    bool readScenarioAwareness()
    {
        return select("scenario_awareness",
            "SELECT scenario, position, node, at_hours FROM scenario_awareness"
            " ORDER BY scenario, position",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                const qint64 position = r.integer(1);
                sim::TimedNode t;
                t.node = r.text(2);
                t.atHours = r.real(3);
                const Where where([ord, position] {
                    return QStringLiteral("table scenario_awareness, scenario %1 position %2")
                        .arg(QString::number(ord), QString::number(position));
                });
                const int i = scenarioOf(r, where, ord);
                if (i < 0 || !checkTimed(where, t))
                    return false;
                QVector<sim::TimedNode> &list = m_state.scenarios[i].awareness;
                for (const sim::TimedNode &other : list)
                    if (other.node == t.node)
                        return fail(where,
                            field("node", QStringLiteral("\"%1\" is given twice").arg(t.node)));
                list.append(std::move(t));
                return true;
            });
    }

    bool readExercise()
    {
        return select("exercise",
            "SELECT id, vendor, start, length_hours, step_hours, trials, rng_seed FROM exercise",
            [&](Row &r) {
                const qint64 id = r.integer(0);
                ExerciseSettings &s = m_state.exercise.settings;
                s.vendor = r.text(1);
                const QString start = r.text(2);
                s.lengthHours = r.real(3);
                s.stepHours = r.real(4);
                const qint64 trials = r.integer(5);
                s.rngSeed = quint64(r.integer(6));
                const Where where("exercise", id);
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
                const Where where("exercise_responses", position);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (t.node.isEmpty())
                    return fail(where, field("node", QStringLiteral("must be a non-empty string")));
                if (!validHours(t.atHours))
                    return fail(where,
                        field("at_hours", QStringLiteral("must be a finite number of 0 or more")));
                m_state.exercise.settings.responses.append(std::move(t));
                return true;
            });
    }

    bool readLog()
    {
        return select("decision_log",
            "SELECT position, wall_clock, exercise_hours, text, notified_node, notified_rule,"
            " notified_to FROM decision_log ORDER BY position",
            [&](Row &r) {
                const qint64 position = r.integer(0);
                DecisionLogEntry e;
                const QString wallClock = r.text(1);
                e.exerciseHours = r.real(2);
                e.text = r.text(3);
                const std::optional<QString> node = r.optionalText(4);
                const std::optional<QString> rule = r.optionalText(5);
                const std::optional<QString> to = r.optionalText(6);
                const Where where("decision_log", position);
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                if (node || rule || to) {
                    if (!node || !rule || !to)
                        return fail(where,
                            QStringLiteral("notified_node, notified_rule and notified_to must be "
                                           "given together or not at all"));
                    e.notified = NotificationMark { *node, *rule, *to };
                }
                e.wallClock = exercise::wallClockFromText(wallClock);
                if (!e.wallClock.isValid())
                    return fail(where,
                        field("wall_clock", QStringLiteral("must be an ISO 8601 date and time")));
                if (!validHours(e.exerciseHours))
                    return fail(where,
                        field("exercise_hours",
                            QStringLiteral("must be a finite number of 0 or more")));
                m_state.exercise.log.append(std::move(e));
                return true;
            });
    }

    bool readSnapshots()
    {
        return select("snapshots",
            "SELECT ord, name, taken_at, note, model_json, baseline_json, trials, rng_seed"
            " FROM snapshots ORDER BY ord",
            [&](Row &r) {
                const qint64 ord = r.integer(0);
                Snapshot s;
                s.name = r.text(1);
                const QString takenAt = r.text(2);
                s.note = r.text(3);
                s.modelJson = r.blob(4);
                s.baselineJson = r.blob(5);
                const qint64 trials = r.integer(6);
                s.rngSeed = quint64(r.integer(7));
                const Where where([ord, name = s.name] {
                    return QStringLiteral("table snapshots, row %1 (name \"%2\")")
                        .arg(ord)
                        .arg(name);
                });
                if (!r.problem().isEmpty())
                    return fail(where, r.problem());
                s.takenAt = snapshot::takenAtFromText(takenAt);
                if (!s.takenAt.isValid())
                    return fail(where,
                        field("taken_at", QStringLiteral("must be an ISO 8601 date and time")));
                const QString problem = checkRange(trials, 1, std::numeric_limits<int>::max());
                if (!problem.isEmpty())
                    return fail(where, field("trials", problem));
                s.trials = int(trials);
                m_state.snapshots.append(std::move(s));
                return true;
            });
    }

    // The rules that span rows (the number of timeline points).
    bool checkExercise()
    {
        const QString problem = exercise::checkSettings(m_state.exercise.settings);
        return problem.isEmpty() || fail(QStringLiteral("table exercise"), problem);
    }

    EdgesAhead *m_ahead;
    Model m_model;
    DocumentState m_state;
    QVector<Node> m_nodes;
    QVector<Edge> m_edges;
    // The index of m_edges' ids and the first repeated one (or -1), built on
    // another core while the edges' ends, flows and contracts are read: it
    // reads their ids, they write other members. Declared after m_edges, so
    // that a reader that fails first waits for the thread, then frees them.
    struct EdgeIds {
        QHash<QString, int> index;
        qsizetype repeat = -1;
    };
    std::future<EdgeIds> m_edgeIds;
    std::vector<qint64> m_nodeOrds;
    std::vector<qint64> m_assetOrds;
    std::vector<qint64> m_edgeOrds;
    std::vector<qint64> m_scenarioOrds;
};

} // namespace

std::optional<StoredDocument> readDocument(sqlite3 *db, QString *error, EdgesAhead *ahead)
{
    DocumentReader reader(db, ahead);
    std::optional<StoredDocument> document = reader.read();
    if (!document)
        *error = reader.error();
    return document;
}

} // namespace wl::storage
