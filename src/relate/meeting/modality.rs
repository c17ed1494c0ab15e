//! Step 4: whether a cue states a meeting that happened, one that is announced, or
//! none at all.
//!
//! - **Negated or hypothetical**: a negation cue of the same clause within three words
//!   before the cue ("declined to meet", "has so far refused to sit down with", "hopes of
//!   a meeting between", "ready to meet") — no meeting, unless a preposition of time
//!   comes between them ("declined to comment after meeting Putin").
//! - **Cancelled**: a cancel cue within three words after the meeting's last party
//!   ("the summit with Putin was called off") — no meeting. Other negations after it do
//!   not count ("talks with Hamas ended without a deal" is still a meeting).
//! - **Pressed for**: an infinitive cue a noun of pressing asks for, from people named
//!   between them ("pressure from Obasanjo and Mbeki to meet with Tsvangirai") — no
//!   meeting, and those pressing are no party.
//! - **Idiom**: an idiom noun right after the cue ("meet the deadline") — no meeting.
//! - **Performative**: "I would like to welcome", "let me welcome you" welcome as they
//!   are said, and "we would like to discuss" discusses, though "would like" is
//!   otherwise hypothetical.
//! - **Planned**: a planned cue ("is set to meet with"), or a future or intent word of the
//!   same clause within three words before the cue ("will travel to Cairo to meet") or
//!   opening the cue's phrase ("are expected to discuss"), or
//!   a headline's "to" between a name and a capitalised cue ("Biden to Welcome Ruto"),
//!   or, for a meeting noun, a predicate right after the parties that announces or
//!   moves it ("a meeting
//!   between A and B is planned for Friday", "was moved to Friday").

use super::cues::{CueKind, CueMatch};
use super::parties::Scene;
use super::words::{gap_is, is_one_of, word_count, words, ARTICLES};

/// Prepositions of time that make a meeting after them an adjunct of the verb before
/// them ("declined to comment after meeting Putin").
const TIME_PREPOSITIONS: &[&str] = &[
    "after",
    "following",
    "before",
    "during",
    "since",
    "despite",
    "amid",
];

/// Words that, shortly before a cue of their clause, announce the meeting.
const FUTURE: &[&str] = &[
    "will",
    "would",
    "plans",
    "planned",
    "planning",
    "expected",
    "scheduled",
    "due",
    "set",
    "shall",
    "upcoming",
    "next",
    "tomorrow",
];

/// Negation words that, right before a meeting noun, announce it instead ("a possible
/// meeting between").
const INTENT: &[&str] = &["possible", "potential", "proposed"];

/// What a cue states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Modality {
    /// A meeting that happened or is under way.
    Held,
    /// An announced meeting.
    Planned,
    /// No meeting: negated, hypothetical, cancelled or an idiom.
    None,
}

/// The modality of `free[index]`, whose parties end at `parties_end`. A negation
/// before `negations_from` is another verb's ("urged Netanyahu in a call": the people's,
/// not the call's) and does not count.
///
/// `phrase` is the cue's phrase: idioms are idioms of "meet" ("meet the deadline"), so
/// "discussed efforts" stays a meeting.
pub(super) fn modality(
    scene: &Scene<'_>,
    free: &[&CueMatch],
    index: usize,
    phrase: &str,
    parties_end: usize,
    negations_from: usize,
) -> Modality {
    let cue = free[index];
    let text = scene.text;
    let clause = scene.clauses.at(cue.start);
    // "declined to comment after meeting Putin", "spoke with hope following a meeting
    // with Modi": a meeting after a preposition of time is an adjunct of the negated
    // verb, not what it negates.
    let adjunct = |c: &CueMatch| {
        words(text, c.end..cue.start)
            .map(|w| &text[w])
            .chain(phrase.split_whitespace().next())
            .any(|w| is_one_of(w, TIME_PREPOSITIONS))
    };
    let negation = free[..index].iter().rev().take(2).find(|c| {
        c.is(CueKind::Negation)
            && c.start >= negations_from
            && word_count(&text[c.end..cue.start]) <= 3
            && scene.clauses.at(c.start) == clause
            && !adjunct(c)
    });
    // "a possible meeting between", "the proposed summit": a meeting noun right after
    // a word of intent is announced (CAMEO 036), where "could meet" stays hypothetical.
    // "postponed a meeting with", "postponed his visit": a meeting put off is still to
    // come; only one called off is none.
    let intended = negation.is_some_and(|c| {
        let words = &text[c.start..c.end];
        (is_one_of(words, INTENT) && gap_is(text, c.end, cue.start, &[]))
            || words.starts_with("postponed")
    });
    let negated = negation.is_some() && !intended;
    let of_meet = phrase
        .split_whitespace()
        .last()
        .is_some_and(|w| matches!(w, "meet" | "met" | "meets" | "meeting"));
    let idiom = of_meet
        && free
            .get(index + 1)
            .is_some_and(|c| c.is(CueKind::Idiom) && gap_is(text, cue.end, c.start, ARTICLES));
    let cancelled = free[index + 1..].iter().any(|c| {
        c.start >= parties_end
            && c.is(CueKind::Cancel)
            && word_count(&text[parties_end..c.start]) <= 3
            && !moved_to_a_date(scene, c.end)
    });
    // The four words before the cue lie within a bounded stretch of text.
    let mut from = cue
        .start
        .saturating_sub(48)
        .max(scene.clauses.start(clause))
        .max(scene.sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut last = [0..0, 0..0, 0..0, 0..0];
    let mut count = 0;
    for (i, w) in words(text, from..cue.start).enumerate() {
        last[i % 4] = w;
        count = i + 1;
    }
    // "I would like to welcome", "let me welcome you": said as it happens.
    let word_before = |k: usize| {
        if count >= k {
            &text[last[(count - k) % 4].clone()]
        } else {
            ""
        }
    };
    // "We would like to discuss the issues": in the first person, said as it happens.
    let performative = phrase.starts_with("welcome")
        && (is_one_of(word_before(1), &["to"])
            && is_one_of(word_before(2), &["like", "want", "wish"])
            || is_one_of(word_before(1), &["me"]) && is_one_of(word_before(2), &["let"]))
        || phrase == "to discuss"
            && is_one_of(word_before(1), &["like", "want", "wish"])
            && is_one_of(word_before(2), &["would"])
            && is_one_of(word_before(3), &["i", "we"]);
    if performative && !cancelled {
        return Modality::Held;
    }
    if negated
        || idiom
        || cancelled
        || urged_from(scene, cue.start, phrase)
        || language(scene, cue.end, phrase)
        || interview(scene, cue.end, phrase)
    {
        return Modality::None;
    }
    // A headline's "Biden to Welcome Kenya's Ruto": "to" and a capitalised verb right
    // after a name announce it.
    let headline_infinitive = text[cue.start..].starts_with(char::is_uppercase)
        && is_one_of(word_before(1), &["to"])
        && count >= 2
        && scene
            .mentions
            .iter()
            .any(|m| m.end == last[(count - 2) % 4].end);
    // "A and B are expected to discuss": the future word opens the cue's own phrase.
    let future = headline_infinitive
        || last.iter().any(|w| is_one_of(&text[w.clone()], FUTURE))
        || phrase
            .split_whitespace()
            .next()
            .is_some_and(|w| is_one_of(w, FUTURE))
        || (names_meeting(phrase) && announced_after(scene, parties_end));
    if (cue.is(CueKind::Planned) && !cue.is(CueKind::Met)) || future || intended {
        Modality::Planned
    } else {
        Modality::Held
    }
}

/// Nouns of pressing for something: "pressure from X to meet Y" presses for a meeting
/// that is not stated, and its "from" names who presses, not who meets.
const DIRECTIVE_NOUNS: &[&str] = &["pressure", "calls", "appeals", "demands", "urging"];

/// Whether the infinitive cue at `cue_start` ("to meet with") is what a directive noun
/// of its clause presses for, from people named between them: "rebuffed pressure at
/// the summit from Obasanjo and South African President Thabo Mbeki to meet with
/// Tsvangirai", "faced calls from Obama to meet Abbas". The noun is at most four words
/// before "from"; between "from" and the cue stand only names, titles (capitalised
/// words), "and", "of", articles and commas. No meeting is stated by it ("Under
/// pressure from Obama, Netanyahu agreed to meet Abbas" has its own subject and verb).
fn urged_from(scene: &Scene<'_>, cue_start: usize, phrase: &str) -> bool {
    if !phrase.starts_with("to ") {
        return false;
    }
    let text = scene.text;
    let from = scene.clause_start(cue_start);
    let before: Vec<_> = words(text, from..cue_start).collect();
    // Back from the cue over the names to "from".
    let mut i = before.len();
    while i > 0 {
        let word = &text[before[i - 1].clone()];
        if word == "from" {
            break;
        }
        let name = word.starts_with(char::is_uppercase)
            || scene.mention_at(before[i - 1].start).is_some()
            || is_one_of(word, &["and", "of", "the", ",", ".", "'s", "’s"]);
        if !name {
            return false;
        }
        i -= 1;
    }
    // "from" right before the cue names nobody; the names after it are those pressing.
    if i == 0 || i == before.len() {
        return false;
    }
    before[i.saturating_sub(6)..i - 1]
        .iter()
        .rev()
        .take(4)
        .any(|w| is_one_of(&text[w.clone()], DIRECTIVE_NOUNS))
}

/// Languages one speaks ("I've learned to speak Chinese").
const LANGUAGES: &[&str] = &[
    "arabic",
    "chinese",
    "english",
    "farsi",
    "french",
    "german",
    "hebrew",
    "hindi",
    "italian",
    "japanese",
    "korean",
    "mandarin",
    "persian",
    "portuguese",
    "russian",
    "spanish",
    "swahili",
    "turkish",
    "ukrainian",
];

/// Whether a verb of speaking ending at `end` takes a language ("speak Chinese",
/// "spoke in French"): no meeting.
fn language(scene: &Scene<'_>, end: usize, phrase: &str) -> bool {
    let text = scene.text;
    phrase
        .split_whitespace()
        .last()
        .is_some_and(|w| is_one_of(w, &["speak", "speaks", "spoke", "spoken", "speaking"]))
        && words(text, end..scene.sentence.end)
            .take(2)
            .map(|w| &text[w])
            .find(|w| !is_one_of(w, &["in"]))
            .is_some_and(|w| is_one_of(w, LANGUAGES))
}

/// Words for a journalist interviewing someone.
const INTERVIEWERS: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "interviewer",
    "anchor",
];

/// Whether the one a speech cue ending at `end` speaks with is a journalist ("speaks
/// with VOA Chinese Service White House correspondent Paris Huang"): an interview, no
/// meeting. The journalist's word comes within eight words, before any punctuation.
fn interview(scene: &Scene<'_>, end: usize, phrase: &str) -> bool {
    let text = scene.text;
    let speech = phrase.split_whitespace().any(|w| {
        is_one_of(
            w,
            &[
                "speak", "speaks", "spoke", "speaking", "talk", "talks", "talked", "talking",
            ],
        )
    }) && phrase.ends_with("with");
    speech
        && words(text, end..scene.sentence.end)
            .take(8)
            .map(|w| &text[w])
            .take_while(|w| !w.starts_with(|c: char| c.is_ascii_punctuation()))
            .any(|w| is_one_of(w, INTERVIEWERS))
}

/// Whether a cancel cue ending at `end` moves the meeting to a date instead ("was
/// postponed to Friday", "until next week", "to a later date"): still to come.
fn moved_to_a_date(scene: &Scene<'_>, end: usize) -> bool {
    let text = scene.text;
    let mut after = words(text, end..scene.sentence.end).map(|w| &text[w]);
    after
        .next()
        .is_some_and(|w| is_one_of(w, &["to", "until", "till"]))
        && after.take(2).any(|w| {
            crate::text::calendar::is_weekday_or_month(w)
                || is_one_of(w, &["next", "later", "tomorrow"])
        })
}

/// Whether a cue's phrase holds a meeting noun ("a meeting between", "talks with"),
/// not only a verb.
fn names_meeting(phrase: &str) -> bool {
    phrase.split_whitespace().any(|w| {
        is_one_of(
            w,
            &[
                "meeting",
                "meetings",
                "talks",
                "summit",
                "call",
                "visit",
                "conversation",
                "discussions",
                "negotiations",
                "dialogue",
            ],
        )
    })
}

/// Auxiliaries that open a predicate right after a meeting's parties.
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would",
];

/// Words of that predicate that announce the meeting, or move it ("was moved to
/// Friday", "has been postponed": still to come).
const ANNOUNCING: &[&str] = &[
    "will",
    "planned",
    "scheduled",
    "expected",
    "set",
    "due",
    "postponed",
    "moved",
    "rescheduled",
    "delayed",
];

/// Whether the meeting noun whose parties end at `parties_end` is announced by the
/// predicate right after them: "A meeting between Biden and Putin is planned for Friday", "... was
/// moved to Friday". An auxiliary first, then an announcing word within three words.
fn announced_after(scene: &Scene<'_>, parties_end: usize) -> bool {
    let text = scene.text;
    let mut after = words(text, parties_end..scene.sentence.end).map(|w| &text[w]);
    after.next().is_some_and(|w| is_one_of(w, AUXILIARIES))
        && after.take(3).any(|w| is_one_of(w, ANNOUNCING))
}

/// Whether one of the four words before `pos` in its clause speaks of the future ("will
/// participate in the ASEAN-U.S. Meeting"): for a meeting named after its parties,
/// where the words before the name say whether it was held.
pub(super) fn future_before(scene: &Scene<'_>, pos: usize) -> bool {
    let text = scene.text;
    let from = scene.clause_start(pos);
    let before: Vec<_> = words(text, from..pos).collect();
    before
        .iter()
        .rev()
        .take(4)
        .any(|w| is_one_of(&text[w.clone()], FUTURE))
}
