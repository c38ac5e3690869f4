// Internal to core/commands: the two undo commands every edit of a Document is
// built from, one that changes a value and one that inserts or removes an
// element of a list.
#pragma once

#include "model/document.h"

#include <QUndoCommand>

#include <initializer_list>

namespace wl::commands::detail {

// Changes one value of the document, found through a Target:
//
//   struct Target {
//       using Value = ...; // comparable with ==
//       // Sets the value, which is `now` before the call, to `next`.
//       void apply(Document *doc, const Value &now, const Value &next) const;
//       // Whether an edit of `later` continues an edit of this target.
//       bool continuedBy(const Target &later) const;
//   };
//
// A Target addresses its value stably where it can (an element by id, so
// that sorting a view never redirects an undo; the model's name; the
// exercise settings). Lists the Document keeps by position (scenarios, log
// entries) are addressed by index: the stack runs commands strictly in
// reverse, so an index is the same entry whenever its command runs.
//
// Consecutive edits of one target merge into one undo step (QUndoStack calls
// mergeWith on push), so that stepping a spin box through three values is one
// step whose undo returns to the value before the first. A merge that ends
// where it began leaves nothing to undo and makes the command obsolete. A
// command that was undone never merges again: after undo and redo the next
// edit is a step of its own.
template<typename Target> class ValueCommand : public QUndoCommand {
public:
    using Value = typename Target::Value;

    ValueCommand(Document *doc, Target target, Value from, Value to, const QString &text,
        QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_doc(doc)
        , m_target(std::move(target))
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
    }

    void redo() override { m_target.apply(m_doc, m_from, m_to); }
    void undo() override
    {
        m_undone = true;
        m_target.apply(m_doc, m_to, m_from);
    }

    // One id for every instantiation: mergeWith tells them apart.
    int id() const override { return 0x574c; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *later = dynamic_cast<const ValueCommand *>(other);
        if (!later || m_undone || !m_target.continuedBy(later->m_target))
            return false;
        m_to = later->m_to;
        setText(later->text());
        setObsolete(m_to == m_from);
        return true;
    }

private:
    Document *m_doc;
    Target m_target;
    Value m_from;
    Value m_to;
    bool m_undone = false;
};

// The position of the one `true` among `changed` (one flag per field of a
// record, in a fixed order), or -1 if none or several are: a Target's field
// for a record that is replaced as a whole, so that only edits of the same
// single field merge.
inline int onlyChanged(std::initializer_list<bool> changed)
{
    int found = -1;
    int i = 0;
    for (bool c : changed) {
        if (c) {
            if (found >= 0)
                return -1;
            found = i;
        }
        ++i;
    }
    return found;
}

// Inserts (Step::Add) or removes (Step::Remove) one element at `index` through the
// Document's insert and take functions. Whichever step takes the element
// out keeps what it took, so anything stored in it in between (a
// scenario's result) travels with it. As a child of a larger command, whose
// children run in order and undo in reverse, the index is always valid when
// the child runs.
template<typename T, void (Document::*Insert)(int, T), T (Document::*Take)(int)>
class InsertTakeCommand : public QUndoCommand {
public:
    enum class Step { Add, Remove };

    InsertTakeCommand(Document *doc, int index, T item, Step step, const QString &text,
        QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_doc(doc)
        , m_index(index)
        , m_item(std::move(item))
        , m_remove(step == Step::Remove)
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
