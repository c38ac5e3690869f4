#include "widgetharness.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QTest>
#include <QWidget>

namespace wl::test {

bool showActive(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

namespace {

// The tester is the model's child: findChild finds one already attached.
// It goes with the view too: QWidget emits destroyed() before deleting its
// children, and a QListWidget's own model resets itself as it is deleted,
// which a tester must not see half-destroyed.
int attachTester(QAbstractItemModel *model, QAbstractItemView *view)
{
    if (!model
        || model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly))
        return 0;
    auto *tester = new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    QObject::connect(view, &QObject::destroyed, tester, [tester] { delete tester; });
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
    return 1 + (proxy ? attachTester(proxy->sourceModel(), view) : 0);
}

} // namespace

int testItemModels(QWidget *root)
{
    int count = 0;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        count += attachTester(view->model(), view);
    return count;
}

int testItemModels(std::initializer_list<QAbstractItemView *> views)
{
    int count = 0;
    for (QAbstractItemView *view : views)
        count += attachTester(view->model(), view);
    return count;
}

} // namespace wl::test
