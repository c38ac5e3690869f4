#include "interchange/readers.h"

namespace wl::interchange {

ReadResult readDot(const QByteArray &, const QString &fileName)
{
    return ReadResult::failure(fileName, QStringLiteral("DOT: not supported yet"));
}

} // namespace wl::interchange
