//! Names inside names: whether a match is part of a longer proper name that the
//! gazetteer does not know, and so not its entity ("Bank of Japan" is not Japan).
//!
//! Two kinds of evidence, checked on the original text around the match:
//!
//! | rule | blocks | keeps |
//! |---|---|---|
//! | a listed word ([`Blockers`]): a head noun after the match, a head or `of` word before "of" and the match (past a compass word or the first part of a hyphenated compound) or before "of the" and the match, a school's head before "at" and the match, a head before "for" and the match, a prefix before a match that is not a demonym (but after "Operation") and opens with no title (but after a ship's prefix), a currency after it | "Qatar Airways", "Bank of Japan", "Export-Import Bank of the United States", "Southern University at New Orleans", "University of Southern California", "University of Wisconsin-Madison", "Gulf of Aden", "Research Center for Chinese Politics", "New Mexico", "USS Arizona", "U.S. Naval Forces Europe", "US dollars", "US$" | "Qatar airways", "Qatar's foundation", "the people of Gaza", "Special Envoy for Yemen", "New Israeli strikes", "Armed Forces General Burhan" |
//! | an unlisted name: two or more capitalised common English words right after the match, or one that is a listed head; not followed by a title word, not ending in a listed `part` word (the match's own office or post, unless another's possessive comes before the match), on a line that is not a title-case headline (an item of a list is none) | "Haitian National Police", "EDA's Atlanta Regional Office", "• $150,319 to Cleveland State University", "Ethiopian Renaissance Dam", "Indo-Pacific Economic Framework", "CCP Central Foreign Affairs Commission", "UN General Assembly High-Level Week" (a compound of common words is one) | "Egyptian Foreign Minister", "Lebanese Parliament Speaker", "AUKUS Defense Ministers Meeting", "U.S. Embassy", "White House Press Office", "Israeli Benny Gantz" (names are no common words), "Rubio Holds Call With Lavrov" (a headline) |
//! | a hyphenated compound of capitalised parts holding the match, followed by capitalised common words: any, when another part names nothing; ending in a listed `body` word, when every part names an entity (a pair of parties) | "Mekong-U.S. Partnership", "U.S.-Mekong Dialogue", "U.S.-China Business Council" | "the US-Egyptian Strategic Dialogue" (the pair's own event), "U.S.-China talks", "U.S.-led Coalition" (a lower-case part) |
//! | a joined or possessive name: one capitalised common word after the match, joined by "and", "of", "for" or "&" to more ending in a listed head, or the plural of a listed head so joined to a capitalised word, or a plural possessive | "Florida Agricultural and Mechanical University", "the Office of American Schools and Hospitals Abroad", "the U.S. Women's national team", "Sierra Leone People's Party" | "Egyptian Foreign and Defense Ministers", "Cairo and Doha University", "American Schools reopen", "the U.S. Embassy's", "U.S. President's", "Israel's Netanyahu" |
//! | a name ending in "of": an unlisted capitalised common word before "of" and the match, after another (a plural, or the pair after "the"), or led back to from a listed head through capitalised and joining words | "the United Colonies of America", "Declaration of Commitment to Protect the Civilians of Sudan" | "Rep. Mark Green of Tennessee", "the Islamic Republic of Iran", "the Government of Japan", "Minister of Foreign Affairs of Japan", "the people of Gaza", "the Royal Embassy of Saudi Arabia" (a `part`) |
//! | a Romance "of" ("de", "del", "de la", "da", "do", "du", ...) after a capitalised word, before a match that is no person and no demonym | "Banco de México", "Universidad de Chile", "Porto da Praia" | "la ciudad de Lima" (lower case), "Banco de Mexican exports" (a demonym) |
//! | a name's middle: the match between capitalised common words, the first right after "the", neither a title, a day or month, a state's word nor (after) the match's own post | "the Great American Songbook", "the Second Congo War" | "a Great Egypt Songbook" (no "the"), "the Royal Egypt Embassy" (its post), a title-case headline |
//! | a name's head before "of": a capitalised common word right after "the" and before "of" or "of the" and the match, no title, state's word, town's seat, organ, land or people of the place ([`ORGAN_WORDS`]) or own post | "the Rock of Gibraltar", "the Heart of America" | "the Parliament of Georgia", "the Government of Japan", "the City of Pueblo", "a Statue of Egypt" |
//! | a person's name: a capitalised word before a place's name that is no common word, no title and no known name, or a given name that is also a common word ([`GIVEN_NAME_WORDS`]); in capitals, a word in capitals before a match in capitals; after a person's given name alone, a capitalised word ending the name that is no common word, no title and no known name ([`surname_after_given_name`]) | "Bob Hamilton", "Lee Hamilton", "CARLY IRVINE:", "Bernie Taupin" | "Old Cairo", "PRESIDENT SISI:", "VISIT CAIRO", "Kamala Harris", "Kamala Devi Harris" |
//! | a team: a place's name before a capitalised singular common word, not a day or month, in a paragraph about a league ([`SPORTS_WORDS`]) | "who led the Miami Heat to the NBA title" | "the Cairo Heat rose", "the NBA coach was in Cairo Tuesday" |
//! | a quoted title: the match between double quotes with other capitalised words or numbers, every word capitalised or a small word, not on a title-case headline | the show "American Idol", "Made in China 2025" | "Egypt" (the name alone), "Egypt is safe," he said |
//! | a place in parentheses inside a name: a capitalised word before the parentheses, a listed head after them | "Reach Holding Group (Shanghai) Co. Ltd." | "the Reach Group (Shanghai) said", "the People's Republic of China (PRC) Coast Guard" (an abbreviation) |
//! | a ship's name: a ship's prefix ([`SHIP_PREFIXES`]), then up to four capitalised words, initials or "of"/"the" before the match | "USS President Lincoln", "HMS Prince of Wales", "USS Dwight D. Eisenhower" | "USS Ross Leaves Greece" (a headline), "the USS crew visited Cairo", "INS General ..." (initials of an agency too) |
//! | a code, not a name: a U.S. postal code in a list of them or after a town, an abbreviation between numbers (a citation of a code of law) | "CT, MD, PA, PR and WA", "Pittsburgh, PA 15222", "12 CFR 21.21" | "the PA, Hamas and Israel", "the CFR said" |
//! | a misspelt head: a capitalised word, not a common word, one letter off a listed head of six or more letters, ending the name | "VOA's Moscow Bureu produced" | "the Indian Sumit Nagal" (a name goes on) |
//!
//! The second rule needs no list of names: what makes "National Police" a name is that
//! ordinary words are written with capitals mid-sentence, which prose does only in
//! names. Titles are ordinary words written so too, which is why they stop the run, and
//! headlines write every word so, which is why they are left to the listed words.

use std::borrow::Cow;
use std::ops::Range;

use super::{first_word, is_title_word, last_word, starts_upper, NameStarts};
use crate::gazetteer::{common_word_rank, is_capitals_alias, Blockers};
use crate::text::calendar::is_weekday_or_month;

/// What a matched alias names, for the rules that depend on it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Named {
    /// The match is a demonym, which no prefix blocks ("New Israeli strikes").
    pub(crate) demonym_only: bool,
    /// The match is a person's name, which an office's name in "of" after it does not
    /// hold ("Foreign Minister Téte António *Ministry of External Relations*").
    pub(crate) person: bool,
    /// The match is a person's given name alone ("Bernie" of Bernie Sanders), which
    /// another surname after it makes someone else's name ("Bernie Taupin").
    pub(crate) given_name: bool,
}

/// The words right around a match, read once for the rules that look at them.
#[derive(Clone, Copy)]
struct Around<'t> {
    /// The last word before the match and one space, `None` when no space comes right
    /// before it.
    word_before: Option<&'t str>,
}

impl<'t> Around<'t> {
    fn new(original: &'t str, span: &Range<usize>) -> Around<'t> {
        let word_before = original[..span.start].strip_suffix(' ').map(last_word);
        Around { word_before }
    }
}

/// Whether the match at `span` of `original` is part of a longer proper name (see the
/// module docs). `named`: what the alias names ([`Named`]). `name_starts`: given when
/// the match names a country or place, or is a person's given name alone, the folded
/// first words of the names the gazetteer knows ([`name_after_place`],
/// [`surname_after_given_name`]).
pub(crate) fn inside_longer_name(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    span: Range<usize>,
    named: Named,
    compound: Option<Compound>,
    name_starts: Option<&NameStarts>,
) -> bool {
    let b = blockers;
    let around = Around::new(original, &span);
    if let Some(name_starts) = name_starts.filter(|_| named.given_name) {
        if surname_after_given_name(common_words, name_starts, original, span.clone()) {
            return true;
        }
    }
    let place_name = name_starts.filter(|_| !named.given_name);
    if code_in_list_or_citation(original, span.clone()) {
        return true;
    }
    if quoted_title(original, span.clone())
        .is_some_and(|title| !headline(common_words, original, title))
    {
        return true;
    }
    if let Some(compound) = compound {
        if compound_inside(b, common_words, original, span.clone(), compound) {
            return true;
        }
    }
    if parenthesised_in_name(b, common_words, original, span.clone()) {
        return true;
    }
    let after = &original[span.end..];
    let next = after.strip_prefix(' ').unwrap_or(after);
    if next.starts_with('$') {
        return listed(&b.currencies, "$");
    }
    if next.len() < after.len() {
        let word = first_word(next);
        if listed(&b.currencies, word) {
            return true;
        }
        if starts_upper(word) && (listed(&b.heads, word) || misspelt_head(b, common_words, next)) {
            return true;
        }
        // The second part of a compound is left to the compound rule.
        let second = original[..span.start].ends_with(['-', '–']);
        if !second && unlisted_name_after(b, common_words, original, span.clone(), named) {
            return true;
        }
        if let Some(name_starts) = place_name.filter(|_| !second) {
            if name_after_place(common_words, name_starts, original, span.clone()) {
                return true;
            }
        }
    }
    if in_ship_name(original, span.start) && !headline(common_words, original, span.clone()) {
        return true;
    }
    if let Some(at) = head_of(original, span.start, around) {
        let head = &original[at.clone()];
        if starts_upper(head)
            && !SEAT_WORDS.contains(&head)
            && (listed(&b.heads, head) || listed(&b.of_heads, head))
        {
            return true;
        }
        return name_ends_in_of(b, common_words, original, at);
    }
    if !named.person && !named.demonym_only && romance_of(original, span.start) {
        return true;
    }
    if between_name_words(b, common_words, original, span.clone(), around) {
        return true;
    }
    if let Some(head) = head_of_the(original, span.start) {
        if starts_upper(head) && (listed(&b.heads, head) || listed(&b.of_heads, head)) {
            return true;
        }
        let end = span.start - " of the ".len();
        if the_head_of(b, common_words, original, end - head.len()..end) {
            return true;
        }
    }
    if original[..span.start]
        .strip_suffix(" at ")
        .is_some_and(|before| SCHOOLS_AT.contains(&last_word(before)))
    {
        return true;
    }
    if name_before(b, common_words, place_name, original, span.clone(), around) {
        return true;
    }
    if let Some(at) = head_for(original, span.start) {
        let head = &original[at];
        if starts_upper(head) && listed(&b.heads, head) {
            return true;
        }
    }
    let Some(word) = around.word_before else {
        return false;
    };
    (!named.demonym_only || DEMONYM_PREFIXES.contains(&word))
        && starts_upper(word)
        && listed(&b.prefixes, word)
        && (SHIP_PREFIXES.contains(&word) || !opens_with_title(&original[span]))
}

/// Listed prefixes that make a name of a demonym too: an operation's name may hold one
/// ("Operation Iraqi Freedom"), where other prefixes before a demonym are the demonym's
/// own ("New Israeli strikes", "Army Egyptian officers").
const DEMONYM_PREFIXES: &[&str] = &["Operation"];

/// Prefixes of ships' names that stand for nothing else in news ("USS", "HMS"; "INS"
/// and "JS" are also agencies' and people's initials, left to the prefix rule alone).
const SHIP_PREFIXES: &[&str] = &[
    "BRP", "HMAS", "HMCS", "HMNZS", "HMS", "KRI", "MV", "ROKS", "TCG", "USCGC", "USNS", "USS",
];

/// Words read back from a match for a ship's prefix ([`in_ship_name`]).
const SHIP_REACH: usize = 4;

/// Bytes read back from a match for a ship's prefix: [`SHIP_REACH`] words and their
/// spaces.
const SHIP_BYTES: usize = 64;

/// Whether the match at `start` ends a ship's name after its prefix and other
/// capitalised words ([`SHIP_PREFIXES`]): a ship named after a titled person or a place
/// with "of" ("USS President Lincoln", "HMS Prince of Wales"), where the title or the
/// "of" keeps the other rules from the prefix (right after the prefix, a title is the
/// ship's too: "HMS Queen Elizabeth"). Up to
/// [`SHIP_REACH`] words back, each capitalised, an initial or "of"/"the", on the match's
/// line; the match right after the prefix is the prefix rule's. The caller leaves out a
/// title-case headline, where every word has a capital ("USS Ross Leaves Greece").
fn in_ship_name(original: &str, start: usize) -> bool {
    let Some(before) = original[..start].strip_suffix(' ') else {
        return false;
    };
    let mut from = before.len().saturating_sub(SHIP_BYTES);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = &before[from..];
    let before = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    for (i, word) in before.rsplit(' ').enumerate().take(SHIP_REACH + 1) {
        if i > 0 && SHIP_PREFIXES.contains(&word) {
            return true;
        }
        let initial = word.len() == 2 && word.ends_with('.');
        let joining = matches!(word, "of" | "the");
        if !(initial || joining || capitalised(word) && word.chars().all(char::is_alphabetic)) {
            return false;
        }
    }
    false
}

/// Whether the match at `span` stands alone in parentheses inside a company's or a
/// body's name: a capitalised common English word right before the opening parenthesis
/// and a listed head right after the closing one ("Reach Holding Group *(Shanghai)* Co.
/// Ltd.", "Huawei Device *(Dongguan)* Company"). A place in parentheses after a name
/// that no head follows is where it is ("the Reach Group (Shanghai) said"), and an
/// abbreviation in capitals after a name is that name's ("the People's Republic of
/// China *(PRC)* Coast Guard").
fn parenthesised_in_name(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    span: Range<usize>,
) -> bool {
    let Some(before) = original[..span.start].strip_suffix(" (") else {
        return false;
    };
    let Some(after) = original[span.end..].strip_prefix(") ") else {
        return false;
    };
    let word = last_word(before);
    let head = first_word(after);
    let mut buffer = [0; WORD_BUFFER];
    capitalised(word)
        && common_word_rank(common_words, &lower_case(word, &mut buffer)).is_some()
        && !is_capitals_alias(&original[span])
        && starts_upper(head)
        && listed(&blockers.heads, head)
}

/// Whether the matched text opens with a title word ("General Burhan"): a title starts
/// a phrase of its own, so a prefix before it ends another name ("Sudanese Armed
/// *Forces* General Burhan") rather than naming a thing after the match.
fn opens_with_title(matched: &str) -> bool {
    let mut buffer = [0; WORD_BUFFER];
    is_title_word(&lower_case(first_word(matched), &mut buffer))
}

/// Whether the capitalised word right before the match (one space) makes it part of a
/// longer name: a listed head ending capitalised words ("TD *Bank* USA", "World *Cup*
/// Canada", "Naval *Station* Pearl Harbor"), or, before a country or place named by a
/// name (`place_name`: the folded first words and one-word names the gazetteer knows), a
/// word that is no common English word (or one of [`GIVEN_NAME_WORDS`]), no title and
/// no known name of its own ("*Bob* Hamilton", "*McInerney* Toyota", "*Michael*
/// Jordan": a given name that only starts a known name is still a given name), and in
/// capitals such a word in capitals before a match in capitals ("*CARLY* IRVINE:").
/// Not a sentence's first word (unless in capitals), nor on a title-case headline; a
/// demonym or a known name before the match is its own mention ("Israeli Gaza", "Hamas
/// Gaza").
fn name_before(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    place_name: Option<&NameStarts>,
    original: &str,
    span: Range<usize>,
    around: Around<'_>,
) -> bool {
    let Some(word) = around.word_before else {
        return false;
    };
    let before = &original[..span.start - 1];
    let word_start = before.len() - word.len();
    // The whole word, after a space or at a line's start ("U.S.-led" and "al-" are not).
    let rest = &before[..word_start];
    // In capitals, both in capitals ("CARLY IRVINE:", a speaker's label).
    let capital = capitalised(word);
    let shouted = !capital
        && word.chars().nth(1).is_some_and(char::is_uppercase)
        && is_capitals_alias(word)
        && is_capitals_alias(&original[span.clone()]);
    if !(capital || shouted)
        || !rest
            .chars()
            .next_back()
            .is_none_or(|c| c == ' ' || c == '\n')
    {
        return false;
    }
    let opens_sentence = rest
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | '"' | '\u{201d}' | '\n' | '\u{2014}' | '\u{2013}'
            )
        });
    // A word in capitals has them from the shouting, not from the sentence it opens.
    if opens_sentence && !shouted {
        return false;
    }
    let named = if listed(&blockers.heads, word) {
        // Capitalised words before the head make it a name's end.
        rest.strip_suffix(' ').is_some_and(|r| {
            let previous = last_word(r);
            starts_upper(previous) && r[..r.len() - previous.len()].ends_with([' ', '\n'])
        })
    } else if let Some(name_starts) = place_name {
        let mut buffer = [0; WORD_BUFFER];
        let lower = lower_case(word, &mut buffer);
        word.chars().count() >= 3
            && (common_word_rank(common_words, &lower).is_none()
                || GIVEN_NAME_WORDS.binary_search(&&*lower).is_ok())
            && !is_title_word(&lower)
            && !name_starts.is_name(crate::text::fold_str(word).as_str())
    } else {
        false
    };
    named && !headline(common_words, original, word_start..span.end)
}

/// Where the word before "for" is when "for" or "for the" comes right before the match
/// at `start` ("Research *Center* for Chinese Politics", "*Institute* for the Study
/// of ..."); `None` when no "for" comes there. Only a listed head makes a name so:
/// "for" is mostly a preposition ("thanked the Foreign Minister for Bahrain's support",
/// "Special Envoy for Yemen").
fn head_for(original: &str, start: usize) -> Option<Range<usize>> {
    let before = &original[..start];
    let before = before
        .strip_suffix(" for the ")
        .or_else(|| before.strip_suffix(" for "))?;
    Some(before.len() - last_word(before).len()..before.len())
}

/// Small words a title of a work may hold in lower case ("Made *in* China 2025", "Good
/// Night, *and* Good Luck").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "of", "on", "or", "the", "to",
    "with",
];

/// The longest stretch read on either side of a match for a quoted title, in bytes.
const QUOTED_TITLE_BYTES: usize = 80;

/// The double quote (`"`, `“` or `”`) whose first byte is `text[i]`, if there is one.
/// Text is read as bytes: a newline and the quotes start with bytes that start no other
/// character, and the curly quotes with 0xE2, so `memchr` finds the candidates.
fn quote_at(text: &[u8], i: usize) -> Option<char> {
    match (text[i], text.get(i + 1), text.get(i + 2)) {
        (b'"', _, _) => Some('"'),
        (0xE2, Some(0x80), Some(0x9C)) => Some('\u{201c}'),
        (0xE2, Some(0x80), Some(0x9D)) => Some('\u{201d}'),
        _ => None,
    }
}

/// The last double quote starting in `text[from..]` after its last newline, with where
/// it starts.
fn last_quote(text: &[u8], from: usize) -> Option<(usize, char)> {
    let mut end = text.len();
    while let Some(i) = memchr::memrchr3(b'\n', b'"', 0xE2, &text[from..end]) {
        let i = from + i;
        if text[i] == b'\n' {
            return None;
        }
        if let Some(quote) = quote_at(text, i) {
            return Some((i, quote));
        }
        end = i;
    }
    None
}

/// The first double quote starting in `text[..to]` before its first newline, with where
/// it starts.
fn first_quote(text: &[u8], to: usize) -> Option<(usize, char)> {
    let mut start = 0;
    while let Some(i) = memchr::memchr3(b'\n', b'"', 0xE2, &text[start..to]) {
        let i = start + i;
        if text[i] == b'\n' {
            return None;
        }
        if let Some(quote) = quote_at(text, i) {
            return Some((i, quote));
        }
        start = i + 1;
    }
    None
}

/// Where the quoted title of a work, a programme or a slogan holding the match at `span`
/// is, between its quotes (`None` when there is none): it stands between double quotes on one line (no more than
/// [`QUOTED_TITLE_BYTES`] either side), the opening quote followed and the closing one
/// preceded by no space, every word between them begins with a capital or a digit or is
/// one of [`TITLE_SMALL_WORDS`], and a capitalised word or a number other than the match
/// is among them (the show “American Idol”, the film “Letters From Egypt”, “Made in
/// China 2025”). A quote of the name alone (“Egypt”) or of a sentence (“Egypt is safe,”
/// he said) is none; one on a title-case headline, where every word has a capital, is
/// left to the caller.
fn quoted_title(original: &str, span: Range<usize>) -> Option<Range<usize>> {
    let before = &original[..span.start];
    let after = &original[span.end..];
    let (open, open_quote) = last_quote(
        before.as_bytes(),
        before.len().saturating_sub(QUOTED_TITLE_BYTES),
    )?;
    let (close, close_quote) =
        first_quote(after.as_bytes(), after.len().min(QUOTED_TITLE_BYTES + 1))?;
    let inner_before = &before[open + open_quote.len_utf8()..];
    let inner_after = &after[..close];
    let opens = open_quote != '\u{201d}'
        && !inner_before.starts_with(char::is_whitespace)
        && before[..open]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    let closes = close_quote != '\u{201c}'
        && !inner_after.ends_with(char::is_whitespace)
        && after[close + close_quote.len_utf8()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
    if !opens || !closes {
        return None;
    }
    let inner_after = inner_after.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    let mut named = false;
    for word in inner_before
        .split_whitespace()
        .chain(inner_after.split_whitespace())
    {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = bare.chars().next() else {
            continue;
        };
        if first.is_uppercase() || first.is_numeric() {
            named = true;
        } else if !TITLE_SMALL_WORDS.contains(&bare) {
            return None;
        }
    }
    named.then_some(open + open_quote.len_utf8()..span.end + close)
}

/// Whether `word` is one of a [`Blockers`] list, ignoring ASCII case. The list is in
/// the order [`sort_lists`] puts it in (a binary search, as this runs after most
/// matches).
fn listed(list: &[String], word: &str) -> bool {
    list.binary_search_by(|w| ascii_lower_cmp(w, word)).is_ok()
}

/// `a` and `b` compared byte by byte with ASCII letters in lower case: equal exactly
/// when `a.eq_ignore_ascii_case(b)`.
fn ascii_lower_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let lower = |c: u8| c.to_ascii_lowercase();
    a.bytes().map(lower).cmp(b.bytes().map(lower))
}

/// Puts the word lists of `blockers` in the order [`listed`] searches (entries and
/// what they match unchanged).
pub(super) fn sort_lists(blockers: &mut Blockers) {
    for list in [
        &mut blockers.heads,
        &mut blockers.of_heads,
        &mut blockers.prefixes,
        &mut blockers.currencies,
        &mut blockers.bodies,
        &mut blockers.parts,
    ] {
        list.sort_by(|a, b| ascii_lower_cmp(a, b));
    }
}

/// Compass words that may stand between "of" and the match in a longer name
/// ("University of *Southern* California", "University of *North* Georgia").
const COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
];

/// Where the word before "of" is when "of" comes right before the match at `start`
/// ("*Bank* of Japan"), past a capitalised compass word ("University of Southern
/// California") or the capitalised first part of a hyphenated compound holding the match
/// ("University of Wisconsin-Madison"); `None` when no "of" comes there (empty when "of"
/// opens the text).
fn head_of(original: &str, start: usize, around: Around<'_>) -> Option<Range<usize>> {
    let before = &original[..start];
    let (mut before, mut word) = match before.strip_suffix(['-', '\u{2013}']) {
        Some(rest) => {
            let part = last_word(rest);
            if !starts_upper(part) {
                return None;
            }
            let before = rest[..rest.len() - part.len()].strip_suffix(' ')?;
            (before, last_word(before))
        }
        None => {
            let word = around.word_before?;
            (&before[..start - 1], word)
        }
    };
    if COMPASS.contains(&word) {
        before = before[..before.len() - word.len()].strip_suffix(' ')?;
        word = last_word(before);
    }
    if word != "of" {
        return None;
    }
    let Some(before) = before[..before.len() - 2].strip_suffix(' ') else {
        return Some(0..0);
    };
    Some(before.len() - last_word(before).len()..before.len())
}

/// The Romance languages' "of", alone or with an article, as a name writes it between
/// its head and a place ("Banco *de* México", "Universidad *de la* República",
/// "Fundação *do* Brasil").
const ROMANCE_OF: &[&str] = &[
    " de la ", " de las ", " de los ", " del ", " de ", " des ", " du ", " da ", " do ", " dos ",
    " das ", " di ",
];

/// Whether a Romance "of" ([`ROMANCE_OF`]) comes right before the match at `start`
/// after a capitalised word: the match ends a name in another language ("Banco de
/// México", "Universidad de Chile", "Ciudad de México"), or a person's ("Marquis de
/// Lafayette"). English prose writes "de" so only inside names; a word in capitals or a
/// sentence's first word before it is no head, and lower case ("la ciudad de Lima")
/// is prose of the other language, left alone.
fn romance_of(original: &str, start: usize) -> bool {
    let before = &original[..start];
    ROMANCE_OF.iter().any(|of| {
        before.strip_suffix(of).is_some_and(|rest| {
            let word = last_word(rest);
            capitalised(word) && rest[..rest.len() - word.len()].ends_with([' ', '\n'])
        })
    })
}

/// Whether the match at `span` stands between capitalised words inside a name that "the"
/// opens: a common English word before it, right after "the", and a word after it,
/// neither a title, a day or month nor the match's own office ("the *Great* American
/// *Songbook*", "the *Second* Congo *War*", "the *Royal* Thai *Navy*"; a demonym too,
/// which there names no people). Prose writes a
/// common word with a capital mid-sentence only inside a name; "the" keeps it from
/// being a sentence's first word, and a headline's capitals are left to the other rules.
fn between_name_words(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    span: Range<usize>,
    around: Around<'_>,
) -> bool {
    // `common`: the word must be a common English word (before the match, where an
    // uncommon one may be a given name); after it, an uncommon one is a name's word all
    // the more ("the Great American *Songbook*").
    let plain = |word: &str, common: bool| {
        if !capitalised(word) {
            return false;
        }
        let mut buffer = [0; WORD_BUFFER];
        let lower = lower_case(word, &mut buffer);
        (!common || common_word_rank(common_words, &lower).is_some())
            && !is_title_word(&lower)
            && !lower.strip_suffix('s').is_some_and(is_title_word)
            && !is_weekday_or_month(&lower)
            && !STATE_WORDS.contains(&&*lower)
    };
    let Some(word) = around.word_before else {
        return false;
    };
    let rest = &original[..span.start - 1 - word.len()];
    let the = ["the ", "The "].iter().any(|the| {
        rest.strip_suffix(the)
            .is_some_and(|r| r.is_empty() || r.ends_with([' ', '\n']))
    });
    if !the || !plain(word, true) {
        return false;
    }
    let Some(after) = original[span.end..].strip_prefix(' ') else {
        return false;
    };
    let next = first_word(after);
    plain(next, false)
        && !listed(&blockers.parts, next)
        && !headline(
            common_words,
            original,
            span.start - 1 - word.len()..span.end + 1 + next.len(),
        )
}

/// Heads that before "of" name a town's own government, which is the town acting ("the
/// City of Pueblo"), though after a match they name another place ("Iowa City").
const SEAT_WORDS: &[&str] = &["City", "Town", "Village", "Borough"];

/// The word before "of the" when that comes right before the match at `start` ("the
/// Export-Import *Bank* of the United States", "the *University* of the Philippines"):
/// only a listed head or `of` word makes a longer name there, since "the" may also
/// follow a title's or a people's "of" ("President of the United States").
fn head_of_the(original: &str, start: usize) -> Option<&str> {
    let before = original[..start].strip_suffix(" of the ")?;
    Some(last_word(before))
}

/// Heads of a school's name that "at" and its place end ("the *University* at Buffalo",
/// "Southern *University* at New Orleans"): other heads before "at" name the place
/// where they stand ("the Summit at Cairo").
const SCHOOLS_AT: &[&str] = &["University", "College"];

/// The capitalised word of three or more letters one space after `end`, if any, and
/// the word folded.
fn capitalised_word_after(original: &str, end: usize) -> Option<(&str, String)> {
    let word = first_word(original[end..].strip_prefix(' ')?);
    (capitalised(word) && word.chars().count() >= 3).then(|| (word, crate::text::fold_str(word)))
}

/// Whether a person's given name used alone (`span`: "Bernie" of Bernie Sanders) is
/// followed (one space) by another surname, which makes the two someone else's name
/// ("Bernie Taupin"): a capitalised word of three or more letters that is no common
/// English word, no title and no start of a name the gazetteer knows (`name_starts`,
/// folded: "Kamala Harris" is matched whole, "Prabowo Jokowi" keeps both), and that ends
/// the name (a capitalised word after it may be a middle name before the person's own
/// surname: "Kamala Devi Harris"). Not on a title-case headline.
fn surname_after_given_name(
    common_words: &[(String, u32)],
    name_starts: &NameStarts,
    original: &str,
    span: Range<usize>,
) -> bool {
    let Some((word, folded)) = capitalised_word_after(original, span.end) else {
        return false;
    };
    if is_title_word(&folded)
        || name_starts.contains(folded.as_str())
        || common_word_rank(common_words, &folded).is_some()
    {
        return false;
    }
    let rest = &original[span.end + 1 + word.len()..];
    if rest.strip_prefix(' ').is_some_and(starts_upper) {
        return false;
    }
    !headline(
        common_words,
        original,
        span.start..span.end + 1 + word.len(),
    )
}

/// Words that, capitalised before "of" and a country, make its formal name or its
/// government, not another name: "the Islamic Republic of Iran", "the Government of
/// Japan".
const STATE_WORDS: &[&str] = &[
    "republic",
    "kingdom",
    "state",
    "states",
    "federation",
    "sultanate",
    "emirate",
    "commonwealth",
    "principality",
    "union",
    "government",
    "governments",
    "people",
    "peoples",
];

/// Words that join the capitalised words of a long name before "of" ("Declaration of
/// Commitment *to* Protect *the* Civilians of Sudan").
const OF_NAME_JOINERS: &[&str] = &["of", "to", "the", "and", "for", "on"];

/// Words read back from the word before "of" for a listed head ([`name_ends_in_of`]).
const OF_NAME_WORDS: usize = 6;

/// Whether the capitalised common word at `at`, right before "of" and the match, ends a
/// longer name that the heads before "of" do not list: another capitalised common word
/// comes right before it, and it is a plural or the pair follows "the" ("the *United
/// Colonies* of America"; not "Rep. Mark Green of Tennessee"), or a listed head starts
/// the capitalised words and [`OF_NAME_JOINERS`] it ends ("*Declaration* of Commitment
/// to Protect the *Civilians* of Sudan"). Not a title or a state's word ("the Islamic
/// Republic of Iran", "the Government of Japan"), nor a sentence's first word, nor on a
/// title-case headline.
fn name_ends_in_of(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    at: Range<usize>,
) -> bool {
    let plain = |word: &str| {
        if !capitalised(word) {
            return false;
        }
        let mut buffer = [0; WORD_BUFFER];
        let lower = lower_case(word, &mut buffer);
        common_word_rank(common_words, &lower).is_some()
            && !is_title_word(&lower)
            && !lower.strip_suffix('s').is_some_and(is_title_word)
    };
    let head = &original[at.clone()];
    if !plain(head)
        || STATE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(head))
        || listed(&blockers.parts, head)
    {
        return false;
    }
    if the_head_of(blockers, common_words, original, at.clone()) {
        return true;
    }
    let mut rest = &original[..at.start];
    for read in 0..OF_NAME_WORDS {
        let Some(before) = rest.strip_suffix(' ') else {
            return false;
        };
        let word = last_word(before);
        let start = before.len() - word.len();
        // Two capitalised words, the second a plural or the pair after "the": else they
        // may be a person's name ("Rep. Mark Green of Tennessee").
        let pair = read == 0
            && plain(word)
            && (plural(head)
                || before[..start].ends_with(" the ")
                || before[..start].ends_with("The "));
        if pair || (capitalised(word) && listed(&blockers.heads, word)) {
            return !headline(common_words, original, start..at.end);
        }
        if word.is_empty() || !(OF_NAME_JOINERS.contains(&word) || plain(word)) {
            return false;
        }
        rest = &before[..start];
    }
    false
}

/// Words that before "of" name a country's or a place's own organ, land or people, which
/// is the place itself ("the Parliament of Georgia", "the Coast of Kenya"); the state's
/// words ([`STATE_WORDS`]), titles and the match's own posts (`part`) are kept apart.
const ORGAN_WORDS: &[&str] = &[
    "administration",
    "armed",
    "army",
    "authorities",
    "border",
    "cabinet",
    "capital",
    "coast",
    "congress",
    "constitution",
    "court",
    "crown",
    "economy",
    "flag",
    "forces",
    "island",
    "islands",
    "land",
    "legislature",
    "mainland",
    "military",
    "ministry",
    "nation",
    "navy",
    "north",
    "parliament",
    "police",
    "presidency",
    "province",
    "region",
    "rest",
    "senate",
    "south",
    "territory",
    "treasury",
];

/// Whether the capitalised word at `at`, right before "of" or "of the" and the match,
/// follows "the" and heads a name of its own ("the *Rock* of Gibraltar", "the *Heart*
/// of America", "the *Statue* of the United States"): a capitalised common English
/// word that is no title, no state's word, no town's seat ("the City of"), no organ,
/// land or people of the place ([`ORGAN_WORDS`]) and not the match's own post. Prose
/// writes such a word with a capital only inside a name, and "the" before it keeps it
/// from being a sentence's first word or a person's given name ("Rep. Mark Green of
/// Tennessee"). Not on a title-case headline.
fn the_head_of(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    at: Range<usize>,
) -> bool {
    let head = &original[at.clone()];
    if !capitalised(head) || listed(&blockers.parts, head) || SEAT_WORDS.contains(&head) {
        return false;
    }
    let mut buffer = [0; WORD_BUFFER];
    let lower = lower_case(head, &mut buffer);
    if common_word_rank(common_words, &lower).is_none()
        || is_title_word(&lower)
        || lower.strip_suffix('s').is_some_and(is_title_word)
        || STATE_WORDS.contains(&&*lower)
        || ORGAN_WORDS.binary_search(&&*lower).is_ok()
    {
        return false;
    }
    let the = ["the ", "The "].iter().any(|the| {
        original[..at.start]
            .strip_suffix(the)
            .is_some_and(|r| r.is_empty() || r.ends_with([' ', '\n']))
    });
    the && !headline(common_words, original, at)
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
    named: Named,
) -> bool {
    let Some(run) = name_run(common_words, original, span.end) else {
        return false;
    };
    // Capitalised common words and "of" a capitalised word: the head of a name that goes
    // on past the match ("U.S. Army *Corps of* Engineers", "Virginia *House of*
    // Delegates", "Rhode Island *Department of* Health"), even an office's ("White House
    // *Office of* Science and Technology Policy"). A title before "of" ended the run
    // ("Egyptian Minister of Foreign Affairs"), and a state's word names the match's own
    // government ("the Israeli Government of ..."). A match ending in a stop may end its
    // sentence ("study in the U.S. Lack of English is ..."); a person's name is no
    // office's ("Foreign Minister Téte António Ministry of External Relations").
    if run.count > 0
        && !named.person
        && !original[..span.end].ends_with('.')
        && of_name_follows(original, run.end)
        && !STATE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(run.last))
        && !headline(common_words, original, span.start..run.end)
    {
        return true;
    }
    // The match's own office or post ("White House *Press Office*", "U.S. *Embassy*"):
    // the match acting through it, no other body. After another's possessive, an office
    // of two words or more is the possessor's, at the place the match names ("EDA's
    // *Atlanta* Regional Office"): a longer name all the same (one word may be the
    // match's own: "the agency's Egyptian Embassy contact").
    if run.count > 0 && listed(&blockers.parts, run.last) {
        return run.count >= NAME_WORDS && after_possessive(original, span.start);
    }
    // The run ends in a head, or a head that is no common word ends it ("Gaza
    // Solidarity *Encampment*").
    let next = original[run.end..].strip_prefix(' ').map_or("", first_word);
    let head = run.count > 0
        && (listed(&blockers.heads, run.last)
            || (starts_upper(next) && listed(&blockers.heads, next)));
    if (run.count >= NAME_WORDS || head) && !headline(common_words, original, span.start..run.end) {
        return true;
    }
    if run.count == 0 {
        return false;
    }
    // One word, or words joined by "and" or "of": a name still when a head ends them
    // ("Florida *Agricultural and Mechanical University*") or a plural possessive does
    // ("the U.S. *Women's* national team").
    let end = if plural_possessive(run.last, &original[run.end..]) {
        run.end
    } else if let Some(end) = joined_run_to_head(blockers, common_words, original, run.end) {
        end
    } else if run.count == 1
        && plural_of_head(&blockers.heads, run.last)
        && joined_name_follows(original, run.end)
    {
        run.end
    } else {
        return false;
    };
    !headline(common_words, original, span.start..end)
}

/// Whether " of " (or " of the ") and a capitalised word come at `at`, right after the
/// capitalised words of a name run: the run is the head of a name in "of" ("Corps *of
/// Engineers*", "Department *of the Interior*").
fn of_name_follows(original: &str, at: usize) -> bool {
    original[at..].strip_prefix(" of ").is_some_and(|rest| {
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        starts_upper(first_word(rest))
    })
}

/// Words that may join the capitalised words of a name ending in a head ("Agricultural
/// *and* Mechanical University", "Institute *of* Science *and* Technology").
const NAME_JOINERS: &[&str] = &["and", "of", "for", "&"];

/// Joining words a name read by [`joined_run_to_head`] may hold.
const NAME_JOINS: usize = 2;

/// The end of a name that goes on from the capitalised words ending at `from` through
/// [`NAME_JOINERS`] and more capitalised common words, up to [`NAME_JOINS`] joins, and
/// ends in a listed head ("Florida Agricultural *and Mechanical University*"); `None`
/// when a title, a lower-case or uncommon word, or the text ends it first.
fn joined_run_to_head(
    blockers: &Blockers,
    common_words: &[(String, u32)],
    original: &str,
    from: usize,
) -> Option<usize> {
    let mut end = from;
    for _ in 0..NAME_JOINS {
        let rest = original[end..].strip_prefix(' ')?;
        let joiner = if rest.starts_with('&') {
            "&"
        } else {
            first_word(rest)
        };
        if !NAME_JOINERS.contains(&joiner) {
            return None;
        }
        let from = end + 1 + joiner.len();
        let run = name_run(common_words, original, from)?;
        if run.count == 0 {
            return uncommon_word_and_head(blockers, original, from);
        }
        // A head may end the name before more capitalised words go on ("Counter-
        // Proliferation *Act* Section 1244").
        let holds_head = original[from..run.end]
            .split([' ', '-'])
            .any(|word| starts_upper(word) && listed(&blockers.heads, word));
        if holds_head {
            return Some(run.end);
        }
        end = run.end;
    }
    None
}

/// Whether `word` is the plural of a listed head ("Schools", "Hospitals",
/// "Universities"): joined to more capitalised words, it heads a name of its own ("the
/// Office of American *Schools and Hospitals Abroad*"), where alone it may be the
/// match's own institutions ("American Schools reopen").
fn plural_of_head(heads: &[String], word: &str) -> bool {
    match word.strip_suffix("ies") {
        Some(stem) => heads.iter().any(|head| {
            // The head is the stem and a final "y", a one-byte letter, so the slice
            // ends on a char boundary.
            head.len() == stem.len() + 1
                && head.ends_with('y')
                && head[..stem.len()].eq_ignore_ascii_case(stem)
        }),
        None => word
            .strip_suffix('s')
            .is_some_and(|stem| listed(heads, stem)),
    }
}

/// Whether one of [`NAME_JOINERS`] and a capitalised word come right after `at` (one
/// space each): the words before it go on into a longer name ("Schools *and
/// Hospitals* Abroad").
fn joined_name_follows(original: &str, at: usize) -> bool {
    let Some(rest) = original[at..].strip_prefix(' ') else {
        return false;
    };
    let joiner = if rest.starts_with('&') {
        "&"
    } else {
        first_word(rest)
    };
    NAME_JOINERS.contains(&joiner)
        && rest[joiner.len()..]
            .strip_prefix(' ')
            .is_some_and(|next| capitalised(first_word(next)))
}

/// The end of a listed head that comes after one capitalised word that is no common
/// word, right after `from` (one space each): the last words of a joined name ("Recovery
/// and *Reinvestment Act*"); `None` otherwise.
fn uncommon_word_and_head(blockers: &Blockers, original: &str, from: usize) -> Option<usize> {
    let rest = original[from..].strip_prefix(' ')?;
    let word = first_word(rest);
    let head = first_word(rest[word.len()..].strip_prefix(' ')?);
    (capitalised(word) && capitalised(head) && listed(&blockers.heads, head))
        .then_some(from + 1 + word.len() + 1 + head.len())
}

/// Whether the capitalised word `word` is a plural in the possessive, by the text right
/// after it (`rest`): "Women's", "Children's", "Veterans'": the group a name is for
/// ("the U.S. Women's national team"), where a singular possessive is the match's own
/// body ("the U.S. Embassy's").
fn plural_possessive(word: &str, rest: &str) -> bool {
    let in_s = word.ends_with(['s', 'S']);
    let after = if let Some(after) = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("\u{2019}s"))
    {
        // "Women's", "Children's": a plural not in "s".
        (!in_s).then_some(after)
    } else {
        // "Veterans'".
        rest.strip_prefix(['\'', '\u{2019}']).filter(|_| in_s)
    };
    after.is_some_and(|after| !after.starts_with(char::is_alphanumeric)) && plural(word)
}

/// Whether the capitalised common word `word` is a plural: ending in "s" (not "ss"),
/// in "men", or one of the [`IRREGULAR_PLURALS`].
fn plural(word: &str) -> bool {
    let mut buffer = [0; WORD_BUFFER];
    let lower = lower_case(word, &mut buffer);
    (lower.len() >= 4 && lower.ends_with('s') && !lower.ends_with("ss"))
        || lower.ends_with("men")
        || IRREGULAR_PLURALS.contains(&&*lower)
}

/// Plurals that take "'s" and do not end in "men" ([`plural_possessive`]).
const IRREGULAR_PLURALS: &[&str] = &["children", "people"];

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

/// Words of four letters ending in "s" that are no plural noun naming a team ("the
/// Brooklyn Nets", "the Chicago Cubs") but a verb, a pronoun or a word of the place's own
/// news or days ("in the U.S. This year", "Egypt Says", "Cairo Days").
const NO_PLURALS: &[&str] = &[
    "aids", "arms", "cuts", "days", "does", "eyes", "gets", "goes", "hits", "jobs", "laws", "lets",
    "news", "plus", "puts", "runs", "says", "sees", "sets", "sits", "this", "thus", "ties", "ways",
    "wins",
];

/// Whether a place's or country's name at `span` is the first word of a longer name
/// because a capitalised word follows it (one space) that is no common English word, no
/// title and no start of a name the gazetteer knows (`name_starts`, folded):
/// "Kobe Bryant", "Jordan Peterson", "Santiago Bernabeu", or a plural common word (a
/// team or a company: "Cleveland Cavaliers", [`PLACE_PLURALS`] aside), or a singular
/// one, no day or month, in a paragraph about a league ("the Miami Heat",
/// [`sports_paragraph`]). Not after a title's "of" ("the President of Angola
/// Lourenço"), nor on a title-case headline.
fn name_after_place(
    common_words: &[(String, u32)],
    name_starts: &NameStarts,
    original: &str,
    span: Range<usize>,
) -> bool {
    let Some((word, folded)) = capitalised_word_after(original, span.end) else {
        return false;
    };
    // A capitalised plural common word names a team or a company ("the Cleveland
    // Cavaliers", "the Texas Rangers"), unless it names the place's people or bodies.
    let team = folded.len() >= 4
        && folded.ends_with('s')
        && !folded.ends_with("ss")
        && !PLACE_PLURALS.contains(&folded.as_str())
        && !NO_PLURALS.contains(&folded.as_str());
    if is_title_word(&folded)
        || folded.strip_suffix('s').is_some_and(is_title_word)
        || name_starts.contains(folded.as_str())
    {
        return false;
    }
    // A capitalised singular common word names a team only where the paragraph speaks
    // of a league's games ("who led the Miami Heat to the NBA title").
    if common_word_rank(common_words, &folded).is_some()
        && !team
        && (is_weekday_or_month(&folded) || !sports_paragraph(original, span.start))
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

/// Words that, in a paragraph, say it speaks of a league's games: the leagues'
/// acronyms, as written, and lower-case words of the season.
const SPORTS_WORDS: &[&str] = &[
    "NBA",
    "WNBA",
    "NFL",
    "NHL",
    "MLB",
    "MLS",
    "NCAA",
    "playoffs",
    "playoff",
    "coach",
    "league",
    "championship",
    "FIFA",
    "UEFA",
    "CONCACAF",
    "scored",
    "striker",
    "goalkeeper",
    "midfielder",
    "quarterback",
    "pitcher",
    "touchdown",
    "innings",
    "roster",
];

/// Bytes read either side of a match for [`SPORTS_WORDS`]: a long paragraph (or a
/// document on one line) is not read whole for every match.
const SPORTS_REACH: usize = 400;

/// Whether the paragraph (line) holding `at`, up to [`SPORTS_REACH`] bytes either side,
/// has one of the [`SPORTS_WORDS`].
fn sports_paragraph(original: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(SPORTS_REACH);
    while !original.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + SPORTS_REACH).min(original.len());
    while !original.is_char_boundary(to) {
        to += 1;
    }
    let start = original[from..at]
        .rfind('\n')
        .map_or(from, |i| from + i + 1);
    let end = original[at..to].find('\n').map_or(to, |i| at + i);
    original[start..end]
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| SPORTS_WORDS.contains(&word))
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
        run.count > 0 && listed(&blockers.bodies, run.last)
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
        // A hyphenated compound of capitalised common words is one word of the name
        // ("the UN General Assembly *High-Level* Week", "USAID *Climate-Resilient*
        // Ecosystems"); a compound with any other part ends the run after its first.
        match common_compound(common_words, &original[end..]) {
            Some(len) => end += len,
            None => break,
        }
    }
    Some(Run { count, last, end })
}

/// The length of the hyphenated parts right after a word of a name run (`rest` starts
/// after the word): 0 when no hyphen follows, `None` when a part is not a capitalised
/// common English word ("Police-led", "Indo-Pacific").
fn common_compound(common_words: &[(String, u32)], rest: &str) -> Option<usize> {
    let mut len = 0;
    while let Some(after) = rest[len..].strip_prefix('-') {
        let part = first_word(after);
        let mut buffer = [0; WORD_BUFFER];
        let lower = lower_case(part, &mut buffer);
        if !capitalised(part) || common_word_rank(common_words, &lower).is_none() {
            return None;
        }
        len += 1 + part.len();
    }
    Some(len)
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
    let line = original[start..end].trim();
    let punctuated = line.ends_with(['.', '!', '?', ':', ';', '"', '”', ')']);
    // Checked first: a punctuated line (most of them, and a whole paragraph at that)
    // needs no word counted; nor does an item of a list ("• $150,319 to Cleveland State
    // University"), which holds names, not a headline.
    if punctuated || list_item(line) {
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

/// Whether `line` (trimmed) is an item of a list: it opens with a bullet ("•", "▪",
/// "◦", "·") or with "- " or "* ".
fn list_item(line: &str) -> bool {
    line.starts_with(['•', '▪', '◦', '·']) || line.starts_with("- ") || line.starts_with("* ")
}

/// Whether a possessive ends the text right before `start` ("EDA's ", "the agency’s ",
/// "Veterans' ").
fn after_possessive(original: &str, start: usize) -> bool {
    let before = &original[..start];
    ["'s ", "\u{2019}s ", "s' ", "s\u{2019} "]
        .iter()
        .any(|ending| before.ends_with(ending))
}

/// Given names that are also common English words, which before a place's name make a
/// person's name of it as an uncommon word does ("*Bob* Hamilton", "*Lee* Hamilton"):
/// no month ("May", "June"), no title ("Earl"); sorted, for a binary search.
const GIVEN_NAME_WORDS: &[&str] = &[
    "art", "bill", "bob", "brook", "bud", "carol", "chuck", "cliff", "daisy", "dawn", "dean",
    "dick", "don", "drew", "faith", "frank", "gene", "glen", "grace", "guy", "holly", "hope",
    "iris", "ivy", "jack", "jay", "joy", "kit", "lance", "lee", "mark", "max", "miles", "nick",
    "norm", "pat", "pearl", "penny", "ray", "rich", "rod", "rose", "ruby", "rusty", "sandy", "sue",
    "wade", "ward", "will",
];

/// The postal codes of the U.S. states, the District of Columbia and the territories,
/// sorted.
const US_POSTAL_CODES: &[&str] = &[
    "AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "GU", "HI", "IA", "ID",
    "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND",
    "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
    "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY",
];

/// Whether the match at `span` is a code, not a name: a U.S. postal code in a list of
/// them ("CT, MD, *PA*, PR and WA") or after a town ("Pittsburgh, *PA* 15222"), or an
/// abbreviation between numbers, a citation of a code of law ("12 *CFR* 21.21"). Only
/// a match in capitals is read further.
fn code_in_list_or_citation(original: &str, span: Range<usize>) -> bool {
    let written = &original[span.clone()];
    if !written.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let before = &original[..span.start];
    let after = &original[span.end..];
    let number_before = before
        .strip_suffix(' ')
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    if number_before
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    let postal = |code: &str| US_POSTAL_CODES.binary_search(&code).is_ok();
    if written.len() != 2 || !postal(written) {
        return false;
    }
    // A code next to it in a list: the word before ", " or " and ", or after them.
    let joined_before = [", and ", ", ", " and "]
        .iter()
        .find_map(|joint| before.strip_suffix(joint));
    if joined_before.is_some_and(|b| postal(last_word(b))) {
        return true;
    }
    let joined_after = [", and ", ", ", " and "]
        .iter()
        .find_map(|joint| after.strip_prefix(joint));
    if joined_after.is_some_and(|a| postal(first_word(a))) {
        return true;
    }
    // After a capitalised town and a comma, ending the line, the clause or the address.
    let town = before
        .strip_suffix(", ")
        .map(last_word)
        .is_some_and(capitalised);
    town && (after.is_empty()
        || after.starts_with(['\n', ',', '.', ';', ')'])
        || after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit())))
}

/// Bytes of a word lower-cased without allocating; longer words allocate.
pub(super) const WORD_BUFFER: usize = 32;

/// `word` in lower case: in `buffer` when it is short ASCII (no allocation, as this
/// runs after most matches), else allocated.
pub(super) fn lower_case<'a>(word: &'a str, buffer: &'a mut [u8; WORD_BUFFER]) -> Cow<'a, str> {
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
    use super::{
        first_quote, joined_name_follows, last_quote, one_letter_off, plural_of_head,
        plural_possessive, sort_lists, sports_paragraph, GIVEN_NAME_WORDS, ORGAN_WORDS,
        SPORTS_REACH, US_POSTAL_CODES,
    };
    use crate::gazetteer::Blockers;

    /// The word lists read by binary search must stay sorted, or words go unfound.
    #[test]
    fn binary_searched_lists_are_sorted() {
        for (name, list) in [
            ("GIVEN_NAME_WORDS", GIVEN_NAME_WORDS),
            ("ORGAN_WORDS", ORGAN_WORDS),
            ("US_POSTAL_CODES", US_POSTAL_CODES),
        ] {
            for pair in list.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
        }
    }

    #[test]
    fn quotes_are_found_as_bytes_within_a_line() {
        // (text, `from` of last_quote, `to` of first_quote, last quote, first quote)
        type Row = (
            &'static str,
            usize,
            usize,
            Option<(usize, char)>,
            Option<(usize, char)>,
        );
        let rows: &[Row] = &[
            ("no quote", 0, 8, None, None),
            ("a \"b\" c", 0, 7, Some((4, '"')), Some((2, '"'))),
            (
                "\u{201c}Idol\u{201d} x",
                0,
                9,
                Some((7, '\u{201d}')),
                Some((0, '\u{201c}')),
            ),
            // A dash starts with the curly quotes' first byte and is no quote.
            ("a \u{2014} b", 0, 7, None, None),
            ("\"a\nb", 0, 4, None, Some((0, '"'))),
            ("a\nb\"", 0, 4, Some((3, '"')), None),
            // Only `text[from..]` and `text[..to]` are read.
            ("\"ab\"", 1, 3, Some((3, '"')), Some((0, '"'))),
            ("x\"ab", 2, 1, None, None),
        ];
        for &(text, from, to, last, first) in rows {
            let bytes = text.as_bytes();
            assert_eq!(last_quote(bytes, from), last, "last_quote {text:?}");
            assert_eq!(first_quote(bytes, to), first, "first_quote {text:?}");
        }
    }

    #[test]
    fn plural_of_head_table() {
        let mut blockers = Blockers {
            heads: ["School", "Hospital", "University", "Library"]
                .map(String::from)
                .to_vec(),
            ..Blockers::default()
        };
        sort_lists(&mut blockers);
        let heads = blockers.heads;
        let rows: &[(&str, bool)] = &[
            ("Schools", true),
            ("hospitals", true),
            ("Universities", true),
            ("Libraries", true),
            ("School", false),
            ("Studies", false),
            ("Times", false),
            ("ies", false),
            ("s", false),
            ("Écoles", false),
        ];
        for &(word, want) in rows {
            assert_eq!(plural_of_head(&heads, word), want, "{word:?}");
        }
    }

    #[test]
    fn joined_name_follows_table() {
        let rows: &[(&str, bool)] = &[
            (" and Hospitals Abroad", true),
            (" & Colleges", true),
            (" of Excellence", true),
            (" for Peace", true),
            (" and hospitals", false),
            (" reopen", false),
            (" and", false),
            (" and ", false),
            ("", false),
            (" or Hospitals", false),
            (" and Égypte", true),
        ];
        for &(rest, want) in rows {
            assert_eq!(joined_name_follows(rest, 0), want, "{rest:?}");
        }
    }

    #[test]
    fn plural_possessive_table() {
        let rows: &[(&str, &str, bool)] = &[
            ("Women", "'s national team", true),
            ("Women", "\u{2019}s team", true),
            ("Children", "'s Fund", true),
            ("Veterans", "' association", true),
            ("Embassy", "'s statement", false),
            ("President", "'s visit", false),
            ("Veterans", "'s", false),
            ("Boss", "' car", false),
            ("Women", "'sx", false),
            ("Women", " national", false),
        ];
        for &(word, rest, want) in rows {
            assert_eq!(plural_possessive(word, rest), want, "{word:?} {rest:?}");
        }
    }

    #[test]
    fn sports_paragraph_table() {
        let far = format!("NBA {} Cairo Heat", "\u{e9}".repeat(SPORTS_REACH));
        let rows: &[(&str, &str, bool)] = &[
            ("who led the Cairo Heat to the NBA title", "Cairo", true),
            ("the Cairo Heat won the championship", "Cairo", true),
            ("the NBA said.\nthe Cairo Heat rose", "Cairo", false),
            ("the Cairo Heat rose in the summer", "Cairo", false),
            ("the Cairo Heat, the NBAX said", "Cairo", false),
            (&far, "Cairo", false),
        ];
        for &(text, word, want) in rows {
            let at = text.find(word).expect("the word is in the text");
            assert_eq!(sports_paragraph(text, at), want, "{text:?}");
        }
    }

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
