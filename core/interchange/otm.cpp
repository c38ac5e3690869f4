// Open Threat Model, JSON or YAML (docs/IMPORT.md, "Open Threat Model"):
// components become nodes, trust zones organisations, dataflows edges and
// assets data. A YAML file is read as the JSON it stands for.
#include "interchange/modelbuilder.h"
#include "interchange/readers.h"
#include "interchange/threatmodels.h"
#include "interchange/yamlutil.h"

#include <cmath>

namespace wl::interchange {

namespace {

using threatmodel::JsonFields;

struct Zone {
    QString name;
    QString rating;
    bool external = false;
};

class OtmReader {
public:
    explicit OtmReader(QString syntax)
        : m_b(QStringLiteral("Open Threat Model %1").arg(syntax))
        , m_f(m_b)
        , m_syntax(std::move(syntax))
    {
    }
    ReadResult read(const QJsonValue &root, const QString &fileName);

private:
    bool readTopLevel(const QJsonObject &root);
    bool readTrustZones(const QJsonArray &zones);
    bool readComponents(const QJsonArray &components);
    bool readDataflows(const QJsonArray &flows);
    bool resolveFlows();
    bool readAssets(const QJsonArray &assets);
    void addFlows();
    // The trust zone of a component, through its parent components.
    QString zoneOf(const QString &component) const;
    void ignoreThreats(const QJsonObject &o, const QString &path);
    bool knownAsset(const QString &id, const QString &where);

    ModelBuilder m_b;
    JsonFields m_f;
    QString m_syntax;
    QHash<QString, Zone> m_zones;
    QHash<QString, QString> m_parentZone, m_parentComponent; // component id -> parent id
    // Asset id -> the component (node id) that stores it, the first that
    // processes it, the first dataflow source that carries it.
    QHash<QString, QString> m_storedBy, m_processedBy, m_carriedBy;
    struct Flow {
        QString id, source, target, label, integration, where;
        QStringList assets;
        bool bidirectional = false;
    };
    QVector<Flow> m_flows;
};

ReadResult OtmReader::read(const QJsonValue &root, const QString &fileName)
{
    if (!root.isObject())
        m_b.fail(QStringLiteral("$"),
            QStringLiteral("not an Open Threat Model: the file is not an object"));
    else
        readTopLevel(root.toObject());
    return m_b.finish(fileName);
}

bool OtmReader::readTopLevel(const QJsonObject &root)
{
    const QJsonValue version = root.value(QLatin1String("otmVersion"));
    if (version.isUndefined())
        return m_b.fail(QStringLiteral("otmVersion"),
            QStringLiteral("required; this is not an Open Threat Model file"));
    if (!version.isString() && !version.isDouble())
        return m_b.fail(QStringLiteral("otmVersion"), QStringLiteral("must be a version string"));
    const QString v = version.isString() ? version.toString() : QString::number(version.toDouble());
    m_b.setFormat(QStringLiteral("Open Threat Model %1 %2").arg(v, m_syntax));

    QJsonObject project;
    QString name;
    QJsonArray zones, components, flows, assets;
    if (!m_f.object(root, QLatin1String("project"), {}, &project)
        || !m_f.string(project, QLatin1String("name"), QStringLiteral("project"), &name)
        || !m_f.array(root, QLatin1String("trustZones"), {}, &zones)
        || !m_f.array(root, QLatin1String("components"), {}, &components)
        || !m_f.array(root, QLatin1String("dataflows"), {}, &flows)
        || !m_f.array(root, QLatin1String("assets"), {}, &assets))
        return false;
    m_b.setName(name.trimmed());
    for (const char *key : { "representations", "threats", "mitigations" }) {
        QJsonArray list;
        if (!m_f.array(root, QLatin1String(key), {}, &list))
            return false;
        if (!list.isEmpty())
            m_b.ignore(QString::fromLatin1(key),
                threatmodel::countOf(list.size(), "entry", "entries")
                    + QStringLiteral("; diagrams, threats and mitigations are not "
                                     "architecture, ignored"));
    }
    if (!readTrustZones(zones) || !readDataflows(flows) || !readComponents(components)
        || !resolveFlows() || !readAssets(assets))
        return false;
    addFlows();
    return true;
}

bool OtmReader::readTrustZones(const QJsonArray &zones)
{
    const QString section = QStringLiteral("trustZones");
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString path = JsonFields::path(section, i);
        QJsonObject zone, risk;
        QString id, type;
        Zone z;
        std::optional<double> rating;
        if (!m_f.object(zones.at(i), path, &zone)
            || !m_f.string(zone, QLatin1String("id"), path, &id)
            || !m_f.string(zone, QLatin1String("name"), path, &z.name)
            || !m_f.string(zone, QLatin1String("type"), path, &type)
            || !m_f.object(zone, QLatin1String("risk"), path, &risk)
            || !m_f.number(
                risk, QLatin1String("trustRating"), path + QStringLiteral(".risk"), &rating))
            return false;
        if (id.isEmpty())
            return m_b.fail(path + QStringLiteral(".id"), QStringLiteral("required"));
        if (rating)
            z.rating = QString::number(*rating);
        const QString words = type + u' ' + z.name;
        for (const char *word : { "internet", "external", "untrusted", "third" })
            z.external = z.external || words.contains(QLatin1String(word), Qt::CaseInsensitive);
        if (z.name.trimmed().isEmpty())
            z.name = id;
        m_zones.insert(id, z);
    }
    return true;
}

QString OtmReader::zoneOf(const QString &component) const
{
    QString c = component;
    // A loop of parents ends after as many steps as there are components.
    for (qsizetype steps = 0; steps <= m_parentComponent.size(); ++steps) {
        if (m_parentZone.contains(c))
            return m_parentZone.value(c);
        if (!m_parentComponent.contains(c))
            return {};
        c = m_parentComponent.value(c);
    }
    return {};
}

bool OtmReader::readComponents(const QJsonArray &components)
{
    const QString section = QStringLiteral("components");
    QVector<QJsonObject> objects;
    QStringList ids;
    // Parents first, so that a component may name one defined after it.
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString path = JsonFields::path(section, i);
        QJsonObject component, parent;
        QString id, zone, parentComponent;
        if (!m_f.object(components.at(i), path, &component)
            || !m_f.string(component, QLatin1String("id"), path, &id)
            || !m_f.object(component, QLatin1String("parent"), path, &parent)
            || !m_f.string(
                parent, QLatin1String("trustZone"), path + QStringLiteral(".parent"), &zone)
            || !m_f.string(parent, QLatin1String("component"), path + QStringLiteral(".parent"),
                &parentComponent))
            return false;
        if (id.isEmpty())
            return m_b.fail(path + QStringLiteral(".id"), QStringLiteral("required"));
        if (ids.contains(id))
            return m_b.fail(path + QStringLiteral(".id"),
                QStringLiteral("duplicate component id \"%1\" (also components[%2])")
                    .arg(id)
                    .arg(ids.indexOf(id)));
        if (!zone.isEmpty()) {
            if (!m_zones.contains(zone))
                m_b.warn(path + QStringLiteral(".parent.trustZone"),
                    QStringLiteral("unknown trust zone \"%1\"; the component has no organisation")
                        .arg(zone));
            m_parentZone.insert(id, zone);
        } else if (!parentComponent.isEmpty()) {
            m_parentComponent.insert(id, parentComponent);
        }
        ids.append(id);
        objects.append(component);
    }
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString path = JsonFields::path(section, i);
        const QJsonObject &component = objects[i];
        QString name, type, description;
        QStringList tags, processed, stored;
        QJsonObject assets;
        const QString assetsPath = path + QStringLiteral(".assets");
        if (!m_f.string(component, QLatin1String("name"), path, &name)
            || !m_f.string(component, QLatin1String("type"), path, &type)
            || !m_f.string(component, QLatin1String("description"), path, &description)
            || !m_f.stringList(component, QLatin1String("tags"), path, &tags)
            || !m_f.object(component, QLatin1String("assets"), path, &assets)
            || !m_f.stringList(assets, QLatin1String("processed"), assetsPath, &processed)
            || !m_f.stringList(assets, QLatin1String("stored"), assetsPath, &stored))
            return false;
        const QString &id = ids[i];
        const Zone zone = m_zones.value(zoneOf(id));
        Node n;
        n.id = id;
        n.name = name;
        n.kind = zone.external ? threatmodel::externalKind(type + u' ' + name)
                               : QStringLiteral("internal_service");
        n.organization = zone.name;
        if (!type.isEmpty())
            n.tags.append(threatmodel::tag(type));
        if (!zone.rating.isEmpty())
            n.tags.append(QStringLiteral("trust:") + zone.rating);
        if (m_parentComponent.contains(id))
            n.tags.append(
                QStringLiteral("part-of:") + threatmodel::tag(m_parentComponent.value(id)));
        for (const QString &t : std::as_const(tags))
            n.tags.append(threatmodel::tag(t));
        n.tags.removeAll(QString());
        n.tags.removeDuplicates();
        n.notes = description.trimmed();
        const QString nodeId = m_b.addNode(id, std::move(n), path);
        if (nodeId.isEmpty())
            return false;
        for (const QString &a : std::as_const(stored))
            m_storedBy.insert(a, m_storedBy.value(a, nodeId));
        for (const QString &a : std::as_const(processed))
            m_processedBy.insert(a, m_processedBy.value(a, nodeId));
        ignoreThreats(component, path);
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (const QString parent = m_parentComponent.value(ids[i]);
            !parent.isEmpty() && !ids.contains(parent))
            m_b.warn(JsonFields::path(section, i) + QStringLiteral(".parent.component"),
                QStringLiteral("unknown component \"%1\"; the component has no organisation")
                    .arg(parent));
    return true;
}

bool OtmReader::resolveFlows()
{
    // The components exist now; the other ends become placeholders.
    for (Flow &f : m_flows) {
        f.source = m_b.nodeOrPlaceholder(f.source, f.where + QStringLiteral(".source"));
        f.target = m_b.nodeOrPlaceholder(f.target, f.where + QStringLiteral(".destination"));
        if (f.source.isEmpty() || f.target.isEmpty())
            return false;
        for (const QString &a : std::as_const(f.assets))
            m_carriedBy.insert(a, m_carriedBy.value(a, f.source));
    }
    return true;
}

bool OtmReader::readDataflows(const QJsonArray &flows)
{
    const QString section = QStringLiteral("dataflows");
    for (qsizetype i = 0; i < flows.size(); ++i) {
        Flow f;
        f.where = JsonFields::path(section, i);
        QJsonObject flow;
        QStringList tags;
        if (!m_f.object(flows.at(i), f.where, &flow)
            || !m_f.string(flow, QLatin1String("id"), f.where, &f.id)
            || !m_f.string(flow, QLatin1String("name"), f.where, &f.label)
            || !m_f.string(flow, QLatin1String("source"), f.where, &f.source)
            || !m_f.string(flow, QLatin1String("destination"), f.where, &f.target)
            || !m_f.boolean(flow, QLatin1String("bidirectional"), f.where, &f.bidirectional)
            || !m_f.stringList(flow, QLatin1String("assets"), f.where, &f.assets)
            || !m_f.stringList(flow, QLatin1String("tags"), f.where, &tags))
            return false;
        if (f.source.isEmpty())
            return m_b.fail(f.where + QStringLiteral(".source"), QStringLiteral("required"));
        if (f.target.isEmpty())
            return m_b.fail(f.where + QStringLiteral(".destination"), QStringLiteral("required"));
        // OTM names no protocol; a tag that is one ("https") tells the
        // integration.
        f.integration = QStringLiteral("other");
        for (const QString &t : std::as_const(tags))
            if (const QString i = threatmodel::integrationForProtocol(t); i != u"other") {
                f.integration = i;
                break;
            }
        f.label = threatmodel::oneLine(f.label);
        ignoreThreats(flow, f.where);
        m_flows.append(std::move(f));
    }
    return true;
}

bool OtmReader::readAssets(const QJsonArray &assets)
{
    const QString section = QStringLiteral("assets");
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QString path = JsonFields::path(section, i);
        QJsonObject asset, risk;
        QString id, name;
        std::optional<double> confidentiality;
        if (!m_f.object(assets.at(i), path, &asset)
            || !m_f.string(asset, QLatin1String("id"), path, &id)
            || !m_f.string(asset, QLatin1String("name"), path, &name)
            || !m_f.object(asset, QLatin1String("risk"), path, &risk)
            || !m_f.number(risk, QLatin1String("confidentiality"), path + QStringLiteral(".risk"),
                &confidentiality))
            return false;
        if (id.isEmpty())
            return m_b.fail(path + QStringLiteral(".id"), QStringLiteral("required"));
        QString owner = m_storedBy.value(id);
        if (owner.isEmpty())
            owner = m_processedBy.value(id);
        if (owner.isEmpty())
            owner = m_carriedBy.value(id);
        if (owner.isEmpty()) {
            m_b.ignore(path,
                QStringLiteral("no component stores, processes or sends asset \"%1\"; without "
                               "an owner it is ignored")
                    .arg(id));
            continue;
        }
        DataAsset a;
        a.id = id;
        a.name = name;
        a.owner = owner;
        a.category = threatmodel::categoryFromWords(id + u' ' + name);
        a.personal = a.category == u"customer_pii";
        // Confidentiality 0–100 in five steps: 0 → 1, 25 → 2, … 100 → 5.
        if (confidentiality)
            a.sensitivity = std::clamp(1 + int(std::lround(*confidentiality / 25.0)), 1, 5);
        m_b.addDataAsset(id, std::move(a), path);
    }
    return true;
}

void OtmReader::addFlows()
{
    for (const Flow &f : std::as_const(m_flows)) {
        Edge e;
        e.id = f.id;
        e.source = f.source;
        e.target = f.target;
        e.integration = f.integration;
        std::tie(e.pForward, e.pBackward) = vocab::defaultArcProbabilities(e.integration);
        e.label = f.label;
        for (const QString &a : f.assets)
            if (knownAsset(a, f.where + QStringLiteral(".assets"))
                && !e.data.contains(m_b.dataId(a)))
                e.data.append(m_b.dataId(a));
        if (f.bidirectional) {
            Edge back = e;
            back.id = f.id.isEmpty() ? QString() : f.id + QStringLiteral("-back");
            std::swap(back.source, back.target);
            m_b.addEdge(std::move(e), f.where);
            m_b.addEdge(std::move(back), f.where);
        } else {
            m_b.addEdge(std::move(e), f.where);
        }
    }
}

bool OtmReader::knownAsset(const QString &id, const QString &where)
{
    if (!m_b.dataId(id).isEmpty())
        return true;
    m_b.warn(where, QStringLiteral("unknown asset \"%1\", ignored").arg(id));
    return false;
}

void OtmReader::ignoreThreats(const QJsonObject &o, const QString &path)
{
    if (const qsizetype n = o.value(QLatin1String("threats")).toArray().size())
        m_b.ignore(path + QStringLiteral(".threats"),
            threatmodel::countOf(n, "threat", "threats")
                + QStringLiteral("; Weaklink models no threats, ignored"));
}

} // namespace

ReadResult readOtm(const QByteArray &bytes, const QString &fileName)
{
    QJsonValue root;
    const QByteArray head = bytes.trimmed().left(1);
    if (head == "{" || head == "[") {
        if (const QString error = threatmodel::parseJson(bytes, &root); !error.isEmpty())
            return ReadResult::failure(fileName, error);
        return OtmReader(QStringLiteral("JSON")).read(root, fileName);
    }
    try {
        YAML::Node document;
        if (const QString error = yaml::load(bytes, &document); !error.isEmpty())
            return ReadResult::failure(fileName, error);
        if (const QString error = yaml::toJson(document, &root); !error.isEmpty())
            return ReadResult::failure(fileName, error);
    } catch (const YAML::Exception &e) {
        return ReadResult::failure(fileName, yaml::message(e));
    } catch (const std::exception &e) {
        return ReadResult::failure(fileName, QString::fromLocal8Bit(e.what()));
    }
    return OtmReader(QStringLiteral("YAML")).read(root, fileName);
}

} // namespace wl::interchange
