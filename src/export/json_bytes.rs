//! JSON written by hand into a byte buffer, the same bytes serde_json's compact form
//! writes: `graph.json`'s one-line records (edges, rows of the evidence tables) are
//! most of a big graph's bytes, and serde_json escapes a string a byte at a time and
//! calls its formatter for every token. Here a string is scanned eight bytes at a time
//! for the bytes JSON escapes, and runs without any are copied whole.

/// Bytes with every byte set to `b`.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// Whether any of the eight bytes of `word` is one JSON escapes: a control character
/// (below 0x20), `"` or `\`.
#[inline]
fn needs_escape(word: u64) -> bool {
    const LOW: u64 = splat(0x01);
    const HIGH: u64 = splat(0x80);
    // A byte below n: (x - n) & !x has its high bit set (n at most 0x80); a zero byte
    // of x ^ c is a byte equal to c.
    let control = word.wrapping_sub(splat(0x20)) & !word;
    let quote = word ^ splat(b'"');
    let backslash = word ^ splat(b'\\');
    let quote = quote.wrapping_sub(LOW) & !quote;
    let backslash = backslash.wrapping_sub(LOW) & !backslash;
    (control | quote | backslash) & HIGH != 0
}

/// The escape of a byte JSON escapes, as serde_json writes it; `None` for others.
#[inline]
fn escape(byte: u8) -> Option<&'static [u8]> {
    /// `\u00XX` for each control character, then `\"` and `\\`.
    const CONTROLS: [[u8; 6]; 32] = {
        let hex = b"0123456789abcdef";
        let mut table = [[0u8; 6]; 32];
        let mut i = 0;
        while i < 32 {
            table[i] = [b'\\', b'u', b'0', b'0', hex[i >> 4], hex[i & 0xF]];
            i += 1;
        }
        table
    };
    Some(match byte {
        0x08 => b"\\b",
        0x09 => b"\\t",
        0x0A => b"\\n",
        0x0C => b"\\f",
        0x0D => b"\\r",
        b'"' => b"\\\"",
        b'\\' => b"\\\\",
        0x00..=0x1F => &CONTROLS[byte as usize],
        _ => return None,
    })
}

/// Appends `text` as a JSON string, quoted and escaped as serde_json writes it.
pub(super) fn push_str(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // `run` is where the bytes not yet copied start.
    let (mut run, mut at) = (0, 0);
    while at < bytes.len() {
        if let Some(word) = bytes.get(at..at + 8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(word);
            if !needs_escape(u64::from_ne_bytes(eight)) {
                at += 8;
                continue;
            }
        }
        if let Some(escaped) = escape(bytes[at]) {
            out.extend_from_slice(&bytes[run..at]);
            out.extend_from_slice(escaped);
            run = at + 1;
        }
        at += 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Appends `"key":`, `key` written as [`push_str`] writes it.
pub(super) fn push_key(out: &mut Vec<u8>, key: &str) {
    push_str(out, key);
    out.push(b':');
}

/// Appends `n` in decimal.
pub(super) fn push_u64(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Bytes already written as JSON, serialized as they are by `graph.json`'s formatter
/// (`Layout` in [`super::json`] writes a byte array raw, and only these are written as
/// byte arrays there); for other serializers, a byte array.
pub(super) struct Raw<'a>(pub &'a [u8]);

impl serde::Serialize for Raw<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_form(text: &str) -> Vec<u8> {
        serde_json::to_vec(text).expect("a string serializes")
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_byte = String::new();
        for c in (0u8..=0x7F).map(char::from) {
            every_byte.push(c);
        }
        let cases = [
            "",
            "plain",
            "exactly8",
            "sixteen bytes ok",
            "a \"quoted\" word",
            "back\\slash at 8 \\",
            "tab\tnew\nline\r\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "Zelenskyy said \"we\" — déjà vu, 東京 \u{0}",
            "0123456\"",
            "01234567\"",
            "012345678\\",
            every_byte.as_str(),
        ];
        for text in cases {
            let mut ours = Vec::new();
            push_str(&mut ours, text);
            assert_eq!(ours, serde_form(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// Any string, at any alignment, escapes to serde_json's bytes.
        #[test]
        fn any_string_is_escaped_as_serde_json_escapes_it(text in "(?s)(.|[\\x00-\\x1f\"\\\\a-z ]){0,40}") {
            let mut ours = Vec::new();
            push_str(&mut ours, &text);
            proptest::prop_assert_eq!(ours, serde_form(&text));
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, u64::from(u32::MAX), u64::MAX] {
            let mut ours = Vec::new();
            push_u64(&mut ours, n);
            assert_eq!(ours, n.to_string().into_bytes());
        }
    }
}
