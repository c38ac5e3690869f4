// A snapshot's map, read-only, in a window of its own beside the document
// (docs/SNAPSHOTS.md): the frozen model drawn as the canvas draws a model,
// to look at, zoom and pan, never to edit. Deleted when closed.
#pragma once

#include "model/snapshot.h"

#include <QWidget>

namespace wl {

class DiagramView;
class Document;
class Model;
class ReadOnlyMap;

class SnapshotWindow : public QWidget {
    Q_OBJECT
public:
    SnapshotWindow(const Snapshot &snapshot, const Model &model, QWidget *parent = nullptr);

    DiagramView *view() const;
    const Document *document() const;

private:
    ReadOnlyMap *m_map;
};

} // namespace wl
