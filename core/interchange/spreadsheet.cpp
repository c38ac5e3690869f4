#include "interchange/readers.h"

namespace wl::interchange {

ReadResult readCsvTables(const QString &path)
{
    return ReadResult::failure(path, QStringLiteral("CSV: not supported yet"));
}

ReadResult readXlsx(const QString &path, const ImportOptions &)
{
    return ReadResult::failure(path, QStringLiteral("XLSX: not supported yet"));
}

ReadResult readSubprocessorList(const QString &path, const ImportOptions &)
{
    return ReadResult::failure(path, QStringLiteral("sub-processor lists: not supported yet"));
}

} // namespace wl::interchange
