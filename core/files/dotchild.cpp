// DOT in a child process: the parent (readDotInChild) and the child
// (dotChildReply, run by `weaklink-cli __read-dot`). The child answers with
// one line of compact JSON, {"error": "..."} or {"format", "warnings",
// "ignored", "placeholders"}, followed on success by the model as model
// JSON, which the parent reads through io::readModelJson, the checks every
// model passes.
#include "modelfile.h"

#include "helperchild.h"

#include "interchange/readers.h"
#include "io/inputfile.h"
#include "io/modeljson.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace wl::files {

namespace {

constexpr rlim_t kChildAddressSpace = rlim_t(2) << 30; // 2 GB

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

QString graphvizFailure(const QString &path, const QString &what)
{
    return QStringLiteral("Graphviz could not read %1: %2").arg(QFileInfo(path).fileName(), what);
}

} // namespace

QByteArray dotChildReply(const QByteArray &input)
{
    limitThisProcess(kChildAddressSpace);
    const ReadResult r = interchange::readDot(input, QString());
    QJsonObject header;
    if (!r.ok()) {
        header.insert(QStringLiteral("error"), r.error);
        return QJsonDocument(header).toJson(QJsonDocument::Compact);
    }
    header.insert(QStringLiteral("format"), r.report.format);
    header.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    header.insert(QStringLiteral("ignored"), QJsonArray::fromStringList(r.report.ignored));
    header.insert(
        QStringLiteral("placeholders"), QJsonArray::fromStringList(r.report.placeholders));
    // Compact JSON escapes line breaks inside strings: the first '\n' ends it.
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n'
        + io::writeModelJson(*r.model);
}

ReadResult readDotInChild(const QString &path, const QString &helper,
    std::chrono::milliseconds timeout, const ReadControl &control)
{
    if (!control.enter(ReadStage::Parsing))
        return ReadResult::cancelledRead(path);
    QFile file(path);
    QString reason;
    if (!io::openRegularFile(file, &reason))
        return ReadResult::failure(path, reason);
    const QByteArray input = file.readAll();
    file.close();

    QProcess child;
    child.setProgram(helper);
    child.setArguments({ QStringLiteral("__read-dot") });
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QIODevice::ReadWrite);
    if (!child.waitForStarted())
        return ReadResult::failure(path,
            QStringLiteral("cannot start %1 to read DOT: %2").arg(helper, child.errorString()));
    child.write(input);
    child.closeWriteChannel();
    const QDeadlineTimer deadline(timeout);
    constexpr int kPollMs = 50;
    while (child.state() != QProcess::NotRunning && !deadline.hasExpired() && !control.cancelled())
        child.waitForFinished(kPollMs);
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished();
        if (control.cancelled())
            return ReadResult::cancelledRead(path);
        return ReadResult::failure(path,
            graphvizFailure(path,
                QStringLiteral("it took longer than %1 s").arg(double(timeout.count()) / 1000)));
    }
    if (child.exitStatus() == QProcess::CrashExit)
        return ReadResult::failure(path, graphvizFailure(path, QStringLiteral("it crashed")));

    const QByteArray reply = child.readAllStandardOutput();
    const qsizetype headerEnd = reply.indexOf('\n');
    QJsonParseError parseError;
    const QJsonDocument header
        = QJsonDocument::fromJson(headerEnd < 0 ? reply : reply.first(headerEnd), &parseError);
    if (parseError.error != QJsonParseError::NoError || !header.isObject())
        return ReadResult::failure(path,
            graphvizFailure(path,
                QStringLiteral("its reader ended without an answer (exit code %1)")
                    .arg(child.exitCode())));
    const QJsonObject object = header.object();
    if (object.contains(QStringLiteral("error")))
        return ReadResult::failure(path, object.value(QStringLiteral("error")).toString());

    ReadResult r = io::readModelJson(
        headerEnd < 0 ? QByteArray() : reply.sliced(headerEnd + 1), path, control);
    if (!r.ok())
        return r;
    r.warnings = stringList(object.value(QStringLiteral("warnings")));
    r.report.format = object.value(QStringLiteral("format")).toString();
    r.report.ignored = stringList(object.value(QStringLiteral("ignored")));
    r.report.placeholders = stringList(object.value(QStringLiteral("placeholders")));
    return r;
}

} // namespace wl::files
