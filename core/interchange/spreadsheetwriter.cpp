#include "interchange/spreadsheetwriter.h"

#include "interchange/csv.h"
#include "interchange/sheettable.h"

#include "io/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <memory>

namespace wl::interchange {

namespace {

// One cell to write, typed so that a workbook holds numbers as numbers.
struct OutCell {
    enum class Type { Empty, Text, Number, Integer, Boolean };
    Type type = Type::Empty;
    QString text;
    double number = 0.0;

    // As a CSV file writes it.
    QString csvText() const
    {
        switch (type) {
        case Type::Empty: return {};
        case Type::Text: return text;
        case Type::Number: return sheet::numberText(number);
        case Type::Integer: return QString::number(qint64(number));
        case Type::Boolean: return number != 0.0 ? QStringLiteral("true") : QStringLiteral("false");
        }
        return {};
    }
};

OutCell cellOf(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Double: return { OutCell::Type::Number, {}, v.toDouble() };
    case QMetaType::Int:
    case QMetaType::LongLong: return { OutCell::Type::Integer, {}, double(v.toLongLong()) };
    case QMetaType::Bool: return { OutCell::Type::Boolean, {}, v.toBool() ? 1.0 : 0.0 };
    case QMetaType::QStringList:
        return { OutCell::Type::Text, sheet::joinList(v.toStringList()), 0.0 };
    case QMetaType::QString:
        if (!v.toString().isEmpty())
            return { OutCell::Type::Text, v.toString(), 0.0 };
        break;
    default: break;
    }
    return {};
}

struct OutTable {
    QString name;
    QStringList header;
    QVector<QVector<OutCell>> rows;
};

template<typename Element, typename Field>
OutTable tableOf(const QString &name, ElementType type, const QVector<Element> &elements)
{
    OutTable t;
    t.name = name;
    for (const QLatin1String key : fieldKeys(type))
        t.header.append(key);
    t.rows.reserve(elements.size());
    for (const Element &e : elements) {
        QVector<OutCell> row;
        row.reserve(t.header.size());
        for (int f = 0; f < int(Field::Count); ++f)
            row.append(cellOf(valueOf(e, Field(f))));
        t.rows.append(std::move(row));
    }
    return t;
}

// The tables in the order a workbook shows them.
QVector<OutTable> tablesOf(const Model &model)
{
    QVector<OutTable> tables;
    tables.append(
        tableOf<Node, NodeField>(QStringLiteral("nodes"), ElementType::Node, model.nodes()));
    tables.append(
        tableOf<Edge, EdgeField>(QStringLiteral("edges"), ElementType::Edge, model.edges()));
    tables.append(tableOf<DataAsset, DataField>(
        QStringLiteral("data"), ElementType::DataAsset, model.data()));
    OutTable name;
    name.name = QStringLiteral("model");
    name.header = QStringList { QStringLiteral("name") };
    name.rows.append({ cellOf(model.name) });
    tables.append(std::move(name));
    return tables;
}

// Excel's limits.
constexpr int kMaxSheetRows = 1'048'576;
constexpr int kMaxCellChars = 32'767;

void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    for (const char c : bytes) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
}

// The worksheet XML of one table: a bold, frozen header row, columns wide
// enough for the header and the first rows, numbers and booleans as such,
// strings inline. On failure *error is "sheet!B7: reason".
bool sheetXml(const OutTable &t, QByteArray *out, QString *error)
{
    const sheet::Table names { t.name, false, {} };
    if (t.rows.size() + 1 > kMaxSheetRows) {
        *error = QStringLiteral("%1: %2 rows, more than a sheet holds (%3); export as CSV")
                     .arg(t.name)
                     .arg(t.rows.size())
                     .arg(kMaxSheetRows - 1);
        return false;
    }
    QByteArray &x = *out;
    x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
        "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>";
    constexpr qsizetype sampled = 200;
    for (int c = 0; c < t.header.size(); ++c) {
        qsizetype width = t.header[c].size() + 2;
        for (qsizetype r = 0; r < qMin(sampled, t.rows.size()); ++r)
            width = qMax(width, t.rows[r][c].csvText().size() + 1);
        x += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1)
            + "\" width=\"" + QByteArray::number(qBound(8, int(width), 50))
            + "\" customWidth=\"1\"/>";
    }
    x += "</cols><sheetData><row r=\"1\">";
    for (int c = 0; c < t.header.size(); ++c) {
        x += "<c r=\"" + sheet::columnName(c).toLatin1() + "1\" s=\"1\" t=\"inlineStr\"><is><t>";
        appendEscaped(x, t.header[c]);
        x += "</t></is></c>";
    }
    x += "</row>";
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QByteArray number = QByteArray::number(r + 2);
        x += "<row r=\"" + number + "\">";
        for (int c = 0; c < t.rows[r].size(); ++c) {
            const OutCell &cell = t.rows[r][c];
            if (cell.type == OutCell::Type::Empty)
                continue;
            x += "<c r=\"" + sheet::columnName(c).toLatin1() + number + '"';
            switch (cell.type) {
            case OutCell::Type::Empty: break;
            case OutCell::Type::Number:
            case OutCell::Type::Integer:
                x += "><v>" + cell.csvText().toLatin1() + "</v></c>";
                break;
            case OutCell::Type::Boolean:
                x += cell.number != 0.0 ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>";
                break;
            case OutCell::Type::Text: {
                const QString text = sheet::encodeXmlEscapes(cell.text);
                if (text.size() > kMaxCellChars) {
                    *error = QStringLiteral("%1: %2: longer than the %3 characters a spreadsheet "
                                            "cell holds; export as CSV")
                                 .arg(names.cellRef(c, int(r) + 2), t.header[c])
                                 .arg(kMaxCellChars);
                    return false;
                }
                x += " t=\"inlineStr\"><is><t xml:space=\"preserve\">";
                appendEscaped(x, text);
                x += "</t></is></c>";
                break;
            }
            }
        }
        x += "</row>";
    }
    x += "</sheetData></worksheet>\n";
    return true;
}

// The parts of the workbook, in the order of the zip.
QList<std::pair<QString, QByteArray>> workbookParts(const QVector<OutTable> &tables, QString *error)
{
    QList<std::pair<QString, QByteArray>> parts;
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                       "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument."
                       "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument."
                       "spreadsheetml.styles+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                          "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                          "officeDocument/2006/relationships\"><sheets>";
    const QByteArray relationship
        = "<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          "2006/relationships/%2\" Target=\"%3\"/>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "relationships\">";
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray part = "worksheets/sheet" + n + ".xml";
        types += "<Override PartName=\"/xl/" + part
            + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
              "worksheet+xml\"/>";
        workbook += "<sheet name=\"" + tables[i].name.toUtf8() + "\" sheetId=\"" + n
            + "\" r:id=\"rId" + n + "\"/>";
        rels += QByteArray(relationship)
                    .replace("%1", n)
                    .replace("%2", "worksheet")
                    .replace("%3", part);
        QByteArray xml;
        if (!sheetXml(tables[i], &xml, error))
            return {};
        parts.append({ QStringLiteral("xl/") + QString::fromLatin1(part), std::move(xml) });
    }
    rels += QByteArray(relationship)
                .replace("%1", "S")
                .replace("%2", "styles")
                .replace("%3", "styles.xml")
        + "</Relationships>";
    workbook += "</sheets></workbook>\n";
    types += "</Types>\n";
    const QByteArray styles
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/>"
          "<sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"1\"><fill>"
          "<patternFill patternType=\"none\"/></fill></fills><borders count=\"1\"><border/>"
          "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
          "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" "
          "fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" "
          "borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs></styleSheet>\n";
    const QByteArray packageRels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>\n";
    parts.prepend({ QStringLiteral("xl/styles.xml"), styles });
    parts.prepend({ QStringLiteral("xl/_rels/workbook.xml.rels"), rels });
    parts.prepend({ QStringLiteral("xl/workbook.xml"), workbook });
    parts.prepend({ QStringLiteral("_rels/.rels"), packageRels });
    parts.prepend({ QStringLiteral("[Content_Types].xml"), types });
    return parts;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QStringLiteral("%1: cannot write the file: %2").arg(path, reason);
}

} // namespace

bool writeCsvTables(const Model &model, const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        *error
            = QStringLiteral("%1: not a folder; CSV tables are written into a folder").arg(folder);
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("%1: cannot create the folder").arg(folder);
        return false;
    }
    const QDir dir(folder);
    // Every file is written before any replaces its old version, so that a
    // failure leaves the folder as it was.
    std::vector<std::unique_ptr<io::AtomicFile>> files;
    QStringList paths;
    for (const OutTable &t : tablesOf(model)) {
        QByteArray bytes;
        csv::appendRecord(bytes, t.header);
        QStringList fields;
        for (const QVector<OutCell> &row : t.rows) {
            fields.clear();
            for (const OutCell &cell : row)
                fields.append(cell.csvText());
            csv::appendRecord(bytes, fields);
        }
        const QString path = dir.filePath(t.name + QStringLiteral(".csv"));
        auto file = std::make_unique<io::AtomicFile>(path);
        QString reason;
        if (!file->open(&reason) || !file->write(bytes, &reason)) {
            *error = cannotWrite(path, reason);
            return false;
        }
        files.push_back(std::move(file));
        paths.append(path);
    }
    for (size_t i = 0; i < files.size(); ++i) {
        QString reason;
        if (!files[i]->commit(&reason)) {
            *error = cannotWrite(paths[qsizetype(i)], reason);
            return false;
        }
    }
    return true;
}

bool writeXlsx(const Model &model, const QString &path, QString *error)
{
    QString reason;
    const QList<std::pair<QString, QByteArray>> parts = workbookParts(tablesOf(model), &reason);
    if (parts.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    io::AtomicFile file(path);
    if (!file.open(&reason)) {
        *error = cannotWrite(path, reason);
        return false;
    }
    QuaZip zip(QString::fromLocal8Bit(file.tempPath()));
    zip.setZip64Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = cannotWrite(path, QStringLiteral("the zip container cannot be created"));
        return false;
    }
    for (const auto &[name, bytes] : parts) {
        QuaZipFile part(&zip);
        QuaZipNewInfo info(name);
        // A fixed time, so that equal models give equal files.
        info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
        if (!part.open(QIODevice::WriteOnly, info) || part.write(bytes) != bytes.size()) {
            *error = cannotWrite(path, QStringLiteral("%1 cannot be added").arg(name));
            return false;
        }
        part.close();
        if (part.getZipError() != ZIP_OK) {
            *error = cannotWrite(path, QStringLiteral("%1 cannot be added").arg(name));
            return false;
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        *error = cannotWrite(path, QStringLiteral("the zip container cannot be finished"));
        return false;
    }
    if (!file.commit(&reason)) {
        *error = cannotWrite(path, reason);
        return false;
    }
    return true;
}

} // namespace wl::interchange
