#include "interchange/xlsxreader.h"

#include "interchange/limits.h"

#include <QDir>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace wl::interchange::xlsx {

namespace {

using sheet::Cell;
using sheet::Row;
using sheet::Table;

// The most rows and columns a sheet has (Excel's limits).
constexpr int kMaxRows = 1'048'576;
constexpr int kMaxColumns = 16'384;

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return QStringLiteral("%1: line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

// Reads the next token; false at the end, on an error or on a DOCTYPE, which
// no part of a workbook has (its entities could expand without bound).
bool next(QXmlStreamReader &xml, const QString &part, QString *error)
{
    if (xml.atEnd())
        return false;
    if (xml.readNext() == QXmlStreamReader::DTD) {
        *error = QStringLiteral("%1: XML with a DOCTYPE, refused").arg(part);
        return false;
    }
    if (xml.hasError()) {
        *error = xmlError(part, xml);
        return false;
    }
    return true;
}

// The text of the <t> elements inside the current element (a shared or
// inline string: plain, or rich text in runs), without the phonetic hints
// of <rPh>. Leaves the reader at the current element's end.
bool stringItem(QXmlStreamReader &xml, const QString &part, QString *text, QString *error)
{
    int depth = 1;
    int phonetic = 0;
    while (next(xml, part, error)) {
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0) {
                *text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (xml.hasError()) {
                    *error = xmlError(part, xml);
                    return false;
                }
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            if (--depth == 0) {
                *text = sheet::decodeXmlEscapes(*text);
                return true;
            }
        }
    }
    if (error->isEmpty())
        *error = QStringLiteral("%1: unexpected end of the XML").arg(part);
    return false;
}

// The attribute `name` in whatever namespace (r:id is in the
// relationships namespace of transitional or strict OOXML).
QString attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == name)
            return a.value().toString();
    return {};
}

QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    return attribute(xml.attributes(), name);
}

// "B7" -> column 1; -1 if `ref` does not start with letters.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

} // namespace

Workbook::Workbook(const QString &path)
    : m_path(path)
{
}

Workbook::~Workbook() = default;

int Workbook::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheetNames.size(); ++i)
        if (m_sheetNames[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString Workbook::readPart(const QString &name, QByteArray *out)
{
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive))
        return QStringLiteral("%1 is missing from the workbook").arg(name);
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return QStringLiteral("%1: the zip entry cannot be read").arg(name);
    if (info.uncompressedSize > quint64(kMaxPartBytes))
        return QStringLiteral("%1 would inflate to %2 bytes, more than Weaklink inflates from "
                              "one part of a workbook (%3 bytes); refused")
            .arg(name)
            .arg(info.uncompressedSize)
            .arg(kMaxPartBytes);
    const auto size = qint64(info.uncompressedSize);
    if (m_inflated + size > kMaxInputBytes)
        return QStringLiteral("%1: the parts of the workbook would inflate to more than 1 GB; "
                              "refused")
            .arg(name);
    m_inflated += size;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: the zip entry cannot be inflated (error %2)")
            .arg(name)
            .arg(file.getZipError());
    // Grown as the data arrives, not as the entry declares, and never beyond
    // its declared size.
    out->clear();
    constexpr qint64 chunk = 1 << 20;
    for (;;) {
        const qint64 at = out->size();
        out->resize(at + qMin(chunk, size - at + 1));
        const qint64 got = file.read(out->data() + at, out->size() - at);
        if (got < 0) {
            out->clear();
            return QStringLiteral("%1: the zip entry is damaged").arg(name);
        }
        out->resize(at + got);
        if (out->size() > size) {
            out->clear();
            return QStringLiteral("%1 inflates to more than its declared size; refused").arg(name);
        }
        if (got == 0)
            break;
    }
    file.close();
    if (file.getZipError() != UNZ_OK || out->size() != size) {
        out->clear();
        return QStringLiteral("%1: the zip entry is damaged (its checksum or size does not match)")
            .arg(name);
    }
    return {};
}

QString Workbook::open()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return QStringLiteral("not an XLSX workbook: the zip container cannot be read");

    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    QByteArray bytes;
    if (QString error = readPart(workbookPart, &bytes); !error.isEmpty())
        return error;
    QStringList sheetIds;
    {
        QXmlStreamReader xml(bytes);
        QString error;
        while (next(xml, workbookPart, &error))
            if (xml.isStartElement() && xml.name() == u"sheet") {
                m_sheetNames.append(attribute(xml, u"name"));
                sheetIds.append(attribute(xml, u"id"));
            }
        if (!error.isEmpty())
            return error;
    }

    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (QString error = readPart(relsPart, &bytes); !error.isEmpty())
        return error;
    QHash<QString, QString> targets; // relationship id -> part
    QString sharedStrings;
    {
        QXmlStreamReader xml(bytes);
        QString error;
        while (next(xml, relsPart, &error)) {
            if (!xml.isStartElement() || xml.name() != u"Relationship")
                continue;
            // A target outside the workbook (a file, a URL) is never
            // followed.
            if (attribute(xml, u"TargetMode").compare(u"External", Qt::CaseInsensitive) == 0)
                continue;
            const QString target = attribute(xml, u"Target");
            const QString part = target.startsWith(u'/')
                ? target.mid(1)
                : QDir::cleanPath(QStringLiteral("xl/") + target);
            targets.insert(attribute(xml, u"Id"), part);
            if (attribute(xml, u"Type").endsWith(u"/sharedStrings"))
                sharedStrings = part;
        }
        if (!error.isEmpty())
            return error;
    }
    for (const QString &id : sheetIds)
        m_sheetParts.append(targets.value(id));
    return sharedStrings.isEmpty() ? QString() : readSharedStrings(sharedStrings);
}

QString Workbook::readSharedStrings(const QString &part)
{
    QByteArray bytes;
    if (QString error = readPart(part, &bytes); !error.isEmpty())
        return error;
    QXmlStreamReader xml(bytes);
    QString error;
    while (next(xml, part, &error)) {
        if (xml.isStartElement() && xml.name() == u"si") {
            QString text;
            if (!stringItem(xml, part, &text, &error))
                return error;
            m_sharedStrings.append(std::move(text));
        }
    }
    return error;
}

QString Workbook::readSheet(int index, Table *table)
{
    table->name = m_sheetNames.value(index);
    const QString part = m_sheetParts.value(index);
    if (part.isEmpty())
        return QStringLiteral("sheet \"%1\" is not part of the workbook (an external link?), "
                              "not read")
            .arg(table->name);
    QByteArray bytes;
    if (QString error = readPart(part, &bytes); !error.isEmpty())
        return error;

    QXmlStreamReader xml(bytes);
    QString error;
    Row *row = nullptr;
    int column = -1;
    QString cellType;
    while (next(xml, part, &error)) {
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"row") {
                const QString r = attribute(xml, u"r");
                bool ok = true;
                const int number = r.isEmpty()
                    ? (table->rows.isEmpty() ? 1 : table->rows.constLast().number + 1)
                    : r.toInt(&ok);
                if (!ok || number < 1 || number > kMaxRows
                    || (!table->rows.isEmpty() && number <= table->rows.constLast().number))
                    return QStringLiteral("%1: row number \"%2\" out of order").arg(part, r);
                table->rows.append(Row { number, {} });
                row = &table->rows.last();
                column = -1;
            } else if (name == u"c" && row) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString r = attribute(attributes, u"r");
                column = r.isEmpty() ? column + 1 : columnOf(r);
                if (column < 0 || column >= kMaxColumns
                    || (!row->cells.isEmpty() && column < row->cells.size()))
                    return QStringLiteral("%1: cell reference \"%2\" out of order in row %3")
                        .arg(part, r)
                        .arg(row->number);
                row->cells.resize(column + 1);
                cellType = attribute(attributes, u"t");
            } else if ((name == u"v" || name == u"is") && row && column >= 0) {
                Cell &cell = row->cells[column];
                if (name == u"is") {
                    if (!stringItem(xml, part, &cell.text, &error))
                        return error;
                    cell.type = Cell::Type::Text;
                    continue;
                }
                const QString v = xml.readElementText();
                if (xml.hasError())
                    return xmlError(part, xml);
                if (cellType == u"s") {
                    bool ok = false;
                    const int i = v.toInt(&ok);
                    if (!ok || i < 0 || i >= m_sharedStrings.size())
                        return QStringLiteral("%1: shared string %2 does not exist")
                            .arg(table->cellRef(column, row->number), v);
                    cell = { Cell::Type::Text, m_sharedStrings[i] };
                } else if (cellType == u"b") {
                    cell = { Cell::Type::Boolean,
                        v.trimmed() == u"1" ? QStringLiteral("1") : QStringLiteral("0") };
                } else if (cellType.isEmpty() || cellType == u"n") {
                    cell = { Cell::Type::Number, v.trimmed() };
                } else {
                    // "str" (a formula's text), "e" (an error such as #N/A),
                    // "d" (an ISO 8601 date).
                    cell = { Cell::Type::Text, sheet::decodeXmlEscapes(v) };
                }
            }
        } else if (xml.isEndElement() && xml.name() == u"row") {
            row = nullptr;
        }
    }
    return error;
}

} // namespace wl::interchange::xlsx
