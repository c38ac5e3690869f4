// Opens any MODEL file the way weaklink-cli and the app do: a .weaklink
// document (recognised by its SQLite header, whatever its name) or an
// importable file (model JSON now; CycloneDX, DOT and CSV as their importers
// arrive). Opening never writes to the file.
//
// The files layer sits above io, storage and simulation: it is the one place
// that knows every format, and it brings what a reader returns up to date
// where that needs the simulation (results stored before schema 3 are
// re-keyed by sim::simulationDigest).
#pragma once

#include "model/readresult.h"

namespace wl::files {

enum class FileKind { WeaklinkDocument, ModelJson, Unknown };

// Sniffs the content (SQLite header, leading '{'), then the extension.
FileKind detectFileKind(const QString &path);

ReadResult openModelFile(const QString &path);

} // namespace wl::files
