// The results of one simulation run as two sortable, filterable tables —
// "Nodes" and "Data assets" — under a status line, with a summary line
// below. It shows a ResultData, made from a run still in memory or from a
// result JSON stored in the document. Rows are keyed by id and names are
// looked up in the document's current model, so a stored result that no
// longer matches the model (nodes added, removed or renamed since) still
// shows what it says.
#pragma once

#include "analysis/resultdata.h"
#include "model/document.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace wl {

class ResultTableModel;

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
    void setResult(std::shared_ptr<const analysis::ResultData> result);
    const analysis::ResultData *result() const { return m_result.get(); }

    // The line above the tables: when the result is from, or why it may not
    // be what the model would give now.
    void setStatus(const QString &text, Status status);
    QString statusText() const;
    Status status() const { return m_status; }

    // The views (behind a sort/filter proxy each).
    QTableView *nodeTable() const { return m_nodeView; }
    QTableView *assetTable() const { return m_assetView; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // `order`: the columns from left to right (the first is the name, the
    // second the figure the table is sorted by).
    QTableView *createTable(ResultTableModel *model, const QVector<int> &order);
    void fitNameColumns();
    void updateSummary();

    std::shared_ptr<const analysis::ResultData> m_result;
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
    // The width of each table's name column as its content asks.
    std::array<int, 2> m_nameWidths {};
};

} // namespace wl
