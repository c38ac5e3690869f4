// Automatic layout for the canvas: the Layout menu's engine choice and
// actions, a run of layout::computeLayout on a snapshot of the model as a
// single-thread BackgroundJob, the busy indicator with Cancel in the status
// bar, and the result applied as one undoable "Layout (engine)" command.
// A layout that gives Graphviz more than files::kLayoutInHelperAbove nodes
// in one run, or a model of more than files::kLayoutInHelperAboveNodes, is
// laid out in the helper process (files::computeLayoutInChild), which
// Cancel, a new layout and closing the window kill at once; others in this
// process, where a cancelled Graphviz run goes on to its end (well under a
// second) and its result is dropped.
// Edits made while Graphviz runs stay: a node moved, pinned, unpinned or
// added meanwhile keeps its place, a node removed stays removed.
//
// A model that opens without any stored position is laid out the same way
// with the default engine, but the result is only shown (DiagramScene keeps
// it) and not stored: opening a file does not modify it. The first edit
// that stores positions stores the shown ones too (see DiagramEditor). A
// model that opens with positions gets its edges routed around them the
// same way, shown only.
#pragma once

#include "diagramscene.h"
#include "jobs/backgroundjob.h"

#include "layout/layout.h"
#include "model/document.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace wl {

class LayoutController : public QObject {
    Q_OBJECT
public:
    // `window` parents the message dialog and the status widget.
    LayoutController(Document *document, DiagramScene *scene, QWidget *window);
    ~LayoutController() override;

    QAction *layoutAction() const { return m_layout; }
    QAction *cancelAction() const { return m_cancel; }
    // Automatic, then one checkable entry per engine.
    QMenu *engineMenu() const { return m_engineMenu; }
    // Busy indicator, Cancel and the last run's Graphviz messages.
    QWidget *statusWidget() const { return m_status; }

    // nullopt: automatic (dot up to 1,500 nodes, sfdp above).
    std::optional<layout::Engine> engineChoice() const { return m_choice; }
    void setEngineChoice(std::optional<layout::Engine> engine);
    layout::Engine engineFor(int nodeCount) const;

    // The weaklink-cli that lays out the models above the helper's threshold
    // from the next run on; empty: every layout runs in this process. By
    // default the one beside this program (files::helperPath()), if any.
    void setHelper(const QString &path) { m_helper = path; }

    bool isBusy() const { return m_run != nullptr; }
    // Graphviz's messages from the last finished run.
    QStringList lastMessages() const { return m_messages; }

    // Lays the document out with the chosen engine; the result becomes one
    // undoable command. Does nothing for an empty model.
    void layOut();
    void cancel();

signals:
    void busyChanged(bool busy);
    // A run ended: applied, shown, failed or cancelled.
    void finished();
    // Something the user should read in the status bar.
    void message(const QString &text);

private:
    enum class Purpose { Apply, Show };
    struct Run;
    // The outcome and, if it is a layout, what the scene keeps of it, made
    // on the worker.
    struct Laid {
        layout::LayoutOutcome outcome;
        std::shared_ptr<const DiagramScene::LayoutMemo> memo;
    };

    void createActions(QWidget *window);
    void createStatusWidget(QWidget *window);
    // `routeOnly`: keep the nodes where they are (layout::routeEdges).
    void start(layout::Engine engine, Purpose purpose, bool routeOnly = false);
    void finish(const Laid &laid);
    void stopRun();
    void setBusy(bool busy, const QString &text = {});
    void showMessages();
    void onDocumentChanged(const ChangeEvent &e);

    Document *m_document;
    DiagramScene *m_scene;
    QPointer<QWidget> m_window;
    std::optional<layout::Engine> m_choice;
    std::unique_ptr<Run> m_run;
    BackgroundJob<Laid> m_job;
    QString m_helper;
    QStringList m_messages;

    QAction *m_layout = nullptr;
    QAction *m_cancel = nullptr;
    QMenu *m_engineMenu = nullptr;
    QActionGroup *m_engineGroup = nullptr;
    QWidget *m_status = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_messagesButton = nullptr;
};

} // namespace wl
