#include "interchange/csv.h"

#include "interchange/limits.h"
#include "io/textposition.h"

namespace wl::interchange::csv {

namespace {

using sheet::Cell;
using sheet::Row;
using sheet::Table;

// The offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype invalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint code = 0;
        uint least = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
            least = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
            least = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
            least = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// ';' if the first record has more of them than ',' outside quotes.
char detectSeparator(QByteArrayView bytes)
{
    qsizetype commas = 0, semicolons = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

} // namespace

QString parse(QByteArrayView bytes, Table *table)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (const qsizetype bad = invalidUtf8(bytes); bad >= 0)
        return QStringLiteral("%1: %2: not UTF-8 text; save the file as \"CSV UTF-8\"")
            .arg(table->name, io::lineColumn(bytes, bad));
    const char separator = detectSeparator(bytes);
    table->decimalComma = separator == ';';

    const qsizetype n = bytes.size();
    const char *p = bytes.data();
    Row row;
    row.number = 1;
    QByteArray quotedField;
    qsizetype i = 0;
    while (i < n) {
        // One field starts at i.
        const int column = int(row.cells.size());
        QByteArrayView field;
        if (p[i] == '"') {
            quotedField.clear();
            qsizetype j = i + 1;
            for (;;) {
                if (j >= n)
                    return QStringLiteral("%1: a quoted field is not closed")
                        .arg(table->cellRef(column, row.number));
                const qsizetype quote = bytes.indexOf('"', j);
                if (quote < 0) {
                    j = n;
                    continue;
                }
                quotedField.append(p + j, quote - j);
                if (quote + 1 < n && p[quote + 1] == '"') {
                    quotedField.append('"');
                    j = quote + 2;
                    continue;
                }
                j = quote + 1;
                break;
            }
            if (j < n && p[j] != separator && p[j] != '\n'
                && !(p[j] == '\r' && j + 1 < n && p[j + 1] == '\n'))
                return QStringLiteral("%1: text after the closing quote of a quoted field (a "
                                      "quote inside a field is written twice: \"\")")
                    .arg(table->cellRef(column, row.number));
            field = quotedField;
            i = j;
        } else {
            qsizetype j = i;
            while (j < n && p[j] != separator && p[j] != '\n')
                ++j;
            qsizetype end = j;
            if (end > i && p[end - 1] == '\r' && (j == n || p[j] == '\n'))
                --end;
            field = bytes.sliced(i, end - i);
            i = j;
        }
        if (field.size() > kMaxStringBytes)
            return QStringLiteral("%1: longer than 1 MB; Weaklink reads strings up to 1 MB")
                .arg(table->cellRef(column, row.number));
        Cell cell;
        if (!field.isEmpty()) {
            cell.type = Cell::Type::Text;
            cell.text = QString::fromUtf8(field);
        }
        row.cells.append(std::move(cell));

        // What ends the field: a separator, the end of the record or of the
        // text.
        if (i < n && p[i] == separator) {
            ++i;
            if (i == n)
                row.cells.append(Cell());
            continue;
        }
        if (i < n && p[i] == '\r')
            ++i;
        if (i < n && p[i] == '\n')
            ++i;
        const int number = row.number;
        table->rows.append(std::move(row));
        row = Row();
        row.number = number + 1;
    }
    return {};
}

void appendRecord(QByteArray &out, const QStringList &fields)
{
    for (qsizetype f = 0; f < fields.size(); ++f) {
        if (f > 0)
            out += ',';
        const QByteArray bytes = fields[f].toUtf8();
        bool quote = false;
        for (const char c : bytes)
            if (c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        if (!quote) {
            out += bytes;
            continue;
        }
        out += '"';
        for (const char c : bytes) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

} // namespace wl::interchange::csv
