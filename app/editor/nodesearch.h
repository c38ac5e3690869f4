// A search box for nodes: completes over names and ids (any part of
// either); Enter takes the node the text names, or the first match.
#pragma once

#include "model/document.h"

#include <QLineEdit>

class QStringListModel;

namespace wl {

class NodeSearch : public QLineEdit {
    Q_OBJECT
public:
    explicit NodeSearch(Document *document, QWidget *parent = nullptr);

    // The id of the node `text` names: an id, a name (either ignoring
    // case), else the first node in model order whose name or id contains
    // it; empty if none does.
    QString resolve(const QString &text) const;

signals:
    void nodeRequested(const QString &id);
    void notFound(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshCompletions();
    void search();

    Document *m_document;
    QStringListModel *m_completions;
    bool m_stale = true;
};

} // namespace wl
