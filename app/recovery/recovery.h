// Recovery after a crash. While the document has unsaved changes, a copy of
// it (a complete .weaklink document) is written every few minutes and after
// every kStepsPerCopy undo steps into the user's data folder, atomically and
// off the GUI thread; it is removed when the document is saved or the window
// closes cleanly. A copy whose window is gone (a crash, kill -9, a power
// cut) is offered at the next start: Recover opens it as an unsaved document
// that saves to the original file only when the user saves; Discard deletes
// it; Later keeps it for the next start.
//
// Each window's copy is three files in folder(): ID.weaklink, ID.json (what
// the copy is of, and when) and ID.lock, a QLockFile the window holds while
// it lives. A copy whose lock is held belongs to a running window and is
// never offered; the lock of a window that died is stale (its process is
// gone) and is taken over by the window that offers it.
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QLockFile;
class QWidget;

namespace wl {

class Document;
class DocumentController;

struct RecoveryCopy {
    QString id;
    // The copy itself, a .weaklink document.
    QString path;
    // The file the document was opened from or last saved to; empty for a
    // new document or the bundled example.
    QString sourcePath;
    // Whether sourcePath is a .weaklink document (saving goes there) rather
    // than an imported file.
    bool sourceIsDocument = false;
    // The window's title when the copy was written ("Model — file").
    QString title;
    QDateTime savedAt;
};

class Recovery : public QObject {
    Q_OBJECT
public:
    enum class Answer { Recover, Discard, Later };
    struct Prompts {
        // "Recover unsaved changes to X from 14:32?"
        std::function<Answer(const RecoveryCopy &copy)> offer;
        // Starts another window (another process) with these arguments: a
        // second copy to recover while this window has one already.
        std::function<void(const QStringList &arguments)> startWindow;
    };

    static constexpr int kStepsPerCopy = 50;
    static constexpr int kDefaultIntervalMinutes = 2;
    // QSettings key of the interval in minutes; 0 writes copies after
    // undo steps only.
    static QString intervalKey();
    // AppLocalDataLocation/recovery.
    static QString defaultFolder();
    // The interval the settings ask for.
    static std::chrono::milliseconds configuredInterval();

    // `window` parents the question; it does not own this.
    Recovery(Document *document, DocumentController *controller, QWidget *window,
        const QString &folder = defaultFolder());
    // A clean close: waits for a copy being written and removes this
    // window's copy.
    ~Recovery() override;

    Prompts &prompts() { return m_prompts; }
    QString folder() const { return m_folder; }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    // This window's copy; empty while there is none.
    QString copyPath() const;
    // Copies left by windows that are gone, newest first.
    QList<RecoveryCopy> leftBehind() const;
    // Offers each copy left behind; returns whether one was recovered into
    // this window (the others Recover starts in windows of their own).
    bool offerLeftBehind();
    // Recovers the copy at `path`, one of this folder's, into this window,
    // without asking (the --recover option of a window started by
    // offerLeftBehind); false for any other file.
    bool recover(const QString &path);

    // Blocks until a copy being written is done.
    void waitForWrites();

signals:
    void copyWritten(const QString &path);
    void copyRemoved();
    // A copy could not be written; the reason names the file.
    void writeFailed(const QString &reason);

private:
    struct Written {
        QString error;
    };

    void installDefaultPrompts(QWidget *window);
    void noteChange();
    void startWrite();
    void writeFinished();
    void removeCopy();
    // Takes over a dead window's copy: its lock, id and files become this
    // window's.
    bool adopt(const RecoveryCopy &copy, std::unique_ptr<QLockFile> lock);
    bool ensureLock();
    QString filePath(const QString &id, const QString &suffix) const;

    Document *m_document;
    DocumentController *m_controller;
    QString m_folder;
    Prompts m_prompts;
    QTimer m_timer;
    QFutureWatcher<Written> m_watcher;
    std::unique_ptr<QLockFile> m_lock;
    QString m_id;
    int m_steps = 0;
    // Changes since the last copy.
    bool m_dirty = false;
    bool m_hasCopy = false;
    bool m_writing = false;
    bool m_writeAgain = false;
    bool m_removeAfterWrite = false;
};

} // namespace wl
