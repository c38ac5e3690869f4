#include "elementdelegate.h"

#include "elementtablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>

namespace wl {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong: return true;
    default: return false;
    }
}

// Without group separators, shown or accepted: they are noise while typing,
// and "0.350" must not become 350 where '.' groups thousands.
QLocale editingLocale()
{
    QLocale locale;
    locale.setNumberOptions(
        locale.numberOptions() | QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

QString editorText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
        return editingLocale().toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Int:
    case QMetaType::LongLong: return editingLocale().toString(v.toLongLong());
    case QMetaType::QStringList: return v.toStringList().join(QStringLiteral(", "));
    default: return v.toString();
    }
}

// Text typed into a numeric cell (or an absent coordinate) in the user's
// locale becomes a number; anything else is passed on as text for the
// model to accept (C-locale numbers) or reject with its reason.
QVariant typedValue(const QString &text, const QVariant &current)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || (current.isValid() && !isNumber(current)))
        return text;
    bool ok = false;
    if (current.typeId() == QMetaType::Int || current.typeId() == QMetaType::LongLong) {
        const qlonglong i = editingLocale().toLongLong(trimmed, &ok);
        if (ok)
            return i;
    }
    const double d = editingLocale().toDouble(trimmed, &ok);
    return ok ? QVariant(d) : QVariant(text);
}

} // namespace

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
        edit->setText(editorText(value));
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
        model->setData(index, typedValue(edit->text(), index.data(Qt::EditRole)), Qt::EditRole);
}

} // namespace wl
