#include "docks/pathsview.h"

#include "format/format.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wl {

namespace {

// Partial paths the search may grow per node: enough for any realistic
// model, and a bound on the time a click can take on a dense one.
constexpr int kSearchBudget = 50000;

// A figure, right-aligned, with its raw value under Qt::UserRole.
QTableWidgetItem *numberItem(const QVariant &value, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PathsView::PathsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_pathList(new QTreeWidget(this))
    , m_assetsTitle(new QLabel(tr("Data assets it holds (exposed when it falls)"), this))
    , m_assets(new QTableWidget(0, 5, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pathList->setColumnCount(2);
    m_pathList->setHeaderLabels({ tr("Share"), tr("Path") });
    m_pathList->setRootIsDecorated(false);
    m_pathList->setUniformRowHeights(true);
    m_pathList->setWordWrap(true);
    m_pathList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pathList->header()->setStretchLastSection(true);
    m_pathList->setToolTip(tr("The share of this node's compromises that came along each path "
                              "(see docs/CHARTS.md). Click a path to show it on the canvas."));

    m_assets->setHorizontalHeaderLabels(
        { tr("Asset"), tr("Category"), tr("Records"), tr("Sensitivity"), tr("P(exposed)") });
    m_assets->verticalHeader()->hide();
    m_assets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assets->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assets->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_pathList, 3);
    layout->addWidget(m_assetsTitle);
    layout->addWidget(m_assets, 2);

    connect(m_pathList, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { activatePath(m_pathList->indexOfTopLevelItem(item)); });
    connect(m_pathList, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { activatePath(m_pathList->indexOfTopLevelItem(item)); });
    refresh();
}

PathsView::~PathsView() = default;

void PathsView::setResult(std::shared_ptr<const sim::SimResult> result,
    std::shared_ptr<const Model> snapshot, std::shared_ptr<const sim::CompiledModel> compiled)
{
    m_result = std::move(result);
    m_model = std::move(snapshot);
    m_compiled.reset();
    m_graph = {};
    if (m_result && m_model) {
        m_compiled = compiled ? std::move(compiled)
                              : std::make_shared<const sim::CompiledModel>(sim::compile(*m_model));
        m_graph = sim::InfectionGraph(*m_compiled, *m_result);
    }
    refresh();
}

void PathsView::setNode(const QString &id)
{
    if (id == m_node)
        return;
    m_node = id;
    refresh();
}

void PathsView::setMaxPaths(int k)
{
    m_k = std::max(1, k);
    refresh();
}

QString PathsView::summaryText() const
{
    return m_summary->text();
}

void PathsView::activatePath(int row)
{
    if (row < 0 || row >= m_paths.size())
        return;
    m_pathList->setCurrentItem(m_pathList->topLevelItem(row));
    QStringList edges;
    for (const sim::PathArcId &arc : m_paths[row].arcs)
        edges.append(arc.edge);
    m_highlighting = true;
    emit highlightRequested(m_paths[row].nodeIds, edges);
}

void PathsView::clearHighlight()
{
    if (!m_highlighting)
        return;
    m_highlighting = false;
    emit highlightRequested({}, {});
}

void PathsView::refresh()
{
    clearHighlight();
    m_paths.clear();
    m_truncated = false;
    m_pathList->clear();
    m_assets->setRowCount(0);

    const int v = m_model ? m_model->nodeIndex(m_node) : -1;
    if (!m_result || !m_model) {
        m_summary->setText(tr("No simulation result yet: run a scenario to see why a node is "
                              "affected."));
        return;
    }
    if (v < 0) {
        m_summary->setText(tr("Select a node to see how it was most likely compromised."));
        return;
    }
    if (!m_graph.isValid()) {
        m_summary->setText(tr("This result does not match the model."));
        return;
    }

    const Model &model = *m_model;
    const QString name = format::nodeName(model, m_node);
    const double p = m_result->pCompromised(v);
    const sim::PathSearch search = m_graph.topPaths(v, m_k, kSearchBudget);
    m_truncated = search.truncated;
    if (p == 0.0)
        m_summary->setText(
            tr("<b>%1</b> was never compromised in this run.").arg(name.toHtmlEscaped()));
    else
        m_summary->setText(tr("<b>%1</b> was compromised in %2 of the trials. Its most likely "
                              "paths, by the share of those compromises that came that way:")
                               .arg(name.toHtmlEscaped(), format::percent(p))
            + (m_truncated ? tr(" (the search stopped early: there may be likelier paths)")
                           : QString()));

    for (const sim::InfectionPath &path : search.paths) {
        PathEntry entry { sim::pathNodeIds(model, path), sim::pathArcIds(model, *m_compiled, path),
            path.likelihood };
        QStringList names;
        for (const QString &id : entry.nodeIds)
            names.append(format::nodeName(model, id));
        QString text = names.join(QStringLiteral(" → "));
        QStringList details;
        if (entry.arcs.isEmpty())
            details.append(m_result->scenario.mode == sim::Mode::Seeded
                    ? tr("%1 was a seed of the scenario").arg(name)
                    : tr("%1 was breached directly").arg(name));
        else
            details.append(tr("initially compromised: %1").arg(names.first()));
        for (int i = 0; i < entry.arcs.size(); ++i)
            details.append(tr("%1 → %2 over edge %3%4")
                               .arg(names[i], names[i + 1], entry.arcs[i].edge,
                                   entry.arcs[i].backward ? tr(" (backwards)") : QString()));
        if (entry.arcs.isEmpty())
            text = tr("%1 (initially compromised)").arg(name);
        auto *item = new QTreeWidgetItem({ format::percent(entry.likelihood), text });
        item->setToolTip(1, details.join(QLatin1Char('\n')));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        m_pathList->addTopLevelItem(item);
        m_paths.append(entry);
    }

    const auto held = sim::heldAssets(*m_compiled, *m_result, v);
    m_assets->setRowCount(int(held.size()));
    for (int row = 0; row < int(held.size()); ++row) {
        const sim::HeldAssetFigures &f = held[std::size_t(row)];
        const DataAsset &asset = model.data()[f.asset];
        auto *nameItem = new QTableWidgetItem(asset.name.isEmpty() ? asset.id : asset.name);
        nameItem->setToolTip(asset.owner == m_node
                ? tr("owned by %1").arg(name)
                : tr("a copy from %1").arg(format::nodeName(model, asset.owner)));
        m_assets->setItem(row, AssetName, nameItem);
        m_assets->setItem(row, AssetCategory, new QTableWidgetItem(f.category));
        m_assets->setItem(
            row, AssetRecords, numberItem(qlonglong(f.records), format::count(f.records)));
        m_assets->setItem(row, AssetSensitivity,
            numberItem(asset.sensitivity, QString::number(asset.sensitivity)));
        m_assets->setItem(row, AssetExposed, numberItem(f.pExposed, format::percent(f.pExposed)));
    }
    m_assetsTitle->setText(held.empty() ? tr("It holds no data assets.")
                                        : tr("Data assets it holds (exposed when it falls)"));
}

} // namespace wl
