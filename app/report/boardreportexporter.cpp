#include "boardreportexporter.h"

#include "jobs/simulationsnapshot.h"
#include "model/document.h"
#include "report/reportpdf.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace wl {

namespace {

constexpr int kProgressSteps = 1000;

} // namespace

BoardReportExporter::BoardReportExporter(SimulationContext *simulation, QWidget *window)
    : QObject(window)
    , m_simulation(simulation)
    , m_window(window)
    , m_job(BackgroundJobBase::Kind::Simulation, simulation->budget())
{
    askOptions = [this] { return askWithDialog(); };
    askPath = [this](const QString &suggestion) { return askWithFileDialog(suggestion); };
    connect(&m_job, &BackgroundJobBase::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setValue(total > 0 ? int(kProgressSteps * done / total) : 0);
    });
}

BoardReportExporter::~BoardReportExporter() = default;

std::optional<report::ReportOptions> BoardReportExporter::askWithDialog()
{
    const Document *doc = m_simulation->document();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Board Report"));
    auto *paper = new QComboBox(&dialog);
    paper->setObjectName(QStringLiteral("reportPaper"));
    paper->addItem(tr("A4"), int(render::PaperSize::A4));
    paper->addItem(tr("A3"), int(render::PaperSize::A3));
    paper->addItem(tr("US Letter"), int(render::PaperSize::Letter));
    auto *orientation = new QComboBox(&dialog);
    orientation->addItem(tr("Landscape"), false);
    orientation->addItem(tr("Portrait"), true);
    auto *since = new QComboBox(&dialog);
    since->setObjectName(QStringLiteral("reportSince"));
    for (auto it = doc->snapshots().crbegin(); it != doc->snapshots().crend(); ++it)
        since->addItem(it->name, it->name);
    since->addItem(tr("No comparison"));
    auto *scenario = new QComboBox(&dialog);
    scenario->addItem(tr("None"));
    for (const SavedScenario &s : doc->scenarios())
        scenario->addItem(s.name, s.name);
    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), paper);
    form->addRow(tr("&Orientation:"), orientation);
    form->addRow(tr("&Compare with:"), since);
    form->addRow(tr("&Scenario:"), scenario);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Continue…"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("A PDF for the board: the figures in plain language, the map, "
                                "the charts and how the numbers were made (10,000 trials, random "
                                "seed 1)."),
        &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    report::ReportOptions options;
    options.page = { render::PaperSize(paper->currentData().toInt()),
        orientation->currentData().toBool(), true };
    options.since = since->currentData().toString();
    options.compare = since->currentData().isValid();
    options.scenario = scenario->currentData().toString();
    return options;
}

QString BoardReportExporter::askWithFileDialog(const QString &suggestion)
{
    return QFileDialog::getSaveFileName(
        m_window, tr("Save Board Report"), suggestion, tr("PDF document (*.pdf)"));
}

bool BoardReportExporter::exportReport()
{
    if (m_job.isRunning())
        return false;
    const std::optional<report::ReportOptions> options = askOptions();
    if (!options)
        return false;
    const QString file = m_simulation->document()->filePath();
    const QString base = file.isEmpty() ? tr("report") : QFileInfo(file).completeBaseName();
    const QString folder = file.isEmpty() ? QDir::homePath() : QFileInfo(file).absolutePath();
    QString path = askPath(QDir(folder).filePath(base + QStringLiteral("-report.pdf")));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return start(*options, path);
}

bool BoardReportExporter::start(const report::ReportOptions &given, const QString &path)
{
    const Document *doc = m_simulation->document();
    report::ReportOptions options = given;
    options.source = doc->filePath().isEmpty() ? QStringLiteral("MODEL")
                                               : QFileInfo(doc->filePath()).fileName();
    if (const QString why = report::checkOptions(doc->state(), options); !why.isEmpty()) {
        emit message(tr("The report cannot be made: %1").arg(why));
        return false;
    }
    const std::shared_ptr<const SimulationSnapshot> snapshot = m_simulation->snapshot();
    const DocumentState state = doc->state();
    m_progress = new QProgressDialog(
        tr("Computing the report's figures…"), tr("Cancel"), 0, kProgressSteps, m_window);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setWindowTitle(tr("Board Report"));
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &BoardReportExporter::cancel);
    m_job.start(
        [snapshot, state, options](const JobContext &context) {
            return report::computeReport(*snapshot->model(), state, options, context.runOptions());
        },
        [this, path](std::optional<report::ReportOutcome> out) {
            if (m_progress) {
                m_progress->disconnect(this);
                m_progress->deleteLater();
                m_progress = nullptr;
            }
            if (!out || out->cancelled) {
                emit message(tr("Cancelled: no report was written."));
                return;
            }
            if (!out->data) {
                emit message(tr("The report cannot be made: %1").arg(out->error));
                return;
            }
            QString error;
            if (!report::BoardReport::write(*out->data, path, &error)) {
                emit message(tr("The report was not written: %1").arg(error));
                return;
            }
            emit message(tr("Board report written to %1.").arg(QDir::toNativeSeparators(path)));
            emit written(path);
        });
    return true;
}

void BoardReportExporter::cancel()
{
    m_job.cancel();
}

} // namespace wl
