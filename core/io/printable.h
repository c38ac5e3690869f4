// Text from a file, made safe to show. A file may put characters in an id
// that a terminal obeys instead of printing (ESC starts a sequence that can
// retitle the window, move the cursor or hide text), or that reorder or hide
// what follows (bidirectional overrides, line separators). Every message and
// every text output writes them as visible escapes.
#pragma once

#include <QString>

namespace wl::io {

// C0 and C1 control characters, DEL, U+2028/U+2029 and the bidirectional
// formatting characters (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
constexpr bool isUnsafeToShow(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x200E || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

enum class LineBreaks {
    Keep, // line feeds and tabs stay: multi-line output
    Escape, // one line: \n, \t as well
};

// `text` with every unsafe character written as an escape: \n, \r, \t, \e
// for ESC, \xHH below U+0100, else \uHHHH. Text without them is returned
// as it is.
QString printable(const QString &text, LineBreaks breaks = LineBreaks::Escape);

} // namespace wl::io
