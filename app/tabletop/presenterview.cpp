#include "presenterview.h"

#include "clocksmodel.h"
#include "tabletopsession.h"

#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "format/format.h"
#include "render/diagram.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wl::tabletop {

namespace {

// Readable from the back of a room at 1920 × 1080: node names at least
// this high, the panel's text larger.
constexpr double kRoomTextPixels = 14.0;
constexpr int kPanelTextPixels = 22;
constexpr int kPanelWidth = 560;
constexpr int kPanelMargin = 24;
constexpr int kRowHeight = 34;
constexpr int kLineHeight = 28; // each further line of a row
constexpr int kWhoIsNextRows = 5;
constexpr int kDeadlineRows = 3;
// The map is never magnified beyond this, nor fitted closer than this to
// the edges of its part of the screen.
constexpr double kMaxMapZoom = 3.0;
constexpr int kMapMargin = 24;
// The heatmap legend's 9 px text at 16 px, where the panel is wide enough.
constexpr double kLegendScale = 16.0 / 9.0;

const QColor kPanelBackground(0x20, 0x24, 0x2b);
const QColor kMutedText(0xb8, 0xc0, 0xcc);
// Overdue, on the dark panel.
const QColor kOverdueText(0xff, 0x8a, 0x80);

QFont pixelFont(const QFont &base, int pixelSize, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

// A table of two columns, text left and a number right, without headers,
// grid, focus or scroll bars: as tall as its rows, each `lines` lines of
// text high.
QTableWidget *makeTable(const QString &name, QWidget *parent, int lines = 1)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(name);
    table->setFocusPolicy(Qt::NoFocus);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->hide();
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(kRowHeight + (lines - 1) * kLineHeight);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setFont(pixelFont(parent->font(), kPanelTextPixels));
    table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return table;
}

// The rows (text, number); `none` in muted text without any.
void setRows(QTableWidget *table, const QVector<QPair<QString, QString>> &rows, const QString &none)
{
    table->clearContents();
    table->setRowCount(int(std::max<qsizetype>(rows.size(), 1)));
    if (rows.isEmpty()) {
        auto *item = new QTableWidgetItem(none);
        item->setForeground(kMutedText);
        table->setItem(0, 0, item);
    }
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        auto *number = new QTableWidgetItem(rows[r].second);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, 1, number);
    }
    table->setFixedHeight(table->rowCount() * table->verticalHeader()->defaultSectionSize());
}

} // namespace

// The heatmap legend as the canvas draws it (render::paintOverlayLegend),
// enlarged for the room; hidden while the scene has no overlay.
class PresenterLegend : public QWidget {
public:
    PresenterLegend(DiagramScene *scene, QWidget *parent)
        : QWidget(parent)
        , m_scene(scene)
    {
        setObjectName(QStringLiteral("presenterLegend"));
    }

    void sync()
    {
        const std::optional<render::OverlayLegend> &legend = m_scene->overlayLegend();
        if (!legend) {
            hide();
            return;
        }
        const QSizeF natural = render::overlayLegendSize(*legend);
        m_scale = std::min(kLegendScale, (kPanelWidth - 2 * kPanelMargin - 1) / natural.width());
        const QSizeF size = natural * m_scale;
        setFixedSize(int(std::ceil(size.width())) + 1, int(std::ceil(size.height())) + 1);
        show();
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const std::optional<render::OverlayLegend> &legend = m_scene->overlayLegend();
        if (!legend)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(m_scale, m_scale);
        render::paintOverlayLegend(&p, *legend, QPointF(0.5, 0.5));
    }

private:
    DiagramScene *m_scene;
    double m_scale = kLegendScale;
};

PresenterView::PresenterView(DiagramScene *scene, TabletopSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_view(new DiagramView(scene, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Weaklink — Presenter view"));

    // A dark panel with light text reads from the back of a room.
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("facilitatorPanel"));
    panel->setFixedWidth(kPanelWidth);
    panel->setAutoFillBackground(true);
    QPalette palette = panel->palette();
    palette.setColor(QPalette::Window, kPanelBackground);
    palette.setColor(QPalette::Base, kPanelBackground);
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Text, Qt::white);
    panel->setPalette(palette);

    m_clock = new QLabel(panel);
    m_clock->setFont(pixelFont(font(), 40, true));
    m_clock->setWordWrap(true);
    m_time = new QLabel(panel);
    m_time->setFont(pixelFont(font(), 30));
    m_vendor = new QLabel(panel);
    m_vendor->setFont(pixelFont(font(), kPanelTextPixels));
    m_vendor->setWordWrap(true);
    const auto heading = [&](const QString &text) {
        auto *label = new QLabel(text, panel);
        label->setFont(pixelFont(font(), kPanelTextPixels, true));
        return label;
    };
    m_next = makeTable(QStringLiteral("whoIsNext"), panel);
    // The party, then whom it must notify: two lines, or neither would fit.
    m_deadlines = makeTable(QStringLiteral("nextDeadlines"), panel, 2);
    m_overdue = new QLabel(panel);
    m_overdue->setObjectName(QStringLiteral("overdueDeadlines"));
    m_overdue->setFont(pixelFont(font(), kPanelTextPixels, true));
    QPalette overdue = palette;
    overdue.setColor(QPalette::WindowText, kOverdueText);
    m_overdue->setPalette(overdue);
    m_records = makeTable(QStringLiteral("recordsByCategory"), panel);
    m_responses = makeTable(QStringLiteral("responsesInForce"), panel);
    m_legend = new PresenterLegend(scene, panel);
    auto *hint = new QLabel(tr("Esc: leave · ← →: step · Home End: first, last"), panel);
    hint->setFont(pixelFont(font(), 16));
    hint->setWordWrap(true);

    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(kPanelMargin, kPanelMargin, kPanelMargin, kPanelMargin);
    column->setSpacing(6);
    column->addWidget(m_clock);
    column->addWidget(m_time);
    column->addWidget(m_vendor);
    column->addSpacing(18);
    column->addWidget(heading(tr("Who is next")));
    column->addWidget(m_next);
    column->addSpacing(18);
    column->addWidget(heading(tr("Next deadlines")));
    column->addWidget(m_overdue);
    column->addWidget(m_deadlines);
    column->addSpacing(18);
    column->addWidget(heading(tr("Records exposed so far")));
    column->addWidget(m_records);
    column->addSpacing(18);
    column->addWidget(heading(tr("Responses in force")));
    column->addWidget(m_responses);
    column->addStretch(1);
    column->addWidget(m_legend, 0, Qt::AlignLeft);
    column->addSpacing(12);
    column->addWidget(hint);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(panel);

    // The room sees the diagram, not scroll bars.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    const auto syncLegend = [this] { m_legend->sync(); };
    connect(scene, &DiagramScene::overlayChanged, this, syncLegend);
    connect(scene, &DiagramScene::diagramUpdated, this, syncLegend);
    connect(scene, &DiagramScene::diagramUpdated, this, &PresenterView::fitMap);
    connect(session, &TabletopSession::frameChanged, this, &PresenterView::refresh);
    connect(session, &TabletopSession::projectionChanged, this, &PresenterView::refresh);
    connect(session, &TabletopSession::clocksChanged, this, &PresenterView::refresh);
    syncLegend();
    refresh();
}

QString PresenterView::clockText() const
{
    return m_clock->text();
}

QString PresenterView::timeText() const
{
    return m_time->text();
}

double PresenterView::namePixelSize() const
{
    return m_view->zoom() * render::smallestNamePixelSize();
}

void PresenterView::present()
{
    showFullScreen();
    m_view->setFocus();
    // After the window has its full-screen size.
    QTimer::singleShot(0, this, &PresenterView::fitMap);
}

void PresenterView::refresh()
{
    m_clock->setText(m_session->clockText());
    m_time->setText(tr("t = %1").arg(format::duration(m_session->currentHours())));
    const ExerciseSettings &s = m_session->settings();
    const Model &model = m_session->document()->model();
    const Node *vendor = model.node(s.vendor);
    m_vendor->setText(vendor ? tr("Breached: %1").arg(vendor->name) : QString());

    QVector<QPair<QString, QString>> next;
    QVector<QPair<QString, QString>> records;
    if (const auto p = m_session->projection()) {
        const int k = m_session->timeIndex();
        for (const analysis::NodeChance &c : p->likeliestNext(k, kWhoIsNextRows))
            next.append({ format::nodeName(p->model->nodes()[c.node]), format::percent(c.p) });
        for (const analysis::CategoryRecords &c : p->expectedRecordsByCategory(k))
            records.append({ c.category, format::records(c.expectedRecords) });
    }
    setRows(m_next, next, tr("No one yet"));
    refreshDeadlines();
    setRows(m_records, records, tr("None"));
    QVector<QPair<QString, QString>> responses;
    for (const sim::TimedNode &r : s.responses)
        if (r.atHours <= m_session->currentHours())
            responses.append({ tr("Sever %1").arg(format::nodeName(model, r.node)),
                tr("since %1").arg(format::duration(r.atHours)) });
    setRows(m_responses, responses, tr("None"));
    // Who is next moved: so may the part of the map that matters.
    if (!m_wholeMap)
        fitMap();
}

void PresenterView::refreshDeadlines()
{
    const obligations::ExerciseClocks &clocks = m_session->clocks();
    const double t = m_session->currentHours();
    const Model &model = m_session->document()->model();
    ObligationsClock format;
    format.start = m_session->settings().start;
    QVector<QPair<QString, QString>> rows;
    for (int i : obligations::nextDeadlines(clocks, t, kDeadlineRows)) {
        const obligations::Obligation &o = clocks.clocks[i].obligation;
        rows.append(
            { tr("%1\n→ %2")
                    .arg(partyName(model, o.node), notifyText(o, partyName(model, o.notifyNode))),
                ClocksTableModel::clockText(clocks.clocks[i], t, format) });
    }
    setRows(m_deadlines, rows, tr("None ahead"));
    const int overdue = obligations::overdueCount(clocks, t);
    m_overdue->setText(tr("%n overdue, not notified", nullptr, overdue));
    m_overdue->setVisible(overdue > 0);
}

void PresenterView::fitMap()
{
    DiagramScene *scene = m_view->diagramScene();
    const QRectF bounds = scene->diagram().bounds;
    m_mapFocus = bounds;
    m_wholeMap = true;
    if (bounds.isEmpty())
        return;
    const QRectF area = QRectF(m_view->viewport()->rect())
                            .adjusted(kMapMargin, kMapMargin, -kMapMargin, -kMapMargin);
    const auto fit = [&area](const QRectF &r) {
        return std::min(area.width() / r.width(), area.height() / r.height());
    };
    const double least = kRoomTextPixels / render::smallestNamePixelSize();
    if (fit(bounds) < least) {
        // The breached vendor, then who is next as the panel lists them,
        // each while the part still shows whole at that zoom.
        QStringList ids { m_session->settings().vendor };
        if (const auto p = m_session->projection())
            for (const analysis::NodeChance &c :
                p->likeliestNext(m_session->timeIndex(), kWhoIsNextRows))
                ids << p->model->nodes()[c.node].id;
        QRectF focus;
        for (const QString &id : ids)
            if (const std::optional<QPointF> center = scene->nodeCenter(id)) {
                const QRectF wider = focus | render::nodeRect(*center);
                if (focus.isEmpty() || fit(wider) >= least)
                    focus = wider;
            }
        if (!focus.isEmpty()) {
            m_mapFocus = focus;
            m_wholeMap = false;
        }
    }
    m_view->setZoom(std::clamp(fit(m_mapFocus), least, kMaxMapZoom));
    m_view->centerOn(m_mapFocus.center());
}

bool PresenterView::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Escape: close(); return true;
    case Qt::Key_Right:
    case Qt::Key_PageDown: m_session->stepForward(); return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp: m_session->stepBack(); return true;
    case Qt::Key_Home: m_session->setTimeIndex(0); return true;
    case Qt::Key_End:
        if (const auto p = m_session->projection())
            m_session->setTimeIndex(int(p->timeline().size()) - 1);
        return true;
    default: return false;
    }
}

bool PresenterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        // Before the view: it would scroll with the arrow keys.
        if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)->key()))
            return true;
        if (event->type() == QEvent::Resize)
            QTimer::singleShot(0, this, &PresenterView::fitMap);
    }
    return QWidget::eventFilter(watched, event);
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key()))
        QWidget::keyPressEvent(event);
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace wl::tabletop
