#include "obligationspanel.h"

#include "chainview.h"
#include "obligationsmodels.h"
#include "tabletop/tabletopsession.h"

#include "commands/scenariocommands.h"
#include "model/document.h"
#include "obligations/liability.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace wl {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

ObligationsPanel::ObligationsPanel(
    Document *document, tabletop::TabletopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_rules(obligations::builtInRules())
    , m_heading(new QLabel)
    , m_problem(new QLabel)
    , m_obligations(new ObligationsTableModel(this))
    , m_parties(
          new PartiesTableModel([this](const QString &node, std::optional<double> hours,
                                    QString *error) { return setAwareness(node, hours, error); },
              this))
    , m_obligationsView(makeTable(m_obligations, QStringLiteral("obligationsTable")))
    , m_partiesView(makeTable(m_parties, QStringLiteral("partiesTable")))
    , m_chain(new ChainView)
    , m_liability(new QStandardItemModel(this))
    , m_liabilityView(new QTreeView)
{
    m_liabilityView->setObjectName(QStringLiteral("liabilityTree"));
    m_liabilityView->setModel(m_liability);
    m_liabilityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_liabilityView->setAlternatingRowColors(true);
    m_liabilityView->setUniformRowHeights(true);
    m_heading->setObjectName(QStringLiteral("obligationsHeading"));
    m_heading->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("obligationsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_partiesView->setEditTriggers(QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    auto *chainArea = new QScrollArea;
    chainArea->setWidget(m_chain);
    chainArea->setWidgetResizable(false);
    chainArea->setFrameShape(QFrame::NoFrame);

    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(chainArea);
    lower->addWidget(m_partiesView);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("obligationsTabs"));
    tabs->addTab(m_obligationsView, tr("Obligations"));
    tabs->addTab(m_liabilityView, tr("Liability"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tabs);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ObligationsPanel::refreshNow);
    connect(m_document, &Document::changed, this, &ObligationsPanel::scheduleRefresh);
    connect(m_document, &Document::scenariosChanged, this, &ObligationsPanel::scheduleRefresh);
    connect(m_document, &Document::exerciseChanged, this, &ObligationsPanel::scheduleRefresh);
    if (m_session)
        connect(m_session, &tabletop::TabletopSession::frameChanged, this,
            &ObligationsPanel::scheduleRefresh);
    connect(m_parties, &PartiesTableModel::editRefused, this, &ObligationsPanel::message);
}

void ObligationsPanel::setScenario(int index)
{
    if (index == m_scenario)
        return;
    m_scenario = index;
    scheduleRefresh();
}

void ObligationsPanel::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer.start();
}

void ObligationsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_refreshTimer.start();
}

QString ObligationsPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ObligationsPanel::refreshNow()
{
    m_refreshTimer.stop();
    m_dirty = false;
    const Model &model = m_document->model();
    const QVector<SavedScenario> &scenarios = m_document->scenarios();
    const SavedScenario *saved
        = m_scenario >= 0 && m_scenario < scenarios.size() ? &scenarios[m_scenario] : nullptr;

    ObligationsClock clock;
    obligations::Incident incident;
    const QDateTime start = m_document->exercise().settings.start;
    if (start.isValid()) {
        clock.start = start;
        incident.start = start.toUTC();
    }
    const double now = m_session ? m_session->currentHours() : 0.0;
    incident.atHours = now;

    QString problem;
    m_result.reset();
    if (!m_rules.ok())
        problem = tr("The notification rules could not be read: %1").arg(m_rules.error);
    else if (!saved)
        problem = tr("Choose a scenario in the Scenario dock: its breached nodes are where the "
                     "clocks start.");
    else if (saved->scenario.mode != sim::Mode::Seeded || saved->scenario.seeds.isEmpty())
        problem = tr("“%1” simulates a year of breaches. Obligations need a breach: make it a "
                     "breach of chosen nodes (Seeded) in the Scenario dock.")
                      .arg(saved->name);
    else {
        incident.seeds = saved->scenario.seeds;
        incident.aware = saved->awareness;
        obligations::ObligationsOutcome outcome
            = obligations::computeObligations(model, *m_rules.rules, incident);
        if (outcome.ok())
            m_result = std::move(outcome.result);
        else
            problem = tr("“%1” cannot be computed: %2").arg(saved->name, outcome.error);
    }

    const QString asOf = m_rules.ok() ? m_rules.rules->asOf : QString();
    QString heading = tr("<b>Decision support, not legal advice.</b> Rules as of %1.").arg(asOf);
    if (m_result)
        heading += u' '
            + tr("Breach of “%1”: %n obligation(s); time left at %2.", nullptr,
                int(m_result->obligations.size()))
                  .arg(saved->name, clock.at(now));
    m_heading->setText(heading);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());

    m_obligations->setResult(m_result, model, clock, now);
    m_parties->setResult(
        m_result, model, clock, saved ? saved->awareness : QVector<sim::TimedNode>());
    m_chain->setResult(m_result, model, clock);
    showLiability(model);
}

void ObligationsPanel::showLiability(const Model &model)
{
    m_liability->clear();
    m_liability->setHorizontalHeaderLabels({ tr("Asset / hop"), tr("DPA"), tr("Notification SLA"),
        tr("Transfer mechanism"), tr("Audit right"), tr("Last review") });
    if (!m_result)
        return;
    const auto party = [&](const QString &id) {
        const int i = model.nodeIndex(id);
        const QString role = i < 0 ? QString() : model.nodes()[i].gdprRole;
        return role.isEmpty() || role == u"none"
            ? partyName(model, id)
            : tr("%1 (%2)").arg(partyName(model, id), QString(role).replace(u'_', u' '));
    };
    const auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    const auto notStated = [](const QString &s) { return s.isEmpty() ? tr("not stated") : s; };
    for (const obligations::AssetLiability &a : obligations::liability(model, *m_result)) {
        const int i = model.dataIndex(a.asset);
        const QString assetName
            = i >= 0 && !model.data()[i].name.isEmpty() ? model.data()[i].name : a.asset;
        QStringList holders;
        for (const QString &h : a.holders)
            holders << party(h);
        auto *top = new QStandardItem(holders.isEmpty()
                ? tr("%1 — owner %2; breached at its owner").arg(assetName, party(a.owner))
                : tr("%1 — owner %2; held by %3")
                      .arg(assetName, party(a.owner), holders.join(QStringLiteral(", "))));
        for (const obligations::LiabilityHop &hop : a.hops) {
            const Contract &c = hop.contract;
            QList<QStandardItem *> row { new QStandardItem(
                tr("%1 → %2").arg(party(hop.from), party(hop.to))) };
            if (c.isEmpty()) {
                row << new QStandardItem(tr("no contract in the model"));
            } else {
                row << new QStandardItem(yesNo(c.dpa))
                    << new QStandardItem(c.notificationSlaHours
                               ? tr("%1 h").arg(*c.notificationSlaHours)
                               : tr("not stated"))
                    << new QStandardItem(notStated(c.transferMechanism))
                    << new QStandardItem(yesNo(c.auditRight))
                    << new QStandardItem(notStated(c.reviewed));
            }
            top->appendRow(row);
        }
        m_liability->appendRow(top);
        m_liabilityView->setFirstColumnSpanned(m_liability->rowCount() - 1, QModelIndex(), true);
    }
    m_liabilityView->expandAll();
    for (int column = 0; column < m_liability->columnCount(); ++column)
        m_liabilityView->resizeColumnToContents(column);
}

bool ObligationsPanel::setAwareness(
    const QString &node, std::optional<double> hours, QString *error)
{
    const QVector<SavedScenario> &scenarios = m_document->scenarios();
    if (m_scenario < 0 || m_scenario >= scenarios.size())
        return false;
    QVector<sim::TimedNode> told = scenarios[m_scenario].awareness;
    const auto it = std::find_if(
        told.begin(), told.end(), [&](const sim::TimedNode &t) { return t.node == node; });
    if (!hours) {
        if (it == told.end())
            return true;
        told.erase(it);
    } else if (it == told.end()) {
        told.append({ node, *hours });
    } else {
        it->atHours = *hours;
    }
    std::unique_ptr<QUndoCommand> command
        = commands::setScenarioAwareness(m_document, m_scenario, told, error);
    if (!command)
        return error->isEmpty();
    m_document->undoStack()->push(command.release());
    refreshNow();
    return true;
}

} // namespace wl
