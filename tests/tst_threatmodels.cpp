#include <QTest>

class Testthreatmodels : public QObject {
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Testthreatmodels)
#include "tst_threatmodels.moc"
