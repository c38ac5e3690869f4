#include "historydock.h"

#include <QUndoView>

namespace wl {

HistoryDock::HistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("historyDock"));
    auto *view = new QUndoView(stack, this);
    view->setObjectName(QStringLiteral("historyView"));
    view->setEmptyLabel(tr("<opened document>"));
    view->setAlternatingRowColors(true);
    setWidget(view);
}

} // namespace wl
