#include "textboxes.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTransform>
#include <QXmlStreamReader>

namespace wl::test {

namespace {

QTransform parseTransform(QStringView value)
{
    static const QRegularExpression matrix(QStringLiteral(R"(matrix\(([^)]*)\))"));
    const QRegularExpressionMatch m = matrix.match(value);
    if (!m.hasMatch())
        return {};
    const QStringList v = m.captured(1).split(u',', Qt::SkipEmptyParts);
    if (v.size() != 6)
        return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(),
        v[4].toDouble(), v[5].toDouble());
}

QFont svgFont(const QXmlStreamAttributes &a)
{
    QFont f(a.value(QLatin1String("font-family")).toString());
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, qRound(a.value(QLatin1String("font-size")).toDouble())));
    const int weight = a.value(QLatin1String("font-weight")).toInt();
    f.setWeight(QFont::Weight(weight > 0 ? weight : 400));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

QVector<TextBox> svgTextBoxes(const QByteArray &svg, QString *error)
{
    QVector<TextBox> boxes;
    QVector<QTransform> stack { QTransform() };
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes a = xml.attributes();
            const QTransform t = parseTransform(a.value(QLatin1String("transform"))) * stack.last();
            if (xml.name() == u"text") {
                const QFontMetricsF fm(svgFont(a));
                const QPointF origin(
                    a.value(QLatin1String("x")).toDouble(), a.value(QLatin1String("y")).toDouble());
                const QString text = xml.readElementText();
                if (!text.trimmed().isEmpty()) {
                    const QRectF local(origin.x(), origin.y() - fm.ascent(),
                        fm.horizontalAdvance(text), fm.ascent() + fm.descent());
                    boxes.append({ text, t.mapRect(local) });
                }
                continue; // readElementText consumed the end element
            }
            stack.append(t);
        } else if (xml.isEndElement()) {
            if (stack.size() > 1)
                stack.removeLast();
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return boxes;
}

TextOverlaps countOverlaps(
    const QVector<TextBox> &texts, const QVector<QRectF> &nodeBoxes, double tolerance)
{
    TextOverlaps o;
    const auto note = [&o](const QString &a, const QString &b) {
        if (o.examples.size() < 8)
            o.examples.append(QStringLiteral("\"%1\" × \"%2\"").arg(a, b));
    };
    QVector<QRectF> shrunk;
    shrunk.reserve(texts.size());
    for (const TextBox &t : texts)
        shrunk.append(t.box.adjusted(tolerance, tolerance, -tolerance, -tolerance));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            if (shrunk[i].intersects(shrunk[j])) {
                ++o.textPairs;
                note(texts[i].text, texts[j].text);
            }
        }
        for (const QRectF &node : nodeBoxes) {
            if (shrunk[i].intersects(node) && !node.contains(shrunk[i])) {
                ++o.textOverNodes;
                note(texts[i].text,
                    QStringLiteral("node at %1,%2").arg(node.center().x()).arg(node.center().y()));
            }
        }
    }
    return o;
}

} // namespace wl::test
