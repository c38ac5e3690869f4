// The importers: each reads one format into a Model through a ModelBuilder
// (FORMAT.md's checks), with errors and warnings that name the place in the
// file, and fills ReadResult::report. None follows a URL or a path named in
// a file, and none executes anything it reads. files::openModelFile picks
// the reader by interchange::detectFormat.
#pragma once

#include "interchange/importformat.h"
#include "model/readcontrol.h"
#include "model/readresult.h"

#include <QByteArray>

namespace wl::interchange {

// CycloneDX 1.2–1.7, validated against the official schema of its
// specVersion first (docs/IMPORT.md has the mapping). `control` sees each
// stage (JSON: Checking, Parsing, Validating, Mapping, Building; XML:
// Parsing, Mapping, Building) and may stop the read between stages and
// inside the parse, the mapping and the build.
ReadResult readCycloneDxJson(const QByteArray &bytes, const QString &fileName,
    const ImportOptions &options = {}, const ReadControl &control = {});
ReadResult readCycloneDxXml(const QByteArray &bytes, const QString &fileName,
    const ImportOptions &options = {}, const ReadControl &control = {});

// The spreadsheet layout: nodes, edges and data tables with FORMAT.md's
// field names as columns. `path` is the folder of nodes.csv, edges.csv and
// data.csv, or one of those files.
ReadResult readCsvTables(const QString &path);
// The same tables as the sheets nodes, edges and data of a workbook; a
// workbook whose first sheet is a sub-processor list is read as one.
ReadResult readXlsx(const QString &path, const ImportOptions &options = {});
// A vendor's published sub-processor list (CSV or XLSX): vendor,
// subprocessor, purpose, location, data categories.
ReadResult readSubprocessorList(const QString &path, const ImportOptions &options = {});

// OWASP Threat Dragon v2 JSON.
ReadResult readThreatDragon(const QByteArray &bytes, const QString &fileName);
// Open Threat Model, JSON or YAML.
ReadResult readOtm(const QByteArray &bytes, const QString &fileName);
// Threagile YAML.
ReadResult readThreagile(const QByteArray &bytes, const QString &fileName);

// Graphviz DOT, parsed by Graphviz's cgraph in this process. Graphviz
// crashes on some inputs: the product calls this only in a child process
// (files::openModelFile through `weaklink-cli`), the fuzzer in-process.
ReadResult readDot(const QByteArray &bytes, const QString &fileName);

} // namespace wl::interchange
