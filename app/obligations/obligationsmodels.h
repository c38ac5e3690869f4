// The Obligations panel's tables (docs/OBLIGATIONS.md): every obligation of
// an ObligationsResult, earliest first, and the parties with when each
// learnt of the breach. Both show one result at a time; the panel hands them
// a new one whenever the model, the scenario or the tabletop's time changes.
#pragma once

#include "obligations/obligations.h"

#include <QAbstractTableModel>
#include <QColor>

#include <functional>

namespace wl {

// The name a party is shown by: the node's name, else its id (also for an
// id the model no longer has).
QString partyName(const Model &model, const QString &id);

// Whom a rule notifies, as people write it: "supervisory_authority" as
// "supervisory authority".
QString recipientText(const QString &notify);
// Whom an obligation notifies: the recipient, with the party's name where
// it is owed to one ("controller: Acme").
QString notifyText(const obligations::Obligation &o, const QString &notifyName);
// The rule's regime, "(possibly)" after it where the obligation is only
// possibly applicable.
QString regimeText(const obligations::Obligation &o);
// The hover text of an obligation: regime and citation, the deadline's
// words, "possibly applicable", the rule's notes and the disclaimer.
QString obligationToolTip(const obligations::Obligation &o);

// The colours of a clock's state: overdue (and met late), due within 24 h.
inline constexpr QRgb kOverdueColor = 0xffb71c1c;
inline constexpr QRgb kDueSoonColor = 0xffb25e00;

// How times are written: a calendar date and time when the exercise has a
// start, else hours from the breach ("t + 72 h").
struct ObligationsClock {
    // Invalid: no calendar, hours only.
    QDateTime start;

    QString at(double hours) const;
    // "2 d 4 h", "45 min"; for a time left or a lag.
    static QString span(double hours);
};

class ObligationsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Party, Regime, Notify, ClockStarts, Due, TimeLeft, Citation, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // `model` names the parties; `now` is the time "time left" counts from
    // (the tabletop's t), none for no such column.
    void setResult(const std::optional<obligations::ObligationsResult> &result, const Model &model,
        const ObligationsClock &clock, std::optional<double> now);

    const obligations::Obligation *obligation(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString shownName(const QString &id) const;

    QVector<obligations::Obligation> m_obligations;
    QHash<QString, QString> m_names;
    ObligationsClock m_clock;
    std::optional<double> m_now;
};

class PartiesTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Party, LearntAt, ToldBy, ToldAt, ColumnCount };

    // Asked to set (a time) or clear (none) the "we were told at" time of a
    // node; returns false with a reason if it cannot.
    using AwarenessEditor
        = std::function<bool(const QString &node, std::optional<double> hours, QString *error)>;

    explicit PartiesTableModel(AwarenessEditor editor, QObject *parent = nullptr);

    // `told` is the scenario's "we were told at" list.
    void setResult(const std::optional<obligations::ObligationsResult> &result, const Model &model,
        const ObligationsClock &clock, const QVector<sim::TimedNode> &told);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // An edit was refused.
    void editRefused(const QString &reason);

private:
    AwarenessEditor m_editor;
    QVector<obligations::Party> m_parties;
    QHash<QString, QString> m_names;
    QHash<QString, double> m_told;
    ObligationsClock m_clock;
};

} // namespace wl
