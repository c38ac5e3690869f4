#include "interchange/limits.h"

#include "io/textposition.h"

#include <QList>

#include <algorithm>

namespace wl::interchange {

namespace {

QString tooDeep(QByteArrayView text, qsizetype at)
{
    return io::lineColumn(text, at)
        + QStringLiteral(": nested more than %1 levels deep; Weaklink reads at most %1")
              .arg(kMaxNesting);
}

QString tooLong(QByteArrayView text, qsizetype at)
{
    return io::lineColumn(text, at)
        + QStringLiteral(": a string longer than 1 MB; Weaklink reads strings up to 1 MB");
}

} // namespace

QString checkJsonLimits(QByteArrayView json)
{
    int depth = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json[i]) {
        case '{':
        case '[':
            if (++depth > kMaxNesting)
                return tooDeep(json, i);
            break;
        case '}':
        case ']': --depth; break;
        case '"': {
            const qsizetype start = i;
            for (++i; i < json.size() && json[i] != '"'; ++i)
                if (json[i] == '\\')
                    ++i;
            if (i - start - 1 > kMaxStringBytes)
                return tooLong(json, start);
            break;
        }
        default: break;
        }
    }
    return {};
}

QString checkYamlLimits(QByteArrayView yaml)
{
    int flowDepth = 0;
    qsizetype lineStart = 0;
    // Block nesting: each deeper indentation on the way down is one level.
    QList<qsizetype> indents;
    for (qsizetype i = 0; i <= yaml.size(); ++i) {
        if (i < yaml.size() && yaml[i] != '\n')
            continue;
        const QByteArrayView line = yaml.sliced(lineStart, i - lineStart);
        if (line.size() > kMaxStringBytes)
            return tooLong(yaml, lineStart);
        qsizetype indent = 0;
        int dashes = 0; // "- - x" nests sequences on one line
        for (; indent < line.size() && (line[indent] == ' ' || line[indent] == '-'); ++indent)
            dashes += line[indent] == '-';
        const bool blank = indent == line.size() || line[indent] == '#' || line[indent] == '\r';
        if (!blank && flowDepth == 0) {
            while (!indents.isEmpty() && indents.last() >= indent)
                indents.removeLast();
            indents.append(indent);
            if (indents.size() + dashes > kMaxNesting)
                return tooDeep(yaml, lineStart);
        }
        bool quoted = false;
        char quote = 0;
        for (qsizetype j = 0; j < line.size(); ++j) {
            const char c = line[j];
            if (quoted) {
                if (c == quote)
                    quoted = false;
                continue;
            }
            if (c == '"' || c == '\'') {
                quoted = true;
                quote = c;
            } else if (c == '#' && (j == 0 || line[j - 1] == ' ')) {
                break;
            } else if (c == '[' || c == '{') {
                if (++flowDepth + indents.size() > kMaxNesting)
                    return tooDeep(yaml, lineStart + j);
            } else if ((c == ']' || c == '}') && flowDepth > 0) {
                --flowDepth;
            }
        }
        lineStart = i + 1;
    }
    return {};
}

} // namespace wl::interchange
