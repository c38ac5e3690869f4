#include "reportcommand.h"

#include "cli.h"
#include "commandline.h"
#include "simcommands.h"

#include "language.h"
#include "report/reportjson.h"
#include "report/reportpdf.h"
#include "storage/storage.h"

#include <QFileInfo>

namespace wl::cli {

namespace {

const OptionSpec kJson { QStringLiteral("json"), { QStringLiteral("--json") } };
const OptionSpec kScenario { QStringLiteral("scenario"), { QStringLiteral("--scenario") }, true };
const OptionSpec kSince { QStringLiteral("since"), { QStringLiteral("--since") }, true };
const OptionSpec kNoSince { QStringLiteral("no-since"), { QStringLiteral("--no-since") } };
const OptionSpec kPage { QStringLiteral("page"), { QStringLiteral("--page") }, true };
const OptionSpec kLang { QStringLiteral("lang"), { QStringLiteral("--lang") }, true };
const OptionSpec kDate { QStringLiteral("date"), { QStringLiteral("--date") }, true };

} // namespace

int runReport(const QStringList &args)
{
    Arguments a;
    if (const auto done = parseCommandLine(QStringLiteral("report"), args,
            { kOutput, kJson, kScenario, kSince, kNoSince, kPage, kLang, kDate, kTrials, kRngSeed,
                kThreads },
            QStringLiteral("MODEL"), &a))
        return *done;
    const bool json = a.has(kJson.key);
    const std::optional<QString> out = a.value(kOutput.key);
    if (!json && !out)
        return usageError(QStringLiteral("report needs -o OUT.pdf (or --json)"));
    if (out && out->isEmpty())
        return usageError(QStringLiteral("-o needs a file name"));
    if (!json && QFileInfo(*out).suffix().toLower() != u"pdf")
        return usageError(
            QStringLiteral("-o %1: the report is a .pdf (its JSON twin: --json)").arg(*out));
    if (const auto done = checkResultOutput(a))
        return *done;

    report::ReportOptions options;
    int threads = 0;
    if (const auto done = runArguments(a, &options.trials, &options.rngSeed, &threads))
        return *done;
    if (const auto page = a.value(kPage.key)) {
        const std::optional<render::PdfPage> parsed = render::pdfPageFromName(*page);
        if (!parsed || parsed->size == render::PaperSize::Automatic)
            return usageError(
                QStringLiteral("--page: unknown page \"%1\"; use A4, A3 or letter, optionally "
                               "with -portrait")
                    .arg(*page));
        options.page = *parsed;
    }
    if (const auto date = a.value(kDate.key)) {
        options.date = QDate::fromString(*date, Qt::ISODate);
        if (!options.date.isValid())
            return usageError(
                QStringLiteral("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(*date));
    }
    if (a.has(kSince.key) && a.has(kNoSince.key))
        return usageError(QStringLiteral("--since and --no-since exclude each other"));
    options.since = a.value(kSince.key).value_or(QString());
    options.compare = !a.has(kNoSince.key);
    options.scenario = a.value(kScenario.key).value_or(QString());
    const QString lang = a.value(kLang.key).value_or(QStringLiteral("en"));
    if (!language::codes().contains(lang) || lang.isEmpty())
        return usageError(QStringLiteral("--lang: unknown language \"%1\"; use %2")
                              .arg(lang, language::codes().mid(1).join(QStringLiteral(", "))));

    const QString input = a.positional.constFirst();
    ReadResult r;
    if (const auto done = openInput(input, &r))
        return *done;
    const bool document = files::detectFileKind(input) == files::FileKind::WeaklinkDocument;
    if (!document && (!options.since.isEmpty() || !options.scenario.isEmpty()))
        return failure(QStringLiteral("%1: not a .%2 document; --since and --scenario name a "
                                      "snapshot or a scenario kept in one")
                           .arg(input, storage::kFileSuffix));
    options.source = QFileInfo(input).fileName();
    language::apply(lang);

    sim::RunOptions run;
    run.threads = threads;
    const report::ReportOutcome outcome = report::computeReport(*r.model, r.state, options, run);
    if (!outcome.data)
        return failure(oneLine(input + QStringLiteral(": ") + outcome.error));
    if (json)
        return writeOutput(report::writeReportJson(*outcome.data), out);
    QString error;
    if (!report::BoardReport::write(*outcome.data, *out, &error))
        return failure(error);
    return Success;
}

} // namespace wl::cli
