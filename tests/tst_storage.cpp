// The .weaklink document: lossless round trips (scenarios too), the schema
// as written on disk, atomic saves (also under SIGKILL), loads that never
// write, a clear error for every kind of bad file, the in-memory migration
// path, and the real migration of a schema 1 file kept in tests/data.
//
// Files are crafted and inspected with the SQLite C API directly, so that
// the expectations do not go through the code under test.
#include "analysis/snapshots.h"
#include "files/modelfile.h"
#include "io/atomicfile.h"
#include "io/modeljson.h"
#include "simulation/compiledmodel.h"
#include "storage/storage.h"
#include "testmodels.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <chrono>
#include <limits>
#include <memory>

#include <csignal>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wl;

namespace {

// A model with the document state storage keeps beside it (scenarios and
// the exercise), compared as one, so that a round trip is checked whole.
struct Doc : Model {
    Doc() = default;
    Doc(const Model &model) // with no scenarios and no exercise
        : Model(model)
    {
    }
    QVector<SavedScenario> scenarios;
    Exercise exercise;
    QVector<Snapshot> snapshots;

    DocumentState state() const { return { scenarios, exercise, snapshots }; }
    friend bool operator==(const Doc &a, const Doc &b)
    {
        return static_cast<const Model &>(a) == static_cast<const Model &>(b)
            && a.scenarios == b.scenarios && a.exercise == b.exercise && a.snapshots == b.snapshots;
    }
};

// What a load returned, as a Doc.
Doc loaded(const ReadResult &r)
{
    Doc d(*r.model);
    d.scenarios = r.state.scenarios;
    d.exercise = r.state.exercise;
    d.snapshots = r.state.snapshots;
    return d;
}

bool save(const Doc &d, const QString &path, QString *error)
{
    return storage::save(d, d.state(), path, error);
}

bool save(const Model &m, const QString &path, QString *error)
{
    return storage::save(m, path, error);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Everything a load could change: the bytes, the modification time to the
// nanosecond, and the files beside it (journals, -wal, -shm).
struct FileState {
    QByteArray bytes;
    qint64 mtimeSec = 0;
    qint64 mtimeNsec = 0;
    QStringList dir;

    static FileState of(const QString &path)
    {
        FileState s;
        s.bytes = readBytes(path);
        struct stat st { };
        if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
            s.mtimeSec = st.st_mtim.tv_sec;
            s.mtimeNsec = st.st_mtim.tv_nsec;
        }
        s.dir = listing(QFileInfo(path).absolutePath());
        return s;
    }
    friend bool operator==(const FileState &, const FileState &) = default;
};

struct CloseDb {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;

Db openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    return Db(db);
}

// Runs SQL on a file with foreign keys off (SQLite's default), as a foreign
// tool or a bug could; returns SQLite's message on failure.
QString rawExec(const QString &path, const QString &sql)
{
    Db db = openRaw(path);
    char *message = nullptr;
    if (sqlite3_exec(db.get(), sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(db.get()));
    sqlite3_free(message);
    return error.isEmpty() ? QStringLiteral("error") : error;
}

// Rows of a query, columns joined by '|'; text keeps embedded NULs.
QStringList rawQuery(const QString &path, const char *sql)
{
    Db db = openRaw(path);
    sqlite3_stmt *raw = nullptr;
    QStringList rows;
    if (sqlite3_prepare_v2(db.get(), sql, -1, &raw, nullptr) != SQLITE_OK)
        return { QStringLiteral("prepare failed: ") + QString::fromUtf8(sqlite3_errmsg(db.get())) };
    while (sqlite3_step(raw) == SQLITE_ROW) {
        QStringList columns;
        for (int c = 0; c < sqlite3_column_count(raw); ++c) {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(raw, c));
            columns << QString::fromUtf8(p, sqlite3_column_bytes(raw, c));
        }
        rows << columns.join(QLatin1Char('|'));
    }
    sqlite3_finalize(raw);
    return rows;
}

double rawDouble(const QString &path, const char *sql)
{
    Db db = openRaw(path);
    sqlite3_stmt *raw = nullptr;
    double v = std::numeric_limits<double>::quiet_NaN();
    if (sqlite3_prepare_v2(db.get(), sql, -1, &raw, nullptr) == SQLITE_OK
        && sqlite3_step(raw) == SQLITE_ROW)
        v = sqlite3_column_double(raw, 0);
    sqlite3_finalize(raw);
    return v;
}

QByteArray digestOf(const char *text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

// Scenarios for handModel() with values that are easy to lose: times that
// are not round in binary, a denormal, rng seeds at 2^64 - 1 and 2^63 (the
// ends of SQLite's signed integers), a horizon of 0 and none, a cached
// result with astral Unicode and an empty one, the same node seeded twice,
// a node the model does not have, and names in non-alphabetical order.
QVector<SavedScenario> handScenarios()
{
    SavedScenario vendor;
    vendor.name = QStringLiteral("Vendor breach – 東京 🙂");
    vendor.scenario.mode = sim::Mode::Seeded;
    vendor.scenario.seeds = { { QStringLiteral("zeta"), 0.0 }, { QStringLiteral("mu"), 0.1 },
        { QStringLiteral("zeta"), 1.0 / 3.0 } };
    vendor.scenario.sever = { { QStringLiteral("alpha"), 48.5 },
        { QStringLiteral("mu"), std::numeric_limits<double>::denorm_min() } };
    vendor.scenario.trials = 2500;
    vendor.scenario.rngSeed = std::numeric_limits<quint64>::max();
    vendor.scenario.horizonHours = 720.125;
    vendor.resultJson = QStringLiteral("{\"format\": \"weaklink-simulation\", \"version\": 1,"
                                       " \"nodes\": [{\"id\": \"Zürich – 東京 🙂\"}]}")
                            .toUtf8();
    vendor.resultModelDigest = digestOf("hand model");

    SavedScenario annual;
    annual.name = QStringLiteral("annual");
    annual.scenario.mode = sim::Mode::Annual;
    annual.scenario.trials = 1;
    annual.scenario.rngSeed = quint64(1) << 63;

    SavedScenario gone;
    gone.name = QStringLiteral("A deleted node");
    gone.scenario.mode = sim::Mode::Seeded;
    gone.scenario.seeds = { { QStringLiteral("deleted"), 1e9 } };
    gone.scenario.trials = std::numeric_limits<int>::max();
    gone.scenario.rngSeed = 0;
    gone.scenario.horizonHours = 0.0;
    gone.resultJson = QByteArrayLiteral("{}");
    gone.resultModelDigest = digestOf("an older model");
    return { vendor, annual, gone };
}

// Every field with a value that is easy to lose: NUL and control characters,
// astral Unicode, denormal and extreme doubles, 2^53 records; ids out of
// alphabetical order and flows listed in different orders; handScenarios().
Doc handModel()
{
    Doc m;
    m.name = QStringLiteral("Ünïcode \"name\"\n") + QChar(0) + QChar(1) + QChar(0x1f)
        + QStringLiteral(" end");

    Node zeta;
    zeta.id = QStringLiteral("zeta");
    zeta.name = QStringLiteral("Zeta – 東京 🙂");
    zeta.kind = QStringLiteral("model_provider");
    zeta.organization = QStringLiteral("Org\tTab");
    zeta.gdprRole = QStringLiteral("processor");
    zeta.jurisdiction = QStringLiteral("EU");
    zeta.breachLikelihood = 0.1;
    zeta.controlStrength = 1.0 / 3.0;
    zeta.criticality = 5;
    zeta.pos = QPointF(std::numeric_limits<double>::denorm_min(), -1e308);
    zeta.pinned = true;
    zeta.tags = QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b") };
    zeta.notes = QStringLiteral("multi\nline\r\nnotes");
    m.appendNode(zeta);

    Node alpha;
    alpha.id = QStringLiteral("alpha");
    alpha.name = QStringLiteral("alpha");
    m.appendNode(alpha);

    Node mu;
    mu.id = QStringLiteral("mu");
    mu.name = QString();
    mu.pos = QPointF(0.5, 12.25);
    mu.tags = QStringList { QStringLiteral("only") };
    mu.criticality = 1;
    mu.breachLikelihood = 1.0;
    mu.controlStrength = 0.0;
    m.appendNode(mu);

    DataAsset weights;
    weights.id = QStringLiteral("weights");
    weights.name = QStringLiteral("Weights");
    weights.owner = QStringLiteral("mu");
    weights.category = QStringLiteral("model_weights");
    weights.records = 9007199254740992LL;
    weights.sensitivity = 1;
    m.appendDataAsset(weights);

    DataAsset profiles;
    profiles.id = QStringLiteral("profiles");
    profiles.name = QStringLiteral("profiles");
    profiles.owner = QStringLiteral("zeta");
    profiles.category = QStringLiteral("customer_pii");
    profiles.records = 0;
    profiles.sensitivity = 5;
    profiles.personal = true;
    m.appendDataAsset(profiles);

    Edge e0;
    e0.id = QStringLiteral("e0");
    e0.source = QStringLiteral("zeta");
    e0.target = QStringLiteral("alpha");
    e0.integration = QStringLiteral("api_call");
    e0.data = QStringList { QStringLiteral("profiles"), QStringLiteral("weights") };
    e0.pForward = 0.1;
    e0.pBackward = 0.02;
    e0.delayHours = 0.001;
    e0.label = QStringLiteral("x");
    m.appendEdge(e0);

    Edge e1;
    e1.id = QStringLiteral("edge:1");
    e1.source = QStringLiteral("alpha");
    e1.target = QStringLiteral("mu");
    e1.integration = QStringLiteral("smoke_signals");
    e1.data = QStringList { QStringLiteral("weights"), QStringLiteral("profiles") };
    e1.pForward = 0.0;
    e1.pBackward = 1.0;
    e1.delayHours = 1e6;
    m.appendEdge(e1);

    Edge e2;
    e2.id = QStringLiteral("e2");
    e2.source = QStringLiteral("mu");
    e2.target = QStringLiteral("zeta");
    m.appendEdge(e2);
    m.scenarios = handScenarios();
    return m;
}

// `count` scenarios from a seed over the model's node ids, now and then one
// it does not have.
Doc withScenarios(const Model &base, quint32 seed, int count)
{
    Doc m(base);
    QRandomGenerator rng(seed);
    const auto node = [&] {
        const QVector<Node> &nodes = m.nodes();
        return nodes.isEmpty() || rng.bounded(10) == 0
            ? QStringLiteral("missing")
            : nodes.at(int(rng.bounded(quint32(nodes.size())))).id;
    };
    const auto hours = [&] { return rng.bounded(4) == 0 ? 0.0 : rng.generateDouble() * 1000.0; };
    for (int i = 0; i < count; ++i) {
        SavedScenario s;
        s.name = QStringLiteral("Scenario %1 – %2 ü").arg(i).arg(seed);
        sim::Scenario &sc = s.scenario;
        sc.mode = rng.bounded(2) ? sim::Mode::Seeded : sim::Mode::Annual;
        if (sc.mode == sim::Mode::Seeded)
            for (int k = 1 + int(rng.bounded(4)); k > 0; --k)
                sc.seeds.append({ node(), hours() });
        for (int k = int(rng.bounded(3)); k > 0; --k)
            sc.sever.append({ node(), hours() });
        sc.trials = 1 + int(rng.bounded(100000));
        sc.rngSeed = rng.generate64();
        if (rng.bounded(2))
            sc.horizonHours = hours();
        if (rng.bounded(2)) {
            s.resultJson = QStringLiteral("{\"format\": \"weaklink-simulation\", \"run\": %1}")
                               .arg(rng.generate())
                               .toUtf8();
            s.resultModelDigest
                = QCryptographicHash::hash(s.resultJson, QCryptographicHash::Sha256).toHex();
        }
        m.scenarios.append(s);
    }
    return m;
}

// An exercise with every field set: a start with a UTC offset, two
// responses, log entries with Unicode and an empty line.
Exercise handExercise()
{
    Exercise e;
    ExerciseSettings &s = e.settings;
    s.vendor = QStringLiteral("analytics");
    s.start = QDateTime(QDate(2025, 11, 24), QTime(9, 0), Qt::OffsetFromUTC, 3600);
    s.lengthHours = 72.0;
    s.stepHours = 0.5;
    s.trials = 2500;
    s.rngSeed = std::numeric_limits<quint64>::max();
    s.responses = { { QStringLiteral("vendor"), 30.0 }, { QStringLiteral("api"), 12.25 } };
    e.log = {
        { QDateTime(QDate(2025, 11, 24), QTime(9, 14, 3, 250), Qt::UTC), 0.0,
            QStringLiteral("Call the vendor – ask for IOCs"), {} },
        { QDateTime(QDate(2025, 11, 24), QTime(10, 2, 0, 1), Qt::UTC), 30.0,
            QStringLiteral("Sever vendor\n\nNotify DPO (Art. 33: 72 h) ✓"),
            NotificationMark { QStringLiteral("api"), QStringLiteral("gdpr-33-1"), {} } },
    };
    return e;
}

// Ords: nodes api 0, analytics 1, vendor 2; asset profiles 0; edges e0 0
// (api -> analytics carrying profiles), sync 1 (analytics -> vendor);
// scenarios "breach" 0 (seeds api, analytics; severs vendor), "yearly" 1;
// the exercise of handExercise (responses 0 vendor, 1 api; log entries 0, 1).
Doc ruleModel()
{
    Doc m;
    m.name = QStringLiteral("rules");
    for (const char *id : { "api", "analytics", "vendor" }) {
        Node n;
        n.id = QString::fromLatin1(id);
        n.name = n.id;
        if (n.id == u"api") {
            n.pos = QPointF(10.0, 20.0);
            n.tags = QStringList { QStringLiteral("edge") };
        }
        m.appendNode(n);
    }
    DataAsset profiles;
    profiles.id = QStringLiteral("profiles");
    profiles.name = profiles.id;
    profiles.owner = QStringLiteral("api");
    m.appendDataAsset(profiles);
    Edge e0;
    e0.id = QStringLiteral("e0");
    e0.source = QStringLiteral("api");
    e0.target = QStringLiteral("analytics");
    e0.data = QStringList { QStringLiteral("profiles") };
    m.appendEdge(e0);
    Edge sync;
    sync.id = QStringLiteral("sync");
    sync.source = QStringLiteral("analytics");
    sync.target = QStringLiteral("vendor");
    m.appendEdge(sync);

    SavedScenario breach;
    breach.name = QStringLiteral("breach");
    breach.scenario.mode = sim::Mode::Seeded;
    breach.scenario.seeds
        = { { QStringLiteral("api"), 0.0 }, { QStringLiteral("analytics"), 2.5 } };
    breach.scenario.sever = { { QStringLiteral("vendor"), 48.0 } };
    breach.scenario.horizonHours = 100.0;
    breach.resultJson = QByteArrayLiteral("{}");
    breach.resultModelDigest = digestOf("rules");
    SavedScenario yearly;
    yearly.name = QStringLiteral("yearly");
    m.scenarios = { breach, yearly };
    m.exercise = handExercise();
    return m;
}

// The schema 1 document in tests/data (see its README): the example model,
// saved by the code of schema 1. Never regenerated.
QString fixtureV1()
{
    return QStringLiteral(WEAKLINK_TESTS_DIR "/data/example-v1.weaklink");
}

// The schema 2 document in tests/data (see its README): the example model
// with two scenarios, one with a result, saved by the code of schema 2.
// Never regenerated.
QString fixtureV2()
{
    return QStringLiteral(WEAKLINK_TESTS_DIR "/data/example-v2.weaklink");
}

// The schema 3 document in tests/data (see its README): the example model
// with a scenario, an exercise and a decision log entry, saved by the code
// of schema 3. Never regenerated.
QString fixtureV3()
{
    return QStringLiteral(WEAKLINK_TESTS_DIR "/data/example-v3.weaklink");
}

// Tables and indexes as (type, name, table, SQL with whitespace collapsed),
// in name order: what must be equal for two files to have one schema.
QStringList schemaOf(const QString &path)
{
    QStringList rows;
    for (const QString &row :
        rawQuery(path, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"))
        rows << row.simplified();
    return rows;
}

const QStringList kErrorStarts = {
    QStringLiteral("cannot open the file"),
    QStringLiteral("not a Weaklink document"),
    QStringLiteral("not a valid Weaklink document: "),
    QStringLiteral("invalid document: "),
    QStringLiteral("damaged document: "),
    QStringLiteral("written by a newer version of Weaklink"),
    QStringLiteral("cannot migrate the document"),
};

bool startsWithKnownReason(const QString &error)
{
    for (const QString &start : kErrorStarts)
        if (error.startsWith(start))
            return true;
    return false;
}

// The kill test's models: big enough that a save takes tens of
// milliseconds, so that most kills land inside one.
constexpr quint32 kSeedA = 101;
constexpr quint32 kSeedB = 202;
constexpr int kKillNodes = 3000;
constexpr int kKillEdges = 7500;
constexpr int kKillAssets = 300;
constexpr int kKillScenarios = 40;

} // namespace

class TestStorage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTripGenerated_data();
    void roundTripGenerated();
    void roundTripHandModel();
    void schemaOnDisk();
    void jsonThroughDocumentIsByteIdentical();

    void saveReplacesExisting();
    void saveFailures_data();
    void saveFailures();
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();

    void loadNeverWrites();
    void loadMissingOrFolder();
    void badFiles_data();
    void badFiles();
    void ruleViolations_data();
    void ruleViolations();
    void scenariosWrittenElsewhere();
    void flippedBytesNeverCrash();

    void migration_data();
    void migration();
    void version1Fixture();
    void version2Fixture();
    void version3Fixture();
    void version4Fixture();
    void version5Fixture();
    void badNotificationMark_data();
    void badNotificationMark();
    void version6Fixture();
    void snapshotsRoundTrip();
    void badSnapshot_data();
    void badSnapshot();
    void contractsRoundTrip();
    void migratedSchemaEqualsNew_data();
    void migratedSchemaEqualsNew();
    void exerciseRoundTrip_data();
    void exerciseRoundTrip();

    void killWhileSaving();

    // Issue 9: documents from anywhere, and what killed saves leave.
    void hostileDocuments_data();
    void hostileDocuments();
    void loadBudget();
    void walDocumentOpensWithoutSideFiles();
    void pendingWalIsReadFromACopy();
    void savedDocumentsUseARollbackJournal();
    void staleTempFilesGoOnNextSave();
    void fileWrittenInPieces();
    void failedWriteInPiecesKeepsOldFile();

private:
    QString saveToNew(const Doc &m, const QString &name);

    QTemporaryDir m_dir;
};

void TestStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestStorage::saveToNew(const Doc &m, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QString error;
    if (!save(m, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestStorage::roundTripGenerated_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<int>("assets");
    QTest::addColumn<int>("scenarios");

    QTest::newRow("empty") << 1u << 0 << 0 << 0 << 0;
    QTest::newRow("no nodes, scenarios") << 8u << 0 << 0 << 0 << 3;
    QTest::newRow("one node") << 2u << 1 << 0 << 0 << 1;
    QTest::newRow("no edges, no data") << 3u << 40 << 0 << 0 << 0;
    QTest::newRow("data, no edges") << 4u << 40 << 0 << 12 << 2;
    QTest::newRow("small") << 5u << 30 << 80 << 10 << 5;
    QTest::newRow("medium") << 6u << 400 << 900 << 60 << 20;
    QTest::newRow("2000 nodes") << 7u << 2000 << 5000 << 200 << 200;
}

void TestStorage::roundTripGenerated()
{
    QFETCH(quint32, seed);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(int, assets);
    QFETCH(int, scenarios);

    const Doc original
        = withScenarios(test::generatedModel(seed, nodes, edges, assets), seed, scenarios);
    QCOMPARE(original.nodes().size(), nodes);
    const QString path = m_dir.filePath(QStringLiteral("generated-%1.weaklink").arg(seed));
    QString error;
    QVERIFY2(save(original, path, &error), qPrintable(error));

    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!r.migrated);
    QCOMPARE(r.fileName, path);
    QCOMPARE(r.model->nodes().size(), nodes);
    QCOMPARE(r.model->data().size(), nodes > 0 ? assets : 0);
    QCOMPARE(r.model->edges().size(), nodes > 1 ? edges : 0);
    QCOMPARE(r.state.scenarios.size(), scenarios);
    QVERIFY(loaded(r) == original);
}

void TestStorage::roundTripHandModel()
{
    const Doc original = handModel();
    const QString path = saveToNew(original, QStringLiteral("hand.weaklink"));
    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(loaded(r) == original);
    // Spot checks that operator== would pass for the wrong reasons only if
    // the model compared loosely.
    QCOMPARE(r.model->name.size(), original.name.size());
    QCOMPARE(r.model->name.indexOf(QChar(0)), 15);
    QCOMPARE(r.model->nodes().at(0).pos->x(), std::numeric_limits<double>::denorm_min());
    QCOMPARE(r.model->nodes().at(1).pos, std::nullopt);
    QCOMPARE(r.model->nodes().at(0).tags,
        (QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(r.model->edges().at(1).data,
        (QStringList { QStringLiteral("weights"), QStringLiteral("profiles") }));
    QCOMPARE(r.model->data().at(0).records, 9007199254740992LL);
    const QVector<SavedScenario> &scenarios = r.state.scenarios;
    QCOMPARE(scenarios.size(), 3);
    QCOMPARE(scenarios.at(0).name, handScenarios().at(0).name);
    QCOMPARE(scenarios.at(0).scenario.seeds.size(), 3);
    QCOMPARE(scenarios.at(0).scenario.seeds.at(2).atHours, 1.0 / 3.0);
    QCOMPARE(
        scenarios.at(0).scenario.sever.at(1).atHours, std::numeric_limits<double>::denorm_min());
    QCOMPARE(scenarios.at(0).scenario.rngSeed, std::numeric_limits<quint64>::max());
    QCOMPARE(scenarios.at(0).resultJson, handScenarios().at(0).resultJson);
    QCOMPARE(scenarios.at(1).scenario.mode, sim::Mode::Annual);
    QCOMPARE(scenarios.at(1).scenario.rngSeed, quint64(1) << 63);
    QCOMPARE(scenarios.at(1).scenario.horizonHours, std::nullopt);
    QVERIFY(scenarios.at(1).resultJson.isEmpty());
    QCOMPARE(scenarios.at(2).scenario.horizonHours, std::optional<double>(0.0));
}

void TestStorage::schemaOnDisk()
{
    const QString path = saveToNew(handModel(), QStringLiteral("schema.weaklink"));

    QCOMPARE(rawQuery(path, "PRAGMA application_id"), QStringList { QString::number(0x574B4C4B) });
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
        QStringList { QString::number(storage::kSchemaVersion) });
    QCOMPARE(rawQuery(path, "SELECT id FROM nodes ORDER BY ord"),
        (QStringList { QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mu") }));
    QCOMPARE(rawQuery(path, "SELECT id FROM data_assets ORDER BY ord"),
        (QStringList { QStringLiteral("weights"), QStringLiteral("profiles") }));
    QCOMPARE(rawQuery(path, "SELECT id FROM edges ORDER BY ord"),
        (QStringList { QStringLiteral("e0"), QStringLiteral("edge:1"), QStringLiteral("e2") }));
    // A node without a position has no row.
    QCOMPARE(rawQuery(path,
                 "SELECT n.id FROM positions p JOIN nodes n ON n.ord = p.node ORDER BY n.ord"),
        (QStringList { QStringLiteral("zeta"), QStringLiteral("mu") }));
    QCOMPARE(rawQuery(path,
                 "SELECT t.tag FROM node_tags t JOIN nodes n ON n.ord = t.node"
                 " WHERE n.id = 'zeta' ORDER BY t.position"),
        (QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(
        rawQuery(path,
            "SELECT a.id FROM edge_data f JOIN edges e ON e.ord = f.edge"
            " JOIN data_assets a ON a.ord = f.asset WHERE e.id = 'edge:1' ORDER BY f.position"),
        (QStringList { QStringLiteral("weights"), QStringLiteral("profiles") }));
    QCOMPARE(rawQuery(path,
                 "SELECT n.id FROM data_assets a JOIN nodes n ON n.ord = a.owner ORDER BY a.ord"),
        (QStringList { QStringLiteral("mu"), QStringLiteral("zeta") }));
    QCOMPARE(rawQuery(path,
                 "SELECT typeof(id), typeof(breach_likelihood), typeof(criticality), typeof(pinned)"
                 " FROM nodes WHERE id = 'zeta'"),
        QStringList { QStringLiteral("text|real|integer|integer") });
    QCOMPARE(
        rawQuery(path, "SELECT records, typeof(records) FROM data_assets WHERE id = 'weights'"),
        QStringList { QStringLiteral("9007199254740992|integer") });
    QCOMPARE(rawQuery(path, "SELECT value FROM meta WHERE key = 'model_name'"),
        QStringList { handModel().name });
    QCOMPARE(rawQuery(path, "SELECT value FROM meta WHERE key = 'app_version'"),
        QStringList { QStringLiteral(WEAKLINK_VERSION) });
    QCOMPARE(rawDouble(path, "SELECT control_strength FROM nodes WHERE id = 'zeta'"), 1.0 / 3.0);
    QCOMPARE(rawDouble(path, "SELECT y FROM positions WHERE node = 0"), -1e308);

    // Scenarios in model order; rng seeds as the bit pattern of a signed
    // integer; no horizon as NULL; results as blobs, an empty one included.
    QCOMPARE(rawQuery(path,
                 "SELECT name, mode, trials, rng_seed, typeof(rng_seed), typeof(horizon_hours),"
                 " typeof(result_json), length(result_json), length(result_model_digest)"
                 " FROM scenarios ORDER BY ord"),
        (QStringList { handScenarios().at(0).name
                + QStringLiteral("|seeded|2500|-1|integer|real|blob|%1|64")
                      .arg(handScenarios().at(0).resultJson.size()),
            QStringLiteral("annual|annual|1|-9223372036854775808|integer|null|blob|0|0"),
            QStringLiteral("A deleted node|seeded|2147483647|0|integer|real|blob|2|64") }));
    QCOMPARE(rawQuery(path,
                 "SELECT scenario, role, position, node FROM scenario_nodes"
                 " ORDER BY scenario, role, position"),
        (QStringList { QStringLiteral("0|seed|0|zeta"), QStringLiteral("0|seed|1|mu"),
            QStringLiteral("0|seed|2|zeta"), QStringLiteral("0|sever|0|alpha"),
            QStringLiteral("0|sever|1|mu"), QStringLiteral("2|seed|0|deleted") }));
    QCOMPARE(rawDouble(path, "SELECT horizon_hours FROM scenarios WHERE ord = 0"), 720.125);
    QCOMPARE(rawDouble(path,
                 "SELECT at_hours FROM scenario_nodes"
                 " WHERE scenario = 0 AND role = 'seed' AND position = 2"),
        1.0 / 3.0);

    // Tables refer to each other with declared foreign keys, and they hold.
    QCOMPARE(rawQuery(path,
                 "SELECT \"table\" || '.' || \"from\" || '->' || \"to\" FROM "
                 "pragma_foreign_key_list('edges')"
                 " ORDER BY \"from\""),
        (QStringList { QStringLiteral("nodes.source->ord"), QStringLiteral("nodes.target->ord") }));
    QCOMPARE(rawQuery(path,
                 "SELECT \"table\" FROM pragma_foreign_key_list('edge_data') ORDER BY \"table\""),
        (QStringList { QStringLiteral("data_assets"), QStringLiteral("edges") }));
    QCOMPARE(rawQuery(path, "SELECT \"table\" FROM pragma_foreign_key_list('data_assets')"),
        QStringList { QStringLiteral("nodes") });
    QCOMPARE(rawQuery(path, "SELECT \"table\" FROM pragma_foreign_key_list('positions')"),
        QStringList { QStringLiteral("nodes") });
    QCOMPARE(rawQuery(path, "SELECT \"table\" FROM pragma_foreign_key_list('node_tags')"),
        QStringList { QStringLiteral("nodes") });
    QCOMPARE(rawQuery(path, "SELECT \"table\" FROM pragma_foreign_key_list('scenario_nodes')"),
        QStringList { QStringLiteral("scenarios") });
    QCOMPARE(rawQuery(path, "PRAGMA foreign_key_check"), QStringList());
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList { QStringLiteral("ok") });
    // The temp file's journal mode must not leak into the document.
    QCOMPARE(rawQuery(path, "PRAGMA journal_mode"), QStringList { QStringLiteral("delete") });
}

void TestStorage::jsonThroughDocumentIsByteIdentical()
{
    const ReadResult imported = io::readModelJsonFile(test::examplePath());
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QVERIFY(!imported.model->nodes().isEmpty());
    const QByteArray json = io::writeModelJson(*imported.model);

    const QString path = saveToNew(*imported.model, QStringLiteral("example.weaklink"));
    const ReadResult reopened = storage::load(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QCOMPARE(io::writeModelJson(*reopened.model), json);
}

void TestStorage::saveReplacesExisting()
{
    const Model a = test::generatedModel(21, 50, 100, 10);
    const Model b = test::generatedModel(22, 30, 40, 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.weaklink"));
    QString error;
    QVERIFY2(save(a, path, &error), qPrintable(error));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QVERIFY2(save(b, path, &error), qPrintable(error));

    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(loaded(r) == Doc(b));
    QVERIFY(!(loaded(r) == Doc(a)));
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("doc.weaklink") });
    struct stat st { };
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
}

void TestStorage::saveFailures_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing folder")
        << QStringLiteral("no/such/folder/doc.weaklink") << QStringLiteral("does not exist");
    QTest::newRow("target is a folder")
        << QStringLiteral("folder.weaklink") << QStringLiteral("is a folder");
    QTest::newRow("read-only folder")
        << QStringLiteral("locked/doc.weaklink") << QStringLiteral("locked");
    QTest::newRow("pseudo file system") << QStringLiteral("/proc/weaklink-test.weaklink")
                                        << QStringLiteral("cannot create a file in /proc");
}

void TestStorage::saveFailures()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.weaklink")));
    const QString path
        = QDir::isAbsolutePath(relativePath) ? relativePath : dir.filePath(relativePath);
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    const Model old = test::generatedModel(31, 10, 10, 2);
    QString error;
    QVERIFY2(
        save(old, dir.filePath(QStringLiteral("locked/doc.weaklink")), &error), qPrintable(error));
    if (QTest::currentDataTag() == QByteArrayLiteral("read-only folder")) {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; the other rows cover failures before and "
                  "after "
                  "the temp file");
        QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0555) == 0);
    }
    const QStringList before = listing(dir.path());
    const QStringList lockedBefore = listing(locked);
    const QByteArray oldBytes = readBytes(dir.filePath(QStringLiteral("locked/doc.weaklink")));

    QVERIFY(!save(test::generatedModel(32, 10, 10, 2), path, &error));
    ::chmod(QFile::encodeName(locked).constData(), 0755);
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(listing(dir.path()), before);
    QCOMPARE(listing(locked), lockedBefore);
    QCOMPARE(listing(dir.filePath(QStringLiteral("folder.weaklink"))), QStringList());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    QCOMPARE(readBytes(dir.filePath(QStringLiteral("locked/doc.weaklink"))), oldBytes);
}

void TestStorage::failedSaveKeepsOldFile_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("why"); // empty: SQLite's message
    // Models that break the document's constraints fail inside SQLite, after
    // the temp file exists: the path that must clean up after itself.
    QTest::newRow("duplicate node id") << 0 << QString();
    QTest::newRow("NaN probability") << 1 << QString();
    // The references the writer looks up by id, which it checks itself.
    QTest::newRow("edge to a missing node")
        << 2 << QStringLiteral("edge \"dangling\": target \"nowhere\" is no node");
    QTest::newRow("flow of a missing asset")
        << 3 << QStringLiteral("edge \"dangling\": data \"nothing\" is no data asset");
    QTest::newRow("edge from a missing node")
        << 13 << QStringLiteral("edge \"dangling\": source \"nowhere\" is no node");
    QTest::newRow("asset of a missing owner")
        << 14 << QStringLiteral("data asset \"orphan\": owner \"nobody\" is no node");
    // What the reader rejects in a scenario, the schema's constraints reject
    // on the way in: a save never writes a document that cannot be opened.
    QTest::newRow("scenario: trials 0") << 4 << QString();
    QTest::newRow("scenario: duplicate name") << 5 << QString();
    QTest::newRow("scenario: empty name") << 6 << QString();
    QTest::newRow("scenario: infinite horizon") << 7 << QString();
    QTest::newRow("scenario: negative horizon") << 8 << QString();
    QTest::newRow("scenario: negative seed time") << 9 << QString();
    QTest::newRow("scenario: NaN sever time") << 10 << QString();
    QTest::newRow("scenario: infinite sever time") << 11 << QString();
    QTest::newRow("scenario: empty node id") << 12 << QString();
}

void TestStorage::failedSaveKeepsOldFile()
{
    QFETCH(int, breakage);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.weaklink"));
    const Model old = test::generatedModel(41, 20, 30, 5);
    QString error;
    QVERIFY2(save(old, path, &error), qPrintable(error));
    const QByteArray oldBytes = readBytes(path);

    Doc broken = ruleModel();
    switch (breakage) {
    case 0: {
        Node twin = broken.nodes().at(0);
        broken.appendNode(twin);
        break;
    }
    case 1: {
        Node n;
        n.id = QStringLiteral("nan");
        n.breachLikelihood = std::numeric_limits<double>::quiet_NaN();
        broken.appendNode(n);
        break;
    }
    case 2: {
        Edge e = broken.edges().at(0);
        e.id = QStringLiteral("dangling");
        e.target = QStringLiteral("nowhere");
        broken.appendEdge(e);
        break;
    }
    case 3: {
        Edge e = broken.edges().at(0);
        e.id = QStringLiteral("dangling");
        e.data = QStringList { QStringLiteral("nothing") };
        broken.appendEdge(e);
        break;
    }
    case 4: broken.scenarios[0].scenario.trials = 0; break;
    case 5: broken.scenarios[1].name = broken.scenarios[0].name; break;
    case 6: broken.scenarios[1].name.clear(); break;
    case 7: broken.scenarios[0].scenario.horizonHours = qInf(); break;
    case 8: broken.scenarios[1].scenario.horizonHours = -1.0; break;
    case 9: broken.scenarios[0].scenario.seeds[1].atHours = -0.5; break;
    case 10: broken.scenarios[0].scenario.sever[0].atHours = qQNaN(); break;
    case 11: broken.scenarios[0].scenario.sever[0].atHours = qInf(); break;
    case 12: broken.scenarios[0].scenario.seeds[0].node.clear(); break;
    case 13: {
        Edge e = broken.edges().at(0);
        e.id = QStringLiteral("dangling");
        e.source = QStringLiteral("nowhere");
        broken.appendEdge(e);
        break;
    }
    case 14: {
        DataAsset a = broken.data().at(0);
        a.id = QStringLiteral("orphan");
        a.owner = QStringLiteral("nobody");
        broken.appendDataAsset(a);
        break;
    }
    }
    QVERIFY(!save(broken, path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write the document: ")),
        qPrintable(error));
    QFETCH(QString, why);
    if (!why.isEmpty())
        QCOMPARE(error, path + QStringLiteral(": cannot write the document: ") + why);
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("doc.weaklink") });
    QCOMPARE(readBytes(path), oldBytes);
}

void TestStorage::loadNeverWrites()
{
    const Doc m = withScenarios(test::generatedModel(51, 200, 400, 20), 51, 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.weaklink"));
    QString error;
    QVERIFY2(save(m, path, &error), qPrintable(error));
    // Let a write, if there were one, show in the mtime.
    QThread::msleep(20);
    const FileState before = FileState::of(path);

    for (int i = 0; i < 3; ++i) {
        const ReadResult r = storage::load(path);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(!r.migrated);
        QVERIFY(loaded(r) == m);
    }
    QCOMPARE(FileState::of(path), before);
    QCOMPARE(before.dir, QStringList { QStringLiteral("doc.weaklink") });
}

void TestStorage::loadMissingOrFolder()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.weaklink"));
    ReadResult r = storage::load(missing);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, QStringLiteral("cannot open the file: it does not exist"));
    QCOMPARE(r.message(), missing + QStringLiteral(": cannot open the file: it does not exist"));
    QCOMPARE(listing(dir.path()), QStringList());

    r = storage::load(dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error, QStringLiteral("cannot open the file: it is a folder"));

    // Reading a pipe would block forever.
    const QString fifo = dir.filePath(QStringLiteral("pipe.weaklink"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    r = storage::load(fifo);
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        QStringLiteral(
            "cannot open the file: it is not a regular file (a FIFO, socket or device)"));
}

void TestStorage::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // the first is the start of the message

    const QString valid
        = saveToNew(test::generatedModel(61, 300, 600, 40), QStringLiteral("bad-base.weaklink"));
    const QByteArray doc = readBytes(valid);
    QVERIFY(doc.size() > 8 * 4096);

    QRandomGenerator rng(61);
    QByteArray random(4096, Qt::Uninitialized);
    for (char &c : random)
        c = char(rng.bounded(256));
    const QString notOurs = QStringLiteral("not a Weaklink document");

    QTest::newRow("random bytes") << random
                                  << QStringList { notOurs,
                                         QStringLiteral("not an SQLite database") };
    QTest::newRow("empty file") << QByteArray() << QStringList { notOurs, QStringLiteral("empty") };
    QTest::newRow("text") << QByteArrayLiteral("{\"format\": \"weaklink-model\"}\n")
                          << QStringList { notOurs, QStringLiteral("not an SQLite database") };
    QTest::newRow("SQLite magic, then garbage") << QByteArray("SQLite format 3\0", 16)
            + random << QStringList { notOurs, QStringLiteral("not an SQLite database") };
    const QStringList truncated
        = { QStringLiteral("damaged document"), QStringLiteral("truncated") };
    QTest::newRow("truncated to half") << doc.left(doc.size() / 2) << truncated;
    QTest::newRow("first page only") << doc.left(4096) << truncated;
    QTest::newRow("header only") << doc.left(100) << truncated;
    QTest::newRow("last byte missing")
        << doc.left(doc.size() - 1)
        << QStringList { QStringLiteral("damaged document"), QStringLiteral("truncated") };

    // Every page of a fresh document is a b-tree page: spoil the page-type
    // byte of the middle one.
    QByteArray flipped = doc;
    const qsizetype middlePage = doc.size() / 4096 / 2;
    flipped[middlePage * 4096] = char(flipped[middlePage * 4096] ^ 0xff);
    QTest::newRow("flipped byte in the middle")
        << flipped << QStringList { QStringLiteral("damaged document") };
    // The reader never visits index pages; the damage must be found anyway.
    const QStringList indexRoot
        = rawQuery(valid, "SELECT rootpage FROM sqlite_schema WHERE name = 'nodes_id'");
    QCOMPARE(indexRoot.size(), 1);
    QByteArray badIndex = doc;
    const qsizetype indexPage = (indexRoot.first().toLongLong() - 1) * 4096;
    QVERIFY(indexPage > 0 && indexPage < doc.size());
    badIndex[indexPage] = char(badIndex[indexPage] ^ 0xff);
    QTest::newRow("damaged index page")
        << badIndex << QStringList { QStringLiteral("damaged document") };

    const auto database = [&](const char *name, const QString &sql) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile::remove(path);
        const QString error = rawExec(path, sql);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return readBytes(path);
    };
    QTest::newRow("foreign database") << database("foreign.db",
        QStringLiteral("CREATE TABLE birds (name TEXT); INSERT INTO birds VALUES ('wren')"))
                                      << QStringList { notOurs };
    QTest::newRow("other application id") << database("other-app.db",
        QStringLiteral("PRAGMA application_id = 1234; PRAGMA user_version = 1;"
                       "CREATE TABLE meta (key TEXT, value TEXT)"))
                                          << QStringList { notOurs };
    QTest::newRow("newer schema")
        << database("newer.db",
               QStringLiteral("PRAGMA application_id = 1464552523; PRAGMA user_version = 99;"
                              "CREATE TABLE future (x)"))
        << QStringList { QStringLiteral(
               "written by a newer version of Weaklink (schema 99); this version reads "
               "schema %1 or older")
                             .arg(storage::kSchemaVersion) };
    QTest::newRow("no schema version")
        << database("version0.db",
               QStringLiteral("PRAGMA application_id = 1464552523; CREATE TABLE meta (x)"))
        << QStringList { QStringLiteral("invalid document"), QStringLiteral("no schema version") };
    QTest::newRow("no tables") << database("no-tables.db",
        QStringLiteral("PRAGMA application_id = 1464552523; PRAGMA user_version = 2;"
                       "CREATE TABLE unrelated (x)"))
                               << QStringList { QStringLiteral("not a valid Weaklink document"),
                                      QStringLiteral("table meta is missing") };
    // Schema 1 files go through the migration first.
    QTest::newRow("schema 1, no tables")
        << database("no-tables-1.db",
               QStringLiteral("PRAGMA application_id = 1464552523; PRAGMA user_version = 1;"
                              "CREATE TABLE unrelated (x)"))
        << QStringList { QStringLiteral("not a valid Weaklink document"),
               QStringLiteral("table meta is missing") };
    QTest::newRow("schema 1 with a table of schema 2")
        << database("v1-with-scenarios.db",
               QStringLiteral("PRAGMA application_id = 1464552523; PRAGMA user_version = 1;"
                              "CREATE TABLE scenarios (x)"))
        << QStringList { QStringLiteral("cannot migrate the document from schema 1 to 2: "),
               QStringLiteral("scenarios already exists") };
}

void TestStorage::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.weaklink"));
    QVERIFY(writeBytes(path, bytes));
    const FileState before = FileState::of(path);

    const ReadResult r = storage::load(path);
    QVERIFY(!r.ok());
    QVERIFY(!r.migrated);
    QVERIFY2(r.error.startsWith(expected.first()), qPrintable(r.error));
    for (const QString &word : expected)
        QVERIFY2(r.error.contains(word), qPrintable(r.error));
    QCOMPARE(r.message(), path + QStringLiteral(": ") + r.error);
    QCOMPARE(FileState::of(path), before);

    // Read from a private copy, on one connection, the file fails alike.
    QFile journal(path + QStringLiteral("-journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.close();
    QCOMPARE(storage::load(path).error, r.error);
}

void TestStorage::ruleViolations_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected"); // empty: loads fine

    const QString invalid = QStringLiteral("invalid document: ");
    const auto words = [&](std::initializer_list<const char *> list) {
        QStringList out { invalid };
        for (const char *w : list)
            out << QString::fromUtf8(w);
        return out;
    };

    QTest::newRow("untouched") << QString() << QStringList();
    // Another writer may number rows with gaps: the reader then searches
    // for each referenced row instead of going straight to it.
    const QString gaps = QStringLiteral(
        "UPDATE nodes SET ord = ord * 10 + 1000; UPDATE positions SET node = node * 10 + 1000;"
        "UPDATE node_tags SET node = node * 10 + 1000;"
        "UPDATE data_assets SET owner = owner * 10 + 1000, ord = ord * 10 + 1000;"
        "UPDATE data_subject_jurisdictions SET asset = asset * 10 + 1000;"
        "UPDATE edges SET source = source * 10 + 1000, target = target * 10 + 1000,"
        " ord = ord * 10 + 1000;"
        "UPDATE edge_data SET edge = edge * 10 + 1000, asset = asset * 10 + 1000;"
        "UPDATE edge_contracts SET edge = edge * 10 + 1000;");
    QTest::newRow("ords with gaps") << gaps << QStringList();
    QTest::newRow("edge end in a gap between ords")
        << gaps + QStringLiteral("UPDATE edges SET target = 1015 WHERE id = 'sync'")
        << words({ "table edges", "\"sync\"", "target", "1015" });
    QTest::newRow("flow of an edge in a gap")
        << gaps + QStringLiteral("UPDATE edge_data SET edge = 1005")
        << words({ "table edge_data", "edge", "1005" });
    QTest::newRow("edge source missing")
        << QStringLiteral("UPDATE edges SET source = 99 WHERE id = 'e0'")
        << words({ "table edges", "\"e0\"", "source", "99" });
    QTest::newRow("edge target missing")
        << QStringLiteral("UPDATE edges SET target = -4 WHERE id = 'sync'")
        << words({ "table edges", "\"sync\"", "target", "-4" });
    QTest::newRow("self-loop") << QStringLiteral(
        "UPDATE edges SET target = source WHERE id = 'sync'")
                               << words({ "table edges", "\"sync\"", "must differ" });
    QTest::newRow("breach likelihood above 1")
        << QStringLiteral("UPDATE nodes SET breach_likelihood = 1.5 WHERE id = 'api'")
        << words({ "table nodes", "\"api\"", "breach_likelihood", "0 to 1" });
    QTest::newRow("negative p_backward")
        << QStringLiteral("UPDATE edges SET p_backward = -0.25 WHERE id = 'sync'")
        << words({ "table edges", "\"sync\"", "p_backward", "0 to 1" });
    QTest::newRow("p_forward infinite")
        << QStringLiteral("UPDATE edges SET p_forward = 1e999 WHERE id = 'e0'")
        << words({ "\"e0\"", "p_forward", "0 to 1" });
    QTest::newRow("criticality 0")
        << QStringLiteral("UPDATE nodes SET criticality = 0 WHERE id = 'vendor'")
        << words({ "\"vendor\"", "criticality", "1 to 5" });
    QTest::newRow("criticality 6")
        << QStringLiteral("UPDATE nodes SET criticality = 6 WHERE id = 'vendor'")
        << words({ "\"vendor\"", "criticality", "1 to 5" });
    QTest::newRow("criticality 2.5")
        << QStringLiteral("UPDATE nodes SET criticality = 2.5 WHERE id = 'vendor'")
        << words({ "\"vendor\"", "criticality", "integer" });
    QTest::newRow("probability as text")
        << QStringLiteral("UPDATE nodes SET control_strength = 'high' WHERE id = 'analytics'")
        << words({ "\"analytics\"", "control_strength", "number" });
    QTest::newRow("unknown GDPR role")
        << QStringLiteral("UPDATE nodes SET gdpr_role = 'overlord' WHERE id = 'api'")
        << words({ "\"api\"", "gdpr_role", "must be one of" });
    QTest::newRow("pinned 2") << QStringLiteral("UPDATE nodes SET pinned = 2 WHERE id = 'api'")
                              << words({ "\"api\"", "pinned", "0 or 1" });
    QTest::newRow("id as blob") << QStringLiteral(
        "UPDATE nodes SET id = x'00ff' WHERE id = 'vendor'")
                                << words({ "table nodes", "row 2", "id", "text" });
    QTest::newRow("empty node id") << QStringLiteral("UPDATE nodes SET id = '' WHERE id = 'vendor'")
                                   << words({ "table nodes", "row 2", "id", "non-empty" });
    QTest::newRow("duplicate node id")
        << QStringLiteral("DROP INDEX nodes_id; UPDATE nodes SET id = 'api' WHERE id = 'vendor'")
        << words({ "table nodes", "row 2", "duplicate node id \"api\"" });
    QTest::newRow("duplicate edge id")
        << QStringLiteral("DROP INDEX edges_id; UPDATE edges SET id = 'e0' WHERE id = 'sync'")
        << words({ "table edges", "row 1", "duplicate edge id \"e0\"" });
    // Two problems: the one met first in table order (nodes before edges,
    // edges in ord order, within a row its id, ends, then values) is
    // reported, though the edges table is read on a second connection.
    QTest::newRow("node before edge")
        << QStringLiteral("UPDATE nodes SET criticality = 0 WHERE id = 'vendor';"
                          "UPDATE edges SET p_forward = 2 WHERE id = 'e0'")
        << words({ "table nodes", "\"vendor\"", "criticality" });
    QTest::newRow("missing end before a later row's value")
        << QStringLiteral("UPDATE edges SET source = 99 WHERE id = 'e0';"
                          "UPDATE edges SET p_backward = -1 WHERE id = 'sync'")
        << words({ "table edges", "\"e0\"", "source", "99" });
    QTest::newRow("value before a later row's missing end")
        << QStringLiteral("UPDATE edges SET p_forward = 2 WHERE id = 'e0';"
                          "UPDATE edges SET target = 77 WHERE id = 'sync'")
        << words({ "table edges", "\"e0\"", "p_forward" });
    QTest::newRow("missing end before its row's value")
        << QStringLiteral("UPDATE edges SET target = 77, p_forward = 2 WHERE id = 'sync'")
        << words({ "table edges", "\"sync\"", "target", "77" });
    QTest::newRow("empty id before its row's missing end")
        << QStringLiteral("UPDATE edges SET id = '', source = 99 WHERE id = 'sync'")
        << words({ "table edges", "row 1", "id", "non-empty" });
    QTest::newRow("self-loop on a missing node")
        << QStringLiteral("UPDATE edges SET source = 99, target = 99 WHERE id = 'sync'")
        << words({ "table edges", "\"sync\"", "source", "99" });
    QTest::newRow("asset owner missing")
        << QStringLiteral("UPDATE data_assets SET owner = 42")
        << words({ "table data_assets", "\"profiles\"", "owner", "42" });
    QTest::newRow("negative records")
        << QStringLiteral("UPDATE data_assets SET records = -1")
        << words({ "\"profiles\"", "records", "0 to 9007199254740992" });
    QTest::newRow("records above 2^53")
        << QStringLiteral("UPDATE data_assets SET records = 9007199254740993")
        << words({ "\"profiles\"", "records", "0 to 9007199254740992" });
    QTest::newRow("sensitivity 9") << QStringLiteral("UPDATE data_assets SET sensitivity = 9")
                                   << words({ "\"profiles\"", "sensitivity", "1 to 5" });
    QTest::newRow("personal -1") << QStringLiteral("UPDATE data_assets SET personal = -1")
                                 << words({ "\"profiles\"", "personal", "0 or 1" });
    QTest::newRow("flow of a missing asset") << QStringLiteral("UPDATE edge_data SET asset = 5")
                                             << words({ "table edge_data", "asset", "5" });
    QTest::newRow("flow of a missing edge")
        << QStringLiteral("INSERT INTO edge_data VALUES (7, 0, 0)")
        << words({ "table edge_data", "edge", "7" });
    QTest::newRow("asset listed twice")
        << QStringLiteral("DROP INDEX edge_data_asset; INSERT INTO edge_data VALUES (0, 1, 0)")
        << words({ "table edge_data", "\"profiles\"", "listed twice", "\"e0\"" });
    QTest::newRow("delay 0") << QStringLiteral("UPDATE edges SET delay_hours = 0 WHERE id = 'e0'")
                             << words({ "\"e0\"", "delay_hours", "greater than 0" });
    QTest::newRow("position of a missing node")
        << QStringLiteral("INSERT INTO positions VALUES (50, 1.0, 2.0)")
        << words({ "table positions", "50" });
    QTest::newRow("infinite position") << QStringLiteral("UPDATE positions SET x = -1e999")
                                       << words({ "table positions", "finite" });
    QTest::newRow("tag of a missing node")
        << QStringLiteral("INSERT INTO node_tags VALUES (60, 0, 't')")
        << words({ "table node_tags", "60" });
    // The schema is checked before any row is read.
    const auto schema = [](const char *problem) {
        return QStringList { QStringLiteral("not a valid Weaklink document: ")
            + QLatin1String(problem) };
    };
    QTest::newRow("missing table")
        << QStringLiteral("DROP TABLE edge_data") << schema("table edge_data is missing");
    QTest::newRow("missing column")
        << QStringLiteral("ALTER TABLE edges DROP COLUMN label")
        << schema("table edges: column \"label TEXT NOT NULL\" is missing");
    QTest::newRow("no model name") << QStringLiteral("DELETE FROM meta WHERE key = 'model_name'")
                                   << words({ "table meta", "model_name" });

    // Scenarios ("breach" ord 0, "yearly" ord 1).
    QTest::newRow("unknown mode") << QStringLiteral(
        "UPDATE scenarios SET mode = 'weekly' WHERE name = 'breach'")
                                  << words({ "table scenarios", "row 0 (name \"breach\")", "mode",
                                         "must be one of seeded, annual" });
    QTest::newRow("trials 0") << QStringLiteral("UPDATE scenarios SET trials = 0 WHERE ord = 1")
                              << words({ "table scenarios", "\"yearly\"", "trials",
                                     "1 to 2147483647" });
    QTest::newRow("trials above int")
        << QStringLiteral("UPDATE scenarios SET trials = 2147483648 WHERE ord = 1")
        << words({ "\"yearly\"", "trials", "1 to 2147483647" });
    QTest::newRow("trials 2.5") << QStringLiteral("UPDATE scenarios SET trials = 2.5 WHERE ord = 1")
                                << words({ "\"yearly\"", "trials", "integer" });
    QTest::newRow("rng seed as text")
        << QStringLiteral("UPDATE scenarios SET rng_seed = 'lucky' WHERE ord = 1")
        << words({ "\"yearly\"", "rng_seed", "integer" });
    QTest::newRow("negative horizon")
        << QStringLiteral("UPDATE scenarios SET horizon_hours = -1 WHERE ord = 0")
        << words({ "\"breach\"", "horizon_hours", "NULL or a finite number of 0 or more" });
    QTest::newRow("infinite horizon")
        << QStringLiteral("UPDATE scenarios SET horizon_hours = 1e999 WHERE ord = 0")
        << words({ "\"breach\"", "horizon_hours", "finite" });
    QTest::newRow("horizon as text")
        << QStringLiteral("UPDATE scenarios SET horizon_hours = 'soon' WHERE ord = 0")
        << words({ "\"breach\"", "horizon_hours", "number" });
    QTest::newRow("empty scenario name")
        << QStringLiteral("UPDATE scenarios SET name = '' WHERE ord = 1")
        << words({ "table scenarios", "row 1", "name", "non-empty" });
    QTest::newRow("scenario name as blob")
        << QStringLiteral("UPDATE scenarios SET name = x'00ff' WHERE ord = 1")
        << words({ "table scenarios", "row 1", "name", "text" });
    QTest::newRow("duplicate scenario name")
        << QStringLiteral("DROP INDEX scenarios_name; UPDATE scenarios SET name = 'breach'"
                          " WHERE ord = 1")
        << words({ "table scenarios", "row 1", "duplicate scenario name \"breach\"" });
    QTest::newRow("result as text")
        << QStringLiteral("UPDATE scenarios SET result_json = '{}' WHERE ord = 0")
        << words({ "\"breach\"", "result_json", "blob" });
    QTest::newRow("result digest as blob")
        << QStringLiteral("UPDATE scenarios SET result_model_digest = x'ab' WHERE ord = 0")
        << words({ "\"breach\"", "result_model_digest", "text" });
    QTest::newRow("negative seed time")
        << QStringLiteral("UPDATE scenario_nodes SET at_hours = -0.5 WHERE role = 'seed'")
        << words({ "table scenario_nodes", "scenario 0 role seed position 0", "at_hours",
               "finite number of 0 or more" });
    QTest::newRow("infinite sever time")
        << QStringLiteral("UPDATE scenario_nodes SET at_hours = 1e999 WHERE role = 'sever'")
        << words({ "table scenario_nodes", "scenario 0 role sever position 0", "at_hours",
               "finite" });
    QTest::newRow("sever time as text")
        << QStringLiteral("UPDATE scenario_nodes SET at_hours = 'later' WHERE role = 'sever'")
        << words({ "table scenario_nodes", "role sever", "at_hours", "number" });
    QTest::newRow("unknown role") << QStringLiteral(
        "UPDATE scenario_nodes SET role = 'target' WHERE role = 'sever'")
                                  << words({ "table scenario_nodes", "role target",
                                         "must be one of seed, sever" });
    QTest::newRow("empty node id in a scenario")
        << QStringLiteral("UPDATE scenario_nodes SET node = '' WHERE role = 'sever'")
        << words({ "table scenario_nodes", "node", "non-empty" });
    QTest::newRow("node id as blob")
        << QStringLiteral("UPDATE scenario_nodes SET node = x'07' WHERE role = 'sever'")
        << words({ "table scenario_nodes", "node", "text" });
    QTest::newRow("times of a missing scenario")
        << QStringLiteral("INSERT INTO scenario_nodes VALUES (9, 'seed', 0, 'api', 0)")
        << words({ "table scenario_nodes", "scenario 9", "no scenario with ord 9" });
    QTest::newRow("missing scenarios table")
        << QStringLiteral("DROP TABLE scenario_nodes; DROP TABLE scenarios")
        << schema("table scenarios is missing");

    // The exercise (one settings row, responses 0 and 1, log entries 0 and 1).
    QTest::newRow("exercise start not a date")
        << QStringLiteral("UPDATE exercise SET start = 'Monday morning'")
        << words({ "table exercise", "row 1", "start", "ISO 8601" });
    QTest::newRow("second settings row")
        << QStringLiteral("INSERT INTO exercise SELECT 2, vendor, start, length_hours,"
                          " step_hours, trials, rng_seed FROM exercise")
        << words({ "table exercise", "row 2", "id", "must be 1" });
    QTest::newRow("exercise length 0") << QStringLiteral("UPDATE exercise SET length_hours = 0")
                                       << words({ "table exercise", "length" });
    QTest::newRow("exercise step infinite")
        << QStringLiteral("UPDATE exercise SET step_hours = 1e999")
        << words({ "table exercise", "step" });
    QTest::newRow("too many timeline points")
        << QStringLiteral("UPDATE exercise SET length_hours = 1e6, step_hours = 1")
        << words({ "table exercise", "more than 5000 points" });
    QTest::newRow("exercise trials above int")
        << QStringLiteral("UPDATE exercise SET trials = 2147483648")
        << words({ "table exercise", "trials", "1 to 2147483647" });
    QTest::newRow("exercise vendor as blob") << QStringLiteral("UPDATE exercise SET vendor = x'01'")
                                             << words({ "table exercise", "vendor", "text" });
    QTest::newRow("response without a node")
        << QStringLiteral("UPDATE exercise_responses SET node = '' WHERE position = 1")
        << words({ "table exercise_responses", "row 1", "node", "non-empty" });
    QTest::newRow("negative response time")
        << QStringLiteral("UPDATE exercise_responses SET at_hours = -1 WHERE position = 0")
        << words({ "table exercise_responses", "row 0", "at_hours", "finite number of 0" });
    QTest::newRow("log wall clock not a date")
        << QStringLiteral("UPDATE decision_log SET wall_clock = 'noon' WHERE position = 1")
        << words({ "table decision_log", "row 1", "wall_clock", "ISO 8601" });
    QTest::newRow("log time infinite")
        << QStringLiteral("UPDATE decision_log SET exercise_hours = 1e999 WHERE position = 0")
        << words({ "table decision_log", "row 0", "exercise_hours", "finite" });
    QTest::newRow("log text as blob")
        << QStringLiteral("UPDATE decision_log SET text = x'2a' WHERE position = 0")
        << words({ "table decision_log", "row 0", "text", "must be text" });
    QTest::newRow("missing decision log table")
        << QStringLiteral("DROP TABLE decision_log") << schema("table decision_log is missing");
}

void TestStorage::ruleViolations()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.weaklink"));
    QString error;
    QVERIFY2(save(ruleModel(), path, &error), qPrintable(error));
    if (!sql.isEmpty()) {
        // What the schema's CHECK constraints stop, a foreign tool can still
        // write; the reader must catch it.
        const QString sqlError
            = rawExec(path, QStringLiteral("PRAGMA ignore_check_constraints = ON;") + sql);
        QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));
    }

    const ReadResult r = storage::load(path);
    // A side file makes the reader open a private copy, which it reads on
    // one connection: the same model or the same message either way.
    QFile journal(path + QStringLiteral("-journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.close();
    const ReadResult once = storage::load(path);
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(loaded(r) == ruleModel());
        QVERIFY2(once.ok(), qPrintable(once.message()));
        QVERIFY(loaded(once) == ruleModel());
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(expected.first()), qPrintable(r.error));
    for (const QString &word : expected)
        QVERIFY2(r.error.contains(word), qPrintable(r.error));
    QCOMPARE(once.error, r.error);
}

void TestStorage::scenariosWrittenElsewhere()
{
    // Rows another tool could write: a scenario without a result (the
    // columns' defaults), ords with gaps, and a node the model does not
    // have, which is the engine's to report, not the reader's.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.weaklink"));
    QString error;
    QVERIFY2(save(ruleModel(), path, &error), qPrintable(error));
    const QString sqlError = rawExec(path,
        QStringLiteral("UPDATE scenario_nodes SET node = 'gone' WHERE role = 'sever';"
                       "INSERT INTO scenarios (ord, name, mode, trials, rng_seed)"
                       " VALUES (7, 'other', 'seeded', 3, -2);"
                       "INSERT INTO scenario_nodes VALUES (7, 'seed', 4, 'vendor', 1.5);"
                       "INSERT INTO scenario_nodes VALUES (7, 'seed', 2, 'api', 3)"));
    QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));

    Doc expected = ruleModel();
    expected.scenarios[0].scenario.sever[0].node = QStringLiteral("gone");
    SavedScenario other;
    other.name = QStringLiteral("other");
    other.scenario.mode = sim::Mode::Seeded;
    other.scenario.seeds = { { QStringLiteral("api"), 3.0 }, { QStringLiteral("vendor"), 1.5 } };
    other.scenario.trials = 3;
    other.scenario.rngSeed = std::numeric_limits<quint64>::max() - 1;
    expected.scenarios.append(other);

    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(loaded(r) == expected);
}

void TestStorage::flippedBytesNeverCrash()
{
    // A flipped byte can land in a string and give another valid model;
    // what must hold is no crash, and an error that says what kind of
    // problem it is.
    const QString valid
        = saveToNew(test::generatedModel(71, 40, 90, 12), QStringLiteral("flip-base.weaklink"));
    const QByteArray doc = readBytes(valid);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flipped.weaklink"));
    QRandomGenerator rng(71);
    int failures = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray bytes = doc;
        const qsizetype at
            = i < 100 ? qsizetype(rng.bounded(100)) : qsizetype(rng.bounded(int(doc.size())));
        bytes[at] = char(bytes[at] ^ (1 << rng.bounded(8)));
        if (i % 50 == 49)
            bytes.truncate(qsizetype(rng.bounded(int(doc.size()))));
        QVERIFY(writeBytes(path, bytes));
        const ReadResult r = storage::load(path);
        if (r.ok())
            continue;
        ++failures;
        QVERIFY2(startsWithKnownReason(r.error),
            qPrintable(QStringLiteral("offset %1: %2").arg(at).arg(r.error)));
    }
    // Most flips hit structure; a test that never sees a failure tests nothing.
    QVERIFY2(failures > 50, qPrintable(QString::number(failures)));
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("flipped.weaklink") });
}

void TestStorage::migration_data()
{
    QTest::addColumn<int>("fileVersion");
    QTest::addColumn<QString>("metaTable"); // what the file calls table meta
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("migrated");
    QTest::addColumn<QString>("renamedNode"); // expected name of node 0 after migration, if changed
    QTest::addColumn<QStringList>("expectedError");

    // The files are current documents (schema 2) made to look older, so
    // the lists start with a step for 1 -> 2 that fails if it ever runs.
    const QString never = QStringLiteral("SELECT no_such_function()");
    const QString meta = QStringLiteral("meta");
    const QString properties = QStringLiteral("properties");
    const QString step2 = QStringLiteral("ALTER TABLE properties RENAME TO props2");
    const QString step3 = QStringLiteral("ALTER TABLE props2 RENAME TO meta");

    QTest::newRow("one step from 2")
        << 2 << properties
        << QStringList { never, QStringLiteral("ALTER TABLE properties RENAME TO meta") } << true
        << QString() << QStringList();
    QTest::newRow("two steps from 2") << 2 << properties << QStringList { never, step2, step3 }
                                      << true << QString() << QStringList();
    QTest::newRow("two steps from 3, only the second runs")
        << 3 << QStringLiteral("props2") << QStringList { never, step2, step3 } << true << QString()
        << QStringList();
    QTest::newRow("a step that changes data")
        << 2 << meta
        << QStringList { never, QStringLiteral("UPDATE nodes SET name = 'renamed' WHERE ord = 0") }
        << true << QStringLiteral("renamed") << QStringList();
    QTest::newRow("current file, no step runs")
        << 3 << meta << QStringList { never, never } << false << QString() << QStringList();
    QTest::newRow("the built-in length, current file")
        << 2 << meta << QStringList { never } << false << QString() << QStringList();
    QTest::newRow("the first step runs for schema 1")
        << 1 << meta << QStringList { never } << false << QString()
        << QStringList { QStringLiteral("cannot migrate the document from schema 1 to 2: "),
               QStringLiteral("no_such_function") };
    QTest::newRow("failing step")
        << 2 << properties
        << QStringList { never, QStringLiteral("ALTER TABLE nonexistent RENAME TO meta") } << false
        << QString()
        << QStringList { QStringLiteral("cannot migrate the document from schema 2 to 3: "),
               QStringLiteral("nonexistent") };
    QTest::newRow("second step fails")
        << 2 << properties
        << QStringList { never, step2, QStringLiteral("ALTER TABLE wrong RENAME TO meta") } << false
        << QString()
        << QStringList { QStringLiteral("cannot migrate the document from schema 3 to 4: "),
               QStringLiteral("wrong") };
    QTest::newRow("steps leave an old layout")
        << 2 << properties << QStringList { never, QStringLiteral("SELECT 1") } << false
        << QString()
        << QStringList { QStringLiteral("not a valid Weaklink document: table meta is missing") };
    QTest::newRow("newer than the steps")
        << 4 << meta << QStringList { never, step3 } << false << QString()
        << QStringList { QStringLiteral(
               "written by a newer version of Weaklink (schema 4); this version reads schema 3 "
               "or older") };
}

void TestStorage::migration()
{
    QFETCH(int, fileVersion);
    QFETCH(QString, metaTable);
    QFETCH(QStringList, steps);
    QFETCH(bool, migrated);
    QFETCH(QString, renamedNode);
    QFETCH(QStringList, expectedError);

    // An "older" file: a current document whose meta table has an old name
    // and whose version says so. The model has scenarios, so that what
    // schema 2 added is carried through the steps too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.weaklink"));
    const Doc original = ruleModel();
    QString error;
    QVERIFY2(save(original, path, &error), qPrintable(error));
    QString sql = QStringLiteral("PRAGMA user_version = %1;").arg(fileVersion);
    if (metaTable != u"meta")
        sql += QStringLiteral("ALTER TABLE meta RENAME TO %1;").arg(metaTable);
    const QString sqlError = rawExec(path, sql);
    QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));
    QThread::msleep(20);
    const FileState before = FileState::of(path);

    std::vector<QByteArray> utf8;
    for (const QString &s : steps)
        utf8.push_back(s.toUtf8());
    std::vector<const char *> list;
    for (const QByteArray &s : utf8)
        list.push_back(s.constData());
    const ReadResult r = storage::detail::loadWithMigrations(path, list);

    QCOMPARE(FileState::of(path), before);
    if (!expectedError.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(expectedError.first()), qPrintable(r.error));
        for (const QString &word : expectedError)
            QVERIFY2(r.error.contains(word), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.migrated, migrated);
    Doc expected = original;
    if (!renamedNode.isEmpty())
        expected.setValue(ElementType::Node, 0, int(NodeField::Name), renamedNode);
    QVERIFY(loaded(r) == expected);
}

void TestStorage::version1Fixture()
{
    // The file must be what schema 1 wrote: a rewrite by later code would
    // let this test pass without testing a migration (tests/data/README.md).
    const QString fixture = fixtureV1();
    const QByteArray bytes = readBytes(fixture);
    QCOMPARE(bytes.size(), 49152);
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
        QByteArrayLiteral("b781b23567d973b6b6f85481478986abedddf87306a647180113c503218e514c"));
    const ReadResult example = io::readModelJsonFile(test::sharedExamplePath());
    QVERIFY2(example.ok(), qPrintable(example.message()));
    const FileState before = FileState::of(fixture);

    const ReadResult r = storage::load(fixture);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.migrated);
    QVERIFY(r.state.scenarios.isEmpty());
    QVERIFY(loaded(r) == Doc(*example.model));
    QCOMPARE(FileState::of(fixture), before);

    // The next save writes the current schema, scenarios and all.
    Doc edited = loaded(r);
    edited.scenarios = handScenarios();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.weaklink"));
    QString error;
    QVERIFY2(save(edited, path, &error), qPrintable(error));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
        QStringList { QString::number(storage::kSchemaVersion) });
    const ReadResult reopened = storage::load(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QVERIFY(!reopened.migrated);
    QVERIFY(loaded(reopened) == edited);
}

void TestStorage::version2Fixture()
{
    // As for schema 1: the file must be what schema 2 wrote
    // (tests/data/README.md).
    const QString fixture = fixtureV2();
    const QByteArray bytes = readBytes(fixture);
    QCOMPARE(bytes.size(), 69632);
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
        QByteArrayLiteral("4035e4dbd17a384d2ec434c9f7766b7f1a906e95a0dda5e7a0483df0730c8328"));
    QCOMPARE(rawQuery(fixture, "PRAGMA user_version"), QStringList { QStringLiteral("2") });
    const ReadResult example = io::readModelJsonFile(test::sharedExamplePath());
    QVERIFY2(example.ok(), qPrintable(example.message()));
    const FileState before = FileState::of(fixture);

    // Storage reads the results with the keys they were stored with; the
    // files layer, which knows the simulation, brings them up to date.
    const ReadResult stored = storage::load(fixture);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY(stored.legacyResultDigests);
    const ReadResult r = files::openModelFile(fixture);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.migrated);
    QVERIFY(!r.legacyResultDigests);
    QCOMPARE(FileState::of(fixture), before);
    // The scenarios as the README lists them, the result kept byte for byte.
    const QVector<SavedScenario> &scenarios = r.state.scenarios;
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios[0].name, QStringLiteral("Analytics breach"));
    QCOMPARE(scenarios[0].scenario.mode, sim::Mode::Seeded);
    QCOMPARE(scenarios[0].scenario.seeds,
        (QVector<sim::TimedNode> { { QStringLiteral("northwind"), 0.0 } }));
    QCOMPARE(scenarios[0].scenario.sever,
        (QVector<sim::TimedNode> { { QStringLiteral("northwind"), 48.0 } }));
    QCOMPARE(scenarios[0].scenario.trials, 1000);
    QCOMPARE(scenarios[0].scenario.rngSeed, quint64(7));
    QCOMPARE(scenarios[0].scenario.horizonHours, std::optional<double>(168.0));
    QVERIFY(scenarios[0].resultJson.startsWith("{"));
    QCOMPARE(scenarios[0].resultJson.size(), 8658);
    // Its result was current, keyed by the old digest of the whole model:
    // it stays current under the simulation digest.
    QCOMPARE(scenarios[0].resultModelDigest, sim::simulationDigest(*example.model));
    QCOMPARE(scenarios[1].name, QStringLiteral("Annual"));
    QCOMPARE(scenarios[1].scenario.mode, sim::Mode::Annual);
    QVERIFY(scenarios[1].resultJson.isEmpty());
    // No exercise and an empty decision log.
    QVERIFY(r.state.exercise == Exercise {});
    QVERIFY(r.state.exercise.log.isEmpty());
    QVERIFY(*r.model == *example.model);

    // The next save writes the current schema, exercise and all.
    Doc edited = loaded(r);
    edited.exercise = handExercise();
    edited.exercise.settings.vendor = QStringLiteral("northwind");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.weaklink"));
    QString error;
    QVERIFY2(save(edited, path, &error), qPrintable(error));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
        QStringList { QString::number(storage::kSchemaVersion) });
    const ReadResult reopened = storage::load(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QVERIFY(!reopened.migrated);
    QVERIFY(loaded(reopened) == edited);
}

void TestStorage::version3Fixture()
{
    // The file must be what schema 3 wrote (tests/data/README.md).
    const QString fixture = fixtureV3();
    const QByteArray bytes = readBytes(fixture);
    QCOMPARE(bytes.size(), 81920);
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
        QByteArrayLiteral("99a6cf53cd1df42a855879fc2f08d1ac6bcd679e928878ed16c420db5b1e8176"));
    QCOMPARE(rawQuery(fixture, "PRAGMA user_version"), QStringList { QStringLiteral("3") });
    const ReadResult example = io::readModelJsonFile(test::sharedExamplePath());
    QVERIFY2(example.ok(), qPrintable(example.message()));
    const FileState before = FileState::of(fixture);

    const ReadResult r = files::openModelFile(fixture);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.migrated);
    QCOMPARE(FileState::of(fixture), before);
    // Schema 3 knew no contracts: the model is the example as it was.
    QVERIFY(*r.model == *example.model);
    for (const Edge &e : r.model->edges())
        QVERIFY(e.contract.isEmpty());
    // What the README lists, carried through the step.
    QCOMPARE(r.state.scenarios.size(), 1);
    QCOMPARE(r.state.scenarios[0].name, QStringLiteral("Annual"));
    const ExerciseSettings &settings = r.state.exercise.settings;
    QCOMPARE(settings.vendor, QStringLiteral("northwind"));
    QCOMPARE(settings.start, QDateTime(QDate(2025, 11, 9), QTime(9, 0), Qt::UTC));
    QCOMPARE(settings.trials, 1000);
    QCOMPARE(settings.rngSeed, quint64(7));
    QCOMPARE(
        settings.responses, (QVector<sim::TimedNode> { { QStringLiteral("northwind"), 48.0 } }));
    QCOMPARE(r.state.exercise.log.size(), 1);
    QCOMPARE(r.state.exercise.log[0].exerciseHours, 2.0);
    QCOMPARE(r.state.exercise.log[0].text, QStringLiteral("Vendor confirms the export"));

    // The next save writes the current schema with the contracts the user
    // adds.
    Doc edited = loaded(r);
    const int edge = 0;
    edited.setValue(ElementType::Edge, edge, int(EdgeField::ContractDpa), true);
    edited.setValue(ElementType::Edge, edge, int(EdgeField::ContractNotificationSlaHours), 48.0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.weaklink"));
    QString error;
    QVERIFY2(save(edited, path, &error), qPrintable(error));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
        QStringList { QString::number(storage::kSchemaVersion) });
    const ReadResult reopened = storage::load(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QVERIFY(!reopened.migrated);
    QVERIFY(loaded(reopened) == edited);
}

namespace {

// Opens a real older document of tests/data (its README says how each was
// written) as the app does: checks the file's size, SHA-256 and schema
// first, and that opening migrates it in memory and leaves the file as it
// was. The caller returns if QTest::currentTestFailed().
void openOlderFixture(
    const char *name, qsizetype size, const char *sha256, int version, ReadResult *out)
{
    const QString fixture = QStringLiteral(WEAKLINK_TESTS_DIR "/data/") + QLatin1String(name);
    const QByteArray bytes = readBytes(fixture);
    QCOMPARE(bytes.size(), size);
    QCOMPARE(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), QByteArray(sha256));
    QCOMPARE(rawQuery(fixture, "PRAGMA user_version"), QStringList { QString::number(version) });
    const FileState before = FileState::of(fixture);
    *out = files::openModelFile(fixture);
    QVERIFY2(out->ok(), qPrintable(out->message()));
    QVERIFY(out->migrated);
    QCOMPARE(FileState::of(fixture), before);
}

// Saves `edited` as the current schema into `dir` and reads it back whole;
// the saved file's path. (The checks run in lambdas: QVERIFY returns from
// them, and this function returns the path either way.)
QString saveAsCurrentSchema(const Doc &edited, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("saved.weaklink"));
    QString error;
    [&] { QVERIFY2(save(edited, path, &error), qPrintable(error)); }();
    [&] {
        QCOMPARE(rawQuery(path, "PRAGMA user_version"),
            QStringList { QString::number(storage::kSchemaVersion) });
        const ReadResult reopened = storage::load(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QVERIFY(!reopened.migrated);
        QVERIFY(loaded(reopened) == edited);
    }();
    return path;
}

} // namespace

void TestStorage::version4Fixture()
{
    ReadResult r;
    openOlderFixture("example-v4.weaklink", 90112,
        "f7cf2fa8ba94dc73bd269bf44e9240792a10f15de811f940c77a321659cce6eb", 4, &r);
    if (QTest::currentTestFailed())
        return;
    // The contracts of schema 4 come through the step.
    int contracts = 0;
    for (const Edge &e : r.model->edges())
        contracts += e.contract.isEmpty() ? 0 : 1;
    QCOMPARE(contracts, 6);
    QCOMPARE(r.state.scenarios.size(), 1);
    const SavedScenario &s = r.state.scenarios[0];
    QCOMPARE(s.name, QStringLiteral("Analytics vendor breach"));
    QCOMPARE(s.scenario.seeds, (QVector<sim::TimedNode> { { QStringLiteral("northwind"), 0.0 } }));
    // Schema 4 knew no awareness times.
    QVERIFY(s.awareness.isEmpty());
    QCOMPARE(r.state.exercise.settings.vendor, QStringLiteral("northwind"));

    // The next save writes the current schema with the times the user gives.
    Doc edited = loaded(r);
    edited.scenarios[0].awareness
        = { { QStringLiteral("northwind"), 0.0 }, { QStringLiteral("web_dashboard"), 384.0 } };
    QTemporaryDir dir;
    const QString path = saveAsCurrentSchema(edited, dir);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rawQuery(path,
                 "SELECT scenario || '|' || position || '|' || node || '|' || at_hours"
                 " FROM scenario_awareness ORDER BY scenario, position"),
        (QStringList {
            QStringLiteral("0|0|northwind|0.0"), QStringLiteral("0|1|web_dashboard|384.0") }));

    // A node given twice is refused, with the row.
    const QString twice = dir.filePath(QStringLiteral("twice.weaklink"));
    QVERIFY(QFile::copy(path, twice));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(twice).constData(), &db), SQLITE_OK);
    const int rc
        = sqlite3_exec(db, "UPDATE scenario_awareness SET node = 'northwind' WHERE position = 1",
            nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
    const ReadResult refused = storage::load(twice);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error,
        QStringLiteral("invalid document: table scenario_awareness, scenario 0 position 1: "
                       "node: \"northwind\" is given twice"));
}

void TestStorage::version5Fixture()
{
    ReadResult r;
    openOlderFixture("example-v5.weaklink", 94208,
        "79169441d1e9613c70f8d02cc011abdf626d62a7db8c9f87d731723a78f78d3e", 5, &r);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.state.scenarios.size(), 1);
    QCOMPARE(r.state.scenarios[0].awareness,
        (QVector<sim::TimedNode> { { QStringLiteral("web_dashboard"), 384.0 } }));
    // The log comes through the step, every entry a plain one.
    const QVector<DecisionLogEntry> &log = r.state.exercise.log;
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].text, QStringLiteral("Northwind confirms the export"));
    QCOMPARE(log[0].exerciseHours, 6.0);
    QCOMPARE(
        log[0].wallClock, QDateTime(QDate(2026, 12, 4), QTime(10, 15, 30, 250), QTimeZone::utc()));
    QCOMPARE(log[1].text, QStringLiteral("Northwind told the API platform"));
    QCOMPARE(log[1].exerciseHours, 30.0);
    QVERIFY(!log[0].notified);
    QVERIFY(!log[1].notified);

    // The next save writes the current schema with the notification the
    // user marks.
    Doc edited = loaded(r);
    edited.exercise.log[1].notified = NotificationMark { QStringLiteral("northwind"),
        QStringLiteral("gdpr-33-2"), QStringLiteral("web_dashboard") };
    edited.exercise.log.append({ QDateTime(QDate(2026, 12, 4), QTime(11, 0), QTimeZone::utc()),
        40.0, QStringLiteral("Told the authority"),
        NotificationMark { QStringLiteral("web_dashboard"), QStringLiteral("gdpr-33-1"), {} } });
    QTemporaryDir dir;
    const QString path = saveAsCurrentSchema(edited, dir);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rawQuery(path,
                 "SELECT position || '|' || ifnull(notified_node, 'NULL') || '|' ||"
                 " ifnull(notified_rule, 'NULL') || '|' || ifnull(notified_to, 'NULL')"
                 " FROM decision_log ORDER BY position"),
        (QStringList { QStringLiteral("0|NULL|NULL|NULL"),
            QStringLiteral("1|northwind|gdpr-33-2|web_dashboard"),
            QStringLiteral("2|web_dashboard|gdpr-33-1|") }));
}

void TestStorage::badNotificationMark_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("error");
    QTest::newRow("rule without node")
        << QByteArray("UPDATE decision_log SET notified_rule = 'gdpr-33-1', notified_to = ''")
        << QStringLiteral("invalid document: table decision_log, row 0: notified_node, "
                          "notified_rule and notified_to must be given together or not at all");
    QTest::newRow("node without the party it was owed to")
        << QByteArray("UPDATE decision_log SET notified_node = 'a', notified_rule = 'r'")
        << QStringLiteral("invalid document: table decision_log, row 0: notified_node, "
                          "notified_rule and notified_to must be given together or not at all");
    QTest::newRow("a blob for a node")
        << QByteArray("UPDATE decision_log SET notified_node = x'61', notified_rule = 'r',"
                      " notified_to = ''")
        << QStringLiteral(
               "invalid document: table decision_log, row 0: notified_node: must be text");
}

// A mark is all three columns or none, and text: the reader says which row.
void TestStorage::badNotificationMark()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, error);
    Doc d(test::generatedModel(3, 1, 1, 1));
    d.exercise.log.append({ QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc()), 1.0,
        QStringLiteral("entry"), std::nullopt });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mark.weaklink"));
    QString saveError;
    QVERIFY2(save(d, path, &saveError), qPrintable(saveError));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
    const ReadResult r = storage::load(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
}

namespace {

// A snapshot as a test writes it: `name` over the model `m` (as model
// JSON), with a made-up baseline.
Snapshot snapshotOf(const QString &name, const Model &m)
{
    Snapshot s;
    s.name = name;
    s.takenAt = QDateTime(QDate(2026, 9, 30), QTime(17, 0, 0, 125), QTimeZone::utc());
    s.note = QStringLiteral("Q3 board pack\nwith the new vendors");
    s.modelJson = io::writeModelJson(m);
    s.baselineJson = QByteArrayLiteral("{\"format\": \"weaklink-simulation\"}");
    s.trials = 2500;
    s.rngSeed = std::numeric_limits<quint64>::max();
    return s;
}

} // namespace

void TestStorage::version6Fixture()
{
    ReadResult r;
    openOlderFixture("example-v6.weaklink", 94208,
        "df8b1b219054239b5f3fa439f5c2cdb460644e446245fc0b523e1ea86ec69a20", 6, &r);
    if (QTest::currentTestFailed())
        return;
    // Schema 6's marks come through the step; schema 6 had no snapshots.
    QCOMPARE(r.state.exercise.log.size(), 2);
    QCOMPARE(r.state.exercise.log[1].notified,
        (std::optional<NotificationMark>({ QStringLiteral("northwind"), QStringLiteral("gdpr-33-2"),
            QStringLiteral("web_dashboard") })));
    QVERIFY(r.state.snapshots.isEmpty());

    // The next save writes the current schema with a snapshot.
    Doc edited = loaded(r);
    edited.snapshots.append(snapshotOf(QStringLiteral("Before the breach"), *r.model));
    QTemporaryDir dir;
    const QString path = saveAsCurrentSchema(edited, dir);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rawQuery(path,
                 "SELECT ord || '|' || name || '|' || taken_at || '|' || trials || '|' || rng_seed"
                 " FROM snapshots"),
        QStringList { QStringLiteral("0|Before the breach|2026-09-30T17:00:00.125Z|2500|-1") });
}

// Snapshots keep their order, their bytes, and survive a save of a model
// that has changed since.
void TestStorage::snapshotsRoundTrip()
{
    const Model before = test::generatedModel(5, 6, 8, 3);
    Doc d(test::generatedModel(6, 9, 12, 4));
    d.snapshots = { snapshotOf(QStringLiteral("Q2"), before), snapshotOf(QStringLiteral("Q3"), d) };
    d.snapshots[1].note.clear();
    d.snapshots[1].baselineJson.clear(); // none computed
    const QString path = saveToNew(d, QStringLiteral("snapshots.weaklink"));
    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(loaded(r) == d);
    const ReadResult frozen = analysis::readSnapshotModel(r.state.snapshots[0]);
    QVERIFY2(frozen.ok(), qPrintable(frozen.message()));
    QVERIFY(*frozen.model == before);
}

void TestStorage::badSnapshot_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad date") << QByteArray("UPDATE snapshots SET taken_at = 'last Tuesday'")
                              << QStringLiteral(
                                     "invalid document: table snapshots, row 0 (name \"Q3\"): "
                                     "taken_at: must be an ISO 8601 date and time");
    QTest::newRow("model as text")
        << QByteArray("UPDATE snapshots SET model_json = '{}'")
        << QStringLiteral("invalid document: table snapshots, row 0 (name \"Q3\"): model_json: "
                          "must be a blob");
}

// The reader names the row; a snapshot whose model does not read says so
// when it is read, naming the snapshot.
void TestStorage::badSnapshot()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, error);
    Doc d(test::generatedModel(3, 1, 1, 1));
    d.snapshots = { snapshotOf(QStringLiteral("Q3"), d) };
    const QString path = saveToNew(d, QStringLiteral("bad-snapshot.weaklink"));
    QCOMPARE(rawExec(path, QString::fromUtf8(sql)), QString());
    const ReadResult r = storage::load(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);

    Snapshot broken = d.snapshots[0];
    broken.modelJson = QByteArrayLiteral("{\"format\": \"weaklink-model\", \"version\": 1, "
                                         "\"nodes\": [{\"id\": 7}]}");
    const ReadResult unread = analysis::readSnapshotModel(broken);
    QVERIFY(!unread.ok());
    QVERIFY2(unread.message().startsWith(QStringLiteral("snapshot \"Q3\"")),
        qPrintable(unread.message()));
    QVERIFY2(
        unread.message().contains(QStringLiteral("nodes[0].id")), qPrintable(unread.message()));
}

// The added fields of FORMAT.md §1 in their tables: a row only where there
// is something to say, read back as written.
void TestStorage::contractsRoundTrip()
{
    Model m = test::generatedModel(17, 6, 8, 3);
    m.setValue(ElementType::DataAsset, 1, int(DataField::SubjectJurisdictions),
        QStringList { QStringLiteral("EU"), QStringLiteral("US-CA") });
    m.setValue(ElementType::Edge, 0, int(EdgeField::ContractDpa), true);
    m.setValue(
        ElementType::Edge, 0, int(EdgeField::ContractTransferMechanism), QStringLiteral("scc"));
    m.setValue(
        ElementType::Edge, 0, int(EdgeField::ContractReviewed), QStringLiteral("2025-03-31"));
    m.setValue(ElementType::Edge, 3, int(EdgeField::ContractNotificationSlaHours), 12.5);
    m.setValue(ElementType::Edge, 3, int(EdgeField::ContractAuditRight), true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contracts.weaklink"));
    QString error;
    QVERIFY2(storage::save(m, path, &error), qPrintable(error));
    QCOMPARE(rawQuery(path,
                 "SELECT edge || '|' || dpa || '|' || ifnull(notification_sla_hours, 'null') || "
                 "'|' || transfer_mechanism || '|' || audit_right || '|' || reviewed"
                 " FROM edge_contracts ORDER BY edge"),
        (QStringList {
            QStringLiteral("0|1|null|scc|0|2025-03-31"), QStringLiteral("3|0|12.5||1|") }));
    QCOMPARE(rawQuery(path,
                 "SELECT asset || '|' || position || '|' || jurisdiction"
                 " FROM data_subject_jurisdictions ORDER BY asset, position"),
        (QStringList { QStringLiteral("1|0|EU"), QStringLiteral("1|1|US-CA") }));
    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(*r.model == m);
}

void TestStorage::exerciseRoundTrip_data()
{
    QTest::addColumn<Exercise>("exercise");
    QTest::addColumn<QStringList>("settingsRows"); // table exercise as stored

    QTest::newRow("none") << Exercise {} << QStringList();
    QTest::newRow("every field")
        << handExercise()
        << QStringList { QStringLiteral(
               "analytics|2025-11-24T09:00:00.000+01:00|72.0|0.5|2500|-1") };
    Exercise logOnly;
    logOnly.log = handExercise().log;
    QTest::newRow("a log without settings") << logOnly << QStringList();
    Exercise responsesOnly;
    responsesOnly.settings.responses = { { QStringLiteral("x"), 0.0 } };
    QTest::newRow("responses only")
        << responsesOnly << QStringList { QStringLiteral("||168.0|1.0|10000|1") };
    Exercise local;
    local.settings.vendor = QStringLiteral("api");
    local.settings.start = QDateTime(QDate(2026, 3, 29), QTime(1, 30)); // local time
    local.settings.lengthHours = 1e6;
    local.settings.stepHours = 1000.0;
    local.log = { { QDateTime::currentDateTimeUtc(), 1e6, QString(), {} } };
    const QString localStart
        = local.settings.start.toOffsetFromUtc(local.settings.start.offsetFromUtc())
              .toString(Qt::ISODateWithMs);
    QTest::newRow("local start, long exercise, empty entry")
        << local
        << QStringList { QStringLiteral("api|%1|1000000.0|1000.0|10000|1").arg(localStart) };
    Exercise utc;
    utc.settings.start = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    utc.settings.stepHours = 0.25;
    QTest::newRow("UTC start, step only")
        << utc << QStringList { QStringLiteral("|1999-12-31T23:59:59.999Z|168.0|0.25|10000|1") };
}

void TestStorage::exerciseRoundTrip()
{
    QFETCH(Exercise, exercise);
    QFETCH(QStringList, settingsRows);

    Doc m = ruleModel();
    m.exercise = exercise;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exercise.weaklink"));
    QString error;
    QVERIFY2(save(m, path, &error), qPrintable(error));
    QCOMPARE(rawQuery(path,
                 "SELECT vendor, start, length_hours, step_hours, trials, rng_seed FROM exercise"),
        settingsRows);
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM exercise_responses"),
        QStringList { QString::number(exercise.settings.responses.size()) });
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM decision_log"),
        QStringList { QString::number(exercise.log.size()) });
    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.state.exercise == exercise);
    // The start keeps its instant and the offset it was chosen in.
    if (exercise.settings.start.isValid())
        QCOMPARE(r.state.exercise.settings.start.offsetFromUtc(),
            exercise.settings.start.offsetFromUtc());
    QVERIFY(loaded(r) == m);
}

void TestStorage::migratedSchemaEqualsNew_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::newRow("schema 1") << fixtureV1() << 1;
    QTest::newRow("schema 2") << fixtureV2() << 2;
    QTest::newRow("schema 5") << QStringLiteral(WEAKLINK_TESTS_DIR "/data/example-v5.weaklink")
                              << 5;
    QTest::newRow("schema 6") << QStringLiteral(WEAKLINK_TESTS_DIR "/data/example-v6.weaklink")
                              << 6;
}

void TestStorage::migratedSchemaEqualsNew()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    // The built-in steps from the fixture's schema on run on a copy of it as
    // load() runs them in memory; the result must have the schema of a new
    // document, table for table and index for index.
    QTemporaryDir dir;
    const QString migrated = dir.filePath(QStringLiteral("migrated.weaklink"));
    QVERIFY(QFile::copy(fixture, migrated));
    QVERIFY(QFile::setPermissions(migrated, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(rawQuery(migrated, "PRAGMA user_version"), QStringList { QString::number(version) });
    const QStringList schema1 = schemaOf(migrated);
    QString sql = QStringLiteral("BEGIN;");
    for (const char *step : storage::detail::migrations().subspan(size_t(version - 1)))
        sql += QString::fromUtf8(step);
    sql += QStringLiteral("PRAGMA user_version = %1; COMMIT;").arg(storage::kSchemaVersion);
    const QString sqlError = rawExec(migrated, sql);
    QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));

    const ReadResult example = io::readModelJsonFile(test::sharedExamplePath());
    QVERIFY2(example.ok(), qPrintable(example.message()));
    const QString fresh = saveToNew(*example.model, QStringLiteral("fresh.weaklink"));
    const QStringList schema2 = schemaOf(fresh);
    QCOMPARE(schemaOf(migrated), schema2);
    QVERIFY(schema1 != schema2);
    QVERIFY(schema2.size() >= schema1.size());

    // The migrated file is a document of the current schema, with what the
    // fixture holds.
    QCOMPARE(rawQuery(migrated, "PRAGMA foreign_key_check"), QStringList());
    const ReadResult r = storage::load(migrated);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!r.migrated);
    const ReadResult original = storage::load(fixture);
    QVERIFY2(original.ok(), qPrintable(original.message()));
    QVERIFY(original.migrated);
    QVERIFY(loaded(r) == loaded(original));
}

void TestStorage::killWhileSaving()
{
    const Doc a = withScenarios(
        test::generatedModel(kSeedA, kKillNodes, kKillEdges, kKillAssets), kSeedA, kKillScenarios);
    const Doc b = withScenarios(
        test::generatedModel(kSeedB, kKillNodes, kKillEdges, kKillAssets), kSeedB, kKillScenarios);
    QVERIFY(!(a == b));
    // The child saves the models it reads from these, in a folder of their
    // own so that the document's folder holds only what saves leave.
    QTemporaryDir models;
    QString error;
    const QString pathA = models.filePath(QStringLiteral("a.weaklink"));
    const QString pathB = models.filePath(QStringLiteral("b.weaklink"));
    QVERIFY2(save(a, pathA, &error), qPrintable(error));
    QVERIFY2(save(b, pathB, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.weaklink"));
    const QStringList arguments = { path, pathA, pathB };
    // A leftover temp file has this name; anything else beside the document
    // would be a bug (a journal, a half-written document under its name).
    const QRegularExpression tempName(QStringLiteral("^\\.doc\\.weaklink\\.[A-Za-z0-9]{6}\\.tmp$"));

    QRandomGenerator *rng = QRandomGenerator::global();
    int seenA = 0;
    int seenB = 0;
    int leftovers = 0;
    constexpr int kRuns = 30;
    for (int run = 0; run < kRuns; ++run) {
        QProcess child;
        child.setProgram(QStringLiteral(WEAKLINK_SAVE_CHILD));
        child.setArguments(arguments);
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // The first save has completed once the child has said so.
        QVERIFY2(child.waitForReadyRead(30000),
            qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        const int delayMs = int(rng->bounded(150));
        QThread::msleep(delayMs);
        QVERIFY2(child.state() == QProcess::Running,
            qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const ReadResult r = storage::load(path);
        QVERIFY2(r.ok(),
            qPrintable(QStringLiteral("run %1, killed after %2 ms: %3")
                           .arg(run)
                           .arg(delayMs)
                           .arg(r.message())));
        if (loaded(r) == a)
            ++seenA;
        else if (loaded(r) == b)
            ++seenB;
        else
            QFAIL(qPrintable(QStringLiteral("run %1, killed after %2 ms: neither A nor B")
                                 .arg(run)
                                 .arg(delayMs)));

        for (const QString &entry : listing(dir.path())) {
            if (entry == u"doc.weaklink")
                continue;
            QVERIFY2(tempName.match(entry).hasMatch(), qPrintable(entry));
        }
        leftovers = std::max(leftovers, int(listing(dir.path()).size()) - 1);
    }
    QCOMPARE(seenA + seenB, kRuns);
    qInfo(
        "A %d times, B %d times; at most %d temp files left by the kills", seenA, seenB, leftovers);
    // The next save removes what the killed ones left.
    QVERIFY2(save(a, path, &error), qPrintable(error));
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("doc.weaklink") });
}

void TestStorage::hostileDocuments_data()
{
    QTest::addColumn<QString>("sql"); // run on a saved document
    QTest::addColumn<QString>("expected"); // the whole error

    const QString notValid = QStringLiteral("not a valid Weaklink document: ");
    // Reading this view never ends (the reliability pass: info, export,
    // simulate and the app hung).
    QTest::newRow("nodes view, endless recursive CTE") << QStringLiteral(
        "DROP TABLE nodes; CREATE VIEW nodes AS WITH RECURSIVE r(i) AS (SELECT 0 UNION "
        "ALL SELECT i + 1 FROM r) SELECT i AS ord, 'n' || i AS id, 'n' AS name, 'other' "
        "AS kind, '' AS organization, 'none' AS gdpr_role, '' AS jurisdiction, 0.1 AS "
        "breach_likelihood, 0.0 AS control_strength, 1 AS criticality, 0 AS pinned, '' "
        "AS notes FROM r") << notValid + QStringLiteral("nodes is a view, not a table");
    // This one reached 7.9 GB in 25 s.
    QTest::newRow("meta view, huge zeroblob")
        << QStringLiteral("ALTER TABLE meta RENAME TO meta_rows; CREATE VIEW meta AS SELECT key, "
                          "value || zeroblob(900000000) AS value FROM meta_rows")
        << notValid + QStringLiteral("meta is a view, not a table");
    QTest::newRow("a view beside the tables")
        << QStringLiteral("CREATE VIEW everything AS SELECT * FROM nodes")
        << notValid + QStringLiteral("everything is a view, not a table");
    QTest::newRow("trigger") << QStringLiteral(
        "CREATE TRIGGER stamp AFTER INSERT ON nodes BEGIN UPDATE meta SET value = ''; END")
                             << notValid + QStringLiteral("it contains a trigger (stamp)");
    QTest::newRow("virtual table")
        << QStringLiteral("CREATE VIRTUAL TABLE spatial USING rtree(id, x0, x1)")
        << notValid + QStringLiteral("spatial is a virtual table");
    QTest::newRow("generated column")
        << QStringLiteral("ALTER TABLE nodes ADD COLUMN huge BLOB GENERATED ALWAYS AS "
                          "(zeroblob(900000000)) VIRTUAL")
        << notValid + QStringLiteral("table nodes: column huge is computed or hidden");
    QTest::newRow("extra column") << QStringLiteral(
        "ALTER TABLE nodes ADD COLUMN colour TEXT NOT NULL DEFAULT ''")
                                  << notValid
            + QStringLiteral("table nodes: unexpected column \"colour TEXT NOT NULL\"");
    QTest::newRow("renamed column")
        << QStringLiteral("ALTER TABLE edges RENAME COLUMN label TO caption")
        << notValid
            + QStringLiteral("table edges: column 9 is \"caption TEXT NOT NULL\" where \"label "
                             "TEXT NOT NULL\" belongs");
    QTest::newRow("unexpected table") << QStringLiteral("CREATE TABLE notes (x)")
                                      << notValid + QStringLiteral("unexpected table notes");
}

void TestStorage::hostileDocuments()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.weaklink"));
    QString error;
    QVERIFY2(save(ruleModel(), path, &error), qPrintable(error));
    const QString sqlError = rawExec(path, sql);
    QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));
    const FileState before = FileState::of(path);
    const sqlite3_int64 heapLimit = sqlite3_hard_heap_limit64(-1);

    const ReadResult r = storage::load(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, expected);
    QCOMPARE(FileState::of(path), before);
    // The load's memory cap is gone with it.
    QCOMPARE(sqlite3_hard_heap_limit64(-1), heapLimit);
}

void TestStorage::loadBudget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.weaklink"));
    Doc m(test::generatedModel(7, 400, 800, 20));
    SavedScenario withResult;
    withResult.name = QStringLiteral("big result");
    withResult.resultJson = QByteArray(4 << 20, 'x');
    m.scenarios = { withResult };
    QString error;
    QVERIFY2(save(m, path, &error), qPrintable(error));
    const FileState before = FileState::of(path);

    // Within the default budget the document reads as it was saved.
    const storage::detail::LoadLimits defaults
        = storage::detail::defaultLoadLimits(QFileInfo(path).size());
    QVERIFY(defaults.time >= std::chrono::seconds(15));
    QVERIFY(defaults.heapBytes >= 512 << 20);
    ReadResult r = storage::detail::loadWithLimits(path, defaults);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(loaded(r) == m);

    // No time at all: the progress handler stops the first long query.
    r = storage::detail::loadWithLimits(path, { std::chrono::milliseconds(0), defaults.heapBytes });
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        QStringLiteral("not a valid Weaklink document: reading it takes longer than 0 s, far "
                       "longer than any real document of its size"));

    // 3 MiB of memory hold SQLite's page cache (2 MB) but not the 4 MiB
    // result.
    const sqlite3_int64 heapLimit = sqlite3_hard_heap_limit64(-1);
    r = storage::detail::loadWithLimits(path, { defaults.time, 3 << 20 });
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        QStringLiteral("not a valid Weaklink document: reading it needs more than 3.0 MiB of "
                       "memory, far more than any real document of its size"));
    QCOMPARE(sqlite3_hard_heap_limit64(-1), heapLimit);
    QCOMPARE(FileState::of(path), before);
}

void TestStorage::walDocumentOpensWithoutSideFiles()
{
    // A document another tool switched to WAL mode: opening must not create
    // -wal or -shm files beside it (FORMAT.md §2, "opening never writes").
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.weaklink"));
    QString error;
    QVERIFY2(save(ruleModel(), path, &error), qPrintable(error));
    QCOMPARE(rawQuery(path, "PRAGMA journal_mode = WAL"), QStringList { QStringLiteral("wal") });
    QCOMPARE(readBytes(path).mid(18, 2), QByteArray("\x02\x02", 2));
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("wal.weaklink") });
    const FileState before = FileState::of(path);

    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(loaded(r) == ruleModel());
    QCOMPARE(FileState::of(path), before);
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("wal.weaklink") });
}

void TestStorage::pendingWalIsReadFromACopy()
{
    // A WAL-mode document whose last change is still in its -wal file (the
    // writer was killed before a checkpoint): the change is part of the
    // document, and reading it must leave both files as they are.
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("writer.weaklink"));
    QString error;
    QVERIFY2(save(ruleModel(), original, &error), qPrintable(error));
    const QString path = dir.filePath(QStringLiteral("pending.weaklink"));
    {
        Db writer = openRaw(original);
        QVERIFY(writer);
        QCOMPARE(sqlite3_exec(writer.get(),
                     "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                     "UPDATE nodes SET name = 'renamed in the log' WHERE id = 'api'",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        // What a killed writer leaves: the file and its log.
        QVERIFY(QFileInfo(original + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(original, path));
        QVERIFY(QFile::copy(original + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    const FileState before = FileState::of(path);
    const QByteArray log = readBytes(path + QStringLiteral("-wal"));

    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    Doc expected = ruleModel();
    expected.setValue(
        ElementType::Node, 0, int(NodeField::Name), QStringLiteral("renamed in the log"));
    QVERIFY(loaded(r) == expected);
    QCOMPARE(FileState::of(path), before);
    QCOMPARE(readBytes(path + QStringLiteral("-wal")), log);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
}

void TestStorage::savedDocumentsUseARollbackJournal()
{
    // Bytes 18 and 19 of the header: 1 for a rollback journal, 2 for WAL.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.weaklink"));
    QString error;
    QVERIFY2(save(ruleModel(), path, &error), qPrintable(error));
    QCOMPARE(readBytes(path).mid(18, 2), QByteArray("\x01\x01", 2));
    // A document that came in WAL mode is saved back in rollback mode.
    QCOMPARE(rawQuery(path, "PRAGMA journal_mode = WAL"), QStringList { QStringLiteral("wal") });
    const ReadResult r = storage::load(path);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY2(save(*r.model, path, &error), qPrintable(error));
    QCOMPARE(readBytes(path).mid(18, 2), QByteArray("\x01\x01", 2));
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("doc.weaklink") });
}

void TestStorage::staleTempFilesGoOnNextSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.weaklink"));
    QString error;
    QVERIFY2(save(ruleModel(), path, &error), qPrintable(error));
    // What killed saves of this document left, and what is not theirs.
    const QStringList stale = { QStringLiteral(".doc.weaklink.AbC123.tmp"),
        QStringLiteral(".doc.weaklink.zzzzzz.tmp") };
    const QString running = QStringLiteral(".doc.weaklink.Run000.tmp");
    const QStringList others = { QStringLiteral(".other.weaklink.AbC123.tmp"),
        QStringLiteral(".doc.weaklink.AbC12.tmp"), QStringLiteral(".doc.weaklink.AbC123.tmp~"),
        QStringLiteral("doc.weaklink.AbC123.tmp") };
    for (const QString &name : stale + others + QStringList { running })
        QVERIFY(writeBytes(dir.filePath(name), QByteArray(1000, 'x')));
    // A save in progress holds its temporary file locked.
    const int lockFd = ::open(QFile::encodeName(dir.filePath(running)).constData(), O_RDONLY);
    QVERIFY(lockFd >= 0);
    QCOMPARE(::flock(lockFd, LOCK_EX | LOCK_NB), 0);

    // Opening never writes: the stale files stay.
    const QStringList all = listing(dir.path());
    QVERIFY(storage::load(path).ok());
    QCOMPARE(listing(dir.path()), all);

    QVERIFY2(save(ruleModel(), path, &error), qPrintable(error));
    QStringList expected = others + QStringList { QStringLiteral("doc.weaklink"), running };
    expected.sort();
    QStringList left = listing(dir.path());
    left.sort();
    QCOMPARE(left, expected);
    ::close(lockFd);

    // Every other atomic write does the same for its own target.
    const QString json = dir.filePath(QStringLiteral("model.json"));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral(".model.json.q1W2e3.tmp")), "{"));
    QVERIFY2(io::writeModelJsonFile(ruleModel(), json, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".model.json.q1W2e3.tmp"))));
}

// Pieces written while the next is made (io::writeFileInPieces): the file
// is their concatenation, in order, and no temporary file stays.
void TestStorage::fileWrittenInPieces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeBytes(path, "old"));
    QByteArray expected;
    QString error;
    QVERIFY2(io::writeFileInPieces(
                 path,
                 [&](const io::PieceSink &sink) {
                     for (int i = 0; i < 300; ++i) {
                         // Sizes from empty to 70 kB, each piece its own bytes.
                         const QByteArray piece
                             = QByteArray::number(i).repeated((i * 7919) % 9000) + '\n';
                         expected += piece;
                         sink(piece);
                     }
                 },
                 &error),
        qPrintable(error));
    QCOMPARE(readBytes(path), expected);
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("out.json") });

    // Nothing made: an empty file.
    QVERIFY2(io::writeFileInPieces(
                 path, [](const io::PieceSink &) {}, &error),
        qPrintable(error));
    QCOMPARE(readBytes(path), QByteArray());
}

// A write that fails part-way (here the file size limit, as a full disk
// would) names the file and the reason, drops the pieces still to come and
// leaves the old file and no temporary one.
void TestStorage::failedWriteInPiecesKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeBytes(path, "the old result"));
    QString error;

    // Over a missing folder: nothing is made.
    const QString missing = dir.filePath(QStringLiteral("no/out.json"));
    QVERIFY(!io::writeFileInPieces(
        missing, [](const io::PieceSink &sink) { sink("x"); }, &error));
    QVERIFY2(
        error.startsWith(missing + QStringLiteral(": cannot write the file: ")), qPrintable(error));

    rlimit old {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 1 << 20;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    int made = 0;
    const bool written = io::writeFileInPieces(
        path,
        [&](const io::PieceSink &sink) {
            for (int i = 0; i < 64; ++i, ++made)
                sink(QByteArray(256 * 1024, 'x'));
        },
        &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    QVERIFY(!written);
    QCOMPARE(made, 64);
    QVERIFY2(
        error.startsWith(path + QStringLiteral(": cannot write the file: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    QCOMPARE(readBytes(path), QByteArray("the old result"));
    QCOMPARE(listing(dir.path()), QStringList { QStringLiteral("out.json") });
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
