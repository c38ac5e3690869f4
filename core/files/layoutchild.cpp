// The layout helper: the parent (computeLayoutInChild) and the child
// (layoutChildReply, run by `weaklink-cli __layout`). The child answers with
// the outcome as writeLayoutOutcome writes it, whatever happened inside;
// anything else (a crash, an exit code, bytes that do not read) is the
// parent's error to report.
#include "layoutchild.h"

#include "helperchild.h"

#include <QProcess>

namespace wl::files {

namespace {

// The whole model and Graphviz's working memory, with room to spare: the
// helper's largest resident size was 43 MB on layout-5k and 670 MB on
// sim-100k (sfdp).
constexpr rlim_t kLayoutAddressSpace = rlim_t(8) << 30; // 8 GB
constexpr int kPollMs = 50;

layout::LayoutOutcome failure(const QString &reason)
{
    layout::LayoutOutcome outcome;
    outcome.error = reason;
    return outcome;
}

// The first line the helper wrote on standard error, if any (weaklink-cli
// writes one line of reason when it fails).
QString firstErrorLine(QProcess &child)
{
    const QString text = QString::fromUtf8(child.readAllStandardError()).trimmed();
    return text.section(u'\n', 0, 0);
}

} // namespace

layout::LayoutOutcome computeLayoutInChild(
    const LayoutRequest &request, const QString &helper, const std::atomic_bool *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    layout::LayoutOutcome stopped;
    stopped.cancelled = true;
    if (cancelled())
        return stopped;

    QProcess child;
    child.setProgram(helper);
    child.setArguments({ QStringLiteral("__layout") });
    child.setProcessChannelMode(QProcess::SeparateChannels);
    // Started before the request is written, so that the helper loads while
    // the model is turned into bytes.
    child.start(QIODevice::ReadWrite);
    const QByteArray input = writeLayoutRequest(request);
    if (!child.waitForStarted())
        return failure(QStringLiteral("cannot start the layout helper %1: %2")
                           .arg(helper, child.errorString()));
    child.write(input);
    child.closeWriteChannel();
    while (child.state() != QProcess::NotRunning && !cancelled())
        child.waitForFinished(kPollMs);
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished();
        return stopped;
    }

    if (child.exitStatus() == QProcess::CrashExit)
        return failure(QStringLiteral("Graphviz crashed in the layout helper"));
    if (child.exitCode() != 0) {
        const QString why = firstErrorLine(child);
        return failure(QStringLiteral("the layout helper failed (exit code %1)%2")
                           .arg(child.exitCode())
                           .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
    }
    const QByteArray reply = child.readAllStandardOutput();
    if (reply.isEmpty())
        return failure(QStringLiteral("the layout helper ended without an answer"));
    QString error;
    std::optional<layout::LayoutOutcome> outcome = readLayoutOutcome(reply, &error);
    if (!outcome)
        return failure(QStringLiteral("the layout helper's answer cannot be read: %1").arg(error));
    if (outcome->result
        && (outcome->result->nodeCenters.size() != request.model.nodes().size()
            || outcome->result->edges.size() != request.model.edges().size()))
        return failure(
            QStringLiteral("the layout helper answered for another model (%1 nodes, %2 edges)")
                .arg(outcome->result->nodeCenters.size())
                .arg(outcome->result->edges.size()));
    return std::move(*outcome);
}

QByteArray layoutChildReply(const QByteArray &input)
{
    limitThisProcess(kLayoutAddressSpace);
    QString error;
    const std::optional<LayoutRequest> request = readLayoutRequest(input, &error);
    if (!request)
        return writeLayoutOutcome(
            failure(QStringLiteral("the layout helper cannot read its request: %1").arg(error)));
    return writeLayoutOutcome(runLayoutRequest(*request));
}

} // namespace wl::files
