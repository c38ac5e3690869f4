#include "backgroundthreads.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace wl {

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("weaklink-background"));
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()) + 2);
        return p;
    }();
    return pool;
}

QThreadPool *paintingPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("weaklink-painting"));
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

void enterBackgroundPriority()
{
    // A thread that waits for a task not yet started runs it itself
    // (QFuture::waitForFinished): the GUI thread keeps its priority.
    if (QThread::currentThread() == QCoreApplication::instance()->thread())
        return;
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread, and 0 names the
    // calling one. Failing leaves it as it was, which is harmless.
    setpriority(PRIO_PROCESS, 0, kBackgroundNice);
#endif
}

} // namespace wl
