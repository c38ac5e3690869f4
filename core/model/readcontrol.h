// How a long read is watched and stopped: the reader names each stage it
// enters (for a progress dialog's label) and polls a cancel flag between
// stages and inside its long loops. A cancelled read returns
// ReadResult::cancelledRead — never a partial model. A default ReadControl
// reports nothing and is never cancelled: the CLI's and the tests' reads.
#pragma once

#include <atomic>
#include <functional>

namespace wl {

enum class ReadStage {
    Reading, // the file's bytes into memory
    Checking, // the size, nesting and string limits
    Parsing, // JSON, XML, YAML or a workbook into its tree
    Validating, // against the format's schema
    Mapping, // the tree into nodes, edges and data
    Building, // the model's own checks (FORMAT.md)
    Loading, // a .weaklink document's tables
};

struct ReadControl {
    // Set by another thread to stop the read; read with relaxed order, so a
    // poll costs a load.
    const std::atomic_bool *cancel = nullptr;
    // Called on the reading thread as each stage begins.
    std::function<void(ReadStage)> stageEntered;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    // Reports `stage`; false if the read is to stop instead.
    bool enter(ReadStage stage) const
    {
        if (cancelled())
            return false;
        if (stageEntered)
            stageEntered(stage);
        return true;
    }
};

} // namespace wl
