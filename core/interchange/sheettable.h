// The spreadsheet layout as its readers and writer share it (docs/IMPORT.md):
// a table is rows of cells, its first row names the columns, and a cell is
// addressed as a spreadsheet does, "nodes!B7" in a workbook and
// "nodes.csv!B7" in a folder of CSV files (rows counted from 1 with the
// header, columns from A).
#pragma once

#include "model/readresult.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace wl::interchange::sheet {

struct Cell {
    enum class Type : quint8 { Empty, Text, Number, Boolean };
    Type type = Type::Empty;
    // Text: the string. Number: the number as the file spells it. Boolean:
    // "1" or "0".
    QString text;

    bool isEmpty() const { return type == Type::Empty || text.isEmpty(); }
};

struct Row {
    int number = 0; // 1-based, as a spreadsheet numbers it
    QVector<Cell> cells; // by column, A first; a short row leaves the rest empty
};

struct Table {
    // What a cell reference starts with: "nodes" or "nodes.csv".
    QString name;
    // Numbers may be written with a decimal comma (a CSV file separated by
    // ';', as spreadsheets in such locales save it).
    bool decimalComma = false;
    // The first is the header.
    QVector<Row> rows;

    QString cellRef(int column, int row) const;
};

// "A" for column 0, "Z", "AA", …
QString columnName(int column);

// The column names as people write them: lower case, without spaces,
// hyphens, underscores and dots ("Data categories" -> "datacategories",
// "contract.dpa" and "Contract DPA" -> "contractdpa").
QString columnKey(const QString &header);

// A list in one cell: the items joined by "; ", with "\" before a ";" or
// "\" inside an item and before the spaces an item begins or ends with.
QString joinList(const QStringList &items);
// The inverse: splits at each ";" not escaped, trims the spaces not
// escaped, drops empty items.
QStringList splitList(const QString &cell);

// The shortest text that reads back as `d` exactly, "-0" as "0".
QString numberText(double d);

// "_x0001_" and the like in a workbook's strings (ECMA-376's escape of
// characters XML cannot hold) decoded, and the inverse for writing: control
// characters but tab and line feed escaped (a carriage return too, which XML
// would turn into a line feed), and a "_" that would start such a sequence
// written "_x005F_".
QString decodeXmlEscapes(const QString &s);
QString encodeXmlEscapes(const QString &s);

// The model in the tables nodes (required), data, edges and model (may be
// null). `defaultName` names the model when there is no model table.
ReadResult readTables(const Table &nodes, const Table *data, const Table *edges, const Table *model,
    const QString &defaultName, const QString &format, const QString &fileName);

// A vendor's sub-processor list in one table (readers.h).
ReadResult readSubprocessorTable(
    const Table &table, const QString &vendor, const QString &format, const QString &fileName);
// The table holds a sub-processor list: its header names a subprocessor
// column.
bool isSubprocessorTable(const Table &table);

} // namespace wl::interchange::sheet
