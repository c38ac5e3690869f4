// A dock around a widget, named for QMainWindow::saveState().
#pragma once

#include <QDockWidget>

namespace wl {

inline QDockWidget *makeDock(
    const QString &title, const QString &objectName, QWidget *content, QWidget *parent)
{
    auto *dock = new QDockWidget(title, parent);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    return dock;
}

} // namespace wl
