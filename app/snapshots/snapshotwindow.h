// A snapshot's map, read-only, in a window of its own beside the document
// (docs/SNAPSHOTS.md): the frozen model drawn as the canvas draws a model,
// to look at, zoom and pan, never to edit. Deleted when closed.
#pragma once

#include "model/snapshot.h"

#include <QWidget>

#include <memory>

namespace wl {

class DiagramScene;
class DiagramView;
class Document;
class Model;
class Selection;

class SnapshotWindow : public QWidget {
    Q_OBJECT
public:
    SnapshotWindow(const Snapshot &snapshot, const Model &model, QWidget *parent = nullptr);
    ~SnapshotWindow() override;

    DiagramView *view() const { return m_view; }
    const Document *document() const { return m_document.get(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<DiagramScene> m_scene;
    DiagramView *m_view;
    bool m_fitted = false;
};

} // namespace wl
