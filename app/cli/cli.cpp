#include "cli.h"

#include "clicommands.h"

#include <cstdio>

namespace wl::cli {

namespace {

const QString kProgram = QStringLiteral("weaklink-cli");

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool isHelp(const QString &arg)
{
    return arg == u"help" || arg == u"--help" || arg == u"-h";
}

} // namespace

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

QString oneLine(QString text)
{
    text.replace(u'\r', QStringLiteral("\\r"));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

int usageError(const QString &reason)
{
    printErr(QStringLiteral("%1: %2 (see %1 --help)\n").arg(kProgram, oneLine(reason)));
    return UsageError;
}

int failure(const QString &reason)
{
    printErr(oneLine(reason) + u'\n');
    return Failure;
}

QString usageText()
{
    return QStringLiteral(
        "Usage: weaklink-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "MODEL is a .weaklink document or a model JSON file (FORMAT.md); opening\n"
        "a file never writes to it. Options may appear anywhere after COMMAND.\n"
        "\n"
        "Commands:\n"
        "  import INPUT -o OUT.weaklink\n"
        "      Import INPUT (any MODEL) into a new .weaklink document. Unknown\n"
        "      keys in INPUT are reported on standard error and ignored.\n"
        "  export MODEL -o OUT [--layout ENGINE]\n"
        "      Write MODEL in the format given by the extension of OUT: .json\n"
        "      (model JSON, every field written). .dot, .svg, .png and .pdf, and\n"
        "      --layout, are not supported yet in this version (exit 1).\n"
        "      ENGINE: dot, neato, fdp, sfdp, circo, twopi.\n"
        "  info MODEL [--json]\n"
        "      Count nodes, edges, data assets and distinct non-empty\n"
        "      organisations, and list the validation warnings (unknown keys,\n"
        "      nodes without edges, assets that flow nowhere, assets sent by a\n"
        "      node that does not hold them). With --json, print one object:\n"
        "        {\"format\": \"weaklink-info\", \"version\": 1, \"file\": PATH,\n"
        "         \"name\": NAME, \"nodes\": N, \"edges\": N, \"data\": N,\n"
        "         \"organizations\": N, \"warnings\": [TEXT, ...]}\n"
        "  layout DOC.weaklink [--engine ENGINE]       (not supported yet)\n"
        "  simulate MODEL [options]                    (not supported yet)\n"
        "  rank MODEL --by blast-radius|hardening-gain (not supported yet)\n"
        "  help, --help, -h\n"
        "      Print this help.\n"
        "  --version\n"
        "      Print the version.\n"
        "\n"
        "Options:\n"
        "  -o, --output OUT   The file to write. An existing OUT is replaced\n"
        "                     atomically, and left untouched if the command fails.\n"
        "\n"
        "Exit status: 0 success; 1 bad input or failed work, with a one-line\n"
        "reason on standard error that names the file; 2 bad usage.\n");
}

int run(const QStringList &args)
{
    if (args.isEmpty()) {
        printErr(usageText());
        return UsageError;
    }

    const QString &command = args.constFirst();
    const QStringList rest = args.mid(1);

    if (isHelp(command)) {
        printOut(usageText());
        return Success;
    }
    if (command == u"--version") {
        if (!rest.isEmpty())
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(rest.constFirst()));
        printOut(QStringLiteral("weaklink %1\n").arg(QLatin1String(WEAKLINK_VERSION)));
        return Success;
    }
    if (command == u"import")
        return runImport(rest);
    if (command == u"export")
        return runExport(rest);
    if (command == u"info")
        return runInfo(rest);
    if (command == u"layout" || command == u"simulate" || command == u"rank")
        return failure(
            QStringLiteral("%1: %2 is not supported yet in this version").arg(kProgram, command));

    if (command.startsWith(u'-'))
        return usageError(QStringLiteral("unknown option %1").arg(command));
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace wl::cli
