#include "elementtablemodel.h"

#include "fieldediting.h"

#include "commands/commands.h"

#include <QFont>
#include <QLocale>

namespace wl {

namespace {

bool isIdField(int field)
{
    static_assert(int(NodeField::Id) == 0 && int(DataField::Id) == 0 && int(EdgeField::Id) == 0);
    return field == 0;
}

} // namespace

ElementTableModel::ElementTableModel(Document *document, ElementType type, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_type(type)
    , m_rows(document->model().count(type))
{
    connect(m_document, &Document::changed, this, &ElementTableModel::onDocumentChanged);
}

QString ElementTableModel::elementLabel(ElementType type)
{
    switch (type) {
    case ElementType::Node: return tr("Node");
    case ElementType::DataAsset: return tr("Data asset");
    case ElementType::Edge: return tr("Edge");
    }
    return {};
}

int ElementTableModel::fieldCount(ElementType type)
{
    switch (type) {
    case ElementType::Node: return int(NodeField::Count);
    case ElementType::DataAsset: return int(DataField::Count);
    case ElementType::Edge: return int(EdgeField::Count);
    }
    return 0;
}

QString ElementTableModel::fieldTitle(ElementType type, int field)
{
    static const char *const nodeTitles[]
        = { QT_TR_NOOP("ID"), QT_TR_NOOP("Name"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Organization"),
              QT_TR_NOOP("GDPR role"), QT_TR_NOOP("Jurisdiction"), QT_TR_NOOP("Breach likelihood"),
              QT_TR_NOOP("Control strength"), QT_TR_NOOP("Criticality"), QT_TR_NOOP("X"),
              QT_TR_NOOP("Y"), QT_TR_NOOP("Pinned"), QT_TR_NOOP("Tags"), QT_TR_NOOP("Notes") };
    static const char *const dataTitles[] = { QT_TR_NOOP("ID"), QT_TR_NOOP("Name"),
        QT_TR_NOOP("Owner"), QT_TR_NOOP("Category"), QT_TR_NOOP("Records"),
        QT_TR_NOOP("Sensitivity"), QT_TR_NOOP("Personal"), QT_TR_NOOP("Data subjects in") };
    static const char *const edgeTitles[] = { QT_TR_NOOP("ID"), QT_TR_NOOP("Source"),
        QT_TR_NOOP("Target"), QT_TR_NOOP("Integration"), QT_TR_NOOP("Data"),
        QT_TR_NOOP("Forward probability"), QT_TR_NOOP("Backward probability"),
        QT_TR_NOOP("Delay (hours)"), QT_TR_NOOP("Label"), QT_TR_NOOP("DPA"),
        QT_TR_NOOP("Notification SLA (hours)"), QT_TR_NOOP("Transfer mechanism"),
        QT_TR_NOOP("Audit right"), QT_TR_NOOP("Contract reviewed") };
    static_assert(std::size(nodeTitles) == size_t(NodeField::Count));
    static_assert(std::size(dataTitles) == size_t(DataField::Count));
    static_assert(std::size(edgeTitles) == size_t(EdgeField::Count));

    if (field < 0 || field >= fieldCount(type))
        return {};
    switch (type) {
    case ElementType::Node: return tr(nodeTitles[field]);
    case ElementType::DataAsset: return tr(dataTitles[field]);
    case ElementType::Edge: return tr(edgeTitles[field]);
    }
    return {};
}

bool ElementTableModel::isValidCell(const QModelIndex &index) const
{
    // Invalid indexes are legitimate questions (the model tester asks them)
    // and get empty answers; foreign or out-of-range ones are bugs.
    return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
}

QVariant ElementTableModel::sortValue(const Model &m, ElementType type, int element, int field)
{
    const QVariant v = m.value(type, element, field);
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::Bool)
        return int(v.toBool());
    return v;
}

int ElementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ElementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fieldCount(m_type);
}

int ElementTableModel::elementIndex(int row) const
{
    int element = row;
    switch (m_pending) {
    case Pending::None: break;
    case Pending::Insert:
        if (row >= m_pendingIndex)
            ++element;
        break;
    case Pending::Remove:
        if (row == m_pendingIndex)
            return -1;
        if (row > m_pendingIndex)
            --element;
        break;
    }
    if (row < 0 || element >= m_document->model().count(m_type))
        return -1;
    return element;
}

bool ElementTableModel::isBoolField(int field) const
{
    return (m_type == ElementType::Node && field == int(NodeField::Pinned))
        || (m_type == ElementType::DataAsset && field == int(DataField::Personal))
        || (m_type == ElementType::Edge
            && (field == int(EdgeField::ContractDpa)
                || field == int(EdgeField::ContractAuditRight)));
}

bool ElementTableModel::isNumericField(int field) const
{
    switch (m_type) {
    case ElementType::Node:
        switch (NodeField(field)) {
        case NodeField::BreachLikelihood:
        case NodeField::ControlStrength:
        case NodeField::Criticality:
        case NodeField::X:
        case NodeField::Y: return true;
        default: return false;
        }
    case ElementType::DataAsset:
        return field == int(DataField::Records) || field == int(DataField::Sensitivity);
    case ElementType::Edge:
        return field == int(EdgeField::PForward) || field == int(EdgeField::PBackward)
            || field == int(EdgeField::DelayHours)
            || field == int(EdgeField::ContractNotificationSlaHours);
    }
    return false;
}

QString ElementTableModel::displayText(int element, int field) const
{
    const QVariant v = m_document->model().value(m_type, element, field);
    switch (v.typeId()) {
    case QMetaType::Double:
        return QLocale().toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Int:
    case QMetaType::LongLong: return QLocale().toString(v.toLongLong());
    case QMetaType::QStringList: return v.toStringList().join(QStringLiteral(", "));
    case QMetaType::QString:
        return fieldediting::isVocabularyField(m_type, field) ? vocab::label(v.toString())
                                                              : v.toString();
    default: return {};
    }
}

QVariant ElementTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return {};
    const int element = elementIndex(index.row());
    if (element < 0)
        return {};
    const int field = index.column();
    const Model &m = m_document->model();

    switch (role) {
    case Qt::DisplayRole:
        return isBoolField(field) ? QVariant() : QVariant(displayText(element, field));
    case Qt::EditRole: return m.value(m_type, element, field);
    case Qt::CheckStateRole:
        if (isBoolField(field))
            return m.value(m_type, element, field).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        if (isBoolField(field) || isNumericField(field))
            return {};
        // Long names, notes and lists are elided in their cells.
        const QString text = displayText(element, field);
        return text.size() > 30 ? QVariant(text) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (isNumericField(field))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        // The id is what every reference uses: make it easy to scan for.
        if (isIdField(field)) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case SortRole: return sortValue(m, m_type, element, field);
    case ChoicesRole: return fieldediting::choices(m_document->model(), m_type, field);
    case ChoicesEditableRole: return fieldediting::choicesEditable(m_type, field);
    case SearchRole: {
        const QString shown = displayText(element, field);
        const QString value = m.value(m_type, element, field).toString();
        return shown == value ? shown : shown + u'\n' + value;
    }
    default: return {};
    }
}

QVariant ElementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= fieldCount(m_type))
        return {};
    switch (role) {
    case Qt::DisplayRole: return fieldTitle(m_type, section);
    case Qt::ToolTipRole: return tr("Model JSON key: %1").arg(fieldKey(m_type, section));
    case Qt::TextAlignmentRole:
        if (isNumericField(section))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::InitialSortOrderRole:
        // The largest likelihood, record count or delay is what one looks for.
        return isNumericField(section) ? Qt::DescendingOrder : Qt::AscendingOrder;
    default: return {};
    }
}

Qt::ItemFlags ElementTableModel::flags(const QModelIndex &index) const
{
    if (!isValidCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // Booleans are edited by their check box alone.
    f |= isBoolField(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

bool ElementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isValidCell(index))
        return false;
    const int element = elementIndex(index.row());
    const int field = index.column();
    QVariant v = value;
    if (role == Qt::CheckStateRole && isBoolField(field))
        v = Qt::CheckState(value.toInt()) == Qt::Checked;
    else if (role != Qt::EditRole || element < 0)
        return false;

    QString error;
    if (commands::pushSetValue(m_document, m_type, element, field, v, &error))
        return true;
    const QString id = m_document->model().value(m_type, element, 0).toString();
    emit editRejected(tr("%1 %2: %3").arg(elementLabel(m_type), id, error));
    return false;
}

void ElementTableModel::onDocumentChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
        beginResetModel();
        m_rows = m_document->model().count(m_type);
        endResetModel();
        break;
    case ChangeEvent::Kind::ValueChanged:
        // A new id is written into every reference to it: edge ends, asset
        // owners, edge flows, in any table.
        if (isIdField(event.field)) {
            if (m_rows > 0)
                emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
        } else if (event.element == m_type) {
            const QModelIndex cell = index(event.index, event.field);
            emit dataChanged(cell, cell);
        }
        break;
    case ChangeEvent::Kind::ElementInserted:
        if (event.element != m_type)
            break;
        m_pending = Pending::Insert;
        m_pendingIndex = event.index;
        beginInsertRows({}, event.index, event.index);
        m_pending = Pending::None;
        ++m_rows;
        endInsertRows();
        break;
    case ChangeEvent::Kind::ElementRemoved:
        if (event.element != m_type)
            break;
        m_pending = Pending::Remove;
        m_pendingIndex = event.index;
        beginRemoveRows({}, event.index, event.index);
        m_pending = Pending::None;
        --m_rows;
        endRemoveRows();
        break;
    case ChangeEvent::Kind::PositionsChanged:
        if (m_type == ElementType::Node && m_rows > 0)
            emit dataChanged(index(0, int(NodeField::X)), index(m_rows - 1, int(NodeField::Y)));
        break;
    case ChangeEvent::Kind::NameChanged: break;
    }
}

} // namespace wl
