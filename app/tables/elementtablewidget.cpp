#include "elementtablewidget.h"

#include "elementdelegate.h"
#include "elementtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace wl {

namespace {

QString objectNamePrefix(ElementType type)
{
    switch (type) {
    case ElementType::Node: return QStringLiteral("nodes");
    case ElementType::DataAsset: return QStringLiteral("data");
    case ElementType::Edge: return QStringLiteral("edges");
    }
    return {};
}

// Wide enough for ids and names, narrow enough that a long note does not
// push every other column off screen.
constexpr int kMaxColumnWidth = 300;
// Columns fit the rows on screen and this many from the top: measuring
// every cell of a 40,000-row table on each reset stalled the GUI thread.
constexpr int kFitRows = 200;

} // namespace

ElementTableWidget::ElementTableWidget(Document *document, ElementType type, QWidget *parent)
    : QWidget(parent)
    , m_model(new ElementTableModel(document, type, this))
    , m_proxy(new ElementSortProxy(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_matchCount(new QLabel(this))
    , m_view(new QTableView(this))
{
    const QString prefix = objectNamePrefix(type);
    setObjectName(prefix + QStringLiteral("Panel"));
    m_filter->setObjectName(prefix + QStringLiteral("Filter"));
    m_view->setObjectName(prefix + QStringLiteral("Table"));

    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ElementTableModel::SortRole);
    m_proxy->setFilterRole(ElementTableModel::SearchRole);

    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    const QIcon findIcon = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!findIcon.isNull())
        m_filter->addAction(findIcon, QLineEdit::LeadingPosition);
    m_filter->setToolTip(tr("Show only rows that contain this text in any column (Ctrl+F)"));
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ElementTableWidget::updateMatchCount);

    m_matchCount->setObjectName(prefix + QStringLiteral("MatchCount"));
    m_matchCount->setForegroundRole(QPalette::PlaceholderText);
    connect(
        m_proxy, &QAbstractItemModel::rowsInserted, this, &ElementTableWidget::updateMatchCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ElementTableWidget::updateMatchCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ElementTableWidget::updateMatchCount);
    connect(
        m_proxy, &QAbstractItemModel::layoutChanged, this, &ElementTableWidget::updateMatchCount);
    connect(
        m_proxy, &ElementSortProxy::sortingChanged, this, &ElementTableWidget::updateMatchCount);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ElementDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(kFitRows);
    // Unsorted shows the model's own order, which is part of the model;
    // a third click on a header returns to it.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ElementTableWidget::fitColumns);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_matchCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    fitColumns();
    updateMatchCount();
}

void ElementTableWidget::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ElementTableWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitColumns();
}

void ElementTableWidget::fitColumns()
{
    // Measuring cells is most of the cost of opening a large model.
    if (!isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qMin(header->sectionSize(c) + 6, kMaxColumnWidth));
}

void ElementTableWidget::updateMatchCount()
{
    if (m_proxy->isSorting()) {
        m_matchCount->setText(tr("Sorting…"));
        return;
    }
    if (m_filter->text().isEmpty()) {
        m_matchCount->clear();
        return;
    }
    m_matchCount->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace wl
