// "Open Recent": one entry per RecentFiles path plus "Clear list".
#pragma once

#include <QMenu>

namespace wl {

class RecentFiles;

class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    RecentFilesMenu(RecentFiles *files, QWidget *parent = nullptr);

signals:
    void openRequested(const QString &path);

private:
    void rebuild();
    void onFilesChanged();

    RecentFiles *m_files;
    // Entries are rebuilt when the menu opens, never while one of them is
    // being triggered (it may clear or shorten the list).
    bool m_stale = true;
};

} // namespace wl
