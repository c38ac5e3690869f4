// The text of an exported SVG as boxes on the page, for tests and tools that
// check that no two texts overlap and that no text crosses a node
// (issue 11, item 13).
//
// QSvgGenerator writes each run of text as a <text> element with its
// baseline origin (x, y) and font, inside groups whose transform places it
// on the page. A box is the run's advance by the font's ascent and descent,
// measured with the diagram's own font recipe (render/font.h) at the size
// and weight the SVG names.
#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QVector>

namespace wl::test {

struct TextBox {
    QString text;
    QRectF box; // in page units (points)
};

// Every non-empty text run of an SVG, in document order; an empty list and
// *error set if the SVG does not parse.
QVector<TextBox> svgTextBoxes(const QByteArray &svg, QString *error = nullptr);

struct TextOverlaps {
    int textPairs = 0; // pairs of text boxes that intersect
    int textOverNodes = 0; // (text, node) pairs where the text crosses the node's
                           // border: neither inside it nor clear of it
    QStringList examples; // the first few, "A" × "B", for failure messages
};

// Boxes are shrunk by `tolerance` points on every side first, so that
// lines that merely touch (a name over its kind) do not count.
TextOverlaps countOverlaps(
    const QVector<TextBox> &texts, const QVector<QRectF> &nodeBoxes, double tolerance = 0.5);

} // namespace wl::test
