//! Text handling before matching: decoding input bytes, folding text for matching (with an
//! offset map back to the original), and splitting documents into sentences.
//!
//! The pipeline for one document is:
//!
//! 1. [`decode()`] turns the file's bytes into a `String` under a fixed policy (BOM dropped,
//!    NUL means binary, invalid UTF-8 replaced with a warning, line endings kept as they are).
//! 2. [`FoldedText`] builds the folded copy the matcher runs on (compatibility decomposition,
//!    diacritics removed, full case folding, punctuation variants unified, invisible characters
//!    dropped, whitespace runs collapsed), and maps every folded byte back to the original
//!    character it came from. [`fold_str`] folds gazetteer aliases by exactly the same rules.
//! 3. [`sentences()`] yields the sentence byte ranges of the original (unfolded) text.
//!
//! [`calendar`] holds the names of days and months that every later stage reads dates by.
//!
//! Every span handed out by this module is a byte range into the *original* decoded text and
//! always lies on `char` boundaries of it.

pub mod calendar;
pub mod decode;
pub mod fold;
pub mod sentences;

pub use decode::{decode, DecodeError, DecodeWarning, Decoded};
pub use fold::{ascii_word_end, fold_into, fold_str, FoldedText};
pub use sentences::{sentences, Sentences};

/// Properties over arbitrary input, for all three steps (STYLE.md habit 16).
#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Chars that stress folding and splitting: combining marks, case-folding expansions,
    /// ligatures, whitespace and line breaks, invisibles, quotes, dashes, terminators, emoji.
    const TRICKY: &[char] = &[
        'a', 'Z', 'i', 'I', 's', 'S', ' ', ' ', '.', '.', '!', '?', '\n', '\r', '\t', '\'', '"',
        ')', '-', '`', 'é', 'e', '\u{301}', '\u{300}', '\u{307}', '\u{345}', 'İ', 'ı', 'ß', 'ẞ',
        'ﬁ', 'ﬃ', 'ŉ', 'ǅ', 'Σ', 'ς', 'ΐ', 'ᾈ', 'K', 'Å', '\u{a0}', '\u{202f}', '\u{2009}',
        '\u{3000}', '\u{85}', '\u{2028}', '\u{1}', '\u{7f}', '😀', '🇵', '\u{fe0f}', '\u{2011}',
        '\u{2014}', '\u{2212}', '\u{ff0d}', '\u{200b}', '\u{200d}', '\u{200e}', '\u{200f}',
        '\u{202b}', '\u{2066}', '\u{feff}', '\u{ad}', '\u{2018}', '\u{2019}', '\u{201c}',
        '\u{201d}', '\u{ab}', '\u{bb}', '\u{b4}', '\u{a8}', '\u{2033}', '\u{2032}', 'Ａ', '①',
        '한', 'ㄱ', 'ñ', 'Ω', 'Ω', 'µ', 'ſ', 'Ǆ', '½', '\u{fb4f}', 'ﷺ', 'ﬀ', '\u{fffd}', 'غ',
        '\u{64e}', 'क', '\u{93f}', '\u{1e9b}', '\u{2126}', '\u{212b}',
    ];

    fn tricky_string() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(TRICKY), 0..40)
            .prop_map(|chars| chars.into_iter().collect())
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![any::<String>(), tricky_string()]
    }

    /// Checks that every folded char-boundary span maps back onto char boundaries of `s`.
    fn check_spans(s: &str) -> Result<(), TestCaseError> {
        let f = FoldedText::new(s);
        let folded = f.as_str();
        let bounds: Vec<usize> = folded
            .char_indices()
            .map(|(i, _)| i)
            .chain([folded.len()])
            .collect();
        let mut prev_start = 0;
        for (a, &start) in bounds.iter().enumerate() {
            let o = f.original_offset(start);
            prop_assert!(s.is_char_boundary(o), "offset {o} in {s:?}");
            for &end in &bounds[a + 1..] {
                let span = f.original_span(start, end);
                prop_assert!(
                    span.start < span.end && span.end <= s.len(),
                    "{span:?} in {s:?}"
                );
                prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
            }
            if start < folded.len() {
                let span = f.original_span(start, folded.len());
                prop_assert!(span.start >= prev_start, "not monotone in {s:?}");
                prev_start = span.start;
            }
        }
        prop_assert_eq!(f.original_offset(folded.len()), s.len());
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn spans_on_char_boundaries(s in any_text()) {
            check_spans(&s)?;
        }

        #[test]
        fn fold_str_equals_folded_text(s in any_text()) {
            let f = FoldedText::new(&s);
            prop_assert_eq!(fold_str(&s), f.as_str());
        }

        #[test]
        fn fold_is_idempotent(s in any_text()) {
            let once = fold_str(&s);
            prop_assert_eq!(fold_str(&once), once);
        }

        #[test]
        fn refold_equals_new(a in any_text(), b in any_text()) {
            let mut f = FoldedText::new(&a);
            f.refold(&b);
            let fresh = FoldedText::new(&b);
            prop_assert_eq!(f.as_str(), fresh.as_str());
            for i in 0..=fresh.as_str().len() {
                prop_assert_eq!(f.original_offset(i), fresh.original_offset(i));
            }
        }

        #[test]
        fn sentences_are_trimmed_ordered_ranges(s in any_text()) {
            let mut prev_end = 0;
            for r in sentences(&s) {
                prop_assert!(prev_end <= r.start && r.start < r.end && r.end <= s.len(), "{r:?} in {s:?}");
                prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
                let sentence = &s[r.clone()];
                prop_assert_eq!(sentence.trim(), sentence);
                prev_end = r.end;
            }
        }

        #[test]
        fn sentences_cover_all_non_whitespace(s in any_text()) {
            let covered: usize = sentences(&s).map(|r| s[r].chars().filter(|c| !c.is_whitespace()).count()).sum();
            prop_assert_eq!(covered, s.chars().filter(|c| !c.is_whitespace()).count());
        }

        #[test]
        fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            match decode(&bytes) {
                Ok(d) => {
                    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
                    prop_assert_eq!(&d.text, &String::from_utf8_lossy(body));
                    prop_assert_eq!(d.warnings.is_empty(), std::str::from_utf8(body).is_ok());
                }
                Err(DecodeError::Binary { offset }) => prop_assert_eq!(bytes[offset], 0),
            }
        }

        #[test]
        fn decode_then_fold_and_split(s in any_text()) {
            let d = decode(s.as_bytes());
            if let Ok(d) = d {
                check_spans(&d.text)?;
                let body = s.strip_prefix('\u{feff}').unwrap_or(&s);
                prop_assert_eq!(sentences(&d.text).count(), sentences(body).count());
            }
        }
    }
}
