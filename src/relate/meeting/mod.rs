//! Who met whom in a sentence: meeting cues, parties, and affiliations from titles.
//!
//! The rule, in a journalist's words: two entities *met* when a sentence says so with a
//! meeting cue ("met", "held talks with", "hosted", "spoke by phone with", "is set to
//! meet with", "talks between ... and ...", a photo caption "X with Y"), one on each side
//! of it (or both after "between"). Places never meet, and neither does a country named
//! as a location ("talks in Saudi Arabia"). A demonym is a party only as a group
//! ("Egyptian officials"); before a title and a name ("Egyptian Foreign Minister Sameh
//! Shoukry") it makes an *affiliation*, and the person is the party. Idioms ("meet
//! Hamas' demands") and negations ("declined to meet") are not meetings, nor is a
//! person meeting their own country. A sentence-initial cue takes its subject after the
//! first comma ("During talks with Herzog, Blinken ..."); "he"/"she" is the person who
//! most recently opened a sentence.
//!
//! All the words involved come from [`crate::cues`], a data file.

use std::ops::Range;

use crate::cues::{CueKind, CueMatch};
use crate::gazetteer::{EntityId, EntityType, Gazetteer};
use crate::matcher::Mention;

/// A pair that met, as found in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetPair {
    /// The entity with the smaller id.
    pub a: EntityId,
    /// The entity with the larger id.
    pub b: EntityId,
    /// The cue that fired.
    pub cue: CueMatch,
    /// The meeting is announced, not yet held.
    pub planned: bool,
}

/// "member belongs to of", read from a title ("Egyptian Foreign Minister Sameh Shoukry").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextAffiliation {
    /// The person (or organization).
    pub member: EntityId,
    /// The country or organization.
    pub of: EntityId,
}

/// What one sentence says beyond co-mention.
#[derive(Debug, Default, Clone)]
pub struct SentenceRelations {
    /// Pairs that met.
    pub met: Vec<MetPair>,
    /// Affiliations read from titles.
    pub affiliations: Vec<TextAffiliation>,
}

impl SentenceRelations {
    /// Empties both lists, keeping their memory.
    pub fn clear(&mut self) {
        self.met.clear();
        self.affiliations.clear();
    }
}

/// Finds the meetings and title affiliations of one sentence.
///
/// `mentions` are the sentence's resolved mentions in order, `cues` the cue matches
/// inside the sentence in order, `salient` the person a pronoun refers to.
pub fn relate_sentence(
    text: &str,
    sentence: Range<usize>,
    mentions: &[&Mention],
    cues: &[CueMatch],
    gazetteer: &Gazetteer,
    salient: Option<EntityId>,
    out: &mut SentenceRelations,
) {
    out.clear();
    let entity = |m: &Mention| m.entity.expect("resolved mentions only");
    let kind = |m: &Mention| gazetteer.entity(entity(m)).kind;
    // Cues that do not overlap a mention.
    let free_cues: Vec<&CueMatch> = cues
        .iter()
        .filter(|c| !mentions.iter().any(|m| m.start < c.end && c.start < m.end))
        .collect();
    let cue_after = |pos: usize| free_cues.iter().copied().find(|c| c.start >= pos);

    // Which mentions are parties.
    let n = mentions.len();
    let mut party = vec![false; n];
    let mut location = vec![false; n];
    let mut speaker = vec![false; n];
    for (i, m) in mentions.iter().enumerate() {
        let prev_cue = free_cues.iter().rev().find(|c| c.end <= m.start);
        location[i] = kind(m) == EntityType::Place
            || prev_cue
                .is_some_and(|c| c.is(CueKind::Location) && gap_is(text, c.end, m.start, ARTICLES))
            || (i > 0 && location[i - 1] && gap_is(text, mentions[i - 1].end, m.start, &[","]));
        if location[i] {
            continue;
        }
        // "Egyptian/Egypt's/US [Foreign Minister] [Sameh Shoukry]": an affiliation.
        if kind(m) != EntityType::Person {
            if let Some(person) = titled_person(text, mentions, i, cues)
                .filter(|&p| kind(mentions[p]) == EntityType::Person)
            {
                out.affiliations.push(TextAffiliation {
                    member: entity(mentions[person]),
                    of: entity(m),
                });
                continue;
            }
        }
        // "according to MENA": a source, not a party; "the Kremlin said", "AP Photo": a
        // speaker, who may meet someone but is never the one met.
        if prev_cue
            .is_some_and(|c| c.is(CueKind::Attribution) && gap_is(text, c.end, m.start, ARTICLES))
        {
            continue;
        }
        speaker[i] = cue_after(m.end)
            .is_some_and(|c| c.is(CueKind::Source) && gap_is(text, m.end, c.start, POSSESSIVE));
        party[i] = if m.demonym {
            cue_after(m.end)
                .is_some_and(|c| c.is(CueKind::Group) && gap_is(text, m.end, c.start, &[]))
        } else {
            true
        };
    }
    // "Egyptian and Jordanian officials": a demonym coordinated with a party demonym.
    for i in (0..n.saturating_sub(1)).rev() {
        if mentions[i].demonym
            && !location[i]
            && mentions[i + 1].demonym
            && party[i + 1]
            && gap_is(text, mentions[i].end, mentions[i + 1].start, COORDINATION)
        {
            party[i] = true;
        }
    }
    let parties: Vec<usize> = (0..n).filter(|&i| party[i]).collect();
    if parties.is_empty() {
        return;
    }

    for (index, cue) in free_cues.iter().enumerate() {
        // "discussions in Cairo with X": a "with" after a meeting noun, past places only.
        let after_meeting_noun = cue.is(CueKind::Caption)
            && free_cues[..index].iter().rev().take(3).any(|c| {
                c.is(CueKind::Meeting)
                    && word_count(&text[c.end..cue.start]) <= 5
                    && !mentions
                        .iter()
                        .enumerate()
                        .any(|(i, m)| m.start >= c.end && m.end <= cue.start && !location[i])
            });
        let is_meeting = cue.is(CueKind::Met) || cue.is(CueKind::Planned) || after_meeting_noun;
        let is_between = cue.is(CueKind::Between);
        let is_caption = cue.is(CueKind::Caption) && is_caption_like(text, sentence.clone());
        if !(is_meeting || is_between || is_caption) {
            continue;
        }
        // Negation within the three words before the cue ("declined to meet").
        let negated = free_cues[..index]
            .iter()
            .rev()
            .take(2)
            .any(|c| c.is(CueKind::Negation) && word_count(&text[c.end..cue.start]) <= 3);
        if negated {
            continue;
        }
        // An idiom right after the cue ("meet the needs").
        if cue_after(cue.end)
            .is_some_and(|c| c.is(CueKind::Idiom) && gap_is(text, cue.end, c.start, ARTICLES))
        {
            continue;
        }
        let before: Vec<usize> = parties
            .iter()
            .copied()
            .filter(|&i| mentions[i].end <= cue.start)
            .collect();
        let pronoun = before.is_empty() && has_pronoun(&text[sentence.start..cue.start]);
        // No subject before the cue: it is in an opening clause ("During talks with
        // Herzog, Blinken ..."), and the subject follows its comma.
        let opens_sentence = before.is_empty() && !pronoun;
        let window_end = if opens_sentence {
            text[cue.end..sentence.end]
                .find(',')
                .map_or(sentence.end, |i| cue.end + i)
        } else {
            free_cues[index + 1..]
                .iter()
                .find(|c| c.is(CueKind::Stop))
                .map_or(sentence.end, |c| c.start)
        };
        let objects: Vec<usize> = parties
            .iter()
            .copied()
            .filter(|&i| {
                mentions[i].start >= cue.end && mentions[i].end <= window_end && !speaker[i]
            })
            .filter(|&i| {
                // "meet Hamas' demands"
                !cue_after(mentions[i].end).is_some_and(|c| {
                    c.is(CueKind::Idiom) && gap_is(text, mentions[i].end, c.start, POSSESSIVE)
                })
            })
            .collect();
        let planned = cue.is(CueKind::Planned) && !cue.is(CueKind::Met);
        let add = |x: EntityId, y: EntityId, out: &mut SentenceRelations| {
            if x == y
                || affiliated(gazetteer, x, y)
                || out
                    .affiliations
                    .iter()
                    .any(|a| (a.member, a.of) == (x, y) || (a.member, a.of) == (y, x))
            {
                return;
            }
            let (a, b) = if x < y { (x, y) } else { (y, x) };
            if !out.met.iter().any(|p| p.a == a && p.b == b) {
                out.met.push(MetPair {
                    a,
                    b,
                    cue: **cue,
                    planned,
                });
            }
        };
        if is_between && !is_meeting {
            let last = objects.last().map_or(cue.end, |&i| mentions[i].end);
            if free_cues[index + 1..].iter().any(|c| {
                c.start >= last && c.is(CueKind::Negation) && word_count(&text[last..c.start]) <= 3
            }) {
                continue;
            }
            for (k, &i) in objects.iter().enumerate() {
                for &j in &objects[k + 1..] {
                    add(entity(mentions[i]), entity(mentions[j]), out);
                }
            }
            continue;
        }
        let subjects: Vec<EntityId> = if let Some(&nearest) = before.last() {
            // The nearest party before the cue and those coordinated with it ("Egypt,
            // Qatar and Jordan"; a comma alone only after an "and": "MENA, Blinken" is
            // not a list).
            let mut chosen = vec![nearest];
            let mut seen_and = false;
            for &i in before.iter().rev().skip(1) {
                let last = *chosen.last().expect("non-empty");
                let gap = (mentions[i].end, mentions[last].start);
                if gap_is(text, gap.0, gap.1, &["and", "&", "the"])
                    || and_then_titles(&text[gap.0..gap.1])
                {
                    seen_and = true;
                    chosen.push(i);
                } else if seen_and && gap_is(text, gap.0, gap.1, COORDINATION) {
                    chosen.push(i);
                } else {
                    break;
                }
            }
            chosen.iter().map(|&i| entity(mentions[i])).collect()
        } else if opens_sentence {
            parties
                .iter()
                .find(|&&i| mentions[i].start >= window_end)
                .map(|&i| entity(mentions[i]))
                .into_iter()
                .collect()
        } else if pronoun {
            salient.into_iter().collect()
        } else {
            Vec::new()
        };
        // "The planned summit ... was postponed": a negation right after the meeting.
        let last = objects.last().map_or(cue.end, |&i| mentions[i].end);
        let negated_after = free_cues[index + 1..].iter().any(|c| {
            c.start >= last && c.is(CueKind::Negation) && word_count(&text[last..c.start]) <= 3
        });
        if negated_after {
            continue;
        }
        if objects.is_empty() && subjects.len() >= 2 {
            // "Biden and Xi met": the subjects met one another.
            for (k, &x) in subjects.iter().enumerate() {
                for &y in &subjects[k + 1..] {
                    add(x, y, out);
                }
            }
        }
        for &subject in &subjects {
            for &object in &objects {
                add(subject, entity(mentions[object]), out);
            }
        }
    }
}

/// Words allowed between a location cue and its place ("in the").
const ARTICLES: &[&str] = &["the", "a", "an"];
/// Words allowed between coordinated parties ("Egypt, Qatar and Jordan").
const COORDINATION: &[&str] = &[",", "and", "&", "the"];
/// Possessive markers between a party and an idiom noun ("Hamas' demands").
const POSSESSIVE: &[&str] = &["'s", "'"];

/// Whether `text[from..to]` holds only whitespace and the allowed tokens (compared
/// ASCII-case-insensitively, apostrophes folded); commas may touch the words.
fn gap_is(text: &str, from: usize, to: usize, allowed: &[&str]) -> bool {
    if from > to {
        return false;
    }
    let gap = &text[from..to];
    let mut rest = gap.trim();
    while !rest.is_empty() {
        let (token, after) = if let Some(stripped) = rest.strip_prefix(',') {
            (",", stripped)
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == ',')
                .unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        };
        let ok = allowed.iter().any(|a| same_word(a, token));
        if !ok {
            return false;
        }
        rest = after.trim_start();
    }
    true
}

/// ASCII-case-insensitive equality with curly apostrophes folded to straight ones.
fn same_word(a: &str, b: &str) -> bool {
    let fold = |c: char| {
        if c == '’' {
            '\''
        } else {
            c.to_ascii_lowercase()
        }
    };
    a.chars().map(fold).eq(b.chars().map(fold))
}

/// "and Chinese President": "and" followed only by capitalised words (a title).
fn and_then_titles(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("and"))
        && words.all(|w| w.starts_with(char::is_uppercase))
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn has_pronoun(s: &str) -> bool {
    s.split(|c: char| !c.is_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she"))
}

/// A caption or headline: no final punctuation, or a photo credit on the same line.
fn is_caption_like(text: &str, sentence: Range<usize>) -> bool {
    let words = &text[sentence.clone()];
    let trimmed = words.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)]".contains(c));
    let line_start = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[sentence.end..]
        .find('\n')
        .map_or(text.len(), |i| sentence.end + i);
    !trimmed.ends_with(['.', '!', '?'])
        || text[line_start..line_end]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.eq_ignore_ascii_case("photo"))
}

/// If mention `i` is followed by a title and a person ("Egyptian Foreign Minister
/// Sameh Shoukry", "Egypt's President Sisi"), the person's index.
fn titled_person(text: &str, mentions: &[&Mention], i: usize, cues: &[CueMatch]) -> Option<usize> {
    let next = mentions.get(i + 1)?;
    let from = mentions[i].end;
    let mut pos = from;
    let mut titles = 0;
    // A title may overlap the mention ("Egyptian [intelligence] chief" where the
    // organization is "Egyptian intelligence" and the title "intelligence chief").
    for cue in cues.iter().filter(|c| c.end > from && c.end <= next.start) {
        let role = cue.is(CueKind::Title) || cue.is(CueKind::Group);
        if !role || !gap_is(text, pos, cue.start.max(pos), &["'s", "'", "and", ","]) {
            return None;
        }
        titles += 1;
        pos = cue.end;
    }
    (titles > 0 && gap_is(text, pos, next.start, &[])).then_some(i + 1)
}

/// Whether the gazetteer affiliates one entity with the other.
fn affiliated(gazetteer: &Gazetteer, x: EntityId, y: EntityId) -> bool {
    let of = |member: EntityId, group: EntityId| {
        gazetteer
            .entity(member)
            .affiliation
            .as_deref()
            .is_some_and(|name| name == gazetteer.entity(group).name)
    };
    of(x, y) || of(y, x)
}
