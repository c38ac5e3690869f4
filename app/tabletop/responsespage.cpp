#include "responsespage.h"

#include "nodechoices.h"
#include "tables/fieldediting.h"

#include "commands/exercisecommands.h"
#include "format/format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wl::tabletop {

ResponsesPage::ResponsesPage(TabletopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_node(new QComboBox(this))
    , m_time(new QDoubleSpinBox(this))
    , m_add(new QPushButton(tr("Sever"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_node->setMinimumContentsLength(16);
    m_time->setRange(0.0, 1e9);
    m_time->setDecimals(2);
    m_time->setSuffix(tr(" h"));
    m_time->setToolTip(tr("When the connection is severed (exercise time); follows t"));
    m_add->setToolTip(tr("Sever every connection of the chosen node at this time"));
    row->addWidget(new QLabel(tr("Sever"), this));
    row->addWidget(m_node, 1);
    row->addWidget(new QLabel(tr("at t ="), this));
    row->addWidget(m_time);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &ResponsesPage::add);
    connect(m_remove, &QPushButton::clicked, this, &ResponsesPage::remove);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { m_remove->setEnabled(row >= 0); });
}

void ResponsesPage::setNodeChoices(const Model &m)
{
    showNodeChoices(m_node, m);
}

void ResponsesPage::refresh()
{
    const ExerciseSettings &s = m_session->settings();
    const Model &m = m_session->document()->model();
    const int row = m_list->currentRow();
    m_list->clear();
    for (const sim::TimedNode &r : s.responses) {
        m_list->addItem(tr("Sever %1 at t = %2 (%3)")
                            .arg(format::nodeName(m, r.node), format::duration(r.atHours),
                                exercise::clockText(s, r.atHours)));
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void ResponsesPage::setTime(double hours)
{
    m_time->setValue(hours);
}

void ResponsesPage::add()
{
    const QString node = m_node->currentData().toString();
    if (node.isEmpty()) {
        emit message(tr("Choose the node to sever."));
        return;
    }
    QString error;
    push(commands::addResponse(m_session->document(), node, m_time->value(), &error), error);
}

void ResponsesPage::remove()
{
    push(commands::removeResponse(m_session->document(), m_list->currentRow()), {});
}

void ResponsesPage::push(std::unique_ptr<QUndoCommand> command, const QString &error)
{
    fieldediting::pushOrReport(m_session->document(), std::move(command), error,
        [this](const QString &reason) { emit message(reason); });
}

} // namespace wl::tabletop
