// Editors for ElementTableModel cells: a combo box where the model offers
// choices (fixed for GDPR roles and node references, editable for the open
// vocabularies), a line edit otherwise. Numbers are shown and typed in the
// user's locale; everything else reaches the model as typed, so the model's
// own rules decide what is acceptable.
#pragma once

#include <QStyledItemDelegate>

namespace wl {

class ElementDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace wl
