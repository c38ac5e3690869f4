#include "afteraction.h"

#include "format/format.h"
#include "io/atomicfile.h"
#include "obligations/obligationsmodels.h"
#include "render/export.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace wl::tabletop {

namespace {

// The translation context of the record's words.
struct AfterAction {
    Q_DECLARE_TR_FUNCTIONS(AfterAction)
};

// User text in a Markdown table cell: the characters Markdown would read as
// markup are escaped, line breaks become <br>.
QString cell(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|#").contains(c))
            out += u'\\';
        out += c;
    }
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

// The page: A4 portrait with these margins, laid out in units of 1/96 inch
// (what QTextDocument takes without a paint device, and prints scaled).
constexpr double kMarginMm = 15.0;
constexpr double kUnitsPerMm = 96.0 / 25.4;
constexpr double kBodyPoints = 9.5;
// The diagram's image: pixels per point (about 216 dpi at its natural size),
// and at most this much of a page high.
constexpr double kDiagramScale = 3.0;
constexpr double kMaxDiagramHeight = 0.75;
constexpr double kRuleWidth = 0.5;
constexpr double kCellPadding = 4.0;
constexpr double kHeadingSpace = 10.0;
const QColor kRule(0xBF, 0xC7, 0xD1);
const QColor kHeaderFill(0xF3, 0xF5, 0xF8);

QString nodeLabel(const Model &m, const QString &id)
{
    const QString name = format::nodeName(m, id);
    return name == id ? cell(id) : QStringLiteral("%1 (`%2`)").arg(cell(name), id);
}

} // namespace

std::vector<SnapshotTime> snapshotTimes(
    const analysis::Projection &p, const QVector<sim::TimedNode> &responses, double everyHours)
{
    const std::vector<double> &grid = p.timeline();
    std::vector<SnapshotTime> out;
    if (grid.empty())
        return out;
    const double end = grid.back();
    const auto add = [&](double hours, const QString &reason) {
        const int k = p.indexAtOrBefore(hours);
        auto it = std::find_if(out.begin(), out.end(), [k](const auto &s) { return s.index == k; });
        if (it == out.end())
            it = out.insert(out.end(), SnapshotTime { k, grid[size_t(k)], {} });
        if (!it->reasons.contains(reason))
            it->reasons << reason;
    };
    if (everyHours > 0.0 && std::isfinite(everyHours))
        for (double t = everyHours; t <= end; t += everyHours)
            add(t, AfterAction::tr("every %1").arg(format::duration(everyHours)));
    for (const sim::TimedNode &r : responses)
        if (r.atHours <= end)
            add(r.atHours, AfterAction::tr("response: sever %1").arg(r.node));
    add(end, AfterAction::tr("end of the exercise"));
    std::sort(
        out.begin(), out.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
    return out;
}

namespace {

// The notification clocks at the end of the exercise: every obligation with
// its outcome, and the counts.
void clocksSection(const Model &model, const Exercise &exercise,
    const obligations::ExerciseClocks &clocks, QString &md)
{
    const auto line = [&md](const QString &text = {}) { md += text + u'\n'; };
    const ExerciseSettings &s = exercise.settings;
    line(AfterAction::tr("## Notification clocks"));
    line();
    line(AfterAction::tr("*Decision support, not legal advice.* Rules as of %1. Each obligation "
                         "after the breach at t = 0, with the notifications the decision log "
                         "reports; the exercise ended at t = %2.")
             .arg(clocks.rulesAsOf, format::duration(s.lengthHours)));
    line();
    if (!clocks.result) {
        line(cell(clocks.problem));
        line();
        return;
    }
    if (clocks.clocks.isEmpty()) {
        line(AfterAction::tr("No notification obligation follows from this breach in the model."));
        line();
        return;
    }
    const auto at = [&s](double hours) {
        return QStringLiteral("t = %1 (%2)")
            .arg(format::duration(hours), cell(exercise::clockText(s, hours)));
    };
    std::array<int, 4> counts {};
    line(AfterAction::tr("| Party | Regime | Notify | Due | Outcome | Citation |"));
    line(QStringLiteral("|---|---|---|---|---|---|"));
    for (const obligations::ExerciseClock &c : clocks.clocks) {
        const obligations::Obligation &o = c.obligation;
        const obligations::Outcome outcome = obligations::outcome(c, s.lengthHours);
        ++counts[size_t(outcome)];
        QString text;
        switch (outcome) {
        case obligations::Outcome::Met:
            text = AfterAction::tr("**met** at %1").arg(at(*c.notifiedHours));
            break;
        case obligations::Outcome::MetLate:
            text = AfterAction::tr("**met late** at %1, %2 after the due time")
                       .arg(at(*c.notifiedHours), format::duration(*c.notifiedHours - *o.dueHours));
            break;
        case obligations::Outcome::Missed: text = AfterAction::tr("**missed**"); break;
        case obligations::Outcome::Open: text = AfterAction::tr("open"); break;
        }
        line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                 .arg(nodeLabel(model, o.node), cell(regimeText(o)),
                     cell(notifyText(o, partyName(model, o.notifyNode))),
                     o.dueHours ? at(*o.dueHours) : cell(o.rule.deadlineText), text,
                     cell(o.rule.citation)));
    }
    line();
    line(AfterAction::tr("Met: %1 · met late: %2 · missed: %3 · open: %4.")
             .arg(counts[size_t(obligations::Outcome::Met)])
             .arg(counts[size_t(obligations::Outcome::MetLate)])
             .arg(counts[size_t(obligations::Outcome::Missed)])
             .arg(counts[size_t(obligations::Outcome::Open)]));
    line();
}

} // namespace

QString afterActionMarkdown(const Model &model, const Exercise &exercise,
    const obligations::ExerciseClocks *clocks, const analysis::Projection *projection, bool stale,
    const AfterActionOptions &options)
{
    const ExerciseSettings &s = exercise.settings;
    QString md;
    const auto line = [&md](const QString &text = {}) { md += text + u'\n'; };

    line(AfterAction::tr("# After-action record: %1")
             .arg(cell(model.name.isEmpty() ? AfterAction::tr("untitled model") : model.name)));
    line();
    line(AfterAction::tr("| Exercise | |"));
    line(QStringLiteral("|---|---|"));
    line(AfterAction::tr("| Breached vendor | %1 |")
             .arg(s.vendor.isEmpty() ? AfterAction::tr("not chosen") : nodeLabel(model, s.vendor)));
    line(AfterAction::tr("| Breach (t = 0) | %1 |")
             .arg(s.start.isValid() ? cell(exercise::clockText(s, 0.0))
                                    : AfterAction::tr("no start chosen")));
    line(AfterAction::tr("| Timeline | 0 to %1 in steps of %2 |")
             .arg(format::duration(s.lengthHours), format::duration(s.stepHours)));
    line(AfterAction::tr("| Projection | %1 trials, random seed %2 (the same seed gives the same "
                         "numbers) |")
             .arg(format::count(s.trials), format::rngSeed(s.rngSeed)));
    if (options.exportedAt.isValid())
        line(AfterAction::tr("| Record made | %1 |")
                 .arg(cell(format::dateTime(options.exportedAt))));
    line();

    line(AfterAction::tr("## Responses"));
    line();
    if (s.responses.isEmpty()) {
        line(AfterAction::tr("No responses."));
    } else {
        line(AfterAction::tr("| # | Sever | at t | Exercise clock |"));
        line(QStringLiteral("|---:|---|---:|---|"));
        for (qsizetype i = 0; i < s.responses.size(); ++i) {
            const sim::TimedNode &r = s.responses[i];
            line(QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(QString::number(i + 1), nodeLabel(model, r.node),
                         format::duration(r.atHours), cell(exercise::clockText(s, r.atHours))));
        }
    }
    line();

    line(AfterAction::tr("## Decision log"));
    line();
    const QVector<DecisionLogEntry> &log = exercise.log;
    if (log.isEmpty()) {
        line(AfterAction::tr("No entries."));
    } else {
        line(AfterAction::tr("| Wall clock | Exercise clock | t | Entry |"));
        line(QStringLiteral("|---|---|---:|---|"));
        for (const DecisionLogEntry &e : log)
            line(QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(cell(format::timestamp(e.wallClock)),
                         cell(exercise::clockText(s, e.exerciseHours)),
                         format::duration(e.exerciseHours), cell(e.text)));
    }
    line();

    if (clocks)
        clocksSection(model, exercise, *clocks, md);

    if (projection && options.diagramHours) {
        const double t = *options.diagramHours;
        line(AfterAction::tr("## The supply chain at t = %1").arg(format::duration(t)));
        line();
        line(AfterAction::tr("*%1.* Each node is coloured by its probability of compromise by "
                             "then, with the responses in force at the time.")
                 .arg(cell(exercise::clockText(s, t))));
        line();
        line(QStringLiteral("![%1](%2)")
                 .arg(AfterAction::tr("The supply chain at t = %1").arg(format::duration(t)),
                     QString::fromUtf16(kDiagramImage)));
        line();
    }

    line(AfterAction::tr("## Timeline"));
    line();
    if (!projection) {
        line(AfterAction::tr("No projection was computed."));
        return md;
    }
    if (stale)
        line(AfterAction::tr(
            "*The projection below was computed before the latest change of the model or "
            "the exercise settings.*"));
    line(
        AfterAction::tr("Probabilities are the fraction of %1 simulated trials in which a node was "
                        "compromised (an asset exposed) by t, with the responses above in force.")
            .arg(format::count(projection->result.trials)));
    line();
    const Model &snap = *projection->model;
    for (const SnapshotTime &t :
        snapshotTimes(*projection, projection->settings.responses, options.everyHours)) {
        line(AfterAction::tr("### t = %1 — %2")
                 .arg(format::duration(t.hours), cell(exercise::clockText(s, t.hours))));
        line();
        line(AfterAction::tr("*%1.* Expected compromised nodes: %2; expected records exposed: %3.")
                 .arg(cell(t.reasons.join(QStringLiteral("; "))),
                     format::mean(projection->expectedNodes(t.index)),
                     format::records(projection->expectedRecords(t.index))));
        line();
        std::vector<int> nodes(size_t(projection->nodeCount()));
        std::iota(nodes.begin(), nodes.end(), 0);
        std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) {
            return projection->pNode(a, t.index) > projection->pNode(b, t.index);
        });
        const auto compromised = std::find_if(nodes.begin(), nodes.end(),
            [&](int v) { return projection->pNode(v, t.index) <= 0.0; });
        nodes.erase(compromised, nodes.end());
        if (int(nodes.size()) > options.topNodes)
            nodes.resize(size_t(options.topNodes));
        line(AfterAction::tr("| Most likely compromised | P |"));
        line(QStringLiteral("|---|---:|"));
        for (int v : nodes)
            line(QStringLiteral("| %1 | %2 |")
                     .arg(nodeLabel(snap, snap.nodes()[v].id),
                         format::percent(projection->pNode(v, t.index))));
        line();
        bool anyAsset = false;
        for (int a = 0; a < projection->assetCount(); ++a) {
            const double p = projection->pAsset(a, t.index);
            if (p <= 0.0)
                continue;
            if (!anyAsset) {
                line(AfterAction::tr(
                    "| Data asset exposed | Category | P | Records | Expected records |"));
                line(QStringLiteral("|---|---|---:|---:|---:|"));
                anyAsset = true;
            }
            const DataAsset &asset = snap.data()[a];
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(cell(asset.name), cell(asset.category), format::percent(p),
                         format::count(asset.records), format::records(p * double(asset.records))));
        }
        if (!anyAsset)
            line(AfterAction::tr("No data asset exposed."));
        line();
    }
    return md;
}

bool writeMarkdown(const QString &path, const QString &markdown, QString *error)
{
    return io::writeFileAtomically(path, markdown.toUtf8(), error);
}

std::unique_ptr<QTextDocument> afterActionDocument(
    const QString &markdown, const render::Diagram *diagram)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(render::documentFont(kBodyPoints));
    // Words are never broken: a column is at least as wide as its longest.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    doc->setDefaultTextOption(option);
    const QSizeF paper = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF page
        = QSizeF(paper.width() - 2 * kMarginMm, paper.height() - 2 * kMarginMm) * kUnitsPerMm;
    doc->setPageSize(page);
    doc->setMarkdown(markdown); // clears the resources and the margin
    doc->setDocumentMargin(0.0);
    if (diagram) {
        const QImage image = render::diagramImage(*diagram, kDiagramScale, true);
        if (!image.isNull())
            doc->addResource(
                QTextDocument::ImageResource, QUrl(QString::fromUtf16(kDiagramImage)), image);
    }

    // Room above each heading; the diagram as wide as the text, and never
    // taller than most of a page.
    QTextCursor cursor(doc.get());
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block != doc->begin()) {
            QTextBlockFormat heading = block.blockFormat();
            heading.setTopMargin(kHeadingSpace);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(heading);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image
                = doc->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (!fragment.charFormat().isImageFormat() || image.isNull())
                continue;
            const double scale = std::min(
                page.width() / image.width(), kMaxDiagramHeight * page.height() / image.height());
            format.setWidth(image.width() * scale);
            format.setHeight(image.height() * scale);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }

    // Tables as a report has them: thin rules, a shaded header row, room
    // around the text, columns sized to their content.
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorder(kRuleWidth);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellSpacing(0.0);
        format.setCellPadding(kCellPadding);
        format.setHeaderRowCount(1);
        format.clearColumnWidthConstraints();
        format.setMargin(0.0);
        format.setBottomMargin(kCellPadding);
        table->setFormat(format);
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat header = cell.format().toTableCellFormat();
            header.setBackground(kHeaderFill);
            cell.setFormat(header);
        }
    }
    return doc;
}

bool writePdf(
    const QString &path, const QString &markdown, const render::Diagram *diagram, QString *error)
{
    // Printed in memory, then written in one atomic step.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(AfterAction::tr("After-action record"));
        writer.setCreator(QStringLiteral("Weaklink"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
        afterActionDocument(markdown, diagram)->print(&writer);
    }
    return io::writeFileAtomically(path, buffer.data(), error);
}

} // namespace wl::tabletop
