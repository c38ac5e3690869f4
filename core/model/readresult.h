// What every reader returns: the model, or an error that names the place in
// the file (JSON path, line, table) — never both. Errors are values; readers
// do not throw, print or exit.
#pragma once

#include "documentstate.h"
#include "importreport.h"
#include "model.h"

#include <optional>

namespace wl {

struct ReadResult {
    std::optional<Model> model;
    // What a .weaklink document holds beside the model; empty for every
    // other format.
    DocumentState state;
    // On failure: the reason, starting with the JSON path or line where there
    // is one (e.g. "nodes[3].breach_likelihood: must be a number from 0 to
    // 1"), without the file name.
    QString error;
    // Non-fatal findings, e.g. unknown keys ("nodes[2].colour: unknown key,
    // ignored").
    QStringList warnings;
    // For a file in another tool's format: what the import did.
    ImportReport report;
    // The file the result was read from, for messages.
    QString fileName;
    // The file was written by an older schema and was migrated in memory; the
    // document should be saved to bring the file up to date.
    bool migrated = false;
    // The document was written before schema 3, when a stored result was
    // keyed by io::modelDigest instead of sim::simulationDigest: the results
    // in `state` still carry the old key (files::openModelFile re-keys them).
    bool legacyResultDigests = false;
    // The read was stopped through its ReadControl; `error` says so.
    bool cancelled = false;

    bool ok() const { return model.has_value(); }
    // "FILE: error", the one-line form for the CLI and dialogs.
    QString message() const
    {
        return fileName.isEmpty() ? error : fileName + QStringLiteral(": ") + error;
    }

    static ReadResult failure(QString fileName, QString error)
    {
        ReadResult r;
        r.fileName = std::move(fileName);
        r.error = std::move(error);
        return r;
    }
    static ReadResult cancelledRead(QString fileName)
    {
        ReadResult r = failure(std::move(fileName), QStringLiteral("the read was cancelled"));
        r.cancelled = true;
        return r;
    }
};

} // namespace wl
