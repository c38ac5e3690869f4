#include "exercisecommands.h"

#include "commands/documentcommands.h"

#include <QCoreApplication>

namespace wl::commands {

namespace {

// The exercise settings. `field` is the one single value an edit changes
// (vendor, start, length, step, trials, random seed), so that consecutive
// edits of it merge; -1 for a change of the responses, each added or removed
// by a deliberate step, or of several values at once.
struct ExerciseSetting {
    using Value = ExerciseSettings;

    int field;

    static int changedField(const ExerciseSettings &a, const ExerciseSettings &b)
    {
        if (a.responses != b.responses)
            return -1;
        return detail::onlyChanged(
            { a.vendor != b.vendor, a.start != b.start, a.lengthHours != b.lengthHours,
                a.stepHours != b.stepHours, a.trials != b.trials, a.rngSeed != b.rngSeed });
    }

    void apply(Document *doc, const ExerciseSettings &, const ExerciseSettings &next) const
    {
        doc->setExerciseSettings(next);
    }
    bool continuedBy(const ExerciseSetting &later) const
    {
        return field >= 0 && later.field == field;
    }
};

using InsertLogEntryCommand = detail::InsertTakeCommand<DecisionLogEntry, &Document::insertLogEntry,
    &Document::takeLogEntry>;

// The text of the log entry at `index` (its times stay).
struct LogEntryText {
    using Value = QString;

    int index;

    void apply(Document *doc, const QString &, const QString &next) const
    {
        DecisionLogEntry entry = doc->exercise().log[index];
        entry.text = next;
        doc->replaceLogEntry(index, std::move(entry));
    }
    bool continuedBy(const LogEntryText &later) const { return later.index == index; }
};

// "Breach analytics, …" for the history: the first line, shortened.
QString excerpt(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    constexpr int kMax = 40;
    return line.size() > kMax ? line.left(kMax - 1) + QChar(0x2026) : line;
}

} // namespace

std::unique_ptr<QUndoCommand> setExerciseSettings(
    Document *doc, const ExerciseSettings &settings, const QString &text, QString *error)
{
    const QString reason = exercise::checkSettings(settings);
    if (error)
        *error = reason;
    const ExerciseSettings &old = doc->exercise().settings;
    if (!reason.isEmpty() || settings == old)
        return nullptr;
    return std::make_unique<detail::ValueCommand<ExerciseSetting>>(
        doc, ExerciseSetting { ExerciseSetting::changedField(old, settings) }, old, settings, text);
}

std::unique_ptr<QUndoCommand> addResponse(
    Document *doc, const QString &node, double atHours, QString *error)
{
    if (doc->model().nodeIndex(node) < 0) {
        if (error)
            *error = QCoreApplication::translate("commands", "unknown node id \"%1\"").arg(node);
        return nullptr;
    }
    ExerciseSettings settings = doc->exercise().settings;
    settings.responses.append({ node, atHours });
    return setExerciseSettings(doc, settings,
        QCoreApplication::translate("commands", "Sever \"%1\" at %2")
            .arg(node, exercise::formatHours(atHours)),
        error);
}

std::unique_ptr<QUndoCommand> removeResponse(Document *doc, int index)
{
    ExerciseSettings settings = doc->exercise().settings;
    if (index < 0 || index >= settings.responses.size())
        return nullptr;
    const sim::TimedNode removed = settings.responses.takeAt(index);
    return setExerciseSettings(doc, settings,
        QCoreApplication::translate("commands", "Remove response \"sever %1 at %2\"")
            .arg(removed.node, exercise::formatHours(removed.atHours)),
        nullptr);
}

std::unique_ptr<QUndoCommand> addLogEntry(
    Document *doc, const DecisionLogEntry &entry, QString *error)
{
    QString reason = exercise::checkLogEntry(entry);
    if (reason.isEmpty() && entry.text.trimmed().isEmpty())
        reason = QCoreApplication::translate("commands", "a log entry needs some text");
    if (error)
        *error = reason;
    if (!reason.isEmpty())
        return nullptr;
    return std::make_unique<InsertLogEntryCommand>(doc, int(doc->exercise().log.size()), entry,
        InsertLogEntryCommand::Step::Add,
        QCoreApplication::translate("commands", "Log \"%1\"").arg(excerpt(entry.text)));
}

std::unique_ptr<QUndoCommand> removeLogEntry(Document *doc, int index)
{
    const QVector<DecisionLogEntry> &log = doc->exercise().log;
    if (index < 0 || index >= log.size())
        return nullptr;
    return std::make_unique<InsertLogEntryCommand>(doc, index, log[index],
        InsertLogEntryCommand::Step::Remove,
        QCoreApplication::translate("commands", "Delete log entry \"%1\"")
            .arg(excerpt(log[index].text)));
}

std::unique_ptr<QUndoCommand> editLogEntry(
    Document *doc, int index, const QString &text, QString *error)
{
    const QVector<DecisionLogEntry> &log = doc->exercise().log;
    QString reason;
    if (index < 0 || index >= log.size())
        reason = QCoreApplication::translate("commands", "no such log entry");
    else if (text.trimmed().isEmpty())
        reason = QCoreApplication::translate("commands", "a log entry needs some text");
    if (error)
        *error = reason;
    if (!reason.isEmpty() || log[index].text == text)
        return nullptr;
    return std::make_unique<detail::ValueCommand<LogEntryText>>(doc, LogEntryText { index },
        log[index].text, text,
        QCoreApplication::translate("commands", "Edit log entry \"%1\"").arg(excerpt(text)));
}

} // namespace wl::commands
