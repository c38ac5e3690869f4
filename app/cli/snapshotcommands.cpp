#include "snapshotcommands.h"

#include "arguments.h"
#include "cli.h"
#include "commandline.h"
#include "simcommands.h"

#include "analysis/snapshots.h"
#include "files/modelfile.h"
#include "format/format.h"
#include "io/jsonwriter.h"
#include "storage/storage.h"

#include <optional>

namespace wl::cli {

namespace {

const OptionSpec kName { QStringLiteral("name"), { QStringLiteral("--name") }, true };
const OptionSpec kNote { QStringLiteral("note"), { QStringLiteral("--note") }, true };
const OptionSpec kDate { QStringLiteral("date"), { QStringLiteral("--date") }, true };
const OptionSpec kListJson { QStringLiteral("json"), { QStringLiteral("--json") } };

QString documentArgument()
{
    return QStringLiteral("DOC.") + storage::kFileSuffix;
}

// The document, which must be a .weaklink file: snapshots live in one.
std::optional<int> openDocument(const QString &path, const QString &command, ReadResult *r)
{
    if (files::detectFileKind(path) != files::FileKind::WeaklinkDocument)
        return failure(QStringLiteral("%1: not a .%2 document; %3 works on one "
                                      "(weaklink-cli import %1 -o %4 first)")
                           .arg(path, storage::kFileSuffix, command, documentArgument()));
    return openInput(path, r);
}

// --date: a date (midnight UTC) or a date and time, ISO 8601; UTC unless an
// offset is given. Now without the option.
std::optional<int> takenAt(const Arguments &a, QDateTime *out)
{
    const auto text = a.value(kDate.key);
    if (!text) {
        *out = QDateTime::currentDateTimeUtc();
        return std::nullopt;
    }
    QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(*text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return usageError(QStringLiteral("--date: \"%1\" is not a date (YYYY-MM-DD) or a date "
                                         "and time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])")
                              .arg(*text));
    *out = t.toUTC();
    return std::nullopt;
}

} // namespace

int runSnapshot(const QStringList &args)
{
    Arguments a;
    if (const auto done = parseCommandLine(QStringLiteral("snapshot"), args,
            { kName, kNote, kDate, kTrials, kRngSeed, kThreads }, documentArgument(), &a))
        return *done;
    analysis::SnapshotRequest request;
    const auto name = a.value(kName.key);
    if (!name || name->trimmed().isEmpty())
        return usageError(QStringLiteral("snapshot needs --name NAME"));
    request.name = *name;
    request.note = a.value(kNote.key).value_or(QString());
    int threads = 0;
    if (const auto done = takenAt(a, &request.takenAt))
        return *done;
    if (const auto done = runArguments(a, &request.trials, &request.rngSeed, &threads))
        return *done;

    const QString doc = a.positional.constFirst();
    ReadResult r;
    if (const auto done = openDocument(doc, QStringLiteral("snapshot"), &r))
        return *done;
    for (const Snapshot &s : r.state.snapshots)
        if (s.name == request.name)
            return failure(
                QStringLiteral("%1: there is already a snapshot named \"%2\"").arg(doc, s.name));
    sim::RunOptions options;
    options.threads = threads;
    analysis::SnapshotOutcome taken = analysis::takeSnapshot(*r.model, request, options);
    if (!taken.snapshot)
        return failure(oneLine(doc + QStringLiteral(": ") + taken.error));
    r.state.snapshots.append(std::move(*taken.snapshot));
    QString error;
    if (!storage::save(*r.model, r.state, doc, &error))
        return failure(error.isEmpty() ? doc + QStringLiteral(": cannot write the file") : error);
    return Success;
}

int runSnapshots(const QStringList &args)
{
    Arguments a;
    if (const auto done = parseCommandLine(
            QStringLiteral("snapshots"), args, { kListJson }, documentArgument(), &a))
        return *done;
    const QString doc = a.positional.constFirst();
    ReadResult r;
    if (const auto done = openDocument(doc, QStringLiteral("snapshots"), &r))
        return *done;

    struct Row {
        const Snapshot *snapshot;
        Model model;
        std::optional<double> records;
    };
    QVector<Row> rows;
    for (const Snapshot &s : r.state.snapshots) {
        const ReadResult m = analysis::readSnapshotModel(s);
        if (!m.ok())
            return failure(oneLine(doc + QStringLiteral(": ") + m.message()));
        rows.append({ &s, *m.model, analysis::baselineRecords(s) });
    }

    if (a.has(kListJson.key)) {
        QByteArray json;
        io::json::Members top(json, 2);
        io::json::appendString(top.key("format"), QStringLiteral("weaklink-snapshots"));
        io::json::appendInteger(top.key("version"), 1);
        QByteArray &list = top.key("snapshots");
        io::json::appendLines(list, rows.size(), [&](qsizetype i) {
            const Row &row = rows[i];
            const Snapshot &s = *row.snapshot;
            list += "{ \"name\": ";
            io::json::appendString(list, s.name);
            list += ", \"taken_at\": ";
            io::json::appendString(list, snapshot::takenAtToText(s.takenAt));
            list += ", \"note\": ";
            io::json::appendString(list, s.note);
            list += ", \"nodes\": ";
            io::json::appendInteger(list, row.model.nodes().size());
            list += ", \"edges\": ";
            io::json::appendInteger(list, row.model.edges().size());
            list += ", \"data\": ";
            io::json::appendInteger(list, row.model.data().size());
            list += ", \"trials\": ";
            io::json::appendInteger(list, s.trials);
            list += ", \"rng_seed\": ";
            list += QByteArray::number(s.rngSeed);
            list += ", \"expected_exposed_records\": ";
            if (row.records)
                io::json::appendDouble(list, *row.records);
            else
                list += "null";
            list += " }";
        });
        top.close();
        printOut(QString::fromUtf8(json) + u'\n');
        return Success;
    }

    // One line each, as scripts read them: plain digits whatever the locale.
    const QLocale c = QLocale::c();
    QString text;
    for (const Row &row : rows) {
        const Snapshot &s = *row.snapshot;
        text += QStringLiteral("%1\t%2\t%3 nodes\t%4 edges\t%5 data assets\t%6\t%7\n")
                    .arg(oneLine(s.name), snapshot::takenAtToText(s.takenAt),
                        format::count(row.model.nodes().size(), c),
                        format::count(row.model.edges().size(), c),
                        format::count(row.model.data().size(), c),
                        row.records ? format::records(*row.records, c) : QStringLiteral("-"),
                        oneLine(s.note));
    }
    printOut(text);
    return Success;
}

} // namespace wl::cli
