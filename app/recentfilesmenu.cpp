#include "recentfilesmenu.h"

#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>

namespace wl {

RecentFilesMenu::RecentFilesMenu(RecentFiles *files, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_files(files)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    connect(m_files, &RecentFiles::changed, this, &RecentFilesMenu::onFilesChanged);
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    onFilesChanged();
}

void RecentFilesMenu::onFilesChanged()
{
    m_stale = true;
    setEnabled(!m_files->files().isEmpty());
}

void RecentFilesMenu::rebuild()
{
    if (!m_stale)
        return;
    m_stale = false;
    clear();
    const QStringList files = m_files->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // Mnemonics 1-8; '&' in a file name must not become one.
        const QString name
            = QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear List"), m_files, &RecentFiles::clear);
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    clearAction->setEnabled(!files.isEmpty());
}

} // namespace wl
