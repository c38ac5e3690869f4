#include "documentstate.h"

namespace wl {

void DocumentState::renameNode(const QString &oldId, const QString &newId)
{
    const auto rename = [&](QVector<sim::TimedNode> &list) {
        for (sim::TimedNode &t : list)
            if (t.node == oldId)
                t.node = newId;
    };
    for (SavedScenario &s : scenarios) {
        rename(s.scenario.seeds);
        rename(s.scenario.sever);
        rename(s.awareness);
    }
    if (exercise.settings.vendor == oldId)
        exercise.settings.vendor = newId;
    rename(exercise.settings.responses);
}

} // namespace wl
