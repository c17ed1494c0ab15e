//! Terminal attacks through every command's table output: a name or document id holding
//! a right-to-left override (U+202E), a zero-width space (U+200B), an OSC 52 clipboard
//! write, a carriage return, a one-byte CSI (U+009B), a tag character or a bidi isolate
//! must print escaped, never raw. One row per attack, checked in `neighbors --why`,
//! `path`, `top`, `top --communities`, `mentions --format table`, `gazetteer check` and
//! error messages (`stats` prints no names).
//!
//! The gazetteer refuses control characters in names, so the graph is built with plain
//! names and its graph.json rewritten to hold the attacks, as a graph from elsewhere
//! could; `mentions` meets them in JSON Lines document ids.

use std::path::Path;

use crate::util::*;

/// (attack, raw text, as printed).
const ATTACKS: &[(&str, &str, &str)] = &[
    ("right-to-left override", "\u{202E}", "\\u{202e}"),
    ("zero-width space", "\u{200B}", "\\u{200b}"),
    (
        "OSC 52 clipboard write",
        "\x1b]52;c;ZXZpbA==\x07",
        "\\u{1b}]52;c;ZXZpbA==\\u{7}",
    ),
    ("carriage return", "\r", "\\r"),
    ("one-byte CSI", "\u{9B}", "\\u{9b}"),
    ("tag character", "\u{E0041}", "\\u{e0041}"),
    ("bidi isolate", "\u{2067}", "\\u{2067}"),
];

/// Whether `c` should never reach a terminal raw (the rules of src/cli/output.rs).
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{E0000}'..='\u{E007F}')
}

/// The plain name of attack `i`'s entity, and its hostile form.
fn name(i: usize) -> String {
    format!("Zed{i} Hostile")
}
fn hostile_name(i: usize) -> String {
    format!("Zed{i}{}Hostile", ATTACKS[i].1)
}
fn hostile_doc(i: usize) -> String {
    format!("doc{i}{}", ATTACKS[i].1)
}

/// A chain Zed0 - Zed1 - ... met in documents doc0, doc1, ..., then the graph.json
/// rewritten so every name and document id holds its attack.
fn hostile_graph(dir: &Path) {
    let mut people = String::new();
    for i in 0..ATTACKS.len() {
        people.push_str(&format!(
            "{{\"name\": \"{}\", \"type\": \"person\", \"aliases\": []}}\n",
            name(i)
        ));
    }
    std::fs::write(dir.join("people.jsonl"), people).unwrap();
    let mut corpus = String::new();
    for i in 0..ATTACKS.len() {
        let next = (i + 1) % ATTACKS.len();
        corpus.push_str(&format!(
            "{{\"id\": \"doc{i}\", \"text\": \"{} met {} today.\"}}\n",
            name(i),
            name(next)
        ));
    }
    std::fs::write(dir.join("corpus.jsonl"), corpus).unwrap();
    run(
        dir,
        &[
            "build",
            "corpus.jsonl",
            "--gazetteer",
            "people.jsonl",
            "--out",
            "out",
            "--quiet",
        ],
    )
    .success();
    let mut json = String::from_utf8(graph_json_bytes(&dir.join("out/graph.json.gz"))).unwrap();
    let quoted = |s: &str| serde_json::to_string(s).unwrap();
    for i in 0..ATTACKS.len() {
        json = json.replace(&quoted(&name(i)), &quoted(&hostile_name(i)));
        json = json.replace(&quoted(&format!("doc{i}")), &quoted(&hostile_doc(i)));
    }
    std::fs::write(dir.join("hostile.json"), json).unwrap();
    let mut records = String::new();
    for i in 0..ATTACKS.len() {
        records.push_str(&format!(
            "{{\"id\": {}, \"text\": \"{} spoke today.\"}}\n",
            quoted(&hostile_doc(i)),
            name(i)
        ));
    }
    std::fs::write(dir.join("hostile.jsonl"), records).unwrap();
}

/// Fails unless `text` (what `command` printed) holds every attack of `attacks`
/// escaped, and no unsafe character raw.
fn escaped_everywhere(command: &str, text: &str, attacks: &[usize], run: &Run) {
    if let Some(c) = text.chars().find(|&c| unsafe_char(c)) {
        panic!(
            "{command}: printed U+{:04X} raw\n{}",
            u32::from(c),
            run.description
        );
    }
    for &i in attacks {
        let (attack, _, printed) = ATTACKS[i];
        assert!(
            text.contains(printed),
            "{command}: {attack} not printed as {printed}\n{}",
            run.description
        );
    }
}

#[test]
fn every_attack_prints_escaped_in_every_table() {
    let dir = temp();
    let d = dir.path();
    hostile_graph(d);
    let all: Vec<usize> = (0..ATTACKS.len()).collect();
    let graph = ["--graph", "hostile.json"];
    for i in 0..ATTACKS.len() {
        let previous = (i + ATTACKS.len() - 1) % ATTACKS.len();
        let next = (i + 1) % ATTACKS.len();
        let entity = hostile_name(i);
        let mut args = vec!["neighbors", entity.as_str(), "--why"];
        args.extend(graph);
        let r = run(d, &args);
        r.success();
        // The neighbours' names and the documents of both links.
        escaped_everywhere("neighbors --why", &r.stdout(), &[previous, next, i], &r);
    }
    let (first, last) = (hostile_name(0), hostile_name(ATTACKS.len() / 2));
    let mut args = vec!["path", first.as_str(), last.as_str()];
    args.extend(graph);
    let r = run(d, &args);
    r.success();
    escaped_everywhere(
        "path",
        &r.stdout(),
        &(0..=ATTACKS.len() / 2).collect::<Vec<_>>(),
        &r,
    );

    let mut args = vec!["top", "--limit", "100"];
    args.extend(graph);
    let r = run(d, &args);
    r.success();
    escaped_everywhere("top", &r.stdout(), &all, &r);

    let mut args = vec!["top", "--communities"];
    args.extend(graph);
    let r = run(d, &args);
    r.success();
    escaped_everywhere("top --communities", &r.stdout(), &all, &r);

    let r = run(
        d,
        &[
            "mentions",
            "hostile.jsonl",
            "--gazetteer",
            "people.jsonl",
            "--format",
            "table",
        ],
    );
    r.success();
    escaped_everywhere("mentions --format table", &r.stdout(), &all, &r);

    for (i, (_, raw, _)) in ATTACKS.iter().enumerate() {
        let query = format!("Nobody{raw}");
        let mut args = vec!["neighbors", query.as_str()];
        args.extend(graph);
        let r = run(d, &args);
        r.expect_code(1);
        escaped_everywhere("an error message", &r.stderr(), &[i], &r);
    }
}

#[test]
fn json_and_csv_keep_the_data_as_it_is() {
    // Only tables are escaped: JSON is escaped by serde and read back unchanged.
    let dir = temp();
    let d = dir.path();
    hostile_graph(d);
    let entity = hostile_name(1);
    let r = run(
        d,
        &[
            "neighbors",
            &entity,
            "--graph",
            "hostile.json",
            "--format",
            "json",
        ],
    );
    r.success();
    let records: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let ids: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&hostile_name(0).as_str()), "{ids:?}");
    assert!(ids.contains(&hostile_name(2).as_str()), "{ids:?}");
}

#[test]
fn gazetteer_check_prints_every_attack_escaped() {
    // Control characters in a name are an error, the others a name like any other; both
    // are named in the diagnostics (a one-letter alias warns, naming its entity).
    let dir = temp();
    let d = dir.path();
    let mut entities = String::new();
    for i in 0..ATTACKS.len() {
        entities.push_str(&format!(
            "{{\"name\": {}, \"type\": \"person\", \"aliases\": [\"Q\"]}}\n",
            serde_json::to_string(&hostile_name(i)).unwrap()
        ));
    }
    std::fs::write(d.join("g.jsonl"), entities).unwrap();
    let r = run(d, &["gazetteer", "check", "g.jsonl", "--no-builtin"]);
    assert!(matches!(r.code(), Some(0 | 1)), "{}", r.description);
    let all: Vec<usize> = (0..ATTACKS.len()).collect();
    escaped_everywhere("gazetteer check", &r.stdout(), &all, &r);
}
