// One editor for one field of the format (FORMAT.md §1), with a line under it
// that says why a value was rejected. A finished edit is reported with
// edited(); setting the value from the model never emits, so showing the
// model can never push a command. The editor does not judge values: the
// properties dock hands them to the document's commands, whose rules decide.
#pragma once

#include "model/model.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace wl {

class FieldEditor : public QWidget {
    Q_OBJECT
public:
    enum class Style {
        Text, // QLineEdit
        Number, // QLineEdit, numbers in the editing locale; empty text for "none"
        Rating, // QSpinBox from 1 to 5
        Check, // QCheckBox
        Choice, // QComboBox with a fixed list
        EditableChoice, // QComboBox that also takes other text
        MultiLine, // QPlainTextEdit, finished when it loses focus
        Checklist, // checkable list shown by label; the value is the checked ids
    };

    FieldEditor(ElementType type, int field, Style style, QWidget *parent = nullptr);

    ElementType elementType() const { return m_type; }
    int field() const { return m_field; }
    Style style() const { return m_style; }
    // The widget that takes the input (QLineEdit, QComboBox, ...).
    QWidget *input() const { return m_input; }

    // The items of a Choice, EditableChoice or Checklist editor, shown by
    // `labels` (the value where a label is missing or empty), the value in
    // the item data (Qt::UserRole). A Checklist has the id in the tooltip
    // and a filter above it when it has more rows than it shows; an
    // EditableChoice takes a typed label as its value. Rebuilt only when
    // they differ.
    void setChoices(const QStringList &values, const QStringList &labels = {});
    // Shows a value of the form Model::value() gives; an editor that already
    // shows it is left alone, so its cursor and undo history survive.
    void setValue(const QVariant &value);
    QVariant value() const { return m_value; }

    // Red text for a rejection, readable on light and dark palettes alike.
    static QPalette errorPalette(QPalette palette);

    void showError(const QString &message);
    void clearError();
    QString errorText() const;

signals:
    // The user finished an edit. For a Checklist the value keeps the order
    // of the current list and appends newly checked ids.
    void edited(const QVariant &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createInput();
    void emitText(const QString &text);
    void applyFilter(const QString &text);

    ElementType m_type;
    int m_field;
    Style m_style;
    QVariant m_value;
    QWidget *m_input = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_filter = nullptr; // Checklist only
};

} // namespace wl
