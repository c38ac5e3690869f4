#include "readonlymap.h"

#include "editor/diagramscene.h"
#include "editor/diagramview.h"
#include "model/document.h"
#include "selection.h"

#include <QTimer>
#include <QVBoxLayout>

namespace wl {

ReadOnlyMap::ReadOnlyMap(const Model &model, QWidget *parent)
    : QWidget(parent)
    , m_document(std::make_unique<Document>(model))
    , m_selection(std::make_unique<Selection>(m_document.get()))
    , m_scene(std::make_unique<DiagramScene>(m_document.get(), m_selection.get()))
    , m_view(new DiagramView(m_scene.get(), this))
{
    // Nothing to drag, select or edit.
    m_view->setInteractive(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ReadOnlyMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The whole map at first, once the widget has its size.
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, m_view, &DiagramView::fitToWindow);
    }
}

ReadOnlyMap::~ReadOnlyMap()
{
    // The view goes with the widget tree, after the scene it shows: detach
    // it first.
    m_view->setScene(nullptr);
}

} // namespace wl
