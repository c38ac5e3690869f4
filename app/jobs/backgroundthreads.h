// The threads the app's background work runs on: reading a file, laying
// out, simulating and building a large diagram on one pool, painting
// pictures of it (the overview, a far-out view) on another.
//
// Both are apart from Qt's global pool: Qt's raster engine splits large
// fills into tasks on the global pool and the GUI thread waits for them,
// so a layout and a diagram build on the global pool held the GUI thread
// for over 100 ms at a time. The work runs at a lower CPU priority than
// the GUI thread, which on two cores would otherwise wait for its turn
// behind it. Painting does not: a thread inherits the priority of the
// thread that starts it, and painting starts Qt's global pool threads, on
// which the GUI thread's own painting then waits.
#pragma once

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace wl {

// What a background thread's nice value becomes (Linux; elsewhere nothing
// changes): it still gets the whole machine while the GUI thread is idle.
inline constexpr int kBackgroundNice = 10;

// The pool: a thread per core for the jobs of ThreadBudget, and two more,
// so that a diagram build or a file read never waits behind a simulation.
QThreadPool *backgroundPool();
// The painting pool: one thread.
QThreadPool *paintingPool();

// Lowers the calling thread's priority to the background's (not the GUI
// thread's, which may run a task it waits for). Threads it starts inherit
// it.
void enterBackgroundPriority();

// Runs `f` on the background pool at background priority.
template<typename F> auto runInBackground(F f)
{
    return QtConcurrent::run(backgroundPool(), [f = std::move(f)]() mutable {
        enterBackgroundPriority();
        return f();
    });
}

// For the destructor of what started `future`: keeps it from starting if
// it has not, and waits for it if it has. Our pools are not waited for when
// the application goes, and their work uses its fonts and painting.
template<typename T> void dropAndWait(QFutureWatcher<T> &watcher)
{
    // (A future whose result was taken is reset, neither running nor
    // finished: waiting for it would never end.)
    if (!watcher.isRunning())
        return;
    watcher.cancel();
    watcher.waitForFinished();
}

// Destroys `value` on the background pool. Freeing memory that a worker
// allocated takes that worker's malloc arena lock: on the GUI thread, while
// the worker went on allocating, dropping what was left of a 50 MB SBOM's
// read (its import report) waited 60 ms for it. `value` must not need the
// GUI thread to go.
template<typename T> void destroyInBackground(T &&value)
{
    auto held = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    QThreadPool *pool = backgroundPool();
    pool->start([held = std::move(held)]() mutable { held.reset(); });
}

// Runs `f`, which paints, on the painting pool.
template<typename F> auto paintInBackground(F f)
{
    return QtConcurrent::run(paintingPool(), std::move(f));
}

} // namespace wl
