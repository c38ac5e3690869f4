// A model's map to look at, zoom and pan, never to edit: the canvas's
// scene and view over a document of its own, fitted to the widget when
// first shown. The snapshot and Compare windows show one.
#pragma once

#include <QWidget>

#include <memory>

namespace wl {

class DiagramScene;
class DiagramView;
class Document;
class Model;
class Selection;

class ReadOnlyMap : public QWidget {
    Q_OBJECT
public:
    explicit ReadOnlyMap(const Model &model, QWidget *parent = nullptr);
    ~ReadOnlyMap() override;

    DiagramView *view() const { return m_view; }
    DiagramScene *scene() const { return m_scene.get(); }
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
