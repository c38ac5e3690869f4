#include "weaklinksdock.h"

#include "statusicon.h"
#include "weaklinks/nodefiguremodel.h"

#include "format/format.h"
#include "tables/fieldediting.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace wl {

namespace {

constexpr int kDefaultRankingTrials = 2000;
constexpr int kProgressSteps = 1000;

// The figures' formats, in the default locale, as the tables hold them.
QString (*const kMean)(double) = [](double n) { return format::mean(n); };
QString (*const kMeanChange)(double) = [](double d) { return format::meanChange(d); };
QString (*const kRecords)(double) = [](double n) { return format::records(n); };
QString (*const kRecordsChange)(double) = [](double d) { return format::recordsChange(d); };
QString (*const kPercent)(double) = [](double p) { return format::percent(p); };
QString (*const kPercentPoints)(double) = [](double d) { return format::percentPoints(d); };

QString describe(const sim::Scenario &s)
{
    QString text = s.mode == sim::Mode::Annual
        ? WeakLinksDock::tr("annual")
        : WeakLinksDock::tr("seeded with %n node(s)", nullptr, int(s.seeds.size()));
    if (!s.sever.isEmpty())
        text += WeakLinksDock::tr(", %n severance(s)", nullptr, int(s.sever.size()));
    if (s.horizonHours)
        text += WeakLinksDock::tr(", horizon %1").arg(format::hours(*s.horizonHours));
    return WeakLinksDock::tr("%1, %2 trials, rng seed %3")
        .arg(text, format::count(s.trials), format::rngSeed(s.rngSeed));
}

QString describe(const Model &m, const sim::WhatIf &change)
{
    if (change.kind == sim::WhatIf::Kind::Harden)
        return WeakLinksDock::tr("%1 hardened").arg(format::nodeLabel(m, change.node));
    return WeakLinksDock::tr("%1 severed at %2")
        .arg(format::nodeLabel(m, change.node), format::hours(change.atHours));
}

} // namespace

WeakLinksDock::WeakLinksDock(SimulationContext *simulation, RankingRunner *rankingRunner,
    WhatIfRunner *whatIfRunner, QWidget *parent)
    : QDockWidget(tr("Weak links"), parent)
    , m_simulation(simulation)
    , m_document(simulation->document())
    , m_rankingRunner(rankingRunner)
    , m_whatIfRunner(whatIfRunner)
    , m_scenarioName(tr("Annual"))
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("weakLinksDock"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createRankingPane());
    m_splitter->addWidget(createWhatIfPane());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setWidget(m_splitter);

    m_staleTimer.setSingleShot(true);
    m_staleTimer.setInterval(100);
    connect(&m_staleTimer, &QTimer::timeout, this, &WeakLinksDock::refreshStatus);
    connect(m_document, &Document::changed, this, &WeakLinksDock::onDocumentChanged);

    connect(m_rankingRunner, &RankingRunner::progress, this, [this](qint64 done, qint64 total) {
        m_rankingProgress->setValue(int(total > 0 ? done * kProgressSteps / total : 0));
    });
    connect(m_rankingRunner, &RankingRunner::finished, this, &WeakLinksDock::onRankingsFinished);
    connect(m_whatIfRunner, &WhatIfRunner::progress, this, [this](qint64 done, qint64 total) {
        m_whatIfProgress->setValue(int(total > 0 ? done * kProgressSteps / total : 0));
    });
    connect(m_whatIfRunner, &WhatIfRunner::finished, this, &WeakLinksDock::onWhatIfFinished);

    setRankingStatus(Status::None, tr("No rankings yet: Compute finds the weak links."));
    setWhatIfStatus(Status::None,
        tr("Select a node, then sever or harden it to compare the scenario with and without "
           "the change."));
    updateWhatIfPane();
}

QWidget *WeakLinksDock::createRankingPane()
{
    m_trials = new QSpinBox;
    m_trials->setObjectName(QStringLiteral("rankingTrials"));
    // The hardening gain keeps, per baseline trial, the nodes that fell.
    m_trials->setRange(1, 1'000'000);
    m_trials->setValue(kDefaultRankingTrials);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setToolTip(tr("Trials per node, for each ranking"));
    m_rngSeed = new QLineEdit(QStringLiteral("1"));
    m_rngSeed->setObjectName(QStringLiteral("rankingRngSeed"));
    m_rngSeed->setToolTip(tr("Random seed: the same seed gives the same figures"));
    m_rngSeed->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_compute = new QPushButton(tr("Compute"));
    m_compute->setObjectName(QStringLiteral("computeRankings"));
    m_compute->setToolTip(tr("Compute the blast radius and the hardening gain of every node"));
    connect(m_compute, &QPushButton::clicked, this, &WeakLinksDock::computeRankings);
    m_cancelRankings = new QPushButton(tr("Cancel"));
    m_cancelRankings->setObjectName(QStringLiteral("cancelRankings"));
    m_cancelRankings->hide();
    connect(m_cancelRankings, &QPushButton::clicked, this, &WeakLinksDock::cancelRankings);
    m_rankingProgress = new QProgressBar;
    m_rankingProgress->setObjectName(QStringLiteral("rankingProgress"));
    m_rankingProgress->setRange(0, kProgressSteps);
    m_rankingProgress->hide();

    auto *settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Trials:")));
    settings->addWidget(m_trials);
    settings->addWidget(new QLabel(tr("Seed:")));
    settings->addWidget(m_rngSeed);
    settings->addWidget(m_compute);
    settings->addWidget(m_cancelRankings);
    settings->addWidget(m_rankingProgress, 1);
    settings->addStretch();

    m_rankingStatusText = new QLabel;
    m_rankingStatusText->setObjectName(QStringLiteral("rankingStatus"));
    m_rankingStatusText->setWordWrap(true);
    m_recompute = new QPushButton(tr("Recompute"));
    m_recompute->setObjectName(QStringLiteral("recomputeRankings"));
    m_recompute->setToolTip(tr("Compute the rankings again on the model as it is now"));
    m_recompute->hide();
    connect(m_recompute, &QPushButton::clicked, this, &WeakLinksDock::computeRankings);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("rankingFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Show the nodes whose id or name contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(180);

    m_rankingIcon = new QLabel;
    m_rankingIcon->hide();
    auto *status = new QHBoxLayout;
    status->addWidget(m_rankingIcon);
    status->addWidget(m_rankingStatusText, 1);
    status->addWidget(m_recompute);
    status->addWidget(m_filter);

    m_rankingModel = new NodeFigureModel(m_document,
        { { tr("Blast radius:\nother nodes"),
              tr("Blast radius: expected number of other nodes compromised when this node alone "
                 "is breached at hour 0"),
              kMean },
            { tr("Blast radius:\nrecords"),
                tr("Blast radius: expected exposed records when this node alone is breached at "
                   "hour 0"),
                kRecords },
            { tr("Hardening gain:\nrecords"),
                tr("Expected exposed records a year saves if this node is hardened (control "
                   "strength 1, breach likelihood 0), annual scenario, same random draws"),
                kRecords } },
        this);
    m_rankingView = createTable(m_rankingModel, QStringLiteral("rankingTable"));
    m_rankingView->sortByColumn(RankHardeningGain, Qt::DescendingOrder);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<QSortFilterProxyModel *>(m_rankingView->model())->setFilterFixedString(text);
    });

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(settings);
    layout->addLayout(status);
    layout->addWidget(m_rankingView, 1);
    return pane;
}

QWidget *WeakLinksDock::createWhatIfPane()
{
    m_target = new QLabel;
    m_target->setObjectName(QStringLiteral("whatIfTarget"));
    m_target->setWordWrap(true);
    m_baseline = new QLabel;
    m_baseline->setObjectName(QStringLiteral("whatIfBaseline"));
    m_baseline->setWordWrap(true);

    m_sever = new QPushButton(tr("Sever this vendor"));
    m_sever->setObjectName(QStringLiteral("severVendor"));
    m_sever->setToolTip(tr("Add a severance of the node at the given hour to the scenario"));
    connect(m_sever, &QPushButton::clicked, this, &WeakLinksDock::severCurrentNode);
    m_severHours = new QLineEdit(QStringLiteral("0"));
    m_severHours->setObjectName(QStringLiteral("severHours"));
    m_severHours->setToolTip(tr("Hours after the start of the scenario"));
    m_severHours->setAlignment(Qt::AlignRight);
    m_severHours->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_harden = new QPushButton(tr("Harden this vendor"));
    m_harden->setObjectName(QStringLiteral("hardenVendor"));
    m_harden->setToolTip(
        tr("Run the scenario on a copy of the model with the node's control strength 1 and "
           "breach likelihood 0"));
    connect(m_harden, &QPushButton::clicked, this, &WeakLinksDock::hardenCurrentNode);
    m_cancelWhatIf = new QPushButton(tr("Cancel"));
    m_cancelWhatIf->setObjectName(QStringLiteral("cancelWhatIf"));
    m_cancelWhatIf->hide();
    connect(m_cancelWhatIf, &QPushButton::clicked, this, &WeakLinksDock::cancelWhatIf);
    m_whatIfProgress = new QProgressBar;
    m_whatIfProgress->setObjectName(QStringLiteral("whatIfProgress"));
    m_whatIfProgress->setRange(0, kProgressSteps);
    m_whatIfProgress->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sever);
    actions->addWidget(new QLabel(tr("at")));
    actions->addWidget(m_severHours);
    actions->addWidget(new QLabel(tr("h")));
    actions->addSpacing(12);
    actions->addWidget(m_harden);
    actions->addWidget(m_cancelWhatIf);
    actions->addWidget(m_whatIfProgress, 1);
    actions->addStretch();

    m_whatIfStatusText = new QLabel;
    m_whatIfStatusText->setObjectName(QStringLiteral("whatIfStatus"));
    m_whatIfStatusText->setWordWrap(true);
    // Room for two lines: the layout does not pass the pane's width down to
    // a wrapped label's height, and a long node name wraps.
    m_whatIfStatusText->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_whatIfIcon = new QLabel;
    m_whatIfIcon->hide();
    auto *status = new QHBoxLayout;
    status->addWidget(m_whatIfIcon);
    status->addWidget(m_whatIfStatusText, 1);

    m_summary = new QTableWidget(0, 3);
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

    m_changeModel = new NodeFigureModel(m_document,
        { { tr("Baseline"), tr("Probability of compromise in the baseline"), kPercent },
            { tr("What if"), tr("Probability of compromise with the change"), kPercent },
            { tr("Δ"), tr("Change in percentage points"), kPercentPoints } },
        this);
    m_changeView = createTable(m_changeModel, QStringLiteral("whatIfNodes"));
    m_changeView->setMinimumHeight(fontMetrics().height() * 5);
    // Shown in the order of the largest change first, until a header is
    // clicked.
    m_changeView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);

    m_changesTitle = new QLabel(tr("Nodes whose probability of compromise changed most:"));
    // Shown with the first comparison.
    m_summary->hide();
    m_changesTitle->hide();
    m_changeView->hide();

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_target);
    layout->addWidget(m_baseline);
    layout->addLayout(actions);
    layout->addLayout(status);
    layout->addWidget(m_summary);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changeView, 1);
    layout->addStretch();
    return pane;
}

QTableView *WeakLinksDock::createTable(NodeFigureModel *model, const QString &name)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setFilterRole(NodeFigureModel::FilterRole);
    proxy->setFilterKeyColumn(0);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes the width the figures leave.
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
    // Selection, not the current index: a view that gets the focus makes its
    // first row current without selecting it, and that is not the user
    // choosing a node.
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        if (rows.size() == 1)
            onRowActivated(rows.first());
    });
    return view;
}

void WeakLinksDock::setRankingSettings(int trials, quint64 rngSeed)
{
    m_trials->setValue(trials);
    m_rngSeed->setText(format::rngSeed(rngSeed));
}

int WeakLinksDock::trials() const
{
    return m_trials->value();
}

std::optional<quint64> WeakLinksDock::rngSeed() const
{
    return format::parseRngSeed(m_rngSeed->text());
}

bool WeakLinksDock::computeRankings()
{
    if (m_rankingRunner->isRunning())
        return false;
    const std::optional<quint64> seed = rngSeed();
    if (!seed) {
        setRankingStatus(Status::Problem,
            tr("The seed must be a whole number from 0 to %1.")
                .arg(format::rngSeed(std::numeric_limits<quint64>::max())));
        return false;
    }
    if (m_document->model().nodes().isEmpty()) {
        setRankingStatus(Status::Problem, tr("The model has no nodes to rank."));
        return false;
    }
    m_rankingRunner->start(trials(), *seed);
    m_rankingProgress->setValue(0);
    setRankingStatus(Status::Running,
        tr("Computing both rankings for %n node(s), %1 trials each…", nullptr,
            int(m_document->model().nodes().size()))
            .arg(format::count(trials())));
    return true;
}

void WeakLinksDock::cancelRankings()
{
    m_rankingRunner->cancel();
}

QString WeakLinksDock::rankingStatusText() const
{
    return m_rankingStatusText->text();
}

void WeakLinksDock::showStatusIcon(QLabel *icon, Status status)
{
    wl::showStatusIcon(icon,
        status == Status::Stale         ? StatusIcon::Warning
            : status == Status::Problem ? StatusIcon::Critical
                                        : StatusIcon::None);
}

void WeakLinksDock::setRankingStatus(Status status, const QString &text)
{
    m_rankingStatus = status;
    m_rankingStatusText->setText(text);
    const bool running = status == Status::Running;
    m_compute->setVisible(!running);
    m_cancelRankings->setVisible(running);
    m_rankingProgress->setVisible(running);
    m_trials->setEnabled(!running);
    m_rngSeed->setEnabled(!running);
    m_recompute->setVisible(status == Status::Stale);
    showStatusIcon(m_rankingIcon, status);
}

void WeakLinksDock::onRankingsFinished(const RankingRunner::Report &report)
{
    if (report.cancelled) {
        if (m_rankings) {
            refreshStatus();
            setRankingStatus(m_rankingStatus, tr("Cancelled. %1").arg(rankingStatusText()));
        } else {
            setRankingStatus(Status::Cancelled, tr("Cancelled."));
        }
        return;
    }
    m_rankings = report;
    QStringList ids;
    ids.reserve(report.model->nodes().size());
    for (const Node &n : report.model->nodes())
        ids << n.id;
    m_selecting = true;
    m_rankingModel->setRows(ids,
        { report.blastRadius.expectedOtherCompromised, report.blastRadius.expectedExposedRecords,
            report.hardeningGain });
    m_selecting = false;
    m_rankingView->resizeColumnsToContents();
    refreshStatus();
    setCurrentNode(m_currentNode);
}

void WeakLinksDock::onRowActivated(const QModelIndex &proxyIndex)
{
    if (m_selecting || !proxyIndex.isValid())
        return;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(proxyIndex.model());
    const auto *model = static_cast<const NodeFigureModel *>(proxy->sourceModel());
    const QString id = model->id(proxy->mapToSource(proxyIndex).row());
    if (id.isEmpty() || id == m_currentNode)
        return;
    m_currentNode = id;
    updateWhatIfPane();
    emit nodeActivated(id);
}

void WeakLinksDock::setCurrentNode(const QString &id)
{
    m_currentNode = id;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_rankingView->model());
    const int row = m_rankingModel->rowOf(id);
    const QModelIndex index
        = row < 0 ? QModelIndex() : proxy->mapFromSource(m_rankingModel->index(row, 0));
    m_selecting = true;
    if (index.isValid()) {
        m_rankingView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_rankingView->scrollTo(index);
    } else {
        m_rankingView->selectionModel()->clearSelection();
        m_rankingView->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_selecting = false;
    updateWhatIfPane();
}

void WeakLinksDock::setScenario(const QString &name, const sim::Scenario &scenario)
{
    m_scenarioName = name;
    m_scenario = scenario;
    updateWhatIfPane();
    refreshStatus();
}

bool WeakLinksDock::severCurrentNode()
{
    bool ok = false;
    const QString text = m_severHours->text().trimmed();
    double hours = fieldediting::editingLocale().toDouble(text, &ok);
    if (!ok)
        hours = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(hours) || hours < 0.0) {
        setWhatIfStatus(Status::Problem, tr("The sever time must be a number of hours ≥ 0."));
        return false;
    }
    return startWhatIf({ sim::WhatIf::Kind::Sever, m_currentNode, hours });
}

bool WeakLinksDock::hardenCurrentNode()
{
    return startWhatIf({ sim::WhatIf::Kind::Harden, m_currentNode, 0.0 });
}

bool WeakLinksDock::startWhatIf(const sim::WhatIf &change)
{
    if (m_whatIfRunner->isRunning())
        return false;
    const Model &m = m_document->model();
    if (QString error = sim::checkScenario(m, m_scenario); !error.isEmpty()) {
        setWhatIfStatus(Status::Problem, tr("The scenario cannot run: %1.").arg(error));
        return false;
    }
    if (change.node.isEmpty() || !m.node(change.node)) {
        setWhatIfStatus(Status::Problem, tr("Select a node of the model first."));
        return false;
    }
    if (const QString error = sim::checkWhatIf(m, change); !error.isEmpty()) {
        setWhatIfStatus(Status::Problem, error);
        return false;
    }
    m_whatIfRunner->start(m_scenarioName, m_scenario, change);
    m_whatIfProgress->setValue(0);
    setWhatIfStatus(Status::Running,
        tr("Running «%1» with and without the change: %2…")
            .arg(m_scenarioName, describe(m, change)));
    return true;
}

void WeakLinksDock::cancelWhatIf()
{
    m_whatIfRunner->cancel();
}

QString WeakLinksDock::whatIfStatusText() const
{
    return m_whatIfStatusText->text();
}

void WeakLinksDock::setWhatIfStatus(Status status, const QString &text)
{
    m_whatIfStatus = status;
    m_whatIfStatusText->setText(text);
    const bool running = status == Status::Running;
    m_cancelWhatIf->setVisible(running);
    m_whatIfProgress->setVisible(running);
    showStatusIcon(m_whatIfIcon, status);
    updateWhatIfPane();
}

void WeakLinksDock::onWhatIfFinished(const WhatIfRunner::Report &report)
{
    if (report.cancelled) {
        if (m_whatIf) {
            refreshStatus();
            setWhatIfStatus(m_whatIfStatus, tr("Cancelled. %1").arg(whatIfStatusText()));
        } else {
            setWhatIfStatus(Status::Cancelled, tr("Cancelled."));
        }
        return;
    }
    if (!report.result) {
        setWhatIfStatus(Status::Problem, tr("The run failed: %1.").arg(report.error));
        return;
    }
    m_whatIf = report;
    showWhatIf();
    refreshStatus();
}

void WeakLinksDock::showWhatIf()
{
    const WhatIfRunner::Report &report = *m_whatIf;
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
        r.changed.expectedExposedTotal, kRecords, kRecordsChange });
    for (int c = 0; c < report.categories.size(); ++c)
        rows.append({ QStringLiteral("    ") + report.categories[c],
            r.baseline.expectedExposedByCategory[c], r.changed.expectedExposedByCategory[c],
            kRecords, kRecordsChange });
    rows.append({ tr("Expected compromised nodes"), r.baseline.meanCompromisedCount(),
        r.changed.meanCompromisedCount(), kMean, kMeanChange });

    m_summary->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        m_summary->setVerticalHeaderItem(i, new QTableWidgetItem(row.title));
        const double values[] = { row.baseline, row.changed, row.changed - row.baseline };
        for (int column = 0; column < 3; ++column) {
            auto *item
                = new QTableWidgetItem(column == SummaryDelta ? row.formatDelta(values[column])
                                                              : row.format(values[column]));
            item->setData(SortRole, values[column]);
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

void WeakLinksDock::updateWhatIfPane()
{
    const Model &m = m_document->model();
    const bool known = !m_currentNode.isEmpty() && m.node(m_currentNode);
    m_target->setText(known
            ? tr("Vendor: <b>%1</b>").arg(format::nodeLabel(m, m_currentNode).toHtmlEscaped())
            : tr("Vendor: none selected"));
    m_baseline->setText(tr("Baseline: «%1» — %2").arg(m_scenarioName, describe(m_scenario)));
    const bool idle = !m_whatIfRunner->isRunning();
    m_sever->setEnabled(known && idle);
    m_harden->setEnabled(known && idle);
    m_severHours->setEnabled(idle);
}

void WeakLinksDock::onDocumentChanged(const ChangeEvent &event)
{
    // The digest would come out the same: skip computing it.
    if (!mayChangeSimulation(event))
        return;
    m_staleTimer.start();
    updateWhatIfPane();
}

void WeakLinksDock::refreshStatus()
{
    const auto currentDigest = [this] { return m_simulation->snapshot()->digest(); };
    if (m_rankings && !m_rankingRunner->isRunning()) {
        const QString when = format::timeOfDay(m_rankings->finishedAt);
        if (m_rankings->digest == currentDigest())
            setRankingStatus(Status::Current,
                tr("Computed at %1 with %2 trials per node, rng seed %3.")
                    .arg(when, format::count(m_rankings->trials),
                        format::rngSeed(m_rankings->rngSeed)));
        else
            setRankingStatus(Status::Stale,
                tr("Stale: the model has changed since these figures were computed at %1.")
                    .arg(when));
    }
    if (m_whatIf && !m_whatIfRunner->isRunning()) {
        const Model &m = m_document->model();
        if (m_whatIf->digest == currentDigest() && m_whatIf->scenario == m_scenario
            && m_whatIf->scenarioName == m_scenarioName)
            setWhatIfStatus(Status::Current,
                tr("Baseline against %1; both runs with the same random draws.")
                    .arg(describe(m, m_whatIf->change)));
        else
            setWhatIfStatus(Status::Stale,
                tr("Stale: the model or the scenario has changed since this comparison of %1 "
                   "was run.")
                    .arg(describe(m, m_whatIf->change)));
    }
}

} // namespace wl
