// libFuzzer target: opening arbitrary bytes as a .weaklink document
// (scripts/fuzz.sh, docs/RELIABILITY.md). The bytes go to a file, because a
// document is read from one; the load must give a model or one error, leave
// the file as it was and nothing beside it.
#include "storage/storage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.weaklink"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            std::abort();
    }
    const wl::ReadResult r = wl::storage::load(path);
    if (r.ok() == !r.error.isEmpty())
        std::abort();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes)
        std::abort(); // opening never writes
    if (QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size()
        != 1)
        std::abort(); // nor beside the file
    return 0;
}
