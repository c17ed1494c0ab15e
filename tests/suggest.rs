//! `newsgraph suggest`: proper names the gazetteer does not know, written as rows that
//! `--gazetteer` reads (suggest -> review -> build).

use crate::util::*;

const TEXT: &str = "Egyptian Foreign Minister Zorbo Quandt met Antony Blinken in Cairo. \
Quandt said the Lebanese Forces Party backed the plan.\n\
Zorbo Quandt later flew to Zorbograd, where he met Blinken again.\n\
Blinken urged all armed groups to stop working with the Democratic Forces for the \
Liberation of Zorbonia (FDLZ) at once.\n";

/// (row, needle in stdout).
const ROWS: &[(&str, &str)] = &[
    (
        "header a single-file gazetteer reads",
        "name\taliases\ttype\taffiliation\trole\tnotes",
    ),
    (
        "a person with title and affiliation",
        "Zorbo Quandt\t\tperson\tEgypt\tForeign Minister\tsuggested: 2 documents",
    ),
    (
        "an organization with its demonym",
        "Lebanese Forces Party\t\torganization\tLebanon",
    ),
    (
        "an acronym in parentheses is an alias",
        "Democratic Forces for the Liberation of Zorbonia\tFDLZ\torganization",
    ),
    (
        "an example sentence",
        "e.g. Egyptian Foreign Minister Zorbo Quandt met Antony Blinken in Cairo.",
    ),
];

#[test]
fn suggest_proposes_rows_that_build_reads() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    std::fs::write(dir.path().join("b.txt"), "Zorbo Quandt spoke in Cairo.").unwrap();
    let out = run(dir.path(), &["suggest", "a.txt", "b.txt"]);
    out.success();
    let stdout = out.stdout();
    for (row, needle) in ROWS {
        assert!(
            stdout.contains(needle),
            "row {row:?}: no {needle:?}\n{stdout}"
        );
    }
    // Known entities are not proposed.
    assert!(!stdout.contains("Antony Blinken\t"), "{stdout}");
    // A word of a longer name proposed, seen alone in one document, is that name.
    assert!(!stdout.contains("\nQuandt\t"), "{stdout}");
    assert!(!stdout.contains("\nFDLZ\t"), "{stdout}");
    std::fs::write(dir.path().join("suggested.tsv"), &stdout).unwrap();
    run(
        dir.path(),
        &["gazetteer", "check", "suggested.tsv", "--quiet"],
    )
    .success()
    .stdout_has("0 errors");
    run(
        dir.path(),
        &[
            "build",
            "a.txt",
            "--gazetteer",
            "suggested.tsv",
            "--out",
            "out",
            "--quiet",
        ],
    )
    .success();
    let graph = String::from_utf8(graph_json_bytes(&dir.path().join("out/graph.json.gz"))).unwrap();
    assert!(graph.contains("\"Zorbo Quandt\""), "{graph}");
    assert!(
        graph.contains("\"Democratic Forces for the Liberation of Zorbonia\""),
        "{graph}"
    );
}

/// Names from a corpus reach the terminal through `suggest` too: a right-to-left
/// override, a zero-width space or a tag character in a proposed row is dropped, and
/// the rows are still proposed.
#[test]
fn suggest_prints_no_bidi_zero_width_or_tag_character_raw() {
    let dir = temp();
    let hostile = "Egyptian Foreign Minister Zorbo Qu\u{202E}andt met Antony Blinken.\n\
                   Zorbo Qu\u{202E}andt spoke of Dro\u{200B}vian Ta\u{E0041}rbles Council.\n";
    std::fs::write(dir.path().join("a.txt"), hostile).unwrap();
    std::fs::write(dir.path().join("b.txt"), hostile).unwrap();
    let out = run(dir.path(), &["suggest", "a.txt", "b.txt"]);
    out.success();
    let stdout = out.stdout();
    for bad in ['\u{202E}', '\u{200B}', '\u{E0041}'] {
        assert!(!stdout.contains(bad), "raw {bad:?} in\n{stdout}");
    }
    // The rows are still proposed, their example sentences cleaned.
    assert!(
        stdout.contains("\tperson\tEgypt\tForeign Minister\t"),
        "{stdout}"
    );
    assert!(
        stdout.contains("e.g. Egyptian Foreign Minister Zorbo Quandt met"),
        "{stdout}"
    );
}
