// What the widget suites' harnesses share: showing a widget as the active
// window, and QAbstractItemModelTester on every item model a widget shows.
#pragma once

#include <initializer_list>

class QAbstractItemView;
class QWidget;

namespace wl::test {

// Shows `window` and makes it the active window, so that focus, inline
// editors and clicks behave as in the app; false if it never became active.
bool showActive(QWidget *window);

// Attaches a QAbstractItemModelTester (QtTest failure mode: a broken model
// contract fails the running test) to the model of every item view under
// `root` and to the source models behind proxies, once per model; each
// tester lives as long as its model. Call it once the widget has built its
// views; returns how many models are checked.
int testItemModels(QWidget *root);
// The same for the given views only.
int testItemModels(std::initializer_list<QAbstractItemView *> views);

} // namespace wl::test
