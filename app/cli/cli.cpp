#include "cli.h"

#include "clicommands.h"
#include "diffcommand.h"
#include "obligationcommands.h"
#include "reportcommand.h"
#include "simcommands.h"
#include "snapshotcommands.h"

#include "io/printable.h"

#include <cstdio>

namespace wl::cli {

namespace {

const QString kProgram = QStringLiteral("weaklink-cli");

// Everything printed passes here: text from a file never reaches the
// terminal as control characters (io/printable.h).
void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = io::printable(text, io::LineBreaks::Keep).toUtf8();
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

QString oneLine(const QString &text)
{
    return io::printable(text, io::LineBreaks::Escape);
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

bool commandDraws(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    return args.constFirst() == u"layout"
        || (args.constFirst() == u"export" && exportDraws(args.mid(1)));
}

bool commandNeedsWidgets(const QStringList &args)
{
    return !args.isEmpty() && args.constFirst() == u"report";
}

QString usageText()
{
    return QStringLiteral(
        "Usage: weaklink-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "MODEL is a .weaklink document, a model JSON file (FORMAT.md) or any\n"
        "file import reads, imported in memory; opening a file never writes to\n"
        "it. Options may appear anywhere after COMMAND.\n"
        "\n"
        "Commands:\n"
        "  import INPUT -o OUT.weaklink [--format FORMAT] [--report REPORT.json]\n"
        "           [--collapse-components | --no-collapse-components]\n"
        "           [--vendor VENDOR]\n"
        "      Import INPUT into a new .weaklink document and say which format\n"
        "      was read (docs/IMPORT.md). INPUT may be a .weaklink document, model\n"
        "      JSON, CycloneDX JSON or XML, CSV tables (a folder of nodes.csv,\n"
        "      edges.csv, data.csv), an XLSX workbook, a sub-processor list,\n"
        "      OWASP Threat Dragon JSON, Open Threat Model JSON or YAML,\n"
        "      Threagile YAML or Graphviz DOT. The format is recognised by\n"
        "      content, then extension; --format FORMAT overrides it (weaklink,\n"
        "      json, cyclonedx, cyclonedx-xml, csv, xlsx, subprocessors,\n"
        "      threat-dragon, otm, threagile, dot). Warnings (unknown keys,\n"
        "      dangling references) go to standard error; --report writes the\n"
        "      import report: counts per kind, what was ignored and why, every\n"
        "      warning. CycloneDX: leaf packages are grouped under their parent\n"
        "      above 500 components, or always with --collapse-components,\n"
        "      never with --no-collapse-components. A sub-processor list's rows\n"
        "      without a vendor fall under --vendor.\n"
        "  export MODEL -o OUT [--layout ENGINE] [--page PAPER] [--actual-size]\n"
        "           [--png-scale N]\n"
        "      Write MODEL in the format given by the extension of OUT: .json\n"
        "      (model JSON, every field written), .dot (Graphviz DOT that dot\n"
        "      renders: clusters per organisation, positions as pos in points),\n"
        "      .svg, .png or .pdf (the diagram as the app draws it, with its\n"
        "      legend). With --layout, positions are computed by ENGINE (dot,\n"
        "      neato, fdp, sfdp, circo, twopi); pinned nodes keep theirs in\n"
        "      .json and .dot. Without it, pictures use the stored positions if\n"
        "      every node has one, else dot up to 1,500 nodes and sfdp above.\n"
        "      A .pdf is fitted to one A4 landscape page (A3 if A4 would shrink\n"
        "      it below 2/3), unless --page A4|A3|letter (add -portrait, e.g.\n"
        "      A4-portrait) names the paper; --actual-size prints it at its\n"
        "      natural size over as many pages as it needs. A .png has 2 pixels\n"
        "      per point of the drawing, or N with --png-scale (0.1 to 8).\n"
        "  export MODEL -o FOLDER --format csv | -o OUT.xlsx [--layout ENGINE]\n"
        "      Write MODEL as spreadsheet tables (docs/IMPORT.md): nodes.csv,\n"
        "      edges.csv, data.csv and model.csv in FOLDER (created if missing;\n"
        "      a FOLDER ending in / needs no --format), or the sheets nodes,\n"
        "      edges, data and model of one workbook (--format xlsx for another\n"
        "      extension). Columns are FORMAT.md's field names; importing the\n"
        "      tables back gives the same model.\n"
        "  export MODEL -o OUT.{svg,png,pdf} --overlay METRIC [--flows]\n"
        "           [--scale linear|log] [scenario options as for simulate]\n"
        "      The diagram with a heatmap: each node filled by METRIC, with its\n"
        "      value and a legend. METRIC: likelihood (p_compromised),\n"
        "      exposure (p x records held), risk (p x records x sensitivity\n"
        "      held), time-to-compromise (mean hours; none if never),\n"
        "      blast-radius (other nodes compromised when the node is the only\n"
        "      seed; ignores the scenario, --trials per node default 2000).\n"
        "      The scenario defaults to --annual. --flows also draws each edge\n"
        "      by the share of trials the compromise travelled over it.\n"
        "      The seeds are drawn breached, off the scale; the other nodes\n"
        "      spread over a range with round ends, linear (the default) or\n"
        "      --scale log.\n"
        "  export MODEL -o OUT.{svg,png,pdf} --view VIEW\n"
        "      Draw a view that cuts the map down (may be combined with the\n"
        "      options above). organisations: one node per organisation, sized\n"
        "      by and saying how many members it has, and one edge per ordered\n"
        "      pair of organisations that edges join, with the data that\n"
        "      crosses; with --overlay an organisation shows its worst member's\n"
        "      value.\n"
        "      neighbourhood:ID:N: node ID and the nodes within N hops (1 to 4),\n"
        "      edges taken in either direction. filter:FIELD=VALUE: the nodes\n"
        "      whose tier (0, 1, 2, ... or unknown), kind, jurisdiction or tag\n"
        "      is VALUE (e.g. filter:kind=analytics, filter:tier=2); a filter\n"
        "      that matches no node is an error. VIEW is organisations,\n"
        "      neighbourhood:ID:N or filter:FIELD=VALUE. The model is not changed.\n"
        "  info MODEL [--json]\n"
        "      Count nodes, edges, data assets and distinct non-empty\n"
        "      organisations, and list the validation warnings (unknown keys,\n"
        "      nodes without edges, assets that flow nowhere, assets sent by a\n"
        "      node that does not hold them). With --json, print one object:\n"
        "        {\"format\": \"weaklink-info\", \"version\": 1, \"file\": PATH,\n"
        "         \"name\": NAME, \"nodes\": N, \"edges\": N, \"data\": N,\n"
        "         \"organizations\": N, \"warnings\": [TEXT, ...]}\n"
        "  layout DOC.weaklink [--engine ENGINE]\n"
        "      Compute positions for every node and store them in DOC, which is\n"
        "      rewritten atomically. Pinned nodes with a position keep it: neato\n"
        "      and fdp lay out the others around them, the other engines ignore\n"
        "      the pins (a note says so). ENGINE as for export; default: dot up\n"
        "      to 1,500 nodes, sfdp above. DOC must be a .weaklink document.\n"
        "  simulate MODEL [options] [-o OUT.json]\n"
        "      Run breach-propagation trials (SIMULATION.md) and print the\n"
        "      result JSON (FORMAT.md §3). Options:\n"
        "        --seed-node ID[@HOURS]  seeded mode; repeatable; start time\n"
        "                                defaults to 0\n"
        "        --annual                every node may be breached at its\n"
        "                                breach_likelihood (default without seeds)\n"
        "        --trials N              default 10000\n"
        "        --rng-seed S            default 1\n"
        "        --threads T             default: all cores\n"
        "        --horizon-hours H       count compromises up to H hours only\n"
        "        --sever ID@HOURS        cut the node's arcs from that time;\n"
        "                                repeatable\n"
        "  rank MODEL --by blast-radius|hardening-gain|concentration\n"
        "           [--trials N] [--rng-seed S] [--threads T] [-o OUT.json]\n"
        "      Rank every node (SIMULATION.md §5; FORMAT.md §4). Trials\n"
        "      default to 2000 per node. concentration: every node of tier 1\n"
        "      or more with how many of our direct vendors (tier 1) reach it\n"
        "      over edges source to target, and its blast radius in records.\n"
        "  obligations MODEL --seed-node ID[@HOURS]... [--aware ID@HOURS]...\n"
        "           [--start YYYY-MM-DDTHH:MMZ] [--at HOURS] [-o OUT.json]\n"
        "      Who must notify whom, by when, after a breach at the seed nodes\n"
        "      (docs/OBLIGATIONS.md; FORMAT.md §5): the exposed data (what the\n"
        "      seeds hold), when each party becomes aware as the news travels\n"
        "      back over the edges that carry it (each hop takes the contract's\n"
        "      notification_sla_hours, else 24), and every notification rule\n"
        "      that fires, with its due time in hours from the incident's start.\n"
        "      Decision support, not legal advice. Options:\n"
        "        --seed-node ID[@HOURS]  where the breach is; repeatable; time\n"
        "                                defaults to 0\n"
        "        --aware ID@HOURS        the party was told at HOURS, whatever\n"
        "                                the chain says; repeatable\n"
        "        --start DATE            the UTC date and time of hour 0, for\n"
        "                                business days and months (default\n"
        "                                1970-01-05T00:00Z, a Monday)\n"
        "        --at HOURS              add each obligation's status then:\n"
        "                                running, due_within_24h or overdue\n"
        "  snapshot DOC.weaklink --name NAME [--note TEXT] [--date DATE]\n"
        "           [--trials N] [--rng-seed S] [--threads T]\n"
        "      Store a dated snapshot of the document's model with its annual\n"
        "      baseline (docs/SNAPSHOTS.md) in the document, saved atomically.\n"
        "      The name must be new in the document. --date is a date\n"
        "      (YYYY-MM-DD) or a date and time (UTC unless an offset is given;\n"
        "      default now); --trials (default 10000) and --rng-seed (default\n"
        "      1) are the baseline's.\n"
        "  snapshots DOC.weaklink [--json]\n"
        "      List the document's snapshots, oldest first: name, date (UTC),\n"
        "      nodes, edges, data assets, the baseline's expected records\n"
        "      exposed a year, and the note; --json as weaklink-snapshots JSON.\n"
        "  diff A B [--json] [-o OUT] [--no-metrics] [--trials N] [--rng-seed S]\n"
        "       [--threads T]\n"
        "      What changed from A to B (docs/DIFF.md); each is a model file or\n"
        "      DOC.weaklink@SNAPSHOT, a snapshot stored in a document. Nodes,\n"
        "      edges and data assets added, removed and changed field by field\n"
        "      (positions aside), new vendors and sub-processors, the\n"
        "      organisations each asset now reaches, and how every overlay\n"
        "      metric moved: both annual baselines and blast-radius rankings\n"
        "      run with the same --trials (default 10000) and --rng-seed\n"
        "      (default 1); --no-metrics compares the structure alone. --json\n"
        "      writes weaklink-diff JSON. Exits 0 whether or not they differ.\n"
        "  report MODEL -o OUT.pdf [--since SNAPSHOT | --no-since] [--scenario NAME]\n"
        "         [--page A4|A3|letter[-portrait]] [--lang en|de] [--date DATE]\n"
        "         [--trials N] [--rng-seed S] [--threads T] [--json]\n"
        "      The board report (docs/REPORT.md): cover, contents, one page in\n"
        "      plain language, the map with the risk heatmap, risk matrix,\n"
        "      loss exceedance, exposure by category, fourth-party\n"
        "      concentration, contract gaps, what changed since the snapshot\n"
        "      (default: the document's latest), the saved scenario, and how\n"
        "      the numbers were made. --trials (default 10000) and --rng-seed\n"
        "      (default 1) are the annual baseline's and the hardening gains';\n"
        "      the blast radius takes 2000 trials per node. --page defaults to\n"
        "      A4 landscape; --date (default today) dates the report and the\n"
        "      contract gaps. --json writes the report's figures as\n"
        "      weaklink-report JSON instead (to -o or standard output).\n"
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
    if (command == u"layout")
        return runLayout(rest);
    if (command == u"simulate")
        return runSimulate(rest);
    if (command == u"rank")
        return runRank(rest);
    if (command == u"obligations")
        return runObligations(rest);
    if (command == u"snapshot")
        return runSnapshot(rest);
    if (command == u"snapshots")
        return runSnapshots(rest);
    if (command == u"diff")
        return runDiff(rest);
    if (command == u"report")
        return runReport(rest);
    if (command == u"__read-dot")
        return runReadDot(rest);
    if (command == u"__layout")
        return runLayoutChild(rest);

    if (command.startsWith(u'-'))
        return usageError(QStringLiteral("unknown option %1").arg(command));
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace wl::cli
