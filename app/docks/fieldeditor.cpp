#include "fieldeditor.h"

#include "tables/fieldediting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace wl {

namespace {

// Enough to see a short list whole; longer ones scroll and get a filter.
constexpr int kChecklistVisibleRows = 8;
// Never fewer rows than this, so that one item is never a bare scroll bar.
constexpr int kChecklistMinimumRows = 3;
constexpr int kNotesVisibleLines = 4;

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    texts.reserve(combo->count());
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

QStringList itemValues(const QComboBox *combo)
{
    QStringList values;
    values.reserve(combo->count());
    for (int i = 0; i < combo->count(); ++i)
        values.append(combo->itemData(i).toString());
    return values;
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    texts.reserve(list->count());
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

// A checklist row shows the label, or the id where the label is empty.
QStringList shownLabels(const QStringList &values, const QStringList &labels)
{
    QStringList shown;
    shown.reserve(values.size());
    for (int i = 0; i < values.size(); ++i)
        shown.append(labels.value(i).isEmpty() ? values[i] : labels[i]);
    return shown;
}

QStringList itemIds(const QListWidget *list)
{
    QStringList ids;
    ids.reserve(list->count());
    for (int i = 0; i < list->count(); ++i)
        ids.append(list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

} // namespace

FieldEditor::FieldEditor(ElementType type, int field, Style style, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
    , m_field(field)
    , m_style(style)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_input = createInput();
    m_input->installEventFilter(this);
    if (style == Style::Checklist) {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(QStringLiteral("checklistFilter"));
        m_filter->setPlaceholderText(tr("Filter by name or id…"));
        m_filter->setClearButtonEnabled(true);
        m_filter->hide();
        connect(m_filter, &QLineEdit::textChanged, this, &FieldEditor::applyFilter);
        layout->addWidget(m_filter);
    }
    layout->addWidget(m_input);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setPalette(errorPalette(m_error->palette()));
    m_error->hide();
    layout->addWidget(m_error);
}

QWidget *FieldEditor::createInput()
{
    switch (m_style) {
    case Style::Text:
    case Style::Number: {
        auto *edit = new QLineEdit(this);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { emitText(edit->text()); });
        return edit;
    }
    case Style::Rating: {
        auto *spin = new QSpinBox(this);
        spin->setRange(1, 5);
        // One command per finished entry or step, not per keystroke.
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, [this](int v) { emit edited(v); });
        return spin;
    }
    case Style::Check: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::clicked, this, [this](bool on) { emit edited(on); });
        return check;
    }
    case Style::Choice:
    case Style::EditableChoice: {
        auto *combo = new QComboBox(this);
        combo->setMaxVisibleItems(16);
        connect(combo, &QComboBox::activated, this,
            [this, combo](int i) { emit edited(combo->itemData(i)); });
        if (m_style == Style::EditableChoice) {
            combo->setEditable(true);
            // New values belong in the model, which offers them as choices
            // once they are used, not in this one combo box.
            combo->setInsertPolicy(QComboBox::NoInsert);
            // A label typed (in any case) means its value; other text is
            // taken as written.
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, combo] {
                const QString text = combo->currentText();
                const int i = combo->findText(text, Qt::MatchFixedString);
                emit edited(i >= 0 ? combo->itemData(i) : QVariant(text));
            });
        }
        return combo;
    }
    case Style::MultiLine: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(
            text->fontMetrics().lineSpacing() * kNotesVisibleLines + 2 * text->frameWidth() + 8);
        return text;
    }
    case Style::Checklist: {
        auto *list = new QListWidget(this);
        list->setUniformItemSizes(true);
        // Long names are elided (whole in the tooltip), never scrolled.
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
        connect(list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
            const QString id = item->data(Qt::UserRole).toString();
            QStringList ids = m_value.toStringList();
            if (item->checkState() == Qt::Checked) {
                if (!ids.contains(id))
                    ids.append(id);
            } else {
                ids.removeAll(id);
            }
            emit edited(ids);
        });
        return list;
    }
    }
    Q_UNREACHABLE();
}

void FieldEditor::emitText(const QString &text)
{
    // Leaving a rounded number as shown keeps the value it stands for.
    if (m_style == Style::Number && text == fieldediting::shownText(m_type, m_field, m_value)) {
        emit edited(m_value);
        return;
    }
    emit edited(m_style == Style::Number ? fieldediting::typedValue(text, m_value) : text);
}

void FieldEditor::setChoices(const QStringList &values, const QStringList &labels)
{
    const QSignalBlocker blocker(m_input);
    const QStringList shown = shownLabels(values, labels);
    if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        if (itemValues(combo) == values && itemTexts(combo) == shown)
            return;
        const QString currentText = combo->currentText();
        const QVariant current = combo->currentData();
        combo->clear();
        for (int i = 0; i < values.size(); ++i)
            combo->addItem(shown[i], values[i]);
        combo->setCurrentIndex(combo->findData(current));
        if (combo->isEditable() && combo->currentIndex() < 0)
            combo->setEditText(currentText);
        return;
    }
    auto *list = qobject_cast<QListWidget *>(m_input);
    if (!list)
        return;
    if (itemIds(list) == values && itemTexts(list) == shown)
        return;
    list->clear();
    for (int i = 0; i < values.size(); ++i) {
        auto *item = new QListWidgetItem(shown[i], list);
        item->setData(Qt::UserRole, values[i]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren);
        item->setCheckState(Qt::Unchecked);
        // No width of its own: rows are as wide as the list, text elided.
        item->setSizeHint(QSize(1,
            std::max(list->fontMetrics().height(),
                list->style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, list))
                + 6));
        item->setToolTip(
            shown[i] == values[i] ? values[i] : tr("%1\nid: %2").arg(shown[i], values[i]));
    }
    const int rows = std::clamp(int(values.size()), kChecklistMinimumRows, kChecklistVisibleRows);
    const int rowHeight
        = values.isEmpty() ? list->fontMetrics().height() + 4 : list->sizeHintForRow(0);
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth());
    m_filter->setVisible(values.size() > kChecklistVisibleRows);
    if (!m_filter->isVisibleTo(this))
        m_filter->clear();
    applyFilter(m_filter->text());
}

void FieldEditor::applyFilter(const QString &text)
{
    auto *list = static_cast<QListWidget *>(m_input);
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive)
            && !item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
    }
}

void FieldEditor::setValue(const QVariant &value)
{
    const QSignalBlocker blocker(m_input);
    m_value = value;
    switch (m_style) {
    case Style::Text:
    case Style::Number: {
        auto *edit = static_cast<QLineEdit *>(m_input);
        const QString text = fieldediting::shownText(m_type, m_field, value);
        if (edit->text() != text) {
            edit->setText(text);
            // The start of a long name, not its end.
            edit->setCursorPosition(0);
        }
        break;
    }
    case Style::Rating: static_cast<QSpinBox *>(m_input)->setValue(value.toInt()); break;
    case Style::Check: static_cast<QCheckBox *>(m_input)->setChecked(value.toBool()); break;
    case Style::Choice:
    case Style::EditableChoice: {
        auto *combo = static_cast<QComboBox *>(m_input);
        const QString text = value.toString();
        combo->setCurrentIndex(combo->findData(text));
        if (combo->isEditable() && combo->currentIndex() < 0 && combo->currentText() != text)
            combo->setEditText(text);
        break;
    }
    case Style::MultiLine: {
        auto *edit = static_cast<QPlainTextEdit *>(m_input);
        const QString text = value.toString();
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
        break;
    }
    case Style::Checklist: {
        auto *list = static_cast<QListWidget *>(m_input);
        const QStringList checked = value.toStringList();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(checked.contains(item->data(Qt::UserRole).toString())
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
        break;
    }
    }
}

QPalette FieldEditor::errorPalette(QPalette palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(
        QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    return palette;
}

void FieldEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void FieldEditor::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString FieldEditor::errorText() const
{
    return m_error->text();
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusOut:
        // A context menu interrupts the edit rather than finishing it.
        if (m_style == Style::MultiLine
            && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            emit edited(static_cast<QPlainTextEdit *>(m_input)->toPlainText());
        break;
    case QEvent::Wheel:
        // Scrolling the form over a spin or combo box must not change its
        // value, and with it the model: the ignored event scrolls the form.
        if ((m_style == Style::Rating || m_style == Style::Choice
                || m_style == Style::EditableChoice)
            && !m_input->hasFocus()) {
            event->ignore();
            return true;
        }
        break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wl
