#!/usr/bin/env bash
# Storage benchmark (docs/PERFORMANCE.md): Weaklink's JSON import + save to a
# .weaklink document and its open, against the sqlite3 command-line shell
# importing the same rows from CSV into the same schema and reading them back.
#
# Usage: scripts/bench-storage.sh [BUILD_DIR] [REPEATS]
#   BUILD_DIR  default $WEAKLINK_BUILD_DIR or ./build (configured with Ninja
#              and built if needed)
#   REPEATS    timed runs per figure, default 5; the median is reported
# WEAKLINK_BENCH_MODEL overrides the model (default ../shared/bench/sim-10k.json).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-${WEAKLINK_BUILD_DIR:-$repo/build}}")
source "$repo/scripts/bench-common.sh"
repeat=${2:-5}
model=$(realpath "${WEAKLINK_BENCH_MODEL:-$repo/../shared/bench/sim-10k.json}")

case $repeat in
  ''|*[!0-9]*|0) echo "bench-storage.sh: REPEATS must be a positive integer" >&2; exit 2 ;;
esac
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-storage.sh: $tool is missing" >&2; exit 1; }
done

bench_build bench_storage weaklink-cli
bench=$build/tests/benchmarks/bench_storage
cli=$build/app/cli/weaklink-cli


# Peak resident set of a command in MiB (GNU time reports KiB).
peak_mib() {
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null
  awk '{ printf "%.1f", $1 / 1024 }' "$work/rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== bench_storage (in-process, QElapsedTimer), $repeat repeats"
"$bench" "$model" --repeat "$repeat" | tee "$work/bench.txt"
phase_ms() { awk -v p="$1" '$1 == p { print $2 }' "$work/bench.txt"; }

echo
echo "== one job per fresh process (peak RSS from getrusage)"
"$bench" "$model" --only import-save --out "$work/ours.weaklink" | tee "$work/only-import.txt"
"$bench" "$work/ours.weaklink" --only open | tee "$work/only-open.txt"

# weaklink-cli as a user runs it: process start, import, atomic save.
cli_import=()
for _ in $(seq "$repeat"); do
  rm -f "$work/cli.weaklink"
  t0=$(now_us); "$cli" import "$model" -o "$work/cli.weaklink"; t1=$(now_us)
  cli_import+=($((t1 - t0)))
done
cli_open=()
for _ in $(seq "$repeat"); do
  t0=$(now_us); "$cli" info "$work/cli.weaklink" --json >/dev/null; t1=$(now_us)
  cli_open+=($((t1 - t0)))
done
rm -f "$work/cli.weaklink"
cli_import_peak=$(peak_mib "$cli" import "$model" -o "$work/cli.weaklink")
cli_open_peak=$(peak_mib "$cli" info "$work/cli.weaklink" --json)

# The peer's input, prepared outside every timed region: the model's rows as
# CSV, one file per table of the .weaklink schema, references as row numbers
# (ord) and every default spelled out, as storage::save writes them.
python3 - "$model" "$work" <<'PY'
import csv, json, sys

model, out = sys.argv[1], sys.argv[2]
with open(model, encoding="utf-8") as f:
    m = json.load(f)
arcs = {"api_call": (0.10, 0.02), "data_export": (0.05, 0.0), "sdk_embedded": (0.0, 0.60),
        "credential_delegation": (0.0, 0.40), "network_peering": (0.30, 0.30),
        "code_dependency": (0.0, 0.50)}

def table(name, header, rows):
    with open(f"{out}/{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)

nodes = m["nodes"]
data = m.get("data", [])
edges = m.get("edges", [])
node_ord = {n["id"]: i for i, n in enumerate(nodes)}
data_ord = {a["id"]: i for i, a in enumerate(data)}
table("meta", ["key", "value"], [["model_name", m.get("name", "")], ["app_version", "0.1.0"]])
table("nodes", ["ord", "id", "name", "kind", "organization", "gdpr_role", "jurisdiction",
                "breach_likelihood", "control_strength", "criticality", "pinned", "notes"],
      [[i, n["id"], n.get("name", n["id"]), n.get("kind", "other"), n.get("organization", ""),
        n.get("gdpr_role", "none"), n.get("jurisdiction", ""), n.get("breach_likelihood", 0),
        n.get("control_strength", 0), n.get("criticality", 3), int(n.get("pinned", False)),
        n.get("notes", "")] for i, n in enumerate(nodes)])
table("positions", ["node", "x", "y"],
      [[i, n["x"], n["y"]] for i, n in enumerate(nodes) if "x" in n])
table("node_tags", ["node", "position", "tag"],
      [[i, k, t] for i, n in enumerate(nodes) for k, t in enumerate(n.get("tags", []))])
table("data_assets", ["ord", "id", "name", "owner", "category", "records", "sensitivity", "personal"],
      [[i, a["id"], a.get("name", a["id"]), node_ord[a["owner"]], a.get("category", "other"),
        a.get("records", 0), a.get("sensitivity", 3), int(a.get("personal", False))]
       for i, a in enumerate(data)])
rows = []
for i, e in enumerate(edges):
    fwd, bwd = arcs.get(e.get("integration", "other"), (0.05, 0.05))
    rows.append([i, e.get("id", f"e{i}"), node_ord[e["source"]], node_ord[e["target"]],
                 e.get("integration", "other"), e.get("p_forward", fwd), e.get("p_backward", bwd),
                 e.get("delay_hours", 24), e.get("label", "")])
table("edges", ["ord", "id", "source", "target", "integration", "p_forward", "p_backward",
                "delay_hours", "label"], rows)
table("edge_data", ["edge", "position", "asset"],
      [[i, k, data_ord[d]] for i, e in enumerate(edges) for k, d in enumerate(e.get("data", []))])
PY

# The same tables and unique indexes as our document, taken from it; the
# indexes are built after the rows are in, as storage::save does.
tables="meta nodes positions node_tags data_assets edges edge_data"
{
  echo "BEGIN;"
  sqlite3 -readonly "$work/ours.weaklink" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'table'"
  for t in $tables; do echo ".import --csv --skip 1 $work/$t.csv $t"; done
  sqlite3 -readonly "$work/ours.weaklink" \
    "SELECT sql || ';' FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
  echo "COMMIT;"
} >"$work/import.sql"
{
  echo ".mode csv"
  for t in $tables; do echo "SELECT * FROM $t;"; done
} >"$work/read.sql"

peer_import=()
for _ in $(seq "$repeat"); do
  rm -f "$work/peer.db"
  t0=$(now_us); sqlite3 "$work/peer.db" <"$work/import.sql"; t1=$(now_us)
  peer_import+=($((t1 - t0)))
done
peer_open=()
for _ in $(seq "$repeat"); do
  t0=$(now_us); sqlite3 -readonly "$work/peer.db" <"$work/read.sql" >/dev/null; t1=$(now_us)
  peer_open+=($((t1 - t0)))
done
rm -f "$work/peer.db"
peer_import_peak=$(peak_mib sqlite3 -batch "$work/peer.db" ".read $work/import.sql")
peer_open_peak=$(peak_mib sqlite3 -batch -readonly "$work/peer.db" ".read $work/read.sql")

# A fair race needs the same rows at the finish: every table but meta (whose
# app_version row is ours) must read back identically.
for t in $tables; do
  [ "$t" = meta ] && continue
  if ! cmp -s <(sqlite3 -readonly -csv "$work/ours.weaklink" "SELECT * FROM $t ORDER BY 1, 2") \
              <(sqlite3 -readonly -csv "$work/peer.db" "SELECT * FROM $t ORDER BY 1, 2"); then
    echo "bench-storage.sh: table $t differs between our document and the peer's" >&2
    exit 1
  fi
done
rows=$(sqlite3 -readonly "$work/peer.db" \
  "SELECT (SELECT count(*) FROM nodes) + (SELECT count(*) FROM data_assets) + (SELECT count(*) FROM edges)
        + (SELECT count(*) FROM edge_data) + (SELECT count(*) FROM node_tags) + (SELECT count(*) FROM positions)")
echo
echo "peer check: the sqlite3 database holds the same $rows rows as ours"

ours_import=$(printf '%s\n' "${cli_import[@]}" | median_ms)
ours_open=$(printf '%s\n' "${cli_open[@]}" | median_ms)
peer_import_ms=$(printf '%s\n' "${peer_import[@]}" | median_ms)
peer_open_ms=$(printf '%s\n' "${peer_open[@]}" | median_ms)
inproc_import=$(phase_ms import+save)
inproc_open=$(phase_ms open)

echo
echo "== $(basename "$model"), median of $repeat; peer: sqlite3 $(sqlite3 --version | cut -d' ' -f1) shell"
printf '%-44s %10s %10s %8s\n' "" "weaklink" "sqlite3" "ratio"
printf '%-44s %10s %10s %8s\n' "import + save, whole process (ms)" "$ours_import" "$peer_import_ms" \
  "$(ratio "$ours_import" "$peer_import_ms")"
printf '%-44s %10s %10s %8s\n' "import + save, in-process (ms)" "$inproc_import" "$peer_import_ms" \
  "$(ratio "$inproc_import" "$peer_import_ms")"
printf '%-44s %10s %10s %8s\n' "open / read all rows, whole process (ms)" "$ours_open" "$peer_open_ms" \
  "$(ratio "$ours_open" "$peer_open_ms")"
printf '%-44s %10s %10s %8s\n' "open, in-process (ms)" "$inproc_open" "$peer_open_ms" \
  "$(ratio "$inproc_open" "$peer_open_ms")"
printf '%-44s %10s %10s %8s\n' "peak RSS, import + save (MiB)" "$cli_import_peak" "$peer_import_peak" \
  "$(ratio "$cli_import_peak" "$peer_import_peak")"
printf '%-44s %10s %10s %8s\n' "peak RSS, open (MiB)" "$cli_open_peak" "$peer_open_peak" \
  "$(ratio "$cli_open_peak" "$peer_open_peak")"
echo "targets: import + save <= 1000 ms, open <= 300 ms, peak <= 200 MiB"
