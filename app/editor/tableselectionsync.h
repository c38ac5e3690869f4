// Keeps the tables' row selection and the shared Selection in step:
// selecting rows selects those elements on the canvas (and for the
// properties dock), and elements selected elsewhere are selected, and
// scrolled to, in their table.
#pragma once

#include "model/document.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace wl {

class ElementTabs;
class Selection;

class TableSelectionSync : public QObject {
    Q_OBJECT
public:
    TableSelectionSync(ElementTabs *tabs, Selection *selection, QObject *parent = nullptr);

private:
    void fromTable(ElementType type);
    void toTables();

    // The main window deletes the tables before the rest of itself.
    QPointer<ElementTabs> m_tabs;
    Selection *m_selection;
    // Set while the tables are being brought in line with the selection.
    bool m_updating = false;
    // The table whose rows are being turned into the selection.
    std::optional<ElementType> m_source;
};

} // namespace wl
