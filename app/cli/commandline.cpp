#include "commandline.h"

#include "cli.h"

#include "files/modelfile.h"
#include "io/atomicfile.h"

#include <QFileInfo>

namespace wl::cli {

const OptionSpec kHelp { QStringLiteral("help"),
    { QStringLiteral("-h"), QStringLiteral("--help") } };
const OptionSpec kOutput { QStringLiteral("output"),
    { QStringLiteral("-o"), QStringLiteral("--output") }, true };

std::optional<int> parseCommandLine(const QString &command, const QStringList &args,
    QList<OptionSpec> spec, const QString &fileArg, Arguments *out)
{
    return parseCommandLine(command, args, std::move(spec), QStringList { fileArg }, out);
}

std::optional<int> parseCommandLine(const QString &command, const QStringList &args,
    QList<OptionSpec> spec, const QStringList &fileArgs, Arguments *out)
{
    spec.append(kHelp);
    ParseResult parsed = parseArguments(args, spec);
    if (!parsed.ok())
        return usageError(parsed.error);
    if (parsed.arguments.has(kHelp.key)) {
        printOut(usageText());
        return Success;
    }
    const QStringList &positional = parsed.arguments.positional;
    if (positional.size() < fileArgs.size())
        return usageError(
            QStringLiteral("%1 needs %2").arg(command, fileArgs.mid(positional.size()).join(u' ')));
    if (positional.size() > fileArgs.size())
        return usageError(
            QStringLiteral("unexpected argument \"%1\"").arg(positional.at(fileArgs.size())));
    *out = std::move(parsed.arguments);
    return std::nullopt;
}

std::optional<int> outputPath(
    const Arguments &args, const QString &command, const QString &what, QString *path)
{
    const std::optional<QString> out = args.value(kOutput.key);
    if (!out)
        return usageError(QStringLiteral("%1 needs -o %2").arg(command, what));
    if (out->isEmpty())
        return usageError(QStringLiteral("-o needs a file name"));
    *path = *out;
    return std::nullopt;
}

std::optional<int> checkResultOutput(const Arguments &args)
{
    const std::optional<QString> out = args.value(kOutput.key);
    if (!out)
        return std::nullopt;
    if (out->isEmpty())
        return usageError(QStringLiteral("-o needs a file name"));
    const QFileInfo target(*out);
    if (target.exists() && target == QFileInfo(args.positional.constFirst()))
        return usageError(
            QStringLiteral("-o %1 is the model itself; the result would replace it").arg(*out));
    return std::nullopt;
}

namespace {

// Readers name the file in ReadResult::fileName; fall back to the path as
// given so that every message names it even if a reader left it empty.
QString fileLabel(const ReadResult &r, const QString &path)
{
    return r.fileName.isEmpty() ? path : r.fileName;
}

} // namespace

int readFailure(const ReadResult &r, const QString &path)
{
    return failure(r.fileName.isEmpty() ? path + QStringLiteral(": ") + r.error : r.message());
}

void printReadWarnings(const ReadResult &r, const QString &path)
{
    const QString label = fileLabel(r, path);
    for (const QString &w : r.warnings)
        printErr(oneLine(label + QStringLiteral(": ") + w) + u'\n');
}

// Opens MODEL for a command that writes something: warnings go to standard
// error. Returns the exit code if it cannot be opened.
std::optional<int> openInput(const QString &input, ReadResult *r, const files::OpenOptions &options)
{
    *r = files::openModelFile(input, options);
    if (!r->ok())
        return readFailure(*r, input);
    printReadWarnings(*r, input);
    return std::nullopt;
}

std::optional<int> timedNodes(const Arguments &a, const OptionSpec &o,
    std::optional<double> defaultHours, QVector<sim::TimedNode> *out)
{
    for (const QString &text : a.values(o.key)) {
        const auto n = parseTimedNode(text, defaultHours);
        if (!n)
            return usageError(QStringLiteral("%1: \"%2\" is not %3 with HOURS a finite number, "
                                             "at least 0")
                                  .arg(o.names.first(), text,
                                      defaultHours ? QStringLiteral("ID or ID@HOURS")
                                                   : QStringLiteral("ID@HOURS")));
        out->append(*n);
    }
    return std::nullopt;
}

int writeOutput(
    const std::function<void(const io::PieceSink &)> &make, const std::optional<QString> &out)
{
    if (!out) {
        make([](QByteArray piece) { printOut(QString::fromUtf8(piece)); });
        return Success;
    }
    QString error;
    if (!io::writeFileInPieces(*out, make, &error))
        return failure(error);
    return Success;
}

int writeOutput(const QByteArray &bytes, const std::optional<QString> &out)
{
    return writeOutput([&bytes](const io::PieceSink &sink) { sink(bytes); }, out);
}

} // namespace wl::cli
