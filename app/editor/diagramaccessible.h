// The canvas for screen readers. Graphics items are not widgets, so Qt's
// accessibility knows nothing of them: the DiagramView's accessible
// interface (installed by installDiagramAccessibility) has one child per
// node of the document, in model order, each with a name a screen reader
// reads aloud ("Northwind Analytics, analytics, tier 1 vendor, likelihood
// 8 %"), a description, its place on the screen and whether it is selected.
// Selecting a node with the mouse or the arrow keys while the canvas has
// the keyboard announces it (a Focus and a Selection event on the child).
#pragma once

#include "model/model.h"

namespace wl {

class DiagramView;

// Once per process, before a DiagramView is asked for its interface.
void installDiagramAccessibility();

// What the child for node `index` is called and described as; `tiers` as
// computeTiers gives them.
QString nodeAccessibleName(const Model &m, const QVector<int> &tiers, int index);
QString nodeAccessibleDescription(const Model &m, int index);

// Tells assistive technology that the selection on `view` changed.
void announceDiagramSelection(DiagramView *view);

} // namespace wl
