// The tabletop's notification clocks as a table (docs/OBLIGATIONS.md,
// "Tabletop clocks"): every obligation after the exercise's breach, earliest
// due first — the party, the regime, whom it notifies, when it is due, and
// its clock at the current exercise time t as a countdown ("1 d 4 h left",
// "overdue by 3 h") until the decision log reports it notified ("met", "met
// 8 h late"). It follows the session: new clocks reset it, a step of t
// changes only the Clock column.
#pragma once

#include "obligations/exerciseclocks.h"
#include "obligations/obligationsmodels.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wl::tabletop {

class TabletopSession;

class ClocksTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Party, Regime, Notify, Due, Clock, Citation, ColumnCount };

    explicit ClocksTableModel(TabletopSession *session, QObject *parent = nullptr);

    // The clock shown in `row`, or null.
    const obligations::ExerciseClock *clock(int row) const;
    // How the table writes times (the exercise's start, or hours).
    const ObligationsClock &timeFormat() const { return m_format; }
    // The name a party is shown by.
    QString shownName(const QString &id) const;

    // The Clock column's words for `clock` at t, as the table shows them.
    static QString clockText(
        const obligations::ExerciseClock &clock, double atHours, const ObligationsClock &format);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    TabletopSession *m_session;
    QVector<obligations::ExerciseClock> m_clocks;
    QHash<QString, QString> m_names;
    ObligationsClock m_format;
};

} // namespace wl::tabletop
