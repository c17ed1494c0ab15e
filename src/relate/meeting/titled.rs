//! Step 9: a party named only by a title and a family name the gazetteer does not list
//! alone ("Vice Premier He", "Foreign Minister Wang", "Ambassador Alvarez").
//!
//! The matcher finds a person by a family name alone only once the document has named
//! them in full; readouts and transcripts often never do. Here, in the object place of a
//! meeting cue, a title of the text (a title cue, after at most three capitalised words
//! such as "Vice" or "State" and an optional country: "Republic of Korea Foreign Minister
//! Park") followed by one capitalised word no mention covers is the person when exactly
//! one person of the gazetteer:
//!
//! - has that word as the first or the last word of their name (accents folded: "Alvarez"
//!   is "Álvarez"; "Wang" is "Wang Yi", family name first);
//! - holds the title by their role ("premier" of "Vice Premier");
//! - held it on the document's date, when both the date and their term are known.
//!
//! Two people who fit, or none, name nobody: "President Kim" stays unread.
//!
//! Also here: an unnamed title joined to a named subject ("Mattis and his British
//! counterpart discussed ...") is the document's person of that country and title
//! ([`joined_title`]).

use std::ops::Range;

use super::cues::{CueKind, CueSet};
use super::parties::Scene;
use super::pronouns::{holds, Discourse};
use super::words::{is_capitalised, is_one_of, words};
use crate::gazetteer::{EntityId, EntityType, Gazetteer};
use crate::text::fold_str;

/// Words that may open a titled name: "with" (of a meeting noun's "meetings with"), "the",
/// "his", and in a list "," and "and"; an adverb ([`is_adverb`]) may stand before them.
const LEAD: &[&str] = &["with", "the", "his", "her", "their", "its", ",", "and"];

/// Whether `word` is an adverb of manner that may stand between a verb and its "with"
/// ("spoke extensively with Ambassador Alvarez", "met privately with"): lower case,
/// ending in "ly".
fn is_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.chars().all(|c| c.is_ascii_lowercase())
}

/// How many capitalised words before a title cue may belong to the title ("Vice
/// Premier", "State Counsellor"... "Minister").
const TITLE_LEAD: usize = 3;

/// The person a titled family name from `from` stands for and where the name ends, by
/// the rules of this step; `list` lets a "," or "and" open it (an item of a list of
/// objects).
pub(super) fn titled_name(
    scene: &Scene<'_>,
    from: usize,
    list: bool,
    cue_set: &CueSet,
    gazetteer: &Gazetteer,
    date: Option<u32>,
) -> Option<(EntityId, Range<usize>)> {
    let text = scene.text;
    let mut lead_capitals = 0;
    let mut covered = from;
    let mut title: Option<Vec<&str>> = None;
    let mut start = None;
    for w in words(text, from..scene.sentence.end).take(16) {
        if w.start < covered {
            continue;
        }
        let word = &text[w.clone()];
        if let Some(title_words) = &title {
            // The family name: one capitalised word no mention covers, then no other
            // capitalised word ("Foreign Minister Wang Yi" is the matcher's).
            if scene.mention_at(w.start).is_some() || !is_capitalised(word) {
                return None;
            }
            let next = words(text, w.end..scene.sentence.end)
                .next()
                .map(|n| &text[n]);
            if next.is_some_and(is_capitalised) {
                return None;
            }
            let person = by_family_name(word, title_words, date, gazetteer)?;
            return Some((person, start.unwrap_or(w.start)..w.end));
        }
        if let Some(m) = scene.mention_at(w.start) {
            // "Republic of Korea Foreign Minister Park": a country or body before the
            // title; a person is a name, not a title's lead.
            if gazetteer.entity(m.entity).kind == EntityType::Person || lead_capitals > 0 {
                return None;
            }
            start.get_or_insert(w.start);
            covered = m.end;
        } else if let Some(cue) = scene.cues.iter().find(|c| {
            c.start == w.start && c.is(CueKind::Title) && scene.mention_at(c.start).is_none()
        }) {
            start.get_or_insert(w.start);
            title = Some(cue_set.phrase(cue).split_whitespace().collect());
            covered = cue.end;
        } else if is_capitalised(word) && lead_capitals < TITLE_LEAD {
            start.get_or_insert(w.start);
            lead_capitals += 1;
        } else if start.is_some()
            || !(is_one_of(word, LEAD) || is_adverb(word))
            || (!list && is_one_of(word, &[",", "and"]))
        {
            return None;
        }
    }
    None
}

/// The one person whose name's first or last word is `word` (accents folded), who holds
/// `title` by their role and, when both are known, held it on `date`.
fn by_family_name(
    word: &str,
    title: &[&str],
    date: Option<u32>,
    gazetteer: &Gazetteer,
) -> Option<EntityId> {
    // A one-letter word is an initial; "I" is the speaker.
    if word.chars().count() < 2 {
        return None;
    }
    let folded = fold_str(word);
    let same = |n: &str| n.eq_ignore_ascii_case(word) || (!n.is_ascii() && fold_str(n) == folded);
    let mut found = gazetteer
        .entities()
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.kind == EntityType::Person && {
                let mut names = e.name.split_whitespace();
                let first = names.next();
                let last = names.next_back();
                first.is_some_and(same) || last.is_some_and(same)
            }
        })
        .filter_map(|(i, e)| {
            let id = EntityId(u32::try_from(i).ok()?);
            let in_office = match (e.term, date) {
                (Some(term), Some(date)) => term.holds_on(date),
                _ => true,
            };
            (in_office && holds(gazetteer, id, title)).then_some(id)
        });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// The titled names of a list of objects after its last named one, from `from`: ",
/// State Counsellor Yang, and Foreign Minister Wang" after "President Xi". An item of
/// capitalised words that names nobody is passed over; anything else ends the list.
pub(super) fn titled_list(
    scene: &Scene<'_>,
    from: usize,
    cue_set: &CueSet,
    gazetteer: &Gazetteer,
    date: Option<u32>,
) -> Vec<(EntityId, Range<usize>)> {
    let text = scene.text;
    let mut found = Vec::new();
    let mut pos = from;
    while found.len() < LIST_ITEMS {
        if let Some((person, span)) = titled_name(scene, pos, true, cue_set, gazetteer, date) {
            pos = span.end;
            found.push((person, span));
            continue;
        }
        // ", State Counsellor Yang": one to four capitalised words, then "," or "and".
        let mut item = words(text, pos..scene.sentence.end);
        if item.next().is_none_or(|w| &text[w] != ",") {
            break;
        }
        let mut capitals = 0;
        let mut next_item = None;
        for w in item.take(5) {
            let word = &text[w.clone()];
            if is_one_of(word, &[",", "and"]) {
                next_item = Some(w.start);
                break;
            }
            if !is_capitalised(word) || scene.mention_at(w.start).is_some() {
                break;
            }
            capitals += 1;
        }
        match next_item {
            Some(next) if capitals > 0 && next > pos => pos = next,
            _ => break,
        }
    }
    found
}

/// How many titled names [`titled_list`] reads at most.
const LIST_ITEMS: usize = 6;

/// The person an unnamed title joined to a named subject stands for, and the words
/// that name them: "Mattis and his British counterpart discussed ...", "Mattis, British
/// Counterpart Discuss ..." (a headline), "Sharif and the Indian prime minister met".
/// `subject` is the mention of the named subject; after it come "and" or ",", the title
/// ([`super::unnamed_title`]: a country and a title, or "counterpart"), then only
/// lower-case words (a headline's capitalised verbs too) up to the cue. The title is
/// the person of that country the document names who holds it (for "counterpart", any
/// person of that country), else the one who held the subject's office (or the title's)
/// on the document's date; never the subject.
pub(super) fn joined_title(
    scene: &Scene<'_>,
    subject: usize,
    cue_start: usize,
    cue_set: &CueSet,
    gazetteer: &Gazetteer,
    discourse: &Discourse,
) -> Option<(EntityId, Option<Range<usize>>)> {
    let text = scene.text;
    let named = scene.mentions.get(subject)?;
    let joiner = words(text, named.end..cue_start).next()?;
    if !is_one_of(&text[joiner.clone()], &["and", ","]) {
        return None;
    }
    let (title, country, end) =
        super::unnamed_title(scene, joiner.end, cue_start, cue_set, gazetteer)?;
    let headline = || super::is_caption_like(text, scene.sentence.clone());
    let gap: Vec<&str> = words(text, end..cue_start).map(|w| &text[w]).collect();
    let verb_next = gap.len() <= 3
        && gap
            .iter()
            .all(|w| w.starts_with(char::is_lowercase) || (is_capitalised(w) && headline()));
    if !verb_next {
        return None;
    }
    let me = named.entity;
    if let Some(person) = discourse.holder(&title, country, &[me], gazetteer) {
        return Some((person, None));
    }
    let person = discourse.office_holder(&title, country?, Some(me), &[me], gazetteer)?;
    Some((person, Some(super::phrase_after(text, joiner.end, end))))
}
