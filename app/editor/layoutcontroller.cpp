#include "layoutcontroller.h"

#include "diagramscene.h"
#include "dialogs/messagelistdialog.h"

#include "commands/commands.h"
#include "files/helper.h"
#include "files/layoutchild.h"

#include <QAction>
#include <QActionGroup>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>

namespace wl {

struct LayoutController::Run {
    Purpose purpose = Purpose::Apply;
    bool routeOnly = false;
    layout::Engine engine = layout::Engine::Dot;
    // What the worker lays out, kept to match the result to later models.
    Model snapshot;
    // Where the nodes without a stored position were shown: the first move
    // stores them there (DiagramEditor), which is not the user moving them.
    QHash<QString, std::optional<QPointF>> shown;
    QElapsedTimer clock;
};

namespace {

// A layout applied: the node positions (moveNodes) and the picture the scene
// follows. Nodes without a stored position stand where the scene's layout
// put them, so undoing only the positions would leave the new picture.
class ApplyLayout : public QUndoCommand {
public:
    ApplyLayout(std::unique_ptr<QUndoCommand> positions, DiagramScene *scene,
        std::shared_ptr<const DiagramScene::LayoutMemo> before,
        std::shared_ptr<const DiagramScene::LayoutMemo> after)
        : QUndoCommand(positions->text())
        , m_positions(std::move(positions))
        , m_scene(scene)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override
    {
        m_positions->undo();
        if (m_scene)
            m_scene->restoreLayout(m_before);
    }

    void redo() override
    {
        m_positions->redo();
        if (m_scene)
            m_scene->restoreLayout(m_after);
    }

private:
    std::unique_ptr<QUndoCommand> m_positions;
    QPointer<DiagramScene> m_scene;
    std::shared_ptr<const DiagramScene::LayoutMemo> m_before;
    std::shared_ptr<const DiagramScene::LayoutMemo> m_after;
};

bool hasStoredPosition(const Model &m)
{
    return std::any_of(
        m.nodes().cbegin(), m.nodes().cend(), [](const Node &n) { return n.pos.has_value(); });
}

bool hasPinnedNode(const Model &m)
{
    return std::any_of(
        m.nodes().cbegin(), m.nodes().cend(), [](const Node &n) { return n.pinned; });
}

// The helper beside this program; none where there is none (a test
// program), and then every layout runs here.
QString defaultHelper()
{
    const QString path = files::helperPath();
    return QFileInfo(path).isExecutable() ? path : QString();
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return LayoutController::tr("%1 ms").arg(ms);
    return LayoutController::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

LayoutController::LayoutController(Document *document, DiagramScene *scene, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_window(window)
    , m_job(BackgroundJobBase::Kind::SingleThread)
    , m_helper(defaultHelper())
{
    createActions(window);
    createStatusWidget(window);
    connect(document, &Document::changed, this, &LayoutController::onDocumentChanged);
    setBusy(false);
}

LayoutController::~LayoutController()
{
    stopRun();
}

void LayoutController::createActions(QWidget *window)
{
    m_layout = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Lay Out"), this);
    m_layout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_layout->setToolTip(tr("Arrange the diagram automatically with Graphviz (Ctrl+L)"));
    connect(m_layout, &QAction::triggered, this, &LayoutController::layOut);

    m_cancel
        = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel Layout"), this);
    // Escape, in the whole window, while a layout runs (the action is
    // disabled otherwise, so Escape goes on to the focused widget).
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the layout (Esc)"));
    connect(m_cancel, &QAction::triggered, this, &LayoutController::cancel);

    m_engineMenu = new QMenu(tr("&Engine"), window);
    m_engineGroup = new QActionGroup(this);
    QAction *automatic = m_engineMenu->addAction(tr("&Automatic (dot, sfdp above 1,500 nodes)"));
    automatic->setCheckable(true);
    automatic->setChecked(true);
    m_engineGroup->addAction(automatic);
    connect(automatic, &QAction::triggered, this, [this] { setEngineChoice(std::nullopt); });
    m_engineMenu->addSeparator();
    for (const QString &name : layout::engineNames()) {
        const std::optional<layout::Engine> engine = layout::engineFromName(name);
        if (!engine)
            continue;
        QAction *a = m_engineMenu->addAction(name);
        a->setCheckable(true);
        a->setData(name);
        a->setStatusTip(layout::engineHonoursPins(*engine)
                ? tr("%1 keeps pinned nodes in place").arg(name)
                : tr("%1 ignores pins: pinned nodes move too").arg(name));
        m_engineGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, e = *engine] { setEngineChoice(e); });
    }
}

void LayoutController::createStatusWidget(QWidget *window)
{
    m_status = new QWidget(window);
    m_status->setObjectName(QStringLiteral("layoutStatus"));
    m_busyLabel = new QLabel(m_status);
    m_busyBar = new QProgressBar(m_status);
    m_busyBar->setObjectName(QStringLiteral("layoutBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(m_busyLabel->sizeHint().height());
    m_busyBar->setTextVisible(false);
    m_cancelButton = new QToolButton(m_status);
    m_cancelButton->setObjectName(QStringLiteral("layoutCancel"));
    m_cancelButton->setDefaultAction(m_cancel);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAutoRaise(true);
    m_messagesButton = new QToolButton(m_status);
    m_messagesButton->setObjectName(QStringLiteral("layoutMessages"));
    m_messagesButton->setAutoRaise(true);
    m_messagesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_messagesButton->setIcon(window->style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_messagesButton->setToolTip(
        tr("What Graphviz reported on the last layout; click for the list"));
    connect(m_messagesButton, &QToolButton::clicked, this, &LayoutController::showMessages);

    auto *row = new QHBoxLayout(m_status);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_messagesButton);
    row->addWidget(m_busyLabel);
    row->addWidget(m_busyBar);
    row->addWidget(m_cancelButton);
    m_messagesButton->hide();
}

void LayoutController::setEngineChoice(std::optional<layout::Engine> engine)
{
    m_choice = engine;
    const QString name = engine ? layout::engineName(*engine) : QString();
    for (QAction *a : m_engineGroup->actions())
        a->setChecked(a->data().toString() == name);
}

layout::Engine LayoutController::engineFor(int nodeCount) const
{
    return m_choice.value_or(layout::defaultEngine(nodeCount));
}

void LayoutController::layOut()
{
    const Model &m = m_document->model();
    if (m.nodes().isEmpty())
        return;
    const layout::Engine engine = engineFor(int(m.nodes().size()));
    if (hasPinnedNode(m) && !layout::engineHonoursPins(engine))
        emit message(tr("%1 ignores pins, so pinned nodes move too. Choose neato or fdp in "
                        "Layout ▸ Engine to keep them in place.")
                         .arg(layout::engineName(engine)));
    start(engine, Purpose::Apply);
}

void LayoutController::cancel()
{
    if (!m_run)
        return;
    stopRun();
    emit message(tr("Layout cancelled."));
    emit finished();
}

void LayoutController::start(layout::Engine engine, Purpose purpose, bool routeOnly)
{
    stopRun();
    auto run = std::make_unique<Run>();
    run->purpose = purpose;
    run->routeOnly = routeOnly;
    run->engine = engine;
    run->snapshot = m_document->model();
    if (purpose == Purpose::Apply)
        run->shown = m_scene->unstoredPositions();
    layout::LayoutOptions options;
    options.engine = engine;
    options.keepPinned = true;

    run->clock.start();
    // The worker gets its own copy of the model (implicitly shared, so no
    // copying happens unless the document changes meanwhile), decides there
    // whether the helper is needed (a walk over every edge) and measures the
    // edges' labels there too: the helper needs no fonts. A cancelled run
    // answers nullopt, which cancel() has reported already.
    m_job.start(
        [request = files::LayoutRequest { run->snapshot, options, routeOnly }, helper = m_helper](
            const JobContext &context) mutable {
            if (!request.routeOnly)
                request.options.labelSizes = render::calloutSizes(request.model);
            Laid laid;
            laid.outcome = helper.isEmpty() || !files::layoutRunsInHelper(request)
                ? files::runLayoutRequest(request, context.cancelFlag())
                : files::computeLayoutInChild(request, helper, context.cancelFlag());
            if (laid.outcome.result)
                laid.memo = DiagramScene::memoOf(*laid.outcome.result, request.model);
            return laid;
        },
        [this](std::optional<Laid> laid) {
            if (laid)
                finish(*laid);
        });
    const QString name = layout::engineName(engine);
    m_run = std::move(run);
    setBusy(true, routeOnly ? tr("Routing edges…") : tr("Laying out with %1…").arg(name));
}

void LayoutController::finish(const Laid &laid)
{
    const layout::LayoutOutcome &outcome = laid.outcome;
    if (!m_run)
        return;
    const std::unique_ptr<Run> run = std::move(m_run);
    const qint64 elapsed = run->clock.elapsed();
    setBusy(false);
    const QString name = run->routeOnly && outcome.result ? outcome.result->engine
                                                          : layout::engineName(run->engine);

    if (outcome.cancelled) {
        emit message(tr("Layout cancelled."));
        emit finished();
        return;
    }
    if (!outcome.result) {
        m_messages = { outcome.error };
        m_messagesButton->setText(tr("Layout failed"));
        m_messagesButton->show();
        emit message(tr("Layout with %1 failed: %2").arg(name, outcome.error));
        emit finished();
        return;
    }

    const layout::LayoutResult &result = *outcome.result;
    m_messages = result.messages;
    m_messagesButton->setText(m_messages.size() == 1
            ? tr("1 layout message")
            : tr("%1 layout messages").arg(m_messages.size()));
    m_messagesButton->setVisible(!m_messages.isEmpty());

    const QVector<Node> &nodes = run->snapshot.nodes();
    int kept = 0;
    if (run->purpose == Purpose::Apply && result.nodeCenters.size() == nodes.size()) {
        // The user may have edited while Graphviz ran: a node moved, pinned
        // or unpinned since keeps its place (as does one added, which the
        // layout does not know), one removed is not brought back.
        const Model &now = m_document->model();
        const QString text = tr("Layout (%1)").arg(name);
        std::unique_ptr<QUndoCommand> cmd;
        if (now.nodes().isSharedWith(nodes)) {
            // Not a node changed meanwhile (the list is the very one laid
            // out): every node moves, matched by its place rather than
            // looked up by id, 100,000 times on a large map.
            cmd = commands::moveAllNodes(m_document, result.nodeCenters, text);
        } else {
            const auto untouched = [&run](const Node &then, const Node &current) {
                return current.pinned == then.pinned
                    && (current.pos == then.pos
                        || (!then.pos && current.pos == run->shown.value(then.id)));
            };
            QHash<QString, std::optional<QPointF>> positions;
            positions.reserve(nodes.size());
            for (int i = 0; i < nodes.size(); ++i) {
                const Node *current = now.node(nodes[i].id);
                if (current && untouched(nodes[i], *current))
                    positions.insert(nodes[i].id, result.nodeCenters[i]);
                else if (current)
                    ++kept;
            }
            cmd = commands::moveNodes(m_document, positions, text);
        }
        const std::shared_ptr<const DiagramScene::LayoutMemo> before = m_scene->layoutMemo();
        if (laid.memo)
            m_scene->restoreLayout(laid.memo);
        if (cmd)
            m_document->undoStack()->push(
                new ApplyLayout(std::move(cmd), m_scene, before, m_scene->layoutMemo()));
    } else if (laid.memo) {
        m_scene->restoreLayout(laid.memo);
    }
    if (kept > 0)
        emit message(
            tr("Laid out with %1 in %2; %n node(s) moved or pinned meanwhile kept their place.",
                nullptr, kept)
                .arg(name, duration(elapsed)));
    else if (!run->routeOnly)
        emit message(tr("Laid out with %1 in %2.").arg(name, duration(elapsed)));
    emit finished();
}

void LayoutController::stopRun()
{
    if (!m_run)
        return;
    // The helper is killed within 50 ms, and its worker returns. Graphviz in
    // this process cannot be interrupted: the worker runs on (holding its
    // thread of the budget) and its result is dropped.
    m_job.cancel();
    m_run.reset();
    setBusy(false);
}

void LayoutController::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_layout->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    emit busyChanged(busy);
}

void LayoutController::showMessages()
{
    auto *dialog = new MessageListDialog(tr("Layout Messages"),
        tr("What Graphviz reported on the last layout:"), m_messages, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void LayoutController::onDocumentChanged(const ChangeEvent &e)
{
    if (e.kind != ChangeEvent::Kind::Reset)
        return;
    stopRun();
    m_messages.clear();
    m_messagesButton->hide();
    // Without any stored position the model is laid out for the eye; with
    // them, Graphviz only routes the edges around where the nodes are (and
    // places any node that has no position).
    const Model &m = m_document->model();
    if (!m.nodes().isEmpty())
        start(engineFor(int(m.nodes().size())), Purpose::Show, hasStoredPosition(m));
}

} // namespace wl
