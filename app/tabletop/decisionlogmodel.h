// The decision log of the document's exercise as a table: wall-clock time,
// exercise clock, exercise time t and the entry. The entry is editable (an
// undoable command); an entry that reports a notification shows a tick.
// Rows follow Document::exerciseAboutToChange and
// Document::exerciseChanged.
#pragma once

#include "model/document.h"

#include <QAbstractTableModel>

namespace wl::tabletop {

class DecisionLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WallClock, ExerciseClock, Hours, Entry, ColumnCount };

    explicit DecisionLogModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit was refused.
    void refused(const QString &reason);

private:
    void onExerciseAboutToChange(const ExerciseChange &change);
    void onExerciseChanged(const ExerciseChange &change);

    Document *m_document;
};

} // namespace wl::tabletop
