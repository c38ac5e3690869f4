// The responses of the tabletop exercise ("sever X at t"): their list, a
// node picker and a time (which follows the timeline's t) to add one, and
// Remove. Adding and removing are undoable commands on the document; the
// page shows the session's settings.
#pragma once

#include "tabletopsession.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QPushButton;

namespace wl::tabletop {

class ResponsesPage : public QWidget {
    Q_OBJECT
public:
    // The session must outlive the page.
    explicit ResponsesPage(TabletopSession *session, QWidget *parent = nullptr);

    void setNodeChoices(const Model &m);
    // Shows the session's responses.
    void refresh();
    // The time a new response gets, in exercise hours.
    void setTime(double hours);

    QComboBox *nodeBox() const { return m_node; }
    QDoubleSpinBox *timeBox() const { return m_time; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    // Why an edit was refused.
    void message(const QString &text);

private:
    void add();
    void remove();
    void push(std::unique_ptr<QUndoCommand> command, const QString &error);

    TabletopSession *m_session;
    QListWidget *m_list;
    QComboBox *m_node;
    QDoubleSpinBox *m_time;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace wl::tabletop
