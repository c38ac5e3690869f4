#include "scenariodock.h"

#include "fieldeditor.h"
#include "resultsview.h"
#include "scenario/numberinput.h"
#include "scenario/scenariolistmodel.h"
#include "scenario/timednodelist.h"
#include "selection.h"
#include "tables/fieldediting.h"

#include "commands/scenariocommands.h"
#include "format/format.h"
#include "simulation/engine.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace wl {

using numberinput::parse;
using numberinput::parseHours;

namespace {

// The scenario as the engine reports it (SimResult::scenario, the JSON's
// "scenario"), to tell whether a result was computed with these settings.
sim::Scenario asRun(sim::Scenario s)
{
    s.seeds = sim::mergeTimedNodes(s.seeds);
    s.sever = sim::mergeTimedNodes(s.sever);
    return s;
}

// Shows the document's value unless the user is typing in the field: a
// refresh caused by something else (a run that ends) must not take their
// text away.
void showText(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

ScenarioDock::ScenarioDock(
    Document *document, Selection *selection, ScenarioRunner *runner, QWidget *parent)
    : QDockWidget(tr("Scenario"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_runner(runner)
    , m_scenarios(new ScenarioListModel(document, this))
    , m_splitter(new QSplitter)
    , m_results(new ResultsView(document))
{
    setObjectName(QStringLiteral("scenarioDock"));
    m_results->setObjectName(QStringLiteral("results"));

    auto *editor = new QScrollArea;
    editor->setWidgetResizable(true);
    editor->setFrameShape(QFrame::NoFrame);
    editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setWidget(createEditor());
    // Narrower, the form would be cut off: it scrolls only vertically.
    editor->setMinimumWidth(
        m_editor->minimumSizeHint().width() + editor->verticalScrollBar()->sizeHint().width());
    m_splitter->addWidget(createScenarioPane());
    m_splitter->addWidget(editor);
    m_splitter->addWidget(m_results);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(2, 1);
    setWidget(m_splitter);
    // Side by side below the canvas, stacked beside it.
    connect(this, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        const bool side = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
        if (m_splitter->orientation() != (side ? Qt::Vertical : Qt::Horizontal))
            arrangePanes(side ? Qt::Vertical : Qt::Horizontal);
    });

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ScenarioDock::refresh);
    connect(m_document, &Document::changed, this, &ScenarioDock::onDocumentChanged);
    connect(m_document, &Document::scenariosChanged, this, [this] { m_refreshTimer.start(); });
    connect(m_selection, &Selection::changed, this, [this] {
        const QStringList nodes = m_selection->ids(ElementType::Node);
        if (nodes.size() == 1) {
            m_seeds->pickNode(nodes.first());
            m_sever->pickNode(nodes.first());
        }
        updateActions();
    });
    connect(m_runner, &ScenarioRunner::started, this, [this](const QString &name) {
        m_progress->setRange(0, 0); // busy until the first report
        m_progress->setToolTip(tr("Running \"%1\"").arg(name));
        updateActions();
    });
    connect(m_runner, &ScenarioRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
        m_progress->setToolTip(
            tr("Running \"%1\": %2 of %3 trials")
                .arg(m_runner->runningScenario(), format::count(done), format::count(total)));
    });
    connect(m_runner, &ScenarioRunner::finished, this, &ScenarioDock::onRunFinished);
    refresh();
}

QWidget *ScenarioDock::createScenarioPane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setModel(m_scenarios);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("The scenarios of this document; double-click to rename"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit currentScenarioChanged(currentScenario()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (m_updating || m_rowsChanging)
                return;
            m_row = current.row();
            m_error->hide();
            refreshEditor();
            refreshResult();
            updateActions();
        });
    connect(m_scenarios, &ScenarioListModel::renameTried, this, [this](const QString &reason) {
        if (reason.isEmpty())
            m_error->hide();
        else
            showReason(reason);
        refresh();
    });
    // The list keeps its row number, not its scenario, when rows come and
    // go (an undo puts a deleted scenario back where it was current).
    const auto rowsChanging = [this] { m_rowsChanging = true; };
    const auto rowsChanged = [this] {
        m_rowsChanging = false;
        refreshList();
        m_refreshTimer.start();
    };
    connect(m_scenarios, &QAbstractItemModel::rowsAboutToBeInserted, this, rowsChanging);
    connect(m_scenarios, &QAbstractItemModel::rowsAboutToBeRemoved, this, rowsChanging);
    connect(m_scenarios, &QAbstractItemModel::modelAboutToBeReset, this, rowsChanging);
    connect(m_scenarios, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_scenarios, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_scenarios, &QAbstractItemModel::modelReset, this, rowsChanged);
    layout->addWidget(m_list, 1);

    const auto button = [pane](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(pane);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return b;
    };
    auto *add = button(QStringLiteral("addScenario"), tr("Add"), tr("Add a scenario"));
    m_duplicate = button(QStringLiteral("duplicateScenario"), tr("Duplicate"),
        tr("Add a copy of this scenario's settings"));
    m_rename = button(QStringLiteral("renameScenario"), tr("Rename"), tr("Rename this scenario"));
    m_delete = button(
        QStringLiteral("deleteScenario"), tr("Delete"), tr("Delete this scenario and its result"));
    connect(add, &QToolButton::clicked, this, &ScenarioDock::addScenario);
    connect(m_duplicate, &QToolButton::clicked, this, &ScenarioDock::duplicateScenario);
    connect(m_rename, &QToolButton::clicked, this, [this] {
        if (m_list->currentIndex().isValid())
            m_list->edit(m_list->currentIndex());
    });
    connect(m_delete, &QToolButton::clicked, this, &ScenarioDock::deleteScenario);
    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(createRunBar());
    return pane;
}

QWidget *ScenarioDock::createEditor()
{
    m_editor = new QWidget;
    m_editor->setObjectName(QStringLiteral("scenarioEditor"));
    auto *page = new QVBoxLayout(m_editor);
    auto *form = new QFormLayout;
    page->addLayout(form);
    page->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    const auto label = [](const QString &text, const QString &tip) {
        auto *l = new QLabel(text);
        l->setToolTip(tip);
        return l;
    };

    m_seeded = new QRadioButton(tr("Seeded"));
    m_seeded->setObjectName(QStringLiteral("seededMode"));
    m_seeded->setToolTip(tr("The seed nodes are breached at their start times"));
    m_annual = new QRadioButton(tr("Annual"));
    m_annual->setObjectName(QStringLiteral("annualMode"));
    m_annual->setToolTip(tr("Every node is breached at hour 0 with its annual breach likelihood"));
    auto *modes = new QButtonGroup(m_editor);
    modes->addButton(m_seeded);
    modes->addButton(m_annual);
    connect(m_seeded, &QRadioButton::clicked, this, [this] { setMode(sim::Mode::Seeded); });
    connect(m_annual, &QRadioButton::clicked, this, [this] { setMode(sim::Mode::Annual); });
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_seeded);
    modeRow->addWidget(m_annual);
    modeRow->addStretch(1);
    form->addRow(label(tr("Mode:"), tr("Scenario JSON key: mode")), modeRow);

    m_seeds = new TimedNodeList(QStringLiteral("seeds"), tr("Start (h)"),
        tr("Breach this node at the given hour (seeded mode)"));
    m_sever = new TimedNodeList(QStringLiteral("sever"), tr("Cut off at (h)"),
        tr("From the given hour, no compromise crosses this node's connections"));
    const auto editList
        = [this](const QString &text, QVector<sim::TimedNode> sim::Scenario::*list) {
              return [this, text, list](const QVector<sim::TimedNode> &nodes) {
                  edit(text, [&](QString &, sim::Scenario &s) { s.*list = nodes; });
              };
          };
    connect(m_seeds, &TimedNodeList::edited, this,
        editList(tr("Change seeds of scenario \"%1\""), &sim::Scenario::seeds));
    connect(m_sever, &TimedNodeList::edited, this,
        editList(tr("Change severance of scenario \"%1\""), &sim::Scenario::sever));
    connect(m_seeds, &TimedNodeList::rejected, this, &ScenarioDock::showError);
    connect(m_sever, &TimedNodeList::rejected, this, &ScenarioDock::showError);
    form->addRow(label(tr("Seeds:"), tr("The nodes breached first, and when")), m_seeds);
    form->addRow(label(tr("Severance:"),
                     tr("A response plan: nodes cut off from their connections, and when")),
        m_sever);

    m_trials = new QLineEdit;
    m_trials->setObjectName(QStringLiteral("trials"));
    connect(m_trials, &QLineEdit::editingFinished, this, &ScenarioDock::editTrials);
    form->addRow(label(tr("Trials:"),
                     tr("Number of simulated breaches; more trials, narrower "
                        "intervals")),
        m_trials);

    m_rngSeed = new QLineEdit;
    m_rngSeed->setObjectName(QStringLiteral("rngSeed"));
    connect(m_rngSeed, &QLineEdit::editingFinished, this, &ScenarioDock::editRngSeed);
    form->addRow(label(tr("Random seed:"),
                     tr("The same seed, trials and model give the same result, bit for bit")),
        m_rngSeed);

    m_horizon = new QLineEdit;
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_horizon->setPlaceholderText(tr("none"));
    connect(m_horizon, &QLineEdit::editingFinished, this, &ScenarioDock::editHorizon);
    auto *horizonRow = new QHBoxLayout;
    horizonRow->addWidget(m_horizon, 1);
    horizonRow->addWidget(new QLabel(tr("h")));
    form->addRow(label(tr("Horizon:"),
                     tr("Count only compromises within this many hours; empty for no limit")),
        horizonRow);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setPalette(FieldEditor::errorPalette(m_error->palette()));
    m_error->hide();
    form->addRow(m_error);
    return m_editor;
}

QWidget *ScenarioDock::createRunBar()
{
    // Run and the quick action while idle; progress and Cancel in their
    // place while running, so nothing else moves.
    auto *stack = new QStackedWidget;
    stack->setObjectName(QStringLiteral("runBar"));

    auto *idle = new QWidget;
    auto *idleLayout = new QVBoxLayout(idle);
    idleLayout->setContentsMargins(0, 0, 0, 0);
    m_run = new QPushButton(tr("Run"));
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setToolTip(tr("Simulate this scenario"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &ScenarioDock::run);
    m_breach = new QPushButton(tr("Breach Selected Node"));
    m_breach->setObjectName(QStringLiteral("breachSelected"));
    m_breach->setToolTip(tr("Make a seeded scenario of the selected node and run it"));
    connect(m_breach, &QPushButton::clicked, this, &ScenarioDock::breachSelectedNode);
    idleLayout->addWidget(m_run);
    idleLayout->addWidget(m_breach);

    auto *running = new QWidget;
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_cancel, &QPushButton::clicked, m_runner, &ScenarioRunner::cancel);
    runningLayout->addWidget(m_progress);
    runningLayout->addWidget(m_cancel);

    stack->addWidget(idle);
    stack->addWidget(running);
    connect(m_runner, &ScenarioRunner::started, stack, [stack] { stack->setCurrentIndex(1); });
    connect(m_runner, &ScenarioRunner::finished, stack, [stack] { stack->setCurrentIndex(0); });
    return stack;
}

void ScenarioDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    // Only now is the dock as large as it will be: sizes set before would
    // be scaled down to the default size of a new widget.
    if (!m_arranged) {
        m_arranged = true;
        arrangePanes(m_splitter->orientation());
    }
}

void ScenarioDock::arrangePanes(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
    // Room for typical scenario and node names; the results get the rest.
    const int chars = fontMetrics().averageCharWidth();
    if (orientation == Qt::Horizontal)
        m_splitter->setSizes({ 26 * chars, 76 * chars, width() });
    else
        m_splitter->setSizes({ m_splitter->widget(0)->minimumSizeHint().height(),
            m_editor->sizeHint().height(), height() });
}

int ScenarioDock::currentScenario() const
{
    const int row = m_list->currentIndex().row();
    return row >= 0 && row < m_document->scenarios().size() ? row : -1;
}

void ScenarioDock::setCurrentScenario(int index)
{
    m_list->setCurrentIndex(m_scenarios->index(index));
}

void ScenarioDock::onDocumentChanged(const ChangeEvent &)
{
    // The dock's own edits refresh at once (push()), which stops this.
    m_refreshTimer.start();
}

void ScenarioDock::refresh()
{
    m_refreshTimer.stop();
    refreshList();
    refreshEditor();
    refreshResult();
    updateActions();
}

void ScenarioDock::refreshList()
{
    const int count = m_scenarios->rowCount();
    int row = std::min(m_row, count - 1);
    if (row < 0 && count > 0)
        row = 0;
    m_updating = true;
    m_list->setCurrentIndex(m_scenarios->index(row));
    m_updating = false;
    m_row = row;
}

void ScenarioDock::refreshEditor()
{
    const Model &m = m_document->model();
    const int index = currentScenario();
    m_seeds->setChoices(m);
    m_sever->setChoices(m);
    m_editor->setEnabled(index >= 0);
    const sim::Scenario s = index >= 0 ? m_document->scenarios()[index].scenario : sim::Scenario {};
    m_updating = true;
    m_seeded->setChecked(index >= 0 && s.mode == sim::Mode::Seeded);
    m_annual->setChecked(index >= 0 && s.mode == sim::Mode::Annual);
    m_seeds->setEnabled(s.mode == sim::Mode::Seeded);
    m_seeds->setList(s.seeds, m);
    m_sever->setList(s.sever, m);
    showText(m_trials, index >= 0 ? fieldediting::editorText(s.trials) : QString());
    showText(m_rngSeed, index >= 0 ? format::rngSeed(s.rngSeed) : QString());
    showText(m_horizon, s.horizonHours ? fieldediting::editorText(*s.horizonHours) : QString());
    m_updating = false;
}

void ScenarioDock::refreshResult()
{
    const QVector<SavedScenario> &scenarios = m_document->scenarios();
    const int index = currentScenario();
    if (index < 0) {
        m_results->setResult(nullptr);
        m_results->setStatus(scenarios.isEmpty()
                ? tr("No scenarios yet: add one, or select a node and choose Breach Selected Node.")
                : QString(),
            ResultsView::Status::None);
        return;
    }
    const SavedScenario &saved = scenarios[index];
    const bool lastRunIsThis = m_lastRun && m_lastRun->scenarioName == saved.name;

    // The last run if it is this scenario's newest result (stored, or not
    // stored because things changed during the run), else the stored one.
    std::shared_ptr<const analysis::ResultData> data;
    QByteArray digest;
    std::optional<QDateTime> when;
    if (lastRunIsThis && m_lastRunData
        && (!m_lastRun->stored || m_lastRun->resultJson == saved.resultJson)) {
        data = m_lastRunData;
        digest = m_lastRun->modelDigest;
        when = m_lastRun->finishedAt;
    } else if (!saved.resultJson.isEmpty()) {
        if (saved.resultJson != m_parsedJson) {
            m_parsedJson = saved.resultJson;
            QString error;
            std::optional<analysis::ResultData> parsed
                = analysis::ResultData::fromJson(saved.resultJson, &error);
            m_parseError
                = parsed ? QString() : tr("The stored result is not readable: %1").arg(error);
            m_parsed = parsed ? std::make_shared<const analysis::ResultData>(std::move(*parsed))
                              : nullptr;
        }
        data = m_parsed;
        digest = saved.resultModelDigest;
    }
    if (m_results->result() != data.get())
        m_results->setResult(data);

    // Checked against the model as it is now, not as the last run found it:
    // deleting a seed shows at once, and undoing the delete clears it.
    if (const QString problem = sim::checkScenario(m_document->model(), asRun(saved.scenario));
        !problem.isEmpty()) {
        m_results->setStatus(tr("Cannot run: %1").arg(problem), ResultsView::Status::Problem);
    } else if (!data && !saved.resultJson.isEmpty()) {
        m_results->setStatus(m_parseError, ResultsView::Status::Problem);
    } else if (!data) {
        m_results->setStatus(
            lastRunIsThis && m_lastRun->cancelled ? tr("Run cancelled.") : tr("Not run yet."),
            ResultsView::Status::None);
    } else if (digest != m_runner->simulation()->snapshot()->digest()) {
        m_results->setStatus(when && !m_lastRun->stored
                ? tr("Stale: the model changed during the run, so this result was not stored")
                : tr("Stale: the model changed since this result"),
            ResultsView::Status::Stale);
    } else if (asRun(saved.scenario) != data->scenario) {
        m_results->setStatus(
            tr("Stale: the scenario changed since this result"), ResultsView::Status::Stale);
    } else if (when) {
        m_results->setStatus(tr("Result from %1, %2 trials")
                                 .arg(format::timeOfDay(*when), format::count(data->trials)),
            ResultsView::Status::Current);
    } else {
        m_results->setStatus(tr("Saved result, %1 trials").arg(format::count(data->trials)),
            ResultsView::Status::Current);
    }
}

void ScenarioDock::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool current = currentScenario() >= 0;
    m_run->setEnabled(!running && current);
    m_duplicate->setEnabled(current);
    m_rename->setEnabled(current);
    m_delete->setEnabled(current);
    m_breach->setEnabled(!running && m_selection->ids(ElementType::Node).size() == 1);
}

void ScenarioDock::onRunFinished(const ScenarioRunner::Report &report)
{
    m_lastRun = report;
    m_lastRunData = report.result ? std::make_shared<const analysis::ResultData>(
                        analysis::ResultData::fromRun(*report.model, *report.result))
                                  : nullptr;
    // Its figures are taken; kept, the snapshot would become a second copy
    // of the model at the document's next edit.
    m_lastRun->model.reset();
    refresh();
}

void ScenarioDock::run()
{
    m_error->hide();
    m_runner->start(currentScenario());
}

void ScenarioDock::breachSelectedNode()
{
    const QStringList nodes = m_selection->ids(ElementType::Node);
    if (nodes.size() != 1 || m_runner->isRunning())
        return;
    const QString id = nodes.first();
    const QVector<SavedScenario> &scenarios = m_document->scenarios();
    const QString name = tr("Breach of %1").arg(id);
    const QVector<sim::TimedNode> seeds { { id, 0.0 } };
    int index = 0;
    while (index < scenarios.size() && scenarios[index].name != name)
        ++index;
    QString error;
    std::unique_ptr<QUndoCommand> command;
    if (index == scenarios.size()) {
        SavedScenario s;
        s.name = name;
        s.scenario.trials = m_newTrials;
        s.scenario.rngSeed = m_newRngSeed;
        s.scenario.mode = sim::Mode::Seeded;
        s.scenario.seeds = seeds;
        command = commands::insertScenario(m_document, index, std::move(s), &error);
    } else {
        sim::Scenario s = scenarios[index].scenario;
        s.mode = sim::Mode::Seeded;
        s.seeds = seeds;
        command = commands::replaceScenario(
            m_document, index, name, s, tr("Breach node \"%1\"").arg(id), &error);
    }
    if (!push(std::move(command), error))
        return;
    setCurrentScenario(index);
    run();
}

void ScenarioDock::edit(
    const QString &text, const std::function<void(QString &, sim::Scenario &)> &change)
{
    const int index = currentScenario();
    if (index < 0)
        return;
    const SavedScenario &saved = m_document->scenarios()[index];
    QString name = saved.name;
    sim::Scenario scenario = saved.scenario;
    change(name, scenario);
    QString error;
    push(commands::replaceScenario(m_document, index, name, scenario, text.arg(saved.name), &error),
        error);
}

void ScenarioDock::editTrials()
{
    m_trials->setModified(false);
    const auto trials = parse<qlonglong>(m_trials->text(),
        [](const QLocale &l, const QString &t, bool *ok) { return l.toLongLong(t, ok); });
    if (!trials || *trials < 1 || *trials > std::numeric_limits<int>::max()) {
        showError(tr("Trials are a whole number from 1 to %1.")
                      .arg(format::count(std::numeric_limits<int>::max())));
        refreshEditor();
        return;
    }
    edit(tr("Change trials of scenario \"%1\""),
        [&](QString &, sim::Scenario &s) { s.trials = int(*trials); });
}

void ScenarioDock::editRngSeed()
{
    m_rngSeed->setModified(false);
    const std::optional<quint64> seed = format::parseRngSeed(m_rngSeed->text());
    if (!seed) {
        showError(tr("The random seed is a whole number from 0 to %1.")
                      .arg(format::rngSeed(std::numeric_limits<quint64>::max())));
        refreshEditor();
        return;
    }
    edit(tr("Change random seed of scenario \"%1\""),
        [&](QString &, sim::Scenario &s) { s.rngSeed = *seed; });
}

void ScenarioDock::editHorizon()
{
    m_horizon->setModified(false);
    const QString text = m_horizon->text().trimmed();
    const std::optional<double> hours = parseHours(text);
    if (!text.isEmpty() && !hours) {
        showError(tr("The horizon is a number of hours, 0 or more; empty for none."));
        refreshEditor();
        return;
    }
    edit(tr("Change horizon of scenario \"%1\""),
        [&](QString &, sim::Scenario &s) { s.horizonHours = hours; });
}

void ScenarioDock::setMode(sim::Mode mode)
{
    // The engine takes no seeds in annual mode; undo brings them back.
    edit(tr("Change mode of scenario \"%1\""), [mode](QString &, sim::Scenario &s) {
        s.mode = mode;
        if (mode == sim::Mode::Annual)
            s.seeds.clear();
    });
}

void ScenarioDock::setNewScenarioDefaults(int trials, quint64 rngSeed)
{
    m_newTrials = trials;
    m_newRngSeed = rngSeed;
}

void ScenarioDock::addScenario()
{
    const QVector<SavedScenario> &scenarios = m_document->scenarios();
    SavedScenario s;
    s.name = commands::uniqueScenarioName(scenarios, tr("Scenario"));
    s.scenario.trials = m_newTrials;
    s.scenario.rngSeed = m_newRngSeed;
    const int index = int(scenarios.size());
    QString error;
    if (!push(commands::insertScenario(m_document, index, std::move(s), &error), error))
        return;
    setCurrentScenario(index);
    // Ready to be named, as a new file in a file manager.
    m_list->edit(m_scenarios->index(index));
}

void ScenarioDock::duplicateScenario()
{
    const int index = currentScenario();
    if (index < 0)
        return;
    const QVector<SavedScenario> &scenarios = m_document->scenarios();
    // The settings only: the copy is a starting point for a variant, not
    // yet run.
    SavedScenario copy;
    copy.name = commands::uniqueScenarioName(scenarios, tr("%1 copy").arg(scenarios[index].name));
    copy.scenario = scenarios[index].scenario;
    QString error;
    if (!push(commands::insertScenario(m_document, index + 1, std::move(copy), &error), error))
        return;
    setCurrentScenario(index + 1);
}

void ScenarioDock::deleteScenario()
{
    push(commands::removeScenario(m_document, currentScenario()), {});
}

bool ScenarioDock::push(std::unique_ptr<QUndoCommand> command, const QString &error)
{
    if (error.isEmpty())
        m_error->hide();
    const bool done = fieldediting::pushOrReport(m_document, std::move(command), error,
        [this](const QString &reason) { showReason(reason); });
    // Back to the document's values where the edit did not happen.
    refresh();
    return done;
}

void ScenarioDock::showReason(const QString &reason)
{
    showError(reason.left(1).toUpper() + reason.mid(1) + u'.');
}

void ScenarioDock::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace wl
