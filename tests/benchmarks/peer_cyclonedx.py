#!/usr/bin/python3
"""The CycloneDX import peer: the mapping of docs/IMPORT.md as a Python
script would do it, for bench_cyclonedx to time side by side with
interchange::readCycloneDxJson.

json.load, then nodes for metadata.component, components (nested too) and
services, code-dependency / API-call edges for dependencies[].dependsOn and
provides, data assets per classification and flow edges for services' data
(1.5+ source/destination BOM-Links, else the parent service or the first
party), and the collapse of leaf packages above 500 components. No schema
validation (Python's jsonschema takes minutes here), no limits, no checks of
the result: it is the lower bound a plain script gives.

Usage: peer_cyclonedx.py SBOM.json [--repeat N] [--collapse auto|on|off]
Prints the median time of json.load and of the mapping, and the counts.
"""
import argparse
import json
import statistics
import time

COLLAPSE_ABOVE = 500


def walk(items, key, parent, out):
    for item in items or []:
        out.append((item, parent))
        walk(item.get(key), key, item, out)


def map_bom(bom, collapse):
    nodes = {}  # key -> node
    edges = {}  # (source, target) -> edge
    data = {}

    def add(key, node):
        if key not in nodes:
            nodes[key] = node
        return key

    meta = bom.get("metadata", {})
    first = meta.get("component")
    first_key = None
    if first:
        first_key = add(first.get("bom-ref", "metadata.component"),
                        {"name": first.get("name"), "kind": "internal_service"})
    components = []
    walk(bom.get("components"), "components", None, components)
    services = []
    walk(bom.get("services"), "services", None, services)
    deps = bom.get("dependencies") or []

    alias = {}
    if collapse == "on" or (collapse == "auto" and len(components) > COLLAPSE_ABOVE):
        depending = {d.get("ref") for d in deps if d.get("dependsOn")}
        first_dependent = {}
        for d in deps:
            for r in d.get("dependsOn") or []:
                first_dependent.setdefault(r, d.get("ref"))
        parents = {id(p) for _, p in components if p is not None}
        groups = {}
        for c, parent in components:
            ref = c.get("bom-ref")
            if c.get("type") not in ("library", "framework") or id(c) in parents or ref in depending:
                continue
            owner = first_dependent.get(ref) or (parent or {}).get("bom-ref") or first_key
            groups.setdefault(owner, []).append(c)
        for owner, members in groups.items():
            if len(members) < 2:
                continue
            key = add("collapsed:%s" % owner, {
                "name": "%s + %d packages" % (members[0].get("name"), len(members) - 1),
                "kind": "open_source_package", "tags": ["collapsed"]})
            for c in members:
                alias[c.get("bom-ref")] = key

    kinds = {"machine-learning-model": "model_provider", "data": "dataset",
             "library": "open_source_package", "framework": "open_source_package",
             "platform": "cloud_platform"}
    for c, _ in components:
        if c.get("bom-ref") not in alias:
            add(c.get("bom-ref"), {"name": c.get("name"), "kind": kinds.get(c.get("type"), "other")})
    service_keys = set()
    for s, _ in services:
        service_keys.add(add(s.get("bom-ref"), {"name": s.get("name"), "kind": "internal_service"}))

    def resolve(ref):
        if ref in alias:
            return alias[ref]
        return add(ref, {"name": ref, "kind": "other", "tags": ["placeholder"]})

    def connect(source, target, integration, asset=None):
        if source == target:
            return
        edge = edges.setdefault((source, target), {"integration": integration, "data": []})
        if asset and asset not in edge["data"]:
            edge["data"].append(asset)

    for d in deps:
        if not d.get("dependsOn") and not d.get("provides"):
            continue
        source = resolve(d.get("ref"))
        for r in d.get("dependsOn") or []:
            target = resolve(r)
            connect(source, target, "api_call" if target in service_keys else "code_dependency")
        for r in d.get("provides") or []:
            connect(resolve(r), source, "code_dependency")

    def endpoint(ref):
        if ref.startswith("urn:cdx:"):
            return resolve(ref.partition("#")[2])
        return add("url:" + ref, {"name": ref, "kind": "other", "tags": ["endpoint"]})

    for s, parent in services:
        key = s.get("bom-ref")
        peer = parent.get("bom-ref") if parent else first_key
        for f in s.get("data") or []:
            asset = f.get("classification") or "unclassified"
            data.setdefault(asset.lower(), {"name": asset, "owner": first_key or key})
            sources = [endpoint(r) for r in f.get("source") or []]
            targets = [endpoint(r) for r in f.get("destination") or []]
            flow = f.get("flow")
            if flow == "bi-directional":
                sources = targets = list(dict.fromkeys(sources + targets)) or [peer]
            sources = sources or [peer]
            targets = targets or [peer]
            if flow in ("inbound", "bi-directional"):
                for x in sources:
                    connect(x, key, "api_call", asset)
            if flow in ("outbound", "bi-directional"):
                for x in targets:
                    connect(key, x, "api_call", asset)
    return nodes, edges, data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sbom")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--collapse", choices=("auto", "on", "off"), default="auto")
    args = parser.parse_args()
    loads, maps = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        with open(args.sbom, encoding="utf-8") as f:
            bom = json.load(f)
        t1 = time.perf_counter()
        nodes, edges, data = map_bom(bom, args.collapse)
        t2 = time.perf_counter()
        loads.append((t1 - t0) * 1e3)
        maps.append((t2 - t1) * 1e3)
    total = [a + b for a, b in zip(loads, maps)]
    print("python peer (json.load + mapping, no validation): median %.1f ms "
          "(json.load %.1f ms, mapping %.1f ms) over %d runs; %d nodes, %d edges, %d data assets"
          % (statistics.median(total), statistics.median(loads), statistics.median(maps),
             args.repeat, len(nodes), len(edges), len(data)))


if __name__ == "__main__":
    main()
