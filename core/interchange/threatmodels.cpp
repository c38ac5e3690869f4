#include "interchange/readers.h"

namespace wl::interchange {

ReadResult readThreatDragon(const QByteArray &, const QString &fileName)
{
    return ReadResult::failure(fileName, QStringLiteral("Threat Dragon: not supported yet"));
}

ReadResult readOtm(const QByteArray &, const QString &fileName)
{
    return ReadResult::failure(fileName, QStringLiteral("OTM: not supported yet"));
}

ReadResult readThreagile(const QByteArray &, const QString &fileName)
{
    return ReadResult::failure(fileName, QStringLiteral("Threagile: not supported yet"));
}

} // namespace wl::interchange
