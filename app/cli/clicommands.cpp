#include "clicommands.h"

#include "arguments.h"
#include "cli.h"

#include "io/modelfile.h"
#include "io/modeljson.h"
#include "model/model.h"
#include "storage/storage.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace wl::cli {

namespace {

const OptionSpec kHelp { QStringLiteral("help"),
    { QStringLiteral("-h"), QStringLiteral("--help") } };
const OptionSpec kOutput { QStringLiteral("output"),
    { QStringLiteral("-o"), QStringLiteral("--output") }, true };
const OptionSpec kLayout { QStringLiteral("layout"), { QStringLiteral("--layout") }, true };
const OptionSpec kJson { QStringLiteral("json"), { QStringLiteral("--json") } };

const QStringList &layoutEngines()
{
    static const QStringList engines = {
        QStringLiteral("dot"),
        QStringLiteral("neato"),
        QStringLiteral("fdp"),
        QStringLiteral("sfdp"),
        QStringLiteral("circo"),
        QStringLiteral("twopi"),
    };
    return engines;
}

// Parses a command that takes exactly one file argument, named `fileArg` in
// messages. Returns the exit code if the command line alone settles the
// outcome (help shown, usage error), else nothing and fills *out.
std::optional<int> parseCommandLine(const QString &command, const QStringList &args,
    QList<OptionSpec> spec, const QString &fileArg, Arguments *out)
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
    if (positional.isEmpty())
        return usageError(QStringLiteral("%1 needs %2").arg(command, fileArg));
    if (positional.size() > 1)
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1)));
    *out = std::move(parsed.arguments);
    return std::nullopt;
}

// The -o file, or the exit code of the usage error.
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

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

// Readers name the file in ReadResult::fileName; fall back to the path as
// given so that every message names it even if a reader left it empty.
QString fileLabel(const ReadResult &r, const QString &path)
{
    return r.fileName.isEmpty() ? path : r.fileName;
}

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
std::optional<int> openInput(const QString &input, ReadResult *r)
{
    *r = io::openModelFile(input);
    if (!r->ok())
        return readFailure(*r, input);
    printReadWarnings(*r, input);
    return std::nullopt;
}

int writeFailure(const QString &error, const QString &path)
{
    return failure(error.isEmpty() ? path + QStringLiteral(": cannot write the file") : error);
}

} // namespace

int runImport(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    Arguments a;
    if (const auto done = parseCommandLine(command, args, { kOutput }, QStringLiteral("INPUT"), &a))
        return *done;
    QString out;
    const QString documentName = QStringLiteral("OUT.") + storage::kFileSuffix;
    if (const auto done = outputPath(a, command, documentName, &out))
        return *done;
    if (suffixOf(out) != storage::kFileSuffix)
        return usageError(QStringLiteral("%1: import writes a .%2 document; name it %3")
                              .arg(out, storage::kFileSuffix, documentName));

    ReadResult r;
    if (const auto done = openInput(a.positional.constFirst(), &r))
        return *done;

    QString error;
    if (!storage::save(*r.model, out, &error))
        return writeFailure(error, out);
    return Success;
}

int runExport(const QStringList &args)
{
    const QString command = QStringLiteral("export");
    Arguments a;
    if (const auto done
        = parseCommandLine(command, args, { kOutput, kLayout }, QStringLiteral("MODEL"), &a))
        return *done;
    QString out;
    if (const auto done = outputPath(a, command, QStringLiteral("OUT"), &out))
        return *done;

    static const QStringList pictureSuffixes = { QStringLiteral("dot"), QStringLiteral("svg"),
        QStringLiteral("png"), QStringLiteral("pdf") };
    const QString suffix = suffixOf(out);
    const bool picture = pictureSuffixes.contains(suffix);
    if (suffix != u"json" && !picture)
        return usageError(QStringLiteral("%1: unknown output extension; use .json, .dot, .svg, "
                                         ".png or .pdf")
                              .arg(out));
    const std::optional<QString> engine = a.value(kLayout.key);
    if (engine && !layoutEngines().contains(*engine))
        return usageError(QStringLiteral("unknown layout engine \"%1\"; use %2")
                              .arg(*engine, layoutEngines().join(u", ")));

    // Checked before the model is read: there is no point reading a big file
    // for work that cannot be done.
    if (picture)
        return failure(QStringLiteral("%1: export to .%2 is not supported yet").arg(out, suffix));
    if (engine)
        return failure(QStringLiteral("%1: --layout is not supported yet").arg(out));

    ReadResult r;
    if (const auto done = openInput(a.positional.constFirst(), &r))
        return *done;

    QString error;
    if (!io::writeModelJsonFile(*r.model, out, &error))
        return writeFailure(error, out);
    return Success;
}

int runInfo(const QStringList &args)
{
    Arguments a;
    if (const auto done
        = parseCommandLine(QStringLiteral("info"), args, { kJson }, QStringLiteral("MODEL"), &a))
        return *done;

    const QString input = a.positional.constFirst();
    const ReadResult r = io::openModelFile(input);
    if (!r.ok())
        return readFailure(r, input);
    const Model &m = *r.model;

    QSet<QString> organizations;
    for (const Node &n : m.nodes())
        if (!n.organization.isEmpty())
            organizations.insert(n.organization);
    const QStringList warnings = r.warnings + modelWarnings(m);

    if (a.has(kJson.key)) {
        const QJsonObject info {
            { QStringLiteral("format"), QStringLiteral("weaklink-info") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("file"), input },
            { QStringLiteral("name"), m.name },
            { QStringLiteral("nodes"), m.nodes().size() },
            { QStringLiteral("edges"), m.edges().size() },
            { QStringLiteral("data"), m.data().size() },
            { QStringLiteral("organizations"), organizations.size() },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        };
        printOut(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)));
        return Success;
    }

    QString text;
    const auto line = [&text](const char *label, const QString &value) {
        text += QStringLiteral("%1 %2\n").arg(QLatin1String(label), -14).arg(oneLine(value));
    };
    line("file", input);
    line("name", m.name);
    line("nodes", QString::number(m.nodes().size()));
    line("edges", QString::number(m.edges().size()));
    line("data assets", QString::number(m.data().size()));
    line("organizations", QString::number(organizations.size()));
    line("warnings", QString::number(warnings.size()));
    for (const QString &w : warnings)
        text += QStringLiteral("  ") + oneLine(w) + u'\n';
    printOut(text);
    return Success;
}

} // namespace wl::cli
