// Opening a file that someone named: before anything reads it, make sure it
// is a regular file. A FIFO or a device would block or never end, and a
// folder is not a file.
#pragma once

#include <QString>

class QFile;

namespace wl::io {

// Why `path` cannot be read as a file ("it does not exist", "it is a
// folder", "it is not a regular file …"), or empty. Looks only at what the
// path names, without opening it.
QString checkRegularFile(const QString &path);

// Opens `file` (constructed with its path) read-only, refusing what is not
// a regular file without ever blocking on it. On failure sets *reason to
// "cannot open the file: …".
bool openRegularFile(QFile &file, QString *reason);

} // namespace wl::io
