#include "interchange/importformat.h"

#include <QFileInfo>

#include <array>

namespace wl::interchange {

namespace {

struct FormatRow {
    ImportFormat format;
    QLatin1String name;
    const char *title;
};

constexpr std::array kFormats {
    FormatRow { ImportFormat::WeaklinkDocument, QLatin1String("weaklink"), "Weaklink document" },
    FormatRow { ImportFormat::ModelJson, QLatin1String("json"), "Weaklink model JSON" },
    FormatRow { ImportFormat::CycloneDxJson, QLatin1String("cyclonedx"), "CycloneDX JSON" },
    FormatRow { ImportFormat::CycloneDxXml, QLatin1String("cyclonedx-xml"), "CycloneDX XML" },
    FormatRow { ImportFormat::CsvTables, QLatin1String("csv"), "CSV tables" },
    FormatRow { ImportFormat::Xlsx, QLatin1String("xlsx"), "XLSX workbook" },
    FormatRow {
        ImportFormat::SubprocessorList, QLatin1String("subprocessors"), "sub-processor list" },
    FormatRow {
        ImportFormat::ThreatDragon, QLatin1String("threat-dragon"), "OWASP Threat Dragon JSON" },
    FormatRow { ImportFormat::Otm, QLatin1String("otm"), "Open Threat Model" },
    FormatRow { ImportFormat::Threagile, QLatin1String("threagile"), "Threagile YAML" },
    FormatRow { ImportFormat::Dot, QLatin1String("dot"), "Graphviz DOT" },
};

const FormatRow *row(ImportFormat format)
{
    for (const FormatRow &r : kFormats)
        if (r.format == format)
            return &r;
    return nullptr;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// `head` without a UTF-8 byte order mark and leading white space.
QByteArrayView trimmedStart(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    while (!head.isEmpty() && isSpace(head.front()))
        head = head.sliced(1);
    return head;
}

// DOT files may start with comments: `//` and `#` lines, `/* */` blocks.
QByteArrayView skipDotComments(QByteArrayView text)
{
    for (;;) {
        text = trimmedStart(text);
        if (text.startsWith("//") || text.startsWith("#")) {
            const qsizetype end = text.indexOf('\n');
            if (end < 0)
                return {};
            text = text.sliced(end + 1);
        } else if (text.startsWith("/*")) {
            const qsizetype end = text.indexOf("*/");
            if (end < 0)
                return {};
            text = text.sliced(end + 2);
        } else {
            return text;
        }
    }
}

bool startsWithWord(QByteArrayView text, QByteArrayView word)
{
    if (text.size() < word.size()
        || text.first(word.size()).toByteArray().toLower() != word.toByteArray())
        return false;
    if (text.size() == word.size())
        return true;
    const char next = text[word.size()];
    return isSpace(next) || next == '{' || next == '"';
}

bool isDot(QByteArrayView head)
{
    QByteArrayView text = skipDotComments(head);
    if (startsWithWord(text, "strict"))
        text = trimmedStart(text.sliced(6));
    return startsWithWord(text, "digraph") || startsWithWord(text, "graph");
}

// A YAML document with `key:` at the start of a line.
bool hasTopLevelKey(QByteArrayView text, QByteArrayView key)
{
    for (qsizetype at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
        const bool lineStart = at == 0 || text[at - 1] == '\n';
        const qsizetype after = at + key.size();
        if (lineStart && after < text.size() && text[after] == ':')
            return true;
    }
    return false;
}

// The lower-case, unquoted fields of a CSV header line (`,` or `;`).
QList<QByteArray> csvHeader(QByteArrayView text)
{
    const qsizetype end = text.indexOf('\n');
    const QByteArray line = (end < 0 ? text : text.first(end)).toByteArray().trimmed().toLower();
    const char separator = line.count(';') > line.count(',') ? ';' : ',';
    QList<QByteArray> fields = line.split(separator);
    for (QByteArray &f : fields) {
        f = f.trimmed();
        if (f.size() >= 2 && f.startsWith('"') && f.endsWith('"'))
            f = f.sliced(1, f.size() - 2).trimmed();
    }
    return fields;
}

ImportFormat fromCsvHeader(QByteArrayView text)
{
    const QList<QByteArray> fields = csvHeader(text);
    if (fields.size() < 2)
        return ImportFormat::Unknown;
    for (const QByteArray &f : fields)
        if (f == "subprocessor" || f == "sub-processor" || f == "sub_processor")
            return ImportFormat::SubprocessorList;
    return fields.contains("id") || fields.contains("source") ? ImportFormat::CsvTables
                                                              : ImportFormat::Unknown;
}

ImportFormat fromJsonObject(QByteArrayView head)
{
    if (head.contains("\"bomFormat\""))
        return ImportFormat::CycloneDxJson;
    if (head.contains("\"otmVersion\""))
        return ImportFormat::Otm;
    if (head.contains("\"weaklink-model\""))
        return ImportFormat::ModelJson;
    if (head.contains("\"diagrams\"") && head.contains("\"detail\""))
        return ImportFormat::ThreatDragon;
    return ImportFormat::ModelJson;
}

ImportFormat fromContent(QByteArrayView head)
{
    static constexpr char sqliteHeader[] = "SQLite format 3"; // and its terminating NUL
    if (head.startsWith(QByteArrayView(sqliteHeader, sizeof sqliteHeader)))
        return ImportFormat::WeaklinkDocument;
    if (head.startsWith("PK\x03\x04"))
        return ImportFormat::Xlsx;
    const QByteArrayView text = trimmedStart(head);
    if (text.isEmpty())
        return ImportFormat::Unknown;
    switch (text.front()) {
    case '{': return fromJsonObject(text);
    case '[': return ImportFormat::Unknown;
    case '<':
        return text.contains("cyclonedx.org/schema/bom") || text.contains("<bom")
            ? ImportFormat::CycloneDxXml
            : ImportFormat::Unknown;
    default: break;
    }
    if (isDot(text))
        return ImportFormat::Dot;
    if (hasTopLevelKey(text, "threagile_version"))
        return ImportFormat::Threagile;
    if (hasTopLevelKey(text, "otmVersion"))
        return ImportFormat::Otm;
    return fromCsvHeader(text);
}

ImportFormat fromName(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"weaklink")
        return ImportFormat::WeaklinkDocument;
    if (name.endsWith(u".otm.json") || name.endsWith(u".otm.yaml") || name.endsWith(u".otm.yml")
        || suffix == u"otm")
        return ImportFormat::Otm;
    if (name.endsWith(u".cdx.json") || name.endsWith(u".bom.json"))
        return ImportFormat::CycloneDxJson;
    if (suffix == u"json")
        return ImportFormat::ModelJson;
    if (suffix == u"xml")
        return ImportFormat::CycloneDxXml;
    if (suffix == u"csv")
        return ImportFormat::CsvTables;
    if (suffix == u"xlsx")
        return ImportFormat::Xlsx;
    if (suffix == u"yaml" || suffix == u"yml")
        return ImportFormat::Threagile;
    if (suffix == u"dot" || suffix == u"gv")
        return ImportFormat::Dot;
    return ImportFormat::Unknown;
}

} // namespace

QLatin1String formatName(ImportFormat format)
{
    const FormatRow *r = row(format);
    return r ? r->name : QLatin1String();
}

std::optional<ImportFormat> formatFromName(QStringView name)
{
    for (const FormatRow &r : kFormats)
        if (name.compare(r.name, Qt::CaseInsensitive) == 0)
            return r.format;
    return std::nullopt;
}

QStringList formatNames()
{
    QStringList names;
    for (const FormatRow &r : kFormats)
        names.append(r.name);
    return names;
}

QString formatTitle(ImportFormat format)
{
    const FormatRow *r = row(format);
    return r ? QString::fromLatin1(r->title) : QStringLiteral("unknown format");
}

ImportFormat detectFormat(QByteArrayView head, const QString &path)
{
    if (!path.isEmpty() && QFileInfo(path).isDir())
        return QFileInfo::exists(path + QStringLiteral("/nodes.csv")) ? ImportFormat::CsvTables
                                                                      : ImportFormat::Unknown;
    const ImportFormat byContent = fromContent(head);
    return byContent != ImportFormat::Unknown ? byContent : fromName(path);
}

} // namespace wl::interchange
