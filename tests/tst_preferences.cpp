// Edit ▸ Preferences… (app/preferences, app/dialogs/preferencesdialog):
// every field set through keys and clicks, saved in QSettings, applied to
// the window at once and to a new window after a restart; a bad seed
// refused; Restore Defaults; the themes' palettes, with the canvas kept in
// its light print colours.
#include "analysispanels.h"
#include "dialogs/preferencesdialog.h"
#include "docks/scenariodock.h"
#include "documentcontroller.h"
#include "editor/diagramview.h"
#include "editor/layoutcontroller.h"
#include "mainwindow.h"
#include "overlay/overlaycontroller.h"
#include "preferences/preferences.h"
#include "recovery/recovery.h"

#include "model/document.h"
#include "render/diagram.h"

#include "widgets/widgetharness.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace wl {

namespace {

// Types into a field as a user would: everything selected, then the text.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

// Chooses a combo box's item by typing the start of its text, as the
// keyboard does on a closed combo box.
void choose(QComboBox *box, const QString &text)
{
    box->setFocus();
    QTest::keyClicks(box, text);
    QCOMPARE(box->currentText(), text);
}

void clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = dialog->findChild<QDialogButtonBox *>()->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultsWithoutSettings();
    void setThroughTheDialogAndKeptAcrossARestart();
    void badSeedRefused();
    void restoreDefaults();
    void themes();

private:
    QPalette m_platformPalette;
    QString m_platformStyle;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WeaklinkTest"_s);
    QCoreApplication::setApplicationName(u"tst_preferences"_s);
    QSettings().clear();
    m_platformPalette = QApplication::palette();
    m_platformStyle = QApplication::style()->name();
}

void TestPreferences::cleanup()
{
    QSettings().clear();
    applyTheme(Theme::System);
    format::setDurationUnit(format::DurationUnit::Hours);
    render::setPrintColors(render::PrintColors::Light);
}

void TestPreferences::defaultsWithoutSettings()
{
    const Preferences p = Preferences::load();
    QVERIFY(p == Preferences {});
    QCOMPARE(p.trials, 10000);
    QCOMPARE(p.rngSeed, 1u);
    QCOMPARE(p.recoveryMinutes, 2);
    QCOMPARE(p.theme, Theme::System);
    QCOMPARE(Recovery::configuredInterval(), std::chrono::milliseconds(2min));
    MainWindow window;
    QVERIFY(!window.layoutController()->engineChoice());
    QCOMPARE(window.analysis()->overlay()->annualTrials(), 10000);
    QCOMPARE(window.analysis()->overlay()->rngSeed(), 1u);
    QCOMPARE(format::durationUnit(), format::DurationUnit::Hours);
}

void TestPreferences::setThroughTheDialogAndKeptAcrossARestart()
{
    auto window = std::make_unique<MainWindow>();
    QVERIFY(test::showActive(window.get()));
    QAction *action = window->findChild<QAction *>(u"preferencesAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

    bool answered = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox *>(u"engine"_s), u"neato"_s);
        typeInto(dialog->findChild<QSpinBox *>(u"trials"_s), u"2500"_s);
        typeInto(dialog->findChild<QLineEdit *>(u"rngSeed"_s), u"42"_s);
        choose(dialog->findChild<QComboBox *>(u"units"_s), u"Days"_s);
        typeInto(dialog->findChild<QSpinBox *>(u"recoveryMinutes"_s), u"5"_s);
        choose(dialog->findChild<QComboBox *>(u"language"_s), u"Deutsch"_s);
        choose(dialog->findChild<QComboBox *>(u"theme"_s), u"Dark"_s);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"darkMap"_s), Qt::LeftButton);
        clickButton(dialog, QDialogButtonBox::Ok);
        answered = true;
    });
    action->trigger();
    QVERIFY(answered);

    // Kept in the settings.
    const QSettings settings;
    QCOMPARE(settings.value(u"layout/engine"_s).toString(), u"neato"_s);
    QCOMPARE(settings.value(u"simulation/trials"_s).toInt(), 2500);
    QCOMPARE(settings.value(u"simulation/rngSeed"_s).toString(), u"42"_s);
    QCOMPARE(settings.value(u"display/durationUnit"_s).toString(), u"days"_s);
    QCOMPARE(settings.value(u"recovery/intervalMinutes"_s).toInt(), 5);
    QCOMPARE(settings.value(u"appearance/theme"_s).toString(), u"dark"_s);
    QCOMPARE(settings.value(u"appearance/darkMap"_s).toBool(), true);
    QCOMPARE(settings.value(u"language"_s).toString(), u"de"_s);

    // Applied at once.
    QCOMPARE(window->layoutController()->engineChoice(), layout::Engine::Neato);
    QCOMPARE(window->analysis()->overlay()->annualTrials(), 2500);
    QCOMPARE(window->analysis()->overlay()->rngSeed(), 42u);
    QCOMPARE(format::durationUnit(), format::DurationUnit::Days);
    QCOMPARE(format::duration(36), u"1.5 d"_s);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
    // The map on dark paper, at once.
    QCOMPARE(render::printColors(), render::PrintColors::Dark);
    QCOMPARE(window->diagramView()->backgroundBrush().color(), QColor(0x1B, 0x1E, 0x23));
    QAction *german = nullptr;
    for (QAction *a : window->findChild<QMenu *>(u"languageMenu"_s)->actions())
        if (a->data().toString() == u"de"_s)
            german = a;
    QVERIFY(german && german->isChecked());
    QCOMPARE(window->statusBar()->currentMessage(),
        u"The language changes when Weaklink starts again."_s);
    // A new scenario starts with the trials and seed.
    QTest::mouseClick(
        window->scenarioDock()->findChild<QToolButton *>(u"addScenario"_s), Qt::LeftButton);
    QCOMPARE(window->document()->scenarios().size(), 1);
    QCOMPARE(window->document()->scenarios()[0].scenario.trials, 2500);
    QCOMPARE(window->document()->scenarios()[0].scenario.rngSeed, 42u);

    // A restart: read from the settings.
    window.reset();
    applyTheme(Theme::System);
    format::setDurationUnit(format::DurationUnit::Hours);
    render::setPrintColors(render::PrintColors::Light);
    MainWindow restarted;
    QCOMPARE(restarted.layoutController()->engineChoice(), layout::Engine::Neato);
    QCOMPARE(restarted.analysis()->overlay()->annualTrials(), 2500);
    QCOMPARE(restarted.analysis()->overlay()->rngSeed(), 42u);
    QCOMPARE(format::durationUnit(), format::DurationUnit::Days);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(render::printColors(), render::PrintColors::Dark);
    QCOMPARE(restarted.diagramView()->backgroundBrush().color(), QColor(0x1B, 0x1E, 0x23));
    QTemporaryDir dir;
    QCOMPARE(restarted.enableRecovery(dir.path())->interval(), std::chrono::milliseconds(5min));
    QVERIFY(Preferences::load()
        == Preferences({ .layoutEngine = layout::Engine::Neato,
            .trials = 2500,
            .rngSeed = 42,
            .durationUnit = format::DurationUnit::Days,
            .recoveryMinutes = 5,
            .language = u"de"_s,
            .theme = Theme::Dark,
            .darkMap = true }));
}

void TestPreferences::badSeedRefused()
{
    PreferencesDialog dialog { Preferences {} };
    QVERIFY(test::showActive(&dialog));
    auto *error = dialog.findChild<QLabel *>(u"error"_s);
    auto *seed = dialog.findChild<QLineEdit *>(u"rngSeed"_s);
    typeInto(seed, u"-3"_s);
    clickButton(&dialog, QDialogButtonBox::Ok);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QCOMPARE(
        error->text(), u"The random seed must be a whole number from 0 to 18446744073709551615."_s);
    QCOMPARE(QApplication::focusWidget(), seed);
    // Nothing was saved.
    QVERIFY(!QSettings().contains(u"simulation/rngSeed"_s));

    typeInto(seed, u"18446744073709551615"_s);
    clickButton(&dialog, QDialogButtonBox::Ok);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.preferences().rngSeed, std::numeric_limits<quint64>::max());
}

void TestPreferences::restoreDefaults()
{
    const Preferences changed { .layoutEngine = layout::Engine::Circo,
        .trials = 7,
        .rngSeed = 99,
        .durationUnit = format::DurationUnit::Days,
        .recoveryMinutes = 0,
        .language = u"en"_s,
        .theme = Theme::Light,
        .darkMap = true };
    PreferencesDialog dialog(changed);
    QVERIFY(dialog.preferences() == changed);
    // 0 minutes: copies after undo steps only, said in words.
    QCOMPARE(dialog.findChild<QSpinBox *>(u"recoveryMinutes"_s)->text(), u"Only after 50 steps"_s);
    clickButton(&dialog, QDialogButtonBox::RestoreDefaults);
    QVERIFY(dialog.preferences() == Preferences {});
}

void TestPreferences::themes()
{
    MainWindow window;
    window.resize(1000, 700);
    QVERIFY(window.documentController()->openExample());
    QVERIFY(test::showActive(&window));
    const auto canvasCorner
        = [&] { return window.diagramView()->viewport()->grab().toImage().pixelColor(3, 3); };
    const QColor lightCanvas = canvasCorner();
    QVERIFY(lightCanvas.lightness() > 230);

    applyTheme(Theme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);
    // Disabled text stays readable and apart from enabled text.
    QVERIFY(QApplication::palette().color(QPalette::Disabled, QPalette::Text)
        != QApplication::palette().color(QPalette::Text));
    // The map keeps its light print colours.
    QCOMPARE(canvasCorner(), lightCanvas);

    applyTheme(Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 60);

    applyTheme(Theme::System);
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QVERIFY(QApplication::palette() == m_platformPalette);
}

} // namespace wl

QTEST_MAIN(wl::TestPreferences)
#include "tst_preferences.moc"
