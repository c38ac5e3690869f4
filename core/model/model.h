// Plain-data supply-chain model: nodes, data assets and edges addressed by
// stable string ids (FORMAT.md §1). No Qt object machinery, so a Model can be
// copied into worker threads as an immutable snapshot.
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace wl {

struct Node {
    QString id;
    QString name;
    QString kind = QStringLiteral("other");
    QString organization;
    QString gdprRole = QStringLiteral("none");
    QString jurisdiction;
    double breachLikelihood = 0.0;
    double controlStrength = 0.0;
    int criticality = 3;
    std::optional<QPointF> pos; // centre in points, y pointing down
    bool pinned = false;
    QStringList tags;
    QString notes;

    friend bool operator==(const Node &, const Node &) = default;
};

struct DataAsset {
    QString id;
    QString name;
    QString owner;
    QString category = QStringLiteral("other");
    qint64 records = 0;
    int sensitivity = 3;
    bool personal = false;
    // Where the data subjects are ("EU", "US-CA", …), for the notification
    // rules (FORMAT.md §1, added fields).
    QStringList subjectJurisdictions;

    friend bool operator==(const DataAsset &, const DataAsset &) = default;
};

// The agreement behind a flow (FORMAT.md §1, added fields). A contract with
// every field at its default is no contract: the file has no "contract" key.
struct Contract {
    bool dpa = false;
    // Hours within which the target must tell the source of a breach; absent:
    // the contract says nothing (the obligations take 24 h).
    std::optional<double> notificationSlaHours;
    // adequacy, scc, bcr, derogation, none, or empty (unknown).
    QString transferMechanism;
    bool auditRight = false;
    // The date of the last review, YYYY-MM-DD, or empty.
    QString reviewed;

    bool isEmpty() const { return *this == Contract(); }
    friend bool operator==(const Contract &, const Contract &) = default;
};

struct Edge {
    QString id;
    QString source;
    QString target;
    QString integration = QStringLiteral("other");
    QStringList data;
    double pForward = 0.05;
    double pBackward = 0.05;
    double delayHours = 24.0;
    QString label;
    Contract contract;

    friend bool operator==(const Edge &, const Edge &) = default;
};

enum class ElementType { Node, DataAsset, Edge };

// Editable fields, in table-column order. The ids are part of the undo
// commands' addressing, so append new fields at the end only.
enum class NodeField {
    Id,
    Name,
    Kind,
    Organization,
    GdprRole,
    Jurisdiction,
    BreachLikelihood,
    ControlStrength,
    Criticality,
    X,
    Y,
    Pinned,
    Tags,
    Notes,
    Count
};
enum class DataField {
    Id,
    Name,
    Owner,
    Category,
    Records,
    Sensitivity,
    Personal,
    SubjectJurisdictions,
    Count
};
enum class EdgeField {
    Id,
    Source,
    Target,
    Integration,
    Data,
    PForward,
    PBackward,
    DelayHours,
    Label,
    // The contract's fields; their keys are "contract.dpa" and so on, as a
    // JSON path below the edge spells them.
    ContractDpa,
    ContractNotificationSlaHours,
    ContractTransferMechanism,
    ContractAuditRight,
    ContractReviewed,
    Count
};

// `base` if `taken(base)` is false, else the first of base-2, base-3, ...
// (with `separator` between) that is not taken.
template<typename Taken>
QString firstFreeId(const QString &base, Taken taken, QChar separator = u'-')
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + separator + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

// Vocabularies of FORMAT.md §1.
// The largest integer a record count may be, and the largest in magnitude
// any reader takes: 2^53, beyond which a double no longer holds every integer
// (FORMAT.md).
inline constexpr qint64 kMaxExactInteger = qint64(1) << 53;

namespace vocab {
const QStringList &knownKinds();
const QStringList &gdprRoles();
const QStringList &knownCategories();
const QStringList &knownIntegrations();
// A contract's transfer mechanisms, the empty one (unknown) first.
const QStringList &transferMechanisms();
// Default (forward, backward) arc probabilities of an integration; unknown
// integrations take the defaults of "other".
std::pair<double, double> defaultArcProbabilities(const QString &integration);
// A value of these lists as people write it, in the application's language:
// "Internal service" for internal_service, "API call" for api_call,
// "Subprocessor" for subprocessor. Values outside the lists are humanised
// (underscores to spaces, first letter capital); empty stays empty.
QString label(const QString &value);
} // namespace vocab

// One field of an element, in the form Model::value() gives it.
QVariant valueOf(const Node &n, NodeField field);
QVariant valueOf(const DataAsset &a, DataField field);
QVariant valueOf(const Edge &e, EdgeField field);

// The JSON keys of the fields of an element of `type` (FORMAT.md), in field
// order: the one list of them, which the JSON reader and writer, messages
// and table headers all use. A contract's fields are spelled as their path
// below the edge ("contract.dpa").
std::span<const QLatin1String> fieldKeys(ElementType type);

// The JSON key of a field, used for messages and headers.
QLatin1String fieldKey(NodeField f);
QLatin1String fieldKey(DataField f);
QLatin1String fieldKey(EdgeField f);
// The same for field number `field` of an element of `type`.
QString fieldKey(ElementType type, int field);

class Model {
public:
    QString name;

    const QVector<Node> &nodes() const { return m_nodes; }
    const QVector<DataAsset> &data() const { return m_data; }
    const QVector<Edge> &edges() const { return m_edges; }

    // Index of the element with this id, or -1.
    int nodeIndex(const QString &id) const { return m_nodeIndex.value(id, -1); }
    int dataIndex(const QString &id) const { return m_dataIndex.value(id, -1); }
    int edgeIndex(const QString &id) const { return m_edgeIndex.value(id, -1); }
    int index(ElementType type, const QString &id) const;
    // An id not yet used by elements of `type`: `base` itself if free, else
    // base-2, base-3, ...
    QString freeId(ElementType type, const QString &base) const;
    const Node *node(const QString &id) const;
    const DataAsset *dataAsset(const QString &id) const;
    const Edge *edge(const QString &id) const;

    // Structural changes keep the id indexes current. The caller is
    // responsible for validity (unique ids, existing references): readers
    // validate before they build, commands validate before they apply.
    void appendNode(Node n);
    void appendDataAsset(DataAsset a);
    void appendEdge(Edge e);
    // A reader's elements taken whole by a model that has none of them yet,
    // with the index of their ids that indexIds built: no element is moved
    // and no id hashed again. `index` must be indexIds(elements) without a
    // repeat.
    void adoptNodes(QVector<Node> nodes, QHash<QString, int> index);
    void adoptEdges(QVector<Edge> edges, QHash<QString, int> index);
    void insertNode(int index, Node n);
    void insertDataAsset(int index, DataAsset a);
    void insertEdge(int index, Edge e);
    Node takeNode(int index);
    DataAsset takeDataAsset(int index);
    Edge takeEdge(int index);
    void reserve(qsizetype nodes, qsizetype data, qsizetype edges);

    // Generic field access for tables and the value-change command.
    QVariant value(ElementType type, int index, int field) const;
    // FORMAT.md's rule on one value of a field, apart from the rules that
    // need the rest of the model (unique ids, references, an edge's two
    // ends): an empty string if `v` is acceptable, else the reason (without
    // a path prefix). Every reader and importer checks its values here, so
    // that each rule and its wording exist once; a reader passes an invalid
    // QVariant for a value of the wrong type, which breaks the rule of its
    // field (except x and y, where it means "absent").
    static QString checkFieldValue(ElementType type, int field, const QVariant &v);
    // Checks a new value against all of FORMAT.md's rules, checkFieldValue's
    // and those against the rest of the model; returns an empty string if it
    // is acceptable, else the reason (without a path prefix).
    QString checkValue(ElementType type, int index, int field, const QVariant &v) const;
    // Checks every field of an element to be added; returns "field: reason"
    // for the first that breaks a rule, else an empty string.
    QString checkNewNode(const Node &n) const;
    QString checkNewDataAsset(const DataAsset &a) const;
    QString checkNewEdge(const Edge &e) const;
    // The value in the form value() returns it (numbers from text, lists
    // from comma-separated text, null for an absent coordinate). Only for
    // values checkValue accepted.
    static QVariant normalizedValue(ElementType type, int field, const QVariant &v);
    // Sets a value that checkValue accepted.
    void setValue(ElementType type, int index, int field, const QVariant &v);

    void setPosition(int nodeIndex, std::optional<QPointF> pos) { m_nodes[nodeIndex].pos = pos; }

    int count(ElementType type) const;

    friend bool operator==(const Model &a, const Model &b)
    {
        return a.name == b.name && a.m_nodes == b.m_nodes && a.m_data == b.m_data
            && a.m_edges == b.m_edges;
    }

private:
    void reindex();
    // checkValue for an element at `index` (-1: one not in the model yet);
    // `edge` is the edge being checked, for the rule on its two ends.
    QString checkField(
        ElementType type, int index, int field, const QVariant &v, const Edge *edge) const;

    QVector<Node> m_nodes;
    QVector<DataAsset> m_data;
    QVector<Edge> m_edges;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_dataIndex;
    QHash<QString, int> m_edgeIndex;
};

// The index of the ids of the `count` elements at `elements` (id to place),
// as a Model keeps it, built apart from a model (on a reader's thread).
// *repeat is the place of the first element whose id an earlier one has, or
// -1.
template<typename Element>
QHash<QString, int> indexIds(const Element *elements, qsizetype count, qsizetype *repeat)
{
    QHash<QString, int> index;
    index.reserve(count);
    *repeat = -1;
    for (qsizetype i = 0; i < count; ++i) {
        // One lookup for both the check and the insertion: a new id grows
        // the index.
        const qsizetype before = index.size();
        int &place = index[elements[i].id];
        if (index.size() == before) {
            *repeat = i;
            break;
        }
        place = int(i);
    }
    return index;
}

template<typename Element>
QHash<QString, int> indexIds(const QVector<Element> &elements, qsizetype *repeat)
{
    return indexIds(elements.constData(), elements.size(), repeat);
}

// The node indexes of every edge's source and target (-1: no such node), in
// edge order. The lookups by id are most of the work of whoever needs them
// at 100,000 nodes (saving, compiling, the warnings), so a large model's are
// shared out among the cores: QHash allows concurrent reads.
std::vector<std::array<int, 2>> edgeEndIndexes(const Model &model);

// Structural findings that are not errors (FORMAT.md §2 `info`): an asset
// that flows nowhere, a node with no edges, an asset sent by a node that does
// not hold it. One human-readable line each, in model order.
QStringList modelWarnings(const Model &m);

} // namespace wl
