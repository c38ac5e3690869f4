#include "modelfile.h"

#include "io/inputfile.h"
#include "io/modeljson.h"
#include "simulation/compiledmodel.h"
#include "storage/storage.h"

#include <QFile>
#include <QFileInfo>

namespace wl::files {

namespace {

// Enough to see past an editor's leading blank lines; a file that is blank
// this far is judged by its name.
constexpr qint64 kSniffBytes = 4096;

FileKind kindFromContent(QByteArrayView head)
{
    static constexpr char sqliteHeader[] = "SQLite format 3"; // and its terminating NUL
    if (head.startsWith(QByteArrayView(sqliteHeader, sizeof sqliteHeader)))
        return FileKind::WeaklinkDocument;
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    for (const char c : head) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' ? FileKind::ModelJson : FileKind::Unknown;
    }
    return FileKind::Unknown;
}

FileKind kindFromName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(storage::kFileSuffix, Qt::CaseInsensitive) == 0)
        return FileKind::WeaklinkDocument;
    if (suffix.compare(u"json", Qt::CaseInsensitive) == 0)
        return FileKind::ModelJson;
    return FileKind::Unknown;
}

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
    const FileKind byContent = kindFromContent(file.peek(kSniffBytes));
    return byContent != FileKind::Unknown ? byContent : kindFromName(path);
}

} // namespace

FileKind detectFileKind(const QString &path)
{
    QFile file(path);
    QString reason;
    if (!io::openRegularFile(file, &reason))
        return kindFromName(path);
    return detect(file, path);
}

ReadResult openModelFile(const QString &path)
{
    QFile file(path);
    QString reason;
    if (!io::openRegularFile(file, &reason))
        return ReadResult::failure(path, reason);
    switch (detect(file, path)) {
    case FileKind::WeaklinkDocument: file.close(); return rekeyLegacyResults(storage::load(path));
    case FileKind::ModelJson: return io::readModelJson(file.readAll(), path);
    case FileKind::Unknown: break;
    }
    return ReadResult::failure(path,
        QStringLiteral("unsupported file format (expected a .weaklink document or model JSON)"));
}

} // namespace wl::files
