//! Folding text for matching, with a map from every folded byte back to the original.
//!
//! The matcher runs on a *folded* copy of each document and the gazetteer aliases are folded
//! by the same rules ([`fold_str`]), so an alias matches whatever folds to the same string.
//! Folding works one original `char` at a time, in order, so every folded byte comes from
//! exactly one original char and the map back ([`FoldedText::original_span`]) is monotone.
//!
//! # Rules
//!
//! For each char of the original:
//!
//! 1. **Punctuation variants** become one ASCII form: dashes and hyphens (U+2010–U+2015,
//!    U+2212 minus, U+2E3A, U+2E3B, U+FE58, U+FE63, U+FF0D) become `-`; apostrophes and single
//!    quotes (U+2018–U+201B, U+2032, U+2035, U+02B9, U+02BC, `` ` ``, U+00B4, U+FF07) become
//!    `'`; double quotes (U+201C–U+201F, U+2033, U+2036, U+00AB, U+00BB, U+FF02) become `"`.
//! 2. **Invisible chars are dropped** (produce nothing): soft hyphen U+00AD, zero-width chars
//!    (U+200B–U+200D, U+2060–U+2064, U+FEFF), bidi controls (U+200E, U+200F, U+061C,
//!    U+202A–U+202E, U+2066–U+2069) and the other format (Cf) chars listed in `is_invisible`.
//! 3. **Whitespace** (`char::is_whitespace`: space, tab, CR, LF, NBSP, U+202F, U+2009, ...)
//!    and **control chars** become a space, and a space right after a space (ignoring dropped
//!    chars) produces nothing: every run of whitespace folds to one `' '`. So
//!    `"Benjamin\r\nNetanyahu"` and `"Benjamin\u{a0}\u{a0}Netanyahu"` both fold to
//!    `"benjamin netanyahu"`. Leading and trailing whitespace is kept (as one space) so that
//!    folding stays local to each char.
//! 4. Any other char is **compatibility-decomposed** (NFKD) and its **combining marks are
//!    dropped** (`é`, `e\u{301}` → `e`; `ﬁ` → `fi`; `①` → `1`; full-width `Ａ` → `a`), then
//!    **fully case folded** (`ß` → `ss`, `Σ`/`ς` → `σ`, `İ` → `i` + U+0307 whose mark is
//!    dropped again, so `İstanbul` → `istanbul`). Each resulting char goes through rules 1–4
//!    again (so a decomposition that yields a space or a dash is unified too).
//!
//! ASCII takes a fast path (lowercase, backtick to `'`, whitespace collapse) without the
//! Unicode tables. Emoji and other symbols without decomposition are kept as they are.
//!
//! Consequences worth knowing: dropping *all* combining marks also drops vowel signs and
//! points in scripts that write them as marks (Devanagari, Arabic harakat, Hebrew niqqud,
//! Thai) and turns Cyrillic `й` into `и` and `ё` into `е`. That is fine for matching, because
//! aliases are folded the same way, but folded text is not for display. Hangul syllables
//! decompose to jamo. Folding is idempotent: `fold_str(&fold_str(s)) == fold_str(s)` (tested
//! for every assigned char).
//!
//! # Offsets
//!
//! The map stores, for every folded byte, the start of the original char that produced it
//! and that char's length, packed in a `u32` (4 bytes per folded byte) for originals up to
//! 1 GiB and in a `u64` beyond that, so there is no length limit.

use std::ops::Range;

use caseless::Caseless;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Longest original (in bytes) whose offset map uses `u32` entries: 30 bits of offset and 2
/// bits of char length.
const NARROW_MAX: usize = 1 << 30;

/// Folds one alias (or any string) by the rules in the [module docs](self).
///
/// Gives exactly `FoldedText::new(s).as_str()`, without building the offset map, and works on
/// strings of any length.
///
/// ```
/// use newsgraph::text::fold_str;
///
/// assert_eq!(fold_str("Al\u{2011}Aqsa\u{a0} MOSQUE"), "al-aqsa mosque");
/// assert_eq!(fold_str("İstanbul, Straße, Sánchez"), "istanbul, strasse, sanchez");
/// ```
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folding of `s` to `out`: what [`fold_str`] returns, without allocating a
/// string for each of many short strings.
///
/// ```
/// use newsgraph::text::{fold_into, fold_str};
///
/// let mut out = String::from("x|");
/// fold_into("  Sánchez ", &mut out);
/// assert_eq!(out, format!("x|{}", fold_str("  Sánchez ")));
/// ```
pub fn fold_into(s: &str, out: &mut String) {
    Folder::new(out, &mut (), &mut []).fold(s);
}

/// The folded copy of one original text, with a map from each folded byte back to the
/// original char it came from.
///
/// Build one with [`FoldedText::new`], or keep one per thread and [`refold`](Self::refold) it
/// for each document to reuse its buffers.
///
/// ```
/// use newsgraph::text::FoldedText;
///
/// let original = "Talks in İstanbul";
/// let folded = FoldedText::new(original);
/// assert_eq!(folded.as_str(), "talks in istanbul");
/// let start = folded.as_str().find("istanbul").unwrap();
/// let span = folded.original_span(start, start + "istanbul".len());
/// assert_eq!(&original[span], "İstanbul");
/// ```
#[derive(Clone, Default)]
pub struct FoldedText {
    /// The folded text.
    folded: String,
    /// For each byte of `folded`: `(start << 2) | (len - 1)` of the original char that
    /// produced it (`start` = its byte offset in the original, `len` = its UTF-8 length).
    /// Used for originals of at most `NARROW_MAX` bytes, and empty otherwise.
    origin: Vec<u32>,
    /// The same for longer originals, and empty otherwise.
    wide: Vec<u64>,
    /// Length in bytes of the original text.
    original_len: usize,
    /// Folding results of recently seen non-ASCII chars (empty until the first refold).
    cache: Vec<CacheEntry>,
}

/// Number of entries in the fold cache of a [`FoldedText`] (direct-mapped by code point).
const CACHE_SIZE: usize = 512;

/// One cached result of rule 4: the folded chars of `key` (which emitted no space).
#[derive(Debug, Clone, Copy)]
struct CacheEntry {
    /// The original char; `'\0'` (ASCII, never cached) marks an empty entry.
    key: char,
    /// Number of chars in `out`.
    len: u8,
    out: [char; 3],
}

const EMPTY_ENTRY: CacheEntry = CacheEntry {
    key: '\0',
    len: 0,
    out: ['\0'; 3],
};

impl FoldedText {
    /// Folds `original`.
    pub fn new(original: &str) -> Self {
        let mut folded = Self::default();
        folded.refold(original);
        folded
    }

    /// Folds `original` into the same buffers, replacing the previous contents; allocates
    /// nothing once the buffers are big enough. For reuse across documents, one per thread
    /// (it also keeps a small cache of folded non-ASCII chars).
    pub fn refold(&mut self, original: &str) {
        self.refold_with(original, NARROW_MAX);
    }

    /// [`refold`](Self::refold), with `u32` map entries up to `narrow_max` bytes (a parameter
    /// so that tests reach the `u64` map).
    fn refold_with(&mut self, original: &str, narrow_max: usize) {
        self.folded.clear();
        self.origin.clear();
        self.wide.clear();
        self.folded.reserve(original.len());
        self.original_len = original.len();
        if self.cache.is_empty() {
            self.cache = vec![EMPTY_ENTRY; CACHE_SIZE];
        }
        if original.len() <= narrow_max {
            self.origin.reserve(original.len());
            Folder::new(&mut self.folded, &mut self.origin, &mut self.cache).fold(original);
        } else {
            self.wide.reserve(original.len());
            Folder::new(&mut self.folded, &mut self.wide, &mut self.cache).fold(original);
        }
    }

    /// The packed map entry of folded byte `i`, if `i` is in range.
    fn entry(&self, i: usize) -> Option<u64> {
        if self.wide.is_empty() {
            self.origin.get(i).map(|&packed| u64::from(packed))
        } else {
            self.wide.get(i).copied()
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// Length in bytes of the original text this was folded from.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Maps the folded byte span `start..end` to the byte span of the original text it came
    /// from: from the start of the original char that produced folded byte `start` to the end
    /// of the original char that produced folded byte `end - 1`. The result is always on char
    /// boundaries of the original.
    ///
    /// Out-of-range input does not panic: `end` is clamped to the folded length, and an empty
    /// span (`start >= end`) maps to the empty span at [`original_offset(start)`](Self::original_offset).
    pub fn original_span(&self, start: usize, end: usize) -> Range<usize> {
        let end = end.min(self.folded.len());
        match (
            self.entry(start),
            end.checked_sub(1).and_then(|e| self.entry(e)),
        ) {
            (Some(first), Some(last)) if start < end => {
                unpack_start(first)..unpack_start(last) + unpack_len(last)
            }
            _ => {
                let at = self.original_offset(start);
                at..at
            }
        }
    }

    /// Original byte offset of the char that produced folded byte `i`; the original length
    /// for `i >= self.as_str().len()`.
    pub fn original_offset(&self, i: usize) -> usize {
        match self.entry(i) {
            Some(packed) => unpack_start(packed),
            None => self.original_len,
        }
    }
}

impl std::fmt::Debug for FoldedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FoldedText")
            .field("folded", &self.folded)
            .field("original_len", &self.original_len)
            .finish_non_exhaustive()
    }
}

fn pack(start: usize, len: usize) -> u64 {
    ((start as u64) << 2) | (len as u64 - 1)
}

fn unpack_start(packed: u64) -> usize {
    // Round-trips: `packed` was made by `pack` from a `usize`.
    (packed >> 2) as usize
}

fn unpack_len(packed: u64) -> usize {
    (packed & 3) as usize + 1
}

/// Where [`Folder`] records the origin of each folded byte.
trait Origins {
    /// Records `n` folded bytes produced by the original char `packed` (see [`pack`]).
    fn push(&mut self, packed: u64, n: usize);
    /// Records one folded byte per original (ASCII) byte in `start..end`.
    fn push_run(&mut self, start: usize, end: usize);
}

/// No map: [`fold_str`].
impl Origins for () {
    fn push(&mut self, _: u64, _: usize) {}
    fn push_run(&mut self, _: usize, _: usize) {}
}

/// The map of originals up to `NARROW_MAX` bytes, whose packed entries fit in 32 bits.
impl Origins for Vec<u32> {
    #[inline]
    fn push(&mut self, packed: u64, n: usize) {
        // Fits: originals using this map are at most `NARROW_MAX` (2^30) bytes long.
        let packed = packed as u32;
        for _ in 0..n {
            Vec::push(self, packed);
        }
    }

    #[inline]
    fn push_run(&mut self, start: usize, end: usize) {
        self.extend((start..end).map(|k| (k as u32) << 2));
    }
}

/// The map of longer originals.
impl Origins for Vec<u64> {
    #[inline]
    fn push(&mut self, packed: u64, n: usize) {
        for _ in 0..n {
            Vec::push(self, packed);
        }
    }

    #[inline]
    fn push_run(&mut self, start: usize, end: usize) {
        self.extend((start..end).map(|k| pack(k, 1)));
    }
}

/// How one char is treated before decomposition (rules 1–3).
enum Class {
    /// Emit this ASCII char.
    Ascii(u8),
    /// Produce nothing.
    Drop,
    /// Whitespace or control: a space unless one was just emitted.
    Space,
    /// Decompose, strip marks, case fold.
    Other,
}

/// Rules 1–3 for a non-ASCII char.
fn classify(c: char) -> Class {
    match c {
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2E3A}'
        | '\u{2E3B}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}' => Class::Ascii(b'-'),
        '\u{2018}'..='\u{201B}'
        | '\u{2032}'
        | '\u{2035}'
        | '\u{02B9}'
        | '\u{02BC}'
        | '\u{00B4}'
        | '\u{FF07}' => Class::Ascii(b'\''),
        '\u{201C}'..='\u{201F}'
        | '\u{2033}'
        | '\u{2036}'
        | '\u{00AB}'
        | '\u{00BB}'
        | '\u{FF02}' => Class::Ascii(b'"'),
        c if is_invisible(c) => Class::Drop,
        c if c.is_whitespace() || c.is_control() => Class::Space,
        _ => Class::Other,
    }
}

/// Format (Cf) chars and other invisibles that are dropped: soft hyphen, zero-width and bidi
/// controls, Arabic/Syriac number signs, Mongolian vowel separator, word joiner and invisible
/// operators, BOM, interlinear annotation, musical format chars, tag chars.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{0600}'..='\u{0605}'
        | '\u{061C}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{0890}'..='\u{0891}'
        | '\u{08E2}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}')
}

/// The folding state for one text: where output goes and what was last emitted.
struct Folder<'a, O> {
    out: &'a mut String,
    /// The offset map (`()` for [`fold_str`]).
    origin: &'a mut O,
    /// Fold cache for non-ASCII chars; empty means no caching.
    cache: &'a mut [CacheEntry],
    /// Whether the last emitted char was a space (the start of text counts as not).
    prev_space: bool,
    /// Whether rule 3 (space) fired while folding the current char; such results depend on
    /// `prev_space` and are not cached.
    saw_space: bool,
    /// The packed origin of the original char being folded.
    packed: u64,
}

impl<'a, O: Origins> Folder<'a, O> {
    fn new(out: &'a mut String, origin: &'a mut O, cache: &'a mut [CacheEntry]) -> Self {
        Folder {
            out,
            origin,
            cache,
            prev_space: false,
            saw_space: false,
            packed: 0,
        }
    }

    fn fold(&mut self, original: &str) {
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() {
                let end = self.ascii_run(original, i);
                if end > i {
                    i = end;
                    continue;
                }
                self.packed = pack(i, 1);
                self.ascii(b);
                i += 1;
                continue;
            }
            let Some(c) = original[i..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            self.packed = pack(i, len);
            self.cached_char(c);
            i += len;
        }
    }

    /// Fast path: copies the longest run of ASCII bytes from `start` that fold to themselves
    /// up to case (printable chars other than backtick, and spaces not following a space),
    /// lowercased, and returns where the run ends.
    fn ascii_run(&mut self, original: &str, start: usize) -> usize {
        let bytes = original.as_bytes();
        let mut end = start;
        let mut prev_space = self.prev_space;
        while let Some(&b) = bytes.get(end) {
            match b {
                b'`' => break,
                b'!'..=b'~' => prev_space = false,
                b' ' if !prev_space => prev_space = true,
                _ => break,
            }
            end += 1;
        }
        if end > start {
            // `start` and `end` are at ASCII bytes, hence char boundaries.
            let from = self.out.len();
            self.out.push_str(&original[start..end]);
            self.out[from..].make_ascii_lowercase();
            self.origin.push_run(start, end);
            self.prev_space = prev_space;
        }
        end
    }

    /// Emits ASCII byte `b` (fast path).
    #[inline]
    fn ascii(&mut self, b: u8) {
        match b {
            b'!'..=b'~' => {
                let b = if b == b'`' {
                    b'\''
                } else {
                    b.to_ascii_lowercase()
                };
                self.push(b as char);
            }
            // Whitespace (space, \t, \n, \x0B, \x0C, \r) and the other controls.
            _ => self.space(),
        }
    }

    /// Emits a space unless the last emitted char was one.
    #[inline]
    fn space(&mut self) {
        self.saw_space = true;
        if !self.prev_space {
            self.push(' ');
        }
    }

    #[inline]
    fn push(&mut self, c: char) {
        self.out.push(c);
        self.prev_space = c == ' ';
        self.origin.push(self.packed, c.len_utf8());
    }

    /// Folds non-ASCII `c` through the cache, if there is one.
    fn cached_char(&mut self, c: char) {
        let slot = c as usize % CACHE_SIZE;
        if let Some(entry) = self.cache.get(slot).filter(|e| e.key == c) {
            let (len, out) = (entry.len as usize, entry.out);
            for &f in &out[..len] {
                self.push(f);
            }
            return;
        }
        let before = self.out.len();
        self.saw_space = false;
        self.char(c, 2);
        if self.saw_space {
            return;
        }
        let mut entry = CacheEntry {
            key: c,
            ..EMPTY_ENTRY
        };
        for f in self.out[before..].chars() {
            match entry.out.get_mut(entry.len as usize) {
                Some(slot) => *slot = f,
                None => return,
            }
            entry.len += 1;
        }
        if let Some(e) = self.cache.get_mut(slot) {
            *e = entry;
        }
    }

    /// Folds one char by rules 1–4; `depth` bounds how often rule 4's output is refolded.
    fn char(&mut self, c: char, depth: u8) {
        if c.is_ascii() {
            self.ascii(c as u8);
            return;
        }
        match classify(c) {
            Class::Ascii(b) => self.ascii(b),
            Class::Drop => {}
            Class::Space => self.space(),
            Class::Other => decompose_compatible(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                if d.is_ascii() {
                    self.ascii(d as u8);
                    return;
                }
                for f in std::iter::once(d).default_case_fold() {
                    if is_combining_mark(f) {
                        continue;
                    }
                    if f == d || depth == 0 {
                        // `d` is fully decomposed and folds to itself: a fixed point of
                        // rule 4 (or the refolding budget is spent).
                        match classify(f) {
                            Class::Ascii(b) => self.ascii(b),
                            Class::Drop => {}
                            Class::Space => self.space(),
                            Class::Other => self.push(f),
                        }
                    } else {
                        self.char(f, depth - 1);
                    }
                }
            }),
        }
    }
}

/// The end of the ASCII letters and digits of `bytes` from `pos` on: the rest of a word
/// a scanner is inside, where no name or phrase starts (the matcher's and the cue
/// finder's hot loops skip it in one tight loop).
#[inline]
pub fn ascii_word_end(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(u8::is_ascii_alphanumeric) {
        pos += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Row {
        name: &'static str,
        input: &'static str,
        folded: &'static str,
    }

    const ROWS: &[Row] = &[
        // ASCII.
        Row {
            name: "empty",
            input: "",
            folded: "",
        },
        Row {
            name: "ascii case",
            input: "Antony BLINKEN",
            folded: "antony blinken",
        },
        Row {
            name: "ascii punctuation kept",
            input: "Al-Arabiya's (PLO) \"deal\"",
            folded: "al-arabiya's (plo) \"deal\"",
        },
        Row {
            name: "backtick is an apostrophe",
            input: "Egypt`s",
            folded: "egypt's",
        },
        // Whitespace.
        Row {
            name: "newline inside a name",
            input: "Benjamin\nNetanyahu",
            folded: "benjamin netanyahu",
        },
        Row {
            name: "crlf inside a name",
            input: "Benjamin\r\nNetanyahu",
            folded: "benjamin netanyahu",
        },
        Row {
            name: "nbsp run",
            input: "Benjamin\u{a0}\u{a0}Netanyahu",
            folded: "benjamin netanyahu",
        },
        Row {
            name: "mixed whitespace run",
            input: "a \t\u{202F}\u{2009}\u{3000} b",
            folded: "a b",
        },
        Row {
            name: "leading and trailing whitespace collapse but stay",
            input: "  Gaza \n",
            folded: " gaza ",
        },
        Row {
            name: "control chars become space",
            input: "a\u{1}\u{7f}\u{85}b",
            folded: "a b",
        },
        // Punctuation variants.
        Row {
            name: "curly quotes",
            input: "\u{201C}Hamas\u{201D} \u{2018}s\u{2019} Blinken\u{2019}s",
            folded: "\"hamas\" 's' blinken's",
        },
        Row {
            name: "guillemets and primes",
            input: "\u{ab}x\u{bb} 5\u{2032} 6\u{2033} Ma\u{2bc}an",
            folded: "\"x\" 5' 6\" ma'an",
        },
        Row {
            name: "non-breaking hyphen U+2011",
            input: "Al\u{2011}Aqsa",
            folded: "al-aqsa",
        },
        Row {
            name: "other dashes",
            input: "a\u{2010}b\u{2013}c\u{2014}d\u{2212}e\u{FE58}f\u{FF0D}g",
            folded: "a-b-c-d-e-f-g",
        },
        Row {
            name: "acute accent alone is an apostrophe",
            input: "Egypt\u{b4}s",
            folded: "egypt's",
        },
        // Invisibles.
        Row {
            name: "zero-width space inside a word",
            input: "Neta\u{200B}nyahu",
            folded: "netanyahu",
        },
        Row {
            name: "soft hyphen dropped",
            input: "Neta\u{ad}nyahu",
            folded: "netanyahu",
        },
        Row {
            name: "bidi marks dropped",
            input: "\u{200F}Hamas\u{200E} \u{202B}x\u{202C}\u{2066}y\u{2069}",
            folded: "hamas xy",
        },
        Row {
            name: "dropped char between spaces keeps one space",
            input: "a \u{200B} b",
            folded: "a b",
        },
        Row {
            name: "bom inside text dropped",
            input: "\u{FEFF}Gaza",
            folded: "gaza",
        },
        // Diacritics and decomposition.
        Row {
            name: "sanchez acute",
            input: "Pedro Sánchez",
            folded: "pedro sanchez",
        },
        Row {
            name: "shoukry y acute",
            input: "Sameh Shoukrý",
            folded: "sameh shoukry",
        },
        Row {
            name: "decomposed e acute",
            input: "Cafe\u{301}",
            folded: "cafe",
        },
        Row {
            name: "stacked marks",
            input: "A\u{300}\u{323}\u{301}b",
            folded: "ab",
        },
        Row {
            name: "ligature fi",
            input: "\u{FB01}nance",
            folded: "finance",
        },
        Row {
            name: "full-width letters",
            input: "\u{FF21}\u{FF22}\u{FF23}\u{FF11}",
            folded: "abc1",
        },
        Row {
            name: "circled digit",
            input: "\u{2460}",
            folded: "1",
        },
        // Case folding.
        Row {
            name: "dotted capital I",
            input: "İstanbul",
            folded: "istanbul",
        },
        Row {
            name: "dotless small i kept",
            input: "Diyarbakır",
            folded: "diyarbakır",
        },
        Row {
            name: "sharp s",
            input: "Straße",
            folded: "strasse",
        },
        Row {
            name: "capital sharp s",
            input: "STRA\u{1E9E}E",
            folded: "strasse",
        },
        Row {
            name: "greek sigma forms",
            input: "ΟΔΥΣΣΕΥΣ οδυσσευς",
            folded: "οδυσσευσ οδυσσευσ",
        },
        Row {
            name: "cyrillic short i loses its breve like any mark",
            input: "Сергей Лавров Ёлкин",
            folded: "сергеи лавров елкин",
        },
        Row {
            name: "kelvin sign",
            input: "\u{212A}",
            folded: "k",
        },
        // Kept as they are.
        Row {
            name: "emoji kept",
            input: "Gaza 🇵🇸 ❤",
            folded: "gaza 🇵🇸 ❤",
        },
        Row {
            name: "emoji zwj sequence loses joiner and selector",
            input: "👩\u{200D}⚕\u{FE0F}",
            folded: "👩⚕",
        },
        Row {
            name: "arabic letters kept",
            input: "غزة",
            folded: "غزة",
        },
        Row {
            name: "replacement char kept",
            input: "a\u{FFFD}b",
            folded: "a\u{FFFD}b",
        },
    ];

    #[test]
    fn fold_table() {
        for row in ROWS {
            let f = FoldedText::new(row.input);
            assert_eq!(f.as_str(), row.folded, "row {:?}: FoldedText", row.name);
            assert_eq!(
                fold_str(row.input),
                row.folded,
                "row {:?}: fold_str",
                row.name
            );
            assert_eq!(
                fold_str(row.folded),
                row.folded,
                "row {:?}: not idempotent",
                row.name
            );
            assert_eq!(
                f.original_offset(f.as_str().len()),
                row.input.len(),
                "row {:?}: end offset",
                row.name
            );
        }
    }

    struct SpanRow {
        name: &'static str,
        input: &'static str,
        /// The folded substring to look up (its first occurrence).
        folded: &'static str,
        /// The original text it must map back to.
        original: &'static str,
    }

    const SPAN_ROWS: &[SpanRow] = &[
        SpanRow {
            name: "istanbul maps to dotted I",
            input: "in İstanbul today",
            folded: "istanbul",
            original: "İstanbul",
        },
        SpanRow {
            name: "ss maps to sharp s",
            input: "Straße",
            folded: "ss",
            original: "ß",
        },
        SpanRow {
            name: "one s of ss maps to whole sharp s",
            input: "Straße",
            folded: "as",
            original: "aß",
        },
        SpanRow {
            name: "fi maps to ligature",
            input: "\u{FB01}nance",
            folded: "fi",
            original: "\u{FB01}",
        },
        SpanRow {
            name: "sanchez keeps accent",
            input: "Pedro Sánchez said",
            folded: "sanchez",
            original: "Sánchez",
        },
        SpanRow {
            name: "decomposed accent ends at the base letter",
            input: "Cafe\u{301} noir",
            folded: "cafe",
            original: "Cafe",
        },
        SpanRow {
            name: "nbsp run inside name",
            input: "PM Benjamin\u{a0}\u{a0}Netanyahu said",
            folded: "benjamin netanyahu",
            original: "Benjamin\u{a0}\u{a0}Netanyahu",
        },
        SpanRow {
            name: "crlf inside name",
            input: "Benjamin\r\nNetanyahu",
            folded: "benjamin netanyahu",
            original: "Benjamin\r\nNetanyahu",
        },
        SpanRow {
            name: "dash U+2011",
            input: "the Al\u{2011}Aqsa mosque",
            folded: "al-aqsa",
            original: "Al\u{2011}Aqsa",
        },
        SpanRow {
            name: "zero-width space inside is covered",
            input: "Neta\u{200B}nyahu!",
            folded: "netanyahu",
            original: "Neta\u{200B}nyahu",
        },
        SpanRow {
            name: "trailing zero-width space is not covered",
            input: "Gaza\u{200B} City",
            folded: "gaza",
            original: "Gaza",
        },
        SpanRow {
            name: "curly apostrophe",
            input: "Blinken\u{2019}s visit",
            folded: "blinken's",
            original: "Blinken\u{2019}s",
        },
        SpanRow {
            name: "full-width",
            input: "x \u{FF35}\u{FF33} y",
            folded: "us",
            original: "\u{FF35}\u{FF33}",
        },
        SpanRow {
            name: "emoji",
            input: "a 🇵🇸 b",
            folded: "🇵🇸",
            original: "🇵🇸",
        },
    ];

    #[test]
    fn original_span_table() {
        for row in SPAN_ROWS {
            let f = FoldedText::new(row.input);
            let start = f.as_str().find(row.folded).unwrap_or_else(|| {
                panic!(
                    "row {:?}: {:?} not in {:?}",
                    row.name,
                    row.folded,
                    f.as_str()
                )
            });
            let span = f.original_span(start, start + row.folded.len());
            assert_eq!(&row.input[span], row.original, "row {:?}", row.name);
        }
    }

    /// Idempotence over every assigned char (planes 0–3 and 14; the rest is unassigned or
    /// private use, which folds to itself), after a space and after a letter: the property
    /// tests only sample. Folding is per char with one bit of state (was the last output a
    /// space?), so one long string per state covers every case; on failure, find the char.
    #[test]
    fn idempotent_on_every_char() {
        let all = || {
            (0..=0x3_FFFF)
                .chain(0xE_0000..=0xE_FFFF)
                .filter_map(char::from_u32)
        };
        for prefix in [' ', 'x'] {
            let text: String = all().flat_map(|c| [prefix, c]).collect();
            let once = fold_str(&text);
            if fold_str(&once) != once {
                for c in all() {
                    let one = fold_str(&format!("{prefix}{c}"));
                    assert_eq!(fold_str(&one), one, "U+{:04X} after {prefix:?}", c as u32);
                }
                panic!("fold not idempotent after {prefix:?}, char not found");
            }
        }
    }

    /// Originals over 1 GiB use `u64` map entries; force that path on small inputs.
    #[test]
    fn wide_map_matches_narrow() {
        for row in SPAN_ROWS {
            let narrow = FoldedText::new(row.input);
            let mut wide = FoldedText::default();
            wide.refold_with(row.input, 0);
            assert!(
                !wide.wide.is_empty() && wide.origin.is_empty(),
                "row {:?}",
                row.name
            );
            assert_eq!(wide.as_str(), narrow.as_str(), "row {:?}", row.name);
            let n = narrow.as_str().len();
            for start in 0..=n + 1 {
                for end in start..=n + 1 {
                    assert_eq!(
                        wide.original_span(start, end),
                        narrow.original_span(start, end),
                        "row {:?}: {start}..{end}",
                        row.name
                    );
                }
                assert_eq!(wide.original_offset(start), narrow.original_offset(start));
            }
        }
    }

    /// The per-`FoldedText` cache of folded chars changes nothing, also on reuse.
    #[test]
    fn cache_is_transparent() {
        let chars: String = (0x80..0x3400u32).filter_map(char::from_u32).collect();
        let text = format!("{chars} x{chars}\u{a8}{chars}  ");
        let mut f = FoldedText::new(&text);
        assert_eq!(f.as_str(), fold_str(&text));
        f.refold(&chars);
        assert_eq!(f.as_str(), fold_str(&chars));
    }

    #[test]
    fn out_of_range_does_not_panic() {
        let f = FoldedText::new("Gaza");
        assert_eq!(f.original_span(2, 100), 2..4);
        assert_eq!(f.original_span(3, 1), 3..3);
        assert_eq!(f.original_span(100, 200), 4..4);
        assert_eq!(f.original_offset(100), 4);
        let empty = FoldedText::default();
        assert_eq!(empty.original_span(0, 1), 0..0);
    }

    #[test]
    fn refold_reuses_buffers() {
        let mut f = FoldedText::new(&"Blinken met Shoukrý. ".repeat(100));
        let (cap_s, cap_o) = (f.folded.capacity(), f.origin.capacity());
        f.refold("İstanbul");
        assert_eq!(f.as_str(), "istanbul");
        assert_eq!(f.original_span(0, 8), 0..9);
        assert_eq!(f.original_len(), 9);
        assert_eq!((f.folded.capacity(), f.origin.capacity()), (cap_s, cap_o));
    }

    #[test]
    fn corpus_sample_folds() {
        let text = "Blinken\u{2019}s visit to Tel Aviv \u{2014} U.S. Secretary of State";
        let f = FoldedText::new(text);
        assert_eq!(
            f.as_str(),
            "blinken's visit to tel aviv - u.s. secretary of state"
        );
    }
}
