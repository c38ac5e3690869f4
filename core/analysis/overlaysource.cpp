#include "analysis/overlaysource.h"

#include "format/format.h"

#include <QCoreApplication>
#include <QStringList>

namespace wl::analysis {

namespace {

const QString kSeparator = QStringLiteral(" · ");

QLocale legendLocale()
{
    return QLocale(QLocale::English);
}

QString timed(const QVector<sim::TimedNode> &nodes)
{
    QStringList parts;
    for (const sim::TimedNode &n : nodes)
        parts << QCoreApplication::translate("wl::render", "%1 at %2")
                     .arg(n.node, format::duration(n.atHours, legendLocale()));
    return parts.join(QStringLiteral(", "));
}

QString trialsAndSeed(const QString &trials, quint64 rngSeed)
{
    return trials + kSeparator + QCoreApplication::translate("wl::render", "rng seed ")
        + format::rngSeed(rngSeed);
}

QString computing(QString text, bool computing)
{
    if (computing)
        text += kSeparator + QCoreApplication::translate("wl::render", "computing…");
    return text;
}

QString describe(const OverlayRun &run)
{
    const sim::Scenario &s = run.scenario;
    const QString trials = QCoreApplication::translate("wl::render", "%1 trials")
                               .arg(format::count(s.trials, legendLocale()));
    if (run.baseline)
        return computing(QCoreApplication::translate("wl::render", "Annual baseline") + kSeparator
                + trialsAndSeed(trials, s.rngSeed),
            run.computing);
    QStringList parts;
    if (!run.name.isEmpty())
        parts << QCoreApplication::translate("wl::render", "Scenario “%1”").arg(run.name);
    parts << (s.mode == sim::Mode::Annual
            ? QCoreApplication::translate("wl::render", "Annual scenario")
            : QCoreApplication::translate("wl::render", "Seeded: ") + timed(s.seeds));
    if (!s.sever.isEmpty())
        parts << QCoreApplication::translate("wl::render", "sever ") + timed(s.sever);
    if (s.horizonHours)
        parts << QCoreApplication::translate("wl::render", "horizon %1")
                     .arg(format::duration(*s.horizonHours, legendLocale()));
    parts << trialsAndSeed(trials, s.rngSeed);
    return computing(parts.join(kSeparator), run.computing);
}

QString describe(const OverlayRanking &ranking)
{
    const QString trials = QStringLiteral("%1 trials per node")
                               .arg(format::count(ranking.trialsPerNode, legendLocale()));
    return computing(QCoreApplication::translate("wl::render", "Blast-radius ranking") + kSeparator
            + trialsAndSeed(trials, ranking.rngSeed),
        ranking.computing);
}

} // namespace

QString overlaySource(std::optional<sim::Metric> metric, bool flows, const OverlayRun &run,
    const OverlayRanking &ranking)
{
    if (!metric)
        return flows ? describe(run) : QString();
    if (sim::metricUsesScenario(*metric))
        return describe(run);
    return flows ? describe(ranking) + kSeparator
            + QCoreApplication::translate("wl::render", "flows: ") + describe(run)
                 : describe(ranking);
}

} // namespace wl::analysis
