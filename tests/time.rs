//! Time: per-day counts in graph.json, `--since`/`--until` recomputing counts and
//! measures, merge keeping the counts exact, and the GEXF export's spells.

use std::path::Path;

use crate::util::*;

/// Two dated documents about Blinken and Shoukry (two meetings on 03-14, one on 03-21),
/// one dated 03-22 about Blinken and Netanyahu, and an undated one.
fn dated(dir: &Path) -> serde_json::Value {
    std::fs::copy(fixture("dated/news.jsonl"), dir.join("news.jsonl")).unwrap();
    run(
        dir,
        &["build", "news.jsonl", "--out", "out", "--formats", "json"],
    )
    .success();
    read_json(&dir.join("out/graph.json"))
}

fn read_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `neighbors Blinken --format json` with `extra`, as (id, weight, met, documents, score).
fn neighbours_of(dir: &Path, extra: &[&str]) -> Vec<(String, u64, u64, u64, Option<f64>)> {
    let mut args = vec!["neighbors", "Blinken", "--format", "json"];
    args.extend_from_slice(extra);
    let out = run(dir, &args);
    out.success();
    let list: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().to_string(),
                n["weight"].as_u64().unwrap(),
                n["relations"]["met"].as_u64().unwrap_or(0),
                n["documents"].as_u64().unwrap(),
                n["score"].as_f64(),
            )
        })
        .collect()
}

fn find<'a>(
    list: &'a [(String, u64, u64, u64, Option<f64>)],
    id: &str,
) -> &'a (String, u64, u64, u64, Option<f64>) {
    list.iter()
        .find(|n| n.0 == id)
        .unwrap_or_else(|| panic!("{id} not in {list:?}"))
}

#[test]
fn graph_json_keeps_one_entry_per_day() {
    let dir = temp();
    let graph = dated(dir.path());
    assert_eq!(
        graph["graph"]["timeline"],
        serde_json::json!([
            ["2024-03-14", 1, 2, 2],
            ["2024-03-21", 1, 2, 2],
            ["2024-03-22", 1, 2, 2]
        ]),
        "[day, documents, sentences, windows]; the undated document is in no day"
    );
    assert_eq!(graph["graph"]["documents"], 4);
    let edge = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "Antony Blinken" && e["target"] == "Sameh Shoukry")
        .unwrap();
    assert_eq!(
        edge["timeline"],
        serde_json::json!([
            ["2024-03-14", 2, 2, 1],
            ["2024-03-21", 2, 1, 1],
            ["2024-03-22", 1, 1, 1]
        ]),
        "[day, co_mention, met, documents]"
    );
    // The undated note adds a co-mention to the total only.
    assert_eq!(edge["weight"], 6);
}

#[test]
fn since_recomputes_weight_meetings_documents_and_measures() {
    let dir = temp();
    dated(dir.path());
    let all = neighbours_of(dir.path(), &[]);
    let shoukry = find(&all, "Sameh Shoukry");
    assert_eq!((shoukry.1, shoukry.2, shoukry.3), (6, 4, 4), "{all:?}");

    let since = neighbours_of(dir.path(), &["--since", "2024-03-21"]);
    let shoukry = find(&since, "Sameh Shoukry");
    assert_eq!(
        (shoukry.1, shoukry.2, shoukry.3),
        (3, 2, 2),
        "03-21 and 03-22 only: {since:?}"
    );
    assert!(
        !since.iter().any(|n| n.0 == "Gaza Strip"),
        "a link seen only before the range is gone: {since:?}"
    );

    let until = neighbours_of(dir.path(), &["--until", "2024-03-14"]);
    let shoukry = find(&until, "Sameh Shoukry");
    assert_eq!((shoukry.1, shoukry.2, shoukry.3), (2, 2, 1), "{until:?}");

    // Measures use the range's windows: on 03-22 alone, Blinken is in 2 windows,
    // Shoukry in 1 and both in 1, so Dice = 2·1 / (2 + 1).
    let dice = neighbours_of(
        dir.path(),
        &[
            "--since",
            "2024-03-22",
            "--until",
            "2024-03-22",
            "--measure",
            "dice",
        ],
    );
    let score = find(&dice, "Sameh Shoukry").4.unwrap();
    assert!((score - 2.0 / 3.0).abs() < 1e-9, "{dice:?}");
    let whole = neighbours_of(dir.path(), &["--measure", "dice"]);
    let whole = find(&whole, "Sameh Shoukry").4.unwrap();
    assert!((whole - 2.0 / 3.0).abs() > 0.1, "whole corpus: {whole}");
}

#[test]
fn a_range_with_no_document_leaves_no_neighbour_and_says_so() {
    let dir = temp();
    dated(dir.path());
    run(
        dir.path(),
        &["neighbors", "Blinken", "--until", "2024-01-01"],
    )
    .success()
    .stdout_has("has no neighbours")
    .stderr_has("counting the 0 of 4 documents dated until 2024-01-01");
    run(
        dir.path(),
        &[
            "neighbors",
            "Blinken",
            "--since",
            "2024-03-22",
            "--until",
            "2024-03-21",
        ],
    )
    .expect_code(2)
    .stderr_has("--since 2024-03-22 is after --until 2024-03-21");
}

#[test]
fn top_path_and_render_count_the_range() {
    let dir = temp();
    dated(dir.path());
    let d = dir.path();
    let out = run(
        d,
        &[
            "top",
            "--by",
            "weighted-degree",
            "--format",
            "json",
            "--since",
            "2024-03-22",
        ],
    );
    out.success();
    let top: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    let netanyahu = top
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "Benjamin Netanyahu")
        .unwrap();
    assert_eq!(netanyahu["rank"], 2, "{top}");
    // Netanyahu appears on 03-22 only: no path to Shoukry through Blinken before.
    run(d, &["path", "Netanyahu", "Shoukry"]).success();
    run(
        d,
        &["path", "Netanyahu", "Shoukry", "--until", "2024-03-21"],
    )
    .expect_code(1)
    .stderr_has("no path");
    run(
        d,
        &["path", "Netanyahu", "Shoukry", "--since", "2024-03-22"],
    )
    .success();
    run(
        d,
        &[
            "render",
            "--format",
            "dot",
            "-o",
            "-",
            "--since",
            "2024-03-22",
        ],
    )
    .success()
    .stdout_has("documents dated since 2024-03-22")
    .stdout_has("Benjamin Netanyahu");
    run(
        d,
        &[
            "render",
            "--focus",
            "Netanyahu",
            "-o",
            "x.svg",
            "--until",
            "2024-03-14",
        ],
    )
    .expect_code(1)
    .stderr_has("no document dated until 2024-03-14 mentions Benjamin Netanyahu");
}

#[test]
fn merged_shards_have_the_timelines_of_one_build() {
    let dir = temp();
    let d = dir.path();
    let whole = dated(d);
    let text = std::fs::read_to_string(d.join("news.jsonl")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // Shards that split a day's documents apart and put the latest first.
    std::fs::write(d.join("a.jsonl"), format!("{}\n{}\n", lines[2], lines[0])).unwrap();
    std::fs::write(d.join("b.jsonl"), format!("{}\n{}\n", lines[1], lines[3])).unwrap();
    for shard in ["a", "b"] {
        run(
            d,
            &[
                "build",
                &format!("{shard}.jsonl"),
                "--out",
                shard,
                "--formats",
                "json",
            ],
        )
        .success();
    }
    run(
        d,
        &["merge", "b/graph.json", "a/graph.json", "-o", "merged.json"],
    )
    .success();
    let merged = read_json(&d.join("merged.json"));
    assert_eq!(merged["graph"]["timeline"], whole["graph"]["timeline"]);
    for (m, w) in merged["edges"]
        .as_array()
        .unwrap()
        .iter()
        .zip(whole["edges"].as_array().unwrap())
    {
        assert_eq!(
            (&m["source"], &m["target"], &m["timeline"]),
            (&w["source"], &w["target"], &w["timeline"])
        );
    }
    for (m, w) in merged["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .zip(whole["nodes"].as_array().unwrap())
    {
        assert_eq!((&m["id"], &m["timeline"]), (&w["id"], &w["timeline"]));
    }
}

#[test]
fn a_graph_without_per_day_counts_is_refused_by_name() {
    let dir = temp();
    let mut graph = dated(dir.path());
    graph["graph"].as_object_mut().unwrap().remove("timeline");
    std::fs::write(
        dir.path().join("old.json"),
        serde_json::to_string(&graph).unwrap(),
    )
    .unwrap();
    run(dir.path(), &["neighbors", "Blinken", "--graph", "old.json"]).success();
    run(
        dir.path(),
        &[
            "neighbors",
            "Blinken",
            "--graph",
            "old.json",
            "--since",
            "2024-03-21",
        ],
    )
    .expect_code(1)
    .stderr_has("old.json")
    .stderr_has("no per-day counts");
    graph["graph"]["timeline"] = serde_json::json!([["March", 1, 1, 1]]);
    std::fs::write(
        dir.path().join("bad.json"),
        serde_json::to_string(&graph).unwrap(),
    )
    .unwrap();
    run(dir.path(), &["top", "--graph", "bad.json"])
        .expect_code(1)
        .stderr_has("bad.json")
        .stderr_has("\"March\" that is not YYYY-MM-DD");
}

#[test]
fn gexf_has_a_spell_per_run_of_consecutive_days() {
    let dir = temp();
    dated(dir.path());
    run(
        dir.path(),
        &["export", "--format", "gexf", "--out", "gexf", "--quiet"],
    )
    .success();
    let xml = std::fs::read_to_string(dir.path().join("gexf/graph.gexf")).unwrap();
    assert!(xml.contains(r#"mode="dynamic" timeformat="date""#), "{xml}");
    // Blinken is in the news on 03-14, 03-21 and 03-22: two spells; Netanyahu on 03-22.
    let blinken = &xml[xml.find(r#"<node id="Antony Blinken""#).unwrap()..];
    let blinken = &blinken[..blinken.find("</node>").unwrap()];
    assert!(
        blinken.contains(
            "<spells>\n          <spell start=\"2024-03-14\" end=\"2024-03-14\"/>\n          \
             <spell start=\"2024-03-21\" end=\"2024-03-22\"/>\n        </spells>"
        ),
        "{blinken}"
    );
    assert!(xml.contains(r#"<spell start="2024-03-22" end="2024-03-22"/>"#));
    assert!(xml.contains(
        r#"<attvalue for="met_per_day" value="2" start="2024-03-14" end="2024-03-14"/>"#
    ));
    run(
        dir.path(),
        &["build", "news.jsonl", "--out", "-", "--formats", "gexf"],
    )
    .success()
    .stdout_has("<gexf");
}
