// A vendor's published sub-processor list (docs/IMPORT.md): one row per
// sub-processor with its purpose, location and the categories of data it
// receives, read into vendor nodes, sub-processor nodes (tier 2 below the
// vendor), one edge per vendor and sub-processor, and one data asset per
// vendor and category that flows over it.
#include "interchange/modelbuilder.h"
#include "interchange/sheettable.h"

#include <QRegularExpression>

namespace wl::interchange::sheet {

namespace {

enum class Column { Vendor, Subprocessor, Purpose, Location, Categories, Transfer, Count };

// The column names each column is known by, as sheet::columnKey spells
// them.
const QStringList &aliases(Column column)
{
    static const QStringList lists[] = {
        { QStringLiteral("vendor"), QStringLiteral("vendorname") },
        { QStringLiteral("subprocessor"), QStringLiteral("subprocessors"),
            QStringLiteral("subprocessorname") },
        { QStringLiteral("purpose"), QStringLiteral("purposes"),
            QStringLiteral("purposeofprocessing"), QStringLiteral("processingpurpose"),
            QStringLiteral("natureofprocessing"), QStringLiteral("service"),
            QStringLiteral("services"), QStringLiteral("function") },
        { QStringLiteral("location"), QStringLiteral("locations"), QStringLiteral("country"),
            QStringLiteral("countries"), QStringLiteral("processinglocation"),
            QStringLiteral("processinglocations"), QStringLiteral("entitylocation") },
        { QStringLiteral("datacategories"), QStringLiteral("datacategory"),
            QStringLiteral("categoriesofdata"), QStringLiteral("categoriesofpersonaldata"),
            QStringLiteral("personaldatacategories"), QStringLiteral("datatypes") },
        { QStringLiteral("transfermechanism"), QStringLiteral("transfermechanisms"),
            QStringLiteral("safeguard"), QStringLiteral("safeguards"),
            QStringLiteral("transfersafeguards"), QStringLiteral("transferbasis") },
    };
    return lists[int(column)];
}

const QString kColumnNames[] = { QStringLiteral("vendor"), QStringLiteral("subprocessor"),
    QStringLiteral("purpose"), QStringLiteral("location"), QStringLiteral("data categories"),
    QStringLiteral("transfer mechanism") };

// The first of `needles` that `haystack` (lower case) contains decides.
struct Keywords {
    const char *value;
    std::initializer_list<const char *> needles;
};

QString byKeywords(const QString &text, std::initializer_list<Keywords> table, QString fallback)
{
    const QString lower = text.toLower();
    for (const Keywords &k : table)
        for (const char *needle : k.needles)
            if (lower.contains(QLatin1String(needle)))
                return QLatin1String(k.value);
    return fallback;
}

// A contract's transfer mechanism (FORMAT.md §1) as a list words it; empty
// where the words name none of them.
QString transferMechanismFor(const QString &text)
{
    return byKeywords(text,
        {
            { "scc", { "scc", "standard contractual", "model clauses" } },
            { "bcr", { "bcr", "binding corporate" } },
            { "adequacy", { "adequacy", "data privacy framework", "dpf" } },
            { "derogation", { "derogation", "art. 49", "article 49" } },
            { "none", { "none" } },
        },
        QString());
}

// A sub-processor's kind by what it does.
QString kindForPurpose(const QString &purpose)
{
    return byKeywords(purpose,
        {
            { "cloud_platform",
                { "cloud", "hosting", "infrastructure", "data center", "datacenter", "storage" } },
            { "model_provider", { "inference", "language model", "foundation model", "ai model" } },
            { "analytics", { "analytics" } },
            { "monitoring", { "monitoring", "logging", "observability", "error tracking" } },
            { "data_labeling", { "labeling", "labelling", "annotation" } },
            { "vector_database", { "vector" } },
            { "identity_provider", { "identity", "authentication", "single sign-on", "sso" } },
            { "payments", { "payment", "billing" } },
            { "support", { "support", "customer service", "helpdesk", "ticketing" } },
        },
        QStringLiteral("other"));
}

// FORMAT.md's category for a category as a list names it.
QString categoryFor(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(u' ', u'_');
    if (vocab::knownCategories().contains(key))
        return key;
    return byKeywords(text,
        {
            { "credentials", { "credential", "password", "api key", "secret", "token" } },
            { "financial", { "payment", "billing", "financial", "card" } },
            { "prompts", { "prompt", "input", "output", "conversation", "chat", "content" } },
            { "training_data", { "training" } },
            { "model_weights", { "weight" } },
            { "source_code", { "source code" } },
            { "telemetry", { "telemetry", "logs", "log data", "logging", "diagnostic" } },
            { "usage_metadata", { "usage", "metadata" } },
            { "customer_pii",
                { "personal", "pii", "contact", "account", "customer", "user", "email", "name",
                    "identifier" } },
        },
        QStringLiteral("other"));
}

bool isPersonal(const QString &category, const QString &text)
{
    static const QStringList personal = { QStringLiteral("customer_pii"),
        QStringLiteral("usage_metadata"), QStringLiteral("financial"), QStringLiteral("prompts") };
    return personal.contains(category) || text.contains(u"personal", Qt::CaseInsensitive);
}

// A location as a jurisdiction (FORMAT.md: "US", "EU", "DE", "US-CA"), or
// an empty string if it names none, or more than one.
QString jurisdictionOf(const QString &location)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$"));
    const QString t = location.trimmed();
    if (code.match(t).hasMatch())
        return t.compare(u"UK", Qt::CaseInsensitive) == 0 ? QStringLiteral("GB") : t.toUpper();
    static const QHash<QString, QString> countries = [] {
        QHash<QString, QString> h;
        const char *const pairs[][2] = { { "united states", "US" },
            { "united states of america", "US" }, { "usa", "US" }, { "u.s.", "US" },
            { "european union", "EU" }, { "united kingdom", "GB" }, { "ireland", "IE" },
            { "germany", "DE" }, { "france", "FR" }, { "netherlands", "NL" },
            { "the netherlands", "NL" }, { "canada", "CA" }, { "japan", "JP" },
            { "singapore", "SG" }, { "australia", "AU" }, { "india", "IN" }, { "sweden", "SE" },
            { "switzerland", "CH" }, { "israel", "IL" }, { "brazil", "BR" }, { "spain", "ES" },
            { "italy", "IT" }, { "poland", "PL" }, { "belgium", "BE" }, { "denmark", "DK" },
            { "finland", "FI" }, { "norway", "NO" }, { "austria", "AT" }, { "south korea", "KR" },
            { "korea", "KR" }, { "china", "CN" }, { "hong kong", "HK" }, { "taiwan", "TW" },
            { "mexico", "MX" }, { "philippines", "PH" }, { "portugal", "PT" }, { "czechia", "CZ" },
            { "czech republic", "CZ" }, { "romania", "RO" }, { "estonia", "EE" },
            { "luxembourg", "LU" }, { "new zealand", "NZ" }, { "south africa", "ZA" },
            { "argentina", "AR" }, { "ukraine", "UA" }, { "serbia", "RS" }, { "colombia", "CO" },
            { "kenya", "KE" }, { "egypt", "EG" }, { "turkey", "TR" },
            { "united arab emirates", "AE" } };
        for (const auto &p : pairs)
            h.insert(QLatin1String(p[0]), QLatin1String(p[1]));
        return h;
    }();
    return countries.value(t.toLower());
}

// An id made from a name: lower case, letters and digits, '-' between words.
QString slug(const QString &name, const QString &fallback)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

QStringList categoriesIn(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\x{2022}]"));
    QStringList out;
    for (const QString &part : cell.split(separators)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

class ListReader {
public:
    ListReader(const Table &table, const QString &vendor, ModelBuilder &b)
        : m_table(table)
        , m_vendor(vendor.trimmed())
        , m_b(b)
    {
    }

    bool read()
    {
        qsizetype header = -1;
        for (qsizetype i = 0; i < m_table.rows.size() && header < 0; ++i)
            for (const Cell &c : m_table.rows[i].cells)
                if (!c.isEmpty())
                    header = i;
        if (header < 0)
            return m_b.fail(m_table.name, QStringLiteral("empty"));
        const Row &head = m_table.rows[header];
        std::fill(std::begin(m_columns), std::end(m_columns), -1);
        for (int c = 0; c < head.cells.size(); ++c) {
            const QString text = head.cells[c].text;
            if (text.trimmed().isEmpty())
                continue;
            const QString key = columnKey(text);
            int column = -1;
            for (int k = 0; k < int(Column::Count); ++k)
                if (aliases(Column(k)).contains(key))
                    column = k;
            if (column < 0) {
                m_b.warn(m_table.cellRef(c, head.number),
                    QStringLiteral("unknown column \"%1\", ignored").arg(text));
            } else if (m_columns[column] < 0) {
                m_columns[column] = c;
            } else {
                return m_b.fail(m_table.cellRef(c, head.number),
                    QStringLiteral("a second %1 column (also %2)")
                        .arg(
                            kColumnNames[column], m_table.cellRef(m_columns[column], head.number)));
            }
        }
        if (m_columns[int(Column::Subprocessor)] < 0)
            return m_b.fail(m_table.name,
                QStringLiteral("no subprocessor column; the first row names the columns "
                               "(vendor, subprocessor, purpose, location, data categories)"));
        for (qsizetype i = header + 1; i < m_table.rows.size(); ++i)
            if (!readRow(m_table.rows[i]))
                return false;
        return true;
    }

    const QStringList &vendors() const { return m_vendors; }

private:
    QString text(const Row &row, Column column) const
    {
        const int c = m_columns[int(column)];
        return c < 0 || c >= row.cells.size() ? QString() : row.cells[c].text.trimmed();
    }

    QString ref(const Row &row, Column column) const
    {
        return m_table.cellRef(qMax(m_columns[int(column)], 0), row.number);
    }

    bool readRow(const Row &row)
    {
        const QString subprocessor = text(row, Column::Subprocessor);
        const QString vendorCell = text(row, Column::Vendor);
        if (subprocessor.isEmpty()) {
            if (!vendorCell.isEmpty() || !text(row, Column::Purpose).isEmpty())
                m_b.ignore(ref(row, Column::Subprocessor),
                    QStringLiteral("a row without a sub-processor, ignored"));
            return true;
        }
        const QString vendorName = vendorCell.isEmpty() ? m_vendor : vendorCell;
        if (vendorName.isEmpty())
            return m_b.fail(ref(row, Column::Vendor),
                QStringLiteral("no vendor; name it in a vendor column, or choose the vendor the "
                               "list belongs to"));
        const QString vendor = vendorNode(vendorName, ref(row, Column::Vendor));
        if (vendor.isEmpty())
            return false;
        const QString sub = subprocessorNode(row, subprocessor);
        if (sub.isEmpty())
            return false;

        const QString where = ref(row, Column::Subprocessor);
        QStringList assets;
        for (const QString &name : categoriesIn(text(row, Column::Categories))) {
            DataAsset a;
            a.id = slug(vendor + u'-' + name, QStringLiteral("data"));
            a.name = name;
            a.owner = vendor;
            a.category = categoryFor(name);
            a.personal = isPersonal(a.category, name);
            assets.append(m_b.addDataAsset(
                vendor + u'\n' + name.toCaseFolded(), std::move(a), ref(row, Column::Categories)));
        }
        const QString edge = m_b.addFlow(vendor, sub, {}, QStringLiteral("api_call"), where);
        for (const QString &asset : std::as_const(assets))
            m_b.addFlow(vendor, sub, asset, QStringLiteral("api_call"), where);
        const QString transfer = text(row, Column::Transfer);
        if (Edge *e = m_b.edge(edge); e && !transfer.isEmpty()) {
            const QString mechanism = transferMechanismFor(transfer);
            if (mechanism.isEmpty())
                m_b.warn(ref(row, Column::Transfer),
                    QStringLiteral("transfer mechanism \"%1\" is none of SCC, BCR, adequacy, "
                                   "derogation or none; left unknown")
                        .arg(transfer));
            else
                e->contract.transferMechanism = mechanism;
        }
        const QString purpose = text(row, Column::Purpose);
        if (Edge *e = m_b.edge(edge); e && !purpose.isEmpty()) {
            if (e->label.isEmpty())
                e->label = purpose;
            else if (!e->label.split(QStringLiteral("; ")).contains(purpose))
                e->label += QStringLiteral("; ") + purpose;
        }
        return true;
    }

    QString vendorNode(const QString &name, const QString &where)
    {
        const bool chosen = name.compare(m_vendor, Qt::CaseInsensitive) == 0;
        const QString key = QStringLiteral("vendor\n") + (chosen ? m_vendor : name).toCaseFolded();
        if (const QString id = m_b.nodeId(key); !id.isEmpty())
            return id;
        Node n;
        // The chosen vendor keeps the id or name it was chosen by, so that
        // the merge finds it in the open document.
        n.id = chosen ? m_vendor : slug(name, QStringLiteral("vendor"));
        n.name = chosen ? m_vendor : name;
        n.organization = n.name;
        n.gdprRole = QStringLiteral("processor");
        m_vendors.append(n.name);
        return m_b.addNode(key, std::move(n), where);
    }

    QString subprocessorNode(const Row &row, const QString &name)
    {
        const QString key = QStringLiteral("sub\n") + name.toCaseFolded();
        const QString location = text(row, Column::Location);
        const QString jurisdiction = jurisdictionOf(location);
        QString id = m_b.nodeId(key);
        if (id.isEmpty()) {
            Node n;
            n.id = slug(name, QStringLiteral("subprocessor"));
            n.name = name;
            n.kind = kindForPurpose(text(row, Column::Purpose));
            n.organization = name;
            n.gdprRole = QStringLiteral("subprocessor");
            n.jurisdiction = jurisdiction;
            n.tags = QStringList { QStringLiteral("subprocessor") };
            id = m_b.addNode(key, std::move(n), ref(row, Column::Subprocessor));
            if (id.isEmpty() || !jurisdiction.isEmpty() || location.isEmpty())
                return id;
        } else if (location.isEmpty() || jurisdiction == m_b.node(id)->jurisdiction) {
            return id;
        }
        // A location that is no single jurisdiction, or a second one: in
        // the notes.
        Node *n = m_b.node(id);
        const QString line = QStringLiteral("Location: ") + location;
        if (!n->notes.split(u'\n').contains(line))
            n->notes += (n->notes.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        return id;
    }

    const Table &m_table;
    const QString m_vendor;
    ModelBuilder &m_b;
    int m_columns[int(Column::Count)];
    QStringList m_vendors;
};

} // namespace

bool isSubprocessorTable(const Table &table)
{
    for (const Row &row : table.rows) {
        bool blank = true;
        for (const Cell &c : row.cells) {
            if (aliases(Column::Subprocessor).contains(columnKey(c.text)))
                return true;
            blank = blank && c.isEmpty();
        }
        if (!blank)
            return false;
    }
    return false;
}

ReadResult readSubprocessorTable(
    const Table &table, const QString &vendor, const QString &format, const QString &fileName)
{
    ModelBuilder b(format);
    ListReader reader(table, vendor, b);
    if (reader.read())
        b.setName(reader.vendors().size() == 1
                ? QStringLiteral("Sub-processors of %1").arg(reader.vendors().constFirst())
                : QStringLiteral("Sub-processors"));
    return b.finish(fileName);
}

} // namespace wl::interchange::sheet
