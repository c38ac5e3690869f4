// Snapshots (docs/SNAPSHOTS.md): adding and deleting one is an undoable
// command that refuses what a document cannot hold; `weaklink-cli snapshot`
// stores the model with an annual baseline that is byte for byte what
// `simulate --annual` writes for the same trials and seed, and refuses a
// second snapshot of one name without touching the file; `snapshots` lists
// them as text and JSON. Storage and migration are in tst_storage.
#include "clirun.h"
#include "filehash.h"

#include "analysis/snapshots.h"
#include "commands/snapshotcommands.h"
#include "io/modeljson.h"
#include "storage/storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wl;
using namespace Qt::StringLiterals;
using wl::test::fileHash;
using wl::test::Run;
using wl::test::runCli;

class TestSnapshots : public QObject {
    Q_OBJECT
private slots:
    void commandsAddAndDeleteWithUndo();
    void takeSnapshotFreezesTheModel();
    void cliTakesAndLists();
    void cliRefusesWhatItCannotStore();
};

namespace {

Model example()
{
    const ReadResult r = io::readModelJsonFile(QStringLiteral(WEAKLINK_EXAMPLE));
    return r.ok() ? *r.model : Model();
}

Snapshot named(const QString &name)
{
    Snapshot s;
    s.name = name;
    s.takenAt = QDateTime(QDate(2026, 9, 30), QTime(12, 0), QTimeZone::utc());
    s.modelJson = io::writeModelJson(example());
    return s;
}

} // namespace

void TestSnapshots::commandsAddAndDeleteWithUndo()
{
    Document doc(example());
    QString error;
    std::unique_ptr<QUndoCommand> add = commands::addSnapshot(&doc, named(u"Q3"_s), &error);
    QVERIFY2(add, qPrintable(error));
    doc.undoStack()->push(add.release());
    QCOMPARE(doc.snapshots().size(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Take snapshot \"Q3\""_s);

    QVERIFY(!commands::addSnapshot(&doc, named(u"Q3"_s), &error));
    QCOMPARE(error, u"there is already a snapshot named \"Q3\""_s);
    QVERIFY(!commands::addSnapshot(&doc, named(u"  "_s), &error));
    QCOMPARE(error, u"a snapshot needs a name"_s);
    Snapshot undated = named(u"Q4"_s);
    undated.takenAt = QDateTime();
    QVERIFY(!commands::addSnapshot(&doc, undated, &error));
    QCOMPARE(error, u"a snapshot needs a valid date"_s);
    Snapshot empty = named(u"Q4"_s);
    empty.modelJson.clear();
    QVERIFY(!commands::addSnapshot(&doc, empty, &error));
    QCOMPARE(error, u"a snapshot needs the model"_s);
    QVERIFY(!commands::removeSnapshot(&doc, 1));
    QVERIFY(!commands::removeSnapshot(&doc, -1));

    doc.undoStack()->push(commands::removeSnapshot(&doc, 0).release());
    QVERIFY(doc.snapshots().isEmpty());
    QCOMPARE(doc.undoStack()->undoText(), u"Delete snapshot \"Q3\""_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.snapshots().size(), 1);
    QVERIFY(doc.snapshots()[0] == named(u"Q3"_s));
    doc.undoStack()->undo();
    QVERIFY(doc.snapshots().isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(doc.snapshots()[0].name, u"Q3"_s);
}

// The snapshot's model is the model as it was, whatever happens to the
// document's model afterwards.
void TestSnapshots::takeSnapshotFreezesTheModel()
{
    Model m = example();
    analysis::SnapshotRequest request;
    request.name = u"Before"_s;
    request.takenAt = QDateTime(QDate(2026, 9, 30), QTime(12, 0), QTimeZone::utc());
    request.trials = 100;
    request.rngSeed = 9;
    const analysis::SnapshotOutcome taken = analysis::takeSnapshot(m, request);
    QVERIFY2(taken.snapshot, qPrintable(taken.error));
    m.name = u"Renamed since"_s;
    const ReadResult frozen = analysis::readSnapshotModel(*taken.snapshot);
    QVERIFY2(frozen.ok(), qPrintable(frozen.message()));
    QVERIFY(*frozen.model == example());
    QCOMPARE(taken.snapshot->trials, 100);
    QCOMPARE(taken.snapshot->rngSeed, quint64(9));
    const QJsonObject baseline = QJsonDocument::fromJson(taken.snapshot->baselineJson).object();
    QCOMPARE(baseline[u"scenario"][u"mode"].toString(), u"annual"_s);
    QCOMPARE(baseline[u"scenario"][u"trials"].toInt(), 100);
}

void TestSnapshots::cliTakesAndLists()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"model.weaklink"_s);
    QCOMPARE(runCli({ u"import"_s, QStringLiteral(WEAKLINK_EXAMPLE), u"-o"_s, doc }).exitCode, 0);
    const Run taken = runCli({ u"snapshot"_s, doc, u"--name"_s, u"Q3 board pack"_s, u"--note"_s,
        u"before the new vendors"_s, u"--date"_s, u"2026-09-30"_s, u"--trials"_s, u"200"_s,
        u"--rng-seed"_s, u"5"_s });
    QCOMPARE(taken.exitCode, 0);
    QCOMPARE(taken.err, QByteArray());
    QCOMPARE(taken.out, QByteArray());
    QCOMPARE(runCli({ u"snapshot"_s, doc, u"--name"_s, u"Q4"_s, u"--date"_s,
                        u"2026-12-31T18:30+01:00"_s, u"--trials"_s, u"50"_s })
                 .exitCode,
        0);

    // The baseline is what simulate writes for the same model and settings.
    const Run simulated = runCli(
        { u"simulate"_s, doc, u"--annual"_s, u"--trials"_s, u"200"_s, u"--rng-seed"_s, u"5"_s });
    QCOMPARE(simulated.exitCode, 0);
    const ReadResult stored = storage::load(doc);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(stored.state.snapshots.size(), 2);
    const Snapshot &q3 = stored.state.snapshots[0];
    QCOMPARE(q3.baselineJson, simulated.out);
    QCOMPARE(q3.takenAt, QDateTime(QDate(2026, 9, 30), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(stored.state.snapshots[1].takenAt,
        QDateTime(QDate(2026, 12, 31), QTime(17, 30), QTimeZone::utc()));
    QVERIFY(*analysis::readSnapshotModel(q3).model == *stored.model);

    const double total = QJsonDocument::fromJson(simulated.out)
                             .object()[u"expected_exposed_records"][u"total"]
                             .toDouble();
    const Run listed = runCli({ u"snapshots"_s, doc, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(listed.out).object();
    QCOMPARE(json[u"format"].toString(), u"weaklink-snapshots"_s);
    QCOMPARE(json[u"version"].toInt(), 1);
    const QJsonArray list = json[u"snapshots"].toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list[0].toObject();
    QCOMPARE(first[u"name"].toString(), u"Q3 board pack"_s);
    QCOMPARE(first[u"taken_at"].toString(), u"2026-09-30T00:00:00.000Z"_s);
    QCOMPARE(first[u"note"].toString(), u"before the new vendors"_s);
    QCOMPARE(first[u"nodes"].toInt(), 23);
    QCOMPARE(first[u"edges"].toInt(), 27);
    QCOMPARE(first[u"data"].toInt(), 10);
    QCOMPARE(first[u"trials"].toInt(), 200);
    QCOMPARE(first[u"rng_seed"].toInt(), 5);
    QCOMPARE(first[u"expected_exposed_records"].toDouble(), total);
    QCOMPARE(list[1].toObject()[u"name"].toString(), u"Q4"_s);

    const Run text = runCli({ u"snapshots"_s, doc });
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith("Q3 board pack\t2026-09-30T00:00:00.000Z\t23 nodes\t27 edges\t"
                                 "10 data assets\t"),
        lines[0].constData());
    QVERIFY(lines[0].endsWith("\tbefore the new vendors"));
}

void TestSnapshots::cliRefusesWhatItCannotStore()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"model.weaklink"_s);
    QCOMPARE(runCli({ u"import"_s, QStringLiteral(WEAKLINK_EXAMPLE), u"-o"_s, doc }).exitCode, 0);
    QCOMPARE(
        runCli({ u"snapshot"_s, doc, u"--name"_s, u"Q3"_s, u"--trials"_s, u"20"_s }).exitCode, 0);
    const QByteArray before = fileHash(doc);

    // The same name again: refused, the file as it was.
    const Run twice = runCli({ u"snapshot"_s, doc, u"--name"_s, u"Q3"_s, u"--trials"_s, u"20"_s });
    QCOMPARE(twice.exitCode, 1);
    QCOMPARE(twice.err.trimmed(), (doc + u": there is already a snapshot named \"Q3\""_s).toUtf8());
    QCOMPARE(fileHash(doc), before);

    // Usage: no name, a date that is none.
    QCOMPARE(runCli({ u"snapshot"_s, doc }).exitCode, 2);
    const Run badDate
        = runCli({ u"snapshot"_s, doc, u"--name"_s, u"Q4"_s, u"--date"_s, u"next Tuesday"_s });
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY(badDate.err.contains("--date"));
    QCOMPARE(fileHash(doc), before);

    // Model JSON has no place for snapshots.
    const Run json
        = runCli({ u"snapshot"_s, QStringLiteral(WEAKLINK_EXAMPLE), u"--name"_s, u"Q4"_s });
    QCOMPARE(json.exitCode, 1);
    QVERIFY2(json.err.contains("not a .weaklink document"), json.err.constData());
    QCOMPARE(runCli({ u"snapshots"_s, QStringLiteral(WEAKLINK_EXAMPLE) }).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
