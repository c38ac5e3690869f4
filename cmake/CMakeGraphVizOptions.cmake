# For scripts/architecture-graph.sh: the product's own libraries and
# programs only (no tests, benchmarks, Qt or system libraries).
set(GRAPHVIZ_GRAPH_NAME "Weaklink")
set(GRAPHVIZ_EXTERNAL_LIBS FALSE)
set(GRAPHVIZ_INTERFACE_LIBS TRUE)
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
set(GRAPHVIZ_IGNORE_TARGETS "^tst_" "^bench_" "^layers_" "^fuzz_" "weaklink_save_child"
    "_autogen" "_resources" "_lupdate" "_lrelease" "_qmlimportscan")
