#include "commands.h"

#include "commands/documentcommands.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace wl::commands {

namespace {

QString elementLabel(ElementType type)
{
    switch (type) {
    case ElementType::Node: return QCoreApplication::translate("commands", "node");
    case ElementType::DataAsset: return QCoreApplication::translate("commands", "data asset");
    case ElementType::Edge: return QCoreApplication::translate("commands", "edge");
    }
    return {};
}

// One field of one element, by the element's id rather than its row, so
// that sorting or filtering a view never redirects an undo. An edit of the id
// itself finds the element by the id it has before the step being applied.
struct ElementField {
    using Value = QVariant;

    ElementType type;
    QString id;
    int field;

    bool isIdField() const { return field == 0; } // Id is field 0 of every element type

    void apply(Document *doc, const QVariant &now, const QVariant &next) const
    {
        const int index = doc->model().index(type, isIdField() ? now.toString() : id);
        Q_ASSERT(index >= 0);
        doc->setValue(type, index, field, next);
    }
    bool continuedBy(const ElementField &later) const
    {
        return later.type == type && later.id == id && later.field == field;
    }
};
using SetValueCommand = detail::ValueCommand<ElementField>;

QString setValueText(ElementType type, const QString &id, int field)
{
    return QCoreApplication::translate("commands", "Change %1 of %2 \"%3\"")
        .arg(fieldKey(type, field), elementLabel(type), id);
}

template<typename Element> constexpr ElementType typeOf()
{
    if constexpr (std::is_same_v<Element, Node>)
        return ElementType::Node;
    else if constexpr (std::is_same_v<Element, DataAsset>)
        return ElementType::DataAsset;
    else
        return ElementType::Edge;
}

template<typename Element> struct ElementList;
template<> struct ElementList<Node> {
    using Command = detail::InsertTakeCommand<Node, &Document::insertNode, &Document::takeNode>;
};
template<> struct ElementList<DataAsset> {
    using Command = detail::InsertTakeCommand<DataAsset, &Document::insertDataAsset,
        &Document::takeDataAsset>;
};
template<> struct ElementList<Edge> {
    using Command = detail::InsertTakeCommand<Edge, &Document::insertEdge, &Document::takeEdge>;
};

// A child of `parent` that inserts (or removes) one element at a fixed index.
template<typename Element>
void insertTake(Document *doc, int index, Element element, bool remove, QUndoCommand *parent)
{
    using Command = typename ElementList<Element>::Command;
    new Command(doc, index, std::move(element), remove ? Command::Step::Remove : Command::Step::Add,
        QString(), parent);
}

class MoveNodesCommand : public QUndoCommand {
public:
    struct Move {
        QString id;
        std::optional<QPointF> from;
        std::optional<QPointF> to;
        // Where the node was when the move was made: looked at before the
        // id is looked up (a layout moves every node).
        int index = -1;
    };

    MoveNodesCommand(Document *doc, QVector<Move> moves, const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_moves(std::move(moves))
    {
    }

    void redo() override { apply(false); }
    void undo() override { apply(true); }

private:
    void apply(bool back)
    {
        QVector<QPair<int, std::optional<QPointF>>> positions;
        positions.reserve(m_moves.size());
        const Model &model = m_doc->model();
        const QVector<Node> &nodes = model.nodes();
        for (const Move &m : std::as_const(m_moves)) {
            const bool still = m.index >= 0 && m.index < nodes.size() && nodes[m.index].id == m.id;
            positions.append({ still ? m.index : model.nodeIndex(m.id), back ? m.from : m.to });
        }
        m_doc->setPositions(positions);
    }

    Document *m_doc;
    QVector<Move> m_moves;
};

// The model's name: one value, so consecutive renames are one step.
struct ModelName {
    using Value = QString;

    void apply(Document *doc, const QString &, const QString &next) const { doc->setName(next); }
    bool continuedBy(const ModelName &) const { return true; }
};

struct WholeModel {
    using Value = Model;

    void apply(Document *doc, const Model &, const Model &next) const { doc->replaceModel(next); }
    bool continuedBy(const WholeModel &) const { return false; }
};

} // namespace

std::unique_ptr<QUndoCommand> setValue(
    Document *doc, ElementType type, int index, int field, const QVariant &value, QString *error)
{
    const Model &m = doc->model();
    if (index < 0 || index >= m.count(type)) {
        if (error)
            *error = QCoreApplication::translate("commands", "no such element");
        return nullptr;
    }
    const QString reason = m.checkValue(type, index, field, value);
    if (!reason.isEmpty()) {
        if (error)
            *error = fieldKey(type, field) + QStringLiteral(": ") + reason;
        return nullptr;
    }
    const QVariant oldValue = m.value(type, index, field);
    const QVariant normalised = Model::normalizedValue(type, field, value);
    if (error)
        error->clear();
    if (normalised == oldValue)
        return nullptr;
    if (type == ElementType::Node
        && (NodeField(field) == NodeField::X || NodeField(field) == NodeField::Y)) {
        // A coordinate edit can add or remove the whole position (both or
        // neither), so it is a move: undo restores both coordinates.
        const Node &n = m.nodes()[index];
        std::optional<QPointF> to;
        if (normalised.isValid()) {
            QPointF p = n.pos.value_or(QPointF());
            if (NodeField(field) == NodeField::X)
                p.setX(normalised.toDouble());
            else
                p.setY(normalised.toDouble());
            to = p;
        }
        return std::make_unique<MoveNodesCommand>(doc,
            QVector<MoveNodesCommand::Move> { { n.id, n.pos, to, index } },
            QCoreApplication::translate("commands", "Change %1 of node \"%2\"")
                .arg(fieldKey(type, field), n.id));
    }
    const QString id = m.value(type, index, 0).toString();
    return std::make_unique<SetValueCommand>(
        doc, ElementField { type, id, field }, oldValue, normalised, setValueText(type, id, field));
}

bool pushSetValue(
    Document *doc, ElementType type, int index, int field, const QVariant &value, QString *error)
{
    QString reason;
    auto cmd = setValue(doc, type, index, field, value, &reason);
    if (error)
        *error = reason;
    if (!cmd)
        return reason.isEmpty();
    doc->undoStack()->push(cmd.release());
    return true;
}

std::unique_ptr<QUndoCommand> setModelName(Document *doc, const QString &name)
{
    if (name == doc->model().name)
        return nullptr;
    return std::make_unique<detail::ValueCommand<ModelName>>(doc, ModelName {}, doc->model().name,
        name, QCoreApplication::translate("commands", "Rename model"));
}

QString uniqueId(const Model &m, ElementType type, const QString &base)
{
    return m.freeId(type, base.isEmpty() ? QStringLiteral("new") : base);
}

std::unique_ptr<QUndoCommand> replaceModel(
    Document *doc, Model model, const QString &text, QString *error)
{
    Model checked;
    checked.name = model.name;
    const auto invalid = [error](const QString &id, const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(id, reason);
        return nullptr;
    };
    for (const Node &n : model.nodes()) {
        if (const QString reason = checked.checkNewNode(n); !reason.isEmpty())
            return invalid(n.id, reason);
        checked.appendNode(n);
    }
    for (const DataAsset &a : model.data()) {
        if (const QString reason = checked.checkNewDataAsset(a); !reason.isEmpty())
            return invalid(a.id, reason);
        checked.appendDataAsset(a);
    }
    for (const Edge &e : model.edges()) {
        if (const QString reason = checked.checkNewEdge(e); !reason.isEmpty())
            return invalid(e.id, reason);
        checked.appendEdge(e);
    }
    // Scenarios and the exercise refer to nodes by id: none may go.
    for (const Node &n : doc->model().nodes())
        if (checked.nodeIndex(n.id) < 0)
            return invalid(
                n.id, QCoreApplication::translate("commands", "the node would be removed"));
    if (checked == doc->model()) {
        if (error)
            error->clear();
        return nullptr;
    }
    return std::make_unique<detail::ValueCommand<WholeModel>>(
        doc, WholeModel {}, doc->model(), std::move(checked), text);
}

namespace {

template<typename Element>
std::unique_ptr<QUndoCommand> addElement(
    Document *doc, Element element, const QString &reason, const QString &text, QString *error)
{
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return nullptr;
    }
    if (error)
        error->clear();
    auto cmd = std::make_unique<QUndoCommand>(text);
    const int index = doc->model().count(typeOf<Element>());
    insertTake(doc, index, std::move(element), false, cmd.get());
    return cmd;
}

} // namespace

std::unique_ptr<QUndoCommand> addNode(Document *doc, Node n, QString *error)
{
    const QString reason = doc->model().checkNewNode(n);
    const QString text = QCoreApplication::translate("commands", "Add node \"%1\"").arg(n.id);
    return addElement(doc, std::move(n), reason, text, error);
}

std::unique_ptr<QUndoCommand> addEdge(Document *doc, Edge e, QString *error)
{
    const QString reason = doc->model().checkNewEdge(e);
    const QString text = QCoreApplication::translate("commands", "Connect \"%1\" to \"%2\"")
                             .arg(e.source, e.target);
    return addElement(doc, std::move(e), reason, text, error);
}

std::unique_ptr<QUndoCommand> addDataAsset(Document *doc, DataAsset a, QString *error)
{
    const QString reason = doc->model().checkNewDataAsset(a);
    const QString text = QCoreApplication::translate("commands", "Add data asset \"%1\"").arg(a.id);
    return addElement(doc, std::move(a), reason, text, error);
}

std::unique_ptr<QUndoCommand> removeElements(Document *doc, const QStringList &nodeIds,
    const QStringList &edgeIds, const QStringList &assetIds)
{
    const Model &m = doc->model();
    QSet<int> nodes;
    for (const QString &id : nodeIds)
        if (const int i = m.nodeIndex(id); i >= 0)
            nodes.insert(i);
    QSet<QString> removedNodeIds;
    for (int i : std::as_const(nodes))
        removedNodeIds.insert(m.nodes()[i].id);

    QSet<int> assets;
    for (const QString &id : assetIds)
        if (const int i = m.dataIndex(id); i >= 0)
            assets.insert(i);
    for (int i = 0; i < m.data().size(); ++i)
        if (removedNodeIds.contains(m.data()[i].owner))
            assets.insert(i);
    QSet<QString> removedAssetIds;
    for (int i : std::as_const(assets))
        removedAssetIds.insert(m.data()[i].id);

    QSet<int> edges;
    for (const QString &id : edgeIds)
        if (const int i = m.edgeIndex(id); i >= 0)
            edges.insert(i);
    for (int i = 0; i < m.edges().size(); ++i) {
        const Edge &e = m.edges()[i];
        if (removedNodeIds.contains(e.source) || removedNodeIds.contains(e.target))
            edges.insert(i);
    }
    if (nodes.isEmpty() && assets.isEmpty() && edges.isEmpty())
        return nullptr;

    const int count = int(nodes.size() + assets.size() + edges.size());
    auto cmd = std::make_unique<QUndoCommand>(count == 1
            ? QCoreApplication::translate("commands", "Delete 1 element")
            : QCoreApplication::translate("commands", "Delete %1 elements").arg(count));

    // Children run in this order and undo in reverse: first the surviving
    // edges stop carrying removed assets, then edges, assets and nodes go,
    // each from the highest index down so that the lower indexes stay valid.
    if (!removedAssetIds.isEmpty()) {
        const int data = int(EdgeField::Data);
        for (int i = 0; i < m.edges().size(); ++i) {
            if (edges.contains(i))
                continue;
            const Edge &e = m.edges()[i];
            QStringList kept;
            for (const QString &a : e.data)
                if (!removedAssetIds.contains(a))
                    kept << a;
            if (kept.size() != e.data.size())
                new SetValueCommand(doc, ElementField { ElementType::Edge, e.id, data }, e.data,
                    kept, setValueText(ElementType::Edge, e.id, data), cmd.get());
        }
    }
    const auto descending = [](const QSet<int> &set) {
        QList<int> list(set.cbegin(), set.cend());
        std::sort(list.begin(), list.end(), std::greater<int>());
        return list;
    };
    for (int i : descending(edges))
        insertTake(doc, i, m.edges()[i], true, cmd.get());
    for (int i : descending(assets))
        insertTake(doc, i, m.data()[i], true, cmd.get());
    for (int i : descending(nodes))
        insertTake(doc, i, m.nodes()[i], true, cmd.get());
    return cmd;
}

std::unique_ptr<QUndoCommand> moveNodes(
    Document *doc, const QHash<QString, std::optional<QPointF>> &positions, const QString &text)
{
    const QVector<Node> &nodes = doc->model().nodes();
    QVector<MoveNodesCommand::Move> moves;
    moves.reserve(positions.size());
    // Model order, so that the command does not depend on hash order.
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        const auto it = positions.constFind(n.id);
        if (it != positions.cend() && *it != n.pos)
            moves.append({ n.id, n.pos, *it, i });
    }
    if (moves.isEmpty())
        return nullptr;
    return std::make_unique<MoveNodesCommand>(doc, std::move(moves), text);
}

std::unique_ptr<QUndoCommand> moveAllNodes(
    Document *doc, const QVector<QPointF> &centers, const QString &text)
{
    const QVector<Node> &nodes = doc->model().nodes();
    if (centers.size() != nodes.size())
        return nullptr;
    QVector<MoveNodesCommand::Move> moves;
    moves.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].pos != centers[i])
            moves.append({ nodes[i].id, nodes[i].pos, centers[i], i });
    if (moves.isEmpty())
        return nullptr;
    return std::make_unique<MoveNodesCommand>(doc, std::move(moves), text);
}

Model copyFragment(const Model &m, const QStringList &nodeIds)
{
    const QSet<QString> wanted(nodeIds.cbegin(), nodeIds.cend());
    Model f;
    f.name = m.name;
    for (const Node &n : m.nodes())
        if (wanted.contains(n.id))
            f.appendNode(n);
    for (const DataAsset &a : m.data())
        if (wanted.contains(a.owner))
            f.appendDataAsset(a);
    for (const Edge &e : m.edges()) {
        if (!wanted.contains(e.source) || !wanted.contains(e.target))
            continue;
        Edge copy = e;
        copy.data.clear();
        for (const QString &a : e.data)
            if (f.dataIndex(a) >= 0)
                copy.data << a;
        f.appendEdge(copy);
    }
    return f;
}

std::unique_ptr<QUndoCommand> paste(Document *doc, const Model &fragment, const QPointF &offset,
    QStringList *newNodeIds, QString *error)
{
    if (error)
        error->clear();
    if (fragment.nodes().isEmpty())
        return nullptr;
    const auto reject = [error](const QString &reason) {
        if (error)
            *error = reason;
        return nullptr;
    };
    // Ids are made unique, and elements checked, against the document plus
    // what this paste has already added: `taken` is that model.
    Model taken = doc->model();
    QHash<QString, QString> nodeRename;
    QHash<QString, QString> assetRename;
    auto cmd = std::make_unique<QUndoCommand>(QCoreApplication::translate(
        "commands", "Paste %n node(s)", nullptr, int(fragment.nodes().size())));
    if (newNodeIds)
        newNodeIds->clear();

    int index = int(doc->model().nodes().size());
    for (Node n : fragment.nodes()) {
        const QString id = uniqueId(taken, ElementType::Node, n.id);
        nodeRename.insert(n.id, id);
        n.id = id;
        if (n.pos)
            n.pos = *n.pos + offset;
        if (const QString reason = taken.checkNewNode(n); !reason.isEmpty())
            return reject(reason);
        taken.appendNode(n);
        if (newNodeIds)
            newNodeIds->append(id);
        insertTake(doc, index++, std::move(n), false, cmd.get());
    }
    index = int(doc->model().data().size());
    for (DataAsset a : fragment.data()) {
        const QString id = uniqueId(taken, ElementType::DataAsset, a.id);
        assetRename.insert(a.id, id);
        a.id = id;
        a.owner = nodeRename.value(a.owner, a.owner);
        if (const QString reason = taken.checkNewDataAsset(a); !reason.isEmpty())
            return reject(reason);
        taken.appendDataAsset(a);
        insertTake(doc, index++, std::move(a), false, cmd.get());
    }
    index = int(doc->model().edges().size());
    for (Edge e : fragment.edges()) {
        e.id = uniqueId(taken, ElementType::Edge, e.id);
        e.source = nodeRename.value(e.source, e.source);
        e.target = nodeRename.value(e.target, e.target);
        for (QString &a : e.data)
            a = assetRename.value(a, a);
        if (const QString reason = taken.checkNewEdge(e); !reason.isEmpty())
            return reject(reason);
        taken.appendEdge(e);
        insertTake(doc, index++, std::move(e), false, cmd.get());
    }
    return cmd;
}

} // namespace wl::commands
