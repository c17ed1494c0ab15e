//! Analyzer::relate on arbitrary text, every window: evidence spans are slices of the text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsgraph::pipeline::{Analyzer, BuildOptions, Model};
use newsgraph::relate::{DocumentMeta, Window};

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::builtin().expect("built-in model"))
}

fuzz_target!(|data: (u8, &str)| {
    let (window, text) = data;
    let window = match window % 4 {
        0 => Window::Sentence,
        1 => Window::Paragraph,
        2 => Window::Document,
        k => Window::Tokens(u32::from(k) + u32::from(window >> 4)),
    };
    let options = BuildOptions {
        window,
        ..BuildOptions::default()
    };
    let meta = DocumentMeta {
        id: "fuzz".into(),
        date: None,
        title: None,
        url: None,
    };
    let mut analyzer = Analyzer::new(model());
    let relations = analyzer.relate(&meta, text, &options);
    for pair in &relations.pairs {
        assert!(pair.a < pair.b, "pairs are ordered");
        for evidence in &pair.evidence {
            let span = text.get(evidence.start..evidence.end);
            assert!(
                span.is_some(),
                "evidence {}..{} off the text",
                evidence.start,
                evidence.end
            );
        }
    }
});
