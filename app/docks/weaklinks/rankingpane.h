// The rankings side of the weak-links dock: the settings (trials, seed),
// Compute or Cancel with progress, the status line (Recompute when stale),
// a filter and two tables: every node's blast radius and hardening gain,
// and the fourth-party concentration (every node of tier 1 or more: how many
// of our vendors sit above it, and the records exposed if it falls). It
// shows what the dock gives it and reports what the user asks for.
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
class QTabWidget;
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
    // The concentration table's columns.
    enum ConcentrationColumn {
        ConcentrationId,
        ConcentrationName,
        ConcentrationDependents,
        ConcentrationRecords,
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
    // The concentration table: ids[row] with its dependents and records, in
    // the order given (sim::concentration's).
    void setConcentration(
        const QStringList &ids, std::vector<double> dependents, std::vector<double> records);
    // Selects the node's row, or none, without reporting it.
    void selectNode(const QString &id);
    QTableView *table() const { return m_view; }
    QTableView *concentrationTable() const { return m_concentrationView; }
    QTabWidget *tabs() const { return m_tabs; }

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
    NodeFigureModel *m_concentration;
    QTableView *m_concentrationView;
    QTabWidget *m_tabs;
};

} // namespace wl
