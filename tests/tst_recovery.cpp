// Recovery after a crash (app/recovery, docs/PACKAGING.md): copies written
// after 50 undo steps and on the interval, removed on save, on undo back to
// the saved state and on a clean close; a copy left by a window killed with
// SIGKILL (a child process) offered, recovered without touching the user's
// file, kept by Later, deleted by Discard; a running window's copy never
// offered.
#include "documentcontroller.h"
#include "mainwindow.h"
#include "recovery/recovery.h"

#include "commands/commands.h"
#include "io/modeljson.h"
#include "model/document.h"
#include "storage/storage.h"

#include "filehash.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace wl {

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copyAfterFiftyUndoSteps();
    void copyOnTheIntervalRemovedOnSave();
    void cleanCloseRemovesTheCopy();
    void recoveredAfterSigkill();
    void untitledDocumentRecovered();
    void laterKeepsDiscardDeletes();
    void runningWindowsCopyIsNotOffered();
    void secondRecoverStartsAWindow();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void rename(Document *document, int from, int to, const QString &label = u"Renamed"_s);
    // Runs the child on `doc` until it printed its first copy, then kills
    // it with SIGKILL; returns the copy's path.
    QString killedChild(const QString &doc, int steps, const QString &label);
    // Every file in the recovery folder.
    QStringList folderFiles() const;
    static QString modelNameIn(const QString &documentPath);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_doc;
    QByteArray m_docHash;
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WeaklinkTest"_s);
    QCoreApplication::setApplicationName(u"tst_recovery"_s);
}

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"recovery"_s);
    m_doc = m_dir->filePath(u"vendors.weaklink"_s);
    const ReadResult example = io::readModelJsonFile(QStringLiteral(WEAKLINK_EXAMPLE));
    QVERIFY2(example.ok(), qPrintable(example.message()));
    QString error;
    QVERIFY2(storage::save(*example.model, m_doc, &error), qPrintable(error));
    m_docHash = test::fileHash(m_doc);
}

void TestRecovery::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestRecovery::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    DocumentController::Prompts &prompts = window->documentController()->prompts();
    prompts.confirmDiscard = [](const QString &) { return QMessageBox::Discard; };
    prompts.error = [](const QString &title, const QString &, const QString &reason) {
        QFAIL(qPrintable(title + u": "_s + reason));
    };
    Recovery *recovery = window->enableRecovery(m_folder);
    recovery->setInterval(0ms);
    recovery->prompts().offer
        = [](const RecoveryCopy &) -> Recovery::Answer { qFatal("unexpected offer"); };
    recovery->prompts().startWindow = [](const QStringList &) { qFatal("unexpected window"); };
    return window;
}

void TestRecovery::rename(Document *document, int from, int to, const QString &label)
{
    for (int i = from; i <= to; ++i)
        document->undoStack()->push(
            commands::setModelName(document, u"%1 %2"_s.arg(label).arg(i)).release());
}

QString TestRecovery::killedChild(const QString &doc, int steps, const QString &label)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(
        QStringLiteral(RECOVERY_CHILD), { m_folder, doc, QString::number(steps), u"0"_s, label });
    if (!child.waitForStarted())
        return {};
    QByteArray line;
    while (!line.endsWith('\n') && child.waitForReadyRead(30000))
        line += child.readLine();
    child.kill();
    child.waitForFinished();
    if (!line.startsWith("copy "))
        return {};
    return QString::fromLocal8Bit(line.mid(5).trimmed());
}

QStringList TestRecovery::folderFiles() const
{
    return QDir(m_folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QString TestRecovery::modelNameIn(const QString &documentPath)
{
    const ReadResult r = storage::load(documentPath);
    return r.ok() ? r.model->name : u"(unreadable: %1)"_s.arg(r.message());
}

void TestRecovery::copyAfterFiftyUndoSteps()
{
    auto window = makeWindow();
    Recovery *recovery = window->recovery();
    QVERIFY(window->documentController()->openFile(m_doc));
    QSignalSpy written(recovery, &Recovery::copyWritten);

    rename(window->document(), 1, 49);
    recovery->waitForWrites();
    QCOMPARE(written.count(), 0);
    QVERIFY(recovery->copyPath().isEmpty());

    rename(window->document(), 50, 50);
    recovery->waitForWrites();
    QCOMPARE(written.count(), 1);
    const QString copy = recovery->copyPath();
    QCOMPARE(written.at(0).at(0).toString(), copy);
    QCOMPARE(QFileInfo(copy).absolutePath(), QDir(m_folder).absolutePath());
    QCOMPARE(modelNameIn(copy), u"Renamed 50"_s);
    const QString id = QFileInfo(copy).completeBaseName();
    QCOMPARE(folderFiles(), QStringList({ id + u".json"_s, id + u".lock"_s, id + u".weaklink"_s }));
    QFile info(QDir(m_folder).filePath(id + u".json"_s));
    QVERIFY(info.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
    QCOMPARE(o.value(u"format"_s).toString(), u"weaklink-recovery"_s);
    QCOMPARE(o.value(u"source"_s).toString(), QFileInfo(m_doc).absoluteFilePath());
    QCOMPARE(o.value(u"sourceIsDocument"_s).toBool(), true);
    QCOMPARE(o.value(u"title"_s).toString(), u"Renamed 50 — vendors.weaklink"_s);
    // The folder is the user's alone.
    QCOMPARE(QFile::permissions(m_folder) & (QFile::ReadGroup | QFile::ReadOther),
        QFileDevice::Permissions());
    QCOMPARE(test::fileHash(m_doc), m_docHash);

    // Undo back to the saved state: nothing is unsaved, the copy goes.
    QSignalSpy removed(recovery, &Recovery::copyRemoved);
    for (int i = 0; i < 50; ++i)
        window->document()->undoStack()->undo();
    recovery->waitForWrites();
    QVERIFY(!window->document()->isModified());
    QCOMPARE(removed.count(), 1);
    QVERIFY(recovery->copyPath().isEmpty());
    QCOMPARE(folderFiles(), QStringList({ id + u".lock"_s }));
}

void TestRecovery::copyOnTheIntervalRemovedOnSave()
{
    auto window = makeWindow();
    Recovery *recovery = window->recovery();
    QVERIFY(window->documentController()->openFile(m_doc));
    QSignalSpy written(recovery, &Recovery::copyWritten);
    recovery->setInterval(50ms);
    QCOMPARE(recovery->interval(), 50ms);

    // Nothing unsaved: no copy however long it waits.
    QTest::qWait(200);
    QCOMPARE(written.count(), 0);

    rename(window->document(), 1, 1);
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(modelNameIn(recovery->copyPath()), u"Renamed 1"_s);
    // No change since the copy: no new copy.
    QTest::qWait(200);
    QCOMPARE(written.count(), 1);
    rename(window->document(), 2, 2);
    QTRY_COMPARE(written.count(), 2);
    QCOMPARE(modelNameIn(recovery->copyPath()), u"Renamed 2"_s);
    QCOMPARE(test::fileHash(m_doc), m_docHash);

    QVERIFY(window->documentController()->save());
    QTRY_VERIFY(recovery->copyPath().isEmpty());
    QCOMPARE(folderFiles().filter(u".weaklink"_s), QStringList());
    QCOMPARE(modelNameIn(m_doc), u"Renamed 2"_s);
}

void TestRecovery::cleanCloseRemovesTheCopy()
{
    auto window = makeWindow();
    QVERIFY(window->documentController()->openFile(m_doc));
    rename(window->document(), 1, 50);
    window->recovery()->waitForWrites();
    QVERIFY(QFileInfo::exists(window->recovery()->copyPath()));

    // Closed, the changes discarded at the prompt: nothing is left.
    QVERIFY(window->close());
    window.reset();
    QCOMPARE(folderFiles(), QStringList());
    QCOMPARE(test::fileHash(m_doc), m_docHash);
}

void TestRecovery::recoveredAfterSigkill()
{
    const QString copy = killedChild(m_doc, 50, u"After the crash"_s);
    QVERIFY(!copy.isEmpty());
    QCOMPARE(test::fileHash(m_doc), m_docHash);
    // The dead window's files, its lock among them.
    QCOMPARE(folderFiles().size(), 3);

    auto window = makeWindow();
    Recovery *recovery = window->recovery();
    QList<RecoveryCopy> offered;
    recovery->prompts().offer = [&](const RecoveryCopy &c) {
        offered.append(c);
        return Recovery::Answer::Recover;
    };
    QVERIFY(recovery->offerLeftBehind());
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered[0].path, copy);
    QCOMPARE(offered[0].sourcePath, QFileInfo(m_doc).absoluteFilePath());
    QVERIFY(offered[0].sourceIsDocument);
    QCOMPARE(offered[0].title, u"After the crash 50 — vendors.weaklink"_s);
    QVERIFY(qAbs(offered[0].savedAt.secsTo(QDateTime::currentDateTime())) < 60);

    // The changes are back, unsaved; the user's file is as it was.
    Document *document = window->document();
    QCOMPARE(document->model().name, u"After the crash 50"_s);
    QVERIFY(document->isModified());
    QCOMPARE(document->filePath(), QFileInfo(m_doc).absoluteFilePath());
    QCOMPARE(window->documentController()->title(), u"After the crash 50 — vendors.weaklink"_s);
    QCOMPARE(test::fileHash(m_doc), m_docHash);
    // The copy is now this window's: not offered to another.
    QCOMPARE(recovery->copyPath(), copy);
    QCOMPARE(recovery->leftBehind().size(), 0);

    // Saving writes the user's file and removes the copy.
    QVERIFY(window->documentController()->save());
    QCOMPARE(modelNameIn(m_doc), u"After the crash 50"_s);
    QVERIFY(!QFileInfo::exists(copy));
    window.reset();
    QCOMPARE(folderFiles(), QStringList());
}

void TestRecovery::untitledDocumentRecovered()
{
    const QString copy = killedChild(u"-"_s, 50, u"Never saved"_s);
    QVERIFY(!copy.isEmpty());
    auto window = makeWindow();
    QList<RecoveryCopy> offered;
    window->recovery()->prompts().offer = [&](const RecoveryCopy &c) {
        offered.append(c);
        return Recovery::Answer::Recover;
    };
    QVERIFY(window->recovery()->offerLeftBehind());
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered[0].sourcePath, QString());
    QCOMPARE(offered[0].title, u"Never saved 50"_s);
    QCOMPARE(window->document()->model().name, u"Never saved 50"_s);
    QVERIFY(window->document()->isModified());
    // Saving asks where.
    QCOMPARE(window->document()->filePath(), QString());
    QString asked;
    window->documentController()->prompts().savePath = [&](const QString &suggestion) {
        asked = suggestion;
        return m_dir->filePath(u"saved.weaklink"_s);
    };
    QVERIFY(window->documentController()->save());
    QVERIFY(!asked.isEmpty());
    QCOMPARE(modelNameIn(m_dir->filePath(u"saved.weaklink"_s)), u"Never saved 50"_s);
    QVERIFY(!QFileInfo::exists(copy));
}

void TestRecovery::laterKeepsDiscardDeletes()
{
    const QString copy = killedChild(m_doc, 50, u"Kept"_s);
    QVERIFY(!copy.isEmpty());
    const QStringList files = folderFiles();

    int offers = 0;
    auto window = makeWindow();
    window->recovery()->prompts().offer = [&](const RecoveryCopy &) {
        ++offers;
        return Recovery::Answer::Later;
    };
    QVERIFY(!window->recovery()->offerLeftBehind());
    QCOMPARE(offers, 1);
    // Later: nothing recovered, nothing removed.
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->model().name, QString());
    window.reset();
    QCOMPARE(folderFiles().filter(u".weaklink"_s), files.filter(u".weaklink"_s));
    QCOMPARE(modelNameIn(copy), u"Kept 50"_s);

    // Offered again at the next start; Discard deletes it.
    window = makeWindow();
    window->recovery()->prompts().offer = [&](const RecoveryCopy &) {
        ++offers;
        return Recovery::Answer::Discard;
    };
    QVERIFY(!window->recovery()->offerLeftBehind());
    QCOMPARE(offers, 2);
    QVERIFY(!QFileInfo::exists(copy));
    window.reset();
    QCOMPARE(folderFiles(), QStringList());

    // Not offered again.
    window = makeWindow();
    QVERIFY(!window->recovery()->offerLeftBehind());
    QCOMPARE(test::fileHash(m_doc), m_docHash);
}

void TestRecovery::runningWindowsCopyIsNotOffered()
{
    auto running = makeWindow();
    QVERIFY(running->documentController()->openFile(m_doc));
    rename(running->document(), 1, 50);
    running->recovery()->waitForWrites();
    QVERIFY(!running->recovery()->copyPath().isEmpty());

    // Another window (as another process would) sees its lock held.
    auto other = makeWindow();
    QCOMPARE(other->recovery()->leftBehind().size(), 0);
    QVERIFY(!other->recovery()->offerLeftBehind());
    QVERIFY(QFileInfo::exists(running->recovery()->copyPath()));
}

void TestRecovery::secondRecoverStartsAWindow()
{
    const QString older = killedChild(m_doc, 50, u"Older"_s);
    QTest::qWait(20);
    const QString newer = killedChild(m_doc, 50, u"Newer"_s);
    QVERIFY(!older.isEmpty() && !newer.isEmpty() && older != newer);

    auto window = makeWindow();
    QStringList offered;
    QList<QStringList> started;
    window->recovery()->prompts().offer = [&](const RecoveryCopy &c) {
        offered.append(c.title);
        return Recovery::Answer::Recover;
    };
    window->recovery()->prompts().startWindow
        = [&](const QStringList &arguments) { started.append(arguments); };
    QVERIFY(window->recovery()->offerLeftBehind());
    // Newest first; the first into this window, the second into a new one.
    QCOMPARE(offered,
        QStringList({ u"Newer 50 — vendors.weaklink"_s, u"Older 50 — vendors.weaklink"_s }));
    QCOMPARE(window->document()->model().name, u"Newer 50"_s);
    QCOMPARE(started, QList<QStringList>({ { u"--recover"_s, older } }));

    // What the started window does with --recover.
    auto second = makeWindow();
    QVERIFY(second->recovery()->recover(older));
    QCOMPARE(second->document()->model().name, u"Older 50"_s);
    QVERIFY(second->document()->isModified());
    QCOMPARE(second->recovery()->copyPath(), older);
    // A copy another window holds cannot be taken, nor a file elsewhere.
    auto third = makeWindow();
    QVERIFY(!third->recovery()->recover(older));
    QVERIFY(!third->recovery()->recover(m_doc));
    QVERIFY(!third->document()->isModified());
    QCOMPARE(third->document()->model().name, QString());
    QCOMPARE(test::fileHash(m_doc), m_docHash);
}

} // namespace wl

QTEST_MAIN(wl::TestRecovery)
#include "tst_recovery.moc"
