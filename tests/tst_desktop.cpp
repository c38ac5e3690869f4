// Weaklink as a desktop citizen (docs/PACKAGING.md): the document type is
// recognised by name and, for a renamed file, by content — shared-mime-info's
// own database, built by update-mime-database in a temporary folder from
// the system's freedesktop.org.xml and installer/weaklink-mime.xml, read by
// Qt's QMimeDatabase as every desktop application reads it. The bash and
// zsh completion know every command and option weaklink-cli's help lists,
// and bash completes what a user types.
#include "clirun.h"

#include "io/modeljson.h"
#include "storage/storage.h"

#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
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
    void completionKnowsEveryCommandAndOption();
    void packageContents();
    void appStreamMetadataIsValid();
    void iconsAtEverySize();
    void manPages_data();
    void manPages();
    void bashCompletes_data();
    void bashCompletes();
    void zshCompletionParses();

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
    QVERIFY(QFile::copy(
        u"/usr/share/mime/packages/freedesktop.org.xml"_s, packages + u"/freedesktop.org.xml"_s));
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
    QCOMPARE(
        db.mimeTypeForName(u"application/x-weaklink"_s).iconName(), u"application-x-weaklink"_s);
    // By name alone, even before the file exists.
    QCOMPARE(
        db.mimeTypeForFile(m_dir.filePath(u"new.weaklink"_s), QMimeDatabase::MatchExtension).name(),
        u"application/x-weaklink"_s);
}

namespace {

QString completion(const QString &name)
{
    QFile f(QStringLiteral(WEAKLINK_SOURCE_DIR "/installer/completion/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void TestDesktop::completionKnowsEveryCommandAndOption()
{
    const test::Run help = test::runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QStringList words;
    QRegularExpression command(u"^  ([a-z]+) "_s, QRegularExpression::MultilineOption);
    for (auto m = command.globalMatch(text); m.hasNext();)
        words << m.next().captured(1);
    QRegularExpression option(u"(--[a-z][a-z-]+)"_s);
    for (auto m = option.globalMatch(text); m.hasNext();)
        words << m.next().captured(1);
    words.removeDuplicates();
    QVERIFY(words.contains(u"report"_s) && words.contains(u"--no-metrics"_s));
    for (const QString &file : { u"weaklink-cli.bash"_s, u"_weaklink-cli"_s }) {
        const QString script = completion(file);
        QVERIFY(!script.isEmpty());
        for (const QString &w : std::as_const(words))
            QVERIFY2(script.contains(w), qPrintable(file + u": "_s + w));
    }
}

// cpack -G DEB from this build, into a folder of its own: the .deb holds
// the programs, the desktop entry, the MIME type, the icons, the metadata,
// the man pages and the completion, and dpkg-shlibdeps found its libraries.
void TestDesktop::packageContents()
{
    const QString cpack = QStandardPaths::findExecutable(u"cpack"_s);
    const QString dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
    QVERIFY(!cpack.isEmpty() && !dpkgDeb.isEmpty());
    QTemporaryDir out;
    QProcess p;
    p.start(cpack,
        { u"-G"_s, u"DEB"_s, u"-B"_s, out.path(), u"--config"_s,
            QStringLiteral(WEAKLINK_BUILD_DIR "/CPackConfig.cmake") });
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
    const QStringList debs = QDir(out.path()).entryList({ u"weaklink_*.deb"_s });
    QCOMPARE(debs.size(), 1);
    const QString deb = out.filePath(debs.first());

    QProcess list;
    list.start(dpkgDeb, { u"-c"_s, deb });
    QVERIFY(list.waitForFinished(60000));
    const QString contents = QString::fromUtf8(list.readAllStandardOutput());
    const QStringList files { u"./usr/bin/weaklink"_s, u"./usr/bin/weaklink-cli"_s,
        u"./usr/share/applications/weaklink.desktop"_s,
        u"./usr/share/mime/packages/weaklink-mime.xml"_s,
        u"./usr/share/icons/hicolor/scalable/apps/weaklink.svg"_s,
        u"./usr/share/icons/hicolor/scalable/mimetypes/application-x-weaklink.svg"_s,
        u"./usr/share/icons/hicolor/16x16/apps/weaklink.png"_s,
        u"./usr/share/icons/hicolor/256x256/mimetypes/application-x-weaklink.png"_s,
        u"./usr/share/metainfo/io.github.weaklink.weaklink.metainfo.xml"_s,
        u"./usr/share/man/man1/weaklink.1.gz"_s, u"./usr/share/man/man1/weaklink-cli.1.gz"_s,
        u"./usr/share/bash-completion/completions/weaklink-cli"_s,
        u"./usr/share/zsh/vendor-completions/_weaklink-cli"_s };
    for (const QString &f : files)
        QVERIFY2(contents.contains(u' ' + f + u'\n'), qPrintable(f));

    QProcess depends;
    depends.start(dpkgDeb, { u"-f"_s, deb, u"Depends"_s });
    QVERIFY(depends.waitForFinished(60000));
    const QString deps = QString::fromUtf8(depends.readAllStandardOutput());
    for (const QString &lib :
        { u"libqt6widgets6"_s, u"libqt6charts6"_s, u"libgvc6"_s, u"libsqlite3-0"_s })
        QVERIFY2(deps.contains(lib), qPrintable(deps));
}

void TestDesktop::appStreamMetadataIsValid()
{
    const QString tool = QStandardPaths::findExecutable(u"appstreamcli"_s);
    QVERIFY2(!tool.isEmpty(), "appstreamcli is missing: run scripts/install-deps.sh");
    const QString file
        = QStringLiteral(WEAKLINK_SOURCE_DIR "/installer/io.github.weaklink.weaklink.metainfo.xml");
    QProcess p;
    p.start(tool, { u"validate"_s, u"--no-net"_s, u"--pedantic"_s, file });
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(out));
    QVERIFY2(!out.contains(u"W:"_s) && !out.contains(u"E:"_s) && !out.contains(u"P:"_s),
        qPrintable(out));
    // It names what the package installs.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    QVERIFY(xml.contains("<launchable type=\"desktop-id\">weaklink.desktop</launchable>"));
    QVERIFY(xml.contains("<mediatype>application/x-weaklink</mediatype>"));
}

// The PNG icons the package installs, rendered from the SVG: each of its
// size and drawn (a quarter of its pixels at least opaque).
void TestDesktop::iconsAtEverySize()
{
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        for (const QString &file :
            { u"apps/weaklink.png"_s, u"mimetypes/application-x-weaklink.png"_s }) {
            const QString path = QStringLiteral(WEAKLINK_ICON_DIR "/%1x%1/").arg(size) + file;
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            int drawn = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    drawn += qAlpha(image.pixel(x, y)) > 128;
            QVERIFY2(drawn > size * size / 4, qPrintable(path));
        }
    }
}

void TestDesktop::manPages_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("weaklink") << u"weaklink.1.gz"_s
                              << QStringList { u"weaklink"_s, u"--screenshot"_s, u"--lang"_s };
    QTest::newRow("weaklink-cli") << u"weaklink-cli.1.gz"_s
                                  << QStringList { u"weaklink-cli"_s, u"import"_s, u"report"_s,
                                         u"diff"_s, u"one-line"_s };
}

// Made by help2man at build time, compressed as installed, and read by
// man -l as a user would.
void TestDesktop::manPages()
{
    QFETCH(QString, page);
    QFETCH(QStringList, words);
    const QString man = QStandardPaths::findExecutable(u"man"_s);
    QVERIFY2(!man.isEmpty(), "man is missing: run scripts/install-deps.sh");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MANPAGER"_s, u"cat"_s);
    env.insert(u"MANWIDTH"_s, u"80"_s);
    p.setProcessEnvironment(env);
    p.start(man, { u"-l"_s, QStringLiteral(WEAKLINK_MAN_DIR "/") + page });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(u"NAME"_s) && text.contains(u"SYNOPSIS"_s), qPrintable(text.left(500)));
    // Named after its program, in the header and under NAME.
    const QString name = page.chopped(int(qstrlen(".1.gz")));
    QVERIFY2(text.startsWith(name.toUpper() + u"(1)"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"\n       "_s + name + u" - "_s));
    QVERIFY(text.contains(u"0.1.0"_s));
    for (const QString &w : words)
        QVERIFY2(text.contains(w), qPrintable(w));
}

// zsh reads the completion without a syntax error (zsh -n). Running it
// needs zsh's line editor, which a test cannot drive without a terminal.
void TestDesktop::zshCompletionParses()
{
    const QString zsh = QStandardPaths::findExecutable(u"zsh"_s);
    QVERIFY2(!zsh.isEmpty(), "zsh is missing: run scripts/install-deps.sh");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(zsh,
        { u"-n"_s, QStringLiteral(WEAKLINK_SOURCE_DIR "/installer/completion/_weaklink-cli") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.readAll(), QByteArray());
    QCOMPARE(p.exitCode(), 0);
}

void TestDesktop::bashCompletes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("command") << u"weaklink-cli re"_s << u"report"_s;
    QTest::newRow("ranking") << u"weaklink-cli rank m.json --by ''"_s
                             << u"blast-radius hardening-gain concentration"_s;
    QTest::newRow("option") << u"weaklink-cli report m.weaklink --no-"_s << u"--no-since"_s;
    QTest::newRow("metric") << u"weaklink-cli export m.json --overlay ti"_s
                            << u"time-to-compromise"_s;
    QTest::newRow("engine") << u"weaklink-cli layout m.weaklink --engine sf"_s << u"sfdp"_s;
    QTest::newRow("model files") << u"weaklink-cli diff a"_s << u"acme.weaklink"_s;
}

void TestDesktop::bashCompletes()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const QString bash = QStandardPaths::findExecutable(u"bash"_s);
    QVERIFY(!bash.isEmpty());
    QTemporaryDir dir;
    for (const QString &name : { u"acme.weaklink"_s, u"acme-report.pdf"_s })
        QVERIFY(QFile(dir.filePath(name)).open(QIODevice::WriteOnly));
    const QString script
        = u"source '%1'\nCOMP_WORDS=(%2)\nCOMP_CWORD=$((${#COMP_WORDS[@]}-1))\n"
          "_weaklink_cli\necho \"${COMPREPLY[*]}\"\n"_s.arg(
              QStringLiteral(WEAKLINK_SOURCE_DIR "/installer/completion/weaklink-cli.bash"), line);
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(bash, { u"--norc"_s, u"-c"_s, script });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), expected);
}

QTEST_GUILESS_MAIN(TestDesktop)
#include "tst_desktop.moc"
