// The sortable, filterable table of a NodeFigureModel that both panes of the
// weak-links dock show: figures sort as numbers, the filter finds ids and
// names, and choosing one row reports its node.
#pragma once

#include <QString>

#include <functional>

class QTableView;

namespace wl {

class NodeFigureModel;

// `chosen` gets the id of a row the user selects (selection, not the
// current index: a view that gets the focus makes its first row current
// without selecting it, and that is not the user choosing a node).
QTableView *createNodeFigureTable(NodeFigureModel *model, const QString &name,
    const std::function<void(const QString &id)> &chosen);

} // namespace wl
