// Threagile YAML (docs/IMPORT.md, "Threagile"): technical assets become
// nodes, data assets data, communication links edges.
#include "interchange/limits.h"
#include "interchange/modelbuilder.h"
#include "interchange/readers.h"
#include "interchange/threatmodels.h"
#include "interchange/yamlutil.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <span>

namespace wl::interchange {

namespace {

using yaml::get;
using yaml::text;

struct Level {
    const char *name;
    qint64 value;
};

// Records for Threagile's quantities, sensitivity for its confidentiality
// and criticality for its integrity and availability ratings.
constexpr Level kQuantities[]
    = { { "very-few", 10 }, { "few", 100 }, { "many", 10'000 }, { "very-many", 1'000'000 } };
constexpr Level kConfidentiality[] = { { "public", 1 }, { "internal", 2 }, { "restricted", 3 },
    { "confidential", 4 }, { "strictly-confidential", 5 } };
constexpr Level kCriticality[] = { { "archive", 1 }, { "operational", 2 }, { "important", 3 },
    { "critical", 4 }, { "mission-critical", 5 } };

// Top-level keys that hold no architecture: read silently, or reported as
// ignored when they are not empty.
const char *const kSilentKeys[] = { "threagile_version", "title", "date", "author", "contributors",
    "management_summary_comment", "business_criticality", "business_overview", "technical_overview",
    "tags_available", "includes", "application_description" };
const char *const kIgnoredKeys[] = { "questions", "abuse_cases", "security_requirements",
    "individual_risk_categories", "risk_tracking" };
const char *const kModelKeys[]
    = { "data_assets", "technical_assets", "trust_boundaries", "shared_runtimes" };

template<size_t N> bool listed(const char *const (&list)[N], const std::string &key)
{
    return std::find(std::begin(list), std::end(list), key) != std::end(list);
}

struct PendingAsset {
    QString id;
    QString title;
    YAML::Node node;
    QString path;
    QString where;
};

struct Link {
    QString source; // node ids
    QString target;
    QString title;
    QString integration;
    QStringList sent; // data asset ids
    QStringList received;
    QString where;
};

class ThreagileReader {
public:
    ThreagileReader()
        : m_b(QStringLiteral("Threagile YAML"))
    {
    }
    ReadResult read(const YAML::Node &root, const QString &fileName);

private:
    bool readTopLevel(const YAML::Node &root);
    bool readDataAssets(const YAML::Node &assets);
    bool readTrustBoundaries(const YAML::Node &boundaries);
    bool readSharedRuntimes(const YAML::Node &runtimes);
    bool readTechnicalAssets(const YAML::Node &assets);
    bool readTechnicalAsset(
        const QString &title, const YAML::Node &key, const YAML::Node &asset, const QString &path);
    bool readLinks(const QString &source, const YAML::Node &links, const QString &path);
    void addDataAssets();
    void addLinks();

    // Reading helpers: a missing key reads as empty; a value of the wrong
    // type fails with its path and position.
    bool mapping(const YAML::Node &node, const QString &path);
    bool string(const YAML::Node &map, const char *key, const QString &path, QString *out);
    bool boolean(const YAML::Node &map, const char *key, const QString &path, bool *out);
    bool idList(const YAML::Node &map, const char *key, const QString &path, QStringList *out);
    // One of `levels` by its name; a warning and nothing for another value.
    std::optional<qint64> level(
        const YAML::Node &map, const char *key, const QString &path, std::span<const Level> levels);
    // Counts elements read: aliases can repeat a list many times over.
    bool count(const YAML::Node &node);
    bool fail(const YAML::Node &node, const QString &path, const QString &reason)
    {
        return m_b.fail(yaml::where(path, node), reason);
    }
    // The title of a mapping entry, which must be a plain value.
    bool title(const YAML::const_iterator &it, const QString &section, QString *out);
    // The known data asset `id`, else a warning and false.
    bool knownAsset(const QString &id, const QString &where);

    ModelBuilder m_b;
    qint64 m_read = 0;
    QVector<PendingAsset> m_assets;
    QHash<QString, int> m_assetIndex; // data asset id -> m_assets
    // Data asset id -> the technical asset (node id) that stores it, the
    // first that processes it, the first link source that carries it.
    QHash<QString, QString> m_storedBy, m_processedBy, m_carriedBy;
    // Technical asset id -> its trust boundary's title, and the tags of the
    // boundaries it is in and the runtimes it shares.
    QHash<QString, QString> m_organization;
    QHash<QString, QStringList> m_tags;
    QSet<QString> m_declared; // technical asset ids the file defines
    QVector<std::pair<QString, QString>> m_memberships; // (asset id, where)
    QVector<Link> m_links;
};

ReadResult ThreagileReader::read(const YAML::Node &root, const QString &fileName)
{
    if (readTopLevel(root)) {
        addDataAssets();
        addLinks();
    }
    return m_b.finish(fileName);
}

bool ThreagileReader::readTopLevel(const YAML::Node &root)
{
    if (!root.IsMap())
        return m_b.fail(QStringLiteral("$"),
            QStringLiteral("not a Threagile model: the file is not a YAML mapping"));
    const YAML::Node version = get(root, "threagile_version");
    if (version.IsNull())
        return m_b.fail(QStringLiteral("threagile_version"),
            QStringLiteral("required; this is not a Threagile model"));
    if (!version.IsScalar())
        return fail(version, QStringLiteral("threagile_version"),
            QStringLiteral("must be a version such as 1.0.0"));
    const QString v = text(version);
    m_b.setFormat(QStringLiteral("Threagile %1 YAML").arg(v));
    if (!v.startsWith(QLatin1String("1.")))
        m_b.warn(yaml::where(QStringLiteral("threagile_version"), version),
            QStringLiteral("version %1; Weaklink reads Threagile 1.x and may miss what is new")
                .arg(v));

    QString name;
    if (!string(root, "title", QString(), &name))
        return false;
    m_b.setName(name.trimmed());

    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string();
        const QString path = QString::fromStdString(key);
        if (listed(kSilentKeys, key) || listed(kModelKeys, key)
            || path.startsWith(u"diagram_tweak_"))
            continue;
        if (listed(kIgnoredKeys, key)) {
            if (it->second.size() > 0)
                m_b.ignore(yaml::where(path, it->first),
                    threatmodel::countOf(it->second.size(), "entry", "entries")
                        + QStringLiteral("; risks, questions and requirements are not "
                                         "architecture, ignored"));
            continue;
        }
        m_b.warn(yaml::where(path.isEmpty() ? QStringLiteral("$") : path, it->first),
            QStringLiteral("unknown key, ignored"));
    }

    return readDataAssets(get(root, "data_assets"))
        && readTrustBoundaries(get(root, "trust_boundaries"))
        && readSharedRuntimes(get(root, "shared_runtimes"))
        && readTechnicalAssets(get(root, "technical_assets"));
}

bool ThreagileReader::title(const YAML::const_iterator &it, const QString &section, QString *out)
{
    if (!count(it->second))
        return false;
    if (!it->first.IsScalar() || it->first.Scalar().empty())
        return fail(it->first, section, QStringLiteral("every entry needs a plain title"));
    *out = text(it->first);
    return true;
}

bool ThreagileReader::readDataAssets(const YAML::Node &assets)
{
    const QString section = QStringLiteral("data_assets");
    if (!mapping(assets, section))
        return false;
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        PendingAsset a;
        if (!title(it, section, &a.title))
            return false;
        const QString path = section + u'.' + a.title;
        a.node = it->second;
        a.path = path;
        a.where = yaml::where(path, it->first);
        if (!mapping(a.node, path) || !string(a.node, "id", path, &a.id))
            return false;
        if (a.id.isEmpty())
            return fail(it->first, path + QStringLiteral(".id"), QStringLiteral("required"));
        if (const int other = m_assetIndex.value(a.id, -1); other >= 0)
            return fail(get(a.node, "id"), path + QStringLiteral(".id"),
                QStringLiteral("duplicate data asset id \"%1\" (also %2)")
                    .arg(a.id, m_assets[other].where));
        m_assetIndex.insert(a.id, int(m_assets.size()));
        m_assets.append(std::move(a));
    }
    return true;
}

bool ThreagileReader::readTrustBoundaries(const YAML::Node &boundaries)
{
    const QString section = QStringLiteral("trust_boundaries");
    if (!mapping(boundaries, section))
        return false;
    struct Boundary {
        QString id;
        QString title;
        QStringList inside;
        QStringList nested;
    };
    QVector<Boundary> all;
    QHash<QString, int> byId;
    for (auto it = boundaries.begin(); it != boundaries.end(); ++it) {
        Boundary b;
        if (!title(it, section, &b.title))
            return false;
        const QString path = section + u'.' + b.title;
        if (!mapping(it->second, path) || !string(it->second, "id", path, &b.id)
            || !idList(it->second, "technical_assets_inside", path, &b.inside)
            || !idList(it->second, "trust_boundaries_nested", path, &b.nested))
            return false;
        if (b.id.isEmpty())
            b.id = b.title;
        byId.insert(b.id, int(all.size()));
        for (const QString &asset : std::as_const(b.inside))
            m_memberships.append({ asset,
                yaml::where(path + QStringLiteral(".technical_assets_inside"), it->first) });
        all.append(std::move(b));
    }
    // The boundary each boundary is nested in, to tag its assets with every
    // enclosing boundary.
    QVector<int> parent(all.size(), -1);
    for (qsizetype i = 0; i < all.size(); ++i)
        for (const QString &child : std::as_const(all[i].nested))
            if (const int c = byId.value(child, -1); c >= 0 && c != i)
                parent[c] = int(i);
            else if (c < 0)
                m_b.warn(section + u'.' + all[i].title + QStringLiteral(".trust_boundaries_nested"),
                    QStringLiteral("unknown trust boundary \"%1\", ignored").arg(child));
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (const QString &asset : std::as_const(all[i].inside)) {
            if (m_organization.contains(asset)) {
                m_b.warn(section + u'.' + all[i].title,
                    QStringLiteral("technical asset \"%1\" is already inside trust boundary "
                                   "\"%2\"; it stays there")
                        .arg(asset, m_organization.value(asset)));
                continue;
            }
            m_organization.insert(asset, all[i].title);
            QStringList &tags = m_tags[asset];
            // A loop in the nesting ends after every boundary was seen once.
            for (int b = int(i), steps = 0; b >= 0 && steps < all.size(); b = parent[b], ++steps)
                tags.append(QStringLiteral("trust-boundary:") + threatmodel::tag(all[b].id));
        }
    }
    return true;
}

bool ThreagileReader::readSharedRuntimes(const YAML::Node &runtimes)
{
    const QString section = QStringLiteral("shared_runtimes");
    if (!mapping(runtimes, section))
        return false;
    for (auto it = runtimes.begin(); it != runtimes.end(); ++it) {
        QString runtime, id;
        QStringList running;
        if (!title(it, section, &runtime))
            return false;
        const QString path = section + u'.' + runtime;
        if (!mapping(it->second, path) || !string(it->second, "id", path, &id)
            || !idList(it->second, "technical_assets_running", path, &running))
            return false;
        for (const QString &asset : std::as_const(running)) {
            m_tags[asset].append(
                QStringLiteral("runtime:") + threatmodel::tag(id.isEmpty() ? runtime : id));
            m_memberships.append({ asset,
                yaml::where(path + QStringLiteral(".technical_assets_running"), it->first) });
        }
    }
    return true;
}

bool ThreagileReader::readTechnicalAssets(const YAML::Node &assets)
{
    const QString section = QStringLiteral("technical_assets");
    if (!mapping(assets, section))
        return false;
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        QString assetTitle;
        if (!title(it, section, &assetTitle))
            return false;
        const QString path = section + u'.' + assetTitle;
        if (!readTechnicalAsset(assetTitle, it->first, it->second, path))
            return false;
    }
    for (const auto &[asset, where] : std::as_const(m_memberships))
        if (!m_declared.contains(asset))
            m_b.warn(where, QStringLiteral("unknown technical asset \"%1\", ignored").arg(asset));
    // Links last, so that a link may name an asset defined after it.
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QString path = section + u'.' + text(it->first);
        QString id;
        if (!string(it->second, "id", path, &id)
            || !readLinks(m_b.nodeId(id), get(it->second, "communication_links"), path))
            return false;
    }
    return true;
}

bool ThreagileReader::readTechnicalAsset(
    const QString &title, const YAML::Node &key, const YAML::Node &asset, const QString &path)
{
    const QString where = yaml::where(path, key);
    QString id, description, type, technology, owner, justification;
    bool internet = false, outOfScope = false;
    QStringList ownTags, stored, processed;
    if (!mapping(asset, path) || !string(asset, "id", path, &id)
        || !string(asset, "description", path, &description) || !string(asset, "type", path, &type)
        || !string(asset, "technology", path, &technology) || !string(asset, "owner", path, &owner)
        || !string(asset, "justification_out_of_scope", path, &justification)
        || !boolean(asset, "internet", path, &internet)
        || !boolean(asset, "out_of_scope", path, &outOfScope)
        || !idList(asset, "tags", path, &ownTags)
        || !idList(asset, "data_assets_stored", path, &stored)
        || !idList(asset, "data_assets_processed", path, &processed))
        return false;
    if (id.isEmpty())
        return fail(key, path + QStringLiteral(".id"), QStringLiteral("required"));
    if (m_declared.contains(id))
        return fail(get(asset, "id"), path + QStringLiteral(".id"),
            QStringLiteral("duplicate technical asset id \"%1\"").arg(id));
    m_declared.insert(id);

    Node n;
    n.id = id;
    n.name = title;
    // Threagile's own systems are tier 0; clients, the internet and what is
    // out of scope are parties outside, known by their technology if at all.
    const bool outside = internet || outOfScope || type == u"external-entity";
    n.kind = outside ? threatmodel::externalKind(technology) : QStringLiteral("internal_service");
    n.organization = m_organization.value(id);
    const auto integrity = level(asset, "integrity", path, kCriticality);
    const auto availability = level(asset, "availability", path, kCriticality);
    if (integrity || availability)
        n.criticality = int(std::max(integrity.value_or(1), availability.value_or(1)));
    QStringList tags;
    if (!type.isEmpty())
        tags.append(threatmodel::tag(type));
    if (!technology.isEmpty())
        tags.append(QStringLiteral("technology:") + threatmodel::tag(technology));
    if (internet)
        tags.append(QStringLiteral("internet"));
    if (outOfScope)
        tags.append(QStringLiteral("out-of-scope"));
    tags += m_tags.value(id);
    for (const QString &t : std::as_const(ownTags))
        tags.append(threatmodel::tag(t));
    tags.removeAll(QString());
    tags.removeDuplicates();
    n.tags = tags;
    QStringList notes;
    if (!description.trimmed().isEmpty())
        notes.append(description.trimmed());
    if (!owner.trimmed().isEmpty())
        notes.append(QStringLiteral("Owner: ") + owner.trimmed());
    if (outOfScope && !justification.trimmed().isEmpty())
        notes.append(QStringLiteral("Out of scope: ") + justification.trimmed());
    n.notes = notes.join(u'\n');
    const QString nodeId = m_b.addNode(id, std::move(n), where);
    if (nodeId.isEmpty())
        return false;

    const QString storedAt = yaml::where(
        path + QStringLiteral(".data_assets_stored"), get(asset, "data_assets_stored"));
    for (const QString &a : std::as_const(stored))
        if (knownAsset(a, storedAt))
            m_storedBy.insert(a, m_storedBy.value(a, nodeId));
    const QString processedAt = yaml::where(
        path + QStringLiteral(".data_assets_processed"), get(asset, "data_assets_processed"));
    for (const QString &a : std::as_const(processed))
        if (knownAsset(a, processedAt))
            m_processedBy.insert(a, m_processedBy.value(a, nodeId));
    return true;
}

bool ThreagileReader::readLinks(const QString &source, const YAML::Node &links, const QString &path)
{
    const QString section = path + QStringLiteral(".communication_links");
    if (!mapping(links, section))
        return false;
    for (auto it = links.begin(); it != links.end(); ++it) {
        Link l;
        if (!title(it, section, &l.title))
            return false;
        const QString linkPath = section + u'.' + l.title;
        l.where = yaml::where(linkPath, it->first);
        QString target, protocol;
        if (!mapping(it->second, linkPath) || !string(it->second, "target", linkPath, &target)
            || !string(it->second, "protocol", linkPath, &protocol)
            || !idList(it->second, "data_assets_sent", linkPath, &l.sent)
            || !idList(it->second, "data_assets_received", linkPath, &l.received))
            return false;
        const QString targetPath = linkPath + QStringLiteral(".target");
        if (target.isEmpty())
            return fail(it->first, targetPath, QStringLiteral("required"));
        l.source = source;
        l.target
            = m_b.nodeOrPlaceholder(target, yaml::where(targetPath, get(it->second, "target")));
        if (l.target.isEmpty())
            return false;
        l.integration = threatmodel::integrationForProtocol(protocol);
        if (!protocol.isEmpty())
            l.title += QStringLiteral(" (%1)").arg(protocol);
        const auto known = [&](QStringList *ids, const char *key, const QString &from) {
            const QString at
                = yaml::where(linkPath + u'.' + QLatin1String(key), get(it->second, key));
            QStringList kept;
            for (const QString &a : std::as_const(*ids)) {
                if (!knownAsset(a, at) || kept.contains(a))
                    continue;
                kept.append(a);
                m_carriedBy.insert(a, m_carriedBy.value(a, from));
            }
            *ids = kept;
        };
        known(&l.sent, "data_assets_sent", l.source);
        known(&l.received, "data_assets_received", l.target);
        m_links.append(std::move(l));
    }
    return true;
}

void ThreagileReader::addDataAssets()
{
    for (const PendingAsset &p : std::as_const(m_assets)) {
        QString owner = m_storedBy.value(p.id);
        if (owner.isEmpty())
            owner = m_processedBy.value(p.id);
        if (owner.isEmpty())
            owner = m_carriedBy.value(p.id);
        if (owner.isEmpty()) {
            m_b.ignore(p.where,
                QStringLiteral("no technical asset stores, processes, sends or receives data "
                               "asset \"%1\"; without an owner it is ignored")
                    .arg(p.id));
            continue;
        }
        DataAsset a;
        a.id = p.id;
        a.name = p.title;
        a.owner = owner;
        a.category = threatmodel::categoryFromWords(p.id + u' ' + p.title);
        a.personal = a.category == u"customer_pii";
        a.records = level(p.node, "quantity", p.path, kQuantities).value_or(0);
        a.sensitivity = int(level(p.node, "confidentiality", p.path, kConfidentiality).value_or(3));
        m_b.addDataAsset(p.id, std::move(a), p.where);
    }
}

void ThreagileReader::addLinks()
{
    const auto held = [this](const QStringList &ids) {
        QStringList kept;
        for (const QString &id : ids)
            if (const QString d = m_b.dataId(id); !d.isEmpty())
                kept.append(d);
        return kept;
    };
    for (const Link &l : std::as_const(m_links)) {
        if (l.source.isEmpty())
            continue;
        Edge e;
        e.source = l.source;
        e.target = l.target;
        e.integration = l.integration;
        std::tie(e.pForward, e.pBackward) = vocab::defaultArcProbabilities(e.integration);
        e.label = l.title;
        e.data = held(l.sent);
        m_b.addEdge(std::move(e), l.where);
    }
    // What a link receives flows from its target back to its source: over a
    // link the other way if there is one, else over an edge of its own.
    for (const Link &l : std::as_const(m_links)) {
        for (const QString &asset : held(l.received)) {
            const bool existed = !m_b.edgeBetween(l.target, l.source).isEmpty();
            const QString id
                = m_b.addFlow(l.target, l.source, asset, QStringLiteral("data_export"), l.where);
            if (!existed && !id.isEmpty())
                m_b.edge(id)->label = l.title + QStringLiteral(", received");
        }
    }
}

bool ThreagileReader::knownAsset(const QString &id, const QString &where)
{
    if (m_assetIndex.contains(id))
        return true;
    m_b.warn(where, QStringLiteral("unknown data asset \"%1\", ignored").arg(id));
    return false;
}

bool ThreagileReader::count(const YAML::Node &node)
{
    if (++m_read <= kMaxNodes)
        return true;
    return fail(node, QStringLiteral("$"),
        QStringLiteral("more than %1 entries (aliases repeat parts of the file); Weaklink reads "
                       "at most %1")
            .arg(kMaxNodes));
}

bool ThreagileReader::mapping(const YAML::Node &node, const QString &path)
{
    if (node.IsMap() || node.IsNull())
        return true;
    return fail(node, path, QStringLiteral("must be a mapping"));
}

bool ThreagileReader::string(
    const YAML::Node &map, const char *key, const QString &path, QString *out)
{
    const YAML::Node v = get(map, key);
    if (v.IsNull())
        return true;
    const QString keyPath
        = path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
    if (!v.IsScalar())
        return fail(v, keyPath, QStringLiteral("must be a single value"));
    *out = text(v);
    return true;
}

bool ThreagileReader::boolean(
    const YAML::Node &map, const char *key, const QString &path, bool *out)
{
    const YAML::Node v = get(map, key);
    if (v.IsNull())
        return true;
    const QString s = text(v).toLower();
    if (s != u"true" && s != u"false")
        return fail(v, path + u'.' + QLatin1String(key), QStringLiteral("must be true or false"));
    *out = s == u"true";
    return true;
}

bool ThreagileReader::idList(
    const YAML::Node &map, const char *key, const QString &path, QStringList *out)
{
    const YAML::Node v = get(map, key);
    if (v.IsNull())
        return true;
    const QString keyPath = path + u'.' + QLatin1String(key);
    if (!v.IsSequence())
        return fail(v, keyPath, QStringLiteral("must be a list"));
    for (const YAML::Node &item : v) {
        if (!count(item))
            return false;
        if (item.IsNull())
            continue;
        if (!item.IsScalar())
            return fail(item, keyPath, QStringLiteral("must be a list of single values"));
        out->append(text(item));
    }
    return true;
}

std::optional<qint64> ThreagileReader::level(
    const YAML::Node &map, const char *key, const QString &path, std::span<const Level> levels)
{
    const YAML::Node v = get(map, key);
    if (v.IsNull())
        return std::nullopt;
    const std::string s = v.IsScalar() ? v.Scalar() : std::string();
    for (const Level &l : levels)
        if (s == l.name)
            return l.value;
    QStringList names;
    for (const Level &l : levels)
        names.append(QString::fromLatin1(l.name));
    m_b.warn(yaml::where(path + u'.' + QLatin1String(key), v),
        QStringLiteral("\"%1\" is not one of %2; the default is used")
            .arg(QString::fromStdString(s), names.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace

ReadResult readThreagile(const QByteArray &bytes, const QString &fileName)
{
    YAML::Node root;
    if (const QString error = yaml::load(bytes, &root); !error.isEmpty())
        return ReadResult::failure(fileName, error);
    try {
        return ThreagileReader().read(root, fileName);
    } catch (const YAML::Exception &e) {
        return ReadResult::failure(fileName, yaml::message(e));
    } catch (const std::exception &e) {
        return ReadResult::failure(fileName, QString::fromLocal8Bit(e.what()));
    }
}

} // namespace wl::interchange
