// CycloneDX import benchmark (docs/PERFORMANCE.md): a generated SBOM of
// 10,000 components (2,000 with dependencies of their own), 50 services with
// data flows, written to a temporary file and read with
// interchange::readCycloneDxJson, validation included; the first read also
// parses the schema. Then the Python peer (peer_cyclonedx.py beside this
// file: json.load and the same mapping to nodes and edges, no validation) on
// the same file, side by side.
#include "interchange/readers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace wl;

namespace {

const char *const kUsage
    = "Usage: bench_cyclonedx [--components N] [--repeat N] [--collapse "
      "auto|on|off] [--no-peer]\n"
      "                       [--keep FILE] [--cancel]\n"
      "  --keep FILE  also writes the generated SBOM to FILE (for bench_canvas)\n"
      "  --cancel     also times each stage of a read, and how long a read takes\n"
      "               to stop once cancelled at 20 moments spread over it\n";

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

const char *stageName(ReadStage stage)
{
    switch (stage) {
    case ReadStage::Reading: return "reading";
    case ReadStage::Checking: return "checking limits";
    case ReadStage::Parsing: return "parsing";
    case ReadStage::Validating: return "validating";
    case ReadStage::Mapping: return "mapping";
    case ReadStage::Building: return "building";
    case ReadStage::Loading: return "loading";
    }
    return "?";
}

// One read of `bytes` whose control records when each stage began (ms from
// the start) and cancels at `cancelAtMs` (never if negative). Returns the
// stages and, if cancelled, how long the read took to stop after the cancel.
struct TimedRead {
    std::vector<std::pair<ReadStage, double>> stages;
    bool cancelled = false;
    double stopMs = 0;
    ReadStage cancelledIn = ReadStage::Reading;
};

TimedRead timedRead(const QByteArray &bytes, const QString &path,
    const interchange::ImportOptions &options, double cancelAtMs)
{
    TimedRead out;
    std::atomic_bool cancel { false };
    std::mutex mutex;
    ReadControl control;
    control.cancel = &cancel;
    QElapsedTimer clock;
    clock.start();
    control.stageEntered = [&](ReadStage stage) {
        const std::lock_guard lock(mutex);
        out.stages.emplace_back(stage, double(clock.nsecsElapsed()) / 1e6);
    };
    std::atomic_bool done { false };
    std::thread reader([&] {
        out.cancelled = interchange::readCycloneDxJson(bytes, path, options, control).cancelled;
        done = true;
    });
    double cancelledAt = 0;
    if (cancelAtMs >= 0) {
        while (!done && double(clock.nsecsElapsed()) / 1e6 < cancelAtMs)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        cancelledAt = double(clock.nsecsElapsed()) / 1e6;
        {
            const std::lock_guard lock(mutex);
            if (!out.stages.empty())
                out.cancelledIn = out.stages.back().first;
        }
        cancel = true;
    }
    reader.join();
    out.stopMs = double(clock.nsecsElapsed()) / 1e6 - cancelledAt;
    return out;
}

void reportCancel(const QString &path, const interchange::ImportOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = f.readAll();
    const TimedRead whole = timedRead(bytes, path, options, -1);
    std::printf("stages of one read (file already in memory):\n");
    for (std::size_t i = 0; i < whole.stages.size(); ++i) {
        const double end = i + 1 < whole.stages.size() ? whole.stages[i + 1].second : whole.stopMs;
        std::printf(
            "  %-16s %8.1f ms\n", stageName(whole.stages[i].first), end - whole.stages[i].second);
    }
    std::vector<double> stops;
    double worst = 0;
    ReadStage worstStage = ReadStage::Reading;
    constexpr int kMoments = 20;
    for (int k = 0; k < kMoments; ++k) {
        const TimedRead r = timedRead(bytes, path, options, whole.stopMs * (k + 0.5) / kMoments);
        if (!r.cancelled)
            continue;
        stops.push_back(r.stopMs);
        if (r.stopMs > worst) {
            worst = r.stopMs;
            worstStage = r.cancelledIn;
        }
    }
    if (stops.empty())
        return;
    std::printf("cancelled at %zu of %d moments: stopped after median %.1f ms, at most %.1f ms "
                "(cancelled while %s)\n",
        stops.size(), kMoments, median(stops), worst, stageName(worstStage));
}

// A fixed linear congruential generator: the same file on every machine.
class Lcg {
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33) % bound;
    }

private:
    quint64 m_state = 1;
};

QByteArray generate(int count)
{
    Lcg rng;
    const int withDeps = count / 5;
    const auto ref
        = [](int i) { return QStringLiteral("pkg:npm/package-%1@1.0.%2").arg(i).arg(i % 7); };
    QJsonArray components;
    QJsonArray dependencies;
    for (int i = 0; i < count; ++i) {
        components.append(QJsonObject {
            { QStringLiteral("type"),
                i % 10 == 0 ? QStringLiteral("framework") : QStringLiteral("library") },
            { QStringLiteral("bom-ref"), ref(i) },
            { QStringLiteral("name"), QStringLiteral("package-%1").arg(i) },
            { QStringLiteral("version"), QStringLiteral("1.0.%1").arg(i % 7) },
            { QStringLiteral("purl"), ref(i) },
            { QStringLiteral("licenses"),
                QJsonArray { QJsonObject { { QStringLiteral("license"),
                    QJsonObject { { QStringLiteral("id"),
                        i % 3 ? QStringLiteral("MIT") : QStringLiteral("Apache-2.0") } } } } } },
        });
        if (i < withDeps) {
            QJsonArray on;
            const int n = 1 + int(rng.next(6));
            for (int k = 0; k < n; ++k) {
                const int target = i + 1 + int(rng.next(quint32(count - i - 1)));
                if (!on.contains(ref(target)))
                    on.append(ref(target));
            }
            dependencies.append(QJsonObject {
                { QStringLiteral("ref"), ref(i) }, { QStringLiteral("dependsOn"), on } });
        }
    }
    const QString serial = QStringLiteral("3e671687-395b-41f5-a30f-a58921a69b79");
    const auto link
        = [&](const QString &r) { return QStringLiteral("urn:cdx:%1/1#%2").arg(serial, r); };
    const QStringList classes = { QStringLiteral("PII"), QStringLiteral("PIFI"),
        QStringLiteral("Public"), QStringLiteral("Telemetry") };
    const QStringList flows = { QStringLiteral("inbound"), QStringLiteral("outbound"),
        QStringLiteral("bi-directional") };
    QJsonArray services;
    QJsonArray appDeps;
    for (int s = 0; s < 50; ++s) {
        const QString sref = QStringLiteral("service-%1").arg(s);
        appDeps.append(sref);
        QJsonArray data;
        for (int f = 0; f < 3; ++f) {
            QJsonObject flow { { QStringLiteral("flow"), flows[int(rng.next(3))] },
                { QStringLiteral("classification"), classes[int(rng.next(4))] } };
            if (f > 0) {
                const QString peer = link(QStringLiteral("service-%1").arg(rng.next(50)));
                flow.insert(QStringLiteral("source"), QJsonArray { peer });
                flow.insert(QStringLiteral("destination"), QJsonArray { peer });
            }
            data.append(flow);
        }
        services.append(QJsonObject { { QStringLiteral("bom-ref"), sref },
            { QStringLiteral("name"), QStringLiteral("Service %1").arg(s) },
            { QStringLiteral("provider"),
                QJsonObject { { QStringLiteral("name"),
                    s % 2 ? QStringLiteral("Acme") : QStringLiteral("Vendor %1").arg(s) } } },
            { QStringLiteral("authenticated"), true }, { QStringLiteral("data"), data } });
    }
    for (int i = 0; i < 200; ++i)
        appDeps.append(ref(int(rng.next(quint32(withDeps)))));
    QJsonArray uniqueAppDeps;
    for (const QJsonValue &v : appDeps) {
        if (!uniqueAppDeps.contains(v))
            uniqueAppDeps.append(v);
    }
    dependencies.prepend(QJsonObject { { QStringLiteral("ref"), QStringLiteral("app") },
        { QStringLiteral("dependsOn"), uniqueAppDeps } });
    const QJsonObject bom {
        { QStringLiteral("bomFormat"), QStringLiteral("CycloneDX") },
        { QStringLiteral("specVersion"), QStringLiteral("1.5") },
        { QStringLiteral("serialNumber"), QStringLiteral("urn:uuid:") + serial },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("supplier"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("Acme") } } },
                { QStringLiteral("component"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("application") },
                        { QStringLiteral("bom-ref"), QStringLiteral("app") },
                        { QStringLiteral("name"), QStringLiteral("app") } } } } },
        { QStringLiteral("components"), components },
        { QStringLiteral("services"), services },
        { QStringLiteral("dependencies"), dependencies },
    };
    return QJsonDocument(bom).toJson(QJsonDocument::Indented);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    int repeat = 5;
    bool peer = true;
    bool cancel = false;
    QString keep;
    interchange::ImportOptions options;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == u"--components" && hasValue) {
            count = args.at(++i).toInt(&ok);
            ok = ok && count > 10;
        } else if (a == u"--repeat" && hasValue) {
            repeat = args.at(++i).toInt(&ok);
            ok = ok && repeat > 0;
        } else if (a == u"--collapse" && hasValue) {
            const QString c = args.at(++i);
            if (c == u"on")
                options.collapseComponents = interchange::ImportOptions::Collapse::On;
            else if (c == u"off")
                options.collapseComponents = interchange::ImportOptions::Collapse::Off;
            else
                ok = c == u"auto";
        } else if (a == u"--no-peer") {
            peer = false;
        } else if (a == u"--cancel") {
            cancel = true;
        } else if (a == u"--keep" && hasValue) {
            keep = args.at(++i);
        } else {
            ok = false;
        }
        if (!ok) {
            std::fputs(kUsage, stderr);
            return 2;
        }
    }

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("sbom.cdx.json")) : keep;
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(generate(count)) < 0) {
            std::fprintf(stderr, "bench_cyclonedx: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("file: %d components, 50 services, %lld bytes\n", count, QFileInfo(path).size());

    std::vector<double> times;
    ReadResult last;
    for (int r = 0; r < repeat + 1; ++r) {
        QElapsedTimer t;
        t.start();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        last = interchange::readCycloneDxJson(f.readAll(), path, options);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!last.ok()) {
            std::fprintf(stderr, "bench_cyclonedx: %s\n", qPrintable(last.message()));
            return 1;
        }
        if (r == 0)
            std::printf("weaklink first read (schema parse included): %.1f ms\n", ms);
        else
            times.push_back(ms);
    }
    std::printf("weaklink readCycloneDxJson (read, limits, validation, mapping): median %.1f ms "
                "over %d runs; %lld nodes, %lld edges, %lld data assets\n",
        median(times), repeat, qlonglong(last.model->nodes().size()),
        qlonglong(last.model->edges().size()), qlonglong(last.model->data().size()));

    if (cancel)
        reportCancel(path, options);
    std::fflush(stdout);
    if (peer) {
        const QString script = QStringLiteral(WEAKLINK_BENCH_DIR "/peer_cyclonedx.py");
        QProcess python;
        python.setProcessChannelMode(QProcess::ForwardedChannels);
        python.start(QStringLiteral("python3"),
            { script, path, QStringLiteral("--repeat"), QString::number(repeat),
                QStringLiteral("--collapse"),
                options.collapseComponents == interchange::ImportOptions::Collapse::On
                    ? QStringLiteral("on")
                    : options.collapseComponents == interchange::ImportOptions::Collapse::Off
                    ? QStringLiteral("off")
                    : QStringLiteral("auto") });
        if (!python.waitForFinished(-1) || python.exitCode() != 0) {
            std::fprintf(stderr, "bench_cyclonedx: the Python peer failed\n");
            return 1;
        }
    }
    return 0;
}
