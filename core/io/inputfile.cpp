#include "inputfile.h"

#include "atomicfile.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wl::io {

namespace {

QString describe(const struct stat &st)
{
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("it is a folder");
    if (!S_ISREG(st.st_mode))
        return QStringLiteral("it is not a regular file (a FIFO, socket or device)");
    return {};
}

QString cannotOpen(const QString &why)
{
    return QStringLiteral("cannot open the file: %1").arg(why);
}

QString errnoReason(int err)
{
    return err == ENOENT ? QStringLiteral("it does not exist") : systemErrorText(err);
}

} // namespace

QString checkRegularFile(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errnoReason(errno);
    return describe(st);
}

bool openRegularFile(QFile &file, QString *reason)
{
    // The type is checked before the open, which would block on a FIFO, and
    // again on what was opened (without blocking), in case the path was
    // replaced in between.
    const QString before = checkRegularFile(file.fileName());
    if (!before.isEmpty()) {
        *reason = cannotOpen(before);
        return false;
    }
    const int fd
        = ::open(QFile::encodeName(file.fileName()).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *reason = cannotOpen(errnoReason(errno));
        return false;
    }
    struct stat st { };
    QString after = ::fstat(fd, &st) == 0 ? describe(st) : systemErrorText(errno);
    if (after.isEmpty() && ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
        after = systemErrorText(errno);
    if (after.isEmpty() && !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        after = file.errorString();
    if (!after.isEmpty()) {
        if (!file.isOpen())
            ::close(fd);
        *reason = cannotOpen(after);
        return false;
    }
    return true;
}

} // namespace wl::io
