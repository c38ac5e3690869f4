#include "interchange/readers.h"

namespace wl::interchange {

ReadResult readCycloneDxJson(const QByteArray &, const QString &fileName, const ImportOptions &)
{
    return ReadResult::failure(fileName, QStringLiteral("CycloneDX JSON: not supported yet"));
}

ReadResult readCycloneDxXml(const QByteArray &, const QString &fileName, const ImportOptions &)
{
    return ReadResult::failure(fileName, QStringLiteral("CycloneDX XML: not supported yet"));
}

} // namespace wl::interchange
