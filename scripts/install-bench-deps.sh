#!/usr/bin/env bash
# Installs the Debian 12 packages the benchmarks need beyond
# scripts/install-deps.sh: python3-networkx for the simulation peer
# (tests/benchmarks/peer_networkx.py, run by scripts/bench-simulation.sh).
# The tests do not need these, so install-deps.sh does not install them.
# Idempotent: installs only what is missing. Needs root (or sudo) when
# something is missing.
set -euo pipefail

packages=(
  python3 python3-networkx
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "error: these packages are missing and this is not root: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
