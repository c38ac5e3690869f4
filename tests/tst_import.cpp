#include <QTest>

class Testimport : public QObject {
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Testimport)
#include "tst_import.moc"
