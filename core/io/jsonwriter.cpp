#include "jsonwriter.h"

#include <charconv>
#include <cmath>
#include <iterator>

namespace wl::io::json {

void appendString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// -0 is written as 0 because the model reader cannot tell them apart.
void appendDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        // Not a valid model value; "null" keeps the output JSON so that the
        // reader names the field instead of failing on the syntax.
        out += "null";
        return;
    }
    if (d == 0.0)
        d = 0.0;
    char buffer[32];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), d);
    out.append(buffer, result.ptr - buffer);
}

void appendInteger(QByteArray &out, qint64 i)
{
    out += QByteArray::number(i);
}

void appendBool(QByteArray &out, bool b)
{
    out += b ? "true" : "false";
}

void appendStringList(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ", ";
        appendString(out, list[i]);
    }
    out += ']';
}

Members::Members(QByteArray &out, int indent)
    : m_out(out)
    , m_indent(indent)
{
    m_out += '{';
}

QByteArray &Members::key(const char *key)
{
    return this->key(QString::fromLatin1(key));
}

QByteArray &Members::key(const QString &key)
{
    m_out += m_first ? "\n" : ",\n";
    m_first = false;
    m_out.append(m_indent, ' ');
    appendString(m_out, key);
    m_out += ": ";
    return m_out;
}

void Members::close()
{
    m_out += '\n';
    m_out.append(m_indent - 2, ' ');
    m_out += '}';
}

} // namespace wl::io::json
