// A simulation setting (SIMULATION.md): seeded or annual mode, start times,
// a severance plan, trial count, random seed and horizon. Plain data, named
// by node ids, so it can be stored in a document and given on the command
// line: it belongs to the model layer, which documents (saved scenarios, the
// tabletop exercise) and the engine (core/simulation) both build on. The
// types keep the namespace of the engine that runs them.
#pragma once

#include <QString>
#include <QVector>

#include <cmath>
#include <optional>

namespace wl::sim {

enum class Mode { Seeded, Annual };

struct TimedNode {
    QString node;
    double atHours = 0.0;
    friend bool operator==(const TimedNode &, const TimedNode &) = default;
};

struct Scenario {
    Mode mode = Mode::Annual;
    QVector<TimedNode> seeds; // seeded mode; a node given twice keeps its smaller time
    QVector<TimedNode> sever; // a node given twice keeps its smaller time
    int trials = 10000;
    quint64 rngSeed = 1;
    std::optional<double> horizonHours; // none = infinite

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

// The first node given twice keeps its smaller time; order of first
// appearance is kept (FORMAT.md §2).
QVector<TimedNode> mergeTimedNodes(const QVector<TimedNode> &nodes);

} // namespace wl::sim
