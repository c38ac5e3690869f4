#!/usr/bin/python3
"""The simulation peer: breach propagation as a security analyst would write it.

Python + NetworkX (Debian's python3-networkx, installed by
scripts/install-bench-deps.sh), following ../shared/docs/SIMULATION.md in its
live-arc form: per trial, draw the initially compromised nodes, sample the
live arcs into an nx.DiGraph weighted by delay, and run Dijkstra from the
initially compromised nodes. It is the straightforward peer that
scripts/bench-simulation.sh times against our engine (docs/PERFORMANCE.md),
and an independent check of the engine's results up to Monte Carlo noise.

Usage: peer_networkx.py MODEL.json [--trials N] [--seed S] [--json OUT]
                        [--seed-node ID[@HOURS]]... [--horizon-hours H]

Annual mode by default (every node breached at time 0 with its
breach_likelihood); --seed-node switches to seeded mode. Severance is not
supported. The random stream is Python's Mersenne Twister seeded with S, not
the engine's counter-based draws, so the two agree only up to noise.

Prints the mean compromised count per trial, its standard deviation over the
trials and the time per trial (the trial loop alone, after loading); --json
also writes those, every trial's count, and per node p_compromised and
mean_hours_to_compromise.
"""
import argparse
import json
import math
import random
import sys
import time

import networkx as nx

# FORMAT.md §1: default (p_forward, p_backward) by integration; an unknown
# integration takes the defaults of "other".
ARC_DEFAULTS = {
    "api_call": (0.10, 0.02),
    "data_export": (0.05, 0.0),
    "sdk_embedded": (0.0, 0.60),
    "credential_delegation": (0.0, 0.40),
    "network_peering": (0.30, 0.30),
    "code_dependency": (0.0, 0.50),
    "other": (0.05, 0.05),
}


def load(path):
    with open(path, encoding="utf-8") as f:
        m = json.load(f)
    nodes = m["nodes"]
    ids = [n["id"] for n in nodes]
    index = {nid: i for i, nid in enumerate(ids)}
    likelihood = [n.get("breach_likelihood", 0) for n in nodes]
    control = [n.get("control_strength", 0) for n in nodes]
    # SIMULATION.md §1: forward s→t with p_forward, backward t→s with
    # p_backward, only where p > 0; q = p × (1 − head.control_strength).
    arcs = []  # (tail, head, q, delay)
    for e in m.get("edges", []):
        s, t = index[e["source"]], index[e["target"]]
        fwd, bwd = ARC_DEFAULTS.get(e.get("integration", "other"), ARC_DEFAULTS["other"])
        p_forward = e.get("p_forward", fwd)
        p_backward = e.get("p_backward", bwd)
        delay = e.get("delay_hours", 24)
        if p_forward > 0:
            arcs.append((s, t, p_forward * (1 - control[t]), delay))
        if p_backward > 0:
            arcs.append((t, s, p_backward * (1 - control[s]), delay))
    return ids, index, likelihood, arcs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model")
    ap.add_argument("--trials", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--seed-node", action="append", default=[], metavar="ID[@HOURS]")
    ap.add_argument("--horizon-hours", type=float)
    a = ap.parse_args()
    if a.trials <= 0:
        ap.error("--trials must be positive")

    t_load = time.perf_counter()
    ids, index, likelihood, arcs = load(a.model)
    t_load = time.perf_counter() - t_load
    n = len(ids)

    seeds = {}  # node index -> start time; a node given twice keeps the smaller
    for spec in a.seed_node:
        nid, sep, hours = spec.rpartition("@")
        if not sep:
            nid, hours = spec, "0"
        if nid not in index:
            sys.exit(f"peer_networkx.py: unknown node id \"{nid}\"")
        i, t0 = index[nid], float(hours)
        seeds[i] = min(t0, seeds.get(i, t0))

    rng = random.Random(a.seed)
    compromised = [0] * n
    hours_sum = [0.0] * n
    counts = []

    t_run = time.perf_counter()
    for _ in range(a.trials):
        # 1. Initial compromise.
        if seeds:
            sources = seeds
        else:
            sources = {v: 0.0 for v in range(n) if rng.random() < likelihood[v]}
        # 2. Live arcs: one Bernoulli draw per arc; of two live arcs joining
        # the same pair the shorter delay gives the earliest arrival.
        g = nx.DiGraph()
        for u, v, q, d in arcs:
            if rng.random() < q:
                if g.has_edge(u, v):
                    if d < g[u][v]["weight"]:
                        g[u][v]["weight"] = d
                else:
                    g.add_edge(u, v, weight=d)
        # 4. Earliest arrival from the initially compromised nodes; a seed
        # with a later start is reached from a virtual source (-1) after t0,
        # unless propagation gets there first.
        if not sources:
            dist = {}
        elif all(t0 == 0 for t0 in sources.values()):
            g.add_nodes_from(sources)
            dist = nx.multi_source_dijkstra_path_length(
                g, set(sources), cutoff=a.horizon_hours, weight="weight")
        else:
            g.add_weighted_edges_from((-1, v, t0) for v, t0 in sources.items())
            dist = nx.single_source_dijkstra_path_length(
                g, -1, cutoff=a.horizon_hours, weight="weight")
            dist.pop(-1, None)
        # 5. Horizon (cutoff above keeps T ≤ H) and the trial's figures.
        for v, t in dist.items():
            compromised[v] += 1
            hours_sum[v] += t
        counts.append(len(dist))
    t_run = time.perf_counter() - t_run

    trials = a.trials
    mean = sum(counts) / trials
    sd = math.sqrt(sum((c - mean) ** 2 for c in counts) / (trials - 1)) if trials > 1 else 0.0
    per_trial_ms = t_run / trials * 1e3
    print(f"model            {a.model}")
    print(f"nodes/arcs       {n} / {len(arcs)}")
    print(f"load             {t_load * 1e3:.1f} ms")
    print(f"trials           {trials} ({'seeded' if seeds else 'annual'}), seed {a.seed}")
    print(f"run              {t_run * 1e3:.1f} ms")
    print(f"per trial        {per_trial_ms:.3f} ms")
    print(f"mean compromised {mean:.2f} nodes per trial")
    print(f"sd compromised   {sd:.2f}")
    print(f"networkx         {nx.__version__}")

    if a.json:
        out = {
            "model": a.model,
            "mode": "seeded" if seeds else "annual",
            "trials": trials,
            "seed": a.seed,
            "networkx": nx.__version__,
            "seconds_per_trial": t_run / trials,
            "compromised_count": {"mean": mean, "sd": sd, "per_trial": counts},
            "nodes": [
                {
                    "id": ids[v],
                    "p_compromised": compromised[v] / trials,
                    "mean_hours_to_compromise":
                        hours_sum[v] / compromised[v] if compromised[v] else None,
                }
                for v in range(n)
            ],
        }
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f)
            f.write("\n")


if __name__ == "__main__":
    main()
