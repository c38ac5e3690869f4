// The .weaklink document's schema as SQL (docs/STORAGE.md): schema 1 as it
// was, the migration steps since, the unique indexes, and the words that
// the tables and the messages about a document use. Internal to storage.
#pragma once

#include "storage.h"

#include <QString>

#include <array>

namespace wl::storage {

// Step k turns a schema k + 1 database into schema k + 2. Append only: a
// step is the history of files that exist. New documents are made by the
// same steps (see writeDocument), so that a migrated file and a new one have
// one schema.
inline constexpr std::array<const char *, 6> kMigrations {
    // 1 -> 2: named scenarios (sim::Scenario) with their last result. Node
    // ids are text, not references: a scenario may name a node deleted
    // since, which the engine reports when the scenario runs. 1e999 is how
    // SQL spells infinity: times are finite.
    R"sql(
CREATE TABLE scenarios (
    ord                 INTEGER PRIMARY KEY,
    name                TEXT NOT NULL CHECK (name <> ''),
    mode                TEXT NOT NULL CHECK (mode IN ('seeded', 'annual')),
    trials              INTEGER NOT NULL CHECK (trials > 0),
    rng_seed            INTEGER NOT NULL,
    horizon_hours       REAL CHECK (horizon_hours >= 0 AND horizon_hours < 1e999),
    result_json         BLOB NOT NULL DEFAULT x'',
    result_model_digest TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX scenarios_name ON scenarios (name);
CREATE TABLE scenario_nodes (
    scenario INTEGER NOT NULL REFERENCES scenarios (ord),
    role     TEXT NOT NULL CHECK (role IN ('seed', 'sever')),
    position INTEGER NOT NULL,
    node     TEXT NOT NULL CHECK (node <> ''),
    at_hours REAL NOT NULL CHECK (at_hours >= 0 AND at_hours < 1e999),
    PRIMARY KEY (scenario, role, position)
) WITHOUT ROWID;
)sql",
    // 2 -> 3: the tabletop exercise (Document::exercise): at most one row of
    // settings (none: the defaults), its responses and the decision log.
    // Times are text in ISO 8601 with milliseconds: the start with its UTC
    // offset ('' when not chosen), the wall clock in UTC.
    R"sql(
CREATE TABLE exercise (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    vendor       TEXT NOT NULL,
    start        TEXT NOT NULL,
    length_hours REAL NOT NULL CHECK (length_hours > 0 AND length_hours < 1e999),
    step_hours   REAL NOT NULL CHECK (step_hours > 0 AND step_hours < 1e999),
    trials       INTEGER NOT NULL CHECK (trials > 0),
    rng_seed     INTEGER NOT NULL
);
CREATE TABLE exercise_responses (
    position INTEGER PRIMARY KEY,
    node     TEXT NOT NULL CHECK (node <> ''),
    at_hours REAL NOT NULL CHECK (at_hours >= 0 AND at_hours < 1e999)
);
CREATE TABLE decision_log (
    position       INTEGER PRIMARY KEY,
    wall_clock     TEXT NOT NULL CHECK (wall_clock <> ''),
    exercise_hours REAL NOT NULL CHECK (exercise_hours >= 0 AND exercise_hours < 1e999),
    text           TEXT NOT NULL
);
)sql",
    // 3 -> 4: contracts on flows and where data subjects are (FORMAT.md §1,
    // added fields). A row only for an edge with a contract, an asset with
    // subject jurisdictions; the contract's words and date are checked by
    // the reader, with the model's rules.
    R"sql(
CREATE TABLE edge_contracts (
    edge                   INTEGER PRIMARY KEY REFERENCES edges (ord),
    dpa                    INTEGER NOT NULL,
    notification_sla_hours REAL CHECK (notification_sla_hours > 0
                                       AND notification_sla_hours < 1e999),
    transfer_mechanism     TEXT NOT NULL,
    audit_right            INTEGER NOT NULL,
    reviewed               TEXT NOT NULL
);
CREATE TABLE data_subject_jurisdictions (
    asset        INTEGER NOT NULL REFERENCES data_assets (ord),
    position     INTEGER NOT NULL,
    jurisdiction TEXT NOT NULL,
    PRIMARY KEY (asset, position)
) WITHOUT ROWID;
)sql",
    // 4 -> 5: "we were told at …" per scenario (SavedScenario::awareness):
    // when each party learnt of the breach, for its notification clocks.
    R"sql(
CREATE TABLE scenario_awareness (
    scenario INTEGER NOT NULL REFERENCES scenarios (ord),
    position INTEGER NOT NULL,
    node     TEXT NOT NULL CHECK (node <> ''),
    at_hours REAL NOT NULL CHECK (at_hours >= 0 AND at_hours < 1e999),
    PRIMARY KEY (scenario, position)
) WITHOUT ROWID;
)sql",
    // 5 -> 6: a decision-log entry may report a notification obligation as
    // done (DecisionLogEntry::notified): the party, the rule and the party
    // it was owed to ('' for none). All three NULL for a plain entry.
    R"sql(
ALTER TABLE decision_log ADD COLUMN notified_node TEXT CHECK (notified_node <> '');
ALTER TABLE decision_log ADD COLUMN notified_rule TEXT CHECK (notified_rule <> '');
ALTER TABLE decision_log ADD COLUMN notified_to TEXT;
)sql",
    // 6 -> 7: dated snapshots of the model (Document::snapshots), oldest
    // first: the model as model JSON and its annual baseline as result JSON,
    // both read only when the snapshot is used.
    R"sql(
CREATE TABLE snapshots (
    ord           INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (name <> ''),
    taken_at      TEXT NOT NULL CHECK (taken_at <> ''),
    note          TEXT NOT NULL,
    model_json    BLOB NOT NULL CHECK (length(model_json) > 0),
    baseline_json BLOB NOT NULL,
    trials        INTEGER NOT NULL CHECK (trials > 0),
    rng_seed      INTEGER NOT NULL
);
CREATE UNIQUE INDEX snapshots_name ON snapshots (name);
)sql",
};
static_assert(kMigrations.size() + 1 == kSchemaVersion,
    "every schema version needs a migration step from the one before");
// The first schema whose scenario results are keyed by sim::simulationDigest.
inline constexpr int kSimulationDigestSchema = 3;

// Schema 1, as it was: never edit it. Rows are keyed by `ord`, their place in
// the model, which is also what other tables refer to: integer keys keep the
// foreign-key checks and the reader's lookups cheap.
inline constexpr const char *kCreateTables = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE nodes (
    ord               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    organization      TEXT NOT NULL,
    gdpr_role         TEXT NOT NULL,
    jurisdiction      TEXT NOT NULL,
    breach_likelihood REAL NOT NULL,
    control_strength  REAL NOT NULL,
    criticality       INTEGER NOT NULL,
    pinned            INTEGER NOT NULL,
    notes             TEXT NOT NULL
);
CREATE TABLE positions (
    node INTEGER PRIMARY KEY REFERENCES nodes (ord),
    x    REAL NOT NULL,
    y    REAL NOT NULL
);
CREATE TABLE node_tags (
    node     INTEGER NOT NULL REFERENCES nodes (ord),
    position INTEGER NOT NULL,
    tag      TEXT NOT NULL,
    PRIMARY KEY (node, position)
) WITHOUT ROWID;
CREATE TABLE data_assets (
    ord         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    owner       INTEGER NOT NULL REFERENCES nodes (ord),
    category    TEXT NOT NULL,
    records     INTEGER NOT NULL,
    sensitivity INTEGER NOT NULL,
    personal    INTEGER NOT NULL
);
CREATE TABLE edges (
    ord         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,
    source      INTEGER NOT NULL REFERENCES nodes (ord),
    target      INTEGER NOT NULL REFERENCES nodes (ord),
    integration TEXT NOT NULL,
    p_forward   REAL NOT NULL,
    p_backward  REAL NOT NULL,
    delay_hours REAL NOT NULL,
    label       TEXT NOT NULL
);
CREATE TABLE edge_data (
    edge     INTEGER NOT NULL REFERENCES edges (ord),
    position INTEGER NOT NULL,
    asset    INTEGER NOT NULL REFERENCES data_assets (ord),
    PRIMARY KEY (edge, position)
) WITHOUT ROWID;
)sql";

// Schema 1's unique indexes. A new document gets them after its rows are in
// (one sort instead of a tree update per row), so after the migration steps
// too: a step must not refer to them.
inline constexpr const char *kCreateIndexes = R"sql(
CREATE UNIQUE INDEX nodes_id ON nodes (id);
CREATE UNIQUE INDEX data_assets_id ON data_assets (id);
CREATE UNIQUE INDEX edges_id ON edges (id);
CREATE UNIQUE INDEX edge_data_asset ON edge_data (edge, asset);
)sql";

// The words of the scenario tables' CHECK constraints.
inline const QString kSeeded = QStringLiteral("seeded");
inline const QString kAnnual = QStringLiteral("annual");
inline const QString kSeed = QStringLiteral("seed");
inline const QString kSever = QStringLiteral("sever");

// How a refused document is described: not ours at all, breaking a rule,
// unreadable, or built to be harmful.
inline const QString kNotOurs = QStringLiteral("not a Weaklink document");
inline const QString kInvalid = QStringLiteral("invalid document: ");
inline const QString kDamaged = QStringLiteral("damaged document: ");
inline const QString kNotValid = QStringLiteral("not a valid Weaklink document: ");

} // namespace wl::storage
