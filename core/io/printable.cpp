#include "printable.h"

#include <algorithm>

namespace wl::io {

QString printable(const QString &text, LineBreaks breaks)
{
    const auto unsafe = [breaks](char16_t c) {
        return isUnsafeToShow(c) && !(breaks == LineBreaks::Keep && (c == u'\n' || c == u'\t'));
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return unsafe(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!unsafe(c)) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case 0x1B: out += QStringLiteral("\\e"); break;
        default:
            out += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace wl::io
