// Files the helper-process tests write: a file's bytes, and an executable
// shell script standing in for weaklink-cli (the DOT reader's and the
// layout's helper) that crashes, hangs or answers what the test needs.
#pragma once

#include <QFile>
#include <QTemporaryDir>

namespace wl::test {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// `body` runs under /bin/sh; the script's path, or empty if it cannot be
// written.
inline QString fakeHelper(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    if (!writeFile(path, "#!/bin/sh\n" + body + "\n"))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace wl::test
