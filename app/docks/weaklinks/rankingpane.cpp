#include "rankingpane.h"

#include "nodefiguremodel.h"
#include "nodefiguretable.h"

#include "format/format.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wl {

namespace {

constexpr int kDefaultRankingTrials = 2000;

} // namespace

RankingPane::RankingPane(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_trials(new QSpinBox)
    , m_rngSeed(new QLineEdit(QStringLiteral("1")))
    , m_compute(new QPushButton(tr("Compute")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_progress(new QProgressBar)
    , m_icon(new QLabel)
    , m_statusText(new QLabel)
    , m_recompute(new QPushButton(tr("Recompute")))
    , m_filter(new QLineEdit)
{
    m_trials->setObjectName(QStringLiteral("rankingTrials"));
    // The hardening gain keeps, per baseline trial, the nodes that fell.
    m_trials->setRange(1, 1'000'000);
    m_trials->setValue(kDefaultRankingTrials);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setToolTip(tr("Trials per node, for each ranking"));
    m_rngSeed->setObjectName(QStringLiteral("rankingRngSeed"));
    m_rngSeed->setToolTip(tr("Random seed: the same seed gives the same figures"));
    m_rngSeed->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_compute->setObjectName(QStringLiteral("computeRankings"));
    m_compute->setToolTip(tr("Compute the blast radius and the hardening gain of every node"));
    connect(m_compute, &QPushButton::clicked, this, &RankingPane::computeRequested);
    m_cancel->setObjectName(QStringLiteral("cancelRankings"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RankingPane::cancelRequested);
    m_progress->setObjectName(QStringLiteral("rankingProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->hide();

    auto *settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Trials:")));
    settings->addWidget(m_trials);
    settings->addWidget(new QLabel(tr("Seed:")));
    settings->addWidget(m_rngSeed);
    settings->addWidget(m_compute);
    settings->addWidget(m_cancel);
    settings->addWidget(m_progress, 1);
    settings->addStretch();

    m_statusText->setObjectName(QStringLiteral("rankingStatus"));
    m_statusText->setWordWrap(true);
    m_recompute->setObjectName(QStringLiteral("recomputeRankings"));
    m_recompute->setToolTip(tr("Compute the rankings again on the model as it is now"));
    m_recompute->hide();
    connect(m_recompute, &QPushButton::clicked, this, &RankingPane::computeRequested);
    m_filter->setObjectName(QStringLiteral("rankingFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Show the nodes whose id or name contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(180);

    m_icon->hide();
    auto *status = new QHBoxLayout;
    status->addWidget(m_icon);
    status->addWidget(m_statusText, 1);
    status->addWidget(m_recompute);
    status->addWidget(m_filter);

    m_model = new NodeFigureModel(document,
        { { tr("Blast radius:\nother nodes"),
              tr("Blast radius: expected number of other nodes compromised when this node alone "
                 "is breached at hour 0"),
              figureText<format::mean> },
            { tr("Blast radius:\nrecords"),
                tr("Blast radius: expected exposed records when this node alone is breached at "
                   "hour 0"),
                figureText<format::records> },
            { tr("Hardening gain:\nrecords"),
                tr("Expected exposed records a year saves if this node is hardened (control "
                   "strength 1, breach likelihood 0), annual scenario, same random draws"),
                figureText<format::records> } },
        this);
    m_view
        = createNodeFigureTable(m_model, QStringLiteral("rankingTable"), [this](const QString &id) {
              if (!m_selecting)
                  emit nodeChosen(id);
          });
    m_view->sortByColumn(RankHardeningGain, Qt::DescendingOrder);

    m_concentration = new NodeFigureModel(document,
        { { tr("Vendors\nabove it"),
              tr("How many of our direct vendors (tier 1) depend on this node, directly or "
                 "through others: they reach it along the flows of data"),
              [](double dependents) { return format::count(qint64(dependents)); } },
            { tr("Records\nif it falls"),
                tr("Blast radius: expected exposed records when this node alone is breached at "
                   "hour 0"),
                figureText<format::records> } },
        this);
    m_concentrationView = createNodeFigureTable(
        m_concentration, QStringLiteral("concentrationTable"), [this](const QString &id) {
            if (!m_selecting)
                emit nodeChosen(id);
        });
    auto *concentrationPage = new QWidget;
    auto *concentrationLayout = new QVBoxLayout(concentrationPage);
    concentrationLayout->setContentsMargins(0, 4, 0, 0);
    auto *concentrationNote = new QLabel(
        tr("Fourth-party concentration: every node beyond our own services, with how many of our "
           "vendors sit above it and what its breach alone would expose. Nodes under many vendors "
           "are single points of failure the vendor list does not show."));
    concentrationNote->setWordWrap(true);
    concentrationLayout->addWidget(concentrationNote);
    concentrationLayout->addWidget(m_concentrationView, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("rankingTabs"));
    m_tabs->addTab(m_view, tr("Every node"));
    m_tabs->addTab(concentrationPage, tr("Fourth parties"));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (QTableView *view : { m_view, m_concentrationView })
            static_cast<QSortFilterProxyModel *>(view->model())->setFilterFixedString(text);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(settings);
    layout->addLayout(status);
    layout->addWidget(m_tabs, 1);
}

void RankingPane::setSettings(int trials, quint64 rngSeed)
{
    m_trials->setValue(trials);
    m_rngSeed->setText(format::rngSeed(rngSeed));
}

int RankingPane::trials() const
{
    return m_trials->value();
}

std::optional<quint64> RankingPane::rngSeed() const
{
    return format::parseRngSeed(m_rngSeed->text());
}

void RankingPane::setStatus(WeakLinksStatus status, const QString &text)
{
    m_statusText->setText(text);
    const bool running = status == WeakLinksStatus::Running;
    if (running)
        m_progress->setValue(0);
    m_compute->setVisible(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_trials->setEnabled(!running);
    m_rngSeed->setEnabled(!running);
    m_recompute->setVisible(status == WeakLinksStatus::Stale);
    showStatusIcon(m_icon, statusIcon(status));
}

QString RankingPane::statusText() const
{
    return m_statusText->text();
}

void RankingPane::setProgress(qint64 done, qint64 total)
{
    m_progress->setValue(progressStep(done, total));
}

void RankingPane::setRows(const QStringList &ids, QVector<std::vector<double>> values)
{
    m_selecting = true;
    m_model->setRows(ids, std::move(values));
    m_selecting = false;
    m_view->resizeColumnsToContents();
}

void RankingPane::setConcentration(
    const QStringList &ids, std::vector<double> dependents, std::vector<double> records)
{
    m_selecting = true;
    m_concentration->setRows(ids, { std::move(dependents), std::move(records) });
    // The order given, not a column's: dependents, then records, then model
    // order.
    m_concentrationView->sortByColumn(-1, Qt::AscendingOrder);
    m_selecting = false;
    m_concentrationView->resizeColumnsToContents();
}

void RankingPane::selectNode(const QString &id)
{
    m_selecting = true;
    for (const auto &[view, model] :
        { std::pair { m_view, m_model }, std::pair { m_concentrationView, m_concentration } }) {
        auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
        const int row = model->rowOf(id);
        const QModelIndex index
            = row < 0 ? QModelIndex() : proxy->mapFromSource(model->index(row, 0));
        if (index.isValid()) {
            view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
        } else {
            view->selectionModel()->clearSelection();
            view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        }
    }
    m_selecting = false;
}

} // namespace wl
