//! The matcher: one Aho-Corasick automaton over every alias of the gazetteer.
//!
//! # Semantics
//! - **Folding.** Aliases and text are folded the same way ([`crate::text::fold`]): case,
//!   diacritics, quote and dash variants and whitespace runs do not matter. Spans are
//!   reported in bytes of the *original* text, on char boundaries.
//! - **Leftmost-longest.** At the leftmost position where any alias matches, the
//!   longest alias wins ("Gaza Strip" over "Gaza"). If that alias fails the checks
//!   below, shorter aliases at the same start are tried, longest first, so "Saudi
//!   Arabian" still yields "Saudi" when "Saudi Arabia" fails. One anchored walk of the
//!   automaton from a word start collects every alias starting there.
//! - **Boundaries.** A match must start at a word boundary (the folded char before it
//!   is not a letter or digit) and end at one. Possessives ("Blinken’s") and hyphenated
//!   compounds ("Gaza-Egypt") end at a boundary; plurals are aliases of their own.
//! - **Case policy.** An alias written in capitals (`US`, `PLO`) matches only text
//!   written in capitals; its dotted form (`U.S.`) is added automatically. Every other
//!   alias matches in any case. So "told us" is not the United States.
//! - **Glued words.** Machine-translated text glues words ("blinkenarrived",
//!   "GallantThe"). A match whose right boundary fails is accepted with the `glued` flag
//!   when the evidence is strong: the original text turns from lower to upper case right
//!   there and the alias has several words or four or more letters ("Gallant|The"), or
//!   the rest of the token is a common English word and the alias is distinctive (several
//!   words, or one word of four or more letters that is not a common English word or the
//!   start of one: "herzog|said" but not "gallant|sang"); a single word of fewer than six
//!   letters needs one of the thousand most frequent words ("doha|is" but not "peru|sal"). Never across a left boundary
//!   ("Oman" in "Romania"), never for capitals aliases.
//! - **Shared aliases.** An alias claimed by several entities yields a mention with
//!   several candidates; [`resolve_in_document`] picks the one the document names
//!   unambiguously elsewhere, or marks the mention ambiguous.
//!
//! Matching allocates nothing per match: mentions go into a reusable
//! [`DocumentMentions`].
//!
//! # Automaton
//! The automaton, an aho-corasick contiguous NFA or, for very large gazetteers, a plain
//! trie ([`AutomatonKind::for_patterns`]), is walked byte by byte from each word start.
//! `gazetteer/README.md` ("Speed and size") has the measurements behind the choice.

pub(crate) mod anchored;
mod containment;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use foldhash::fast::FixedState;

use crate::gazetteer::{
    common_word_rank, date_number, is_capitals_alias, is_particle, AliasKind, Blockers, EntityId,
    EntityType, Gazetteer,
};
pub use crate::matcher::anchored::AutomatonKind;
use crate::matcher::anchored::{walk, with_automaton, AnchoredAutomaton, Walk};
use crate::text::{ascii_word_end, fold_str, FoldedText};

/// Why the automaton could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
#[error("cannot build the matcher: {0}")]
pub struct MatcherError(#[from] crate::matcher::anchored::BuildError);

/// The folded first words of the gazetteer's names, and its names of one word
/// ([`Matcher::name_starts`]). After a place's name, a word that starts a known name
/// may go on into that name ("in Cairo Blinken said"); before it, only a whole name is
/// a mention of its own ("the Hamas Cairo office"), while a given name that merely
/// starts a known one is a person's ("Michael Jordan" is not Jordan).
#[derive(Debug, Clone, Default)]
pub(crate) struct NameStarts {
    /// The folded first word of every pattern.
    starts: HashSet<Box<str>, FixedState>,
    /// Every folded pattern of one word.
    whole: HashSet<Box<str>, FixedState>,
}

impl NameStarts {
    /// The first words and the one-word names of `texts` (folded patterns).
    fn new(texts: &[&str]) -> Self {
        let mut starts = HashSet::with_capacity_and_hasher(texts.len(), FixedState::default());
        let mut whole = HashSet::with_capacity_and_hasher(texts.len(), FixedState::default());
        for text in texts {
            let word = first_word(text);
            if word.is_empty() {
                continue;
            }
            if !starts.contains(word) {
                starts.insert(word.into());
            }
            if word.len() == text.len() && !whole.contains(word) {
                whole.insert(word.into());
            }
        }
        NameStarts { starts, whole }
    }

    /// Whether the folded `word` starts a name the gazetteer knows.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.starts.contains(word)
    }

    /// Whether the folded `word` is itself a name the gazetteer knows.
    pub(crate) fn is_name(&self, word: &str) -> bool {
        self.whole.contains(word)
    }
}

/// One alias naming an entity, before targets are grouped by pattern.
struct RawTarget<'g> {
    pattern: u32,
    entity: EntityId,
    /// Written in capitals ([`is_capitals_alias`]).
    capitals: bool,
    /// Position among all the gazetteer's aliases and dotted forms.
    order: u32,
    kind: AliasKind,
    alias: &'g str,
}

/// One entity an alias may name.
#[derive(Debug, Clone)]
struct Target {
    entity: EntityId,
    /// The best kind among the entity's aliases folding to this pattern: a name or
    /// alias before a demonym before a context alias.
    kind: AliasKind,
    /// For capitals aliases: the letters that must appear, in capitals, in the text.
    capitals: Option<Box<str>>,
    /// For a context alias of an organization: the country or organization it belongs
    /// to, whose naming also makes the alias name it ("Congress" in a document about
    /// the United States).
    anchor: Option<EntityId>,
    /// For a person's surname (a one-word context alias, or the last word of the name
    /// as an alias): the lower-case first letter of their given name. Another given
    /// name right before the surname names someone else ([`given_names_before`]); so
    /// does any before a first name used as an alias ([`FIRST_NAME_ALIAS`]).
    given: Option<char>,
}

/// What the automaton knows of one folded pattern.
#[derive(Debug, Clone)]
struct Pattern {
    targets: Range<u32>,
    /// Whether a glued match may be accepted on a lower-to-upper case turn ("GallantThe"):
    /// the alias has several words or four or more letters.
    glue_on_case: bool,
    /// Whether a glued match may be accepted when the rest of the token is a common word
    /// ("herzogsaid"): the alias is distinctive (see [`is_distinctive`]).
    glue_on_word: bool,
    /// A single word of fewer than [`LONG_ALIAS_LETTERS`] letters.
    short: bool,
    /// A common English word: as a context alias it needs the full name earlier.
    common: bool,
    /// Every target is a demonym ("Israeli"): a prefix does not block it ("New Israeli").
    demonym_only: bool,
    /// Some target is a country or place named by a name, not a demonym ("Jordan",
    /// "Kobe"): a capitalised word after it that is neither a common word nor the start
    /// of an alias makes it part of a longer name ("Kobe Bryant", "Jordan Peterson").
    place_name: bool,
    /// Every target is a person: a meeting named after them is theirs ("the Trump-Putin
    /// Summit" names Putin), not a longer name.
    person_name: bool,
    /// Every target is a person whose name of several words starts with this one word
    /// ("Bernie" of Bernie Sanders): another surname after it names someone else
    /// ("Bernie Taupin").
    given_name: bool,
}

/// Heads after a person's name that make a meeting of theirs, not a longer name.
const MEETING_HEADS: &[&str] = &["Summit", "Meeting", "Talks", "Call", "Dialogue"];

/// Single-word aliases shorter than this are short: glued to a following word, they
/// need that word to be among the [`SHORT_ALIAS_RANK`] most frequent.
const LONG_ALIAS_LETTERS: usize = 6;

/// How frequent a word glued to a short alias must be ("doha|is" but not "peru|sal").
const SHORT_ALIAS_RANK: u32 = 1000;

/// An alias found in a document, before resolution: its candidate entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the mention's start in the original text.
    pub start: usize,
    /// Byte offset just past its end in the original text.
    pub end: usize,
    /// The entity when the alias names exactly one, not by a context alias; `None`
    /// leaves the choice to [`resolve_in_document`].
    pub sole: Option<EntityId>,
    /// The candidate entities, as a range of [`DocumentMentions::candidates`]: those
    /// named by a name, alias or demonym first, then the last [`Mention::context`] ones,
    /// named by a context alias.
    pub candidates: Range<u32>,
    /// How many of the candidates (the last ones) are named by a context alias.
    pub context: u32,
    /// A title word stands right before the mention ("Vice President Harris"): a
    /// context alias written so names its entity in full.
    pub titled: bool,
    /// The alias is a common English word ("Gallant", "May"): as a context alias it
    /// needs its entity named earlier in the document, not just anywhere.
    pub common: bool,
    /// The alias ran straight into the next word ("blinkenarrived").
    pub glued: bool,
    /// The alias is a demonym ("Egyptian").
    pub demonym: bool,
}

/// A mention naming one entity: what [`resolve_in_document`] gives the later stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedMention {
    /// Byte offset of the mention's start in the original text.
    pub start: usize,
    /// Byte offset just past its end in the original text.
    pub end: usize,
    /// The entity it names.
    pub entity: EntityId,
    /// The alias ran straight into the next word ("blinkenarrived").
    pub glued: bool,
    /// The alias is a demonym ("Egyptian").
    pub demonym: bool,
    /// Index of the sentence the mention starts in (0 until the caller sets it).
    pub sentence: u32,
}

/// A mention naming several entities the document does not tell apart ("Al Thani"):
/// left out of the graph, counted, and listed by `newsgraph mentions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmbiguousMention {
    /// Byte offset of the mention's start in the original text.
    pub start: usize,
    /// Byte offset just past its end in the original text.
    pub end: usize,
    /// The alias's candidate entities, as a range of [`ResolvedMentions::candidates`].
    pub candidates: Range<u32>,
    /// The alias ran straight into the next word.
    pub glued: bool,
    /// The alias is a demonym.
    pub demonym: bool,
    /// Index of the sentence the mention starts in (0 until the caller sets it).
    pub sentence: u32,
}

/// A document's mentions after [`resolve_in_document`], each list in text order.
/// Reuse one per thread: `clear` keeps the buffers.
#[derive(Debug, Default, Clone)]
pub struct ResolvedMentions {
    /// The mentions naming one entity.
    pub resolved: Vec<ResolvedMention>,
    /// The mentions left ambiguous.
    pub ambiguous: Vec<AmbiguousMention>,
    /// Candidate entities referred to by [`AmbiguousMention::candidates`].
    pub candidates: Vec<EntityId>,
}

/// One mention of [`ResolvedMentions::in_text_order`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnyMention<'a> {
    /// It names one entity.
    Resolved(&'a ResolvedMention),
    /// It names several.
    Ambiguous(&'a AmbiguousMention),
}

impl AnyMention<'_> {
    /// Byte offsets of the mention in the original text.
    pub fn span(&self) -> Range<usize> {
        match self {
            AnyMention::Resolved(m) => m.start..m.end,
            AnyMention::Ambiguous(m) => m.start..m.end,
        }
    }

    /// Index of the sentence the mention starts in.
    pub fn sentence(&self) -> u32 {
        match self {
            AnyMention::Resolved(m) => m.sentence,
            AnyMention::Ambiguous(m) => m.sentence,
        }
    }

    /// Whether the alias ran straight into the next word.
    pub fn glued(&self) -> bool {
        match self {
            AnyMention::Resolved(m) => m.glued,
            AnyMention::Ambiguous(m) => m.glued,
        }
    }

    /// Whether the alias is a demonym.
    pub fn demonym(&self) -> bool {
        match self {
            AnyMention::Resolved(m) => m.demonym,
            AnyMention::Ambiguous(m) => m.demonym,
        }
    }
}

impl ResolvedMentions {
    /// Empties the lists, keeping their memory.
    pub fn clear(&mut self) {
        self.resolved.clear();
        self.ambiguous.clear();
        self.candidates.clear();
    }

    /// The candidates of an ambiguous mention.
    pub fn candidates_of(&self, mention: &AmbiguousMention) -> &[EntityId] {
        &self.candidates[mention.candidates.start as usize..mention.candidates.end as usize]
    }

    /// Every mention, resolved or ambiguous, in text order (for listings).
    pub fn in_text_order(&self) -> impl Iterator<Item = AnyMention<'_>> {
        let (mut resolved, mut ambiguous) = (
            self.resolved.iter().peekable(),
            self.ambiguous.iter().peekable(),
        );
        std::iter::from_fn(move || match (resolved.peek(), ambiguous.peek()) {
            (Some(r), Some(a)) if a.start < r.start => ambiguous.next().map(AnyMention::Ambiguous),
            (Some(_), _) => resolved.next().map(AnyMention::Resolved),
            (None, _) => ambiguous.next().map(AnyMention::Ambiguous),
        })
    }
}

/// The mentions of one document, in order of start, with their candidate lists.
/// Reuse one per thread: `clear` keeps the buffers.
#[derive(Debug, Default, Clone)]
pub struct DocumentMentions {
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Candidate entities referred to by [`Mention::candidates`].
    pub candidates: Vec<EntityId>,
    /// `(organization, anchor)` for each organization named by a context alias whose
    /// anchor (its affiliation), when named, also makes the alias name it ("Congress",
    /// United States).
    pub anchors: Vec<(EntityId, EntityId)>,
    /// Anchors the document names through an entity affiliated with them (Joe Biden
    /// for the United States).
    pub affiliated: Vec<EntityId>,
}

impl DocumentMentions {
    /// Empties the lists, keeping their memory.
    pub fn clear(&mut self) {
        self.mentions.clear();
        self.candidates.clear();
        self.anchors.clear();
        self.affiliated.clear();
    }

    /// The candidates of a mention.
    pub fn candidates_of(&self, mention: &Mention) -> &[EntityId] {
        &self.candidates[mention.candidates.start as usize..mention.candidates.end as usize]
    }
}

/// The compiled automaton with what each pattern means.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Anchored, leftmost-longest: walked only from word starts.
    automaton: AnchoredAutomaton,
    /// The bytes some alias starts with.
    first_bytes: [bool; 256],
    patterns: Vec<Pattern>,
    targets: Vec<Target>,
    /// Folded common English words with frequency ranks, sorted (for glued words).
    common_words: Vec<(String, u32)>,
    /// Names inside names: the head, "of", prefix and currency words.
    blockers: Blockers,
    /// Per entity: the anchor of some organization's context alias it is affiliated
    /// with (see [`Target::anchor`]), if any.
    anchored_by: Vec<Option<EntityId>>,
    /// The first words of every pattern and the patterns of one word, folded: a word
    /// that starts a name the gazetteer knows, or is one ([`Pattern::place_name`]).
    name_starts: NameStarts,
}

impl Matcher {
    /// Compiles every name, alias and demonym of the gazetteer into an automaton of the
    /// kind [`AutomatonKind::for_patterns`] picks.
    ///
    /// # Errors
    /// Only if the automaton exceeds aho-corasick's size limits.
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher, MatcherError> {
        Self::with_kind(gazetteer, None)
    }

    /// [`Matcher::new`] with the automaton kind given (`None`: the usual choice).
    ///
    /// # Errors
    /// Only if the automaton exceeds aho-corasick's size limits.
    pub fn with_kind(
        gazetteer: &Gazetteer,
        kind: Option<AutomatonKind>,
    ) -> Result<Matcher, MatcherError> {
        // Each distinct folded form is one pattern, numbered in order of first appearance.
        // Its targets are gathered flat with their order of appearance, then grouped.
        let aliases: usize = gazetteer.entities().iter().map(|e| e.aliases.len()).sum();
        let mut ids: HashMap<String, u32, FixedState> =
            HashMap::with_capacity_and_hasher(aliases, FixedState::default());
        let mut raw: Vec<RawTarget> = Vec::with_capacity(aliases);
        for (index, entity) in gazetteer.entities().iter().enumerate() {
            let id = EntityId(index as u32);
            for alias in &entity.aliases {
                let capitals = is_capitals_alias(&alias.text);
                // Capitals aliases also match dotted ("US" -> "U.S.").
                let dotted = (capitals
                    && alias.text.len() <= 5
                    && alias.text.bytes().all(|b| b.is_ascii_uppercase()))
                .then(|| {
                    alias
                        .text
                        .chars()
                        .flat_map(|c| [c, '.'])
                        .collect::<String>()
                });
                let forms = std::iter::once(alias.text.as_str()).chain(dotted.as_deref());
                for form in forms {
                    let form = fold_str(form);
                    let form = form.trim();
                    if form.is_empty() {
                        continue;
                    }
                    let pattern = match ids.get(form) {
                        Some(&pattern) => pattern,
                        None => {
                            let pattern = ids.len() as u32;
                            ids.insert(form.to_string(), pattern);
                            pattern
                        }
                    };
                    raw.push(RawTarget {
                        pattern,
                        entity: id,
                        capitals,
                        order: raw.len() as u32,
                        kind: alias.kind,
                        alias: &alias.text,
                    });
                }
            }
        }
        // Blocker names ("Bank of Japan", "Real Madrid"): patterns with no target, so the
        // longest match there yields nothing. An entity's alias of the same form wins.
        for name in &gazetteer.blockers().names {
            let form = fold_str(name);
            let form = form.trim();
            if !form.is_empty() && !ids.contains_key(form) {
                ids.insert(form.to_string(), ids.len() as u32);
            }
        }
        // One target per pattern, entity and case policy: the first alias's, with the
        // kind of the first alias that is not a demonym, if any.
        raw.sort_unstable_by_key(|t| (t.pattern, t.entity, t.capitals, t.order));
        let mut texts: Vec<&str> = vec![""; ids.len()];
        for (text, &pattern) in &ids {
            texts[pattern as usize] = text;
        }
        // Organizations' context aliases are anchored to their affiliation; an entity
        // affiliated with such an anchor names it too.
        let anchor_of = |entity: EntityId| -> Option<EntityId> {
            let e = gazetteer.entity(entity);
            if e.kind != EntityType::Organization {
                return None;
            }
            e.affiliation.as_deref().and_then(|a| gazetteer.by_name(a))
        };
        let anchors: Vec<EntityId> = raw
            .iter()
            .filter(|t| t.kind == AliasKind::Context)
            .filter_map(|t| anchor_of(t.entity))
            .collect();
        let anchored_by: Vec<Option<EntityId>> = gazetteer
            .entities()
            .iter()
            .map(|entity| {
                let anchor = entity.affiliation.as_deref()?;
                gazetteer.by_name(anchor).filter(|a| anchors.contains(a))
            })
            .collect();
        let common_words = gazetteer.common_words().to_vec();
        let mut patterns = Vec::with_capacity(texts.len());
        let mut targets: Vec<Target> = Vec::with_capacity(raw.len());
        let mut group = raw.iter().peekable();
        for (pattern, folded) in texts.iter().enumerate() {
            let start = targets.len() as u32;
            while let Some(first) = group.next_if(|t| t.pattern as usize == pattern) {
                let mut kind = first.kind;
                while let Some(same) = group.next_if(|t| {
                    (t.pattern, t.entity, t.capitals)
                        == (first.pattern, first.entity, first.capitals)
                }) {
                    if kind_rank(same.kind) < kind_rank(kind) {
                        kind = same.kind;
                    }
                }
                targets.push(Target {
                    entity: first.entity,
                    anchor: (kind == AliasKind::Context)
                        .then(|| anchor_of(first.entity))
                        .flatten(),
                    given: surname_given_initial(gazetteer, first.entity, kind, folded),
                    kind,
                    capitals: first.capitals.then(|| {
                        first
                            .alias
                            .chars()
                            .filter(|c| c.is_alphanumeric())
                            .collect::<String>()
                            .into()
                    }),
                });
            }
            let group = &targets[start as usize..];
            let any_capitals = group.iter().any(|t| t.capitals.is_some());
            // Context and role aliases never glue: a glued mention has only its other
            // targets.
            let context_only = group
                .iter()
                .all(|t| matches!(t.kind, AliasKind::Context | AliasKind::Role { .. }));
            let no_glue = any_capitals || context_only;
            let demonym_only =
                !group.is_empty() && group.iter().all(|t| t.kind == AliasKind::Demonym);
            let place_name = group.iter().any(|t| {
                t.kind != AliasKind::Demonym
                    && matches!(
                        gazetteer.entity(t.entity).kind,
                        EntityType::Country | EntityType::Place
                    )
            });
            let person_name = !group.is_empty()
                && group.iter().all(|t| {
                    t.kind != AliasKind::Demonym
                        && gazetteer.entity(t.entity).kind == EntityType::Person
                });
            let given_name = person_name
                && !folded.contains(' ')
                && group.iter().all(|t| {
                    let name = crate::text::fold_str(&gazetteer.entity(t.entity).name);
                    name.contains(' ') && first_word(&name) == *folded
                });
            patterns.push(Pattern {
                demonym_only,
                place_name,
                person_name,
                given_name,
                targets: start..targets.len() as u32,
                glue_on_case: !no_glue && is_long(folded),
                glue_on_word: !no_glue && is_distinctive(folded, &common_words),
                common: common_word_rank(&common_words, folded).is_some(),
                short: !folded.contains(' ')
                    && folded.chars().filter(|c| c.is_alphabetic()).count() < LONG_ALIAS_LETTERS,
            });
        }
        let kind = kind.unwrap_or_else(|| AutomatonKind::for_patterns(texts.len()));
        let automaton = AnchoredAutomaton::build(&texts, kind)?;
        let mut first_bytes = [false; 256];
        for text in &texts {
            if let Some(&b) = text.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        let name_starts = NameStarts::new(&texts);
        let mut blockers = gazetteer.blockers().clone();
        containment::sort_lists(&mut blockers);
        Ok(Matcher {
            name_starts,
            automaton,
            first_bytes,
            patterns,
            targets,
            common_words,
            blockers,
            anchored_by,
        })
    }

    /// Number of distinct folded patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// The kind of automaton walked.
    pub fn automaton_kind(&self) -> AutomatonKind {
        self.automaton.kind()
    }

    /// Heap bytes used by the automaton.
    pub fn automaton_memory_usage(&self) -> usize {
        self.automaton.memory_usage()
    }

    /// Finds the mentions of `original` (whose folded copy is `folded`) and appends them
    /// to `out`, with their candidate entities. Mentions are not yet resolved: a mention
    /// whose alias names one entity has [`Mention::sole`] set; [`resolve_in_document`]
    /// decides the others.
    pub fn find_into(&self, original: &str, folded: &FoldedText, out: &mut DocumentMentions) {
        self.find_dated_into(original, folded, None, out);
    }

    /// [`Matcher::find_into`] for a document dated `date` (`YYYY-MM-DD`, or a longer
    /// timestamp starting so): role aliases whose dates hold that day name their entity
    /// ("US Secretary of State" in a 2024 document is Antony Blinken). Undated, no role
    /// alias names anyone.
    pub fn find_dated_into(
        &self,
        original: &str,
        folded: &FoldedText,
        date: Option<&str>,
        out: &mut DocumentMentions,
    ) {
        let date = date.and_then(date_number);
        with_automaton!(&self.automaton, a => self.find_with(a, original, folded, date, out));
    }

    /// [`Matcher::find_into`] with the concrete automaton.
    fn find_with<W: Walk>(
        &self,
        automaton: &W,
        original: &str,
        folded: &FoldedText,
        date: Option<u32>,
        out: &mut DocumentMentions,
    ) {
        let start_state = automaton.start();
        let mut found = Found::default();
        let hay = folded.as_str();
        let bytes = hay.as_bytes();
        let mut pos = 0;
        // Whether the character before `pos` is alphanumeric (then `pos` starts no word).
        let mut after_word_char = false;
        while pos < bytes.len() {
            if after_word_char {
                // The rest of an ASCII word starts no name.
                pos = ascii_word_end(bytes, pos);
                if pos >= bytes.len() {
                    break;
                }
            }
            let byte = bytes[pos];
            if !after_word_char && self.first_bytes[usize::from(byte)] {
                let at = At {
                    automaton,
                    start_state,
                    start: pos,
                    date,
                    min_end: found.inside_end,
                    previous_end: out.mentions.last().map(|m| m.end),
                };
                if let Some(end) = self.match_at(&at, original, folded, &mut found, out) {
                    pos = end;
                    after_word_char = !is_word_start(hay, end);
                    continue;
                }
            }
            if byte < 0x80 {
                after_word_char = byte.is_ascii_alphanumeric();
                pos += 1;
            } else {
                let c = hay[pos..].chars().next().unwrap_or(' ');
                after_word_char = c.is_alphanumeric();
                pos += c.len_utf8();
            }
        }
    }

    /// The mention starting at `start` (a word start), if any: the longest alias there
    /// that passes [`Matcher::check`], else the longest glued one. Pushes it and returns
    /// its end.
    fn match_at<W: Walk>(
        &self,
        at: &At<'_, W>,
        original: &str,
        folded: &FoldedText,
        found: &mut Found,
        out: &mut DocumentMentions,
    ) -> Option<usize> {
        let start = at.start;
        let bytes = folded.as_str().as_bytes();
        let mut limit = bytes.len();
        let mut glued: Option<(usize, usize)> = None;
        let mut inside_end = 0;
        loop {
            // One walk collects the aliases starting at `start` and ending by `limit`
            // (the longest ones, if more than the buffer holds); they are checked
            // longest first.
            found.count = 0;
            walk(
                at.automaton,
                at.start_state,
                bytes,
                start,
                limit,
                |end, pattern| {
                    found.push(end, pattern);
                },
            );
            let mut shorter_dropped = false;
            for (end, pattern) in found.longest_first() {
                if end <= at.min_end {
                    // Inside a dropped match, and no longer than it.
                    shorter_dropped = true;
                    break;
                }
                match self.check(at, original, folded, end, pattern) {
                    Check::Accept { upper } => {
                        if !self.patterns[pattern].targets.is_empty() {
                            let found = Accepted {
                                start,
                                end,
                                pattern,
                                glued: false,
                                upper,
                            };
                            self.push(original, folded, found, at.date, out);
                        }
                        return Some(end);
                    }
                    Check::Glued => {
                        glued.get_or_insert((end, pattern));
                    }
                    Check::Reject => {}
                    Check::Inside => inside_end = inside_end.max(end),
                }
            }
            // Shorter aliases did not fit in the buffer: walk again up to them.
            match found.shortest_kept_end() {
                Some(end) if found.overflowed() && !shorter_dropped => limit = end - 1,
                _ => break,
            }
        }
        found.inside_end = found.inside_end.max(inside_end);
        let (end, pattern) = glued?;
        let found = Accepted {
            start,
            end,
            pattern,
            glued: true,
            upper: false,
        };
        self.push(original, folded, found, at.date, out);
        Some(end)
    }

    /// Whether the folded span `[at.start, end)` of pattern `pattern` is a mention.
    fn check<W: Walk>(
        &self,
        at: &At<'_, W>,
        original: &str,
        folded: &FoldedText,
        end: usize,
        pattern: usize,
    ) -> Check {
        let (start, date) = (at.start, at.date);
        let hay = folded.as_str();
        let info = &self.patterns[pattern];
        if info.targets.is_empty() {
            // A blocker name: it covers what it spans when it is a whole name.
            return if is_word_end(hay, end) {
                Check::Accept { upper: false }
            } else {
                Check::Reject
            };
        }
        let targets = &self.targets[info.targets.start as usize..info.targets.end as usize];
        let span = folded.original_span(start, end);
        let written = &original[span.clone()];
        let upper = capitalised_name(written)
            && !before_name(
                &self.common_words,
                &self.name_starts,
                original,
                span.clone(),
            );
        if !targets.iter().any(|t| {
            capitals_ok(t, written)
                && (upper || t.kind != AliasKind::Context)
                && role_holds(t.kind, original, span.clone(), date)
        }) {
            return Check::Reject;
        }
        if is_word_end(hay, end) {
            let compound = self.compound(at, original, folded, end, span.end);
            let meeting_after = info.person_name
                && original[span.end..]
                    .strip_prefix(' ')
                    .is_some_and(|next| MEETING_HEADS.contains(&first_word(next)));
            if !meeting_after
                && containment::inside_longer_name(
                    &self.blockers,
                    &self.common_words,
                    original,
                    span,
                    containment::Named {
                        demonym_only: info.demonym_only,
                        person: info.person_name,
                        given_name: info.given_name,
                    },
                    compound,
                    (info.place_name || info.given_name).then_some(&self.name_starts),
                )
            {
                return Check::Inside;
            }
            return Check::Accept { upper };
        }
        // Evidence 1: the original turns from lower to upper case ("GallantThe").
        if info.glue_on_case {
            let last = original[..span.end].chars().next_back();
            let next = original[span.end..].chars().next();
            if let (Some(last), Some(next)) = (last, next) {
                if last.is_lowercase() && next.is_uppercase() {
                    return Check::Glued;
                }
            }
        }
        if !info.glue_on_word {
            return Check::Reject;
        }
        // Evidence 2: the rest of the token is a common English word ("herzog|said"); a
        // short alias needs a very common one ("doha|is", not "peru|sal").
        let rest_len = hay[end..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(hay.len() - end, |(i, _)| i);
        let rest = &hay[end..end + rest_len];
        let rank_limit = if info.short {
            SHORT_ALIAS_RANK
        } else {
            u32::MAX
        };
        // Never inside a real word: one that is a common word itself, or the name with a
        // derivational ending ("Zaire|an", "Walla|by").
        if DERIVED_ENDINGS.contains(&rest)
            || common_word_rank(&self.common_words, &hay[start..end + rest_len]).is_some()
        {
            return Check::Reject;
        }
        match common_word_rank(&self.common_words, rest) {
            Some(rank) if rest.len() >= 2 && rank < rank_limit => Check::Glued,
            _ => Check::Reject,
        }
    }

    /// The hyphenated compound of capitalised parts holding the folded match `[at.start,
    /// end)` ("Mekong-U.S.", "U.S.-China"), if it is part of one: a part before it is a
    /// name when the last mention ends at the hyphen, a part after it when an alias
    /// starts there and ends at a word end. `None` when no hyphen touches the match or a
    /// part is in lower case ("U.S.-led", "anti-Israel"). Runs only beside a hyphen.
    fn compound<W: Walk>(
        &self,
        at: &At<'_, W>,
        original: &str,
        folded: &FoldedText,
        end: usize,
        span_end: usize,
    ) -> Option<containment::Compound> {
        let hay = folded.as_str();
        let bytes = hay.as_bytes();
        let start = at.start;
        let part_char = |c: char| c.is_alphanumeric() || c == '.';
        let upper_at = |i: usize| starts_upper(&original[folded.original_offset(i)..]);
        let left = start >= 2
            && bytes[start - 1] == b'-'
            && hay[..start - 1].chars().next_back().is_some_and(part_char);
        let right = bytes.get(end) == Some(&b'-')
            && hay[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !left && !right {
            return None;
        }
        let mut pair = true;
        if left {
            let part_start = hay[..start - 1]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| part_char(c))
                .last()
                .map_or(start - 1, |(i, _)| i);
            if !upper_at(part_start) {
                return None;
            }
            pair &= at.previous_end == Some(folded.original_offset(start - 1));
        }
        let mut compound_end = span_end;
        if right {
            if !upper_at(end + 1) {
                return None;
            }
            let mut named_end = None;
            walk(
                at.automaton,
                at.start_state,
                bytes,
                end + 1,
                bytes.len(),
                |e, pattern| {
                    if !self.patterns[pattern].targets.is_empty() && is_word_end(hay, e) {
                        named_end = Some(e);
                    }
                },
            );
            pair &= named_end.is_some();
            let part_end = named_end.unwrap_or_else(|| {
                hay[end + 1..]
                    .char_indices()
                    .find(|&(_, c)| !c.is_alphanumeric())
                    .map_or(hay.len(), |(i, _)| end + 1 + i)
            });
            compound_end = folded.original_span(end + 1, part_end).end;
        }
        Some(containment::Compound {
            end: compound_end,
            pair,
        })
    }

    /// Pushes the mention of an accepted match, with the candidates that hold there.
    fn push(
        &self,
        original: &str,
        folded: &FoldedText,
        found: Accepted,
        date: Option<u32>,
        out: &mut DocumentMentions,
    ) {
        let Accepted {
            start,
            end,
            pattern,
            glued,
            upper,
        } = found;
        let info = &self.patterns[pattern];
        let span = folded.original_span(start, end);
        let written = &original[span.clone()];
        let first = out.candidates.len() as u32;
        let mut demonym = false;
        let targets = &self.targets[info.targets.start as usize..info.targets.end as usize];
        // "John Feinstein", "Hunter Biden": another given name before a surname. The
        // names before the match are read once, for the first surname target.
        let given_names = std::cell::OnceCell::new();
        let someone_else = |target: &Target| {
            target.given.is_some_and(|initial| {
                given_names
                    .get_or_init(|| {
                        let previous_end = out.mentions.last().map(|m| m.end);
                        given_names_before(&self.common_words, original, span.clone(), previous_end)
                    })
                    .someone_else(initial)
            })
        };
        for target in targets.iter().filter(|t| t.kind != AliasKind::Context) {
            if capitals_ok(target, written)
                && role_holds(target.kind, original, span.clone(), date)
                && !someone_else(target)
                && !out.candidates[first as usize..].contains(&target.entity)
            {
                out.candidates.push(target.entity);
                demonym |= target.kind == AliasKind::Demonym;
            }
        }
        let plain = out.candidates.len() as u32;
        // `upper` is `capitalised_name(written) && !before_name(..)` of the same span.
        if !glued && upper {
            for target in targets.iter().filter(|t| t.kind == AliasKind::Context) {
                if capitals_ok(target, written)
                    && !someone_else(target)
                    && !out.candidates[first as usize..].contains(&target.entity)
                    && (target.anchor.is_none() || !modified_name(original, span.clone()))
                {
                    out.candidates.push(target.entity);
                    if let Some(anchor) = target.anchor {
                        if !out.anchors.contains(&(target.entity, anchor)) {
                            out.anchors.push((target.entity, anchor));
                        }
                    }
                }
            }
        }
        let candidates = first..out.candidates.len() as u32;
        let context = candidates.end - plain;
        let sole = (candidates.len() == 1 && context == 0).then(|| out.candidates[first as usize]);
        if let Some(anchor) = sole.and_then(|e| self.anchored_by[e.index()]) {
            if !out.affiliated.contains(&anchor) {
                out.affiliated.push(anchor);
            }
        }
        out.mentions.push(Mention {
            start: span.start,
            end: span.end,
            sole,
            candidates,
            context,
            titled: context > 0 && follows_title(original, span.start),
            common: info.common,
            glued,
            demonym,
        });
    }
}

/// Where a walk starts: the automaton, its anchored start state, the byte offset.
struct At<'a, W: Walk> {
    automaton: &'a W,
    start_state: W::State,
    start: usize,
    /// The document's date, `YYYYMMDD`, for role aliases.
    date: Option<u32>,
    /// The end of a match dropped as inside a longer name that covers `start`: a match
    /// here must reach past it ("the Ukraine" is dropped in "the Ukraine Defense Contact
    /// Group", which is kept; "Pacific" in a dropped "Indo-Pacific" is not).
    min_end: usize,
    /// The end of the last mention pushed, in the original text (for compounds: is the
    /// part before a hyphen a name?).
    previous_end: Option<usize>,
}

/// The aliases found by one walk from a word start: the last [`Found::CAPACITY`] of
/// them (the longest), on the stack; one per document, reset for each walk.
#[derive(Default)]
struct Found {
    /// `(end, pattern)`, a ring buffer: entry `i` of the walk at `i % CAPACITY`.
    entries: [(usize, usize); Found::CAPACITY],
    /// Entries pushed in all.
    count: usize,
    /// The end of the longest match found inside a longer name ([`Check::Inside`]).
    inside_end: usize,
}

impl Found {
    /// More nested aliases than any real gazetteer has at one start.
    const CAPACITY: usize = 16;

    fn push(&mut self, end: usize, pattern: usize) {
        self.entries[self.count % Self::CAPACITY] = (end, pattern);
        self.count += 1;
    }

    /// The entries kept, longest (last pushed) first.
    fn longest_first(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (self.count.saturating_sub(Self::CAPACITY)..self.count)
            .rev()
            .map(|i| self.entries[i % Self::CAPACITY])
    }

    /// Whether shorter entries were pushed out.
    fn overflowed(&self) -> bool {
        self.count > Self::CAPACITY
    }

    /// The end of the shortest entry kept.
    fn shortest_kept_end(&self) -> Option<usize> {
        self.longest_first().last().map(|(end, _)| end)
    }
}

/// A match [`Matcher::check`] accepted: its folded byte span, its pattern, whether it
/// ran into the next word, and whether it is written as a name that may be a context
/// alias's (`upper` in [`Matcher::check`], read there once for both).
#[derive(Clone, Copy)]
struct Accepted {
    start: usize,
    end: usize,
    pattern: usize,
    glued: bool,
    upper: bool,
}

/// The outcome of checking one candidate match.
enum Check {
    /// A mention; `upper`: written capitalised, not right after a name's first word.
    Accept {
        upper: bool,
    },
    Glued,
    Reject,
    /// Part of a longer name ([`containment`]): no match starts inside it either
    /// ("Pacific" in "Indo-Pacific Economic Framework").
    Inside,
}

/// Resolves a document's mentions into `out` (emptied first), in three steps:
///
/// 1. **Named.** The entities the document names unambiguously: by a mention with one
///    candidate that is not a context alias, or by a context alias right after a
///    title ("Vice President Harris"), with where each is first named.
/// 2. **Context aliases.** A context candidate ("Harris") stays a candidate only if its
///    entity is named (earlier in the document when the alias is a common English
///    word: "Gallant" needs "Yoav Gallant" first). A mention left with no candidate
///    is dropped: it was never a mention. So is a context alias right after a mention
///    of its own entity, which repeats it ("President Xi" + "Jinping").
/// 3. **Shared aliases.** A mention with one candidate left names it
///    ([`ResolvedMentions::resolved`]); with several, it names the one the document
///    names (step 1), else it is ambiguous ([`ResolvedMentions::ambiguous`]).
///
/// Sentence indices are left at 0. Linear in the mentions (plus a sort of the entities
/// named): the text is not read again.
pub fn resolve_in_document(doc: &DocumentMentions, out: &mut ResolvedMentions) {
    out.clear();
    let resolved = |m: &Mention, entity: EntityId| ResolvedMention {
        start: m.start,
        end: m.end,
        entity,
        glued: m.glued,
        demonym: m.demonym,
        sentence: 0,
    };
    if doc.mentions.iter().all(|m| m.sole.is_some()) {
        let sole = doc
            .mentions
            .iter()
            .filter_map(|m| Some(resolved(m, m.sole?)));
        out.resolved.extend(sole);
        return;
    }
    let named = named_entities(doc);
    let first_named = |entity: &EntityId| -> Option<usize> {
        named
            .binary_search_by_key(entity, |(e, _)| *e)
            .ok()
            .map(|i| named[i].1)
    };
    let mut options: Vec<EntityId> = Vec::new();
    // The entity the previous mention names, and where that mention ends.
    let mut previous: Option<(EntityId, usize)> = None;
    for mention in &doc.mentions {
        let choice = match mention.sole {
            Some(entity) => Choice::Names(entity),
            None => choose(doc, mention, &first_named, &mut options),
        };
        match choice {
            // A context alias right after a mention of its own entity repeats it
            // ("President Xi" + "Jinping"): dropped.
            Choice::Names(entity)
                if mention.context > 0
                    && previous.is_some_and(|(e, end)| {
                        e == entity && mention.start >= end && mention.start - end <= 1
                    }) =>
            {
                previous = None;
            }
            Choice::Names(entity) => {
                out.resolved.push(resolved(mention, entity));
                previous = Some((entity, mention.end));
            }
            Choice::Ambiguous => {
                let first = out.candidates.len() as u32;
                out.candidates.extend_from_slice(doc.candidates_of(mention));
                out.ambiguous.push(AmbiguousMention {
                    start: mention.start,
                    end: mention.end,
                    candidates: first..out.candidates.len() as u32,
                    glued: mention.glued,
                    demonym: mention.demonym,
                    sentence: 0,
                });
                previous = None;
            }
            Choice::Dropped => previous = None,
        }
    }
}

/// What a mention names, decided by [`choose`].
enum Choice {
    /// One entity.
    Names(EntityId),
    /// Several the document does not tell apart.
    Ambiguous,
    /// Nothing: a context alias whose entity the document does not name.
    Dropped,
}

/// Steps 2 and 3 of [`resolve_in_document`] for a mention with several candidates or a
/// context alias. `first_named` is step 1: where the document first names an entity
/// unambiguously. `options` is scratch space.
fn choose(
    doc: &DocumentMentions,
    mention: &Mention,
    first_named: &dyn Fn(&EntityId) -> Option<usize>,
    options: &mut Vec<EntityId>,
) -> Choice {
    let all = doc.candidates_of(mention);
    let (plain, context) = all.split_at(all.len() - mention.context as usize);
    options.clear();
    options.extend_from_slice(plain);
    // An organization's context alias also names it where the document names its
    // anchor, anywhere ("Congress" in a document about the United States).
    let anchored = |c: &EntityId| {
        doc.anchors.iter().any(|&(entity, anchor)| {
            entity == *c && (first_named(&anchor).is_some() || doc.affiliated.contains(&anchor))
        })
    };
    // A common word names its entity only after the full name, or where a title
    // before it names it in full ("Defense Minister Gallant").
    options.extend(context.iter().filter(|c| {
        first_named(c).is_some_and(|at| {
            !mention.common || at < mention.start || (mention.titled && at == mention.start)
        }) || anchored(c)
    }));
    match options.as_slice() {
        [] => Choice::Dropped,
        [only] => Choice::Names(*only),
        several => {
            let mut present = several.iter().filter(|c| first_named(c).is_some());
            match (present.next(), present.next()) {
                (Some(only), None) => Choice::Names(*only),
                _ => Choice::Ambiguous,
            }
        }
    }
}

/// Step 1 of [`resolve_in_document`]: each entity the document names unambiguously,
/// with the start of its first such mention, sorted by entity.
fn named_entities(doc: &DocumentMentions) -> Vec<(EntityId, usize)> {
    let mut named: Vec<(EntityId, usize)> = doc
        .mentions
        .iter()
        .filter_map(|m| {
            if let Some(entity) = m.sole {
                return Some((entity, m.start));
            }
            let all = doc.candidates_of(m);
            (m.titled && all.len() == 1 && m.context == 1).then(|| (all[0], m.start))
        })
        .collect();
    named.sort_unstable();
    named.dedup_by_key(|(e, _)| *e);
    named
}

/// Title words that, right before a surname, name the person in full ("President
/// Biden", "Vice President Harris", "Secretary-General Guterres", "Sen. Schumer").
const TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "general",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "speaker",
    "leader",
    "governor",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "sultan",
    "pope",
    "ambassador",
    "envoy",
    "commissioner",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "taoiseach",
    "mayor",
    "judge",
    "justice",
    "gen",
    "lt",
    "col",
    "admiral",
    "adm",
    "marshal",
    "commander",
    "ayatollah",
    "crown",
    "vice",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "mp",
    "mep",
];

/// Whether `word` (lowercase, no final period) is a title word ("president", "sen",
/// "secretary"): the words that, before a name, make it a person's.
pub fn is_title_word(word: &str) -> bool {
    TITLES.contains(&word)
}

/// Whether the word right before `start` in `original` is a capitalised title word, or
/// a hyphenated word with one as a part ("Secretary-General", "President-elect").
fn follows_title(original: &str, start: usize) -> bool {
    let before = original[..start].trim_end();
    if before.len() == original[..start].len() {
        return false; // glued to the word before, or at the start
    }
    let word: &str = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .next()
        .unwrap_or("");
    word.split('-').any(|part| {
        let part = part.trim_end_matches('.');
        starts_upper(part) && TITLES.contains(&part.to_lowercase().as_str())
    })
}

/// For a one-word alias that is a person's first name ([`surname_given_initial`]):
/// no given name starts so, so any before it names someone else ("Minister of Planning
/// Mohammed *Tamim*" is not Tamim bin Hamad Al Thani; "Emir Tamim" is).
const FIRST_NAME_ALIAS: char = '\0';

/// For a person's one-word surname alias (`folded`, of kind `kind`): a context alias,
/// or an alias equal to the name's last word ("Feinstein" of Dianne Feinstein), the
/// lower-case first letter of the person's given name; for an alias equal to the
/// name's first word ("Tamim", "Xi"), [`FIRST_NAME_ALIAS`]; `None` otherwise.
fn surname_given_initial(
    gazetteer: &Gazetteer,
    entity: EntityId,
    kind: AliasKind,
    folded: &str,
) -> Option<char> {
    let e = gazetteer.entity(entity);
    if e.kind != EntityType::Person || folded.contains(' ') {
        return None;
    }
    let mut words = e.name.split_whitespace();
    let given = words.next()?;
    let last = words.last()?;
    if kind == AliasKind::Alias && fold_str(given) == folded {
        return Some(FIRST_NAME_ALIAS);
    }
    let surname =
        kind == AliasKind::Context || (kind == AliasKind::Alias && fold_str(last) == folded);
    surname
        .then(|| given.chars().next())
        .flatten()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
}

/// Honorifics and titles beyond [`TITLES`] that may stand before a surname without a
/// full stop ("Mr Harris", "Chairperson Faki").
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "madam",
    "prof",
    "rev",
    "chairperson",
    "chair",
    "col",
    "capt",
    "lt",
    "adm",
    "maj",
    "sgt",
];

/// How many capitalised words before a surname [`given_names_before`] reads for the
/// person's own given name ("*João* Manuel Gonçalves Lourenço").
const GIVEN_NAME_WORDS: usize = 4;

/// The first letters (lower case) of the given names right before a surname.
#[derive(Debug, Default)]
struct GivenNames {
    initials: [char; GIVEN_NAME_WORDS],
    len: usize,
}

impl GivenNames {
    /// Whether these names are someone else's than those of a person whose given name
    /// starts with `initial`: there are some, and none starts so (misspelt or not:
    /// "Narandra Modi"; middle names: "João Manuel Gonçalves Lourenço").
    fn someone_else(&self, initial: char) -> bool {
        self.len > 0 && !self.initials[..self.len].contains(&initial)
    }
}

/// The given names right before the surname at `span` ("*John* Feinstein"): up to
/// [`GIVEN_NAME_WORDS`] words with lower-case letters after their capital, back to a
/// title (or a part of one: "President-elect"), honorific, particle, possessive, common
/// English word or mention (`previous_end`: "Israeli Netanyahu"). None on a title-case
/// headline.
fn given_names_before(
    common_words: &[(String, u32)],
    original: &str,
    span: Range<usize>,
    previous_end: Option<usize>,
) -> GivenNames {
    let mut names = GivenNames::default();
    let mut rest = &original[..span.start];
    while names.len < GIVEN_NAME_WORDS {
        let Some(before) = rest.strip_suffix(' ') else {
            break;
        };
        if previous_end == Some(before.len()) {
            break;
        }
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        let mut chars = word.chars();
        let name_like =
            chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
        if !name_like || word.ends_with("'s") || word.ends_with("’s") {
            break;
        }
        let mut buffer = [0; containment::WORD_BUFFER];
        let lower = containment::lower_case(word, &mut buffer);
        let plain = |part: &str| {
            is_title_word(part)
                || HONORIFICS.contains(&part)
                || is_particle(part)
                || common_word_rank(common_words, part).is_some()
        };
        if plain(&lower) || lower.split('-').any(plain) {
            break;
        }
        names.initials[names.len] = lower.chars().next().unwrap_or_default();
        names.len += 1;
        rest = &before[..word_start];
    }
    if names.len > 0 && containment::headline(common_words, original, span) {
        names.len = 0;
    }
    names
}

/// Whether a capitalised word follows `span` after one space, in text that is not all
/// capitals: then a context alias there is a first name, a title or part of a longer
/// name ("President Paul Kagame" is not Rand Paul), not a surname. A
/// [`GOVERNMENT_NOUNS`] word is no name: "the Biden-Harris Administration" names Harris.
///
/// In a title-case headline every word has a capital, so there the next word must
/// itself look like a name word ([`name_word`]: "Sec. Austin Calls Philippine
/// Counterpart", "Rubio, De La Fuente Hold Talks" keep their surnames), and then the
/// alias is a title before it ("Minister Sheikh Khalid", "Pope Francis": [`is_honorific`])
/// or a given name of a name the gazetteer does not know ("Minister Paul Smithers"); a
/// name word that starts a known name ("Blinken China Trip") leaves the surname alone.
fn before_name(
    common_words: &[(String, u32)],
    name_starts: &NameStarts,
    original: &str,
    span: Range<usize>,
) -> bool {
    let Some(rest) = original[span.end..].strip_prefix(' ') else {
        return false;
    };
    let written = &original[span.clone()];
    let next = first_word(rest);
    if written.chars().all(|c| !c.is_lowercase())
        || !starts_upper(rest)
        || GOVERNMENT_NOUNS
            .iter()
            .any(|noun| noun.eq_ignore_ascii_case(next))
    {
        return false;
    }
    if !containment::headline(common_words, original, span) {
        return true;
    }
    name_word(common_words, next)
        && (is_honorific(written) || !name_starts.contains(fold_str(next).as_str()))
}

/// Whether `word` reads as a word of a person's name: a capital then lower-case letters
/// (not "NATO"), three letters or more, no title or honorific, and neither a common
/// English word nor one with a verb or plural ending ("Hails", "Condemns", "Greeted":
/// headline verbs the word list lacks).
fn name_word(common_words: &[(String, u32)], word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || !chars.all(char::is_lowercase)
        || word.chars().count() < 3
    {
        return false;
    }
    let mut buffer = [0; containment::WORD_BUFFER];
    let lower = containment::lower_case(word, &mut buffer);
    let common = |w: &str| common_word_rank(common_words, w).is_some();
    let inflected = INFLECTIONS.iter().any(|ending| {
        lower
            .strip_suffix(ending)
            .is_some_and(|stem| stem.len() >= 3 && common(stem))
    });
    !common(&lower) && !inflected && !is_honorific(&lower)
}

/// Endings a common word takes as a verb or plural ("hail|s", "condemn|s", "greet|ed").
const INFLECTIONS: &[&str] = &["s", "es", "ed", "d", "ing"];

/// Religious and Arabic honorifics beyond [`TITLES`] and [`HONORIFICS`] ("Sheikha",
/// "Mullah", "Imam"): before a name they are titles, not a surname.
const NAME_HONORIFICS: &[&str] = &[
    "sheik",
    "sheikha",
    "shaikh",
    "amir",
    "mullah",
    "mufti",
    "imam",
    "rabbi",
    "cardinal",
    "archbishop",
    "patriarch",
    "pastor",
    "reverend",
];

/// Whether `word` (any case) is a title or honorific ("Sheikh", "Emir", "Pope",
/// "Mullah", "Mr"): a person whose surname it is ("Hussein al-Sheikh", "Amy Pope") is
/// not named by it before another name.
fn is_honorific(word: &str) -> bool {
    let mut buffer = [0; containment::WORD_BUFFER];
    let lower = containment::lower_case(word.trim_end_matches('.'), &mut buffer);
    let lower = lower.as_ref();
    is_title_word(lower) || HONORIFICS.contains(&lower) || NAME_HONORIFICS.contains(&lower)
}

/// Nouns that, capitalised after a surname, name that person's government or campaign
/// ("the Lula Administration", "the Sharif Government", "the Harris Campaign"), as the
/// lower-case ones do, rather than a longer name.
const GOVERNMENT_NOUNS: &[&str] = &[
    "administration",
    "government",
    "cabinet",
    "regime",
    "campaign",
];

/// Whether a context alias is written as a name: with a capital, or with lower-case
/// particles before a capitalised surname ("de la Fuente", "von der Leyen", "al-Sharaa").
fn capitalised_name(written: &str) -> bool {
    if starts_upper(written) {
        return true;
    }
    let mut words = written
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .peekable();
    let mut particles = 0;
    while words.next_if(|w| is_particle(w)).is_some() {
        particles += 1;
    }
    particles > 0 && words.next().is_some_and(starts_upper)
}

/// Words that, right before a role, make it someone else's than the holder's of the
/// day ("former Secretary of State", "the next Prime Minister").
const NOT_CURRENT: &[&str] = &[
    "former", "ex", "late", "then", "future", "next", "incoming", "outgoing", "new", "previous",
    "past", "interim", "acting", "deputy", "vice", "a", "an", "another", "every", "each", "any",
    "no",
];

/// Words that, right after a role, make a longer title of someone else ("the IMF chief
/// economist", "the UN chief negotiator", "NATO chief spokesperson", "chief of staff").
const TITLE_AFTER: &[&str] = &[
    "economist",
    "economists",
    "executive",
    "executives",
    "negotiator",
    "negotiators",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "scientist",
    "scientists",
    "investigator",
    "investigators",
    "inspector",
    "inspectors",
    "strategist",
    "adviser",
    "advisor",
    "officer",
    "officers",
    "diplomat",
    "mediator",
    "mediators",
    "counsel",
    "correspondent",
    "editor",
    "of",
    "operating",
    "financial",
    "technology",
    "medical",
    "legal",
    "deputy",
];

/// Whether a target of kind `kind` at `span` names its entity on `date`: always, unless
/// it is a role alias, which needs the day within its dates, no name right after it
/// ("Secretary of State Marco Rubio" is named by the name; in capitals too), no word of a
/// longer title right after it ([`TITLE_AFTER`]: "the IMF chief economist") and no
/// [`NOT_CURRENT`] word right before it.
fn role_holds(kind: AliasKind, original: &str, span: Range<usize>, date: Option<u32>) -> bool {
    if !matches!(kind, AliasKind::Role { .. }) {
        return true;
    }
    let after = original[span.end..].strip_prefix(' ');
    let name_after = after
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase);
    let title_after = after
        .and_then(|rest| rest.split(' ').next())
        .is_some_and(|word| TITLE_AFTER.contains(&word));
    if !kind.holds_on(date) || name_after || title_after {
        return false;
    }
    // The word before, and the one before that when the first is capitalised ("the
    // next US Secretary of State" after "US" yields to the role).
    let mut words = original[..span.start]
        .split_whitespace()
        .rev()
        .map(|w| w.trim_end_matches('-'));
    let not_current = |w: &str| NOT_CURRENT.contains(&w.to_lowercase().as_str());
    match words.next() {
        None => true,
        Some(w) if not_current(w) => false,
        Some(w) if (starts_upper(w) && !w.ends_with([',', ';', ':', '.'])) || w == "U.S." => {
            !words.next().is_some_and(not_current)
        }
        Some(_) => true,
    }
}

/// Whether the name at `span` is part of a longer one, for an organization's context
/// alias: a capitalised word or possessive right before it ("Peru's Congress", "the
/// Philippine Senate", "the Party Congress"; not "The" or a sentence's first word), or
/// "of" and a capitalised word right after it ("Congress of Deputies").
fn modified_name(original: &str, span: Range<usize>) -> bool {
    if original[span.end..]
        .strip_prefix(" of ")
        .is_some_and(starts_upper)
    {
        return true;
    }
    let Some(before) = original[..span.start].strip_suffix(' ') else {
        return false;
    };
    let possessive = ["'s", "\u{2019}s", "'", "\u{2019}"]
        .iter()
        .find_map(|p| before.strip_suffix(p));
    let base = possessive.unwrap_or(before);
    let word = last_word(base);
    if !starts_upper(word) || word == "The" {
        return false;
    }
    // The first word of a sentence is capitalised anyway; a possessive never is one.
    let earlier = base[..base.len() - word.len()].trim_end();
    possessive.is_some()
        || !(earlier.is_empty() || earlier.ends_with(['.', '!', '?', '"', '\u{201c}', ':']))
}

/// Endings that make a name into another word rather than glue it to one: demonyms
/// and derivatives ("Zaire|an", "Walla|by"), and the endings of surnames and place
/// names ("Emmer|son", "Harris|burg").
const DERIVED_ENDINGS: &[&str] = &[
    "an", "ans", "ian", "ians", "ean", "eans", "ese", "ish", "ite", "ites", "ism", "ist", "ists",
    "ic", "ics", "by", "bies", "ization", "ize", "ized", "son", "sen", "sson", "ton", "ville",
    "burg", "berg", "stein", "mann", "ford", "field", "worth",
];

/// The letters and digits `s` starts with.
fn first_word(s: &str) -> &str {
    // ASCII letters and digits are skipped as bytes; from the first other byte on,
    // characters are decoded.
    let ascii = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let end = s[ascii..]
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| ascii + i);
    &s[..end]
}

/// The letters and digits `s` ends with.
fn last_word(s: &str) -> &str {
    // ASCII letters and digits are skipped as bytes; from the first other byte back,
    // characters are decoded.
    let ascii = s.len()
        - s.bytes()
            .rev()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
    let start = s[..ascii]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

/// Whether `s` starts with an upper-case letter.
fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Which alias kind a target keeps when one entity has several for one pattern.
fn kind_rank(kind: AliasKind) -> u8 {
    match kind {
        AliasKind::Name | AliasKind::Alias => 0,
        AliasKind::Demonym => 1,
        AliasKind::Context => 2,
        AliasKind::Role { .. } => 3,
    }
}

/// Whether a capitals alias is written in capitals here (other aliases always pass).
fn capitals_ok(target: &Target, written: &str) -> bool {
    match &target.capitals {
        None => true,
        Some(letters) => written
            .chars()
            .filter(|c| c.is_alphanumeric())
            .eq(letters.chars()),
    }
}

/// An alias of several words, or of one word with four or more letters.
fn is_long(folded: &str) -> bool {
    folded.contains(' ') || folded.chars().filter(|c| c.is_alphabetic()).count() >= 4
}

/// A single word alias is distinctive when it has four or more letters and is neither
/// a common English word nor the start of one; an alias of several words always is.
fn is_distinctive(folded: &str, common_words: &[(String, u32)]) -> bool {
    if folded.contains(' ') {
        return true;
    }
    if !is_long(folded) {
        return false;
    }
    let first = common_words.partition_point(|(w, _)| w.as_str() < folded);
    !common_words
        .get(first)
        .is_some_and(|(w, _)| w.starts_with(folded))
}

fn is_word_start(hay: &str, start: usize) -> bool {
    !hay[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn is_word_end(hay: &str, end: usize) -> bool {
    !hay[end..].chars().next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests;
