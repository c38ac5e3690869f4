// The diff of two models (docs/DIFF.md) on a hand-made pair
// (tests/data/diff/, see its README): every kind of change, the vendors and
// sub-processors that are new, the organisations each asset now reaches and
// every overlay metric's move, each worked out by hand from the two files;
// `weaklink-cli diff` as text and JSON, byte for byte, with a snapshot as
// one side.
#include "clirun.h"
#include "filehash.h"

#include "analysis/modeldiff.h"
#include "io/modeljson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wl;
using namespace Qt::StringLiterals;
using wl::test::fileHash;
using wl::test::Run;
using wl::test::runCli;

class TestDiff : public QObject {
    Q_OBJECT
private slots:
    void everyKindOfChange();
    void metricsOfTheHandMadePair();
    void sameModelsDifferInNothing();
    void cliText();
    void cliJson();
    void snapshotAsOneSide();
    void cliRefusals();
};

namespace {

QString dataDir()
{
    return QStringLiteral(WEAKLINK_TESTS_DIR "/data/diff");
}

Model read(const QString &name)
{
    const ReadResult r = io::readModelJsonFile(dataDir() + u'/' + name);
    return r.ok() ? *r.model : Model();
}

using analysis::FieldChange;

} // namespace

void TestDiff::everyKindOfChange()
{
    const Model a = read(u"before.json"_s);
    const Model b = read(u"after.json"_s);
    QCOMPARE(a.nodes().size(), 3);
    QCOMPARE(b.nodes().size(), 4);
    const analysis::ModelDiff d = analysis::diffModels(a, b);

    QVERIFY(d.name);
    QCOMPARE(d.name->first, u"Acme AI"_s);
    QCOMPARE(d.name->second, u"Acme AI 2027"_s);

    // app moved and was pinned: layout, not a change.
    QCOMPARE(d.nodes.added, QStringList({ u"host"_s, u"mail"_s }));
    QCOMPARE(d.nodes.removed, QStringList({ u"old"_s }));
    QCOMPARE(d.nodes.changed.size(), 1);
    QCOMPARE(d.nodes.changed[0].id, u"crm"_s);
    const QVector<FieldChange> crm {
        { u"jurisdiction"_s, QString(), u"US"_s },
        { u"breach_likelihood"_s, 0.0, 1.0 },
        { u"criticality"_s, 3, 5 },
        { u"tags"_s, QStringList(), QStringList({ u"crm"_s }) },
    };
    QCOMPARE(d.nodes.changed[0].fields, crm);

    QCOMPARE(d.edges.added, QStringList({ u"e2"_s, u"e3"_s }));
    QCOMPARE(d.edges.removed, QStringList({ u"e1"_s }));
    QCOMPARE(d.edges.changed.size(), 1);
    QCOMPARE(d.edges.changed[0].id, u"e0"_s);
    const QVector<FieldChange> e0 {
        { u"contract.dpa"_s, false, true },
        { u"contract.notification_sla_hours"_s, QVariant(), 48.0 },
    };
    QCOMPARE(d.edges.changed[0].fields, e0);

    QCOMPARE(d.data.added, QStringList({ u"logs"_s }));
    QVERIFY(d.data.removed.isEmpty());
    QCOMPARE(d.data.changed.size(), 1);
    const QVector<FieldChange> profiles { { u"records"_s, qint64(1000), qint64(2000) } };
    QCOMPARE(d.data.changed[0].fields, profiles);

    // Tiers in B: app 0; crm and mail 1 (from app); host 2 (from crm). In
    // A: crm and old 1. mail is a new direct vendor, host a new vendor of a
    // vendor; crm was one already.
    QCOMPARE(d.newVendors, QStringList({ u"mail"_s }));
    QCOMPARE(d.newSubprocessors, QStringList({ u"host"_s }));

    // profiles: Acme (owner), CRM Co and OldCo hold it in A; Acme, CRM Co
    // and HostCo (over e2) in B. logs is new: Acme, and mail, which has no
    // organisation and stands for itself.
    const QVector<analysis::AssetReach> reach {
        { u"profiles"_s, 3, 3, { u"HostCo"_s }, { u"OldCo"_s } },
        { u"logs"_s, 0, 2, { u"Acme"_s, u"mail"_s }, {} },
    };
    QCOMPARE(d.reach, reach);
    QVERIFY(!d.isEmpty());
}

void TestDiff::metricsOfTheHandMadePair()
{
    const Model a = read(u"before.json"_s);
    const Model b = read(u"after.json"_s);
    analysis::MetricsDiffOptions options;
    options.trials = 200;
    options.rngSeed = 7;
    options.blastTrials = 50;
    const analysis::MetricsDiffOutcome outcome = analysis::diffMetrics(a, b, options);
    QVERIFY(outcome.diff);
    const analysis::MetricsDiff &m = *outcome.diff;
    // In A nothing is ever breached (likelihoods 0, no arc above 0). In B
    // crm is breached at 0 h in every trial and reaches host over e2 (p 1,
    // 24 h): both hold profiles, 2,000 records of sensitivity 4, exposed
    // once per trial.
    QCOMPARE(m.recordsBefore, 0.0);
    QCOMPARE(m.recordsAfter, 2000.0);
    QCOMPARE(m.metrics.size(), 5);

    using C = analysis::MetricChange;
    const auto changes = [&](sim::Metric metric) {
        QVector<std::tuple<QString, std::optional<double>, std::optional<double>>> out;
        for (const C &c : m.metrics[int(metric)].changes)
            out.append({ c.node, c.before, c.after });
        return out;
    };
    using T = std::tuple<QString, std::optional<double>, std::optional<double>>;
    const std::optional<double> none;
    // Largest move first; ties in the order of B, then the removed old.
    QCOMPARE(changes(sim::Metric::Likelihood),
        QVector<T>({ { u"crm"_s, 0.0, 1.0 }, { u"host"_s, none, 1.0 }, { u"mail"_s, none, 0.0 },
            { u"old"_s, 0.0, none } }));
    QCOMPARE(changes(sim::Metric::Exposure),
        QVector<T>({ { u"crm"_s, 0.0, 2000.0 }, { u"host"_s, none, 2000.0 },
            { u"mail"_s, none, 0.0 }, { u"old"_s, 0.0, none } }));
    QCOMPARE(changes(sim::Metric::Risk),
        QVector<T>({ { u"crm"_s, 0.0, 8000.0 }, { u"host"_s, none, 8000.0 },
            { u"mail"_s, none, 0.0 }, { u"old"_s, 0.0, none } }));
    // Never compromised in A: no time there.
    QCOMPARE(changes(sim::Metric::TimeToCompromise),
        QVector<T>({ { u"host"_s, none, 24.0 }, { u"crm"_s, none, 0.0 } }));
    // Seeded alone, crm takes host with it; nothing else reaches anything.
    QCOMPARE(changes(sim::Metric::BlastRadius),
        QVector<T>({ { u"crm"_s, 0.0, 1.0 }, { u"host"_s, none, 0.0 }, { u"mail"_s, none, 0.0 },
            { u"old"_s, 0.0, none } }));
}

void TestDiff::sameModelsDifferInNothing()
{
    const Model b = read(u"after.json"_s);
    const analysis::ModelDiff d = analysis::diffModels(b, b);
    QVERIFY(d.isEmpty());
    QVERIFY(d.newVendors.isEmpty());
    QVERIFY(d.newSubprocessors.isEmpty());
    analysis::MetricsDiffOptions options;
    options.trials = 100;
    options.blastTrials = 20;
    const auto outcome = analysis::diffMetrics(b, b, options);
    QVERIFY(outcome.diff);
    for (const analysis::MetricDiff &metric : outcome.diff->metrics)
        QVERIFY2(metric.changes.isEmpty(), qPrintable(sim::metricName(metric.metric)));

    const Run r = runCli({ u"diff"_s, u"after.json"_s, u"after.json"_s, u"--no-metrics"_s },
        QProcessEnvironment::systemEnvironment(), dataDir());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        "From after.json (4 nodes, 3 edges, 2 data assets) to after.json (4 nodes, 3 edges, 2 "
        "data assets)\nThe models are the same (positions aside).\n");
}

void TestDiff::cliText()
{
    const Run r = runCli({ u"diff"_s, u"before.json"_s, u"after.json"_s, u"--trials"_s, u"100"_s },
        QProcessEnvironment::systemEnvironment(), dataDir());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QByteArray expected
        = "From before.json (3 nodes, 2 edges, 1 data asset) to after.json (4 nodes, 3 edges, 2 "
          "data assets)\n"
          "Name: “Acme AI” → “Acme AI 2027”\n"
          "Nodes: 2 added, 1 removed, 1 changed\n"
          "  + Host (host)\n"
          "  + mail\n"
          "  − Old analytics (old)\n"
          "  ~ CRM (crm): jurisdiction (none) → “US”; breach_likelihood 0 → 1; criticality 3 → 5; "
          "tags (none) → crm\n"
          "Edges: 2 added, 1 removed, 1 changed\n"
          "  + e2 (CRM → Host)\n"
          "  + e3 (Acme app → mail)\n"
          "  − e1 (Acme app → Old analytics)\n"
          "  ~ e0 (Acme app → CRM): contract.dpa no → yes; contract.notification_sla_hours (none) "
          "→ 48\n"
          "Data assets: 1 added, 0 removed, 1 changed\n"
          "  + logs\n"
          "  ~ Customer profiles (profiles): records 1000 → 2000\n"
          "New vendors (tier 1): mail\n"
          "New sub-processors (tier 2 and beyond): Host (host)\n"
          "Customer profiles (profiles) now reaches 1 more organisation: HostCo\n"
          "Customer profiles (profiles) no longer reaches 1 organisation: OldCo\n"
          "logs now reaches 2 more organisations: Acme, mail\n"
          "Annual baseline (100 trials, rng seed 1; blast radius 2000 trials per node):\n"
          "  Expected records exposed a year: 0 → 2000 (+2000)\n"
          "  Likelihood of compromise: 4 nodes changed\n"
          "    CRM (crm): 0 % → 100 % (+100.00 pp)\n"
          "    Host (host): (absent) → 100 %\n"
          "    mail: (absent) → 0 %\n"
          "    Old analytics (old): 0 % → (absent)\n"
          "  Exposure (expected records held): 4 nodes changed\n"
          "    CRM (crm): 0 → 2000 (+2000)\n"
          "    Host (host): (absent) → 2000\n"
          "    mail: (absent) → 0\n"
          "    Old analytics (old): 0 → (absent)\n"
          "  Risk (records × sensitivity): 4 nodes changed\n"
          "    CRM (crm): 0 → 8000 (+8000)\n"
          "    Host (host): (absent) → 8000\n"
          "    mail: (absent) → 0\n"
          "    Old analytics (old): 0 → (absent)\n"
          "  Mean time to compromise: 2 nodes changed\n"
          "    Host (host): never → 24 h\n"
          "    CRM (crm): never → 0 h\n"
          "  Blast radius (other nodes compromised): 4 nodes changed\n"
          "    CRM (crm): 0.00 → 1.00 (+1.00)\n"
          "    Host (host): (absent) → 0.00\n"
          "    mail: (absent) → 0.00\n"
          "    Old analytics (old): 0.00 → (absent)\n";
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(expected));
}

void TestDiff::cliJson()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"diff.json"_s);
    const Run r = runCli({ u"diff"_s, u"before.json"_s, u"after.json"_s, u"--json"_s, u"--trials"_s,
                             u"100"_s, u"--rng-seed"_s, u"3"_s, u"-o"_s, out },
        QProcessEnvironment::systemEnvironment(), dataDir());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray expected = R"({
  "format": "weaklink-diff",
  "version": 1,
  "a": { "source": "before.json", "name": "Acme AI", "nodes": 3, "edges": 2, "data": 1 },
  "b": { "source": "after.json", "name": "Acme AI 2027", "nodes": 4, "edges": 3, "data": 2 },
  "name": { "before": "Acme AI", "after": "Acme AI 2027" },
  "nodes": {
    "added": ["host", "mail"],
    "removed": ["old"],
    "changed": [
      { "id": "crm", "fields": [ { "field": "jurisdiction", "before": "", "after": "US" }, { "field": "breach_likelihood", "before": 0, "after": 1 }, { "field": "criticality", "before": 3, "after": 5 }, { "field": "tags", "before": [], "after": ["crm"] } ] }
    ]
  },
  "edges": {
    "added": ["e2", "e3"],
    "removed": ["e1"],
    "changed": [
      { "id": "e0", "fields": [ { "field": "contract.dpa", "before": false, "after": true }, { "field": "contract.notification_sla_hours", "before": null, "after": 48 } ] }
    ]
  },
  "data": {
    "added": ["logs"],
    "removed": [],
    "changed": [
      { "id": "profiles", "fields": [ { "field": "records", "before": 1000, "after": 2000 } ] }
    ]
  },
  "new_vendors": ["mail"],
  "new_subprocessors": ["host"],
  "data_reach": [
    { "asset": "profiles", "organizations_before": 3, "organizations_after": 3, "gained": ["HostCo"], "lost": ["OldCo"] },
    { "asset": "logs", "organizations_before": 0, "organizations_after": 2, "gained": ["Acme", "mail"], "lost": [] }
  ],
  "metrics": {
    "trials": 100,
    "rng_seed": 3,
    "blast_radius_trials": 2000,
    "expected_exposed_records": { "before": 0, "after": 2000 },
    "nodes": {
      "likelihood": [
        { "id": "crm", "before": 0, "after": 1 },
        { "id": "host", "before": null, "after": 1 },
        { "id": "mail", "before": null, "after": 0 },
        { "id": "old", "before": 0, "after": null }
      ],
      "exposure": [
        { "id": "crm", "before": 0, "after": 2000 },
        { "id": "host", "before": null, "after": 2000 },
        { "id": "mail", "before": null, "after": 0 },
        { "id": "old", "before": 0, "after": null }
      ],
      "risk": [
        { "id": "crm", "before": 0, "after": 8000 },
        { "id": "host", "before": null, "after": 8000 },
        { "id": "mail", "before": null, "after": 0 },
        { "id": "old", "before": 0, "after": null }
      ],
      "time-to-compromise": [
        { "id": "host", "before": null, "after": 24 },
        { "id": "crm", "before": null, "after": 0 }
      ],
      "blast-radius": [
        { "id": "crm", "before": 0, "after": 1 },
        { "id": "host", "before": null, "after": 0 },
        { "id": "mail", "before": null, "after": 0 },
        { "id": "old", "before": 0, "after": null }
      ]
    }
  }
}
)";
    QCOMPARE(QString::fromUtf8(f.readAll()), QString::fromUtf8(expected));
}

void TestDiff::snapshotAsOneSide()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"acme.weaklink"_s);
    QCOMPARE(runCli({ u"import"_s, dataDir() + u"/before.json"_s, u"-o"_s, doc }).exitCode, 0);
    QCOMPARE(
        runCli({ u"snapshot"_s, doc, u"--name"_s, u"Q1 2026"_s, u"--trials"_s, u"10"_s }).exitCode,
        0);
    const QByteArray hash = fileHash(doc);

    // The snapshot of before.json against after.json says what the two
    // files' diff says; only the sources differ.
    const Run fromFiles = runCli({ u"diff"_s, dataDir() + u"/before.json"_s,
        dataDir() + u"/after.json"_s, u"--json"_s, u"--no-metrics"_s });
    const Run fromSnapshot = runCli({ u"diff"_s, doc + u"@Q1 2026"_s, dataDir() + u"/after.json"_s,
        u"--json"_s, u"--no-metrics"_s });
    QCOMPARE(fromSnapshot.exitCode, 0);
    QCOMPARE(fromSnapshot.err, QByteArray());
    QByteArray expected = fromFiles.out;
    expected.replace((dataDir() + u"/before.json"_s).toUtf8(), (doc + u"@Q1 2026"_s).toUtf8());
    QCOMPARE(fromSnapshot.out, expected);
    QVERIFY(fromSnapshot.out.contains("\"metrics\": null"));

    // The document against its own snapshot: nothing changed.
    const Run same = runCli({ u"diff"_s, doc + u"@Q1 2026"_s, doc, u"--no-metrics"_s });
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains("The models are the same"), same.out.constData());
    QCOMPARE(fileHash(doc), hash);
}

void TestDiff::cliRefusals()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(u"acme.weaklink"_s);
    QCOMPARE(runCli({ u"import"_s, dataDir() + u"/before.json"_s, u"-o"_s, doc }).exitCode, 0);
    QCOMPARE(
        runCli({ u"snapshot"_s, doc, u"--name"_s, u"Q1"_s, u"--trials"_s, u"10"_s }).exitCode, 0);
    const QByteArray hash = fileHash(doc);
    const QString after = dataDir() + u"/after.json"_s;

    Run r = runCli({ u"diff"_s, doc + u"@Q2"_s, after });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err), doc + u": no snapshot named \"Q2\"; it has \"Q1\"\n"_s);
    r = runCli({ u"diff"_s, after + u"@Q1"_s, after });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is not a .weaklink document"), r.err.constData());
    r = runCli({ u"diff"_s, dir.filePath(u"missing.json"_s), after });
    QCOMPARE(r.exitCode, 1);

    r = runCli({ u"diff"_s, after });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("diff needs B"), r.err.constData());
    r = runCli({ u"diff"_s, after, after, after });
    QCOMPARE(r.exitCode, 2);
    r = runCli({ u"diff"_s, after, after, u"--no-metrics"_s, u"--trials"_s, u"5"_s });
    QCOMPARE(r.exitCode, 2);
    r = runCli({ u"diff"_s, after, after, u"--trials"_s, u"0"_s });
    QCOMPARE(r.exitCode, 2);

    // A failed diff writes nothing over an existing -o file.
    const QString out = dir.filePath(u"out.json"_s);
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep");
    f.close();
    r = runCli({ u"diff"_s, doc + u"@Q2"_s, after, u"-o"_s, out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep"));
    QCOMPARE(fileHash(doc), hash);
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
