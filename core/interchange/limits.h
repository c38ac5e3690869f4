// The limits every importer enforces, each a clear error rather than a
// stack overflow or an exhausted machine (docs/RELIABILITY.md).
#pragma once

#include <QByteArrayView>
#include <QString>

namespace wl::interchange {

inline constexpr qint64 kMaxInputBytes = qint64(1) << 30; // 1 GB
inline constexpr int kMaxNesting = 256;
inline constexpr int kMaxNodes = 1'000'000;
inline constexpr qsizetype kMaxStringBytes = 1 << 20; // 1 MB

// Scans JSON text for nesting deeper than kMaxNesting and strings longer than
// kMaxStringBytes before any parser sees it. Returns an empty string, or
// "line L, column C: reason". Does not check the syntax otherwise.
QString checkJsonLimits(QByteArrayView json);

// The same for YAML: flow collections ([ ], { }) and block indentation
// count as nesting; a scalar longer than kMaxStringBytes on one line is too
// long.
QString checkYamlLimits(QByteArrayView yaml);

} // namespace wl::interchange
