// Model JSON version 1 (FORMAT.md §1): validating reader and a writer that
// spells out every field, so that import -> export -> import is lossless and a
// second export is byte-identical to the first.
#pragma once

#include "model/readcontrol.h"
#include "model/readresult.h"

#include <QByteArray>

namespace wl::io {

// Parses and validates. `fileName` is only used in ReadResult::fileName.
// `control` sees the stages Parsing and Building and may stop the read
// between them or every 4,096 elements.
ReadResult readModelJson(
    const QByteArray &bytes, const QString &fileName = {}, const ReadControl &control = {});
ReadResult readModelJsonFile(const QString &path);

// Every field written explicitly, in the order of FORMAT.md, indented, ending
// with a newline. Deterministic: equal models give identical bytes.
QByteArray writeModelJson(const Model &model);

// SHA-256 of writeModelJson(model), hex: identifies the model a cached
// simulation result was computed on (scenarios are not part of it).
QByteArray modelDigest(const Model &model);

// Atomic (io::AtomicFile): on failure the existing file is untouched and *error
// names the file and the reason.
bool writeModelJsonFile(const Model &model, const QString &path, QString *error);

} // namespace wl::io
