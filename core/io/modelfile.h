// Opens any MODEL file the way weaklink-cli and the app do: a .weaklink
// document (recognised by its SQLite header, whatever its name) or an
// importable file (model JSON now; CycloneDX, DOT and CSV as their importers
// arrive). Opening never writes to the file.
#pragma once

#include "model/readresult.h"

namespace wl::io {

enum class FileKind { WeaklinkDocument, ModelJson, Unknown };

// Sniffs the content (SQLite header, leading '{'), then the extension.
FileKind detectFileKind(const QString &path);

ReadResult openModelFile(const QString &path);

} // namespace wl::io
