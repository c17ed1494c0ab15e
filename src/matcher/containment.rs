//! Names inside names: whether a match is part of a longer proper name that the
//! gazetteer does not know, and so not its entity ("Bank of Japan" is not Japan).
//!
//! Two kinds of evidence, checked on the original text around the match:
//!
//! | rule | blocks | keeps |
//! |---|---|---|
//! | a listed word ([`Blockers`]): a head noun after the match, a head or `of` word before "of" and the match (past a compass word or the first part of a hyphenated compound), a prefix before a match that is not a demonym, a currency after it | "Qatar Airways", "Bank of Japan", "University of Southern California", "University of Wisconsin-Madison", "Gulf of Aden", "New Mexico", "USS Arizona", "US dollars", "US$" | "Qatar airways", "Qatar's foundation", "the people of Gaza", "New Israeli strikes" |
//! | an unlisted name: two or more capitalised common English words right after the match, or one that is a listed head; not followed by a title word, on a line that is not a title-case headline | "Haitian National Police", "Ethiopian Renaissance Dam", "Indo-Pacific Economic Framework", "CCP Central Foreign Affairs Commission" | "Egyptian Foreign Minister", "Lebanese Parliament Speaker", "AUKUS Defense Ministers Meeting", "U.S. Embassy", "Israeli Benny Gantz" (names are no common words), "Rubio Holds Call With Lavrov" (a headline) |
//! | a hyphenated compound of capitalised parts holding the match, followed by capitalised common words: any, when another part names nothing; ending in a listed `body` word, when every part names an entity (a pair of parties) | "Mekong-U.S. Partnership", "U.S.-Mekong Dialogue", "U.S.-China Business Council" | "the US-Egyptian Strategic Dialogue" (the pair's own event), "U.S.-China talks", "U.S.-led Coalition" (a lower-case part) |
//! | a misspelt head: a capitalised word, not a common word, one letter off a listed head of six or more letters, ending the name | "VOA's Moscow Bureu produced" | "the Indian Sumit Nagal" (a name goes on) |
//!
//! The second rule needs no list of names: what makes "National Police" a name is that
//! ordinary words are written with capitals mid-sentence, which prose does only in
//! names. Titles are ordinary words written so too, which is why they stop the run, and
//! headlines write every word so, which is why they are left to the listed words.

use std::borrow::Cow;
use std::ops::Range;

use super::{first_word, is_title_word, last_word, starts_upper, NameStarts};
use crate::gazetteer::{common_word_rank, Blockers};

/// Whether the match at `span` of `original` is part of a longer proper name (see the
/// module docs). `demonym_only`: the match is a demonym, which no prefix blocks ("New
/// Israeli strikes"). `place_name`: the match names a country or place, and these are
/// the folded first words of the names the gazetteer knows ([`name_after_place`]).
pub(crate) fn inside_longer_name(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    span: Range<usize>,
    demonym_only: bool,
    compound: Option<Compound>,
    place_name: Option<&NameStarts>,
) -> bool {
    let b = blockers;
    let is_in = |list: &[String], word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    if let Some(compound) = compound {
        if compound_inside(b, common_words, original, span.clone(), compound) {
            return true;
        }
    }
    let after = &original[span.end..];
    let next = after.strip_prefix(' ').unwrap_or(after);
    if next.starts_with('$') {
        return is_in(&b.currencies, "$");
    }
    if next.len() < after.len() {
        let word = first_word(next);
        if is_in(&b.currencies, word) {
            return true;
        }
        if starts_upper(word) && (is_in(&b.heads, word) || misspelt_head(b, common_words, next)) {
            return true;
        }
        // The second part of a compound is left to the compound rule.
        let second = original[..span.start].ends_with(['-', '–']);
        if !second && unlisted_name_after(b, common_words, original, span.clone()) {
            return true;
        }
        if let Some(name_starts) = place_name.filter(|_| !second) {
            if name_after_place(common_words, name_starts, original, span.clone()) {
                return true;
            }
        }
    }
    if let Some(head) = head_of(original, span.start) {
        return starts_upper(head) && (is_in(&b.heads, head) || is_in(&b.of_heads, head));
    }
    let Some(before) = original[..span.start].strip_suffix(' ') else {
        return false;
    };
    let word = last_word(before);
    !demonym_only && starts_upper(word) && is_in(&b.prefixes, word)
}

/// Compass words that may stand between "of" and the match in a longer name
/// ("University of *Southern* California", "University of *North* Georgia").
const COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
];

/// The word before "of" when "of" comes right before the match at `start` ("*Bank* of
/// Japan"), past a capitalised compass word ("University of Southern California") or
/// the capitalised first part of a hyphenated compound holding the match ("University
/// of Wisconsin-Madison"); `None` when no "of" comes there ("" when "of" opens the text).
fn head_of(original: &str, start: usize) -> Option<&str> {
    let mut before = &original[..start];
    if let Some(rest) = before.strip_suffix(['-', '\u{2013}']) {
        let part = last_word(rest);
        if !starts_upper(part) {
            return None;
        }
        before = &rest[..rest.len() - part.len()];
    }
    let mut before = before.strip_suffix(' ')?;
    let mut word = last_word(before);
    if COMPASS.contains(&word) {
        before = before[..before.len() - word.len()].strip_suffix(' ')?;
        word = last_word(before);
    }
    if word != "of" {
        return None;
    }
    Some(
        before[..before.len() - 2]
            .strip_suffix(' ')
            .map_or("", last_word),
    )
}

/// Words of a name after the match that, being common words written with a capital,
/// make it a longer name ("Haitian *National Police*").
const NAME_WORDS: usize = 2;

/// Title words that qualify a title ("Foreign Minister", "Vice President") and, with no
/// title after them, are ordinary words of a name ("CCP Central Foreign Affairs
/// Commission").
const TITLE_QUALIFIERS: &[&str] = &["foreign", "defence", "defense", "vice", "deputy", "crown"];

/// Whether the words right after the match at `span` (one space each) are capitalised
/// common English words, [`NAME_WORDS`] or more of them or ending in (or ended by) a listed head, not
/// followed by a title (then they are a title: "Parliament Speaker"), on a line that is
/// not a title-case headline.
fn unlisted_name_after(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    span: Range<usize>,
) -> bool {
    let Some(run) = name_run(common_words, original, span.end) else {
        return false;
    };
    let is_head = |word: &str| blockers.heads.iter().any(|h| h.eq_ignore_ascii_case(word));
    // The run ends in a head, or a head that is no common word ends it ("Gaza
    // Solidarity *Encampment*").
    let next = original[run.end..].strip_prefix(' ').map_or("", first_word);
    let head = run.count > 0 && (is_head(run.last) || (starts_upper(next) && is_head(next)));
    (run.count >= NAME_WORDS || head) && !headline(common_words, original, span.start..run.end)
}

/// Plural words that, capitalised after a place's name, still speak of the place: its
/// people, forces or talks held there, not a team or a company named after it. (Listed
/// heads such as "Airways" or "Games" are blocked before this rule is read.)
const PLACE_PLURALS: &[&str] = &[
    "states",
    "nations",
    "emirates",
    "islands",
    "forces",
    "affairs",
    "relations",
    "talks",
    "residents",
    "officials",
    "leaders",
    "peoples",
    "authorities",
    "troops",
    "territories",
    "heights",
];

/// Whether a place's or country's name at `span` is the first word of a longer name
/// because a capitalised word follows it (one space) that is no common English word, no
/// title and no start of a name the gazetteer knows (`name_starts`, folded):
/// "Kobe Bryant", "Jordan Peterson", "Santiago Bernabeu", or a plural common word (a
/// team or a company: "Cleveland Cavaliers", [`PLACE_PLURALS`] aside). Not after a title's "of"
/// ("the President of Angola Lourenço"), nor on a title-case headline.
fn name_after_place(
    common_words: &[(String, u32)],
    name_starts: &NameStarts,
    original: &str,
    span: Range<usize>,
) -> bool {
    let Some(next) = original[span.end..].strip_prefix(' ') else {
        return false;
    };
    let word = first_word(next);
    if !capitalised(word) || word.chars().count() < 3 {
        return false;
    }
    let folded = crate::text::fold_str(word);
    // A capitalised plural common word names a team or a company ("the Cleveland
    // Cavaliers", "the Texas Rangers"), unless it names the place's people or bodies.
    let team = folded.len() >= 5
        && folded.ends_with('s')
        && !folded.ends_with("ss")
        && !PLACE_PLURALS.contains(&folded.as_str());
    if (common_word_rank(common_words, &folded).is_some() && !team)
        || is_title_word(&folded)
        || folded.strip_suffix('s').is_some_and(is_title_word)
        || name_starts.contains(folded.as_str())
    {
        return false;
    }
    let before = original[..span.start]
        .strip_suffix("of the ")
        .or_else(|| original[..span.start].strip_suffix("of "));
    if before.is_some_and(|b| {
        let title = last_word(b.trim_end());
        starts_upper(title) && is_title_word(&title.to_lowercase())
    }) {
        return false;
    }
    !headline(
        common_words,
        original,
        span.start..span.end + 1 + word.len(),
    )
}

/// A hyphenated compound of capitalised parts that holds a match ("Mekong-U.S.",
/// "U.S.-China"), found by the matcher, which knows which parts are names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Compound {
    /// Byte offset just past the compound in the original text.
    pub end: usize,
    /// Every other part names an entity: the compound is a pair of parties.
    pub pair: bool,
}

/// Whether the match at `span` is part of a longer name through the hyphenated compound
/// holding it: capitalised common words right after the compound make one when another
/// part names nothing ("Mekong-U.S. Partnership", "U.S.-Mekong Dialogue"); after a pair
/// of parties, only when they end in a `body` word, a body that is neither party
/// ("U.S.-China Business Council", but "the US-Egyptian Strategic Dialogue" names both).
/// A title ends the run as after any match.
fn compound_inside(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    span: Range<usize>,
    compound: Compound,
) -> bool {
    let Some(run) = name_run(common_words, original, compound.end) else {
        return false;
    };
    let named = if compound.pair {
        run.count > 0
            && blockers
                .bodies
                .iter()
                .any(|b| b.eq_ignore_ascii_case(run.last))
    } else {
        run.count > 0
    };
    named && !headline(common_words, original, span.start..run.end)
}

/// A run of capitalised common English words after a match or compound (see
/// [`name_run`]).
struct Run<'t> {
    /// How many words.
    count: usize,
    /// The last of them ("" when none).
    last: &'t str,
    /// Byte offset just past the run.
    end: usize,
}

/// The capitalised common English words right after `from` (one space each), or `None`
/// when a title word ends them: then they are a title ("Parliament Speaker", "Defense
/// Ministers Meeting"), not a name.
fn name_run<'t>(common_words: &[(String, u32)], original: &'t str, from: usize) -> Option<Run<'t>> {
    let mut end = from;
    let mut count = 0;
    let mut last = "";
    while let Some(next) = original[end..].strip_prefix(' ') {
        let word = first_word(next);
        if !capitalised(word) {
            break;
        }
        let mut buffer = [0; WORD_BUFFER];
        let lower = lower_case(word, &mut buffer);
        // A title, or titles ("Defense Ministers Meeting": the body's own meeting).
        let title = is_title_word(&lower) || lower.strip_suffix('s').is_some_and(is_title_word);
        if title && !TITLE_QUALIFIERS.contains(&&*lower) {
            // A title phrase: "Foreign Minister", "External Affairs Minister".
            return None;
        }
        if common_word_rank(common_words, &lower).is_none() {
            break;
        }
        count += 1;
        last = word;
        end += 1 + word.len();
    }
    Some(Run { count, last, end })
}

/// Whether `word` is capitalised: an upper-case letter, then a lower-case one; not an
/// acronym ("NATO") or a word in capitals.
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Letters a listed head needs for a misspelling of it to count ([`misspelt_head`]).
const MISSPELT_HEAD_LETTERS: usize = 6;

/// Whether the text `next` starts with a misspelt listed head ending the name ("VOA's
/// Moscow *Bureu* produced"): a capitalised word of four or more letters that is no
/// common English word, one letter off (one added, dropped, changed, or two swapped) a
/// head of [`MISSPELT_HEAD_LETTERS`] or more after the same first three letters, and not
/// followed by another capitalised
/// word (a name going on: "Sumit Nagal" is no "Summit").
fn misspelt_head(blockers: &Blockers, common_words: &[(String, u32)], next: &str) -> bool {
    let word = first_word(next);
    if word.chars().count() < 4 || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let mut buffer = [0; WORD_BUFFER];
    let lower = lower_case(word, &mut buffer);
    if common_word_rank(common_words, &lower).is_some() {
        return false;
    }
    let rest = &next[word.len()..];
    if rest.strip_prefix(' ').is_some_and(starts_upper) {
        return false;
    }
    // Slips rarely touch the first letters; names one letter off a head mostly do
    // ("Carter", "Harald").
    blockers.heads.iter().any(|head| {
        head.chars().count() >= MISSPELT_HEAD_LETTERS
            && head.get(..3) == lower.get(..3)
            && one_letter_off(head, &lower)
    })
}

/// Whether `a` and `b` differ by exactly one letter added, dropped or changed, or two
/// neighbours swapped (both lower case).
fn one_letter_off(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (long, short) = if a.len() >= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let prefix = long
        .iter()
        .zip(short.iter())
        .take_while(|(x, y)| x == y)
        .count();
    match long.len() - short.len() {
        // Dropped (or added) a letter: the rest lines up one over.
        1 => long[prefix + 1..] == short[prefix..],
        0 if prefix == long.len() => false,
        // Changed a letter, or swapped two.
        0 => {
            long[prefix + 1..] == short[prefix + 1..]
                || (prefix + 1 < long.len()
                    && long[prefix] == short[prefix + 1]
                    && long[prefix + 1] == short[prefix]
                    && long[prefix + 2..] == short[prefix + 2..])
        }
        _ => false,
    }
}

/// Whether the line holding the name at `name` is a headline ("Rubio Holds Call With
/// Lavrov"): it has no final punctuation and, outside the name, more than half of its
/// common English words of four or more letters start with a capital, or it has none.
/// (A first sentence full of titles, "Secretary of State ... met with People's Republic
/// of China Director of the ...", ends with a full stop.)
pub(super) fn headline(common_words: &[(String, u32)], original: &str, name: Range<usize>) -> bool {
    let start = original[..name.start].rfind('\n').map_or(0, |i| i + 1);
    let end = original[name.end..]
        .find('\n')
        .map_or(original.len(), |i| name.end + i);
    let punctuated = original[start..end]
        .trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', ')']);
    // Checked first: a punctuated line (most of them, and a whole paragraph at that)
    // needs no word counted.
    if punctuated {
        return false;
    }
    let (mut words, mut capitals) = (0, 0);
    for part in [&original[start..name.start], &original[name.end..end]] {
        for word in part.split(|c: char| !c.is_alphanumeric()) {
            let mut buffer = [0; WORD_BUFFER];
            if word.chars().count() >= 4
                && common_word_rank(common_words, &lower_case(word, &mut buffer)).is_some()
            {
                words += 1;
                capitals += usize::from(starts_upper(word));
            }
        }
    }
    words == 0 || capitals * 2 > words
}

/// Bytes of a word lower-cased without allocating; longer words allocate.
const WORD_BUFFER: usize = 32;

/// `word` in lower case: in `buffer` when it is short ASCII (no allocation, as this
/// runs after most matches), else allocated.
fn lower_case<'a>(word: &'a str, buffer: &'a mut [u8; WORD_BUFFER]) -> Cow<'a, str> {
    if word.len() <= WORD_BUFFER && word.is_ascii() {
        let out = &mut buffer[..word.len()];
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lower-cased.
        Cow::Borrowed(std::str::from_utf8(out).unwrap_or_default())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::one_letter_off;

    #[test]
    fn one_letter_off_table() {
        let rows: &[(&str, &str, bool)] = &[
            ("bureau", "bureu", true),
            ("bureau", "bureaux", true),
            ("bureau", "burean", true),
            ("center", "cetner", true),
            ("bureau", "bureau", false),
            ("bureau", "bure", false),
            ("summit", "sumit", true),
            ("charter", "carter", true),
            ("bureau", "breauu", false),
            ("airways", "airlines", false),
        ];
        for &(a, b, want) in rows {
            assert_eq!(one_letter_off(a, b), want, "{a:?} vs {b:?}");
            assert_eq!(one_letter_off(b, a), want, "{b:?} vs {a:?}");
        }
    }
}
