#include "whatifpane.h"

#include "nodefiguremodel.h"
#include "nodefiguretable.h"

#include "simulation/whatif.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wl {

WhatIfPane::WhatIfPane(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_target(new QLabel)
    , m_baseline(new QLabel)
    , m_severHours(new QLineEdit(QStringLiteral("0")))
    , m_sever(new QPushButton(tr("Sever this vendor")))
    , m_harden(new QPushButton(tr("Harden this vendor")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_progress(new QProgressBar)
    , m_icon(new QLabel)
    , m_statusText(new QLabel)
    , m_summary(new QTableWidget(0, 3))
    , m_changesTitle(new QLabel(tr("Nodes whose probability of compromise changed most:")))
{
    m_target->setObjectName(QStringLiteral("whatIfTarget"));
    m_target->setWordWrap(true);
    m_baseline->setObjectName(QStringLiteral("whatIfBaseline"));
    m_baseline->setWordWrap(true);

    m_sever->setObjectName(QStringLiteral("severVendor"));
    m_sever->setToolTip(tr("Add a severance of the node at the given hour to the scenario"));
    connect(m_sever, &QPushButton::clicked, this, &WhatIfPane::severRequested);
    m_severHours->setObjectName(QStringLiteral("severHours"));
    m_severHours->setToolTip(tr("Hours after the start of the scenario"));
    m_severHours->setAlignment(Qt::AlignRight);
    m_severHours->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_harden->setObjectName(QStringLiteral("hardenVendor"));
    m_harden->setToolTip(
        tr("Run the scenario on a copy of the model with the node's control strength 1 and "
           "breach likelihood 0"));
    connect(m_harden, &QPushButton::clicked, this, &WhatIfPane::hardenRequested);
    m_cancel->setObjectName(QStringLiteral("cancelWhatIf"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &WhatIfPane::cancelRequested);
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sever);
    actions->addWidget(new QLabel(tr("at")));
    actions->addWidget(m_severHours);
    actions->addWidget(new QLabel(tr("h")));
    actions->addSpacing(12);
    actions->addWidget(m_harden);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addStretch();

    m_statusText->setObjectName(QStringLiteral("whatIfStatus"));
    m_statusText->setWordWrap(true);
    // Room for two lines: the layout does not pass the pane's width down to
    // a wrapped label's height, and a long node name wraps.
    m_statusText->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_icon->hide();
    auto *status = new QHBoxLayout;
    status->addWidget(m_icon);
    status->addWidget(m_statusText, 1);

    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_summary->setHorizontalHeaderLabels({ tr("Baseline"), tr("What if"), tr("Δ") });
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summary->setMinimumHeight(fontMetrics().height() * 5);
    m_summary->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    m_changeModel = new NodeFigureModel(document,
        { { tr("Baseline"), tr("Probability of compromise in the baseline"),
              figureText<format::percent> },
            { tr("What if"), tr("Probability of compromise with the change"),
                figureText<format::percent> },
            { tr("Δ"), tr("Change in percentage points"), figureText<format::percentPoints> } },
        this);
    m_changeView = createNodeFigureTable(
        m_changeModel, QStringLiteral("whatIfNodes"), [this](const QString &id) {
            if (!m_selecting)
                emit nodeChosen(id);
        });
    m_changeView->setMinimumHeight(fontMetrics().height() * 5);
    // Shown in the order of the largest change first, until a header is
    // clicked.
    m_changeView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);

    // Shown with the first comparison.
    m_summary->hide();
    m_changesTitle->hide();
    m_changeView->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_target);
    layout->addWidget(m_baseline);
    layout->addLayout(actions);
    layout->addLayout(status);
    layout->addWidget(m_summary);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changeView, 1);
    layout->addStretch();
}

void WhatIfPane::setTexts(const QString &target, const QString &baseline)
{
    m_target->setText(target);
    m_baseline->setText(baseline);
}

void WhatIfPane::setActionsEnabled(bool node, bool idle)
{
    m_sever->setEnabled(node && idle);
    m_harden->setEnabled(node && idle);
    m_severHours->setEnabled(idle);
}

QString WhatIfPane::severHours() const
{
    return m_severHours->text();
}

void WhatIfPane::setStatus(WeakLinksStatus status, const QString &text)
{
    m_statusText->setText(text);
    const bool running = status == WeakLinksStatus::Running;
    if (running)
        m_progress->setValue(0);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    showStatusIcon(m_icon, statusIcon(status));
}

QString WhatIfPane::statusText() const
{
    return m_statusText->text();
}

void WhatIfPane::setProgress(qint64 done, qint64 total)
{
    m_progress->setValue(progressStep(done, total));
}

void WhatIfPane::showComparison(const WhatIfRunner::Report &report)
{
    const sim::WhatIfResult &r = *report.result;

    // Side by side: total records, each category, compromised nodes.
    struct Row {
        QString title;
        double baseline;
        double changed;
        QString (*format)(double);
        QString (*formatDelta)(double);
    };
    QVector<Row> rows;
    rows.append({ tr("Expected exposed records"), r.baseline.expectedExposedTotal,
        r.changed.expectedExposedTotal, figureText<format::records>,
        figureText<format::recordsChange> });
    for (int c = 0; c < report.categories.size(); ++c)
        rows.append({ QStringLiteral("    ") + report.categories[c],
            r.baseline.expectedExposedByCategory[c], r.changed.expectedExposedByCategory[c],
            figureText<format::records>, figureText<format::recordsChange> });
    rows.append({ tr("Expected compromised nodes"), r.baseline.meanCompromisedCount(),
        r.changed.meanCompromisedCount(), figureText<format::mean>,
        figureText<format::meanChange> });

    m_summary->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        m_summary->setVerticalHeaderItem(i, new QTableWidgetItem(row.title));
        const double values[] = { row.baseline, row.changed, row.changed - row.baseline };
        for (int column = 0; column < 3; ++column) {
            auto *item
                = new QTableWidgetItem(column == SummaryDelta ? row.formatDelta(values[column])
                                                              : row.format(values[column]));
            item->setData(NodeFigureModel::SortRole, values[column]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == SummaryDelta) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_summary->setItem(i, column, item);
        }
    }

    QStringList ids;
    std::vector<double> baseline;
    std::vector<double> changed;
    std::vector<double> delta;
    for (int v : r.nodesByChange()) {
        ids << report.model->nodes()[v].id;
        baseline.push_back(r.baseline.pCompromised(v));
        changed.push_back(r.changed.pCompromised(v));
        delta.push_back(r.deltaP[v]);
    }
    m_selecting = true;
    m_changeModel->setRows(ids, { baseline, changed, delta });
    m_selecting = false;
    m_changeView->resizeColumnsToContents();

    // The summary takes the height of its rows where there is room, the
    // nodes the rest; where there is not, both scroll.
    int height = m_summary->horizontalHeader()->sizeHint().height() + 2 * m_summary->frameWidth();
    for (int i = 0; i < m_summary->rowCount(); ++i)
        height += m_summary->verticalHeader()->sectionSizeHint(i);
    m_summary->setMaximumHeight(height);
    m_summary->show();
    m_changesTitle->show();
    m_changeView->show();
}

} // namespace wl
