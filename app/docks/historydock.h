// The undo history of the document as a dock: click an entry to go back to
// that state.
#pragma once

#include <QDockWidget>

class QUndoStack;

namespace wl {

class HistoryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit HistoryDock(QUndoStack *stack, QWidget *parent = nullptr);
};

} // namespace wl
