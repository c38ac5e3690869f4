#include "obligationsjson.h"

#include "io/jsonwriter.h"

namespace wl::obligations {

using namespace io::json;

namespace {

void appendOptionalString(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out += "null";
    else
        appendString(out, s);
}

void appendObligation(QByteArray &out, const Obligation &o)
{
    out += "{ \"node\": ";
    appendString(out, o.node);
    out += ", \"rule\": ";
    appendString(out, o.rule.id);
    out += ", \"regime\": ";
    appendString(out, o.rule.regime);
    out += ", \"notify\": ";
    appendString(out, o.rule.notify);
    out += ", \"notify_node\": ";
    appendOptionalString(out, o.notifyNode);
    out += ", \"clock_starts_hours\": ";
    appendDouble(out, o.clockStartsHours);
    out += ", \"due_hours\": ";
    if (o.dueHours)
        appendDouble(out, *o.dueHours);
    else
        out += "null";
    out += ", \"deadline_text\": ";
    appendString(out, o.rule.deadlineText);
    out += ", \"citation\": ";
    appendString(out, o.rule.citation);
    out += ", \"possibly_applicable\": ";
    appendBool(out, o.possiblyApplicable);
    if (o.status) {
        out += ", \"status\": ";
        appendString(out, statusKey(*o.status));
    }
    out += " }";
}

} // namespace

QString disclaimer()
{
    return QStringLiteral("Decision support, not legal advice.");
}

QByteArray writeObligationsJson(const RuleSet &rules, const ObligationsResult &result)
{
    QByteArray out;
    Members top(out, 2);
    appendString(top.key("format"), QStringLiteral("weaklink-obligations"));
    appendInteger(top.key("version"), 1);
    appendString(top.key("rules_as_of"), rules.asOf);
    appendString(top.key("disclaimer"), disclaimer());
    {
        Members m(top.key("incident"), 4);
        appendTimedNodes(m.key("seeds"), result.seeds);
        appendString(m.key("start"), startText(result.start));
        m.close();
    }
    appendStringList(top.key("exposed_data"), result.exposedData);
    appendLines(top.key("parties"), result.parties.size(), [&](qsizetype i) {
        const Party &p = result.parties[i];
        out += "{ \"node\": ";
        appendString(out, p.node);
        out += ", \"aware_hours\": ";
        appendDouble(out, p.awareHours);
        out += ", \"told_by\": ";
        appendOptionalString(out, p.toldBy);
        out += " }";
    });
    appendLines(top.key("obligations"), result.obligations.size(),
        [&](qsizetype i) { appendObligation(out, result.obligations[i]); });
    top.close();
    out += '\n';
    return out;
}

} // namespace wl::obligations
