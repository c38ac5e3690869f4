#include "modelfile.h"

#include "helper.h"

#include "interchange/limits.h"
#include "interchange/readers.h"
#include "io/inputfile.h"
#include "io/modeljson.h"
#include "simulation/compiledmodel.h"
#include "storage/storage.h"

#include <QFile>
#include <QFileInfo>

namespace wl::files {

namespace {

using interchange::ImportFormat;

// Up to schema 2 a stored result was keyed by io::modelDigest of the whole
// model, since then by sim::simulationDigest (which moving a node leaves
// alone). A result that was current stays current.
ReadResult rekeyLegacyResults(ReadResult r)
{
    if (!r.ok() || !r.legacyResultDigests)
        return r;
    const QByteArray old = io::modelDigest(*r.model);
    for (SavedScenario &saved : r.state.scenarios)
        if (!saved.resultModelDigest.isEmpty() && saved.resultModelDigest == old)
            saved.resultModelDigest = sim::simulationDigest(*r.model);
    r.legacyResultDigests = false;
    return r;
}

FileKind detect(QFile &file, const QString &path)
{
    return interchange::detectFormat(file.peek(interchange::kDetectBytes), path);
}

// A reader that takes no ReadControl: the stage Parsing before it, and its
// result dropped if the read was cancelled meanwhile.
template<typename Read>
ReadResult afterParsing(const ReadControl &control, const QString &path, Read read)
{
    if (!control.enter(ReadStage::Parsing))
        return ReadResult::cancelledRead(path);
    ReadResult r = read();
    return control.cancelled() ? ReadResult::cancelledRead(path) : r;
}

// The importers that read bytes, with the file's name for messages.
ReadResult readBytes(
    ImportFormat format, const QByteArray &bytes, const QString &path, const OpenOptions &options)
{
    const ReadControl &control = options.control;
    switch (format) {
    case ImportFormat::ModelJson: return io::readModelJson(bytes, path, control);
    case ImportFormat::CycloneDxJson:
        return interchange::readCycloneDxJson(bytes, path, options.import, control);
    case ImportFormat::CycloneDxXml:
        return interchange::readCycloneDxXml(bytes, path, options.import, control);
    case ImportFormat::ThreatDragon:
        return afterParsing(
            control, path, [&] { return interchange::readThreatDragon(bytes, path); });
    case ImportFormat::Otm:
        return afterParsing(control, path, [&] { return interchange::readOtm(bytes, path); });
    case ImportFormat::Threagile:
        return afterParsing(control, path, [&] { return interchange::readThreagile(bytes, path); });
    default: break;
    }
    return ReadResult::failure(path, QStringLiteral("not a format read from bytes"));
}

} // namespace

FileKind detectFileKind(const QString &path)
{
    if (QFileInfo(path).isDir())
        return interchange::detectFormat({}, path);
    QFile file(path);
    QString reason;
    if (!io::openRegularFile(file, &reason))
        return interchange::detectFormat({}, path);
    return detect(file, path);
}

ReadResult openModelFile(const QString &path, const OpenOptions &options)
{
    const ReadControl &control = options.control;
    if (QFileInfo(path).isDir()) {
        if (options.format.value_or(detectFileKind(path)) != ImportFormat::CsvTables)
            return ReadResult::failure(
                path, QStringLiteral("cannot open the file: it is a folder"));
        return afterParsing(control, path, [&] { return interchange::readCsvTables(path); });
    }
    QFile file(path);
    QString reason;
    if (!io::openRegularFile(file, &reason))
        return ReadResult::failure(path, reason);
    if (file.size() > interchange::kMaxInputBytes)
        return ReadResult::failure(
            path, QStringLiteral("larger than 1 GB; Weaklink reads files up to 1 GB"));
    const FileKind format = options.format.value_or(detect(file, path));
    switch (format) {
    case ImportFormat::WeaklinkDocument:
        file.close();
        return rekeyLegacyResults(storage::load(path, control));
    case ImportFormat::CsvTables:
        file.close();
        return afterParsing(control, path, [&] { return interchange::readCsvTables(path); });
    case ImportFormat::Xlsx:
        file.close();
        return afterParsing(
            control, path, [&] { return interchange::readXlsx(path, options.import); });
    case ImportFormat::SubprocessorList:
        file.close();
        return afterParsing(
            control, path, [&] { return interchange::readSubprocessorList(path, options.import); });
    case ImportFormat::Dot:
        file.close();
        return readDotInChild(path, options.dotHelper.isEmpty() ? helperPath() : options.dotHelper,
            kDotTimeout, control);
    case ImportFormat::Unknown:
        return ReadResult::failure(path,
            QStringLiteral("unsupported file format (expected a .weaklink document, model "
                           "JSON or a format of docs/IMPORT.md; --format names one)"));
    default: break;
    }
    if (!control.enter(ReadStage::Reading))
        return ReadResult::cancelledRead(path);
    const QByteArray bytes = file.readAll();
    if (control.cancelled())
        return ReadResult::cancelledRead(path);
    return readBytes(format, bytes, path, options);
}

} // namespace wl::files
