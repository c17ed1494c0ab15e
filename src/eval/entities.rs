//! Scoring which entities a document names (`tests/eval/met/real/*/NAME.ents`).
//!
//! Each real article `NAME.txt` may have `NAME.ents` beside it: the people,
//! organisations and countries a reader expects a who-met-whom tool to find in it, one
//! per line, `kind<TAB>name[<TAB># note]` (`#` lines are comments):
//!
//! | kind | meaning |
//! |---|---|
//! | `person`, `org`, `country` | expected, by the gazetteer's canonical name (checked) |
//! | `outside-person`, `outside-org`, `outside-country` | expected, but not in the gazetteer when annotated: the name as written. If the gazetteer later gets an alias equal to it, it counts as that entity; otherwise it is a miss |
//! | `optional` | neither expected nor wrong (a quoted analyst, a programme, a name only inside a title) |
//!
//! The score is per document: an entity found anywhere in the text counts once.
//! People and organisations are scored together, countries apart; places are not
//! scored. Three more measures come from the same pass:
//!
//! - **surname share**: for each expected person the tool matches by a longer name
//!   ("Antony Blinken", "Secretary Blinken"), every whole-word occurrence of a surname
//!   form ([`surname_forms`], or [`family_name_first`] where the gazetteer puts the
//!   family name first) outside those longer matches, and how many of them
//!   the tool matched as that person. Surnames two expected people share are left out.
//! - **names inside names** (a strict scan): a match followed by a capitalised word
//!   (not a title or a rank, hyphenated ones by their first part: "President-elect",
//!   "Marine Corps Sgt.", not a weekday or a month, nor a month abbreviated with a stop
//!   ("Mexico Nov. 6-8"), not another match, not a word of the
//!   entity's own name, not a government office after a person's name, which no office
//!   is named after: "Téte António Ministry of External Relations", not a title's
//!   holder after "of" or "to": "Ambassador to Bangladesh Marcia Bernicat", not in a
//!   title-case headline line) or preceded by `of`/`of the` after a capitalised common
//!   English word (not a title word: "the High Representative of the European Union",
//!   not the end of another match, not a sentence's first word; a word that is no
//!   common word is a person's name: "Joseph Cao of Louisiana"), or by `for`/`for the`
//!   after a body's head ([`FOR_HEADS`]: "Research Center for Chinese Politics").
//!   Counted per 1,000 matches and listed.
//!
//!   The entity's *own* part is not a longer name of something else, and is not counted
//!   (the rule of `tests/eval/met/real/README.md`): a country's diplomatic post ("the
//!   U.S. Embassy in Hanoi", "the Embassy of Japan"), an organisation's committee ("the
//!   Foreign Relations Committee of the United States Senate") or its units, a plural
//!   that is no common word ending the name ("U.S. Navy Seabees"). "Bank of Japan",
//!   "New Mexico", "Qatar Airways" are still counted. One kind of count is no matcher
//!   error: a sentence that really ends in "U.S." before a capitalised common word
//!   ("study in the U.S. Lack of English is..."), which the sentence splitter joins on
//!   purpose (`crate::text::sentences`) and the scan cannot tell from "U.S. Embassy".
//! - **outside misses**: the expected names the gazetteer lacks, for `suggest`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{EvalError, Score};
use crate::gazetteer::{
    common_word_rank, family_name_first, surname_forms, EntityId, EntityType, Gazetteer,
    FAMILY_NAME_FIRST,
};
use crate::pipeline::{Analyzer, Model};
use crate::text::calendar::{is_one_of, is_weekday_or_month, MONTH_ABBREVIATIONS};

/// One article annotated with the entities it names.
#[derive(Debug, Clone)]
pub struct EntityArticle {
    /// The file stem.
    pub name: String,
    /// The text.
    pub text: String,
    /// The date from the `.met` header, when there is one.
    pub date: Option<String>,
    /// Gazetteer entities expected.
    pub expected: BTreeSet<EntityId>,
    /// Gazetteer entities neither expected nor wrong.
    pub optional: BTreeSet<EntityId>,
    /// Expected entities the gazetteer does not know: type and name as written.
    pub outside: Vec<(EntityType, String)>,
}

/// Reads every `NAME.ents` with its `NAME.txt` (and the date of `NAME.met`) in `dir`.
///
/// # Errors
/// A missing text, an unknown kind, a canonical name the gazetteer lacks or of
/// another type.
pub fn load_entity_articles(
    dir: &Path,
    gazetteer: &Gazetteer,
) -> Result<Vec<EntityArticle>, EvalError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| EvalError::Io { path, source }
    };
    super::files_with_extension(dir, "ents")?
        .iter()
        .map(|path| {
            let text_path = path.with_extension("txt");
            let text = std::fs::read_to_string(&text_path).map_err(io(&text_path))?;
            let annotations = std::fs::read_to_string(path).map_err(io(path))?;
            let date = std::fs::read_to_string(path.with_extension("met"))
                .ok()
                .and_then(|met| {
                    met.lines().find_map(|l| {
                        let (key, value) = l.strip_prefix('#')?.split_once(':')?;
                        (key.trim() == "date").then(|| value.trim().to_string())
                    })
                });
            parse_entities(path, text, date, &annotations, gazetteer)
        })
        .collect()
}

fn parse_kind(kind: &str) -> Option<EntityType> {
    match kind {
        "person" => Some(EntityType::Person),
        "org" => Some(EntityType::Organization),
        "country" => Some(EntityType::Country),
        _ => None,
    }
}

fn parse_entities(
    path: &Path,
    text: String,
    date: Option<String>,
    annotations: &str,
    gazetteer: &Gazetteer,
) -> Result<EntityArticle, EvalError> {
    let mut article = EntityArticle {
        name: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        text,
        date,
        expected: BTreeSet::new(),
        optional: BTreeSet::new(),
        outside: Vec::new(),
    };
    for (number, line) in super::data_lines(annotations) {
        let line = line.trim_end();
        let invalid = |message: String| EvalError::Invalid {
            path: path.to_path_buf(),
            line: number,
            message,
        };
        let mut fields = line.split('\t');
        let kind = fields.next().unwrap_or_default();
        let name = fields.next().map(str::trim).unwrap_or_default();
        if name.is_empty() {
            return Err(invalid(format!("no name in {line:?}")));
        }
        if let Some(outside) = kind.strip_prefix("outside-") {
            let kind =
                parse_kind(outside).ok_or_else(|| invalid(format!("unknown kind {kind:?}")))?;
            let known: Vec<EntityId> = gazetteer
                .lookup(name)
                .into_iter()
                .filter(|&id| gazetteer.entity(id).kind == kind)
                .collect();
            match known.as_slice() {
                [id] => {
                    article.expected.insert(*id);
                }
                _ => article.outside.push((kind, name.to_string())),
            }
        } else if kind == "optional" {
            let ids = match gazetteer.by_name(name) {
                Some(id) => vec![id],
                None => gazetteer.lookup(name),
            };
            article.optional.extend(ids);
        } else {
            let kind = parse_kind(kind).ok_or_else(|| invalid(format!("unknown kind {kind:?}")))?;
            let id = gazetteer
                .by_name(name)
                .ok_or_else(|| invalid(format!("{name:?} is no canonical name")))?;
            if gazetteer.entity(id).kind != kind {
                return Err(invalid(format!(
                    "{name:?} is a {}",
                    gazetteer.entity(id).kind
                )));
            }
            article.expected.insert(id);
        }
    }
    Ok(article)
}

/// What [`score_entity_articles`] measured.
#[derive(Debug, Clone, Default)]
pub struct EntityReport {
    /// Articles scored.
    pub articles: usize,
    /// People and organisations, per document.
    pub people_and_orgs: Score,
    /// Countries, per document.
    pub countries: Score,
    /// Surname-only occurrences of people matched by a longer name.
    pub surname_occurrences: usize,
    /// Of those, the ones matched as that person.
    pub surname_matched: usize,
    /// Every match, all types.
    pub mentions: usize,
    /// Matches the strict scan finds inside a longer capitalised name.
    pub inside_names: usize,
    /// Expected names the gazetteer does not know: (article, type, name).
    pub outside: Vec<(String, EntityType, String)>,
    /// Every mistake, one line each.
    pub mistakes: Vec<String>,
}

impl EntityReport {
    /// Share of surname occurrences matched (1 when there are none).
    pub fn surname_share(&self) -> f64 {
        if self.surname_occurrences == 0 {
            1.0
        } else {
            self.surname_matched as f64 / self.surname_occurrences as f64
        }
    }

    /// Names inside longer names per 1,000 matches.
    pub fn inside_per_thousand(&self) -> f64 {
        1000.0 * self.inside_names as f64 / self.mentions.max(1) as f64
    }
}

/// Scores the entities `model` finds in `articles`.
pub fn score_entity_articles(articles: &[EntityArticle], model: &Model) -> EntityReport {
    let gazetteer = &model.gazetteer;
    let mut analyzer = Analyzer::new(model);
    let mut report = EntityReport {
        articles: articles.len(),
        ..EntityReport::default()
    };
    for article in articles {
        let text = article.text.as_str();
        analyzer.analyze_dated(text, article.date.as_deref());
        let mentions = &analyzer.mentions.resolved;
        let found: BTreeSet<EntityId> = mentions.iter().map(|m| m.entity).collect();
        let is_country = |id: &EntityId| gazetteer.entity(*id).kind == EntityType::Country;
        let scored = |id: &EntityId| {
            matches!(
                gazetteer.entity(*id).kind,
                EntityType::Person | EntityType::Organization
            )
        };
        for (score, in_group, outside_in_group) in [
            (
                &mut report.people_and_orgs,
                &scored as &dyn Fn(&EntityId) -> bool,
                article
                    .outside
                    .iter()
                    .filter(|(k, _)| *k != EntityType::Country)
                    .count(),
            ),
            (
                &mut report.countries,
                &is_country as &dyn Fn(&EntityId) -> bool,
                article
                    .outside
                    .iter()
                    .filter(|(k, _)| *k == EntityType::Country)
                    .count(),
            ),
        ] {
            let predicted: BTreeSet<EntityId> =
                found.iter().copied().filter(|id| in_group(id)).collect();
            let expected: BTreeSet<EntityId> = article
                .expected
                .iter()
                .copied()
                .filter(|id| in_group(id))
                .collect();
            score.true_positives += predicted.intersection(&expected).count();
            for id in predicted.difference(&expected) {
                if !article.optional.contains(id) {
                    score.false_positives += 1;
                    report.mistakes.push(format!(
                        "  entity not expected  {}: {}",
                        article.name,
                        gazetteer.entity(*id).name
                    ));
                }
            }
            for id in expected.difference(&predicted) {
                score.false_negatives += 1;
                report.mistakes.push(format!(
                    "  entity missed        {}: {}",
                    article.name,
                    gazetteer.entity(*id).name
                ));
            }
            score.false_negatives += outside_in_group;
        }
        for (kind, name) in &article.outside {
            report.mistakes.push(format!(
                "  outside gazetteer    {}: {kind} {name}",
                article.name
            ));
            report
                .outside
                .push((article.name.clone(), *kind, name.clone()));
        }
        surnames(article, &analyzer, gazetteer, &mut report);
        report.mentions += mentions.len();
        let before = report.mistakes.len();
        inside_names(
            &article.name,
            text,
            mentions,
            gazetteer,
            &mut report.mistakes,
        );
        report.inside_names += report.mistakes.len() - before;
    }
    report
}

/// Runs the strict names-inside-names scan ([`inside_longer_name`]) over the resolved
/// `mentions` of `text` (the document `name`), one line in `items` per match it counts.
pub(super) fn inside_names(
    name: &str,
    text: &str,
    mentions: &[crate::matcher::ResolvedMention],
    gazetteer: &Gazetteer,
    items: &mut Vec<String>,
) {
    for m in mentions {
        let entity = gazetteer.entity(m.entity);
        let own = Own {
            name: entity.name.as_str(),
            kind: entity.kind,
            demonym: m.demonym,
        };
        let common_words = gazetteer.common_words();
        if let Some(why) = inside_longer_name(text, m.start, m.end, own, mentions, common_words) {
            items.push(format!(
                "  inside a longer name {name}:{} {:?} as {} in {:?} ({why})",
                m.start,
                &text[m.start..m.end],
                entity.name,
                context(text, m.start, m.end),
            ));
        }
    }
}

/// Counts surname-only occurrences of the expected people matched by a longer name.
fn surnames(
    article: &EntityArticle,
    analyzer: &Analyzer<'_>,
    gazetteer: &Gazetteer,
    report: &mut EntityReport,
) {
    let text = article.text.as_str();
    let mentions = &analyzer.mentions.resolved;
    let people: Vec<(EntityId, Vec<String>)> = article
        .expected
        .iter()
        .filter(|id| gazetteer.entity(**id).kind == EntityType::Person)
        .map(|id| {
            let person = gazetteer.entity(*id);
            let forms = match person.affiliation.as_deref() {
                Some(country) if FAMILY_NAME_FIRST.contains(&country) => {
                    family_name_first(&person.name)
                }
                _ => surname_forms(&person.name),
            };
            (*id, forms)
        })
        .filter(|(_, forms)| !forms.is_empty())
        .collect();
    let mut owners: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, forms) in &people {
        for form in forms {
            *owners.entry(form.as_str()).or_default() += 1;
        }
    }
    for (id, forms) in &people {
        let own: Vec<&crate::matcher::ResolvedMention> =
            mentions.iter().filter(|m| m.entity == *id).collect();
        let longer = |m: &&crate::matcher::ResolvedMention| {
            let span = &text[m.start..m.end];
            span.contains(' ') && !forms.iter().any(|f| f == span)
        };
        if !own.iter().any(longer) {
            continue;
        }
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for form in forms {
            if owners[form.as_str()] > 1 {
                continue;
            }
            for (start, _) in text.match_indices(form.as_str()) {
                let end = start + form.len();
                let before = text[..start].chars().next_back();
                let after = text[end..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                    || taken.iter().any(|&(s, e)| s < end && start < e)
                {
                    continue;
                }
                taken.push((start, end));
                let inside_longer = own
                    .iter()
                    .filter(|m| longer(m))
                    .any(|m| m.start <= start && end <= m.end);
                if inside_longer {
                    continue;
                }
                report.surname_occurrences += 1;
                if own.iter().any(|m| m.start <= start && end <= m.end) {
                    report.surname_matched += 1;
                } else {
                    report.mistakes.push(format!(
                        "  surname missed       {}:{start} {:?} ({})",
                        article.name,
                        context(text, start, end),
                        gazetteer.entity(*id).name
                    ));
                }
            }
        }
    }
}

/// Capitalised words that start a title or a role, not a longer name, after a match
/// ("Egyptian Foreign Minister") or before "of" ("Secretary of State of the United
/// States").
const TITLE_WORDS: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Ministers",
    "Foreign",
    "Defense",
    "Defence",
    "Secretary",
    "Deputy",
    "Vice",
    "King",
    "Queen",
    "Crown",
    "Prince",
    "Princess",
    "Emir",
    "Sheikh",
    "Ambassador",
    "Ambassadors",
    "Envoy",
    "Special",
    "Chancellor",
    "Chief",
    "General",
    "Gen.",
    "Admiral",
    "Adm.",
    "Senator",
    "Sen.",
    "Speaker",
    "Leader",
    "Spokesperson",
    "Spokesman",
    "Director",
    // A prosecutor's office: "U.S. Attorney James R. Klindt", "District Attorney".
    "Attorney",
    "Supreme",
    "External",
    "Interior",
    "Senior",
    "Principal",
    "Acting",
    "Under",
    "Assistant",
    "Undersecretary",
    "Officer",
    "Commander",
    "Head",
    "Chairman",
    "Chair",
    "Chairperson",
    "Chairwoman",
    "Governor",
    "Mayor",
    "Premier",
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "Madam",
    "His",
    "Her",
    "Excellency",
    "Republic",
    "Kingdom",
    "State",
    "States",
    "Government",
    "Governments",
    "People",
    "Affairs",
    // "Ministry of External Relations of the Republic of Angola", as "Foreign Affairs".
    "Relations",
    "Minister",
    "Majesty",
    "Highness",
    "Sultan",
    "Pope",
    "Council",
    "Official",
    "Officials",
    "Counterpart",
    "Correspondent",
    "Press",
    // The body a name leads, not a longer name: "the Trump Administration", "NATO Allies".
    "Administration",
    "Regime",
    "Allies",
    "Ally",
    "Summit",
    // Ranks: "U.S. Marine Corps Sgt. Jeff Knoll", "Israeli Army Maj. ...".
    "Sgt",
    "Sergeant",
    "Cpl",
    "Corporal",
    "Pvt",
    "Lt",
    "Lieutenant",
    "Capt",
    "Captain",
    "Maj",
    "Major",
    "Col",
    "Colonel",
    "Cmdr",
    "Cdr",
    "Brig",
    // The title before "of": "the High Representative of the European Union".
    "Representative",
    // A name going on: "Faisal bin Farhan Al Saud", "Gilberto Teodoro Jr."
    "Al",
    "Jr",
    "Sr",
    "II",
    "III",
];

/// Words heading a government office, never named after a person: after a person's
/// name they start the next name ("Foreign Minister Téte António Ministry of External
/// Relations", a byline with no punctuation).
const OFFICE_WORDS: &[&str] = &["Ministry", "Department", "Embassy", "Consulate", "Mission"];

/// Words naming a country's own diplomatic post, which is the country acting abroad
/// and no other body: right after the country ("the U.S. Embassy in Hanoi", "U.S.
/// Embassy Kolonia's Chargé") or before "of" and it ("the Embassy of Japan"). The
/// matcher keeps the country there too (`gazetteer/blockers.tsv`, kind `part`).
const MISSION_WORDS: &[&str] = &["Embassy", "Embassies", "Consulate", "Mission", "Delegation"];

/// Words naming an organisation's own part before "of" and it: "the Foreign Relations
/// Committee of the United States Senate" names the Senate as the committee's body.
const PART_OF_WORDS: &[&str] = &["Committee", "Subcommittee"];

/// Whether `bare`, the capitalised word right after a match of `own` (followed by
/// `rest`), names the entity's own part, not a longer name of something else: a
/// country's diplomatic post ([`MISSION_WORDS`]), or, after an organisation, a plural
/// that is no common English word and ends the name: its units or members ("U.S. Navy
/// Seabees and Marines"). "Qatar Airways" (a company), "Obama Foundation" and "Bank of
/// Japan" are still counted.
fn own_part_after(own: Own<'_>, bare: &str, rest: &str, common_words: &[(String, u32)]) -> bool {
    match own.kind {
        EntityType::Country => MISSION_WORDS.contains(&bare),
        EntityType::Organization => {
            let ends = rest
                .strip_prefix(' ')
                .is_none_or(|r| !r.starts_with(char::is_uppercase));
            bare.len() > 3
                && bare.ends_with('s')
                && !bare.ends_with("ss")
                && ends
                && common_word_rank(common_words, &bare.to_lowercase()).is_none()
        }
        _ => false,
    }
}

/// Whether `bare`, the capitalised word before "of" and a match of `own`, names the
/// entity's own part: a country's post ([`MISSION_WORDS`]: "the Embassy of Japan"), an
/// organisation's committee ([`PART_OF_WORDS`]).
fn own_part_before(own: Own<'_>, bare: &str) -> bool {
    match own.kind {
        EntityType::Country => MISSION_WORDS.contains(&bare),
        EntityType::Organization => PART_OF_WORDS.contains(&bare),
        _ => false,
    }
}

/// Head nouns of bodies that, capitalised before "for" and a match, make a longer name
/// ("Research Center for Chinese Politics", "Institute for the Study of War").
const FOR_HEADS: &[&str] = &[
    "Center",
    "Centre",
    "Institute",
    "Foundation",
    "Fund",
    "Coalition",
    "Alliance",
    "Campaign",
    "Society",
    "Association",
    "Council",
    "Commission",
    "Committee",
    "Agency",
    "Organization",
    "Organisation",
    "Network",
    "Movement",
    "Front",
    "Forum",
    "Academy",
    "School",
    "College",
    "University",
    "Museum",
];

/// Function words (pronouns, determiners, conjunctions, prepositions and sentence
/// adverbs) that no name goes on with: after a match ending in an abbreviation's stop
/// they open the next sentence ("to ever strike the U.S. However, without ...").
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "Moreover",
    "Still",
    "Also",
    "Then",
    "Thus",
    "Instead",
    "In",
    "On",
    "At",
    "For",
    "With",
    "By",
    "From",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Because",
    "Although",
    "Though",
];

/// What the scan knows of the matched entity.
#[derive(Debug, Clone, Copy)]
struct Own<'a> {
    /// Its canonical name.
    name: &'a str,
    /// Its type.
    kind: EntityType,
    /// The match is a demonym ("Zimbabwean").
    demonym: bool,
}

/// Capitalised words after a match that the scan reads for a title: "Zimbabwean
/// *Information Minister*", "the Kenyan *Cabinet Secretary*".
const TITLE_REACH: usize = 3;

/// The strict names-inside-names scan: why the match at `start..end` (of the entity
/// `own`) looks part of a longer capitalised name, or `None`. A word of the entity's own
/// name goes on naming it ("President Xi Jinping"). Not counted after the match: a
/// title within [`TITLE_REACH`] capitalised words ("Zimbabwean Information Minister"),
/// a name of words that are no common English words after a demonym ("American John
/// O'Brien": a person and their nationality) or after a title's "of" ("President of
/// Angola João Lourenço": the title's holder).
fn inside_longer_name(
    text: &str,
    start: usize,
    end: usize,
    own: Own<'_>,
    mentions: &[crate::matcher::ResolvedMention],
    common_words: &[(String, u32)],
) -> Option<&'static str> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    if title_case(&text[line_start..line_end]) {
        return None;
    }
    let starts_mention = |at: usize| mentions.iter().any(|m| m.start == at);
    let ends_mention = |at: usize| mentions.iter().any(|m| m.end == at);
    // A hyphen pair ("U.S.-Japan Alliance", "Israel-Hamas war") names both.
    let hyphen_pair = text[..start].ends_with('-') && ends_mention(start - 1)
        || text[end..].starts_with('-') && starts_mention(end + 1);
    // After: " Word" with a capital, on the same line.
    if let Some(rest) = text[end..].strip_prefix(' ') {
        let word: &str = rest
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | ')' | '('))
            .next()
            .unwrap_or_default();
        let bare = word.trim_end_matches(['.', '’', '\'', '"', '”']);
        let bare = bare
            .strip_suffix("’s")
            .or(bare.strip_suffix("'s"))
            .unwrap_or(bare);
        // A hyphenated title by its first part: "President-elect", "Vice-President".
        let first_part = bare.split(['-', '–']).next().unwrap_or(bare);
        let office = own.kind == EntityType::Person && OFFICE_WORDS.contains(&bare);
        let own_part = own_part_after(own, bare, &rest[word.len()..], common_words);
        if bare.chars().next().is_some_and(char::is_uppercase)
            && !bare.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !TITLE_WORDS.contains(&bare)
            && !TITLE_WORDS.contains(&word)
            && !TITLE_WORDS.contains(&first_part)
            && !office
            && !own_part
            && !is_weekday_or_month(bare)
            && !(word.ends_with('.') && is_one_of(bare, MONTH_ABBREVIATIONS))
            && !(text[..end].ends_with('.') && SENTENCE_OPENERS.contains(&bare))
            && !own.name.split_whitespace().any(|w| w == bare)
            && !starts_mention(end + 1)
            && !hyphen_pair
            && !title_ahead(rest)
            && !(common_word_rank(common_words, &bare.to_lowercase()).is_none()
                && (own.demonym || after_title_word(&text[line_start..start])))
        {
            return Some("a capitalised word follows");
        }
    }
    if let Some(why) = capitalised_before(text, line_start, start, own, common_words) {
        if !ends_mention(start - 1) && !hyphen_pair {
            return Some(why);
        }
    }
    // Before: a body's head and "for" ("Research Center for Chinese Politics"); "for"
    // after other words is a preposition ("thanked the Foreign Minister for Bahrain's").
    let line_before = &text[line_start..start];
    if let Some(rest) = line_before
        .strip_suffix(" for the ")
        .or_else(|| line_before.strip_suffix(" for "))
    {
        if FOR_HEADS.contains(&rest.rsplit(' ').next().unwrap_or_default()) {
            return Some("a capitalised name ends in \"for\"");
        }
    }
    // Before: "Word of " or "Word of the ".
    let before = text[line_start..start]
        .strip_suffix("of the ")
        .or_else(|| text[line_start..start].strip_suffix("of "))?;
    let before = before.strip_suffix(' ')?;
    let word = before.rsplit(' ').next().unwrap_or_default();
    let word_start = line_start + before.len() - word.len();
    let bare = word.trim_end_matches(['.', ',']);
    // A word that is no common English word before "of" is a person's name ("Joseph Cao
    // of Louisiana"), not the head of a name ("Bank of", "University of").
    let common = common_word_rank(common_words, &bare.to_lowercase()).is_some();
    // A sentence's first word has its capital from the sentence ("Two of Cambodia's
    // hopefuls", "Values of American stocks").
    if bare.chars().next().is_some_and(char::is_uppercase)
        && common
        && !opens_sentence(text, line_start, word_start)
        && !TITLE_WORDS.contains(&bare)
        && !crate::matcher::is_title_word(&bare.to_lowercase())
        && !own_part_before(own, bare)
        && !ends_mention(line_start + before.len())
        && !starts_mention(word_start)
    {
        return Some("a capitalised name ends in \"of\"");
    }
    None
}

/// Compass and size words that, before a place, name a part of it ("Southern
/// California", "Northwest Arkansas", "Greater Tokyo"), not another name.
const PART_WORDS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Northeastern",
    "Northwestern",
    "Southeastern",
    "Southwestern",
    "Central",
    "Upper",
    "Lower",
    "Greater",
];

/// Words read back from a capitalised word before a match for a title whose
/// department it ends ("*Minister* of Finance and Public Credit Edgar Amador Zamora",
/// "*Director* of the Office of Management and Budget Shalanda Young", "Under
/// *Secretary* for Civilian Security, Democracy, and Human Rights Uzra Zeya"): an
/// office's name runs to about ten words.
const TITLE_BEHIND: usize = 10;

/// Honorifics before a name, beyond the titles ("Sir Keir Starmer").
const HONORIFIC_WORDS: &[&str] = &["Sir", "Dame", "Lord", "Lady", "Prof", "Professor", "Rev"];

/// Whether a capitalised word stands right before the match at `start` (after one
/// space, on its line), making a longer name: "*New* Mexico", "*Real* Madrid", "*Hunter*
/// Biden". Not a title, honorific or rank (or their plural: "Presidents Boni Yayi"),
/// nor a title's department, a title up to [`TITLE_BEHIND`] words back ("Secretary of
/// Commerce Raimondo"), not a compass word ("Southern California"), not an adjective
/// ("the Rwanda-backed M23"), not a sentence's first or last word ("Forum. Austin
/// spoke"); before a person, only a common English word (other
/// words are mostly their own given or middle names: "João Manuel Gonçalves
/// Lourenço"). The caller leaves out the end of another match ("Israeli Netanyahu").
fn capitalised_before(
    text: &str,
    line_start: usize,
    start: usize,
    own: Own<'_>,
    common_words: &[(String, u32)],
) -> Option<&'static str> {
    let rest = text[line_start..start].strip_suffix(' ')?;
    let word = rest.rsplit(' ').next().unwrap_or_default();
    let word_start = line_start + rest.len() - word.len();
    // Every part capitalised ("Rwanda-backed" is an adjective), no final stop (a
    // sentence's end: "in late May. Austin spoke"; or an abbreviation).
    let capitalised = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase)
            && part.chars().any(char::is_lowercase)
            && part.chars().all(char::is_alphabetic)
    };
    if !word.split('-').all(capitalised) || opens_sentence(text, line_start, word_start) {
        return None;
    }
    let title = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        let one = |w: &str| {
            TITLE_WORDS.contains(&w)
                || HONORIFIC_WORDS.contains(&w)
                || crate::matcher::is_title_word(&w.to_lowercase())
        };
        // Plurals too: "Presidents Boni Yayi", "Generals Burhan and Hemedti".
        one(w) || w.strip_suffix('s').is_some_and(one)
    };
    // "The" opens names written with a capital ("at The Prince Karuizawa") more often
    // than it is one; a post before a place is the place's ("Embassy Mexico City").
    if word.split('-').any(title)
        || PART_WORDS.contains(&word)
        || word == "The"
        || MISSION_WORDS.contains(&word)
    {
        return None;
    }
    // A title a few words back: the words between are its department ("Secretary of
    // Commerce", "Minister of Finance and Public Credit").
    let behind = rest[..rest.len() - word.len()]
        .split(' ')
        .rev()
        .skip(1)
        .take(TITLE_BEHIND)
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "of" | "the" | "for" | "and")
        })
        .any(title);
    let bare = word;
    let common = common_word_rank(common_words, &bare.to_lowercase()).is_some();
    if behind || (own.kind == EntityType::Person && !common) {
        return None;
    }
    Some("a capitalised word comes before")
}

/// Whether the word at `word_start` opens a sentence: at its line's start or after a
/// sentence's end, where its capital says nothing ("Two of Cambodia's hopefuls").
fn opens_sentence(text: &str, line_start: usize, word_start: usize) -> bool {
    text[line_start..word_start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | '"' | '\u{201d}' | '\u{2014}' | '\u{2013}' | '-'
            )
        })
}

/// Whether one of the first [`TITLE_REACH`] capitalised words of `rest` is a title word:
/// the words before it qualify the title ("Information Minister").
fn title_ahead(rest: &str) -> bool {
    rest.split(' ')
        .take(TITLE_REACH)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| TITLE_WORDS.contains(&w) || crate::matcher::is_title_word(&w.to_lowercase()))
}

/// Whether `before` (the line up to a match) ends in a title and "of" or "to"
/// ("President of", "Foreign Minister of the", "Ambassador to").
fn after_title_word(before: &str) -> bool {
    let Some(rest) = ["of the ", "of ", "to the ", "to "]
        .iter()
        .find_map(|w| before.strip_suffix(w))
    else {
        return false;
    };
    let word = rest.trim_end().rsplit(' ').next().unwrap_or_default();
    TITLE_WORDS.contains(&word) || crate::matcher::is_title_word(&word.to_lowercase())
}

/// A line most of whose words of four letters or more start with a capital: a
/// headline in title case, where capitals say nothing. A short one ("US Economy",
/// "US World Cup Team") needs all of them capitalised and no final punctuation.
fn title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitals = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if long.len() >= 3 {
        capitals * 5 >= long.len() * 4
    } else {
        let punctuated = line.trim_end().ends_with(['.', '!', '?', ':', ';', ',']);
        !long.is_empty() && capitals == long.len() && !punctuated
    }
}

pub(super) fn context(text: &str, start: usize, end: usize) -> String {
    let mut from = start.saturating_sub(30);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + 30).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    text[from..to].replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::{inside_longer_name, Own};
    use crate::gazetteer::{EntityId, EntityType};
    use crate::matcher::ResolvedMention;

    /// The scan on one match (the first occurrence of `name` in `text`), the only
    /// mention: whether it counts it.
    fn counted(text: &str, name: &str, person: bool) -> bool {
        let kind = if person {
            EntityType::Person
        } else {
            EntityType::Place
        };
        counted_as(text, name, kind, false)
    }

    /// [`counted`], for an entity of `kind`, and a demonym when `demonym`.
    fn counted_as(text: &str, name: &str, kind: EntityType, demonym: bool) -> bool {
        let mention = |s: &str| {
            let start = text.find(s).expect("in the text");
            ResolvedMention {
                start,
                end: start + s.len(),
                entity: EntityId(0),
                glued: false,
                demonym: false,
                sentence: 0,
            }
        };
        let m = mention(name);
        let gazetteer = crate::gazetteer::Gazetteer::builtin().expect("the shipped gazetteer");
        let words = gazetteer.common_words();
        let own = Own {
            name,
            kind,
            demonym,
        };
        inside_longer_name(text, m.start, m.end, own, &[m], words).is_some()
    }

    #[test]
    fn names_inside_names_scan_table() {
        // (row, text, match, a person, counted)
        let rows: &[(&str, &str, &str, bool, bool)] = &[
            ("a head after a match", "the Moscow Bureau produced it.", "Moscow", false, true),
            ("a hyphenated title", "he met Guatemalan President-elect Arevalo.", "Guatemalan", false, false),
            ("a hyphenated non-title", "under the Mekong-U.S. Partnership.", "U.S.", false, true),
            ("an office after a person", "Minister Tete Antonio Ministry of External Relations said.", "Tete Antonio", true, false),
            ("an office after a place", "the Cairo Ministry said.", "Cairo", false, true),
            ("relations, as affairs", "Minister of External Relations of the Republic of Angola.", "Republic of Angola", false, false),
            ("a name ending in of", "it urged full implementation of the declaration to Protect the Civilians of Sudan, which remains", "Sudan", false, true),
            ("a title after a place (open text)", "the week, New York Governor Kathy Hochul said.", "New York", false, false),
            ("a title after a body (open text)", "the African Union Chairperson Moussa Faki said.", "African Union", false, false),
            ("a two-word headline (open text)", "US Economy\n\nThe economy grew.", "US", false, false),
            ("a four-word headline (open text)", "US World Cup Team\n\nThe team did well.", "US", false, false),
            ("a short line of prose is still checked", "the Cairo Bureau.", "Cairo", false, true),
            ("a person's name before of (open text)", "one Republican, Joseph Cao of Louisiana, voted yes.", "Louisiana", false, false),
            ("a head before of is still counted", "students of the Bank of Japan said.", "Japan", false, true),
            ("a sentence's first word before of (open text)", "with Korean help.  Two of Cambodia's hopefuls", "Cambodia", false, false),
            ("a sentence's first word after a line start (open text)", "News.\n\nValues of American stocks fell", "American", false, false),
            ("a function word after a stop opens a sentence (open text)", "to ever strike the U.S. However, without it", "U.S.", false, false),
            ("a pronoun after a stop opens a sentence", "he moved to the U.S. They followed him.", "U.S.", false, false),
            ("a name after a stop is still counted", "he joined the U.S. Steel board.", "U.S.", false, true),
            ("a compound compass word names a part (open text)", "to a river port in Northwest Arkansas.", "Arkansas", false, false),
            ("a prosecutor's title (open text)", "said U.S. Attorney James Klindt.", "U.S.", false, false),
            ("a long office's name before its holder (open text)", "the department said that Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya will travel to the region with several advisers next week.", "Uzra Zeya", true, false),
            ("an office's name in of before its holder (open text)", "the meeting was attended by several senior officials, among them the Director of the Office of Management and Budget Shalanda Young.", "Shalanda Young", true, false),
            ("a name before a person is still counted", "they said that at the Kennedy Center Uzra Zeya spoke about schools.", "Uzra Zeya", true, true),
        ];
        for &(row, text, name, person, want) in rows {
            assert_eq!(counted(text, name, person), want, "row {row:?}");
        }
    }

    #[test]
    fn titles_ahead_and_people_by_nationality_are_not_counted() {
        // (row, text, match, a demonym, counted)
        let rows: &[(&str, &str, &str, bool, bool)] = &[
            ("a title two words on", "said Zimbabwean Information Minister Zorbo Quandt.", "Zimbabwean", true, false),
            ("a title three words on", "the Kenyan Cabinet Affairs Secretary said.", "Kenyan", true, false),
            ("a title past the reach", "in a statement read to reporters, the Kenyan Grand Old Rural Party Secretary said that talks would go on.", "Kenyan", true, true),
            ("a person by nationality", "the goal. American Zorbo Quandt scored", "American", true, false),
            ("a body after a demonym", "he flew American Airlines home.", "American", true, true),
            ("a name after a country", "the talk by Jordan Quandtson was long.", "Jordan", false, true),
            ("a title's holder after of", "I met the President of Angola Zorbo Quandt today.", "Angola", false, false),
            ("a body after a title's of", "the President of Angola Airlines spoke.", "Angola", false, true),
        ];
        for &(row, text, name, demonym, want) in rows {
            let kind = EntityType::Country;
            assert_eq!(counted_as(text, name, kind, demonym), want, "row {row:?}");
        }
    }

    #[test]
    fn titles_and_own_parts_are_not_counted() {
        // (row, text, match, its type, counted)
        use EntityType::{Country, Organization, Person};
        let rows: &[(&str, &str, &str, EntityType, bool)] = &[
            // Titles and ranks (open text).
            ("a title before of the", "said the High Representative of the European Union, who", "European Union", Organization, false),
            ("a title's holder after to", "The U.S. Ambassador to Bangladesh Marcia Bernicat spoke.", "Bangladesh", Country, false),
            ("a body after a title's to", "The Ambassador to Bangladesh Airlines spoke.", "Bangladesh", Country, true),
            ("a rank after a body", "a preschool where U.S. Marine Corps Sgt. Jeff Knoll welcomed", "U.S. Marine Corps", Organization, false),
            ("a spelt-out rank", "said Israeli Army Colonel Zorbo Quandt on Monday.", "Israeli Army", Organization, false),
            // A country's own post (open text).
            ("an embassy after a country", "The U.S. Embassy in Hanoi today completed the", "U.S.", Country, false),
            ("an embassy with its city", "On May 23rd U.S. Embassy Kolonia's Charge signed", "U.S.", Country, false),
            ("a consulate after a country", "the U.S. Consulate General in Jeddah said.", "U.S.", Country, false),
            ("an embassy before of", "the Deputy Chief of the Embassy of Japan signed", "Japan", Country, false),
            ("an embassy after a place", "the Cairo Embassy said.", "Cairo", EntityType::Place, true),
            // A body's own part (open text).
            ("a committee of a body", "we served on the Foreign Relations Committee of the United States Senate, the last", "United States Senate", Organization, false),
            ("units after a body", "which was constructed by U.S. Navy Seabees and Marines in", "U.S. Navy", Organization, false),
            ("a committee of a country", "the Olympic Committee of Japan said.", "Japan", Country, true),
            // Still counted: longer names of something else.
            ("a bank of a country", "the governor of the Bank of Japan said.", "Japan", Country, true),
            ("a state named for a country", "he flew to New Mexico and said.", "Mexico", Country, true),
            ("an airline named for a country", "she flew Qatar Airways to Doha.", "Qatar", Country, true),
            ("a foundation named for a person", "the Obama Foundation said.", "Obama", Person, true),
            ("a name after a body, not a plural", "the NATO Quandtson spoke.", "NATO", Organization, true),
            ("a plural going on in a name", "the U.S. Navy Seabees Museum opened.", "U.S. Navy", Organization, true),
            ("a plural common word after a body", "the NATO Nations Fund said.", "NATO", Organization, true),
            // A capitalised word before the match (open text).
            ("a prefix before a country", "he flew to New Mexico and said.", "Mexico", Country, true),
            ("a prefix before a place", "a match between Real Madrid and them.", "Madrid", EntityType::Place, true),
            ("a bank named for a country", "and TD Bank USA, N.A., Wilmington, were fined.", "USA", Country, true),
            ("a given name before a place", "founder Bob Hamilton are the other top contenders.", "Hamilton", EntityType::Place, true),
            ("a common word before a person", "his son Hunter Biden said.", "Biden", Person, true),
            ("another word before a person is their own name", "His Excellency Joao Manuel Goncalves Lourenco spoke.", "Lourenco", Person, false),
            ("a title's department before a person", "the Secretary of Finance and Public Credit Edgar Amador Zamora today", "Edgar Amador Zamora", Person, false),
            ("a plural title", "he was flanked by Presidents Boni Yayi of Benin and", "Boni Yayi", Person, false),
            ("a sentence's last word", "with Dong Jun, in late May. Austin spoke with Dong", "Austin", Person, false),
            ("an abbreviated month after a place", "will lead a trade mission to Mexico Nov. 6-8 to forge", "Mexico", Country, false),
            ("an abbreviated month's letters without a stop", "the Cairo Nov Quandtson said.", "Cairo", EntityType::Place, true),
            ("after a dateline's dash", "this month Pentagon \u{2014} The United States is planning", "United States", Country, false),
            ("an adjective", "the offensive by the Rwanda-backed M23 and the", "M23", Organization, false),
            ("a compass word", "the fires in Southern California spread.", "California", EntityType::Place, false),
            ("an honorific", "said Sir Keir Starmer on Monday.", "Keir Starmer", Person, false),
            ("a post before a place", "the Committee at Embassy Mexico City knows that", "Mexico City", EntityType::Place, false),
            // A body's head before "for" (open text); "for" as a preposition is not counted.
            ("a head before for", "a fellow at the Research Center for Chinese politics, said the move was unwise.", "Chinese", Country, true),
            ("a head before for the", "a fellow of the Institute for the United States, said the move was unwise.", "United States", Country, true),
            ("a title before for", "In April, Special Envoy for Yemen Tim Lenderking met them.", "Yemen", Country, false),
            ("a title thanked for", "The Secretary thanked the Foreign Minister for Bahrain's strong partnership.", "Bahrain", Country, false),
        ];
        for &(row, text, name, kind, want) in rows {
            assert_eq!(counted_as(text, name, kind, false), want, "row {row:?}");
        }
    }
}
