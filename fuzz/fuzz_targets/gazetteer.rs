//! Gazetteer::from_texts on arbitrary bytes (UTF-8-lossy TSV): errors, never panics.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use newsgraph::gazetteer::{EntityType, Gazetteer};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // A NUL splits the input into a people file and a countries file.
    let (people, countries) = text.split_once('\0').unwrap_or((&text, ""));
    let files = [
        (PathBuf::from("people.tsv"), EntityType::Person, people),
        (
            PathBuf::from("countries.tsv"),
            EntityType::Country,
            countries,
        ),
    ];
    if let Ok(gazetteer) = Gazetteer::from_texts(&files, "the\nof\nand\n") {
        for entity in gazetteer.entities() {
            assert!(!entity.name.is_empty());
            assert_eq!(
                gazetteer
                    .by_name(&entity.name)
                    .map(|id| &gazetteer.entity(id).name),
                Some(&entity.name)
            );
        }
        let _ = newsgraph::matcher::Matcher::new(&gazetteer);
    }
});
