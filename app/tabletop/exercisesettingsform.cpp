#include "exercisesettingsform.h"

#include "nodechoices.h"
#include "tables/fieldediting.h"

#include "commands/exercisecommands.h"
#include "format/format.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace wl::tabletop {

namespace {

// The start offered before one is chosen: the coming full hour.
QDateTime defaultStart()
{
    QDateTime t = QDateTime::currentDateTime();
    t.setTime(QTime(t.time().hour(), 0));
    return t.addSecs(3600);
}

} // namespace

ExerciseSettingsForm::ExerciseSettingsForm(TabletopSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_vendor = new QComboBox(this);
    m_vendor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vendor->setMinimumContentsLength(16);
    m_vendor->setToolTip(tr("The node breached at t = 0"));
    m_start = new QDateTimeEdit(this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setToolTip(tr("The exercise clock at t = 0: when the breach happens"));
    m_length = new QDoubleSpinBox(this);
    m_length->setRange(1.0, 100000.0);
    m_length->setDecimals(1);
    m_length->setSuffix(tr(" h"));
    m_length->setToolTip(tr("How long the exercise runs (168 h: one week)"));
    m_step = new QDoubleSpinBox(this);
    m_step->setRange(0.1, 1000.0);
    m_step->setDecimals(2);
    m_step->setSuffix(tr(" h"));
    m_step->setToolTip(tr("The timeline's step"));
    m_trials = new QSpinBox(this);
    m_trials->setRange(1, 10000000);
    m_trials->setSingleStep(1000);
    m_trials->setToolTip(tr("Simulated trials of the projection"));
    m_seed = new QLineEdit(this);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
    m_seed->setToolTip(tr("Random seed of the projection: the same seed gives the same figures"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Breached vendor:"), this), 0, 0);
    grid->addWidget(m_vendor, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Breach at:"), this), 0, 4);
    grid->addWidget(m_start, 0, 5);
    grid->addWidget(new QLabel(tr("Length:"), this), 1, 0);
    grid->addWidget(m_length, 1, 1);
    grid->addWidget(new QLabel(tr("Step:"), this), 1, 2);
    grid->addWidget(m_step, 1, 3);
    grid->addWidget(new QLabel(tr("Trials:"), this), 1, 4);
    grid->addWidget(m_trials, 1, 5);
    grid->addWidget(new QLabel(tr("Seed:"), this), 1, 6);
    grid->addWidget(m_seed, 1, 7);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_vendor, &QComboBox::activated, this, [this](int index) {
        ExerciseSettings s = m_session->settings();
        s.vendor = m_vendor->itemData(index).toString();
        // The clock starts with the exercise: take the offered start.
        if (!s.start.isValid())
            s.start = m_start->dateTime();
        commit(s, tr("Breach \"%1\" in the exercise").arg(s.vendor));
    });
    // On finishing, not on every keystroke: one history entry per change.
    connect(m_start, &QDateTimeEdit::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        if (!s.start.isValid() || m_start->dateTime() == s.start)
            return;
        s.start = m_start->dateTime();
        commit(s, tr("Set the exercise start"));
    });
    connect(m_length, &QDoubleSpinBox::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        s.lengthHours = m_length->value();
        commit(s, tr("Set the exercise length"));
    });
    connect(m_step, &QDoubleSpinBox::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        s.stepHours = m_step->value();
        commit(s, tr("Set the timeline step"));
    });
    connect(m_trials, &QSpinBox::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        s.trials = m_trials->value();
        commit(s, tr("Set the exercise trials"));
    });
    connect(m_seed, &QLineEdit::editingFinished, this, [this] {
        ExerciseSettings s = m_session->settings();
        const std::optional<quint64> seed = format::parseRngSeed(m_seed->text());
        if (!seed || *seed == s.rngSeed) {
            // Over 2^64 - 1: back to the document's value.
            m_seed->setText(format::rngSeed(s.rngSeed));
            return;
        }
        s.rngSeed = *seed;
        commit(s, tr("Set the exercise random seed"));
    });
}

void ExerciseSettingsForm::setNodeChoices(const Model &m)
{
    showNodeChoices(m_vendor, m);
}

void ExerciseSettingsForm::refresh()
{
    const ExerciseSettings &s = m_session->settings();
    const int vendor = nodeChoiceRow(m_vendor, s.vendor);
    m_vendor->setCurrentIndex(vendor);
    if (vendor < 0 && !s.vendor.isEmpty())
        m_vendor->setToolTip(tr("\"%1\" is not in the model").arg(s.vendor));
    m_start->setDateTime(s.start.isValid() ? s.start : defaultStart());
    m_length->setValue(s.lengthHours);
    m_step->setValue(s.stepHours);
    m_trials->setValue(s.trials);
    m_seed->setText(format::rngSeed(s.rngSeed));
}

void ExerciseSettingsForm::commit(const ExerciseSettings &settings, const QString &text)
{
    QString error;
    fieldediting::pushOrReport(m_session->document(),
        commands::setExerciseSettings(m_session->document(), settings, text, &error), error,
        [this](const QString &reason) { emit message(reason); });
    // A refused value goes back to what the document holds.
    refresh();
}

} // namespace wl::tabletop
