// The properties dock with real key and mouse events: every edit is one
// undoable command, rejected values are explained and change nothing, the
// form follows the document (undo, external commands, removal) and the
// selection, and data assets are added, opened and deleted from a node.
// Expected values come from reading examples/ai-platform-analytics-breach.json
// by hand.
#include "docks/fieldeditor.h"
#include "docks/propertiesdock.h"
#include "selection.h"
#include "tables/elementtablemodel.h"

#include "commands/commands.h"
#include "io/modeljson.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>

using namespace wl;

namespace {

const QString kExample = QStringLiteral(WEAKLINK_EXAMPLE);

// Indexes in the example, counted in the JSON file.
constexpr int kWebDashboard = 0; // first node
constexpr int kPublicApi = 1;
constexpr int kNorthwind = 10;
constexpr int kDashboardToApi = 0; // first edge: web_dashboard -> public_api
constexpr int kDashboardToNorthwind = 11;
constexpr int kSupportToHelphub = 18; // data: support_tickets, api_user_profiles
constexpr int kPublicApiToStratus = 13; // data: api_usage_metadata, api_keys, customer_embeddings
constexpr int kApiKeys = 2; // third data asset, owned by public_api
constexpr int kAssetCount = 10;

// Nodes a and b, the edge a->b, and `assets` data assets owned by a, the
// first with a long id and a long name.
Model edgeWithAssets(int assets)
{
    Model m;
    for (const char *id : { "a", "b" }) {
        Node n;
        n.id = QLatin1String(id);
        m.appendNode(n);
    }
    Edge e;
    e.id = QStringLiteral("a->b");
    e.source = QStringLiteral("a");
    e.target = QStringLiteral("b");
    m.appendEdge(e);
    for (int i = 0; i < assets; ++i) {
        DataAsset d;
        d.id = i == 0 ? QStringLiteral("customer_records_with_a_long_id")
                      : QStringLiteral("asset%1").arg(i);
        d.name = i == 0 ? QStringLiteral("Customer records: names, e-mail addresses, billing")
                        : QStringLiteral("Asset %1").arg(i);
        d.owner = QStringLiteral("a");
        m.appendDataAsset(d);
    }
    return m;
}

Selection::Item node(const QString &id)
{
    return { ElementType::Node, id };
}

} // namespace

class TestProperties : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsHintAndMultiSelection();
    void editNodeText_data();
    void editNodeText();
    void positionIsBothOrNeither();
    void coordinatesShowATenth();
    void criticalitySpinBox();
    void arrowStepsAreOneUndoStep();
    void gdprRoleCombo();
    void kindTakesNewValues();
    void pinnedCheckBox();
    void wheelScrollsWithoutEditing();
    void notesCommitOnFocusOut();
    void rejectedValue_data();
    void rejectedValue();
    void sourceEqualsTargetIsRejected();
    void nextEditClearsTheReason();
    void edgeFields();
    void edgeDataChecklist();
    void edgeDataChecklistWithOneAsset();
    void edgeDataChecklistFilter();
    void renameKeepsTheElementShown();
    void followsExternalChanges();
    void removalClearsTheForm();
    void refreshNeverPushes();
    void assetsOfANode();
    void addDataAsset();
    void deleteDataAsset();

private:
    const Model &model() const { return m_doc->model(); }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    FieldEditor *editor(ElementType type, int field) const
    {
        return m_dock->fieldEditor(type, field);
    }
    template<typename W> W *input(ElementType type, int field) const
    {
        return qobject_cast<W *>(editor(type, field)->input());
    }
    QLineEdit *lineEdit(ElementType type, int field) const { return input<QLineEdit>(type, field); }
    QString message() const
    {
        return m_dock->findChild<QLabel *>(QStringLiteral("message"))->text();
    }
    bool showsForm(const char *name) const
    {
        QWidget *form = m_dock->findChild<QWidget *>(QLatin1String(name));
        return form && form->isVisible();
    }

    // Clicks into the editor, replaces its text by typing and finishes with
    // `finish` (Return, or Tab to leave it).
    static void type(QLineEdit *edit, const QString &text, Qt::Key finish = Qt::Key_Return)
    {
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
        QTest::keyClick(edit, finish);
    }

    Model m_original;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<QMainWindow> m_window;
    PropertiesDock *m_dock = nullptr;
};

void TestProperties::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const ReadResult example = io::readModelJsonFile(kExample);
    QVERIFY2(example.ok(), qPrintable(example.message()));
    m_original = *example.model;
    QCOMPARE(m_original.data().size(), kAssetCount);
    QCOMPARE(m_original.nodes()[kNorthwind].id, QStringLiteral("northwind"));
    QCOMPARE(m_original.edges()[kSupportToHelphub].id, QStringLiteral("support_portal->helphub"));
    QCOMPARE(m_original.edges()[kPublicApiToStratus].id, QStringLiteral("public_api->stratus"));
}

void TestProperties::init()
{
    m_doc = std::make_unique<Document>(m_original);
    m_selection = std::make_unique<Selection>(m_doc.get());
    // Docked, as the main window will have it.
    m_window = std::make_unique<QMainWindow>();
    m_dock = new PropertiesDock(m_doc.get(), m_selection.get(), m_window.get());
    m_window->setCentralWidget(new QWidget);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(800, 760);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestProperties::cleanup()
{
    m_window.reset();
    m_selection.reset();
    m_doc.reset();
}

void TestProperties::showsHintAndMultiSelection()
{
    QVERIFY(showsForm("message"));
    QCOMPARE(message(),
        QStringLiteral("Select a node, an edge or a data asset to see and edit its properties."));

    m_selection->set({ node(QStringLiteral("web_dashboard")), node(QStringLiteral("northwind")),
        { ElementType::Edge, QStringLiteral("web_dashboard->northwind") } });
    QVERIFY(showsForm("message"));
    QCOMPARE(message(), QStringLiteral("3 elements selected"));

    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    QVERIFY(showsForm("nodeForm"));
    QVERIFY(!showsForm("message"));
    QCOMPARE(
        lineEdit(ElementType::Node, int(NodeField::Id))->text(), QStringLiteral("web_dashboard"));
    QCOMPARE(lineEdit(ElementType::Node, int(NodeField::Name))->text(),
        QStringLiteral("API platform dashboard"));

    m_selection->clear();
    QVERIFY(showsForm("message"));
    QCOMPARE(stack()->count(), 0);
}

void TestProperties::editNodeText_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("finish");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("shownAfterUndo");

    const int enter = Qt::Key_Return;
    const int tab = Qt::Key_Tab;
    QTest::newRow("name") << int(NodeField::Name) << "Dashboard" << enter
                          << QVariant(QStringLiteral("Dashboard")) << "Dashboard"
                          << "API platform dashboard";
    QTest::newRow("name, Tab") << int(NodeField::Name) << "Console" << tab
                               << QVariant(QStringLiteral("Console")) << "Console"
                               << "API platform dashboard";
    QTest::newRow("organization") << int(NodeField::Organization) << "Acme AI Ltd." << enter
                                  << QVariant(QStringLiteral("Acme AI Ltd.")) << "Acme AI Ltd."
                                  << "Acme AI";
    QTest::newRow("jurisdiction") << int(NodeField::Jurisdiction) << "EU" << tab
                                  << QVariant(QStringLiteral("EU")) << "EU"
                                  << "US";
    QTest::newRow("breach_likelihood")
        << int(NodeField::BreachLikelihood) << "0.25" << enter << QVariant(0.25) << "0.25"
        << "0.03";
    QTest::newRow("breach_likelihood normalised")
        << int(NodeField::BreachLikelihood) << "0.250" << tab << QVariant(0.25) << "0.25"
        << "0.03";
    QTest::newRow("control_strength 0")
        << int(NodeField::ControlStrength) << "0" << enter << QVariant(0.0) << "0"
        << "0.6";
    QTest::newRow("control_strength 1")
        << int(NodeField::ControlStrength) << "1" << tab << QVariant(1.0) << "1"
        << "0.6";
    QTest::newRow("tags") << int(NodeField::Tags) << "frontend, beta" << enter
                          << QVariant(
                                 QStringList { QStringLiteral("frontend"), QStringLiteral("beta") })
                          << "frontend, beta"
                          << "frontend";
    QTest::newRow("tags normalised")
        << int(NodeField::Tags) << " a ,b,, c " << tab
        << QVariant(QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
        << "a, b, c"
        << "frontend";
    QTest::newRow("tags emptied") << int(NodeField::Tags) << "" << enter << QVariant(QStringList())
                                  << ""
                                  << "frontend";
}

void TestProperties::editNodeText()
{
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(int, finish);
    QFETCH(QVariant, expected);
    QFETCH(QString, shown);
    QFETCH(QString, shownAfterUndo);

    ElementTableModel table(m_doc.get(), ElementType::Node);
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    QLineEdit *edit = lineEdit(ElementType::Node, field);
    QVERIFY(edit);
    QCOMPARE(edit->text(), shownAfterUndo);

    type(edit, typed, Qt::Key(finish));
    QCOMPARE(model().value(ElementType::Node, kWebDashboard, field), expected);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(edit->text(), shown);
    QVERIFY(editor(ElementType::Node, field)->errorText().isEmpty());
    // The tables show the same model.
    QCOMPARE(table.data(table.index(kWebDashboard, field), Qt::EditRole), expected);

    // Finishing again without a change pushes nothing.
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(stack()->count(), 1);

    stack()->undo();
    QCOMPARE(edit->text(), shownAfterUndo);
    QCOMPARE(model(), m_original);
}

void TestProperties::positionIsBothOrNeither()
{
    m_selection->set({ node(QStringLiteral("northwind")) });
    QLineEdit *x = lineEdit(ElementType::Node, int(NodeField::X));
    QLineEdit *y = lineEdit(ElementType::Node, int(NodeField::Y));
    QCOMPARE(x->text(), QString());
    QCOMPARE(y->text(), QString());

    // A node without a position gets one: y starts at 0.
    type(x, QStringLiteral("120.5"));
    QCOMPARE(model().nodes()[kNorthwind].pos, std::optional<QPointF>(QPointF(120.5, 0)));
    QCOMPARE(y->text(), QStringLiteral("0"));
    type(y, QStringLiteral("-40"), Qt::Key_Tab);
    QCOMPARE(model().nodes()[kNorthwind].pos, std::optional<QPointF>(QPointF(120.5, -40)));
    QCOMPARE(stack()->count(), 2);

    // Emptying either coordinate removes the position.
    type(y, QString());
    QCOMPARE(model().nodes()[kNorthwind].pos, std::nullopt);
    QCOMPARE(x->text(), QString());
    QCOMPARE(y->text(), QString());
    QCOMPARE(stack()->count(), 3);

    stack()->undo();
    QCOMPARE(model().nodes()[kNorthwind].pos, std::optional<QPointF>(QPointF(120.5, -40)));
    QCOMPARE(x->text(), QStringLiteral("120.5"));
    QCOMPARE(y->text(), QStringLiteral("-40"));
}

// A laid-out position reads to a tenth of a point; leaving the field as
// shown keeps the exact value, typing a new one stores it.
void TestProperties::coordinatesShowATenth()
{
    Model placed = m_original;
    placed.setPosition(kWebDashboard, QPointF(1200.25, 502.7365124892028));
    m_doc->resetModel(placed);
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    QLineEdit *x = lineEdit(ElementType::Node, int(NodeField::X));
    QLineEdit *y = lineEdit(ElementType::Node, int(NodeField::Y));
    QCOMPARE(x->text(), QStringLiteral("1200.3"));
    QCOMPARE(y->text(), QStringLiteral("502.7"));

    QTest::mouseClick(y, Qt::LeftButton);
    QTest::keyClick(y, Qt::Key_Tab);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(model().nodes()[kWebDashboard].pos->y(), 502.7365124892028);

    type(y, QStringLiteral("480.25"));
    QCOMPARE(model().nodes()[kWebDashboard].pos->y(), 480.25);
    QCOMPARE(y->text(), QStringLiteral("480.3"));
    QCOMPARE(stack()->count(), 1);
}

void TestProperties::criticalitySpinBox()
{
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    auto *spin = input<QSpinBox>(ElementType::Node, int(NodeField::Criticality));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 4);

    QTest::mouseClick(spin, Qt::LeftButton);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("2"));
    QCOMPARE(stack()->count(), 0); // nothing while typing
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(model().nodes()[kWebDashboard].criticality, 2);
    QCOMPARE(stack()->count(), 1);

    // A step right after continues the same edit (issue 10).
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(model().nodes()[kWebDashboard].criticality, 3);
    QCOMPARE(stack()->count(), 1);

    stack()->undo();
    QCOMPARE(spin->value(), 4);
    QCOMPARE(model(), m_original);
}

void TestProperties::arrowStepsAreOneUndoStep()
{
    m_selection->set({ node(QStringLiteral("public_api")) });
    auto *spin = input<QSpinBox>(ElementType::Node, int(NodeField::Criticality));
    const int start = model().nodes()[kPublicApi].criticality;
    QCOMPARE(start, 5);
    spin->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(model().nodes()[kPublicApi].criticality, 2);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Change criticality of node \"public_api\""));
    stack()->undo();
    QCOMPARE(spin->value(), start);
    QCOMPARE(model(), m_original);

    // After the undo, the next step is an edit of its own.
    QTest::keyClick(spin, Qt::Key_Down);
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    stack()->redo();
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(model().nodes()[kPublicApi].criticality, 2);
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(spin->value(), 3);
}

void TestProperties::gdprRoleCombo()
{
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    auto *combo = input<QComboBox>(ElementType::Node, int(NodeField::GdprRole));
    QVERIFY(combo);
    QVERIFY(!combo->isEditable());
    QCOMPARE(combo->count(), 5);
    // Roles by their names; the value stays the format's.
    QCOMPARE(combo->currentText(), QStringLiteral("Controller"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("controller"));

    combo->setFocus();
    // Typing picks the first role starting with the letter.
    QTest::keyClicks(combo, QStringLiteral("p"));
    QCOMPARE(model().nodes()[kWebDashboard].gdprRole, QStringLiteral("processor"));
    QCOMPARE(stack()->count(), 1);
    // The next choice right after continues the same edit (issue 10).
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(model().nodes()[kWebDashboard].gdprRole, QStringLiteral("subprocessor"));
    QCOMPARE(stack()->count(), 1);

    stack()->undo();
    QCOMPARE(combo->currentText(), QStringLiteral("Controller"));
}

void TestProperties::kindTakesNewValues()
{
    m_selection->set({ node(QStringLiteral("northwind")) });
    auto *combo = input<QComboBox>(ElementType::Node, int(NodeField::Kind));
    QVERIFY(combo && combo->isEditable());
    QCOMPARE(combo->currentText(), QStringLiteral("Analytics"));
    // The 13 known kinds; the example uses no others.
    QCOMPARE(combo->count(), 13);
    QCOMPARE(combo->itemText(0), QStringLiteral("Internal service"));
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("internal_service"));

    type(combo->lineEdit(), QStringLiteral("saas_crm"));
    QCOMPARE(model().nodes()[kNorthwind].kind, QStringLiteral("saas_crm"));
    QCOMPARE(stack()->count(), 1);
    // Now in use, so offered after the known kinds, humanised.
    QCOMPARE(combo->count(), 14);
    QCOMPARE(combo->itemText(13), QStringLiteral("Saas crm"));
    QCOMPARE(combo->itemData(13).toString(), QStringLiteral("saas_crm"));
    QCOMPARE(combo->currentText(), QStringLiteral("Saas crm"));

    // A known kind typed by its name, in any case, is that kind.
    type(combo->lineEdit(), QStringLiteral("model PROVIDER"));
    QCOMPARE(model().nodes()[kNorthwind].kind, QStringLiteral("model_provider"));
    QCOMPARE(combo->currentText(), QStringLiteral("Model provider"));

    stack()->undo();
    stack()->undo();
    QCOMPARE(combo->currentText(), QStringLiteral("Analytics"));
    QCOMPARE(combo->count(), 13);
}

void TestProperties::pinnedCheckBox()
{
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    auto *check = input<QCheckBox>(ElementType::Node, int(NodeField::Pinned));
    QVERIFY(check);
    QVERIFY(!check->isChecked());

    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(model().nodes()[kWebDashboard].pinned, true);
    QCOMPARE(stack()->count(), 1);

    stack()->undo();
    QVERIFY(!check->isChecked());
    QCOMPARE(model().nodes()[kWebDashboard].pinned, false);
}

void TestProperties::wheelScrollsWithoutEditing()
{
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    QTest::mouseClick(lineEdit(ElementType::Node, int(NodeField::Name)), Qt::LeftButton);
    auto *spin = input<QSpinBox>(ElementType::Node, int(NodeField::Criticality));
    auto *combo = input<QComboBox>(ElementType::Node, int(NodeField::GdprRole));
    for (QWidget *w : { static_cast<QWidget *>(spin), static_cast<QWidget *>(combo) }) {
        const QPointF centre = QRectF(w->rect()).center();
        QWheelEvent wheel(centre, w->mapToGlobal(centre), {}, { 0, -120 }, Qt::NoButton, {},
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &wheel);
    }
    QCOMPARE(spin->value(), 4);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("controller"));
    QCOMPARE(stack()->count(), 0);
}

void TestProperties::notesCommitOnFocusOut()
{
    m_selection->set({ node(QStringLiteral("public_api")) });
    auto *notes = input<QPlainTextEdit>(ElementType::Node, int(NodeField::Notes));
    QVERIFY(notes);
    QCOMPARE(notes->toPlainText(), QString());

    QTest::mouseClick(notes->viewport(), Qt::LeftButton);
    QVERIFY(notes->hasFocus());
    QTest::keyClicks(notes, QStringLiteral("Rate limited"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("per key"));
    QCOMPARE(stack()->count(), 0); // Return is a line break, not the end of the edit
    QTest::keyClick(notes, Qt::Key_Tab);
    QVERIFY(!notes->hasFocus());
    QCOMPARE(model().nodes()[kPublicApi].notes, QStringLiteral("Rate limited\nper key"));
    QCOMPARE(stack()->count(), 1);

    stack()->undo();
    QCOMPARE(notes->toPlainText(), QString());
}

void TestProperties::rejectedValue_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("shown");

    const int nodeType = int(ElementType::Node);
    const int edgeType = int(ElementType::Edge);
    const int assetType = int(ElementType::DataAsset);
    QTest::newRow("breach_likelihood 1.5")
        << nodeType << "web_dashboard" << int(NodeField::BreachLikelihood) << "1.5"
        << "must be a number from 0 to 1"
        << "0.03";
    QTest::newRow("breach_likelihood negative")
        << nodeType << "web_dashboard" << int(NodeField::BreachLikelihood) << "-0.1"
        << "must be a number from 0 to 1"
        << "0.03";
    QTest::newRow("control_strength text")
        << nodeType << "northwind" << int(NodeField::ControlStrength) << "high"
        << "must be a number from 0 to 1"
        << "0.3";
    QTest::newRow("duplicate node id")
        << nodeType << "web_dashboard" << int(NodeField::Id) << "public_api"
        << "duplicate node id \"public_api\""
        << "web_dashboard";
    QTest::newRow("empty node id") << nodeType << "web_dashboard" << int(NodeField::Id) << ""
                                   << "must be a non-empty string"
                                   << "web_dashboard";
    QTest::newRow("x text") << nodeType << "northwind" << int(NodeField::X) << "left"
                            << "must be a number"
                            << "";
    QTest::newRow("delay_hours 0")
        << edgeType << "web_dashboard->public_api" << int(EdgeField::DelayHours) << "0"
        << "must be a number greater than 0"
        << "4";
    QTest::newRow("p_backward 2") << edgeType << "web_dashboard->northwind"
                                  << int(EdgeField::PBackward) << "2"
                                  << "must be a number from 0 to 1"
                                  << "0.15";
    QTest::newRow("duplicate edge id") << edgeType << "web_dashboard->public_api"
                                       << int(EdgeField::Id) << "web_dashboard->identity"
                                       << "duplicate edge id \"web_dashboard->identity\""
                                       << "web_dashboard->public_api";
    QTest::newRow("records negative") << assetType << "api_keys" << int(DataField::Records) << "-5"
                                      << "must be an integer from 0 to 9007199254740992"
                                      << "2000000";
    QTest::newRow("records fraction") << assetType << "api_keys" << int(DataField::Records) << "1.5"
                                      << "must be an integer from 0 to 9007199254740992"
                                      << "2000000";
    QTest::newRow("duplicate asset id")
        << assetType << "api_keys" << int(DataField::Id) << "chat_prompts"
        << "duplicate data asset id \"chat_prompts\""
        << "api_keys";
}

void TestProperties::rejectedValue()
{
    QFETCH(int, type);
    QFETCH(QString, id);
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    QFETCH(QString, shown);

    const ElementType elementType = ElementType(type);
    m_selection->set({ { elementType, id } });
    QLineEdit *edit = lineEdit(elementType, field);
    QVERIFY(edit);
    QCOMPARE(edit->text(), shown);

    this->type(edit, typed);
    QCOMPARE(editor(elementType, field)->errorText(), reason);
    QVERIFY(editor(elementType, field)->findChild<QLabel *>(QStringLiteral("error"))->isVisible());
    QCOMPARE(edit->text(), shown);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(model(), m_original);
    // Still the same element.
    QCOMPARE(m_selection->single(), std::optional<Selection::Item>({ elementType, id }));
}

void TestProperties::sourceEqualsTargetIsRejected()
{
    m_selection->set({ { ElementType::Edge, QStringLiteral("web_dashboard->public_api") } });
    auto *target = input<QComboBox>(ElementType::Edge, int(EdgeField::Target));
    QVERIFY(target && !target->isEditable());
    QCOMPARE(target->count(), 23); // every node id
    QCOMPARE(target->currentText(), QStringLiteral("public_api"));

    target->setFocus();
    // One up is web_dashboard, the edge's own source.
    QTest::keyClick(target, Qt::Key_Up);
    QCOMPARE(editor(ElementType::Edge, int(EdgeField::Target))->errorText(),
        QStringLiteral("source and target must differ"));
    QCOMPARE(target->currentText(), QStringLiteral("public_api"));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(model(), m_original);

    // Another node is fine, and clears the reason.
    QTest::keyClick(target, Qt::Key_Down);
    QCOMPARE(model().edges()[kDashboardToApi].target, QStringLiteral("chat_app"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(editor(ElementType::Edge, int(EdgeField::Target))->errorText().isEmpty());
}

void TestProperties::nextEditClearsTheReason()
{
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    QLineEdit *breach = lineEdit(ElementType::Node, int(NodeField::BreachLikelihood));
    FieldEditor *breachEditor = editor(ElementType::Node, int(NodeField::BreachLikelihood));
    type(breach, QStringLiteral("1.5"));
    QVERIFY(!breachEditor->errorText().isEmpty());

    // Leaving the reverted field pushes nothing and keeps the reason.
    QTest::keyClick(breach, Qt::Key_Tab);
    QVERIFY(!breachEditor->errorText().isEmpty());
    QCOMPARE(stack()->count(), 0);

    type(lineEdit(ElementType::Node, int(NodeField::Name)), QStringLiteral("Console"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(breachEditor->errorText().isEmpty());

    // Showing another element also clears it.
    type(breach, QStringLiteral("7"));
    QVERIFY(!breachEditor->errorText().isEmpty());
    m_selection->set({ node(QStringLiteral("northwind")) });
    QVERIFY(breachEditor->errorText().isEmpty());
    QCOMPARE(breach->text(), QStringLiteral("0.08"));
}

void TestProperties::edgeFields()
{
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    QVERIFY(showsForm("nodeForm"));
    m_selection->set({ { ElementType::Edge, QStringLiteral("web_dashboard->northwind") } });
    QVERIFY(showsForm("edgeForm"));
    QVERIFY(!showsForm("nodeForm"));

    const auto text = [this](EdgeField f) { return lineEdit(ElementType::Edge, int(f))->text(); };
    const auto combo = [this](EdgeField f) {
        return input<QComboBox>(ElementType::Edge, int(f))->currentText();
    };
    QCOMPARE(text(EdgeField::Id), QStringLiteral("web_dashboard->northwind"));
    QCOMPARE(combo(EdgeField::Source), QStringLiteral("web_dashboard"));
    QCOMPARE(combo(EdgeField::Target), QStringLiteral("northwind"));
    QCOMPARE(combo(EdgeField::Integration), QStringLiteral("Embedded SDK"));
    QCOMPARE(text(EdgeField::PForward), QStringLiteral("0"));
    QCOMPARE(text(EdgeField::PBackward), QStringLiteral("0.15"));
    QCOMPARE(text(EdgeField::DelayHours), QStringLiteral("48"));
    QCOMPARE(text(EdgeField::Label), QStringLiteral("analytics SDK"));

    auto *list = input<QListWidget>(ElementType::Edge, int(EdgeField::Data));
    QVERIFY(list);
    QCOMPARE(list->count(), kAssetCount);
    QStringList checked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            checked << list->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(checked, QStringList { QStringLiteral("api_user_profiles") });
    QCOMPARE(list->item(0)->text(),
        QStringLiteral("API user profiles (name, e-mail, coarse location, browser)"));
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("api_user_profiles")));

    type(lineEdit(ElementType::Edge, int(EdgeField::DelayHours)), QStringLiteral("12.5"));
    QCOMPARE(model().edge(QStringLiteral("web_dashboard->northwind"))->delayHours, 12.5);
    QCOMPARE(stack()->count(), 1);

    m_selection->set({ { ElementType::DataAsset, QStringLiteral("api_keys") } });
    QVERIFY(showsForm("dataAssetForm"));
    QCOMPARE(input<QComboBox>(ElementType::DataAsset, int(DataField::Owner))->currentText(),
        QStringLiteral("public_api"));
    QCOMPARE(input<QComboBox>(ElementType::DataAsset, int(DataField::Category))->currentText(),
        QStringLiteral("Credentials"));
    QCOMPARE(lineEdit(ElementType::DataAsset, int(DataField::Records))->text(),
        QStringLiteral("2000000"));
    QCOMPARE(input<QSpinBox>(ElementType::DataAsset, int(DataField::Sensitivity))->value(), 5);
    QVERIFY(!input<QCheckBox>(ElementType::DataAsset, int(DataField::Personal))->isChecked());

    // 64-bit records, beyond what a QSpinBox holds.
    type(
        lineEdit(ElementType::DataAsset, int(DataField::Records)), QStringLiteral("9000000000000"));
    QCOMPARE(model().data()[kApiKeys].records, Q_INT64_C(9000000000000));
    QCOMPARE(stack()->count(), 2);
}

void TestProperties::edgeDataChecklist()
{
    m_selection->set({ { ElementType::Edge, QStringLiteral("support_portal->helphub") } });
    auto *list = input<QListWidget>(ElementType::Edge, int(EdgeField::Data));
    // Model order: api_user_profiles, api_usage_metadata, api_keys, chat_prompts, ...
    QCOMPARE(list->item(3)->data(Qt::UserRole).toString(), QStringLiteral("chat_prompts"));
    QCOMPARE(list->item(7)->data(Qt::UserRole).toString(), QStringLiteral("support_tickets"));

    // Clicking the name makes the row current; Space toggles it.
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(3)).center());
    QCOMPARE(list->currentRow(), 3);
    QCOMPARE(stack()->count(), 0);
    QTest::keyClick(list, Qt::Key_Space);
    // Newly checked ids go last; the others keep their order.
    const QStringList afterCheck = { QStringLiteral("support_tickets"),
        QStringLiteral("api_user_profiles"), QStringLiteral("chat_prompts") };
    QCOMPARE(model().edges()[kSupportToHelphub].data, afterCheck);
    QCOMPARE(stack()->count(), 1);

    for (int i = 0; i < 4; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 7);
    QTest::keyClick(list, Qt::Key_Space);
    const QStringList afterUncheck
        = { QStringLiteral("api_user_profiles"), QStringLiteral("chat_prompts") };
    QCOMPARE(model().edges()[kSupportToHelphub].data, afterUncheck);
    // The next toggle right after continues the same edit (issue 10).
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(list->item(7)->checkState(), Qt::Unchecked);

    stack()->undo();
    QCOMPARE(list->item(7)->checkState(), Qt::Checked);
    QCOMPARE(list->item(3)->checkState(), Qt::Unchecked);
    QCOMPARE(model(), m_original);
}

// One asset: its row is whole, with no scroll bar over it, and a click on
// its check box ticks it. Rows show names; the id is in the tooltip.
void TestProperties::edgeDataChecklistWithOneAsset()
{
    const Model m = edgeWithAssets(1);
    const DataAsset d = m.data().constFirst();
    m_doc->resetModel(m);
    m_selection->set({ { ElementType::Edge, QStringLiteral("a->b") } });

    auto *list = input<QListWidget>(ElementType::Edge, int(EdgeField::Data));
    QCOMPARE(list->count(), 1);
    QListWidgetItem *item = list->item(0);
    QCOMPARE(item->data(Qt::UserRole).toString(), d.id);
    QCOMPARE(item->text(), d.name);
    QVERIFY(item->toolTip().contains(d.id));
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    const QRect row = list->visualItemRect(item);
    QVERIFY(list->viewport()->rect().contains(row));
    QVERIFY(list->viewport()->height() >= 3 * row.height());

    const QStyleOptionViewItem option = [&] {
        QStyleOptionViewItem o;
        o.initFrom(list);
        o.rect = row;
        o.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        return o;
    }();
    const QRect check
        = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, check.center());
    QCOMPARE(model().edges()[0].data, QStringList { d.id });
}

// Many assets: a filter over the list hides what does not match by name or
// id; what is checked stays checked.
void TestProperties::edgeDataChecklistFilter()
{
    m_selection->set({ { ElementType::Edge, QStringLiteral("public_api->stratus") } });
    auto *filter = m_dock->findChild<QLineEdit *>(QStringLiteral("checklistFilter"));
    QVERIFY(filter);
    QVERIFY(filter->isVisible()); // ten assets
    auto *list = input<QListWidget>(ElementType::Edge, int(EdgeField::Data));
    QTest::keyClicks(filter, QStringLiteral("api"));
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->isHidden())
            shown << list->item(i)->data(Qt::UserRole).toString();
    // Names or ids with "api" (case-insensitive), counted in the example.
    QCOMPARE(shown,
        (QStringList { QStringLiteral("api_user_profiles"), QStringLiteral("api_usage_metadata"),
            QStringLiteral("api_keys") }));
    filter->clear();
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(!list->item(i)->isHidden());
    QCOMPARE(stack()->count(), 0);

    // A short list has no filter.
    m_doc->resetModel(edgeWithAssets(3));
    m_selection->set({ { ElementType::Edge, QStringLiteral("a->b") } });
    QVERIFY(!filter->isVisible());
}

void TestProperties::renameKeepsTheElementShown()
{
    ElementTableModel edges(m_doc.get(), ElementType::Edge);
    m_selection->set({ node(QStringLiteral("northwind")) });
    type(lineEdit(ElementType::Node, int(NodeField::Id)), QStringLiteral("northwind_analytics"));

    QCOMPARE(model().nodes()[kNorthwind].id, QStringLiteral("northwind_analytics"));
    // References follow, in the tables too.
    QCOMPARE(model().edges()[kDashboardToNorthwind].target, QStringLiteral("northwind_analytics"));
    QCOMPARE(edges.data(edges.index(kDashboardToNorthwind, int(EdgeField::Target))).toString(),
        QStringLiteral("northwind_analytics"));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(m_selection->single(), std::optional(node(QStringLiteral("northwind_analytics"))));
    QVERIFY(showsForm("nodeForm"));
    QCOMPARE(lineEdit(ElementType::Node, int(NodeField::Name))->text(),
        QStringLiteral("Northwind Analytics"));
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("header"))
                ->text()
                .contains(QStringLiteral("northwind_analytics")));

    // The renamed node is still the one edited.
    type(lineEdit(ElementType::Node, int(NodeField::BreachLikelihood)), QStringLiteral("0.5"));
    QCOMPARE(model().nodes()[kNorthwind].breachLikelihood, 0.5);
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    stack()->undo();
    QCOMPARE(model(), m_original);
}

void TestProperties::followsExternalChanges()
{
    m_selection->set({ node(QStringLiteral("northwind")) });
    QLineEdit *breach = lineEdit(ElementType::Node, int(NodeField::BreachLikelihood));
    QCOMPARE(breach->text(), QStringLiteral("0.08"));

    QVERIFY(commands::pushSetValue(
        m_doc.get(), ElementType::Node, kNorthwind, int(NodeField::BreachLikelihood), 0.2));
    QCOMPARE(breach->text(), QStringLiteral("0.2"));

    // A move, as the canvas makes it.
    auto move = commands::moveNodes(
        m_doc.get(), { { QStringLiteral("northwind"), QPointF(10, 20) } }, QStringLiteral("Move"));
    QVERIFY(move);
    stack()->push(move.release());
    QCOMPARE(lineEdit(ElementType::Node, int(NodeField::X))->text(), QStringLiteral("10"));
    QCOMPARE(lineEdit(ElementType::Node, int(NodeField::Y))->text(), QStringLiteral("20"));

    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    stack()->undo();
    QCOMPARE(breach->text(), QStringLiteral("0.08"));
    QCOMPARE(lineEdit(ElementType::Node, int(NodeField::X))->text(), QString());

    // A whole new model without the shown node.
    Model other;
    Node only;
    only.id = QStringLiteral("solo");
    other.appendNode(only);
    m_doc->resetModel(other);
    QVERIFY(showsForm("message"));
    QVERIFY(m_selection->isEmpty());
}

void TestProperties::removalClearsTheForm()
{
    m_selection->set({ node(QStringLiteral("northwind")) });
    auto remove = commands::removeElements(m_doc.get(), { QStringLiteral("northwind") }, {}, {});
    stack()->push(remove.release());
    QVERIFY(showsForm("message"));
    QCOMPARE(message(),
        QStringLiteral("Select a node, an edge or a data asset to see and edit its properties."));
    stack()->undo();
    QCOMPARE(model(), m_original);
    QVERIFY(showsForm("message"));
}

void TestProperties::refreshNeverPushes()
{
    m_selection->set({ node(QStringLiteral("web_dashboard")) });
    QLineEdit *name = lineEdit(ElementType::Node, int(NodeField::Name));
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral(" draft"));

    // The selection moves on while the text is unfinished: the editor shows
    // the new node, and leaving it changes nothing.
    m_selection->set({ node(QStringLiteral("northwind")) });
    QCOMPARE(name->text(), QStringLiteral("Northwind Analytics"));
    QVERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(stack()->count(), 0);

    // Every kind of editor refreshed by undo and redo, none pushing.
    QVERIFY(commands::pushSetValue(m_doc.get(), ElementType::Node, kNorthwind,
        int(NodeField::GdprRole), QStringLiteral("none")));
    QVERIFY(commands::pushSetValue(
        m_doc.get(), ElementType::Node, kNorthwind, int(NodeField::Criticality), 5));
    QVERIFY(commands::pushSetValue(
        m_doc.get(), ElementType::Node, kNorthwind, int(NodeField::Pinned), true));
    QVERIFY(commands::pushSetValue(
        m_doc.get(), ElementType::Node, kNorthwind, int(NodeField::Kind), QStringLiteral("other")));
    QCOMPARE(stack()->count(), 4);
    QCOMPARE(input<QComboBox>(ElementType::Node, int(NodeField::GdprRole))->currentData(),
        QVariant(QStringLiteral("none")));
    QCOMPARE(input<QSpinBox>(ElementType::Node, int(NodeField::Criticality))->value(), 5);
    QVERIFY(input<QCheckBox>(ElementType::Node, int(NodeField::Pinned))->isChecked());
    stack()->setIndex(0);
    stack()->setIndex(4);
    stack()->setIndex(0);
    QCOMPARE(stack()->count(), 4);
    QCOMPARE(stack()->index(), 0);
    QCOMPARE(model(), m_original);

    // An edge's data list rebuilt for a new asset keeps its checks.
    m_selection->set({ { ElementType::Edge, QStringLiteral("public_api->stratus") } });
    DataAsset extra;
    extra.id = QStringLiteral("extra");
    extra.name = QStringLiteral("Extra");
    extra.owner = QStringLiteral("billing");
    QString error;
    auto add = commands::addDataAsset(m_doc.get(), extra, &error);
    QVERIFY2(add, qPrintable(error));
    stack()->push(add.release());
    auto *list = input<QListWidget>(ElementType::Edge, int(EdgeField::Data));
    QCOMPARE(list->count(), kAssetCount + 1);
    QCOMPARE(list->item(kAssetCount)->data(Qt::UserRole).toString(), QStringLiteral("extra"));
    QStringList checked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            checked << list->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(checked,
        (QStringList { QStringLiteral("api_usage_metadata"), QStringLiteral("api_keys"),
            QStringLiteral("customer_embeddings") }));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(list->count(), kAssetCount);
    QCOMPARE(model(), m_original);
}

void TestProperties::assetsOfANode()
{
    m_selection->set({ node(QStringLiteral("public_api")) });
    // public_api owns three assets, in model order.
    const QList<QLabel *> links
        = m_dock->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^open:")));
    QStringList ids;
    for (QLabel *l : links)
        if (l->isVisible())
            ids << l->objectName().mid(5);
    QCOMPARE(ids,
        (QStringList { QStringLiteral("api_usage_metadata"), QStringLiteral("api_keys"),
            QStringLiteral("customer_embeddings") }));

    auto *link = m_dock->findChild<QLabel *>(QStringLiteral("open:api_keys"));
    QVERIFY(link->text().contains(QStringLiteral("API keys (hashed)")));
    QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(4, link->height() / 2));
    QCOMPARE(m_selection->single(),
        std::optional<Selection::Item>({ ElementType::DataAsset, QStringLiteral("api_keys") }));
    QVERIFY(showsForm("dataAssetForm"));
    QCOMPARE(lineEdit(ElementType::DataAsset, int(DataField::Name))->text(),
        QStringLiteral("API keys (hashed)"));
    QCOMPARE(stack()->count(), 0);

    // An asset renamed by another view shows with its new name.
    m_selection->set({ node(QStringLiteral("public_api")) });
    QVERIFY(commands::pushSetValue(m_doc.get(), ElementType::DataAsset, kApiKeys,
        int(DataField::Name), QStringLiteral("API secrets")));
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("open:api_keys"))
                ->text()
                .contains(QStringLiteral("API secrets")));

    // A node that owns none says so.
    m_selection->set({ node(QStringLiteral("northwind")) });
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("noDataAssets"))->isVisible());
    QVERIFY(!m_dock->findChild<QLabel *>(QStringLiteral("open:api_keys")));
}

void TestProperties::addDataAsset()
{
    m_selection->set({ node(QStringLiteral("public_api")) });
    auto *add = m_dock->findChild<QPushButton *>(QStringLiteral("addDataAsset"));
    QVERIFY(add && add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);

    QCOMPARE(model().data().size(), kAssetCount + 1);
    const DataAsset &a = model().data().last();
    QCOMPARE(a.id, QStringLiteral("public_api_data"));
    QCOMPARE(a.name, QStringLiteral("public_api_data"));
    QCOMPARE(a.owner, QStringLiteral("public_api"));
    QCOMPARE(a.category, QStringLiteral("other"));
    QCOMPARE(a.records, 0);
    QCOMPARE(a.sensitivity, 3);
    QCOMPARE(a.personal, false);
    QCOMPARE(stack()->count(), 1);

    // The new asset is shown, its name ready to be typed over.
    QCOMPARE(m_selection->single(),
        std::optional<Selection::Item>(
            { ElementType::DataAsset, QStringLiteral("public_api_data") }));
    QVERIFY(showsForm("dataAssetForm"));
    QLineEdit *name = lineEdit(ElementType::DataAsset, int(DataField::Name));
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Partner exports"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(model().data().last().name, QStringLiteral("Partner exports"));
    QCOMPARE(stack()->count(), 2);

    // A second one gets the next free id.
    m_selection->set({ node(QStringLiteral("public_api")) });
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("open:public_api_data"))->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(model().data().last().id, QStringLiteral("public_api_data-2"));
    QCOMPARE(stack()->count(), 3);

    stack()->setIndex(0);
    QCOMPARE(model(), m_original);
}

void TestProperties::deleteDataAsset()
{
    m_selection->set({ node(QStringLiteral("public_api")) });
    auto *remove = m_dock->findChild<QToolButton *>(QStringLiteral("delete:api_keys"));
    QVERIFY(remove && remove->isVisible());
    QTest::mouseClick(remove, Qt::LeftButton);

    QCOMPARE(model().data().size(), kAssetCount - 1);
    QCOMPARE(model().dataIndex(QStringLiteral("api_keys")), -1);
    // The edge that carried it stops carrying it, in the same command.
    QCOMPARE(model().edges()[kPublicApiToStratus].data,
        (QStringList {
            QStringLiteral("api_usage_metadata"), QStringLiteral("customer_embeddings") }));
    QCOMPARE(stack()->count(), 1);
    // Still on the node, without the asset's row.
    QVERIFY(showsForm("nodeForm"));
    QVERIFY(!m_dock->findChild<QLabel *>(QStringLiteral("open:api_keys")));
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("open:customer_embeddings")));

    stack()->undo();
    QCOMPARE(model(), m_original);
    QVERIFY(m_dock->findChild<QToolButton *>(QStringLiteral("delete:api_keys")));
}

QTEST_MAIN(TestProperties)
#include "tst_properties.moc"
