// CSV as RFC 4180 has it, for the spreadsheet layout: UTF-8 with or without
// a byte-order mark, fields separated by ',' or ';' (whichever the first
// line uses more of outside quotes), records ended by CRLF or LF, fields
// quoted with '"' where they hold a separator, a quote or a line break.
#pragma once

#include "interchange/sheettable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace wl::interchange::csv {

// Parses `bytes` into table->rows (table->name set by the caller, used in
// messages). Returns an empty string, or the reason with its place:
// "nodes.csv!B7: a quoted field is not closed".
QString parse(QByteArrayView bytes, sheet::Table *table);

// Appends one record, separated by ',', quoted where needed, ended by CRLF.
void appendRecord(QByteArray &out, const QStringList &fields);

} // namespace wl::interchange::csv
