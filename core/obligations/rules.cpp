#include "rules.h"

#include "io/textposition.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace wl::obligations {

namespace {

const QStringList kRoles
    = { QStringLiteral("controller"), QStringLiteral("processor"), QStringLiteral("any") };

// Reads the fields of one rule, rules[index]; the first violation is kept
// in *error, prefixed with its JSON path.
class RuleFields {
public:
    RuleFields(const QJsonObject &object, qsizetype index, QString *error)
        : m_object(object)
        , m_index(index)
        , m_error(error)
    {
    }

    QString path(const char *key) const
    {
        return QStringLiteral("rules[%1].%2").arg(QString::number(m_index), QLatin1String(key));
    }

    bool fail(const char *key, const QString &reason)
    {
        *m_error = path(key) + QStringLiteral(": ") + reason;
        return false;
    }

    bool string(const char *key, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fail(key, QStringLiteral("required"));
        if (!v.isString())
            return fail(key, QStringLiteral("must be a string"));
        *out = v.toString();
        return true;
    }

    bool nonEmptyString(const char *key, QString *out)
    {
        if (!string(key, out))
            return false;
        return !out->isEmpty() || fail(key, QStringLiteral("must not be empty"));
    }

    // Absent or null: empty.
    bool nullableString(const char *key, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString() || v.toString().isEmpty())
            return fail(key, QStringLiteral("must be a non-empty string or null"));
        *out = v.toString();
        return true;
    }

    bool boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fail(key, QStringLiteral("required"));
        if (!v.isBool())
            return fail(key, QStringLiteral("must be true or false"));
        *out = v.toBool();
        return true;
    }

    bool positiveNumber(const char *key, std::optional<double> *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() <= 0.0)
            return fail(key, QStringLiteral("must be a number greater than 0 or null"));
        *out = v.toDouble();
        return true;
    }

    // Deadlines in days or months: a whole number from 1 to 10000.
    bool positiveInteger(const char *key, std::optional<int> *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || d < 1.0 || d > 10000.0)
            return fail(key, QStringLiteral("must be an integer from 1 to 10000 or null"));
        *out = int(d);
        return true;
    }

    bool stringList(const char *key, QStringList *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fail(key, QStringLiteral("required"));
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(key, QStringLiteral("must be a non-empty array of strings"));
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty()) {
                *m_error = QStringLiteral("%1[%2]: must be a non-empty string")
                               .arg(path(key), QString::number(i));
                return false;
            }
            out->append(array.at(i).toString());
        }
        return true;
    }

private:
    const QJsonObject &m_object;
    qsizetype m_index;
    QString *m_error;
};

bool readRule(const QJsonObject &object, qsizetype index, Rule *r, QString *error)
{
    RuleFields f(object, index, error);
    if (!f.nonEmptyString("id", &r->id) || !f.nonEmptyString("regime", &r->regime)
        || !f.stringList("jurisdictions", &r->jurisdictions)
        || !f.string("applies_to_role", &r->appliesToRole))
        return false;
    if (!kRoles.contains(r->appliesToRole))
        return f.fail("applies_to_role", QStringLiteral("must be controller, processor or any"));
    if (!f.string("trigger", &r->trigger)
        || !f.boolean("requires_personal_data", &r->requiresPersonalData)
        || !f.nullableString("sector", &r->sector) || !f.nonEmptyString("notify", &r->notify)
        || !f.positiveNumber("deadline_hours", &r->deadlineHours)
        || !f.nonEmptyString("deadline_text", &r->deadlineText)
        || !f.string("clock_starts", &r->clockStarts) || !f.nonEmptyString("citation", &r->citation)
        || !f.string("source_url", &r->sourceUrl) || !f.string("notes", &r->notes)
        || !f.nullableString("sector_tag", &r->sectorTag)
        || !f.positiveInteger("deadline_business_days", &r->deadlineBusinessDays)
        || !f.positiveInteger("deadline_months", &r->deadlineMonths)
        || !f.nullableString("clock_after_rule", &r->clockAfterRule))
        return false;
    if (int(r->deadlineHours.has_value()) + int(r->deadlineBusinessDays.has_value())
            + int(r->deadlineMonths.has_value())
        > 1)
        return f.fail("deadline_hours",
            QStringLiteral("deadline_hours, deadline_business_days and deadline_months exclude "
                           "each other"));
    return true;
}

// Every clock_after_rule names another rule with a deadline, and following
// them never comes back to where it started.
QString checkClockChains(const RuleSet &set)
{
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const Rule &r = set.rules[i];
        if (r.clockAfterRule.isEmpty())
            continue;
        const QString path = QStringLiteral("rules[%1].clock_after_rule: ").arg(i);
        const Rule *after = set.rule(r.clockAfterRule);
        if (!after)
            return path + QStringLiteral("no rule has the id \"%1\"").arg(r.clockAfterRule);
        if (!after->hasDeadline())
            return path
                + QStringLiteral("rule \"%1\" has no deadline to start from").arg(after->id);
        for (qsizetype steps = 0; after; ++steps) {
            if (after == &r || steps > set.rules.size())
                return path + QStringLiteral("the clocks form a cycle");
            after = after->clockAfterRule.isEmpty() ? nullptr : set.rule(after->clockAfterRule);
        }
    }
    return {};
}

} // namespace

const Rule *RuleSet::rule(const QString &id) const
{
    for (const Rule &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

RulesResult parseRules(const QByteArray &json)
{
    RulesResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = io::lineColumn(json, parseError.offset) + QStringLiteral(": ")
            + parseError.errorString();
        return result;
    }
    if (!document.isObject()) {
        result.error = QStringLiteral("$: the rules must be a JSON object");
        return result;
    }
    const QJsonObject top = document.object();
    if (top.value(QLatin1String("format")).toString() != u"weaklink-notification-rules") {
        result.error = QStringLiteral("format: must be \"weaklink-notification-rules\"");
        return result;
    }
    if (top.value(QLatin1String("version")) != QJsonValue(1)) {
        result.error = QStringLiteral("version: must be 1");
        return result;
    }
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QJsonValue asOf = top.value(QLatin1String("as_of"));
    if (!asOf.isString() || !date.match(asOf.toString()).hasMatch()) {
        result.error = QStringLiteral("as_of: must be a date, YYYY-MM-DD");
        return result;
    }
    const QJsonValue rules = top.value(QLatin1String("rules"));
    if (!rules.isArray()) {
        result.error = QStringLiteral("rules: must be an array");
        return result;
    }

    RuleSet set;
    set.asOf = asOf.toString();
    const QJsonArray array = rules.toArray();
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            result.error = QStringLiteral("rules[%1]: must be an object").arg(i);
            return result;
        }
        Rule r;
        if (!readRule(array.at(i).toObject(), i, &r, &result.error))
            return result;
        if (const auto it = seen.constFind(r.id); it != seen.cend()) {
            result.error = QStringLiteral("rules[%1].id: \"%2\" is also the id of rules[%3]")
                               .arg(QString::number(i), r.id, QString::number(*it));
            return result;
        }
        seen.insert(r.id, i);
        set.rules.append(std::move(r));
    }
    result.error = checkClockChains(set);
    if (result.error.isEmpty())
        result.rules = std::move(set);
    return result;
}

QString builtInRulesPath()
{
    return QStringLiteral(":/notification/notification-rules.json");
}

const RulesResult &builtInRules()
{
    static const RulesResult rules = [] {
        QFile file(builtInRulesPath());
        if (!file.open(QIODevice::ReadOnly)) {
            RulesResult missing;
            missing.error = QStringLiteral("the built-in rules are missing");
            return missing;
        }
        return parseRules(file.readAll());
    }();
    return rules;
}

} // namespace wl::obligations
