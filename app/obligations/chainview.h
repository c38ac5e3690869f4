// The notification chain as a picture: the breached parties on the left,
// then whoever each told, one column per hop, every hop an arrow with its
// lag. A hop whose lag is at least the shortest statutory clock the party
// it reaches must then run is drawn red: by the time that party learnt of
// the breach, a clock of that length started at its teller's awareness
// would already have run out (the 16-day lag of the November 2025 incident
// against GDPR's 72 hours).
#pragma once

#include "obligations/obligations.h"
#include "obligationsmodels.h"

#include <QWidget>

namespace wl {

class ChainView : public QWidget {
    Q_OBJECT
public:
    struct Hop {
        QString from;
        QString to;
        double lagHours = 0.0;
        // The shortest clock among the obligations of `to` that have a due
        // time (due minus clock start); none if it has none.
        std::optional<double> shortestClockHours;
        bool usesUpClock() const { return shortestClockHours && lagHours >= *shortestClockHours; }
    };

    explicit ChainView(QWidget *parent = nullptr);

    void setResult(const std::optional<obligations::ObligationsResult> &result, const Model &model,
        const ObligationsClock &clock);

    // In the order of the result's parties.
    const QVector<Hop> &hops() const { return m_hops; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Box {
        QString node;
        QString title;
        QString subtitle;
        int column = 0;
        int row = 0;
    };

    QRect boxRect(const Box &box) const;
    void layOut();

    QVector<Box> m_boxes;
    QVector<Hop> m_hops;
    QHash<QString, int> m_boxOf;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace wl
