// The most recently opened or saved documents, newest first, kept in
// QSettings (written off the GUI thread, settingswriter.h) so that every
// window and the next session see the same list.
#pragma once

#include <QObject>
#include <QStringList>

namespace wl {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Moves the file to the top; stores absolute paths.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace wl
