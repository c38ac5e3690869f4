// The breach-notification obligations (core/obligations, FORMAT.md §5,
// NOTIFICATION.md): the shipped rules, which rules fire for which party,
// awareness along the chain, due times on the calendar, the JSON, and
// `weaklink-cli obligations` end to end. Every expected value was worked out
// by hand from the rules file and the spec; the arithmetic is in the
// comments. t = 0 is 1970-01-05T00:00Z, a Monday, unless a row says
// otherwise.
#include "clirun.h"
#include "obligations/contractgaps.h"
#include "obligations/exerciseclocks.h"
#include "obligations/liability.h"
#include "obligations/obligations.h"
#include "obligations/obligationsjson.h"
#include "obligations/rules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace wl;
using namespace wl::obligations;
using namespace Qt::StringLiterals;

namespace {

using wl::test::Run;
using wl::test::runCli;

Node party(const QString &id, const QString &role, const QString &jurisdiction,
    const QStringList &tags = {})
{
    Node n;
    n.id = id;
    n.name = id;
    n.gdprRole = role;
    n.jurisdiction = jurisdiction;
    n.tags = tags;
    return n;
}

DataAsset asset(
    const QString &id, const QString &owner, bool personal, const QStringList &subjects = {})
{
    DataAsset a;
    a.id = id;
    a.name = id;
    a.owner = owner;
    a.personal = personal;
    a.subjectJurisdictions = subjects;
    return a;
}

// A flow of `data` from source to target; `sla`: the contract's
// notification_sla_hours, none for an edge without contract.
Edge flow(const QString &id, const QString &source, const QString &target, const QStringList &data,
    std::optional<double> sla = std::nullopt)
{
    Edge e;
    e.id = id;
    e.source = source;
    e.target = target;
    e.data = data;
    e.contract.notificationSlaHours = sla;
    return e;
}

Model makeModel(
    const QVector<Node> &nodes, const QVector<DataAsset> &data, const QVector<Edge> &edges = {})
{
    Model m;
    for (const Node &n : nodes)
        m.appendNode(n);
    for (const DataAsset &a : data)
        m.appendDataAsset(a);
    for (const Edge &e : edges)
        m.appendEdge(e);
    return m;
}

// FORMAT.md §5's example: acme (controller) -> northwind (processor) ->
// cumulus (sub-processor), all in Germany, carrying acme's personal
// "profiles"; northwind must tell acme within 48 h, cumulus must tell
// northwind within 24 h. Without SLAs, the edges have no contract.
Model chainModel(bool withSlas = true)
{
    return makeModel(
        { party(QStringLiteral("acme"), QStringLiteral("controller"), QStringLiteral("DE")),
            party(QStringLiteral("northwind"), QStringLiteral("processor"), QStringLiteral("DE")),
            party(
                QStringLiteral("cumulus"), QStringLiteral("subprocessor"), QStringLiteral("DE")) },
        { asset(QStringLiteral("profiles"), QStringLiteral("acme"), true) },
        { flow(QStringLiteral("e0"), QStringLiteral("acme"), QStringLiteral("northwind"),
              { QStringLiteral("profiles") }, withSlas ? std::optional(48.0) : std::nullopt),
            flow(QStringLiteral("e1"), QStringLiteral("northwind"), QStringLiteral("cumulus"),
                { QStringLiteral("profiles") }, withSlas ? std::optional(24.0) : std::nullopt) });
}

const RuleSet &shipped()
{
    static const RuleSet rules = *builtInRules().rules;
    return rules;
}

Incident seededAt(const QString &node, double hours = 0.0)
{
    Incident incident;
    incident.seeds = { { node, hours } };
    return incident;
}

QString number(double d)
{
    return QString::number(d, 'g', 17);
}

// "node rule @start due D[ -> notify_node][ (possibly)][ [status]]"
QString describe(const Obligation &o)
{
    QString s = QStringLiteral("%1 %2 @%3 due %4")
                    .arg(o.node, o.rule.id, number(o.clockStartsHours),
                        o.dueHours ? number(*o.dueHours) : QStringLiteral("null"));
    if (!o.notifyNode.isEmpty())
        s += QStringLiteral(" -> ") + o.notifyNode;
    if (o.possiblyApplicable)
        s += QStringLiteral(" (possibly)");
    if (o.status)
        s += QStringLiteral(" [%1]").arg(statusKey(*o.status));
    return s;
}

QStringList describe(const QVector<Obligation> &list)
{
    QStringList out;
    for (const Obligation &o : list)
        out << describe(o);
    return out;
}

// "node aware_hours told_by" ("-" for none).
QStringList describe(const QVector<Party> &list)
{
    QStringList out;
    for (const Party &p : list)
        out << QStringLiteral("%1 %2 %3")
                   .arg(p.node, number(p.awareHours),
                       p.toldBy.isEmpty() ? QStringLiteral("-") : p.toldBy);
    return out;
}

ObligationsResult compute(const Model &m, const Incident &incident)
{
    const ObligationsOutcome outcome = computeObligations(m, shipped(), incident);
    if (!outcome.ok())
        qWarning("computeObligations: %s", qPrintable(outcome.error));
    return outcome.result.value_or(ObligationsResult());
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// The chain's JSON with the shipped rules, seed cumulus at 0 (see
// chainAwareness for the figures).
const QByteArray kChainJson = R"json({
  "format": "weaklink-obligations",
  "version": 1,
  "rules_as_of": "2026-11-30",
  "disclaimer": "Decision support, not legal advice.",
  "incident": {
    "seeds": [ { "node": "cumulus", "at_hours": 0 } ],
    "start": "1970-01-05T00:00Z"
  },
  "exposed_data": ["profiles"],
  "parties": [
    { "node": "cumulus", "aware_hours": 0, "told_by": null },
    { "node": "northwind", "aware_hours": 24, "told_by": "cumulus" },
    { "node": "acme", "aware_hours": 72, "told_by": "northwind" }
  ],
  "obligations": [
    { "node": "acme", "rule": "gdpr-33-1", "regime": "EU GDPR", "notify": "supervisory_authority", "notify_node": null, "clock_starts_hours": 72, "due_hours": 144, "deadline_text": "without undue delay and, where feasible, not later than 72 hours after having become aware of it", "citation": "Regulation (EU) 2016/679, Art. 33(1)", "possibly_applicable": false },
    { "node": "acme", "rule": "gdpr-34-1", "regime": "EU GDPR", "notify": "data_subjects", "notify_node": null, "clock_starts_hours": 72, "due_hours": null, "deadline_text": "the controller shall communicate the personal data breach to the data subject without undue delay", "citation": "Regulation (EU) 2016/679, Art. 34(1)", "possibly_applicable": false },
    { "node": "cumulus", "rule": "gdpr-33-2", "regime": "EU GDPR", "notify": "controller", "notify_node": "northwind", "clock_starts_hours": 0, "due_hours": null, "deadline_text": "The processor shall notify the controller without undue delay after becoming aware of a personal data breach.", "citation": "Regulation (EU) 2016/679, Art. 33(2)", "possibly_applicable": false },
    { "node": "northwind", "rule": "gdpr-33-2", "regime": "EU GDPR", "notify": "controller", "notify_node": "acme", "clock_starts_hours": 24, "due_hours": null, "deadline_text": "The processor shall notify the controller without undue delay after becoming aware of a personal data breach.", "citation": "Regulation (EU) 2016/679, Art. 33(2)", "possibly_applicable": false }
  ]
}
)json";

// The chain as model JSON, for the command line.
const QByteArray kChainModelJson = R"json({
  "format": "weaklink-model", "version": 1,
  "nodes": [ { "id": "acme", "gdpr_role": "controller", "jurisdiction": "DE" },
             { "id": "northwind", "gdpr_role": "processor", "jurisdiction": "DE" },
             { "id": "cumulus", "gdpr_role": "subprocessor", "jurisdiction": "DE" } ],
  "data": [ { "id": "profiles", "owner": "acme", "personal": true } ],
  "edges": [ { "source": "acme", "target": "northwind", "data": ["profiles"],
               "contract": { "notification_sla_hours": 48 } },
             { "source": "northwind", "target": "cumulus", "data": ["profiles"],
               "contract": { "notification_sla_hours": 24 } } ]
})json";

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A rules file of one valid rule, as JSON to break field by field.
QJsonObject minimalRule(const QString &id = QStringLiteral("r1"))
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("regime"), QStringLiteral("Test") },
        { QStringLiteral("jurisdictions"), QJsonArray { QStringLiteral("EU") } },
        { QStringLiteral("applies_to_role"), QStringLiteral("controller") },
        { QStringLiteral("trigger"), QStringLiteral("a breach") },
        { QStringLiteral("requires_personal_data"), true },
        { QStringLiteral("notify"), QStringLiteral("supervisory_authority") },
        { QStringLiteral("deadline_hours"), 72 },
        { QStringLiteral("deadline_text"), QStringLiteral("within 72 hours") },
        { QStringLiteral("clock_starts"), QStringLiteral("awareness") },
        { QStringLiteral("citation"), QStringLiteral("Art. 1") },
        { QStringLiteral("source_url"), QStringLiteral("https://example.org/") },
        { QStringLiteral("notes"), QString() },
    };
}

QByteArray rulesFile(const QJsonArray &rules)
{
    return QJsonDocument(
        QJsonObject {
            { QStringLiteral("format"), QStringLiteral("weaklink-notification-rules") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("as_of"), QStringLiteral("2026-11-30") },
            { QStringLiteral("rules"), rules },
        })
        .toJson();
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace

class TestObligations : public QObject {
    Q_OBJECT

private slots:
    void shippedRules();
    void shippedRulesMatchTheSharedCopy();
    void minimalRulesFile();
    void badRulesFile_data();
    void badRulesFile();

    void jurisdictions_data();
    void jurisdictions();
    void rulesFire_data();
    void rulesFire();
    void possiblyApplicable_data();
    void possiblyApplicable();

    void chainAwareness();
    void liabilityOfTheChain();
    void decisionLogStopsAClock();
    void clockStates_data();
    void clockStates();
    void exerciseIncidentFromTheExercise();
    void edgeWithoutContract();
    void earliestPathWins_data();
    void earliestPathWins();
    void holdersDownstreamAreNotTold();
    void processorWithTwoControllers();
    void awareOverrides_data();
    void awareOverrides();
    void dueTimes_data();
    void dueTimes();
    void calendarRulesOfAParty_data();
    void calendarRulesOfAParty();
    void status_data();
    void status();
    void badIncident_data();
    void badIncident();
    void startText();

    void json();
    void jsonWithStatusAndStart();

    void contractGaps();
    void noContractsNoGaps();
    void cliInfoListsContractGaps();

    void cliPrintsJson();
    void cliWritesOutputFile();
    void cliUnknownNode_data();
    void cliUnknownNode();
    void cliUsage_data();
    void cliUsage();
    void resultNeverReplacesTheModel_data();
    void resultNeverReplacesTheModel();
    void cliHelp();
};

void TestObligations::shippedRules()
{
    const RulesResult r = builtInRules();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rules->asOf, QStringLiteral("2026-11-30"));
    QCOMPARE(r.rules->rules.size(), 33);
    QCOMPARE(r.rules->rules.first().id, QStringLiteral("gdpr-33-1"));
    QCOMPARE(r.rules->rules.last().id, QStringLiteral("sg-pdpa-26d-2"));

    const Rule *gdpr = r.rules->rule(QStringLiteral("gdpr-33-1"));
    QVERIFY(gdpr);
    QCOMPARE(gdpr->regime, QStringLiteral("EU GDPR"));
    QCOMPARE(gdpr->jurisdictions, QStringList { QStringLiteral("EU") });
    QCOMPARE(gdpr->appliesToRole, QStringLiteral("controller"));
    QCOMPARE(gdpr->requiresPersonalData, true);
    QCOMPARE(gdpr->notify, QStringLiteral("supervisory_authority"));
    QCOMPARE(gdpr->deadlineHours, std::optional(72.0));
    QCOMPARE(gdpr->citation, QStringLiteral("Regulation (EU) 2016/679, Art. 33(1)"));
    QCOMPARE(gdpr->sourceUrl, QStringLiteral("https://eur-lex.europa.eu/eli/reg/2016/679/oj"));
    QVERIFY(gdpr->sector.isEmpty() && gdpr->sectorTag.isEmpty() && gdpr->clockAfterRule.isEmpty());

    const Rule *final = r.rules->rule(QStringLiteral("nis2-23-4d"));
    QVERIFY(final);
    QCOMPARE(final->sectorTag, QStringLiteral("nis2"));
    QCOMPARE(final->appliesToRole, QStringLiteral("any"));
    QCOMPARE(final->deadlineHours, std::nullopt);
    QCOMPARE(final->deadlineMonths, std::optional(1));
    QCOMPARE(final->clockAfterRule, QStringLiteral("nis2-23-4b"));

    const Rule *sec = r.rules->rule(QStringLiteral("sec-8k-1-05"));
    QVERIFY(sec);
    QCOMPARE(sec->deadlineBusinessDays, std::optional(4));
    QCOMPARE(sec->jurisdictions, QStringList { QStringLiteral("US") });
    QVERIFY(!r.rules->rule(QStringLiteral("gdpr-99")));
}

// resources/notification/README.md: the resource is the shared file,
// unchanged.
void TestObligations::shippedRulesMatchTheSharedCopy()
{
    QFile resource(builtInRulesPath());
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QByteArray shared
        = readAll(QStringLiteral(WEAKLINK_SHARED_DIR "/docs/notification-rules.json"));
    QVERIFY(!shared.isEmpty());
    QCOMPARE(resource.readAll(), shared);
}

// The nullable fields may be absent; they read as null.
void TestObligations::minimalRulesFile()
{
    const RulesResult r = parseRules(rulesFile({ minimalRule() }));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.rules->rules.size(), 1);
    const Rule &rule = r.rules->rules.first();
    QCOMPARE(rule.id, QStringLiteral("r1"));
    QCOMPARE(rule.deadlineHours, std::optional(72.0));
    QCOMPARE(rule.deadlineBusinessDays, std::nullopt);
    QCOMPARE(rule.deadlineMonths, std::nullopt);
    QVERIFY(rule.sector.isEmpty() && rule.sectorTag.isEmpty() && rule.clockAfterRule.isEmpty());
}

void TestObligations::badRulesFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QJsonObject rule = minimalRule();
    const auto one = [](const QJsonObject &r) { return rulesFile({ r }); };
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": ") << QStringLiteral("line 2");
    QTest::newRow("array") << QByteArray("[]")
                           << QStringLiteral("$: the rules must be a JSON object");
    QTest::newRow("format") << QByteArray(R"({"format": "weaklink-model", "version": 1})")
                            << QStringLiteral("format: must be \"weaklink-notification-rules\"");
    QTest::newRow("version") << QByteArray(
        R"({"format": "weaklink-notification-rules", "version": 2})")
                             << QStringLiteral("version: must be 1");
    QTest::newRow("as_of") << QByteArray(R"({"format": "weaklink-notification-rules", )"
                                         R"("version": 1, "as_of": "30/11/2026", "rules": []})")
                           << QStringLiteral("as_of: must be a date, YYYY-MM-DD");
    QTest::newRow("rules not an array")
        << QByteArray(R"({"format": "weaklink-notification-rules", )"
                      R"("version": 1, "as_of": "2026-11-30", "rules": {}})")
        << QStringLiteral("rules: must be an array");
    QTest::newRow("rule not an object")
        << rulesFile({ 5 }) << QStringLiteral("rules[0]: must be an object");
    QTest::newRow("id missing") << one(with(rule, QStringLiteral("id"), QJsonValue::Undefined))
                                << QStringLiteral("rules[0].id: required");
    QTest::newRow("id empty") << one(with(rule, QStringLiteral("id"), QString()))
                              << QStringLiteral("rules[0].id: must not be empty");
    QTest::newRow("jurisdictions missing")
        << one(with(rule, QStringLiteral("jurisdictions"), QJsonValue::Undefined))
        << QStringLiteral("rules[0].jurisdictions: required");
    QTest::newRow("jurisdiction a number")
        << one(with(rule, QStringLiteral("jurisdictions"), QJsonArray { QStringLiteral("EU"), 3 }))
        << QStringLiteral("rules[0].jurisdictions[1]: must be a non-empty string");
    QTest::newRow("role") << one(
        with(rule, QStringLiteral("applies_to_role"), QStringLiteral("vendor")))
                          << QStringLiteral(
                                 "rules[0].applies_to_role: must be controller, processor or any");
    QTest::newRow("personal data a string")
        << one(with(rule, QStringLiteral("requires_personal_data"), QStringLiteral("yes")))
        << QStringLiteral("rules[0].requires_personal_data: must be true or false");
    QTest::newRow("deadline_hours a string")
        << one(with(rule, QStringLiteral("deadline_hours"), QStringLiteral("72")))
        << QStringLiteral("rules[0].deadline_hours: must be a number greater than 0 or null");
    QTest::newRow("deadline_hours 0")
        << one(with(rule, QStringLiteral("deadline_hours"), 0))
        << QStringLiteral("rules[0].deadline_hours: must be a number greater "
                          "than 0 or null");
    QTest::newRow("months not whole")
        << one(with(with(rule, QStringLiteral("deadline_hours"), QJsonValue::Null),
               QStringLiteral("deadline_months"), 1.5))
        << QStringLiteral("rules[0].deadline_months: must be an integer from 1 to 10000 or null");
    QTest::newRow("two deadlines")
        << one(with(rule, QStringLiteral("deadline_business_days"), 3))
        << QStringLiteral("rules[0].deadline_hours: deadline_hours, deadline_business_days and "
                          "deadline_months exclude each other");
    QTest::newRow("sector_tag a number")
        << one(with(rule, QStringLiteral("sector_tag"), 1))
        << QStringLiteral("rules[0].sector_tag: must be a non-empty string "
                          "or null");
    QTest::newRow("citation missing")
        << one(with(rule, QStringLiteral("citation"), QJsonValue::Undefined))
        << QStringLiteral("rules[0].citation: required");
    QTest::newRow("duplicate id") << rulesFile(
        { rule, rule }) << QStringLiteral("rules[1].id: \"r1\" is also the id of rules[0]");
    QTest::newRow("clock after an unknown rule")
        << one(with(rule, QStringLiteral("clock_after_rule"), QStringLiteral("r9")))
        << QStringLiteral("rules[0].clock_after_rule: no rule has the id \"r9\"");
    QTest::newRow("clock after a rule without deadline")
        << rulesFile({ with(minimalRule(), QStringLiteral("deadline_hours"), QJsonValue::Null),
               with(minimalRule(QStringLiteral("r2")), QStringLiteral("clock_after_rule"),
                   QStringLiteral("r1")) })
        << QStringLiteral("rules[1].clock_after_rule: rule \"r1\" has no deadline to start from");
    QTest::newRow("clocks in a cycle")
        << rulesFile(
               { with(minimalRule(), QStringLiteral("clock_after_rule"), QStringLiteral("r2")),
                   with(minimalRule(QStringLiteral("r2")), QStringLiteral("clock_after_rule"),
                       QStringLiteral("r1")) })
        << QStringLiteral("rules[0].clock_after_rule: the clocks form a cycle");
}

void TestObligations::badRulesFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const RulesResult r = parseRules(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
}

void TestObligations::jurisdictions_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("matches");
    const auto row = [](const char *rule, const char *code, bool matches) {
        QTest::addRow("%s ~ %s", rule, code)
            << QString::fromLatin1(rule) << QString::fromLatin1(code) << matches;
    };
    // Every EU member, and the EEA's three.
    for (const char *code : { "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
             "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI",
             "ES", "SE", "IS", "LI", "NO", "EU" })
        row("EU", code, true);
    row("EU", "CH", false);
    row("EU", "GB", false);
    row("EU", "US", false);
    row("EU", "", false);
    row("EU", "de", false);
    row("US", "US", true);
    row("US", "US-CA", true);
    row("US", "US-NY", true);
    row("US", "USA", false);
    row("US", "CA", false);
    row("US-CA", "US-CA", true);
    row("US-CA", "US", false);
    row("US-CA", "US-NY", false);
    row("US-NY", "US-NY", true);
    row("GB", "GB", true);
    row("GB", "UK", false);
    row("GB", "EU", false);
    row("SG", "SG", true);
    row("KE", "KE", true);
    row("IN", "IN", true);
    row("BR", "BR", true);
    row("BR", "PT", false);
}

void TestObligations::jurisdictions()
{
    QFETCH(QString, rule);
    QFETCH(QString, code);
    QFETCH(bool, matches);
    QCOMPARE(jurisdictionMatches(rule, code), matches);
}

// One party, the seed at t = 0 (Monday 00:00), owning one asset: which rules
// fire by role, jurisdiction, personal data and sector tag, in the order of
// their due times (none last), then rule id.
void TestObligations::rulesFire_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("personal");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    const auto tag = [](const char *t) { return QStringList { QString::fromLatin1(t) }; };
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromLatin1(i);
        return out;
    };

    // EU GDPR: 33(1) 72 h after awareness; 34(1) and 33(2) without a number.
    QTest::newRow("GDPR controller DE")
        << "controller"
        << "DE" << none << true << list({ "n gdpr-33-1 @0 due 72", "n gdpr-34-1 @0 due null" });
    QTest::newRow("GDPR joint controller IS (EEA)")
        << "joint_controller"
        << "IS" << none << true << list({ "n gdpr-33-1 @0 due 72", "n gdpr-34-1 @0 due null" });
    QTest::newRow("GDPR controller, no personal data") << "controller"
                                                       << "DE" << none << false << QStringList();
    QTest::newRow("GDPR processor FR")
        << "processor"
        << "FR" << none << true << list({ "n gdpr-33-2 @0 due null" });
    QTest::newRow("GDPR subprocessor NO (EEA)")
        << "subprocessor"
        << "NO" << none << true << list({ "n gdpr-33-2 @0 due null" });
    QTest::newRow("GDPR role none") << "none"
                                    << "DE" << none << true << QStringList();
    QTest::newRow("Switzerland is not EEA") << "controller"
                                            << "CH" << none << true << QStringList();
    // UK GDPR: the same shape under GB.
    QTest::newRow("UK controller")
        << "controller"
        << "GB" << none << true << list({ "n ukgdpr-33-1 @0 due 72", "n ukgdpr-34-1 @0 due null" });
    QTest::newRow("UK processor") << "processor"
                                  << "GB" << none << true << list({ "n ukgdpr-33-2 @0 due null" });
    // NIS2, any role, tag nis2: 4a 24 h, 4b 72 h, 4d one month after 4b's
    // due time: 72 h = Thu 1970-01-08 00:00, + 1 month = 1970-02-08 00:00,
    // 34 days after t = 0 = 816 h.
    QTest::newRow("NIS2 role none DE")
        << "none"
        << "DE" << tag("nis2") << false
        << list({ "n nis2-23-4a @0 due 24", "n nis2-23-4b @0 due 72", "n nis2-23-4d @72 due 816" });
    QTest::newRow("NIS2 tag outside the EU") << "none"
                                             << "US" << tag("nis2") << false << QStringList();
    QTest::newRow("NIS2 without the tag") << "none"
                                          << "DE" << none << false << QStringList();
    // DORA with GDPR: classification 4 h, awareness 24 h, intermediate 72 h,
    // final one month after the intermediate's 72 h = 816 h; GDPR 72 h and
    // none. At 72 h, rule id order: dora-19-intermediate < gdpr-33-1.
    QTest::newRow("DORA controller FR")
        << "controller"
        << "FR" << tag("dora") << true
        << list({ "n dora-19-initial-classification @0 due 4",
               "n dora-19-initial-awareness @0 due 24", "n dora-19-intermediate @0 due 72",
               "n gdpr-33-1 @0 due 72", "n dora-19-final @72 due 816", "n gdpr-34-1 @0 due null" });
    // SEC: 4 business days from Monday 00:00 = Friday 00:00 = 96 h.
    QTest::newRow("SEC registrant US-DE")
        << "none"
        << "US-DE" << tag("sec-registrant") << false << list({ "n sec-8k-1-05 @0 due 96" });
    QTest::newRow("SEC registrant GB") << "none"
                                       << "GB" << tag("sec-registrant") << false << QStringList();
    // HIPAA: 1440 h (60 days) each; 404 and 408-500 for a covered entity.
    QTest::newRow("HIPAA controller US")
        << "controller"
        << "US" << tag("hipaa") << true
        << list({ "n hipaa-164-404 @0 due 1440", "n hipaa-164-408-500 @0 due 1440" });
    QTest::newRow("HIPAA processor US-TX")
        << "processor"
        << "US-TX" << tag("hipaa") << true << list({ "n hipaa-164-410 @0 due 1440" });
    QTest::newRow("HIPAA without personal data") << "controller"
                                                 << "US" << tag("hipaa") << false << QStringList();
    // California: (f) 360 h, (a) 720 h; (b) for the maintaining business.
    QTest::newRow("California controller")
        << "controller"
        << "US-CA" << none << true
        << list({ "n ca-1798-82-f @0 due 360", "n ca-1798-82-a @0 due 720" });
    QTest::newRow("California processor")
        << "processor"
        << "US-CA" << none << true << list({ "n ca-1798-82-b @0 due null" });
    QTest::newRow("US controller is not California") << "controller"
                                                     << "US" << none << true << QStringList();
    // NYDFS: 72 h, any role, tag nydfs.
    QTest::newRow("NYDFS US-NY") << "processor"
                                 << "US-NY" << tag("nydfs") << false
                                 << list({ "n nydfs-500-17-a @0 due 72" });
    QTest::newRow("NYDFS tag in California") << "none"
                                             << "US-CA" << tag("nydfs") << false << QStringList();
    // India: CERT-In 6 h with the tag; DPDP 72 h and two without a number.
    QTest::newRow("CERT-In") << "none"
                             << "IN" << tag("cert-in") << false
                             << list({ "n certin-2022-ii @0 due 6" });
    QTest::newRow("DPDP controller")
        << "controller"
        << "IN" << none << true
        << list({ "n dpdp-rule7-2b @0 due 72", "n dpdp-rule7-1 @0 due null",
               "n dpdp-rule7-2a @0 due null" });
    QTest::newRow("DPDP processor") << "processor"
                                    << "IN" << none << true << QStringList();
    // Kenya: 72 h and none for the controller, 48 h for the processor.
    QTest::newRow("Kenya controller")
        << "controller"
        << "KE" << none << true
        << list({ "n ke-dpa-43-1a @0 due 72", "n ke-dpa-43-1b @0 due null" });
    QTest::newRow("Kenya processor") << "processor"
                                     << "KE" << none << true << list({ "n ke-dpa-43-3 @0 due 48" });
    // Brazil: 3 business days from Monday 00:00 = Thursday 00:00 = 72 h.
    QTest::newRow("Brazil controller")
        << "controller"
        << "BR" << none << true
        << list({ "n br-lgpd-48-anpd @0 due 72", "n br-lgpd-48-titulares @0 due 72" });
    QTest::newRow("Brazil processor") << "processor"
                                      << "BR" << none << true << QStringList();
    // Singapore: 26D(1) 72 h, 26D(2) none; 26C(3)(a) for the intermediary.
    QTest::newRow("Singapore controller")
        << "controller"
        << "SG" << none << true
        << list({ "n sg-pdpa-26d-1 @0 due 72", "n sg-pdpa-26d-2 @0 due null" });
    QTest::newRow("Singapore processor")
        << "processor"
        << "SG" << none << true << list({ "n sg-pdpa-26c-3a @0 due null" });
    QTest::newRow("no jurisdiction") << "controller"
                                     << "" << tag("nis2") << true << QStringList();
}

void TestObligations::rulesFire()
{
    QFETCH(QString, role);
    QFETCH(QString, jurisdiction);
    QFETCH(QStringList, tags);
    QFETCH(bool, personal);
    QFETCH(QStringList, expected);
    const Model m = makeModel({ party(QStringLiteral("n"), role, jurisdiction, tags) },
        { asset(QStringLiteral("a"), QStringLiteral("n"), personal) });
    const ObligationsResult r = compute(m, seededAt(QStringLiteral("n")));
    QCOMPARE(describe(r.obligations), expected);
    QCOMPARE(r.exposedData, QStringList { QStringLiteral("a") });
    QCOMPARE(describe(r.parties), QStringList { QStringLiteral("n 0 -") });
}

// A party whose own jurisdiction does not match, but the subjects of an
// exposed personal asset it holds do: the rule is listed, possibly
// applicable, if the role (and tag) match.
void TestObligations::possiblyApplicable_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<bool>("personal");
    QTest::addColumn<QStringList>("subjects");
    QTest::addColumn<QStringList>("expected");

    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromLatin1(i);
        return out;
    };
    // GDPR 72 h, California (f) 360 h and (a) 720 h, GDPR 34(1) none.
    QTest::newRow("US controller, EU and Californian subjects")
        << "controller"
        << "US" << true << list({ "DE", "US-CA" })
        << list({ "n gdpr-33-1 @0 due 72 (possibly)", "n ca-1798-82-f @0 due 360 (possibly)",
               "n ca-1798-82-a @0 due 720 (possibly)", "n gdpr-34-1 @0 due null (possibly)" });
    QTest::newRow("US controller, subjects given as EU")
        << "controller"
        << "US" << true << list({ "EU" })
        << list({ "n gdpr-33-1 @0 due 72 (possibly)", "n gdpr-34-1 @0 due null (possibly)" });
    QTest::newRow("own match is not possibly")
        << "controller"
        << "DE" << true << list({ "GB" })
        << list({ "n gdpr-33-1 @0 due 72", "n ukgdpr-33-1 @0 due 72 (possibly)",
               "n gdpr-34-1 @0 due null", "n ukgdpr-34-1 @0 due null (possibly)" });
    QTest::newRow("SG processor, EU subjects")
        << "processor"
        << "SG" << true << list({ "FR" })
        << list({ "n gdpr-33-2 @0 due null (possibly)", "n sg-pdpa-26c-3a @0 due null" });
    QTest::newRow("role none") << "none"
                               << "US" << true << list({ "DE", "GB" }) << QStringList();
    QTest::newRow("not personal data") << "controller"
                                       << "US" << false << list({ "DE" }) << QStringList();
}

void TestObligations::possiblyApplicable()
{
    QFETCH(QString, role);
    QFETCH(QString, jurisdiction);
    QFETCH(bool, personal);
    QFETCH(QStringList, subjects);
    QFETCH(QStringList, expected);
    const Model m = makeModel({ party(QStringLiteral("n"), role, jurisdiction) },
        { asset(QStringLiteral("a"), QStringLiteral("n"), personal, subjects) });
    QCOMPARE(describe(compute(m, seededAt(QStringLiteral("n"))).obligations), expected);
}

// FORMAT.md §5's chain, seed cumulus at 0: cumulus tells northwind within
// 24 h (aware 0 + 24 = 24), northwind tells acme within 48 h (24 + 48 = 72);
// acme's GDPR 33(1) is due 72 + 72 = 144. Each processor owes 33(2) to the
// party upstream of it.
void TestObligations::chainAwareness()
{
    const ObligationsResult r = compute(chainModel(), seededAt(QStringLiteral("cumulus")));
    QCOMPARE(r.exposedData, QStringList { QStringLiteral("profiles") });
    QCOMPARE(describe(r.parties),
        QStringList({ QStringLiteral("cumulus 0 -"), QStringLiteral("northwind 24 cumulus"),
            QStringLiteral("acme 72 northwind") }));
    QCOMPARE(describe(r.obligations),
        QStringList({ QStringLiteral("acme gdpr-33-1 @72 due 144"),
            QStringLiteral("acme gdpr-34-1 @72 due null"),
            QStringLiteral("cumulus gdpr-33-2 @0 due null -> northwind"),
            QStringLiteral("northwind gdpr-33-2 @24 due null -> acme") }));
    const Obligation &first = r.obligations.first();
    QCOMPARE(first.rule.clockStarts, shipped().rules.first().clockStarts);
    QCOMPARE(first.rule.notes, shipped().rules.first().notes);
    QCOMPARE(first.rule.sourceUrl, QStringLiteral("https://eur-lex.europa.eu/eli/reg/2016/679/oj"));
}

// The chain seeded at cumulus, with a branch off the breach path: acme also
// hands "profiles" to helpdesk (not breached), and cumulus owns "logs",
// which nobody handed it. "profiles": owner acme, held by northwind and
// cumulus over e0 and e1 with their contracts; helpdesk's e2 is not on a
// breach path. "logs": owned by the seed, no path.
void TestObligations::liabilityOfTheChain()
{
    Model m = chainModel();
    m.appendNode(
        party(QStringLiteral("helpdesk"), QStringLiteral("processor"), QStringLiteral("DE")));
    m.appendDataAsset(asset(QStringLiteral("logs"), QStringLiteral("cumulus"), false));
    m.appendEdge(flow(QStringLiteral("e2"), QStringLiteral("acme"), QStringLiteral("helpdesk"),
        { QStringLiteral("profiles") }, 12.0));
    const ObligationsResult r = compute(m, seededAt(QStringLiteral("cumulus")));
    QCOMPARE(r.exposedData, (QStringList { QStringLiteral("profiles"), QStringLiteral("logs") }));

    const QVector<AssetLiability> l = liability(m, r);
    QCOMPARE(l.size(), 2);
    QCOMPARE(l[0].asset, QStringLiteral("profiles"));
    QCOMPARE(l[0].owner, QStringLiteral("acme"));
    QCOMPARE(
        l[0].holders, (QStringList { QStringLiteral("northwind"), QStringLiteral("cumulus") }));
    QCOMPARE(l[0].hops.size(), 2);
    QCOMPARE(l[0].hops[0].edge, QStringLiteral("e0"));
    QCOMPARE(l[0].hops[0].from, QStringLiteral("acme"));
    QCOMPARE(l[0].hops[0].to, QStringLiteral("northwind"));
    QCOMPARE(l[0].hops[0].contract.notificationSlaHours, std::optional<double>(48.0));
    QCOMPARE(l[0].hops[1].edge, QStringLiteral("e1"));
    QCOMPARE(l[0].hops[1].contract.notificationSlaHours, std::optional<double>(24.0));
    QCOMPARE(l[1].asset, QStringLiteral("logs"));
    QCOMPARE(l[1].owner, QStringLiteral("cumulus"));
    QVERIFY(l[1].holders.isEmpty());
    QVERIFY(l[1].hops.isEmpty());

    // Breached at northwind instead: cumulus is downstream, not on a path.
    const QVector<AssetLiability> atNorthwind
        = liability(m, compute(m, seededAt(QStringLiteral("northwind"))));
    QCOMPARE(atNorthwind.size(), 1);
    QCOMPARE(atNorthwind[0].holders, QStringList { QStringLiteral("northwind") });
    QCOMPARE(atNorthwind[0].hops.size(), 1);
}

namespace {

// The chain's exercise: cumulus breached at t = 0, no start (t = 0 is
// defaultStart()), 168 h long.
Exercise chainExercise(const QVector<DecisionLogEntry> &log)
{
    Exercise e;
    e.settings.vendor = QStringLiteral("cumulus");
    e.log = log;
    return e;
}

DecisionLogEntry logged(
    double hours, const QString &text, std::optional<NotificationMark> notified = std::nullopt)
{
    return { utc(2026, 12, 4, 10), hours, text, std::move(notified) };
}

NotificationMark notified(const QString &node, const QString &rule, const QString &to = {})
{
    return { node, rule, to };
}

// "node rule[ -> notify_node] due D: entry E at H" ("-" for none).
QStringList describe(const ExerciseClocks &clocks)
{
    QStringList out;
    for (const ExerciseClock &c : clocks.clocks) {
        QString s = QStringLiteral("%1 %2").arg(c.obligation.node, c.obligation.rule.id);
        if (!c.obligation.notifyNode.isEmpty())
            s += QStringLiteral(" -> ") + c.obligation.notifyNode;
        s += QStringLiteral(" due %1: ")
                 .arg(c.obligation.dueHours ? number(*c.obligation.dueHours)
                                            : QStringLiteral("null"));
        s += c.logEntry ? QStringLiteral("entry %1 at %2").arg(*c.logEntry).arg(*c.notifiedHours)
                        : QStringLiteral("-");
        out << s;
    }
    return out;
}

} // namespace

// The chain (see chainAwareness) played as an exercise. The log: a plain
// entry at 10 h; northwind tells acme at 30 h (its 33(2) obligation), so
// acme is aware at 30 h instead of the contract's 72 h and its GDPR 33(1)
// clock runs from 30 h: due 30 + 72 = 102; acme tells its authority at
// 100 h (met, 2 h to spare); a second report of the same at 101 h changes
// nothing (the earliest counts).
void TestObligations::decisionLogStopsAClock()
{
    const ExerciseClocks clocks = exerciseClocks(chainModel(), shipped(),
        chainExercise({ logged(10, u"Cumulus confirms the breach"_s),
            logged(
                30, u"Northwind told acme"_s, notified(u"northwind"_s, u"gdpr-33-2"_s, u"acme"_s)),
            logged(100, u"Acme told the authority"_s, notified(u"acme"_s, u"gdpr-33-1"_s)),
            logged(
                101, u"Acme told the authority again"_s, notified(u"acme"_s, u"gdpr-33-1"_s)) }));
    QVERIFY2(clocks.result, qPrintable(clocks.problem));
    QCOMPARE(describe(clocks),
        QStringList({ u"acme gdpr-33-1 due 102: entry 2 at 100"_s, u"acme gdpr-34-1 due null: -"_s,
            u"cumulus gdpr-33-2 -> northwind due null: -"_s,
            u"northwind gdpr-33-2 -> acme due null: entry 1 at 30"_s }));
    QCOMPARE(describe(clocks.result->parties),
        QStringList({ u"cumulus 0 -"_s, u"northwind 24 cumulus"_s, u"acme 30 northwind"_s }));

    const ExerciseClock &gdpr = clocks.clocks[0];
    QCOMPARE(clockState(gdpr, 20), ClockState::NotStarted);
    QCOMPARE(clockState(gdpr, 50), ClockState::Running); // 52 h left
    QCOMPARE(clockState(gdpr, 77), ClockState::Running); // 25 h left
    QCOMPARE(clockState(gdpr, 78), ClockState::DueWithin24h); // 24 h left, as statusKey says
    QCOMPARE(clockState(gdpr, 80), ClockState::DueWithin24h); // 22 h left
    QCOMPARE(clockState(gdpr, 99.5), ClockState::DueWithin24h); // notified later
    QCOMPARE(clockState(gdpr, 100), ClockState::Met);
    QCOMPARE(clockState(gdpr, 168), ClockState::Met);
    QCOMPARE(outcome(gdpr, 168), Outcome::Met);
    QCOMPARE(clockState(clocks.clocks[1], 30), ClockState::NoDeadline);
    QCOMPARE(outcome(clocks.clocks[1], 168), Outcome::Open);
    QCOMPARE(clockState(clocks.clocks[3], 29), ClockState::NoDeadline);
    QCOMPARE(clockState(clocks.clocks[3], 30), ClockState::Met);
    QCOMPARE(outcome(clocks.clocks[3], 168), Outcome::Met);
    QCOMPARE(outcome(clocks.clocks[2], 168), Outcome::Open);

    QCOMPARE(nextDeadlines(clocks, 50, 3), QVector<int> { 0 });
    QCOMPARE(nextDeadlines(clocks, 50, 0), QVector<int> {});
    QCOMPARE(nextDeadlines(clocks, 100, 3), QVector<int> {}); // met
    QCOMPARE(nextDeadlines(clocks, 20, 3), QVector<int> { 0 }); // not started, still ahead

    // Told at 110 h instead: late by 8 h; overdue in between.
    const ExerciseClocks late = exerciseClocks(chainModel(), shipped(),
        chainExercise({ logged(30, u"Northwind told acme"_s,
                            notified(u"northwind"_s, u"gdpr-33-2"_s, u"acme"_s)),
            logged(110, u"Acme told the authority"_s, notified(u"acme"_s, u"gdpr-33-1"_s)) }));
    QCOMPARE(clockState(late.clocks[0], 102), ClockState::DueWithin24h); // due at 102 itself
    QCOMPARE(clockState(late.clocks[0], 105), ClockState::Overdue);
    QCOMPARE(clockState(late.clocks[0], 110), ClockState::MetLate);
    QCOMPARE(outcome(late.clocks[0], 168), Outcome::MetLate);
    QCOMPARE(nextDeadlines(late, 105, 3), QVector<int> {}); // overdue is not ahead
    QCOMPARE(overdueCount(late, 105), 1);
    QCOMPARE(overdueCount(late, 110), 0);

    // Nobody logs anything: acme learns at 72 h (the contracts), due 144;
    // by the end of a 168 h exercise missed, of a 120 h one still open.
    const ExerciseClocks silent = exerciseClocks(chainModel(), shipped(), chainExercise({}));
    QCOMPARE(silent.clocks[0].obligation.dueHours, std::optional<double>(144.0));
    QVERIFY(!silent.clocks[0].logEntry);
    QCOMPARE(clockState(silent.clocks[0], 150), ClockState::Overdue);
    QCOMPARE(outcome(silent.clocks[0], 168), Outcome::Missed);
    QCOMPARE(outcome(silent.clocks[0], 144), Outcome::Missed);
    QCOMPARE(outcome(silent.clocks[0], 120), Outcome::Open);

    // A mark that names no obligation, or a controller the model does not
    // have, stops nothing and moves nobody's awareness.
    const ExerciseClocks stray = exerciseClocks(chainModel(), shipped(),
        chainExercise(
            { logged(5, u"Told someone"_s, notified(u"northwind"_s, u"gdpr-33-2"_s, u"gone"_s)),
                logged(6, u"Told the authority"_s, notified(u"acme"_s, u"gdpr-33-3"_s)) }));
    QVERIFY2(stray.result, qPrintable(stray.problem));
    QCOMPARE(describe(stray), describe(silent));

    // No vendor, or one the model lost: no clocks, and why.
    Exercise none = chainExercise({});
    none.settings.vendor.clear();
    QVERIFY(!exerciseClocks(chainModel(), shipped(), none).result);
    QVERIFY(!exerciseClocks(chainModel(), shipped(), none).problem.isEmpty());
    none.settings.vendor = u"gone"_s;
    const ExerciseClocks lost = exerciseClocks(chainModel(), shipped(), none);
    QVERIFY(!lost.result);
    QVERIFY2(lost.problem.contains(u"gone"_s), qPrintable(lost.problem));
}

void TestObligations::clockStates_data()
{
    QTest::addColumn<std::optional<double>>("due");
    QTest::addColumn<std::optional<double>>("notifiedAt");
    QTest::addColumn<double>("at");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("outcomeAt100");

    // The clock starts at 10 h in every row.
    const std::optional<double> none;
    QTest::newRow("before the start")
        << std::optional(50.0) << none << 5.0 << u"not_started"_s << u"missed"_s;
    QTest::newRow("notified before it started")
        << std::optional(50.0) << std::optional(5.0) << 5.0 << u"met"_s << u"met"_s;
    QTest::newRow("running") << std::optional(50.0) << none << 20.0 << u"running"_s << u"missed"_s;
    QTest::newRow("within 24 h") << std::optional(50.0) << none << 30.0 << u"due_within_24h"_s
                                 << u"missed"_s;
    QTest::newRow("at the due time")
        << std::optional(50.0) << none << 50.0 << u"due_within_24h"_s << u"missed"_s;
    QTest::newRow("overdue") << std::optional(50.0) << none << 50.5 << u"overdue"_s << u"missed"_s;
    QTest::newRow("met at the due time")
        << std::optional(50.0) << std::optional(50.0) << 60.0 << u"met"_s << u"met"_s;
    QTest::newRow("met late") << std::optional(50.0) << std::optional(51.0) << 60.0 << u"met_late"_s
                              << u"met_late"_s;
    QTest::newRow("notified after t") << std::optional(50.0) << std::optional(51.0) << 45.0
                                      << u"due_within_24h"_s << u"met_late"_s;
    QTest::newRow("due after the end")
        << std::optional(150.0) << none << 60.0 << u"running"_s << u"open"_s;
    QTest::newRow("no deadline") << none << none << 60.0 << u"no_deadline"_s << u"open"_s;
    QTest::newRow("no deadline, notified")
        << none << std::optional(70.0) << 80.0 << u"met"_s << u"met"_s;
}

void TestObligations::clockStates()
{
    QFETCH(std::optional<double>, due);
    QFETCH(std::optional<double>, notifiedAt);
    QFETCH(double, at);
    QFETCH(QString, state);
    QFETCH(QString, outcomeAt100);

    ExerciseClock c;
    c.obligation.clockStartsHours = 10.0;
    c.obligation.dueHours = due;
    c.notifiedHours = notifiedAt;
    if (notifiedAt)
        c.logEntry = 0;
    QCOMPARE(clockStateKey(clockState(c, at)), state);
    QCOMPARE(outcomeKey(outcome(c, 100.0)), outcomeAt100);
}

// t = 0 is the exercise's start in UTC; the controllers that marks name
// become aware when told.
void TestObligations::exerciseIncidentFromTheExercise()
{
    Exercise e = chainExercise(
        { logged(30, u"Northwind told acme"_s, notified(u"northwind"_s, u"gdpr-33-2"_s, u"acme"_s)),
            logged(40, u"Acme told the authority"_s, notified(u"acme"_s, u"gdpr-33-1"_s)) });
    e.settings.start = QDateTime(QDate(2025, 11, 9), QTime(10, 0), QTimeZone(3600));
    const Incident incident = exerciseIncident(chainModel(), e);
    QCOMPARE(incident.seeds, (QVector<sim::TimedNode> { { u"cumulus"_s, 0.0 } }));
    QCOMPARE(incident.start, utc(2025, 11, 9, 9));
    QCOMPARE(incident.start.timeSpec(), Qt::UTC);
    QCOMPARE(incident.aware, (QVector<sim::TimedNode> { { u"acme"_s, 30.0 } }));
    QVERIFY(!incident.atHours);
    e.settings.start = QDateTime();
    QCOMPARE(exerciseIncident(chainModel(), e).start, defaultStart());
}

// No contract: 24 h a hop. northwind 0 + 24 = 24, acme 24 + 24 = 48, GDPR
// due 48 + 72 = 120.
void TestObligations::edgeWithoutContract()
{
    const ObligationsResult r = compute(chainModel(false), seededAt(QStringLiteral("cumulus")));
    QCOMPARE(describe(r.parties),
        QStringList({ QStringLiteral("cumulus 0 -"), QStringLiteral("northwind 24 cumulus"),
            QStringLiteral("acme 48 northwind") }));
    QCOMPARE(describe(r.obligations).first(), QStringLiteral("acme gdpr-33-1 @48 due 120"));
}

// ctl owns "a" (personal) and sends it to proc (SLA 10) and straight to
// seed (SLA `direct`); proc sends it to seed (SLA 30). proc is aware at
// 0 + 30 = 30; ctl at min(30 + 10, 0 + direct).
void TestObligations::earliestPathWins_data()
{
    QTest::addColumn<double>("direct");
    QTest::addColumn<QStringList>("parties");
    QTest::addColumn<QString>("controllerObligation");
    // min(40, 50) = 40 through proc; GDPR due 40 + 72 = 112.
    QTest::newRow("through the processor")
        << 50.0
        << QStringList({ QStringLiteral("seed 0 -"), QStringLiteral("proc 30 seed"),
               QStringLiteral("ctl 40 proc") })
        << QStringLiteral("ctl gdpr-33-1 @40 due 112");
    // min(40, 5) = 5 straight from seed; due 5 + 72 = 77.
    QTest::newRow("direct") << 5.0
                            << QStringList({ QStringLiteral("seed 0 -"),
                                   QStringLiteral("ctl 5 seed"), QStringLiteral("proc 30 seed") })
                            << QStringLiteral("ctl gdpr-33-1 @5 due 77");
    // A tie (40 both ways) goes to the teller that became aware first: seed.
    QTest::newRow("tie") << 40.0
                         << QStringList({ QStringLiteral("seed 0 -"),
                                QStringLiteral("proc 30 seed"), QStringLiteral("ctl 40 seed") })
                         << QStringLiteral("ctl gdpr-33-1 @40 due 112");
}

void TestObligations::earliestPathWins()
{
    QFETCH(double, direct);
    QFETCH(QStringList, parties);
    QFETCH(QString, controllerObligation);
    const Model m = makeModel(
        { party(QStringLiteral("ctl"), QStringLiteral("controller"), QStringLiteral("DE")),
            party(QStringLiteral("proc"), QStringLiteral("processor"), QStringLiteral("DE")),
            party(QStringLiteral("seed"), QStringLiteral("subprocessor"), QStringLiteral("DE")) },
        { asset(QStringLiteral("a"), QStringLiteral("ctl"), true) },
        { flow(QStringLiteral("e0"), QStringLiteral("ctl"), QStringLiteral("proc"),
              { QStringLiteral("a") }, 10.0),
            flow(QStringLiteral("e1"), QStringLiteral("proc"), QStringLiteral("seed"),
                { QStringLiteral("a") }, 30.0),
            flow(QStringLiteral("e2"), QStringLiteral("ctl"), QStringLiteral("seed"),
                { QStringLiteral("a") }, direct) });
    const ObligationsResult r = compute(m, seededAt(QStringLiteral("seed")));
    QCOMPARE(describe(r.parties), parties);
    QVERIFY2(describe(r.obligations).contains(controllerObligation),
        qPrintable(describe(r.obligations).join(u'\n')));
    // seed holds "a" from both senders: it owes 33(2) to each.
    QCOMPARE(describe(r.obligations).filter(QStringLiteral("seed gdpr-33-2")),
        QStringList({ QStringLiteral("seed gdpr-33-2 @0 due null -> ctl"),
            QStringLiteral("seed gdpr-33-2 @0 due null -> proc") }));
}

// The seed s holds b (from u) and a (its own). It sends a downstream to d
// (whose copy was not breached: d is not told), u sends z to d (not
// exposed), w sends s nothing (w is not told). Exposed: b, a in model order.
void TestObligations::holdersDownstreamAreNotTold()
{
    const Model m = makeModel(
        { party(QStringLiteral("u"), QStringLiteral("controller"), QStringLiteral("DE")),
            party(QStringLiteral("s"), QStringLiteral("processor"), QStringLiteral("DE")),
            party(QStringLiteral("d"), QStringLiteral("processor"), QStringLiteral("DE")),
            party(QStringLiteral("w"), QStringLiteral("controller"), QStringLiteral("DE")) },
        { asset(QStringLiteral("b"), QStringLiteral("u"), true),
            asset(QStringLiteral("a"), QStringLiteral("s"), false),
            asset(QStringLiteral("z"), QStringLiteral("u"), true) },
        { flow(QStringLiteral("e0"), QStringLiteral("u"), QStringLiteral("s"),
              { QStringLiteral("b") }),
            flow(QStringLiteral("e1"), QStringLiteral("s"), QStringLiteral("d"),
                { QStringLiteral("a") }),
            flow(QStringLiteral("e2"), QStringLiteral("u"), QStringLiteral("d"),
                { QStringLiteral("z") }),
            flow(QStringLiteral("e3"), QStringLiteral("w"), QStringLiteral("s"), {}) });
    const ObligationsResult r = compute(m, seededAt(QStringLiteral("s")));
    QCOMPARE(r.exposedData, QStringList({ QStringLiteral("b"), QStringLiteral("a") }));
    QCOMPARE(
        describe(r.parties), QStringList({ QStringLiteral("s 0 -"), QStringLiteral("u 24 s") }));
    // u holds b and z; only b is exposed, and it is personal.
    QCOMPARE(describe(r.obligations),
        QStringList({ QStringLiteral("u gdpr-33-1 @24 due 96"),
            QStringLiteral("s gdpr-33-2 @0 due null -> u"),
            QStringLiteral("u gdpr-34-1 @24 due null") }));
}

// A processor with two controllers owes each its notice; each is told
// 24 h later.
void TestObligations::processorWithTwoControllers()
{
    const Model m = makeModel(
        { party(QStringLiteral("c2"), QStringLiteral("controller"), QStringLiteral("KE")),
            party(QStringLiteral("c1"), QStringLiteral("controller"), QStringLiteral("KE")),
            party(QStringLiteral("p"), QStringLiteral("processor"), QStringLiteral("KE")) },
        { asset(QStringLiteral("x"), QStringLiteral("c2"), true),
            asset(QStringLiteral("y"), QStringLiteral("c1"), true) },
        { flow(QStringLiteral("e0"), QStringLiteral("c2"), QStringLiteral("p"),
              { QStringLiteral("x") }),
            flow(QStringLiteral("e1"), QStringLiteral("c1"), QStringLiteral("p"),
                { QStringLiteral("y") }) });
    const ObligationsResult r = compute(m, seededAt(QStringLiteral("p")));
    // Ties at 24 h keep model order: c2 before c1.
    QCOMPARE(describe(r.parties),
        QStringList(
            { QStringLiteral("p 0 -"), QStringLiteral("c2 24 p"), QStringLiteral("c1 24 p") }));
    // Kenya s.43(3): 48 h to each controller; s.43(1)(a) 24 + 72 = 96.
    QCOMPARE(describe(r.obligations),
        QStringList({ QStringLiteral("p ke-dpa-43-3 @0 due 48 -> c1"),
            QStringLiteral("p ke-dpa-43-3 @0 due 48 -> c2"),
            QStringLiteral("c1 ke-dpa-43-1a @24 due 96"),
            QStringLiteral("c2 ke-dpa-43-1a @24 due 96"),
            QStringLiteral("c1 ke-dpa-43-1b @24 due null"),
            QStringLiteral("c2 ke-dpa-43-1b @24 due null") }));
    QCOMPARE(r.obligations.first().notifyNode, QStringLiteral("c1"));
}

// --aware on the chain (seed cumulus at 0 unless the row says otherwise).
void TestObligations::awareOverrides_data()
{
    QTest::addColumn<QVector<sim::TimedNode>>("aware");
    QTest::addColumn<QStringList>("parties");
    QTest::addColumn<QString>("gdpr");
    // acme told at 400 instead of 72; due 400 + 72 = 472; still told by
    // northwind.
    QTest::newRow("controller told late")
        << QVector<sim::TimedNode> { { QStringLiteral("acme"), 400.0 } }
        << QStringList({ QStringLiteral("cumulus 0 -"), QStringLiteral("northwind 24 cumulus"),
               QStringLiteral("acme 400 northwind") })
        << QStringLiteral("acme gdpr-33-1 @400 due 472");
    // northwind at 10 propagates: acme 10 + 48 = 58, due 130.
    QTest::newRow("processor told early")
        << QVector<sim::TimedNode> { { QStringLiteral("northwind"), 10.0 } }
        << QStringList({ QStringLiteral("cumulus 0 -"), QStringLiteral("northwind 10 cumulus"),
               QStringLiteral("acme 58 northwind") })
        << QStringLiteral("acme gdpr-33-1 @58 due 130");
    // The seed itself aware at 5: northwind 29, acme 77, due 149.
    QTest::newRow("seed aware later")
        << QVector<sim::TimedNode> { { QStringLiteral("cumulus"), 5.0 } }
        << QStringList({ QStringLiteral("cumulus 5 -"), QStringLiteral("northwind 29 cumulus"),
               QStringLiteral("acme 77 northwind") })
        << QStringLiteral("acme gdpr-33-1 @77 due 149");
    // Given twice: the smaller time, 100; due 172.
    QTest::newRow("twice") << QVector<sim::TimedNode> { { QStringLiteral("acme"), 300.0 },
        { QStringLiteral("acme"), 100.0 } }
                           << QStringList({ QStringLiteral("cumulus 0 -"),
                                  QStringLiteral("northwind 24 cumulus"),
                                  QStringLiteral("acme 100 northwind") })
                           << QStringLiteral("acme gdpr-33-1 @100 due 172");
}

void TestObligations::awareOverrides()
{
    QFETCH(QVector<sim::TimedNode>, aware);
    QFETCH(QStringList, parties);
    QFETCH(QString, gdpr);
    Incident incident = seededAt(QStringLiteral("cumulus"));
    incident.aware = aware;
    const ObligationsResult r = compute(chainModel(), incident);
    QCOMPARE(describe(r.parties), parties);
    QCOMPARE(describe(r.obligations).first(), gdpr);
}

// dueHours() on the calendar: t = 0 at `start`.
void TestObligations::dueTimes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("clockStarts");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<double>("due");
    const QDateTime monday = defaultStart();
    // 10 + 72.
    QTest::newRow("hours") << "hours" << 72 << 10.0 << monday << 82.0;
    // Monday 00:00 + 3 business days = Thursday 00:00 = 72 h.
    QTest::newRow("3 days from Monday") << "days" << 3 << 0.0 << monday << 72.0;
    // 100 h = Friday 04:00; Mon, Tue, Wed -> Wednesday 04:00 of the next
    // week = 168 + 48 + 4 = 220.
    QTest::newRow("3 days from Friday") << "days" << 3 << 100.0 << monday << 220.0;
    // 4 days from Friday 04:00: Thursday 04:00 = 168 + 72 + 4 = 244.
    QTest::newRow("4 days from Friday") << "days" << 4 << 100.0 << monday << 244.0;
    // 96 h = Friday 00:00 + 1 = Monday 00:00 = 168.
    QTest::newRow("1 day from Friday") << "days" << 1 << 96.0 << monday << 168.0;
    // 130 h = Saturday 10:00: counts from Monday 00:00 (168) -> Thursday
    // 00:00 = 168 + 72 = 240.
    QTest::newRow("3 days from Saturday") << "days" << 3 << 130.0 << monday << 240.0;
    // 150 h = Sunday 06:00: the same 240.
    QTest::newRow("3 days from Sunday") << "days" << 3 << 150.0 << monday << 240.0;
    // 2025-01-31 is a Friday: + 3 = Wednesday 2025-02-05 00:00 = 5 days =
    // 120 h.
    QTest::newRow("3 days from Friday 2025-01-31")
        << "days" << 3 << 0.0 << utc(2025, 1, 31) << 120.0;
    // 1970-01-08 00:00 + 1 month = 1970-02-08 00:00; from t = 0 that is
    // 34 days = 816 h.
    QTest::newRow("month from 1970-01-08") << "months" << 1 << 72.0 << monday << 816.0;
    // 2025-01-28 09:00 + 72 h = 2025-01-31 09:00; + 1 month = 2025-02-28
    // 09:00 (the month's last day); from t = 0: 31 days = 744 h.
    QTest::newRow("month from 31 January") << "months" << 1 << 72.0 << utc(2025, 1, 28, 9) << 744.0;
    // Leap year: 2024-01-31 09:00 + 1 month = 2024-02-29 09:00; from
    // 2024-01-28 09:00: 32 days = 768 h.
    QTest::newRow("month into a leap February")
        << "months" << 1 << 72.0 << utc(2024, 1, 28, 9) << 768.0;
    // 2025-03-31 + 1 month = 2025-04-30: 30 days = 720 h.
    QTest::newRow("month from 31 March") << "months" << 1 << 0.0 << utc(2025, 3, 31) << 720.0;
    // 2025-12-15 + 1 month = 2026-01-15: 31 days = 744 h.
    QTest::newRow("month over a year") << "months" << 1 << 0.0 << utc(2025, 12, 15) << 744.0;
    // 2025-01-15 + 12.5 h = 12:30; + 2 months = 2025-03-15 12:30: 59 days
    // (31 + 28) = 1416 h, + 12.5 = 1428.5.
    QTest::newRow("two months, half hours") << "months" << 2 << 12.5 << utc(2025, 1, 15) << 1428.5;
}

void TestObligations::dueTimes()
{
    QFETCH(QString, kind);
    QFETCH(int, count);
    QFETCH(double, clockStarts);
    QFETCH(QDateTime, start);
    QFETCH(double, due);
    Rule rule;
    if (kind == u"hours")
        rule.deadlineHours = count;
    else if (kind == u"days")
        rule.deadlineBusinessDays = count;
    else
        rule.deadlineMonths = count;
    QCOMPARE(dueHours(rule, clockStarts, start), std::optional(due));
    QCOMPARE(dueHours(Rule(), clockStarts, start), std::nullopt);
}

// The calendar rules for whole parties, with --start and the seed's time.
void TestObligations::calendarRulesOfAParty_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<double>("seedAt");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QStringList>("expected");
    // Brazil from Friday 04:00 (100 h): Wednesday 04:00 = 220.
    QTest::newRow("Brazil from a Friday")
        << "BR" << QStringList() << 100.0 << defaultStart()
        << QStringList({ QStringLiteral("n br-lgpd-48-anpd @100 due 220"),
               QStringLiteral("n br-lgpd-48-titulares @100 due 220") });
    // Brazil from Saturday 10:00 (130 h): Thursday 00:00 = 240.
    QTest::newRow("Brazil from a Saturday")
        << "BR" << QStringList() << 130.0 << defaultStart()
        << QStringList({ QStringLiteral("n br-lgpd-48-anpd @130 due 240"),
               QStringLiteral("n br-lgpd-48-titulares @130 due 240") });
    // NIS2 from 2025-01-28 09:00: 4a 24, 4b 72 (= 2025-01-31 09:00), 4d
    // 2025-02-28 09:00 = 744.
    QTest::newRow("NIS2 final report at the end of February")
        << "DE" << QStringList { QStringLiteral("nis2") } << 0.0 << utc(2025, 1, 28, 9)
        << QStringList(
               { QStringLiteral("n nis2-23-4a @0 due 24"), QStringLiteral("n nis2-23-4b @0 due 72"),
                   QStringLiteral("n nis2-23-4d @72 due 744") });
    // DORA's final report after the intermediate one (72 h), the same month
    // boundary: 744.
    QTest::newRow("DORA final report")
        << "DE" << QStringList { QStringLiteral("dora") } << 0.0 << utc(2025, 1, 28, 9)
        << QStringList({ QStringLiteral("n dora-19-initial-classification @0 due 4"),
               QStringLiteral("n dora-19-initial-awareness @0 due 24"),
               QStringLiteral("n dora-19-intermediate @0 due 72"),
               QStringLiteral("n dora-19-final @72 due 744") });
}

void TestObligations::calendarRulesOfAParty()
{
    QFETCH(QString, jurisdiction);
    QFETCH(QStringList, tags);
    QFETCH(double, seedAt);
    QFETCH(QDateTime, start);
    QFETCH(QStringList, expected);
    // Role none for the tagged rows keeps GDPR and Brazil's controller rules
    // out of them; Brazil needs a controller.
    const QString role = tags.isEmpty() ? QStringLiteral("controller") : QStringLiteral("none");
    const Model m = makeModel({ party(QStringLiteral("n"), role, jurisdiction, tags) },
        { asset(QStringLiteral("a"), QStringLiteral("n"), true) });
    Incident incident = seededAt(QStringLiteral("n"), seedAt);
    incident.start = start;
    QCOMPARE(describe(compute(m, incident).obligations), expected);
}

// Status at --at for the chain's GDPR 33(1), due 144; the others have no
// due time and are running.
void TestObligations::status_data()
{
    QTest::addColumn<double>("at");
    QTest::addColumn<QString>("gdpr");
    QTest::addColumn<QString>("other");
    // 144 - 100 = 44 > 24.
    QTest::newRow("running") << 100.0 << "running"
                             << "running";
    // 144 - 120 = 24: within 24 h.
    QTest::newRow("24 h left") << 120.0 << "due_within_24h"
                               << "running";
    QTest::newRow("14 h left") << 130.0 << "due_within_24h"
                               << "running";
    // Due at the very hour: not yet overdue.
    QTest::newRow("due now") << 144.0 << "due_within_24h"
                             << "running";
    QTest::newRow("overdue") << 144.5 << "overdue"
                             << "running";
}

void TestObligations::status()
{
    QFETCH(double, at);
    QFETCH(QString, gdpr);
    QFETCH(QString, other);
    Incident incident = seededAt(QStringLiteral("cumulus"));
    incident.atHours = at;
    const ObligationsResult r = compute(chainModel(), incident);
    QCOMPARE(r.obligations.size(), 4);
    QCOMPARE(statusKey(*r.obligations[0].status), gdpr);
    for (qsizetype i = 1; i < r.obligations.size(); ++i)
        QCOMPARE(statusKey(*r.obligations[i].status), other);
    QVERIFY(!compute(chainModel(), seededAt(QStringLiteral("cumulus"))).obligations[0].status);
}

void TestObligations::badIncident_data()
{
    QTest::addColumn<QVector<sim::TimedNode>>("seeds");
    QTest::addColumn<QVector<sim::TimedNode>>("aware");
    QTest::addColumn<QString>("error");
    using Nodes = QVector<sim::TimedNode>;
    QTest::newRow("no seed") << Nodes() << Nodes()
                             << QStringLiteral("an incident needs at least one seed node");
    QTest::newRow("unknown seed") << Nodes { { QStringLiteral("ghost"), 0.0 } } << Nodes()
                                  << QStringLiteral("unknown node id \"ghost\" in seed");
    QTest::newRow("unknown aware")
        << Nodes { { QStringLiteral("acme"), 0.0 } } << Nodes { { QStringLiteral("ghost"), 1.0 } }
        << QStringLiteral("unknown node id \"ghost\" in aware");
    QTest::newRow("negative time")
        << Nodes { { QStringLiteral("acme"), -1.0 } } << Nodes()
        << QStringLiteral("seed time of \"acme\" must be finite and at least 0");
    QTest::newRow("infinite aware time")
        << Nodes { { QStringLiteral("acme"), 0.0 } }
        << Nodes { { QStringLiteral("acme"), std::numeric_limits<double>::infinity() } }
        << QStringLiteral("aware time of \"acme\" must be finite and at least 0");
}

void TestObligations::badIncident()
{
    QFETCH(QVector<sim::TimedNode>, seeds);
    QFETCH(QVector<sim::TimedNode>, aware);
    QFETCH(QString, error);
    Incident incident;
    incident.seeds = seeds;
    incident.aware = aware;
    const ObligationsOutcome outcome = computeObligations(chainModel(), shipped(), incident);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error, error);
}

void TestObligations::startText()
{
    QCOMPARE(obligations::startText(defaultStart()), QStringLiteral("1970-01-05T00:00Z"));
    QCOMPARE(defaultStart().date().dayOfWeek(), 1);
    QCOMPARE(
        parseStart(QStringLiteral("2025-11-25T09:30Z")), std::optional(utc(2025, 11, 25, 9, 30)));
    for (const char *bad : { "2025-11-25", "2025-11-25T09:30", "2025-02-30T00:00Z",
             "2025-11-25T24:00Z", "2025-11-25 09:30Z", "2025-11-25T09:30:00Z", "" })
        QVERIFY2(!parseStart(QString::fromLatin1(bad)), bad);
}

void TestObligations::json()
{
    const ObligationsResult r = compute(chainModel(), seededAt(QStringLiteral("cumulus")));
    QCOMPARE(writeObligationsJson(shipped(), r), kChainJson);
}

// With --start and --at: the start in the incident, a status per
// obligation (GDPR due 144, at 130: within 24 h).
void TestObligations::jsonWithStatusAndStart()
{
    Incident incident = seededAt(QStringLiteral("cumulus"));
    incident.start = utc(2025, 11, 25, 9, 30);
    incident.atHours = 130;
    const QByteArray json = writeObligationsJson(shipped(), compute(chainModel(), incident));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(
        o.value(QStringLiteral("incident")).toObject().value(QStringLiteral("start")).toString(),
        QStringLiteral("2025-11-25T09:30Z"));
    const QJsonArray obligations = o.value(QStringLiteral("obligations")).toArray();
    QCOMPARE(obligations.size(), 4);
    QCOMPARE(obligations[0].toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("due_within_24h"));
    QCOMPARE(obligations[3].toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("running"));
    QCOMPARE(obligations[0].toObject().keys().size(), 11);
}

// Each kind of gap, found or not, worked out from the rules file by hand
// (today 2026-01-01):
// - e1 acme (controller, DE) -> northwind (US), personal, DPA, SCC, reviewed
//   2025-06-01 (within a year): no gap.
// - e2 acme -> helphub (DE), personal, SLA 96 h, no DPA: no_dpa; DE -> DE is
//   no transfer; acme's clocks in hours: gdpr-33-1, 72 h (the NIS2 and DORA
//   rules need tags acme lacks), 96 > 72: sla_beyond_statute.
// - e3 acme -> cumulus (US), personal, DPA, transfer "none": DE leaves the
//   EU/EEA: no_transfer_mechanism.
// - e4 northwind -> cumulus, usage data only, reviewed 2024-12-31: a year
//   later is 2025-12-31, before today: stale_review; not personal: no DPA
//   needed.
// - e5 gbco (controller, GB) -> northwind, personal, no contract: no_dpa,
//   and GB leaves the UK: no_transfer_mechanism.
// - e6 acme -> helphub, usage data only, SLA 200 h: no rule with a number of
//   hours fires for acme without personal data: no gap.
// - e7 acme -> kenyan (processor, KE), personal with subjects in KE, DPA,
//   adequacy, SLA 60 h: the clock it feeds is acme's, gdpr-33-1 72 h
//   (ke-dpa-43-1a, 72 h, comes in through the subjects, no shorter):
//   60 < 72, no gap.
// - e8 kenyan -> subke (subprocessor, KE), personal, DPA, SLA 60 h: kenyan's
//   own clock as processor is ke-dpa-43-3, 48 h: sla_beyond_statute.
void TestObligations::contractGaps()
{
    const auto contract = [](Edge e, bool dpa, const QString &transfer, const QString &reviewed) {
        e.contract.dpa = dpa;
        e.contract.transferMechanism = transfer;
        e.contract.reviewed = reviewed;
        return e;
    };
    const Model m = makeModel(
        { party(u"acme"_s, u"controller"_s, u"DE"_s),
            party(u"northwind"_s, u"processor"_s, u"US"_s),
            party(u"helphub"_s, u"processor"_s, u"DE"_s),
            party(u"cumulus"_s, u"subprocessor"_s, u"US"_s),
            party(u"gbco"_s, u"controller"_s, u"GB"_s), party(u"kenyan"_s, u"processor"_s, u"KE"_s),
            party(u"subke"_s, u"subprocessor"_s, u"KE"_s) },
        { asset(u"profiles"_s, u"acme"_s, true), asset(u"usage"_s, u"acme"_s, false),
            asset(u"gbdata"_s, u"gbco"_s, true), asset(u"kedata"_s, u"acme"_s, true, { u"KE"_s }) },
        { contract(flow(u"e1"_s, u"acme"_s, u"northwind"_s, { u"profiles"_s }), true, u"scc"_s,
              u"2025-06-01"_s),
            flow(u"e2"_s, u"acme"_s, u"helphub"_s, { u"profiles"_s }, 96.0),
            contract(
                flow(u"e3"_s, u"acme"_s, u"cumulus"_s, { u"profiles"_s }), true, u"none"_s, {}),
            contract(flow(u"e4"_s, u"northwind"_s, u"cumulus"_s, { u"usage"_s }), false, {},
                u"2024-12-31"_s),
            flow(u"e5"_s, u"gbco"_s, u"northwind"_s, { u"gbdata"_s }),
            flow(u"e6"_s, u"acme"_s, u"helphub"_s, { u"usage"_s }, 200.0),
            contract(flow(u"e7"_s, u"acme"_s, u"kenyan"_s, { u"kedata"_s }, 60.0), true,
                u"adequacy"_s, {}),
            contract(
                flow(u"e8"_s, u"kenyan"_s, u"subke"_s, { u"kedata"_s }, 60.0), true, {}, {}) });
    const QVector<ContractGap> gaps = obligations::contractGaps(m, shipped(), QDate(2026, 1, 1));
    const QVector<ContractGap> expected = {
        { u"e2"_s, GapKind::NoDpa, {}, 0.0, 0.0 },
        { u"e2"_s, GapKind::SlaBeyondStatute, u"gdpr-33-1"_s, 96.0, 72.0 },
        { u"e3"_s, GapKind::NoTransferMechanism, {}, 0.0, 0.0 },
        { u"e4"_s, GapKind::StaleReview, {}, 0.0, 0.0 },
        { u"e5"_s, GapKind::NoDpa, {}, 0.0, 0.0 },
        { u"e5"_s, GapKind::NoTransferMechanism, {}, 0.0, 0.0 },
        { u"e8"_s, GapKind::SlaBeyondStatute, u"ke-dpa-43-3"_s, 60.0, 48.0 },
    };
    QCOMPARE(gaps, expected);
    QCOMPARE(gapText(m, shipped(), gaps[0]),
        u"edge \"e2\" (acme -> helphub): personal data flows with no DPA"_s);
    QCOMPARE(gapText(m, shipped(), gaps[1]),
        u"edge \"e2\" (acme -> helphub): the notification SLA of 96 h is longer than the 72 h "
        "of EU GDPR (Regulation (EU) 2016/679, Art. 33(1)) that acme's own notice runs under"_s);
    QCOMPARE(gapText(m, shipped(), gaps[2]),
        u"edge \"e3\" (acme -> cumulus): personal data leaves the EU/EEA for US with no "
        "transfer mechanism"_s);
    QCOMPARE(gapText(m, shipped(), gaps[3]),
        u"edge \"e4\" (northwind -> cumulus): the contract was last reviewed on 2024-12-31, "
        "more than a year ago"_s);
    QCOMPARE(gapText(m, shipped(), gaps[5]),
        u"edge \"e5\" (gbco -> northwind): personal data leaves the UK for US with no "
        "transfer mechanism"_s);
    // A review exactly a year before today is not yet stale.
    QCOMPARE(obligations::contractGaps(m, shipped(), QDate(2025, 12, 31)).size(), 6);
}

// Where no edge has a contract, contracts are not being modelled: no gap is
// listed, though personal data flows without a DPA.
void TestObligations::noContractsNoGaps()
{
    const Model m = makeModel({ party(u"acme"_s, u"controller"_s, u"DE"_s),
                                  party(u"northwind"_s, u"processor"_s, u"US"_s) },
        { asset(u"profiles"_s, u"acme"_s, true) },
        { flow(u"e1"_s, u"acme"_s, u"northwind"_s, { u"profiles"_s }) });
    QVERIFY(obligations::contractGaps(m, shipped(), QDate(2026, 1, 1)).isEmpty());
}

// `info` lists the gaps among its warnings: the chain's two flows carry
// personal data under contracts that give an SLA but no DPA.
void TestObligations::cliInfoListsContractGaps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("chain.json"));
    QVERIFY(writeAll(model, kChainModelJson));
    const Run r = runCli({ QStringLiteral("info"), model });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("warnings       2\n"
                            "  edge \"e0\" (acme -> northwind): personal data flows with no DPA\n"
                            "  edge \"e1\" (northwind -> cumulus): personal data flows with no "
                            "DPA\n"),
        r.out.constData());
}

void TestObligations::cliPrintsJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("chain.json"));
    QVERIFY(writeAll(model, kChainModelJson));
    const Run r = runCli({ QStringLiteral("obligations"), model, QStringLiteral("--seed-node"),
        QStringLiteral("cumulus") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, kChainJson);

    // --seed-node cumulus@0 twice and an explicit start: the same output.
    const Run again = runCli({ QStringLiteral("obligations"), QStringLiteral("--seed-node"),
        QStringLiteral("cumulus@0"), model, QStringLiteral("--seed-node=cumulus@6"),
        QStringLiteral("--start"), QStringLiteral("1970-01-05T00:00Z") });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, kChainJson);

    // --aware acme@400 and --at 460: GDPR due 472, 12 h left.
    const Run aware = runCli({ QStringLiteral("obligations"), model, QStringLiteral("--seed-node"),
        QStringLiteral("cumulus"), QStringLiteral("--aware"), QStringLiteral("acme@400"),
        QStringLiteral("--at"), QStringLiteral("460") });
    QCOMPARE(aware.exitCode, 0);
    const QJsonObject first = QJsonDocument::fromJson(aware.out)
                                  .object()
                                  .value(QStringLiteral("obligations"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("gdpr-33-1"));
    QCOMPARE(first.value(QStringLiteral("clock_starts_hours")).toDouble(), 400.0);
    QCOMPARE(first.value(QStringLiteral("due_hours")).toDouble(), 472.0);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("due_within_24h"));
}

void TestObligations::cliWritesOutputFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("chain.json"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeAll(model, kChainModelJson));
    QVERIFY(writeAll(out, "old\n"));
    const Run r = runCli({ QStringLiteral("obligations"), model, QStringLiteral("--seed-node"),
        QStringLiteral("cumulus"), QStringLiteral("-o"), out });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(readAll(out), kChainJson);

    // A failed command leaves it as it was.
    const Run failed = runCli({ QStringLiteral("obligations"), model, QStringLiteral("--seed-node"),
        QStringLiteral("ghost"), QStringLiteral("-o"), out });
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(readAll(out), kChainJson);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList({ QStringLiteral("chain.json"), QStringLiteral("out.json") }));
}

void TestObligations::cliUnknownNode_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("seed") << QStringList { QStringLiteral("--seed-node"),
        QStringLiteral("ghost@3") }
                          << QByteArray(": unknown node id \"ghost\" in seed\n");
    QTest::newRow("aware") << QStringList { QStringLiteral("--seed-node"), QStringLiteral("acme"),
        QStringLiteral("--aware"), QStringLiteral("ghost@3") }
                           << QByteArray(": unknown node id \"ghost\" in aware\n");
}

void TestObligations::cliUnknownNode()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("chain.json"));
    QVERIFY(writeAll(model, kChainModelJson));
    const Run r = runCli(QStringList { QStringLiteral("obligations"), model } + options);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, model.toUtf8() + reason);
}

void TestObligations::cliUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("reason");
    const QString m = QStringLiteral("%M");
    const QString seed = QStringLiteral("--seed-node");
    QTest::newRow("no seed") << QStringList { m }
                             << QByteArray("obligations needs --seed-node ID[@HOURS]");
    QTest::newRow("no model") << QStringList { seed, QStringLiteral("acme") }
                              << QByteArray("obligations needs MODEL");
    QTest::newRow("bad seed hours")
        << QStringList { m, seed, QStringLiteral("acme@soon") }
        << QByteArray("--seed-node: \"acme@soon\" is not ID or ID@HOURS");
    QTest::newRow("negative seed hours") << QStringList { m, seed, QStringLiteral("acme@-1") }
                                         << QByteArray("--seed-node: \"acme@-1\"");
    QTest::newRow("aware without hours") << QStringList { m, seed, QStringLiteral("acme"),
        QStringLiteral("--aware"), QStringLiteral("acme") }
                                         << QByteArray("--aware: \"acme\" is not ID@HOURS");
    QTest::newRow("bad start") << QStringList {
        m, seed, QStringLiteral("acme"), QStringLiteral("--start"),
        QStringLiteral("2025-13-01T00:00Z")
    } << QByteArray("--start: \"2025-13-01T00:00Z\" is not a date and time YYYY-MM-DDTHH:MMZ");
    QTest::newRow("start without zone") << QStringList { m, seed, QStringLiteral("acme"),
        QStringLiteral("--start"), QStringLiteral("2025-11-25T09:30") }
                                        << QByteArray("--start: \"2025-11-25T09:30\" is not");
    QTest::newRow("bad at") << QStringList { m, seed, QStringLiteral("acme"),
        QStringLiteral("--at"), QStringLiteral("-5") }
                            << QByteArray("--at: \"-5\" is not a finite number of hours");
    QTest::newRow("at twice") << QStringList { m, seed, QStringLiteral("acme"),
        QStringLiteral("--at"), QStringLiteral("1"), QStringLiteral("--at"), QStringLiteral("2") }
                              << QByteArray("option --at given more than once");
    QTest::newRow("unknown option") << QStringList { m, seed, QStringLiteral("acme"),
        QStringLiteral("--trials"), QStringLiteral("5") }
                                    << QByteArray("unknown option --trials");
    QTest::newRow("empty -o") << QStringList { m, seed, QStringLiteral("acme"),
        QStringLiteral("-o"), QString() }
                              << QByteArray("-o needs a file name");
    QTest::newRow("two models") << QStringList { m, m, seed, QStringLiteral("acme") }
                                << QByteArray("unexpected argument");
}

void TestObligations::cliUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("chain.json"));
    QVERIFY(writeAll(model, kChainModelJson));
    args.replaceInStrings(QStringLiteral("%M"), model);
    const Run r = runCli(QStringList { QStringLiteral("obligations") } + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.startsWith("weaklink-cli: " + reason), r.err.constData());
    QVERIFY2(r.err.endsWith(" (see weaklink-cli --help)\n") && r.err.count('\n') == 1,
        r.err.constData());
}

// Every command that reads MODEL and writes a JSON result refuses -o naming
// MODEL itself (found by hand: obligations and simulate wrote their result
// over the document they read), before any work, leaving it as it was.
void TestObligations::resultNeverReplacesTheModel_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("obligations") << QStringList { QStringLiteral("obligations"),
        QStringLiteral("--seed-node"), QStringLiteral("cumulus") };
    QTest::newRow("simulate") << QStringList { QStringLiteral("simulate"),
        QStringLiteral("--seed-node"), QStringLiteral("cumulus"), QStringLiteral("--trials"),
        QStringLiteral("10") };
    QTest::newRow("rank") << QStringList { QStringLiteral("rank"), QStringLiteral("--by"),
        QStringLiteral("blast-radius"), QStringLiteral("--trials"), QStringLiteral("10") };
}

void TestObligations::resultNeverReplacesTheModel()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("chain.json"));
    QVERIFY(writeAll(model, kChainModelJson));
    // The same file by another spelling of its path.
    const QString sameFile = dir.path() + QStringLiteral("/./chain.json");
    const Run r = runCli(args << model << QStringLiteral("-o") << sameFile);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.startsWith("weaklink-cli: -o " + sameFile.toUtf8()
                 + " is the model itself; the result would replace it"),
        r.err.constData());
    QCOMPARE(readAll(model), kChainModelJson);
}

void TestObligations::cliHelp()
{
    const Run r = runCli({ QStringLiteral("obligations"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("obligations MODEL --seed-node ID[@HOURS]"));
    QVERIFY(r.out.contains("--aware ID@HOURS"));
    QVERIFY(r.out.contains("Decision support, not legal advice."));
}

QTEST_GUILESS_MAIN(TestObligations)
#include "tst_obligations.moc"
