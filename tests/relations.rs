//! Issue 4 end to end: met, affiliations, windows, measures, JSON Lines and dates.

use crate::util::*;

fn graph_of(dir: &std::path::Path, out: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join(out).join("graph.json")).expect("graph.json");
    crate::util::inline_evidence(serde_json::from_str(&text).expect("JSON"))
}

fn edge<'a>(graph: &'a serde_json::Value, a: &str, b: &str) -> &'a serde_json::Value {
    let (s, t) = if a < b { (a, b) } else { (b, a) };
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == s && e["target"] == t)
        .unwrap_or_else(|| panic!("no edge {s} -- {t}"))
}

#[test]
fn blinken_met_only_the_people_he_met() {
    let dir = temp();
    build_sample(dir.path());
    let out = run(
        dir.path(),
        &[
            "neighbors",
            "Blinken",
            "--relation",
            "met",
            "--type",
            "person",
            "--format",
            "json",
        ],
    );
    out.success();
    let mut names = json_ids(&out);
    names.sort();
    assert_eq!(
        names,
        [
            "Abdel Fattah el-Sisi",
            "Badr Abdelatty",
            "Benjamin Netanyahu",
            "Isaac Herzog",
            "Sameh Shoukry",
            "Yoav Gallant"
        ]
    );
    // Co-mentioned but never met: the ICJ, Hamas, Iran.
    let all = run(dir.path(), &["neighbors", "Blinken", "--relation", "met"]);
    for never in ["Hamas", "International Court of Justice", "Iran"] {
        assert!(
            !all.stdout().contains(never),
            "{never} is not met\n{}",
            all.description
        );
    }
}

#[test]
fn which_egyptians_did_blinken_meet() {
    let dir = temp();
    build_sample(dir.path());
    let out = run(
        dir.path(),
        &[
            "neighbors",
            "Blinken",
            "--relation",
            "met",
            "--affiliated-with",
            "Egypt",
            "--format",
            "json",
        ],
    );
    out.success();
    let mut names = json_ids(&out);
    names.sort();
    assert_eq!(
        names,
        ["Abdel Fattah el-Sisi", "Badr Abdelatty", "Sameh Shoukry"]
    );
}

#[test]
fn edges_carry_relations_affiliations_and_met_evidence() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let shoukry = edge(&graph, "Antony Blinken", "Sameh Shoukry");
    assert_eq!(shoukry["relations"]["met"], 1);
    assert_eq!(shoukry["relations"]["co_mention"], shoukry["weight"]);
    let met = shoukry["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["relation"] == "met")
        .expect("met evidence");
    assert_eq!(met["cue"], "is set to meet with");
    assert_eq!(met["planned"], true);
    assert_eq!(
        met["forms"],
        serde_json::json!(["Blinken", "Sameh Shoukry"])
    );
    let affiliation = edge(&graph, "Egypt", "Sameh Shoukry");
    assert_eq!(affiliation["relations"]["affiliation"], 1);
    assert_eq!(affiliation["affiliation"]["member"], "Sameh Shoukry");
    assert_eq!(affiliation["affiliation"]["of"], "Egypt");
    assert_eq!(
        affiliation["affiliation"]["sources"],
        serde_json::json!(["gazetteer", "text"])
    );
    let icj = edge(&graph, "International Court of Justice", "Israel");
    assert!(
        icj["relations"].get("met").is_none(),
        "co-mention is not a meeting"
    );
}

#[test]
fn windows_change_what_counts_as_together() {
    let dir = temp();
    std::fs::write(
        dir.path().join("a.txt"),
        "Blinken arrived in Cairo. Netanyahu spoke later.\nHamas said nothing.\n",
    )
    .unwrap();
    let count = |window: &str| {
        let out = format!("out-{}", window.replace(':', "-"));
        run(
            dir.path(),
            &[
                "build",
                "a.txt",
                "--out",
                &out,
                "--formats",
                "json",
                "--window",
                window,
            ],
        )
        .success();
        let graph = graph_of(dir.path(), &out);
        assert_eq!(graph["graph"]["window"], window);
        neighbours(&graph, "Antony Blinken")
    };
    assert_eq!(count("sentence"), ["Cairo"]);
    assert_eq!(count("paragraph"), ["Benjamin Netanyahu", "Cairo"]);
    assert_eq!(count("document"), ["Benjamin Netanyahu", "Cairo", "Hamas"]);
    assert_eq!(count("tokens:3"), ["Cairo"]);
    assert_eq!(count("tokens:5"), ["Benjamin Netanyahu", "Cairo"]);
    run(dir.path(), &["build", "a.txt", "--window", "lines"])
        .expect_code(2)
        .stderr_has("unknown window");
}

#[test]
fn jsonl_documents_with_dates_titles_and_urls() {
    let dir = temp();
    std::fs::write(
        dir.path().join("news.jsonl"),
        concat!(
            r#"{"id": "a1", "text": "Blinken met Netanyahu in Jerusalem.", "date": "2024-06-10T08:00:00Z", "title": "Talks", "url": "https://example.org/a1"}"#, "\n",
            "\n",
            r#"{"text": "Blinken met Netanyahu again.", "date": "2024-08-19"}"#, "\n",
            "not json\n",
            r#"{"id": "a4", "title": "no text"}"#, "\n",
            r#"{"id": 5, "text": "Blinken met Sisi in Cairo.", "date": "2024-02-06"}"#, "\n",
        ),
    )
    .unwrap();
    let out = run(
        dir.path(),
        &["build", "news.jsonl", "--out", "out", "--formats", "json"],
    );
    out.expect_code(3)
        .stderr_has("news.jsonl:4: invalid JSON record")
        .stderr_has("news.jsonl:5: record has no \"text\"");
    let graph = graph_of(dir.path(), "out");
    assert_eq!(graph["graph"]["documents"], 3);
    let netanyahu = edge(&graph, "Antony Blinken", "Benjamin Netanyahu");
    assert_eq!(netanyahu["first_seen"], "2024-06-10");
    assert_eq!(netanyahu["last_seen"], "2024-08-19");
    let first = &netanyahu["evidence"][0];
    assert_eq!(first["document"], "a1");
    assert_eq!(first["title"], "Talks");
    assert_eq!(first["url"], "https://example.org/a1");
    assert_eq!(first["date"], "2024-06-10");
    assert_eq!(
        netanyahu["evidence"][1]["document"], "news:3",
        "a missing id is FILE:LINE"
    );
    let blinken = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "Antony Blinken")
        .unwrap();
    assert_eq!(blinken["first_seen"], "2024-02-06");

    // --since/--until filter a build...
    run(
        dir.path(),
        &[
            "build",
            "news.jsonl",
            "--out",
            "june",
            "--formats",
            "json",
            "--since",
            "2024-06-01",
            "--until",
            "2024-06-30",
        ],
    )
    .expect_code(3);
    let june = graph_of(dir.path(), "june");
    assert_eq!(june["graph"]["documents"], 1);
    // ...and a query.
    let out = run(
        dir.path(),
        &[
            "neighbors",
            "Blinken",
            "--graph",
            "out/graph.json",
            "--until",
            "2024-03-01",
            "--format",
            "json",
        ],
    );
    out.success();
    let names = json_ids(&out);
    assert_eq!(names, ["Abdel Fattah el-Sisi", "Cairo"]);
}

#[test]
fn dates_from_file_names() {
    let dir = temp();
    std::fs::write(dir.path().join("2024-09-17_cairo.txt"), "Blinken met Sisi.").unwrap();
    run(
        dir.path(),
        &[
            "build",
            "2024-09-17_cairo.txt",
            "--out",
            "out",
            "--formats",
            "json",
            "--date-from",
            r"(\d{4}-\d{2}-\d{2})",
        ],
    )
    .success();
    let graph = graph_of(dir.path(), "out");
    assert_eq!(
        edge(&graph, "Antony Blinken", "Abdel Fattah el-Sisi")["first_seen"],
        "2024-09-17"
    );
    run(dir.path(), &["build", "x.txt", "--date-from", "("])
        .expect_code(2)
        .stderr_has("--date-from");
}

#[test]
fn measures_rank_and_filter() {
    let dir = temp();
    build_sample(dir.path());
    for measure in ["count", "documents", "pmi", "npmi", "dice", "jaccard"] {
        let out = run(
            dir.path(),
            &[
                "neighbors",
                "Blinken",
                "--measure",
                measure,
                "--format",
                "json",
            ],
        );
        out.success();
        let list: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
        let list = list.as_array().unwrap();
        assert!(!list.is_empty(), "{measure}");
        if measure != "count" {
            let scores: Vec<f64> = list.iter().filter_map(|n| n["score"].as_f64()).collect();
            assert!(
                scores.windows(2).all(|w| w[0] >= w[1]),
                "{measure} sorted: {scores:?}"
            );
        }
    }
    let out = run(
        dir.path(),
        &[
            "neighbors",
            "Blinken",
            "--min-weight",
            "3",
            "--min-documents",
            "2",
            "--format",
            "json",
        ],
    );
    let list: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    for n in list.as_array().unwrap() {
        assert!(
            n["weight"].as_u64().unwrap() >= 3 && n["documents"].as_u64().unwrap() >= 2,
            "{n}"
        );
    }
    run(
        dir.path(),
        &[
            "build",
            corpus().to_str().unwrap(),
            "--out",
            "npmi",
            "--measure",
            "npmi",
            "--min-weight",
            "2",
        ],
    )
    .success();
    let dot = std::fs::read_to_string(dir.path().join("npmi/graph.dot")).unwrap();
    assert!(dot.contains("penwidth"));
}
