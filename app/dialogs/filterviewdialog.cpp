#include "filterviewdialog.h"

#include "model/tiers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

namespace wl {

FilterViewDialog::FilterViewDialog(
    const Model &model, const render::ViewSpec &initial, QWidget *parent)
    : QDialog(parent)
    , m_tiers(computeTiers(model))
    , m_model(model)
    , m_field(new QComboBox)
    , m_value(new QComboBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Filter the Map"));
    m_field->setObjectName(QStringLiteral("filterField"));
    m_value->setObjectName(QStringLiteral("filterValue"));
    m_field->addItem(tr("Tier"), int(render::FilterField::Tier));
    m_field->addItem(tr("Kind"), int(render::FilterField::Kind));
    m_field->addItem(tr("Jurisdiction"), int(render::FilterField::Jurisdiction));
    m_field->addItem(tr("Tag"), int(render::FilterField::Tag));
    const bool wasFilter = initial.kind == render::ViewKind::Filter;
    m_field->setCurrentIndex(
        m_field->findData(int(wasFilter ? initial.field : render::FilterField::Kind)));
    fillValues();
    if (wasFilter && m_value->findData(initial.value) >= 0)
        m_value->setCurrentIndex(m_value->findData(initial.value));
    connect(m_field, &QComboBox::currentIndexChanged, this, &FilterViewDialog::fillValues);

    auto *note = new QLabel(tr("The map shows only the nodes that match, and the connections "
                               "between them. The model is not changed."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Show nodes by:"), m_field);
    form->addRow(tr("&Value:"), m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

render::ViewSpec FilterViewDialog::spec() const
{
    render::ViewSpec spec;
    spec.kind = render::ViewKind::Filter;
    spec.field = render::FilterField(m_field->currentData().toInt());
    spec.value = m_value->currentData().toString();
    return spec;
}

// Each value the model has for the field, as people write it, with its
// number of nodes; tiers in order, the rest alphabetically.
void FilterViewDialog::fillValues()
{
    const auto field = render::FilterField(m_field->currentData().toInt());
    QMap<QString, int> counts;
    QMap<int, int> tierCounts;
    for (int i = 0; i < m_model.nodes().size(); ++i) {
        const Node &n = m_model.nodes()[i];
        switch (field) {
        case render::FilterField::Tier: ++tierCounts[m_tiers[i]]; break;
        case render::FilterField::Kind: ++counts[n.kind]; break;
        case render::FilterField::Jurisdiction:
            if (!n.jurisdiction.isEmpty())
                ++counts[n.jurisdiction];
            break;
        case render::FilterField::Tag:
            for (const QString &tag : n.tags)
                ++counts[tag];
            break;
        }
    }
    m_value->clear();
    const auto add = [this](const QString &text, int count, const QString &value) {
        m_value->addItem(tr("%1 (%2)").arg(text).arg(count), value);
    };
    for (auto it = tierCounts.cbegin(); it != tierCounts.cend(); ++it)
        if (it.key() != kUnknownTier)
            add(tr("Tier %1").arg(it.key()), it.value(), QString::number(it.key()));
    if (tierCounts.contains(kUnknownTier))
        add(tr("Tier unknown"), tierCounts.value(kUnknownTier), QString::number(kUnknownTier));
    QMap<QString, QString> byText; // sorted as shown
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byText.insert(
            field == render::FilterField::Kind ? vocab::label(it.key()) : it.key(), it.key());
    for (auto it = byText.cbegin(); it != byText.cend(); ++it)
        add(it.key(), counts.value(it.value()), it.value());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_value->count() > 0);
    if (m_value->count() == 0)
        m_value->setPlaceholderText(tr("No node has one"));
}

} // namespace wl
