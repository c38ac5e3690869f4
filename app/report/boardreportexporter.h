// File ▸ Board Report… (docs/REPORT.md): asks for the paper, the snapshot
// to compare with and the scenario, then where to save; computes the
// report's figures off the GUI thread with a progress dialog and Cancel,
// and writes the PDF — the same module and the same figures as
// `weaklink-cli report`. The asking is replaceable, for tests.
#pragma once

#include "jobs/backgroundjob.h"
#include "report/reportdata.h"

#include <QObject>

#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace wl {

class SimulationContext;

class BoardReportExporter : public QObject {
    Q_OBJECT
public:
    BoardReportExporter(SimulationContext *simulation, QWidget *window);
    ~BoardReportExporter() override;

    // The report's options (paper, comparison, scenario); none to cancel.
    std::function<std::optional<report::ReportOptions>()> askOptions;
    // Where to write the PDF, from a suggestion; empty to cancel.
    std::function<QString(const QString &suggestion)> askPath;

    // Asks, then starts; false if the user cancelled or it cannot start.
    bool exportReport();
    // Starts with these options and this path (what exportReport does after
    // asking).
    bool start(const report::ReportOptions &options, const QString &path);
    bool isRunning() const { return m_job.isRunning(); }
    void cancel();

signals:
    // The PDF is written (the path), or what went wrong, for the user.
    void written(const QString &path);
    void message(const QString &text);

private:
    std::optional<report::ReportOptions> askWithDialog();
    QString askWithFileDialog(const QString &suggestion);

    SimulationContext *m_simulation;
    QWidget *m_window;
    QProgressDialog *m_progress = nullptr;
    BackgroundJob<report::ReportOutcome> m_job;
};

} // namespace wl
