#include "atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wl::io {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int kRandomLength = 6;
constexpr char kTempSuffix[] = ".tmp";

// ".NAME." — what every temporary file of the target NAME starts with.
QByteArray tempPrefix(const QByteArray &targetName)
{
    return '.' + targetName + '.';
}

bool isTempName(const QByteArray &entry, const QByteArray &prefix)
{
    const qsizetype suffixLength = qsizetype(sizeof kTempSuffix - 1);
    if (entry.size() != prefix.size() + kRandomLength + suffixLength || !entry.startsWith(prefix)
        || !entry.endsWith(kTempSuffix))
        return false;
    for (qsizetype i = prefix.size(); i < prefix.size() + kRandomLength; ++i)
        if (!std::strchr(kAlphabet, entry[i]))
            return false;
    return true;
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Removes the temporary files of `targetName` in `dir` that were left by a
// writer that died: those nobody holds locked. The lock is taken before the
// unlink and held until after it, and a new writer checks that its file
// still has its name once it holds the lock (see createLocked), so a file
// that is being written is never removed.
void removeStaleTempFiles(const QByteArray &dir, const QByteArray &targetName)
{
    DIR *d = ::opendir(dir.constData());
    if (!d)
        return;
    const QByteArray prefix = tempPrefix(targetName);
    while (const dirent *entry = ::readdir(d)) {
        const QByteArray name(entry->d_name);
        if (!isTempName(name, prefix))
            continue;
        const QByteArray path = dir + '/' + name;
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat opened { };
        struct stat named { };
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &opened) == 0
            && S_ISREG(opened.st_mode) && ::lstat(path.constData(), &named) == 0
            && sameFile(opened, named))
            ::unlink(path.constData());
        ::close(fd);
    }
    ::closedir(d);
}

// Creates a new temporary file for `targetName` in `dir`, locked. Returns
// the descriptor, or -1 with errno set.
int createLocked(const QByteArray &dir, const QByteArray &targetName, QByteArray *path)
{
    const QByteArray prefix = dir + '/' + tempPrefix(targetName);
    for (int attempt = 0; attempt < 100; ++attempt) {
        QByteArray name = prefix;
        for (int i = 0; i < kRandomLength; ++i)
            name += kAlphabet[QRandomGenerator::global()->bounded(int(sizeof kAlphabet - 1))];
        name += kTempSuffix;
        // 0666 so that the umask decides, as for any new file.
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return -1;
        }
        // Between the open and the lock another writer may have taken the
        // file for a stale one and removed it: then start again.
        struct stat opened { };
        struct stat named { };
        if (::flock(fd, LOCK_EX) == 0 && ::fstat(fd, &opened) == 0
            && ::lstat(name.constData(), &named) == 0 && sameFile(opened, named)) {
            *path = name;
            return fd;
        }
        ::close(fd);
    }
    errno = EEXIST;
    return -1;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QStringLiteral("%1: cannot write the file: %2").arg(path, reason);
}

} // namespace

QString systemErrorText(int errnum)
{
    QString text = QString::fromLocal8Bit(std::strerror(errnum));
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

AtomicFile::AtomicFile(const QString &target)
    : m_target(target)
{
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_tempPath.isEmpty())
        ::unlink(m_tempPath.constData());
}

bool AtomicFile::open(QString *reason)
{
    if (m_target.isEmpty()) {
        *reason = QStringLiteral("no file name given");
        return false;
    }
    QFileInfo target(m_target);
    // Replace what a link points to, not the link.
    if (target.isSymLink() && target.exists())
        target = QFileInfo(target.canonicalFilePath());
    const QString dir = target.absolutePath();
    if (!QFileInfo(dir).isDir()) {
        *reason = QStringLiteral("the folder %1 does not exist").arg(dir);
        return false;
    }
    if (target.isDir()) {
        *reason = QStringLiteral("it is a folder");
        return false;
    }
    m_targetPath = QFile::encodeName(target.absoluteFilePath());
    struct stat existing { };
    m_exists = ::stat(m_targetPath.constData(), &existing) == 0;
    m_mode = existing.st_mode & 07777;
    if (m_exists && !S_ISREG(existing.st_mode)) {
        *reason = QStringLiteral("it is not a regular file");
        return false;
    }
    if (m_exists && !target.isWritable()) {
        *reason = QStringLiteral("the file is read-only");
        return false;
    }

    const QByteArray encodedDir = QFile::encodeName(dir);
    const QByteArray targetName = QFile::encodeName(target.fileName());
    removeStaleTempFiles(encodedDir, targetName);
    m_fd = createLocked(encodedDir, targetName, &m_tempPath);
    if (m_fd < 0) {
        *reason = QStringLiteral("cannot create a file in %1: %2").arg(dir, systemErrorText(errno));
        return false;
    }
    return true;
}

bool AtomicFile::write(QByteArrayView bytes, QString *reason)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *reason = systemErrorText(n < 0 ? errno : EIO);
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

bool AtomicFile::commit(QString *reason)
{
    // fsync through our own descriptor also reaches what another writer
    // (SQLite) wrote through its own: both refer to the same file.
    bool ok = (!m_exists || ::fchmod(m_fd, mode_t(m_mode)) == 0) && ::fsync(m_fd) == 0;
    int err = ok ? 0 : errno;
    if (::close(m_fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    m_fd = -1;
    if (!ok) {
        *reason = systemErrorText(err);
        return false;
    }
    if (::rename(m_tempPath.constData(), m_targetPath.constData()) != 0) {
        *reason = QStringLiteral("cannot replace the file: %1").arg(systemErrorText(errno));
        return false;
    }
    m_tempPath.clear();
    // Makes the rename durable. Best effort: the rename has happened, so a
    // failure here must not be reported as "file left as it was".
    const QByteArray dir = QFile::encodeName(QFileInfo(QFile::decodeName(m_targetPath)).path());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

bool writeFileAtomically(const QString &path, QByteArrayView bytes, QString *error)
{
    AtomicFile file(path);
    QString reason;
    if (file.open(&reason) && file.write(bytes, &reason) && file.commit(&reason))
        return true;
    if (error)
        *error = cannotWrite(path, reason);
    return false;
}

bool writeFileInPieces(
    const QString &path, const std::function<void(const PieceSink &)> &make, QString *error)
{
    AtomicFile file(path);
    QString reason;
    bool ok = file.open(&reason);
    if (ok) {
        std::mutex mutex;
        std::condition_variable wake;
        std::deque<QByteArray> queue;
        bool made = false;
        bool failed = false; // read by the maker to drop what is left
        std::thread writer([&] {
            std::unique_lock lock(mutex);
            for (;;) {
                wake.wait(lock, [&] { return !queue.empty() || made; });
                if (queue.empty())
                    return;
                const QByteArray piece = std::move(queue.front());
                queue.pop_front();
                lock.unlock();
                QString failure;
                const bool written = file.write(piece, &failure);
                lock.lock();
                if (!written) {
                    failed = true;
                    reason = failure;
                    queue.clear();
                    return;
                }
            }
        });
        make([&](QByteArray piece) {
            {
                std::lock_guard lock(mutex);
                if (failed)
                    return;
                queue.push_back(std::move(piece));
            }
            wake.notify_one();
        });
        {
            std::lock_guard lock(mutex);
            made = true;
        }
        wake.notify_one();
        writer.join();
        ok = !failed && file.commit(&reason);
    }
    if (!ok && error)
        *error = cannotWrite(path, reason);
    return ok;
}

} // namespace wl::io
