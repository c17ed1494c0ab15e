//! Who is missing from the gazetteer: the proper names a text names that no mention
//! covers.
//!
//! After the matcher has found the mentions the gazetteer knows, [`Suggester`] proposes
//! the proper names it does not: runs of capitalised words outside every mention
//! ("Nabih Berri", "Lebanese Forces Party"), with connectors inside them ("Bank of
//! Korea", "Ahmed bin Ali"). A run loses leading sentence openers, contractions and
//! title words ("The", "I'm", "Foreign Minister", "Secretary of Commerce"), and what
//! comes before a singular possessive inside it ("the Minister's Official Visit"; not
//! "People's Party"). A title before
//! it makes it a person with that role, a demonym or country mention before the title
//! gives the affiliation ("Egyptian Foreign Minister X Y"), a head noun at its end
//! makes it an organization ("... Party", "... Ministry", "... Force-Darwin") or a
//! place ("... Air Base", "... Corridor", "Camp ..."), and "in"/"to"/"from" before it a
//! place. A run goes on over middle initials (left to the alias: "Mark Milley", alias
//! "Mark A. Milley") and abbreviated titles ("Gen. Pat Ryder"); a title takes its
//! department after "of"/"for" ("Special Envoy for Middle East Steve Witkoff"); title
//! words before a body's head name the body ("National Security Council"). A name nothing types is a person when it has two words or more, no "of" and a
//! surname that is no common word or a given name first ("Scott Brown").
//!
//! Left out: what is no entity the gazetteer holds (events, agreements and laws by
//! their head noun: "... Summit", "... Declaration", "... Cup", "... Act", "Exercise
//! ..."; ships: "USS ...", "...-class"; a "... Forum", "... Conference" or "...
//! Programme" may be a body, and is kept) and what is no name
//! (a document's headings: "Readout", "Article IV"; times: "AM EST"; a transcript's
//! stage directions: "(Laughter.)"; a name cut at an initial: "Michael R"; an adjective
//! ending in a demonym: "North American"; a given name alone, after a title too: "Tony",
//! "Madam Minister Yoko"; a common word heading no name before "of": "Change of
//! Command", "the Civilians of Sudan"; a title's department cut before its last word:
//! "in Charge of the Department of National \[Defense\]"). A body does not take a person's
//! name before it ("Foreign Minister Téte António Ministry of External Relations", a
//! byline), and a name before ", " and a country is a place ("Karuizawa, Japan"), a
//! title before it then a building's, no role ("The Prince Karuizawa"). Candidates are ranked by documents, then mentions; a single
//! word seen in one document comes after all the others, unless a group noun follows it
//! ("a NAC meeting") or a title comes before it ("Deputy Foreign Minister Munkhjin").
//!
//! `newsgraph suggest` prints the ranked [`Suggestion`]s as a single-file gazetteer;
//! `make eval` measures how many of the names its annotators found missing they hold,
//! and how many of its first 50 rows are real entities of the right type.

use std::collections::{HashMap, HashSet};

use crate::gazetteer::{surname_forms, AliasKind, EntityType, Gazetteer};
use crate::matcher::{is_title_word, AnyMention};
use crate::pipeline::Analyzer;
use crate::text::calendar::{is_one_of, MONTHS, MONTH_ABBREVIATIONS};
use crate::text::fold_str;

/// Title words beyond the matcher's ([`is_title_word`]) that, in a run of capitalised
/// words, still belong to the title ("Prime Minister", "Mr").
const MORE_TITLES: &[&str] = &[
    "prime",
    "interior",
    "finance",
    "special",
    "mr",
    "mrs",
    "ms",
    "dr",
    "state",
    "national",
    "security",
    "executive",
    "affairs",
    "assistant",
    "principal",
    "senior",
    "of",
    "the",
    "former",
    "head",
    "acting",
    "army",
    "cmdr",
    "cdr",
    "capt",
    "maj",
    "sgt",
    "cpl",
    "pvt",
    "ens",
    "seaman",
    "petty",
    "officer",
    "technician",
    "coach",
    "analyst",
    "administrator",
    "attorney",
    "fm",
    "rear",
    "editor",
    "correspondent",
    "reporter",
    "undersecretary",
    "under",
];

/// Whether `word` (lowercase) is a title word: before a name it makes it a person.
fn is_title(word: &str) -> bool {
    let one = |w: &str| is_title_word(w) || MORE_TITLES.contains(&w);
    // A hyphenated title: "president-elect", "prime-minister-designate".
    one(word)
        || (word.contains('-')
            && word
                .split('-')
                .all(|part| one(part) || matches!(part, "elect" | "designate")))
}

/// Head nouns that end an organization's name.
const ORG_HEADS: &[&str] = &[
    "ministry",
    "party",
    "council",
    "command",
    "agency",
    "authority",
    "forces",
    "army",
    "bank",
    "commission",
    "committee",
    "organization",
    "organisation",
    "union",
    "front",
    "movement",
    "brigades",
    "corps",
    "court",
    "university",
    "news",
    "post",
    "times",
    "group",
    "company",
    "corporation",
    "institute",
    "foundation",
    "office",
    "service",
    "police",
    "guard",
    "assembly",
    "parliament",
    "senate",
    "fund",
    "association",
    "federation",
    "alliance",
    "coalition",
    "network",
    "television",
    "radio",
    "staff",
    "force",
    "fleet",
    "squadron",
    "brigade",
    "battalion",
    "regiment",
    "department",
    "bureau",
    "tribunal",
    "museum",
    "library",
    "college",
    "school",
    "academy",
    "center",
    "centre",
    "studies",
    "affairs",
    "framework",
    "society",
    "club",
    "hospital",
    // Bodies as often as events or schemes ("Pacific Islands Forum", "World Economic
    // Forum", "Conference on Disarmament", "Nuclear Threat Initiative", "Quadrilateral
    // Security Dialogue", "World Food Programme"): kept, as organizations.
    "forum",
    "conference",
    "initiative",
    "dialogue",
    "programme",
    "program",
];

/// Head nouns that end a place's name.
const PLACE_HEADS: &[&str] = &[
    "base",
    "shoal",
    "island",
    "islands",
    "sea",
    "strait",
    "valley",
    "river",
    "mountain",
    "mountains",
    "province",
    "region",
    "regions",
    "district",
    "camp",
    "crossing",
    "airport",
    "port",
    "bay",
    "gulf",
    "peninsula",
    "desert",
    "heights",
    "square",
    "city",
    "county",
    "dam",
    "corridor",
    "township",
    "stadium",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
];

/// First words that make a name a place's ("Camp Smith", "Fort Bragg", "Mount Kenya").
const PLACE_FIRSTS: &[&str] = &["camp", "fort", "mount", "lake", "cape"];

/// Head nouns that end the name of an event, an agreement, a law or a programme: no
/// entity the gazetteer holds (and never a party to a meeting), so left out.
const EVENT_HEADS: &[&str] = &[
    "summit",
    "meeting",
    "agreement",
    "communique",
    "communiques",
    "processes",
    "accords",
    "accord",
    "talks",
    "process",
    "treaty",
    "declaration",
    "plan",
    "deal",
    "olympics",
    "games",
    "cup",
    "cups",
    "championship",
    "championships",
    "tournament",
    "open",
    "act",
    "law",
    "bill",
    "charter",
    "resolution",
    "strategy",
    "roadmap",
    "ruling",
    "ceremony",
    "festival",
    "expo",
];

/// First words that make a name an event's ("Exercise Balikatan", "Operation Desert
/// Storm"): left out as [`EVENT_HEADS`] are.
const EVENT_FIRSTS: &[&str] = &["exercise", "operation"];

/// Ships' prefixes ("USS Quincy", "HMS Sheffield"), as in `gazetteer/blockers.tsv`: a
/// ship is no entity the gazetteer holds, so its name is left out, as is a ship class
/// ("Arleigh Burke-class").
const SHIP_PREFIXES: &[&str] = &[
    "uss", "usns", "uscgc", "hms", "hmas", "hmcs", "hmnzs", "ins", "js", "roks", "brp", "kri",
    "tcg",
];

/// First words of a document's parts and headings, never a name's ("Readout of ...",
/// "Article IV", "Fact Sheet").
const DOCUMENT_WORDS: &[&str] = &[
    "readout",
    "transcript",
    "remarks",
    "article",
    "section",
    "chapter",
    "annex",
    "appendix",
    "paragraph",
    "clause",
    "page",
    "fact",
];

/// A transcript's stage directions ("(Laughter.)", "QUESTION: (Inaudible.)"): a name of
/// these only is no name.
const STAGE_WORDS: &[&str] = &[
    "inaudible",
    "unintelligible",
    "laughter",
    "applause",
    "crosstalk",
    "interruption",
    "interpretation",
    "interpreted",
    "off-mic",
    "pause",
    "silence",
];

/// Times of day and zones ("10 AM EST"): a name of these only is no name.
const TIME_WORDS: &[&str] = &[
    "am", "pm", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "cet", "cest", "bst",
];

/// Title words that also qualify a body ("National Security Council", "State
/// Department"), besides a department's words ([`DEPARTMENT_WORDS`]: "Foreign
/// Ministry").
const BODY_MODIFIERS: &[&str] = &["national", "state", "executive"];

/// Head nouns of the bodies [`BODY_MODIFIERS`] and [`DEPARTMENT_WORDS`] qualify.
const BODY_TITLE_HEADS: &[&str] = &[
    "ministry",
    "department",
    "council",
    "agency",
    "service",
    "committee",
    "commission",
    "bureau",
    "directorate",
];

/// Lower-case nouns after a single capitalised word that make it a group's or a body's
/// name, even when one document names it once ("a NAC meeting", "Quad members", "M23
/// rebels").
const GROUP_NOUNS: &[&str] = &[
    "meeting",
    "meetings",
    "members",
    "member",
    "summit",
    "rebels",
    "militants",
    "fighters",
    "forces",
    "troops",
    "leaders",
    "leadership",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "partners",
    "countries",
    "nations",
    "states",
    "ministers",
    "ministerial",
    "framework",
    "militia",
    "group",
];

/// Words joining the capitalised words of one name.
const CONNECTORS: &[&str] = &[
    "of", "al", "el", "bin", "ibn", "bint", "de", "da", "del", "der", "van", "von", "la", "le",
    "for", "abu", "dos", "das", "du", "di",
];

/// Words that open sentences or headlines and are no names ("The", "In", "But").
fn is_opener(word: &str, gazetteer: &Gazetteer) -> bool {
    gazetteer
        .common_word_rank(&fold_str(word))
        .is_some_and(|rank| rank < 3000)
}

/// A proposed entity, as [`Suggester::ranked`] gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The name as first written.
    pub name: String,
    /// An acronym written in parentheses right after the name ("... (FDLR)").
    pub alias: Option<String>,
    /// The guessed type: from a title, a head noun or a preposition; else a person when
    /// the name has several words, an organization when it has one.
    pub kind: EntityType,
    /// The country or organization it belongs to, when a mention right before its title
    /// or the first word of its name says so.
    pub affiliation: Option<String>,
    /// The title seen before it ("Foreign Minister").
    pub role: Option<String>,
    /// Documents naming it.
    pub documents: usize,
    /// Times it is named.
    pub mentions: usize,
    /// The first sentence naming it.
    pub example: String,
}

/// A candidate while documents are read.
#[derive(Debug, Default)]
struct Candidate {
    name: String,
    kind: Option<EntityType>,
    affiliation: Option<String>,
    role: Option<String>,
    alias: Option<String>,
    /// A single word seen before a group noun ("a NAC meeting"): kept from one document.
    group: bool,
    /// Seen somewhere other than at the start of a sentence.
    inside: bool,
    /// Every word is a common English word ([`Run::common`]).
    common: bool,
    documents: usize,
    mentions: usize,
    example: String,
    last_document: usize,
}

/// One capitalised run found in a sentence: the name and what came before it.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    name: String,
    kind: Option<EntityType>,
    role: Option<String>,
    /// The mention right before the title, if a country or organization: its name.
    affiliation: Option<String>,
    /// An acronym in parentheses right after the name ("... (FDLR)").
    alias: Option<String>,
    /// A single word right before a lower-case group noun ("Quad members").
    group: bool,
    /// The name is the sentence's first word, where any word has a capital.
    opens: bool,
    /// Every word of the name is a common English word ("White House", "Boko Haram",
    /// "Joint Statement"): weak evidence of a name.
    common: bool,
}

/// A mention the runs go around.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Covered {
    start: usize,
    end: usize,
    /// The entity's name, when a country or organization: the affiliation of a title
    /// right after it.
    affiliation: Option<String>,
    /// It names a person: capitalised words right before it are the rest of their name.
    person: bool,
    /// It names a country: a name right before ", " and it is a place's ("Karuizawa,
    /// Japan").
    country: bool,
}

/// Gathers the proper names of many documents that the gazetteer does not know.
#[derive(Debug, Default)]
pub struct Suggester {
    found: HashMap<String, Candidate>,
    documents: usize,
}

impl Suggester {
    /// An empty suggester.
    pub fn new() -> Suggester {
        Suggester::default()
    }

    /// Adds the names of the document `text` that `analyzer` has just analysed.
    pub fn add_document(&mut self, analyzer: &Analyzer, text: &str, gazetteer: &Gazetteer) {
        let index = self.documents;
        self.documents += 1;
        let covered: Vec<Covered> = analyzer
            .mentions
            .in_text_order()
            .map(|m| {
                let entity = match m {
                    AnyMention::Resolved(m) => Some(gazetteer.entity(m.entity)),
                    AnyMention::Ambiguous(_) => None,
                };
                let affiliation = entity.and_then(|e| {
                    matches!(e.kind, EntityType::Country | EntityType::Organization)
                        .then(|| e.name.clone())
                });
                Covered {
                    start: m.span().start,
                    end: m.span().end,
                    affiliation,
                    person: entity.is_some_and(|e| e.kind == EntityType::Person),
                    // Not a demonym: "Shinzo Abe, South Korean President ..." is no place.
                    country: entity.is_some_and(|e| e.kind == EntityType::Country)
                        && matches!(m, AnyMention::Resolved(r) if !r.demonym),
                }
            })
            .collect();
        for sentence in &analyzer.sentences {
            let Some(sentence_text) = text.get(sentence.clone()) else {
                continue;
            };
            for run in runs(text, sentence.clone(), &covered, gazetteer) {
                let key = fold_str(&run.name);
                let candidate = self.found.entry(key).or_insert_with(|| Candidate {
                    name: run.name.clone(),
                    example: sentence_text.to_string(),
                    last_document: usize::MAX,
                    ..Candidate::default()
                });
                candidate.mentions += 1;
                if candidate.last_document != index {
                    candidate.last_document = index;
                    candidate.documents += 1;
                }
                candidate.kind = candidate.kind.or(run.kind);
                candidate.role = candidate.role.take().or(run.role);
                candidate.affiliation = candidate.affiliation.take().or(run.affiliation);
                candidate.alias = candidate.alias.take().or(run.alias);
                candidate.group |= run.group;
                candidate.inside |= !run.opens;
                candidate.common = run.common;
            }
        }
    }

    /// The best `limit` candidates, best first: by documents, then mentions, then name.
    /// A single word seen in one document only, and never before a group noun or after
    /// a title, is weak evidence: such words come after all the others, and only fill
    /// the rows the others leave; one that is a word or the alias of a longer name
    /// found, or that only opens sentences, is left out.
    pub fn ranked(self, limit: usize, gazetteer: &Gazetteer) -> Vec<Suggestion> {
        let given = given_names(gazetteer);
        let weak = |c: &Candidate| {
            !c.name.contains(' ') && c.documents < 2 && !c.group && c.role.is_none()
        };
        let ranked: Vec<Candidate> = self
            .found
            .into_values()
            // A given name alone ("Tony", "George") is someone's cut name, after a
            // title too ("Madam Minister Yoko", addressing Yoko Kamikawa).
            .filter(|c| c.name.contains(' ') || !given.contains(&fold_str(&c.name)))
            .collect();
        let mut ranked = merge_surnames(ranked, gazetteer, &given);
        // A lone word that is a word or the alias of a longer name found is that name
        // cut short ("Quandt" after "Zorbo Quandt", "FDLZ" after "... (FDLZ)").
        let parts: HashSet<String> = ranked
            .iter()
            .filter(|c| c.name.contains(' '))
            .flat_map(|c| c.name.split(' ').chain(c.alias.as_deref()))
            .map(fold_str)
            .collect();
        // A lone word seen only where every word has a capital ("Delegations from
        // ...", "Courting change") is no evidence of a name at all.
        ranked.retain(|c| !weak(c) || (c.inside && !parts.contains(&fold_str(&c.name))));
        // Common words with capitals ("White House", "Joint Statement") are a name only
        // if written so inside sentences of two documents or more; even then they come
        // after the names of uncommon words, before the lone words of one document.
        // A given name after a title makes them a person's all the same ("Spokesperson
        // Matthew Miller"; not "Minister of External Relations").
        let common = |c: &Candidate| {
            c.common
                && !(c.role.is_some()
                    && c.name
                        .split_once(' ')
                        .is_some_and(|(first, _)| given.contains(&fold_str(first))))
        };
        ranked.retain(|c| !common(c) || (c.documents >= 2 && c.inside));
        let tier = |c: &Candidate| u8::from(common(c)) + 2 * u8::from(weak(c));
        // Among names of as many documents, one seen after a title ("Kenyan President
        // Uhuru Kenyatta") is surely a name; then the more often named.
        ranked.sort_by(|a, b| {
            (tier(a), b.documents, b.role.is_some(), b.mentions, &a.name).cmp(&(
                tier(b),
                a.documents,
                a.role.is_some(),
                a.mentions,
                &b.name,
            ))
        });
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|c| {
                let kind = c
                    .kind
                    .unwrap_or_else(|| default_kind(&c.name, gazetteer, &given));
                // A body named after its country ("Lebanese Forces Party": the demonym
                // is no mention, being inside a longer name) belongs to it.
                let affiliation = c.affiliation.or_else(|| {
                    (kind == EntityType::Organization && c.name.contains(' '))
                        .then(|| country_named_first(&c.name, gazetteer))
                        .flatten()
                });
                Suggestion {
                    name: c.name,
                    alias: c.alias,
                    kind,
                    affiliation,
                    // A title before a place's name is a building's ("The Prince
                    // Karuizawa", a hotel), no role.
                    role: c.role.filter(|_| kind == EntityType::Person),
                    documents: c.documents,
                    mentions: c.mentions,
                    example: c.example,
                }
            })
            .collect()
    }
}

/// Folds each lone word that is the surname of exactly one longer person's name found
/// into that name's candidate ("Rubio" into "Marco Rubio", "el-Sisi" into "Abdel Fattah
/// el-Sisi", "Kishida" into "Kishida Fumio"): the person named short is the same person, so the short form's mentions
/// count for the full name's row instead of taking a row of its own. Its documents
/// count as the larger of the two (a document naming both counts once). A surname
/// several names found share ("Harris" of two Harrises) stays a row of its own, as does
/// a lone word typed as something other than a person.
fn merge_surnames(
    mut candidates: Vec<Candidate>,
    gazetteer: &Gazetteer,
    given: &HashSet<String>,
) -> Vec<Candidate> {
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, c) in candidates.iter().enumerate() {
        let person = c.name.contains(' ')
            && c.kind
                .unwrap_or_else(|| default_kind(&c.name, gazetteer, given))
                == EntityType::Person;
        if !person {
            continue;
        }
        // The family name may come first ("Kishida Fumio"): a first word that is no
        // given name ("Marco") is a surname form too.
        let first = c
            .name
            .split(' ')
            .next()
            .filter(|w| !given.contains(&fold_str(w)) && !is_title(&w.to_lowercase()))
            .map(str::to_string);
        for form in surname_forms(&c.name).into_iter().chain(first) {
            if !form.contains(' ') {
                let holders = by_surname.entry(fold_str(&form)).or_default();
                if !holders.contains(&index) {
                    holders.push(index);
                }
            }
        }
    }
    let mut merged = vec![false; candidates.len()];
    for short in 0..candidates.len() {
        let c = &candidates[short];
        // Typed a body only by the group noun after it, it may be a person's ("the
        // Obama administration").
        if c.name.contains(' ') || (c.kind.is_some_and(|k| k != EntityType::Person) && !c.group) {
            continue;
        }
        let Some(&[full]) = by_surname.get(&fold_str(&c.name)).map(Vec::as_slice) else {
            continue;
        };
        // A body's name only by its group noun is a person's surname only where it ends
        // the name ("the Obama administration"; not "Pentagon officials" for a name
        // "Pentagon Press" read family name first).
        let ends_full =
            fold_str(&candidates[full].name).ends_with(&format!(" {}", fold_str(&c.name)));
        if c.kind.is_some_and(|k| k != EntityType::Person) && !ends_full {
            continue;
        }
        let short_form = std::mem::take(&mut candidates[short]);
        let full_form = &mut candidates[full];
        full_form.documents = full_form.documents.max(short_form.documents);
        full_form.mentions += short_form.mentions;
        full_form.kind = full_form.kind.or(short_form.kind);
        full_form.role = full_form.role.take().or(short_form.role);
        full_form.affiliation = full_form.affiliation.take().or(short_form.affiliation);
        full_form.inside |= short_form.inside;
        merged[short] = true;
    }
    candidates
        .into_iter()
        .zip(merged)
        .filter_map(|(c, merged)| (!merged).then_some(c))
        .collect()
}

/// The folded words that start the gazetteer's people's names more often than they end
/// them: given names ("Tony", "George", "Scott").
fn given_names(gazetteer: &Gazetteer) -> HashSet<String> {
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for entity in gazetteer.entities() {
        if entity.kind != EntityType::Person {
            continue;
        }
        let mut words = entity.name.split_whitespace();
        let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
            continue;
        };
        counts.entry(fold_str(first)).or_default().0 += 1;
        counts.entry(fold_str(last)).or_default().1 += 1;
    }
    counts
        .into_iter()
        .filter(|(_, (first, last))| first > last)
        .map(|(word, _)| word)
        .collect()
}

/// The type of a name nothing around it typed: a person when it has two words or more,
/// no "of" or "for" inside ("Civilians of Sudan") and a surname that is no common
/// English word ("Lobito Corridor", "Arbitral Tribunal Ruling" are not people) or a
/// first word that is a given name (`given`: "Scott Brown"); else an organization.
fn default_kind(name: &str, gazetteer: &Gazetteer, given: &HashSet<String>) -> EntityType {
    let words: Vec<&str> = name.split_whitespace().collect();
    let joined = words
        .iter()
        .any(|w| w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for"));
    let surname_common = words
        .last()
        .is_some_and(|w| gazetteer.is_common_word(&fold_str(w)));
    let first_given = words.first().is_some_and(|w| given.contains(&fold_str(w)));
    if words.len() >= 2 && !joined && (!surname_common || first_given) {
        EntityType::Person
    } else {
        EntityType::Organization
    }
}

/// The country whose name or demonym is the first word of `name`.
fn country_named_first(name: &str, gazetteer: &Gazetteer) -> Option<String> {
    let first = name.split_whitespace().next().unwrap_or("");
    gazetteer
        .lookup(first)
        .into_iter()
        .map(|id| gazetteer.entity(id))
        .find(|e| e.kind == EntityType::Country)
        .map(|e| e.name.clone())
}

/// The capitalised runs of one sentence that no mention covers, each with its guessed
/// type, role and affiliation.
fn runs(
    text: &str,
    sentence: std::ops::Range<usize>,
    covered: &[Covered],
    gazetteer: &Gazetteer,
) -> Vec<Run> {
    // Words of the sentence: (start, end), letters, digits, hyphens and apostrophes.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text[sentence.clone()].char_indices() {
        let i = sentence.start + i;
        let inside = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, sentence.end));
    }
    // A headline or title-case line names everything in capitals: skip it.
    let long: Vec<&(usize, usize)> = words
        .iter()
        .filter(|w| {
            let folded = fold_str(&text[w.0..w.1]);
            w.1 - w.0 >= 4 && gazetteer.is_common_word(&folded) && !is_title(&folded)
        })
        .collect();
    let capitals = long
        .iter()
        .filter(|w| {
            text[w.0..w.1]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    let unpunctuated = !text[sentence.clone()]
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', ':', ';', ')']);
    // Prose dense with titles ("Secretary of State Antony J. Blinken met in Berlin with
    // German Foreign Minister ...") still writes its verbs in lower case; a title-case
    // line writes only short words and prepositions so.
    let prose = words.iter().any(|w| {
        let word = &text[w.0..w.1];
        word.len() >= 2 && word.chars().all(char::is_lowercase) && !TITLE_CASE_LOWER.contains(&word)
    });
    if (long.len() >= 4 && capitals * 10 > long.len() * 6 && !prose)
        || (unpunctuated && capitals >= 2)
    {
        return Vec::new();
    }
    let is_covered = |(s, e): (usize, usize)| covered.iter().any(|m| m.start < e && s < m.end);
    let capitalised = |(s, e): (usize, usize)| {
        let w = &text[s..e];
        let w = ["al-", "el-", "Al-", "El-"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .unwrap_or(w);
        w.chars().next().is_some_and(char::is_uppercase) && !is_covered((s, e))
    };
    let lower = |(s, e): (usize, usize)| text[s..e].to_lowercase();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !capitalised(words[i]) {
            i += 1;
            continue;
        }
        // The run: capitalised words, with connectors between them, adjacent (one space).
        let mut j = i + 1;
        while j < words.len() {
            let gap = &text[words[j - 1].1..words[j].0];
            // An initial, or an abbreviated title after titles only, goes on to the next
            // capitalised word ("Mark A. Milley", "Deputy Gen. Mark Milley"; not "the
            // Joint Chiefs of Staff Gen. Mark Milley", a name of its own before it).
            let abbreviation = gap == ". " && {
                let before = &text[words[j - 1].0..words[j - 1].1];
                let titles_only = words[i..j]
                    .iter()
                    .all(|&w| is_title(&lower(w)) && lower(w) != "of");
                // Not a country's abbreviation ("U.S. State Department").
                (before.chars().count() == 1
                    && before.chars().all(char::is_uppercase)
                    && !text[..words[j - 1].0].ends_with('.'))
                    || (titles_only && before.len() <= 4)
            };
            if gap != " " && !(abbreviation && capitalised(words[j])) {
                break;
            }
            // A speaker's label in capitals ends before the speech it opens
            // ("EXTERNAL AFFAIRS MINISTER JAISHANKAR Thank you").
            if j - i >= 2
                && words[i..j].iter().all(|w| all_caps(&text[w.0..w.1]))
                && !all_caps(&text[words[j].0..words[j].1])
            {
                break;
            }
            if capitalised(words[j]) {
                j += 1;
            } else if CONNECTORS.contains(&lower(words[j]).as_str())
                && j + 1 < words.len()
                && &text[words[j].1..words[j + 1].0] == " "
                && capitalised(words[j + 1])
            {
                j += 2;
            } else if lower(words[j]) == "and"
                && j + 1 < words.len()
                && &text[words[j].1..words[j + 1].0] == " "
                && capitalised(words[j + 1])
                && [words[j - 1], words[j + 1]]
                    .iter()
                    .all(|&w| gazetteer.is_common_word(&fold_str(&text[w.0..w.1])))
                && is_title(&lower(words[i]))
                && words[i..j]
                    .iter()
                    .any(|&w| matches!(lower(w).as_str(), "of" | "for"))
            {
                // A title's department of two parts ("Minister of Foreign Affairs and
                // International Cooperation", "Minister of Defence and Military Veterans").
                j += 2;
            } else if matches!(lower(words[j]).as_str(), "of" | "for")
                && j + 2 < words.len()
                && lower(words[j + 1]) == "the"
                && &text[words[j].1..words[j + 1].0] == " "
                && &text[words[j + 1].1..words[j + 2].0] == " "
                && capitalised(words[j + 2])
            {
                // "Democratic Forces for the Liberation", "Chairman of the Joint Chiefs".
                j += 3;
            } else {
                break;
            }
        }
        let mut run = &words[i..j];
        let next_word = words.get(j).copied();
        i = j;
        // A singular possessive inside the run ends another name, and the name starts
        // after it ("the Minister's Official Visit", "It's").
        if let Some(p) = run[..run.len() - 1]
            .iter()
            .rposition(|&(s, e)| possessive(&text[s..e]))
        {
            run = &run[p + 1..];
        }
        // A month dates what follows ("Ben Wallace Oct. 23"); "May" is a surname too.
        let dating = |(s, e): (usize, usize)| {
            let w = &text[s..e];
            (is_one_of(w, MONTHS) && !w.eq_ignore_ascii_case("may"))
                || (text[e..].starts_with('.') && is_one_of(w, MONTH_ABBREVIATIONS))
        };
        // The words that can make a name: not initials, not "Jr." or "III", no month.
        let name_like = |ws: &[(usize, usize)]| {
            ws.iter()
                .filter(|&&(s, e)| {
                    let w = lower((s, e));
                    text[s..e].chars().count() > 1
                        && !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv")
                        && !dating((s, e))
                })
                .count()
        };
        // Leading titles make a person; a leading sentence opener is dropped.
        let mut first = 0;
        let mut title = Vec::new();
        // After a title's "of" or "for": its department's words follow.
        let mut department = false;
        let mut had_department = false;
        // Title words before a body's head noun name the body ("State Department",
        // "National Security Council", "[Brazilian] Foreign Ministry"), not a person.
        let body_of_titles = run.len() >= 2
            && BODY_TITLE_HEADS.contains(&lower(run[run.len() - 1]).as_str())
            && run[..run.len() - 1].iter().all(|&w| {
                let w = lower(w);
                BODY_MODIFIERS.contains(&w.as_str()) || DEPARTMENT_WORDS.contains(&w.as_str())
            });
        while !body_of_titles && first < run.len() {
            let w = lower(run[first]).trim_end_matches('.').to_string();
            // A department word closes it ("Minister for Defence Win Bakri Daki"), unless
            // "and" adds a second part ("... Defence and Military Veterans").
            department = (department
                && !DEPARTMENT_WORDS.contains(&lower(run[first - 1]).as_str()))
                || (had_department && (w == "and" || lower(run[first - 1]) == "and"))
                || (!title.is_empty()
                    && first > 0
                    && matches!(lower(run[first - 1]).as_str(), "of" | "for"));
            had_department |= department;
            if matches!(w.as_str(), "the" | "of") && title.is_empty() {
                first += 1;
            } else if title.is_empty() && contraction(&w) {
                // "And I'm Doug Johnson".
                first += 1;
            } else if department && w == "the" && first + 2 < run.len() {
                // "Chairman of the Joint Chiefs of Staff": a body's name, no department.
                title.push(&text[run[first].0..run[first].1]);
                department = false;
                first += 1;
            } else if department
                && (gazetteer.is_common_word(&fold_str(&w)) || is_title(&w) || w == "and")
                && name_like(&run[first + 1..]) >= 2
                && !CONNECTORS.contains(&lower(run[first + 1]).as_str())
            {
                // A title's department, leaving two words or more for the name:
                // "Secretary of Commerce Penny Pritzker", "Special Envoy for Middle
                // East Steve Witkoff" (not "Minister of Defense Khalid bin Salman").
                title.push(&text[run[first].0..run[first].1]);
                first += 1;
            } else if is_title(&w) || (w == "for" && !title.is_empty()) {
                title.push(&text[run[first].0..run[first].1]);
                first += 1;
            } else if first == 0 && run[0].0 == first_word_start(&words) && is_opener(&w, gazetteer)
            {
                first += 1;
            } else {
                break;
            }
        }
        // Title words ending the run follow a name ("Joint Chiefs of Staff Gen."): the
        // name is what comes before them, if two words or more.
        let ends_title = |w: (usize, usize)| {
            let w = lower(w);
            let w = w.trim_end_matches('.');
            is_title(w) && !matches!(w, "the" | "of" | "state" | "national")
        };
        let mut end = run.len();
        while end > first && ends_title(run[end - 1]) {
            end -= 1;
        }
        if end < run.len() {
            // Two words or more, and not a title's department cut before its last word
            // ("in Charge of the Department of National [Defense]"; "the Joint Chiefs of
            // Staff [Gen.]" is a name).
            let department = end >= 2
                && lower(run[end - 2]) == "of"
                && DEPARTMENT_WORDS.contains(&lower(run[end]).trim_end_matches('.'));
            if end < first + 2 || department {
                continue;
            }
            run = &run[..end];
        }
        // A title inside the run ends what came before it ("IGAD Executive Secretary
        // Workneh Gebeyehu"): the name is what follows the last title word; a run ending
        // in a title is no name ("Secretary of Defense").
        let is_title = |w: (usize, usize)| {
            let w = lower(w);
            let w = w.trim_end_matches('.');
            is_title(w) && !matches!(w, "the" | "of" | "state" | "national")
        };
        let last_title = if body_of_titles {
            None
        } else {
            (first..run.len()).rev().find(|&k| is_title(run[k]))
        };
        if let Some(k) = last_title {
            if k + 1 == run.len() {
                continue;
            }
            if k >= first && !is_title(run[first]) || title.is_empty() {
                let from = (first..=k).find(|&t| is_title(run[t])).unwrap_or(k);
                title = run[from..=k].iter().map(|w| &text[w.0..w.1]).collect();
            }
            first = k + 1;
        }
        // After a title, a body's head noun with two words or more after it ends the
        // body the title is of; the person's name follows ("Commissioner for the
        // National Migration Institute Zorbo Quandt").
        if !title.is_empty() {
            if let Some(h) = (first..run.len()).rev().find(|&h| {
                ORG_HEADS.contains(&lower(run[h]).as_str()) && name_like(&run[h + 1..]) >= 2
            }) {
                first = h + 1;
            }
        }
        // Trailing connectors are no part of the name ("Office of the"), nor is a
        // month that dates what follows ("Ben Wallace Oct. 5").
        let mut last = run.len();
        while last > first
            && (CONNECTORS.contains(&lower(run[last - 1]).as_str())
                || lower(run[last - 1]) == "the"
                || (last - first >= 2 && dating(run[last - 1])))
        {
            last -= 1;
        }
        // A common word that heads no name before "of" ("Change of Command", "the
        // Civilians of Sudan", "Charge of the Department"): the name, if any, starts
        // after "of" (and "the").
        while last - first >= 2
            && lower(run[first + 1]) == "of"
            && heads_no_name(&lower(run[first]), gazetteer)
        {
            first += 2;
            if first < last && lower(run[first]) == "the" {
                first += 1;
            }
        }
        if first >= last {
            continue;
        }
        let name_words = &run[first..last];
        // One word, or a particle and what follows it, right after a mention ends that
        // name ("President Xi Jinping", "Prince Faisal bin Farhan Al Saud"); but a
        // body's head noun after a place's, country's or body's mention makes a body of
        // both ("Palestinian Authority", "Lima Group"; below).
        let adjacent = covered
            .iter()
            .find(|m| m.end <= run[0].0 && text.get(m.end..run[0].0) == Some(" "));
        let head_after_name = name_words.len() == 1
            && ORG_HEADS.contains(&lower(name_words[0]).as_str())
            && adjacent.is_some_and(|m| {
                // Not one side of a pair ("the U.S.-Japan Alliance").
                !m.person && !text[..m.start].ends_with(['-', '–', '/'])
            });
        if (name_words.len() == 1 || CONNECTORS.contains(&lower(name_words[0]).as_str()))
            && first == 0
            && adjacent.is_some()
            && !head_after_name
        {
            continue;
        }
        // Given names right before a person's mention are the rest of that person's
        // name ("João Manuel Gonçalves *Lourenço*"), not someone missing.
        let last_end = name_words[name_words.len() - 1].1;
        if last == run.len()
            && covered
                .iter()
                .any(|m| m.person && text.get(last_end..m.start) == Some(" "))
        {
            continue;
        }
        let head = lower(name_words[name_words.len() - 1]);
        // A head noun ends the name, or comes before "of"/"for" inside it ("University of
        // Munich", "Forces for the Liberation", "Declaration of Commitment").
        let head_before_of = |heads: &[&str]| {
            name_words.windows(2).any(|w| {
                heads.contains(&lower(w[0]).as_str())
                    && matches!(lower(w[1]).as_str(), "of" | "for")
            })
        };
        // The head, or its first part when hyphenated ("Marine Rotational Force-Darwin").
        let is_head = |heads: &[&str]| {
            heads.contains(&head.as_str())
                || head
                    .split_once('-')
                    .is_some_and(|(part, _)| heads.contains(&part))
        };
        let is_org = is_head(ORG_HEADS) || head_before_of(ORG_HEADS);
        let first_lower = lower(name_words[0]);
        // Events, agreements, laws, programmes and ships are no entities the gazetteer
        // holds; documents' headings, times and cut names ("Michael R", before ". Pompeo")
        // are no names.
        let other = is_head(EVENT_HEADS)
            || (head_before_of(EVENT_HEADS) && !is_org)
            || EVENT_FIRSTS.contains(&first_lower.as_str())
            || SHIP_PREFIXES.contains(&first_lower.as_str())
            || head.ends_with("-class");
        let no_name = DOCUMENT_WORDS.contains(&first_lower.as_str())
            || name_words
                .iter()
                .filter(|&&(s, e)| text[s..e].chars().count() > 1)
                .all(|&w| TIME_WORDS.contains(&lower(w).as_str()))
            || name_words
                .iter()
                .all(|&w| STAGE_WORDS.contains(&lower(w).as_str()))
            || (name_words.len() >= 2
                && text[name_words[name_words.len() - 1].0..last_end]
                    .chars()
                    .count()
                    == 1)
            || is_demonym(
                &text[name_words[name_words.len() - 1].0..last_end],
                gazetteer,
            );
        if other || no_name {
            continue;
        }
        // An organization takes the mention right before it into its name ("Lebanese
        // Forces Party").
        // Not a person's name: an office after it starts the next name ("Foreign
        // Minister Téte António Ministry of External Relations", a byline).
        let name_start = if is_org && first == 0 {
            covered
                .iter()
                .filter(|m| !m.person)
                .find(|m| m.end <= run[0].0 && text.get(m.end..run[0].0) == Some(" "))
                .map_or(name_words[0].0, |m| m.start)
        } else {
            name_words[0].0
        };
        // An organization's or event's name goes on over "of" and a mention ("Democratic
        // Forces for the Liberation of Rwanda", "Central Bank of Egypt").
        let mut name_end = name_words[name_words.len() - 1].1;
        if is_org {
            let rest = &text[name_end..];
            if let Some(at) = [" of the ", " for the ", " of ", " for "]
                .iter()
                .find(|c| rest.starts_with(**c))
                .map(|c| name_end + c.len())
            {
                if let Some(m) = covered.iter().find(|m| m.start == at) {
                    name_end = m.end;
                    // ... and over the capitalised words right after that mention
                    // ("Organization of American States").
                    for &(s, e) in words.iter().filter(|w| w.0 >= m.end) {
                        if text.get(name_end..s) != Some(" ") || !capitalised((s, e)) {
                            break;
                        }
                        name_end = e;
                    }
                }
            }
        }
        let name = &text[name_start..name_end];
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name)
            .trim_end_matches(['\'', '’'])
            .to_string();
        // A contraction ("I'm") or a letter is no name, nor is one common word. A name
        // of common words only ("The End", "White House", "Boko Haram"; unless a body's
        // of three words or more: "Joint Chiefs of Staff") is weak evidence of a name
        // ([`Suggester::ranked`]).
        let common = name
            .split_whitespace()
            .all(|w| gazetteer.is_common_word(&fold_str(w)))
            && !(is_org && name_words.len() >= 3);
        if name.chars().filter(|c| c.is_alphanumeric()).count() < 3
            || (!name.contains(' ') && name.contains(['\'', '’']))
            || (common && !name.contains(' '))
        {
            continue;
        }
        // A middle initial is left out of the name and kept in the alias as written
        // ("Mark Milley", alias "Mark A. Milley"), as the gazetteer writes people.
        let (name, alias) = match without_initials(&name) {
            Some(short) => (short, Some(name)),
            None => (name, acronym_after(&text[name_end..sentence.end])),
        };
        // A speaker's label in capitals names the speaker as names are written
        // ("FOREIGN MINISTER KAMIKAWA:" is Kamikawa).
        let name = if !title.is_empty()
            && title.iter().all(|t| all_caps(t))
            && name.split(' ').all(all_caps)
        {
            title_case(&name)
        } else {
            name
        };
        // One word before a lower-case group noun is a body's name ("a NAC meeting").
        let group = name_words.len() == 1
            && next_word.is_some_and(|(s, e)| {
                text.get(name_end..s) == Some(" ") && GROUP_NOUNS.contains(&&text[s..e])
            });
        let before = text[sentence.start..run[0].0].trim_end();
        let before_word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        // A name before ", " and a country is a place's ("Karuizawa, Japan").
        let before_country = text[name_end..]
            .strip_prefix(", ")
            .is_some_and(|_| covered.iter().any(|m| m.country && m.start == name_end + 2));
        let (kind, role) = if PLACE_HEADS.contains(&head.as_str())
            || (name_words.len() >= 2 && PLACE_FIRSTS.contains(&first_lower.as_str()))
            || (before_country && title.is_empty())
        {
            (Some(EntityType::Place), None)
        } else if is_org {
            (Some(EntityType::Organization), None)
        } else if !title.is_empty() {
            (Some(EntityType::Person), Some(title.join(" ")))
        } else if matches!(before_word.as_str(), "in" | "to" | "from" | "near") {
            (Some(EntityType::Place), None)
        } else if group {
            (Some(EntityType::Organization), None)
        } else {
            (None, None)
        };
        // The affiliation: a country or organization mention right before the run
        // ("Egyptian Foreign Minister ...", "Lebanon's ..."), in the same clause: not
        // one a comma or a full stop ends ("... the Houthis. Secretary of Defense ...").
        let affiliation = covered
            .iter()
            .filter(|m| {
                m.start >= sentence.start
                    && m.end <= run[0].0
                    && run[0].0 - m.end <= 3
                    && !text[m.end..run[0].0].contains(['.', ',', ';', ':', '!', '?'])
            })
            .find_map(|m| m.affiliation.clone());
        out.push(Run {
            name,
            kind,
            role,
            affiliation,
            alias,
            group,
            opens: name_words[0].0 == first_word_start(&words),
            common,
        });
    }
    out
}

/// Title words that also end a department's name ("Department of National *Defense*"):
/// stripped from the end of a run as titles, they leave the name cut.
const DEPARTMENT_WORDS: &[&str] = &[
    "defense", "defence", "foreign", "interior", "finance", "security", "affairs", "justice",
];

/// Words that head a name before "of" beyond the head nouns' lists ("League of Arab
/// States", "Government of National Unity", "House of Representatives").
const OF_NAME_HEADS: &[&str] = &[
    "league",
    "government",
    "house",
    "board",
    "chamber",
    "order",
    "friends",
    "republic",
    "kingdom",
    "state",
    "states",
    "congress",
    "secretariat",
    "directorate",
    "church",
    "community",
    "people",
    "peoples",
    "embassy",
    "consulate",
    "mission",
    "delegation",
    "isle",
    "cape",
];

/// Whether `word` (lower case), before "of", heads no name: a common English word that
/// is no head noun of a body, a place or an event, no title and none of
/// [`OF_NAME_HEADS`] ("change", "charge", "civilians").
fn heads_no_name(word: &str, gazetteer: &Gazetteer) -> bool {
    gazetteer.is_common_word(&fold_str(word))
        && !is_title(word)
        && ![
            ORG_HEADS,
            PLACE_HEADS,
            EVENT_HEADS,
            PLACE_FIRSTS,
            OF_NAME_HEADS,
        ]
        .iter()
        .any(|list| list.contains(&word))
}

/// Whether `word` is a country's demonym ("American"): a name ending in one is an
/// adjective ("North American", "Latin American").
fn is_demonym(word: &str, gazetteer: &Gazetteer) -> bool {
    let folded = fold_str(word);
    gazetteer.lookup(word).into_iter().any(|id| {
        let entity = gazetteer.entity(id);
        entity.kind == EntityType::Country
            && entity
                .aliases
                .iter()
                .any(|a| a.kind == AliasKind::Demonym && fold_str(&a.text) == folded)
    })
}

/// Whether `word` is a singular possessive that ends a name before another ("the
/// Minister's", "It's"); not a plural's, which names take inside them ("Kurdistan
/// Workers' Party", "People's Liberation Army", "Women's Union").
fn possessive(word: &str) -> bool {
    let Some(owner) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) else {
        return false;
    };
    !PLURAL_OWNERS.contains(&owner.to_lowercase().as_str())
}

/// Plurals without an s, whose possessive is part of many names ("People's Party").
const PLURAL_OWNERS: &[&str] = &["people", "women", "men", "children"];

/// Whether `word` (lower case) is a contraction that opens a sentence ("i'm", "we're").
fn contraction(word: &str) -> bool {
    word.split_once(['\'', '’'])
        .is_some_and(|(_, rest)| matches!(rest, "m" | "re" | "ve" | "ll" | "d"))
}

/// An acronym in parentheses opening `rest` (" (FDLR) and ..."): two to eight capitals
/// and digits, at least two of them letters.
fn acronym_after(rest: &str) -> Option<String> {
    let inner = rest.strip_prefix(" (")?;
    let inner = &inner[..inner.find(')')?];
    let letters = inner.chars().filter(char::is_ascii_uppercase).count();
    (inner.len() <= 8
        && letters >= 2
        && inner
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
    .then(|| inner.to_string())
}

/// `name` without its middle initials ("Mark A. Milley" → "Mark Milley"), if it has
/// any and two words or more remain.
fn without_initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let initial = |w: &str| {
        let letters = w.strip_suffix('.').unwrap_or(w);
        letters.chars().count() == 1 && letters.chars().all(char::is_uppercase)
    };
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| i == 0 || i + 1 == words.len() || !initial(w))
        .map(|(_, w)| *w)
        .collect();
    (kept.len() < words.len() && kept.len() >= 2).then(|| kept.join(" "))
}

/// `name` in capitals written as a name: each word's first letter kept, the rest in
/// lower case ("JAISHANKAR" → "Jaishankar", "AL-THANI" → "Al-Thani").
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphanumeric() && c != '\'' && c != '’';
    }
    out
}

/// Whether `word` has two letters or more, all capitals ("JAISHANKAR", "NATO").
fn all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Words a title-case line may still write in lower case.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to",
    "up", "vs", "via", "with", "from", "into", "over", "after", "before", "about", "amid", "upon",
    "between", "against", "during", "under", "through", "toward", "towards", "without", "onto",
];

/// Where the first word of the sentence starts.
fn first_word_start(words: &[(usize, usize)]) -> usize {
    words.first().map_or(0, |w| w.0)
}

#[cfg(test)]
mod tests;
