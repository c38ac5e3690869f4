// The status bar's permanent part: element counts, the model's structural
// warnings (wl::modelWarnings), its contract gaps (obligations::contractGaps)
// and the last reader's warnings, each list a click away.
#pragma once

#include "model/document.h"
#include "obligations/rules.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace wl {

class DocumentStatus : public QWidget {
    Q_OBJECT
public:
    explicit DocumentStatus(Document *document, QWidget *parent = nullptr);

    void setReaderWarnings(const QStringList &warnings);

private:
    void refresh();
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
};

} // namespace wl
