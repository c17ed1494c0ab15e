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
    for mention in &analyzer.mentions.mentions {
        assert!(mention.start < mention.end, "{mention:?}");
        assert!(mention.end <= text.len(), "{mention:?}");
        assert!(text.is_char_boundary(mention.start), "{mention:?}");
        assert!(text.is_char_boundary(mention.end), "{mention:?}");
        assert!(mention.start >= last, "mentions overlap: {mention:?}");
        assert!((mention.sentence as usize) < analyzer.sentences.len().max(1));
        last = mention.end;
    }
});
