#include "interchange/spreadsheetwriter.h"

namespace wl::interchange {

bool writeCsvTables(const Model &, const QString &folder, QString *error)
{
    *error = folder + QStringLiteral(": CSV export is not supported yet");
    return false;
}

bool writeXlsx(const Model &, const QString &path, QString *error)
{
    *error = path + QStringLiteral(": XLSX export is not supported yet");
    return false;
}

} // namespace wl::interchange
