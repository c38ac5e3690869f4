// What changed between two models (docs/DIFF.md): elements added, removed
// and changed field by field, the vendors and sub-processors that are new,
// the data that now reaches organisations it did not reach, and how each
// overlay metric moved. `weaklink-cli diff` prints it; the app's Compare
// window draws it on the map.
#pragma once

#include "simulation/metrics.h"

#include <QLocale>
#include <QVariant>

#include <optional>

namespace wl::analysis {

struct FieldChange {
    QString field; // the JSON key: "breach_likelihood", "contract.dpa"
    QVariant before; // as valueOf() gives it; invalid: absent
    QVariant after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct ElementChange {
    QString id;
    QVector<FieldChange> fields; // in field order

    friend bool operator==(const ElementChange &, const ElementChange &) = default;
};

// Elements are matched by id.
struct ElementDiff {
    QStringList added; // in the order of B
    QStringList removed; // in the order of A
    QVector<ElementChange> changed; // in the order of B

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    friend bool operator==(const ElementDiff &, const ElementDiff &) = default;
};

// The organisations that hold an asset (its owner, and every target of an
// edge that carries it) in A and in B. A node without an organisation is
// an organisation of its own, named by its id.
struct AssetReach {
    QString asset; // the id, in B
    int before = 0; // organisations holding it in A (0 if A lacks it)
    int after = 0;
    QStringList gained; // holding it in B, not in A; sorted
    QStringList lost; // the reverse; sorted

    friend bool operator==(const AssetReach &, const AssetReach &) = default;
};

struct ModelDiff {
    std::optional<std::pair<QString, QString>> name; // the model's name, if changed
    // Positions and pins are layout, not content: they are not compared.
    ElementDiff nodes;
    ElementDiff data;
    ElementDiff edges;
    // Nodes of tier 1 in B (our direct vendors) that were not in A, in the
    // order of B.
    QStringList newVendors;
    // Nodes of tier 2 or more in B (vendors of our vendors) that were
    // absent from A or of tier 0 or no tier there.
    QStringList newSubprocessors;
    // The assets of B whose holding organisations changed, in the order of B.
    QVector<AssetReach> reach;

    bool isEmpty() const
    {
        return !name && nodes.isEmpty() && data.isEmpty() && edges.isEmpty() && reach.isEmpty();
    }
};

ModelDiff diffModels(const Model &a, const Model &b);

// What the Compare window draws: B, followed by the nodes, data assets and
// edges removed since A, as A had them (its positions too), so that every
// element of either model is drawn once.
Model comparisonModel(const Model &a, const Model &b, const ModelDiff &diff);

// One node's value of a metric in A and in B; none: the node is absent
// there or has no value (time-to-compromise of a node never compromised).
struct MetricChange {
    QString node;
    std::optional<double> before;
    std::optional<double> after;

    // B minus A, a missing value counting as 0.
    double delta() const { return after.value_or(0.0) - before.value_or(0.0); }
};

struct MetricDiff {
    sim::Metric metric = sim::Metric::Likelihood;
    // Every node whose value differs, largest |delta| first (for
    // time-to-compromise, where a missing value means never, the nodes with
    // both values come first); ties in the order of B, then removed nodes
    // in the order of A.
    QVector<MetricChange> changes;
};

struct MetricsDiffOptions {
    int trials = 10000; // the annual baseline's
    quint64 rngSeed = 1;
    int blastTrials = sim::kDefaultBlastRadiusTrials; // per node
};

struct MetricsDiff {
    MetricsDiffOptions options;
    double recordsBefore = 0.0; // expected records exposed a year
    double recordsAfter = 0.0;
    QVector<MetricDiff> metrics; // in sim::Metric order
};

struct MetricsDiffOutcome {
    std::optional<MetricsDiff> diff;
    QString error;
    bool cancelled = false;
};

// Runs the annual baseline and the blast-radius ranking on both models,
// with the same trials and seed (common random numbers: what did not
// change gives the same draws), and compares every overlay metric.
// Progress counts the four runs' work as one.
MetricsDiffOutcome diffMetrics(const Model &a, const Model &b, const MetricsDiffOptions &options,
    const sim::RunOptions &run = {});

// As `weaklink-cli diff --json` writes it (docs/DIFF.md, "weaklink-diff"
// version 1); `aName` and `bName` say where A and B come from.
QByteArray writeDiffJson(const QString &aName, const Model &a, const QString &bName, const Model &b,
    const ModelDiff &diff, const MetricsDiff *metrics);

// The same in sentences, as `weaklink-cli diff` prints it and the Compare
// window shows it: a summary line, then each kind of change, "Customer
// profiles now reaches 3 more organisations: …", and the metrics' largest
// moves (at most `perMetric` nodes each).
QString diffText(const QString &aName, const Model &a, const QString &bName, const Model &b,
    const ModelDiff &diff, const MetricsDiff *metrics, int perMetric = 10,
    const QLocale &locale = QLocale());

} // namespace wl::analysis
