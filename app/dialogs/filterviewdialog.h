// Map ▸ Filter…: which nodes the filter view shows — those of one tier,
// kind, jurisdiction or tag. It offers only the values the model has, each
// with how many nodes have it in parentheses.
#pragma once

#include "model/model.h"
#include "render/view.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace wl {

class FilterViewDialog : public QDialog {
    Q_OBJECT
public:
    // Starts at `initial` if it is a filter, else at the kinds.
    FilterViewDialog(const Model &model, const render::ViewSpec &initial, QWidget *parent);

    // A filter view (ViewKind::Filter) of the chosen field and value.
    render::ViewSpec spec() const;

private:
    void fillValues();

    QVector<int> m_tiers;
    const Model &m_model;
    QComboBox *m_field;
    QComboBox *m_value;
    QDialogButtonBox *m_buttons;
};

} // namespace wl
