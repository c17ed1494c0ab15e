//! `newsgraph export` and `newsgraph merge`, and `build --formats`.

use crate::util::*;

#[test]
fn build_writes_every_format() {
    let dir = temp();
    let corpus = corpus();
    run(
        dir.path(),
        &[
            "build",
            corpus.to_str().unwrap(),
            "--out",
            "out",
            "--formats",
            "json,dot,svg,graphml,csv,neo4j,parquet",
        ],
    )
    .success();
    for name in [
        "nodes.parquet",
        "edges.parquet",
        "evidence.parquet",
        "graph.json",
        "graph.dot",
        "graph.svg",
        "graph.graphml",
        "nodes.csv",
        "edges.csv",
        "neo4j-nodes.csv",
        "neo4j-edges.csv",
    ] {
        let len = std::fs::metadata(dir.path().join("out").join(name))
            .map(|m| m.len())
            .unwrap_or(0);
        assert!(len > 50, "{name} missing or tiny");
    }
    let nodes = std::fs::read_to_string(dir.path().join("out/nodes.csv")).unwrap();
    assert!(
        nodes.starts_with(
            "id,type,mentions,documents,windows,aliases,affiliations,first_seen,last_seen\n"
        ),
        "{nodes}"
    );
    assert!(nodes.contains("Antony Blinken,person,"));
    let neo = std::fs::read_to_string(dir.path().join("out/neo4j-edges.csv")).unwrap();
    assert!(neo.starts_with(":START_ID,:END_ID,:TYPE,"), "{neo}");
    assert!(neo.contains(",MET,"));
    let parquet = std::fs::read(dir.path().join("out/edges.parquet")).unwrap();
    assert!(parquet.starts_with(b"PAR1") && parquet.ends_with(b"PAR1"));
}

#[test]
fn parquet_is_three_files_so_not_standard_output() {
    let dir = temp();
    let corpus = corpus();
    run(
        dir.path(),
        &[
            "build",
            corpus.to_str().unwrap(),
            "--formats",
            "parquet",
            "--out",
            "-",
        ],
    )
    .expect_code(2)
    .stderr_has("parquet three");
}

#[test]
fn export_converts_a_built_graph() {
    let dir = temp();
    build_sample(dir.path());
    run(
        dir.path(),
        &["export", "--format", "graphml,csv", "--out", "ex"],
    )
    .success();
    let graphml = std::fs::read_to_string(dir.path().join("ex/graph.graphml")).unwrap();
    assert!(graphml.contains("<graphml") && graphml.contains("Sameh Shoukry"));
    run(dir.path(), &["export", "--format", "xml"])
        .expect_code(2)
        .stderr_has("unknown format");
    run(
        dir.path(),
        &["export", "--format", "csv", "--graph", "missing.json"],
    )
    .expect_code(1)
    .stderr_has("missing.json");
}

/// Merging the graphs of shards gives the graph of the whole corpus, byte for byte,
/// in any order and with evidence limits respected.
#[test]
fn merging_shards_equals_building_the_whole() {
    let dir = temp();
    let corpus = corpus();
    let mut docs: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    docs.sort();
    let (first, second) = docs.split_at(1);
    for evidence in ["1", "5"] {
        let build = |out: &str, inputs: &[String]| {
            let mut args = vec![
                "build",
                "--out",
                out,
                "--formats",
                "json",
                "--evidence",
                evidence,
            ];
            args.extend(inputs.iter().map(String::as_str));
            run(dir.path(), &args).success();
        };
        build("whole", &docs);
        build("a", first);
        build("b", second);
        run(
            dir.path(),
            &[
                "merge",
                "b/graph.json",
                "a/graph.json",
                "-o",
                "merged/graph.json",
            ],
        )
        .success();
        let whole = std::fs::read(dir.path().join("whole/graph.json")).unwrap();
        let merged = std::fs::read(dir.path().join("merged/graph.json")).unwrap();
        assert!(
            whole == merged,
            "merge differs from the whole build with --evidence {evidence}"
        );
    }
    std::fs::write(
        dir.path().join("p.txt"),
        "Blinken met Sisi in Cairo. Netanyahu spoke.",
    )
    .unwrap();
    run(
        dir.path(),
        &[
            "build",
            "p.txt",
            "--out",
            "para",
            "--formats",
            "json",
            "--window",
            "paragraph",
        ],
    )
    .success();
    run(
        dir.path(),
        &["merge", "a/graph.json", "para/graph.json", "-o", "bad.json"],
    )
    .expect_code(1)
    .stderr_has("shards must share their window");
}
