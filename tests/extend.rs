//! `--gazetteer` extends the built-in gazetteer: user entities are added, one with a
//! built-in name overrides it, affiliations may name built-in entities, and
//! `--no-builtin` uses the user's entities alone. Every command that takes
//! `--gazetteer` behaves so.

use crate::util::*;

/// Node ids of a built graph.
fn nodes(dir: &std::path::Path) -> Vec<String> {
    let graph = read_graph_json(&dir.join("out/graph.json.gz"));
    let mut ids: Vec<String> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

const THREE_PEOPLE: &str = "name\taliases\taffiliation\trole
Ada Lovelace\tLovelace\tUnited Kingdom\tMathematician
Charles Babbage\tBabbage\tUnited Kingdom\tMathematician
Antony Blinken\tTony B\tUnited States\tSecretary of State
";

const TEXT: &str = "Lovelace wrote to Babbage in London. Tony B met Sameh Shoukry in Cairo.";

struct Row {
    name: &'static str,
    args: &'static [&'static str],
    /// Node ids that must be there / must not.
    has: &'static [&'static str],
    lacks: &'static [&'static str],
}

const ROWS: &[Row] = &[
    Row {
        name: "adds to the built-in entities",
        args: &["--gazetteer", "people.tsv"],
        has: &[
            "Ada Lovelace",
            "Charles Babbage",
            "Sameh Shoukry",
            "Cairo",
            "London",
        ],
        lacks: &[],
    },
    Row {
        name: "same name overrides (its new alias matches)",
        args: &["--gazetteer", "people.tsv"],
        has: &["Antony Blinken"],
        lacks: &[],
    },
    Row {
        name: "no-builtin uses the user's entities alone",
        args: &["--gazetteer", "people.tsv", "--no-builtin"],
        has: &[],
        lacks: &["Sameh Shoukry", "Cairo"],
    },
    Row {
        name: "without --gazetteer, the built-in entities",
        args: &[],
        has: &["Sameh Shoukry", "Cairo"],
        lacks: &["Ada Lovelace"],
    },
];

#[test]
fn build_extends_the_builtin_gazetteer() {
    for row in ROWS {
        let dir = temp();
        std::fs::write(dir.path().join("people.tsv"), THREE_PEOPLE).unwrap();
        std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
        let mut args = vec!["build", "a.txt", "--out", "out", "--quiet"];
        args.extend(row.args);
        let built = run(dir.path(), &args);
        if row.args.contains(&"--no-builtin") {
            // The user's people name built-in countries: alone, that is an error.
            built
                .expect_code(1)
                .stderr_has("affiliation \"United Kingdom\" is not the name of any entity");
            continue;
        }
        built.success();
        let ids = nodes(dir.path());
        for id in row.has {
            assert!(
                ids.iter().any(|i| i == id),
                "row {:?}: no {id}\n{ids:?}",
                row.name
            );
        }
        for id in row.lacks {
            assert!(
                !ids.iter().any(|i| i == id),
                "row {:?}: {id}\n{ids:?}",
                row.name
            );
        }
    }
}

#[test]
fn no_builtin_alone() {
    let dir = temp();
    std::fs::write(
        dir.path().join("people.tsv"),
        "name\taliases\nAda Lovelace\tLovelace\nCharles Babbage\tBabbage\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    let args = [
        "build",
        "a.txt",
        "--gazetteer",
        "people.tsv",
        "--no-builtin",
        "--out",
        "out",
    ];
    run(dir.path(), &args).success();
    assert_eq!(nodes(dir.path()), ["Ada Lovelace", "Charles Babbage"]);
    // --no-builtin needs --gazetteer.
    run(dir.path(), &["build", "a.txt", "--no-builtin"]).expect_code(2);
}

#[test]
fn gazetteer_check_reports_added_and_overridden() {
    let dir = temp();
    std::fs::write(dir.path().join("people.tsv"), THREE_PEOPLE).unwrap();
    run(dir.path(), &["gazetteer", "check", "people.tsv", "--quiet"])
        .success()
        .stdout_has("(2 added to the built-in ones, 1 overridden)")
        .stdout_has("0 errors");
    // A name defined twice in the user's own files is still an error.
    std::fs::write(
        dir.path().join("twice.tsv"),
        "name\taliases\ttype\nAntony Blinken\t\tperson\nAntony Blinken\t\tperson\n",
    )
    .unwrap();
    run(dir.path(), &["gazetteer", "check", "twice.tsv"])
        .expect_code(1)
        .stderr_has(
            "twice.tsv:3:1: duplicate name \"Antony Blinken\" (first defined at twice.tsv:2)",
        );
}

#[test]
fn every_command_taking_gazetteer_extends() {
    let dir = temp();
    std::fs::write(dir.path().join("people.tsv"), THREE_PEOPLE).unwrap();
    std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    run(
        dir.path(),
        &[
            "build",
            "a.txt",
            "--gazetteer",
            "people.tsv",
            "--out",
            "out",
            "--quiet",
        ],
    )
    .success();
    let g = ["--gazetteer", "people.tsv", "--graph", "out/graph.json.gz"];
    let with = |args: &[&'static str]| -> Vec<&str> {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(g);
        all
    };
    run(dir.path(), &with(&["neighbors", "Lovelace"]))
        .success()
        .stdout_has("Charles Babbage");
    run(dir.path(), &with(&["neighbors", "Shoukry"]))
        .success()
        .stdout_has("Antony Blinken");
    run(dir.path(), &with(&["path", "Lovelace", "Shoukry"])).expect_code(1);
    run(
        dir.path(),
        &with(&["render", "--focus", "Babbage", "-o", "b.svg"]),
    )
    .success();
    run(
        dir.path(),
        &["mentions", "a.txt", "--gazetteer", "people.tsv"],
    )
    .success()
    .stdout_has("Ada Lovelace")
    .stdout_has("Sameh Shoukry");
}
