#include "snapshot.h"

#include <QCoreApplication>

namespace wl::snapshot {

QString checkName(const QString &name)
{
    return name.trimmed().isEmpty()
        ? QCoreApplication::translate("snapshot", "a snapshot needs a name")
        : QString();
}

QString checkSnapshot(const Snapshot &s)
{
    if (QString problem = checkName(s.name); !problem.isEmpty())
        return problem;
    if (!s.takenAt.isValid())
        return QCoreApplication::translate("snapshot", "a snapshot needs a valid date");
    if (s.modelJson.isEmpty())
        return QCoreApplication::translate("snapshot", "a snapshot needs the model");
    if (s.trials < 1)
        return QCoreApplication::translate("snapshot", "trials must be at least 1");
    return {};
}

QString takenAtToText(const QDateTime &takenAt)
{
    return takenAt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime takenAtFromText(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace wl::snapshot
