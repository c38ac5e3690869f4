// The Compare window (docs/DIFF.md): what changed between a snapshot and
// the model now, drawn on the map as the diff overlay — added elements in
// green, removed ones as ghosts where they were, changed ones outlined in
// purple, the fill each node's change in risk — beside the same account in
// words that `weaklink-cli diff` prints. Read-only; deleted when closed.
#pragma once

#include "analysis/modeldiff.h"
#include "render/overlay.h"

#include <QWidget>

class QPlainTextEdit;

namespace wl {

class DiagramScene;
class DiagramView;
class Document;
class ReadOnlyMap;

struct Comparison {
    QString before; // "snapshot “Q1 2026”"
    QString after; // "the model now"
    Model beforeModel;
    Model afterModel;
    analysis::ModelDiff diff;
    std::optional<analysis::MetricsDiff> metrics;
};

struct ComparisonOutcome {
    std::optional<Comparison> comparison;
    QString error;
    bool cancelled = false;
};

// The diff overlay of a comparison, on comparisonModel()'s ids: the marks,
// and with metrics each node's change in risk as heat (0 where it did not
// move; a removed node's whole risk as a fall).
render::Overlay comparisonOverlay(const Comparison &c);

class CompareWindow : public QWidget {
    Q_OBJECT
public:
    CompareWindow(const Comparison &comparison, QWidget *parent = nullptr);

    DiagramView *view() const;
    DiagramScene *scene() const;
    const Document *document() const;
    QPlainTextEdit *text() const { return m_text; }

private:
    ReadOnlyMap *m_map;
    QPlainTextEdit *m_text;
};

} // namespace wl
