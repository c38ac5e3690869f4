// The node pickers of the tabletop panel (breached vendor, node to sever)
// list every node of the model by its label, with the id as item data.
#pragma once

class QComboBox;

namespace wl {
class Model;
}

namespace wl::tabletop {

// Refills `box` with the nodes of `m`, keeping the node it showed if it is
// still there.
void showNodeChoices(QComboBox *box, const Model &m);

} // namespace wl::tabletop
