#include "tabletoppanel.h"

#include "afteraction.h"
#include "clocksmodel.h"
#include "decisionlogmodel.h"
#include "exercisesettingsform.h"
#include "presenterview.h"
#include "responsespage.h"
#include "tabletopoverlay.h"
#include "timelinemodels.h"

#include "commands/exercisecommands.h"
#include "editor/diagramscene.h"
#include "format/format.h"
#include "render/diagram.h"
#include "tables/fieldediting.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace wl::tabletop {

namespace {

QTableView *makeTable(QAbstractItemModel *model, int sortColumn, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(kSortRole);
    proxy->setDynamicSortFilter(true);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    // The name takes the room; the other columns are sized once per
    // projection, not on every step of t (that would measure every row).
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, [table, model] {
        for (int c = 1; c < model->columnCount(); ++c)
            table->resizeColumnToContents(c);
    });
    table->setWordWrap(false);
    return table;
}

// The current time as stored: UTC, to the millisecond.
QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// The diagram at t as the canvas draws it, nothing selected or highlighted.
render::Diagram diagramAtT(DiagramScene *scene, const TabletopSession &session)
{
    render::Diagram d
        = scene ? scene->diagram() : render::buildDiagram(session.document()->model());
    for (render::NodeVisual &n : d.nodes)
        n.selected = false;
    for (render::EdgeVisual &e : d.edges)
        e.selected = false;
    render::applyEmphasis(d, {}, {});
    render::applyOverlay(d, frameOverlay(session, render::ScaleKind::Linear));
    return d;
}

} // namespace

TabletopPanel::TabletopPanel(TabletopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
{
    auto *layout = new QVBoxLayout(this);

    // ---- setup ----
    m_setup = new ExerciseSettingsForm(session, this);
    layout->addWidget(m_setup);

    // ---- run state ----
    auto *runRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_recompute = new QPushButton(tr("Recompute"), this);
    m_recompute->setToolTip(tr("Run the projection again now"));
    runRow->addWidget(m_status, 1);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_recompute);
    layout->addLayout(runRow);

    // ---- timeline ----
    auto *clockRow = new QHBoxLayout;
    m_clock = new QLabel(this);
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_clock->setFont(big);
    m_time = new QLabel(this);
    QFont medium = m_time->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_time->setFont(medium);
    clockRow->addWidget(m_clock);
    clockRow->addSpacing(12);
    clockRow->addWidget(m_time);
    clockRow->addStretch(1);
    layout->addLayout(clockRow);

    auto *timeRow = new QHBoxLayout;
    const auto button = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRepeat(true);
        return b;
    };
    m_first = button(QStyle::SP_MediaSkipBackward, tr("To the breach (t = 0)"));
    m_back = button(QStyle::SP_MediaSeekBackward, tr("One step back"));
    m_forward = button(QStyle::SP_MediaSeekForward, tr("One step forward"));
    m_last = button(QStyle::SP_MediaSkipForward, tr("To the end of the exercise"));
    m_first->setAutoRepeat(false);
    m_last->setAutoRepeat(false);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setPageStep(24);
    m_slider->setToolTip(tr("Exercise time t"));
    timeRow->addWidget(m_first);
    timeRow->addWidget(m_back);
    timeRow->addWidget(m_slider, 1);
    timeRow->addWidget(m_forward);
    timeRow->addWidget(m_last);
    layout->addLayout(timeRow);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    auto *deadlineRow = new QHBoxLayout;
    m_overdue = new QLabel(this);
    m_overdue->setTextFormat(Qt::PlainText);
    QFont bold = m_overdue->font();
    bold.setBold(true);
    m_overdue->setFont(bold);
    QPalette overdue = m_overdue->palette();
    overdue.setColor(QPalette::WindowText, QColor(kOverdueColor));
    m_overdue->setPalette(overdue);
    m_deadline = new QLabel(this);
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setWordWrap(true);
    m_deadline->setToolTip(tr("Decision support, not legal advice."));
    deadlineRow->addWidget(m_overdue, 0, Qt::AlignTop);
    deadlineRow->addWidget(m_deadline, 1);
    layout->addLayout(deadlineRow);

    // ---- tables ----
    m_tabs = new QTabWidget(this);
    m_nodeModel = new NodeTimelineModel(session, this);
    m_assetModel = new AssetTimelineModel(session, this);
    m_nodeTable = makeTable(m_nodeModel, NodeTimelineModel::Probability, m_tabs);
    m_assetTable = makeTable(m_assetModel, AssetTimelineModel::Probability, m_tabs);
    m_nodeProxy = static_cast<QSortFilterProxyModel *>(m_nodeTable->model());
    m_assetProxy = static_cast<QSortFilterProxyModel *>(m_assetTable->model());
    m_tabs->addTab(m_nodeTable, tr("Nodes"));
    m_tabs->addTab(m_assetTable, tr("Data assets"));

    m_responses = new ResponsesPage(session, m_tabs);
    m_tabs->addTab(m_responses, tr("Responses"));

    auto *logPage = new QWidget(m_tabs);
    auto *logLayout = new QVBoxLayout(logPage);
    m_logModel = new DecisionLogModel(m_document, this);
    m_logTable = new QTableView(logPage);
    m_logTable->setModel(m_logModel);
    m_logTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logTable->verticalHeader()->hide();
    m_logTable->setWordWrap(false);
    // A log has tens of rows, not thousands: measuring them is cheap.
    m_logTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logTable->horizontalHeader()->setSectionResizeMode(
        DecisionLogModel::Entry, QHeaderView::Stretch);
    m_logTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_removeLog = new QPushButton(tr("Delete Entry"), logPage);
    logLayout->addWidget(m_logTable);
    logLayout->addWidget(m_removeLog, 0, Qt::AlignRight);
    m_tabs->addTab(logPage, tr("Decision log"));

    auto *clocksPage = new QWidget(m_tabs);
    auto *clocksLayout = new QVBoxLayout(clocksPage);
    m_clocksHeading = new QLabel(clocksPage);
    m_clocksHeading->setWordWrap(true);
    m_clocksModel = new ClocksTableModel(session, this);
    m_clocksTable = new QTableView(clocksPage);
    m_clocksTable->setObjectName(QStringLiteral("clocksTable"));
    m_clocksTable->setModel(m_clocksModel);
    m_clocksTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clocksTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clocksTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clocksTable->verticalHeader()->hide();
    m_clocksTable->setWordWrap(false);
    // The party, the clock and whom it notifies first; the rest to scroll to.
    m_clocksTable->horizontalHeader()->moveSection(ClocksTableModel::Clock, 1);
    m_clocksTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_markNotified = new QPushButton(tr("Mark Notified"), clocksPage);
    m_markNotified->setToolTip(tr("Log that the selected obligation was notified at the current "
                                  "t (or double-click it): its clock stops"));
    m_markNotified->setEnabled(false);
    auto *clocksTop = new QHBoxLayout;
    clocksTop->addWidget(m_clocksHeading, 1);
    clocksTop->addWidget(m_markNotified, 0, Qt::AlignTop);
    clocksLayout->addLayout(clocksTop);
    clocksLayout->addWidget(m_clocksTable, 1);
    m_tabs->addTab(clocksPage, tr("Clocks"));
    layout->addWidget(m_tabs, 1);

    // ---- log and exports, always at hand ----
    auto *logRow = new QHBoxLayout;
    m_logEdit = new QLineEdit(this);
    m_logEdit->setPlaceholderText(tr("Decision or observation, logged at the current t"));
    m_logButton = new QPushButton(tr("Log"), this);
    logRow->addWidget(m_logEdit, 1);
    logRow->addWidget(m_logButton);
    layout->addLayout(logRow);
    auto *exportRow = new QHBoxLayout;
    m_presenterButton = new QPushButton(tr("Presenter View"), this);
    m_presenterButton->setEnabled(false);
    m_exportButton = new QPushButton(tr("Export After-Action Record…"), this);
    exportRow->addStretch(1);
    exportRow->addWidget(m_presenterButton);
    exportRow->addWidget(m_exportButton);
    layout->addLayout(exportRow);

    askExportPath = [this] {
        return QFileDialog::getSaveFileName(
            this, tr("Export After-Action Record"), QString(), tr("Markdown (*.md);;PDF (*.pdf)"));
    };

    // ---- wiring ----
    connect(m_cancel, &QPushButton::clicked, session, &TabletopSession::cancel);
    connect(m_recompute, &QPushButton::clicked, session, &TabletopSession::run);
    connect(m_first, &QToolButton::clicked, session, [session] { session->setTimeIndex(0); });
    connect(m_back, &QToolButton::clicked, session, &TabletopSession::stepBack);
    connect(m_forward, &QToolButton::clicked, session, &TabletopSession::stepForward);
    connect(m_last, &QToolButton::clicked, session, [session] {
        if (const auto p = session->projection())
            session->setTimeIndex(int(p->timeline().size()) - 1);
    });
    connect(m_slider, &QSlider::valueChanged, session, [this](int value) {
        if (!m_updating)
            m_session->setTimeIndex(value);
    });
    connect(m_setup, &ExerciseSettingsForm::message, this, &TabletopPanel::message);
    connect(m_responses, &ResponsesPage::message, this, &TabletopPanel::message);
    connect(m_logEdit, &QLineEdit::returnPressed, this, &TabletopPanel::logFromEdit);
    connect(m_logButton, &QPushButton::clicked, this, &TabletopPanel::logFromEdit);
    connect(m_removeLog, &QPushButton::clicked, this, &TabletopPanel::removeLogEntry);
    connect(m_logModel, &DecisionLogModel::refused, this, &TabletopPanel::message);
    connect(m_logModel, &QAbstractItemModel::rowsInserted, m_logTable,
        [this](const QModelIndex &, int, int last) {
            m_logTable->scrollTo(m_logModel->index(last, 0));
        });
    connect(m_markNotified, &QPushButton::clicked, this, &TabletopPanel::markSelectedNotified);
    connect(m_clocksTable, &QTableView::activated, this, &TabletopPanel::markSelectedNotified);
    connect(m_clocksTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TabletopPanel::refreshClocks);
    connect(m_clocksModel, &QAbstractItemModel::modelReset, this, &TabletopPanel::refreshClocks);
    connect(m_presenterButton, &QPushButton::clicked, this, &TabletopPanel::openPresenterView);
    connect(m_exportButton, &QPushButton::clicked, this, &TabletopPanel::exportClicked);

    connect(session, &TabletopSession::runStarted, this, &TabletopPanel::refreshRun);
    connect(session, &TabletopSession::runFinished, this, &TabletopPanel::refreshRun);
    connect(session, &TabletopSession::staleChanged, this, &TabletopPanel::refreshRun);
    connect(session, &TabletopSession::problemChanged, this, &TabletopPanel::refreshRun);
    connect(session, &TabletopSession::progress, this, [this](qint64 done, qint64 total) {
        // Trial counts fit an int only up to 2^31; the bar needs a fraction.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(session, &TabletopSession::frameChanged, this, &TabletopPanel::refreshFrame);
    connect(session, &TabletopSession::projectionChanged, this, &TabletopPanel::refreshFrame);
    connect(m_document, &Document::exerciseChanged, this, [this](const ExerciseChange &c) {
        if (c.kind == ExerciseChange::Kind::Reset
            || c.kind == ExerciseChange::Kind::SettingsChanged)
            refreshSettings();
    });
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Reset || e.kind == ChangeEvent::Kind::ElementInserted
            || e.kind == ChangeEvent::Kind::ElementRemoved
            || (e.kind == ChangeEvent::Kind::ValueChanged && e.element == ElementType::Node
                && (e.field == int(NodeField::Id) || e.field == int(NodeField::Name))))
            refreshNodeChoices();
    });

    refreshNodeChoices();
    refreshSettings();
    refreshRun();
    refreshFrame();
}

TabletopPanel::~TabletopPanel()
{
    // QWidget deletes the children after this destructor, which moves the
    // focus: an editor that loses it reports editingFinished, and neither
    // this panel nor its pages are there to handle it any more. An
    // unfinished edit goes with the panel.
    QObject *const receivers[] = { this, m_setup, m_responses };
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        for (QObject *receiver : receivers)
            disconnect(child, nullptr, receiver, nullptr);
}

void TabletopPanel::setDiagramScene(DiagramScene *scene)
{
    m_scene = scene;
    m_presenterButton->setEnabled(scene != nullptr);
}

PresenterView *TabletopPanel::openPresenterView()
{
    if (!m_scene)
        return nullptr;
    if (!m_presenter)
        m_presenter = new PresenterView(m_scene, m_session, window());
    m_presenter->present();
    return m_presenter;
}

PresenterView *TabletopPanel::presenterView() const
{
    return m_presenter;
}

void TabletopPanel::push(std::unique_ptr<QUndoCommand> command, const QString &error)
{
    fieldediting::pushOrReport(m_document, std::move(command), error,
        [this](const QString &reason) { emit message(reason); });
}

void TabletopPanel::refreshNodeChoices()
{
    const Model &m = m_document->model();
    m_setup->setNodeChoices(m);
    m_responses->setNodeChoices(m);
    refreshSettings();
}

void TabletopPanel::refreshSettings()
{
    m_setup->refresh();
    refreshResponses();
    refreshFrame();
}

void TabletopPanel::refreshResponses()
{
    const ExerciseSettings &s = m_session->settings();
    m_responses->refresh();
    m_tabs->setTabText(
        2, s.responses.isEmpty() ? tr("Responses") : tr("Responses (%1)").arg(s.responses.size()));
}

void TabletopPanel::refreshRun()
{
    const bool running = m_session->isRunning();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Computing the projection…"));
    } else if (!m_session->problem().isEmpty()) {
        m_status->setText(m_session->problem());
    } else if (m_session->isStale()) {
        m_status->setText(tr("Stale: the settings or the model changed since this projection."));
    } else if (const auto p = m_session->projection()) {
        m_status->setText(tr("Projection of %1 trials with %2 response(s).")
                              .arg(format::count(p->result.trials))
                              .arg(p->settings.responses.size()));
    } else {
        m_status->clear();
    }
    m_recompute->setEnabled(!running && !m_session->settings().vendor.isEmpty());
}

void TabletopPanel::refreshFrame()
{
    const auto p = m_session->projection();
    const int points = p ? int(p->timeline().size()) : 0;
    m_updating = true;
    m_slider->setRange(0, std::max(0, points - 1));
    m_slider->setValue(m_session->timeIndex());
    m_updating = false;
    const int k = m_session->timeIndex();
    for (QWidget *w : { static_cast<QWidget *>(m_first), static_cast<QWidget *>(m_back) })
        w->setEnabled(p && k > 0);
    for (QWidget *w : { static_cast<QWidget *>(m_forward), static_cast<QWidget *>(m_last) })
        w->setEnabled(p && k + 1 < points);
    m_slider->setEnabled(points > 1);
    m_clock->setText(m_session->clockText());
    m_time->setText(tr("t = %1").arg(format::duration(m_session->currentHours())));
    m_responses->setTime(m_session->currentHours());
    m_summary->setText(p
            ? tr("By t: %1 nodes compromised and %2 records exposed, expected.")
                  .arg(format::mean(p->expectedNodes(k)), format::records(p->expectedRecords(k)))
            : QString());
    refreshClocks();
}

void TabletopPanel::refreshClocks()
{
    const obligations::ExerciseClocks &clocks = m_session->clocks();
    const double t = m_session->currentHours();
    QString heading
        = tr("<b>Decision support, not legal advice.</b> Rules as of %1.").arg(clocks.rulesAsOf);
    if (!clocks.problem.isEmpty())
        heading += QStringLiteral("<br>") + clocks.problem.toHtmlEscaped();
    else if (clocks.clocks.isEmpty())
        heading += QStringLiteral("<br>")
            + tr("No notification obligation follows from this breach in the model.");
    m_clocksHeading->setText(heading);

    const int overdue = obligations::overdueCount(clocks, t);
    const QVector<int> next = obligations::nextDeadlines(clocks, t, 1);
    QString deadline;
    if (!next.isEmpty()) {
        const obligations::Obligation &o = clocks.clocks[next.first()].obligation;
        deadline = tr("Next deadline: %1 to notify %2 (%3) by %4, %5 left.")
                       .arg(m_clocksModel->shownName(o.node),
                           notifyText(o, m_clocksModel->shownName(o.notifyNode)), regimeText(o),
                           m_clocksModel->timeFormat().at(*o.dueHours),
                           ObligationsClock::span(*o.dueHours - t));
    } else if (clocks.result) {
        deadline = tr("No deadline ahead.");
    }
    m_deadline->setText(deadline);
    m_deadline->setVisible(!deadline.isEmpty());
    m_overdue->setText(tr("%n obligation(s) overdue.", nullptr, overdue));
    m_overdue->setVisible(overdue > 0);
    m_tabs->setTabText(m_tabs->indexOf(m_clocksTable->parentWidget()),
        overdue > 0 ? tr("Clocks (%n overdue)", nullptr, overdue) : tr("Clocks"));

    const obligations::ExerciseClock *selected
        = m_clocksModel->clock(m_clocksTable->currentIndex().row());
    m_markNotified->setEnabled(
        selected && !(selected->notifiedHours && *selected->notifiedHours <= t));
}

bool TabletopPanel::logDecision(const QString &text, QString *error)
{
    DecisionLogEntry entry;
    entry.text = text.trimmed();
    return log(std::move(entry), error);
}

bool TabletopPanel::markNotified(int row, QString *error)
{
    const obligations::ExerciseClock *c = m_clocksModel->clock(row);
    if (!c)
        return false;
    const double t = m_session->currentHours();
    const obligations::Obligation &o = c->obligation;
    if (c->notifiedHours && *c->notifiedHours <= t) {
        if (error)
            *error = tr("Already notified at %1.")
                         .arg(m_clocksModel->timeFormat().at(*c->notifiedHours));
        return false;
    }
    DecisionLogEntry entry;
    entry.text = tr("%1 notified %2 (%3, %4)")
                     .arg(m_clocksModel->shownName(o.node),
                         notifyText(o, m_clocksModel->shownName(o.notifyNode)), o.rule.regime,
                         o.rule.citation);
    entry.notified = obligations::markOf(o);
    return log(std::move(entry), error);
}

void TabletopPanel::markSelectedNotified()
{
    QString error;
    if (!markNotified(m_clocksTable->currentIndex().row(), &error) && !error.isEmpty())
        emit message(error);
}

bool TabletopPanel::log(DecisionLogEntry entry, QString *error)
{
    entry.wallClock = now();
    entry.exerciseHours = m_session->currentHours();
    QString reason;
    std::unique_ptr<QUndoCommand> command = commands::addLogEntry(m_document, entry, &reason);
    if (error)
        *error = reason;
    if (!command)
        return false;
    m_document->undoStack()->push(command.release());
    return true;
}

void TabletopPanel::logFromEdit()
{
    QString error;
    if (logDecision(m_logEdit->text(), &error))
        m_logEdit->clear();
    else
        emit message(error);
}

void TabletopPanel::removeLogEntry()
{
    const QModelIndex current = m_logTable->currentIndex();
    if (current.isValid())
        push(commands::removeLogEntry(m_document, current.row()), {});
}

bool TabletopPanel::exportRecord(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"md" && suffix != u"pdf") {
        if (error)
            *error = tr("%1: the record is written as Markdown (.md) or PDF (.pdf)").arg(path);
        return false;
    }
    AfterActionOptions options;
    options.exportedAt = QDateTime::currentDateTime();
    const auto p = m_session->projection();
    std::optional<render::Diagram> diagram;
    if (suffix == u"pdf" && p) {
        diagram = diagramAtT(m_scene, *m_session);
        options.diagramHours = m_session->currentHours();
    }
    const QString markdown = afterActionMarkdown(m_document->model(), m_document->exercise(),
        &m_session->clocks(), p.get(), m_session->isStale(), options);
    return suffix == u"md" ? writeMarkdown(path, markdown, error)
                           : writePdf(path, markdown, diagram ? &*diagram : nullptr, error);
}

void TabletopPanel::exportClicked()
{
    QString path = askExportPath ? askExportPath() : QString();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    QString error;
    if (exportRecord(path, &error))
        emit message(tr("Exported the after-action record to %1").arg(path));
    else
        emit message(error);
}

} // namespace wl::tabletop
