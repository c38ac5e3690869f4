#include "scenariocommands.h"

#include "commands/inserttakecommand.h"

#include <QCoreApplication>

#include <cmath>

namespace wl::commands {

namespace {

using InsertScenarioCommand
    = detail::InsertTakeCommand<SavedScenario, &Document::insertScenario, &Document::takeScenario>;

class ReplaceScenarioCommand : public QUndoCommand {
public:
    struct Settings {
        QString name;
        sim::Scenario scenario;
    };

    ReplaceScenarioCommand(
        Document *doc, int index, Settings from, Settings to, const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_index(index)
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
    }

    void redo() override { apply(m_to); }
    void undo() override { apply(m_from); }

private:
    void apply(const Settings &settings)
    {
        SavedScenario s = m_doc->scenarios()[m_index];
        s.name = settings.name;
        s.scenario = settings.scenario;
        m_doc->replaceScenario(m_index, std::move(s));
    }

    Document *m_doc;
    int m_index;
    Settings m_from;
    Settings m_to;
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
    if (!taken(stem))
        return stem;
    for (int i = 2;; ++i) {
        const QString candidate = stem + u' ' + QString::number(i);
        if (!taken(candidate))
            return candidate;
    }
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
    for (const auto *list : { &s.seeds, &s.sever }) {
        for (const sim::TimedNode &t : *list) {
            if (t.node.isEmpty())
                return QCoreApplication::translate("commands", "a node id must not be empty");
            if (!validHours(t.atHours))
                return QCoreApplication::translate(
                    "commands", "the time of \"%1\" must be a finite number of hours, at least 0")
                    .arg(t.node);
        }
    }
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
    return std::make_unique<InsertScenarioCommand>(doc, index, std::move(s), false, text);
}

std::unique_ptr<QUndoCommand> removeScenario(Document *doc, int index)
{
    const QVector<SavedScenario> &scenarios = doc->scenarios();
    if (index < 0 || index >= scenarios.size())
        return nullptr;
    const SavedScenario &s = scenarios[index];
    return std::make_unique<InsertScenarioCommand>(doc, index, s, true,
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
    return std::make_unique<ReplaceScenarioCommand>(doc, index,
        ReplaceScenarioCommand::Settings { old.name, old.scenario },
        ReplaceScenarioCommand::Settings { name, scenario }, text);
}

} // namespace wl::commands
