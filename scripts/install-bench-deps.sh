#!/usr/bin/env bash
# Installs the Debian 12 packages the benchmarks need beyond
# scripts/install-deps.sh: python3-networkx for the simulation peer
# (tests/benchmarks/peer_networkx.py, run by scripts/bench-simulation.sh).
# The tests do not need these, so install-deps.sh does not install them by
# default.
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/install-deps.sh" python3 python3-networkx
