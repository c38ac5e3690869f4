// What an importer tells beside the model it made (ImportReport): which
// format it read, what it left out and why, and which nodes it invented for
// references the file names but never defines. Counts per kind follow from
// the model itself (interchange::importCounts), so they are never kept twice.
#pragma once

#include <QString>
#include <QStringList>

namespace wl {

struct ImportReport {
    // The format read, as people name it ("CycloneDX 1.5 JSON"); empty when
    // the file was a Weaklink model or document, not an import.
    QString format;
    // What the file holds that the model does not take, one line each with
    // its place in the file: "metadata.tools: tools are not architecture,
    // ignored".
    QStringList ignored;
    // Ids of the nodes that stand for dangling references (each also has a
    // warning in ReadResult::warnings).
    QStringList placeholders;

    bool isImport() const { return !format.isEmpty(); }
};

} // namespace wl
