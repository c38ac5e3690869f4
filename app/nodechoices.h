// The node pickers (the tabletop's breached vendor and node to sever, the
// scenario dock's seeds and severed nodes) list every node of the model by
// its label, with the id as item data.
//
// The list is a model handed to the box in one piece, with each label made
// when it is first asked for: adding 40,000 items to a QComboBox one by one
// held the GUI thread for a third of a second each time a large model was
// opened.
#pragma once

#include "model/model.h"

#include <QAbstractListModel>

class QComboBox;

namespace wl {

class NodeChoicesModel : public QAbstractListModel {
    Q_OBJECT
public:
    NodeChoicesModel(const Model &m, QObject *parent = nullptr);

    // Whether it lists the nodes of `m` as they are: the same ids and
    // names in the same order.
    bool lists(const Model &m) const;
    // The row of the node `id`, or -1 (without a search through the rows).
    int rowOf(const QString &id) const { return m_model.nodeIndex(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    // The label (Qt::DisplayRole, Qt::EditRole) and the id (Qt::UserRole).
    QVariant data(const QModelIndex &index, int role) const override;

private:
    Model m_model; // a copy, sharing the node list with the document's
};

// Refills `box` with the nodes of `m`, keeping the node it showed if it is
// still there.
void showNodeChoices(QComboBox *box, const Model &m);
// The row of node `id` in a box that showNodeChoices() filled, or -1.
int nodeChoiceRow(const QComboBox *box, const QString &id);

} // namespace wl
