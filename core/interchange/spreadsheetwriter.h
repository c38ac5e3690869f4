// Writes a model in the spreadsheet layout readCsvTables and readXlsx read
// (docs/IMPORT.md): tables nodes, edges and data whose columns are
// FORMAT.md's field names, lists joined with "; ". Export -> edit -> import
// is lossless.
#pragma once

#include "model/model.h"

namespace wl::interchange {

// nodes.csv, edges.csv and data.csv in `folder` (created if missing), each
// written atomically. On failure *error names the file and the reason.
bool writeCsvTables(const Model &model, const QString &folder, QString *error);
// One workbook with the sheets nodes, edges and data, written atomically.
bool writeXlsx(const Model &model, const QString &path, QString *error);

} // namespace wl::interchange
