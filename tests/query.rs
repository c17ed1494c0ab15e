//! `newsgraph neighbors`, `mentions` and `gazetteer check`.

use crate::util::*;

fn sample() -> tempfile::TempDir {
    let dir = temp();
    build_sample(dir.path());
    dir
}

#[test]
fn neighbors_by_alias_in_any_case() {
    let dir = sample();
    for query in ["Blinken", "antony blinken", "Antonio Blinken", "BLINKEN"] {
        run(dir.path(), &["neighbors", query])
            .success()
            .stdout_has("Sameh Shoukry")
            .stdout_has("NEIGHBOUR");
    }
}

#[test]
fn neighbors_json_has_the_fields() {
    let dir = sample();
    let out = run(dir.path(), &["neighbors", "el-Sisi", "--format", "json"]);
    out.success();
    let list: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    let list = list.as_array().unwrap();
    assert!(!list.is_empty());
    for item in list {
        for field in ["id", "type", "weight", "documents"] {
            assert!(item.get(field).is_some(), "missing {field}: {item}");
        }
    }
    assert!(list.iter().any(|i| i["id"] == "Antony Blinken"));
    let weights: Vec<u64> = list.iter().map(|i| i["weight"].as_u64().unwrap()).collect();
    let mut sorted = weights.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(weights, sorted, "sorted by weight");
}

#[test]
fn neighbors_of_us_is_the_united_states() {
    let dir = sample();
    run(dir.path(), &["neighbors", "US", "--format", "json"])
        .success()
        .stdout_has("Antony Blinken");
}

#[test]
fn unknown_entity_suggests_close_names() {
    let dir = sample();
    run(dir.path(), &["neighbors", "Blinkenn"])
        .expect_code(1)
        .stderr_has("no entity called \"Blinkenn\"")
        .stderr_has("did you mean Antony Blinken");
}

#[test]
fn missing_graph_says_how_to_build_it() {
    let dir = temp();
    run(dir.path(), &["neighbors", "Blinken"])
        .expect_code(1)
        .stderr_has("newsgraph build");
}

#[test]
fn mentions_jsonl() {
    let dir = temp();
    std::fs::write(
        dir.path().join("a.txt"),
        "U.S. Secretary of State Antony Blinken met herzogsaid.\nHe told us.",
    )
    .unwrap();
    let out = run(dir.path(), &["mentions", "a.txt"]);
    out.success();
    let lines: Vec<serde_json::Value> = out
        .stdout()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let entities: Vec<&str> = lines
        .iter()
        .map(|l| l["entity"].as_str().unwrap())
        .collect();
    assert_eq!(
        entities,
        ["United States", "Antony Blinken", "Isaac Herzog"]
    );
    assert_eq!(lines[0]["text"], "U.S.");
    assert_eq!(lines[0]["start"], 0);
    assert_eq!(lines[0]["end"], 4);
    assert_eq!(lines[0]["document"], "a");
    assert_eq!(lines[0]["type"], "country");
    assert_eq!(lines[2]["flags"], serde_json::json!(["glued"]));
    assert_eq!(lines[2]["sentence"], 0);
}

#[test]
fn mentions_table_format() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), "Blinken met Shoukry.").unwrap();
    run(dir.path(), &["mentions", "a.txt", "--format", "table"])
        .success()
        .stdout_has("Sameh Shoukry")
        .stdout_has("ENTITY");
}

#[test]
fn builtin_gazetteer_checks_clean() {
    let dir = temp();
    run(dir.path(), &["gazetteer", "check", "--quiet"])
        .success()
        .stdout_has("0 errors");
}

#[test]
fn gazetteer_check_reports_problems() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("gaz")).unwrap();
    std::fs::write(
        dir.path().join("gaz/people.tsv"),
        "name\taliases\nMohammed bin Abdulrahman Al Thani\tAl Thani\nTamim bin Hamad Al Thani\tAl Thani| |said\n",
    )
    .unwrap();
    run(dir.path(), &["gazetteer", "check", "gaz"])
        .success()
        .stdout_has("claimed by 2 entities")
        .stdout_has("empty or blank alias")
        .stdout_has("\"said\" is a common English word");
    std::fs::write(
        dir.path().join("gaz/countries.tsv"),
        "name\taliases\nTamim bin Hamad Al Thani\t\n",
    )
    .unwrap();
    run(dir.path(), &["gazetteer", "check", "gaz"])
        .expect_code(1)
        .stderr_has("countries.tsv:2:1: duplicate name");
}

#[test]
fn neighbors_depth_csv_and_why() {
    let dir = sample();
    let out = run(
        dir.path(),
        &["neighbors", "Gallant", "--depth", "2", "--format", "json"],
    );
    out.success();
    let list: serde_json::Value = serde_json::from_str(&out.stdout()).unwrap();
    let list = list.as_array().unwrap();
    let distances: Vec<u64> = list
        .iter()
        .map(|n| n["distance"].as_u64().unwrap())
        .collect();
    assert!(
        distances.windows(2).all(|w| w[0] <= w[1]),
        "nearer first: {distances:?}"
    );
    assert!(
        list.iter()
            .any(|n| n["distance"] == 2 && n["id"] == "Hamas"),
        "two hops reach Hamas"
    );
    for n in list.iter().filter(|n| n["distance"] == 1) {
        assert_eq!(n["via"], "Yoav Gallant");
    }
    let csv = run(dir.path(), &["neighbors", "Shoukry", "--format", "csv"]);
    csv.success();
    assert!(csv
        .stdout()
        .starts_with("id,type,weight,documents,met,affiliation,score,distance,via\n"));
    assert!(
        csv.stdout()
            .contains("Antony Blinken,person,1,1,1,0,,1,Sameh Shoukry"),
        "{}",
        csv.description
    );
    // Piped output: entities are highlighted with brackets, no colour codes.
    run(dir.path(), &["neighbors", "Shoukry", "--why"])
        .success()
        .stdout_has("[met, planned: \"is set to meet with\"; meeting, CAMEO 036]")
        .stdout_has("[Blinken] is set to meet with Egyptian Foreign Minister [Sameh Shoukry]");
    assert!(!run(dir.path(), &["neighbors", "Shoukry", "--why"])
        .stdout()
        .contains('\u{1b}'));
    run(dir.path(), &["neighbors", "Shoukry", "--depth", "0"]).expect_code(2);
}
