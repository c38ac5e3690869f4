// One table over one element type of a Document: a row per element, a
// column per field (model.h order). Reads through Model::value(), writes
// through undoable commands, and updates only from Document::changed.
#pragma once

#include "model/document.h"

#include <QAbstractTableModel>

namespace wl {

class ElementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        // A value that orders like the field: numbers as numbers, absent
        // coordinates last.
        SortRole = Qt::UserRole + 1,
        // QStringList of values a combo box offers, empty for free text.
        ChoicesRole,
        // bool: whether the combo box accepts values outside ChoicesRole.
        ChoicesEditableRole,
        // What the table's filter matches: the text shown and, where it
        // differs, the format's value ("Internal service" and
        // internal_service).
        SearchRole,
    };

    ElementTableModel(Document *document, ElementType type, QObject *parent = nullptr);

    ElementType elementType() const { return m_type; }
    Document *document() const { return m_document; }

    // "Node", "Data asset", "Edge".
    static QString elementLabel(ElementType type);
    // A readable, translated column title for a field ("Breach likelihood").
    static QString fieldTitle(ElementType type, int field);
    static int fieldCount(ElementType type);
    // The SortRole value of an element's field in `m` (a copy of the
    // document's model, on a worker).
    static QVariant sortValue(const Model &m, ElementType type, int element, int field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit broke a rule of the format; `message` names the element, the
    // field and the rule ("Node api: breach_likelihood: must be a number
    // from 0 to 1").
    void editRejected(const QString &message);

private:
    void onDocumentChanged(const ChangeEvent &event);
    bool isValidCell(const QModelIndex &index) const;
    // The element shown in `row`, or -1 while that row is being inserted
    // or removed (see m_pending).
    int elementIndex(int row) const;
    bool isBoolField(int field) const;
    bool isNumericField(int field) const;
    QString displayText(int element, int field) const;

    Document *m_document;
    ElementType m_type;
    // The Document announces structural changes after the fact, while item
    // models must announce them before. Between begin* and end* the table
    // therefore still shows the old rows: m_rows is the row count the
    // views know, and m_pending maps rows around the element that is
    // already inserted into (or removed from) the model.
    int m_rows = 0;
    enum class Pending { None, Insert, Remove };
    Pending m_pending = Pending::None;
    int m_pendingIndex = -1;
};

} // namespace wl
