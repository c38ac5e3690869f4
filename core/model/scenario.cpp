#include "scenario.h"

#include <QHash>

namespace wl::sim {

QVector<TimedNode> mergeTimedNodes(const QVector<TimedNode> &nodes)
{
    QVector<TimedNode> out;
    QHash<QString, int> at;
    for (const TimedNode &n : nodes) {
        const auto it = at.constFind(n.node);
        if (it == at.cend()) {
            at.insert(n.node, int(out.size()));
            out.append(n);
        } else if (n.atHours < out[*it].atHours) {
            out[*it].atHours = n.atHours;
        }
    }
    return out;
}

} // namespace wl::sim
