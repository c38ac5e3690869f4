// Reads the sheets of an XLSX workbook (ECMA-376 SpreadsheetML) into
// sheet::Tables: QuaZip for the zip container, QXmlStreamReader for the
// workbook, its relationships, the shared strings and the sheets. A cell
// holds what the file stores: a string (shared, inline or a formula's
// cached text), a number or a boolean; formulas are never evaluated and
// external links never followed. Before anything is inflated, each part's
// uncompressed size is checked against kMaxPartBytes and the parts read
// together against kMaxInputBytes (a zip bomb is refused), and XML with a
// DOCTYPE is refused.
#pragma once

#include "interchange/sheettable.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace wl::interchange::xlsx {

// The most one part of the workbook may inflate to.
inline constexpr qint64 kMaxPartBytes = qint64(512) << 20; // 512 MB

class Workbook {
public:
    explicit Workbook(const QString &path);
    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    // Opens the container and reads the list of sheets and the shared
    // strings. Returns an empty string or the reason.
    QString open();

    // The worksheets, in the workbook's order.
    const QStringList &sheetNames() const { return m_sheetNames; }
    // The index of the sheet named `name` (case-insensitive), or -1.
    int sheetIndex(const QString &name) const;

    // Reads sheet `index` into table->rows; table->name is the sheet's name.
    QString readSheet(int index, sheet::Table *table);

private:
    QString readPart(const QString &name, QByteArray *out);
    QString readRelationships();
    QString readSharedStrings(const QString &part);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_inflated = 0;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
};

} // namespace wl::interchange::xlsx
