#include "jsonwriter.h"

#include "printable.h"

#include <charconv>
#include <cmath>
#include <iterator>

namespace wl::io::json {

void appendString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    // Runs of characters that need no escape are copied as UTF-8.
    qsizetype run = 0;
    const auto copyRun = [&](qsizetype end) {
        if (end > run)
            out += QStringView(s).sliced(run, end - run).toUtf8();
        run = end + 1;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const char *escape = nullptr;
        switch (c) {
        case u'"': escape = "\\\""; break;
        case u'\\': escape = "\\\\"; break;
        case u'\b': escape = "\\b"; break;
        case u'\f': escape = "\\f"; break;
        case u'\n': escape = "\\n"; break;
        case u'\r': escape = "\\r"; break;
        case u'\t': escape = "\\t"; break;
        default:
            // U+FEFF too: Qt's JSON parser drops one that starts a string
            // raw, but keeps an escaped one (found by fuzz_csv).
            if (!isUnsafeToShow(c) && c != 0xFEFF)
                continue;
        }
        copyRun(i);
        if (escape) {
            out += escape;
        } else {
            // Control and bidirectional characters (printable.h), which JSON
            // allows raw, are escaped so that printing the output is safe.
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hex[(c >> shift) & 0xF];
        }
    }
    copyRun(s.size());
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

void appendTimedNodes(QByteArray &out, const QVector<sim::TimedNode> &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += i ? ", " : " ";
        out += "{ \"node\": ";
        appendString(out, list[i].node);
        out += ", \"at_hours\": ";
        appendDouble(out, list[i].atHours);
        out += " }";
    }
    out += list.isEmpty() ? "]" : " ]";
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
