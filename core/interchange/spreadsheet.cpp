// The spreadsheet layout's reader (docs/IMPORT.md): CSV files in a folder or
// the sheets of a workbook, read into sheet::Tables, and the tables into a
// model through ModelBuilder, every cell checked by FORMAT.md's rules
// (Model::checkFieldValue) with its cell named in the message.
#include "interchange/csv.h"
#include "interchange/limits.h"
#include "interchange/modelbuilder.h"
#include "interchange/readers.h"
#include "interchange/sheettable.h"
#include "interchange/xlsxreader.h"

#include "io/inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <span>

namespace wl::interchange {

namespace {

using sheet::Cell;
using sheet::Row;
using sheet::Table;

enum class Kind { String, Number, Integer, Boolean, List };

Kind kindOf(ElementType type, int field)
{
    switch (type) {
    case ElementType::Node:
        switch (NodeField(field)) {
        case NodeField::BreachLikelihood:
        case NodeField::ControlStrength:
        case NodeField::X:
        case NodeField::Y: return Kind::Number;
        case NodeField::Criticality: return Kind::Integer;
        case NodeField::Pinned: return Kind::Boolean;
        case NodeField::Tags: return Kind::List;
        default: return Kind::String;
        }
    case ElementType::DataAsset:
        switch (DataField(field)) {
        case DataField::Records:
        case DataField::Sensitivity: return Kind::Integer;
        case DataField::Personal: return Kind::Boolean;
        case DataField::SubjectJurisdictions: return Kind::List;
        default: return Kind::String;
        }
    case ElementType::Edge:
        switch (EdgeField(field)) {
        case EdgeField::Data: return Kind::List;
        case EdgeField::PForward:
        case EdgeField::PBackward:
        case EdgeField::DelayHours:
        case EdgeField::ContractNotificationSlaHours: return Kind::Number;
        case EdgeField::ContractDpa:
        case EdgeField::ContractAuditRight: return Kind::Boolean;
        default: return Kind::String;
        }
    }
    return Kind::String;
}

bool isBlank(const Row &row)
{
    for (const Cell &c : row.cells)
        if (!c.isEmpty())
            return false;
    return true;
}

// The first row that is not blank: the header.
qsizetype headerIndex(const Table &table)
{
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        if (!isBlank(table.rows[i]))
            return i;
    return -1;
}

// A cell's content for a message, cut short.
QString quoted(const QString &text)
{
    constexpr qsizetype shown = 40;
    return u'"' + (text.size() > shown ? text.left(shown) + QStringLiteral("…") : text) + u'"';
}

// One table whose columns are the fields of one element type.
class TableReader {
public:
    TableReader(const Table &table, ElementType type, ModelBuilder &b)
        : m_table(table)
        , m_type(type)
        , m_b(b)
        , m_columns(fieldKeys(type).size(), -1)
    {
    }

    ElementType type() const { return m_type; }

    // Maps the header's columns to fields. False (through the builder) if a
    // column appears twice or one of `required` is missing.
    bool readHeader(std::initializer_list<int> required)
    {
        m_header = headerIndex(m_table);
        if (m_header < 0)
            return m_b.fail(m_table.name,
                QStringLiteral("empty; its first row must name the columns (%1)")
                    .arg(keys().join(u", ")));
        const Row &header = m_table.rows[m_header];
        const auto fields = fieldKeys(m_type);
        for (int c = 0; c < header.cells.size(); ++c) {
            const QString text = header.cells[c].text;
            if (text.trimmed().isEmpty())
                continue;
            const QString key = sheet::columnKey(text);
            int field = -1;
            for (size_t f = 0; f < fields.size(); ++f)
                if (key == sheet::columnKey(fields[f]))
                    field = int(f);
            const QString where = m_table.cellRef(c, header.number);
            if (field < 0) {
                m_b.warn(where, QStringLiteral("unknown column %1, ignored").arg(quoted(text)));
                continue;
            }
            if (const int other = m_columns[field]; other >= 0)
                return m_b.fail(where,
                    QStringLiteral("a second %1 column (also %2)")
                        .arg(fields[field], m_table.cellRef(other, header.number)));
            m_columns[field] = c;
        }
        for (const int field : required)
            if (m_columns[field] < 0)
                return m_b.fail(m_table.name,
                    QStringLiteral("no %1 column; the first row names the columns (%2)")
                        .arg(fields[field], keys().join(u", ")));
        return true;
    }

    // The rows after the header.
    std::span<const Row> rows() const
    {
        return std::span<const Row>(m_table.rows).subspan(size_t(m_header < 0 ? 0 : m_header + 1));
    }

    QString ref(const Row &row, int field) const
    {
        return m_table.cellRef(qMax(m_columns[field], 0), row.number);
    }

    // The value of `field` in `row`, checked by its rule and in the form
    // Model::normalizedValue gives it; an invalid QVariant for an empty cell
    // (the default applies). False (through the builder) for a value that
    // breaks the rule.
    bool value(const Row &row, int field, QVariant *out)
    {
        *out = QVariant();
        const int c = m_columns[field];
        if (c < 0 || c >= row.cells.size() || row.cells[c].isEmpty())
            return true;
        const Cell &cell = row.cells[c];
        const QLatin1String key = fieldKeys(m_type)[field];
        if (cell.text.size() > kMaxStringBytes / 3 && cell.text.toUtf8().size() > kMaxStringBytes)
            return m_b.fail(ref(row, field),
                QStringLiteral("%1: longer than 1 MB; Weaklink reads strings up to 1 MB").arg(key));
        const QString text = cell.text.trimmed();
        QVariant candidate;
        switch (kindOf(m_type, field)) {
        case Kind::String:
            candidate = cell.type == Cell::Type::Boolean
                ? QString(text == u"1" ? QStringLiteral("true") : QStringLiteral("false"))
                : cell.text;
            break;
        case Kind::List:
            candidate = cell.type == Cell::Type::Text ? sheet::splitList(cell.text)
                                                      : QStringList { text };
            break;
        case Kind::Boolean:
            if (text == u"1" || text.compare(u"true", Qt::CaseInsensitive) == 0)
                candidate = true;
            else if (text == u"0" || text.compare(u"false", Qt::CaseInsensitive) == 0)
                candidate = false;
            else
                return m_b.fail(ref(row, field),
                    QStringLiteral("%1: must be true or false, not %2")
                        .arg(key, quoted(cell.text)));
            break;
        case Kind::Integer: {
            bool ok = false;
            const qlonglong i = text.toLongLong(&ok);
            if (ok && cell.type != Cell::Type::Boolean) {
                candidate = qint64(i);
                break;
            }
            [[fallthrough]];
        }
        case Kind::Number: {
            // TRUE is not a number.
            if (cell.type == Cell::Type::Boolean) {
                candidate = text == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                break;
            }
            QString number = text;
            if (m_table.decimalComma && !number.contains(u'.'))
                number.replace(u',', u'.');
            bool ok = false;
            const double d = number.toDouble(&ok);
            candidate = ok ? QVariant(d) : QVariant(cell.text);
            break;
        }
        }
        if (const QString reason = Model::checkFieldValue(m_type, field, candidate);
            !reason.isEmpty())
            return m_b.fail(ref(row, field),
                QStringLiteral("%1: %2, not %3").arg(key, reason, quoted(cell.text)));
        *out = Model::normalizedValue(m_type, field, candidate);
        return true;
    }

private:
    QStringList keys() const
    {
        QStringList out;
        for (const QLatin1String key : fieldKeys(m_type))
            out.append(key);
        return out;
    }

    const Table &m_table;
    ElementType m_type;
    ModelBuilder &m_b;
    QVector<int> m_columns; // field -> column, or -1
    qsizetype m_header = -1;
};

void assign(Node &n, NodeField f, const QVariant &v)
{
    switch (f) {
    case NodeField::Id: n.id = v.toString(); break;
    case NodeField::Name: n.name = v.toString(); break;
    case NodeField::Kind: n.kind = v.toString(); break;
    case NodeField::Organization: n.organization = v.toString(); break;
    case NodeField::GdprRole: n.gdprRole = v.toString(); break;
    case NodeField::Jurisdiction: n.jurisdiction = v.toString(); break;
    case NodeField::BreachLikelihood: n.breachLikelihood = v.toDouble(); break;
    case NodeField::ControlStrength: n.controlStrength = v.toDouble(); break;
    case NodeField::Criticality: n.criticality = v.toInt(); break;
    case NodeField::Pinned: n.pinned = v.toBool(); break;
    case NodeField::Tags: n.tags = v.toStringList(); break;
    case NodeField::Notes: n.notes = v.toString(); break;
    case NodeField::X:
    case NodeField::Y:
    case NodeField::Count: break;
    }
}

void assign(DataAsset &a, DataField f, const QVariant &v)
{
    switch (f) {
    case DataField::Id: a.id = v.toString(); break;
    case DataField::Name: a.name = v.toString(); break;
    case DataField::Owner: a.owner = v.toString(); break;
    case DataField::Category: a.category = v.toString(); break;
    case DataField::Records: a.records = v.toLongLong(); break;
    case DataField::Sensitivity: a.sensitivity = v.toInt(); break;
    case DataField::Personal: a.personal = v.toBool(); break;
    case DataField::SubjectJurisdictions: a.subjectJurisdictions = v.toStringList(); break;
    case DataField::Count: break;
    }
}

void assign(Edge &e, EdgeField f, const QVariant &v)
{
    switch (f) {
    case EdgeField::Id: e.id = v.toString(); break;
    case EdgeField::Source: e.source = v.toString(); break;
    case EdgeField::Target: e.target = v.toString(); break;
    case EdgeField::Integration: e.integration = v.toString(); break;
    case EdgeField::Data: e.data = v.toStringList(); break;
    case EdgeField::PForward: e.pForward = v.toDouble(); break;
    case EdgeField::PBackward: e.pBackward = v.toDouble(); break;
    case EdgeField::DelayHours: e.delayHours = v.toDouble(); break;
    case EdgeField::Label: e.label = v.toString(); break;
    case EdgeField::ContractDpa: e.contract.dpa = v.toBool(); break;
    case EdgeField::ContractNotificationSlaHours:
        e.contract.notificationSlaHours = v.toDouble();
        break;
    case EdgeField::ContractTransferMechanism: e.contract.transferMechanism = v.toString(); break;
    case EdgeField::ContractAuditRight: e.contract.auditRight = v.toBool(); break;
    case EdgeField::ContractReviewed: e.contract.reviewed = v.toString(); break;
    case EdgeField::Count: break;
    }
}

// Reads the tables into the builder. Ids are kept as the tables write
// them; `*Cells` map each id to the cell that defines it, for messages.
class TablesReader {
public:
    explicit TablesReader(ModelBuilder &b)
        : m_b(b)
    {
    }

    bool readNodes(const Table &table)
    {
        TableReader r(table, ElementType::Node, m_b);
        if (!r.readHeader({ int(NodeField::Id) }))
            return false;
        for (const Row &row : r.rows()) {
            if (isBlank(row))
                continue;
            Node n;
            QString name;
            std::optional<double> x, y;
            for (int f = 0; f < int(NodeField::Count); ++f) {
                QVariant v;
                if (!r.value(row, f, &v))
                    return false;
                if (!v.isValid())
                    continue;
                if (NodeField(f) == NodeField::X)
                    x = v.toDouble();
                else if (NodeField(f) == NodeField::Y)
                    y = v.toDouble();
                else
                    assign(n, NodeField(f), v);
                if (NodeField(f) == NodeField::Name)
                    name = v.toString();
            }
            const QString where = r.ref(row, int(NodeField::Id));
            if (!checkId(n.id, where, &m_nodeCells, "node"))
                return false;
            if (x && !y)
                return m_b.fail(r.ref(row, int(NodeField::Y)),
                    QStringLiteral("y: required when x is given; x and y come together"));
            if (y && !x)
                return m_b.fail(r.ref(row, int(NodeField::X)),
                    QStringLiteral("x: required when y is given; x and y come together"));
            if (x)
                n.pos = QPointF(*x, *y);
            const QString key = n.id;
            const QString id = m_b.addNode(key, std::move(n), where);
            if (id.isEmpty())
                return false;
            // The builder names a node whose name is blank after its key;
            // a name of spaces is kept as the table writes it.
            if (!name.isEmpty())
                m_b.node(id)->name = name;
        }
        return true;
    }

    bool readData(const Table &table)
    {
        TableReader r(table, ElementType::DataAsset, m_b);
        if (!r.readHeader({ int(DataField::Id), int(DataField::Owner) }))
            return false;
        for (const Row &row : r.rows()) {
            if (isBlank(row))
                continue;
            DataAsset a;
            QString name;
            for (int f = 0; f < int(DataField::Count); ++f) {
                QVariant v;
                if (!r.value(row, f, &v))
                    return false;
                if (!v.isValid())
                    continue;
                assign(a, DataField(f), v);
                if (DataField(f) == DataField::Name)
                    name = v.toString();
            }
            const QString where = r.ref(row, int(DataField::Id));
            if (!checkId(a.id, where, &m_dataCells, "data asset")
                || !checkNode(a.owner, r, row, int(DataField::Owner)))
                return false;
            const QString key = a.id;
            const QString id = m_b.addDataAsset(key, std::move(a), where);
            if (!name.isEmpty())
                m_b.dataAsset(id)->name = name;
        }
        return true;
    }

    bool readEdges(const Table &table)
    {
        TableReader r(table, ElementType::Edge, m_b);
        if (!r.readHeader({ int(EdgeField::Source), int(EdgeField::Target) }))
            return false;
        int index = 0;
        for (const Row &row : r.rows()) {
            if (isBlank(row))
                continue;
            Edge e;
            bool probabilities[2] = { false, false };
            for (int f = 0; f < int(EdgeField::Count); ++f) {
                QVariant v;
                if (!r.value(row, f, &v))
                    return false;
                if (!v.isValid())
                    continue;
                assign(e, EdgeField(f), v);
                if (EdgeField(f) == EdgeField::PForward)
                    probabilities[0] = true;
                if (EdgeField(f) == EdgeField::PBackward)
                    probabilities[1] = true;
            }
            const auto [forward, backward] = vocab::defaultArcProbabilities(e.integration);
            if (!probabilities[0])
                e.pForward = forward;
            if (!probabilities[1])
                e.pBackward = backward;

            const QString where = r.ref(row, int(EdgeField::Id));
            if (e.id.isEmpty()) {
                // FORMAT.md's default: e<index>, which an explicit id may not
                // take.
                e.id = QStringLiteral("e%1").arg(index);
                if (const QString other = m_edgeCells.value(e.id); !other.isEmpty())
                    return m_b.fail(where,
                        QStringLiteral("the default id \"%1\" of this edge is taken (%2)")
                            .arg(e.id, other));
                m_edgeCells.insert(e.id, where);
            } else if (!checkId(e.id, where, &m_edgeCells, "edge")) {
                return false;
            }
            ++index;
            if (!checkNode(e.source, r, row, int(EdgeField::Source))
                || !checkNode(e.target, r, row, int(EdgeField::Target)))
                return false;
            if (e.source == e.target)
                return m_b.fail(r.ref(row, int(EdgeField::Target)),
                    QStringLiteral("target: source and target must differ"));
            QSet<QString> seen;
            for (const QString &asset : std::as_const(e.data)) {
                if (!m_dataCells.contains(asset))
                    return m_b.fail(r.ref(row, int(EdgeField::Data)),
                        QStringLiteral("data: unknown data asset id %1").arg(quoted(asset)));
                if (seen.contains(asset))
                    return m_b.fail(r.ref(row, int(EdgeField::Data)),
                        QStringLiteral("data: data asset %1 listed twice").arg(quoted(asset)));
                seen.insert(asset);
            }
            m_b.addEdge(std::move(e), where);
        }
        return true;
    }

    // The model's name: the name column of the model table's first row.
    bool readModel(const Table &table, QString *name)
    {
        const qsizetype header = headerIndex(table);
        if (header < 0)
            return true;
        int column = -1;
        const Row &head = table.rows[header];
        for (int c = 0; c < head.cells.size(); ++c) {
            const QString text = head.cells[c].text;
            if (sheet::columnKey(text) == u"name")
                column = c;
            else if (!text.trimmed().isEmpty())
                m_b.warn(table.cellRef(c, head.number),
                    QStringLiteral("unknown column %1, ignored").arg(quoted(text)));
        }
        if (column < 0)
            return m_b.fail(table.name, QStringLiteral("no name column"));
        // A table without a row names the model "".
        name->clear();
        for (qsizetype i = header + 1; i < table.rows.size(); ++i) {
            const Row &row = table.rows[i];
            if (isBlank(row))
                continue;
            *name = column < row.cells.size() ? row.cells[column].text : QString();
            break;
        }
        return true;
    }

private:
    // Each id once per table; the message names both cells.
    bool checkId(
        const QString &id, const QString &where, QHash<QString, QString> *cells, const char *what)
    {
        if (id.isEmpty())
            return m_b.fail(where, QStringLiteral("id: required"));
        if (const QString other = cells->value(id); !other.isEmpty())
            return m_b.fail(where,
                QStringLiteral("duplicate %1 id %2 (also %3)")
                    .arg(QLatin1String(what), quoted(id), other));
        cells->insert(id, where);
        return true;
    }

    // A reference to a node: field `field` of `row`.
    bool checkNode(const QString &id, const TableReader &r, const Row &row, int field)
    {
        if (!id.isEmpty() && m_nodeCells.contains(id))
            return true;
        const QLatin1String key = fieldKeys(r.type())[size_t(field)];
        if (id.isEmpty())
            return m_b.fail(r.ref(row, field), QStringLiteral("%1: required").arg(key));
        return m_b.fail(
            r.ref(row, field), QStringLiteral("%1: unknown node id %2").arg(key, quoted(id)));
    }

    ModelBuilder &m_b;
    QHash<QString, QString> m_nodeCells, m_dataCells, m_edgeCells;
};

// The bytes of a file named in a command or a folder, within the limit.
QString readInput(const QString &path, QByteArray *out)
{
    QFile file(path);
    QString reason;
    if (!io::openRegularFile(file, &reason))
        return reason;
    if (file.size() > kMaxInputBytes)
        return QStringLiteral("larger than 1 GB; Weaklink reads files up to 1 GB");
    *out = file.readAll();
    return {};
}

const char *const kTableNames[] = { "nodes", "data", "edges", "model" };

QString sheetListText(const QStringList &names)
{
    QStringList quotedNames;
    for (const QString &n : names)
        quotedNames.append(quoted(n));
    return quotedNames.isEmpty() ? QStringLiteral("none") : quotedNames.join(u", ");
}

} // namespace

namespace sheet {

ReadResult readTables(const Table &nodes, const Table *data, const Table *edges, const Table *model,
    const QString &defaultName, const QString &format, const QString &fileName)
{
    ModelBuilder b(format);
    TablesReader r(b);
    QString name = defaultName;
    if (r.readNodes(nodes) && (!data || r.readData(*data)) && (!edges || r.readEdges(*edges)))
        if (model)
            r.readModel(*model, &name);
    b.setName(name);
    return b.finish(fileName);
}

} // namespace sheet

ReadResult readCsvTables(const QString &path)
{
    const QFileInfo info(path);
    QString folder = path;
    if (!info.isDir()) {
        if (!info.exists())
            return ReadResult::failure(path, QStringLiteral("it does not exist"));
        const QString base = info.completeBaseName().toLower();
        bool known = info.suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
        known = known
            && std::any_of(std::begin(kTableNames), std::end(kTableNames),
                [&](const char *n) { return base == QLatin1String(n); });
        if (!known)
            return ReadResult::failure(path,
                QStringLiteral("not one of the tables nodes.csv, edges.csv, data.csv and "
                               "model.csv; name their folder, or nodes.csv in it"));
        folder = info.path();
    }
    const QDir dir(folder);
    const QStringList entries = dir.entryList(QDir::Files);
    Table tables[std::size(kTableNames)];
    bool present[std::size(kTableNames)] = {};
    for (size_t t = 0; t < std::size(kTableNames); ++t) {
        const QString fileName = QLatin1String(kTableNames[t]) + QStringLiteral(".csv");
        // The file as the folder spells it: Nodes.csv is nodes.csv.
        const auto entry = std::find_if(entries.cbegin(), entries.cend(),
            [&](const QString &e) { return e.compare(fileName, Qt::CaseInsensitive) == 0; });
        if (entry == entries.cend())
            continue;
        QByteArray bytes;
        if (const QString error = readInput(dir.filePath(*entry), &bytes); !error.isEmpty())
            return ReadResult::failure(folder, *entry + QStringLiteral(": ") + error);
        tables[t].name = *entry;
        if (const QString error = csv::parse(bytes, &tables[t]); !error.isEmpty())
            return ReadResult::failure(folder, error);
        present[t] = true;
    }
    if (!present[0])
        return ReadResult::failure(folder,
            QStringLiteral("no nodes.csv; the folder must hold nodes.csv (edges.csv, data.csv "
                           "and model.csv are optional)"));
    return sheet::readTables(tables[0], present[1] ? &tables[1] : nullptr,
        present[2] ? &tables[2] : nullptr, present[3] ? &tables[3] : nullptr,
        QDir(dir.absolutePath()).dirName(), formatTitle(ImportFormat::CsvTables), folder);
}

ReadResult readXlsx(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    QString reason;
    if (!io::openRegularFile(file, &reason))
        return ReadResult::failure(path, reason);
    if (file.size() > kMaxInputBytes)
        return ReadResult::failure(
            path, QStringLiteral("larger than 1 GB; Weaklink reads files up to 1 GB"));
    file.close();

    xlsx::Workbook workbook(path);
    if (const QString error = workbook.open(); !error.isEmpty())
        return ReadResult::failure(path, error);
    if (workbook.sheetIndex(QStringLiteral("nodes")) < 0) {
        Table first;
        if (workbook.sheetNames().isEmpty())
            return ReadResult::failure(path, QStringLiteral("the workbook has no sheets"));
        if (const QString error = workbook.readSheet(0, &first); !error.isEmpty())
            return ReadResult::failure(path, error);
        if (sheet::isSubprocessorTable(first))
            return sheet::readSubprocessorTable(first, options.vendor,
                formatTitle(ImportFormat::SubprocessorList) + QStringLiteral(" (XLSX)"), path);
        return ReadResult::failure(path,
            QStringLiteral("no sheet named \"nodes\" (the sheets: %1); the workbook must hold "
                           "the sheet nodes, and may hold edges, data and model")
                .arg(sheetListText(workbook.sheetNames())));
    }
    Table tables[std::size(kTableNames)];
    bool present[std::size(kTableNames)] = {};
    for (size_t t = 0; t < std::size(kTableNames); ++t) {
        const int index = workbook.sheetIndex(QLatin1String(kTableNames[t]));
        if (index < 0)
            continue;
        if (const QString error = workbook.readSheet(index, &tables[t]); !error.isEmpty())
            return ReadResult::failure(path, error);
        present[t] = true;
    }
    return sheet::readTables(tables[0], present[1] ? &tables[1] : nullptr,
        present[2] ? &tables[2] : nullptr, present[3] ? &tables[3] : nullptr,
        QFileInfo(path).completeBaseName(), formatTitle(ImportFormat::Xlsx), path);
}

ReadResult readSubprocessorList(const QString &path, const ImportOptions &options)
{
    QByteArray bytes;
    if (const QString error = readInput(path, &bytes); !error.isEmpty())
        return ReadResult::failure(path, error);
    const QString format = formatTitle(ImportFormat::SubprocessorList);
    if (bytes.startsWith("PK\x03\x04")) {
        bytes.clear();
        xlsx::Workbook workbook(path);
        if (const QString error = workbook.open(); !error.isEmpty())
            return ReadResult::failure(path, error);
        // The first sheet that is a sub-processor list, else the first.
        Table table;
        for (int i = 0; i < workbook.sheetNames().size(); ++i) {
            Table candidate;
            if (const QString error = workbook.readSheet(i, &candidate); !error.isEmpty())
                return ReadResult::failure(path, error);
            if (i == 0 || sheet::isSubprocessorTable(candidate))
                table = std::move(candidate);
            if (sheet::isSubprocessorTable(table))
                break;
        }
        if (workbook.sheetNames().isEmpty())
            return ReadResult::failure(path, QStringLiteral("the workbook has no sheets"));
        return sheet::readSubprocessorTable(
            table, options.vendor, format + QStringLiteral(" (XLSX)"), path);
    }
    Table table;
    table.name = QFileInfo(path).fileName();
    if (const QString error = csv::parse(bytes, &table); !error.isEmpty())
        return ReadResult::failure(path, error);
    return sheet::readSubprocessorTable(
        table, options.vendor, format + QStringLiteral(" (CSV)"), path);
}

} // namespace wl::interchange
