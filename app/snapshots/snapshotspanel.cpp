#include "snapshotspanel.h"

#include "snapshotwindow.h"

#include "commands/snapshotcommands.h"
#include "format/format.h"
#include "jobs/simulationsnapshot.h"
#include "model/document.h"
#include "tables/fieldediting.h"

#include <QAbstractTableModel>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wl {

namespace {

constexpr int kProgressSteps = 1000;

} // namespace

// The document's snapshots, one row each, oldest first.
class SnapshotsTableModel : public QAbstractTableModel {
public:
    enum Column { Date, Name, Records, Note, ColumnCount };

    explicit SnapshotsTableModel(Document *document, QObject *parent)
        : QAbstractTableModel(parent)
        , m_document(document)
    {
        reload();
        QObject::connect(document, &Document::snapshotsChanged, this, [this] { reload(); });
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_document->snapshots().size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const Snapshot &s = m_document->snapshots()[index.row()];
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Date: return format::dateTime(s.takenAt.toLocalTime());
            case Name: return s.name;
            case Records:
                return m_records[index.row()] ? format::records(*m_records[index.row()])
                                              : QStringLiteral("—");
            case Note: return s.note.section(u'\n', 0, 0);
            default: return {};
            }
        }
        if (role == Qt::ToolTipRole && index.column() == Records)
            return SnapshotsPanel::tr("Expected records exposed a year (annual baseline, %1 "
                                      "trials, random seed %2)")
                .arg(format::count(s.trials), format::rngSeed(s.rngSeed));
        if (role == Qt::ToolTipRole && index.column() == Note && !s.note.isEmpty())
            return s.note;
        if (role == Qt::TextAlignmentRole && index.column() == Records)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Date: return SnapshotsPanel::tr("Date");
        case Name: return SnapshotsPanel::tr("Name");
        case Records: return SnapshotsPanel::tr("Records exposed a year");
        case Note: return SnapshotsPanel::tr("Note");
        default: return {};
        }
    }

private:
    // Snapshots change a few times a year: the table is read again whole.
    void reload()
    {
        beginResetModel();
        m_records.clear();
        for (const Snapshot &s : m_document->snapshots())
            m_records.append(analysis::baselineRecords(s));
        endResetModel();
    }

    Document *m_document;
    QVector<std::optional<double>> m_records;
};

SnapshotsPanel::SnapshotsPanel(SimulationContext *simulation, QWidget *parent)
    : QWidget(parent)
    , m_document(simulation->document())
    , m_simulation(simulation)
    , m_model(new SnapshotsTableModel(m_document, this))
    , m_table(new QTableView(this))
    , m_take(new QPushButton(tr("Take Snapshot…"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_job(BackgroundJobBase::Kind::Simulation, simulation->budget())
    , m_compareJob(BackgroundJobBase::Kind::Simulation, simulation->budget())
{
    m_table->setObjectName(QStringLiteral("snapshotsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_take->setObjectName(QStringLiteral("takeSnapshot"));
    m_open->setObjectName(QStringLiteral("openSnapshot"));
    m_compare->setObjectName(QStringLiteral("compareSnapshot"));
    m_delete->setObjectName(QStringLiteral("deleteSnapshot"));
    m_cancel->setObjectName(QStringLiteral("cancelSnapshot"));
    m_take->setToolTip(tr("Keep a dated copy of the model as it is now, with its annual "
                          "baseline, in this document"));
    m_open->setToolTip(tr("Show the snapshot's map, read-only, in a window of its own"));
    m_compare->setToolTip(tr("What changed since the snapshot: on the map and in words"));
    m_delete->setToolTip(tr("Delete the snapshot from the document (undoable)"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setText(tr("A snapshot keeps the model as it is today, so that a later report "
                         "can say what changed since."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    askRequest = [this] { return askWithDialog(); };
    connect(m_take, &QPushButton::clicked, this, &SnapshotsPanel::takeClicked);
    connect(m_cancel, &QPushButton::clicked, this, &SnapshotsPanel::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] { openSnapshot(currentRow()); });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { openSnapshot(index.row()); });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        QString error;
        if (!compareSnapshot(currentRow(), &error))
            emit message(error);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSnapshot(currentRow()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SnapshotsPanel::refreshButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SnapshotsPanel::refreshButtons);
    const auto progress = [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(kProgressSteps * done / total) : 0);
    };
    connect(&m_job, &BackgroundJobBase::progress, this, progress);
    connect(&m_compareJob, &BackgroundJobBase::progress, this, progress);
    refreshButtons();
}

SnapshotsPanel::~SnapshotsPanel() = default;

int SnapshotsPanel::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void SnapshotsPanel::refreshButtons()
{
    const bool busy = m_job.isRunning() || m_compareJob.isRunning();
    const bool chosen = currentRow() >= 0;
    m_take->setEnabled(!busy);
    m_open->setEnabled(chosen);
    m_compare->setEnabled(chosen && !busy);
    m_delete->setEnabled(chosen && !busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

std::optional<analysis::SnapshotRequest> SnapshotsPanel::askWithDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Take Snapshot"));
    auto *name = new QLineEdit(&dialog);
    const QDate today = QDate::currentDate();
    name->setText(tr("Snapshot %1").arg(today.toString(Qt::ISODate)));
    name->selectAll();
    auto *date = new QDateEdit(today, &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *note = new QPlainTextEdit(&dialog);
    note->setPlaceholderText(tr("What this snapshot is for (optional)"));
    note->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("N&ote:"), note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The model is kept as it is now, with its annual baseline "
                                    "(10,000 trials, random seed 1)."),
        &dialog));
    layout->addLayout(form);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    analysis::SnapshotRequest request;
    request.name = name->text().trimmed();
    request.note = note->toPlainText().trimmed();
    // Taken today: now; another day: that day at noon, in the user's zone.
    request.takenAt = date->date() == today ? QDateTime::currentDateTimeUtc()
                                            : QDateTime(date->date(), QTime(12, 0)).toUTC();
    return request;
}

void SnapshotsPanel::takeClicked()
{
    const std::optional<analysis::SnapshotRequest> request = askRequest();
    if (!request)
        return;
    QString error;
    if (!takeSnapshot(*request, &error))
        emit message(error);
}

bool SnapshotsPanel::takeSnapshot(const analysis::SnapshotRequest &request, QString *error)
{
    // Checked before the run: a minute of trials for a name that is taken
    // would be a minute lost.
    const QString reason = commands::checkSnapshotName(m_document, request.name);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    const std::shared_ptr<const SimulationSnapshot> snapshot = m_simulation->snapshot();
    m_job.start(
        [snapshot, request](const JobContext &context) {
            return analysis::takeSnapshot(*snapshot->model(), request, context.runOptions());
        },
        [this](std::optional<analysis::SnapshotOutcome> out) {
            refreshButtons();
            if (!out || out->cancelled) {
                m_status->setText(tr("Cancelled: no snapshot was taken."));
                return;
            }
            if (!out->snapshot) {
                emit message(tr("The snapshot could not be taken: %1").arg(out->error));
                return;
            }
            const QString name = out->snapshot->name;
            QString why;
            std::unique_ptr<QUndoCommand> add
                = commands::addSnapshot(m_document, *out->snapshot, &why);
            if (!add) {
                m_status->clear();
                emit message(tr("The snapshot could not be kept: %1").arg(why));
                return;
            }
            m_document->undoStack()->push(add.release());
            m_status->setText(tr("Snapshot “%1” taken.").arg(name));
            emit message(tr("Snapshot “%1” taken; it is saved with the document.").arg(name));
        });
    m_progress->setValue(0);
    m_status->setText(tr("Computing the annual baseline of “%1”…").arg(request.name));
    refreshButtons();
    return true;
}

void SnapshotsPanel::cancel()
{
    m_job.cancel();
    m_compareJob.cancel();
}

bool SnapshotsPanel::compareSnapshot(int index, QString *error)
{
    const QVector<Snapshot> &snapshots = m_document->snapshots();
    if (index < 0 || index >= snapshots.size() || m_job.isRunning()) {
        if (error)
            *error = tr("Choose a snapshot to compare with.");
        return false;
    }
    const Snapshot snapshot = snapshots[index];
    const std::shared_ptr<const SimulationSnapshot> now = m_simulation->snapshot();
    m_compareJob.start(
        [snapshot, now](const JobContext &context) {
            ComparisonOutcome out;
            const ReadResult r = analysis::readSnapshotModel(snapshot);
            if (!r.ok()) {
                out.error = r.message();
                return out;
            }
            Comparison c;
            c.before = tr("snapshot “%1”").arg(snapshot.name);
            c.after = tr("the model now");
            c.beforeModel = *r.model;
            c.afterModel = *now->model();
            c.diff = analysis::diffModels(c.beforeModel, c.afterModel);
            analysis::MetricsDiffOptions options;
            options.trials = snapshot.trials;
            options.rngSeed = snapshot.rngSeed;
            analysis::MetricsDiffOutcome metrics
                = analysis::diffMetrics(c.beforeModel, c.afterModel, options, context.runOptions());
            if (!metrics.diff) {
                out.error = metrics.error;
                out.cancelled = metrics.cancelled;
                return out;
            }
            c.metrics = std::move(metrics.diff);
            out.comparison = std::move(c);
            return out;
        },
        [this, name = snapshot.name](std::optional<ComparisonOutcome> out) {
            refreshButtons();
            if (!out || out->cancelled) {
                m_status->setText(tr("Cancelled: nothing was compared."));
                return;
            }
            if (!out->comparison) {
                m_status->clear();
                emit message(tr("“%1” cannot be compared: %2").arg(name, out->error));
                return;
            }
            m_status->setText(tr("Compared with “%1”.").arg(name));
            auto *window = new CompareWindow(*out->comparison, this->window());
            window->show();
            emit compareWindowOpened(window);
        });
    m_progress->setValue(0);
    m_status->setText(tr("Comparing “%1” with the model now…").arg(snapshot.name));
    refreshButtons();
    return true;
}

SnapshotWindow *SnapshotsPanel::openSnapshot(int index)
{
    const QVector<Snapshot> &snapshots = m_document->snapshots();
    if (index < 0 || index >= snapshots.size())
        return nullptr;
    const ReadResult r = analysis::readSnapshotModel(snapshots[index]);
    if (!r.ok()) {
        emit message(tr("The snapshot cannot be opened: %1").arg(r.message()));
        return nullptr;
    }
    auto *window = new SnapshotWindow(snapshots[index], *r.model, this->window());
    window->show();
    return window;
}

void SnapshotsPanel::deleteSnapshot(int index)
{
    fieldediting::pushOrReport(m_document, commands::removeSnapshot(m_document, index), QString(),
        [this](const QString &why) { emit message(why); });
}

} // namespace wl
