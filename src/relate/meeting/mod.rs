//! Who met whom in a sentence: this module decides every `met` link.
//!
//! The rule, in a journalist's words: two entities *met* when a sentence says so with a
//! meeting cue ("met", "held talks with", "hosted", "spoke by phone with", "is set to
//! meet with", "talks between ... and ...", a photo caption "X with Y"), one the
//! subject of the cue's own clause and the other its object (or both after
//! "between", or both the subject of a reciprocal verb: "Lula and Ramaphosa spoke").
//! Places never meet, nor does a country named as a location, a topic ("the Sudan
//! war") or a title ("Egyptian Foreign Minister Sameh Shoukry": the meeting is with
//! Shoukry, who is recorded as Egyptian). Negated, hypothetical and cancelled meetings
//! and idioms ("meet the deadline") are none; nobody meets their own country.
//!
//! The steps, each in its own file with its own table of tests:
//!
//! 1. `clauses` cuts the sentence into clauses (reporting, quoted, relative,
//!    participle, opening and main clauses);
//! 2. `roles` says what each mention is (party, location, title, source, speaker,
//!    topic);
//! 3. [`cues`] (the data in `gazetteer/meeting-cues.tsv`) finds the cue phrases, and
//!    [`relate_sentence`] here keeps those that state a meeting in this sentence;
//! 4. `parties` finds each cue's subjects and objects in its clause;
//! 5. `modality` says whether the meeting happened, is planned, or is no meeting;
//! 6. [`pronouns`] resolves "he", "she", "his", "her" to a person;
//! 7. [`kind`] names the kind of meeting and its CAMEO code;
//! 8. `titled` reads a party named by a title and a family name the gazetteer does not
//!    list alone ("Vice Premier He").

mod clauses;
pub mod cues;
pub mod kind;
mod modality;
mod parties;
pub mod pronouns;
mod roles;
mod titled;
mod words;

use std::ops::Range;

use crate::gazetteer::{EntityId, EntityType, Gazetteer};
use crate::matcher::ResolvedMention;
use cues::{CueKind, CueMatch};
pub use kind::{KindCounts, MeetingKind};
use modality::{modality, Modality};
use parties::Scene;
pub use pronouns::Discourse;
use words::{
    gap_is, is_capitalised, is_hyphen_join, is_one_of, is_punctuation, word_count,
    words as words_of, words_before, ARTICLES, CAPTION_PLACES, PERSON_OBJECTS, PERSON_POSSESSIVES,
    PERSON_PRONOUNS, WEEKDAYS,
};

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
    /// What kind of meeting.
    pub kind: MeetingKind,
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
    /// Parties of `met` that the document does not name, each with the words that stand
    /// for it ("his Ukrainian counterpart"): found by the office they held on the
    /// document's date.
    pub unnamed: Vec<(EntityId, Range<usize>)>,
}

impl SentenceRelations {
    /// Empties the lists, keeping their memory.
    pub fn clear(&mut self) {
        self.met.clear();
        self.affiliations.clear();
        self.unnamed.clear();
    }
}

/// How a cue takes its parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// Subject met objects ("held talks with"); coordinated subjects with no object met
    /// one another ("Biden and Xi met").
    Verb,
    /// Only coordinated subjects, or objects through "with" ("Lula and Ramaphosa spoke").
    Joint,
    /// Every pair of the objects ("talks between A and B").
    Between,
}

/// One sentence to read for meetings.
#[derive(Debug, Clone, Copy)]
pub struct Sentence<'a> {
    /// The whole document's text.
    pub text: &'a str,
    /// The sentence's byte span in it.
    pub span: &'a Range<usize>,
    /// The sentence's resolved mentions, in order.
    pub mentions: &'a [&'a ResolvedMention],
    /// The cue matches inside the sentence, in order.
    pub cues: &'a [CueMatch],
}

/// What the meeting rule reads besides the sentence.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The cue phrases (for kinds).
    pub cue_set: &'a cues::CueSet,
    /// The entities (types, affiliations).
    pub gazetteer: &'a Gazetteer,
    /// Whom a pronoun may mean.
    pub discourse: &'a Discourse,
}

/// Finds the meetings and title affiliations of one sentence.
pub fn relate_sentence(input: Sentence<'_>, context: Context<'_>, out: &mut SentenceRelations) {
    let Sentence {
        text,
        span,
        mentions,
        cues,
    } = input;
    let sentence = span.clone();
    let Context {
        cue_set,
        gazetteer,
        discourse,
    } = context;
    out.clear();
    let entity = |m: &ResolvedMention| m.entity;
    // Cues that do not overlap a mention.
    // Most sentences hold no meeting word and no title: nothing to read.
    // "with" alone is everywhere: it says a meeting only after a meeting noun (which
    // counts here) or in a caption.
    let meets = cues.iter().any(|c| {
        [
            CueKind::Met,
            CueKind::Planned,
            CueKind::Between,
            CueKind::Joint,
            CueKind::Meeting,
            CueKind::Presence,
        ]
        .into_iter()
        .any(|k| c.is(k))
    }) || (cues.iter().any(|c| c.is(CueKind::Caption))
        && is_caption_like(text, span.clone()))
        || cues
            .iter()
            .any(|c| c.is(CueKind::Location) && cue_set.phrase(c).starts_with("visit"));
    if !meets
        && !cues
            .iter()
            .any(|c| c.is(CueKind::Title) || c.is(CueKind::Group))
    {
        return;
    }
    let free: Vec<&CueMatch> = cues
        .iter()
        .filter(|c| !mentions.iter().any(|m| m.start < c.end && c.start < m.end))
        .collect();
    let roles = roles::classify(
        text,
        mentions,
        &free,
        cues,
        gazetteer,
        &mut out.affiliations,
    );
    // With no meeting word, only the titles' affiliations were to be read.
    // ("They also discussed ..." names nobody and still may be a meeting.)
    if !meets {
        return;
    }
    let scene = Scene {
        text,
        sentence: sentence.clone(),
        mentions,
        roles,
        cues,
        clauses: clauses::segment(text, sentence.clone(), mentions, &free),
    };
    // A headline or caption: no final stop. A caption "X with Y" is one with no
    // meeting verb of its own.
    let headline = free.iter().any(|c| {
        c.is(CueKind::Caption)
            || c.is(CueKind::Met)
            || c.is(CueKind::Joint)
            || c.is(CueKind::Meeting)
    }) && is_caption_like(text, sentence.clone());
    let caption = headline
        && !free
            .iter()
            .any(|c| c.is(CueKind::Met) || c.is(CueKind::Planned) || c.is(CueKind::Joint));
    // Per clause: the subjects and objects of its last cue.
    let mut last_cue: Vec<(usize, Vec<EntityId>, Vec<usize>)> = Vec::new();

    for (index, cue) in free.iter().enumerate() {
        // `a` and `b` met as the cue's own phrase says, unless its modality says no
        // meeting was stated.
        let stated_pair = |a: EntityId, b: EntityId, out: &mut SentenceRelations| {
            let phrase = cue_set.phrase(cue);
            let modality = modality(&scene, &free, index, phrase, cue.end, sentence.start);
            if modality != Modality::None {
                let planned = modality == Modality::Planned;
                let kind = MeetingKind::of_phrase(phrase);
                add_pair(gazetteer, a, b, **cue, planned, kind, out);
            }
        };
        // A transcript's "good to see you", "welcome you": the speaker and the one
        // spoken to met, as the cue says.
        let transcript_meeting = |out: &mut SentenceRelations| {
            if let Some((a, b)) = transcript_pair(&scene, cue.start, discourse) {
                stated_pair(a, b, out);
            }
        };
        // "Blinken thanked Hayashi for his warm hospitality", "... for hosting him": the
        // one thanked hosted the one thanking.
        if cue.is(CueKind::Presence) || cue_set.phrase(cue) == "hosting" {
            if let Some((guests, hosts)) = thanked_for(&scene, cue, gazetteer, discourse) {
                for &guest in &guests {
                    for &host in &hosts {
                        add_pair(gazetteer, guest, host, **cue, false, MeetingKind::Host, out);
                    }
                }
                continue;
            }
        }
        if cue.is(CueKind::Presence) {
            if !welcome_to_briefing(&scene, cue, cue_set) && !audience_addressed(&scene, cue) {
                transcript_meeting(out);
            }
            continue;
        }
        // "Joint Press Conference With X": a media event, no meeting.
        if cue.is(CueKind::Caption) && after_media_event(text, sentence.start, cue.start) {
            continue;
        }
        // "The discussion included ...", "The meeting was part of ...": a definite
        // meeting noun opening a clause that names no party is the last meeting; so is
        // "During their discussion," in a sentence that names none.
        // A transcript's "This meeting is our second ...": the speaker's meeting, read
        // below, not the last pair named.
        let deictic = discourse.speaker.is_some()
            && words_of(text, sentence.start..cue.start)
                .next()
                .is_some_and(|w| is_one_of(&text[w], &["this"]));
        // "During the meeting, Secretary Blinken and Chairperson Faki reaffirmed ...":
        // the parties the opener's meeting had, named as the clause's joint subject.
        if let Some(subjects) = meeting_opener_subjects(&scene, cue) {
            let kind = MeetingKind::of_phrase(cue_set.phrase(cue));
            for (x, y) in each_pair(&subjects) {
                let (a, b) = (entity(mentions[x]), entity(mentions[y]));
                add_pair(gazetteer, a, b, **cue, false, kind, out);
            }
            continue;
        }
        // "In a phone call on Tuesday, Biden urged Netanyahu ...": the opener's meeting
        // is between the clause's subject and the one it addresses.
        if let Some((x, y)) = meeting_opener_address(&scene, cue, gazetteer) {
            let kind = MeetingKind::of_phrase(cue_set.phrase(cue));
            let (a, b) = (entity(mentions[x]), entity(mentions[y]));
            add_pair(gazetteer, a, b, **cue, false, kind, out);
            continue;
        }
        // "a conversation between the two leaders": the last pair that met.
        if between_counted_pair(&scene, cue, cue_set) {
            let pairs = discourse.recent_pairs(Some(pronouns::NAMED_PAIR_REACH));
            if !pairs.is_empty() {
                for &(a, b, _) in pairs {
                    stated_pair(a, b, out);
                }
                continue;
            }
        }
        // "Netanyahu told Blinken ..., a statement said after the two met": with no
        // meeting before, a count of two right before a verb is the two people the
        // sentence named before it.
        if counted_verb_subject(&scene, cue, cue_set)
            && discourse
                .recent_pairs(Some(pronouns::NAMED_PAIR_REACH))
                .is_empty()
        {
            if let [a, b] = people_before(&scene, cue.start, gazetteer)[..] {
                stated_pair(a, b, out);
                continue;
            }
        }
        if !deictic && (anaphoric_meeting(&scene, cue) || their_meeting_opener(&scene, cue)) {
            let pairs = discourse.recent_pairs(Some(pronouns::NAMED_PAIR_REACH));
            if !pairs.is_empty() {
                for &(a, b, _) in pairs {
                    stated_pair(a, b, out);
                }
                continue;
            }
        }
        // "Russia-Ukraine peace talks", "the U.S.-Japan-Australia Trilateral Defense
        // Ministers' Meeting": parties joined by hyphens before a meeting noun met
        // one another.
        if let Some(chain) = hyphen_chain(&scene, cue, gazetteer) {
            let phrase = cue_set.phrase(cue);
            let modality = modality(&scene, &free, index, phrase, cue.end, sentence.start);
            if modality != Modality::None {
                // "will participate in the ASEAN-U.S. Informal Meeting": a name's
                // modality is read before it.
                let planned = modality == Modality::Planned
                    || chain.named
                        && chain.parties.first().is_some_and(|&first| {
                            modality::future_before(&scene, mentions[first].start)
                        });
                let kind = MeetingKind::of_phrase(phrase);
                for (x, y) in each_pair(&chain.parties) {
                    let (a, b) = (entity(mentions[x]), entity(mentions[y]));
                    add_pair(gazetteer, a, b, **cue, planned, kind, out);
                }
                // "Saudi Arabia hosted US-Russia talks": the host met every side.
                let first = chain.parties.first().map(|&i| mentions[i].start);
                let hosted = first.is_some_and(|first| {
                    free[..index]
                        .iter()
                        .rev()
                        .find(|c| c.end <= first)
                        .is_some_and(|host| {
                            is_host_verb(cue_set.phrase(host))
                                && gap_is(text, host.end, first, ARTICLES)
                        })
                });
                if hosted {
                    let clause = scene.clauses.at(cue.start);
                    let hosts = last_cue.iter().rev().find(|(c, _, _)| *c == clause);
                    for &host in hosts.map_or(&[][..], |(_, subjects, _)| subjects.as_slice()) {
                        for &x in &chain.parties {
                            let side = entity(mentions[x]);
                            add_pair(
                                gazetteer,
                                host,
                                side,
                                **cue,
                                planned,
                                MeetingKind::Host,
                                out,
                            );
                        }
                    }
                }
            }
            continue;
        }
        // "the US-Egyptian Strategic Dialogue with Abdelatty": the parties of a name
        // are none of the subjects of the name's "with".
        if cue.is(CueKind::Relay)
            && relay_noun(&scene, &free, index)
                .is_some_and(|noun| hyphen_chain(&scene, noun, gazetteer).is_some_and(|c| c.named))
        {
            continue;
        }
        let Some((reading, phrase_cue)) = reading(&scene, &free, index, caption, headline) else {
            // "Erdogan told Putin in a phone call that ...": the people of the clause
            // before "in a call" spoke.
            if let Some((people, kind)) = in_a_call(&scene, &free, index, cue_set, gazetteer) {
                let phrase = cue_set.phrase(cue);
                // "urged Netanyahu in a call": the negation word is the verb of the
                // people, not of the call; only one after the last of them negates it.
                let last_person = mentions
                    .iter()
                    .filter(|m| m.end <= cue.start && people.contains(&m.entity))
                    .map(|m| m.end)
                    .max()
                    .unwrap_or(sentence.start);
                let modality = modality(&scene, &free, index, phrase, cue.end, last_person);
                if modality != Modality::None {
                    let planned = modality == Modality::Planned;
                    for (x, y) in each_pair(&people) {
                        add_pair(gazetteer, x, y, **cue, planned, kind, out);
                    }
                }
                continue;
            }
            // A transcript's "our meeting", "your third visit", "this visit of yours":
            // the speaker and the one spoken to.
            if ours(&scene, &free, index, cue_set) {
                transcript_meeting(out);
            }
            continue;
        };
        let phrase = cue_set.phrase(phrase_cue);
        // After a reported call, "spoke with" and "discussed" are that call.
        let clause = scene.clauses.at(cue.start);
        let kind = match MeetingKind::of_phrase(phrase) {
            MeetingKind::Meeting | MeetingKind::Talks
                if is_speech(phrase) && (discourse.phone || by_phone(&scene, cue.start)) =>
            {
                MeetingKind::Phone
            }
            // "held a virtual meeting", "had a phone conversation", "phone talks".
            MeetingKind::Meeting | MeetingKind::Talks
                if words::last_word_before(text, sentence.start, phrase_cue.start).is_some_and(
                    |w| {
                        is_one_of(
                            &text[w],
                            &[
                                "phone",
                                "telephone",
                                "video",
                                "virtual",
                                "online",
                                "telephonic",
                            ],
                        )
                    },
                ) =>
            {
                MeetingKind::Phone
            }
            kind => kind,
        };
        let mut objects: Vec<usize> = scene.objects(cue.end, reading == Reading::Joint);
        // "paid a visit to Sisi" is a visit to a person; "... to Egypt" names where.
        if cue_set.phrase(cue).ends_with("visit to") {
            objects.retain(|&i| gazetteer.entity(entity(mentions[i])).kind == EntityType::Person);
            if objects.is_empty() {
                continue;
            }
        }
        // "co-chaired the conference with X", "discussed the hostage deal with
        // Netanyahu": a co- verb or a verb of speech reaches its partner through a
        // "with" up to eight words on, past a topic that names no person. A speech
        // verb's partner is a person ("discussed relations with China" is a topic), or
        // people of a country ("discussed the proposal with Israeli officials").
        let co_verb = cue_set
            .phrase(cue)
            .split_whitespace()
            .any(|w| w.starts_with("co-"));
        // "Kahl and El Farouk co-chaired the U.S.-Morocco Defense Consultative
        // Committee": sides joined by hyphens name what was chaired, not a partner.
        if co_verb {
            let sides = named_sides(&scene, cue.end..sentence.end);
            objects.retain(|&i| {
                !sides
                    .iter()
                    .any(|side| side.start <= mentions[i].start && mentions[i].end <= side.end)
            });
        }
        let speech = is_speech(cue_set.phrase(cue));
        if objects.is_empty() && (co_verb || speech) {
            if let Some(with) = free[index + 1..].iter().find(|c| {
                c.is(CueKind::Relay)
                    && word_count(&text[cue.end..c.start]) <= 8
                    && scene.clauses.within_one(cue.end, c.start)
            }) {
                let person =
                    |m: &ResolvedMention| gazetteer.entity(entity(m)).kind == EntityType::Person;
                let person_between = mentions
                    .iter()
                    .any(|m| m.start >= cue.end && m.end <= with.start && person(m));
                objects = scene.objects(with.end, false);
                let people = |i: usize| person(mentions[i]) || mentions[i].demonym;
                if speech && (person_between || !objects.iter().all(|&i| people(i))) {
                    objects.clear();
                }
            }
        }
        let parties_end = objects.last().map_or(cue.end, |&i| mentions[i].end);
        if name_calling(&scene, cue_set.phrase(cue), parties_end)
            || admission(&scene, cue_set.phrase(cue), &objects, gazetteer)
        {
            continue;
        }
        let modality = modality(
            &scene,
            &free,
            index,
            cue_set.phrase(cue),
            parties_end,
            sentence.start,
        );
        let earlier = last_cue.iter().rev().find(|(c, _, _)| *c == clause);
        if modality == Modality::None {
            continue;
        }
        let planned = modality == Modality::Planned;
        let mut pairs: Vec<(EntityId, EntityId)> = Vec::new();
        let mut host_pairs: Vec<(EntityId, EntityId)> = Vec::new();
        if reading == Reading::Between {
            pairs.extend(
                each_pair(&objects).map(|(i, j)| (entity(mentions[i]), entity(mentions[j]))),
            );
            // "Qatar hosted talks between Israel and Hamas": the host met each of them;
            // "thank the kingdom for hosting talks between ...": the one thanked did.
            let hosts: Vec<EntityId> = match hosting(&scene, &free, index, cue_set) {
                Hosting::None => Vec::new(),
                Hosting::Subject => earlier.map_or(Vec::new(), |(_, hosts, _)| hosts.clone()),
                Hosting::Thanked(i) => vec![entity(mentions[i])],
            };
            for host in hosts {
                for &i in &objects {
                    host_pairs.push((host, entity(mentions[i])));
                }
            }
        } else {
            // "met A and held talks with B": A is taken, the first cue's subject goes on.
            let taken: &[usize] = earlier
                .filter(|(_, subjects, _)| !subjects.is_empty())
                .map_or(&[], |(_, _, o)| o.as_slice());
            let candidates = scene.subject_candidates(cue.start, taken);
            // A pronoun speaks for the clause only when the clause names no subject
            // ("Meloni was right after her meeting": Meloni).
            // "Turkey is ready, Blinken said after he met Erdogan": "he", nearer the
            // cue than any party of the clause, is its subject.
            let pronoun_first = (candidates.is_empty() && pronoun_before(&scene, cue.start, None))
                || candidates
                    .last()
                    .is_some_and(|&last| subject_pronoun_after(&scene, cue.start, last));
            let opener = scene.clauses.clauses[clause].kind == clauses::ClauseKind::Opener;
            let subjects: Vec<EntityId> = if pronoun_first && opener {
                // "During his talks with X, Blinken ...": the pronoun looks ahead.
                scene
                    .borrowed_subject(cue.start, &objects)
                    .into_iter()
                    .map(|i| entity(mentions[i]))
                    .collect()
            } else if pronoun_first {
                let mut subjects: Vec<EntityId> =
                    resolve_pronoun(&scene, cue.start, gazetteer, discourse)
                        .into_iter()
                        .collect();
                // "Sisi and he discussed ...": the names before "and he" are subjects too.
                let chain = scene.coordinated_before(&candidates, false);
                if pronoun_joined(&scene, &chain, cue.start) {
                    subjects.extend(chain.iter().map(|&i| entity(mentions[i])));
                }
                subjects
            } else if let Some(group) = scene.coordinated_verb_subject(cue.start, &candidates) {
                // "Sullivan and Peña reaffirmed their ties with Paraguay and discussed
                // ...": a second verb of a joint subject, past the first verb's objects.
                group.into_iter().map(|i| entity(mentions[i])).collect()
            } else if let Some(person) = coordinated_title(&scene, cue.start)
                .and_then(|title| discourse.titled(&title, gazetteer))
            {
                // "The Secretary noted U.S. support for ... and discussed ...": the
                // title that opens the clause is the subject of its second verb too.
                vec![person]
            } else if !candidates.is_empty() {
                let chain = scene.coordinated_before(&candidates, headline && objects.is_empty());
                let mut subjects: Vec<EntityId> =
                    chain.iter().map(|&i| entity(mentions[i])).collect();
                // "He and Sisi discussed ...": the pronoun is a subject too.
                if pronoun_joined(&scene, &chain, cue.start) {
                    if let Some(person) = resolve_pronoun(&scene, cue.start, gazetteer, discourse) {
                        subjects.push(person);
                    }
                }
                subjects
            } else if let Some(speaker) = (!objects.is_empty() && first_plural(&scene, cue.start))
                .then(|| speaker_at(&scene, cue.start, discourse))
                .flatten()
            {
                // "We just had a productive meeting with President Milei", said by
                // Blinken: the speaker's side met the party named. Said by the host
                // of the speaker's own president, it is the guest who met her.
                let own_side = !objects.is_empty()
                    && objects
                        .iter()
                        .all(|&i| roles::compatriots(gazetteer, speaker, entity(mentions[i])));
                match discourse
                    .addressee
                    .filter(|&a| own_side && !roles::compatriots(gazetteer, speaker, a))
                {
                    Some(guest) => vec![guest],
                    None => vec![speaker],
                }
            } else if let Some((_, subjects, _)) = earlier.filter(|(_, s, _)| !s.is_empty()) {
                subjects.clone()
            } else if let Some(person) = definite_title(&scene, cue.start)
                .and_then(|title| discourse.titled(&title, gazetteer))
            {
                // "The Secretary met ...": the Secretary named lately.
                vec![person]
            } else if let Some(person) = possessive_title(&scene, cue.start)
                .filter(|_| !objects.is_empty())
                .and_then(|title| {
                    let met: Vec<EntityId> = objects.iter().map(|&i| entity(mentions[i])).collect();
                    discourse.holder(&title, None, &met, gazetteer)
                })
            {
                // "Readout of the President's Call with Prime Minister Cameron": the
                // President the document names.
                vec![person]
            } else if let Some((person, unnamed)) = title_subject(
                &scene, cue.start, cue_set, gazetteer,
            )
            .and_then(|(title, country, phrase)| {
                // "A U.S. envoy was expected to meet ...": the envoy the
                // document names; else, "The Afghan president made a rare phone
                // call to ..." in a document that names none: who held the
                // office that day.
                discourse
                    .holder(&title, country, &[], gazetteer)
                    .map(|person| (person, None))
                    .or_else(|| {
                        discourse
                            .office_holder(&title, country?, None, &[], gazetteer)
                            .map(|person| (person, Some(phrase)))
                    })
            }) {
                out.unnamed.extend(unnamed.map(|phrase| (person, phrase)));
                vec![person]
            } else if let Some(person) = discourse
                .centre
                .filter(|_| reading == Reading::Verb && the_meeting_opens(&scene, phrase_cue))
            {
                // "The meetings with Netanyahu come a day after ...": the meetings of the
                // one the story is about.
                vec![person]
            } else if let Some(speaker) = discourse.first_speaker.filter(|&s| {
                headline
                    && discourse.speaker.is_none()
                    && !objects.is_empty()
                    && objects.iter().all(|&i| entity(mentions[i]) != s)
            }) {
                // "Remarks Prior to a Meeting With President Ruto", the title of a
                // transcript whose first speaker is President Biden.
                vec![speaker]
            } else {
                scene
                    .borrowed_subject(cue.start, &objects)
                    .into_iter()
                    .map(|i| entity(mentions[i]))
                    .collect()
            };
            // "They also discussed ...", "The Secretary and the Foreign Minister
            // discussed ...": a reciprocal verb whose subject names no party stands for
            // the last pair that met.
            // "The Secretary also discussed ...", "Blinken also discussed ..." right after
            // a meeting: one of its pair, alone, goes on about the same meeting.
            // "We have discussed ...", "our meeting": the transcript's speaker and the one
            // spoken to.
            if subjects.is_empty()
                && objects.is_empty()
                && kind != MeetingKind::Host
                && first_plural(&scene, cue.start)
                && !among_many(&scene, cue.end)
                && !institutional(&scene, phrase_cue.start)
            {
                if let (Some(a), Some(b)) = (discourse.speaker, discourse.addressee) {
                    if our_countries(&scene, cue.start) {
                        // "our heads of state held their first meeting": the two
                        // sides' countries, not the two people speaking.
                        let country = |p: EntityId| {
                            gazetteer
                                .by_name(gazetteer.entity(p).affiliation.as_deref()?)
                                .filter(|&c| gazetteer.entity(c).kind == EntityType::Country)
                        };
                        if let (Some(x), Some(y)) = (country(a), country(b)) {
                            add_pair(gazetteer, x, y, **cue, planned, kind, out);
                        }
                    } else {
                        add_pair(gazetteer, a, b, **cue, planned, kind, out);
                    }
                    continue;
                }
            }
            // "Secretary Austin's Meetings on Thursday": several meetings are not the
            // last pair's one.
            let several = cue_set
                .phrase(phrase_cue)
                .split_whitespace()
                .last()
                .is_some_and(|w| is_one_of(w, &["meetings", "calls", "visits"]));
            // "The two leaders agreed to meet again": a bare "meet" is reciprocal too,
            // when the clause names nobody but its subject ("NATO ministers met" is
            // NATO's meeting).
            let clause_start = scene.clause_start(cue.start);
            let bare_meet = reading == Reading::Verb
                && cue_set
                    .phrase(cue)
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| matches!(w, "meet" | "met" | "meets"))
                && !mentions.iter().any(|m| {
                    m.start >= clause_start && m.end <= cue.start && !subjects.contains(&entity(m))
                })
                && !unnamed_object(&scene, cue.end);
            // "will meet with A and B to discuss ...", "met with senior leaders to
            // discuss ...": a reciprocal verb's infinitive after a meeting verb of its
            // clause says what that meeting was for; its subjects did not meet one
            // another by it, nor does it go on the last pair's meeting.
            let purpose = reading == Reading::Joint
                && cue_set.phrase(cue).starts_with("to ")
                && free[..index].iter().any(|c| {
                    (c.is(CueKind::Met) || c.is(CueKind::Planned))
                        && scene.clauses.at(c.start) == clause
                });
            // "Austin met with Furtado and discussed plans": a second verb goes on the
            // meeting its clause already stated for its subject, not the last one.
            let stated_here = subjects.len() == 1
                && out.met.iter().any(|p| {
                    (p.a == subjects[0] || p.b == subjects[0])
                        && p.cue.start < cue.start
                        && scene.clauses.at(p.cue.start) == clause
                });
            // "Blinken spoke at a news conference", "Liu speaks during a session of the
            // forum": a speech at an event, not more of the last meeting.
            let speech_event = is_speech_verb(cue_set.phrase(cue))
                && words_of(text, cue.end..sentence.end)
                    .next()
                    .is_some_and(|w| is_one_of(&text[w], SPEECH_EVENT_AFTER));
            // "Kerry held talks early Thursday with the foreign ministers of Oman": a
            // meeting (not a verb of speech, whose "with" may name a topic's party) that
            // names, through a "with" further on in its clause, a party of none of the
            // last pairs is a new meeting, not more of theirs. (Both this and the next are
            // read only when the other conditions hold.)
            let partner_after = || {
                !is_speech(cue_set.phrase(cue)) && {
                    let from = cue.end.max(phrase_cue.end);
                    let recent = discourse.recent_pairs(None);
                    let of_recent = |e: EntityId| recent.iter().any(|&(a, b, _)| a == e || b == e);
                    free[index + 1..].iter().any(|c| {
                        c.is(CueKind::Relay)
                            && text[c.start..c.end].eq_ignore_ascii_case("with")
                            && c.start >= from
                            && word_count(&text[from..c.start]) <= 6
                            && scene.clauses.within_one(from, c.start)
                            && mentions.iter().zip(&scene.roles).any(|(m, role)| {
                                m.start >= c.end
                                    && word_count(&text[c.end..m.start]) <= 6
                                    && role.may_meet()
                                    && !of_recent(m.entity)
                            })
                    })
                }
            };
            // "Blinken is expected to discuss the South China Sea at the ASEAN talks":
            // said at another meeting its clause names ("at", "during" or "on the
            // sidelines of" a meeting named after a party of none of the last pairs).
            let other_meeting = || {
                let recent = discourse.recent_pairs(None);
                let of_recent = |e: EntityId| recent.iter().any(|&(a, b, _)| a == e || b == e);
                let at = |m: &ResolvedMention| {
                    let before: Vec<_> = words_before(text, sentence.start, m.start, 40).collect();
                    before
                        .iter()
                        .rev()
                        .take(3)
                        .any(|w| is_one_of(&text[w.clone()], &["at", "during", "sidelines"]))
                };
                free[index + 1..].iter().any(|c| {
                    c.is(CueKind::Meeting)
                        && scene.clauses.within_one(cue.end, c.start)
                        && mentions.iter().any(|m| {
                            m.start >= cue.end
                                && m.end <= c.start
                                && gap_is(text, m.end, c.start, &[])
                                && gazetteer.entity(m.entity).kind != EntityType::Place
                                && !of_recent(m.entity)
                                && at(m)
                        })
                })
            };
            if (reading == Reading::Joint || bare_meet)
                && subjects.len() < 2
                && objects.is_empty()
                && !several
                && !stated_here
                && !purpose
                && !speech_event
                && !principle(&scene, cue.start)
                && !partner_after()
                && !other_meeting()
            {
                let reach = counted_pair(&scene, cue.start).then_some(pronouns::NAMED_PAIR_REACH);
                let plural = plural_subject(&scene, cue.start);
                let titled = subjects.is_empty() && definite_title(&scene, cue.start).is_some();
                // "He also talked about ...": one of the pair alone who only talks about
                // something goes on about the meeting of the sentence before; past another
                // sentence ("Kerry outlined the initiatives during a visit"), he may be
                // speaking to anyone (reporters, an audience).
                let lone_near = discourse.since_pair <= 1
                    || clause_words_before(&scene, cue.start)
                        .iter()
                        .any(|w| is_one_of(w, &["and", "we", "you", "they", "both"]))
                    || !(is_speech_verb(cue_set.phrase(cue))
                        && words_of(text, cue.end..sentence.end)
                            .next()
                            .is_some_and(|w| is_one_of(&text[w], &["about"])));
                let mut pairs: Vec<_> = discourse
                    .recent_pairs(reach)
                    .iter()
                    .copied()
                    .filter(|&(a, b, _)| {
                        let of_pair = |s: &EntityId| *s == a || *s == b;
                        // "NATO ministers discussed": a subject named before the cue is
                        // of the pair.
                        (plural && (candidates.is_empty() || subjects.iter().all(of_pair)))
                            || (subjects.len() == 1 && subjects.iter().all(of_pair) && lone_near)
                            || (titled && discourse.centre.iter().any(of_pair))
                    })
                    .collect();
                // "The two leaders met a day after ...", many sentences after the last
                // meeting: two people counted are the one pair of people the document
                // has had meet, however far back. "They discussed ...", "The Secretary
                // discussed ..." a few sentences after a meeting too far back for "they"
                // (or after one between a person and a country) are that pair as well,
                // as far as "the two leaders" reaches.
                let near = discourse.since_pair <= pronouns::NAMED_PAIR_REACH;
                if pairs.is_empty() && subjects.is_empty() && candidates.is_empty() {
                    pairs.extend(discourse.sole_people_pair().filter(|&(a, b, _)| {
                        counts_two(&scene, cue.start)
                            || (near && plural)
                            || (near
                                && titled
                                && discourse.centre.is_some_and(|c| c == a || c == b))
                    }));
                }
                for &(a, b, last_kind) in &pairs {
                    // What they discussed on a call was said on the call.
                    let kind = if last_kind == MeetingKind::Phone {
                        last_kind
                    } else {
                        kind
                    };
                    add_pair(gazetteer, a, b, **cue, planned, kind, out);
                }
                if !pairs.is_empty() {
                    continue;
                }
            }
            // "Secretary Blinken and I discussed ...": the speaker joins the subject.
            let mut subjects = subjects;
            // "The Secretary and Foreign Minister Shoukry discussed ...": the Secretary
            // named lately joins the named subject.
            if let Some(person) = (subjects.len() <= 1)
                .then(|| title_and(&scene, cue.start))
                .flatten()
                .and_then(|title| discourse.titled(&title, gazetteer))
                .filter(|p| !subjects.contains(p))
            {
                // "The secretary and Indonesian officials discussed": the country of
                // unnamed officials is the other subject.
                if subjects.is_empty() {
                    subjects.extend(country_group_subject(&scene, cue.start, gazetteer));
                }
                if !subjects.is_empty() {
                    subjects.push(person);
                }
            }
            // "Mattis and his British counterpart discussed ...": the title joined to
            // the one named subject.
            if let Some((person, words)) = candidates
                .last()
                .filter(|&&i| subjects == [entity(mentions[i])])
                .and_then(|&i| {
                    titled::joined_title(&scene, i, cue.start, cue_set, gazetteer, discourse)
                })
            {
                subjects.push(person);
                out.unnamed.extend(words.map(|w| (person, w)));
            }
            if let Some(speaker) = and_i(&scene, cue.start)
                .then(|| speaker_at(&scene, cue.start, discourse))
                .flatten()
                .filter(|s| !subjects.contains(s))
            {
                subjects.push(speaker);
            }
            let mut object_ids: Vec<EntityId> =
                objects.iter().map(|&i| entity(mentions[i])).collect();
            // The ones met are a headline's plural title: a meeting of its owner with
            // each, not stated to be one of all.
            let mut group_met = false;
            if object_ids.is_empty() {
                // "flew to Amman, where King Abdullah received him": the person an
                // object pronoun stands for is found as a subject pronoun's is,
                // never the cue's own subject.
                let antecedent = || {
                    resolve_pronoun(&scene, cue.start, gazetteer, discourse)
                        .filter(|p| !subjects.contains(p))
                };
                if let Some(person) = object_pronoun(&scene, cue.end, discourse, antecedent) {
                    object_ids.push(person);
                } else if let Some(person) = definite_title_object(&scene, cue.end)
                    .and_then(|title| discourse.titled(&title, gazetteer))
                    .filter(|p| !subjects.contains(p))
                {
                    // "a meeting with the Secretary": the Secretary named lately.
                    object_ids.push(person);
                } else if let Some((person, span)) =
                    titled::titled_name(&scene, cue.end, false, cue_set, gazetteer, discourse.date)
                        .filter(|(p, _)| !subjects.contains(p))
                {
                    // "meetings with Vice Premier He": the one person of that title
                    // and family name.
                    object_ids.push(person);
                    out.unnamed.push((person, span));
                } else if let Some(title) = headline
                    .then(|| group_title_object(&scene, cue.end, cue_set))
                    .flatten()
                {
                    // "Secretary Rubio's Meeting With Transatlantic Quint Foreign
                    // Ministers": each of the document's people of that title (two or
                    // more, as the plural says).
                    let holders = discourse.all_holders(&title, &subjects, gazetteer);
                    if holders.len() >= 2 {
                        object_ids.extend(holders);
                        group_met = true;
                    }
                } else if let Some((title, countries, end)) =
                    title_object(&scene, cue.end, cue_set, gazetteer)
                        .map(|(title, country, end)| (title, vec![country], end))
                        .or_else(|| {
                            plural_counterparts(&scene, cue.end, gazetteer).map(
                                |(countries, end)| {
                                    (Vec::new(), countries.into_iter().map(Some).collect(), end)
                                },
                            )
                        })
                {
                    // "met his Chinese counterpart in Singapore", "met his Ukrainian and
                    // British counterparts", "met with counterparts from Australia, Japan,
                    // and the Philippines": each the one named in the document, else,
                    // named nowhere, who held the office then.
                    let like = first_person(&subjects, gazetteer);
                    for country in countries {
                        let mut taken = subjects.clone();
                        taken.extend(&object_ids);
                        if let Some(person) = discourse.holder(&title, country, &taken, gazetteer) {
                            object_ids.push(person);
                        } else if let Some(person) = country.and_then(|c| {
                            discourse.office_holder(&title, c, like, &taken, gazetteer)
                        }) {
                            object_ids.push(person);
                            out.unnamed.push((person, phrase_after(text, cue.end, end)));
                        } else if let Some(country) = country.filter(|_| {
                            title.is_empty() && text[cue.end..end].contains("counterparts")
                        }) {
                            // "met each of his counterparts from the Philippines,
                            // Indonesia, ...", none of them known: the countries, as
                            // for "officials from".
                            object_ids.push(country);
                        }
                    }
                }
            }
            // "with President Xi, State Counsellor Yang, and Foreign Minister Wang": the
            // titled names the list goes on with.
            if let Some(&last) = objects.last() {
                let list = titled::titled_list(
                    &scene,
                    mentions[last].end,
                    cue_set,
                    gazetteer,
                    discourse.date,
                );
                for (person, span) in list {
                    if !subjects.contains(&person) && !object_ids.contains(&person) {
                        object_ids.push(person);
                        out.unnamed.push((person, span));
                    }
                }
            }
            // "Austin and Kihara welcomed the announcements": welcoming or receiving
            // takes an object; its joint subject did not meet by it.
            let transitive = cue_set
                .phrase(cue)
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with("welcom") || w.starts_with("receiv"));
            // "The leaders of Japan, China and South Korea meet with their Southeast
            // Asian counterparts": the ones met are not named; the subjects did not
            // meet one another by it (unless "with each other", "– and each other –").
            let unnamed_with = cue_set.phrase(phrase_cue).ends_with("with") && {
                let rest = &text[phrase_cue.end..sentence.end];
                !rest.contains("each other") && !rest.contains("one another")
            };
            if object_ids.is_empty()
                && subjects.len() >= 2
                && !transitive
                && !unnamed_with
                && !purpose
            {
                pairs.extend(each_pair(&subjects));
            }
            if reading != Reading::Joint || !object_ids.is_empty() {
                for &x in &subjects {
                    for &y in &object_ids {
                        pairs.push((x, y));
                    }
                }
            }
            // "met jointly with A and B", "a Trilateral Meeting with A and B", "hosted A
            // and B for talks": one meeting of all, so its guests met one another too. A
            // plain list of guests ("met with A and B", "Blinken's Meeting with A and B",
            // a caption's "meets with, from left, A, B") pairs each with the host only.
            if (2..=MAX_GUESTS).contains(&object_ids.len())
                && !group_met
                && all_together(&scene, phrase_cue.start, cue.end, parties_end, kind)
            {
                pairs.extend(each_pair(&object_ids));
            }
            last_cue.push((clause, subjects, objects.clone()));
        }
        for (x, y) in pairs {
            add_pair(gazetteer, x, y, **cue, planned, kind, out);
        }
        for (x, y) in host_pairs {
            add_pair(gazetteer, x, y, **cue, planned, MeetingKind::Host, out);
        }
    }
    // "Welcome.", "It is our pleasure to welcome you", "Visiting is a real honor", "we
    // would like to discuss the issues": in a transcript's turn, a meeting word that
    // names nobody but the two in the room is their meeting.
    if out.met.is_empty() {
        if let Some((index, (a, b))) = free.iter().enumerate().find_map(|(index, c)| {
            in_the_room(&scene, c, cue_set, discourse, gazetteer).map(|pair| (index, pair))
        }) {
            let cue = free[index];
            let phrase = cue_set.phrase(cue);
            let modality = modality(&scene, &free, index, phrase, cue.end, sentence.start);
            if modality != Modality::None {
                let planned = modality == Modality::Planned;
                let kind = MeetingKind::of_phrase(phrase);
                add_pair(gazetteer, a, b, *cue, planned, kind, out);
                return;
            }
        }
    }
    // "U.S. officials had nothing to say about any of the talks", "Analysts say the
    // visit is important for da Silva": a sentence that states no meeting of its own
    // but names one by a definite noun speaks of the last meeting stated, if every
    // party it names was of that meeting.
    let pairs = discourse.recent_pairs(Some(pronouns::NAMED_PAIR_REACH));
    if out.met.is_empty() && !pairs.is_empty() && !is_caption_like(text, sentence.clone()) {
        let of_pairs = |e: EntityId| pairs.iter().any(|&(a, b, _)| a == e || b == e);
        let named_elsewhere = mentions.iter().zip(&scene.roles).any(|(m, role)| {
            role.may_meet() && !of_pairs(m.entity) && !listed_example(&scene, m.start)
        });
        if !named_elsewhere {
            if let Some(index) = free
                .iter()
                .position(|c| referred_meeting(&scene, c, cue_set, discourse.speaker.is_some()))
            {
                let noun = free[index];
                let phrase = cue_set.phrase(noun);
                let modality = modality(&scene, &free, index, phrase, noun.end, sentence.start);
                let kind = MeetingKind::of_phrase(phrase);
                // "Their conversation today" is a call after a call, a meeting after a
                // meeting: of the kind of the meeting it names.
                let any_kind = is_one_of(phrase, &["conversation"]);
                // "the goal of the talks" after a call: other talks.
                let same_kind = |last: MeetingKind| {
                    any_kind
                        || last == kind
                        || (kind == MeetingKind::Visit && last == MeetingKind::Host)
                };
                if modality != Modality::None && pairs.iter().all(|&(_, _, last)| same_kind(last)) {
                    let planned = modality == Modality::Planned;
                    for &(a, b, last) in pairs {
                        let kind = if any_kind { last } else { kind };
                        add_pair(gazetteer, a, b, *noun, planned, kind, out);
                    }
                }
            }
        }
    }
}

/// Whether the mention at `start` is an example in a list after "including" ("which
/// covered a range of priorities, including Ukraine", "including Gaza and Sudan"): a
/// topic, not someone met. Reads back over the list's other names, commas, "and" and
/// articles, at most eight words.
fn listed_example(scene: &Scene<'_>, start: usize) -> bool {
    let text = scene.text;
    let before: Vec<Range<usize>> = words_of(text, scene.sentence.start..start).collect();
    for w in before.iter().rev().take(8) {
        let word = &text[w.clone()];
        if is_one_of(word, &["including", "notably", "especially"]) {
            return true;
        }
        let named = scene.mention_at(w.start).is_some();
        if !named && !is_one_of(word, &[",", "and", "the"]) {
            return false;
        }
    }
    false
}

/// Words that may stand between a determiner and the meeting it refers back to ("the
/// brief encounter", "their first face-to-face meeting").
const REFERRED_MODIFIERS: &[&str] = &[
    "brief",
    "first",
    "second",
    "third",
    "latest",
    "recent",
    "last",
    "bilateral",
    "private",
    "closed-door",
    "lengthy",
    "long",
    "short",
    "high-level",
    "face-to-face",
    "productive",
    "constructive",
    "cordial",
    "frank",
    "warm",
    "scheduled",
    "planned",
    "upcoming",
    "separate",
    "hour-long",
    "day-long",
    "two-day",
    "three-day",
    "major",
    "historic",
    "landmark",
    "rare",
    "unusual",
    "surprise",
    "formal",
    "informal",
    "weekend",
    "marathon",
    "initial",
    "previous",
    "earlier",
    "fresh",
    "new",
];

/// Verbs whose "on"/"about" gives what was reported: "briefed X on the talks".
const BRIEFING: &[&str] = &[
    "briefed",
    "briefs",
    "brief",
    "briefing",
    "updated",
    "updates",
    "update",
    "informed",
    "informs",
    "inform",
    "debriefed",
    "reported",
    "told",
    "tells",
];

/// Whether `noun` names a meeting already stated: a meeting noun (or "visit") after a
/// definite determiner ("the", "this", "their", "any of the", "the flurry of"), with
/// at most two modifiers between ("the brief encounter"), and no parties after it
/// ("the talks with X", "the meeting of NATO ministers" name their own).
fn referred_meeting(
    scene: &Scene<'_>,
    noun: &CueMatch,
    cue_set: &cues::CueSet,
    transcript: bool,
) -> bool {
    let phrase = cue_set.phrase(noun);
    let referable = match phrase {
        "visit" | "visits" => noun.is(CueKind::Location),
        "meeting" | "meetings" | "talks" | "call" | "phone call" | "conversation" | "encounter" => {
            noun.is(CueKind::Meeting)
        }
        _ => false,
    };
    if !referable {
        return false;
    }
    let text = scene.text;
    let before: Vec<&str> = words_of(text, scene.sentence.start..noun.start)
        .map(|w| &text[w])
        .collect();
    let mut at = before.len();
    let mut modifiers = 0;
    while at > 0 && modifiers < 2 && is_one_of(before[at - 1], REFERRED_MODIFIERS) {
        at -= 1;
        modifiers += 1;
    }
    // "the flurry of talks", "a round of talks": the determiner of the quantity.
    let quantity = at >= 3
        && is_one_of(before[at - 1], &["of"])
        && before[at - 2].starts_with(char::is_lowercase)
        && is_one_of(before[at - 3], &["the", "a"]);
    let determined = quantity
        || at > 0
            && is_one_of(
                before[at - 1],
                &["the", "this", "their", "his", "her"],
            )
            // A transcript's "this meeting" is the one being held.
            && !(transcript && is_one_of(before[at - 1], &["this"]));
    if !determined {
        return false;
    }
    // "briefed the ministers on the meeting": the topic of a briefing is another meeting.
    let briefed_on = at >= 2
        && is_one_of(before[at - 2], &["on", "about"])
        && before[..at - 2]
            .iter()
            .rev()
            .take(6)
            .any(|w| is_one_of(w, BRIEFING));
    if briefed_on {
        return false;
    }
    let next = words_of(text, noun.end..scene.sentence.end)
        .map(|w| &text[w])
        .next();
    !next.is_some_and(|w| {
        is_one_of(
            w,
            &[
                "of",
                "with",
                "between",
                "among",
                "amongst",
                "involving",
                "including",
                "to",
            ],
        )
    })
}

/// Whether the cue at `cue_start` is a principle its clause states, not a meeting: a
/// reciprocal verb after "the importance of", "the need to" ("emphasized the
/// importance of continuing to use diplomacy ... to candidly discuss areas of
/// difference"), within the fourteen words before it.
fn principle(scene: &Scene<'_>, cue_start: usize) -> bool {
    clause_words_before(scene, cue_start)
        .iter()
        .rev()
        .take(14)
        .any(|w| is_one_of(w, &["importance", "need", "necessity"]))
}

/// Every unordered pair of `items`, in order: (a, b), (a, c), (b, c).
fn each_pair<T: Copy>(items: &[T]) -> impl Iterator<Item = (T, T)> + '_ {
    items
        .iter()
        .enumerate()
        .flat_map(move |(k, &x)| items[k + 1..].iter().map(move |&y| (x, y)))
}

/// The most guests of one meeting that [`all_together`] pairs with one another.
const MAX_GUESTS: usize = 4;

/// Whether a cue from `start` to `end` whose objects end at `parties_end` is one
/// meeting of all its parties: "jointly", "trilateral" or the like in the cue or in
/// the two words before it; a host cue whose guests came "for talks"; or the two
/// sides of one table ("A and his counterpart B").
fn all_together(
    scene: &Scene<'_>,
    start: usize,
    end: usize,
    parties_end: usize,
    kind: MeetingKind,
) -> bool {
    const TOGETHER: &[&str] = &[
        "jointly",
        "trilateral",
        "trilaterally",
        "three-way",
        "quadrilateral",
        "joint",
    ];
    let before = clause_words_before(scene, start);
    let joint = before[before.len().saturating_sub(2)..]
        .iter()
        .copied()
        .chain(words_of(scene.text, start..end).map(|w| &scene.text[w]))
        .any(|w| is_one_of(w, TOGETHER));
    let for_talks = kind == MeetingKind::Host && {
        let after: Vec<&str> = words_of(scene.text, parties_end..scene.sentence.end)
            .take(6)
            .map(|w| &scene.text[w])
            .collect();
        after.first().is_some_and(|w| is_one_of(w, &["for"]))
            && after.iter().any(|w| {
                is_one_of(
                    w,
                    &[
                        "talks",
                        "meeting",
                        "meetings",
                        "discussions",
                        "negotiations",
                    ],
                )
            })
    };
    // "met with Israeli negotiator Livni and her Palestinian counterpart Erekat": the
    // two sides of one table.
    let objects: Vec<&str> = words_of(scene.text, end..parties_end)
        .map(|w| &scene.text[w])
        .collect();
    let counterparts = objects.windows(2).enumerate().any(|(i, pair)| {
        is_one_of(pair[0], &["and"])
            && is_one_of(pair[1], &["his", "her", "their"])
            && objects[i + 2..]
                .iter()
                .take(3)
                .any(|w| is_one_of(w, &["counterpart"]))
    });
    joint || for_talks || counterparts
}

/// Who hosted the meeting of `free[index]` by a host verb right before it ("hosted
/// talks between", "hosts important discussions among": at most two words between):
/// the subject of that verb, or, after "for", the one thanked or praised for hosting.
enum Hosting {
    /// No host verb right before.
    None,
    /// "Qatar hosted talks between ...": the host cue's subject.
    Subject,
    /// "thank the Saudi Kingdom for hosting talks between ...": this mention.
    Thanked(usize),
}

/// Words that thank or praise someone for what follows "for".
const THANKS: &[&str] = &[
    "thank",
    "thanks",
    "thanked",
    "thanking",
    "praised",
    "praise",
    "praises",
    "commended",
    "commend",
    "commends",
    "lauded",
    "applauded",
    "grateful",
];

/// How the meeting of `free[index]` names its host ([`Hosting`]).
fn hosting(scene: &Scene<'_>, free: &[&CueMatch], index: usize, cue_set: &cues::CueSet) -> Hosting {
    if !hosts_right_before(scene, free, index, cue_set) {
        return Hosting::None;
    }
    let host = free[index - 1];
    let text = scene.text;
    let before: Vec<Range<usize>> = words_of(text, scene.sentence.start..host.start).collect();
    if !before
        .last()
        .is_some_and(|w| is_one_of(&text[w.clone()], &["for"]))
    {
        return Hosting::Subject;
    }
    // "thank the Saudi Kingdom for hosting": the last party before "for", a thanks
    // word at most three words before it.
    let for_start = before[before.len() - 1].start;
    let thanked = scene
        .mentions
        .iter()
        .enumerate()
        .rev()
        .find(|(i, m)| m.end <= for_start && scene.roles[*i] != roles::Role::Location);
    match thanked {
        Some((i, m))
            if scene.filler(m.end, for_start, &[])
                && before
                    .iter()
                    .filter(|w| w.end <= m.start)
                    .rev()
                    .take(3)
                    .any(|w| is_one_of(&text[w.clone()], THANKS)) =>
        {
            Hosting::Thanked(i)
        }
        _ => Hosting::None,
    }
}

/// Whether a cue's phrase opens with a verb of hosting ("hosted", "co-hosting").
fn is_host_verb(phrase: &str) -> bool {
    phrase.split_whitespace().next().is_some_and(|w| {
        is_one_of(
            w,
            &[
                "hosted",
                "hosting",
                "hosts",
                "host",
                "co-hosted",
                "co-hosting",
            ],
        )
    })
}

/// Whether the cue before `free[index]` is a host verb right before it ("hosted talks
/// between", "hosts important discussions among", "for hosting talks between"): at most
/// two words between.
fn hosts_right_before(
    scene: &Scene<'_>,
    free: &[&CueMatch],
    index: usize,
    cue_set: &cues::CueSet,
) -> bool {
    let Some(host) = index.checked_sub(1).map(|i| free[i]) else {
        return false;
    };
    is_host_verb(cue_set.phrase(host))
        && host.end <= free[index].start
        && word_count(&scene.text[host.end..free[index].start]) <= 2
}

/// Whether `free[index]` states a meeting in this sentence, how it takes its parties,
/// and which cue names its kind (the meeting noun of a light verb or a relay word).
/// For a relay cue ("with", "between" after a meeting noun), the meeting noun it
/// speaks for: one of the three cues before it, within five filler words in its clause.
fn relay_noun<'c>(scene: &Scene<'_>, free: &[&'c CueMatch], index: usize) -> Option<&'c CueMatch> {
    let cue = free[index];
    let text = scene.text;
    free[..index].iter().rev().take(3).copied().find(|c| {
        c.is(CueKind::Meeting)
            && word_count(&text[c.end..cue.start]) <= 5
            && scene.filler(c.end, cue.start, NOUN_RELATIVE)
            && scene.clauses.at(c.start) == scene.clauses.at(cue.start)
    })
}

/// Words of a relative clause between a meeting noun and its "with": "the call (that)
/// Blinken had with Sisi", "the talks which Hamas held with Israel".
const NOUN_RELATIVE: &[&str] = &["that", "which", "had", "held", "has", "have", "made"];

fn reading<'c>(
    scene: &Scene<'_>,
    free: &[&'c CueMatch],
    index: usize,
    caption: bool,
    headline: bool,
) -> Option<(Reading, &'c CueMatch)> {
    let cue = free[index];
    let text = scene.text;
    // A meeting noun a few words before, past places and times only.
    let noun_before = || relay_noun(scene, free, index);
    if cue.is(CueKind::Met) || cue.is(CueKind::Planned) {
        return Some((Reading::Verb, cue));
    }
    // ", meeting Erdoğan in Ankara": a meeting noun opening a participle clause is a verb.
    let clause = scene.clauses.at(cue.start);
    if cue.is(CueKind::Meeting)
        && scene.clauses.clauses[clause].kind == clauses::ClauseKind::Participle
        && words_of(text, scene.clauses.start(clause)..cue.start).all(|w| &text[w] == ",")
    {
        return Some((Reading::Verb, cue));
    }
    // "we've been meeting", "the two were meeting": "meeting" after a form of "be" is
    // a verb.
    if cue.is(CueKind::Meeting)
        && text[cue.start..cue.end].eq_ignore_ascii_case("meeting")
        && words_of(text, scene.clause_start(cue.start)..cue.start)
            .last()
            .is_some_and(|w| is_one_of(&text[w], BE))
    {
        return Some((Reading::Verb, cue));
    }
    // "enjoyed meeting him", "before meeting Netanyahu": a bare "meeting" with no
    // article or owner, right before a person, is a verb.
    if cue.is(CueKind::Meeting) && text[cue.start..cue.end].eq_ignore_ascii_case("meeting") {
        let bare = words_of(text, scene.clause_start(cue.start)..cue.start)
            .last()
            .is_some_and(|w| {
                let word = &text[w];
                word.starts_with(char::is_lowercase) && !is_one_of(word, DETERMINERS)
            });
        let person_next = words_of(text, cue.end..scene.sentence.end)
            .next()
            .is_some_and(|w| {
                is_one_of(&text[w.clone()], &["him", "her", "them"])
                    || scene.mentions.iter().any(|m| m.start == w.start)
            });
        if bare && person_next {
            return Some((Reading::Verb, cue));
        }
    }
    if cue.is(CueKind::Between) {
        return Some((Reading::Between, cue));
    }
    if cue.is(CueKind::Relay) {
        if let Some(noun) = noun_before() {
            let between = words_of(text, cue.start..cue.end)
                .any(|w| is_one_of(&text[w], &["between", "among"]));
            return Some((
                if between {
                    Reading::Between
                } else {
                    Reading::Verb
                },
                noun,
            ));
        }
    }
    if cue.is(CueKind::Caption) && caption {
        return Some((Reading::Verb, cue));
    }
    // A headline: "Blinken and Jaishankar Before Their Meeting".
    if cue.is(CueKind::Meeting)
        && headline
        && !free
            .iter()
            .any(|c| c.is(CueKind::Met) || c.is(CueKind::Relay))
    {
        return Some((Reading::Joint, cue));
    }
    if cue.is(CueKind::Joint) {
        return Some((Reading::Joint, cue));
    }
    if cue.is(CueKind::Light) {
        // "held a second meeting", "concluded a very productive and significant
        // meeting": a meeting noun within five words.
        // A negation between them ("held indirect talks") cancels it.
        let noun = free[index + 1..].iter().take(2).copied().find(|c| {
            c.is(CueKind::Meeting)
                && (word_count(&text[cue.end..c.start]) <= 4
                    || adjective_list(
                        text,
                        cue.end..c.start,
                        &named_sides(scene, cue.end..c.start),
                    ))
        })?;
        let negated = free[index + 1..]
            .iter()
            .any(|c| c.is(CueKind::Negation) && c.start >= cue.end && c.end <= noun.start);
        // "the recently concluded summit", "the newly opened talks": a participle
        // after a determiner describes the noun; nobody held anything here.
        let before = clause_words_before(scene, cue.start);
        let mut back = before.iter().rev().copied();
        let adjective = match back.next() {
            Some(w) if w.len() > 4 && w.ends_with("ly") => back.next(),
            w => w,
        }
        .is_some_and(|w| is_one_of(w, DETERMINERS));
        return (!negated && !adjective).then_some((Reading::Joint, noun));
    }
    None
}

/// Whether a common noun phrase follows a bare "meet" ending at `cue_end`: "to meet
/// government aims", "meet the families": its object is no one named, so it restates
/// no pair. A time, place or manner ("meet again", "meet in Cairo", "meet soon")
/// is no object.
fn unnamed_object(scene: &Scene<'_>, cue_end: usize) -> bool {
    let text = scene.text;
    let mut after = words_of(text, cue_end..scene.sentence.end).map(|w| &text[w]);
    let (next, then) = (after.next(), after.next());
    // "met a day after ...", "met last week", "met two years ago": a time, no object.
    let time = then.is_some_and(|t| is_one_of(t, TIME_UNITS))
        && next.is_some_and(|n| is_one_of(n, TIME_COUNTS));
    !time
        && next.is_some_and(|next| {
            next.starts_with(char::is_lowercase)
                && !next.ends_with("ly")
                && !is_one_of(next, NO_OBJECT_AFTER_MEET)
        })
}

/// Words that count or place a time after a bare "meet" ("a day after", "last week").
const TIME_COUNTS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "four", "five", "several", "few", "last",
];

/// Units of time: with a [`TIME_COUNTS`] word before them, a time, not an object.
const TIME_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "time",
];

/// Words after a bare "meet" that start no object: adverbs of time and manner,
/// prepositions, and "to" ("agreed to meet again", "meet in person", "meet to discuss").
const NO_OBJECT_AFTER_MEET: &[&str] = &[
    "again",
    "soon",
    "later",
    "today",
    "tomorrow",
    "tonight",
    "next",
    "this",
    "once",
    "twice",
    "often",
    "in",
    "on",
    "at",
    "during",
    "before",
    "after",
    "for",
    "with",
    "to",
    "and",
    "or",
    "but",
    "face-to-face",
    "privately",
    "separately",
    "together",
    "regularly",
    "annually",
    "when",
    "while",
    "as",
    "if",
    "until",
    "since",
    "there",
    "here",
    "about",
    "over",
    "within",
    "ahead",
    "shortly",
    "yet",
    "sometime",
    "early",
    "late",
];

/// Whether `text[gap]` is a determiner and a list of lowercase adjectives ("an
/// interesting, sincere, direct, and useful"): at most five words besides the commas
/// and "and"s, none capitalised. Each of `sides`, names joined by hyphens ("the second
/// U.S.-India-Japan ministerial-level trilateral"), is one adjective.
fn adjective_list(text: &str, gap: Range<usize>, sides: &[Range<usize>]) -> bool {
    let mut content = sides.len();
    for w in words_of(text, gap) {
        if sides
            .iter()
            .any(|side| side.start <= w.start && w.end <= side.end)
        {
            continue;
        }
        let w = &text[w];
        if w == "," || is_one_of(w, &["and"]) {
            continue;
        }
        if !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
        content += 1;
    }
    content <= 5
}

/// The spans inside `gap` of two or more names joined by hyphens ("U.S.-India-Japan"),
/// each from its first name's start to its last name's end.
fn named_sides(scene: &Scene<'_>, gap: Range<usize>) -> Vec<Range<usize>> {
    let text = scene.text;
    let inside: Vec<&ResolvedMention> = scene
        .mentions
        .iter()
        .copied()
        .filter(|m| gap.start <= m.start && m.end <= gap.end)
        .collect();
    let mut sides: Vec<Range<usize>> = Vec::new();
    for pair in inside.windows(2) {
        if !is_hyphen_join(&text[pair[0].end..pair[1].start]) {
            continue;
        }
        match sides.last_mut() {
            Some(side) if side.end == pair[0].end => side.end = pair[1].end,
            _ => sides.push(pair[0].start..pair[1].end),
        }
    }
    sides
}

/// Words that make a following "meeting" a noun.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "your", "my", "first",
    "second", "last", "next", "any", "no", "each", "every",
];

/// Forms of "be" that make a following "meeting" a verb.
const BE: &[&str] = &["been", "are", "were", "is", "was", "am", "be", "'re"];

/// Words that may stand between "A-B" and its meeting noun ("Russia-Ukraine peace
/// talks").
const TALKS_MODIFIERS: &[&str] = &[
    "peace",
    "ceasefire",
    "cease-fire",
    "truce",
    "security",
    "trade",
    "nuclear",
    "strategic",
    "high-level",
    "bilateral",
    "direct",
    "border",
    "hostage",
    "normalization",
    "normalisation",
];

/// Lower-case words of a meeting's level or format that may stand between "A-B" and its
/// meeting noun besides [`TALKS_MODIFIERS`] ("the U.S.-India-Japan ministerial-level
/// trilateral dialogue", "the United States-Japan-Philippines trilateral leaders'
/// summit"). Unlike those, they make no place a party ("the Asia-Pacific ministerial
/// meeting" is a region's).
const LEVEL_MODIFIERS: &[&str] = &[
    "trilateral",
    "quadrilateral",
    "ministerial",
    "ministerial-level",
    "leaders",
    "ministers",
    "'",
    "’",
];

/// Words that may stand in the name of a meeting between its hyphenated parties and
/// its noun besides capitalised words ("the U.S.-Mexico Security Implementation Group
/// meeting", "Defense Ministers' Meeting").
const NAME_JOINERS: &[&str] = &["and", "of", "on", "for", "'", "’", "+"];
/// The most words a meeting's name may have between its parties and its noun.
const MEETING_NAME_WORDS: usize = 6;

/// A meeting noun named after its parties: "Russia-Ukraine peace talks", "the
/// U.S.-Japan-Australia Trilateral Defense Ministers' Meeting".
struct HyphenChain {
    /// The mentions joined by hyphens, in text order; empty where a place is named, and
    /// the name only describes the meeting.
    parties: Vec<usize>,
    /// Capitalised words of a name stand between the parties and the noun.
    named: bool,
}

/// For a meeting noun, the mentions of "A-B [peace] talks" or "A-B-C Trilateral
/// Ministerial Meeting" right before it: two or more parties joined by hyphens, then
/// modifiers of talks or the capitalised words of the meeting's name.
fn hyphen_chain(scene: &Scene<'_>, cue: &CueMatch, gazetteer: &Gazetteer) -> Option<HyphenChain> {
    if !cue.is(CueKind::Meeting) {
        return None;
    }
    let text = scene.text;
    let last = scene.mentions.iter().rposition(|m| m.end <= cue.start)?;
    let joined =
        |x: usize, y: usize| is_hyphen_join(&text[scene.mentions[x].end..scene.mentions[y].start]);
    let mut first = last;
    while first > 0 && joined(first - 1, first) {
        first -= 1;
    }
    if first == last {
        return None;
    }
    let gap: Vec<&str> = words_of(text, scene.mentions[last].end..cue.start)
        .map(|w| &text[w])
        .collect();
    let modifiers = gap.iter().all(|w| is_one_of(w, TALKS_MODIFIERS));
    // Talks modifiers, level words or both: a chain of sides before a meeting noun.
    let level = gap
        .iter()
        .all(|w| is_one_of(w, TALKS_MODIFIERS) || is_one_of(w, LEVEL_MODIFIERS));
    // "the Russia-Ukraine War Summit" would be a topic; a name's words are
    // capitalised and none of them is a conflict.
    let name = !gap.is_empty()
        && gap.len() <= MEETING_NAME_WORDS
        && gap.iter().all(|w| {
            (is_capitalised(w)
                || is_one_of(w, NAME_JOINERS)
                || w.starts_with(|c: char| c.is_ascii_digit()))
                && !is_one_of(w, &["War", "Conflict", "Crisis", "Border", "Dispute"])
        })
        && gap.first().is_some_and(|w| is_capitalised(w));
    // "steps in Russia-Ukraine talks": the hyphen makes a place word a party; in a
    // name, a region or city ("the U.S.-Africa Leaders Summit") is no party.
    let parties = (first..=last).all(|i| {
        matches!(
            scene.roles[i],
            roles::Role::Party | roles::Role::Modifier | roles::Role::Location
        ) && (modifiers || gazetteer.entity(scene.mentions[i].entity).kind != EntityType::Place)
    });
    if level && parties {
        Some(HyphenChain {
            parties: (first..=last).collect(),
            named: false,
        })
    } else if name {
        // A name's parties are never the subject of its noun ("the US-Egyptian
        // Strategic Dialogue with Abdelatty"). Where people of the clause take part
        // ("Blinken will co-chair the US-Egyptian Strategic Dialogue with
        // Abdelatty"), their governments met as well: the readers who annotated the
        // real-news set paired both.
        let parties = if parties {
            (first..=last).collect()
        } else {
            Vec::new()
        };
        Some(HyphenChain {
            parties,
            named: true,
        })
    } else {
        None
    }
}

/// "told Putin in a phone call", "urged Netanyahu during a telephone conversation",
/// "told Blinken during their meeting": for a call or meeting noun after "in",
/// "during" or "on" and an article (no "with", "between" or "of" after it), the
/// people named before it in its clause, when two or more, and the kind of the noun.
fn in_a_call(
    scene: &Scene<'_>,
    free: &[&CueMatch],
    index: usize,
    cue_set: &cues::CueSet,
    gazetteer: &Gazetteer,
) -> Option<(Vec<EntityId>, MeetingKind)> {
    let cue = free[index];
    let text = scene.text;
    let phrase = cue_set.phrase(cue);
    if !cue.is(CueKind::Meeting) {
        return None;
    }
    let kind = match MeetingKind::of_phrase(phrase) {
        _ if phrase.ends_with("conversation") => MeetingKind::Phone,
        kind => kind,
    };
    // "in a meeting of NATO ministers" is a gathering, not the people's meeting.
    if text[cue.end..scene.sentence.end]
        .split_whitespace()
        .next()
        .is_some_and(|w| is_one_of(w, &["of"]))
    {
        return None;
    }
    let mut from = cue.start.saturating_sub(40).max(scene.sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before: Vec<&str> = words_of(text, from..cue.start).map(|w| &text[w]).collect();
    const PREPOSITIONS: &[&str] = &["in", "during", "on", "over"];
    // "A, B and C hold a news conference following an AUKUS defense ministerial
    // meeting", "A and B spoke after talks in Moscow": the people of the clause held
    // the meeting they speak after.
    const AFTER: &[&str] = &["after", "following"];
    // The cue may hold its article ("a meeting").
    let own_article = phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| is_one_of(w, &["a", "an", "the"]));
    // "told Blinken during talks in Cairo": a plural noun needs no article.
    let plural = phrase.split_whitespace().count() == 1
        && is_one_of(
            phrase,
            &[
                "talks",
                "meetings",
                "discussions",
                "consultations",
                "negotiations",
                "conversations",
            ],
        );
    // "thanked Macron after their meeting": the pair's own meeting, at any time.
    let theirs = before.len() >= 2
        && is_one_of(before[before.len() - 1], &["their"])
        && is_one_of(
            before[before.len() - 2],
            &["after", "following", "before", "at"],
        );
    // After a meeting, only a joint subject held it ("Sisi criticized Blinken after a
    // meeting in Cairo" names no one's meeting in particular).
    let after = ((own_article || plural) && before.last().is_some_and(|w| is_one_of(w, AFTER)))
        || before[before.len().saturating_sub(5)..]
            .windows(2)
            .any(|w| is_one_of(w[0], AFTER) && is_one_of(w[1], &["a", "an", "the"]));
    let introduced = theirs
        || ((own_article || plural) && before.last().is_some_and(|w| is_one_of(w, PREPOSITIONS)))
        || before
            .iter()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                is_one_of(w[0], &["a", "an", "the", "their", "his", "her"])
                    && is_one_of(w[1], PREPOSITIONS)
            });
    let relayed = free
        .get(index + 1)
        .is_some_and(|c| c.is(CueKind::Relay) && word_count(&text[cue.end..c.start]) <= 3);
    if !(introduced || after) || relayed {
        return None;
    }
    let candidates = scene.subject_candidates(cue.start, &[]);
    let candidates = if introduced {
        candidates
    } else {
        // The subject stands before "after" ("an AUKUS meeting" names no subject).
        let after_at = words_of(text, from..cue.start)
            .filter(|w| is_one_of(&text[w.clone()], AFTER))
            .last()
            .map_or(cue.start, |w| w.start);
        let before_after: Vec<usize> = candidates
            .into_iter()
            .filter(|&i| scene.mentions[i].end <= after_at)
            .collect();
        scene.coordinated_before(&before_after, false)
    };
    let people: Vec<EntityId> = candidates
        .into_iter()
        .map(|i| scene.mentions[i].entity)
        .filter(|&e| gazetteer.entity(e).kind == EntityType::Person)
        .fold(Vec::new(), |mut people, e| {
            if !people.contains(&e) {
                people.push(e);
            }
            people
        });
    (people.len() >= 2).then_some((people, kind))
}

/// Whether the cue at `pos` is said to be on the phone, in its clause or an opening
/// clause ("spoke to Netanyahu by phone", "During a phone call, A and B discussed").
fn by_phone(scene: &Scene<'_>, pos: usize) -> bool {
    let clause = scene.clauses.at(pos);
    let end = scene.clauses.end_after(pos, scene.sentence.end);
    let mut from = pos.saturating_sub(400).max(scene.sentence.start);
    while !scene.text.is_char_boundary(from) {
        from += 1;
    }
    words_of(scene.text, from..end).any(|w| {
        let in_scope = {
            let c = scene.clauses.at(w.start);
            c == clause || scene.clauses.kind(c) == clauses::ClauseKind::Opener
        };
        in_scope
            && is_one_of(
                &scene.text[w],
                &["phone", "telephone", "videoconference", "video", "call"],
            )
    })
}

/// "called Netanyahu a war criminal", "calls Putin “crazy”": "called" or "calls" with an
/// article, a possessive or a quotation mark right after its object names someone, it
/// is no call.
fn name_calling(scene: &Scene<'_>, phrase: &str, parties_end: usize) -> bool {
    matches!(phrase, "called" | "calls")
        && words_of(scene.text, parties_end..scene.sentence.end)
            .next()
            .is_some_and(|w| {
                is_one_of(
                    &scene.text[w],
                    &[
                        "a", "an", "the", "his", "her", "their", "its", "my", "our", "\"", "“",
                        "'", "‘",
                    ],
                )
            })
}

/// Words after "to", "into" or "as" that name membership of a body ("welcomed Sweden
/// into the alliance", "as a new member").
const MEMBERSHIP: &[&str] = &[
    "alliance",
    "membership",
    "member",
    "members",
    "bloc",
    "fold",
    "club",
    "family",
    "ranks",
];

/// "welcomed Finland to NATO", "will welcome Sierra Leone to the Security Council",
/// "welcomed Sweden into the alliance", "as a new member": countries welcomed to or
/// into a body join it, and nobody visited anyone. Only when every one welcomed is a
/// country (a person "welcomed to NATO" visits its headquarters) and the words after
/// them go on with "to", "into" or "as" and, past articles and "new" or "full", an
/// organization or a word of membership.
fn admission(scene: &Scene<'_>, phrase: &str, objects: &[usize], gazetteer: &Gazetteer) -> bool {
    let welcome = phrase
        .split_whitespace()
        .any(|w| w.starts_with("welcom") || w.starts_with("Welcom"));
    let countries = !objects.is_empty()
        && objects.iter().all(|&i| {
            scene
                .mentions
                .get(i)
                .is_some_and(|m| gazetteer.entity(m.entity).kind == EntityType::Country)
        });
    let Some(last) = objects.last().and_then(|&i| scene.mentions.get(i)) else {
        return false;
    };
    if !welcome || !countries {
        return false;
    }
    let text = scene.text;
    let mut after = words_of(text, last.end..scene.sentence.end);
    if !after
        .next()
        .is_some_and(|w| is_one_of(&text[w], &["to", "into", "as"]))
    {
        return false;
    }
    for w in after.take(4) {
        if let Some(m) = scene.mention_at(w.start) {
            return gazetteer.entity(m.entity).kind == EntityType::Organization;
        }
        let word = &text[w];
        if is_one_of(word, MEMBERSHIP) {
            return true;
        }
        if !is_one_of(word, &["the", "a", "an", "its", "new", "full"]) {
            return false;
        }
    }
    false
}

/// Whether `phrase` is a bare verb of speaking ("spoke", "speaks", "talked"), with
/// nothing after it.
fn is_speech_verb(phrase: &str) -> bool {
    matches!(
        phrase,
        "spoke" | "speak" | "speaks" | "speaking" | "talked" | "talks" | "talk" | "talking"
    )
}

/// Words right after a bare verb of speaking that make it a speech at an event or to
/// an audience ("spoke at", "speaks during", "spoke to reporters", "spoke after").
const SPEECH_EVENT_AFTER: &[&str] = &["at", "during", "to", "before", "after", "outside"];

/// Whether a cue phrase only says that people spoke ("spoke with", "discussed"), in
/// person or not.
fn is_speech(phrase: &str) -> bool {
    phrase.split_whitespace().any(|w| {
        matches!(
            w,
            "raised"
                | "spoke"
                | "speak"
                | "speaks"
                | "spoken"
                | "speaking"
                | "talked"
                | "talking"
                | "talk"
                | "discussed"
                | "discuss"
                | "discusses"
                | "discussing"
                | "raises"
                | "raising"
        )
    })
}

/// A definite title at the head of `words`: "the", then its capitalised words ("acting"
/// read but left out), at most four. Gives the title and the index of the word after it.
fn the_title<'t>(words: &[&'t str]) -> Option<(Vec<&'t str>, usize)> {
    if !words.first().is_some_and(|w| is_one_of(w, &["the"])) {
        return None;
    }
    let mut next = 1;
    let mut title = Vec::new();
    while let Some(&w) = words.get(next) {
        if is_one_of(w, &["acting"]) {
        } else if w.starts_with(char::is_uppercase) || is_one_of(w, LOWER_CASE_TITLES) {
            title.push(w);
        } else {
            break;
        }
        next += 1;
    }
    (!title.is_empty() && title.len() <= 4).then_some((title, next))
}

/// Title words news written in AP style leaves in lower case when no name follows
/// ("the secretary and PNG leaders discussed", "the president met").
const LOWER_CASE_TITLES: &[&str] = &[
    "secretary",
    "president",
    "minister",
    "prime",
    "foreign",
    "defense",
    "defence",
    "chancellor",
    "premier",
];

/// The words of the cue's clause before the cue.
fn clause_words_before<'t>(scene: &Scene<'t>, cue_start: usize) -> Vec<&'t str> {
    let start = scene.clause_start(cue_start);
    words_of(scene.text, start..cue_start)
        .map(|w| &scene.text[w])
        .collect()
}

/// The words of a definite title that is the whole subject before the cue: ["Prime",
/// "Minister"] of "The Prime Minister (also)".
/// A time that opens the clause, with its comma, may stand before the title: "Today, the
/// Special Envoy met ...", "On Monday, the Secretary met ...".
fn definite_title<'t>(scene: &Scene<'t>, cue_start: usize) -> Option<Vec<&'t str>> {
    let before = clause_words_before(scene, cue_start);
    let before = after_time_opener(&before);
    let (title, next) = the_title(before)?;
    before
        .get(next..)?
        .iter()
        .all(|w| is_one_of(w, &["also", "then", "further"]))
        .then_some(title)
}

/// `words` after a time that opens them with its comma ("Today,", "On Monday,", "Earlier
/// this week,"), or all of `words` when no such time opens them.
fn after_time_opener<'a, 't>(words: &'a [&'t str]) -> &'a [&'t str] {
    match words.iter().take(4).position(|w| *w == ",") {
        Some(comma)
            if comma > 0
                && words[..comma]
                    .iter()
                    .all(|w| is_one_of(w, TIME_OPENERS) || is_one_of(w, WEEKDAYS)) =>
        {
            words.get(comma + 1..).unwrap_or(&[])
        }
        _ => words,
    }
}

/// The words of a time that may open a clause before its subject ([`after_time_opener`]),
/// besides [`WEEKDAYS`].
const TIME_OPENERS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "meanwhile",
    "afterwards",
    "subsequently",
    "then",
    "on",
    "this",
    "that",
    "week",
    "day",
    "morning",
    "afternoon",
    "evening",
];

/// The words of a definite title opening the cue's clause as the subject of an earlier
/// verb the cue is coordinated with: ["Secretary"] of "The Secretary noted U.S. support
/// for ... and discussed ...". A lower-case word (the first verb) follows the title,
/// and "and" (past "also", "then") comes right before the cue.
fn coordinated_title<'t>(scene: &Scene<'t>, cue_start: usize) -> Option<Vec<&'t str>> {
    let before = clause_words_before(scene, cue_start);
    let before = after_time_opener(&before);
    let (title, next) = the_title(before)?;
    let predicate = before.get(next..).unwrap_or(&[]);
    let verb = predicate.first().is_some_and(|w| {
        w.starts_with(char::is_lowercase) && !is_one_of(w, &["and", "or", "of", "for"])
    });
    let mut back = predicate
        .iter()
        .rev()
        .skip_while(|w| is_one_of(w, &["also", "then", "later", "further"]));
    let joined = back.next().is_some_and(|w| is_one_of(w, &["and"]));
    (verb && joined && back.next().is_some()).then_some(title)
}

/// Whether the clause of the cue opens with two definite titles joined by "and", each
/// one person of the last meeting: "The Secretary and the minister also discussed ...".
fn two_titles(scene: &Scene<'_>, cue_start: usize) -> bool {
    let before = clause_words_before(scene, cue_start);
    let Some((_, next)) = the_title(&before) else {
        return false;
    };
    let rest = before.get(next + 1..).unwrap_or(&[]);
    let joined = before.get(next).is_some_and(|w| is_one_of(w, &["and"]));
    joined
        && the_title(rest).is_some_and(|(_, after)| {
            rest.get(after..)
                .unwrap_or(&[])
                .iter()
                .all(|w| is_one_of(w, &["also", "then", "further"]))
        })
}

/// Whether the words right before `pos` name a media event ("Joint Press Conference",
/// "a press availability", "News Conference"): what comes "with" it is no meeting.
fn after_media_event(text: &str, sentence_start: usize, pos: usize) -> bool {
    let before: Vec<&str> = words_of(text, sentence_start..pos)
        .map(|w| &text[w])
        .collect();
    matches!(before.as_slice(), [.., first, second]
        if is_one_of(first, &["press", "news", "media"])
            && is_one_of(second, &["conference", "availability", "briefing", "event"]))
}

/// The words of a definite title right after the cue, naming nobody: ["Secretary"] of
/// "met with the Secretary", "a meeting with the Prime Minister on Friday".
fn definite_title_object<'t>(scene: &Scene<'t>, cue_end: usize) -> Option<Vec<&'t str>> {
    let text = scene.text;
    let after: Vec<&str> = words_of(text, cue_end..scene.sentence.end)
        .map(|w| &text[w])
        .skip_while(|w| is_one_of(w, &["with"]))
        .take(8)
        .collect();
    let (title, next) = the_title(&after)?;
    // A name after the title would be the object itself; "of" begins a longer title.
    after
        .get(next)
        .is_none_or(|w| {
            (w.starts_with(char::is_lowercase) && !is_one_of(w, &["of", "for"]))
                || matches!(*w, "." | "," | ";" | "!" | "?")
        })
        .then_some(title)
}

/// The words of a definite title opening the cue's subject and joined to it by "and":
/// ["Secretary"] of "The Secretary and Foreign Minister Shoukry discussed", "...
/// this year—the Vice President and President Tinubu discussed", "“The secretary and
/// Indonesian officials discussed". The title opens the clause or follows a dash, a
/// colon, a semicolon or an opening quote.
fn title_and<'t>(scene: &Scene<'t>, cue_start: usize) -> Option<Vec<&'t str>> {
    let before = clause_words_before(scene, cue_start);
    (0..before.len()).rev().find_map(|at| {
        if at > 0 && !is_one_of(before[at - 1], SUBJECT_OPENERS) {
            return None;
        }
        let (title, next) = the_title(&before[at..])?;
        before
            .get(at + next)
            .is_some_and(|w| is_one_of(w, &["and"]))
            .then_some(title)
    })
}

/// The country of a group that names nobody right before the cue: Indonesia of
/// "Indonesian officials discussed", "Indonesian leaders also discussed".
fn country_group_subject(
    scene: &Scene<'_>,
    cue_start: usize,
    gazetteer: &Gazetteer,
) -> Option<EntityId> {
    let clause_start = scene.clause_start(cue_start);
    let m = scene
        .mentions
        .iter()
        .rev()
        .find(|m| m.end <= cue_start && m.start >= clause_start)?;
    let text = scene.text;
    let mut after = words_of(text, m.end..cue_start).map(|w| &text[w]);
    let group = after.next().is_some_and(|w| is_one_of(w, COUNTED_GROUPS));
    let adverbs = after.all(|w| is_one_of(w, &["also", "then", "further"]));
    (group && adverbs && gazetteer.entity(m.entity).kind == EntityType::Country).then_some(m.entity)
}

/// Marks after which a subject may open inside a clause: dashes, a colon, a semicolon,
/// an opening quote.
const SUBJECT_OPENERS: &[&str] = &["—", "–", "--", ":", ";", "\"", "“"];

/// The words of a definite title that owns the cue's meeting noun: ["President"] of
/// "Readout of the President's Call with ...", ["Secretary"] of "the Secretary's
/// meeting with ...". At most two words (no name) stand between the "'s" and the cue.
fn possessive_title<'t>(scene: &Scene<'t>, cue_start: usize) -> Option<Vec<&'t str>> {
    let before = clause_words_before(scene, cue_start);
    let at = before.iter().rposition(|w| is_one_of(w, &["the"]))?;
    let (title, next) = the_title(&before[at..])?;
    let (owner, modifiers) = before[at + next..].split_first()?;
    (is_one_of(owner, words::POSSESSIVE)
        && modifiers.len() <= 2
        && modifiers.iter().all(|w| w.chars().all(char::is_alphabetic)))
    .then_some(title)
}

/// Whether the speaker joins the subject before the cue in its clause: "Secretary
/// Blinken and I", "I and the minister".
fn and_i(scene: &Scene<'_>, cue_start: usize) -> bool {
    clause_words_before(scene, cue_start)
        .windows(2)
        .any(|pair| matches!(pair, ["and", "I"] | ["I", "and"]))
}

/// Whether the words before the cue in its clause are a plural subject that names no
/// party: "they", "the two (sides)", "both", or two titles joined by "and".
fn plural_subject(scene: &Scene<'_>, cue_start: usize) -> bool {
    let before = clause_words_before(scene, cue_start);
    // "The Secretary and the minister": a title news leaves in lower case is a title too.
    let titled_and = before.iter().any(|w| is_one_of(w, &["and"]))
        && before.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || is_one_of(w, &["and", "the", "also", "then", "later", "further"])
                || is_one_of(w, LOWER_CASE_TITLES)
        });
    // The subject opens the clause: "The two leaders marked ..., and discussed".
    titled_and
        || before.iter().take(4).any(|w| {
            is_one_of(
                w,
                &[
                    "they",
                    "both",
                    "two",
                    "sides",
                    "leaders",
                    "ministers",
                    "officials",
                    "presidents",
                    "secretaries",
                    "counterparts",
                    "pair",
                    "duo",
                ],
            )
        })
}

/// Whether a meeting's parties are given as a count of two people: "talks between
/// the two leaders", "a conversation between the two men", "between both sides".
fn between_counted_pair(scene: &Scene<'_>, cue: &CueMatch, cue_set: &cues::CueSet) -> bool {
    let text = scene.text;
    let mut after = words_of(text, cue.end..scene.sentence.end).map(|w| &text[w]);
    let relayed = cue_set.phrase(cue).ends_with("between")
        || (cue.is(CueKind::Meeting) && after.next().is_some_and(|w| is_one_of(w, &["between"])));
    if !relayed {
        return false;
    }
    let group = |w: &str| is_one_of(w, COUNTED_GROUPS);
    match (after.next(), after.next(), after.next()) {
        (Some(the), Some(two), Some(g)) if is_one_of(the, &["the"]) && is_one_of(two, &["two"]) => {
            group(g)
        }
        (Some(both), Some(g), _) if is_one_of(both, &["both"]) => group(g),
        _ => false,
    }
}

/// Whether a meeting verb has a count of two right before it as its subject: "the two
/// met", "the two leaders spoke", "both men had talked", "the pair met".
fn counted_verb_subject(scene: &Scene<'_>, cue: &CueMatch, cue_set: &cues::CueSet) -> bool {
    if !(cue.is(CueKind::Met) || cue.is(CueKind::Joint)) {
        return false;
    }
    // The verb's own words only: "the two met", not "the two met with X".
    let verb = cue_set.phrase(cue);
    if verb.split_whitespace().count() != 1 {
        return false;
    }
    let before = clause_words_before(scene, cue.start);
    let mut back = before.iter().rev().copied().skip_while(|w| {
        is_one_of(
            w,
            &["also", "had", "have", "first", "last", "later", "then"],
        )
    });
    let group = |w: &str| is_one_of(w, COUNTED_GROUPS);
    let the = |w: Option<&str>| w.is_some_and(|w| is_one_of(w, &["the"]));
    let (last, second, third) = (back.next(), back.next(), back.next());
    match last {
        Some(w) if is_one_of(w, &["two", "pair", "duo"]) => the(second),
        Some(g) if group(g) => {
            second.is_some_and(|w| is_one_of(w, &["both"]))
                || (second.is_some_and(|w| is_one_of(w, &["two"])) && the(third))
        }
        _ => false,
    }
}

/// The people that may meet named in the sentence before `pos`, each once, in order.
fn people_before(scene: &Scene<'_>, pos: usize, gazetteer: &Gazetteer) -> Vec<EntityId> {
    let mut people: Vec<EntityId> = Vec::new();
    for (m, role) in scene.mentions.iter().zip(&scene.roles) {
        if m.end <= pos
            && gazetteer.entity(m.entity).kind == EntityType::Person
            && role.may_meet()
            && !people.contains(&m.entity)
        {
            people.push(m.entity);
        }
    }
    people
}

/// Whether the clause of the cue opens with a noun phrase that stands for the last pair:
/// a count of two ([`counts_two`]: "The two leaders", "Both officials"), two titles
/// ([`two_titles`]: "The Secretary and the minister") or "the" and a group noun ("The
/// leaders").
fn counted_pair(scene: &Scene<'_>, cue_start: usize) -> bool {
    let text = scene.text;
    let mut first = words_of(text, scene.clause_start(cue_start)..cue_start).map(|w| &text[w]);
    counts_two(scene, cue_start)
        || two_titles(scene, cue_start)
        || matches!((first.next(), first.next()), (Some(the), Some(group))
            if is_one_of(the, &["the"]) && is_one_of(group, COUNTED_GROUPS))
}

/// Whether the clause of the cue opens with a count of two people ("The two leaders",
/// "Both men", "The two"), not a bare plural ("The leaders").
fn counts_two(scene: &Scene<'_>, cue_start: usize) -> bool {
    let start = scene.clause_start(cue_start);
    words_of(scene.text, start..cue_start)
        .take(3)
        .any(|w| is_one_of(&scene.text[w], &["two", "both", "pair", "duo"]))
}

/// Plural nouns that, counted ("the two leaders", "between both sides") or after "the"
/// opening a clause, stand for the people of the last meeting.
const COUNTED_GROUPS: &[&str] = &[
    "leaders",
    "officials",
    "ministers",
    "sides",
    "presidents",
    "secretaries",
    "men",
    "women",
    "diplomats",
];

/// Words that may open a title naming nobody: articles, possessives and ranks.
const TITLE_LEAD: &[&str] = &[
    "a", "an", "the", "that", "his", "her", "their", "its", "top", "special", "senior", "chief",
];

/// A title that names nobody, read word by word from `from`: lead words, a country or
/// demonym, then a title cue or "counterpart" ("A U.S. envoy", "his Chinese
/// counterpart"). Gives the title's words (none for "counterpart", which any role
/// fits), the country, and where the title ends. A person named on the way is no
/// unnamed title.
fn unnamed_title<'t>(
    scene: &Scene<'t>,
    from: usize,
    to: usize,
    cue_set: &'t cues::CueSet,
    gazetteer: &Gazetteer,
) -> Option<(Vec<&'t str>, Option<EntityId>, usize)> {
    let text = scene.text;
    let mut country = None;
    let mut covered = from;
    for w in words_of(text, from..to).take(8) {
        if w.start < covered {
            continue;
        }
        let word = &text[w.clone()];
        if let Some(m) = scene.mention_at(w.start) {
            let entity = m.entity;
            if gazetteer.entity(entity).kind == EntityType::Person {
                return None;
            }
            country = Some(entity);
            covered = m.end;
        } else if is_one_of(word, &["counterpart", "counterparts"]) {
            return country.map(|c| (Vec::new(), Some(c), w.end));
        } else if is_one_of(word, &["country", "kingdom"]) && country.is_none() {
            // "that country's defense minister": the country named last before it.
            country = Some(
                scene
                    .mentions
                    .iter()
                    .rev()
                    .find(|m| {
                        m.end <= w.start
                            && m.start >= scene.sentence.start
                            && gazetteer.entity(m.entity).kind == EntityType::Country
                    })?
                    .entity,
            );
        } else if country.is_some() && is_one_of(word, words::POSSESSIVE) {
            // The "'s" of "country's".
        } else if let Some(title) = scene
            .cues
            .iter()
            .find(|c| c.start == w.start && c.is(CueKind::Title))
        {
            let words: Vec<&str> = cue_set.phrase(title).split_whitespace().collect();
            return Some((words, country, title.end));
        } else if !is_one_of(word, TITLE_LEAD) {
            return None;
        }
    }
    None
}

/// The first person among `ids`: whose office "his counterpart" shares.
fn first_person(ids: &[EntityId], gazetteer: &Gazetteer) -> Option<EntityId> {
    ids.iter()
        .copied()
        .find(|&id| gazetteer.entity(id).kind == EntityType::Person)
}

/// The countries of plural counterparts right after the cue: "his Ukrainian and British
/// counterparts", "counterparts from Australia, Japan, and the Philippines" (two or
/// more countries, joined by commas and "and"; no name after them), and where the
/// phrase ends.
fn plural_counterparts(
    scene: &Scene<'_>,
    cue_end: usize,
    gazetteer: &Gazetteer,
) -> Option<(Vec<EntityId>, usize)> {
    let text = scene.text;
    let mut countries: Vec<EntityId> = Vec::new();
    let mut covered = cue_end;
    let mut seen_counterparts = false;
    let mut after_from = false;
    let mut end = cue_end;
    for w in words_of(text, cue_end..scene.sentence.end).take(16) {
        if w.start < covered {
            continue;
        }
        let word = &text[w.clone()];
        if let Some(m) = scene.mention_at(w.start) {
            let kind = gazetteer.entity(m.entity).kind;
            if kind != EntityType::Country || (seen_counterparts && !after_from) {
                break;
            }
            countries.push(m.entity);
            covered = m.end;
            end = m.end;
        } else if is_one_of(word, &["counterparts"]) && !seen_counterparts {
            seen_counterparts = true;
            end = w.end;
        } else if seen_counterparts && !after_from && countries.is_empty() && word == "from" {
            after_from = true;
        } else if !is_one_of(word, &[",", "and", "the", "his", "her", "their", "its"]) {
            break;
        }
    }
    countries.dedup();
    (seen_counterparts && countries.len() >= 2).then_some((countries, end))
}

/// An unnamed title subject of the cue: the clause opens with it, and only lowercase
/// words (an auxiliary: "was expected to") stand between it and the cue. With its
/// title's words, its country and its span.
fn title_subject<'t>(
    scene: &Scene<'t>,
    cue_start: usize,
    cue_set: &'t cues::CueSet,
    gazetteer: &Gazetteer,
) -> Option<(Vec<&'t str>, Option<EntityId>, Range<usize>)> {
    let start = after_connective(scene, scene.clause_start(cue_start), cue_start);
    let (title, country, end) = unnamed_title(scene, start, cue_start, cue_set, gazetteer)?;
    let gap: Vec<&str> = words_of(scene.text, end..cue_start)
        .map(|w| &scene.text[w])
        .collect();
    // A headline capitalises its verbs: "Afghan President Makes Rare Phone Call To ...".
    let verb = |w: &&str| {
        w.starts_with(char::is_lowercase)
            || (w.starts_with(char::is_uppercase)
                && is_caption_like(scene.text, scene.sentence.clone()))
    };
    (gap.len() <= 4 && gap.iter().all(verb))
        .then(|| (title, country, phrase_after(scene.text, start, end)))
}

/// Where a clause's subject starts after a connective that opens it ("But the top U.S.
/// diplomat ...", "Meanwhile, the envoy ..."): `start` itself when there is none.
fn after_connective(scene: &Scene<'_>, start: usize, cue_start: usize) -> usize {
    let text = scene.text;
    let mut words = words_of(text, start..cue_start);
    match words.next() {
        Some(w)
            if is_one_of(
                &text[w.clone()],
                &["but", "and", "then", "meanwhile", "later", "yet", "so"],
            ) =>
        {
            words
                .next()
                .filter(|c| &text[c.clone()] == ",")
                .map_or(w.end, |c| c.end)
        }
        _ => start,
    }
}

/// An unnamed title object of the cue ending at `cue_end`, with no name after it
/// ("met his Chinese counterpart in Singapore", not "... counterpart, Dong Jun").
fn title_object<'t>(
    scene: &Scene<'t>,
    cue_end: usize,
    cue_set: &'t cues::CueSet,
    gazetteer: &Gazetteer,
) -> Option<(Vec<&'t str>, Option<EntityId>, usize)> {
    let (title, country, end) =
        unnamed_title(scene, cue_end, scene.sentence.end, cue_set, gazetteer)?;
    let next = words_of(scene.text, end..scene.sentence.end)
        .map(|w| &scene.text[w])
        .find(|w| *w != ",");
    next.is_none_or(|w| !w.starts_with(char::is_uppercase))
        .then_some((title, country, end))
}

/// A headline's plural title right after the cue, ending it, that names nobody:
/// "Meeting With Transatlantic Quint Foreign Ministers" (capitalised words of a
/// format before a group cue of two words or more, ending in a plural). Gives the
/// title's words, singular ("foreign", "minister").
fn group_title_object<'t>(
    scene: &Scene<'t>,
    cue_end: usize,
    cue_set: &'t cues::CueSet,
) -> Option<Vec<&'t str>> {
    let text = scene.text;
    let end = text[..scene.sentence.end].trim_end().len();
    for w in words_of(text, cue_end..end).take(8) {
        if scene.mention_at(w.start).is_some() {
            return None;
        }
        if let Some(group) = scene
            .cues
            .iter()
            .find(|c| c.start == w.start && c.is(CueKind::Group))
        {
            let words: Vec<&str> = cue_set.phrase(group).split_whitespace().collect();
            let last = words.last()?.strip_suffix('s')?;
            let rest = text.get(group.end..end)?;
            return (words.len() >= 2 && rest.trim().is_empty()).then(|| {
                let mut title = words[..words.len() - 1].to_vec();
                title.push(last);
                title
            });
        }
        let word = &text[w.clone()];
        if !word.starts_with(char::is_uppercase) || is_one_of(word, &["and", "of", "the"]) {
            return None;
        }
    }
    None
}

/// The words of `text[from..end]`, without the spaces before them: the phrase that
/// stands for an unnamed party ("his Ukrainian counterpart").
fn phrase_after(text: &str, from: usize, end: usize) -> Range<usize> {
    let start = from + (text[from..end].len() - text[from..end].trim_start().len());
    start..end
}

/// Whether a meeting noun opens its clause as "The meeting(s)" (no owner, no party
/// before it).
fn the_meeting_opens(scene: &Scene<'_>, noun: &CueMatch) -> bool {
    let start = scene.clause_start(noun.start);
    let mut before = words_of(scene.text, start..noun.start).map(|w| &scene.text[w]);
    matches!((before.next(), before.next()), (Some(the), None) if is_one_of(the, &["the"]))
}

/// Whether the meeting noun `noun` opens its clause after a determiner ("The
/// discussion included ...", "This meeting was ...", "The two-hour talks were ...",
/// "The warmth of that meeting, ..."),
/// is followed by a verb rather than by its parties ("The meeting with X", "the
/// meeting of NATO ministers"), and its clause names no party.
fn anaphoric_meeting(scene: &Scene<'_>, noun: &CueMatch) -> bool {
    if !noun.is(CueKind::Meeting) {
        return false;
    }
    let text = scene.text;
    let start = scene.clause_start(noun.start);
    let before: Vec<&str> = words_of(text, start..noun.start)
        .map(|w| &text[w])
        .collect();
    let opens = before
        .first()
        .is_some_and(|w| is_one_of(w, &["the", "this", "that"]))
        && before.len() <= 2
        && before[1..]
            .iter()
            .all(|w| w.starts_with(char::is_lowercase));
    // "The warmth of that meeting, ...", "The tone of the talks was ...".
    let quality_of = matches!(before.as_slice(), [the, quality, of, that]
        if is_one_of(the, &["the"])
            && quality.starts_with(char::is_lowercase)
            && is_one_of(of, &["of"])
            && is_one_of(that, &["the", "this", "that"]));
    let next = words_of(text, noun.end..scene.sentence.end)
        .map(|w| &text[w])
        .next();
    let verb_follows = next.is_some_and(|w| {
        w.starts_with(char::is_lowercase)
            && !is_one_of(
                w,
                &[
                    "of", "with", "between", "among", "amongst", "in", "on", "at", "and", "by",
                ],
            )
    });
    let end = scene.clauses.end_after(noun.start, scene.sentence.end);
    let names_party = scene
        .mentions
        .iter()
        .zip(&scene.roles)
        .any(|(m, role)| m.start >= start && m.end <= end && role.may_meet());
    ((opens && verb_follows) || (quality_of && (verb_follows || next == Some(",")))) && !names_party
}

/// Whether the meeting noun `noun` opens a sentence that names no party as "During
/// their discussion,", "In their meeting,", "After her call,": the meeting of the
/// pair named last.
fn their_meeting_opener(scene: &Scene<'_>, noun: &CueMatch) -> bool {
    opening_meeting(
        scene,
        noun,
        &["during", "in", "at", "after", "following", "throughout"],
        &["their", "his", "her"],
    ) && !scene.roles.iter().any(|role| role.may_meet())
}

/// Whether the meeting noun `noun` opens its sentence after one of `prepositions` and
/// one of `determiners`, a comma right after it ("During the meeting,").
fn opening_meeting(
    scene: &Scene<'_>,
    noun: &CueMatch,
    prepositions: &[&str],
    determiners: &[&str],
) -> bool {
    if !noun.is(CueKind::Meeting) {
        return false;
    }
    let text = scene.text;
    let mut before = words_of(text, scene.sentence.start..noun.start).map(|w| &text[w]);
    matches!((before.next(), before.next(), before.next()), (Some(prep), Some(determiner), None)
        if is_one_of(prep, prepositions) && is_one_of(determiner, determiners))
        && text[noun.end..].trim_start().starts_with(',')
}

/// The joint subject after a sentence-opening "During the meeting," (or "their",
/// "this"; "in", "at", "throughout" too) or an opening participle "Meeting in Nanjing,":
/// two or more parties joined by "and" right after the comma, titles and commas
/// between them ("During the meeting, Secretary Blinken and Chairperson Faki reaffirmed
/// ...", "Meeting in Amman, Shoukry and Safadi both called ..."). They are the meeting's
/// parties.
fn meeting_opener_subjects(scene: &Scene<'_>, noun: &CueMatch) -> Option<Vec<usize>> {
    let prepositions = ["during", "in", "at", "throughout"];
    let text = scene.text;
    let comma = if opening_meeting(scene, noun, &prepositions, &["the", "their", "this"]) {
        noun.end + text[noun.end..].find(',')?
    } else {
        opening_participle(scene, noun)?
    };
    let mut subjects: Vec<usize> = Vec::new();
    let mut pos = comma + 1;
    let mut joined = false;
    for (i, m) in scene.mentions.iter().enumerate() {
        if m.start < pos || !scene.roles[i].may_meet() {
            continue;
        }
        let gap: Vec<&str> = words_of(text, pos..m.start).map(|w| &text[w]).collect();
        if !scene.filler(pos, m.start, &[",", "and"]) {
            break;
        }
        if !subjects.is_empty() && !gap.iter().any(|w| is_one_of(w, &["and", ","])) {
            break;
        }
        joined |= gap.iter().any(|w| is_one_of(w, &["and"]));
        subjects.push(i);
        pos = m.end;
    }
    subjects.dedup_by_key(|&mut i| scene.mentions[i].entity);
    (subjects.len() >= 2 && joined).then_some(subjects)
}

/// Prepositions that may follow an opening participle "Meeting": where, when, for
/// what ("Meeting in Nanjing,", "Meeting on Monday,", "Meeting for the first time,").
const PARTICIPLE_TAIL: &[&str] = &["in", "at", "on", "for", "during", "amid", "after"];

/// The comma that closes a sentence-opening participle "Meeting" with no party of its
/// own ("Meeting in Nanjing amid warming ties, ..."): the sentence's first word, then a
/// place, a time or a purpose up to the comma, at most twelve words. `None` when the
/// opener names a party ("Meeting with Sisi, ..." has its object) or is no participle.
fn opening_participle(scene: &Scene<'_>, noun: &CueMatch) -> Option<usize> {
    let text = scene.text;
    let first = words_of(text, scene.sentence.clone()).next()?;
    if !noun.is(CueKind::Meeting)
        || first.start != noun.start
        || first.end != noun.end
        || &text[first] != "Meeting"
    {
        return None;
    }
    let comma = noun.end + text[noun.end..scene.sentence.end].find(',')?;
    let mut tail = words_of(text, noun.end..comma).map(|w| &text[w]);
    let named = scene
        .mentions
        .iter()
        .zip(&scene.roles)
        .any(|(m, role)| m.start >= noun.end && m.end <= comma && role.may_meet());
    (tail.next().is_some_and(|w| is_one_of(w, PARTICIPLE_TAIL)) && tail.count() < 12 && !named)
        .then_some(comma)
}

/// Verbs by which the subject of a sentence opened by a meeting addresses the person
/// right after ("In a call, Biden urged Netanyahu ...").
const ADDRESSING: &[&str] = &[
    "told",
    "urged",
    "pressed",
    "assured",
    "reassured",
    "thanked",
    "asked",
    "briefed",
    "informed",
    "reminded",
    "congratulated",
    "invited",
    "encouraged",
    "cautioned",
];

/// Verbs that address the person after "to" ("stressed to Netanyahu").
const ADDRESSING_TO: &[&str] = &[
    "stressed",
    "reiterated",
    "conveyed",
    "emphasized",
    "emphasised",
    "underscored",
    "expressed",
];

/// Words that may stand between a subject and its addressing verb.
const BEFORE_ADDRESSING: &[&str] = &["also", "again", "then", "later", "personally", "directly"];

/// Words a meeting opener may hold between its noun and its comma: places and times
/// ("In a phone call on Tuesday,", "During a meeting in Cairo last week,").
const OPENER_TAIL: &[&str] = &[
    "on",
    "in",
    "at",
    "last",
    "this",
    "early",
    "late",
    "week",
    "month",
    "morning",
    "afternoon",
    "evening",
    "night",
    "earlier",
    "today",
    "yesterday",
];

/// The subject and the person addressed after a sentence-opening meeting noun with
/// no party of its own: "In a phone call on Tuesday, Biden urged Netanyahu ...",
/// "During a meeting in Cairo, Blinken told Foreign Minister Shoukry ...", "In their
/// call, ...". Both are people; the subject opens the clause after the comma (titles
/// before it), an addressing verb follows it, and the one addressed comes right after
/// (titles between).
fn meeting_opener_address(
    scene: &Scene<'_>,
    noun: &CueMatch,
    gazetteer: &Gazetteer,
) -> Option<(usize, usize)> {
    if !noun.is(CueKind::Meeting) {
        return None;
    }
    let text = scene.text;
    // The opener: a preposition, a determiner, at most three lower-case modifiers.
    let mut before = words_of(text, scene.sentence.start..noun.start).map(|w| &text[w]);
    let opens = before
        .next()
        .is_some_and(|w| is_one_of(w, &["in", "during", "at", "over"]))
        && before
            .next()
            .is_some_and(|w| is_one_of(w, &["a", "an", "the", "their", "this", "his", "her"]));
    let mut modifiers = 0;
    for w in before {
        modifiers += 1;
        if modifiers > 3 || !w.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
    }
    if !opens {
        return None;
    }
    // Its tail up to the comma: places and times only, no party.
    let comma = noun.end + text[noun.end..scene.sentence.end].find(',')?;
    let tail_ok = words_of(text, noun.end..comma).take(9).count() <= 8
        && words_of(text, noun.end..comma).all(|w| {
            let word = &text[w];
            is_capitalised(word)
                || is_one_of(word, OPENER_TAIL)
                || word.chars().all(|c| c.is_ascii_digit())
        })
        && !scene
            .mentions
            .iter()
            .zip(&scene.roles)
            .any(|(m, role)| m.start >= noun.end && m.end <= comma && role.may_meet());
    if !tail_ok {
        return None;
    }
    let person = |i: usize| {
        scene.roles[i].may_meet()
            && gazetteer.entity(scene.mentions[i].entity).kind == EntityType::Person
    };
    // Affiliations of titles ("Israeli" of "Israeli Prime Minister") are passed over.
    let party_from = |from: usize| {
        (0..scene.mentions.len())
            .find(|&i| scene.mentions[i].start >= from && scene.roles[i].may_meet())
    };
    let subject = party_from(comma + 1)?;
    if !person(subject) || !scene.filler(comma + 1, scene.mentions[subject].start, &[]) {
        return None;
    }
    let after_subject = scene.mentions[subject].end;
    let addressed = party_from(after_subject)?;
    let object = scene.mentions[addressed];
    // The verb, past "also" and the like; a "to" form's "to" right after it.
    let mut gap = words_of(text, after_subject..object.start)
        .skip_while(|w| is_one_of(&text[w.clone()], BEFORE_ADDRESSING));
    let verb = gap.next()?;
    let object_from = if is_one_of(&text[verb.clone()], ADDRESSING) {
        verb.end
    } else if is_one_of(&text[verb.clone()], ADDRESSING_TO) {
        gap.next()
            .filter(|to| is_one_of(&text[to.clone()], &["to"]))?
            .end
    } else {
        return None;
    };
    (person(addressed)
        && scene.mentions[addressed].entity != scene.mentions[subject].entity
        && scene.filler(object_from, object.start, &[]))
    .then_some((subject, addressed))
}

/// Whether "among" or "amongst" follows the cue within three words: the speaker's
/// "we" is a group ("we will discuss amongst the 32"), not the one spoken to.
fn among_many(scene: &Scene<'_>, cue_end: usize) -> bool {
    words_of(scene.text, cue_end..scene.sentence.end)
        .take(3)
        .any(|w| is_one_of(&scene.text[w], &["among", "amongst"]))
}

/// Whether the meeting noun at `noun_start` is named for a body or a format ("a NAC
/// meeting", "the Quad meeting"): a capitalised word right before it, not opening
/// the sentence. Such a meeting has many members, not the speaker's pair.
fn institutional(scene: &Scene<'_>, noun_start: usize) -> bool {
    let text = scene.text;
    let mut from = noun_start.saturating_sub(64).max(scene.sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let opening = from == scene.sentence.start;
    let before: Vec<_> = words_of(text, from..noun_start).collect();
    // "SECRETARY BLINKEN: We discussed": a pronoun names no body.
    (before.len() >= 2 || !opening)
        && before.last().is_some_and(|w| {
            let word = &text[w.clone()];
            is_capitalised(word) && !is_one_of(word, &["i", "we", "they", "you", "he", "she", "it"])
        })
}

/// Whether the meeting noun of `cue` is a gathering of many ("the leaders meeting that
/// we're preparing", "the first day of our summit"), not the meeting of two.
fn gathering(scene: &Scene<'_>, cue: &CueMatch, before: &[&str]) -> bool {
    before
        .last()
        .is_some_and(|w| is_one_of(w, &["leaders", "leaders'", "leaders’", "ministerial"]))
        || words_of(scene.text, cue.start..cue.end)
            .any(|w| is_one_of(&scene.text[w], &["summit", "summits"]))
}

/// Whether "we" or "our" stands before the cue in its clause, outside a quote.
fn first_plural(scene: &Scene<'_>, cue_start: usize) -> bool {
    let clause = scene.clauses.at(cue_start);
    let start = scene.clause_start(cue_start);
    scene.clauses.clauses[clause].kind != clauses::ClauseKind::Quote
        && words_of(scene.text, start..cue_start).any(|w| is_one_of(&scene.text[w], FIRST_PLURAL))
}

/// Words between "thanked X for" and "hospitality": determiners and kind adjectives.
const HOSPITALITY_LEAD: &[&str] = &[
    "the",
    "his",
    "her",
    "their",
    "its",
    "your",
    "warm",
    "gracious",
    "generous",
    "kind",
    "great",
    "wonderful",
    "and",
];

/// For a hospitality cue ("warm hospitality", or "hosting" followed by whom it hosted,
/// a pronoun): "A thanked B for (his warm) hospitality" or "A thanked B for hosting
/// him": the guests (A and the parties coordinated with it, or the person "he" stands
/// for) and the hosts (the parties thanked).
fn thanked_for(
    scene: &Scene<'_>,
    cue: &CueMatch,
    gazetteer: &Gazetteer,
    discourse: &Discourse,
) -> Option<(Vec<EntityId>, Vec<EntityId>)> {
    let text = scene.text;
    let hosting = text[cue.start..cue.end].eq_ignore_ascii_case("hosting");
    if hosting {
        // "for hosting him", "for hosting them in Tokyo", not "for hosting the talks".
        let next = words_of(text, cue.end..scene.sentence.end)
            .map(|w| &text[w])
            .next();
        if !next.is_none_or(|w| {
            is_one_of(w, &["him", "her", "them", "us", "me", "."]) || is_punctuation(w)
        }) {
            return None;
        }
    }
    let before: Vec<Range<usize>> = words_of(text, scene.sentence.start..cue.start).collect();
    let mut back = before.iter().rev();
    let for_word = back
        .find(|w| !is_one_of(&text[(*w).clone()], HOSPITALITY_LEAD))
        .filter(|w| is_one_of(&text[(*w).clone()], &["for"]))?;
    let thank = before
        .iter()
        .rev()
        .skip_while(|w| w.start >= for_word.start)
        .take(12)
        .find(|w| {
            is_one_of(
                &text[(*w).clone()],
                &["thank", "thanked", "thanks", "thanking"],
            )
        })?;
    let hosts: Vec<EntityId> = scene
        .mentions
        .iter()
        .zip(&scene.roles)
        .filter(|(m, role)| m.start >= thank.end && m.end <= for_word.start && role.may_meet())
        .map(|(m, _)| m.entity)
        .collect();
    if hosts.is_empty() {
        return None;
    }
    let candidates = scene.subject_candidates(thank.start, &[]);
    let guests: Vec<EntityId> = if candidates.is_empty() {
        pronoun_before(scene, thank.start, None)
            .then(|| resolve_pronoun(scene, thank.start, gazetteer, discourse))
            .flatten()
            .into_iter()
            .collect()
    } else {
        scene
            .coordinated_before(&candidates, false)
            .into_iter()
            .map(|i| scene.mentions[i].entity)
            .collect()
    };
    (!guests.is_empty()).then_some((guests, hosts))
}

/// Whether the cue's clause speaks of "our" countries or their leaders before it ("our
/// heads of state held ...", "our two nations have met"): the sides, not the speakers.
fn our_countries(scene: &Scene<'_>, cue_start: usize) -> bool {
    let start = scene.clause_start(cue_start);
    let before: Vec<&str> = words_of(scene.text, start..cue_start)
        .map(|w| &scene.text[w])
        .collect();
    before.iter().enumerate().any(|(i, w)| {
        is_one_of(w, &["our"])
            && before[i + 1..].iter().take(3).any(|n| {
                is_one_of(
                    n,
                    &[
                        "countries",
                        "nations",
                        "heads",
                        "leaders",
                        "governments",
                        "presidents",
                        "peoples",
                        "militaries",
                        "kings",
                    ],
                )
            })
    })
}

/// Whether a person pronoun ("he", "his") stands after the last candidate subject and
/// before the cue, in the cue's clause.
fn pronoun_before(scene: &Scene<'_>, cue_start: usize, last_candidate: Option<usize>) -> bool {
    let clause = scene.clauses.at(cue_start);
    let from = last_candidate.map_or(scene.clause_start(cue_start), |i| scene.mentions[i].end);
    words_of(scene.text, from..cue_start).any(|w| {
        let word = &scene.text[w.clone()];
        scene.clauses.at(w.start) == clause
            && (is_one_of(word, PERSON_PRONOUNS)
                || is_one_of(word, PERSON_POSSESSIVES)
                || is_one_of(word, GROUP_PRONOUNS))
    }) || first_person_in(scene.text, from..cue_start)
}

/// Whether the speaker is named in `range`: "I", "my", or the "me" of "let me".
fn first_person_in(text: &str, range: Range<usize>) -> bool {
    let mut previous = "";
    words_of(text, range).any(|w| {
        let word = &text[w];
        let first = is_one_of(word, FIRST_PERSON)
            || (is_one_of(word, &["me"]) && is_one_of(previous, &["let"]));
        previous = word;
        first
    })
}

/// Whether "he" or "she" stands between mention `last` and the cue, in the cue's
/// clause.
fn subject_pronoun_after(scene: &Scene<'_>, cue_start: usize, last: usize) -> bool {
    let clause = scene.clauses.at(cue_start);
    let from = scene.mentions[last].end;
    from < cue_start
        && words_of(scene.text, from..cue_start).any(|w| {
            scene.clauses.at(w.start) == clause && is_one_of(&scene.text[w], PERSON_PRONOUNS)
        })
}

/// The speaker and the one spoken to, when `cue` states a meeting in a transcript's turn
/// (outside a quote) and names nobody else: every party the sentence names is one of
/// the two or of their countries, and no third person ("he", "they") stands before the
/// cue. The cue is said by the speaker of the one spoken to, by its form:
///
/// - a verb of meeting with no object but "you" ("Welcome.", "an honor to host you
///   here", "to receive you"), the sentence speaking as "I", "we" or to "you", or
///   opening with it;
/// - a reciprocal verb ("discuss", "discussing") whose clause speaks as "I" or "we"
///   ("I look forward to discussing ...");
/// - a presence phrase ("good to see you");
/// - a visit opening the sentence or owned by the two ("Visiting is a real honor",
///   "during my visit", "your visit").
///
/// Not a speech ("before I speak to this meeting"), a welcome to a briefing or to the
/// press, nor a meeting among many; a meeting noun is read by [`ours`].
fn in_the_room(
    scene: &Scene<'_>,
    cue: &CueMatch,
    cue_set: &cues::CueSet,
    discourse: &Discourse,
    gazetteer: &Gazetteer,
) -> Option<(EntityId, EntityId)> {
    let text = scene.text;
    // Outside a speaker's turn (most sentences) this returns at once.
    let (a, b) = transcript_pair(scene, cue.start, discourse)?;
    let phrase = cue_set.phrase(cue);
    if is_speech_verb(phrase) || is_caption_like(text, scene.sentence.clone()) {
        return None;
    }
    let of_the_two = |e: EntityId| {
        e == a
            || e == b
            || roles::compatriots(gazetteer, a, e)
            || roles::compatriots(gazetteer, b, e)
    };
    let others = scene
        .mentions
        .iter()
        .zip(&scene.roles)
        .any(|(m, role)| role.may_meet() && !of_the_two(m.entity));
    if others
        || welcome_to_briefing(scene, cue, cue_set)
        || audience_addressed(scene, cue)
        || among_many(scene, cue.end)
    {
        return None;
    }
    let before: Vec<&str> = words_of(text, scene.sentence.start..cue.start)
        .map(|w| &text[w])
        .collect();
    let third_person = before.iter().any(|w| {
        is_one_of(w, PERSON_PRONOUNS)
            || is_one_of(w, PERSON_POSSESSIVES)
            || is_one_of(w, &["they", "their", "them"])
    });
    if third_person {
        return None;
    }
    let personal = |w: &&str| is_one_of(w, &["i", "me", "my", "we", "us", "our", "you", "your"]);
    let next = words_of(text, cue.end..scene.sentence.end)
        .map(|w| &text[w])
        .next();
    let said = if cue.is(CueKind::Presence) {
        true
    } else if cue.is(CueKind::Met) || cue.is(CueKind::Planned) {
        let no_object = next.is_none_or(|w| {
            is_punctuation(w) || is_one_of(w, &["you", "your", "here", "back", "again"])
        });
        let spoken = words_of(text, scene.sentence.clone()).any(|w| personal(&&text[w]));
        // "Visiting is a real honor": "visiting" is a meeting verb and a visit; opening
        // the sentence, it is the visit read below.
        let visit_opens =
            cue.is(CueKind::Location) && phrase.starts_with("visit") && before.is_empty();
        (no_object && (before.is_empty() || spoken)) || visit_opens
    } else if cue.is(CueKind::Joint) {
        // "I discussed it with the President" may be anyone: "I" speaks of the one
        // spoken to only with "you" ("I look forward to discussing with you").
        let subject = clause_words_before(scene, cue.start);
        let to_you = words_of(text, scene.sentence.clone())
            .any(|w| is_one_of(&text[w], &["you", "your", "us"]));
        subject.iter().any(|w| is_one_of(w, &["we"]))
            || (subject.iter().any(|w| is_one_of(w, &["i"])) && to_you)
    } else if cue.is(CueKind::Location) && phrase.starts_with("visit") {
        before.is_empty()
            || before
                .last()
                .is_some_and(|w| is_one_of(w, &["my", "your", "our", "this"]))
    } else {
        false
    };
    said.then_some((a, b))
}

/// "I", "my": the speaker of a quote or of a transcript.
const FIRST_PERSON: &[&str] = &["i", "my"];
/// "we", "our": the speaker and whom they speak to.
const FIRST_PLURAL: &[&str] = &["we", "our"];

/// Who speaks at `pos`: inside a quote, its speaker ("“I met Sisi,” Blinken said");
/// elsewhere the transcript's speaker.
fn speaker_at(scene: &Scene<'_>, pos: usize, discourse: &Discourse) -> Option<EntityId> {
    let clause = scene.clauses.at(pos);
    if scene.clauses.clauses[clause].kind == clauses::ClauseKind::Quote {
        return scene
            .mentions
            .iter()
            .zip(&scene.roles)
            .find(|(_, role)| **role == roles::Role::Speaker)
            .map(|(m, _)| m.entity);
    }
    discourse.speaker
}

/// The speaker and the one spoken to, when `pos` lies in a transcript's turn and
/// outside a quote.
fn transcript_pair(
    scene: &Scene<'_>,
    pos: usize,
    discourse: &Discourse,
) -> Option<(EntityId, EntityId)> {
    let clause = scene.clauses.at(pos);
    if scene.clauses.clauses[clause].kind == clauses::ClauseKind::Quote {
        return None;
    }
    let (a, b) = (discourse.speaker?, discourse.addressee?);
    (a != b).then_some((a, b))
}

/// Whether a presence cue "welcome to" welcomes everyone to an event ("Welcome to the
/// briefing", "welcome to today's press conference") rather than a visitor to a place
/// ("welcome to the Pentagon", "welcome to Washington"): the word after it (past
/// "the") is not capitalised.
fn welcome_to_briefing(scene: &Scene<'_>, cue: &CueMatch, cue_set: &cues::CueSet) -> bool {
    let text = scene.text;
    cue_set.phrase(cue).ends_with("welcome to")
        && !words_of(text, cue.end..scene.sentence.end)
            .map(|w| &text[w])
            .find(|w| !is_one_of(w, &["the"]))
            .is_some_and(is_capitalised)
}

/// Whether a presence cue ends in "you" said to the press: "nice to see you, members
/// of the press", "welcome, ladies and gentlemen". Its "you" is no counterpart ("good
/// to see you all" may well include one).
fn audience_addressed(scene: &Scene<'_>, cue: &CueMatch) -> bool {
    let text = scene.text;
    words_of(text, cue.end..scene.sentence.end)
        .map(|w| &text[w])
        .find(|w| *w != ",")
        .is_some_and(|w| is_one_of(w, &["ladies", "members"]))
}

/// Whether `free[index]` is a meeting noun (or "visit") owned by the speaker and the one
/// spoken to, naming no party: "our meeting", "your third visit", "this visit of
/// yours", "this meeting", "today's meeting", "look forward to the conversation", with
/// no "with" or party right after.
fn ours(scene: &Scene<'_>, free: &[&CueMatch], index: usize, cue_set: &cues::CueSet) -> bool {
    let cue = free[index];
    let text = scene.text;
    let noun = cue.is(CueKind::Meeting)
        || (cue.is(CueKind::Location) && cue_set.phrase(cue).starts_with("visit"));
    if !noun {
        return false;
    }
    let start = scene.clause_start(cue.start);
    let before: Vec<&str> = words_of(text, start..cue.start).map(|w| &text[w]).collect();
    let owned = before
        .iter()
        .rev()
        .take(2)
        // "this meeting", "this official visit", "today's meeting": the one the speaker
        // is at.
        .any(|w| is_one_of(w, &["our", "your", "this", "today's", "today’s"]));
    let mut after = words_of(text, cue.end..scene.sentence.end).map(|w| &text[w]);
    let (first_after, second_after) = (after.next(), after.next());
    let of_yours = matches!((first_after, second_after), (Some(o), Some(y))
        if is_one_of(o, &["of"]) && is_one_of(y, &["yours", "ours"]));
    // "I look forward to the conversation today": the meeting of this day.
    let of_today = before.last().is_some_and(|w| is_one_of(w, &["the"]))
        && first_after.is_some_and(|w| is_one_of(w, &["today", "tonight"]));
    // "I look forward to (pursuing) the conversation", "Look forward to a very good
    // conversation": the meeting about to happen.
    let looked_forward = looked_forward_to(&before);
    let names_party = free
        .get(index + 1)
        .is_some_and(|c| c.is(CueKind::Relay) && word_count(&text[cue.end..c.start]) <= 3)
        || scene.mentions.iter().zip(&scene.roles).any(|(m, role)| {
            // "your visit to Cairo" names where, not whom.
            role.may_meet() && m.start >= cue.end && word_count(&text[cue.end..m.start]) <= 2
        });
    // "Before I speak to this meeting": a gathering addressed, not the pair's meeting.
    let addressed = matches!(before.as_slice(), [.., verb, to, _]
        if is_one_of(verb, &["speak", "speaking", "address", "addressing"]) && is_one_of(to, &["to"]))
        || matches!(before.as_slice(), [.., verb, _]
            if is_one_of(verb, &["address", "addressing", "addressed"]));
    (owned || of_yours || of_today || looked_forward)
        && !names_party
        && !addressed
        && !gathering(scene, cue, &before)
}

/// Whether `before`, the words before a meeting noun, end in "forward to", a verb in
/// "-ing" or none, an article and at most three lowercase adjectives: "look forward to
/// the", "forward to pursuing the", "Look forward to a very good".
fn looked_forward_to(before: &[&str]) -> bool {
    let Some(article) = before
        .iter()
        .rposition(|w| is_one_of(w, &["the", "a", "an"]))
    else {
        return false;
    };
    let adjectives = &before[article + 1..];
    let lead = &before[..article];
    // Past "pursuing" in "forward to pursuing the".
    let lead = match lead {
        [rest @ .., to, verb] if is_one_of(to, &["to"]) && verb.ends_with("ing") => {
            &lead[..rest.len() + 1]
        }
        _ => lead,
    };
    matches!(lead, [.., forward, to] if is_one_of(forward, &["forward"]) && is_one_of(to, &["to"]))
        && adjectives.len() <= 3
        && adjectives
            .iter()
            .all(|w| w.starts_with(char::is_lowercase) && !is_one_of(w, &["of", "with"]))
}

/// Whether "he" or "she" is coordinated with the subjects `chain` (mention indices, the
/// nearest first) of the cue at `cue_start`: "He and Sisi met", "Sisi and she
/// discussed".
fn pronoun_joined(scene: &Scene<'_>, chain: &[usize], cue_start: usize) -> bool {
    let (Some(&nearest), Some(&farthest)) = (chain.first(), chain.last()) else {
        return false;
    };
    let text = scene.text;
    let (first, last) = (scene.mentions[farthest], scene.mentions[nearest]);
    let clause_start = scene.clause_start(first.start);
    let mut from = first
        .start
        .saturating_sub(16)
        .max(clause_start)
        .min(first.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before: Vec<&str> = words_of(text, from..first.start)
        .map(|w| &text[w])
        .collect();
    let pronoun_and = matches!(before.as_slice(), [.., pronoun, and]
        if is_one_of(pronoun, &["he", "she"]) && is_one_of(and, &["and"]));
    let mut after = words_of(text, last.end.min(cue_start)..cue_start).map(|w| &text[w]);
    let and_pronoun = matches!((after.next(), after.next()), (Some(and), Some(pronoun))
        if is_one_of(and, &["and"]) && is_one_of(pronoun, &["he", "she"]));
    pronoun_and || and_pronoun
}

/// "it", "its": a country or body, named in an earlier clause ("Hamas said it met").
const GROUP_PRONOUNS: &[&str] = &["it", "its"];

/// The person a pronoun before the cue stands for: the person subject of an earlier
/// clause of the sentence, else the discourse centre.
///
/// The pronoun nearest the cue in its clause decides what it stands for ("Turkey will
/// use its influence, Blinken said, after he met Erdogan": "he", not "its"), and a
/// main clause resumed after a reporting clause may refer to that clause's speaker.
fn resolve_pronoun(
    scene: &Scene<'_>,
    cue_start: usize,
    gazetteer: &Gazetteer,
    discourse: &Discourse,
) -> Option<EntityId> {
    let text = scene.text;
    let clause = scene.clauses.at(cue_start);
    let clause_start = scene.clauses.start(clause);
    let mut previous = "";
    let pronoun = words_of(text, clause_start..cue_start)
        .filter(|w| scene.clauses.at(w.start) == clause)
        .filter_map(|w| {
            let word = &text[w.clone()];
            let class = if is_one_of(word, FIRST_PERSON)
                || (is_one_of(word, &["me"]) && is_one_of(previous, &["let"]))
            {
                Some(PronounClass::First)
            } else if is_one_of(word, GROUP_PRONOUNS) {
                Some(PronounClass::Group)
            } else if is_one_of(word, PERSON_PRONOUNS) || is_one_of(word, PERSON_POSSESSIVES) {
                Some(PronounClass::Person)
            } else {
                None
            };
            previous = word;
            class.map(|c| (w.start, c))
        })
        .last();
    let (at, class) = pronoun.unwrap_or((cue_start, PronounClass::Person));
    if class == PronounClass::First {
        return speaker_at(scene, cue_start, discourse);
    }
    // An owner ("Sunak's letter ..., sent after his talks") is a person to refer to.
    let earlier_role = |m: &ResolvedMention, role: &roles::Role| {
        (m.end <= clause_start || (m.end <= at && scene.clauses.at(m.start) != clause))
            && (role.may_meet() || *role == roles::Role::Modifier)
    };
    if class == PronounClass::Group {
        return scene
            .mentions
            .iter()
            .zip(&scene.roles)
            .filter(|(m, role)| earlier_role(m, role))
            .map(|(m, _)| m.entity)
            .filter(|&e| gazetteer.entity(e).kind != EntityType::Person)
            .last();
    }
    // "Trump smiled when he met ...": a subordinating word with no comma before it
    // cuts no clause, and the pronoun after it refers to the person before it.
    let subordinate = scene
        .mentions
        .iter()
        .zip(&scene.roles)
        .filter(|(m, role)| {
            m.end <= at
                && m.start >= clause_start
                && role.may_meet()
                && gazetteer.entity(m.entity).kind == EntityType::Person
                && words_of(text, m.end..at).any(|w| is_one_of(&text[w], SUBORDINATORS))
        })
        .map(|(m, _)| m.entity)
        .last();
    // Centering: "Blinken met Sisi; he then met ..." — the subject of an earlier
    // clause (its first words are its name and titles) before any other person.
    let people: Vec<(usize, EntityId)> = scene
        .mentions
        .iter()
        .zip(&scene.roles)
        .filter(|(m, role)| {
            earlier_role(m, role) && gazetteer.entity(m.entity).kind == EntityType::Person
        })
        .map(|(m, _)| (m.start, m.entity))
        .collect();
    let opens_clause = |start: usize| {
        let from = scene.clause_start(start);
        words_of(text, from..start).all(|w| {
            let word = &text[w];
            word.starts_with(char::is_uppercase) || is_one_of(word, &["the", "'s", "’s"])
        })
    };
    let subject = people
        .iter()
        .rev()
        .find(|&&(start, _)| opens_clause(start))
        .map(|&(_, e)| e);
    subject
        .or(people.last().map(|&(_, e)| e))
        .or(subordinate)
        .or(discourse.centre)
}

/// Words that open a subordinate clause without a comma ("smiled when he met").
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "as", "while", "once", "since", "until", "because", "where",
];

/// What a pronoun stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PronounClass {
    /// "I", "my", "let me": the speaker.
    First,
    /// "it", "its": a country or body.
    Group,
    /// "he", "his", "they": a person.
    Person,
}

/// "spoke with him": the person an object pronoun right after the cue stands for, from
/// `antecedent` (an earlier clause's subject, else the centre); in a transcript, "you"
/// is the one spoken to.
fn object_pronoun(
    scene: &Scene<'_>,
    cue_end: usize,
    discourse: &Discourse,
    antecedent: impl FnOnce() -> Option<EntityId>,
) -> Option<EntityId> {
    let mut after = words_of(scene.text, cue_end..scene.sentence.end).map(|w| &scene.text[w]);
    let first = after.next()?;
    let next = after.next().unwrap_or(".");
    // "welcome you", "discuss these matters with you", "welcome my friend here": whom
    // the transcript's speaker speaks to.
    if discourse.speaker.is_some() {
        let mut ahead = words_of(scene.text, cue_end..scene.sentence.end)
            .map(|w| &scene.text[w])
            .take(6)
            .peekable();
        let mut previous = "";
        while let Some(word) = ahead.next() {
            let next = ahead.peek().copied().unwrap_or("");
            let spoken_to = (is_one_of(word, &["you"])
                && (previous.is_empty() || is_one_of(previous, &["with"])))
                || (previous.is_empty()
                    && is_one_of(word, &["my", "our"])
                    && is_one_of(next, &["friend", "colleague", "guest"]));
            if spoken_to {
                return discourse.addressee;
            }
            if is_punctuation(word) {
                break;
            }
            previous = word;
        }
    }
    let pronoun = is_one_of(first, &["him"])
        || (is_one_of(first, PERSON_OBJECTS) && !next.starts_with(char::is_alphanumeric))
        || (is_one_of(first, PERSON_OBJECTS)
            && next.starts_with(char::is_lowercase)
            && !is_one_of(next, &["counterpart", "counterparts"]));
    pronoun.then(antecedent).flatten()
}

/// Records that `x` and `y` met, unless they are one, or one belongs to the other.
fn add_pair(
    gazetteer: &Gazetteer,
    x: EntityId,
    y: EntityId,
    cue: CueMatch,
    planned: bool,
    kind: MeetingKind,
    out: &mut SentenceRelations,
) {
    if x == y
        || roles::affiliated(gazetteer, x, y)
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
            cue,
            planned,
            kind,
        });
    }
}

/// A caption or headline: no final punctuation and at most 40 words, or a photo credit
/// in the sentence or right after it on its line. Reads a bounded stretch of text, so
/// a document with no line breaks costs no more per sentence than one with.
fn is_caption_like(text: &str, sentence: Range<usize>) -> bool {
    let words = &text[sentence.clone()];
    let trimmed = words.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)]".contains(c));
    // Compared only where a "p" or "P" is (found by memchr).
    let photo = |s: &str| {
        let bytes = s.as_bytes();
        memchr::memchr2_iter(b'p', b'P', bytes).any(|i| {
            bytes
                .get(i..i + 5)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"photo"))
        })
    };
    let mut after_end = (sentence.end + 100).min(text.len());
    while !text.is_char_boundary(after_end) {
        after_end -= 1;
    }
    let after = &text[sentence.end..after_end];
    let after = after.split('\n').next().unwrap_or("");
    (!trimmed.ends_with(['.', '!', '?']) && word_count(words) <= 40)
        || photo(words)
        || photo(after)
        || placed_name(words)
}

/// Whether a name in `sentence` is placed as a photo caption places it: "Kerry, right,
/// walks with ...", "Erdogan (L) and Putin": a capitalised word, then ", PLACE," or
/// " (PLACE)" ([`CAPTION_PLACES`], or L, R, C in parentheses). One pass over the
/// bytes, looking closer only at a comma or an opening parenthesis.
fn placed_name(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    // Commas and opening parentheses after the first byte (memchr finds them).
    let mut marks = memchr::memchr2_iter(b',', b'(', bytes).filter(|&i| i > 0);
    marks.any(|i| {
        let (close, rest) = match bytes[i] {
            b',' => (',', sentence[i + 1..].strip_prefix(' ')),
            b'(' if bytes[i - 1] == b' ' => (')', Some(&sentence[i + 1..])),
            _ => return false,
        };
        let place = rest.and_then(|rest| rest.split_once(close)).map(|(w, _)| w);
        let placed = place.is_some_and(|w| {
            is_one_of(w, CAPTION_PLACES) || (close == ')' && matches!(w, "L" | "R" | "C"))
        });
        let name_end = if close == ',' { i } else { i - 1 };
        placed
            && sentence[..name_end]
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    })
}

#[cfg(test)]
mod tests;
