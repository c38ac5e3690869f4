// Settings written off the GUI thread. QSettings writes its file through
// QSaveFile, which syncs it to disk: on a busy disk that held the GUI thread
// for 74 ms while a 50 MB SBOM opened (docs/PERFORMANCE.md). The settings
// written while a file opens (the recent files, the last folder) go through
// here; a setting the user changes by hand (a scale, the language) may stay
// on QSettings.
//
// Writes run on one thread in the order they are asked for. Until a write
// is done, value() returns what it will write; other QSettings objects see
// it once it is done. The writes still queued when the application goes
// are finished by its destructor.
#pragma once

#include <QString>
#include <QVariant>

namespace wl::settings {

// Stores `value` under `key`; an invalid QVariant removes the key.
void store(const QString &key, const QVariant &value);
// The value a store() is about to write, else QSettings' value.
QVariant value(const QString &key, const QVariant &fallback = {});
// Blocks until every queued write is done: before a test clears the
// settings, and at quit.
void waitForWrites();

} // namespace wl::settings
