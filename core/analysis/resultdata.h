// The figures of one simulation run by id (FORMAT.md §3), as the results
// tables show them: made from a run still in memory, or read back from a
// result JSON stored in the document. Keyed by id rather than model index,
// so that a stored result that no longer matches the model (nodes added,
// removed or renamed since) still says what it said.
#pragma once

#include "model/model.h"
#include "simulation/engine.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace wl::analysis {

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
    // Result JSON version 1. Anything else gives nullopt and, in *error, the
    // reason after the JSON path of what is wrong ("nodes[2].id: must be a
    // non-empty string"; "$" for the whole text).
    static std::optional<ResultData> fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace wl::analysis
