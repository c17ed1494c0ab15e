//! Step 2: what each mention of a sentence is — a possible party of a meeting, or
//! something else that happens to be named.
//!
//! | role        | when                                                        | example |
//! |-------------|-------------------------------------------------------------|---------|
//! | location    | a place, or a country after a location cue or in a place list | "talks in Saudi Arabia", "Cairo, Egypt" |
//! | affiliation | a country or body before a title (and a person), or after a name and "of" | "Egyptian Foreign Minister Sameh Shoukry", "his Chinese counterpart", "King Abdullah of Jordan" |
//! | source      | after an attribution cue                                    | "according to MENA" |
//! | speaker     | before a source cue: may be a subject, never the one met    | "the Kremlin said" |
//! | modifier    | a country or body before a topic noun, or owning a noun     | "the Sudan war", "Hamas' demands" |
//! | demonym     | a demonym that names no group                               | "Egyptian efforts" |
//! | party       | anything else                                               | "Blinken", "Egyptian officials" |

use super::cues::{CueKind, CueMatch};
use super::words::{
    gap_is, is_capitalised, is_hyphen_join, is_one_of, word_count, words, ARTICLES, COORDINATION,
    POSSESSIVE,
};
use super::TextAffiliation;
use crate::gazetteer::{EntityId, EntityType, Gazetteer};
use crate::matcher::ResolvedMention;

/// What a mention is in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// May meet.
    Party,
    /// Speaks or is credited: may be a subject, never the one met.
    Speaker,
    /// A place, or a country named as one.
    Location,
    /// The country or body of a titled person.
    Affiliation,
    /// The source of a report.
    Source,
    /// A topic or an owner ("the Sudan war", "Hamas' demands").
    Modifier,
    /// A demonym that names no group.
    Demonym,
}

impl Role {
    /// Whether the mention may be a party of a meeting.
    pub fn may_meet(self) -> bool {
        matches!(self, Role::Party | Role::Speaker)
    }
}

/// The role of each of `mentions`, and the affiliations titles state.
///
/// `free` are the cues that overlap no mention, `cues` all of the sentence's cues.
pub(super) fn classify(
    text: &str,
    mentions: &[&ResolvedMention],
    free: &[&CueMatch],
    cues: &[CueMatch],
    gazetteer: &Gazetteer,
    affiliations: &mut Vec<TextAffiliation>,
) -> Vec<Role> {
    let entity = |m: &ResolvedMention| m.entity;
    let kind = |m: &ResolvedMention| gazetteer.entity(entity(m)).kind;
    let cue_after = |pos: usize| free.iter().copied().find(|c| c.start >= pos);
    let n = mentions.len();
    let mut roles = vec![Role::Party; n];
    // "Minister Pevkur, Estonia; Minister Sprūds, Latvia; and ...": once a list gives
    // each person their country after a comma, every such country is an affiliation.
    let mut countries_apposed = false;
    for (i, m) in mentions.iter().enumerate() {
        let prev_cue = free.iter().rev().find(|c| c.end <= m.start);
        // A person is never a location ("visited Sisi").
        let location = kind(m) == EntityType::Place
            || kind(m) != EntityType::Person
                && prev_cue.is_some_and(|c| {
                    c.is(CueKind::Location)
                        && (gap_is(text, c.end, m.start, ARTICLES)
                            || unlisted_place_then(text, c.end, m.start))
                })
            || (i > 0
                && kind(m) != EntityType::Person
                && roles[i - 1] == Role::Location
                && gap_is(text, mentions[i - 1].end, m.start, &[","]));
        if location {
            roles[i] = Role::Location;
            continue;
        }
        if let Some(person) = apposed_country(text, mentions, i, gazetteer, countries_apposed) {
            countries_apposed = true;
            affiliations.push(TextAffiliation {
                member: entity(mentions[person]),
                of: entity(m),
            });
            roles[i] = Role::Affiliation;
            continue;
        }
        if kind(m) != EntityType::Person {
            if let Some(person) = titled_person(text, mentions, i, cues)
                .filter(|&p| kind(mentions[p]) == EntityType::Person)
            {
                affiliations.push(TextAffiliation {
                    member: entity(mentions[person]),
                    of: entity(m),
                });
                roles[i] = Role::Affiliation;
                continue;
            }
        }
        // "Wang Yu-chi, head of Taiwan's Mainland Affairs Council, met ...": a country
        // or body in the office a person's apposition gives is theirs; "the president of
        // Argentina, Javier Milei": the office's country, its holder named right after.
        let holder =
            |p: &usize| kind(m) != EntityType::Person && kind(mentions[*p]) == EntityType::Person;
        if let Some(person) = apposition_office(text, mentions, i, free, &roles[..i])
            .filter(holder)
            .or_else(|| office_of_named(text, mentions, i, cues).filter(holder))
        {
            affiliations.push(TextAffiliation {
                member: entity(mentions[person]),
                of: entity(m),
            });
            roles[i] = Role::Affiliation;
            continue;
        }
        // "his Chinese counterpart, Admiral Dong Jun", "U.S. envoy": a title's country
        // even when its person is not in the gazetteer; "King Abdullah II of Jordan",
        // "the Sovereign Council of Sudan": a name's country.
        if kind(m) != EntityType::Person
            && (before_title(text, m, cues) || after_name_of(text, mentions, i))
        {
            roles[i] = Role::Affiliation;
            continue;
        }
        if prev_cue
            .is_some_and(|c| c.is(CueKind::Attribution) && gap_is(text, c.end, m.start, ARTICLES))
        {
            roles[i] = Role::Source;
            continue;
        }
        let next = cue_after(m.end);
        if next.is_some_and(|c| c.is(CueKind::Source) && gap_is(text, m.end, c.start, POSSESSIVE)) {
            roles[i] = Role::Speaker;
            continue;
        }
        if m.demonym {
            let group =
                next.is_some_and(|c| c.is(CueKind::Group) && gap_is(text, m.end, c.start, &[]));
            roles[i] = if group { Role::Party } else { Role::Demonym };
            continue;
        }
        let person = kind(m) == EntityType::Person;
        let modifier = if person {
            is_owner(text, m, next)
        } else {
            is_modifier(text, m, next) || is_thing_received(text, m, prev_cue, next)
        };
        if modifier {
            roles[i] = Role::Modifier;
        }
    }
    // "Egyptian and Jordanian officials": a demonym coordinated with a party demonym.
    // "Israeli and Hamas negotiators": or with a body right before a group word.
    for i in (0..n.saturating_sub(1)).rev() {
        let next = mentions[i + 1];
        let next_group = next.demonym
            || cue_after(next.end)
                .is_some_and(|c| c.is(CueKind::Group) && gap_is(text, next.end, c.start, &[]));
        if roles[i] == Role::Demonym
            && next_group
            && roles[i + 1] == Role::Party
            && gap_is(text, mentions[i].end, next.start, COORDINATION)
        {
            roles[i] = Role::Party;
        }
    }
    // "the U.S.-Mongolia Strategic Partnership", "the U.S.-China trade relationship": a
    // chain of parties joined by hyphens before a topic names the topic's sides.
    let mut first = 0;
    while first < n {
        let mut last = first;
        while last + 1 < n && is_hyphen_join(&text[mentions[last].end..mentions[last + 1].start]) {
            last += 1;
        }
        if last > first && topic_after_chain(text, mentions[last].end, free) {
            for role in &mut roles[first..=last] {
                if *role == Role::Party {
                    *role = Role::Modifier;
                }
            }
        }
        first = last + 1;
    }
    roles
}

/// Meeting nouns: a name right before one names the meeting ("the NATO summit"); a
/// topic noun right before one is no topic but the meeting's name ("peace talks").
const MEETING_NOUNS: &[&str] = &[
    "talks",
    "meeting",
    "meetings",
    "summit",
    "negotiations",
    "dialogue",
    "consultations",
    "discussions",
    "conference",
    "session",
    "ministerial",
];

/// Whether `text[from..to]` is the name of a place the gazetteer lacks and a comma:
/// "welcomed to Gallipoli Barracks, Australia": the country after it says where the
/// place is. One to four capitalised words (after an optional article).
fn unlisted_place_then(text: &str, from: usize, to: usize) -> bool {
    let Some(before) = text[from..to].trim_end().strip_suffix(',') else {
        return false;
    };
    let mut words = words(before, 0..before.len())
        .map(|w| &before[w])
        .peekable();
    if words.peek().is_some_and(|w| is_one_of(w, ARTICLES)) {
        words.next();
    }
    let mut count = 0;
    for w in words {
        if !is_capitalised(w) {
            return false;
        }
        count += 1;
    }
    (1..=4).contains(&count)
}

/// Whether a topic noun follows `end` within three words that are no punctuation
/// ("Strategic Partnership", "trade relationship"), and no meeting noun right after it
/// ("peace talks" names a meeting: that chain met).
fn topic_after_chain(text: &str, end: usize, free: &[&CueMatch]) -> bool {
    let Some(topic) = free.iter().find(|c| c.start >= end) else {
        return false;
    };
    let noun = &text[topic.start..topic.end];
    if !topic.is(CueKind::Topic) || topic.is(CueKind::Meeting) || is_one_of(noun, MEETING_NOUNS) {
        return false;
    }
    let gap: Vec<&str> = words(text, end..topic.start).map(|w| &text[w]).collect();
    let short = gap.len() <= 3
        && gap
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let after = words(text, topic.end..text.len()).next().map(|w| &text[w]);
    short && !after.is_some_and(|w| is_one_of(w, MEETING_NOUNS))
}

/// Whether a title cue (not a group word) follows the mention, over a possessive or
/// capitalised words only ("Egypt's foreign minister", "US envoy", "Chinese
/// Communist Party Director").
///
/// A serial list of countries before a plural title is one title of several people
/// ("German, UK, and French counterparts"): the list's first item, a comma after it,
/// its last joined by "and".
fn before_title(text: &str, m: &ResolvedMention, cues: &[CueMatch]) -> bool {
    cues.iter()
        .find(|c| c.start >= m.end && (c.is(CueKind::Title) || c.is(CueKind::Group)))
        .is_some_and(|c| {
            if !c.is(CueKind::Title) || c.is(CueKind::Group) {
                return false;
            }
            let gap = || words(text, m.end..c.start).map(|w| &text[w]);
            let title_words = gap().all(|word| {
                is_one_of(word, POSSESSIVE)
                    || is_one_of(word, &["(", ")"])
                    || (is_capitalised(word) && !is_one_of(word, &["And", "With"]))
            });
            title_words || (text[c.start..c.end].ends_with('s') && serial_list(gap()))
        })
}

/// Whether the words between a mention and a plural title continue a serial list of
/// capitalised items: a comma first, "and" among them, a capitalised word last
/// (", UK, and French" of "German, UK, and French counterparts").
fn serial_list<'t>(mut gap: impl Iterator<Item = &'t str>) -> bool {
    if gap.next() != Some(",") {
        return false;
    }
    let (mut joined, mut last) = (false, None);
    for word in gap {
        if is_one_of(word, &["and"]) {
            joined = true;
        } else if word != "," && !is_capitalised(word) {
            return false;
        }
        last = Some(word);
    }
    joined && last.is_some_and(is_capitalised)
}

/// If mention `i` is a country set after a person and a comma as a list item
/// ("Minister Pevkur, Estonia; Minister Sprūds, ..."), the person's index: a semicolon
/// follows it, or an earlier item of the list was written so (`in_list`).
fn apposed_country(
    text: &str,
    mentions: &[&ResolvedMention],
    i: usize,
    gazetteer: &Gazetteer,
    in_list: bool,
) -> Option<usize> {
    let m = mentions[i];
    let person = i.checked_sub(1)?;
    let kind = |k: usize| gazetteer.entity(mentions[k].entity).kind;
    let semicolon = text[m.end..].trim_start().starts_with(';');
    (kind(i) == EntityType::Country
        && kind(person) == EntityType::Person
        && text[mentions[person].end..m.start].trim() == ","
        && (semicolon || in_list))
        .then_some(person)
}

/// If mention `i` follows an office and "of" (or "for") and a name follows it after a
/// comma ("the president of Argentina, Javier Milei", "the Secretary of State for the
/// United States, Antony Blinken"), the index of that name.
fn office_of_named(
    text: &str,
    mentions: &[&ResolvedMention],
    i: usize,
    cues: &[CueMatch],
) -> Option<usize> {
    let m = mentions[i];
    let next = mentions.get(i + 1)?;
    if text[m.end..next.start].trim() != "," {
        return None;
    }
    let head = text[..m.start].trim_end();
    let head = head.strip_suffix(" the").unwrap_or(head);
    let office_end = head
        .strip_suffix(" of")
        .or_else(|| head.strip_suffix(" for"))?
        .trim_end()
        .len();
    cues.iter()
        .any(|c| c.is(CueKind::Title) && c.end == office_end)
        .then_some(i + 1)
}

/// Office nouns that open a person's apposition ("Zhang Zhijun, director of China's
/// Taiwan Affairs Office").
const OFFICES: &[&str] = &[
    "head",
    "director",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "president",
    "minister",
    "secretary",
    "commander",
    "governor",
    "speaker",
    "deputy",
    "vice",
    "adviser",
    "advisor",
    "member",
    "representative",
    "negotiator",
    "premier",
    "founder",
];

/// The person whose apposition holds mention `i` as the country or body of an office:
/// a comma right after the person, then (after "the") an office noun or title, "of" or a
/// possessive reaching the mention, and the apposition closes with a comma or the
/// sentence's end before any cue ("Wang Yu-chi, head of Taiwan's Mainland Affairs
/// Council, met ...", "Sameh Shoukry, the foreign minister of Egypt, met ...", a
/// caption's "Zhang Zhijun (L), director of China's Taiwan Affairs Office, ...").
fn apposition_office(
    text: &str,
    mentions: &[&ResolvedMention],
    i: usize,
    free: &[&CueMatch],
    earlier: &[Role],
) -> Option<usize> {
    // The person before the mention, past the apposition's own affiliations ("Zhang
    // Zhijun, director of China's Taiwan Affairs Office": Taiwan after China).
    let mut person = i.checked_sub(1)?;
    while earlier[person] == Role::Affiliation && person > 0 {
        person -= 1;
    }
    let (from, m) = (mentions[person].end, mentions[i]);
    let gap = &text[from..m.start];
    // A caption places the person first: "Zhang Zhijun (L), ...", "Wang Yu-chi, left, ...".
    let placed = gap.trim_start();
    let placed = ["(L)", "(R)", "(C)", "(left)", "(right)", "(center)"]
        .iter()
        .find_map(|p| placed.strip_prefix(p))
        .unwrap_or(placed);
    let rest = placed.strip_prefix(',')?.trim_start();
    let rest = ["left,", "right,", "center,", "centre,"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .map_or(rest, str::trim_start);
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let office = rest.split_whitespace().next()?;
    let titled = free
        .iter()
        .any(|c| c.is(CueKind::Title) && c.start == from + (gap.len() - rest.len()));
    if !(is_one_of(office, OFFICES) || titled) || rest.len() > 60 {
        return None;
    }
    let before = gap.trim_end();
    let after_affiliation = person + 1 < i && (before.ends_with("'s") || before.ends_with("’s"));
    if !(before.ends_with(" of")
        || before.ends_with(" at")
        || before.ends_with(" for")
        || after_affiliation)
    {
        return None;
    }
    // No meeting cue and no other comma inside the apposition.
    let meeting_cue = |c: &&&CueMatch| {
        [
            CueKind::Met,
            CueKind::Planned,
            CueKind::Joint,
            CueKind::Meeting,
            CueKind::Between,
        ]
        .into_iter()
        .any(|k| c.is(k))
    };
    if rest.contains(',')
        || free
            .iter()
            .filter(meeting_cue)
            .any(|c| c.start >= from && c.start < m.start)
    {
        return None;
    }
    // It closes: a comma or the sentence's end, after the office's capitalised name.
    let after = &text[m.end..];
    let close = after.find([',', '.', ';']).unwrap_or(after.len());
    let tail = &after[..close];
    (tail.len() <= 80
        && tail
            .split_whitespace()
            .all(|w| is_capitalised(w) || is_one_of(w, &["'s", "’s", "of", "the", "and", "for"]))
        && !free
            .iter()
            .filter(meeting_cue)
            .any(|c| c.start >= m.end && c.start < m.end + close))
    .then_some(person)
}

/// Whether the mention follows a capitalised name or title and "of" ("President Andrés
/// Manuel López Obrador of Mexico", "the Sovereign Council of Sudan", a title-case
/// headline's "Director Of The Office Of The CCP").
fn after_name_of(text: &str, mentions: &[&ResolvedMention], i: usize) -> bool {
    let start = mentions[i].start;
    let before = text[..start].trim_end();
    let before = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" The"))
        .unwrap_or(before)
        .trim_end();
    // A headline in title case writes "Director Of The Office Of The CCP ...".
    let Some(before) = before
        .strip_suffix(" of")
        .or_else(|| before.strip_suffix(" Of"))
    else {
        return false;
    };
    let before = before.trim_end();
    let name_start = before.rfind(char::is_whitespace).map_or(0, |p| p + 1);
    let name_word = &before[name_start..];
    (is_capitalised(name_word) || (i > 0 && mentions[i - 1].end == before.len()))
        && !is_one_of(name_word, &["The", "A"])
        && !name_word.ends_with(['.', '!', '?'])
}

/// Whether a country or body is a topic ("the Sudan war": a topic noun right after it)
/// or an owner ("Hamas' demands", "Ukraine's financing needs": a possessive and a
/// lowercase word that is no title, group or meeting word).
fn is_modifier(text: &str, m: &ResolvedMention, next: Option<&CueMatch>) -> bool {
    if next.is_some_and(|c| c.is(CueKind::Topic) && gap_is(text, m.end, c.start, POSSESSIVE)) {
        return true;
    }
    // "the NATO summit with ...": after an article, a name before a meeting noun names
    // the meeting, not a party ("the Houthis met" keeps its party).
    let article = text[..m.start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| is_one_of(w, ARTICLES));
    let noun = words(text, m.end..text.len().min(m.end + 40)).next();
    if article && noun.is_some_and(|w| is_one_of(&text[w], MEETING_NOUNS)) {
        return true;
    }
    let mut after = words(text, m.end..text.len());
    let Some(first) = after.next() else {
        return false;
    };
    if !is_one_of(&text[first.clone()], POSSESSIVE) {
        return false;
    }
    let Some(noun) = after.next() else {
        return false;
    };
    let word = &text[noun.clone()];
    let role_cue = next.is_some_and(|c| {
        c.start == noun.start
            && (c.is(CueKind::Title)
                || c.is(CueKind::Group)
                || c.is(CueKind::Meeting)
                || c.is(CueKind::Met))
    });
    word.starts_with(char::is_lowercase) && !role_cue
}

/// Whether a person is only the owner of what follows: "Biden's announcement",
/// "Putin's envoy", "Netanyahu's chief of staff" (a possessive and a lowercase word,
/// with no meeting word within two more: "Blinken's talks with ...", "Trump's
/// productive meeting with ..." keep their party).
fn is_owner(text: &str, m: &ResolvedMention, next: Option<&CueMatch>) -> bool {
    let mut after = words(text, m.end..text.len().min(m.end + 40));
    let (Some(first), Some(noun)) = (after.next(), after.next()) else {
        return false;
    };
    if !is_one_of(&text[first], POSSESSIVE) {
        return false;
    }
    let word = &text[noun.clone()];
    // "Trump's productive meeting with": past up to two adjectives.
    let meeting_word = next.is_some_and(|c| {
        c.start >= noun.start
            && word_count(&text[m.end..c.start]) <= 4
            && (c.is(CueKind::Meeting)
                || c.is(CueKind::Met)
                || c.is(CueKind::Joint)
                || c.is(CueKind::Planned)
                || c.is(CueKind::Location))
    });
    word.starts_with(char::is_lowercase) && !meeting_word
}

/// Words that may follow the party a host receives ("received Blinken on Monday",
/// "welcomed Hamas leaders in Istanbul").
const AFTER_GUEST: &[&str] = &[
    "on",
    "in",
    "at",
    "and",
    "or",
    "for",
    "to",
    "with",
    "as",
    "who",
    "which",
    "when",
    "after",
    "before",
    "during",
    "last",
    "this",
    "next",
    "today",
    "yesterday",
    "tomorrow",
    "earlier",
    "later",
    "again",
    "twice",
    "once",
    "here",
    "there",
    "amid",
    "despite",
    "while",
    "since",
    "from",
    "but",
    "ahead",
    "following",
    "over",
    "into",
];

/// Whether a country or body received or welcomed is a thing's owner: "received U.S.
/// weapons", "welcomed the UN Security Council resolution" (a lowercase word right
/// after it that is no group word and none of the words that follow a guest).
fn is_thing_received(
    text: &str,
    m: &ResolvedMention,
    prev_cue: Option<&&CueMatch>,
    next: Option<&CueMatch>,
) -> bool {
    let hosting = prev_cue.is_some_and(|c| {
        c.is(CueKind::Met)
            && gap_is(text, c.end, m.start, ARTICLES)
            && words(text, c.start..c.end).next().is_some_and(|w| {
                let verb = text[w].to_ascii_lowercase();
                ["receiv", "welcom", "host"]
                    .iter()
                    .any(|p| verb.starts_with(p))
            })
    });
    if !hosting {
        return false;
    }
    let Some(noun) = words(text, m.end..text.len().min(m.end + 40)).next() else {
        return false;
    };
    let word = &text[noun.clone()];
    let group = next.is_some_and(|c| c.start == noun.start && c.is(CueKind::Group));
    word.starts_with(char::is_lowercase)
        && !group
        && !word.ends_with("ly")
        && !is_one_of(word, AFTER_GUEST)
}

/// If mention `i` is followed by a title and a person ("Egyptian Foreign Minister
/// Sameh Shoukry", "Egypt's President Sisi", "Senate Majority Leader John Thune"), the
/// person's index. Capitalised words may stand between the titles.
fn titled_person(
    text: &str,
    mentions: &[&ResolvedMention],
    i: usize,
    cues: &[CueMatch],
) -> Option<usize> {
    let next = mentions.get(i + 1)?;
    let from = mentions[i].end;
    let mut pos = from;
    let mut titles = 0;
    let between_titles = |a: usize, b: usize| {
        words(text, a..b).all(|w| {
            let word = &text[w];
            is_capitalised(word)
                || is_one_of(
                    word,
                    &[
                        "'s", "'", "and", ",", "former", "then", "acting", "top", "deputy", ".",
                        "(", ")",
                    ],
                )
        })
    };
    // A title may overlap the mention ("Egyptian [intelligence] chief" where the
    // organization is "Egyptian intelligence" and the title "intelligence chief").
    for cue in cues.iter().filter(|c| c.end > from && c.end <= next.start) {
        let role = cue.is(CueKind::Title) || cue.is(CueKind::Group);
        if !role || !between_titles(pos, cue.start.max(pos)) {
            return None;
        }
        titles += 1;
        pos = cue.end;
    }
    // "NATO's Rutte", "Egypt's Sisi": a possessive alone before a name is a title too.
    let possessive = titles == 0 && gap_is(text, from, next.start, POSSESSIVE) && from < next.start;
    ((titles > 0 && between_titles(pos, next.start)) || possessive).then_some(i + 1)
}

/// Whether the gazetteer affiliates one entity with the other.
pub(super) fn affiliated(gazetteer: &Gazetteer, x: EntityId, y: EntityId) -> bool {
    let of = |member: EntityId, group: EntityId| {
        gazetteer
            .entity(member)
            .affiliation
            .as_deref()
            .is_some_and(|name| name == gazetteer.entity(group).name)
    };
    of(x, y) || of(y, x)
}

/// Whether two entities are of one side: one belongs to the other, or both to the same
/// country or body (Mexico's foreign minister and Mexico's president).
pub(super) fn compatriots(gazetteer: &Gazetteer, x: EntityId, y: EntityId) -> bool {
    let affiliation = |e: EntityId| gazetteer.entity(e).affiliation.as_deref();
    affiliated(gazetteer, x, y) || (affiliation(x).is_some() && affiliation(x) == affiliation(y))
}
