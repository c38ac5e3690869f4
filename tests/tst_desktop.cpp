// Weaklink as a desktop citizen (docs/PACKAGING.md): the document type is
// recognised by name and, for a renamed file, by content — shared-mime-info's
// own database, built by update-mime-database in a temporary folder from
// the system's freedesktop.org.xml and installer/weaklink-mime.xml, read by
// Qt's QMimeDatabase as every desktop application reads it.
#include "io/modeljson.h"
#include "storage/storage.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wl;
using namespace Qt::StringLiterals;

class TestDesktop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void documentTypeByNameAndByContent();

private:
    QTemporaryDir m_dir;
};

void TestDesktop::initTestCase()
{
    // The database must be in place before Qt first looks for one.
    const QString tool = QStandardPaths::findExecutable(u"update-mime-database"_s);
    QVERIFY2(!tool.isEmpty(), "update-mime-database is missing: run scripts/install-deps.sh");
    const QString packages = m_dir.filePath(u"share/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s,
        packages + u"/freedesktop.org.xml"_s));
    QVERIFY(QFile::copy(QStringLiteral(WEAKLINK_SOURCE_DIR "/installer/weaklink-mime.xml"),
        packages + u"/weaklink-mime.xml"_s));
    QProcess update;
    update.start(tool, { m_dir.filePath(u"share/mime"_s) });
    QVERIFY(update.waitForFinished(60000));
    QCOMPARE(update.exitCode(), 0);
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"home"_s).toLocal8Bit());
    qputenv("XDG_DATA_DIRS", m_dir.filePath(u"share"_s).toLocal8Bit());
}

void TestDesktop::documentTypeByNameAndByContent()
{
    const ReadResult example = io::readModelJsonFile(QStringLiteral(WEAKLINK_EXAMPLE));
    QVERIFY(example.ok());
    const QString doc = m_dir.filePath(u"acme.weaklink"_s);
    QString error;
    QVERIFY2(storage::save(*example.model, example.state, doc, &error), qPrintable(error));
    const QString renamed = m_dir.filePath(u"attachment.dat"_s);
    QVERIFY(QFile::copy(doc, renamed));
    // Any other SQLite database: the plain SQLite type, whatever its name.
    const QString plain = m_dir.filePath(u"other.db"_s);
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray header(100, '\0');
        header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        f.write(header);
    }

    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForName(u"application/x-weaklink"_s).comment().isEmpty(), false);
    QCOMPARE(db.mimeTypeForFile(doc).name(), u"application/x-weaklink"_s);
    QCOMPARE(db.mimeTypeForFile(renamed).name(), u"application/x-weaklink"_s);
    QCOMPARE(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
        u"application/x-weaklink"_s);
    QCOMPARE(db.mimeTypeForFile(plain).name(), u"application/vnd.sqlite3"_s);
    QVERIFY(db.mimeTypeForName(u"application/x-weaklink"_s).inherits(u"application/vnd.sqlite3"_s));
    QCOMPARE(db.mimeTypeForName(u"application/x-weaklink"_s).iconName(),
        u"application-x-weaklink"_s);
    // By name alone, even before the file exists.
    QCOMPARE(db.mimeTypeForFile(m_dir.filePath(u"new.weaklink"_s), QMimeDatabase::MatchExtension)
                 .name(),
        u"application/x-weaklink"_s);
}

QTEST_GUILESS_MAIN(TestDesktop)
#include "tst_desktop.moc"
