// Internal to core/commands: the undo command for one element of a list the
// Document keeps outside the model's elements (scenarios, log entries).
#pragma once

#include "model/document.h"

#include <QUndoCommand>

namespace wl::commands::detail {

// Inserts (or, with `remove`, removes) one element at `index` through the
// Document's insert and take functions. Whichever step takes the element
// out keeps what it took, so anything stored in it in between (a
// scenario's result) travels with it.
template<typename T, void (Document::*Insert)(int, T), T (Document::*Take)(int)>
class InsertTakeCommand : public QUndoCommand {
public:
    InsertTakeCommand(Document *doc, int index, T item, bool remove, const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_index(index)
        , m_item(std::move(item))
        , m_remove(remove)
    {
    }

    void redo() override { m_remove ? take() : insert(); }
    void undo() override { m_remove ? insert() : take(); }

private:
    void insert() { (m_doc->*Insert)(m_index, m_item); }
    void take() { m_item = (m_doc->*Take)(m_index); }

    Document *m_doc;
    int m_index;
    T m_item;
    bool m_remove;
};

} // namespace wl::commands::detail
