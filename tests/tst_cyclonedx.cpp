#include <QTest>

class Testcyclonedx : public QObject {
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Testcyclonedx)
#include "tst_cyclonedx.moc"
