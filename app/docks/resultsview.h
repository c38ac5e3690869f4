// The results of one simulation run as two sortable, filterable tables —
// "Nodes" and "Data assets" — under a status line, with a summary line
// below. It shows a ResultData, made from a run still in memory or from a
// result JSON stored in the document. Rows are keyed by id and names are
// looked up in the document's current model, so a stored result that no
// longer matches the model (nodes added, removed or renamed since) still
// shows what it says.
#pragma once

#include "model/document.h"
#include "simulation/engine.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace wl {

class ResultTableModel;

// The figures the tables show (FORMAT.md §3), by id.
struct ResultData {
    struct NodeRow {
        QString id;
        double p = 0.0;
        double ciLow = 0.0;
        double ciHigh = 0.0;
        std::optional<double> meanHours; // none: never compromised
    };
    struct AssetRow {
        QString id;
        QString category;
        qint64 records = 0;
        double p = 0.0;
    };

    sim::Scenario scenario; // as run: seeds and severance merged
    qint64 trials = 0;
    QVector<NodeRow> nodes;
    QVector<AssetRow> assets;
    double expectedExposedTotal = 0.0;
    double meanCompromised = 0.0;

    // `model` is the one the run was computed on.
    static ResultData fromRun(const Model &model, const sim::SimResult &result);
    // Result JSON version 1; nullopt and *error for anything else.
    static std::optional<ResultData> fromJson(const QByteArray &json, QString *error = nullptr);
};

class ResultsView : public QWidget {
    Q_OBJECT
public:
    enum class Status { None, Current, Stale, Problem };

    // The raw value of a cell, for sorting and for tests: a number for
    // figures (infinity for a mean time where never compromised), a string
    // otherwise.
    static constexpr int SortRole = Qt::UserRole;

    enum NodeColumn { NodeId, NodeName, NodeProbability, NodeInterval, NodeMeanHours };
    enum AssetColumn {
        AssetId,
        AssetName,
        AssetCategory,
        AssetRecords,
        AssetProbability,
        AssetExpectedRecords
    };

    explicit ResultsView(Document *document, QWidget *parent = nullptr);

    // Null: no result to show.
    void setResult(std::shared_ptr<const ResultData> result);
    const ResultData *result() const { return m_result.get(); }

    // The line above the tables: when the result is from, or why it may not
    // be what the model would give now.
    void setStatus(const QString &text, Status status);
    QString statusText() const;
    Status status() const { return m_status; }

    // The views (behind a sort/filter proxy each).
    QTableView *nodeTable() const { return m_nodeView; }
    QTableView *assetTable() const { return m_assetView; }

private:
    QTableView *createTable(ResultTableModel *model, int sortColumn);
    void updateSummary();

    std::shared_ptr<const ResultData> m_result;
    Status m_status = Status::None;
    QLabel *m_statusIcon;
    QLabel *m_statusText;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    ResultTableModel *m_nodeModel;
    ResultTableModel *m_assetModel;
    QTableView *m_nodeView;
    QTableView *m_assetView;
    QLabel *m_summary;
};

} // namespace wl
