#include "interchange/sheettable.h"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace wl::interchange::sheet {

QString Table::cellRef(int column, int row) const
{
    return name + u'!' + columnName(column) + QString::number(row);
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString columnKey(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header)
        if (c != u'-' && c != u'_' && c != u'.' && !c.isSpace())
            key.append(c.toLower());
    return key;
}

QString joinList(const QStringList &items)
{
    QString out;
    for (const QString &item : items) {
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        qsizetype first = 0, last = item.size();
        while (first < last && item[first].isSpace())
            ++first;
        while (last > first && item[last - 1].isSpace())
            --last;
        for (qsizetype i = 0; i < item.size(); ++i) {
            const QChar c = item[i];
            if (c == u'\\' || c == u';' || i < first || i >= last)
                out += u'\\';
            out += c;
        }
    }
    return out;
}

QStringList splitList(const QString &cell)
{
    QStringList items;
    QString item;
    // The length of `item` up to its last escaped character, which trimming
    // keeps.
    qsizetype kept = 0;
    const auto finish = [&] {
        qsizetype end = item.size();
        while (end > kept && item[end - 1].isSpace())
            --end;
        item.truncate(end);
        if (!item.isEmpty())
            items.append(item);
        item.clear();
        kept = 0;
    };
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c == u'\\' && i + 1 < cell.size()) {
            item += cell[++i];
            kept = item.size();
        } else if (c == u';') {
            finish();
        } else if (!(c.isSpace() && item.isEmpty())) {
            item += c;
        }
    }
    finish();
    return items;
}

QString numberText(double d)
{
    if (d == 0.0)
        d = 0.0;
    char buffer[32];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), d);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

namespace {

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    return -1;
}

// The code of "_xHHHH_" at `at`, or -1.
int escapeAt(const QString &s, qsizetype at)
{
    if (at + 7 > s.size() || s[at] != u'_' || s[at + 1] != u'x' || s[at + 6] != u'_')
        return -1;
    int code = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int h = hexValue(s[i]);
        if (h < 0)
            return -1;
        code = code * 16 + h;
    }
    return code;
}

} // namespace

QString decodeXmlEscapes(const QString &s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const int code = escapeAt(s, i);
        if (code < 0) {
            out += s[i];
            continue;
        }
        out += QChar(char16_t(code));
        i += 6;
    }
    return out;
}

QString encodeXmlEscapes(const QString &s)
{
    const auto needsEscape = [](QChar c) { return c < u' ' && c != u'\t' && c != u'\n'; };
    if (!s.contains(QLatin1String("_x")) && std::none_of(s.cbegin(), s.cend(), needsEscape))
        return s;
    QString out;
    out.reserve(s.size() + 7);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (needsEscape(s[i])) {
            out += QLatin1String("_x")
                + QString::number(s[i].unicode(), 16).toUpper().rightJustified(4, u'0') + u'_';
            continue;
        }
        if (escapeAt(s, i) >= 0)
            out += QLatin1String("_x005F");
        out += s[i];
    }
    return out;
}

} // namespace wl::interchange::sheet
