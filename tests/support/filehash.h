// A file's SHA-256, for tests that check a failed command left a file as it
// was; empty if it cannot be read.
#pragma once

#include <QCryptographicHash>
#include <QFile>

namespace wl::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

} // namespace wl::test
