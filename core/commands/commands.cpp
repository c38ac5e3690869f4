#include "commands.h"

#include <QCoreApplication>

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

QString key(ElementType type, int field)
{
    switch (type) {
    case ElementType::Node: return fieldKey(NodeField(field));
    case ElementType::DataAsset: return fieldKey(DataField(field));
    case ElementType::Edge: return fieldKey(EdgeField(field));
    }
    return {};
}

int indexOf(const Model &m, ElementType type, const QString &id)
{
    switch (type) {
    case ElementType::Node: return m.nodeIndex(id);
    case ElementType::DataAsset: return m.dataIndex(id);
    case ElementType::Edge: return m.edgeIndex(id);
    }
    return -1;
}

// Addresses its element by id rather than by row, so that sorting or
// filtering a view never redirects an undo. An edit of the id itself is
// looked up by the id that holds before the step being applied.
class SetValueCommand : public QUndoCommand {
public:
    SetValueCommand(Document *doc, ElementType type, QString id, int field, QVariant oldValue,
        QVariant newValue)
        : m_doc(doc)
        , m_type(type)
        , m_id(std::move(id))
        , m_field(field)
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue))
    {
        setText(QCoreApplication::translate("commands", "Change %1 of %2 \"%3\"")
                    .arg(key(type, field), elementLabel(type), m_id));
    }

    void redo() override { apply(m_id, m_new); }
    void undo() override { apply(isIdField() ? m_new.toString() : m_id, m_old); }

private:
    bool isIdField() const { return m_field == 0; } // Id is field 0 of every element type

    void apply(const QString &currentId, const QVariant &v)
    {
        const int index = indexOf(m_doc->model(), m_type, currentId);
        Q_ASSERT(index >= 0);
        m_doc->setValue(m_type, index, m_field, v);
    }

    Document *m_doc;
    ElementType m_type;
    QString m_id;
    int m_field;
    QVariant m_old;
    QVariant m_new;
};

class SetNameCommand : public QUndoCommand {
public:
    SetNameCommand(Document *doc, QString oldName, QString newName)
        : QUndoCommand(QCoreApplication::translate("commands", "Rename model"))
        , m_doc(doc)
        , m_old(std::move(oldName))
        , m_new(std::move(newName))
    {
    }
    void redo() override { m_doc->setName(m_new); }
    void undo() override { m_doc->setName(m_old); }

private:
    Document *m_doc;
    QString m_old;
    QString m_new;
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
            *error = key(type, field) + QStringLiteral(": ") + reason;
        return nullptr;
    }
    const QVariant oldValue = m.value(type, index, field);
    const QVariant normalised = Model::normalizedValue(type, field, value);
    if (error)
        error->clear();
    if (normalised == oldValue)
        return nullptr;
    const QString id = m.value(type, index, 0).toString();
    return std::make_unique<SetValueCommand>(doc, type, id, field, oldValue, normalised);
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
    return std::make_unique<SetNameCommand>(doc, doc->model().name, name);
}

} // namespace wl::commands
