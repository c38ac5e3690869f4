#include "preferencesdialog.h"

#include "language.h"
#include "recovery/recovery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wl {

namespace {

constexpr int kMaxTrials = 10'000'000;
constexpr int kMaxRecoveryMinutes = 60;

QComboBox *combo(const QString &name)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_engine(combo(QStringLiteral("engine")))
    , m_trials(new QSpinBox)
    , m_seed(new QLineEdit)
    , m_units(combo(QStringLiteral("units")))
    , m_recovery(new QSpinBox)
    , m_language(combo(QStringLiteral("language")))
    , m_theme(combo(QStringLiteral("theme")))
    , m_darkMap(new QCheckBox(tr("Dark &map and diagram exports")))
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_engine->addItem(tr("Automatic (by the model’s size)"), QString());
    for (const QString &name : layout::engineNames())
        m_engine->addItem(name, name);
    m_engine->setToolTip(tr("The Graphviz engine Lay Out and newly opened models use"));

    m_trials->setObjectName(QStringLiteral("trials"));
    m_trials->setRange(1, kMaxTrials);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setToolTip(tr("Trials of the annual baseline behind the heatmaps, and of new "
                            "scenarios"));
    m_seed->setObjectName(QStringLiteral("rngSeed"));
    m_seed->setToolTip(tr("The same seed and trials give the same figures, on any machine"));

    m_units->addItem(tr("Hours"), int(format::DurationUnit::Hours));
    m_units->addItem(tr("Days"), int(format::DurationUnit::Days));
    m_units->setToolTip(tr("How times are shown; they are entered and stored in hours"));

    m_recovery->setObjectName(QStringLiteral("recoveryMinutes"));
    m_recovery->setRange(0, kMaxRecoveryMinutes);
    m_recovery->setSuffix(tr(" min"));
    m_recovery->setSpecialValueText(tr("Only after 50 steps"));
    m_recovery->setToolTip(tr("How often unsaved changes are copied for recovery after a crash"));

    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setToolTip(tr("Changes when Weaklink starts again"));

    m_theme->addItem(tr("System"), themeName(Theme::System));
    m_theme->addItem(tr("Light"), themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), themeName(Theme::Dark));
    m_theme->setToolTip(tr("The window's colours; the map keeps its own"));
    m_darkMap->setObjectName(QStringLiteral("darkMap"));
    m_darkMap->setToolTip(tr("The map, its legends and diagram exports on dark paper; the board "
                             "report stays light"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout engine:"), m_engine);
    form->addRow(tr("&Trials:"), m_trials);
    form->addRow(tr("&Random seed:"), m_seed);
    form->addRow(tr("&Durations in:"), m_units);
    form->addRow(tr("Recovery &copy every:"), m_recovery);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(QString(), m_darkMap);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { fill(Preferences {}); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fill(current);
}

void PreferencesDialog::fill(const Preferences &p)
{
    const auto select = [](QComboBox *box, const QVariant &data) {
        box->setCurrentIndex(std::max(0, box->findData(data)));
    };
    select(m_engine, p.layoutEngine ? layout::engineName(*p.layoutEngine) : QString());
    m_trials->setValue(p.trials);
    m_seed->setText(format::rngSeed(p.rngSeed));
    select(m_units, int(p.durationUnit));
    m_recovery->setValue(p.recoveryMinutes);
    select(m_language, p.language);
    select(m_theme, themeName(p.theme));
    m_darkMap->setChecked(p.darkMap);
    m_error->hide();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.layoutEngine = layout::engineFromName(m_engine->currentData().toString());
    p.trials = m_trials->value();
    p.rngSeed = format::parseRngSeed(m_seed->text()).value_or(p.rngSeed);
    p.durationUnit = format::DurationUnit(m_units->currentData().toInt());
    p.recoveryMinutes = m_recovery->value();
    p.language = m_language->currentData().toString();
    p.theme = themeFromName(m_theme->currentData().toString()).value_or(Theme::System);
    p.darkMap = m_darkMap->isChecked();
    return p;
}

void PreferencesDialog::accept()
{
    if (!format::parseRngSeed(m_seed->text())) {
        m_error->setText(tr("The random seed must be a whole number from 0 to %1.")
                             .arg(format::rngSeed(std::numeric_limits<quint64>::max())));
        m_error->show();
        m_seed->setFocus();
        m_seed->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace wl
