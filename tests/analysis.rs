//! `path`, `stats` and `top` end to end, on the sample corpus and on hand-made graphs.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::Stdio;

use crate::util::*;
use serde_json::{json, Value};

/// Writes a graph.json of people `nodes` and links `(a, b, weight, met)` to `dir/name`.
fn write_graph(dir: &Path, name: &str, nodes: &[String], edges: &[(String, String, u64, u64)]) {
    let graph = json!({
        "directed": false, "multigraph": false,
        "graph": {"generator": "test", "documents": 2, "sentences": 9,
                  "window": "sentence", "windows": 9,
                  "evidence_documents": [{"id": "d1"}],
                  "evidence_windows": edges.iter().map(|(a, b, _, _)| json!({
                      "document": 0, "start": 0, "end": 5, "text": format!("{a} and {b}")}))
                      .collect::<Vec<_>>()},
        "nodes": nodes.iter().map(|id| json!({
            "id": id, "type": "person", "mentions": 1, "documents": 1,
            "aliases": {}, "windows": 3})).collect::<Vec<_>>(),
        "edges": edges.iter().enumerate().map(|(i, (a, b, w, met))| json!({
            "source": a, "target": b, "weight": w, "documents": 1,
            "relations": {"co_mention": w, "met": met},
            "evidence": [{"window": i, "forms": [a, b]}]})).collect::<Vec<_>>(),
    });
    std::fs::write(dir.join(name), graph.to_string()).expect("graph written");
}

/// Alpha - Beta (met) - Gamma, Gamma - Delta, and Omega alone.
fn small_graph(dir: &Path) {
    let s = |x: &str| x.to_string();
    write_graph(
        dir,
        "small.json",
        &["Alpha", "Beta", "Delta", "Gamma", "Omega"].map(s),
        &[
            (s("Alpha"), s("Beta"), 2, 1),
            (s("Beta"), s("Gamma"), 1, 0),
            (s("Delta"), s("Gamma"), 4, 0),
        ],
    );
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout())
        .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", run.description))
}

/// Degree of every node in a parsed graph.json.
fn degrees(graph: &Value) -> BTreeMap<String, usize> {
    let mut degree: BTreeMap<String, usize> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap().to_string(), 0))
        .collect();
    for e in graph["edges"].as_array().unwrap() {
        for end in ["source", "target"] {
            *degree.get_mut(e[end].as_str().unwrap()).unwrap() += 1;
        }
    }
    degree
}

/// Checks that a path's hops chain from `from` to `to` over edges of the graph.
fn check_chain(path: &Value, graph: &Value, from: &str, to: &str) {
    let hops = path["hops"].as_array().unwrap();
    assert_eq!(path["from"], from);
    assert_eq!(path["to"], to);
    assert_eq!(path["length"].as_u64().unwrap() as usize, hops.len());
    let mut at = from.to_string();
    for hop in hops {
        assert_eq!(hop["source"], at.as_str(), "hops chain: {path}");
        let next = hop["target"].as_str().unwrap().to_string();
        assert!(
            neighbours(graph, &at).contains(&next),
            "{at} -- {next} is not an edge"
        );
        at = next;
    }
    assert_eq!(at, to);
}

#[test]
fn path_from_blinken_to_hamas() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let out = run(
        dir.path(),
        &["path", "Blinken", "hamas", "--format", "json"],
    );
    out.success();
    let path = json_of(&out);
    check_chain(&path, &graph, "Antony Blinken", "Hamas");
    let hop = &path["hops"][0];
    assert!(hop["evidence"]["text"].as_str().unwrap().contains("Hamas"));
    assert!(hop["evidence"]["document"].is_string());
    let table = run(dir.path(), &["path", "Blinken", "Hamas"]);
    table
        .success()
        .stdout_has("Antony Blinken — Hamas (weight ")
        .stdout_has("001_6dcb824cbf0ae6b5:");
}

#[test]
fn path_over_met_links_only() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let out = run(
        dir.path(),
        &[
            "path",
            "Gallant",
            "Shoukry",
            "--relation",
            "met",
            "--format",
            "json",
        ],
    );
    out.success();
    let path = json_of(&out);
    check_chain(&path, &graph, "Yoav Gallant", "Sameh Shoukry");
    for hop in path["hops"].as_array().unwrap() {
        assert!(hop["met"].as_u64().unwrap() > 0, "not a meeting: {hop}");
        assert!(
            hop["evidence"]["met"].is_string(),
            "meeting evidence first: {hop}"
        );
    }
    // Nobody in the sample says they met Hamas.
    run(
        dir.path(),
        &["path", "Blinken", "Hamas", "--relation", "met"],
    )
    .expect_code(1)
    .stderr_has("no path between Antony Blinken and Hamas");
}

#[test]
fn path_to_self_has_length_zero() {
    let dir = temp();
    small_graph(dir.path());
    let out = run(
        dir.path(),
        &[
            "path",
            "Alpha",
            "alpha",
            "--graph",
            "small.json",
            "--format",
            "json",
        ],
    );
    out.success();
    assert_eq!(
        json_of(&out),
        json!({"from": "Alpha", "to": "Alpha", "hops": [], "length": 0})
    );
}

#[test]
fn paths_in_a_small_graph() {
    let dir = temp();
    small_graph(dir.path());
    let g = ["--graph", "small.json"];
    let hops = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["path"];
        all.extend_from_slice(args);
        all.extend_from_slice(&g);
        all.extend_from_slice(&["--format", "json"]);
        let out = run(dir.path(), &all);
        out.success();
        json_of(&out)["hops"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                format!(
                    "{}>{}",
                    h["source"].as_str().unwrap(),
                    h["target"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(
        hops(&["Alpha", "Delta"]),
        ["Alpha>Beta", "Beta>Gamma", "Gamma>Delta"]
    );
    assert_eq!(
        hops(&["Delta", "Alpha", "--measure", "count"]),
        ["Delta>Gamma", "Gamma>Beta", "Beta>Alpha"]
    );
    run(
        dir.path(),
        &["path", "Alpha", "Omega", "--graph", "small.json"],
    )
    .expect_code(1)
    .stderr_has("no path between Alpha and Omega (they are in different components)");
    run(
        dir.path(),
        &[
            "path",
            "Alpha",
            "Gamma",
            "--graph",
            "small.json",
            "--relation",
            "met",
        ],
    )
    .expect_code(1)
    .stderr_has("no path between Alpha and Gamma");
    run(
        dir.path(),
        &[
            "path",
            "Alpha",
            "Beta",
            "--graph",
            "small.json",
            "--min-weight",
            "3",
        ],
    )
    .expect_code(1);
}

#[test]
fn unknown_names_exit_1_with_suggestions() {
    let dir = temp();
    build_sample(dir.path());
    let rows: [(&[&str], &str); 2] = [
        (&["path", "Blinkn", "Hamas"], "did you mean Antony Blinken?"),
        (&["path", "Blinken", "Hamass"], "did you mean Hamas?"),
    ];
    for (args, suggestion) in rows {
        let out = run(dir.path(), args);
        out.expect_code(1)
            .stderr_has("no entity called")
            .stderr_has(suggestion);
        assert!(
            out.stdout().is_empty(),
            "nothing printed\n{}",
            out.description
        );
    }
}

#[test]
fn stats_agree_with_graph_json() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let out = run(dir.path(), &["stats", "--format", "json"]);
    out.success();
    let stats = json_of(&out);
    let nodes = graph["nodes"].as_array().unwrap();
    let edges = graph["edges"].as_array().unwrap();
    assert_eq!(stats["nodes"].as_u64().unwrap() as usize, nodes.len());
    assert_eq!(stats["edges"].as_u64().unwrap() as usize, edges.len());
    assert_eq!(stats["documents"], graph["graph"]["documents"]);
    assert_eq!(stats["sentences"], graph["graph"]["sentences"]);
    for kind in ["person", "country", "organization", "place"] {
        let count = nodes.iter().filter(|n| n["type"] == kind).count();
        assert_eq!(
            stats["nodes_by_type"][kind].as_u64().unwrap() as usize,
            count,
            "{kind}"
        );
    }
    for relation in ["co_mention", "met", "affiliation"] {
        let count = edges
            .iter()
            .filter(|e| e["relations"][relation].as_u64().unwrap_or(0) > 0)
            .count();
        assert_eq!(
            stats["edges_by_relation"][relation].as_u64().unwrap() as usize,
            count,
            "{relation}"
        );
    }
    let largest: u64 = stats["components"]["largest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .max()
        .unwrap();
    assert!(largest as usize <= nodes.len());
    let n = nodes.len() as f64;
    let density = 2.0 * edges.len() as f64 / (n * (n - 1.0));
    assert!((stats["density"].as_f64().unwrap() - density).abs() < 1e-9);
    run(dir.path(), &["stats"])
        .success()
        .stdout_has("components");
}

#[test]
fn stats_and_top_of_small_and_empty_graphs() {
    let dir = temp();
    small_graph(dir.path());
    write_graph(dir.path(), "empty.json", &[], &[]);
    let stats = json_of(
        run(
            dir.path(),
            &["stats", "--graph", "small.json", "--format", "json"],
        )
        .success(),
    );
    assert_eq!(
        stats["components"],
        json!({"count": 2, "largest": [4, 1], "isolated": 1})
    );
    let empty = json_of(
        run(
            dir.path(),
            &["stats", "--graph", "empty.json", "--format", "json"],
        )
        .success(),
    );
    assert_eq!(empty["nodes"], 0);
    assert_eq!(empty["components"]["count"], 0);
    assert_eq!(empty["density"], 0.0);
    for by in ["degree", "weighted-degree", "betweenness", "pagerank"] {
        let top = json_of(
            run(
                dir.path(),
                &[
                    "top",
                    "--graph",
                    "empty.json",
                    "--by",
                    by,
                    "--format",
                    "json",
                ],
            )
            .success(),
        );
        assert_eq!(top, json!([]));
    }
    let top = json_of(
        run(
            dir.path(),
            &[
                "top",
                "--graph",
                "small.json",
                "--by",
                "betweenness",
                "--format",
                "json",
            ],
        )
        .success(),
    );
    // Beta and Gamma each sit between two pairs... Beta: (Alpha, Gamma), (Alpha, Delta);
    // Gamma: (Alpha, Delta), (Beta, Delta).
    let first: Vec<(&str, f64)> = top
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|r| {
            (
                r["id"].as_str().unwrap(),
                r["betweenness"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(first, [("Beta", 2.0), ("Gamma", 2.0), ("Alpha", 0.0)]);
    let sum: f64 = top
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["pagerank"].as_f64().unwrap())
        .sum();
    assert!((sum - 1.0).abs() < 1e-9, "PageRank sums to {sum}");
}

#[test]
fn top_by_degree_starts_with_the_highest_degree() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let degree = degrees(&graph);
    let best = degree.values().copied().max().unwrap();
    let first = degree.iter().find(|(_, d)| **d == best).unwrap().0;
    let out = run(dir.path(), &["top", "--by", "degree", "--format", "json"]);
    out.success();
    let top = json_of(&out);
    let rows = top.as_array().unwrap();
    assert_eq!(rows.len(), 10, "default limit");
    assert_eq!(rows[0]["id"], first.as_str());
    assert_eq!(rows[0]["degree"].as_u64().unwrap() as usize, best);
    for row in rows {
        assert_eq!(
            row["degree"].as_u64().unwrap() as usize,
            degree[row["id"].as_str().unwrap()]
        );
    }
    // --type keeps the ranking of one type; csv has a header and one row per entity.
    let people =
        json_of(run(dir.path(), &["top", "--type", "person", "--format", "json"]).success());
    assert!(people
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["type"] == "person"));
    let csv = run(
        dir.path(),
        &["top", "--by", "pagerank", "--limit", "3", "--format", "csv"],
    );
    csv.success();
    let lines: Vec<String> = csv.stdout().lines().map(String::from).collect();
    assert_eq!(
        lines[0],
        "rank,id,type,degree,weighted_degree,betweenness,pagerank"
    );
    assert_eq!(lines.len(), 4);
}

#[test]
fn top_communities_cover_every_node_once() {
    let dir = temp();
    let graph = build_sample(dir.path());
    for relation in [None, Some("met")] {
        let mut args = vec!["top", "--communities", "--format", "json"];
        if let Some(r) = relation {
            args.extend(["--relation", r]);
        }
        let out = run(dir.path(), &args);
        out.success();
        let groups = json_of(&out);
        let mut seen = BTreeSet::new();
        let mut sizes = Vec::new();
        for g in groups.as_array().unwrap() {
            let members = g["members"].as_array().unwrap();
            assert_eq!(g["size"].as_u64().unwrap() as usize, members.len());
            sizes.push(members.len());
            for m in members {
                assert!(
                    seen.insert(m.as_str().unwrap().to_string()),
                    "{m} twice ({relation:?})"
                );
            }
        }
        let all: BTreeSet<String> = degrees(&graph).into_keys().collect();
        assert_eq!(seen, all, "{relation:?}");
        assert!(
            sizes.windows(2).all(|w| w[0] >= w[1]),
            "largest first: {sizes:?}"
        );
    }
    run(dir.path(), &["top", "--communities"])
        .success()
        .stdout_has("community 1 (");
}

#[test]
fn closed_pipe_is_quiet() {
    // Table, JSON and CSV writers all report a closed pipe in their own error type.
    for (format, first) in [("table", "RANK"), ("json", "["), ("csv", "rank,")] {
        closed_pipe_is_quiet_in(format, first);
    }
}

fn closed_pipe_is_quiet_in(format: &str, first: &str) {
    // Enough rows to overflow a pipe buffer: a path of 2000 people.
    let dir = temp();
    let nodes: Vec<String> = (0..2000).map(|i| format!("Person {i:04}")).collect();
    let edges: Vec<(String, String, u64, u64)> = nodes
        .windows(2)
        .map(|w| (w[0].clone(), w[1].clone(), 1, 0))
        .collect();
    write_graph(dir.path(), "long.json", &nodes, &edges);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(dir.path())
        .args([
            "top",
            "--graph",
            "long.json",
            "--limit",
            "3000",
            "--by",
            "pagerank",
            "--format",
            format,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("newsgraph runs");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(line.starts_with(first), "{format}: {line}");
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{format}: stderr: {stderr}");
    assert!(stderr.is_empty(), "{format}: quiet: {stderr}");
}
