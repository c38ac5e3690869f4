#include "settingswriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QThreadPool>

#include <mutex>

namespace wl::settings {

namespace {

struct Queued {
    QVariant value;
    int writes = 0;
};

// Per key, the newest value not yet written and how many writes of it are
// queued.
std::mutex queuedMutex;
QHash<QString, Queued> queued;

QThreadPool *writer()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        qAddPostRoutine(waitForWrites);
        return p;
    }();
    return pool;
}

} // namespace

void store(const QString &key, const QVariant &value)
{
    {
        const std::lock_guard lock(queuedMutex);
        Queued &q = queued[key];
        q.value = value;
        ++q.writes;
    }
    writer()->start([key, value] {
        {
            QSettings settings;
            if (value.isValid())
                settings.setValue(key, value);
            else
                settings.remove(key);
        } // written here
        const std::lock_guard lock(queuedMutex);
        const auto it = queued.find(key);
        if (it != queued.end() && --it->writes == 0)
            queued.erase(it);
    });
}

QVariant value(const QString &key, const QVariant &fallback)
{
    {
        const std::lock_guard lock(queuedMutex);
        const auto it = queued.constFind(key);
        if (it != queued.cend())
            return it->value.isValid() ? it->value : fallback;
    }
    return QSettings().value(key, fallback);
}

void waitForWrites()
{
    writer()->waitForDone();
}

} // namespace wl::settings
