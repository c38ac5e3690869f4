#include "exercisecommands.h"

#include "commands/inserttakecommand.h"

#include <QCoreApplication>

namespace wl::commands {

namespace {

class SetExerciseSettingsCommand : public QUndoCommand {
public:
    SetExerciseSettingsCommand(
        Document *doc, ExerciseSettings from, ExerciseSettings to, const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
    }

    void redo() override { m_doc->setExerciseSettings(m_to); }
    void undo() override { m_doc->setExerciseSettings(m_from); }

private:
    Document *m_doc;
    ExerciseSettings m_from;
    ExerciseSettings m_to;
};

using InsertLogEntryCommand = detail::InsertTakeCommand<DecisionLogEntry, &Document::insertLogEntry,
    &Document::takeLogEntry>;

class EditLogEntryCommand : public QUndoCommand {
public:
    EditLogEntryCommand(Document *doc, int index, QString from, QString to, const QString &text)
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
    void apply(const QString &text)
    {
        DecisionLogEntry entry = m_doc->exercise().log[m_index];
        entry.text = text;
        m_doc->replaceLogEntry(m_index, std::move(entry));
    }

    Document *m_doc;
    int m_index;
    QString m_from;
    QString m_to;
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
    return std::make_unique<SetExerciseSettingsCommand>(doc, old, settings, text);
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
        false, QCoreApplication::translate("commands", "Log \"%1\"").arg(excerpt(entry.text)));
}

std::unique_ptr<QUndoCommand> removeLogEntry(Document *doc, int index)
{
    const QVector<DecisionLogEntry> &log = doc->exercise().log;
    if (index < 0 || index >= log.size())
        return nullptr;
    return std::make_unique<InsertLogEntryCommand>(doc, index, log[index], true,
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
    return std::make_unique<EditLogEntryCommand>(doc, index, log[index].text, text,
        QCoreApplication::translate("commands", "Edit log entry \"%1\"").arg(excerpt(text)));
}

} // namespace wl::commands
