//! Step 5: whom "he", "she", "his" and "her" stand for.
//!
//! Centering, kept small: the *backward-looking centre* of a document is the person who
//! was last the subject of a sentence — the first mention of a sentence's main clause,
//! reached over titles only and followed by a verb ("Blinken landed in Riyadh").
//! A sentence that is only a name (a caption, a byline), a name in an object or in a
//! prepositional phrase, or a sentence whose subject is "he" does not change it.
//! Inside a sentence, a pronoun first looks for a person who is the subject of an
//! earlier clause ("Modi said he met ...", "When Meloni arrived, she met ...").

use std::ops::Range;

use super::kind::MeetingKind;
use super::words::{is_capitalised, is_one_of, is_punctuation, word_count, words, OPENERS};
use crate::gazetteer::{EntityId, EntityType, Gazetteer};
use crate::matcher::ResolvedMention;

/// The pairs of people a document has stated meetings between, so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum PeoplePairs {
    /// None yet.
    #[default]
    None,
    /// Every one was between these two (the first meeting's kind).
    Sole((EntityId, EntityId, MeetingKind)),
    /// More than one pair.
    Several,
}

/// What the pronouns of a document may refer to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discourse {
    /// The person who was last the subject of a sentence.
    pub centre: Option<EntityId>,
    /// The pairs of the last meeting stated, each with its kind: what "they" (or "the
    /// two sides") of a reciprocal verb stands for ("They also discussed ..."). Every
    /// pair of one cue: "met with A and B", then "They discussed ..." is both.
    pub last_pairs: Vec<(EntityId, EntityId, MeetingKind)>,
    /// Sentences read since `last_pairs` were said to meet.
    pub since_pair: u32,
    /// The pairs of people the document has stated meetings between, for
    /// [`Discourse::sole_people_pair`].
    people_pairs: PeoplePairs,
    /// The document's first meeting was a phone call (a call's readout): "spoke with"
    /// and "discussed" after it are that call too.
    pub phone: bool,
    /// The people named lately, the latest last: whom "the Secretary" or "the Prime
    /// Minister" stands for.
    pub recent_people: Vec<EntityId>,
    /// In a transcript, who speaks now ("SECRETARY BLINKEN: ..."): "I" and "we".
    pub speaker: Option<EntityId>,
    /// In a transcript, whom the speaker speaks to: "you". The one named by a
    /// vocative ("Secretary Blinken, ..."), else who spoke before, else the other
    /// person of the document's title line.
    pub addressee: Option<EntityId>,
    /// The people named on the document's first line (a transcript's title: "Secretary
    /// Blinken and Foreign Minister Kamikawa Before Their Meeting").
    pub title_people: Vec<EntityId>,
    /// Every person the document names, in order of first mention: whom an unnamed
    /// title ("a U.S. envoy", "his Chinese counterpart") may stand for, even when the
    /// name comes later.
    pub document_people: Vec<EntityId>,
    /// The titles the document itself gives its people, lower-cased word by word
    /// ("acting deputy secretary" of "Acting Deputy Secretary Victoria Nuland"): a
    /// title of the day that the gazetteer's role may not have.
    pub stated_titles: Vec<(EntityId, Vec<String>)>,
    /// The first speaker of a transcript, read ahead from its labels ("SECRETARY
    /// BLINKEN:", "President Biden. Well, ..."): who a title line with no subject of its
    /// own ("Remarks Prior to a Meeting With President Ruto") is about.
    pub first_speaker: Option<EntityId>,
    /// The document's date (`YYYYMMDD`): who held an office then, for a counterpart
    /// the document does not name ([`Discourse::office_holder`]).
    pub date: Option<u32>,
    /// Where the document's first line ends, once read; `None` before the first sentence.
    first_line_end: Option<usize>,
}

/// How far the first line of a document may run to be a title.
const TITLE_REACH: usize = 400;

/// How many people [`Discourse::recent_people`] remembers.
const PEOPLE_REACH: usize = 12;

/// Whether two words of a title are the same word: ASCII-case-insensitively, with
/// the spellings and names of one office folded ("defence" is "defense"; a British
/// "Defence Secretary" is a "defense minister").
fn same_title_word(a: &str, b: &str) -> bool {
    fn fold(w: &str) -> &str {
        if w.eq_ignore_ascii_case("defence") {
            "defense"
        } else if w.eq_ignore_ascii_case("secretary") {
            "minister"
        } else {
            w
        }
    }
    fold(a).eq_ignore_ascii_case(fold(b))
}

/// Whether person `p`'s role has every word of `title` (as [`fits`] reads them).
pub(super) fn holds(gazetteer: &Gazetteer, p: EntityId, title: &[&str]) -> bool {
    gazetteer.entity(p).role.as_deref().is_some_and(|role| {
        fits(
            |word| {
                role.split(|c: char| !c.is_alphanumeric())
                    .any(|r| same_title_word(r, word))
            },
            title,
        )
    })
}

/// Whether an office whose words `has` tells has every word of `title`. The generic
/// words stand for offices: a "diplomat" holds foreign affairs (a Secretary of State, a
/// Minister of External Relations), a "leader" heads a state or government (not as a
/// vice or deputy), a "PM" is a prime minister; "top" says nothing more.
fn fits(has: impl Fn(&str) -> bool, title: &[&str]) -> bool {
    title.iter().all(|t| {
        if t.eq_ignore_ascii_case("top") {
            true
        } else if t.eq_ignore_ascii_case("pm") {
            has("prime") && has("minister")
        } else if t.eq_ignore_ascii_case("diplomat") {
            ["foreign", "external"].iter().any(|w| has(w)) || (has("secretary") && has("state"))
        } else if t.eq_ignore_ascii_case("leader") {
            !has("vice")
                && !has("deputy")
                && [
                    "president",
                    "prime",
                    "chancellor",
                    "king",
                    "emir",
                    "premier",
                    "leader",
                ]
                .iter()
                .any(|w| has(w))
        } else {
            has(t)
        }
    })
}

/// An office that has a counterpart in every government.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Office {
    /// Defence minister or secretary.
    Defence,
    /// Foreign minister, secretary of state, minister of external affairs.
    Foreign,
    /// Head of state or of government.
    Leader,
}

/// How the offices of [`Office`] end, lower-cased.
const DEFENCE_OFFICES: &[&str] = &[
    "defence minister",
    "defense minister",
    "defence secretary",
    "defense secretary",
    "minister of defence",
    "minister of defense",
    "minister for defence",
    "minister of national defence",
    "minister of national defense",
    "secretary of defense",
    "secretary of defence",
    "secretary of national defense",
    "secretary of state for defence",
];
/// See [`DEFENCE_OFFICES`].
const FOREIGN_OFFICES: &[&str] = &[
    "foreign minister",
    "foreign secretary",
    "foreign affairs minister",
    "minister of foreign affairs",
    "minister for foreign affairs",
    "secretary of foreign affairs",
    "secretary for foreign affairs",
    "external affairs minister",
    "minister of external affairs",
    "minister for external affairs",
    "minister of external relations",
];
/// See [`DEFENCE_OFFICES`]; the whole part.
const LEADER_OFFICES: &[&str] = &[
    "president",
    "prime minister",
    "chancellor",
    "premier",
    "king",
    "emir",
    "sultan",
];

/// The office a gazetteer role names, read part by part ("Deputy Prime Minister and
/// Defence Minister" is a defence minister); a deputy, vice or junior office, or an
/// office of something other than a government, has none. "Former" is dropped: the
/// term says when.
fn office_of(role: &str) -> Option<Office> {
    let role = role.to_lowercase();
    let role = role.strip_prefix("former ").unwrap_or(&role);
    role.split(" and ").find_map(|part| {
        let has = |w: &str| part.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
        if [
            "deputy",
            "vice",
            "assistant",
            "under",
            "junior",
            "acting",
            "shadow",
        ]
        .iter()
        .any(|w| has(w))
            || part.contains("minister of state")
        {
            return None;
        }
        if DEFENCE_OFFICES.iter().any(|o| part.ends_with(o)) {
            Some(Office::Defence)
        } else if FOREIGN_OFFICES.iter().any(|o| part.ends_with(o)) || part == "secretary of state"
        {
            Some(Office::Foreign)
        } else if LEADER_OFFICES.contains(&part) {
            Some(Office::Leader)
        } else {
            None
        }
    })
}

/// The office a title of the text names ("foreign minister", "defense secretary"):
/// [`office_of`] of its words.
fn office_of_title(title: &[&str]) -> Option<Office> {
    match title {
        [pm] if pm.eq_ignore_ascii_case("pm") => Some(Office::Leader),
        _ => office_of(&title.join(" ")),
    }
}

/// How many capitalised words right before a person's name may be its title.
const STATED_TITLE_WORDS: usize = 6;

/// The capitalised words right before `m` in its sentence, lower-cased: the title the
/// text gives the person ("Acting Deputy Secretary" Victoria Nuland). The run stops at
/// anything else, and never reaches back over another mention.
fn stated_title(text: &str, m: &ResolvedMention, previous_end: usize) -> Vec<String> {
    let before = &text[previous_end.min(m.start)..m.start];
    // "Secretary of State", "Minister for Foreign Affairs": "of" and "for" inside
    // the title, between capitalised words.
    let mut words = before.split_whitespace().rev().peekable();
    let mut title: Vec<String> = Vec::new();
    while let Some(w) = words.next() {
        let capital = is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '-');
        let inner = !title.is_empty()
            && matches!(w, "of" | "for")
            && words.peek().is_some_and(|n| is_capitalised(n));
        if !(capital || inner) || title.len() == STATED_TITLE_WORDS {
            break;
        }
        title.push(w.to_lowercase());
    }
    title.reverse();
    title
}

/// How many people [`Discourse::document_people`] remembers.
const DOCUMENT_PEOPLE: usize = 64;

/// How many sentences after a meeting "they" may still refer to its pair.
const PAIR_REACH: u32 = 3;

/// How many sentences after a meeting "the two leaders", "both officials" may still
/// refer to its pair: a noun phrase that counts two people reaches further than "they".
pub(super) const NAMED_PAIR_REACH: u32 = 8;

impl Discourse {
    /// The discourse at the start of a document whose resolved mentions are `mentions`.
    /// `text` is the document's text, for the titles it gives its people.
    pub fn of_document(
        text: &str,
        mentions: &[&ResolvedMention],
        gazetteer: &Gazetteer,
    ) -> Discourse {
        let mut document_people: Vec<EntityId> = Vec::new();
        let mut stated_titles: Vec<(EntityId, Vec<String>)> = Vec::new();
        let mut previous_end = 0;
        for m in mentions {
            let e = m.entity;
            if gazetteer.entity(e).kind == EntityType::Person {
                if !document_people.contains(&e) && document_people.len() < DOCUMENT_PEOPLE {
                    document_people.push(e);
                }
                let title = stated_title(text, m, previous_end);
                if !title.is_empty()
                    && stated_titles.len() < DOCUMENT_PEOPLE
                    && !stated_titles.iter().any(|(p, t)| *p == e && *t == title)
                {
                    stated_titles.push((e, title));
                }
            }
            previous_end = previous_end.max(m.end);
        }
        Discourse {
            document_people,
            stated_titles,
            first_speaker: first_speaker(text, mentions, gazetteer),
            ..Discourse::default()
        }
    }

    /// Whether person `p` holds `title`: by the gazetteer's role, or as the document
    /// itself titles them ("the Acting Deputy Secretary" after "Acting Deputy
    /// Secretary Victoria Nuland").
    fn holds_title(&self, gazetteer: &Gazetteer, p: EntityId, title: &[&str]) -> bool {
        holds(gazetteer, p, title)
            || self.stated_titles.iter().any(|(q, stated)| {
                *q == p && fits(|t| stated.iter().any(|s| same_title_word(s, t)), title)
            })
    }

    /// The person lately named, else named anywhere in the document, other than
    /// `exclude`, who belongs to `country` (when given) and whose role has every word of
    /// `title` (any role when `title` is empty): whom "a U.S. envoy" or "his Chinese
    /// counterpart" stands for.
    pub fn holder(
        &self,
        title: &[&str],
        country: Option<EntityId>,
        exclude: &[EntityId],
        gazetteer: &Gazetteer,
    ) -> Option<EntityId> {
        let fits = |p: EntityId| {
            let person = gazetteer.entity(p);
            !exclude.contains(&p)
                && country.is_none_or(|c| {
                    person.affiliation.as_deref() == Some(gazetteer.entity(c).name.as_str())
                })
                && (title.is_empty() || self.holds_title(gazetteer, p, title))
        };
        self.recent_people
            .iter()
            .rev()
            .chain(&self.document_people)
            .copied()
            .find(|&p| fits(p))
    }
    /// Every person the document names, other than `exclude`, whose role (or title in
    /// the document) has every word of `title`: whom "Foreign Ministers" in a headline
    /// stand for, when the body names them.
    pub fn all_holders(
        &self,
        title: &[&str],
        exclude: &[EntityId],
        gazetteer: &Gazetteer,
    ) -> Vec<EntityId> {
        self.document_people
            .iter()
            .copied()
            .filter(|&p| !exclude.contains(&p) && self.holds_title(gazetteer, p, title))
            .collect()
    }

    /// The one person of `country` who held, on the document's date, the office of
    /// `title` ("the foreign minister of Indonesia") or, for an empty title, the office
    /// of `like` ("his Ukrainian counterpart" of a defence secretary), by the
    /// gazetteer's roles and terms: for a document that does not name them. `None`
    /// without a date, an office or exactly one such person.
    pub fn office_holder(
        &self,
        title: &[&str],
        country: EntityId,
        like: Option<EntityId>,
        exclude: &[EntityId],
        gazetteer: &Gazetteer,
    ) -> Option<EntityId> {
        let date = self.date?;
        let office = if title.is_empty() {
            office_of(gazetteer.entity(like?).role.as_deref()?)?
        } else {
            office_of_title(title)?
        };
        let mut found = gazetteer
            .office_holders(country)
            .iter()
            .copied()
            .filter(|&p| {
                let person = gazetteer.entity(p);
                !exclude.contains(&p)
                    && person.term.is_some_and(|t| t.holds_on(date))
                    && person.role.as_deref().and_then(office_of) == Some(office)
            });
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// Reads the subject of a sentence, after its meetings were read.
    pub fn update(
        &mut self,
        text: &str,
        sentence: Range<usize>,
        mentions: &[&ResolvedMention],
        gazetteer: &Gazetteer,
    ) {
        let person = |m: &&&ResolvedMention| gazetteer.entity(m.entity).kind == EntityType::Person;
        if !mentions.iter().any(|m| person(&m)) {
            self.since_pair = self.since_pair.saturating_add(1);
            return;
        }
        if let Some(subject) = sentence_subject(text, sentence.clone(), mentions, gazetteer) {
            self.centre = Some(subject);
        }
        self.since_pair = self.since_pair.saturating_add(1);
        for person in mentions
            .iter()
            .map(|m| m.entity)
            .filter(|&e| gazetteer.entity(e).kind == EntityType::Person)
        {
            self.recent_people.retain(|&p| p != person);
            self.recent_people.push(person);
        }
        let extra = self.recent_people.len().saturating_sub(PEOPLE_REACH);
        self.recent_people.drain(..extra);
    }

    /// Reads a transcript's speaker label opening the sentence, before its meetings.
    pub fn enter(
        &mut self,
        text: &str,
        sentence: Range<usize>,
        mentions: &[&ResolvedMention],
        gazetteer: &Gazetteer,
    ) {
        let is_person = |e: EntityId| gazetteer.entity(e).kind == EntityType::Person;
        let first_line_end = *self.first_line_end.get_or_insert_with(|| {
            let head = &text.as_bytes()[..text.len().min(TITLE_REACH)];
            let start = head
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .unwrap_or(0);
            head[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(0, |n| start + n)
        });
        if sentence.end <= first_line_end {
            for e in mentions.iter().map(|m| m.entity).filter(|&e| is_person(e)) {
                if !self.title_people.contains(&e) {
                    self.title_people.push(e);
                }
            }
        }
        let label = transcript_label(text, sentence.clone(), mentions, gazetteer)
            .or_else(|| name_line_label(text, sentence.clone(), mentions, gazetteer));
        if let Some(speaker) = label {
            if self.speaker != Some(speaker) {
                self.addressee = self
                    .speaker
                    .or_else(|| self.title_people.iter().copied().find(|&p| p != speaker));
                self.speaker = Some(speaker);
            }
        }
        if let Some(speaker) = self.speaker {
            if let Some(named) = vocative(text, sentence, mentions, gazetteer) {
                if named != speaker {
                    self.addressee = Some(named);
                }
            }
        }
    }

    /// Remembers the pairs of the first meeting a sentence states (those of its first
    /// cue).
    pub fn met(&mut self, pairs: impl IntoIterator<Item = (EntityId, EntityId, MeetingKind)>) {
        let first_meeting = self.last_pairs.is_empty();
        self.last_pairs.clear();
        self.last_pairs.extend(pairs);
        if let (true, Some(&(_, _, kind))) = (first_meeting, self.last_pairs.first()) {
            // A readout of a call says so first.
            self.phone = kind == MeetingKind::Phone;
        }
        self.since_pair = 0;
    }

    /// Notes every pair that met in a sentence, for [`Discourse::sole_people_pair`]: a
    /// pair of two people other than the sole pair so far ends it for the document.
    pub fn seen(
        &mut self,
        pairs: impl IntoIterator<Item = (EntityId, EntityId, MeetingKind)>,
        gazetteer: &Gazetteer,
    ) {
        let person = |e: EntityId| gazetteer.entity(e).kind == EntityType::Person;
        for (a, b, kind) in pairs {
            if !person(a) || !person(b) {
                continue;
            }
            self.people_pairs = match self.people_pairs {
                PeoplePairs::None => PeoplePairs::Sole((a, b, kind)),
                PeoplePairs::Sole((x, y, _)) if (x, y) == (a, b) || (x, y) == (b, a) => continue,
                PeoplePairs::Sole(_) | PeoplePairs::Several => PeoplePairs::Several,
            };
        }
    }

    /// The one pair of people every meeting between two people the document has stated
    /// so far was between: whom "the two leaders" stands for however far back.
    pub fn sole_people_pair(&self) -> Option<(EntityId, EntityId, MeetingKind)> {
        match self.people_pairs {
            PeoplePairs::Sole(pair) => Some(pair),
            PeoplePairs::None | PeoplePairs::Several => None,
        }
    }

    /// The person lately named whose role has every word of `title` ("Secretary" for
    /// the Secretary of State, "Prime Minister"), the latest first.
    pub fn titled(&self, title: &[&str], gazetteer: &Gazetteer) -> Option<EntityId> {
        self.recent_people
            .iter()
            .rev()
            .copied()
            .find(|&p| self.holds_title(gazetteer, p, title))
    }

    /// The pairs of the last meeting, if it was a few sentences ago at most ("they"),
    /// or at most `reach` sentences ago when given ("the two leaders"); else none.
    pub fn recent_pairs(&self, reach: Option<u32>) -> &[(EntityId, EntityId, MeetingKind)] {
        let reach = reach.unwrap_or(PAIR_REACH);
        if self.since_pair <= reach {
            &self.last_pairs
        } else {
            &[]
        }
    }
}

/// How many mentions [`first_speaker`] reads looking for a speaker label.
const SPEAKER_LOOKAHEAD: usize = 200;
/// How many bytes of titles a speaker label may have before its name.
const LABEL_REACH: usize = 80;

/// The person of the first speaker label of a transcript: a person's name that opens a
/// line after capitalised title words only, then a colon ("SECRETARY BLINKEN:") or a
/// full stop with the line going on ("President Biden. Well, ...").
fn first_speaker(
    text: &str,
    mentions: &[&ResolvedMention],
    gazetteer: &Gazetteer,
) -> Option<EntityId> {
    mentions
        .iter()
        .take(SPEAKER_LOOKAHEAD)
        .find(|m| {
            if gazetteer.entity(m.entity).kind != EntityType::Person {
                return false;
            }
            // A label's titles are short: look back a bounded way for the line start.
            let from = m.start.saturating_sub(LABEL_REACH);
            let line_start = match text.as_bytes()[from..m.start]
                .iter()
                .rposition(|&b| b == b'\n')
            {
                Some(i) => from + i + 1,
                None if from == 0 => 0,
                None => return false,
            };
            let lead = &text[line_start..m.start];
            let titles_only = word_count(lead) <= 4
                && words(text, line_start..m.start).all(|w| is_capitalised(&text[w]));
            let rest = &text[m.end..];
            let colon = rest.starts_with(':') && !lead.chars().any(char::is_lowercase);
            let stop = rest.starts_with(". ")
                && rest[2..]
                    .chars()
                    .next()
                    .is_some_and(|c| c != '\n' && c != '\r');
            titles_only && (colon || stop)
        })
        .map(|m| m.entity)
}

/// The person of a transcript's speaker label opening the sentence ("SECRETARY
/// BLINKEN: Well, ...", "FOREIGN MINISTER KAMIKAWA: (Via interpreter) ..."): capitals
/// only before a colon near the start.
pub(super) fn transcript_label(
    text: &str,
    sentence: Range<usize>,
    mentions: &[&ResolvedMention],
    gazetteer: &Gazetteer,
) -> Option<EntityId> {
    let head = &text[sentence.clone()];
    let colon = head.char_indices().take(60).find(|&(_, c)| c == ':')?.0;
    let label = &head[..colon];
    if !label.chars().any(char::is_alphabetic) || label.chars().any(char::is_lowercase) {
        return None;
    }
    let label_end = sentence.start + colon;
    mentions
        .iter()
        .filter(|m| m.end <= label_end)
        .map(|m| m.entity)
        .find(|&e| gazetteer.entity(e).kind == EntityType::Person)
}

/// The person of a transcript's speaker label in the style of the presidential
/// documents ("President Biden. Well, Fumio, welcome back ..."): a sentence that opens
/// a paragraph, holds only a title and a person's name and a full stop, and whose
/// paragraph goes on on the same line.
pub(super) fn name_line_label(
    text: &str,
    sentence: Range<usize>,
    mentions: &[&ResolvedMention],
    gazetteer: &Gazetteer,
) -> Option<EntityId> {
    let body = text[sentence.clone()].trim_end();
    let opens_paragraph = text[..sentence.start]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    let goes_on = text[sentence.end..]
        .chars()
        .find(|c| *c != ' ' && *c != '\t')
        .is_some_and(|c| c != '\n' && c != '\r');
    if !opens_paragraph || !goes_on || !body.ends_with('.') || word_count(body) > 5 {
        return None;
    }
    let name_end = sentence.start + body.len() - 1;
    let person = mentions
        .iter()
        .find(|m| m.end == name_end && m.start >= sentence.start)
        .map(|m| m.entity)
        .filter(|&e| gazetteer.entity(e).kind == EntityType::Person)?;
    let titled = words(text, sentence.start..name_end).all(|w| is_capitalised(&text[w]));
    titled.then_some(person)
}

/// The person a transcript's sentence opens by addressing ("Secretary Blinken, today I
/// am very pleased ...", "So, Minister Kamikawa, let me ..."): a person named right
/// after the speaker label (or an opener) and followed by a comma, with only titles
/// before.
fn vocative(
    text: &str,
    sentence: Range<usize>,
    mentions: &[&ResolvedMention],
    gazetteer: &Gazetteer,
) -> Option<EntityId> {
    let head = &text[sentence.clone()];
    // Past a speaker label ("SECRETARY BLINKEN:").
    let label_end = head
        .char_indices()
        .take(60)
        .find(|&(_, c)| c == ':')
        .filter(|&(i, _)| !head[..i].chars().any(char::is_lowercase))
        .map_or(sentence.start, |(i, _)| sentence.start + i + 1);
    // Past a stage note ("(Via interpreter)").
    let rest = &text[label_end..sentence.end];
    let label_end = match rest.trim_start().strip_prefix('(') {
        Some(note) => sentence.end - note.len() + note.find(')')? + 1,
        None => label_end,
    };
    let m = mentions.iter().find(|m| m.start >= label_end)?;
    let entity = m.entity;
    if gazetteer.entity(entity).kind != EntityType::Person {
        return None;
    }
    let lead_in = words(text, label_end..m.start)
        .all(|w| is_capitalised(&text[w.clone()]) || is_one_of(&text[w], &[",", "(", ")"]));
    let comma = text[m.end..sentence.end].trim_start().starts_with(',');
    (lead_in && comma).then_some(entity)
}

/// The person who is the subject of the sentence's main clause, if any.
pub(super) fn sentence_subject(
    text: &str,
    sentence: Range<usize>,
    mentions: &[&ResolvedMention],
    gazetteer: &Gazetteer,
) -> Option<EntityId> {
    let mut start = sentence.start;
    let mut all = words(text, sentence.clone());
    if all.next().is_some_and(|w| is_one_of(&text[w], OPENERS)) {
        start = start + text[sentence.clone()].find(',')? + 1;
    }
    // The first mention in subject position: only titles, capitalised words, articles
    // and other mentions (demonyms, countries in titles) before it.
    let mut pos = start;
    for m in mentions.iter().filter(|m| m.start >= start) {
        let lead_in = words(text, pos..m.start).all(|w| {
            let word = &text[w];
            is_capitalised(word)
                || is_one_of(word, &["the", "of", "'s", "'", "former", "top", "-", "."])
        });
        if !lead_in {
            return None;
        }
        let entity = m.entity;
        if gazetteer.entity(entity).kind != EntityType::Person {
            pos = m.end;
            continue;
        }
        // A verb must follow, maybe after an apposition (", the top U.S. diplomat,").
        let mut after = words(text, m.end..sentence.end)
            .map(|w| &text[w])
            .skip_while(|w| is_capitalised(w));
        let follows_verb = loop {
            match after.next() {
                Some(",") => {
                    // Skip an apposition up to the next comma.
                    if !after.by_ref().any(|w| w == ",") {
                        break false;
                    }
                }
                Some(w) if is_punctuation(w) => break false,
                Some(w) => {
                    break w.starts_with(char::is_lowercase) && !is_one_of(w, &["and", "or", "of"])
                }
                None => break false,
            }
        };
        return follows_verb.then_some(entity);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Analyzer, Model};

    #[test]
    fn the_subject_of_a_sentence() {
        let model = Model::builtin().unwrap();
        let mut analyzer = Analyzer::new(&model);
        for (text, subject) in [
            ("Blinken landed in Riyadh.", Some("Antony Blinken")),
            (
                "U.S. Secretary of State Antony Blinken met Sisi.",
                Some("Antony Blinken"),
            ),
            (
                "Blinken, the top U.S. diplomat, met Sisi.",
                Some("Antony Blinken"),
            ),
            (
                "After landing in Cairo, Blinken met Sisi.",
                Some("Antony Blinken"),
            ),
            ("Antony Blinken", None),
            ("Egypt welcomed Blinken.", None),
            ("He met Netanyahu.", None),
            ("The talks with Netanyahu went on.", None),
            ("Blinken and Sisi met.", None),
        ] {
            analyzer.analyze(text);
            let mentions: Vec<&ResolvedMention> = analyzer.mentions.resolved.iter().collect();
            let got = sentence_subject(text, 0..text.len(), &mentions, &model.gazetteer)
                .map(|e| model.gazetteer.entity(e).name.as_str());
            assert_eq!(got, subject, "{text}");
        }
    }
}
