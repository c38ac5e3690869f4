#include "model.h"
#include "shares.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace wl {

namespace vocab {

const QStringList &knownKinds()
{
    static const QStringList kinds = {
        QStringLiteral("internal_service"),
        QStringLiteral("model_provider"),
        QStringLiteral("cloud_platform"),
        QStringLiteral("analytics"),
        QStringLiteral("monitoring"),
        QStringLiteral("data_labeling"),
        QStringLiteral("vector_database"),
        QStringLiteral("identity_provider"),
        QStringLiteral("payments"),
        QStringLiteral("support"),
        QStringLiteral("open_source_package"),
        QStringLiteral("dataset"),
        QStringLiteral("other"),
    };
    return kinds;
}

const QStringList &gdprRoles()
{
    static const QStringList roles = {
        QStringLiteral("controller"),
        QStringLiteral("joint_controller"),
        QStringLiteral("processor"),
        QStringLiteral("subprocessor"),
        QStringLiteral("none"),
    };
    return roles;
}

const QStringList &knownCategories()
{
    static const QStringList categories = {
        QStringLiteral("customer_pii"),
        QStringLiteral("usage_metadata"),
        QStringLiteral("credentials"),
        QStringLiteral("prompts"),
        QStringLiteral("model_weights"),
        QStringLiteral("training_data"),
        QStringLiteral("financial"),
        QStringLiteral("source_code"),
        QStringLiteral("telemetry"),
        QStringLiteral("other"),
    };
    return categories;
}

const QStringList &knownIntegrations()
{
    static const QStringList integrations = {
        QStringLiteral("api_call"),
        QStringLiteral("data_export"),
        QStringLiteral("sdk_embedded"),
        QStringLiteral("credential_delegation"),
        QStringLiteral("network_peering"),
        QStringLiteral("code_dependency"),
        QStringLiteral("other"),
    };
    return integrations;
}

const QStringList &transferMechanisms()
{
    static const QStringList mechanisms = {
        QString(),
        QStringLiteral("adequacy"),
        QStringLiteral("scc"),
        QStringLiteral("bcr"),
        QStringLiteral("derogation"),
        QStringLiteral("none"),
    };
    return mechanisms;
}

namespace {

// Context "wl::vocab" in the translations.
const struct {
    const char *value;
    const char *label;
} kLabels[] = {
    { "internal_service", QT_TRANSLATE_NOOP("wl::vocab", "Internal service") },
    { "model_provider", QT_TRANSLATE_NOOP("wl::vocab", "Model provider") },
    { "cloud_platform", QT_TRANSLATE_NOOP("wl::vocab", "Cloud platform") },
    { "analytics", QT_TRANSLATE_NOOP("wl::vocab", "Analytics") },
    { "monitoring", QT_TRANSLATE_NOOP("wl::vocab", "Monitoring") },
    { "data_labeling", QT_TRANSLATE_NOOP("wl::vocab", "Data labelling") },
    { "vector_database", QT_TRANSLATE_NOOP("wl::vocab", "Vector database") },
    { "identity_provider", QT_TRANSLATE_NOOP("wl::vocab", "Identity provider") },
    { "payments", QT_TRANSLATE_NOOP("wl::vocab", "Payments") },
    { "support", QT_TRANSLATE_NOOP("wl::vocab", "Support") },
    { "open_source_package", QT_TRANSLATE_NOOP("wl::vocab", "Open-source package") },
    { "dataset", QT_TRANSLATE_NOOP("wl::vocab", "Data set") },
    { "other", QT_TRANSLATE_NOOP("wl::vocab", "Other") },
    { "controller", QT_TRANSLATE_NOOP("wl::vocab", "Controller") },
    { "joint_controller", QT_TRANSLATE_NOOP("wl::vocab", "Joint controller") },
    { "processor", QT_TRANSLATE_NOOP("wl::vocab", "Processor") },
    { "subprocessor", QT_TRANSLATE_NOOP("wl::vocab", "Subprocessor") },
    { "none", QT_TRANSLATE_NOOP("wl::vocab", "None") },
    { "customer_pii", QT_TRANSLATE_NOOP("wl::vocab", "Customer PII") },
    { "usage_metadata", QT_TRANSLATE_NOOP("wl::vocab", "Usage metadata") },
    { "credentials", QT_TRANSLATE_NOOP("wl::vocab", "Credentials") },
    { "prompts", QT_TRANSLATE_NOOP("wl::vocab", "Prompts") },
    { "model_weights", QT_TRANSLATE_NOOP("wl::vocab", "Model weights") },
    { "training_data", QT_TRANSLATE_NOOP("wl::vocab", "Training data") },
    { "financial", QT_TRANSLATE_NOOP("wl::vocab", "Financial") },
    { "source_code", QT_TRANSLATE_NOOP("wl::vocab", "Source code") },
    { "telemetry", QT_TRANSLATE_NOOP("wl::vocab", "Telemetry") },
    { "api_call", QT_TRANSLATE_NOOP("wl::vocab", "API call") },
    { "data_export", QT_TRANSLATE_NOOP("wl::vocab", "Data export") },
    { "sdk_embedded", QT_TRANSLATE_NOOP("wl::vocab", "Embedded SDK") },
    { "credential_delegation", QT_TRANSLATE_NOOP("wl::vocab", "Credential delegation") },
    { "network_peering", QT_TRANSLATE_NOOP("wl::vocab", "Network peering") },
    { "code_dependency", QT_TRANSLATE_NOOP("wl::vocab", "Code dependency") },
    { "adequacy", QT_TRANSLATE_NOOP("wl::vocab", "Adequacy decision") },
    { "scc", QT_TRANSLATE_NOOP("wl::vocab", "Standard contractual clauses") },
    { "bcr", QT_TRANSLATE_NOOP("wl::vocab", "Binding corporate rules") },
    { "derogation", QT_TRANSLATE_NOOP("wl::vocab", "Derogation") },
};

} // namespace

QString label(const QString &value)
{
    for (const auto &entry : kLabels)
        if (value == QLatin1String(entry.value))
            return QCoreApplication::translate("wl::vocab", entry.label);
    QString humanised = value;
    humanised.replace(u'_', u' ');
    if (!humanised.isEmpty())
        humanised[0] = humanised[0].toUpper();
    return humanised;
}

std::pair<double, double> defaultArcProbabilities(const QString &integration)
{
    if (integration == u"api_call")
        return { 0.10, 0.02 };
    if (integration == u"data_export")
        return { 0.05, 0.0 };
    if (integration == u"sdk_embedded")
        return { 0.0, 0.60 };
    if (integration == u"credential_delegation")
        return { 0.0, 0.40 };
    if (integration == u"network_peering")
        return { 0.30, 0.30 };
    if (integration == u"code_dependency")
        return { 0.0, 0.50 };
    return { 0.05, 0.05 };
}

} // namespace vocab

std::span<const QLatin1String> fieldKeys(ElementType type)
{
    static const QLatin1String nodeKeys[] = {
        QLatin1String("id"),
        QLatin1String("name"),
        QLatin1String("kind"),
        QLatin1String("organization"),
        QLatin1String("gdpr_role"),
        QLatin1String("jurisdiction"),
        QLatin1String("breach_likelihood"),
        QLatin1String("control_strength"),
        QLatin1String("criticality"),
        QLatin1String("x"),
        QLatin1String("y"),
        QLatin1String("pinned"),
        QLatin1String("tags"),
        QLatin1String("notes"),
    };
    static const QLatin1String dataKeys[] = {
        QLatin1String("id"),
        QLatin1String("name"),
        QLatin1String("owner"),
        QLatin1String("category"),
        QLatin1String("records"),
        QLatin1String("sensitivity"),
        QLatin1String("personal"),
        QLatin1String("subject_jurisdictions"),
    };
    static const QLatin1String edgeKeys[] = {
        QLatin1String("id"),
        QLatin1String("source"),
        QLatin1String("target"),
        QLatin1String("integration"),
        QLatin1String("data"),
        QLatin1String("p_forward"),
        QLatin1String("p_backward"),
        QLatin1String("delay_hours"),
        QLatin1String("label"),
        QLatin1String("contract.dpa"),
        QLatin1String("contract.notification_sla_hours"),
        QLatin1String("contract.transfer_mechanism"),
        QLatin1String("contract.audit_right"),
        QLatin1String("contract.reviewed"),
    };
    static_assert(std::size(nodeKeys) == size_t(NodeField::Count));
    static_assert(std::size(dataKeys) == size_t(DataField::Count));
    static_assert(std::size(edgeKeys) == size_t(EdgeField::Count));
    switch (type) {
    case ElementType::Node: return nodeKeys;
    case ElementType::DataAsset: return dataKeys;
    case ElementType::Edge: return edgeKeys;
    }
    return {};
}

QLatin1String fieldKey(NodeField f)
{
    return fieldKeys(ElementType::Node)[size_t(f)];
}

QLatin1String fieldKey(DataField f)
{
    return fieldKeys(ElementType::DataAsset)[size_t(f)];
}

QLatin1String fieldKey(EdgeField f)
{
    return fieldKeys(ElementType::Edge)[size_t(f)];
}

QString fieldKey(ElementType type, int field)
{
    return fieldKeys(type)[size_t(field)];
}

QString Model::freeId(ElementType type, const QString &base) const
{
    return firstFreeId(base, [&](const QString &id) { return index(type, id) >= 0; });
}

int Model::index(ElementType type, const QString &id) const
{
    switch (type) {
    case ElementType::Node: return nodeIndex(id);
    case ElementType::DataAsset: return dataIndex(id);
    case ElementType::Edge: return edgeIndex(id);
    }
    return -1;
}

const Node *Model::node(const QString &id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &m_nodes[i];
}

const DataAsset *Model::dataAsset(const QString &id) const
{
    const int i = dataIndex(id);
    return i < 0 ? nullptr : &m_data[i];
}

const Edge *Model::edge(const QString &id) const
{
    const int i = edgeIndex(id);
    return i < 0 ? nullptr : &m_edges[i];
}

void Model::appendNode(Node n)
{
    m_nodeIndex.insert(n.id, int(m_nodes.size()));
    m_nodes.append(std::move(n));
}

void Model::appendDataAsset(DataAsset a)
{
    m_dataIndex.insert(a.id, int(m_data.size()));
    m_data.append(std::move(a));
}

void Model::appendEdge(Edge e)
{
    m_edgeIndex.insert(e.id, int(m_edges.size()));
    m_edges.append(std::move(e));
}

void Model::adoptNodes(QVector<Node> nodes, QHash<QString, int> index)
{
    Q_ASSERT(m_nodes.isEmpty() && index.size() == nodes.size());
    m_nodes = std::move(nodes);
    m_nodeIndex = std::move(index);
}

void Model::adoptEdges(QVector<Edge> edges, QHash<QString, int> index)
{
    Q_ASSERT(m_edges.isEmpty() && index.size() == edges.size());
    m_edges = std::move(edges);
    m_edgeIndex = std::move(index);
}

void Model::insertNode(int index, Node n)
{
    m_nodes.insert(index, std::move(n));
    reindex();
}

void Model::insertDataAsset(int index, DataAsset a)
{
    m_data.insert(index, std::move(a));
    reindex();
}

void Model::insertEdge(int index, Edge e)
{
    m_edges.insert(index, std::move(e));
    reindex();
}

Node Model::takeNode(int index)
{
    Node n = m_nodes.takeAt(index);
    reindex();
    return n;
}

DataAsset Model::takeDataAsset(int index)
{
    DataAsset a = m_data.takeAt(index);
    reindex();
    return a;
}

Edge Model::takeEdge(int index)
{
    Edge e = m_edges.takeAt(index);
    reindex();
    return e;
}

void Model::reserve(qsizetype nodes, qsizetype data, qsizetype edges)
{
    m_nodes.reserve(nodes);
    m_data.reserve(data);
    m_edges.reserve(edges);
    m_nodeIndex.reserve(nodes);
    m_dataIndex.reserve(data);
    m_edgeIndex.reserve(edges);
}

void Model::reindex()
{
    m_nodeIndex.clear();
    m_dataIndex.clear();
    m_edgeIndex.clear();
    for (int i = 0; i < m_nodes.size(); ++i)
        m_nodeIndex.insert(m_nodes[i].id, i);
    for (int i = 0; i < m_data.size(); ++i)
        m_dataIndex.insert(m_data[i].id, i);
    for (int i = 0; i < m_edges.size(); ++i)
        m_edgeIndex.insert(m_edges[i].id, i);
}

int Model::count(ElementType type) const
{
    switch (type) {
    case ElementType::Node: return int(m_nodes.size());
    case ElementType::DataAsset: return int(m_data.size());
    case ElementType::Edge: return int(m_edges.size());
    }
    return 0;
}

namespace {

QStringList toStringList(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QStringList)
        return v.toStringList();
    QStringList out;
    const QStringList parts = v.toString().split(QLatin1Char(','));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

std::optional<double> toNumber(const QVariant &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<qint64> toInteger(const QVariant &v)
{
    const qint64 limit = kMaxExactInteger;
    // Integers are taken as they are: through a double, 2^53 + 1 would round
    // down to an acceptable 2^53.
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong: {
        const qint64 i = v.toLongLong();
        return i >= -limit && i <= limit ? std::optional(i) : std::nullopt;
    }
    case QMetaType::ULongLong:
        return v.toULongLong() <= quint64(limit) ? std::optional(qint64(v.toULongLong()))
                                                 : std::nullopt;
    default: break;
    }
    const auto d = toNumber(v);
    if (!d || std::floor(*d) != *d || std::fabs(*d) > double(limit))
        return std::nullopt;
    return qint64(*d);
}

bool isNull(const QVariant &v)
{
    return !v.isValid() || v.isNull()
        || (v.metaType().id() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

QString checkProbability(const QVariant &v)
{
    const auto d = toNumber(v);
    if (!d || *d < 0.0 || *d > 1.0)
        return QStringLiteral("must be a number from 0 to 1");
    return {};
}

QString checkIntegerRange(const QVariant &v, qint64 lo, qint64 hi)
{
    const auto i = toInteger(v);
    if (!i || *i < lo || *i > hi)
        return QStringLiteral("must be an integer from %1 to %2").arg(lo).arg(hi);
    return {};
}

QString checkUniqueId(
    const QVariant &v, const QHash<QString, int> &index, int self, const char *what)
{
    const QString id = v.toString();
    const int other = index.value(id, -1);
    if (other >= 0 && other != self)
        return QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(what), id);
    return {};
}

} // namespace

QVariant Model::value(ElementType type, int index, int field) const
{
    switch (type) {
    case ElementType::Node: return valueOf(m_nodes[index], NodeField(field));
    case ElementType::DataAsset: return valueOf(m_data[index], DataField(field));
    case ElementType::Edge: return valueOf(m_edges[index], EdgeField(field));
    }
    return {};
}

QVariant valueOf(const Node &n, NodeField field)
{
    switch (field) {
    case NodeField::Id: return n.id;
    case NodeField::Name: return n.name;
    case NodeField::Kind: return n.kind;
    case NodeField::Organization: return n.organization;
    case NodeField::GdprRole: return n.gdprRole;
    case NodeField::Jurisdiction: return n.jurisdiction;
    case NodeField::BreachLikelihood: return n.breachLikelihood;
    case NodeField::ControlStrength: return n.controlStrength;
    case NodeField::Criticality: return n.criticality;
    case NodeField::X: return n.pos ? QVariant(n.pos->x()) : QVariant();
    case NodeField::Y: return n.pos ? QVariant(n.pos->y()) : QVariant();
    case NodeField::Pinned: return n.pinned;
    case NodeField::Tags: return n.tags;
    case NodeField::Notes: return n.notes;
    case NodeField::Count: break;
    }
    return {};
}

QVariant valueOf(const DataAsset &a, DataField field)
{
    switch (field) {
    case DataField::Id: return a.id;
    case DataField::Name: return a.name;
    case DataField::Owner: return a.owner;
    case DataField::Category: return a.category;
    case DataField::Records: return a.records;
    case DataField::Sensitivity: return a.sensitivity;
    case DataField::Personal: return a.personal;
    case DataField::SubjectJurisdictions: return a.subjectJurisdictions;
    case DataField::Count: break;
    }
    return {};
}

QVariant valueOf(const Edge &e, EdgeField field)
{
    switch (field) {
    case EdgeField::Id: return e.id;
    case EdgeField::Source: return e.source;
    case EdgeField::Target: return e.target;
    case EdgeField::Integration: return e.integration;
    case EdgeField::Data: return e.data;
    case EdgeField::PForward: return e.pForward;
    case EdgeField::PBackward: return e.pBackward;
    case EdgeField::DelayHours: return e.delayHours;
    case EdgeField::Label: return e.label;
    case EdgeField::ContractDpa: return e.contract.dpa;
    case EdgeField::ContractNotificationSlaHours:
        return e.contract.notificationSlaHours ? QVariant(*e.contract.notificationSlaHours)
                                               : QVariant();
    case EdgeField::ContractTransferMechanism: return e.contract.transferMechanism;
    case EdgeField::ContractAuditRight: return e.contract.auditRight;
    case EdgeField::ContractReviewed: return e.contract.reviewed;
    case EdgeField::Count: break;
    }
    return {};
}

QString Model::checkNewNode(const Node &n) const
{
    for (int f = 0; f < int(NodeField::Count); ++f) {
        if ((NodeField(f) == NodeField::X || NodeField(f) == NodeField::Y))
            continue; // a std::optional<QPointF> is both-or-neither by construction
        const QString reason
            = checkField(ElementType::Node, -1, f, valueOf(n, NodeField(f)), nullptr);
        if (!reason.isEmpty())
            return fieldKey(NodeField(f)) + QStringLiteral(": ") + reason;
    }
    return {};
}

QString Model::checkNewDataAsset(const DataAsset &a) const
{
    for (int f = 0; f < int(DataField::Count); ++f) {
        const QString reason
            = checkField(ElementType::DataAsset, -1, f, valueOf(a, DataField(f)), nullptr);
        if (!reason.isEmpty())
            return fieldKey(DataField(f)) + QStringLiteral(": ") + reason;
    }
    return {};
}

QString Model::checkNewEdge(const Edge &e) const
{
    // Reported at the target, like the JSON reader does, once both ends
    // exist.
    if (e.source == e.target && nodeIndex(e.source) >= 0)
        return fieldKey(EdgeField::Target) + QStringLiteral(": source and target must differ");
    for (int f = 0; f < int(EdgeField::Count); ++f) {
        const QString reason = checkField(ElementType::Edge, -1, f, valueOf(e, EdgeField(f)), &e);
        if (!reason.isEmpty())
            return fieldKey(EdgeField(f)) + QStringLiteral(": ") + reason;
    }
    return {};
}

QVariant Model::normalizedValue(ElementType type, int field, const QVariant &v)
{
    switch (type) {
    case ElementType::Node:
        switch (NodeField(field)) {
        case NodeField::BreachLikelihood:
        case NodeField::ControlStrength: return *toNumber(v);
        case NodeField::Criticality: return int(*toInteger(v));
        case NodeField::X:
        case NodeField::Y: return isNull(v) ? QVariant() : QVariant(*toNumber(v));
        case NodeField::Pinned: return v.toBool();
        case NodeField::Tags: return toStringList(v);
        default: return v.toString();
        }
    case ElementType::DataAsset:
        switch (DataField(field)) {
        case DataField::Records: return *toInteger(v);
        case DataField::Sensitivity: return int(*toInteger(v));
        case DataField::Personal: return v.toBool();
        case DataField::SubjectJurisdictions: return toStringList(v);
        default: return v.toString();
        }
    case ElementType::Edge:
        switch (EdgeField(field)) {
        case EdgeField::Data: return toStringList(v);
        case EdgeField::PForward:
        case EdgeField::PBackward:
        case EdgeField::DelayHours: return *toNumber(v);
        case EdgeField::ContractDpa:
        case EdgeField::ContractAuditRight: return v.toBool();
        case EdgeField::ContractNotificationSlaHours:
            return isNull(v) ? QVariant() : QVariant(*toNumber(v));
        default: return v.toString();
        }
    }
    return v;
}

QString Model::checkFieldValue(ElementType type, int field, const QVariant &v)
{
    const auto nonEmptyId = [](const QVariant &id) {
        return id.toString().isEmpty() ? QStringLiteral("must be a non-empty string") : QString();
    };
    switch (type) {
    case ElementType::Node:
        switch (NodeField(field)) {
        case NodeField::Id: return nonEmptyId(v);
        case NodeField::GdprRole:
            if (!vocab::gdprRoles().contains(v.toString()))
                return QStringLiteral("must be one of %1").arg(vocab::gdprRoles().join(u", "));
            return {};
        case NodeField::BreachLikelihood:
        case NodeField::ControlStrength: return checkProbability(v);
        case NodeField::Criticality: return checkIntegerRange(v, 1, 5);
        case NodeField::X:
        case NodeField::Y:
            if (!isNull(v) && !toNumber(v))
                return QStringLiteral("must be a number");
            return {};
        default: return {};
        }
    case ElementType::DataAsset:
        switch (DataField(field)) {
        case DataField::Id: return nonEmptyId(v);
        case DataField::Records: return checkIntegerRange(v, 0, kMaxExactInteger);
        case DataField::Sensitivity: return checkIntegerRange(v, 1, 5);
        default: return {};
        }
    case ElementType::Edge:
        switch (EdgeField(field)) {
        case EdgeField::Id: return nonEmptyId(v);
        case EdgeField::PForward:
        case EdgeField::PBackward: return checkProbability(v);
        case EdgeField::DelayHours: {
            const auto d = toNumber(v);
            if (!d || *d <= 0.0)
                return QStringLiteral("must be a number greater than 0");
            return {};
        }
        case EdgeField::ContractNotificationSlaHours: {
            if (isNull(v))
                return {};
            const auto d = toNumber(v);
            if (!d || *d <= 0.0)
                return QStringLiteral("must be a number greater than 0, or absent");
            return {};
        }
        case EdgeField::ContractTransferMechanism:
            if (!vocab::transferMechanisms().contains(v.toString()))
                return QStringLiteral("must be one of %1, or empty (unknown)")
                    .arg(vocab::transferMechanisms().mid(1).join(u", "));
            return {};
        case EdgeField::ContractReviewed: {
            const QString date = v.toString();
            if (!date.isEmpty()
                && (date.size() != 10 || !QDate::fromString(date, Qt::ISODate).isValid()))
                return QStringLiteral("must be a date YYYY-MM-DD, or empty");
            return {};
        }
        default: return {};
        }
    }
    return {};
}

QString Model::checkValue(ElementType type, int index, int field, const QVariant &v) const
{
    return checkField(type, index, field, v, type == ElementType::Edge ? &m_edges[index] : nullptr);
}

QString Model::checkField(
    ElementType type, int index, int field, const QVariant &v, const Edge *edge) const
{
    if (QString reason = checkFieldValue(type, field, v); !reason.isEmpty())
        return reason;
    // The rules that need the rest of the model.
    switch (type) {
    case ElementType::Node:
        if (NodeField(field) == NodeField::Id)
            return checkUniqueId(v, m_nodeIndex, index, "node");
        return {};
    case ElementType::DataAsset:
        switch (DataField(field)) {
        case DataField::Id: return checkUniqueId(v, m_dataIndex, index, "data asset");
        case DataField::Owner:
            if (nodeIndex(v.toString()) < 0)
                return QStringLiteral("unknown node id \"%1\"").arg(v.toString());
            return {};
        default: return {};
        }
    case ElementType::Edge: {
        const Edge &e = *edge;
        switch (EdgeField(field)) {
        case EdgeField::Id: return checkUniqueId(v, m_edgeIndex, index, "edge");
        case EdgeField::Source:
        case EdgeField::Target: {
            const QString id = v.toString();
            if (nodeIndex(id) < 0)
                return QStringLiteral("unknown node id \"%1\"").arg(id);
            const QString &other = EdgeField(field) == EdgeField::Source ? e.target : e.source;
            if (id == other)
                return QStringLiteral("source and target must differ");
            return {};
        }
        case EdgeField::Data: {
            QSet<QString> seen;
            for (const QString &id : toStringList(v)) {
                if (dataIndex(id) < 0)
                    return QStringLiteral("unknown data asset id \"%1\"").arg(id);
                if (seen.contains(id))
                    return QStringLiteral("data asset \"%1\" listed twice").arg(id);
                seen.insert(id);
            }
            return {};
        }
        default: return {};
        }
    }
    }
    return {};
}

void Model::setValue(ElementType type, int index, int field, const QVariant &v)
{
    switch (type) {
    case ElementType::Node: {
        Node &n = m_nodes[index];
        switch (NodeField(field)) {
        case NodeField::Id: {
            const QString old = n.id;
            const QString id = v.toString();
            n.id = id;
            for (DataAsset &a : m_data)
                if (a.owner == old)
                    a.owner = id;
            for (Edge &e : m_edges) {
                if (e.source == old)
                    e.source = id;
                if (e.target == old)
                    e.target = id;
            }
            reindex();
            break;
        }
        case NodeField::Name: n.name = v.toString(); break;
        case NodeField::Kind: n.kind = v.toString(); break;
        case NodeField::Organization: n.organization = v.toString(); break;
        case NodeField::GdprRole: n.gdprRole = v.toString(); break;
        case NodeField::Jurisdiction: n.jurisdiction = v.toString(); break;
        case NodeField::BreachLikelihood: n.breachLikelihood = *toNumber(v); break;
        case NodeField::ControlStrength: n.controlStrength = *toNumber(v); break;
        case NodeField::Criticality: n.criticality = int(*toInteger(v)); break;
        case NodeField::X:
        case NodeField::Y:
            if (isNull(v)) {
                n.pos.reset();
            } else {
                QPointF p = n.pos.value_or(QPointF());
                if (NodeField(field) == NodeField::X)
                    p.setX(*toNumber(v));
                else
                    p.setY(*toNumber(v));
                n.pos = p;
            }
            break;
        case NodeField::Pinned: n.pinned = v.toBool(); break;
        case NodeField::Tags: n.tags = toStringList(v); break;
        case NodeField::Notes: n.notes = v.toString(); break;
        case NodeField::Count: break;
        }
        break;
    }
    case ElementType::DataAsset: {
        DataAsset &a = m_data[index];
        switch (DataField(field)) {
        case DataField::Id: {
            const QString old = a.id;
            a.id = v.toString();
            for (Edge &e : m_edges)
                for (QString &d : e.data)
                    if (d == old)
                        d = a.id;
            reindex();
            break;
        }
        case DataField::Name: a.name = v.toString(); break;
        case DataField::Owner: a.owner = v.toString(); break;
        case DataField::Category: a.category = v.toString(); break;
        case DataField::Records: a.records = *toInteger(v); break;
        case DataField::Sensitivity: a.sensitivity = int(*toInteger(v)); break;
        case DataField::Personal: a.personal = v.toBool(); break;
        case DataField::SubjectJurisdictions: a.subjectJurisdictions = toStringList(v); break;
        case DataField::Count: break;
        }
        break;
    }
    case ElementType::Edge: {
        Edge &e = m_edges[index];
        switch (EdgeField(field)) {
        case EdgeField::Id:
            e.id = v.toString();
            reindex();
            break;
        case EdgeField::Source: e.source = v.toString(); break;
        case EdgeField::Target: e.target = v.toString(); break;
        case EdgeField::Integration: e.integration = v.toString(); break;
        case EdgeField::Data: e.data = toStringList(v); break;
        case EdgeField::PForward: e.pForward = *toNumber(v); break;
        case EdgeField::PBackward: e.pBackward = *toNumber(v); break;
        case EdgeField::DelayHours: e.delayHours = *toNumber(v); break;
        case EdgeField::Label: e.label = v.toString(); break;
        case EdgeField::ContractDpa: e.contract.dpa = v.toBool(); break;
        case EdgeField::ContractNotificationSlaHours:
            e.contract.notificationSlaHours
                = isNull(v) ? std::nullopt : std::optional<double>(*toNumber(v));
            break;
        case EdgeField::ContractTransferMechanism:
            e.contract.transferMechanism = v.toString();
            break;
        case EdgeField::ContractAuditRight: e.contract.auditRight = v.toBool(); break;
        case EdgeField::ContractReviewed: e.contract.reviewed = v.toString(); break;
        case EdgeField::Count: break;
        }
        break;
    }
    }
}

std::vector<std::array<int, 2>> edgeEndIndexes(const Model &model)
{
    const QVector<Edge> &edges = model.edges();
    std::vector<std::array<int, 2>> ends(size_t(edges.size()));
    // Below 20,000 edges per thread, starting one costs more than it saves.
    runShares(edges.size(), shareCount(edges.size(), 20000),
        [&](qsizetype, qsizetype first, qsizetype last) {
            for (qsizetype i = first; i < last; ++i)
                ends[size_t(i)]
                    = { model.nodeIndex(edges[i].source), model.nodeIndex(edges[i].target) };
        });
    return ends;
}

QStringList modelWarnings(const Model &m)
{
    QStringList out;
    const qsizetype nodeCount = m.nodes().size();
    const qsizetype assetCount = m.data().size();
    const QVector<Edge> &edges = m.edges();
    QVector<int> degree(nodeCount, 0);
    QVector<bool> assetFlows(assetCount, false);
    // Who holds each asset, as sorted (asset, node) pairs: its owner and the
    // targets of the edges that carry it. Sorting one vector is far cheaper
    // than a set per asset at 10,000 assets.
    std::vector<std::uint64_t> held;
    const auto pair
        = [](int asset, int node) { return std::uint64_t(asset) << 32 | std::uint32_t(node); };
    held.reserve(size_t(assetCount));
    for (int a = 0; a < assetCount; ++a)
        held.push_back(pair(a, m.nodeIndex(m.data()[a].owner)));
    // Each flow's asset, looked up once.
    std::vector<int> flowAsset;
    const std::vector<std::array<int, 2>> ends = edgeEndIndexes(m);
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const auto [source, target] = ends[size_t(i)];
        ++degree[source];
        ++degree[target];
        for (const QString &id : edges[i].data) {
            const int a = m.dataIndex(id);
            flowAsset.push_back(a);
            assetFlows[a] = true;
            held.push_back(pair(a, target));
        }
    }
    std::sort(held.begin(), held.end());
    for (int i = 0; i < nodeCount; ++i)
        if (degree[i] == 0)
            out << QStringLiteral("node \"%1\" has no edges").arg(m.nodes()[i].id);
    for (int a = 0; a < assetCount; ++a)
        if (!assetFlows[a])
            out << QStringLiteral("data asset \"%1\" flows over no edge").arg(m.data()[a].id);
    auto flow = flowAsset.cbegin();
    for (qsizetype i = 0; i < edges.size(); ++i)
        for (const Edge &e = edges[i]; const QString &id : e.data) {
            if (!std::binary_search(held.begin(), held.end(), pair(*flow++, ends[size_t(i)][0])))
                out << QStringLiteral("edge \"%1\" sends data asset \"%2\" from \"%3\", which does "
                                      "not hold it")
                           .arg(e.id, id, e.source);
        }
    return out;
}

} // namespace wl
