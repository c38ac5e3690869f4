#include "modelfile.h"

#include "inputfile.h"
#include "modeljson.h"
#include "storage/storage.h"

#include <QFile>
#include <QFileInfo>

namespace wl::io {

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
    if (!openRegularFile(file, &reason))
        return kindFromName(path);
    return detect(file, path);
}

ReadResult openModelFile(const QString &path)
{
    QFile file(path);
    QString reason;
    if (!openRegularFile(file, &reason))
        return ReadResult::failure(path, reason);
    switch (detect(file, path)) {
    case FileKind::WeaklinkDocument: file.close(); return storage::load(path);
    case FileKind::ModelJson: return readModelJson(file.readAll(), path);
    case FileKind::Unknown: break;
    }
    return ReadResult::failure(path,
        QStringLiteral("unsupported file format (expected a .weaklink document or model JSON)"));
}

} // namespace wl::io
