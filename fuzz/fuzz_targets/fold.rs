//! FoldedText: every folded span maps back to a span on char boundaries of the original.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::text::FoldedText;

fuzz_target!(|data: (&str, u16, u16)| {
    let (text, a, b) = data;
    let folded = FoldedText::new(text);
    let len = folded.as_str().len();
    assert_eq!(folded.original_len(), text.len());
    for (start, end) in [
        (a as usize, b as usize),
        (0, len),
        ((a as usize).min(len), len),
    ] {
        let span = folded.original_span(start, end);
        assert!(span.start <= span.end, "{span:?}");
        assert!(span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start), "{span:?}");
        assert!(text.is_char_boundary(span.end), "{span:?}");
    }
    for i in 0..=len {
        let at = folded.original_offset(i);
        assert!(text.is_char_boundary(at), "{i} -> {at}");
    }
});
