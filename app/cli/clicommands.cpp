#include "clicommands.h"

#include "arguments.h"
#include "cli.h"
#include "commandline.h"
#include "simcommands.h"

#include "analysis/overlaysource.h"
#include "files/layoutchild.h"
#include "files/modelfile.h"
#include "format/format.h"
#include "interchange/importreport.h"
#include "interchange/limits.h"
#include "interchange/spreadsheetwriter.h"
#include "io/atomicfile.h"
#include "io/jsonwriter.h"
#include "io/modeljson.h"
#include "layout/layout.h"
#include "model/model.h"
#include "obligations/contractgaps.h"
#include "render/export.h"
#include "render/heatmap.h"
#include "render/view.h"
#include "simulation/metrics.h"
#include "storage/storage.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <future>
#include <optional>

namespace wl::cli {

using layout::LayoutOutcome;

namespace {

const OptionSpec kLayout { QStringLiteral("layout"), { QStringLiteral("--layout") }, true };
const OptionSpec kEngine { QStringLiteral("engine"), { QStringLiteral("--engine") }, true };
const OptionSpec kJson { QStringLiteral("json"), { QStringLiteral("--json") } };
const OptionSpec kOverlay { QStringLiteral("overlay"), { QStringLiteral("--overlay") }, true };
const OptionSpec kFlows { QStringLiteral("flows"), { QStringLiteral("--flows") } };
const OptionSpec kScale { QStringLiteral("scale"), { QStringLiteral("--scale") }, true };
const OptionSpec kPage { QStringLiteral("page"), { QStringLiteral("--page") }, true };
const OptionSpec kActualSize { QStringLiteral("actual-size"), { QStringLiteral("--actual-size") } };
const OptionSpec kPngScale { QStringLiteral("png-scale"), { QStringLiteral("--png-scale") }, true };
const OptionSpec kView { QStringLiteral("view"), { QStringLiteral("--view") }, true };
const OptionSpec kFormat { QStringLiteral("format"), { QStringLiteral("--format") }, true };
const OptionSpec kReport { QStringLiteral("report"), { QStringLiteral("--report") }, true };
const OptionSpec kCollapse { QStringLiteral("collapse-components"),
    { QStringLiteral("--collapse-components") } };
const OptionSpec kNoCollapse { QStringLiteral("no-collapse-components"),
    { QStringLiteral("--no-collapse-components") } };
const OptionSpec kVendor { QStringLiteral("vendor"), { QStringLiteral("--vendor") }, true };

// import's choices: --format, the CycloneDX collapse, the sub-processor
// list's vendor. Returns the exit code of a usage error.
std::optional<int> parseImportOptions(const Arguments &a, files::OpenOptions *options)
{
    if (const std::optional<QString> name = a.value(kFormat.key)) {
        options->format = interchange::formatFromName(*name);
        if (!options->format)
            return usageError(
                QStringLiteral("--format: unknown format \"%1\"; one of %2")
                    .arg(*name, interchange::formatNames().join(QStringLiteral(", "))));
    }
    if (a.has(kCollapse.key) && a.has(kNoCollapse.key))
        return usageError(QStringLiteral(
            "--collapse-components and --no-collapse-components exclude each other"));
    using Collapse = interchange::ImportOptions::Collapse;
    if (a.has(kCollapse.key))
        options->import.collapseComponents = Collapse::On;
    if (a.has(kNoCollapse.key))
        options->import.collapseComponents = Collapse::Off;
    options->import.vendor = a.value(kVendor.key).value_or(QString());
    return std::nullopt;
}

QList<OptionSpec> exportOptions()
{
    return QList<OptionSpec> { kOutput, kLayout, kOverlay, kFlows, kScale, kPage, kActualSize,
        kPngScale, kView, kFormat }
    + scenarioOptions();
}

// --page and --actual-size, which only a PDF has. Returns the exit code of
// a usage error.
std::optional<int> parsePdfPage(const Arguments &a, const QString &out, render::PdfPage *page)
{
    const std::optional<QString> name = a.value(kPage.key);
    const bool actualSize = a.has(kActualSize.key);
    if ((name || actualSize) && render::exportFormatForPath(out) != render::ExportFormat::Pdf)
        return usageError(
            QStringLiteral("%1: %2 applies to .pdf output only")
                .arg(out, name ? kPage.names.constFirst() : kActualSize.names.constFirst()));
    if (name) {
        const std::optional<render::PdfPage> named = render::pdfPageFromName(*name);
        if (!named)
            return usageError(QStringLiteral("unknown page \"%1\"; use A4, A3 or letter, "
                                             "with -portrait for portrait (e.g. A4-portrait)")
                                  .arg(*name));
        *page = *named;
    }
    page->fitToPage = !actualSize;
    return std::nullopt;
}

// --png-scale, pixels per point of a .png (0.1 to 8; 2 without it). Returns
// the exit code of a usage error.
std::optional<int> parsePngScale(const Arguments &a, const QString &out, double *scale)
{
    const std::optional<QString> value = a.value(kPngScale.key);
    if (!value)
        return std::nullopt;
    if (render::exportFormatForPath(out) != render::ExportFormat::Png)
        return usageError(QStringLiteral("%1: --png-scale applies to .png output only").arg(out));
    bool ok = false;
    const double parsed = value->toDouble(&ok);
    if (!ok || !(parsed >= 0.1 && parsed <= 8.0))
        return usageError(
            QStringLiteral("--png-scale: pixels per point from 0.1 to 8, not \"%1\"").arg(*value));
    *scale = parsed;
    return std::nullopt;
}

// --view, which only a picture has. Returns the exit code of a usage error.
std::optional<int> parseView(const Arguments &a, const QString &out, render::ViewSpec *view)
{
    const std::optional<QString> name = a.value(kView.key);
    if (!name)
        return std::nullopt;
    if (!render::exportFormatForPath(out))
        return usageError(
            QStringLiteral("%1: --view draws a picture; name it .svg, .png or .pdf").arg(out));
    QString error;
    const std::optional<render::ViewSpec> spec = render::viewSpecFromName(*name, &error);
    if (!spec)
        return usageError(error);
    *view = *spec;
    return std::nullopt;
}

// What `export --overlay` draws, read from the command line before any
// file is opened.
struct OverlayRequest {
    std::optional<sim::Metric> metric;
    render::ScaleKind scale = render::ScaleKind::Linear;
    bool flows = false;
    sim::Scenario scenario;
    int threads = 0;
    int blastTrials = sim::kDefaultBlastRadiusTrials;

    bool on() const { return metric || flows; }
};

// Returns the exit code of a usage error.
std::optional<int> parseOverlay(const Arguments &a, const QString &out, OverlayRequest *r)
{
    if (const std::optional<QString> name = a.value(kOverlay.key)) {
        r->metric = sim::metricFromName(*name);
        if (!r->metric)
            return usageError(QStringLiteral("--overlay: unknown metric \"%1\"; use %2")
                                  .arg(*name, sim::metricNames().join(u", ")));
    }
    if (const std::optional<QString> name = a.value(kScale.key)) {
        if (!r->metric)
            return usageError(QStringLiteral("--scale needs --overlay METRIC"));
        const std::optional<render::ScaleKind> scale = render::scaleKindFromName(*name);
        if (!scale)
            return usageError(
                QStringLiteral("--scale: unknown scale \"%1\"; use linear, log").arg(*name));
        r->scale = *scale;
    }
    r->flows = a.has(kFlows.key);
    if (!r->on()) {
        const QString option = givenScenarioOption(a);
        if (!option.isEmpty())
            return usageError(QStringLiteral("%1 needs --overlay METRIC").arg(option));
        return std::nullopt;
    }
    if (!render::exportFormatForPath(out))
        return usageError(
            QStringLiteral("%1: %2 draws on a picture; name it .svg, .png or .pdf")
                .arg(out, r->metric ? QStringLiteral("--overlay") : QStringLiteral("--flows")));
    // blast-radius runs the ranking: its trials per node default as for
    // `rank`, not to the scenario's 10,000.
    const bool trialsGiven = a.has(QStringLiteral("trials"));
    if (const auto done = parseScenario(a, &r->scenario, &r->threads))
        return *done;
    if (trialsGiven)
        r->blastTrials = r->scenario.trials;
    return std::nullopt;
}

// The heatmap of FORMAT.md §2 on `model`; on failure the reason has been
// printed and the exit code is returned.
std::optional<int> computeOverlay(
    const Model &model, const OverlayRequest &r, const QString &input, render::Overlay *overlay)
{
    const QString error = sim::checkScenario(model, r.scenario);
    if (!error.isEmpty())
        return failure(oneLine(input + QStringLiteral(": ") + error));
    const sim::CompiledModel c = sim::compile(model);
    sim::RunOptions options;
    options.threads = r.threads;
    sim::NodeValues values;
    std::shared_ptr<const sim::SimResult> result;
    if (r.metric) {
        sim::MetricOutcome outcome
            = sim::computeMetric(*r.metric, model, c, r.scenario, r.blastTrials, options);
        if (!outcome.ok())
            return failure(oneLine(input + QStringLiteral(": ") + outcome.error));
        values = std::move(outcome.values);
        result = outcome.result;
    }
    if (r.flows && !result) {
        sim::RunOutcome run = sim::run(model, c, r.scenario, options);
        if (!run.result)
            return failure(oneLine(input + QStringLiteral(": ") + run.error));
        result = std::make_shared<const sim::SimResult>(std::move(*run.result));
    }
    // blast-radius ignores the scenario, and with it its seeds.
    render::HeatOptions heat { .scale = r.scale, .breached = {} };
    if (r.metric != sim::Metric::BlastRadius)
        heat.breached = render::seedIds(r.scenario);
    *overlay = render::makeOverlay(r.metric, values, model, c, result.get(), r.flows, heat);
    analysis::OverlayRun run;
    run.scenario = r.scenario;
    overlay->source = analysis::overlaySource(r.metric, r.flows, run,
        { .trialsPerNode = r.blastTrials, .rngSeed = r.scenario.rngSeed, .computing = false });
    return std::nullopt;
}

const QStringList kExportSuffixes = { QStringLiteral("json"), QStringLiteral("dot"),
    QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf") };

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

// The spreadsheet layout (docs/IMPORT.md), which export writes beside
// pictures, model JSON and DOT.
enum class TableExport { None, Csv, Xlsx };

// export's --format: csv writes the CSV tables into the folder OUT (also
// chosen by an OUT ending in '/'), xlsx a workbook (also chosen by the
// extension .xlsx). Returns the exit code of a usage error.
std::optional<int> parseTableExport(const Arguments &a, const QString &out, TableExport *tables)
{
    if (const std::optional<QString> name = a.value(kFormat.key)) {
        if (name->compare(u"csv", Qt::CaseInsensitive) == 0)
            *tables = TableExport::Csv;
        else if (name->compare(u"xlsx", Qt::CaseInsensitive) == 0)
            *tables = TableExport::Xlsx;
        else
            return usageError(QStringLiteral("--format: unknown format \"%1\"; export takes csv "
                                             "or xlsx (other formats follow the extension of OUT)")
                                  .arg(*name));
    } else if (out.endsWith(u'/')) {
        *tables = TableExport::Csv;
    } else if (suffixOf(out) == u"xlsx") {
        *tables = TableExport::Xlsx;
    }
    const QFileInfo info(out);
    if (*tables == TableExport::Csv && info.exists() && !info.isDir())
        return usageError(QStringLiteral("%1: not a folder; CSV tables (nodes.csv, edges.csv, "
                                         "data.csv, model.csv) are written into a folder")
                              .arg(out));
    if (*tables == TableExport::Xlsx && out.endsWith(u'/'))
        return usageError(
            QStringLiteral("%1: a folder; name the workbook, e.g. model.xlsx").arg(out));
    return std::nullopt;
}

int writeFailure(const QString &error, const QString &path)
{
    return failure(error.isEmpty() ? path + QStringLiteral(": cannot write the file") : error);
}

// Reads an engine option; returns the exit code of a usage error.
std::optional<int> parseEngine(
    const Arguments &args, const OptionSpec &option, std::optional<layout::Engine> *engine)
{
    const std::optional<QString> name = args.value(option.key);
    if (!name)
        return std::nullopt;
    *engine = layout::engineFromName(*name);
    if (!*engine)
        return usageError(QStringLiteral("unknown layout engine \"%1\"; use %2")
                              .arg(*name, layout::engineNames().join(u", ")));
    return std::nullopt;
}

int layoutFailure(const LayoutOutcome &outcome, layout::Engine engine, const QString &input)
{
    return failure(QStringLiteral("%1: %2 layout failed: %3")
                       .arg(input, layout::engineName(engine), outcome.error));
}

void printLayoutMessages(const layout::LayoutResult &result, const QString &input)
{
    for (const QString &m : result.messages)
        printErr(oneLine(QStringLiteral("%1: %2: %3").arg(input, result.engine, m)) + u'\n');
}

// The computed positions, except that pinned nodes keep theirs (FORMAT.md
// §2: "pinned nodes stay"). neato and fdp lay out around the pins; the
// other engines cannot, which the user is told.
void applyPositions(
    Model &model, const layout::LayoutResult &result, layout::Engine engine, const QString &input)
{
    int keptPins = 0;
    for (int i = 0; i < model.nodes().size(); ++i) {
        const Node &n = model.nodes().at(i);
        if (n.pinned && n.pos) {
            ++keptPins;
            continue;
        }
        model.setPosition(i, result.nodeCenters.at(i));
    }
    if (keptPins > 0 && !layout::engineHonoursPins(engine))
        printErr(QStringLiteral("%1: %2 cannot lay out around pinned nodes; %3 pinned %4 kept "
                                "%5 position (use --engine neato or fdp to lay out around them)\n")
                     .arg(input, layout::engineName(engine), format::count(keptPins, QLocale::c()),
                         keptPins == 1 ? QStringLiteral("node") : QStringLiteral("nodes"),
                         keptPins == 1 ? QStringLiteral("its") : QStringLiteral("their")));
}

// What a picture shows (FORMAT.md §2): the engine's layout if one was
// asked for, else the stored positions if every node has one (with the
// edges routed between them), else a fresh layout by the default engine.
// On failure the reason has been printed. `nodeScales`: a view's
// (render::viewNodeScales).
std::optional<layout::LayoutResult> diagramLayout(const Model &model,
    std::optional<layout::Engine> engine, const QString &input,
    const QVector<double> &nodeScales = {})
{
    const bool allPlaced = std::all_of(model.nodes().cbegin(), model.nodes().cend(),
        [](const Node &n) { return n.pos.has_value(); });
    if (!engine && !allPlaced)
        engine = layout::defaultEngine(int(model.nodes().size()));
    const LayoutOutcome outcome = engine
        ? layout::computeLayout(model, { *engine, true, render::calloutSizes(model), nodeScales })
        : layout::routeEdges(model, nodeScales);
    if (!outcome.result) {
        if (engine)
            layoutFailure(outcome, *engine, input);
        else
            failure(QStringLiteral("%1: edge routing failed: %2").arg(input, outcome.error));
        return std::nullopt;
    }
    printLayoutMessages(*outcome.result, input);
    return outcome.result;
}

} // namespace

int runImport(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    Arguments a;
    if (const auto done = parseCommandLine(command, args,
            { kOutput, kFormat, kReport, kCollapse, kNoCollapse, kVendor }, QStringLiteral("INPUT"),
            &a))
        return *done;
    QString out;
    const QString documentName = QStringLiteral("OUT.") + storage::kFileSuffix;
    if (const auto done = outputPath(a, command, documentName, &out))
        return *done;
    if (suffixOf(out) != storage::kFileSuffix)
        return usageError(QStringLiteral("%1: import writes a .%2 document; name it %3")
                              .arg(out, storage::kFileSuffix, documentName));
    files::OpenOptions options;
    if (const auto done = parseImportOptions(a, &options))
        return *done;
    const std::optional<QString> reportPath = a.value(kReport.key);
    if (reportPath && reportPath->isEmpty())
        return usageError(QStringLiteral("--report needs a file name"));

    const QString input = a.positional.constFirst();
    ReadResult &r = keptUntilExit<ReadResult>();
    if (const auto done = openInput(input, &r, options))
        return *done;
    // Which format another tool's file was read as: the command's output.
    if (r.report.isImport())
        printOut(QStringLiteral("%1: read as %2\n").arg(oneLine(input), r.report.format));

    QString error;
    if (reportPath
        && !io::writeFileAtomically(*reportPath, interchange::importReportJson(r), &error))
        return writeFailure(error, *reportPath);
    if (!storage::save(*r.model, r.state, out, &error))
        return writeFailure(error, out);
    return Success;
}

bool exportDraws(const QStringList &args)
{
    const ParseResult parsed = parseArguments(args, exportOptions() << kHelp);
    const Arguments &a = parsed.arguments;
    const std::optional<QString> out = a.value(kOutput.key);
    const std::optional<QString> engine = a.value(kLayout.key);
    return parsed.ok() && !a.has(kHelp.key) && a.positional.size() == 1 && out
        && (render::exportFormatForPath(*out) || engine)
        && (!engine || layout::engineFromName(*engine));
}

int runExport(const QStringList &args)
{
    const QString command = QStringLiteral("export");
    Arguments a;
    if (const auto done
        = parseCommandLine(command, args, exportOptions(), QStringLiteral("MODEL"), &a))
        return *done;
    QString out;
    if (const auto done = outputPath(a, command, QStringLiteral("OUT"), &out))
        return *done;
    TableExport tables = TableExport::None;
    if (const auto done = parseTableExport(a, out, &tables))
        return *done;
    const QString suffix = suffixOf(out);
    if (tables == TableExport::None && !kExportSuffixes.contains(suffix))
        return usageError(QStringLiteral("%1: unknown output extension; use .json, .dot, .svg, "
                                         ".png, .pdf or .xlsx, or --format csv for CSV tables "
                                         "in a folder")
                              .arg(out));
    std::optional<layout::Engine> engine;
    if (const auto done = parseEngine(a, kLayout, &engine))
        return *done;
    OverlayRequest overlayRequest;
    if (const auto done = parseOverlay(a, out, &overlayRequest))
        return *done;
    render::ExportOptions exportOptions;
    if (const auto done = parsePdfPage(a, out, &exportOptions.pdfPage))
        return *done;
    if (const auto done = parsePngScale(a, out, &exportOptions.pngScale))
        return *done;
    render::ViewSpec viewSpec;
    if (const auto done = parseView(a, out, &viewSpec))
        return *done;

    const QString input = a.positional.constFirst();
    ReadResult r;
    if (const auto done = openInput(input, &r))
        return *done;
    Model &model = *r.model;

    if (const std::optional<render::ExportFormat> format
        = tables == TableExport::None ? render::exportFormatForPath(out) : std::nullopt) {
        if (viewSpec.kind == render::ViewKind::Neighbourhood
            && model.nodeIndex(viewSpec.centre) < 0)
            return failure(
                QStringLiteral("%1: --view: no node with id \"%2\"").arg(input, viewSpec.centre));
        render::Overlay overlay;
        if (overlayRequest.on())
            if (const auto done = computeOverlay(model, overlayRequest, input, &overlay))
                return *done;
        const render::View view = render::makeView(model, viewSpec);
        if (viewSpec.kind == render::ViewKind::Filter && view.model.nodes().isEmpty())
            return failure(
                QStringLiteral("%1: --view: no node has %2 \"%3\"")
                    .arg(input, render::filterFieldName(viewSpec.field), viewSpec.value));
        const std::optional<layout::LayoutResult> placed
            = diagramLayout(view.model, engine, input, render::viewNodeScales(view));
        if (!placed)
            return Failure;
        render::Diagram diagram = render::buildViewDiagram(view, &*placed);
        render::applyOverlay(diagram, render::viewOverlay(overlay, view));
        QString error;
        if (!render::exportDiagram(diagram, out, *format, exportOptions, &error))
            return writeFailure(error, out);
        return Success;
    }

    if (engine) {
        const LayoutOutcome outcome
            = layout::computeLayout(model, { *engine, true, render::calloutSizes(model), {} });
        if (!outcome.result)
            return layoutFailure(outcome, *engine, input);
        printLayoutMessages(*outcome.result, input);
        applyPositions(model, *outcome.result, *engine, input);
    }

    QString error;
    if (tables != TableExport::None) {
        const bool written = tables == TableExport::Csv
            ? interchange::writeCsvTables(model, out, &error)
            : interchange::writeXlsx(model, out, &error);
        return written ? Success : writeFailure(error, out);
    }
    if (suffix == u"json") {
        if (!io::writeModelJsonFile(model, out, &error))
            return writeFailure(error, out);
        return Success;
    }
    const QByteArray dot = layout::writeDot(model, &error);
    if (dot.isEmpty())
        return failure(QStringLiteral("%1: %2").arg(out, error));
    if (!io::writeFileAtomically(out, dot, &error))
        return writeFailure(error, out);
    return Success;
}

int runLayout(const QStringList &args)
{
    Arguments a;
    const QString documentName = QStringLiteral("DOC.") + storage::kFileSuffix;
    if (const auto done
        = parseCommandLine(QStringLiteral("layout"), args, { kEngine }, documentName, &a))
        return *done;
    std::optional<layout::Engine> engine;
    if (const auto done = parseEngine(a, kEngine, &engine))
        return *done;

    const QString doc = a.positional.constFirst();
    if (files::detectFileKind(doc) != files::FileKind::WeaklinkDocument)
        return failure(QStringLiteral("%1: not a .%2 document; layout stores positions in one "
                                      "(weaklink-cli import %1 -o %3 first)")
                           .arg(doc, storage::kFileSuffix, documentName));
    ReadResult r;
    if (const auto done = openInput(doc, &r))
        return *done;
    Model &model = *r.model;

    const layout::Engine chosen = engine.value_or(layout::defaultEngine(int(model.nodes().size())));
    const LayoutOutcome outcome
        = layout::computeLayout(model, { chosen, true, render::calloutSizes(model), {} });
    if (!outcome.result)
        return layoutFailure(outcome, chosen, doc);
    printLayoutMessages(*outcome.result, doc);
    applyPositions(model, *outcome.result, chosen, doc);

    QString error;
    if (!storage::save(model, r.state, doc, &error))
        return writeFailure(error, doc);
    return Success;
}

namespace {

// The contract gaps (docs/OBLIGATIONS.md) as lines of info's warnings.
QStringList contractGapWarnings(const Model &m)
{
    const obligations::RulesResult rules = obligations::builtInRules();
    QStringList out;
    if (!rules.ok())
        return out;
    for (const obligations::ContractGap &gap :
        obligations::contractGaps(m, *rules.rules, QDate::currentDate()))
        out.append(obligations::gapText(m, *rules.rules, gap));
    return out;
}

} // namespace

int runInfo(const QStringList &args)
{
    Arguments a;
    if (const auto done
        = parseCommandLine(QStringLiteral("info"), args, { kJson }, QStringLiteral("MODEL"), &a))
        return *done;

    const QString input = a.positional.constFirst();
    ReadResult &r = keptUntilExit<ReadResult>();
    r = files::openModelFile(input);
    if (!r.ok())
        return readFailure(r, input);
    const Model &m = *r.model;

    // The organisations and the contract gaps on another core (or when
    // needed, where no thread can be started) while this one finds the
    // structural warnings: each only reads the model.
    QSet<QString> organizations;
    std::future<QStringList> gaps
        = std::async(std::launch::async | std::launch::deferred, [&organizations, &m] {
              for (const Node &n : m.nodes())
                  if (!n.organization.isEmpty())
                      organizations.insert(n.organization);
              return contractGapWarnings(m);
          });
    const QStringList structural = modelWarnings(m);
    const QStringList warnings = r.warnings + structural + gaps.get();

    if (a.has(kJson.key)) {
        QByteArray json;
        io::json::Members info(json, 2);
        io::json::appendString(info.key("format"), QStringLiteral("weaklink-info"));
        io::json::appendInteger(info.key("version"), 1);
        io::json::appendString(info.key("file"), input);
        io::json::appendString(info.key("name"), m.name);
        io::json::appendInteger(info.key("nodes"), m.nodes().size());
        io::json::appendInteger(info.key("edges"), m.edges().size());
        io::json::appendInteger(info.key("data"), m.data().size());
        io::json::appendInteger(info.key("organizations"), organizations.size());
        io::json::appendStringList(info.key("warnings"), warnings);
        info.close();
        printOut(QString::fromUtf8(json) + u'\n');
        return Success;
    }

    QString text;
    const auto line = [&text](const char *label, const QString &value) {
        text += QStringLiteral("%1 %2\n").arg(QLatin1String(label), -14).arg(oneLine(value));
    };
    line("file", input);
    line("name", m.name);
    // Plain digits, as scripts read them, whatever the user's locale.
    const QLocale c = QLocale::c();
    line("nodes", format::count(m.nodes().size(), c));
    line("edges", format::count(m.edges().size(), c));
    line("data assets", format::count(m.data().size(), c));
    line("organizations", format::count(organizations.size(), c));
    line("warnings", format::count(warnings.size(), c));
    for (const QString &w : warnings)
        text += QStringLiteral("  ") + oneLine(w) + u'\n';
    printOut(text);
    return Success;
}

namespace {

// A helper's request: all of standard input, read in pieces (read(max) would
// reserve the whole gigabyte up front), up to just over the 1 GB limit.
std::optional<QByteArray> readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray input;
    for (QByteArray piece;
         !(piece = in.read(1 << 20)).isEmpty() && input.size() <= interchange::kMaxInputBytes;)
        input += piece;
    return input;
}

int writeReply(const QByteArray &reply)
{
    std::fwrite(reply.constData(), 1, size_t(reply.size()), stdout);
    return std::fflush(stdout) == 0 ? Success : Failure;
}

} // namespace

int runReadDot(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(args.constFirst()));
    const std::optional<QByteArray> input = readStandardInput();
    if (!input)
        return failure(QStringLiteral("cannot read standard input"));
    return writeReply(files::dotChildReply(*input));
}

int runLayoutChild(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(args.constFirst()));
    const std::optional<QByteArray> input = readStandardInput();
    if (!input)
        return failure(QStringLiteral("cannot read standard input"));
    return writeReply(files::layoutChildReply(*input));
}

} // namespace wl::cli
