#include "interchange/cyclonedx.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace wl::interchange::cyclonedx {

namespace {

const QString kCodeDependency = QStringLiteral("code_dependency");
const QString kApiCall = QStringLiteral("api_call");
// How many members a collapsed group's notes name.
constexpr int kListedMembers = 20;

QString nodeKind(const QString &type)
{
    if (type == u"machine-learning-model")
        return QStringLiteral("model_provider");
    if (type == u"data")
        return QStringLiteral("dataset");
    if (type == u"library" || type == u"framework")
        return QStringLiteral("open_source_package");
    if (type == u"platform")
        return QStringLiteral("cloud_platform");
    return QStringLiteral("other");
}

QString displayName(const QString &name, const QString &version)
{
    return version.isEmpty() ? name : name + u' ' + version;
}

// A data asset for a CycloneDX data classification (free text: "PII",
// "PIFI", "PHI", "Public", "Customer", …).
DataAsset classifiedAsset(const QString &classification)
{
    DataAsset a;
    a.name = classification;
    const QString c = classification.toLower();
    const auto has = [&](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words) {
            if (c.contains(QStringView(w)))
                return true;
        }
        return false;
    };
    if (has({ u"pifi", u"financ", u"payment", u"pci", u"card" })) {
        a.category = QStringLiteral("financial");
        a.personal = has({ u"pifi" });
        a.sensitivity = 4;
    } else if (has({ u"pii", u"phi", u"personal", u"customer", u"health", u"patient" })) {
        a.category = QStringLiteral("customer_pii");
        a.personal = true;
        a.sensitivity = has({ u"phi", u"health", u"patient" }) ? 5 : 4;
    } else if (has({ u"credential", u"secret", u"password", u"token" })) {
        a.category = QStringLiteral("credentials");
        a.sensitivity = 5;
    } else if (has({ u"telemetry", u"log", u"metric" })) {
        a.category = QStringLiteral("telemetry");
    } else if (has({ u"usage", u"metadata", u"analytics" })) {
        a.category = QStringLiteral("usage_metadata");
    } else if (has({ u"prompt" })) {
        a.category = QStringLiteral("prompts");
    } else if (has({ u"training" })) {
        a.category = QStringLiteral("training_data");
    } else if (has({ u"public" })) {
        a.sensitivity = 1;
    }
    return a;
}

// The bom-ref a BOM-Link ("urn:cdx:<serial>/<version>#<bom-ref>") points
// to; an empty string for a link to a whole BOM.
QString bomLinkRef(const QString &link)
{
    const qsizetype hash = link.indexOf(u'#');
    if (hash < 0)
        return {};
    return QUrl::fromPercentEncoding(link.mid(hash + 1).toUtf8());
}

class Mapper {
public:
    Mapper(const Bom &bom, const ImportOptions &options, ModelBuilder &b)
        : m_bom(bom)
        , m_options(options)
        , m_b(b)
    {
    }

    void run(const ReadControl &control)
    {
        for (const auto &[where, why] : m_bom.ignored)
            m_b.ignore(where, why);
        addFirstParty();
        planCollapse();
        const std::initializer_list<void (Mapper::*)()> steps
            = { &Mapper::addComponents, &Mapper::addServices, &Mapper::addDependencies,
                  &Mapper::addDatasets, &Mapper::addFlows };
        for (const auto step : steps) {
            if (m_b.failed() || control.cancelled())
                return;
            (this->*step)();
        }
    }

private:
    static QString key(const QString &bomRef, const QString &where)
    {
        return bomRef.isEmpty() ? where : bomRef;
    }

    QString add(const QString &bomRef, Node n, const QString &where)
    {
        const QString k = key(bomRef, where);
        if (!m_b.nodeId(k).isEmpty() || m_alias.contains(k)) {
            m_b.warn(where,
                QStringLiteral("bom-ref \"%1\" is used twice; the first element with it "
                               "stands for both")
                    .arg(bomRef));
            return {};
        }
        return m_b.addNode(k, std::move(n), where);
    }

    // The node a bom-ref stands for: its own, its collapsed group's, or a
    // placeholder.
    QString resolve(const QString &ref, const QString &where)
    {
        if (const auto it = m_alias.constFind(ref); it != m_alias.constEnd())
            return it.value();
        return m_b.nodeOrPlaceholder(ref, where);
    }

    void addFirstParty()
    {
        if (!m_bom.firstParty)
            return;
        const Component &c = *m_bom.firstParty;
        Node n;
        n.id = c.name.trimmed();
        n.name = displayName(c.name, c.version);
        n.kind = QStringLiteral("internal_service");
        n.organization = m_bom.firstPartyOrganization;
        n.notes = notes(c);
        m_firstParty = add(c.bomRef, std::move(n), c.where);
    }

    static QString notes(const Component &c)
    {
        QString text = QStringLiteral("CycloneDX %1 component")
                           .arg(c.type.isEmpty() ? QStringLiteral("untyped") : c.type);
        if (!c.group.isEmpty())
            text += QStringLiteral("; group ") + c.group;
        if (!c.bomRef.isEmpty())
            text += QStringLiteral("; bom-ref ") + c.bomRef;
        return text;
    }

    bool collapseOn() const
    {
        switch (m_options.collapseComponents) {
        case ImportOptions::Collapse::On: return true;
        case ImportOptions::Collapse::Off: return false;
        case ImportOptions::Collapse::Auto: break;
        }
        return m_bom.components.size() > kCollapseAbove;
    }

    // Leaf packages (library or framework components that depend on nothing
    // and hold no components) grouped by their parent: the first component
    // that depends on them, else the one they are nested in, else the first
    // party. Groups of one stay single nodes.
    void planCollapse()
    {
        if (!collapseOn())
            return;
        QSet<QString> depending;
        QHash<QString, QString> firstDependent;
        for (const Dependency &d : m_bom.dependencies) {
            if (!d.dependsOn.isEmpty())
                depending.insert(d.ref);
            for (const Ref &r : d.dependsOn) {
                if (!firstDependent.contains(r.ref))
                    firstDependent.insert(r.ref, d.ref);
            }
        }
        QSet<int> parents;
        for (const Component &c : m_bom.components) {
            if (c.parent >= 0)
                parents.insert(c.parent);
        }
        for (int i = 0; i < m_bom.components.size(); ++i) {
            const Component &c = m_bom.components[i];
            m_componentByKey.insert(key(c.bomRef, c.where), i);
        }
        QHash<QString, int> groupOfParent;
        for (int i = 0; i < m_bom.components.size(); ++i) {
            const Component &c = m_bom.components[i];
            if ((c.type != u"library" && c.type != u"framework") || parents.contains(i)
                || (!c.bomRef.isEmpty() && depending.contains(c.bomRef)))
                continue;
            QString parent = firstDependent.value(c.bomRef);
            if (parent.isEmpty() && c.parent >= 0)
                parent = key(m_bom.components[c.parent].bomRef, m_bom.components[c.parent].where);
            if (parent.isEmpty() && m_bom.firstParty)
                parent = key(m_bom.firstParty->bomRef, m_bom.firstParty->where);
            auto it = groupOfParent.find(parent);
            if (it == groupOfParent.end()) {
                it = groupOfParent.insert(parent, int(m_groups.size()));
                m_groups.append(Group { parent, {} });
            }
            m_groups[it.value()].members.append(i);
        }
        for (int g = 0; g < m_groups.size(); ++g) {
            if (m_groups[g].members.size() < 2)
                continue;
            for (const int i : m_groups[g].members)
                m_groupOf.insert(i, g);
        }
    }

    QString parentName(const QString &parentKey) const
    {
        if (m_bom.firstParty && key(m_bom.firstParty->bomRef, m_bom.firstParty->where) == parentKey)
            return m_bom.firstParty->name;
        const int i = m_componentByKey.value(parentKey, -1);
        return i < 0 ? parentKey : m_bom.components[i].name;
    }

    void addGroup(int g)
    {
        const Group &group = m_groups[g];
        const Component &first = m_bom.components[group.members.first()];
        const auto count = group.members.size();
        Node n;
        n.name = QStringLiteral("%1 + %2 packages").arg(first.name).arg(count - 1);
        n.id = n.name;
        n.kind = QStringLiteral("open_source_package");
        n.tags = QStringList { QStringLiteral("collapsed") };
        QStringList names;
        for (qsizetype k = 0; k < count && k < kListedMembers; ++k) {
            const Component &c = m_bom.components[group.members[k]];
            names.append(displayName(c.name, c.version));
        }
        n.notes = group.parent.isEmpty()
            ? QStringLiteral("%1 leaf packages, collapsed: %2").arg(count).arg(names.join(u", "))
            : QStringLiteral("%1 leaf packages under %2, collapsed: %3")
                  .arg(count)
                  .arg(parentName(group.parent), names.join(u", "));
        if (count > kListedMembers)
            n.notes += QStringLiteral(" and %1 more").arg(count - kListedMembers);
        const QString id
            = m_b.addNode(QStringLiteral("collapsed:") + group.parent, std::move(n), first.where);
        for (const int i : group.members) {
            const Component &c = m_bom.components[i];
            m_alias.insert(key(c.bomRef, c.where), id);
        }
        m_groupIds.insert(id);
    }

    void addComponents()
    {
        int collapsed = 0;
        QSet<int> groupsAdded;
        for (int i = 0; i < m_bom.components.size() && !m_b.failed(); ++i) {
            const Component &c = m_bom.components[i];
            if (const auto g = m_groupOf.constFind(i); g != m_groupOf.constEnd()) {
                if (!groupsAdded.contains(g.value())) {
                    groupsAdded.insert(g.value());
                    addGroup(g.value());
                }
                ++collapsed;
                continue;
            }
            Node n;
            n.id = c.name.trimmed();
            n.name = displayName(c.name, c.version);
            n.kind = nodeKind(c.type);
            n.organization = c.organization;
            n.notes = notes(c);
            add(c.bomRef, std::move(n), c.where);
        }
        if (collapsed > 0)
            m_b.ignore(QStringLiteral("components"),
                QStringLiteral("%1 leaf packages (library or framework components that depend on "
                               "nothing) grouped into %2 nodes tagged \"collapsed\"; import "
                               "without collapsing to keep each")
                    .arg(collapsed)
                    .arg(groupsAdded.size()));
    }

    bool external(const Service &s) const
    {
        return !s.provider.isEmpty()
            && s.provider.compare(m_bom.firstPartyOrganization, Qt::CaseInsensitive) != 0;
    }

    void addServices()
    {
        for (const Service &s : m_bom.services) {
            if (m_b.failed())
                return;
            Node n;
            n.id = s.name.trimmed();
            n.name = displayName(s.name, s.version);
            n.kind = external(s) ? QStringLiteral("other") : QStringLiteral("internal_service");
            n.organization = s.provider.isEmpty() ? m_bom.firstPartyOrganization : s.provider;
            n.tags = QStringList { QStringLiteral("service") };
            if (s.trustBoundary)
                n.tags.append(QStringLiteral("trust-boundary"));
            if (!s.trustZone.isEmpty()) {
                QString zone = s.trustZone.simplified();
                zone.replace(u',', u' ');
                n.tags.append(QStringLiteral("trust-zone:") + zone);
            }
            n.notes = QStringLiteral("CycloneDX service");
            if (!s.group.isEmpty())
                n.notes += QStringLiteral("; group ") + s.group;
            if (!s.bomRef.isEmpty())
                n.notes += QStringLiteral("; bom-ref ") + s.bomRef;
            const QString id = add(s.bomRef, std::move(n), s.where);
            m_serviceIds.append(id);
            if (!id.isEmpty())
                m_isService.insert(id);
            if (s.authenticated == false)
                m_b.warn(s.where + QStringLiteral(".authenticated"),
                    QStringLiteral("the service \"%1\" is not authenticated").arg(s.name));
        }
    }

    // An edge that stands for `source` using `target`, unless there is one.
    void connect(const QString &source, const QString &target, const QString &integration,
        const QString &where)
    {
        if (source.isEmpty() || target.isEmpty() || !m_b.edgeBetween(source, target).isEmpty())
            return;
        if (source == target && m_groupIds.contains(source))
            return; // inside a collapsed group
        Edge e;
        e.source = source;
        e.target = target;
        e.integration = integration;
        std::tie(e.pForward, e.pBackward) = vocab::defaultArcProbabilities(integration);
        m_b.addEdge(std::move(e), where);
    }

    // dependsOn: the dependent uses the dependency (source → target), so a
    // breach of the dependency reaches the dependent backwards (code
    // dependency: p_backward 0.5). A service depended on is called: an API
    // call. provides (1.6+): the provided element uses its provider's
    // implementation, an edge from it to the provider.
    void addDependencies()
    {
        for (const Dependency &d : m_bom.dependencies) {
            if (m_b.failed())
                return;
            if (d.dependsOn.isEmpty() && d.provides.isEmpty())
                continue;
            const QString source = resolve(d.ref, d.where + QStringLiteral(".ref"));
            for (const Ref &r : d.dependsOn) {
                const QString target = resolve(r.ref, r.where);
                connect(source, target, m_isService.contains(target) ? kApiCall : kCodeDependency,
                    r.where);
            }
            for (const Ref &r : d.provides)
                connect(resolve(r.ref, r.where), source, kCodeDependency, r.where);
        }
    }

    // modelCard.modelParameters.datasets: the model uses each dataset (an
    // edge model → dataset, as for a dependency); a dataset described in
    // place becomes a dataset node.
    void addDatasets()
    {
        for (const Component &c : m_bom.components) {
            if (c.datasets.isEmpty())
                continue;
            const QString model = m_b.nodeId(key(c.bomRef, c.where));
            for (const Dataset &d : c.datasets) {
                if (m_b.failed())
                    return;
                QString target;
                if (!d.ref.isEmpty()) {
                    target = resolve(d.ref, d.where);
                } else {
                    Node n;
                    n.id = d.name.trimmed();
                    n.name = d.name;
                    n.kind = QStringLiteral("dataset");
                    n.notes = QStringLiteral("Dataset named in the model card of %1").arg(c.name);
                    target
                        = m_b.addNode(QStringLiteral("dataset:") + d.name, std::move(n), d.where);
                }
                connect(model, target, kCodeDependency, d.where);
            }
        }
    }

    // A flow's source or destination: a BOM-Link to an element of this BOM,
    // a bom-ref, or a URL (a node of its own, tagged "endpoint").
    QString endpoint(const Ref &r)
    {
        if (r.ref.startsWith(QLatin1String("urn:cdx:"))) {
            const QString ref = bomLinkRef(r.ref);
            if (ref.isEmpty()) {
                m_b.warn(r.where,
                    QStringLiteral("\"%1\" links to a whole BOM, not to one of its elements; "
                                   "left out")
                        .arg(r.ref));
                return {};
            }
            return resolve(ref, r.where);
        }
        if (const auto it = m_alias.constFind(r.ref); it != m_alias.constEnd())
            return it.value();
        if (const QString id = m_b.nodeId(r.ref); !id.isEmpty())
            return id;
        Node n;
        n.id = r.ref.trimmed();
        n.name = r.ref;
        n.tags = QStringList { QStringLiteral("endpoint") };
        n.notes = QStringLiteral("An endpoint a CycloneDX data flow names");
        return m_b.addNode(QStringLiteral("url:") + r.ref, std::move(n), r.where);
    }

    QStringList endpoints(const QList<Ref> &refs)
    {
        QStringList ids;
        for (const Ref &r : refs) {
            const QString id = endpoint(r);
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

    // Data flows of services. Each classification is one data asset, owned
    // by the first party (else by the service that names it first). A flow
    // without sources or destinations (always so in 1.2–1.4) runs between
    // the service and its peer: the service it is nested in, else the first
    // party. inbound: peer → service; outbound: service → peer;
    // bi-directional: both.
    void addFlows()
    {
        for (int i = 0; i < m_bom.services.size(); ++i) {
            const Service &s = m_bom.services[i];
            const QString service = m_serviceIds.value(i);
            if (service.isEmpty())
                continue;
            const QString peer = s.parent >= 0 ? m_serviceIds.value(s.parent) : m_firstParty;
            for (const Flow &f : s.flows) {
                if (m_b.failed())
                    return;
                addFlow(f, service, peer);
            }
        }
    }

    void addFlow(const Flow &f, const QString &service, const QString &peer)
    {
        const QString classification = f.classification.trimmed().isEmpty()
            ? QStringLiteral("unclassified")
            : f.classification.trimmed();
        DataAsset a = classifiedAsset(classification);
        a.id = classification;
        a.owner = m_firstParty.isEmpty() ? service : m_firstParty;
        const QString asset = m_b.addDataAsset(
            QStringLiteral("class:") + classification.toLower(), std::move(a), f.where);

        const bool inbound = f.flow == u"inbound";
        const bool outbound = f.flow == u"outbound";
        const bool both = f.flow == u"bi-directional";
        if (!inbound && !outbound && !both) {
            m_b.warn(f.where + QStringLiteral(".flow"),
                QStringLiteral("flow direction \"%1\"; the data asset \"%2\" is kept, no flow is "
                               "drawn")
                    .arg(f.flow, classification));
            return;
        }
        QStringList sources = endpoints(f.sources);
        QStringList destinations = endpoints(f.destinations);
        if (both) {
            for (const QString &d : std::as_const(destinations)) {
                if (!sources.contains(d))
                    sources.append(d);
            }
            destinations = sources;
        }
        const bool needPeer = (inbound || both) ? sources.isEmpty() : destinations.isEmpty();
        if (needPeer) {
            if (peer.isEmpty()) {
                m_b.warn(f.where,
                    QStringLiteral("a flow with no source or destination and no "
                                   "metadata.component to run to; no flow is drawn"));
                return;
            }
            sources = destinations = QStringList { peer };
        }
        if (inbound || both) {
            for (const QString &from : std::as_const(sources))
                flow(from, service, asset, f);
        }
        if (outbound || both) {
            for (const QString &to : std::as_const(destinations))
                flow(service, to, asset, f);
        }
    }

    void flow(const QString &from, const QString &to, const QString &asset, const Flow &f)
    {
        const QString id = m_b.addFlow(from, to, asset, kApiCall, f.where);
        if (Edge *e = m_b.edge(id); e && e->label.isEmpty())
            e->label = f.name;
    }

    struct Group {
        QString parent; // key of the parent, or empty
        QList<int> members; // component indexes
    };

    const Bom &m_bom;
    const ImportOptions &m_options;
    ModelBuilder &m_b;
    QString m_firstParty;
    QList<Group> m_groups;
    QHash<int, int> m_groupOf; // component index -> group, for groups of two or more
    QHash<QString, QString> m_alias; // key of a collapsed component -> its group's node
    QSet<QString> m_groupIds;
    QHash<QString, int> m_componentByKey; // for collapsing only
    QStringList m_serviceIds; // per service index
    QSet<QString> m_isService;
};

} // namespace

void mapBom(
    const Bom &bom, const ImportOptions &options, ModelBuilder &b, const ReadControl &control)
{
    Mapper(bom, options, b).run(control);
}

QString modelName(const Bom &bom, const QString &fileName)
{
    if (bom.firstParty && !bom.firstParty->name.trimmed().isEmpty())
        return displayName(bom.firstParty->name.trimmed(), bom.firstParty->version);
    return QFileInfo(fileName).completeBaseName();
}

} // namespace wl::interchange::cyclonedx
