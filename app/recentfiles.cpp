#include "recentfiles.h"

#include "settingswriter.h"

#include <QFileInfo>

namespace wl {

namespace {

const QString kSettingsKey = QStringLiteral("recentFiles");

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return settings::value(kSettingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString file = absolute(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaxFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(absolute(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    settings::store(kSettingsKey, files);
    emit changed();
}

} // namespace wl
