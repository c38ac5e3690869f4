// A small command-line parser for weaklink-cli's sub-commands: positional
// arguments and options in any order after the command, `-o OUT`,
// `--output OUT` and `--output=OUT`, `--` to end the options. Unlike
// QCommandLineParser it reports what is wrong as a value, so that every
// usage error can map to exit status 2 with a one-line reason.
#pragma once

#include "model/scenario.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wl::cli {

struct OptionSpec {
    // The canonical name, used to look the option up, e.g. "output".
    QString key;
    // Every spelling, e.g. {"-o", "--output"}.
    QStringList names;
    bool takesValue = false;
    // Options such as `--seed-node` may be given more than once; any other
    // option given twice is a usage error rather than a silent override.
    bool repeatable = false;
};

class Arguments {
public:
    QStringList positional;

    bool has(const QString &key) const { return m_values.contains(key); }
    // The option's value, or an empty optional if it was not given.
    std::optional<QString> value(const QString &key) const;
    QStringList values(const QString &key) const { return m_values.value(key); }

    void add(const QString &key, const QString &value) { m_values[key].append(value); }

private:
    QHash<QString, QStringList> m_values;
};

struct ParseResult {
    Arguments arguments;
    // Empty on success, else the reason without a program-name prefix.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

ParseResult parseArguments(const QStringList &args, const QList<OptionSpec> &spec);

// A finite number of hours, at least 0, written in the C locale.
std::optional<double> parseHours(const QString &text);
// ID@HOURS, split at the last '@' (FORMAT.md §2); without '@' the time is
// `defaultHours` if given, else the text is malformed.
std::optional<sim::TimedNode> parseTimedNode(
    const QString &text, std::optional<double> defaultHours);

} // namespace wl::cli
