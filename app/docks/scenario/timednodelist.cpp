#include "timednodelist.h"

#include "docks/fieldeditor.h"
#include "nodechoices.h"
#include "numberinput.h"
#include "tables/fieldediting.h"

#include "format/format.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wl {

using numberinput::parseHours;

TimedNodeList::TimedNodeList(
    const QString &name, const QString &timeTitle, const QString &addToolTip, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2))
    , m_picker(new QComboBox)
    , m_hours(new QLineEdit)
    , m_add(new QToolButton)
    , m_remove(new QToolButton)
{
    setObjectName(name);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setHorizontalHeaderLabels({ tr("Node"), timeTitle });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_table, &QTableWidget::itemChanged, this, &TimedNodeList::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });

    m_picker->setObjectName(name + QStringLiteral("Node"));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(8);
    m_picker->lineEdit()->setPlaceholderText(tr("Node id or name"));
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &TimedNodeList::add);

    m_hours->setObjectName(name + QStringLiteral("Hours"));
    m_hours->setPlaceholderText(QStringLiteral("0"));
    m_hours->setToolTip(timeTitle);
    m_hours->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
    m_hours->setAlignment(Qt::AlignRight);
    connect(m_hours, &QLineEdit::returnPressed, this, &TimedNodeList::add);

    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(addToolTip);
    connect(m_add, &QToolButton::clicked, this, &TimedNodeList::add);
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected rows"));
    m_remove->setEnabled(false);
    connect(m_remove, &QToolButton::clicked, this, &TimedNodeList::removeSelected);

    auto *picker = new QHBoxLayout;
    picker->addWidget(m_picker, 1);
    picker->addWidget(m_hours);
    picker->addWidget(new QLabel(tr("h")));
    picker->addWidget(m_add);
    picker->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_table);
    layout->addLayout(picker);
}

void TimedNodeList::setChoices(const Model &m)
{
    // Left alone while the nodes are the same: the user may be typing.
    const auto *shown = qobject_cast<const NodeChoicesModel *>(m_picker->model());
    if (shown && shown->lists(m))
        return;
    const QString typed = m_picker->currentText();
    // The box deletes the model it owned before, and its completer follows.
    m_picker->setModel(new NodeChoicesModel(m, m_picker));
    m_picker->setEditText(typed);
}

void TimedNodeList::setList(const QVector<sim::TimedNode> &list, const Model &m)
{
    m_updating = true;
    m_list = list;
    // Items are updated in place: this may run from inside the table's own
    // itemChanged, whose item must live on.
    m_table->setRowCount(int(list.size()));
    const QColor error = FieldEditor::errorPalette(palette()).color(QPalette::WindowText);
    for (int r = 0; r < list.size(); ++r) {
        QTableWidgetItem *node = m_table->item(r, 0);
        QTableWidgetItem *hours = m_table->item(r, 1);
        if (!node) {
            node = new QTableWidgetItem;
            node->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(r, 0, node);
            hours = new QTableWidgetItem;
            hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 1, hours);
        }
        const bool known = m.nodeIndex(list[r].node) >= 0;
        node->setText(format::nodeLabel(m, list[r].node));
        node->setData(Qt::UserRole, list[r].node);
        node->setData(Qt::ForegroundRole, known ? QVariant() : QVariant(error));
        node->setToolTip(known ? list[r].node
                               : tr("\"%1\" is not a node of the model: the scenario cannot run")
                                     .arg(list[r].node));
        hours->setText(fieldediting::editorText(list[r].atHours));
    }
    // As tall as its rows, from two to five; a longer list scrolls.
    const int rows = std::clamp(int(list.size()), 2, 5);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_updating = false;
}

void TimedNodeList::pickNode(const QString &id)
{
    if (m_picker->hasFocus())
        return;
    if (const int i = nodeChoiceRow(m_picker, id); i >= 0) {
        m_picker->setCurrentIndex(i);
        m_picker->lineEdit()->setCursorPosition(0); // the name, not the end of the id
    }
}

QString TimedNodeList::pickedId() const
{
    const QString text = m_picker->currentText().trimmed();
    int i = m_picker->findText(text, Qt::MatchFixedString);
    if (i < 0)
        i = nodeChoiceRow(m_picker, text); // an id typed as it is
    return i >= 0 ? m_picker->itemData(i).toString() : QString();
}

void TimedNodeList::add()
{
    const QString id = pickedId();
    if (id.isEmpty()) {
        const QString text = m_picker->currentText().trimmed();
        emit rejected(
            text.isEmpty() ? tr("Choose a node first.") : tr("There is no node \"%1\".").arg(text));
        return;
    }
    const std::optional<double> hours
        = m_hours->text().trimmed().isEmpty() ? 0.0 : parseHours(m_hours->text());
    if (!hours) {
        emit rejected(tr("A time is a number of hours, 0 or more."));
        return;
    }
    QVector<sim::TimedNode> list = m_list;
    // One row per node: adding a listed node again sets its time.
    const auto it = std::find_if(
        list.begin(), list.end(), [&id](const sim::TimedNode &t) { return t.node == id; });
    if (it != list.end())
        it->atHours = *hours;
    else
        list.append({ id, *hours });
    if (list != m_list)
        emit edited(list);
}

void TimedNodeList::removeSelected()
{
    QVector<sim::TimedNode> list;
    for (int r = 0; r < m_list.size(); ++r)
        if (!m_table->item(r, 0)->isSelected())
            list.append(m_list[r]);
    if (list != m_list)
        emit edited(list);
}

void TimedNodeList::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating || item->column() != 1)
        return;
    const int row = item->row();
    const std::optional<double> hours = parseHours(item->text());
    if (!hours) {
        emit rejected(tr("A time is a number of hours, 0 or more."));
        m_updating = true;
        item->setText(fieldediting::editorText(m_list[row].atHours));
        m_updating = false;
        return;
    }
    QVector<sim::TimedNode> list = m_list;
    list[row].atHours = *hours;
    if (list != m_list)
        emit edited(list);
}

} // namespace wl
