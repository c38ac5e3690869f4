// The element tables' sorting (app/tables/elementsortproxy.h): the order
// of values, and a large table sorted from ranks worked out on a worker,
// which must give the very order that comparing pairwise gives.
#include "tables/elementsortproxy.h"
#include "tables/elementtablemodel.h"
#include "tables/elementtablewidget.h"

#include "model/document.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <climits>
#include <numeric>

using namespace wl;

namespace {

constexpr int kName = int(NodeField::Name);
constexpr int kBreach = int(NodeField::BreachLikelihood);
constexpr int kX = int(NodeField::X);
constexpr int kTags = int(NodeField::Tags);

// Names that byte order sorts differently from a reader (case, accents),
// many ties, likelihoods with ties, and positions on every third node
// only.
Model variedModel(int nodes, int salt = 0)
{
    const QString stems[] = { QStringLiteral("apple"), QStringLiteral("Apple"),
        QStringLiteral("éclair"), QStringLiteral("Eclair"), QStringLiteral("fig"),
        QStringLiteral("Zebra"), QStringLiteral("zebra"), QStringLiteral("banana") };
    Model m;
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        const int k = (i * 7 + salt) % 13;
        n.name = stems[k % 8] + (k > 7 ? QStringLiteral(" %1").arg(k) : QString());
        n.breachLikelihood = double((i * 3 + salt) % 10) / 10.0;
        if (i % 3 == 0)
            n.pos = QPointF((i * 37 + salt) % 101, 0.0);
        if (i % 4 == 0)
            n.tags = QStringList { stems[(i + salt) % 8] };
        m.appendNode(n);
    }
    return m;
}

// Source rows in the proxy's order.
QVector<int> rowsOf(const QSortFilterProxyModel &proxy)
{
    QVector<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(proxy.mapToSource(proxy.index(r, 0)).row());
    return rows;
}

// A table of nodes behind two proxies: one ranks on a worker whatever the
// table's size, the other compares pairwise.
struct Proxies {
    Document document;
    ElementTableModel table { &document, ElementType::Node };
    ElementSortProxy ranked { &table };
    ElementSortProxy pairwise { &table };

    explicit Proxies(const Model &m)
        : document(m)
    {
        ranked.setRankedRows(0);
        pairwise.setRankedRows(INT_MAX);
        for (ElementSortProxy *proxy : { &ranked, &pairwise })
            proxy->setSortRole(ElementTableModel::SortRole);
    }
};

bool waitSorted(const ElementSortProxy &proxy)
{
    return QTest::qWaitFor([&] { return !proxy.isSorting(); }, 30000);
}

} // namespace

class TestTables : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void orderOfValues();
    void rankedSortMatchesPairwise();
    void changeWhileRanking();
    void resetKeepsTheSort();
    void tableSaysItIsSorting();
};

void TestTables::initTestCase()
{
    // A locale whose collation is known: "éclair" between "Eclair" and
    // "fig", case ignored.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTables::orderOfValues()
{
    const QCollator collator = ElementSortProxy::tableCollator();
    const std::vector<QVariant> text { QStringLiteral("banana"), QStringLiteral("Apple"),
        QStringLiteral("fig"), QVariant(), QStringLiteral("apple"), QStringLiteral("éclair") };
    // Case is ignored (Apple = apple), é sorts with e, absent is last.
    QCOMPARE(ElementSortProxy::ranks(text, collator), (std::vector<int> { 2, 0, 4, 5, 0, 3 }));
    const std::vector<QVariant> numbers { 3.5, QVariant(), -1.0, 10, 3.5, 2 };
    QCOMPARE(ElementSortProxy::ranks(numbers, collator), (std::vector<int> { 2, 5, 0, 4, 2, 1 }));
    // The pairwise comparison agrees with the ranks on every pair.
    for (const std::vector<QVariant> *values : { &text, &numbers }) {
        const std::vector<int> rank = ElementSortProxy::ranks(*values, collator);
        for (std::size_t a = 0; a < values->size(); ++a)
            for (std::size_t b = 0; b < values->size(); ++b)
                QCOMPARE(ElementSortProxy::sortLess((*values)[a], (*values)[b], collator),
                    rank[a] < rank[b]);
    }
}

void TestTables::rankedSortMatchesPairwise()
{
    Proxies p(variedModel(3000));
    Document &document = p.document;
    ElementSortProxy &ranked = p.ranked;
    ElementSortProxy &pairwise = p.pairwise;
    QAbstractItemModelTester tester(
        &ranked, QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (const int column : { kName, kBreach, kX, kTags, int(NodeField::Id) }) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            pairwise.sort(column, order);
            QVERIFY(!pairwise.isSorting());
            ranked.sort(column, order);
            QVERIFY(waitSorted(ranked));
            QCOMPARE(ranked.sortColumn(), column);
            QCOMPARE(rowsOf(ranked), rowsOf(pairwise));
        }
    }

    // Worked out apart: the names in collation order (ties keep the order
    // the table had before, so only the names are compared).
    const QCollator collator = ElementSortProxy::tableCollator();
    const auto nameOf = [&](int row) { return document.model().nodes()[row].name; };
    QVector<int> expected(3000);
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(),
        [&](int a, int b) { return collator.compare(nameOf(a), nameOf(b)) < 0; });
    ranked.sort(kName, Qt::AscendingOrder);
    QVERIFY(waitSorted(ranked));
    const QVector<int> rows = rowsOf(ranked);
    for (int r = 0; r < rows.size(); ++r)
        QCOMPARE(collator.compare(nameOf(rows[r]), nameOf(expected[r])), 0);
    QCOMPARE(nameOf(rows.first()).toLower(), QStringLiteral("apple"));
    QCOMPARE(nameOf(rows.last()).toLower(), QStringLiteral("zebra"));
}

void TestTables::changeWhileRanking()
{
    Proxies p(variedModel(2000));
    ElementTableModel &table = p.table;
    ElementSortProxy &ranked = p.ranked;
    ElementSortProxy &pairwise = p.pairwise;

    ranked.sort(kName);
    QVERIFY(ranked.isSorting());
    // Before the ranks arrive (they come through the event loop), the last
    // node becomes the first by name: those ranks are dropped.
    QVERIFY(table.setData(table.index(1999, kName), QStringLiteral("aardvark")));
    QVERIFY(waitSorted(ranked));
    pairwise.sort(kName);
    QCOMPARE(rowsOf(ranked).first(), 1999);
    QCOMPARE(rowsOf(ranked), rowsOf(pairwise));

    // An edit once sorted is sorted in at once, ranks or not.
    QVERIFY(table.setData(table.index(0, kName), QStringLiteral("Aaa")));
    QCOMPARE(rowsOf(ranked).first(), 0);
    QCOMPARE(rowsOf(ranked), rowsOf(pairwise));
}

void TestTables::resetKeepsTheSort()
{
    Proxies p(variedModel(1500));
    Document &document = p.document;
    ElementSortProxy &ranked = p.ranked;
    ElementSortProxy &pairwise = p.pairwise;
    QAbstractItemModelTester tester(
        &ranked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pairwiseTester(
        &pairwise, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ranked.sort(kBreach, Qt::DescendingOrder);
    QVERIFY(waitSorted(ranked));
    pairwise.sort(kBreach, Qt::DescendingOrder);

    document.resetModel(variedModel(1800, 5));
    // The pairwise one sorted the new rows as the source reset; the ranked
    // one ranks them on a worker, then sorts by the same column.
    QCOMPARE(pairwise.rowCount(), 1800);
    QVERIFY(ranked.isSorting());
    QVERIFY(waitSorted(ranked));
    QCOMPARE(ranked.sortColumn(), kBreach);
    QCOMPARE(ranked.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(rowsOf(ranked), rowsOf(pairwise));
    QCOMPARE(document.model().nodes()[rowsOf(ranked).first()].breachLikelihood, 0.9);
}

void TestTables::tableSaysItIsSorting()
{
    Document document(variedModel(ElementSortProxy::kRankedRows));
    ElementTableWidget widget(&document, ElementType::Node);
    auto *count = widget.findChild<QLabel *>(QStringLiteral("nodesMatchCount"));
    QVERIFY(count);
    QSignalSpy sorting(widget.proxyModel(), &ElementSortProxy::sortingChanged);

    // A click on the Name header: the rows keep their order meanwhile.
    widget.tableView()->sortByColumn(kName, Qt::AscendingOrder);
    QCOMPARE(sorting.count(), 1);
    QCOMPARE(count->text(), QStringLiteral("Sorting…"));
    QCOMPARE(rowsOf(*widget.proxyModel()).first(), 0);
    QVERIFY(waitSorted(*widget.proxyModel()));
    QCOMPARE(sorting.count(), 2);
    QVERIFY(count->text().isEmpty());
    const QVector<int> rows = rowsOf(*widget.proxyModel());
    QCOMPARE(document.model().nodes()[rows.first()].name.toLower(), QStringLiteral("apple"));
    QCOMPARE(document.model().nodes()[rows.last()].name.toLower(), QStringLiteral("zebra"));
}

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
