#include "resultsview.h"

#include "format/format.h"

#include <QAbstractTableModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace wl {

namespace {

// Column 0 answers this role with every text a filter should find.
constexpr int FilterRole = Qt::UserRole + 1;

std::optional<sim::Mode> modeOf(const QString &text)
{
    if (text == u"seeded")
        return sim::Mode::Seeded;
    if (text == u"annual")
        return sim::Mode::Annual;
    return std::nullopt;
}

bool readTimedNodes(const QJsonValue &value, QVector<sim::TimedNode> *out)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"node").isString() || !o.value(u"at_hours").isDouble())
            return false;
        out->append({ o.value(u"node").toString(), o.value(u"at_hours").toDouble() });
    }
    return true;
}

// QJsonDocument keeps integers exactly up to 2^63 - 1 only; a larger seed
// (they go up to 2^64 - 1) is read from the text itself.
quint64 rngSeedOf(const QJsonValue &value, const QByteArray &json)
{
    if (value.toInteger(-1) >= 0)
        return quint64(value.toInteger());
    static const QRegularExpression digits(QStringLiteral("\"rng_seed\"\\s*:\\s*([0-9]+)"));
    return digits.match(QString::fromUtf8(json)).captured(1).toULongLong();
}

} // namespace

ResultData ResultData::fromRun(const Model &model, const sim::SimResult &r)
{
    ResultData d;
    d.scenario = r.scenario;
    d.trials = r.trials;
    d.nodes.reserve(model.nodes().size());
    for (int v = 0; v < model.nodes().size(); ++v) {
        const auto [low, high] = sim::wilson95(r.compromised[v], r.trials);
        NodeRow row { model.nodes()[v].id, r.pCompromised(v), low, high, std::nullopt };
        if (!std::isnan(r.meanHours[v]))
            row.meanHours = r.meanHours[v];
        d.nodes.append(row);
    }
    d.assets.reserve(model.data().size());
    for (int a = 0; a < model.data().size(); ++a) {
        const DataAsset &asset = model.data()[a];
        d.assets.append(
            { asset.id, asset.category, asset.records, double(r.exposed[a]) / double(r.trials) });
    }
    d.expectedExposedTotal = r.expectedExposedTotal;
    d.meanCompromised = r.meanCompromisedCount();
    return d;
}

std::optional<ResultData> ResultData::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &where) -> std::optional<ResultData> {
        if (error)
            *error = ResultsView::tr("the stored result is not readable (%1)").arg(where);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonObject top = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (top.value(u"format").toString() != u"weaklink-simulation"
        || top.value(u"version").toInteger() != 1)
        return fail(QStringLiteral("format"));

    ResultData d;
    const QJsonObject s = top.value(u"scenario").toObject();
    const std::optional<sim::Mode> mode = modeOf(s.value(u"mode").toString());
    if (!mode || !readTimedNodes(s.value(u"seeds"), &d.scenario.seeds)
        || !readTimedNodes(s.value(u"sever"), &d.scenario.sever) || s.value(u"trials").toInt() < 1)
        return fail(QStringLiteral("scenario"));
    d.scenario.mode = *mode;
    d.scenario.trials = s.value(u"trials").toInt();
    d.scenario.rngSeed = rngSeedOf(s.value(u"rng_seed"), json);
    if (const QJsonValue h = s.value(u"horizon_hours"); h.isDouble())
        d.scenario.horizonHours = h.toDouble();
    d.trials = d.scenario.trials;

    for (const QJsonValue &v : top.value(u"nodes").toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray ci = o.value(u"ci95").toArray();
        NodeRow row { o.value(u"id").toString(), o.value(u"p_compromised").toDouble(),
            ci.at(0).toDouble(), ci.at(1).toDouble(), std::nullopt };
        if (const QJsonValue h = o.value(u"mean_hours_to_compromise"); h.isDouble())
            row.meanHours = h.toDouble();
        if (row.id.isEmpty())
            return fail(QStringLiteral("nodes"));
        d.nodes.append(row);
    }
    for (const QJsonValue &v : top.value(u"data").toArray()) {
        const QJsonObject o = v.toObject();
        AssetRow row { o.value(u"id").toString(), o.value(u"category").toString(),
            o.value(u"records").toInteger(), o.value(u"p_exposed").toDouble() };
        if (row.id.isEmpty())
            return fail(QStringLiteral("data"));
        d.assets.append(row);
    }
    d.expectedExposedTotal
        = top.value(u"expected_exposed_records").toObject().value(u"total").toDouble();
    d.meanCompromised = top.value(u"compromised_count").toObject().value(u"mean").toDouble();
    return d;
}

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
            if (e.kind != ChangeEvent::Kind::ScenariosChanged
                && e.kind != ChangeEvent::Kind::PositionsChanged && rowCount() > 0)
                emit dataChanged(index(0, nameColumn), index(rowCount() - 1, nameColumn));
        });
    }

    void setResult(std::shared_ptr<const ResultData> result)
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

    QVariant nameData(const QString *name, int role) const
    {
        switch (role) {
        case Qt::DisplayRole: return name ? *name : QStringLiteral("—");
        case ResultsView::SortRole: return name ? *name : QString();
        case Qt::ToolTipRole:
            return name ? QVariant() : ResultsView::tr("Not in the model any more");
        }
        return {};
    }

    QVariant nodeData(const ResultData::NodeRow &row, int column, int role) const
    {
        const Node *node = m_document->model().node(row.id);
        if (role == FilterRole && column == ResultsView::NodeId)
            return node ? row.id + u' ' + node->name : row.id;
        if (column == ResultsView::NodeName)
            return nameData(node ? &node->name : nullptr, role);
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
                return row.meanHours ? format::hours(*row.meanHours) : QStringLiteral("—");
            }
        }
        if (role == Qt::ToolTipRole && column == ResultsView::NodeMeanHours && !row.meanHours)
            return ResultsView::tr("Never compromised");
        return {};
    }

    QVariant assetData(const ResultData::AssetRow &row, int column, int role) const
    {
        const DataAsset *asset = m_document->model().dataAsset(row.id);
        if (role == FilterRole && column == ResultsView::AssetId)
            return row.id + u' ' + row.category + (asset ? u' ' + asset->name : QString());
        if (column == ResultsView::AssetName)
            return nameData(asset ? &asset->name : nullptr, role);
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
    std::shared_ptr<const ResultData> m_result;
};

ResultsView::ResultsView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_statusIcon(new QLabel)
    , m_statusText(new QLabel)
    , m_filter(new QLineEdit)
    , m_tabs(new QTabWidget)
    , m_nodeModel(new ResultTableModel(document, ResultTableModel::Kind::Nodes, this))
    , m_assetModel(new ResultTableModel(document, ResultTableModel::Kind::Assets, this))
    , m_nodeView(createTable(m_nodeModel, NodeProbability))
    , m_assetView(createTable(m_assetModel, AssetExpectedRecords))
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

QTableView *ResultsView::createTable(ResultTableModel *model, int sortColumn)
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
    view->sortByColumn(sortColumn, Qt::DescendingOrder);
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

void ResultsView::setResult(std::shared_ptr<const ResultData> result)
{
    m_result = std::move(result);
    m_nodeModel->setResult(m_result);
    m_assetModel->setResult(m_result);
    // Long ids and names would push the figures out of sight: they get a
    // bounded width, and the user can widen them.
    const int textWidth = fontMetrics().averageCharWidth() * 20;
    for (QTableView *view : { m_nodeView, m_assetView }) {
        view->resizeColumnsToContents();
        for (int column : { 0, 1 })
            view->setColumnWidth(column, std::min(view->columnWidth(column), textWidth));
    }
    updateSummary();
}

void ResultsView::setStatus(const QString &text, Status status)
{
    m_status = status;
    m_statusText->setText(text);
    const bool warn = status == Status::Stale || status == Status::Problem;
    if (warn) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_statusIcon->setPixmap(
            style()
                ->standardIcon(status == Status::Stale ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxCritical)
                .pixmap(size, size));
    }
    m_statusIcon->setVisible(warn);
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
