// The editing verbs of the canvas (add, connect, move, delete, cut, copy,
// paste, pin, find, zoom) as actions and as plain functions. Each edit is
// pushed as commands on the document's undo stack; the scene shows the
// result when the document reports the change.
//
// A model opened without positions is drawn where the automatic layout put
// it, but stores nothing. The first edit that stores a position (a move, a
// new node, a paste, a pin) also stores where every other node is drawn, in
// the same undo step, so that the picture does not jump and a saved file
// reopens as it was shown.
#pragma once

#include "model/document.h"

#include <QObject>

#include <memory>

class QAction;
class QUndoCommand;

namespace wl {

class DiagramScene;
class DiagramView;
class Selection;

class DiagramEditor : public QObject {
    Q_OBJECT
public:
    DiagramEditor(Document *document, Selection *selection, DiagramScene *scene, DiagramView *view,
        QObject *parent = nullptr);

    // Clipboard format: a model JSON fragment (FORMAT.md §1); the same JSON
    // goes along as text.
    static QString fragmentMimeType();

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *deleteAction() const { return m_delete; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *pinAction() const { return m_pin; }
    QAction *unpinAction() const { return m_unpin; }
    QAction *connectModeAction() const { return m_connectMode; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

    // Each returns the new element's id, or an empty string (with a
    // message) if nothing was added.
    QString addNode(const QString &kind, const QPointF &center);
    QString addNodeInView(const QString &kind);
    QString connectNodes(const QString &source, const QString &target);

    bool moveNodes(const QHash<QString, QPointF> &centers);
    bool deleteSelection();
    bool copySelection();
    bool cutSelection();
    bool paste();
    void selectAll();
    bool setSelectionPinned(bool pinned);
    // Centres the canvas on the node and selects it.
    bool showNode(const QString &id);
    // The canvas's context menu; what is under the cursor becomes the
    // selection unless it is part of it already.
    void showContextMenu(const QPointF &scenePos, const QPoint &globalPos);
    // What to do next in the current gesture (Connect Mode), for the status
    // bar as long as it applies; empty when there is nothing to say.
    QString hint() const;

signals:
    // Something the user should read in the status bar.
    void message(const QString &text);
    void hintChanged(const QString &hint);

private:
    void createActions();
    void updateActions();
    // Pushes `cmd`, preceded in the same undo step by the positions the
    // canvas shows but the model does not store.
    void pushPlacing(std::unique_ptr<QUndoCommand> cmd);
    QStringList selectedNodeIds() const;

    Document *m_document;
    Selection *m_selection;
    DiagramScene *m_scene;
    DiagramView *m_view;

    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_pin = nullptr;
    QAction *m_unpin = nullptr;
    QAction *m_connectMode = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;

    // Repeated pastes of one clipboard cascade instead of stacking.
    QByteArray m_lastPaste;
    int m_pasteCount = 0;
};

} // namespace wl
