// The status bar's permanent part: element counts, the model's structural
// warnings (wl::modelWarnings), its contract gaps (obligations::contractGaps)
// and the last reader's warnings, each list a click away.
#pragma once

#include "model/document.h"
#include "obligations/rules.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace wl {

class DocumentStatus : public QWidget {
    Q_OBJECT
public:
    explicit DocumentStatus(Document *document, QWidget *parent = nullptr);
    ~DocumentStatus() override;

    void setReaderWarnings(const QStringList &warnings);

private:
    // The warnings and gaps of one state of the document.
    struct Findings {
        QStringList warnings;
        QStringList gaps;
        quint64 generation = 0;
    };
    void refresh();
    // A large model's findings are worked out on a worker (200 ms on the
    // GUI thread at 100,000 nodes): the one running starts the next when
    // it ends.
    void startFindings();
    void showFindings(const Findings &f);
    static Findings findingsOf(const Model &m, const std::optional<obligations::RuleSet> &rules);
    void showModelWarnings();
    void showReaderWarnings();
    void showContractGaps();

    Document *m_document;
    QLabel *m_counts;
    QToolButton *m_modelWarnings;
    QToolButton *m_readerWarnings;
    QToolButton *m_contractGaps;
    // The shipped notification rules, which the gaps measure SLAs against.
    std::optional<obligations::RuleSet> m_rules;
    QStringList m_modelWarningList;
    QStringList m_contractGapList;
    QStringList m_readerWarningList;
    // Coalesces bursts of changes (a multi-element edit, a reset) into one
    // recount.
    QTimer m_refreshTimer;
    // Counts refreshes: findings made for an earlier one are not shown.
    quint64 m_generation = 0;
    bool m_findingsInBackground = false;
    QFutureWatcher<Findings> m_findings;
};

} // namespace wl
