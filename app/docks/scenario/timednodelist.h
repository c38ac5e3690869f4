// A list of nodes with a time each — the seeds or the severance plan of a
// scenario — with a node picker to add to it. It shows a list and reports
// the list it should become; the scenario dock turns that into a command.
#pragma once

#include "model/model.h"
#include "model/scenario.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace wl {

class TimedNodeList : public QWidget {
    Q_OBJECT
public:
    TimedNodeList(const QString &name, const QString &timeTitle, const QString &addToolTip,
        QWidget *parent = nullptr);

    void setChoices(const Model &m);
    void setList(const QVector<sim::TimedNode> &list, const Model &m);
    // Offers this node in the picker, unless the user is typing there.
    void pickNode(const QString &id);

signals:
    void edited(const QVector<sim::TimedNode> &list);
    void rejected(const QString &reason);

private:
    void add();
    void removeSelected();
    void onItemChanged(QTableWidgetItem *item);
    QString pickedId() const;

    QTableWidget *m_table;
    QComboBox *m_picker;
    QLineEdit *m_hours;
    QToolButton *m_add;
    QToolButton *m_remove;
    QVector<sim::TimedNode> m_list;
    bool m_updating = false;
};

} // namespace wl
