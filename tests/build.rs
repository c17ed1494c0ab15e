//! `newsgraph build` on the sample corpus and on small fixtures.

use crate::util::*;

#[test]
fn sample_corpus_writes_json_gz_and_dot_by_default() {
    let dir = temp();
    let graph = build_sample(dir.path());
    for name in ["graph.json.gz", "graph.dot"] {
        let path = dir.path().join("out").join(name);
        let len = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        assert!(len > 100, "{name} is missing or tiny");
    }
    assert!(
        !dir.path().join("out/graph.json").exists(),
        "plain graph.json is written only when --format asks for it"
    );
    assert!(
        !dir.path().join("out/graph.svg").exists(),
        "an SVG is drawn only when --formats asks for it"
    );
    assert_eq!(graph["directed"], false);
    assert_eq!(graph["multigraph"], false);
    assert_eq!(graph["graph"]["documents"], 4);
    assert_eq!(graph["graph"]["window"], "sentence");
    assert!(graph["graph"]["sentences"].as_u64().unwrap() > 40);
    assert!(graph["graph"]["generator"]
        .as_str()
        .unwrap()
        .starts_with("newsgraph "));
}

#[test]
fn blinken_meets_the_people_the_articles_name() {
    let dir = temp();
    let graph = build_sample(dir.path());
    let found = neighbours(&graph, "Antony Blinken");
    for expected in [
        "Sameh Shoukry",
        "Badr Abdelatty",
        "Isaac Herzog",
        "Benjamin Netanyahu",
        "Abdel Fattah el-Sisi",
        "Egypt",
        "Israel",
        "United States",
        "Hamas",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "Blinken's neighbours lack {expected}: {found:?}"
        );
    }
}

#[test]
fn nodes_and_edges_follow_the_contract() {
    let dir = temp();
    let graph = inline_evidence(build_sample(dir.path()));
    let nodes = graph["nodes"].as_array().unwrap();
    let ids: Vec<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "nodes sorted by id");
    for node in nodes {
        assert!(["person", "country", "organization", "place"]
            .contains(&node["type"].as_str().unwrap()));
        let forms: u64 = node["aliases"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_u64().unwrap())
            .sum();
        assert_eq!(
            forms,
            node["mentions"].as_u64().unwrap(),
            "{}: alias counts sum to mentions",
            node["id"]
        );
        assert!(node["documents"].as_u64().unwrap() >= 1);
    }
    let blinken = nodes
        .iter()
        .find(|n| n["id"] == "Antony Blinken")
        .expect("Blinken is a node");
    assert_eq!(blinken["documents"], 4);
    assert!(blinken["aliases"]["Blinken"].as_u64().unwrap() >= 15);
    assert_eq!(blinken["aliases"]["Antonio Blinken"], 1);
    let corpus = corpus();
    let mut last = (String::new(), String::new());
    for edge in graph["edges"].as_array().unwrap() {
        let (s, t) = (
            edge["source"].as_str().unwrap(),
            edge["target"].as_str().unwrap(),
        );
        assert!(s < t, "source < target");
        assert!(
            ids.contains(&s) && ids.contains(&t),
            "edge endpoints are nodes"
        );
        assert!((s.to_string(), t.to_string()) > last, "edges sorted");
        last = (s.to_string(), t.to_string());
        // A meeting through a pronoun ("He met ...") links entities of different sentences.
        let met = edge["relations"]["met"].as_u64().unwrap_or(0);
        assert!(edge["weight"].as_u64().unwrap() + met >= edge["documents"].as_u64().unwrap());
        let evidence = edge["evidence"].as_array().unwrap();
        assert_eq!(edge["relations"]["co_mention"], edge["weight"]);
        // At most 5 windows plus 5 meetings; affiliation-only edges have none.
        assert!(evidence.len() <= 10);
        assert_eq!(
            evidence.is_empty(),
            edge["weight"] == 0 && met == 0,
            "{edge}"
        );
        assert!(evidence.iter().filter(|e| e["relation"] == "met").count() as u64 <= met);
        for ev in evidence {
            let doc = std::fs::read_to_string(
                corpus.join(format!("{}.txt", ev["document"].as_str().unwrap())),
            )
            .unwrap();
            let (start, end) = (
                ev["start"].as_u64().unwrap() as usize,
                ev["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &doc[start..end],
                ev["text"].as_str().unwrap(),
                "evidence span is the sentence"
            );
        }
    }
}

#[test]
fn israeli_counts_as_israel_and_us_pronoun_is_not_the_united_states() {
    let dir = temp();
    std::fs::write(
        dir.path().join("a.txt"),
        "Israeli officials met Egyptian officials.\nHe told us nothing. Egypt agreed.\n",
    )
    .unwrap();
    run(dir.path(), &["build", "a.txt", "--out", "out"]).success();
    let graph: serde_json::Value = read_graph_json(&dir.path().join("out/graph.json.gz"));
    let ids: Vec<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["Egypt", "Israel"]);
    assert_eq!(neighbours(&graph, "Israel"), ["Egypt"]);
    let israel = &graph["nodes"][1];
    assert_eq!(israel["aliases"]["Israeli"], 1);
}

#[test]
fn same_input_same_bytes() {
    let dir = temp();
    let corpus = corpus();
    run(
        dir.path(),
        &[
            "build",
            corpus.to_str().unwrap(),
            "--out",
            "one",
            "--formats",
            "json,dot,svg",
        ],
    )
    .success();
    run(
        dir.path(),
        &[
            "build",
            corpus.to_str().unwrap(),
            "--out",
            "two",
            "--formats",
            "json,dot,svg",
        ],
    )
    .success();
    for name in ["graph.json", "graph.dot", "graph.svg"] {
        let one = std::fs::read(dir.path().join("one").join(name)).unwrap();
        let two = std::fs::read(dir.path().join("two").join(name)).unwrap();
        assert!(one == two, "{name} differs between two runs");
    }
}

#[test]
fn stdin_is_a_document() {
    let dir = temp();
    run_in(
        dir.path(),
        &["build", "-", "--out", "out", "--formats", "json"],
        Some("Blinken met Netanyahu in Tel Aviv.".as_bytes()),
    )
    .success();
    let graph = inline_evidence(
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/graph.json")).unwrap())
            .unwrap(),
    );
    assert_eq!(graph["edges"][0]["evidence"][0]["document"], "stdin");
    assert_eq!(
        neighbours(&graph, "Antony Blinken"),
        ["Benjamin Netanyahu", "Tel Aviv"]
    );
    assert!(
        !dir.path().join("out/graph.svg").exists(),
        "--formats json writes only JSON"
    );
}

#[test]
fn missing_input_is_an_error_naming_it() {
    let dir = temp();
    run(dir.path(), &["build", "no-such-folder", "--out", "out"])
        .expect_code(1)
        .stderr_has("no-such-folder");
    assert!(!dir.path().join("out/graph.json.gz").exists());
    assert!(!dir.path().join("out/graph.json").exists());
}

#[test]
fn a_binary_file_is_skipped_and_the_rest_goes_on() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::write(dir.path().join("in/a.txt"), "Blinken met Shoukry.").unwrap();
    std::fs::write(dir.path().join("in/b.txt"), b"\x00\x01binary").unwrap();
    run(dir.path(), &["build", "in", "--out", "out"])
        .expect_code(3)
        .stderr_has("b.txt: skipped: looks binary");
    let graph: serde_json::Value = read_graph_json(&dir.path().join("out/graph.json.gz"));
    assert_eq!(graph["graph"]["documents"], 1);
    assert_eq!(neighbours(&graph, "Antony Blinken"), ["Sameh Shoukry"]);
}

#[test]
fn custom_gazetteer_folder() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("gaz")).unwrap();
    std::fs::write(
        dir.path().join("gaz/people.tsv"),
        "name\taliases\nAda Lovelace\tLovelace\nCharles Babbage\tBabbage\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Lovelace wrote to Babbage. Blinken did not.",
    )
    .unwrap();
    run(
        dir.path(),
        &[
            "build",
            "a.txt",
            "--gazetteer",
            "gaz",
            "--no-builtin",
            "--out",
            "out",
        ],
    )
    .success();
    let graph: serde_json::Value = read_graph_json(&dir.path().join("out/graph.json.gz"));
    assert_eq!(neighbours(&graph, "Ada Lovelace"), ["Charles Babbage"]);
    assert_eq!(graph["nodes"].as_array().unwrap().len(), 2);
}

#[test]
fn malformed_gazetteer_names_file_and_line() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("gaz")).unwrap();
    std::fs::write(
        dir.path().join("gaz/people.tsv"),
        "name\taliases\nA\tB\tC\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "text").unwrap();
    run(
        dir.path(),
        &["build", "a.txt", "--gazetteer", "gaz", "--out", "out"],
    )
    .expect_code(1)
    .stderr_has("people.tsv:2:3: 3 fields but the header has 2 columns");
}

#[test]
fn evidence_limit_is_respected() {
    let dir = temp();
    let text = "Blinken met Shoukry.\n".repeat(10);
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    run(
        dir.path(),
        &[
            "build",
            "a.txt",
            "--out",
            "out",
            "--evidence",
            "2",
            "--formats",
            "json",
        ],
    )
    .success();
    let graph = inline_evidence(
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/graph.json")).unwrap())
            .unwrap(),
    );
    let edge = &graph["edges"][0];
    assert_eq!(edge["weight"], 10);
    assert_eq!(edge["documents"], 1);
    let starts: Vec<u64> = edge["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["start"].as_u64().unwrap())
        .collect();
    assert_eq!(starts, [0, 21], "the earliest windows are kept");
}

#[test]
fn output_is_the_same_bytes_whatever_the_thread_count() {
    let dir = temp();
    let corpus = corpus();
    // Enough documents for several chunks in flight: the sample articles' paragraphs
    // recombined into 700 JSON Lines documents.
    let mut paragraphs = Vec::new();
    for entry in std::fs::read_dir(&corpus).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        paragraphs.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(String::from),
        );
    }
    paragraphs.sort();
    let mut lines = String::new();
    for i in 0..700 {
        let text: Vec<&str> = (0..4)
            .map(|k| paragraphs[(i * 7 + k * 13) % paragraphs.len()].as_str())
            .collect();
        let record = serde_json::json!({"id": format!("d{i:03}"), "text": text.join("\n")});
        lines.push_str(&format!("{record}\n"));
    }
    std::fs::write(dir.path().join("more.jsonl"), lines).unwrap();
    let mut outputs = Vec::new();
    for jobs in ["1", "2", "3"] {
        let out = format!("out{jobs}");
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .current_dir(dir.path())
            .env("NEWSGRAPH_RENDERER", "builtin")
            .args([
                "build",
                corpus.to_str().unwrap(),
                "more.jsonl",
                "--out",
                &out,
            ])
            .args(["--jobs", jobs])
            .args(["--formats", "json,dot,svg,graphml,csv,neo4j"])
            .output()
            .unwrap();
        assert!(output.status.success(), "--jobs {jobs}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stderr.contains('\u{1b}') && !stderr.contains('\r'),
            "no progress bar when stderr is not a terminal: {stderr}"
        );
        let summary = stderr.lines().last().unwrap();
        for part in [
            "704 documents",
            "mentions",
            "nodes",
            "edges",
            "MB/s",
            "graph.json",
        ] {
            assert!(summary.contains(part), "summary names {part}: {summary}");
        }
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.path().join(&out))
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            // The folder's lock (empty, kept between runs) is not an output.
            .filter(|(name, _)| name != ".newsgraph.lock")
            .collect();
        files.sort();
        outputs.push(files);
    }
    assert_eq!(outputs[0].len(), 8, "eight files written");
    for other in &outputs[1..] {
        for ((name, one), (other_name, two)) in outputs[0].iter().zip(other) {
            assert_eq!(name, other_name);
            assert!(one == two, "{name} differs between --jobs 1 and more");
        }
    }
}

#[test]
fn a_big_graph_svg_draws_its_most_connected_entities() {
    let dir = temp();
    // 80 countries, each sentence naming two neighbours in the list.
    let countries = std::fs::read_to_string(repo().join("gazetteer/countries.tsv")).unwrap();
    let names: Vec<&str> = countries
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("name\t"))
        .filter_map(|l| l.split('\t').next())
        .filter(|n| n.chars().all(|c| c.is_ascii_alphabetic() || c == ' '))
        .take(80)
        .collect();
    assert_eq!(names.len(), 80);
    let text: String = names
        .windows(2)
        .map(|pair| format!("{} and {} signed a treaty.\n", pair[0], pair[1]))
        .collect();
    std::fs::write(dir.path().join("treaties.txt"), text).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(dir.path())
        .env("NEWSGRAPH_RENDERER", "builtin")
        .args([
            "build",
            "treaties.txt",
            "--out",
            "out",
            "--formats",
            "json,dot,svg",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("graph.svg draws the 60 most connected of 80 entities"),
        "{stderr}"
    );
    let dot = std::fs::read_to_string(dir.path().join("out/graph.dot")).unwrap();
    assert!(dot.contains(names[79]), "graph.dot keeps every entity");
    let svg = std::fs::read_to_string(dir.path().join("out/graph.svg")).unwrap();
    let drawn = names
        .iter()
        .filter(|n| svg.contains(&format!(">{n}<")))
        .count();
    assert!((55..=60).contains(&drawn), "{drawn} of 80 names drawn");
}
