#include "selection.h"

namespace wl {

Selection::Selection(Document *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
{
    connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
        // Only these can make a selected id disappear (removal, rename, a
        // new model); value edits and moves keep every id.
        const bool idsMayChange = e.kind == ChangeEvent::Kind::Reset
            || e.kind == ChangeEvent::Kind::ElementRemoved
            || (e.kind == ChangeEvent::Kind::ValueChanged && e.field == 0);
        if (e.kind == ChangeEvent::Kind::ValueChanged && e.field == 0)
            followRename(e.element, e.index);
        else if (idsMayChange)
            prune();
    });
}

QStringList Selection::ids(ElementType type) const
{
    QStringList out;
    for (const Item &i : m_items)
        if (i.type == type)
            out << i.id;
    return out;
}

bool Selection::contains(ElementType type, const QString &id) const
{
    return m_items.contains(Item { type, id });
}

std::optional<Selection::Item> Selection::single() const
{
    if (m_items.size() != 1)
        return std::nullopt;
    return m_items.first();
}

void Selection::set(const QVector<Item> &items)
{
    if (items == m_items)
        return;
    m_items = items;
    emit changed();
}

void Selection::followRename(ElementType type, int index)
{
    // One id changed: a selected id of that type that no longer exists was
    // the renamed element's old id.
    const QString newId = m_doc->model().value(type, index, 0).toString();
    QVector<Item> items = m_items;
    for (Item &i : items)
        if (i.type == type && !exists(i))
            i.id = newId;
    set(items);
}

bool Selection::exists(const Item &i) const
{
    const Model &m = m_doc->model();
    return (i.type == ElementType::Node && m.nodeIndex(i.id) >= 0)
        || (i.type == ElementType::DataAsset && m.dataIndex(i.id) >= 0)
        || (i.type == ElementType::Edge && m.edgeIndex(i.id) >= 0);
}

void Selection::prune()
{
    QVector<Item> kept;
    for (const Item &i : std::as_const(m_items))
        if (exists(i))
            kept << i;
    set(kept);
}

} // namespace wl
