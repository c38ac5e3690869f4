// Opens, saves and replaces the one Document of a main window: New, Open,
// Open Recent, Save, Save As, Export, the unsaved-changes prompt and the
// messages about all of them. Every question it asks the user goes through
// Prompts, which tests replace with scripted answers; users see the real
// dialogs.
#pragma once

#include "interchange/importreport.h"
#include "interchange/merge.h"
#include "model/document.h"
#include "model/readcontrol.h"
#include "model/readresult.h"

#include <QMessageBox>
#include <QObject>

#include <functional>
#include <optional>

namespace wl {

class RecentFiles;

class DocumentController : public QObject {
    Q_OBJECT
public:
    enum class ImportMode { Merge, NewDocument, Cancel };
    // What the import report shows.
    struct ImportSummary {
        QString fileName;
        ImportReport report;
        QStringList warnings;
        interchange::ImportCounts counts;
        // Merged: the conflicts resolved; -1 for a new document.
        int conflicts = -1;
    };

    struct Prompts {
        // Save, Discard or Cancel for a modified document about to be
        // replaced or closed.
        std::function<QMessageBox::StandardButton(const QString &documentName)> confirmDiscard;
        // A file to open; empty to cancel.
        std::function<QString()> openPath;
        // Where to save a .weaklink document / export model JSON, starting
        // from a suggestion; empty to cancel.
        std::function<QString(const QString &suggestion)> savePath;
        std::function<QString(const QString &suggestion)> exportPath;
        // A file to import (File ▸ Import…); empty to cancel.
        std::function<QString()> importPath;
        // The document has nodes: merge the imported model into it, open it
        // as a new document, or cancel.
        std::function<ImportMode(const QString &fileName)> importMode;
        // A resolution for each conflict of a merge, in the plan's order;
        // nothing to cancel the merge.
        std::function<std::optional<QList<interchange::Resolution>>(
            const Model &mine, const Model &theirs, const interchange::MergePlan &plan)>
            resolveConflicts;
        // Shows what an import did; true if the user asked to select the
        // placeholder nodes.
        std::function<bool(const ImportSummary &summary)> showImportReport;
        // An operation failed: a headline naming the file, and the reason.
        std::function<void(const QString &title, const QString &text, const QString &reason)> error;
    };

    // `window` parents the dialogs; the document and the recent-files list
    // are not owned.
    DocumentController(Document *document, RecentFiles *recentFiles, QWidget *window);

    Document *document() const { return m_document; }
    Prompts &prompts() { return m_prompts; }

    // Reads a file, on a worker thread: files::openModelFile, unless a test
    // puts a slower reader in its place. The progress dialog names the
    // stage `control` reports; its Cancel sets `control`'s flag.
    using FileReader = std::function<ReadResult(const QString &path, const ReadControl &control)>;
    void setFileReader(FileReader reader) { m_fileReader = std::move(reader); }

    // The file the document was read from or last saved to (a .weaklink
    // document or an imported file); empty for a new document and the
    // bundled example. Saving goes to Document::filePath(), which is empty
    // for anything but a .weaklink document.
    QString sourcePath() const { return m_sourcePath; }
    // "Model name — file name" for the window title.
    QString title() const;
    // What the reader reported about the file on its last open.
    QStringList readerWarnings() const { return m_readerWarnings; }

    // Each returns whether it was done; false after a cancel or an error,
    // which leaves the current document as it was.
    bool newDocument();
    bool open();
    bool openFile(const QString &path);
    bool openRecent(const QString &path);
    bool openExample();
    // The second example: a .weaklink document with the scenario "Analytics
    // vendor breach, customer told 16 days later" (app/tools/
    // makestoryexample.cpp), opened as an unsaved document.
    bool openStoryExample();
    static QString storyExamplePath();
    // Opens a recovery copy (app/recovery) as an unsaved document that
    // saves to `sourcePath` if that is a .weaklink document; `name` is what
    // the messages call it. The history of the lost session is not kept.
    bool recover(const QString &copyPath, const QString &sourcePath, bool sourceIsDocument,
        const QString &name);
    bool save();
    bool saveAs();
    bool exportModelJson();
    // File ▸ Import…: another tool's file (docs/IMPORT.md) as a new
    // document or merged into this one, as one undo step; then the import
    // report.
    bool importFile();
    // The same for a named file (dropped on the window); a .weaklink
    // document is opened instead.
    bool importFrom(const QString &path);
    // Asks whether to save a modified document; true if it may now be
    // replaced or closed.
    bool maybeSave();

    static QString examplePath();

signals:
    void titleChanged();
    void statusMessage(const QString &message);
    void readerWarningsChanged(const QStringList &warnings);
    // The import report's "Select Placeholders".
    void selectNodesRequested(const QStringList &nodeIds);
    // The story example was opened: its scenario is there to be looked at.
    void storyExampleOpened();

private:
    struct Loaded {
        ReadResult result;
        bool isWeaklinkDocument = false;
    };

    void installDefaultPrompts();
    // Opens without asking about unsaved changes.
    bool load(const QString &path);
    // Reads on a worker thread; nullopt if the user cancelled.
    std::optional<Loaded> readFile(const QString &path);
    void adopt(ReadResult result, const QString &sourcePath, bool isWeaklinkDocument);
    bool saveTo(const QString &path);
    // Merges `theirs` into the document as one command; the ids their
    // placeholders have after the merge go to *placeholders.
    bool merge(const Model &theirs, const QString &path, const ImportReport &report,
        QStringList *placeholders, int *conflicts);
    QString displayName() const;
    // Beside the source file, else in the last directory used.
    QString suggestedPath(const QString &suffix) const;
    void rememberDirectory(const QString &path);
    QString lastDirectory() const;

    Document *m_document;
    RecentFiles *m_recentFiles;
    QWidget *m_window;
    Prompts m_prompts;
    FileReader m_fileReader;
    QString m_sourcePath;
    // File name (without suffix) Save As suggests for the bundled example.
    QString m_exampleBaseName;
    QStringList m_readerWarnings;
    bool m_busy = false;
};

} // namespace wl
