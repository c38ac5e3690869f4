#include "scenariocommands.h"

#include "commands/documentcommands.h"

#include <QCoreApplication>

#include <cmath>

namespace wl::commands {

namespace {

using InsertScenarioCommand
    = detail::InsertTakeCommand<SavedScenario, &Document::insertScenario, &Document::takeScenario>;

// The name and settings of the scenario at `index`; its result stays
// whatever it is when the command runs. `field` is the one setting an edit
// changes (mode, trials, random seed, horizon), so that consecutive edits of
// it merge; -1 for a rename, a change of the seed or sever lists, or of
// several settings at once, which are each a step of their own.
struct ScenarioSettings {
    struct Value {
        QString name;
        sim::Scenario scenario;

        friend bool operator==(const Value &, const Value &) = default;
    };

    int index;
    int field;

    static int changedField(const sim::Scenario &a, const sim::Scenario &b)
    {
        if (a.seeds != b.seeds || a.sever != b.sever)
            return -1;
        return detail::onlyChanged({ a.mode != b.mode, a.trials != b.trials, a.rngSeed != b.rngSeed,
            a.horizonHours != b.horizonHours });
    }

    void apply(Document *doc, const Value &, const Value &next) const
    {
        SavedScenario s = doc->scenarios()[index];
        s.name = next.name;
        s.scenario = next.scenario;
        doc->replaceScenario(index, std::move(s));
    }
    bool continuedBy(const ScenarioSettings &later) const
    {
        return field >= 0 && later.index == index && later.field == field;
    }
};

// "We were told at …" of the scenario at `index`; each edit is a step of
// its own.
struct ScenarioAwareness {
    using Value = QVector<sim::TimedNode>;

    int index;

    void apply(Document *doc, const Value &, const Value &next) const
    {
        SavedScenario s = doc->scenarios()[index];
        s.awareness = next;
        doc->replaceScenario(index, std::move(s));
    }
    bool continuedBy(const ScenarioAwareness &) const { return false; }
};

bool validHours(double hours)
{
    return std::isfinite(hours) && hours >= 0.0;
}

} // namespace

QString uniqueScenarioName(const QVector<SavedScenario> &scenarios, const QString &base)
{
    const auto taken = [&scenarios](const QString &name) {
        for (const SavedScenario &s : scenarios)
            if (s.name == name)
                return true;
        return false;
    };
    const QString stem = base.trimmed().isEmpty()
        ? QCoreApplication::translate("commands", "Scenario")
        : base.trimmed();
    return firstFreeId(stem, taken, u' ');
}

QString checkSavedScenario(
    const QVector<SavedScenario> &scenarios, const SavedScenario &saved, int index)
{
    if (saved.name.trimmed().isEmpty())
        return QCoreApplication::translate("commands", "a scenario needs a name");
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        if (i != index && scenarios[i].name == saved.name)
            return QCoreApplication::translate(
                "commands", "there is already a scenario named \"%1\"")
                .arg(saved.name);
    const sim::Scenario &s = saved.scenario;
    if (s.trials < 1)
        return QCoreApplication::translate("commands", "trials must be at least 1");
    if (s.horizonHours && !validHours(*s.horizonHours))
        return QCoreApplication::translate(
            "commands", "the horizon must be a finite number of hours, at least 0");
    if (s.mode == sim::Mode::Annual && !s.seeds.isEmpty())
        return QCoreApplication::translate("commands", "annual mode takes no seed nodes");
    for (const auto *list : { &s.seeds, &s.sever, &saved.awareness }) {
        for (const sim::TimedNode &t : *list) {
            if (t.node.isEmpty())
                return QCoreApplication::translate("commands", "a node id must not be empty");
            if (!validHours(t.atHours))
                return QCoreApplication::translate(
                    "commands", "the time of \"%1\" must be a finite number of hours, at least 0")
                    .arg(t.node);
        }
    }
    for (qsizetype i = 0; i < saved.awareness.size(); ++i)
        for (qsizetype k = 0; k < i; ++k)
            if (saved.awareness[k].node == saved.awareness[i].node)
                return QCoreApplication::translate(
                    "commands", "\"%1\" is given two awareness times")
                    .arg(saved.awareness[i].node);
    return {};
}

std::unique_ptr<QUndoCommand> insertScenario(
    Document *doc, int index, SavedScenario s, QString *error)
{
    const QVector<SavedScenario> &scenarios = doc->scenarios();
    const QString reason = index < 0 || index > scenarios.size()
        ? QCoreApplication::translate("commands", "no such place in the list")
        : checkSavedScenario(scenarios, s, -1);
    if (error)
        *error = reason;
    if (!reason.isEmpty())
        return nullptr;
    const QString text = QCoreApplication::translate("commands", "Add scenario \"%1\"").arg(s.name);
    return std::make_unique<InsertScenarioCommand>(
        doc, index, std::move(s), InsertScenarioCommand::Step::Add, text);
}

std::unique_ptr<QUndoCommand> removeScenario(Document *doc, int index)
{
    const QVector<SavedScenario> &scenarios = doc->scenarios();
    if (index < 0 || index >= scenarios.size())
        return nullptr;
    const SavedScenario &s = scenarios[index];
    return std::make_unique<InsertScenarioCommand>(doc, index, s,
        InsertScenarioCommand::Step::Remove,
        QCoreApplication::translate("commands", "Delete scenario \"%1\"").arg(s.name));
}

std::unique_ptr<QUndoCommand> replaceScenario(Document *doc, int index, const QString &name,
    const sim::Scenario &scenario, const QString &text, QString *error)
{
    const QVector<SavedScenario> &scenarios = doc->scenarios();
    if (index < 0 || index >= scenarios.size()) {
        if (error)
            *error = QCoreApplication::translate("commands", "no such scenario");
        return nullptr;
    }
    const SavedScenario &old = scenarios[index];
    SavedScenario updated = old;
    updated.name = name;
    updated.scenario = scenario;
    const QString reason = checkSavedScenario(scenarios, updated, index);
    if (error)
        *error = reason;
    if (!reason.isEmpty() || (name == old.name && scenario == old.scenario))
        return nullptr;
    const int field
        = name == old.name ? ScenarioSettings::changedField(old.scenario, scenario) : -1;
    return std::make_unique<detail::ValueCommand<ScenarioSettings>>(doc,
        ScenarioSettings { index, field }, ScenarioSettings::Value { old.name, old.scenario },
        ScenarioSettings::Value { name, scenario }, text);
}

std::unique_ptr<QUndoCommand> setScenarioAwareness(
    Document *doc, int index, const QVector<sim::TimedNode> &awareness, QString *error)
{
    const QVector<SavedScenario> &scenarios = doc->scenarios();
    if (index < 0 || index >= scenarios.size()) {
        if (error)
            *error = QCoreApplication::translate("commands", "no such scenario");
        return nullptr;
    }
    SavedScenario updated = scenarios[index];
    updated.awareness = awareness;
    const QString reason = checkSavedScenario(scenarios, updated, index);
    if (error)
        *error = reason;
    if (!reason.isEmpty() || awareness == scenarios[index].awareness)
        return nullptr;
    return std::make_unique<detail::ValueCommand<ScenarioAwareness>>(doc,
        ScenarioAwareness { index }, scenarios[index].awareness, awareness,
        QCoreApplication::translate("commands", "Set When Parties Learnt of \"%1\"")
            .arg(updated.name));
}

} // namespace wl::commands
