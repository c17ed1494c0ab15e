//! Sentence ranges: on char boundaries, non-empty, in order, not overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::text::sentences;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for range in sentences(text) {
        assert!(range.start >= last, "{range:?} after {last}");
        assert!(range.start < range.end, "{range:?}");
        assert!(range.end <= text.len(), "{range:?}");
        assert!(text.is_char_boundary(range.start), "{range:?}");
        assert!(text.is_char_boundary(range.end), "{range:?}");
        last = range.end;
    }
});
