// Opens any MODEL file the way weaklink-cli and the app do: a .weaklink
// document (recognised by its SQLite header, whatever its name), model JSON,
// or a file of another tool (docs/IMPORT.md), recognised by
// interchange::detectFormat. Opening never writes to the file.
//
// The files layer sits above io, storage, interchange and simulation: it is
// the one place that knows every format, and it brings what a reader returns
// up to date where that needs the simulation (results stored before schema 3
// are re-keyed by sim::simulationDigest).
#pragma once

#include "interchange/importformat.h"
#include "model/readcontrol.h"
#include "model/readresult.h"

#include <chrono>

namespace wl::files {

using FileKind = interchange::ImportFormat;

// Sniffs the content, then the extension (interchange::detectFormat).
FileKind detectFileKind(const QString &path);

struct OpenOptions {
    // Read as this format instead of the detected one (`--format`).
    std::optional<interchange::ImportFormat> format;
    interchange::ImportOptions import;
    // The weaklink-cli that reads DOT in a child process; empty: the one
    // beside this program (helperPath(), files/helper.h).
    QString dotHelper;
    // The stages and the cancel of a read on a worker (the app's Open and
    // Import). The CycloneDX readers, model JSON, .weaklink documents and
    // the DOT child stop within a stage; the other formats, small in
    // practice, between reading the file and mapping it.
    ReadControl control;
};

ReadResult openModelFile(const QString &path, const OpenOptions &options = {});

// Graphviz crashes or hangs on some DOT files, so DOT is parsed by a child
// process: `helper __read-dot` with the file on standard input, at most
// `timeout` and 2 GB of address space, handing back model JSON. A crash or a
// time-out is an error naming the file ("Graphviz could not read FILE: it
// crashed"); this process is never at risk.
inline constexpr std::chrono::seconds kDotTimeout { 20 };
// A cancel through `control` kills the child.
ReadResult readDotInChild(const QString &path, const QString &helper,
    std::chrono::milliseconds timeout = kDotTimeout, const ReadControl &control = {});

// The child's side (`weaklink-cli __read-dot`): lowers this process's limits
// (address space, core dumps), reads DOT from `input` and returns what the
// parent reads.
QByteArray dotChildReply(const QByteArray &input);

} // namespace wl::files
