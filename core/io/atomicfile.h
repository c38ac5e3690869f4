// The one way Weaklink writes a file: atomically (FORMAT.md §2). The new
// content goes to a hidden temporary file beside the target,
// ".NAME.XXXXXX.tmp", which its writer holds locked (flock) while it writes;
// it is synced and renamed over the target, so that at every moment the
// target is the complete old or the complete new file. A writer that is
// killed leaves its temporary file behind: the next write of the same target
// removes every such file that no running writer holds locked.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace wl::io {

class AtomicFile {
public:
    explicit AtomicFile(const QString &target);
    ~AtomicFile(); // removes the temporary file unless it was committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Checks the target (its folder exists, it is not a folder, an existing
    // file is writable), removes stale temporary files of the target and
    // creates this writer's own. On failure sets *reason (without the file
    // name, e.g. "no space left on device").
    bool open(QString *reason);

    // The temporary file, for writers that open it themselves (SQLite).
    const QByteArray &tempPath() const { return m_tempPath; }

    bool write(QByteArrayView bytes, QString *reason);

    // Syncs the temporary file (an existing target keeps its permissions)
    // and renames it over the target.
    bool commit(QString *reason);

private:
    QString m_target;
    QByteArray m_targetPath; // the file a symbolic link points to, encoded
    QByteArray m_tempPath;
    int m_fd = -1;
    bool m_exists = false;
    unsigned m_mode = 0;
};

// Writes `bytes` to `path` through an AtomicFile. On failure *error is
// "PATH: cannot write the file: REASON" and any existing file is as it was.
bool writeFileAtomically(const QString &path, QByteArrayView bytes, QString *error);

// Receives a file's content one piece after another.
using PieceSink = std::function<void(QByteArray piece)>;

// Writes to `path`, through an AtomicFile, the pieces that `make` hands to
// the sink it is given, in order. Each piece is written on a thread of its
// own while `make` goes on with the next: writing a file of tens of
// megabytes is mostly the system copying it, which then overlaps making
// it. Fails as writeFileAtomically does; after a failure the pieces still
// to come are dropped, and any existing file is as it was.
bool writeFileInPieces(
    const QString &path, const std::function<void(const PieceSink &)> &make, QString *error);

// The text of an errno value for the middle of a sentence, e.g. "no space
// left on device".
QString systemErrorText(int errnum);

} // namespace wl::io
