#include "recovery.h"

#include "documentcontroller.h"
#include "jobs/backgroundthreads.h"

#include "io/atomicfile.h"
#include "model/document.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace wl {

namespace {

using namespace std::chrono_literals;

const QString kFormat = QStringLiteral("weaklink-recovery");
const QString kDocumentSuffix = QStringLiteral("weaklink");
const QString kInfoSuffix = QStringLiteral("json");
const QString kLockSuffix = QStringLiteral("lock");

std::unique_ptr<QLockFile> lockFor(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // Stale only when its process is gone, however old it is.
    lock->setStaleLockTime(0);
    return lock;
}

QByteArray infoJson(const RecoveryCopy &copy)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("source"), copy.sourcePath);
    o.insert(QStringLiteral("sourceIsDocument"), copy.sourceIsDocument);
    o.insert(QStringLiteral("title"), copy.title);
    o.insert(QStringLiteral("savedAt"), copy.savedAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson();
}

// The copy at `path` with what its .json says; without one (the window died
// between writing the two) the copy still counts, dated by the file.
RecoveryCopy readCopy(const QString &path)
{
    const QFileInfo info(path);
    RecoveryCopy copy;
    copy.id = info.completeBaseName();
    copy.path = info.absoluteFilePath();
    copy.savedAt = info.lastModified();
    QFile file(info.dir().filePath(copy.id + u'.' + kInfoSuffix));
    if (!file.open(QIODevice::ReadOnly))
        return copy;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return copy;
    copy.sourcePath = o.value(QStringLiteral("source")).toString();
    copy.sourceIsDocument = o.value(QStringLiteral("sourceIsDocument")).toBool();
    copy.title = o.value(QStringLiteral("title")).toString();
    const QDateTime savedAt
        = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (savedAt.isValid())
        copy.savedAt = savedAt.toLocalTime();
    return copy;
}

// What the question calls the document: its file, else its title.
QString copyName(const RecoveryCopy &copy)
{
    if (!copy.sourcePath.isEmpty())
        return QFileInfo(copy.sourcePath).fileName();
    return copy.title.isEmpty() ? Recovery::tr("Untitled") : copy.title;
}

QString copyTime(const QDateTime &savedAt)
{
    const QLocale locale;
    if (savedAt.date() == QDate::currentDate())
        return locale.toString(savedAt.time(), QLocale::ShortFormat);
    return locale.toString(savedAt, QLocale::ShortFormat);
}

} // namespace

QString Recovery::intervalKey()
{
    return QStringLiteral("recovery/intervalMinutes");
}

QString Recovery::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

std::chrono::milliseconds Recovery::configuredInterval()
{
    const int minutes = QSettings().value(intervalKey(), kDefaultIntervalMinutes).toInt();
    return std::chrono::minutes(std::max(0, minutes));
}

Recovery::Recovery(
    Document *document, DocumentController *controller, QWidget *window, const QString &folder)
    : m_document(document)
    , m_controller(controller)
    , m_folder(QDir(folder).absolutePath())
{
    installDefaultPrompts(window);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &Recovery::writeFinished);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            startWrite();
    });
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (modified)
            noteChange();
        else
            removeCopy();
    });
    connect(m_document, &Document::changed, this, &Recovery::noteChange);
    connect(m_document, &Document::scenariosChanged, this, &Recovery::noteChange);
    connect(m_document, &Document::exerciseChanged, this, &Recovery::noteChange);
    connect(m_document, &Document::snapshotsChanged, this, &Recovery::noteChange);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (++m_steps >= kStepsPerCopy)
            startWrite();
    });
    setInterval(configuredInterval());
}

Recovery::~Recovery()
{
    m_watcher.waitForFinished();
    if (!m_id.isEmpty()) {
        QFile::remove(filePath(m_id, kDocumentSuffix));
        QFile::remove(filePath(m_id, kInfoSuffix));
    }
    if (m_lock)
        m_lock->unlock();
}

void Recovery::installDefaultPrompts(QWidget *window)
{
    m_prompts.offer = [window](const RecoveryCopy &copy) {
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
            tr("Recover unsaved changes to “%1” from %2?")
                .arg(copyName(copy), copyTime(copy.savedAt)),
            QMessageBox::NoButton, window);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Weaklink closed without saving them. Recover opens them as "
                                  "unsaved changes; the file itself stays as it is until you "
                                  "save. Later asks again at the next start."));
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.setEscapeButton(later);
        box.exec();
        return box.clickedButton() == recover ? Answer::Recover
            : box.clickedButton() == discard  ? Answer::Discard
                                              : Answer::Later;
    };
    m_prompts.startWindow = [](const QStringList &arguments) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    };
}

void Recovery::setInterval(std::chrono::milliseconds interval)
{
    if (interval <= 0ms) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
}

std::chrono::milliseconds Recovery::interval() const
{
    return m_timer.isActive() ? m_timer.intervalAsDuration() : 0ms;
}

QString Recovery::copyPath() const
{
    return m_hasCopy ? filePath(m_id, kDocumentSuffix) : QString();
}

QString Recovery::filePath(const QString &id, const QString &suffix) const
{
    return QDir(m_folder).filePath(id + u'.' + suffix);
}

QList<RecoveryCopy> Recovery::leftBehind() const
{
    QList<RecoveryCopy> copies;
    const QDir dir(m_folder);
    for (const QFileInfo &info : dir.entryInfoList(
             { QStringLiteral("*.") + kDocumentSuffix }, QDir::Files | QDir::Hidden, QDir::Name)) {
        const QString id = info.completeBaseName();
        if (id == m_id || id.startsWith(u'.'))
            continue;
        // A lock its window still holds: that window is running.
        const std::unique_ptr<QLockFile> probe = lockFor(filePath(id, kLockSuffix));
        if (!probe->tryLock(0))
            continue;
        probe->unlock();
        copies.append(readCopy(info.absoluteFilePath()));
    }
    std::stable_sort(copies.begin(), copies.end(),
        [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.savedAt > b.savedAt; });
    return copies;
}

bool Recovery::offerLeftBehind()
{
    bool recoveredHere = false;
    for (const RecoveryCopy &copy : leftBehind()) {
        std::unique_ptr<QLockFile> lock = lockFor(filePath(copy.id, kLockSuffix));
        // Another window may have taken it since.
        if (!lock->tryLock(0))
            continue;
        switch (m_prompts.offer(copy)) {
        case Answer::Recover:
            if (recoveredHere) {
                lock->unlock();
                m_prompts.startWindow({ QStringLiteral("--recover"), copy.path });
            } else if (m_controller->recover(
                           copy.path, copy.sourcePath, copy.sourceIsDocument, copyName(copy))) {
                recoveredHere = adopt(copy, std::move(lock));
            }
            break;
        case Answer::Discard:
            QFile::remove(copy.path);
            QFile::remove(filePath(copy.id, kInfoSuffix));
            break;
        case Answer::Later: break;
        }
    }
    return recoveredHere;
}

bool Recovery::recover(const QString &path)
{
    // Only a copy of this folder: the window takes over its files.
    const RecoveryCopy copy = readCopy(path);
    if (QFileInfo(copy.path).absolutePath() != m_folder || !QFileInfo::exists(copy.path))
        return false;
    std::unique_ptr<QLockFile> lock = lockFor(filePath(copy.id, kLockSuffix));
    if (!lock->tryLock(0)
        || !m_controller->recover(
            copy.path, copy.sourcePath, copy.sourceIsDocument, copyName(copy)))
        return false;
    return adopt(copy, std::move(lock));
}

bool Recovery::adopt(const RecoveryCopy &copy, std::unique_ptr<QLockFile> lock)
{
    m_watcher.waitForFinished();
    if (m_lock) {
        QFile::remove(filePath(m_id, kDocumentSuffix));
        QFile::remove(filePath(m_id, kInfoSuffix));
        m_lock->unlock();
    }
    m_lock = std::move(lock);
    m_id = copy.id;
    // The copy holds what the document now shows.
    m_hasCopy = true;
    m_dirty = false;
    m_steps = 0;
    return true;
}

void Recovery::noteChange()
{
    if (m_document->isModified())
        m_dirty = true;
}

void Recovery::waitForWrites()
{
    while (m_writing) {
        m_watcher.waitForFinished();
        writeFinished();
    }
}

bool Recovery::ensureLock()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_folder))
        return false;
    // A vendor map is sensitive: the folder is the user's alone.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<QLockFile> lock = lockFor(filePath(id, kLockSuffix));
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    m_id = id;
    return true;
}

void Recovery::startWrite()
{
    m_steps = 0;
    if (!m_document->isModified())
        return;
    if (m_writing) {
        m_writeAgain = true;
        return;
    }
    if (!ensureLock()) {
        emit writeFailed(tr("%1: cannot create the recovery folder or its lock")
                             .arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    RecoveryCopy copy;
    copy.id = m_id;
    copy.path = filePath(m_id, kDocumentSuffix);
    copy.sourcePath = m_controller->sourcePath();
    copy.sourceIsDocument = !m_document->filePath().isEmpty();
    copy.title = m_controller->title();
    copy.savedAt = QDateTime::currentDateTime();
    m_dirty = false;
    m_writing = true;
    // Copies of implicitly shared data: the worker reads them while the
    // user goes on editing.
    m_watcher.setFuture(runInBackground([model = m_document->model(), state = m_document->state(),
                                            copy, infoPath = filePath(m_id, kInfoSuffix)] {
        Written written;
        if (storage::save(model, state, copy.path, &written.error))
            io::writeFileAtomically(infoPath, infoJson(copy), &written.error);
        return written;
    }));
}

void Recovery::writeFinished()
{
    // (Also called by waitForWrites(), before the watcher's signal.)
    if (!m_writing || !m_watcher.isFinished())
        return;
    m_writing = false;
    const Written written = m_watcher.future().result();
    if (written.error.isEmpty()) {
        m_hasCopy = true;
        emit copyWritten(filePath(m_id, kDocumentSuffix));
    } else {
        emit writeFailed(written.error);
    }
    if (m_removeAfterWrite) {
        m_removeAfterWrite = false;
        removeCopy();
    }
    if (m_writeAgain) {
        m_writeAgain = false;
        startWrite();
    }
}

void Recovery::removeCopy()
{
    m_dirty = false;
    if (m_writing) {
        m_removeAfterWrite = true;
        m_writeAgain = false;
        return;
    }
    if (m_id.isEmpty())
        return;
    QFile::remove(filePath(m_id, kDocumentSuffix));
    QFile::remove(filePath(m_id, kInfoSuffix));
    if (m_hasCopy) {
        m_hasCopy = false;
        emit copyRemoved();
    }
}

} // namespace wl
