#include "nodefiguremodel.h"

#include "format/format.h"
#include "model/document.h"

namespace wl {

NodeFigureModel::NodeFigureModel(Document *document, QVector<Figure> figures, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_figures(std::move(figures))
{
    connect(document, &Document::changed, this, [this](const ChangeEvent &e) {
        if (e.kind != ChangeEvent::Kind::PositionsChanged && !m_ids.isEmpty())
            emit dataChanged(index(0, kName), index(rowCount() - 1, kName));
    });
}

void NodeFigureModel::setRows(QStringList ids, QVector<std::vector<double>> values)
{
    beginResetModel();
    m_ids = std::move(ids);
    m_values = std::move(values);
    endResetModel();
}

int NodeFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int NodeFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFirstFigure + int(m_figures.size());
}

QVariant NodeFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section < kFirstFigure) {
        if (role != Qt::DisplayRole)
            return {};
        return section == kId ? tr("Id") : tr("Name");
    }
    const Figure &f = m_figures[section - kFirstFigure];
    if (role == Qt::DisplayRole)
        return f.title;
    if (role == Qt::ToolTipRole)
        return f.toolTip;
    return {};
}

QVariant NodeFigureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString &id = m_ids[index.row()];
    const int column = index.column();
    if (column == kId) {
        if (role == Qt::DisplayRole || role == SortRole)
            return id;
        if (role == FilterRole) {
            const Node *node = m_document->model().node(id);
            return node ? id + u' ' + node->name : id;
        }
        return {};
    }
    if (column == kName) {
        const Node *node = m_document->model().node(id);
        if (role == Qt::DisplayRole)
            return node ? node->name : QStringLiteral("—");
        if (role == SortRole)
            return node ? node->name : QString();
        if (role == Qt::ToolTipRole && !node)
            return tr("Not in the model any more");
        return {};
    }
    const double value = m_values[column - kFirstFigure][std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return m_figures[column - kFirstFigure].format(value);
    case SortRole: return value;
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

} // namespace wl
