#include "propertiesdock.h"

#include "fieldeditor.h"
#include "tables/elementtablemodel.h"
#include "tables/fieldediting.h"

#include "commands/commands.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wl {

namespace {

using Style = FieldEditor::Style;

int typeIndex(ElementType type)
{
    return int(type);
}

Style styleOf(ElementType type, int field)
{
    switch (type) {
    case ElementType::Node:
        switch (NodeField(field)) {
        case NodeField::Kind: return Style::EditableChoice;
        case NodeField::GdprRole: return Style::Choice;
        case NodeField::BreachLikelihood:
        case NodeField::ControlStrength:
        case NodeField::X:
        case NodeField::Y: return Style::Number;
        case NodeField::Criticality: return Style::Rating;
        case NodeField::Pinned: return Style::Check;
        case NodeField::Notes: return Style::MultiLine;
        default: return Style::Text;
        }
    case ElementType::DataAsset:
        switch (DataField(field)) {
        case DataField::Owner: return Style::Choice;
        case DataField::Category: return Style::EditableChoice;
        case DataField::Records: return Style::Number;
        case DataField::Sensitivity: return Style::Rating;
        case DataField::Personal: return Style::Check;
        default: return Style::Text;
        }
    case ElementType::Edge:
        switch (EdgeField(field)) {
        case EdgeField::Source:
        case EdgeField::Target: return Style::Choice;
        case EdgeField::Integration: return Style::EditableChoice;
        case EdgeField::Data: return Style::Checklist;
        case EdgeField::PForward:
        case EdgeField::PBackward:
        case EdgeField::DelayHours:
        case EdgeField::ContractNotificationSlaHours: return Style::Number;
        case EdgeField::ContractDpa:
        case EdgeField::ContractAuditRight: return Style::Check;
        case EdgeField::ContractTransferMechanism: return Style::Choice;
        default: return Style::Text;
        }
    }
    return Style::Text;
}

} // namespace

PropertiesDock::PropertiesDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_header(new QLabel)
    , m_stack(new QStackedWidget)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("propertiesDock"));

    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(8, 6, 8, 2);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);

    for (ElementType type : { ElementType::Node, ElementType::DataAsset, ElementType::Edge }) {
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(createForm(type));
        m_forms[typeIndex(type)] = scroll;
        m_stack->addWidget(scroll);
    }

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    setWidget(content);

    connect(m_selection, &Selection::changed, this, &PropertiesDock::showSelection);
    connect(m_document, &Document::changed, this, &PropertiesDock::onDocumentChanged);
    showSelection();
}

QWidget *PropertiesDock::createForm(ElementType type)
{
    auto *page = new QWidget;
    page->setObjectName(type == ElementType::Node ? QStringLiteral("nodeForm")
            : type == ElementType::DataAsset      ? QStringLiteral("dataAssetForm")
                                                  : QStringLiteral("edgeForm"));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    layout->addLayout(form);

    QVector<FieldEditor *> &editors = m_editors[typeIndex(type)];
    for (int field = 0; field < ElementTableModel::fieldCount(type); ++field) {
        auto *editor = new FieldEditor(type, field, styleOf(type, field), page);
        editor->setObjectName(fieldKey(type, field));
        connect(editor, &FieldEditor::edited, this,
            [this, editor](const QVariant &value) { commit(editor, value); });
        editors.append(editor);

        if (type == ElementType::Edge && field == int(EdgeField::ContractDpa)) {
            // The agreement behind the flow, under its own heading.
            auto *heading = new QLabel(tr("<b>Contract</b>"), page);
            heading->setObjectName(QStringLiteral("contractHeading"));
            heading->setToolTip(
                tr("The agreement behind this flow; the notification obligations and the "
                   "contract overlay read it"));
            form->addRow(heading);
        }
        auto *label = new QLabel(ElementTableModel::fieldTitle(type, field) + u':', page);
        label->setToolTip(tr("Model JSON key: %1").arg(fieldKey(type, field)));
        label->setBuddy(editor->input());
        // A checklist takes the form's whole width, under its label, so that
        // names have room.
        if (editor->style() == Style::Checklist) {
            form->addRow(label);
            form->addRow(editor);
        } else {
            form->addRow(label, editor);
        }
    }

    if (auto *edit = qobject_cast<QLineEdit *>(editors[0]->input()))
        edit->setPlaceholderText(tr("required, unique"));
    if (type == ElementType::Node) {
        for (NodeField f : { NodeField::X, NodeField::Y })
            static_cast<QLineEdit *>(editors[int(f)]->input())
                ->setPlaceholderText(tr("not placed"));
        static_cast<QLineEdit *>(editors[int(NodeField::Jurisdiction)]->input())
            ->setPlaceholderText(tr("e.g. US, EU, DE"));
        static_cast<QLineEdit *>(editors[int(NodeField::Tags)]->input())
            ->setPlaceholderText(tr("comma-separated"));
        layout->addWidget(createAssetSection());
    }
    if (type == ElementType::DataAsset)
        static_cast<QLineEdit *>(editors[int(DataField::SubjectJurisdictions)]->input())
            ->setPlaceholderText(tr("where the people are, e.g. EU, US-CA"));
    if (type == ElementType::Edge) {
        static_cast<QLineEdit *>(editors[int(EdgeField::ContractNotificationSlaHours)]->input())
            ->setPlaceholderText(tr("none (24 h assumed)"));
        static_cast<QLineEdit *>(editors[int(EdgeField::ContractReviewed)]->input())
            ->setPlaceholderText(tr("YYYY-MM-DD"));
    }
    layout->addStretch(1);
    return page;
}

QWidget *PropertiesDock::createAssetSection()
{
    auto *box = new QGroupBox(tr("Data assets owned"));
    box->setObjectName(QStringLiteral("dataAssets"));
    auto *layout = new QVBoxLayout(box);

    m_assetRows = new QVBoxLayout;
    m_assetRows->setSpacing(2);
    layout->addLayout(m_assetRows);

    m_assetError = new QLabel(box);
    m_assetError->setWordWrap(true);
    m_assetError->setPalette(FieldEditor::errorPalette(m_assetError->palette()));
    m_assetError->hide();
    layout->addWidget(m_assetError);

    auto *add = new QPushButton(tr("Add data asset"), box);
    add->setObjectName(QStringLiteral("addDataAsset"));
    add->setToolTip(tr("Add a data asset owned by this node"));
    connect(add, &QPushButton::clicked, this, &PropertiesDock::addDataAsset);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

FieldEditor *PropertiesDock::fieldEditor(ElementType type, int field) const
{
    const QVector<FieldEditor *> &editors = m_editors[typeIndex(type)];
    return field >= 0 && field < editors.size() ? editors[field] : nullptr;
}

void PropertiesDock::showSelection()
{
    if (m_committing)
        return;
    clearErrors();
    const QVector<Selection::Item> &items = m_selection->items();
    if (items.isEmpty()) {
        showMessage(hint());
        return;
    }
    if (items.size() > 1) {
        showMessage(tr("%1 elements selected").arg(items.size()));
        return;
    }
    m_shown = items.first();
    m_stack->setCurrentWidget(m_forms[typeIndex(m_shown->type)]);
    m_header->show();
    refresh();
}

QString PropertiesDock::hint()
{
    return tr("Select a node, an edge or a data asset to see and edit its properties.");
}

void PropertiesDock::showMessage(const QString &text)
{
    m_shown.reset();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_header->hide();
}

void PropertiesDock::onDocumentChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::NameChanged: return;
    case ChangeEvent::Kind::Reset: showSelection(); return;
    default: break;
    }
    if (!m_shown)
        return;
    // Ids are unique and one edit renames one element: if the shown id is
    // gone after a rename of its type, the shown element was renamed.
    if (event.kind == ChangeEvent::Kind::ValueChanged && event.field == 0
        && event.element == m_shown->type && shownIndex() < 0)
        m_shown->id = m_document->model().value(event.element, event.index, 0).toString();
    // Not only the shown element's own events: the form also shows node ids,
    // data assets and the vocabulary in use, which any edit may change.
    refresh();
}

int PropertiesDock::shownIndex() const
{
    return m_shown ? m_document->model().index(m_shown->type, m_shown->id) : -1;
}

void PropertiesDock::refresh()
{
    const int index = shownIndex();
    if (index < 0) {
        // Removed: the selection drops it too and then says what to show.
        showMessage(hint());
        return;
    }
    const Model &m = m_document->model();
    const ElementType type = m_shown->type;
    m_header->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2")
                          .arg(ElementTableModel::elementLabel(type).toHtmlEscaped(),
                              m_shown->id.toHtmlEscaped()));
    for (FieldEditor *editor : std::as_const(m_editors[typeIndex(type)])) {
        const int field = editor->field();
        if (editor->style() == Style::Checklist) {
            QStringList ids;
            QStringList names;
            for (const DataAsset &a : m.data()) {
                ids << a.id;
                names << a.name;
            }
            editor->setChoices(ids, names);
        } else if (editor->style() == Style::Choice || editor->style() == Style::EditableChoice) {
            editor->setChoices(
                fieldediting::choices(m, type, field), fieldediting::choiceLabels(m, type, field));
        }
        editor->setValue(m.value(type, index, field));
    }
    if (type == ElementType::Node)
        refreshAssets(m.nodes()[index]);
}

void PropertiesDock::refreshAssets(const Node &node)
{
    QVector<const DataAsset *> owned;
    QStringList shown;
    for (const DataAsset &a : m_document->model().data()) {
        if (a.owner == node.id) {
            owned << &a;
            shown << a.id + u'\n' + a.name;
        }
    }
    if (shown == m_assetRowsShown && m_assetRows->count() > 0)
        return;
    m_assetRowsShown = shown;

    // A row's own delete button may be what triggered this refresh, so rows
    // go later; they leave the dock at once.
    while (QLayoutItem *item = m_assetRows->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    if (owned.isEmpty()) {
        auto *none = new QLabel(tr("None"));
        none->setObjectName(QStringLiteral("noDataAssets"));
        none->setForegroundRole(QPalette::PlaceholderText);
        m_assetRows->addWidget(none);
        none->show();
        return;
    }
    for (const DataAsset *a : std::as_const(owned)) {
        const QString id = a->id;
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);

        auto *link = new QLabel(QStringLiteral("<a href=\"#\">%1</a>")
                                    .arg((a->name.isEmpty() ? id : a->name).toHtmlEscaped()));
        link->setObjectName(QStringLiteral("open:") + id);
        link->setWordWrap(true);
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setToolTip(tr("%1 (%2): show its properties").arg(id, a->category));
        connect(link, &QLabel::linkActivated, this, [this, id] {
            m_selection->set({ { ElementType::DataAsset, id } });
        });
        layout->addWidget(link, 1);

        auto *remove = new QToolButton;
        remove->setObjectName(QStringLiteral("delete:") + id);
        remove->setText(tr("Delete"));
        remove->setToolTip(tr("Delete data asset %1; edges stop carrying it").arg(id));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [this, id] { deleteDataAsset(id); });
        layout->addWidget(remove);

        m_assetRows->addWidget(row);
        // Now, not on the next turn of the event loop as the layout would.
        row->show();
    }
}

void PropertiesDock::commit(FieldEditor *editor, const QVariant &value)
{
    const int index = shownIndex();
    if (index < 0 || editor->elementType() != m_shown->type)
        return;
    const ElementType type = editor->elementType();
    const int field = editor->field();
    // The reason alone: the field's label already says which field it is.
    const QString reason = m_document->model().checkValue(type, index, field, value);
    if (!reason.isEmpty()) {
        clearErrors();
        editor->showError(reason);
    } else if (std::unique_ptr<QUndoCommand> command
        = commands::setValue(m_document, type, index, field, value, nullptr)) {
        // Only a real change clears reasons: leaving a field that was just
        // reverted finishes an unchanged edit.
        clearErrors();
        m_committing = true;
        m_document->undoStack()->push(command.release());
        m_committing = false;
        // The selection drops a renamed element; the dock keeps showing it.
        if (field == 0 && m_selection->isEmpty())
            m_selection->set({ *m_shown });
    }
    // Back to the model's value: the old one after a rejection, the
    // normalised one ("0.50" → "0.5") otherwise.
    if (const int now = shownIndex(); now >= 0)
        editor->setValue(m_document->model().value(type, now, field));
}

void PropertiesDock::clearErrors()
{
    for (const QVector<FieldEditor *> &editors : m_editors)
        for (FieldEditor *editor : editors)
            editor->clearError();
    if (m_assetError)
        m_assetError->hide();
}

void PropertiesDock::addDataAsset()
{
    const int index = shownIndex();
    if (index < 0 || m_shown->type != ElementType::Node)
        return;
    const Model &m = m_document->model();
    const Node &node = m.nodes()[index];
    DataAsset asset;
    asset.id = commands::uniqueId(m, ElementType::DataAsset, node.id + QStringLiteral("_data"));
    asset.name = asset.id;
    asset.owner = node.id;
    QString error;
    std::unique_ptr<QUndoCommand> command = commands::addDataAsset(m_document, asset, &error);
    if (!fieldediting::pushOrReport(
            m_document, std::move(command), error, [this](const QString &reason) {
                m_assetError->setText(reason);
                m_assetError->show();
            }))
        return;
    // Straight to the new asset's form, ready to be named.
    m_selection->set({ { ElementType::DataAsset, asset.id } });
    auto *name = static_cast<QLineEdit *>(
        fieldEditor(ElementType::DataAsset, int(DataField::Name))->input());
    name->setFocus();
    name->selectAll();
}

void PropertiesDock::deleteDataAsset(const QString &id)
{
    if (std::unique_ptr<QUndoCommand> command
        = commands::removeElements(m_document, {}, {}, { id }))
        m_document->undoStack()->push(command.release());
}

} // namespace wl
