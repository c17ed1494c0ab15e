//! Reading the words between two spans: the small vocabulary every step shares.
//!
//! Gaps are compared word by word, ASCII-case-insensitively, with curly apostrophes
//! folded to straight ones; commas and other punctuation are words of their own.

use std::ops::Range;

/// Words allowed between a location cue and its place ("in the").
pub(super) const ARTICLES: &[&str] = &["the", "a", "an"];
/// Words allowed between coordinated parties ("Egypt, Qatar and Jordan").
pub(super) const COORDINATION: &[&str] = &[",", "and", "&", "the"];
/// Possessive markers between a party and the noun it owns ("Hamas' demands").
pub(super) const POSSESSIVE: &[&str] = &["'s", "'"];

/// The days of the week, a time that reads as one word ("on Monday", "Tuesday,").
pub(super) use crate::text::calendar::WEEKDAYS;

/// Where a photo caption places a person: "Erdogan, right, and Putin", "Kerry (left)".
pub(super) const CAPTION_PLACES: &[&str] = &["left", "right", "center", "centre"];

/// The words of `text[range]`: runs of letters, digits and hyphens, an apostrophe with
/// the letters after it ("'s"), or one other non-space character.
pub(super) fn words(text: &str, range: Range<usize>) -> Words<'_> {
    Words {
        text,
        pos: range.start,
        end: range.end,
    }
}

/// The iterator of [`words`]: ASCII bytes are read directly, other characters decoded.
pub(super) struct Words<'a> {
    text: &'a str,
    pos: usize,
    end: usize,
}

impl Words<'_> {
    /// The character at `pos` and its width.
    #[inline]
    fn char_at(&self, pos: usize) -> (char, usize) {
        let byte = self.text.as_bytes()[pos];
        if byte < 0x80 {
            (char::from(byte), 1)
        } else {
            let c = self.text[pos..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    }
}

/// The ASCII letters, digits and hyphen, as a table ([`word_char`] of an ASCII byte): the
/// inner loop of [`Words`] reads one entry a byte.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x80 {
        table[byte] = (byte as u8).is_ascii_alphanumeric() || byte == b'-' as usize;
        byte += 1;
    }
    table
};

/// A letter, digit or hyphen: what a word is made of.
#[inline]
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    /// ASCII bytes, nearly all of a news text, are tested as bytes; the tests are those
    /// of `char` (`' '` and `'\t'..='\r'` are the ASCII whitespace of
    /// [`char::is_whitespace`]).
    fn next(&mut self) -> Option<Range<usize>> {
        crate::relate::count_work(1);
        // Cut to `end` once: each read below is one bounds test against the range's end.
        let bytes = self.text.as_bytes();
        let bytes = &bytes[..self.end.min(bytes.len())];
        let mut pos = self.pos;
        let (start, word) = loop {
            let Some(&byte) = bytes.get(pos) else {
                self.pos = pos;
                return None;
            };
            if byte < 0x80 {
                pos += 1;
                if !matches!(byte, b' ' | b'\t'..=b'\r') {
                    break (pos - 1, WORD_BYTES[usize::from(byte)] || byte == b'\'');
                }
            } else {
                let (c, width) = self.char_at(pos);
                pos += width;
                if !c.is_whitespace() {
                    break (pos - width, word_char(c) || c == '’');
                }
            }
        };
        if word {
            while let Some(&byte) = bytes.get(pos) {
                if WORD_BYTES[usize::from(byte)] {
                    pos += 1;
                } else if byte < 0x80 {
                    break;
                } else {
                    let (c, width) = self.char_at(pos);
                    if !word_char(c) {
                        break;
                    }
                    pos += width;
                }
            }
        }
        self.pos = pos;
        Some(start..pos)
    }
}

/// Whether `text[from..to]` holds only whitespace and the allowed words.
pub(super) fn gap_is(text: &str, from: usize, to: usize, allowed: &[&str]) -> bool {
    from <= to
        && words(text, from..to).all(|w| allowed.iter().any(|a| same_word(a, &text[w.clone()])))
}

/// ASCII-case-insensitive equality with curly apostrophes folded to straight ones.
pub(super) fn same_word(a: &str, b: &str) -> bool {
    // Most words compared differ in their first letter: told apart without decoding
    // when both are ASCII and neither is an apostrophe (which a curly one folds to).
    if let (Some(&x), Some(&y)) = (a.as_bytes().first(), b.as_bytes().first()) {
        let plain = |c: u8| c.is_ascii() && c != b'\'';
        if plain(x) && plain(y) && !x.eq_ignore_ascii_case(&y) {
            return false;
        }
    }
    let fold = |c: char| {
        if c == '’' {
            '\''
        } else {
            c.to_ascii_lowercase()
        }
    };
    a.chars().map(fold).eq(b.chars().map(fold))
}

/// Whether `gap`, the text between two names, joins them into one chain: a hyphen or
/// dash with no spaces ("Russia-Ukraine", "U.S.–China").
pub(super) fn is_hyphen_join(gap: &str) -> bool {
    matches!(gap, "-" | "–" | "‑" | "—")
}

/// Whether `word` is one of `list`.
pub(super) fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| same_word(w, word))
}

/// "and Chinese President", "and Philippine Secretary of National Defense", ", and U.S.
/// Secretary of Defense": "and" (after a serial comma) followed only by a title.
pub(super) fn and_then_titles(gap: &str) -> bool {
    let gap = gap.trim_start();
    let gap = gap.strip_prefix(',').unwrap_or(gap);
    let mut words = gap.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("and")) && words.all(is_title_word)
}

/// ", Japanese Minister of Defense": a comma followed only by a title, between two
/// parties of a list that an "and" ends ("Marles, Japanese Minister of Defense Kihara,
/// and ...").
pub(super) fn comma_then_titles(gap: &str) -> bool {
    let gap = gap.trim_start();
    gap.strip_prefix(',')
        .is_some_and(|rest| rest.split_whitespace().all(is_title_word))
}

/// ", the Foreign Minister of Japan, and": a title set off by commas, then "and",
/// between two names of a list that gives each name its title after it ("Wong, the
/// Foreign Minister of Australia, Kamikawa, the Foreign Minister of Japan, and Blinken,
/// the Secretary of State, met"). The title has a capitalised word; a country in it
/// is the title's.
pub(super) fn titles_then_and(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    let [",", title @ .., last, "and"] = words.as_slice() else {
        return false;
    };
    let Some(last) = last.strip_suffix(',') else {
        return false;
    };
    let title = || title.iter().copied().chain([last]);
    title().all(is_title_word) && title().any(|w| w.starts_with(char::is_uppercase) && w != "The")
}

/// A word a title may hold: capitalised, or one of its small words.
fn is_title_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "the" | "and" | "/")
}

/// Words in `s`, counted by whitespace.
pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether a word starts with a capital letter ("Minister", "U.S.").
pub(super) fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// Whether a word is punctuation only.
pub(super) fn is_punctuation(word: &str) -> bool {
    !word.chars().any(char::is_alphanumeric)
}

/// Words that open a sentence-initial clause ending at its first comma ("During talks
/// with Herzog, Blinken ..."): the sentence's subject follows the comma.
pub(super) const OPENERS: &[&str] = &[
    "when",
    "after",
    "before",
    "while",
    "as",
    "although",
    "though",
    "if",
    "since",
    "because",
    "once",
    "until",
    "during",
    "following",
    "despite",
    "amid",
    "ahead",
    "upon",
    "in",
    "at",
    "on",
    "earlier",
    "later",
    "according",
];

/// Third-person subject pronouns that stand for a person.
pub(super) const PERSON_PRONOUNS: &[&str] = &["he", "she"];
/// Possessive pronouns that stand for a person ("his meeting with").
pub(super) const PERSON_POSSESSIVES: &[&str] = &["his", "her"];
/// Object pronouns that stand for a person ("spoke with him").
pub(super) const PERSON_OBJECTS: &[&str] = &["him", "her"];

/// How many bytes back [`last_word_before`] reads.
const LAST_WORD_REACH: usize = 32;

/// The last word of `text[floor..pos]`, read from a bounded way back (a modifier right
/// before a noun: "phone talks").
pub(super) fn last_word_before(text: &str, floor: usize, pos: usize) -> Option<Range<usize>> {
    words_before(text, floor, pos, LAST_WORD_REACH).last()
}

/// The words of `text[floor..pos]` read from at most `reach` bytes before `pos` (moved
/// on to a character boundary): what stands right before a place, without reading the
/// whole sentence.
pub(super) fn words_before(text: &str, floor: usize, pos: usize, reach: usize) -> Words<'_> {
    let mut from = pos.saturating_sub(reach).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    words(text, from..pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_byte_table_is_word_char_of_each_ascii_byte() {
        for byte in 0..=u8::MAX {
            let expected = byte.is_ascii() && word_char(char::from(byte));
            assert_eq!(WORD_BYTES[usize::from(byte)], expected, "byte {byte:#04x}");
        }
    }

    #[test]
    fn words_split_punctuation_and_possessives() {
        let text = "Egypt’s  foreign-minister, (Shoukry) met U.S. envoys";
        let got: Vec<&str> = words(text, 0..text.len()).map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "Egypt",
                "’s",
                "foreign-minister",
                ",",
                "(",
                "Shoukry",
                ")",
                "met",
                "U",
                ".",
                "S",
                ".",
                "envoys"
            ]
        );
    }

    #[test]
    fn gaps() {
        let text = "Egypt, Qatar and the Jordan";
        assert!(gap_is(text, 5, 7, COORDINATION));
        assert!(gap_is(text, 12, 21, COORDINATION));
        assert!(!gap_is(text, 0, 12, COORDINATION));
        assert!(gap_is(text, 3, 3, &[]), "an empty gap is always allowed");
        assert!(!gap_is(text, 4, 3, &[]), "a reversed gap never is");
        assert!(same_word("'s", "’S"));
        assert!(and_then_titles("and Chinese President"));
        assert!(!and_then_titles("and then"));
    }
}
