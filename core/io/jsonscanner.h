// Reading a large JSON text without building a QJsonDocument of it (issue
// 16): checkJson accepts and rejects exactly what QJsonDocument::fromJson
// does, with the same error at the same offset, and builds nothing; the views
// below then read values out of the checked text in place, converting a value
// only when it is asked for and with QJsonValue's results. The memory a read
// needs is the text and what is built from it, not a tree of the whole text.
#pragma once

#include <QByteArrayView>
#include <QJsonParseError>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace wl::io {

// One member of an object, as written in the text.
struct JsonMember {
    // Between the quotes, escapes as written.
    QByteArrayView key;
    QByteArrayView value;
    // For an array that is a member of the root object: its number of
    // elements, counted by checkJson; -1 where not counted.
    qsizetype length = -1;
};

struct JsonCheck {
    // NoError, or the error and offset QJsonDocument::fromJson reports.
    QJsonParseError error { 0, QJsonParseError::NoError };
    // The root is an object (else an array).
    bool object = false;
    // The root object's members in the order of the text, repeated keys
    // included.
    QList<JsonMember> members;
};

// Parses `text` as Qt 6's QJsonDocument::fromJson does (the same grammar,
// leniencies and limits: an optional byte order mark, a root that is an
// object or an array, nesting up to 1,024 levels, strict UTF-8, unknown
// escapes taken literally) without building anything. A mirror of Qt's
// parser: tst_modeljson and the fuzz target compare the two, so a Qt whose
// parser judges differently shows there.
JsonCheck checkJson(QByteArrayView text);

// The value of a string as QJsonValue::toString() gives it; `quoted` is the
// text between the quotes of a checked string.
QString decodeJsonString(QByteArrayView quoted);

// One value inside a checked text, or undefined (a missing member). The
// conversions answer as QJsonValue's do for the value
// QJsonDocument::fromJson would have read: a number is a double (isDouble),
// held as a 64-bit integer when its text is one (no exponent, only zeros
// after the point) or its double is one, otherwise as the nearest double.
class JsonValueView {
public:
    JsonValueView() = default;
    explicit JsonValueView(QByteArrayView text, qsizetype length = -1)
        : m_text(text)
        , m_length(length)
    {
    }

    bool isUndefined() const { return m_text.isEmpty(); }
    bool isNull() const { return first() == 'n'; }
    bool isBool() const { return first() == 't' || first() == 'f'; }
    bool isString() const { return first() == '"'; }
    bool isArray() const { return first() == '['; }
    bool isObject() const { return first() == '{'; }
    bool isDouble() const;

    bool toBool() const { return first() == 't'; }
    QString toString() const;
    double toDouble() const;
    qint64 toInteger(qint64 defaultValue = 0) const;

    QByteArrayView text() const { return m_text; }
    // An array's number of elements where the check counted them, else -1.
    qsizetype knownLength() const { return m_length; }

private:
    char first() const { return m_text.isEmpty() ? '\0' : m_text.front(); }

    QByteArrayView m_text;
    qsizetype m_length = -1;
};

// The elements of an array value, one after the other.
class JsonArrayView {
public:
    explicit JsonArrayView(const JsonValueView &array);

    // The number of elements (counted by a pass over the text unless the
    // check counted them).
    qsizetype size() const;
    // The next element, or an undefined value after the last.
    JsonValueView next();

private:
    QByteArrayView m_text;
    qsizetype m_length;
    qsizetype m_pos = 1;
};

// The members of an object value. Like QJsonObject, a key written twice has
// the last of its values.
class JsonObjectView {
public:
    JsonObjectView() = default;
    explicit JsonObjectView(const JsonValueView &object);
    explicit JsonObjectView(const QList<JsonMember> &members);

    // Members as written, a repeated key counted each time.
    qsizetype size() const { return m_members.size(); }
    // `key` is ASCII.
    JsonValueView value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    // The keys as QJsonObject::keys() lists them: each once, in its order.
    QStringList keys() const;

private:
    struct Member : JsonMember {
        // Written in ASCII without escapes: equal to an ASCII key exactly
        // when the bytes are.
        bool plain;
    };
    void append(const JsonMember &member);

    QVarLengthArray<Member, 16> m_members;
};

} // namespace wl::io
