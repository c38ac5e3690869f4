// Waiting in the benchmarks that drive the app.
#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

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

// The longest gap between ticks of a 10 ms timer while it runs. With
// `report`, every gap of 50 ms or more is printed with the time it ended on
// the monotonic clock, which `perf record -k CLOCK_MONOTONIC` also uses.
class StallMeter {
public:
    explicit StallMeter(bool report)
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this, report] {
            const qint64 gap = m_clock.restart();
            if (report && gap >= 50)
                std::fprintf(stderr, "gap %lld ms ending at %.3f s\n", static_cast<long long>(gap),
                    double(QDeadlineTimer::current().deadlineNSecs()) / 1e9);
            m_worst = std::max(m_worst, gap);
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        // The stretch since the last tick counts too.
        return std::max(m_worst, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

} // namespace wl::bench
