// The set-up row of the tabletop panel: the breached vendor, the start of
// the exercise clock, the length and step of the timeline, the trials and
// the random seed of the projection. Each finished edit is one undoable
// command on the document; the form shows the session's settings.
#pragma once

#include "tabletopsession.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace wl::tabletop {

class ExerciseSettingsForm : public QWidget {
    Q_OBJECT
public:
    // The session must outlive the form.
    explicit ExerciseSettingsForm(TabletopSession *session, QWidget *parent = nullptr);

    void setNodeChoices(const Model &m);
    // Shows the session's settings.
    void refresh();

    QComboBox *vendorBox() const { return m_vendor; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDoubleSpinBox *lengthBox() const { return m_length; }
    QDoubleSpinBox *stepBox() const { return m_step; }
    QSpinBox *trialsBox() const { return m_trials; }
    QLineEdit *seedEdit() const { return m_seed; }

signals:
    // Why an edit was refused.
    void message(const QString &text);

private:
    void commit(const ExerciseSettings &settings, const QString &text);

    TabletopSession *m_session;
    QComboBox *m_vendor;
    QDateTimeEdit *m_start;
    QDoubleSpinBox *m_length;
    QDoubleSpinBox *m_step;
    QSpinBox *m_trials;
    QLineEdit *m_seed;
};

} // namespace wl::tabletop
