#include "obligations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

namespace wl::obligations {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kMsecsPerHour = 3600000.0;
// FORMAT.md §5: a hop without a contract SLA takes 24 h, whatever a statute
// says.
constexpr double kDefaultSlaHours = 24.0;

// The 27 EU members and the three further EEA members (IS, LI, NO); Greece
// under its ISO code and its EU code; "EU" and "EEA" themselves.
const QSet<QString> &euEeaCodes()
{
    static const QSet<QString> codes = {
        QStringLiteral("AT"),
        QStringLiteral("BE"),
        QStringLiteral("BG"),
        QStringLiteral("HR"),
        QStringLiteral("CY"),
        QStringLiteral("CZ"),
        QStringLiteral("DK"),
        QStringLiteral("EE"),
        QStringLiteral("FI"),
        QStringLiteral("FR"),
        QStringLiteral("DE"),
        QStringLiteral("GR"),
        QStringLiteral("EL"),
        QStringLiteral("HU"),
        QStringLiteral("IE"),
        QStringLiteral("IT"),
        QStringLiteral("LV"),
        QStringLiteral("LT"),
        QStringLiteral("LU"),
        QStringLiteral("MT"),
        QStringLiteral("NL"),
        QStringLiteral("PL"),
        QStringLiteral("PT"),
        QStringLiteral("RO"),
        QStringLiteral("SK"),
        QStringLiteral("SI"),
        QStringLiteral("ES"),
        QStringLiteral("SE"),
        QStringLiteral("IS"),
        QStringLiteral("LI"),
        QStringLiteral("NO"),
        QStringLiteral("EU"),
        QStringLiteral("EEA"),
    };
    return codes;
}

// The rules' role a node's gdpr_role takes (NOTIFICATION.md): empty for
// "none", which only the "any" rules reach.
QString ruleRole(const QString &gdprRole)
{
    if (gdprRole == u"controller" || gdprRole == u"joint_controller")
        return QStringLiteral("controller");
    if (gdprRole == u"processor" || gdprRole == u"subprocessor")
        return QStringLiteral("processor");
    return {};
}

bool anyMatches(const QStringList &ruleCodes, const QStringList &codes)
{
    for (const QString &r : ruleCodes)
        for (const QString &c : codes)
            if (jurisdictionMatches(r, c))
                return true;
    return false;
}

QString checkTimes(const Model &model, const QVector<sim::TimedNode> &list, const char *what)
{
    for (const sim::TimedNode &n : list) {
        if (model.nodeIndex(n.node) < 0)
            return QStringLiteral("unknown node id \"%1\" in %2").arg(n.node, QLatin1String(what));
        if (!std::isfinite(n.atHours) || n.atHours < 0.0)
            return QStringLiteral("%1 time of \"%2\" must be finite and at least 0")
                .arg(QLatin1String(what), n.node);
    }
    return {};
}

// The last moment the calendar computations handle.
QDateTime calendarEnd()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());
}

// The N-th business day (Monday to Friday) after the clock's start, at the
// same time of day; a start on a weekend counts from the next Monday 00:00.
QDateTime addBusinessDays(const QDateTime &from, int days)
{
    QDate date = from.date();
    QTime time = from.time();
    if (date.dayOfWeek() > 5) {
        date = date.addDays(8 - date.dayOfWeek());
        time = QTime(0, 0);
    }
    for (int counted = 0; counted < days;) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            ++counted;
    }
    return QDateTime(date, time, QTimeZone::utc());
}

struct Graph {
    // The assets each node holds: those it owns and those an edge brings it
    // (DOMAIN.md: holders), sorted.
    std::vector<std::vector<int>> held;
    std::vector<bool> exposed;
    // Per node, the edges into it that carry an exposed asset, as (source,
    // SLA hours), in edge order: the news goes from the node to the source.
    std::vector<std::vector<std::pair<int, double>>> upstream;
};

Graph buildGraph(const Model &model, const QVector<sim::TimedNode> &seeds)
{
    Graph g;
    const auto nodeCount = std::size_t(model.nodes().size());
    g.held.resize(nodeCount);
    g.upstream.resize(nodeCount);
    g.exposed.assign(std::size_t(model.data().size()), false);
    for (qsizetype a = 0; a < model.data().size(); ++a)
        g.held[std::size_t(model.nodeIndex(model.data()[a].owner))].push_back(int(a));
    for (const Edge &e : model.edges())
        for (const QString &id : e.data)
            g.held[std::size_t(model.nodeIndex(e.target))].push_back(model.dataIndex(id));
    for (std::vector<int> &list : g.held) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    for (const sim::TimedNode &s : seeds)
        for (int a : g.held[std::size_t(model.nodeIndex(s.node))])
            g.exposed[std::size_t(a)] = true;
    for (const Edge &e : model.edges()) {
        const bool carriesExposed = std::any_of(e.data.cbegin(), e.data.cend(),
            [&](const QString &id) { return g.exposed[std::size_t(model.dataIndex(id))]; });
        if (carriesExposed)
            g.upstream[std::size_t(model.nodeIndex(e.target))].emplace_back(
                model.nodeIndex(e.source),
                e.contract.notificationSlaHours.value_or(kDefaultSlaHours));
    }
    return g;
}

struct Awareness {
    std::vector<double> hours; // infinite: not a party
    std::vector<int> toldBy; // -1: none
};

// Dijkstra from the seeds and the overrides, against the edges that carry
// an exposed asset. Seeds and overridden parties keep their given time; an
// overridden party still records who would have told it first.
Awareness propagate(const Model &model, const Graph &g, const QVector<sim::TimedNode> &seeds,
    const QVector<sim::TimedNode> &aware)
{
    const auto nodeCount = std::size_t(model.nodes().size());
    Awareness w { std::vector<double>(nodeCount, kInfinity), std::vector<int>(nodeCount, -1) };
    std::vector<bool> fixed(nodeCount, false);
    std::vector<bool> seed(nodeCount, false);
    std::vector<double> bestArrival(nodeCount, kInfinity);
    for (const sim::TimedNode &s : seeds) {
        const auto v = std::size_t(model.nodeIndex(s.node));
        w.hours[v] = s.atHours;
        fixed[v] = seed[v] = true;
    }
    for (const sim::TimedNode &a : aware) {
        const auto v = std::size_t(model.nodeIndex(a.node));
        w.hours[v] = a.atHours;
        fixed[v] = true;
    }

    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
    for (std::size_t v = 0; v < nodeCount; ++v)
        if (fixed[v])
            queue.emplace(w.hours[v], int(v));
    std::vector<bool> done(nodeCount, false);
    while (!queue.empty()) {
        const auto [time, v] = queue.top();
        queue.pop();
        if (done[std::size_t(v)])
            continue;
        done[std::size_t(v)] = true;
        for (const auto &[source, sla] : g.upstream[std::size_t(v)]) {
            const auto u = std::size_t(source);
            const double arrival = time + sla;
            if (seed[u] || arrival >= bestArrival[u])
                continue;
            bestArrival[u] = arrival;
            w.toldBy[u] = v;
            if (!fixed[u]) {
                w.hours[u] = arrival;
                queue.emplace(arrival, source);
            }
        }
    }
    return w;
}

// When the rule's clock starts for a party aware at `awareHours`: then, or
// at the due time of its clock_after_rule (checked by the loader: it exists,
// has a deadline, and the chain has no cycle).
double clockStart(const RuleSet &rules, const Rule &rule, double awareHours, const QDateTime &start)
{
    if (rule.clockAfterRule.isEmpty())
        return awareHours;
    const Rule &after = *rules.rule(rule.clockAfterRule);
    return dueHours(after, clockStart(rules, after, awareHours, start), start).value_or(kInfinity);
}

Status statusAt(const std::optional<double> &due, double at)
{
    if (!due || *due - at > 24.0)
        return Status::Running;
    return *due < at ? Status::Overdue : Status::DueWithin24h;
}

// Every rule that fires for the party at node index v (NOTIFICATION.md
// "Which rules fire"), in rule order.
void partyObligations(const Model &model, const RuleSet &rules, const Incident &incident,
    const Graph &g, int v, double awareHours, QVector<Obligation> *out)
{
    const Node &node = model.nodes()[v];
    QStringList subjects;
    bool holdsPersonal = false;
    for (int a : g.held[std::size_t(v)]) {
        const DataAsset &asset = model.data()[a];
        if (!g.exposed[std::size_t(a)] || !asset.personal)
            continue;
        holdsPersonal = true;
        subjects += asset.subjectJurisdictions;
    }
    QStringList upstream;
    QSet<int> seen;
    for (const auto &[source, sla] : g.upstream[std::size_t(v)]) {
        if (seen.contains(source))
            continue;
        seen.insert(source);
        upstream.append(model.nodes()[source].id);
    }

    for (const Rule &rule : rules.rules) {
        const std::optional<Applies> applies = ruleApplies(rule, node, holdsPersonal, subjects);
        if (!applies)
            continue;

        Obligation o;
        o.node = node.id;
        o.rule = rule;
        o.possiblyApplicable = *applies == Applies::Possibly;
        o.clockStartsHours = clockStart(rules, rule, awareHours, incident.start);
        o.dueHours = dueHours(rule, o.clockStartsHours, incident.start);
        if (incident.atHours)
            o.status = statusAt(o.dueHours, *incident.atHours);
        const bool toController = rule.notify == u"controller";
        for (const QString &to :
            toController && !upstream.isEmpty() ? upstream : QStringList { QString() }) {
            o.notifyNode = to;
            out->append(o);
        }
    }
}

} // namespace

QDateTime defaultStart()
{
    return QDateTime(QDate(1970, 1, 5), QTime(0, 0), QTimeZone::utc());
}

QString startText(const QDateTime &start)
{
    return start.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
}

std::optional<QDateTime> parseStart(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}Z$"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

bool jurisdictionMatches(const QString &ruleCode, const QString &code)
{
    if (ruleCode == u"EU")
        return euEeaCodes().contains(code);
    if (ruleCode == u"US")
        return code == u"US" || code.startsWith(u"US-");
    return code == ruleCode;
}

std::optional<Applies> ruleApplies(
    const Rule &rule, const Node &node, bool holdsPersonal, const QStringList &subjects)
{
    if (rule.appliesToRole != u"any" && rule.appliesToRole != ruleRole(node.gdprRole))
        return std::nullopt;
    if (!rule.sectorTag.isEmpty() && !node.tags.contains(rule.sectorTag))
        return std::nullopt;
    if (rule.requiresPersonalData && !holdsPersonal)
        return std::nullopt;
    if (anyMatches(rule.jurisdictions, QStringList { node.jurisdiction }))
        return Applies::Yes;
    if (anyMatches(rule.jurisdictions, subjects))
        return Applies::Possibly;
    return std::nullopt;
}

std::optional<double> dueHours(const Rule &rule, double clockStartsHours, const QDateTime &start)
{
    if (rule.deadlineHours)
        return clockStartsHours + *rule.deadlineHours;
    if (!rule.deadlineBusinessDays && !rule.deadlineMonths)
        return std::nullopt;
    if (!std::isfinite(clockStartsHours)
        || clockStartsHours > double(start.msecsTo(calendarEnd())) / kMsecsPerHour)
        return std::nullopt;
    const QDateTime from = start.addMSecs(std::llround(clockStartsHours * kMsecsPerHour))
                               .toTimeZone(QTimeZone::utc());
    const QDateTime due = rule.deadlineBusinessDays
        ? addBusinessDays(from, *rule.deadlineBusinessDays)
        : from.addMonths(*rule.deadlineMonths);
    return double(start.msecsTo(due)) / kMsecsPerHour;
}

QString statusKey(Status s)
{
    switch (s) {
    case Status::Running: return QStringLiteral("running");
    case Status::DueWithin24h: return QStringLiteral("due_within_24h");
    case Status::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString checkIncident(const Model &model, const Incident &incident)
{
    if (incident.seeds.isEmpty())
        return QStringLiteral("an incident needs at least one seed node");
    if (!incident.start.isValid() || incident.start > calendarEnd())
        return QStringLiteral("the start must be a valid date and time before the year 10000");
    if (incident.atHours && (!std::isfinite(*incident.atHours) || *incident.atHours < 0.0))
        return QStringLiteral("the status time must be finite and at least 0");
    if (QString e = checkTimes(model, incident.seeds, "seed"); !e.isEmpty())
        return e;
    return checkTimes(model, incident.aware, "aware");
}

ObligationsOutcome computeObligations(
    const Model &model, const RuleSet &rules, const Incident &incident)
{
    ObligationsOutcome outcome;
    outcome.error = checkIncident(model, incident);
    if (!outcome.error.isEmpty())
        return outcome;

    ObligationsResult r;
    r.seeds = sim::mergeTimedNodes(incident.seeds);
    r.start = incident.start;
    const Graph g = buildGraph(model, r.seeds);
    for (qsizetype a = 0; a < model.data().size(); ++a)
        if (g.exposed[std::size_t(a)])
            r.exposedData.append(model.data()[a].id);

    const Awareness w = propagate(model, g, r.seeds, sim::mergeTimedNodes(incident.aware));
    std::vector<int> parties;
    for (qsizetype v = 0; v < model.nodes().size(); ++v)
        if (std::isfinite(w.hours[std::size_t(v)]))
            parties.push_back(int(v));
    std::stable_sort(parties.begin(), parties.end(),
        [&w](int a, int b) { return w.hours[std::size_t(a)] < w.hours[std::size_t(b)]; });
    for (int v : parties) {
        const int teller = w.toldBy[std::size_t(v)];
        r.parties.append({ model.nodes()[v].id, w.hours[std::size_t(v)],
            teller < 0 ? QString() : model.nodes()[teller].id });
        partyObligations(model, rules, incident, g, v, w.hours[std::size_t(v)], &r.obligations);
    }

    std::stable_sort(
        r.obligations.begin(), r.obligations.end(), [](const Obligation &a, const Obligation &b) {
            if (a.dueHours.has_value() != b.dueHours.has_value())
                return a.dueHours.has_value();
            if (a.dueHours && *a.dueHours != *b.dueHours)
                return *a.dueHours < *b.dueHours;
            if (a.node != b.node)
                return a.node < b.node;
            if (a.rule.id != b.rule.id)
                return a.rule.id < b.rule.id;
            return a.notifyNode < b.notifyNode;
        });
    outcome.result = std::move(r);
    return outcome;
}

} // namespace wl::obligations
