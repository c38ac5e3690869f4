// What the user has selected, shared by the canvas, the tables and the
// properties dock so that selecting in one shows in the others. Elements are
// named by type and id; a selection that outlives its elements is pruned
// when the document changes.
#pragma once

#include "model/document.h"

#include <QObject>
#include <QVector>

namespace wl {

class Selection : public QObject {
    Q_OBJECT
public:
    struct Item {
        ElementType type;
        QString id;
        friend bool operator==(const Item &, const Item &) = default;
    };

    explicit Selection(Document *doc, QObject *parent = nullptr);

    const QVector<Item> &items() const { return m_items; }
    QStringList ids(ElementType type) const;
    bool contains(ElementType type, const QString &id) const;
    bool isEmpty() const { return m_items.isEmpty(); }
    // The single selected element, if exactly one is selected.
    std::optional<Item> single() const;

    void set(const QVector<Item> &items);
    void clear() { set({}); }

signals:
    void changed();

private:
    void prune();
    void followRename(ElementType type, int index);
    bool exists(const Item &i) const;

    Document *m_doc;
    QVector<Item> m_items;
};

} // namespace wl
