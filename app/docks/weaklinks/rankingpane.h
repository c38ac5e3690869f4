// The rankings side of the weak-links dock: the settings (trials, seed),
// Compute or Cancel with progress, the status line (Recompute when stale),
// a filter and the table of every node's blast radius and hardening gain.
// It shows what the dock gives it and reports what the user asks for.
#pragma once

#include "weaklinksstatus.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace wl {

class Document;
class NodeFigureModel;

class RankingPane : public QWidget {
    Q_OBJECT
public:
    enum Column {
        RankId,
        RankName,
        RankOtherCompromised, // blast radius
        RankExposedRecords, // blast radius
        RankHardeningGain,
    };

    explicit RankingPane(Document *document, QWidget *parent = nullptr);

    void setSettings(int trials, quint64 rngSeed);
    int trials() const;
    // nullopt while the seed field holds no valid seed.
    std::optional<quint64> rngSeed() const;

    void setStatus(WeakLinksStatus status, const QString &text);
    QString statusText() const;
    void setProgress(qint64 done, qint64 total);

    // values[f][row] is figure f (other compromised, exposed records,
    // hardening gain) of the node ids[row].
    void setRows(const QStringList &ids, QVector<std::vector<double>> values);
    // Selects the node's row, or none, without reporting it.
    void selectNode(const QString &id);
    QTableView *table() const { return m_view; }

signals:
    void computeRequested();
    void cancelRequested();
    // The user chose this node's row.
    void nodeChosen(const QString &id);

private:
    bool m_selecting = false; // the pane is moving the table's selection
    QSpinBox *m_trials;
    QLineEdit *m_rngSeed;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_icon;
    QLabel *m_statusText;
    QPushButton *m_recompute;
    QLineEdit *m_filter;
    NodeFigureModel *m_model;
    QTableView *m_view;
};

} // namespace wl
