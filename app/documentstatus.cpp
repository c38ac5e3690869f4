#include "documentstatus.h"

#include "dialogs/messagelistdialog.h"

#include "jobs/backgroundthreads.h"
#include "obligations/contractgaps.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace wl {

namespace {

// Above this many nodes and edges the findings are made on a worker.
constexpr qsizetype kFindingsOnTheSpot = 20000;

QString countText(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

QToolButton *warningButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int size = parent->style()->pixelMetric(QStyle::PM_SmallIconSize);
    button->setIconSize(QSize(size, size));
    button->setIcon(parent->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    button->hide();
    return button;
}

} // namespace

DocumentStatus::DocumentStatus(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_counts(new QLabel(this))
    , m_modelWarnings(warningButton(this))
    , m_readerWarnings(warningButton(this))
    , m_contractGaps(warningButton(this))
    , m_rules(obligations::builtInRules().rules)
{
    setObjectName(QStringLiteral("documentStatus"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_modelWarnings->setObjectName(QStringLiteral("modelWarningsButton"));
    m_modelWarnings->setToolTip(
        tr("Structural findings such as nodes without edges; click for the list"));
    m_readerWarnings->setObjectName(QStringLiteral("readerWarningsButton"));
    m_readerWarnings->setToolTip(
        tr("What the reader ignored in the opened file; click for the list"));
    connect(m_modelWarnings, &QToolButton::clicked, this, &DocumentStatus::showModelWarnings);
    connect(m_readerWarnings, &QToolButton::clicked, this, &DocumentStatus::showReaderWarnings);
    m_contractGaps->setObjectName(QStringLiteral("contractGapsButton"));
    m_contractGaps->setToolTip(
        tr("Flows whose contract does not cover what they carry; click for the list"));
    connect(m_contractGaps, &QToolButton::clicked, this, &DocumentStatus::showContractGaps);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(8);
    layout->addWidget(m_readerWarnings);
    layout->addWidget(m_modelWarnings);
    layout->addWidget(m_contractGaps);
    layout->addWidget(m_counts);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DocumentStatus::refresh);
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &e) {
        if (e.kind != ChangeEvent::Kind::NameChanged)
            m_refreshTimer.start();
    });
    connect(&m_findings, &QFutureWatcher<Findings>::finished, this, [this] {
        const Findings f = m_findings.future().takeResult();
        if (f.generation == m_generation)
            showFindings(f);
        else if (m_findingsInBackground)
            startFindings();
    });
    refresh();
}

DocumentStatus::~DocumentStatus()
{
    dropAndWait(m_findings);
}

void DocumentStatus::setReaderWarnings(const QStringList &warnings)
{
    m_readerWarningList = warnings;
    const int n = int(warnings.size());
    m_readerWarnings->setText(countText(n, tr("1 reader warning"), tr("%1 reader warnings")));
    m_readerWarnings->setVisible(n > 0);
}

DocumentStatus::Findings DocumentStatus::findingsOf(
    const Model &m, const std::optional<obligations::RuleSet> &rules)
{
    Findings f;
    f.warnings = modelWarnings(m);
    if (rules)
        for (const obligations::ContractGap &gap :
            obligations::contractGaps(m, *rules, QDate::currentDate()))
            f.gaps.append(obligations::gapText(m, *rules, gap));
    return f;
}

void DocumentStatus::refresh()
{
    const Model &m = m_document->model();
    m_counts->setText(
        tr("%1 · %2 · %3")
            .arg(countText(int(m.nodes().size()), tr("1 node"), tr("%1 nodes")),
                countText(int(m.edges().size()), tr("1 edge"), tr("%1 edges")),
                countText(int(m.data().size()), tr("1 data asset"), tr("%1 data assets"))));
    ++m_generation;
    m_findingsInBackground = m.nodes().size() + m.edges().size() > kFindingsOnTheSpot;
    if (m_findingsInBackground) {
        startFindings();
        return;
    }
    Findings f = findingsOf(m, m_rules);
    f.generation = m_generation;
    showFindings(f);
}

void DocumentStatus::startFindings()
{
    if (m_findings.isRunning())
        return;
    m_findings.setFuture(
        runInBackground([model = m_document->model(), rules = m_rules, generation = m_generation] {
            Findings f = findingsOf(model, rules);
            f.generation = generation;
            return f;
        }));
}

void DocumentStatus::showFindings(const Findings &f)
{
    m_modelWarningList = f.warnings;
    const int n = int(m_modelWarningList.size());
    m_modelWarnings->setText(countText(n, tr("1 warning"), tr("%1 warnings")));
    m_modelWarnings->setVisible(n > 0);
    m_contractGapList = f.gaps;
    const int gaps = int(m_contractGapList.size());
    m_contractGaps->setText(countText(gaps, tr("1 contract gap"), tr("%1 contract gaps")));
    m_contractGaps->setVisible(gaps > 0);
}

void DocumentStatus::showModelWarnings()
{
    MessageListDialog dialog(tr("Model Warnings"),
        tr("These findings do not stop the model from being used, but they often point to a "
           "missing edge or a data flow that was drawn from the wrong node."),
        m_modelWarningList, window());
    dialog.exec();
}

void DocumentStatus::showContractGaps()
{
    MessageListDialog dialog(tr("Contract Gaps"),
        tr("Flows whose contract does not cover what the flow does: personal data without a "
           "DPA or leaving the EU/EEA or the UK without a transfer mechanism, a notification "
           "SLA longer than the statutory clock it feeds, a review more than a year old. "
           "Decision support, not legal advice."),
        m_contractGapList, window());
    dialog.exec();
}

void DocumentStatus::showReaderWarnings()
{
    MessageListDialog dialog(tr("Reader Warnings"),
        tr("The reader ignored the following parts of the opened file. They are not kept when "
           "the document is saved."),
        m_readerWarningList, window());
    dialog.exec();
}

} // namespace wl
