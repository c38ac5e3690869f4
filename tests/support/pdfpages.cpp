#include "pdfpages.h"

#include <QFile>
#include <QRegularExpression>

namespace wl::test {

QStringList pdfMediaBoxes(const QByteArray &pdf)
{
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[0 0 (\\d+)(?:\\.\\d*)? (\\d+)"));
    QStringList boxes;
    for (const QRegularExpressionMatch &m : mediaBox.globalMatch(QString::fromLatin1(pdf)))
        boxes << m.captured(1) + u'x' + m.captured(2);
    return boxes;
}

QStringList pdfMediaBoxesOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return pdfMediaBoxes(file.readAll());
}

} // namespace wl::test
