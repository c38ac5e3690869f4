#include "mergeconflictsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wl {

namespace {

using interchange::Resolution;

enum Column { Theirs, Mine, Differences, Choice, ColumnCount };

QString shown(const QVariant &v)
{
    const QString text = v.toString();
    return text.size() > 60 ? text.left(59) + QStringLiteral("…") : text;
}

} // namespace

MergeConflictsDialog::MergeConflictsDialog(
    const Model &mine, const Model &theirs, const interchange::MergePlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(plan.conflicts.size()), ColumnCount, this))
{
    setWindowTitle(tr("Review Merge Conflicts"));
    setObjectName(QStringLiteral("mergeConflictsDialog"));
    auto *intro = new QLabel(tr("%1 nodes of the imported file match nodes of the document but "
                                "disagree with them. Nothing changes until you merge; the merge "
                                "is one step to undo.")
                                 .arg(plan.conflicts.size()),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({ tr("Imported node"), tr("Document node"),
        tr("Differences (mine → theirs)"), tr("Resolution") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    for (int row = 0; row < plan.conflicts.size(); ++row) {
        const interchange::MergeConflict &c = plan.conflicts[row];
        const Node &t = *theirs.node(c.theirId);
        const Node &m = *mine.node(c.myId);
        QStringList differences;
        for (const NodeField field : c.fields)
            differences.append(
                QStringLiteral("%1: %2 → %3")
                    .arg(fieldKey(field), shown(valueOf(m, field)), shown(valueOf(t, field))));
        m_table->setItem(
            row, Theirs, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(t.name, t.id)));
        m_table->setItem(
            row, Mine, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(m.name, m.id)));
        m_table->setItem(row, Differences, new QTableWidgetItem(differences.join(u'\n')));
        auto *choice = new QComboBox;
        choice->addItem(tr("Keep mine"), int(Resolution::KeepMine));
        choice->addItem(tr("Take theirs"), int(Resolution::TakeTheirs));
        choice->addItem(tr("Keep both"), int(Resolution::Both));
        m_table->setCellWidget(row, Choice, choice);
    }
    m_table->horizontalHeader()->setSectionResizeMode(Differences, QHeaderView::Stretch);
    m_table->resizeColumnToContents(Theirs);
    m_table->resizeColumnToContents(Mine);
    m_table->resizeColumnToContents(Choice);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    const auto allButton = [&](const QString &text, Resolution r) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ResetRole);
        connect(b, &QPushButton::clicked, this, [this, r] { setAll(r); });
    };
    allButton(tr("All: Keep &Mine"), Resolution::KeepMine);
    allButton(tr("All: Take &Theirs"), Resolution::TakeTheirs);
    allButton(tr("All: Keep &Both"), Resolution::Both);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 420);
}

QList<Resolution> MergeConflictsDialog::resolutions() const
{
    QList<Resolution> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append(Resolution(
            static_cast<QComboBox *>(m_table->cellWidget(row, Choice))->currentData().toInt()));
    return list;
}

void MergeConflictsDialog::setAll(Resolution resolution)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *choice = static_cast<QComboBox *>(m_table->cellWidget(row, Choice));
        choice->setCurrentIndex(choice->findData(int(resolution)));
    }
}

} // namespace wl
