#include "tabletoppanel.h"

#include "afteraction.h"
#include "decisionlogmodel.h"
#include "presenterview.h"
#include "timelinemodels.h"

#include "commands/exercisecommands.h"
#include "editor/diagramscene.h"
#include "format/format.h"
#include "tables/fieldediting.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
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

// The start offered before one is chosen: the coming full hour.
QDateTime defaultStart()
{
    QDateTime t = QDateTime::currentDateTime();
    t.setTime(QTime(t.time().hour(), 0));
    return t.addSecs(3600);
}

} // namespace

TabletopPanel::TabletopPanel(TabletopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
{
    auto *layout = new QVBoxLayout(this);

    // ---- setup ----
    auto *setup = new QWidget(this);
    buildSetup(setup);
    layout->addWidget(setup);

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

    auto *responsesPage = new QWidget(m_tabs);
    auto *responsesLayout = new QVBoxLayout(responsesPage);
    m_responses = new QListWidget(responsesPage);
    responsesLayout->addWidget(m_responses);
    auto *responseRow = new QHBoxLayout;
    m_responseNode = new QComboBox(responsesPage);
    m_responseNode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_responseNode->setMinimumContentsLength(16);
    m_responseTime = new QDoubleSpinBox(responsesPage);
    m_responseTime->setRange(0.0, 1e9);
    m_responseTime->setDecimals(2);
    m_responseTime->setSuffix(tr(" h"));
    m_responseTime->setToolTip(tr("When the connection is severed (exercise time); follows t"));
    m_addResponse = new QPushButton(tr("Sever"), responsesPage);
    m_addResponse->setToolTip(tr("Sever every connection of the chosen node at this time"));
    m_removeResponse = new QPushButton(tr("Remove"), responsesPage);
    responseRow->addWidget(new QLabel(tr("Sever"), responsesPage));
    responseRow->addWidget(m_responseNode, 1);
    responseRow->addWidget(new QLabel(tr("at t ="), responsesPage));
    responseRow->addWidget(m_responseTime);
    responseRow->addWidget(m_addResponse);
    responseRow->addWidget(m_removeResponse);
    responsesLayout->addLayout(responseRow);
    m_tabs->addTab(responsesPage, tr("Responses"));

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
    connect(m_addResponse, &QPushButton::clicked, this, &TabletopPanel::addResponse);
    connect(m_removeResponse, &QPushButton::clicked, this, &TabletopPanel::removeResponse);
    connect(m_responses, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeResponse->setEnabled(row >= 0); });
    connect(m_logEdit, &QLineEdit::returnPressed, this, &TabletopPanel::logFromEdit);
    connect(m_logButton, &QPushButton::clicked, this, &TabletopPanel::logFromEdit);
    connect(m_removeLog, &QPushButton::clicked, this, &TabletopPanel::removeLogEntry);
    connect(m_logModel, &DecisionLogModel::refused, this, &TabletopPanel::message);
    connect(m_logModel, &QAbstractItemModel::rowsInserted, m_logTable,
        [this](const QModelIndex &, int, int last) {
            m_logTable->scrollTo(m_logModel->index(last, 0));
        });
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

void TabletopPanel::buildSetup(QWidget *box)
{
    m_vendor = new QComboBox(box);
    m_vendor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vendor->setMinimumContentsLength(16);
    m_vendor->setToolTip(tr("The node breached at t = 0"));
    m_start = new QDateTimeEdit(box);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setToolTip(tr("The exercise clock at t = 0: when the breach happens"));
    m_length = new QDoubleSpinBox(box);
    m_length->setRange(1.0, 100000.0);
    m_length->setDecimals(1);
    m_length->setSuffix(tr(" h"));
    m_length->setToolTip(tr("How long the exercise runs (168 h: one week)"));
    m_step = new QDoubleSpinBox(box);
    m_step->setRange(0.1, 1000.0);
    m_step->setDecimals(2);
    m_step->setSuffix(tr(" h"));
    m_step->setToolTip(tr("The timeline's step"));
    m_trials = new QSpinBox(box);
    m_trials->setRange(1, 10000000);
    m_trials->setSingleStep(1000);
    m_trials->setToolTip(tr("Simulated trials of the projection"));
    m_seed = new QLineEdit(box);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
    m_seed->setToolTip(tr("Random seed of the projection: the same seed gives the same figures"));

    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Breached vendor:"), box), 0, 0);
    grid->addWidget(m_vendor, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Breach at:"), box), 0, 4);
    grid->addWidget(m_start, 0, 5);
    grid->addWidget(new QLabel(tr("Length:"), box), 1, 0);
    grid->addWidget(m_length, 1, 1);
    grid->addWidget(new QLabel(tr("Step:"), box), 1, 2);
    grid->addWidget(m_step, 1, 3);
    grid->addWidget(new QLabel(tr("Trials:"), box), 1, 4);
    grid->addWidget(m_trials, 1, 5);
    grid->addWidget(new QLabel(tr("Seed:"), box), 1, 6);
    grid->addWidget(m_seed, 1, 7);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_vendor, &QComboBox::activated, this, [this](int index) {
        ExerciseSettings s = m_session->settings();
        s.vendor = m_vendor->itemData(index).toString();
        // The clock starts with the exercise: take the offered start.
        if (!s.start.isValid())
            s.start = m_start->dateTime();
        commitSettings(s, tr("Breach \"%1\" in the exercise").arg(s.vendor));
    });
    // On finishing, not on every keystroke: one history entry per change.
    connect(m_start, &QDateTimeEdit::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        if (!s.start.isValid() || m_start->dateTime() == s.start)
            return;
        s.start = m_start->dateTime();
        commitSettings(s, tr("Set the exercise start"));
    });
    connect(m_length, &QDoubleSpinBox::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        s.lengthHours = m_length->value();
        commitSettings(s, tr("Set the exercise length"));
    });
    connect(m_step, &QDoubleSpinBox::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        s.stepHours = m_step->value();
        commitSettings(s, tr("Set the timeline step"));
    });
    connect(m_trials, &QSpinBox::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        s.trials = m_trials->value();
        commitSettings(s, tr("Set the exercise trials"));
    });
    connect(m_seed, &QLineEdit::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        const std::optional<quint64> seed = format::parseRngSeed(m_seed->text());
        if (!seed || *seed == s.rngSeed) {
            // Over 2^64 - 1: back to the document's value.
            m_seed->setText(format::rngSeed(s.rngSeed));
            return;
        }
        s.rngSeed = *seed;
        commitSettings(s, tr("Set the exercise random seed"));
    });
}

TabletopPanel::~TabletopPanel()
{
    // QWidget deletes the children after this destructor, which moves the
    // focus: an editor that loses it reports editingFinished, and this is no
    // longer a panel to handle it. An unfinished edit goes with the panel.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
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

void TabletopPanel::commitSettings(const ExerciseSettings &settings, const QString &text)
{
    QString error;
    push(commands::setExerciseSettings(m_document, settings, text, &error), error);
    // A refused value goes back to what the document holds.
    refreshSettings();
}

void TabletopPanel::refreshNodeChoices()
{
    const Model &m = m_document->model();
    m_updating = true;
    for (QComboBox *box : { m_vendor, m_responseNode }) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const Node &n : m.nodes())
            box->addItem(format::nodeLabel(m, n.id), n.id);
        box->setCurrentIndex(box->findData(current));
    }
    m_updating = false;
    refreshSettings();
}

void TabletopPanel::refreshSettings()
{
    const ExerciseSettings &s = m_session->settings();
    m_updating = true;
    const int vendor = m_vendor->findData(s.vendor);
    m_vendor->setCurrentIndex(vendor);
    if (vendor < 0 && !s.vendor.isEmpty())
        m_vendor->setToolTip(tr("\"%1\" is not in the model").arg(s.vendor));
    m_start->setDateTime(s.start.isValid() ? s.start : defaultStart());
    m_length->setValue(s.lengthHours);
    m_step->setValue(s.stepHours);
    m_trials->setValue(s.trials);
    m_seed->setText(format::rngSeed(s.rngSeed));
    m_updating = false;
    refreshResponses();
    refreshFrame();
}

void TabletopPanel::refreshResponses()
{
    const ExerciseSettings &s = m_session->settings();
    const Model &m = m_document->model();
    const int row = m_responses->currentRow();
    m_responses->clear();
    for (const sim::TimedNode &r : s.responses) {
        m_responses->addItem(tr("Sever %1 at t = %2 (%3)")
                                 .arg(format::nodeName(m, r.node), format::hours(r.atHours),
                                     exercise::clockText(s, r.atHours)));
    }
    m_responses->setCurrentRow(std::min(row, m_responses->count() - 1));
    m_removeResponse->setEnabled(m_responses->currentRow() >= 0);
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
    m_time->setText(tr("t = %1").arg(format::hours(m_session->currentHours())));
    m_responseTime->setValue(m_session->currentHours());
    m_summary->setText(p
            ? tr("By t: %1 nodes compromised and %2 records exposed, expected.")
                  .arg(format::mean(p->expectedNodes(k)), format::records(p->expectedRecords(k)))
            : QString());
}

void TabletopPanel::addResponse()
{
    const QString node = m_responseNode->currentData().toString();
    if (node.isEmpty()) {
        emit message(tr("Choose the node to sever."));
        return;
    }
    QString error;
    push(commands::addResponse(m_document, node, m_responseTime->value(), &error), error);
}

void TabletopPanel::removeResponse()
{
    push(commands::removeResponse(m_document, m_responses->currentRow()), {});
}

bool TabletopPanel::logDecision(const QString &text, QString *error)
{
    DecisionLogEntry entry;
    entry.wallClock = now();
    entry.exerciseHours = m_session->currentHours();
    entry.text = text.trimmed();
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
    const QString markdown = afterActionMarkdown(
        m_document->model(), m_document->exercise(), p.get(), m_session->isStale(), options);
    return suffix == u"md" ? writeMarkdown(path, markdown, error) : writePdf(path, markdown, error);
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
