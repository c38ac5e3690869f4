// What the two panes of the weak-links dock share about a computation's
// state: its status, the icon beside its status line, its progress bar's
// scale.
#pragma once

#include "docks/statusicon.h"

#include <QtGlobal>

namespace wl {

enum class WeakLinksStatus { None, Running, Current, Stale, Cancelled, Problem };

// Progress bars count in these steps, whatever the number of trials.
constexpr int kProgressSteps = 1000;

inline int progressStep(qint64 done, qint64 total)
{
    return int(total > 0 ? done * kProgressSteps / total : 0);
}

inline StatusIcon statusIcon(WeakLinksStatus status)
{
    return status == WeakLinksStatus::Stale  ? StatusIcon::Warning
        : status == WeakLinksStatus::Problem ? StatusIcon::Critical
                                             : StatusIcon::None;
}

} // namespace wl
