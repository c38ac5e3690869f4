// The review before a merge changes anything: one row per node of the
// imported file that matches a node of the document but disagrees with it,
// with the fields and both values, and a choice per row — keep mine, take
// theirs, or keep both — set one by one or for all.
#pragma once

#include "interchange/merge.h"

#include <QDialog>

class QTableWidget;

namespace wl {

class MergeConflictsDialog : public QDialog {
    Q_OBJECT
public:
    MergeConflictsDialog(const Model &mine, const Model &theirs, const interchange::MergePlan &plan,
        QWidget *parent = nullptr);

    // One per conflict of the plan, in its order.
    QList<interchange::Resolution> resolutions() const;
    // Sets every row's choice.
    void setAll(interchange::Resolution resolution);

private:
    QTableWidget *m_table;
};

} // namespace wl
