// Waiting in the benchmarks that drive the app.
#pragma once

#include <QEventLoop>
#include <QTimer>

namespace wl::bench {

// Runs the event loop for `ms`. (QCoreApplication::processEvents with a time
// returns at once when nothing is pending: waiting with it keeps a core busy
// that the workers being measured need.)
inline void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace wl::bench
