#include "arguments.h"

#include <cmath>

namespace wl::cli {

std::optional<QString> Arguments::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd() || it->isEmpty())
        return std::nullopt;
    return it->constLast();
}

namespace {

const OptionSpec *findOption(const QList<OptionSpec> &spec, const QString &name)
{
    for (const OptionSpec &o : spec)
        if (o.names.contains(name))
            return &o;
    return nullptr;
}

// "-" alone conventionally names standard input, and "-5" is a number, so
// only a dash followed by a letter or a second dash starts an option.
bool looksLikeOption(const QString &arg)
{
    return arg.size() > 1 && arg.front() == u'-' && (arg.at(1) == u'-' || arg.at(1).isLetter());
}

} // namespace

ParseResult parseArguments(const QStringList &args, const QList<OptionSpec> &spec)
{
    ParseResult result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !looksLikeOption(arg)) {
            result.arguments.positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }

        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(u"--")) {
            const qsizetype eq = arg.indexOf(u'=');
            if (eq > 0) {
                name = arg.left(eq);
                inlineValue = arg.mid(eq + 1);
            }
        }

        const OptionSpec *option = findOption(spec, name);
        if (!option) {
            result.error = QStringLiteral("unknown option %1").arg(name);
            return result;
        }
        if (!option->repeatable && result.arguments.has(option->key)) {
            result.error = QStringLiteral("option %1 given more than once").arg(name);
            return result;
        }
        if (!option->takesValue) {
            if (inlineValue) {
                result.error = QStringLiteral("option %1 takes no value").arg(name);
                return result;
            }
            result.arguments.add(option->key, QString());
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                result.error = QStringLiteral("option %1 needs a value").arg(name);
                return result;
            }
            inlineValue = args.at(++i);
        }
        result.arguments.add(option->key, *inlineValue);
    }
    return result;
}

std::optional<double> parseHours(const QString &text)
{
    bool ok = false;
    const double h = text.toDouble(&ok);
    if (!ok || !std::isfinite(h) || h < 0.0)
        return std::nullopt;
    return h;
}

std::optional<sim::TimedNode> parseTimedNode(
    const QString &text, std::optional<double> defaultHours)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0) {
        if (!defaultHours || text.isEmpty())
            return std::nullopt;
        return sim::TimedNode { text, *defaultHours };
    }
    const auto h = parseHours(text.mid(at + 1));
    if (at == 0 || !h)
        return std::nullopt;
    return sim::TimedNode { text.left(at), *h };
}

} // namespace wl::cli
