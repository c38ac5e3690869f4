#include "layout/layout.h"

namespace wl::layout {

namespace {

// Measured with Graphviz 2.42 on the shared benchmark models: dot grows to
// minutes at 20,000 nodes where sfdp needs seconds (FORMAT.md §2).
constexpr int kLargeModelNodes = 1500;

} // namespace

const QStringList &engineNames()
{
    // In the order of Engine, so that an index converts both ways.
    static const QStringList names = {
        QStringLiteral("dot"),
        QStringLiteral("neato"),
        QStringLiteral("fdp"),
        QStringLiteral("sfdp"),
        QStringLiteral("circo"),
        QStringLiteral("twopi"),
    };
    return names;
}

QString engineName(Engine e)
{
    return engineNames().at(int(e));
}

std::optional<Engine> engineFromName(const QString &name)
{
    const qsizetype i = engineNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return Engine(i);
}

bool engineHonoursPins(Engine e)
{
    return e == Engine::Neato || e == Engine::Fdp;
}

Engine defaultEngine(int nodeCount)
{
    return nodeCount > kLargeModelNodes ? Engine::Sfdp : Engine::Dot;
}

} // namespace wl::layout
