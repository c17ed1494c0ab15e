//! Single-file gazetteers: the shipped folder converted to one `.tsv` (with a `type`
//! column), one `.jsonl` and one `.jsonl.gz` gives the same graph of the sample corpus,
//! byte for byte, and the same `gazetteer check` summary. Their errors are in
//! `tests/bad_input.rs` with the other bad input.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use crate::util::*;

/// The entity files of a gazetteer folder, with their types, in loading order.
const FILES: [(&str, &str); 4] = [
    ("people.tsv", "person"),
    ("countries.tsv", "country"),
    ("organizations.tsv", "organization"),
    ("places.tsv", "place"),
];

/// Every entity of the folder `gazetteer/` of the repository, as column -> value, with a
/// `type`, in loading order.
fn folder_entities() -> Vec<BTreeMap<String, String>> {
    let mut entities = Vec::new();
    for (file, kind) in FILES {
        let text = std::fs::read_to_string(repo().join("gazetteer").join(file)).unwrap();
        let mut header: Option<Vec<String>> = None;
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let Some(columns) = &header else {
                header = Some(fields.iter().map(|f| f.trim().to_string()).collect());
                continue;
            };
            let mut entity: BTreeMap<String, String> = columns
                .iter()
                .zip(&fields)
                .map(|(c, f)| (c.clone(), f.trim().to_string()))
                .collect();
            entity.insert("type".into(), kind.into());
            entities.push(entity);
        }
    }
    assert!(entities.len() > 2000, "the shipped gazetteer is there");
    entities
}

fn write_tsv(path: &Path, entities: &[BTreeMap<String, String>]) {
    let columns = [
        "type",
        "name",
        "aliases",
        "demonyms",
        "context_aliases",
        "role_aliases",
        "affiliation",
        "role",
        "notes",
        "term",
    ];
    let mut text = columns.join("\t") + "\n";
    for entity in entities {
        let row: Vec<&str> = columns
            .iter()
            .map(|c| entity.get(*c).map_or("", String::as_str))
            .collect();
        text += &(row.join("\t") + "\n");
    }
    std::fs::write(path, text).unwrap();
}

fn to_jsonl(entities: &[BTreeMap<String, String>]) -> String {
    let list = |entity: &BTreeMap<String, String>, column: &str| -> serde_json::Value {
        entity
            .get(column)
            .map(|v| {
                v.split('|')
                    .filter(|a| !a.trim().is_empty())
                    .collect::<Vec<_>>()
            })
            .into()
    };
    let text = |entity: &BTreeMap<String, String>, column: &str| -> serde_json::Value {
        entity
            .get(column)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
            .into()
    };
    entities
        .iter()
        .map(|e| {
            serde_json::json!({
                "name": e["name"],
                "type": e["type"],
                "aliases": list(e, "aliases"),
                "demonyms": list(e, "demonyms"),
                "context_aliases": list(e, "context_aliases"),
                "role_aliases": list(e, "role_aliases"),
                "affiliation": text(e, "affiliation"),
                "role": text(e, "role"),
                "notes": text(e, "notes"),
                "term": text(e, "term"),
            })
            .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn single_file_gazetteers_give_the_same_graph_as_the_folder() {
    let dir = temp();
    let dir = dir.path();
    let entities = folder_entities();
    write_tsv(&dir.join("entities.tsv"), &entities);
    let jsonl = to_jsonl(&entities);
    std::fs::write(dir.join("entities.jsonl"), &jsonl).unwrap();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(jsonl.as_bytes()).unwrap();
    std::fs::write(dir.join("entities.jsonl.gz"), encoder.finish().unwrap()).unwrap();

    let corpus = corpus();
    let folder = repo().join("gazetteer");
    let build = |name: &str, gazetteer: &str| -> Vec<u8> {
        run(
            dir,
            &[
                "build",
                corpus.to_str().unwrap(),
                "--gazetteer",
                gazetteer,
                "--out",
                name,
                "--formats",
                "json",
            ],
        )
        .success();
        std::fs::read(dir.join(name).join("graph.json")).unwrap()
    };
    let expected = build("folder", folder.to_str().unwrap());
    let graph: serde_json::Value = serde_json::from_slice(&expected).unwrap();
    assert!(graph["nodes"].as_array().unwrap().len() > 10);
    for file in ["entities.tsv", "entities.jsonl", "entities.jsonl.gz"] {
        assert!(
            build(&format!("out-{file}"), file) == expected,
            "{file}: graph.json differs from the folder's"
        );
    }

    // `gazetteer check` finds the same entities and the same warnings.
    let summary = |path: &str| -> (String, usize) {
        let check = run(dir, &["gazetteer", "check", path]);
        check.success();
        let stdout = check.stdout();
        let last = stdout.lines().last().unwrap_or_default();
        let counts = last.split_once(": ").map_or("", |(_, c)| c).to_string();
        (counts, stdout.lines().count())
    };
    let want = summary(folder.to_str().unwrap());
    for file in ["entities.tsv", "entities.jsonl", "entities.jsonl.gz"] {
        assert_eq!(summary(file), want, "{file}: gazetteer check");
    }
}

#[test]
fn a_small_jsonl_gazetteer_drives_build_and_neighbors() {
    let dir = temp();
    std::fs::write(
        dir.path().join("people.jsonl"),
        concat!(
            r#"{"name": "Ada Lovelace", "type": "person", "aliases": ["Lovelace"], "affiliation": "Analytical Society"}"#,
            "\n",
            r#"{"name": "Charles Babbage", "type": "person", "aliases": ["Babbage"], "role": null, "notes": null}"#,
            "\n",
            r#"{"name": "Analytical Society", "type": "organization", "aliases": [], "demonyms": null}"#,
            "\n",
        ),
    )
    .unwrap();
    run_in(
        dir.path(),
        &[
            "build",
            "-",
            "--gazetteer",
            "people.jsonl",
            "--no-builtin",
            "--out",
            "out",
        ],
        Some(b"Lovelace wrote to Babbage about the Analytical Society. Blinken did not."),
    )
    .success();
    let graph = read_graph_json(&dir.path().join("out/graph.json.gz"));
    assert_eq!(
        neighbours(&graph, "Ada Lovelace"),
        ["Analytical Society", "Charles Babbage"]
    );
    assert_eq!(
        graph["nodes"].as_array().unwrap().len(),
        3,
        "no built-in entity"
    );
    // The query commands take the same file for their aliases.
    run(
        dir.path(),
        &[
            "neighbors",
            "lovelace",
            "--gazetteer",
            "people.jsonl",
            "--graph",
            "out/graph.json.gz",
        ],
    )
    .success()
    .stdout_has("Charles Babbage");
}
