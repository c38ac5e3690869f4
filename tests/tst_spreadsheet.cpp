#include <QTest>

class Testspreadsheet : public QObject {
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Testspreadsheet)
#include "tst_spreadsheet.moc"
