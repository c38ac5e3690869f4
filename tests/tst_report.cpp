// The board report (docs/REPORT.md): its JSON twin carries the annual
// baseline and the rankings exactly as `weaklink-cli simulate` and `rank`
// write them for the same trials and seed, and its summary figures are
// theirs; the PDF has every section on the page its contents say, a number
// on every page but the cover, the paper asked for, the same figures as
// the twin, and German with --lang de; refusals leave every file as it was.
// The PDF's text is read with pdftotext (poppler-utils).
#include "clirun.h"
#include "filehash.h"
#include "pdfpages.h"

#include "format/format.h"
#include "io/modeljson.h"
#include "model/tiers.h"
#include "render/diagram.h"
#include "report/reportpdf.h"
#include "storage/storage.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wl;
using namespace Qt::StringLiterals;
using wl::test::fileHash;
using wl::test::Run;
using wl::test::runCli;

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonTwinEqualsTheCli();
    void pdfHasEverySectionOnItsPage();
    void pageSizes_data();
    void pageSizes();
    void germanReport();
    void largeModelShowsOrganisations();
    void savedScenarioSection();
    void refusals();
    void stayOnLightPaperWithADarkMap();

private:
    QTemporaryDir m_dir;
    QString m_doc;
};

namespace {

const QString kDate = u"2026-12-04"_s;

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

// The text of the PDF's pages `first` to `last` (1-based; 0: all).
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return u"pdftotext is missing: run scripts/install-deps.sh"_s;
    QStringList args { u"-layout"_s };
    if (first > 0)
        args << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    args << path << u"-"_s;
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    // The typeface's ligatures, as the words are spelt.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(u"\uFB01"_s, u"fi"_s)
        .replace(u"\uFB02"_s, u"fl"_s);
}

} // namespace

void TestReport::initTestCase()
{
    QVERIFY(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty());
    // The example with a snapshot of itself before a new vendor came in.
    m_doc = m_dir.filePath(u"acme.weaklink"_s);
    QCOMPARE(runCli({ u"import"_s, QStringLiteral(WEAKLINK_EXAMPLE), u"-o"_s, m_doc }).exitCode, 0);
    QCOMPARE(runCli({ u"snapshot"_s, m_doc, u"--name"_s, u"Q3"_s, u"--date"_s, u"2026-09-30"_s,
                        u"--trials"_s, u"300"_s })
                 .exitCode,
        0);
    ReadResult r = storage::load(m_doc);
    QVERIFY(r.ok());
    Node gleam;
    gleam.id = u"gleam"_s;
    gleam.name = u"Gleam Metrics"_s;
    gleam.organization = u"Gleam Metrics Inc."_s;
    gleam.breachLikelihood = 0.09;
    r.model->appendNode(gleam);
    Edge e;
    e.id = u"chat_app->gleam"_s;
    e.source = u"chat_app"_s;
    e.target = u"gleam"_s;
    e.data = { u"chat_prompts"_s };
    r.model->appendEdge(e);
    // A saved scenario: Northwind breached, severed after two days.
    SavedScenario breach;
    breach.name = u"Northwind breach"_s;
    breach.scenario.mode = sim::Mode::Seeded;
    breach.scenario.seeds = { { u"northwind"_s, 0.0 } };
    breach.scenario.sever = { { u"northwind"_s, 48.0 } };
    breach.scenario.trials = 400;
    breach.scenario.rngSeed = 3;
    r.state.scenarios.append(breach);
    QString error;
    QVERIFY2(storage::save(*r.model, r.state, m_doc, &error), qPrintable(error));
}

void TestReport::jsonTwinEqualsTheCli()
{
    const QStringList seed { u"--rng-seed"_s, u"7"_s };
    const Run twin = runCli(
        QStringList { u"report"_s, m_doc, u"--json"_s, u"--trials"_s, u"500"_s, u"--date"_s, kDate }
        + seed);
    QCOMPARE(twin.exitCode, 0);
    QCOMPARE(twin.err, QByteArray());
    const QJsonObject report = parse(twin.out);
    QCOMPARE(report.value(u"format").toString(), u"weaklink-report"_s);

    const Run simulate = runCli(
        QStringList { u"simulate"_s, m_doc, u"--annual"_s, u"--trials"_s, u"500"_s } + seed);
    QCOMPARE(simulate.exitCode, 0);
    const QJsonObject baseline = parse(simulate.out);
    QCOMPARE(report.value(u"baseline").toObject(), baseline);
    const QJsonObject rankings = report.value(u"rankings").toObject();
    const auto rank = [&](const QString &by, const QString &trials) {
        const Run r
            = runCli(QStringList { u"rank"_s, m_doc, u"--by"_s, by, u"--trials"_s, trials } + seed);
        return r.exitCode == 0 ? parse(r.out) : QJsonObject();
    };
    const QJsonObject hardening = rank(u"hardening-gain"_s, u"2000"_s);
    QVERIFY(!hardening.isEmpty());
    QCOMPARE(rankings.value(u"hardening-gain").toObject(), hardening);
    const QJsonObject blast = rank(u"blast-radius"_s, u"2000"_s);
    QCOMPARE(rankings.value(u"blast-radius").toObject(), blast);
    QCOMPARE(rankings.value(u"concentration").toObject(), rank(u"concentration"_s, u"2000"_s));

    // The summary's figures are those outputs' own.
    const QJsonObject summary = report.value(u"summary").toObject();
    QCOMPARE(summary.value(u"expected_exposed_records").toDouble(),
        baseline.value(u"expected_exposed_records").toObject().value(u"total").toDouble());
    const QJsonArray weakest = summary.value(u"weakest_links").toArray();
    const QJsonArray gains = hardening.value(u"nodes").toArray();
    QCOMPARE(weakest.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(weakest[i][u"id"_s], gains[i][u"id"_s]);
        QCOMPARE(weakest[i][u"hardening_gain_exposed_records"_s].toDouble(),
            gains[i][u"gain_exposed_records"_s].toDouble());
    }
    // The worst vendor: the largest blast-radius records among nodes of
    // tier 1 and beyond.
    const ReadResult doc = storage::load(m_doc);
    const QVector<int> tiers = computeTiers(*doc.model);
    QString worst;
    double most = -1.0;
    for (const QJsonValue &v : blast.value(u"nodes").toArray()) {
        const QString id = v[u"id"_s].toString();
        const double records = v[u"expected_exposed_records"_s].toDouble();
        if (tiers[doc.model->nodeIndex(id)] >= 1 && records > most) {
            most = records;
            worst = id;
        }
    }
    QCOMPARE(summary.value(u"worst_vendor")[u"id"_s].toString(), worst);
    QCOMPARE(summary.value(u"worst_vendor")[u"expected_exposed_records"_s].toDouble(), most);

    // Since the snapshot: the new vendor, and what reaches it.
    const QJsonObject since = report.value(u"since").toObject();
    QCOMPARE(since.value(u"snapshot").toString(), u"Q3"_s);
    QCOMPARE(since.value(u"nodes")[u"added"_s].toArray(), QJsonArray { u"gleam"_s });
    QCOMPARE(since.value(u"new_vendors").toArray(), QJsonArray { u"gleam"_s });
    QCOMPARE(report.value(u"model")[u"nodes"_s].toInt(), doc.model->nodes().size());
}

void TestReport::pdfHasEverySectionOnItsPage()
{
    const QString out = m_dir.filePath(u"report.pdf"_s);
    const Run run
        = runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--trials"_s, u"500"_s, u"--date"_s, kDate });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());

    // The same report in-process gives the layout: what is on which page.
    report::ReportOptions options;
    options.trials = 500;
    options.date = QDate::fromString(kDate, Qt::ISODate);
    options.source = u"acme.weaklink"_s;
    const ReadResult doc = storage::load(m_doc);
    const report::ReportOutcome outcome = report::computeReport(*doc.model, doc.state, options);
    QVERIFY(outcome.data);
    report::BoardReport::Layout layout;
    report::BoardReport::pdf(*outcome.data, &layout);
    QStringList titles;
    for (const report::BoardReport::Section &s : layout.sections)
        titles << s.title;
    QCOMPARE(titles,
        QStringList({ u"Contents"_s, u"In plain language"_s, u"The supply-chain map"_s,
            u"Risk in figures"_s, u"Fourth-party concentration"_s, u"Contract gaps"_s,
            u"What changed since “Q3”"_s, u"Appendix: how these numbers were made"_s }));
    QCOMPARE(test::pdfMediaBoxesOfFile(out).size(), layout.pages);

    // Each section's title is on its page, and the contents say so.
    const QString contents = pdfText(out, 2, 2);
    for (const report::BoardReport::Section &s : layout.sections) {
        const QString page = pdfText(out, s.page, s.page);
        QVERIFY2(page.contains(s.title), qPrintable(s.title));
        if (s.page > 2)
            QVERIFY2(QRegularExpression(QRegularExpression::escape(s.title) + u"[ .]+"_s
                         + QString::number(s.page) + u"\\s*\\n"_s)
                         .match(contents)
                         .hasMatch(),
                qPrintable(contents));
    }
    // Every page but the cover says its number.
    const QString cover = pdfText(out, 1, 1);
    QVERIFY(cover.contains(u"SUPPLY-CHAIN RISK REPORT"_s));
    QVERIFY(cover.contains(u"Compared with the snapshot “Q3”"_s));
    QVERIFY(cover.contains(u"Acme AI"_s));
    QVERIFY(!cover.contains(u"Page 1 of"_s));
    for (int page = 2; page <= layout.pages; ++page)
        QVERIFY2(pdfText(out, page, page).contains(u"Page %1 of %2"_s.arg(page).arg(layout.pages)),
            qPrintable(QString::number(page)));

    // The plain-language page says the twin's figures.
    const Run twin
        = runCli({ u"report"_s, m_doc, u"--json"_s, u"--trials"_s, u"500"_s, u"--date"_s, kDate });
    const QJsonObject summary = parse(twin.out).value(u"summary").toObject();
    const QLocale english(u"en"_s);
    const QString plain = pdfText(out, 3, 3).simplified();
    QVERIFY2(plain.contains(
                 format::records(summary.value(u"expected_exposed_records").toDouble(), english)),
        qPrintable(plain));
    const QJsonArray range = summary.value(u"range90").toArray();
    QVERIFY(plain.contains(u"between %1 and %2"_s.arg(format::records(range[0].toDouble(), english),
        format::records(range[1].toDouble(), english))));
    for (const QJsonValue &w : summary.value(u"weakest_links").toArray())
        QVERIFY(plain.contains(
            format::records(w[u"hardening_gain_exposed_records"_s].toDouble(), english)));
    // The appendix gives the commands that reproduce the figures.
    const QString appendix = pdfText(out, layout.sections.last().page, layout.pages);
    QVERIFY2(appendix.contains(u"weaklink-cli simulate acme.weaklink --annual --trials 500 "
                               "--rng-seed 1"_s),
        qPrintable(appendix));
    QVERIFY(appendix.contains(outcome.data->revision.left(16)));
}

void TestReport::pageSizes_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("box");
    QTest::newRow("default") << QString() << u"842x595"_s;
    QTest::newRow("A4 portrait") << u"A4-portrait"_s << u"595x842"_s;
    QTest::newRow("A3") << u"A3"_s << u"1191x842"_s;
    QTest::newRow("letter portrait") << u"letter-portrait"_s << u"612x792"_s;
}

void TestReport::pageSizes()
{
    QFETCH(QString, page);
    QFETCH(QString, box);
    const QString out = m_dir.filePath(u"paper.pdf"_s);
    QStringList args { u"report"_s, m_doc, u"-o"_s, out, u"--trials"_s, u"200"_s, u"--no-since"_s };
    if (!page.isEmpty())
        args << u"--page"_s << page;
    QCOMPARE(runCli(args).exitCode, 0);
    const QStringList boxes = test::pdfMediaBoxesOfFile(out);
    QVERIFY(boxes.size() >= 8);
    for (const QString &b : boxes)
        QCOMPARE(b, box);
    // Without the comparison there is no such section, and the plain
    // language says why.
    const QString text = pdfText(out);
    QVERIFY(!text.contains(u"What changed since"_s));
    QVERIFY(text.simplified().contains(u"There is no earlier snapshot to compare with."_s));
}

void TestReport::germanReport()
{
    const QString out = m_dir.filePath(u"bericht.pdf"_s);
    QCOMPARE(runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--trials"_s, u"200"_s, u"--lang"_s,
                        u"de"_s, u"--date"_s, kDate })
                 .exitCode,
        0);
    const QString text = pdfText(out);
    QVERIFY2(text.contains(u"Inhalt"_s), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"In einfachen Worten"_s));
    QVERIFY(text.contains(u"Seite 2 von"_s));
    QVERIFY(!text.contains(u"In plain language"_s));
}

void TestReport::largeModelShowsOrganisations()
{
    // Above 300 nodes the map shows organisations: layout-1k has 1,000.
    const QString model = QStringLiteral(WEAKLINK_SHARED_DIR "/bench/layout-1k.json");
    const QString out = m_dir.filePath(u"large.pdf"_s);
    QCOMPARE(runCli({ u"report"_s, model, u"-o"_s, out, u"--trials"_s, u"200"_s }).exitCode, 0);
    const QString text = pdfText(out).simplified();
    QVERIFY2(text.contains(u"The supply chain by organisation (1,000 nodes in"_s),
        qPrintable(text.left(3000)));
}

// --scenario: the twin's scenario is `simulate` with the scenario's own
// options, and the PDF has its section.
void TestReport::savedScenarioSection()
{
    const QString out = m_dir.filePath(u"scenario.pdf"_s);
    QCOMPARE(runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--trials"_s, u"200"_s, u"--scenario"_s,
                        u"Northwind breach"_s })
                 .exitCode,
        0);
    const QString text = pdfText(out).simplified();
    QVERIFY(text.contains(u"Scenario “Northwind breach”"_s));
    QVERIFY(text.contains(u"The saved scenario “Northwind breach”, 400 trials"_s));

    const Run twin = runCli({ u"report"_s, m_doc, u"--json"_s, u"--trials"_s, u"200"_s,
        u"--scenario"_s, u"Northwind breach"_s });
    QCOMPARE(twin.exitCode, 0);
    const Run simulate = runCli({ u"simulate"_s, m_doc, u"--seed-node"_s, u"northwind"_s,
        u"--sever"_s, u"northwind@48"_s, u"--trials"_s, u"400"_s, u"--rng-seed"_s, u"3"_s });
    QCOMPARE(simulate.exitCode, 0);
    QCOMPARE(parse(twin.out).value(u"scenario").toObject(), parse(simulate.out));
}

void TestReport::stayOnLightPaperWithADarkMap()
{
    // The app's "dark map and diagram exports" must not reach the board:
    // the report's map is on white paper whatever the canvas shows.
    report::ReportOptions options;
    options.trials = 200;
    options.date = QDate::fromString(kDate, Qt::ISODate);
    const ReadResult doc = storage::load(m_doc);
    const report::ReportOutcome outcome = report::computeReport(*doc.model, doc.state, options);
    QVERIFY(outcome.data);
    render::setPrintColors(render::PrintColors::Dark);
    const auto restore = qScopeGuard([] { render::setPrintColors(render::PrintColors::Light); });
    report::BoardReport::Layout layout;
    const QByteArray pdf = report::BoardReport::pdf(*outcome.data, &layout);
    int mapPage = 0;
    for (const report::BoardReport::Section &section : layout.sections)
        if (section.title == u"The supply-chain map"_s)
            mapPage = section.page;
    QVERIFY(mapPage > 0);
    QFile file(m_dir.filePath(u"dark.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const QString tool = QStandardPaths::findExecutable(u"pdftoppm"_s);
    QVERIFY(!tool.isEmpty());
    QProcess p;
    p.start(tool,
        { u"-f"_s, QString::number(mapPage), u"-l"_s, QString::number(mapPage), u"-r"_s, u"40"_s,
            u"-png"_s, u"-singlefile"_s, file.fileName(), m_dir.filePath(u"map"_s) });
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    const QImage page(m_dir.filePath(u"map.png"_s));
    QVERIFY(!page.isNull());
    // Dark pixels are text and lines here, a few in a hundred; dark paper
    // under the map would be most of the page.
    int dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += page.pixelColor(x, y).lightness() < 60;
    QVERIFY2(dark < page.width() * page.height() / 20,
        qPrintable(u"%1 of %2 pixels dark"_s.arg(dark).arg(page.width() * page.height())));
}

void TestReport::refusals()
{
    const QString out = m_dir.filePath(u"kept.pdf"_s);
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep");
    f.close();
    const QByteArray docHash = fileHash(m_doc);

    Run r = runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--since"_s, u"Q9"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no snapshot named \"Q9\"; it has \"Q3\""), r.err.constData());
    r = runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--scenario"_s, u"Nope"_s });
    QCOMPARE(r.exitCode, 1);
    r = runCli(
        { u"report"_s, QStringLiteral(WEAKLINK_EXAMPLE), u"-o"_s, out, u"--since"_s, u"Q3"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not a .weaklink document"));
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep"));
    QCOMPARE(fileHash(m_doc), docHash);

    QCOMPARE(runCli({ u"report"_s, m_doc }).exitCode, 2); // no -o
    QCOMPARE(runCli({ u"report"_s, m_doc, u"-o"_s, m_dir.filePath(u"r.txt"_s) }).exitCode, 2);
    QCOMPARE(runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--page"_s, u"A5"_s }).exitCode, 2);
    QCOMPARE(runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--lang"_s, u"fr"_s }).exitCode, 2);
    QCOMPARE(runCli({ u"report"_s, m_doc, u"-o"_s, out, u"--since"_s, u"Q3"_s, u"--no-since"_s })
                 .exitCode,
        2);
    QCOMPARE(runCli({ u"report"_s, m_doc, u"-o"_s, m_doc }).exitCode, 2);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
