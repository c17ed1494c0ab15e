//! The built-in model on arbitrary text: mention spans on char boundaries, in order.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsgraph::pipeline::{Analyzer, Model};

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::builtin().expect("built-in model"))
}

fuzz_target!(|text: &str| {
    let mut analyzer = Analyzer::new(model());
    analyzer.analyze(text);
    let mut last = 0;
    for mention in analyzer.mentions.in_text_order() {
        let span = mention.span();
        assert!(span.start < span.end, "{mention:?}");
        assert!(span.end <= text.len(), "{mention:?}");
        assert!(text.is_char_boundary(span.start), "{mention:?}");
        assert!(text.is_char_boundary(span.end), "{mention:?}");
        assert!(span.start >= last, "mentions overlap: {mention:?}");
        assert!((mention.sentence() as usize) < analyzer.sentences.len().max(1));
        last = span.end;
    }
});
