// Where a byte offset lies in a text, for messages that point into a file.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace wl::io {

// "line L, column C" (1-based; columns count characters, not bytes).
QString lineColumn(QByteArrayView text, qsizetype offset);

} // namespace wl::io
