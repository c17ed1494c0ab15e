//! The `met` relation on rows that must always hold: one per rule of the README.
//! (The larger annotated set is scored in tests/eval.rs.)

use newsgraph::pipeline::{Analyzer, BuildOptions, Model};
use newsgraph::relate::DocumentMeta;

struct Row {
    name: &'static str,
    text: &'static str,
    /// Expected met pairs, each "A + B" with A < B.
    met: &'static [&'static str],
    /// Expected planned flag of the first met pair's evidence.
    planned: Option<bool>,
}

const ROWS: &[Row] = &[
    Row { name: "met", text: "Blinken met Egyptian President Abdel Fattah el-Sisi in Cairo on Tuesday.", met: &["Abdel Fattah el-Sisi + Antony Blinken"], planned: Some(false) },
    Row { name: "planned", text: "Blinken is set to meet with Egyptian Foreign Minister Sameh Shoukry during his visit.", met: &["Antony Blinken + Sameh Shoukry"], planned: Some(true) },
    Row { name: "headline infinitive is planned", text: "Biden to Welcome Kenya's Ruto for State Visit", met: &["Joe Biden + William Ruto"], planned: Some(true) },
    Row { name: "held talks", text: "Netanyahu held talks with Blinken in Tel Aviv.", met: &["Antony Blinken + Benjamin Netanyahu"], planned: Some(false) },
    Row { name: "group demonym", text: "Blinken arrived in Cairo to meet top Egyptian officials.", met: &["Antony Blinken + Egypt"], planned: Some(true) },
    Row { name: "named meeting with countries", text: "Blinken will participate in a meeting with the foreign ministers of Egypt, Qatar and Jordan.", met: &["Antony Blinken + Egypt", "Antony Blinken + Jordan", "Antony Blinken + Qatar"], planned: None },
    Row { name: "pronoun", text: "Blinken landed in Riyadh on Monday. He met Saudi Crown Prince Mohammed bin Salman.", met: &["Antony Blinken + Mohammed bin Salman"], planned: None },
    Row { name: "sentence-initial cue", text: "During talks with Israeli President Isaac Herzog, Blinken stressed the need for a deal.", met: &["Antony Blinken + Isaac Herzog"], planned: None },
    Row { name: "between", text: "Efforts include discussions between an Israeli delegation and Egyptian officials.", met: &["Egypt + Israel"], planned: None },
    Row { name: "caption", text: "Secretary of State Antony Blinken with Egyptian President Abdel Fattah el-Sisi in Cairo (AP Photo/Evelyn Hockstein)", met: &["Abdel Fattah el-Sisi + Antony Blinken"], planned: None },
    Row { name: "subjects met each other", text: "Erdogan and Putin met in Sochi on Monday.", met: &["Recep Tayyip Erdogan + Vladimir Putin"], planned: None },
    Row { name: "co-mention only", text: "Israel faces accusations of genocide at the International Court of Justice.", met: &[], planned: None },
    Row { name: "idiom", text: "Talks stalled over Netanyahu's refusal to meet Hamas' demands.", met: &[], planned: None },
    Row { name: "place is not a party", text: "Blinken began his tour with talks in Saudi Arabia.", met: &[], planned: None },
    Row { name: "negation", text: "Netanyahu declined to meet Blinken on Friday.", met: &[], planned: None },
    Row { name: "own country", text: "Blinken met American officials in Washington.", met: &[], planned: None },
    Row { name: "speaker is not met", text: "Erdogan spoke by phone with Putin on Friday, the Kremlin said.", met: &["Recep Tayyip Erdogan + Vladimir Putin"], planned: None },
    Row { name: "attribution is not a party", text: "According to Reuters, Blinken met Netanyahu.", met: &["Antony Blinken + Benjamin Netanyahu"], planned: None },
];

#[test]
fn met_rules() {
    let model = Model::builtin().unwrap();
    let mut analyzer = Analyzer::new(&model);
    let mut failures = Vec::new();
    for row in ROWS {
        let meta = DocumentMeta {
            id: row.name.into(),
            ..Default::default()
        };
        let relations = analyzer.relate(&meta, row.text, &BuildOptions::default());
        let name = |id| model.gazetteer.entity(id).name.clone();
        let mut got: Vec<String> = relations
            .pairs
            .iter()
            .filter(|p| p.met > 0)
            .map(|p| {
                let (a, b) = (name(p.a), name(p.b));
                if a < b {
                    format!("{a} + {b}")
                } else {
                    format!("{b} + {a}")
                }
            })
            .collect();
        got.sort();
        if got != row.met {
            failures.push(format!(
                "row {:?}: expected {:?}, got {:?}",
                row.name, row.met, got
            ));
            continue;
        }
        if let Some(planned) = row.planned {
            let evidence = relations
                .pairs
                .iter()
                .flat_map(|p| &p.evidence)
                .find_map(|e| e.met.as_ref())
                .expect("met evidence");
            if evidence.planned != planned {
                failures.push(format!("row {:?}: planned should be {planned}", row.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A name that the sentence splitter cuts at an abbreviation ("Guðni Th. Jóhannesson",
/// split at "Th.") reaches past the end of the sentence it starts in. Reading that
/// sentence for meetings once panicked; it reads the whole name and goes on.
#[test]
fn name_cut_by_the_sentence_splitter() {
    let model = Model::builtin().unwrap();
    let mut analyzer = Analyzer::new(&model);
    let text = "During talks with Polish Foreign Minister Radosław Sikorski, Guðni Th. \
                Jóhannesson highlighted the need for peace.";
    let meta = DocumentMeta {
        id: "cut".into(),
        ..Default::default()
    };
    let relations = analyzer.relate(&meta, text, &BuildOptions::default());
    let name = |id| model.gazetteer.entity(id).name.clone();
    let met: Vec<(String, String)> = relations
        .pairs
        .iter()
        .filter(|p| p.met > 0)
        .map(|p| (name(p.a), name(p.b)))
        .collect();
    assert!(
        met.iter().any(|(a, b)| {
            [a.as_str(), b.as_str()].contains(&"Guðni Th. Jóhannesson")
                && [a.as_str(), b.as_str()].contains(&"Radosław Sikorski")
        }),
        "{met:?}"
    );
}
