// The what-if side of the weak-links dock: the node and the baseline
// scenario, Sever (at an hour) and Harden with Cancel and progress, the
// status line, and the comparison — expected exposed records (total and by
// category) and compromised nodes side by side, then the nodes whose
// probability changed most. It shows what the dock gives it and reports
// what the user asks for.
#pragma once

#include "jobs/rankingrunner.h"
#include "weaklinksstatus.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace wl {

class Document;
class NodeFigureModel;

class WhatIfPane : public QWidget {
    Q_OBJECT
public:
    enum ChangeColumn { ChangeId, ChangeName, ChangeBaseline, ChangeWhatIf, ChangeDelta };
    // Columns of the side-by-side summary.
    enum SummaryColumn { SummaryBaseline, SummaryWhatIf, SummaryDelta };

    explicit WhatIfPane(Document *document, QWidget *parent = nullptr);

    // `target` is rich text.
    void setTexts(const QString &target, const QString &baseline);
    // Sever and Harden need a node and no run going on; the hour only the
    // latter.
    void setActionsEnabled(bool node, bool idle);
    QString severHours() const;

    void setStatus(WeakLinksStatus status, const QString &text);
    QString statusText() const;
    void setProgress(qint64 done, qint64 total);

    void showComparison(const WhatIfRunner::Report &report);
    QTableWidget *summary() const { return m_summary; }
    QTableView *nodes() const { return m_changeView; }

signals:
    void severRequested();
    void hardenRequested();
    void cancelRequested();
    // The user chose this node's row.
    void nodeChosen(const QString &id);

private:
    bool m_selecting = false; // the pane is filling the nodes table
    QLabel *m_target;
    QLabel *m_baseline;
    QLineEdit *m_severHours;
    QPushButton *m_sever;
    QPushButton *m_harden;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_icon;
    QLabel *m_statusText;
    QTableWidget *m_summary;
    QLabel *m_changesTitle;
    NodeFigureModel *m_changeModel;
    QTableView *m_changeView;
};

} // namespace wl
