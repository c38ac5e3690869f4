#include "jsonscanner.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>

namespace wl::io {

namespace {

// QJsonDocument's limit: deeper texts are rejected, not parsed.
constexpr int kNestingLimit = 1024;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

bool isContinuation(uchar b)
{
    return (b & 0xC0) == 0x80;
}

// The length of the UTF-8 character at `pos`, or 0 where Qt's decoder
// refuses it: overlong forms, surrogates, code points above U+10FFFF and
// truncated sequences (noncharacters are accepted).
qsizetype utf8Length(QByteArrayView text, qsizetype pos)
{
    const auto b = uchar(text[pos]);
    if (b < 0x80)
        return 1;
    qsizetype needed;
    char32_t min, uc;
    if (b <= 0xC1)
        return 0;
    if (b < 0xE0) {
        needed = 2;
        min = 0x80;
        uc = b & 0x1F;
    } else if (b < 0xF0) {
        needed = 3;
        min = 0x800;
        uc = b & 0x0F;
    } else if (b < 0xF5) {
        needed = 4;
        min = 0x10000;
        uc = b & 0x07;
    } else {
        return 0;
    }
    if (text.size() - pos < needed)
        return 0;
    for (qsizetype i = 1; i < needed; ++i) {
        const auto c = uchar(text[pos + i]);
        if (!isContinuation(c))
            return 0;
        uc = (uc << 6) | (c & 0x3F);
    }
    if (uc < min || (uc >= 0xD800 && uc <= 0xDFFF) || uc > 0x10FFFF)
        return 0;
    return needed;
}

// A number Qt's parser reads as an integer first: no exponent and only
// zeros after the decimal point.
bool integerForm(QByteArrayView number)
{
    const qsizetype point = number.indexOf('.');
    for (qsizetype i = 0; i < number.size(); ++i) {
        const char c = number[i];
        if (c == 'e' || c == 'E' || (point >= 0 && i > point && c != '0'))
            return false;
    }
    return true;
}

// Qt's conversion of a double to a 64-bit integer: only when exact.
bool exactInteger(double d, qint64 *out)
{
    if (!std::isfinite(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
        return false;
    *out = qint64(d);
    return double(*out) == d;
}

// What QJsonDocument::fromJson makes of `number`: an integer if it is in
// integer form and fits, or if its double is one; else the double, if any.
struct Number {
    bool ok = false;
    bool isInteger = false;
    qint64 integer = 0;
    double real = 0;
};

Number integerNumber(qint64 i)
{
    return { true, true, i, double(i) };
}

// Digits, then optionally a point and digits, with a minus sign in front:
// what std::from_chars reads to the same value as Qt's conversions (both
// round correctly), without their overhead.
bool plainDecimal(QByteArrayView number, bool *hasPoint)
{
    const qsizetype start = number.startsWith('-') ? 1 : 0;
    const qsizetype point = number.indexOf('.');
    *hasPoint = point >= 0;
    for (qsizetype i = start; i < number.size(); ++i)
        if (i != point && !isDigit(number[i]))
            return false;
    return point < 0 ? number.size() > start : point > start && point + 1 < number.size();
}

// std::from_chars that reads all of [first, last).
template<typename T> bool fromChars(const char *first, const char *last, T *out)
{
    const auto [end, ec] = std::from_chars(first, last, *out);
    return ec == std::errc() && end == last;
}

Number readNumber(QByteArrayView number)
{
    const char *first = number.data(), *last = first + number.size();
    bool hasPoint;
    if (plainDecimal(number, &hasPoint)) {
        qint64 i;
        if (!hasPoint && fromChars(first, last, &i))
            return integerNumber(i);
        double d;
        if (fromChars(first, last, &d))
            return exactInteger(d, &i) ? integerNumber(i) : Number { true, false, 0, d };
    }
    // Qt converts with the QByteArray functions, which know nothing of the
    // text after the number; a view of it is enough.
    const QByteArray bytes = QByteArray::fromRawData(first, number.size());
    bool ok = false;
    if (integerForm(number)) {
        const qint64 i = bytes.toLongLong(&ok);
        if (ok)
            return integerNumber(i);
    }
    const double d = bytes.toDouble(&ok);
    qint64 i;
    if (ok && exactInteger(d, &i))
        return integerNumber(i);
    return { ok, false, 0, d };
}

// A mirror of Qt 6's JSON parser (qjsonparser.cpp) that builds nothing:
// every check in the same order, so that the first error and its offset are
// Qt's. Positions are indices; Qt's may point one past the end, and so may
// these.
class Checker {
public:
    explicit Checker(QByteArrayView text)
        : m_text(text)
        , m_end(text.size())
    {
    }

    JsonCheck check()
    {
        JsonCheck result;
        m_result = &result;
        eatBom();
        const char token = nextToken();
        bool ok = false;
        if (token == '[') {
            ok = parseArray();
        } else if (token == '{') {
            result.object = true;
            ok = parseObject();
        } else {
            m_error = QJsonParseError::IllegalValue;
        }
        if (ok) {
            eatSpace();
            if (m_pos < m_end) {
                m_error = QJsonParseError::GarbageAtEnd;
                ok = false;
            }
        }
        if (!ok) {
            result.error.error = m_error;
            result.error.offset = int(m_pos);
            result.members.clear();
        }
        return result;
    }

private:
    char at(qsizetype pos) const { return m_text[pos]; }

    void eatBom()
    {
        if (m_end - m_pos > 3 && std::memcmp(m_text.data(), "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
    }

    bool eatSpace()
    {
        while (m_pos < m_end && isJsonSpace(at(m_pos)))
            ++m_pos;
        return m_pos < m_end;
    }

    // The structural character at the next non-space position, consumed; 0
    // (consumed too) for anything else, 0 at the end.
    char nextToken()
    {
        if (!eatSpace())
            return 0;
        const char token = at(m_pos++);
        switch (token) {
        case '[':
        case '{':
        case ':':
        case ',':
        case ']':
        case '}':
        case '"': return token;
        default: return 0;
        }
    }

    bool fail(QJsonParseError::ParseError error)
    {
        m_error = error;
        return false;
    }

    bool parseObject()
    {
        if (++m_nesting > kNestingLimit)
            return fail(QJsonParseError::DeepNesting);
        char token = nextToken();
        while (token == '"') {
            if (!parseMember())
                return false;
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token == '}')
                return fail(QJsonParseError::MissingObject);
        }
        if (token != '}')
            return fail(QJsonParseError::UnterminatedObject);
        --m_nesting;
        return true;
    }

    bool parseMember()
    {
        const qsizetype keyStart = m_pos;
        if (!parseString())
            return false;
        const qsizetype keyEnd = m_pos - 1;
        if (nextToken() != ':')
            return fail(QJsonParseError::MissingNameSeparator);
        if (!eatSpace())
            return fail(QJsonParseError::UnterminatedObject);
        const qsizetype valueStart = m_pos;
        m_length = -1;
        if (!parseValue())
            return false;
        // Only the root object's members are kept (the root is the only
        // object at the first level).
        if (m_nesting == 1)
            m_result->members.append({ m_text.sliced(keyStart, keyEnd - keyStart),
                m_text.sliced(valueStart, m_pos - valueStart), m_length });
        return true;
    }

    bool parseArray()
    {
        if (++m_nesting > kNestingLimit)
            return fail(QJsonParseError::DeepNesting);
        // Counted for the arrays that are members of a root object.
        const bool counted = m_nesting == 2 && m_result->object;
        qsizetype length = 0;
        if (!eatSpace())
            return fail(QJsonParseError::UnterminatedArray);
        if (at(m_pos) == ']') {
            nextToken();
        } else {
            while (true) {
                if (!eatSpace())
                    return fail(QJsonParseError::UnterminatedArray);
                if (!parseValue())
                    return false;
                ++length;
                const char token = nextToken();
                if (token == ']')
                    break;
                if (token != ',')
                    return fail(eatSpace() ? QJsonParseError::MissingValueSeparator
                                           : QJsonParseError::UnterminatedArray);
            }
        }
        if (counted)
            m_length = length;
        --m_nesting;
        return true;
    }

    // Qt checks that a literal's remaining letters could all be there
    // (one more than needed), then compares them one by one, stopping after
    // the first that differs.
    bool parseLiteral(const char *rest, qsizetype available)
    {
        if (m_end - m_pos < available)
            return fail(QJsonParseError::IllegalValue);
        for (; *rest; ++rest)
            if (at(m_pos++) != *rest)
                return fail(QJsonParseError::IllegalValue);
        return true;
    }

    bool parseValue()
    {
        switch (at(m_pos++)) {
        case 'n': return parseLiteral("ull", 4);
        case 't': return parseLiteral("rue", 4);
        case 'f': return parseLiteral("alse", 5);
        case '"': return parseString();
        case '[': return parseArray();
        case '{': return parseObject();
        case ',': return fail(QJsonParseError::IllegalValue);
        case '}':
        case ']': return fail(QJsonParseError::MissingObject);
        default: --m_pos; return parseNumber();
        }
    }

    bool parseNumber()
    {
        const qsizetype start = m_pos;
        // Most numbers have this plain form, which Qt always converts: no
        // exponent, digits on both sides of a point, short enough to stay
        // away from overflow and underflow. Others are converted to see.
        bool plain = true;
        if (m_pos < m_end && at(m_pos) == '-')
            ++m_pos;
        if (m_pos < m_end && at(m_pos) == '0') {
            ++m_pos;
        } else {
            const qsizetype digits = m_pos;
            while (m_pos < m_end && isDigit(at(m_pos)))
                ++m_pos;
            plain = m_pos > digits;
        }
        if (m_pos < m_end && at(m_pos) == '.') {
            const qsizetype digits = ++m_pos;
            while (m_pos < m_end && isDigit(at(m_pos)))
                ++m_pos;
            plain = plain && m_pos > digits;
        }
        if (m_pos < m_end && (at(m_pos) == 'e' || at(m_pos) == 'E')) {
            plain = false;
            ++m_pos;
            if (m_pos < m_end && (at(m_pos) == '-' || at(m_pos) == '+'))
                ++m_pos;
            while (m_pos < m_end && isDigit(at(m_pos)))
                ++m_pos;
        }
        if (m_pos >= m_end)
            return fail(QJsonParseError::TerminationByNumber);
        constexpr qsizetype kPlainDigits = 300;
        if ((plain && m_pos - start <= kPlainDigits)
            || readNumber(m_text.sliced(start, m_pos - start)).ok)
            return true;
        return fail(QJsonParseError::IllegalNumber);
    }

    bool scanUtf8()
    {
        const qsizetype length = utf8Length(m_text, m_pos);
        m_pos += length;
        return length > 0;
    }

    bool scanEscape()
    {
        ++m_pos;
        if (m_pos >= m_end)
            return false;
        if (at(m_pos++) != 'u')
            return true;
        if (m_pos > m_end - 4)
            return false;
        for (int i = 0; i < 4; ++i, ++m_pos)
            if (!isHexDigit(at(m_pos)))
                return false;
        return true;
    }

    // Like Qt: a first pass up to the closing quote or the first escape,
    // then, if there was an escape, a second pass from the start.
    bool parseString()
    {
        const qsizetype start = m_pos;
        bool escaped = false;
        while (m_pos < m_end) {
            const char c = at(m_pos);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                break;
            }
            if (uchar(c) < 0x80)
                ++m_pos;
            else if (!scanUtf8())
                return fail(QJsonParseError::IllegalUTF8String);
        }
        ++m_pos;
        if (m_pos >= m_end)
            return fail(QJsonParseError::UnterminatedString);
        if (!escaped)
            return true;

        m_pos = start;
        while (m_pos < m_end) {
            const char c = at(m_pos);
            if (c == '"')
                break;
            if (c == '\\') {
                if (!scanEscape())
                    return fail(QJsonParseError::IllegalEscapeSequence);
            } else if (!scanUtf8()) {
                return fail(QJsonParseError::IllegalUTF8String);
            }
        }
        ++m_pos;
        if (m_pos >= m_end)
            return fail(QJsonParseError::UnterminatedString);
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_end;
    qsizetype m_pos = 0;
    int m_nesting = 0;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    JsonCheck *m_result = nullptr;
    // The element count of the last array parseArray counted.
    qsizetype m_length = -1;
};

// Positions in a checked text: where the value starting at `pos` ends, and
// the next position that is not white space. Both stop at the end of the
// text, so that a text that was not checked cannot make them read past it.
qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && isJsonSpace(text[pos]))
        ++pos;
    return pos;
}

// `pos` is just past the opening quote; returns the position of the
// closing one. A backslash escapes the byte after it (the digits of \uXXXX
// are no quotes).
qsizetype closingQuote(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '"')
            return pos;
        pos += c == '\\' ? 2 : 1;
    }
    return text.size();
}

qsizetype skipValue(QByteArrayView text, qsizetype pos)
{
    if (pos >= text.size())
        return pos;
    const char c = text[pos];
    if (c == '"')
        return std::min(closingQuote(text, pos + 1) + 1, text.size());
    if (c != '{' && c != '[') {
        while (pos < text.size() && !isJsonSpace(text[pos]) && text[pos] != ',' && text[pos] != ']'
            && text[pos] != '}')
            ++pos;
        return pos;
    }
    int depth = 0;
    while (pos < text.size()) {
        const char d = text[pos];
        if (d == '"') {
            pos = closingQuote(text, pos + 1);
        } else if (d == '{' || d == '[') {
            ++depth;
        } else if (d == '}' || d == ']') {
            if (--depth == 0)
                return pos + 1;
        }
        ++pos;
    }
    return text.size();
}

// UTF-8 that Qt's parser decoded character by character: as fromUtf8,
// except that a leading byte order mark is a character, not dropped.
void appendUtf8(QString &out, QByteArrayView utf8)
{
    while (utf8.startsWith("\xEF\xBB\xBF")) {
        out += QChar(0xFEFF);
        utf8 = utf8.sliced(3);
    }
    out += QString::fromUtf8(utf8);
}

// A string as Qt's parser decodes one with escapes, which keeps a leading
// byte order mark; also how QJsonObject compares keys with and without
// escapes.
QString decodeKeepingBom(QByteArrayView quoted)
{
    qsizetype escape = quoted.indexOf('\\');
    QString out;
    out.reserve(quoted.size());
    qsizetype pos = 0;
    while (escape >= 0) {
        appendUtf8(out, quoted.sliced(pos, escape - pos));
        pos = escape + 1;
        if (pos >= quoted.size())
            break;
        const char c = quoted[pos++];
        switch (c) {
        case 'b': out += QChar(0x8); break;
        case 'f': out += QChar(0xC); break;
        case 'n': out += QChar(0xA); break;
        case 'r': out += QChar(0xD); break;
        case 't': out += QChar(0x9); break;
        case 'u': {
            // Four hex digits in a checked string; a lone surrogate is kept,
            // as Qt keeps it.
            char16_t unit = 0;
            for (const qsizetype last = std::min(pos + 4, quoted.size()); pos < last; ++pos)
                unit = char16_t(unit << 4 | hexValue(quoted[pos]));
            out += QChar(unit);
            break;
        }
        // `"`, `\`, `/` and, leniently, any other character stand for
        // themselves (Qt takes the one byte after the backslash).
        default: out += QChar(char16_t(uchar(c))); break;
        }
        escape = quoted.indexOf('\\', pos);
    }
    appendUtf8(out, quoted.sliced(std::min(pos, quoted.size())));
    return out;
}

} // namespace

JsonCheck checkJson(QByteArrayView text)
{
    return Checker(text).check();
}

QString decodeJsonString(QByteArrayView quoted)
{
    // Without escapes Qt keeps the UTF-8 and converts it with fromUtf8, which
    // drops a leading byte order mark.
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted);
    return decodeKeepingBom(quoted);
}

bool JsonValueView::isDouble() const
{
    const char c = first();
    return c != '\0' && c != 'n' && c != 't' && c != 'f' && c != '"' && c != '[' && c != '{';
}

QString JsonValueView::toString() const
{
    if (!isString() || m_text.size() < 2)
        return {};
    return decodeJsonString(m_text.sliced(1, m_text.size() - 2));
}

double JsonValueView::toDouble() const
{
    if (!isDouble())
        return 0;
    return readNumber(m_text).real;
}

qint64 JsonValueView::toInteger(qint64 defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    const Number n = readNumber(m_text);
    return n.isInteger ? n.integer : defaultValue;
}

JsonArrayView::JsonArrayView(const JsonValueView &array)
    : m_text(array.isArray() ? array.text() : QByteArrayView())
    , m_length(array.knownLength())
{
}

qsizetype JsonArrayView::size() const
{
    if (m_length >= 0)
        return m_length;
    JsonArrayView counter = *this;
    counter.m_pos = 1;
    qsizetype n = 0;
    while (!counter.next().isUndefined())
        ++n;
    return n;
}

JsonValueView JsonArrayView::next()
{
    m_pos = skipSpace(m_text, m_pos);
    if (m_pos < m_text.size() && m_text[m_pos] == ',')
        m_pos = skipSpace(m_text, m_pos + 1);
    if (m_pos >= m_text.size() || m_text[m_pos] == ']')
        return {};
    const qsizetype start = m_pos;
    m_pos = skipValue(m_text, m_pos);
    return JsonValueView(m_text.sliced(start, m_pos - start));
}

JsonObjectView::JsonObjectView(const JsonValueView &object)
{
    if (!object.isObject())
        return;
    const QByteArrayView text = object.text();
    qsizetype pos = skipSpace(text, 1);
    while (pos < text.size() && text[pos] == '"') {
        const qsizetype keyStart = pos + 1;
        const qsizetype keyEnd = closingQuote(text, keyStart);
        pos = skipSpace(text, keyEnd + 1);
        if (pos >= text.size() || text[pos] != ':')
            return;
        pos = skipSpace(text, pos + 1);
        const qsizetype valueStart = pos;
        pos = skipValue(text, pos);
        append({ text.sliced(keyStart, keyEnd - keyStart),
            text.sliced(valueStart, pos - valueStart) });
        pos = skipSpace(text, pos);
        if (pos < text.size() && text[pos] == ',')
            pos = skipSpace(text, pos + 1);
    }
}

JsonObjectView::JsonObjectView(const QList<JsonMember> &members)
{
    for (const JsonMember &m : members)
        append(m);
}

void JsonObjectView::append(const JsonMember &member)
{
    bool plain = true;
    for (const char c : member.key)
        plain = plain && c != '\\' && uchar(c) < 0x80;
    m_members.append({ member, plain });
}

JsonValueView JsonObjectView::value(QLatin1String key) const
{
    // The last member with the key, as QJsonObject keeps it. A key with
    // escapes or other than ASCII is compared decoded, as QJsonObject
    // compares it: with any leading byte order mark (which
    // QJsonObject::keys() then drops).
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
        const QByteArrayView written = it->key;
        const bool equal = it->plain ? written.size() == key.size()
                && std::memcmp(written.data(), key.data(), size_t(key.size())) == 0
                                     : decodeKeepingBom(written) == key;
        if (equal)
            return JsonValueView(it->value, it->length);
    }
    return {};
}

QStringList JsonObjectView::keys() const
{
    // Rarely asked (for warnings about unknown keys): QJsonObject's own
    // order and merging of repeated keys, from an object of the keys alone.
    QByteArray keysOnly = "{";
    for (const JsonMember &m : m_members) {
        if (keysOnly.size() > 1)
            keysOnly += ',';
        keysOnly += '"';
        keysOnly += m.key.toByteArray();
        keysOnly += "\":0";
    }
    keysOnly += '}';
    return QJsonDocument::fromJson(keysOnly).object().keys();
}

} // namespace wl::io
