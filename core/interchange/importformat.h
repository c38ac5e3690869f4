// The formats a MODEL may be in, and how a file's format is recognised: by
// its content first (a renamed file still opens), then by its name.
#pragma once

#include <QByteArrayView>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>

namespace wl::interchange {

enum class ImportFormat {
    WeaklinkDocument, // SQLite, storage/
    ModelJson, // FORMAT.md §1, io/
    CycloneDxJson,
    CycloneDxXml,
    CsvTables, // nodes.csv, edges.csv, data.csv in one folder
    Xlsx, // the same three tables as sheets of a workbook
    SubprocessorList, // vendor, subprocessor, purpose, location, data categories (CSV or XLSX)
    ThreatDragon,
    Otm, // JSON or YAML
    Threagile,
    Dot,
    Unknown
};

// The name on the command line (`--format cyclonedx`), and back; every
// format but Unknown has one.
QLatin1String formatName(ImportFormat format);
std::optional<ImportFormat> formatFromName(QStringView name);
// Every name formatFromName accepts, for usage messages.
QStringList formatNames();
// As people name it, for messages and reports: "CycloneDX JSON".
QString formatTitle(ImportFormat format);

// How many leading bytes detectFormat wants to see.
inline constexpr qint64 kDetectBytes = 64 * 1024;

// The format of a file whose first bytes are `head` (up to kDetectBytes),
// named `path`: by content where the content says (SQLite header, a JSON
// object's telling keys, a CycloneDX XML namespace, a zip header, a DOT
// graph keyword, Threagile's or OTM's version key, a CSV header), else by
// the extension. A JSON object nothing else claims is model JSON (its
// reader then says what is missing). A folder that holds nodes.csv is
// CsvTables.
ImportFormat detectFormat(QByteArrayView head, const QString &path);

// Options for the importers that have choices.
struct ImportOptions {
    // CycloneDX: group leaf packages under their parent as one node with a
    // count (Auto: only above kCollapseAbove components).
    enum class Collapse { Auto, On, Off };
    Collapse collapseComponents = Collapse::Auto;
    // Sub-processor lists: the vendor (node id or name) rows without a vendor
    // of their own fall under.
    QString vendor;
};

inline constexpr int kCollapseAbove = 500;

} // namespace wl::interchange
