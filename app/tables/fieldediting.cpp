#include "fieldediting.h"

#include <QCoreApplication>

#include <cmath>

namespace wl::fieldediting {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong: return true;
    default: return false;
    }
}

// Known values first, in vocabulary order, then any others the model uses.
QStringList withUsedValues(QStringList known, const QStringList &used)
{
    QStringList extra;
    for (const QString &v : used)
        if (!v.isEmpty() && !known.contains(v) && !extra.contains(v))
            extra.append(v);
    extra.sort(Qt::CaseInsensitive);
    return known + extra;
}

QStringList nodeIds(const Model &m)
{
    QStringList ids;
    ids.reserve(m.nodes().size());
    for (const Node &n : m.nodes())
        ids.append(n.id);
    return ids;
}

} // namespace

QLocale editingLocale()
{
    QLocale locale;
    locale.setNumberOptions(
        locale.numberOptions() | QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

QString editorText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
        return editingLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Int:
    case QMetaType::LongLong: return editingLocale().toString(value.toLongLong());
    case QMetaType::QStringList: return value.toStringList().join(QStringLiteral(", "));
    default: return value.toString();
    }
}

QString shownText(ElementType type, int field, const QVariant &value)
{
    const bool coordinate
        = type == ElementType::Node && (field == int(NodeField::X) || field == int(NodeField::Y));
    if (!coordinate || value.typeId() != QMetaType::Double)
        return editorText(value);
    const double tenths = std::round(value.toDouble() * 10.0) / 10.0;
    return editingLocale().toString(tenths, 'g', QLocale::FloatingPointShortest);
}

QVariant typedValue(const QString &text, const QVariant &current)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || (current.isValid() && !isNumber(current)))
        return text;
    bool ok = false;
    if (current.typeId() == QMetaType::Int || current.typeId() == QMetaType::LongLong) {
        const qlonglong i = editingLocale().toLongLong(trimmed, &ok);
        if (ok)
            return i;
    }
    const double d = editingLocale().toDouble(trimmed, &ok);
    return ok ? QVariant(d) : QVariant(text);
}

QStringList choices(const Model &m, ElementType type, int field)
{
    switch (type) {
    case ElementType::Node:
        if (field == int(NodeField::GdprRole))
            return vocab::gdprRoles();
        if (field == int(NodeField::Kind)) {
            QStringList used;
            for (const Node &n : m.nodes())
                used.append(n.kind);
            return withUsedValues(vocab::knownKinds(), used);
        }
        break;
    case ElementType::DataAsset:
        if (field == int(DataField::Owner))
            return nodeIds(m);
        if (field == int(DataField::Category)) {
            QStringList used;
            for (const DataAsset &a : m.data())
                used.append(a.category);
            return withUsedValues(vocab::knownCategories(), used);
        }
        break;
    case ElementType::Edge:
        if (field == int(EdgeField::Source) || field == int(EdgeField::Target))
            return nodeIds(m);
        if (field == int(EdgeField::Integration)) {
            QStringList used;
            for (const Edge &e : m.edges())
                used.append(e.integration);
            return withUsedValues(vocab::knownIntegrations(), used);
        }
        if (field == int(EdgeField::ContractTransferMechanism))
            return vocab::transferMechanisms();
        break;
    }
    return {};
}

bool isVocabularyField(ElementType type, int field)
{
    switch (type) {
    case ElementType::Node:
        return field == int(NodeField::Kind) || field == int(NodeField::GdprRole);
    case ElementType::DataAsset: return field == int(DataField::Category);
    case ElementType::Edge:
        return field == int(EdgeField::Integration)
            || field == int(EdgeField::ContractTransferMechanism);
    }
    return false;
}

QStringList choiceLabels(const Model &model, ElementType type, int field)
{
    if (!isVocabularyField(type, field))
        return {};
    QStringList labels = choices(model, type, field);
    for (QString &value : labels)
        value = value.isEmpty() ? QCoreApplication::translate("wl::fieldediting", "Unknown")
                                : vocab::label(value);
    return labels;
}

bool choicesEditable(ElementType type, int field)
{
    switch (type) {
    case ElementType::Node: return field != int(NodeField::GdprRole);
    case ElementType::DataAsset: return field != int(DataField::Owner);
    case ElementType::Edge:
        return field != int(EdgeField::Source) && field != int(EdgeField::Target)
            && field != int(EdgeField::ContractTransferMechanism);
    }
    return true;
}

bool pushOrReport(Document *document, std::unique_ptr<QUndoCommand> command, const QString &reason,
    const std::function<void(const QString &)> &report)
{
    if (!reason.isEmpty()) {
        report(reason);
        return false;
    }
    if (command)
        document->undoStack()->push(command.release());
    return true;
}

} // namespace wl::fieldediting
