// The "Properties" dock: a form for the one selected node, data asset or
// edge, one editor per field of the format. Every edit is one undoable
// command on the document; a rejected value is explained under its field and
// the editor goes back to the model's value. The form follows the document's
// change signal alone, so undo, the tables and the canvas show through it.
// For a node it also lists the data assets the node owns, to open, add or
// delete them.
#pragma once

#include "selection.h"

#include <QDockWidget>

#include <array>
#include <optional>

class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace wl {

class FieldEditor;

class PropertiesDock : public QDockWidget {
    Q_OBJECT
public:
    PropertiesDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    // The editor of one field, e.g. to focus it.
    FieldEditor *fieldEditor(ElementType type, int field) const;

private:
    QWidget *createForm(ElementType type);
    QWidget *createAssetSection();
    void showSelection();
    static QString hint();
    void showMessage(const QString &text);
    void onDocumentChanged(const ChangeEvent &event);
    // Index of the shown element in the model, -1 if there is none.
    int shownIndex() const;
    void refresh();
    void refreshAssets(const Node &node);
    void commit(FieldEditor *editor, const QVariant &value);
    void clearErrors();
    void addDataAsset();
    void deleteDataAsset(const QString &id);

    Document *m_document;
    Selection *m_selection;
    std::optional<Selection::Item> m_shown;
    // While the dock pushes a command, the selection may briefly lose a
    // renamed element; the dock shows the outcome once the push is done.
    bool m_committing = false;

    QLabel *m_header;
    QStackedWidget *m_stack;
    QLabel *m_message;
    std::array<QWidget *, 3> m_forms {};
    std::array<QVector<FieldEditor *>, 3> m_editors;

    QVBoxLayout *m_assetRows = nullptr;
    QStringList m_assetRowsShown; // "id\nname" per row, to rebuild only on change
    QLabel *m_assetError = nullptr;
};

} // namespace wl
