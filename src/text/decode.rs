//! Decoding the bytes of an input file into text, under one policy decided on purpose:
//!
//! | input                      | result                                                        |
//! |----------------------------|---------------------------------------------------------------|
//! | UTF-8 BOM at the start     | dropped                                                       |
//! | a NUL byte anywhere        | [`DecodeError::Binary`]: the file looks binary, skip it       |
//! | invalid UTF-8              | each bad sequence becomes U+FFFD; one [`DecodeWarning`]       |
//! | CRLF, lone CR              | kept as they are (folding and sentences treat them as breaks) |
//! | empty input                | empty text, no warning                                        |
//!
//! Valid UTF-8 is copied once into the returned `String` and otherwise untouched, so byte
//! offsets into [`Decoded::text`] equal byte offsets into the input minus the BOM (3 bytes)
//! when there was one. After invalid UTF-8 they no longer line up with the input.

use std::fmt;

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Text decoded from an input file, with what had to be repaired on the way.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decoded {
    /// The decoded text, without BOM.
    pub text: String,
    /// Problems found and repaired while decoding; empty for clean UTF-8.
    pub warnings: Vec<DecodeWarning>,
}

/// A problem [`decode`] repaired; the text is still usable.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeWarning {
    /// Invalid UTF-8 was replaced by U+FFFD.
    InvalidUtf8 {
        /// Byte offset in the input (BOM included) of the first invalid sequence.
        offset: usize,
        /// Number of invalid sequences replaced (each by one U+FFFD).
        count: usize,
    },
}

impl fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeWarning::InvalidUtf8 { offset, count } => {
                let plural = if *count == 1 { "" } else { "s" };
                write!(
                    f,
                    "invalid UTF-8 at byte {offset} ({count} sequence{plural} replaced)"
                )
            }
        }
    }
}

/// Why an input could not be decoded; the caller should skip the file and report it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// A NUL byte was found, so the input looks binary.
    #[error("looks binary: NUL byte at byte {offset}")]
    Binary {
        /// Byte offset in the input (BOM included) of the first NUL byte.
        offset: usize,
    },
}

/// Decodes the bytes of one input file into text; see the [module docs](self) for the policy.
///
/// # Errors
///
/// [`DecodeError::Binary`] if the input contains a NUL byte.
///
/// # Example
///
/// ```
/// use newsgraph::text::{decode, DecodeError};
///
/// let d = decode(b"\xEF\xBB\xBFCaf\xE9 au lait")?;
/// assert_eq!(d.text, "Caf\u{FFFD} au lait");
/// assert_eq!(d.warnings[0].to_string(), "invalid UTF-8 at byte 6 (1 sequence replaced)");
/// assert_eq!(decode(b"PNG\0\0"), Err(DecodeError::Binary { offset: 3 }));
/// # Ok::<(), DecodeError>(())
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    let (base, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (BOM.len(), rest),
        None => (0, bytes),
    };
    if let Ok(text) = std::str::from_utf8(body) {
        return Ok(Decoded {
            text: text.to_owned(),
            warnings: Vec::new(),
        });
    }
    // Same replacement as `String::from_utf8_lossy` (one U+FFFD per maximal invalid
    // subsequence), but counting the sequences and locating the first one.
    let mut text = String::with_capacity(body.len() + 16);
    let mut first = None;
    let mut count = 0;
    let mut pos = base;
    for chunk in body.utf8_chunks() {
        text.push_str(chunk.valid());
        pos += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            first.get_or_insert(pos);
            count += 1;
            text.push(char::REPLACEMENT_CHARACTER);
            pos += chunk.invalid().len();
        }
    }
    let warnings = first
        .map(|offset| DecodeWarning::InvalidUtf8 { offset, count })
        .into_iter()
        .collect();
    Ok(Decoded { text, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a row expects from [`decode`].
    #[derive(Debug)]
    enum Want {
        /// Decoded text and the warnings (as `Display` strings).
        Text(&'static str, &'static [&'static str]),
        /// Decoding fails with this error.
        Err(DecodeError),
    }

    struct Row {
        name: &'static str,
        input: &'static [u8],
        want: Want,
    }

    const ROWS: &[Row] = &[
        // Clean input.
        Row {
            name: "empty",
            input: b"",
            want: Want::Text("", &[]),
        },
        Row {
            name: "ascii",
            input: b"Blinken arrived.",
            want: Want::Text("Blinken arrived.", &[]),
        },
        Row {
            name: "multibyte utf8 untouched",
            input: "Sánchez met Shoukrý in İstanbul “today”".as_bytes(),
            want: Want::Text("Sánchez met Shoukrý in İstanbul “today”", &[]),
        },
        // BOM.
        Row {
            name: "bom dropped",
            input: b"\xEF\xBB\xBFHello",
            want: Want::Text("Hello", &[]),
        },
        Row {
            name: "bom only",
            input: b"\xEF\xBB\xBF",
            want: Want::Text("", &[]),
        },
        Row {
            name: "bom not at start is kept",
            input: b"a\xEF\xBB\xBFb",
            want: Want::Text("a\u{FEFF}b", &[]),
        },
        // Line endings.
        Row {
            name: "crlf kept",
            input: b"Line one\r\nLine two\r\n",
            want: Want::Text("Line one\r\nLine two\r\n", &[]),
        },
        Row {
            name: "lone cr kept",
            input: b"a\rb",
            want: Want::Text("a\rb", &[]),
        },
        // Binary.
        Row {
            name: "nul at start",
            input: b"\0abc",
            want: Want::Err(DecodeError::Binary { offset: 0 }),
        },
        Row {
            name: "nul in middle",
            input: b"abc\0def",
            want: Want::Err(DecodeError::Binary { offset: 3 }),
        },
        Row {
            name: "nul offset counts the bom",
            input: b"\xEF\xBB\xBFab\0",
            want: Want::Err(DecodeError::Binary { offset: 5 }),
        },
        Row {
            name: "nul wins over invalid utf8",
            input: b"\xFFab\0",
            want: Want::Err(DecodeError::Binary { offset: 3 }),
        },
        // Invalid UTF-8.
        Row {
            name: "latin1 byte",
            input: b"Caf\xE9 au lait",
            want: Want::Text(
                "Caf\u{FFFD} au lait",
                &["invalid UTF-8 at byte 3 (1 sequence replaced)"],
            ),
        },
        Row {
            name: "invalid offset counts the bom",
            input: b"\xEF\xBB\xBFCaf\xE9",
            want: Want::Text(
                "Caf\u{FFFD}",
                &["invalid UTF-8 at byte 6 (1 sequence replaced)"],
            ),
        },
        Row {
            name: "several sequences one warning",
            input: b"a\xFFb\xFE\xFEc\xC3",
            want: Want::Text(
                "a\u{FFFD}b\u{FFFD}\u{FFFD}c\u{FFFD}",
                &["invalid UTF-8 at byte 1 (4 sequences replaced)"],
            ),
        },
        Row {
            name: "truncated multibyte is one sequence",
            input: b"x\xE2\x80y",
            want: Want::Text(
                "x\u{FFFD}y",
                &["invalid UTF-8 at byte 1 (1 sequence replaced)"],
            ),
        },
    ];

    #[test]
    fn decode_table() {
        for row in ROWS {
            let got = decode(row.input);
            match (&row.want, got) {
                (Want::Text(text, warnings), Ok(d)) => {
                    assert_eq!(d.text, *text, "row {:?}: text", row.name);
                    let got_w: Vec<String> = d.warnings.iter().map(|w| w.to_string()).collect();
                    assert_eq!(got_w, *warnings, "row {:?}: warnings", row.name);
                }
                (Want::Err(e), Err(got)) => assert_eq!(&got, e, "row {:?}: error", row.name),
                (want, got) => panic!("row {:?}: want {want:?}, got {got:?}", row.name),
            }
        }
    }

    #[test]
    fn lossy_matches_std() {
        let input = b"\xEF\xBB\xBFa\xF0\x9F\x98b\xC0\xAFc\xED\xA0\x80d";
        let d = decode(input).expect("no NUL");
        assert_eq!(d.text, String::from_utf8_lossy(&input[3..]));
    }

    #[test]
    fn error_display() {
        assert_eq!(
            DecodeError::Binary { offset: 7 }.to_string(),
            "looks binary: NUL byte at byte 7"
        );
    }
}
