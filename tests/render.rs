//! `newsgraph render`: whole-graph and ego pictures, legend, filters, errors.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::{build_sample, neighbours, run, temp};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The node ids in a DOT file written by newsgraph (lines `  "id"[label=...`).
fn dot_nodes(dot: &str) -> Vec<String> {
    let mut ids: Vec<String> = dot
        .lines()
        .filter_map(|l| {
            let l = l.trim_start().strip_prefix('"')?;
            let end = l.find("\"[label=")?;
            Some(l[..end].to_string())
        })
        .collect();
    ids.sort();
    ids
}

/// Runs `dot -Tsvg` on `dot`; `None` when Graphviz is not installed.
fn graphviz_stderr(dot: &str) -> Option<(bool, String)> {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take().expect("stdin");
    let input = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("dot ran");
    writer.join().expect("writer").expect("wrote");
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn render_whole_graph_and_ego_to_files() {
    let dir = temp();
    build_sample(dir.path());
    run(dir.path(), &["render"])
        .success()
        .stderr_has("out/graph.svg")
        .stderr_has("built-in layout");
    let svg = read(&dir.path().join("out/graph.svg"));
    assert!(svg.contains("<svg"), "{svg}");
    assert!(
        svg.contains("<g class=\"legend\"") && svg.contains("met (solid, wine)"),
        "no legend in the built-in SVG"
    );

    run(dir.path(), &["render", "--focus", "blinken"])
        .success()
        .stderr_has("out/ego/antony-blinken.svg");
    let ego = read(&dir.path().join("out/ego/antony-blinken.svg"));
    assert!(ego.contains("Antony Blinken") && ego.contains("Egypt"));
}

#[test]
fn render_ego_holds_neighbours_and_no_far_node() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let mut expected = neighbours(&graph, "Antony Blinken");
    assert!(!expected.is_empty());
    // "Antonio Blinken" is a misspelling the text uses: any alias works.
    run(
        dir.path(),
        &[
            "render",
            "--focus",
            "Antonio Blinken",
            "--top",
            "1000",
            "-o",
            "ego.svg",
        ],
    )
    .success();
    let svg = read(&dir.path().join("ego.svg"));
    for name in &expected {
        assert!(
            svg.contains(name.as_str()),
            "ego SVG lacks neighbour {name}"
        );
    }
    // Joe Biden is in the sample graph but never mentioned with Blinken.
    assert!(!expected.contains(&"Joe Biden".to_string()));
    assert!(
        !svg.contains("Joe Biden"),
        "far node drawn in the ego graph"
    );

    run(
        dir.path(),
        &[
            "render", "--focus", "Blinken", "--top", "1000", "--format", "dot", "-o", "ego.dot",
        ],
    )
    .success();
    expected.push("Antony Blinken".to_string());
    expected.sort();
    assert_eq!(dot_nodes(&read(&dir.path().join("ego.dot"))), expected);
}

#[test]
fn render_ego_default_top_keeps_the_strongest() {
    let dir = temp();
    build_sample(dir.path());
    run(
        dir.path(),
        &["render", "--focus", "Blinken", "--format", "dot"],
    )
    .success()
    .stderr_has("out/ego/antony-blinken.dot");
    let nodes = dot_nodes(&read(&dir.path().join("out/ego/antony-blinken.dot")));
    assert_eq!(nodes.len(), 16, "focus and 15 neighbours: {nodes:?}");
    assert!(nodes.contains(&"Egypt".to_string()), "{nodes:?}");
}

#[test]
fn render_relation_met_keeps_only_met_neighbours() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let met: Vec<String> = {
        let mut met: Vec<String> = graph["edges"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["relations"]["met"].as_u64().unwrap_or(0) > 0)
            .filter_map(|e| {
                let (s, t) = (e["source"].as_str()?, e["target"].as_str()?);
                match (s, t) {
                    ("Antony Blinken", other) | (other, "Antony Blinken") => {
                        Some(other.to_string())
                    }
                    _ => None,
                }
            })
            .collect();
        met.push("Antony Blinken".to_string());
        met.sort();
        met
    };
    assert!(met.len() > 2, "{met:?}");
    run(
        dir.path(),
        &[
            "render",
            "--focus",
            "Blinken",
            "--relation",
            "met",
            "--top",
            "1000",
            "--format",
            "dot",
            "-o",
            "met.dot",
        ],
    )
    .success();
    let dot = read(&dir.path().join("met.dot"));
    assert_eq!(dot_nodes(&dot), met);
    // Every drawn link is a met link: solid, never dashed.
    assert!(!dot.contains("style=dashed"), "{dot}");
    assert!(dot.contains("met links only"), "caption missing");
}

#[test]
fn render_dot_has_legend_and_graphviz_takes_it_silently() {
    let dir = temp();
    build_sample(dir.path());
    for args in [
        &["render", "--format", "dot", "-o", "whole.dot"][..],
        &[
            "render", "--focus", "Blinken", "--depth", "2", "--format", "dot", "-o", "ego.dot",
        ][..],
        &[
            "render",
            "--relation",
            "met",
            "--min-weight",
            "1",
            "--format",
            "dot",
            "-o",
            "met.dot",
        ][..],
    ] {
        run(dir.path(), args).success();
        let file = args.last().unwrap();
        let dot = read(&dir.path().join(file));
        for needle in [
            "ID=\"legend\"",
            "person (ellipse)",
            "place (house)",
            "met (solid, wine)",
            "mentioned together (dashed)",
        ] {
            assert!(dot.contains(needle), "{file}: legend lacks {needle:?}");
        }
        let Some((ok, stderr)) = graphviz_stderr(&dot) else {
            println!("note: Graphviz `dot` not installed; skipping the Graphviz check");
            continue;
        };
        assert!(ok, "{file}: dot failed: {stderr}");
        assert_eq!(stderr, "", "{file}: dot printed warnings");
    }
}

#[test]
fn render_unknown_focus_exits_1_with_suggestions() {
    let dir = temp();
    build_sample(dir.path());
    run(dir.path(), &["render", "--focus", "Blinkn"])
        .expect_code(1)
        .stderr_has("no entity called \"Blinkn\"")
        .stderr_has("did you mean Antony Blinken");
    assert!(!dir.path().join("out/ego").exists(), "wrote something");
}

#[test]
fn render_missing_graph_exits_1() {
    let dir = temp();
    run(dir.path(), &["render"])
        .expect_code(1)
        .stderr_has("newsgraph build");
}

#[test]
fn render_ego_top_writes_one_file_per_central_entity() {
    let dir = temp();
    build_sample(dir.path());
    run(
        dir.path(),
        &[
            "render",
            "--ego-top",
            "5",
            "--out-dir",
            "ego",
            "--format",
            "dot",
        ],
    )
    .success();
    let mut files: Vec<String> = std::fs::read_dir(dir.path().join("ego"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 5, "{files:?}");
    for f in &files {
        assert!(
            f.ends_with(".dot")
                && f.trim_end_matches(".dot")
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "unsafe file name {f:?}"
        );
    }
    assert!(
        files.contains(&"antony-blinken.dot".to_string()),
        "{files:?}"
    );
    // Same input, same files, same bytes.
    let first = read(&dir.path().join("ego/antony-blinken.dot"));
    run(
        dir.path(),
        &[
            "render",
            "--ego-top",
            "5",
            "--out-dir",
            "ego",
            "--format",
            "dot",
        ],
    )
    .success();
    assert_eq!(read(&dir.path().join("ego/antony-blinken.dot")), first);
}
