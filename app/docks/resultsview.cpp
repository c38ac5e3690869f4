#include "resultsview.h"

#include "statusicon.h"

#include "format/format.h"

#include <QAbstractTableModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace wl {

namespace {

// Column 0 answers this role with every text a filter should find.
constexpr int FilterRole = Qt::UserRole + 1;

} // namespace

// One table of a ResultData. Figures come from the result; names from the
// document's current model, so that a rename shows at once.
class ResultTableModel : public QAbstractTableModel {
public:
    enum class Kind { Nodes, Assets };

    ResultTableModel(Document *document, Kind kind, QObject *parent)
        : QAbstractTableModel(parent)
        , m_document(document)
        , m_kind(kind)
    {
        connect(document, &Document::changed, this, [this](const ChangeEvent &e) {
            if (e.kind != ChangeEvent::Kind::PositionsChanged && rowCount() > 0)
                emit dataChanged(index(0, nameColumn), index(rowCount() - 1, nameColumn));
        });
    }

    void setResult(std::shared_ptr<const analysis::ResultData> result)
    {
        beginResetModel();
        m_result = std::move(result);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid() || !m_result)
            return 0;
        return int(m_kind == Kind::Nodes ? m_result->nodes.size() : m_result->assets.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid())
            return 0;
        return m_kind == Kind::Nodes ? ResultsView::NodeMeanHours + 1
                                     : ResultsView::AssetExpectedRecords + 1;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::DisplayRole)
            return title(section);
        if (role == Qt::ToolTipRole)
            return toolTip(section);
        return {};
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!m_result || !index.isValid())
            return {};
        if (role == Qt::TextAlignmentRole && index.column() > textColumns())
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return m_kind == Kind::Nodes
            ? nodeData(m_result->nodes[index.row()], index.column(), role)
            : assetData(m_result->assets[index.row()], index.column(), role);
    }

private:
    static constexpr int nameColumn = 1; // in both tables

    // The last column that holds text rather than a figure.
    int textColumns() const
    {
        return m_kind == Kind::Nodes ? int(ResultsView::NodeName) : int(ResultsView::AssetCategory);
    }

    QString title(int section) const
    {
        if (m_kind == Kind::Nodes) {
            switch (section) {
            case ResultsView::NodeId: return ResultsView::tr("Id");
            case ResultsView::NodeName: return ResultsView::tr("Name");
            case ResultsView::NodeProbability: return ResultsView::tr("P(compromised)");
            case ResultsView::NodeInterval: return ResultsView::tr("95 % interval");
            case ResultsView::NodeMeanHours: return ResultsView::tr("Mean time");
            }
            return {};
        }
        switch (section) {
        case ResultsView::AssetId: return ResultsView::tr("Id");
        case ResultsView::AssetName: return ResultsView::tr("Name");
        case ResultsView::AssetCategory: return ResultsView::tr("Category");
        case ResultsView::AssetRecords: return ResultsView::tr("Records");
        case ResultsView::AssetProbability: return ResultsView::tr("P(exposed)");
        case ResultsView::AssetExpectedRecords: return ResultsView::tr("Expected exposed");
        }
        return {};
    }

    QString toolTip(int section) const
    {
        if (m_kind == Kind::Nodes) {
            switch (section) {
            case ResultsView::NodeProbability:
                return ResultsView::tr("Fraction of trials in which the node was compromised");
            case ResultsView::NodeInterval:
                return ResultsView::tr("Wilson score interval at 95 % for that fraction");
            case ResultsView::NodeMeanHours:
                return ResultsView::tr("Mean time to compromise: hours from the start of a "
                                       "trial, over the trials in which the node was "
                                       "compromised");
            }
            return {};
        }
        switch (section) {
        case ResultsView::AssetProbability:
            return ResultsView::tr(
                "Fraction of trials in which a holder of the asset (its owner or a node it "
                "flows to) was compromised");
        case ResultsView::AssetExpectedRecords:
            return ResultsView::tr("Expected exposed records: records × P(exposed)");
        }
        return {};
    }

    // The name, elided in a narrow dock: whole in the tooltip, with the id.
    QVariant nameData(const QString *name, const QString &id, int role) const
    {
        switch (role) {
        case Qt::DisplayRole: return name ? *name : QStringLiteral("—");
        case ResultsView::SortRole: return name ? *name : QString();
        case Qt::ToolTipRole:
            return name ? QStringLiteral("%1 (%2)").arg(*name, id)
                        : ResultsView::tr("Not in the model any more");
        }
        return {};
    }

    QVariant nodeData(const analysis::ResultData::NodeRow &row, int column, int role) const
    {
        const Node *node = m_document->model().node(row.id);
        if (role == FilterRole && column == ResultsView::NodeId)
            return node ? row.id + u' ' + node->name : row.id;
        if (column == ResultsView::NodeName)
            return nameData(node ? &node->name : nullptr, row.id, role);
        if (role == ResultsView::SortRole) {
            switch (column) {
            case ResultsView::NodeId: return row.id;
            case ResultsView::NodeProbability: return row.p;
            case ResultsView::NodeInterval: return row.ciLow;
            case ResultsView::NodeMeanHours:
                return row.meanHours.value_or(std::numeric_limits<double>::infinity());
            }
        }
        if (role == Qt::DisplayRole) {
            switch (column) {
            case ResultsView::NodeId: return row.id;
            case ResultsView::NodeProbability: return format::percent(row.p);
            case ResultsView::NodeInterval:
                return ResultsView::tr("%1 – %2").arg(
                    format::percent(row.ciLow), format::percent(row.ciHigh));
            case ResultsView::NodeMeanHours:
                return row.meanHours ? format::duration(*row.meanHours) : QStringLiteral("—");
            }
        }
        if (role == Qt::ToolTipRole && column == ResultsView::NodeMeanHours && !row.meanHours)
            return ResultsView::tr("Never compromised");
        return {};
    }

    QVariant assetData(const analysis::ResultData::AssetRow &row, int column, int role) const
    {
        const DataAsset *asset = m_document->model().dataAsset(row.id);
        if (role == FilterRole && column == ResultsView::AssetId)
            return row.id + u' ' + row.category + (asset ? u' ' + asset->name : QString());
        if (column == ResultsView::AssetName)
            return nameData(asset ? &asset->name : nullptr, row.id, role);
        const double expected = double(row.records) * row.p;
        if (role == ResultsView::SortRole) {
            switch (column) {
            case ResultsView::AssetId: return row.id;
            case ResultsView::AssetCategory: return row.category;
            case ResultsView::AssetRecords: return row.records;
            case ResultsView::AssetProbability: return row.p;
            case ResultsView::AssetExpectedRecords: return expected;
            }
        }
        if (role == Qt::DisplayRole) {
            switch (column) {
            case ResultsView::AssetId: return row.id;
            case ResultsView::AssetCategory: return row.category;
            case ResultsView::AssetRecords: return format::count(row.records);
            case ResultsView::AssetProbability: return format::percent(row.p);
            case ResultsView::AssetExpectedRecords: return format::records(expected);
            }
        }
        return {};
    }

    Document *m_document;
    Kind m_kind;
    std::shared_ptr<const analysis::ResultData> m_result;
};

ResultsView::ResultsView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_statusIcon(new QLabel)
    , m_statusText(new QLabel)
    , m_filter(new QLineEdit)
    , m_tabs(new QTabWidget)
    , m_nodeModel(new ResultTableModel(document, ResultTableModel::Kind::Nodes, this))
    , m_assetModel(new ResultTableModel(document, ResultTableModel::Kind::Assets, this))
    , m_nodeView(createTable(
          m_nodeModel, { NodeName, NodeProbability, NodeInterval, NodeMeanHours, NodeId }))
    , m_assetView(createTable(m_assetModel,
          { AssetName, AssetExpectedRecords, AssetProbability, AssetRecords, AssetCategory,
              AssetId }))
    , m_summary(new QLabel)
{
    m_statusText->setObjectName(QStringLiteral("status"));
    m_statusText->setWordWrap(true);
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusIcon->hide();

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Show the rows whose id, name or category contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(200);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (QTableView *view : { m_nodeView, m_assetView })
            static_cast<QSortFilterProxyModel *>(view->model())->setFilterFixedString(text);
    });

    m_nodeView->setObjectName(QStringLiteral("nodeResults"));
    m_assetView->setObjectName(QStringLiteral("assetResults"));
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_nodeView, tr("Nodes"));
    m_tabs->addTab(m_assetView, tr("Data assets"));

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_statusIcon);
    header->addWidget(m_statusText, 1);
    header->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    setResult(nullptr);
}

QTableView *ResultsView::createTable(ResultTableModel *model, const QVector<int> &order)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setFilterRole(FilterRole);
    proxy->setFilterKeyColumn(0);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *view = new QTableView;
    view->setModel(proxy);
    view->setSortingEnabled(true);
    // Largest first: where the weak links are.
    view->sortByColumn(order.at(1), Qt::DescendingOrder);
    // The name and the key figure first, so that a narrow dock shows them
    // without scrolling; the id, which the name's tooltip also gives, last.
    QHeaderView *header = view->horizontalHeader();
    for (int i = 0; i < order.size(); ++i)
        header->moveSection(header->visualIndex(order.at(i)), i);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    // Column widths from the first rows only: a model may have thousands.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void ResultsView::setResult(std::shared_ptr<const analysis::ResultData> result)
{
    m_result = std::move(result);
    m_nodeModel->setResult(m_result);
    m_assetModel->setResult(m_result);
    const int chars = fontMetrics().averageCharWidth();
    for (int t = 0; t < 2; ++t) {
        QTableView *view = t == 0 ? m_nodeView : m_assetView;
        view->resizeColumnsToContents();
        // Long ids would push the figures out of sight: they get a bounded
        // width, and the user can widen them.
        view->setColumnWidth(0, std::min(view->columnWidth(0), 20 * chars));
        m_nameWidths[t] = view->columnWidth(view->horizontalHeader()->logicalIndex(0));
    }
    fitNameColumns();
    updateSummary();
}

void ResultsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitNameColumns();
}

// A long name would push the key figure out of sight: the name column gets
// what the figure leaves, at least 8 characters and at most its content or
// 20 characters; the user can still widen it.
void ResultsView::fitNameColumns()
{
    const int chars = fontMetrics().averageCharWidth();
    for (int t = 0; t < 2; ++t) {
        QTableView *view = t == 0 ? m_nodeView : m_assetView;
        const QHeaderView *header = view->horizontalHeader();
        const int name = header->logicalIndex(0);
        const int room = view->viewport()->width() - view->columnWidth(header->logicalIndex(1));
        const int wanted = std::max(8 * chars, std::min(m_nameWidths[t], 20 * chars));
        view->setColumnWidth(name, std::clamp(room, 8 * chars, wanted));
    }
}

void ResultsView::setStatus(const QString &text, Status status)
{
    m_status = status;
    m_statusText->setText(text);
    showStatusIcon(m_statusIcon,
        status == Status::Stale         ? StatusIcon::Warning
            : status == Status::Problem ? StatusIcon::Critical
                                        : StatusIcon::None);
}

QString ResultsView::statusText() const
{
    return m_statusText->text();
}

void ResultsView::updateSummary()
{
    if (!m_result) {
        m_summary->clear();
        m_summary->hide();
        return;
    }
    m_summary->setText(
        tr("Expected exposed records: <b>%1</b> &nbsp;·&nbsp; Mean compromised nodes: <b>%2</b> "
           "&nbsp;·&nbsp; %3 trials")
            .arg(format::records(m_result->expectedExposedTotal),
                format::mean(m_result->meanCompromised), format::count(m_result->trials)));
    m_summary->show();
}

} // namespace wl
