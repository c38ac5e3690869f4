#include "documentcontroller.h"

#include "dialogs/importreportdialog.h"
#include "dialogs/mergeconflictsdialog.h"
#include "jobs/backgroundthreads.h"
#include "recentfiles.h"
#include "settingswriter.h"

#include "commands/commands.h"
#include "files/modelfile.h"
#include "io/modeljson.h"
#include "io/printable.h"
#include "storage/storage.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <memory>

namespace wl {

namespace {

const QString kLastDirectoryKey = QStringLiteral("lastDirectory");

// Files that take longer than this to read get a progress dialog; quicker
// ones open without a flash of one.
constexpr int kProgressDelayMs = 250;

QString withSuffix(const QString &path, const QString &suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + QLatin1Char('.') + suffix;
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// "FILE: reason", naming the file even if the reader did not.
QString failureReason(const ReadResult &result, const QString &path)
{
    return result.fileName.isEmpty()
        ? QDir::toNativeSeparators(path) + QStringLiteral(": ") + result.error
        : result.message();
}

// What a read on the worker shares with the dialog that waits for it; held
// by both, as the worker may outlive a cancelled dialog.
struct ReadWatch {
    std::atomic_bool cancel { false };
    std::atomic_int stage { -1 };
};

QString stageText(int stage)
{
    switch (static_cast<ReadStage>(stage)) {
    case ReadStage::Reading: return DocumentController::tr("Reading the file…");
    case ReadStage::Checking: return DocumentController::tr("Checking its size and nesting…");
    case ReadStage::Parsing: return DocumentController::tr("Parsing…");
    case ReadStage::Validating: return DocumentController::tr("Validating against the schema…");
    case ReadStage::Mapping: return DocumentController::tr("Mapping to nodes, edges and data…");
    case ReadStage::Building: return DocumentController::tr("Checking the model…");
    case ReadStage::Loading: return DocumentController::tr("Loading the document…");
    }
    return {};
}

QString importFilter()
{
    return DocumentController::tr("Importable files (*.json *.xml *.csv *.xlsx *.yaml *.yml "
                                  "*.otm *.dot *.gv)");
}

} // namespace

DocumentController::DocumentController(
    Document *document, RecentFiles *recentFiles, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_recentFiles(recentFiles)
    , m_window(window)
    , m_fileReader([](const QString &path, const ReadControl &control) {
        files::OpenOptions options;
        options.control = control;
        return files::openModelFile(path, options);
    })
{
    installDefaultPrompts();
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::NameChanged || e.kind == ChangeEvent::Kind::Reset)
            emit titleChanged();
    });
}

QString DocumentController::examplePath()
{
    return QStringLiteral(":/examples/ai-platform-analytics-breach.json");
}

void DocumentController::installDefaultPrompts()
{
    m_prompts.confirmDiscard = [this](const QString &name) {
        return QMessageBox::warning(m_window, tr("Unsaved Changes"),
            tr("“%1” has unsaved changes.\nDo you want to save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_prompts.openPath = [this] {
        QFileDialog dialog(m_window, tr("Open"), lastDirectory());
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setNameFilters({ tr("Weaklink documents and model JSON (*.weaklink *.json)"),
            tr("Weaklink documents (*.weaklink)"), tr("Model JSON (*.json)"), importFilter(),
            tr("All files (*)") });
        return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
    };
    m_prompts.importPath = [this] {
        QFileDialog dialog(m_window, tr("Import"), lastDirectory());
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setNameFilters({ importFilter(), tr("CycloneDX SBOMs (*.json *.xml)"),
            tr("Spreadsheets (*.csv *.xlsx)"),
            tr("Threat models: Threat Dragon, OTM, Threagile (*.json *.yaml *.yml *.otm)"),
            tr("Graphviz DOT (*.dot *.gv)"), tr("All files (*)") });
        return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
    };
    m_prompts.importMode = [this](const QString &name) {
        QMessageBox box(QMessageBox::Question, tr("Import"),
            tr("Merge “%1” into the open document, or open it as a new document?").arg(name),
            QMessageBox::Cancel, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("A merge matches nodes by id, then by name and organisation, "
                                  "asks about conflicts, and is one step to undo."));
        QPushButton *merge = box.addButton(tr("&Merge"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(tr("Open as &New Document"), QMessageBox::ActionRole);
        box.setDefaultButton(merge);
        box.exec();
        return box.clickedButton() == merge ? ImportMode::Merge
            : box.clickedButton() == fresh  ? ImportMode::NewDocument
                                            : ImportMode::Cancel;
    };
    m_prompts.resolveConflicts
        = [this](const Model &mine, const Model &theirs,
              const interchange::MergePlan &plan) -> std::optional<QList<interchange::Resolution>> {
        MergeConflictsDialog dialog(mine, theirs, plan, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.resolutions();
    };
    m_prompts.showImportReport = [this](const ImportSummary &summary) {
        ImportReportDialog dialog(summary, m_window);
        return dialog.exec() == ImportReportDialog::SelectPlaceholders;
    };
    const auto askPath = [this](const QString &title, const QString &suggestion,
                             const QString &filter, const QString &suffix) {
        QFileDialog dialog(m_window, title, suggestion, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(suffix);
        return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
    };
    m_prompts.savePath = [this, askPath](const QString &suggestion) {
        return askPath(
            tr("Save As"), suggestion, tr("Weaklink documents (*.weaklink)"), storage::kFileSuffix);
    };
    m_prompts.exportPath = [this, askPath](const QString &suggestion) {
        return askPath(
            tr("Export Model JSON"), suggestion, tr("Model JSON (*.json)"), QStringLiteral("json"));
    };
    m_prompts.error = [this](const QString &title, const QString &text, const QString &reason) {
        // File names and reasons quote the file: never markup, never
        // control characters. The informative text is always taken as
        // rich text here, so that escaping it is enough.
        QMessageBox box(QMessageBox::Critical, title, io::printable(text, io::LineBreaks::Keep),
            QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(QStringLiteral("<p>%1</p>")
                                   .arg(io::printable(reason, io::LineBreaks::Keep)
                                            .toHtmlEscaped()
                                            .replace(u'\n', QStringLiteral("<br>"))));
        box.exec();
    };
}

QString DocumentController::title() const
{
    const QString name = m_document->model().name;
    const QString file = fileName(m_sourcePath);
    if (file.isEmpty())
        return name.isEmpty() ? tr("Untitled") : name;
    if (name.isEmpty())
        return file;
    return tr("%1 — %2").arg(name, file);
}

QString DocumentController::displayName() const
{
    if (!m_sourcePath.isEmpty())
        return fileName(m_sourcePath);
    return m_document->model().name.isEmpty() ? tr("Untitled") : m_document->model().name;
}

bool DocumentController::newDocument()
{
    if (m_busy || !maybeSave())
        return false;
    ReadResult empty;
    empty.model = Model {};
    adopt(std::move(empty), QString(), false);
    m_exampleBaseName.clear();
    emit statusMessage(tr("New document"));
    return true;
}

bool DocumentController::open()
{
    if (m_busy || !maybeSave())
        return false;
    const QString path = m_prompts.openPath();
    if (path.isEmpty())
        return false;
    rememberDirectory(path);
    return load(path);
}

bool DocumentController::openRecent(const QString &path)
{
    if (m_busy)
        return false;
    if (!QFileInfo::exists(path)) {
        m_recentFiles->remove(path);
        m_prompts.error(tr("File Not Found"),
            tr("“%1” no longer exists.").arg(QDir::toNativeSeparators(path)),
            tr("It has been removed from the list of recent files."));
        return false;
    }
    return maybeSave() && load(path);
}

bool DocumentController::openFile(const QString &path)
{
    return !m_busy && maybeSave() && load(path);
}

bool DocumentController::load(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    std::optional<Loaded> loaded = readFile(absolutePath);
    if (!loaded)
        return false;
    ReadResult &result = loaded->result;
    if (!result.ok()) {
        m_prompts.error(tr("Cannot Open File"),
            tr("Weaklink could not open “%1”.").arg(fileName(absolutePath)),
            failureReason(result, absolutePath));
        emit statusMessage(tr("Could not open “%1”").arg(fileName(absolutePath)));
        return false;
    }
    const bool migrated = result.migrated;
    const int warnings = int(result.warnings.size());
    adopt(std::move(result), absolutePath, loaded->isWeaklinkDocument);
    m_exampleBaseName.clear();
    m_recentFiles->add(absolutePath);

    QString message = warnings == 0 ? tr("Opened “%1”").arg(fileName(absolutePath))
        : warnings == 1
        ? tr("Opened “%1” with 1 reader warning").arg(fileName(absolutePath))
        : tr("Opened “%1” with %2 reader warnings").arg(fileName(absolutePath)).arg(warnings);
    if (migrated) {
        m_document->markModified();
        message += tr(" — it was written by an older version of Weaklink and has been "
                      "updated; save to keep the update");
    }
    emit statusMessage(message);
    return true;
}

bool DocumentController::openExample()
{
    if (m_busy || !maybeSave())
        return false;
    QFile file(examplePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString baseName = QFileInfo(examplePath()).completeBaseName();
    ReadResult result = io::readModelJson(file.readAll(), fileName(examplePath()));
    if (!result.ok()) {
        m_prompts.error(tr("Cannot Open Example"),
            tr("The bundled example model could not be read."), result.message());
        return false;
    }
    adopt(std::move(result), QString(), false);
    m_exampleBaseName = baseName;
    emit statusMessage(tr("Opened the bundled example model"));
    return true;
}

QString DocumentController::storyExamplePath()
{
    return QStringLiteral(":/examples/analytics-vendor-breach.weaklink");
}

bool DocumentController::openStoryExample()
{
    if (m_busy || !maybeSave())
        return false;
    // SQLite reads files, not resources: a private copy, gone once read.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(storyExamplePath()).fileName());
    ReadResult result = dir.isValid() && QFile::copy(storyExamplePath(), copy)
        ? files::openModelFile(copy)
        : ReadResult::failure(storyExamplePath(), tr("cannot copy it to a temporary folder"));
    if (!result.ok()) {
        m_prompts.error(tr("Cannot Open Example"),
            tr("The bundled example document could not be read."), result.message());
        return false;
    }
    adopt(std::move(result), QString(), false);
    m_exampleBaseName = QFileInfo(storyExamplePath()).completeBaseName();
    emit storyExampleOpened();
    emit statusMessage(tr("Opened the example “Analytics vendor breach, customer told 16 days "
                          "later”"));
    return true;
}

bool DocumentController::recover(
    const QString &copyPath, const QString &sourcePath, bool sourceIsDocument, const QString &name)
{
    if (m_busy || !maybeSave())
        return false;
    std::optional<Loaded> loaded = readFile(copyPath);
    if (!loaded)
        return false;
    if (!loaded->result.ok()) {
        m_prompts.error(tr("Cannot Recover"),
            tr("Weaklink could not read the unsaved changes to “%1”. The recovery copy is kept.")
                .arg(name),
            failureReason(loaded->result, copyPath));
        return false;
    }
    adopt(std::move(loaded->result), sourcePath, sourceIsDocument);
    m_exampleBaseName.clear();
    m_document->markModified();
    emit statusMessage(tr("Recovered unsaved changes to “%1”; save to keep them").arg(name));
    return true;
}

std::optional<DocumentController::Loaded> DocumentController::readFile(const QString &path)
{
    m_busy = true;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto done = qScopeGuard([this] {
        QGuiApplication::restoreOverrideCursor();
        m_busy = false;
    });

    const auto watch = std::make_shared<ReadWatch>();
    QFuture<Loaded> future = runInBackground([path, read = m_fileReader, watch] {
        ReadControl control;
        control.cancel = &watch->cancel;
        control.stageEntered = [&watch = *watch](ReadStage stage) { watch.stage = int(stage); };
        Loaded loaded;
        loaded.isWeaklinkDocument
            = files::detectFileKind(path) == files::FileKind::WeaklinkDocument;
        loaded.result = read(path, control);
        return loaded;
    });
    QFutureWatcher<Loaded> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);

    // A short wait that defers input instead of showing a dialog.
    QTimer::singleShot(kProgressDelayMs, &loop, &QEventLoop::quit);
    if (!future.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!future.isFinished()) {
        // Cancel stops waiting at once and asks the reader to stop, which it
        // does within a stage; its result is dropped.
        const QString opening = tr("Opening “%1”…").arg(fileName(path));
        QProgressDialog progress(opening, tr("Cancel"), 0, 0, m_window);
        progress.setWindowTitle(tr("Opening"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        const auto showStage = [&] {
            const QString stage = stageText(watch->stage);
            progress.setLabelText(stage.isEmpty() ? opening : opening + u'\n' + stage);
        };
        showStage();
        QTimer stages;
        connect(&stages, &QTimer::timeout, &progress, showStage);
        stages.start(100);
        connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        progress.show();
        loop.exec();
        if (!future.isFinished()) {
            watch->cancel = true;
            emit statusMessage(tr("Opening “%1” was cancelled").arg(fileName(path)));
            return std::nullopt;
        }
    }
    return future.takeResult();
}

void DocumentController::adopt(
    ReadResult result, const QString &sourcePath, bool isWeaklinkDocument)
{
    m_sourcePath = sourcePath;
    m_document->setFilePath(isWeaklinkDocument ? sourcePath : QString());
    m_document->resetModel(std::move(*result.model), std::move(result.state));
    m_readerWarnings = result.warnings;
    emit readerWarningsChanged(m_readerWarnings);
    emit titleChanged();
    destroyInBackground(std::move(result));
}

bool DocumentController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool DocumentController::saveAs()
{
    if (m_busy)
        return false;
    const QString chosen = m_prompts.savePath(suggestedPath(storage::kFileSuffix));
    if (chosen.isEmpty())
        return false;
    rememberDirectory(chosen);
    return saveTo(withSuffix(chosen, storage::kFileSuffix));
}

bool DocumentController::saveTo(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved
        = storage::save(m_document->model(), m_document->state(), absolutePath, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!saved) {
        m_prompts.error(tr("Cannot Save"),
            tr("Weaklink could not save “%1”. The file on disk is unchanged.")
                .arg(fileName(absolutePath)),
            error);
        emit statusMessage(tr("Could not save “%1”").arg(fileName(absolutePath)));
        return false;
    }
    m_document->setFilePath(absolutePath);
    m_sourcePath = absolutePath;
    m_exampleBaseName.clear();
    m_document->markSaved();
    m_recentFiles->add(absolutePath);
    emit titleChanged();
    emit statusMessage(tr("Saved “%1”").arg(fileName(absolutePath)));
    return true;
}

bool DocumentController::exportModelJson()
{
    if (m_busy)
        return false;
    const QString chosen = m_prompts.exportPath(suggestedPath(QStringLiteral("json")));
    if (chosen.isEmpty())
        return false;
    rememberDirectory(chosen);
    const QString path = withSuffix(chosen, QStringLiteral("json"));
    QString error;
    if (!io::writeModelJsonFile(m_document->model(), path, &error)) {
        m_prompts.error(tr("Cannot Export"),
            tr("Weaklink could not export the model to “%1”.").arg(fileName(path)), error);
        return false;
    }
    emit statusMessage(tr("Exported model JSON to “%1”").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::importFile()
{
    if (m_busy)
        return false;
    const QString path = m_prompts.importPath();
    if (path.isEmpty())
        return false;
    rememberDirectory(path);
    return importFrom(path);
}

bool DocumentController::importFrom(const QString &path)
{
    if (m_busy)
        return false;
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const files::FileKind kind = files::detectFileKind(absolutePath);
    if (kind == files::FileKind::WeaklinkDocument)
        return openFile(absolutePath);
    std::optional<Loaded> loaded = readFile(absolutePath);
    if (!loaded)
        return false;
    ReadResult &result = loaded->result;
    const QString name = fileName(absolutePath);
    if (!result.ok()) {
        m_prompts.error(tr("Cannot Import File"),
            tr("Weaklink could not import “%1”. The open document is unchanged.").arg(name),
            failureReason(result, absolutePath));
        emit statusMessage(tr("Could not import “%1”").arg(name));
        return false;
    }

    ImportSummary summary { name, result.report, result.warnings,
        interchange::importCounts(*result.model), -1 };
    if (summary.report.format.isEmpty())
        summary.report.format = interchange::formatTitle(kind);
    const ImportMode mode = m_document->model().nodes().isEmpty() ? ImportMode::NewDocument
                                                                  : m_prompts.importMode(name);
    QStringList placeholders = result.report.placeholders;
    switch (mode) {
    case ImportMode::Cancel: return false;
    case ImportMode::NewDocument:
        if (!maybeSave())
            return false;
        adopt(std::move(result), absolutePath, false);
        m_exampleBaseName.clear();
        m_recentFiles->add(absolutePath);
        emit statusMessage(tr("Imported “%1” (%2)").arg(name, summary.report.format));
        break;
    case ImportMode::Merge:
        if (!merge(*result.model, absolutePath, result.report, &placeholders, &summary.conflicts))
            return false;
        break;
    }
    if (m_prompts.showImportReport(summary) && !placeholders.isEmpty())
        emit selectNodesRequested(placeholders);
    return true;
}

bool DocumentController::merge(const Model &theirs, const QString &path, const ImportReport &report,
    QStringList *placeholders, int *conflicts)
{
    const QString name = fileName(path);
    const Model &mine = m_document->model();
    const interchange::MergePlan plan = interchange::planMerge(mine, theirs);
    QList<interchange::Resolution> resolutions;
    if (!plan.conflicts.isEmpty()) {
        const auto chosen = m_prompts.resolveConflicts(mine, theirs, plan);
        if (!chosen) {
            emit statusMessage(tr("Merging “%1” was cancelled").arg(name));
            return false;
        }
        resolutions = *chosen;
    }
    QString error;
    QHash<QString, QString> ids;
    const std::optional<Model> merged
        = interchange::applyMerge(mine, theirs, plan, resolutions, &error, &ids);
    std::unique_ptr<QUndoCommand> command;
    if (merged)
        command = commands::replaceModel(m_document, *merged, tr("Merge “%1”").arg(name), &error);
    if (!command && !error.isEmpty()) {
        m_prompts.error(tr("Cannot Merge"),
            tr("Weaklink could not merge “%1”. The open document is unchanged.").arg(name), error);
        return false;
    }
    *conflicts = int(plan.conflicts.size());
    placeholders->clear();
    for (const QString &id : report.placeholders)
        placeholders->append(ids.value(id, id));
    if (!command) {
        emit statusMessage(tr("“%1” holds nothing the document does not have").arg(name));
        return true;
    }
    const qsizetype added = interchange::addedNodeIds(mine, *merged).size();
    m_document->undoStack()->push(command.release());
    emit statusMessage(tr("Merged “%1”: %2 new nodes").arg(name).arg(added));
    return true;
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts.confirmDiscard(displayName())) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

QString DocumentController::suggestedPath(const QString &suffix) const
{
    QString directory = lastDirectory();
    QString baseName = m_exampleBaseName.isEmpty() ? tr("untitled") : m_exampleBaseName;
    if (!m_sourcePath.isEmpty()) {
        const QFileInfo source(m_sourcePath);
        directory = source.absolutePath();
        baseName = source.completeBaseName();
    }
    return QDir(directory).filePath(baseName + QLatin1Char('.') + suffix);
}

void DocumentController::rememberDirectory(const QString &path)
{
    settings::store(kLastDirectoryKey, QFileInfo(path).absolutePath());
}

QString DocumentController::lastDirectory() const
{
    return settings::value(
        kLastDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

} // namespace wl
