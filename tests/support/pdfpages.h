// What a PDF written by Qt says about its pages, read from its text: enough
// to check paper sizes and page counts without a PDF library.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace wl::test {

// Every page's MediaBox as "width×height" in whole points, in file order:
// "842x595" for A4 landscape.
QStringList pdfMediaBoxes(const QByteArray &pdf);
// The same for the file at `path`; empty if it cannot be read.
QStringList pdfMediaBoxesOfFile(const QString &path);

} // namespace wl::test
