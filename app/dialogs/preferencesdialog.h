// Edit ▸ Preferences…: the fields of Preferences, starting from the current
// ones, with Restore Defaults. OK is refused, with the reason beside the
// buttons, while the rng seed is not a whole number.
#pragma once

#include "preferences/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wl {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    // What the fields say; the seed is valid once accept() let the dialog
    // close.
    Preferences preferences() const;

    void accept() override;

private:
    void fill(const Preferences &p);

    QComboBox *m_engine;
    QSpinBox *m_trials;
    QLineEdit *m_seed;
    QComboBox *m_units;
    QSpinBox *m_recovery;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_darkMap;
    QLabel *m_error;
};

} // namespace wl
