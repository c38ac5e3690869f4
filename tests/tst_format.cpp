// How numbers are written for people (core/format): one rule per kind of
// figure, with the exact text in the C locale (what weaklink-cli prints and
// the tests run in) and in German (decimal comma, dot grouping).
#include "format/format.h"

#include "model/model.h"

#include <QScopeGuard>
#include <QTest>

#include <limits>

using namespace wl;

namespace {

const QLocale kC = QLocale::c();
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QString kMinus(QChar(0x2212));

} // namespace

class TestFormat : public QObject {
    Q_OBJECT

private slots:
    void englishPlural();
    void percent_data();
    void percent();
    void percentFollowsTheDefaultLocale();
    void percentPoints_data();
    void percentPoints();
    void count_data();
    void count();
    void records_data();
    void records();
    void means_data();
    void means();
    void hours_data();
    void hours();
    void durationInDays();
    void dates();
    void rngSeed();
    void parseRngSeed_data();
    void parseRngSeed();
    void nodeNames();
};

void TestFormat::percent_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, double p, const QLocale &l, const char *text) {
        QTest::newRow(name) << p << l << QString::fromUtf8(text);
    };
    row("0", 0.0, kC, "0 %");
    row("1", 1.0, kC, "100 %");
    row("a half", 0.5, kC, "50.00 %");
    row("rounded", 0.123456, kC, "12.35 %");
    row("two decimals", 0.4375, kC, "43.75 %");
    // Above 0 but 0.00 % at two decimals: never "0".
    row("1e-9", 1e-9, kC, "< 0.01 %");
    row("0.004 %", 0.00004, kC, "< 0.01 %");
    row("0.0049 %", 0.000049, kC, "< 0.01 %");
    row("0.006 %", 0.00006, kC, "0.01 %");
    // Below 1 but 100.00 % at two decimals: never "100".
    row("99.996 %", 0.99996, kC, "> 99.99 %");
    row("99.994 %", 0.99994, kC, "99.99 %");
    row("below 0", -0.25, kC, "0 %");
    row("above 1", 1.5, kC, "100 %");
    row("de 0", 0.0, kGerman, "0 %");
    row("de 1", 1.0, kGerman, "100 %");
    row("de two decimals", 0.4375, kGerman, "43,75 %");
    row("de small", 0.00004, kGerman, "< 0,01 %");
    row("de nearly 1", 0.99996, kGerman, "> 99,99 %");
}

void TestFormat::percent()
{
    QFETCH(double, p);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(format::percent(p, locale), text);
}

void TestFormat::percentFollowsTheDefaultLocale()
{
    const QLocale before;
    QLocale::setDefault(kGerman);
    const QString german = format::percent(0.5);
    const QString records = format::count(1200000);
    QLocale::setDefault(before);
    QCOMPARE(german, QStringLiteral("50,00 %"));
    QCOMPARE(records, QStringLiteral("1.200.000"));
    QCOMPARE(format::percent(0.5), QStringLiteral("50.00 %"));
}

void TestFormat::percentPoints_data()
{
    QTest::addColumn<double>("d");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("up") << 0.0125 << kC << QStringLiteral("+1.25 pp");
    QTest::newRow("down") << -0.005 << kC << kMinus + QStringLiteral("0.50 pp");
    QTest::newRow("none") << 0.0 << kC << QStringLiteral("±0");
    QTest::newRow("de down") << -0.2 << kGerman << kMinus + QStringLiteral("20,00 pp");
}

void TestFormat::percentPoints()
{
    QFETCH(double, d);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(format::percentPoints(d, locale), text);
}

void TestFormat::count_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    // The C locale does not group: what weaklink-cli prints.
    QTest::newRow("0") << qint64(0) << kC << QStringLiteral("0");
    QTest::newRow("C million") << qint64(1200000) << kC << QStringLiteral("1200000");
    QTest::newRow("C largest") << std::numeric_limits<qint64>::max() << kC
                               << QStringLiteral("9223372036854775807");
    QTest::newRow("en million") << qint64(1200000) << QLocale(QLocale::English)
                                << QStringLiteral("1,200,000");
    QTest::newRow("de 999") << qint64(999) << kGerman << QStringLiteral("999");
    QTest::newRow("de million") << qint64(1200000) << kGerman << QStringLiteral("1.200.000");
    QTest::newRow("de 10 billion")
        << qint64(10000000000) << kGerman << QStringLiteral("10.000.000.000");
}

void TestFormat::count()
{
    QFETCH(qint64, n);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(format::count(n, locale), text);
}

void TestFormat::records_data()
{
    QTest::addColumn<double>("n");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("change");
    const auto row
        = [](const char *name, double n, const QLocale &l, const QString &text,
              const QString &change) { QTest::newRow(name) << n << l << text << change; };
    row("0", 0.0, kC, QStringLiteral("0"), QStringLiteral("±0"));
    row("two digits", 0.35, kC, QStringLiteral("0.35"), QStringLiteral("+0.35"));
    row("small", 0.00123, kC, QStringLiteral("0.0012"), QStringLiteral("+0.0012"));
    row("nearly 1", 0.996, kC, QStringLiteral("1.0"), QStringLiteral("+1.0"));
    row("one decimal", 12.46, kC, QStringLiteral("12.5"), QStringLiteral("+12.5"));
    row("nearly 100", 99.96, kC, QStringLiteral("100"), QStringLiteral("+100"));
    row("whole", 1234567.4, kC, QStringLiteral("1234567"), QStringLiteral("+1234567"));
    row("negative", -0.35, kC, kMinus + QStringLiteral("0.35"), kMinus + QStringLiteral("0.35"));
    row("negative whole", -100.0, kC, kMinus + QStringLiteral("100"),
        kMinus + QStringLiteral("100"));
    row("de one decimal", 12.46, kGerman, QStringLiteral("12,5"), QStringLiteral("+12,5"));
    row("de whole", 1234567.4, kGerman, QStringLiteral("1.234.567"), QStringLiteral("+1.234.567"));
    row("de small", 0.35, kGerman, QStringLiteral("0,35"), QStringLiteral("+0,35"));
}

void TestFormat::records()
{
    QFETCH(double, n);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, change);
    QCOMPARE(format::records(n, locale), text);
    QCOMPARE(format::recordsChange(n, locale), change);
}

void TestFormat::means_data()
{
    QTest::addColumn<double>("n");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("change");
    QTest::newRow("0") << 0.0 << kC << QStringLiteral("0.00") << QStringLiteral("±0");
    QTest::newRow("rounded") << 1.3149 << kC << QStringLiteral("1.31") << QStringLiteral("+1.31");
    QTest::newRow("negative") << -1.0 << kC << kMinus + QStringLiteral("1.00")
                              << kMinus + QStringLiteral("1.00");
    QTest::newRow("de") << 1234.5 << kGerman << QStringLiteral("1.234,50")
                        << QStringLiteral("+1.234,50");
}

void TestFormat::means()
{
    QFETCH(double, n);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, change);
    QCOMPARE(format::mean(n, locale), text);
    QCOMPARE(format::meanChange(n, locale), change);
}

void TestFormat::hours_data()
{
    QTest::addColumn<double>("h");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0.0 << kC << QStringLiteral("0 h");
    QTest::newRow("whole") << 36.0 << kC << QStringLiteral("36 h");
    QTest::newRow("half") << 36.5 << kC << QStringLiteral("36.5 h");
    QTest::newRow("quarter") << 0.25 << kC << QStringLiteral("0.25 h");
    QTest::newRow("rounded") << 23.456 << kC << QStringLiteral("23.46 h");
    QTest::newRow("rounded to whole") << 47.999 << kC << QStringLiteral("48 h");
    QTest::newRow("tiny") << 0.004 << kC << QStringLiteral("0 h");
    QTest::newRow("C thousand") << 1000.0 << kC << QStringLiteral("1000 h");
    QTest::newRow("en thousand") << 1000.5 << QLocale(QLocale::English)
                                 << QStringLiteral("1,000.5 h");
    QTest::newRow("de half") << 12.5 << kGerman << QStringLiteral("12,5 h");
    QTest::newRow("de thousand") << 1000.0 << kGerman << QStringLiteral("1.000 h");
}

void TestFormat::hours()
{
    QFETCH(double, h);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(format::hours(h, locale), text);
}

void TestFormat::durationInDays()
{
    QCOMPARE(format::durationUnit(), format::DurationUnit::Hours);
    QCOMPARE(format::duration(36.5, kC), QStringLiteral("36.5 h"));
    format::setDurationUnit(format::DurationUnit::Days);
    const auto restore = qScopeGuard([] { format::setDurationUnit(format::DurationUnit::Hours); });
    QCOMPARE(format::duration(36.0, kC), QStringLiteral("1.5 d"));
    QCOMPARE(format::duration(48.0, kC), QStringLiteral("2 d"));
    // 10 h = 0.41666… d
    QCOMPARE(format::duration(10.0, kC), QStringLiteral("0.42 d"));
    QCOMPARE(format::duration(0.0, kC), QStringLiteral("0 d"));
    QCOMPARE(format::duration(60.0, kGerman), QStringLiteral("2,5 d"));
    // hours() stays hours.
    QCOMPARE(format::hours(36.0, kC), QStringLiteral("36 h"));
}

void TestFormat::dates()
{
    const QDateTime at(QDate(2025, 11, 24), QTime(21, 0, 5));
    QCOMPARE(format::dateTime(at, kC), QStringLiteral("2025-11-24 21:00"));
    QCOMPARE(format::timestamp(at, kC), QStringLiteral("2025-11-24 21:00:05"));
    // The locale's short time: the C locale's has seconds.
    QCOMPARE(format::timeOfDay(at, kC), QStringLiteral("21:00:05"));
    QCOMPARE(format::dateTime(at, kGerman), QStringLiteral("2025-11-24 21:00"));
    QCOMPARE(format::timeOfDay(at, kGerman), QStringLiteral("21:00"));
    // A moment given in another zone is shown in local time.
    QCOMPARE(format::dateTime(at.toUTC(), kC), QStringLiteral("2025-11-24 21:00"));
}

void TestFormat::rngSeed()
{
    QCOMPARE(format::rngSeed(0), QStringLiteral("0"));
    QCOMPARE(format::rngSeed(1000000), QStringLiteral("1000000"));
    // Never grouped, whatever the default locale.
    const QLocale before;
    QLocale::setDefault(kGerman);
    const QString max = format::rngSeed(std::numeric_limits<quint64>::max());
    QLocale::setDefault(before);
    QCOMPARE(max, QStringLiteral("18446744073709551615"));
}

void TestFormat::parseRngSeed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<quint64>>("seed");
    const auto row = [](const char *text, std::optional<quint64> seed) {
        QTest::newRow(text) << QString::fromUtf8(text) << seed;
    };
    row("0", 0);
    row("1", 1);
    row("007", 7);
    row(" 42\t", 42);
    row("18446744073709551615", std::numeric_limits<quint64>::max());
    row("18446744073709551616", std::nullopt); // 2^64
    row("99999999999999999999", std::nullopt);
    row("000000000000000000001", std::nullopt); // more digits than a seed has
    row("", std::nullopt);
    row("   ", std::nullopt);
    row("-1", std::nullopt);
    row("+1", std::nullopt);
    row("1,000", std::nullopt);
    row("1.000", std::nullopt);
    row("1 000", std::nullopt);
    row("1e3", std::nullopt);
    row("0x10", std::nullopt);
    row("x", std::nullopt);
    row("١٢", std::nullopt); // Arabic-Indic digits: a seed is ASCII everywhere
}

void TestFormat::parseRngSeed()
{
    QFETCH(QString, text);
    QFETCH(std::optional<quint64>, seed);
    QCOMPARE(format::parseRngSeed(text), seed);
    // What is read is written back the same way, whatever the locale.
    if (seed)
        QCOMPARE(format::parseRngSeed(format::rngSeed(*seed)), seed);
}

void TestFormat::nodeNames()
{
    Model m;
    Node named;
    named.id = QStringLiteral("api");
    named.name = QStringLiteral("Public API");
    m.appendNode(named);
    Node unnamed;
    unnamed.id = QStringLiteral("cdn");
    m.appendNode(unnamed);
    Node same;
    same.id = QStringLiteral("vendor");
    same.name = QStringLiteral("vendor");
    m.appendNode(same);

    QCOMPARE(format::nodeName(named), QStringLiteral("Public API"));
    QCOMPARE(format::nodeName(unnamed), QStringLiteral("cdn"));
    QCOMPARE(format::nodeName(m, QStringLiteral("api")), QStringLiteral("Public API"));
    QCOMPARE(format::nodeName(m, QStringLiteral("cdn")), QStringLiteral("cdn"));
    QCOMPARE(format::nodeName(m, QStringLiteral("gone")), QStringLiteral("gone"));

    QCOMPARE(format::nodeLabel(m, QStringLiteral("api")), QStringLiteral("Public API (api)"));
    QCOMPARE(format::nodeLabel(m, QStringLiteral("cdn")), QStringLiteral("cdn"));
    QCOMPARE(format::nodeLabel(m, QStringLiteral("vendor")), QStringLiteral("vendor"));
    QCOMPARE(format::nodeLabel(m, QStringLiteral("gone")), QStringLiteral("gone"));
}

// Untranslated text with "(s)": the English ending for the count; a
// catalogue's numerus form passes unchanged.
void TestFormat::englishPlural()
{
    QCOMPARE(format::englishPlural(QStringLiteral("1 node(s)"), 1), QStringLiteral("1 node"));
    QCOMPARE(format::englishPlural(QStringLiteral("0 node(s)"), 0), QStringLiteral("0 nodes"));
    QCOMPARE(format::englishPlural(QStringLiteral("2 more organisation(s): A, B"), 2),
        QStringLiteral("2 more organisations: A, B"));
    QCOMPARE(format::englishPlural(QStringLiteral("2 Knoten"), 2), QStringLiteral("2 Knoten"));
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
