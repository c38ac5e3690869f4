#include "elementdelegate.h"

#include "elementtablemodel.h"
#include "fieldediting.h"

#include <QComboBox>
#include <QLineEdit>

namespace wl {

QWidget *ElementDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QStringList choices = index.data(ElementTableModel::ChoicesRole).toStringList();
    if (choices.isEmpty()) {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        return edit;
    }
    auto *combo = new QComboBox(parent);
    combo->addItems(choices);
    combo->setEditable(index.data(ElementTableModel::ChoicesEditableRole).toBool());
    combo->setMaxVisibleItems(16);
    if (!combo->isEditable()) {
        // Picking from a fixed list is the whole edit. The editor factory is
        // const, the signals are not.
        auto *self = const_cast<ElementDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
    }
    return combo;
}

void ElementDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findText(value.toString());
        if (i >= 0)
            combo->setCurrentIndex(i);
        else if (combo->isEditable())
            combo->setCurrentText(value.toString());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(fieldediting::editorText(value));
        edit->selectAll();
    }
}

void ElementDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(
            index, fieldediting::typedValue(edit->text(), index.data(Qt::EditRole)), Qt::EditRole);
}

} // namespace wl
