// Hand-written JSON output shared by every writer of the project: keys in
// the order the caller gives, numbers in the shortest form that reads back
// exactly and independent of the locale, deterministic bytes.
#pragma once

#include "model/scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wl::io::json {

void appendString(QByteArray &out, const QString &s);
// Shortest form that reads back to the same double; -0 as 0; a non-finite
// value as null.
void appendDouble(QByteArray &out, double d);
void appendInteger(QByteArray &out, qint64 i);
void appendBool(QByteArray &out, bool b);
// Inline: ["a", "b"]
void appendStringList(QByteArray &out, const QStringList &list);
// Inline: [ { "node": "a", "at_hours": 0 } ], as FORMAT.md writes seeds and
// severed nodes.
void appendTimedNodes(QByteArray &out, const QVector<sim::TimedNode> &list);

// An array of a top-level member, its `count` elements one per line, each
// written by `write(i)`.
template<typename Write> void appendLines(QByteArray &out, qsizetype count, Write &&write)
{
    out += '[';
    for (qsizetype i = 0; i < count; ++i) {
        out += i ? ",\n    " : "\n    ";
        write(i);
    }
    out += count ? "\n  ]" : "]";
}

// The members of one object at one indentation; each call to key() starts a
// new member, with the comma and line break the previous one needs.
class Members {
public:
    Members(QByteArray &out, int indent);
    QByteArray &key(const char *key);
    // A key that may need escaping (e.g. a category name from a model).
    QByteArray &key(const QString &key);
    QByteArray &key(QLatin1String key) { return this->key(QString(key)); }
    void close();

private:
    QByteArray &m_out;
    int m_indent;
    bool m_first = true;
};

} // namespace wl::io::json
