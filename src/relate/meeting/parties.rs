//! Step 3: the parties of one cue — its subjects before it, its objects after it.
//!
//! **Objects** are a chain that starts right after the cue: the first party reached
//! over "filler" only (articles, possessive pronouns, titles and group words,
//! capitalised words, places and times: "met with his Egyptian counterpart Sameh
//! Shoukry in Cairo on Monday"), then the parties coordinated with it ("A, B and C",
//! "Erdoğan in Ankara and Aliyev in Baku"). Any other word ends the chain: "received
//! assurances from Iran", "meet most of its funding needs", "relatives of prisoners held
//! by Russia" have no object. The chain never leaves the cue's clause.
//!
//! **Subjects** are the nearest party before the cue in its own clause and the parties
//! coordinated with it ("Egypt, Qatar and Jordan"); a party that is an object of an
//! earlier cue of the clause is not a subject — that cue's subject is ("met A and held
//! talks with B"). A clause with no party of its own borrows one: a relative clause its
//! head, a participle clause or an aside the subject of the clause around it, a
//! sentence-initial clause the first party after it; a pronoun ("he", "his meeting
//! with") is resolved by [`super::pronouns`].

use super::clauses::{ClauseKind, Clauses};
use super::cues::{CueKind, CueMatch};
use super::roles::Role;
use super::words::{
    and_then_titles, comma_then_titles, gap_is, is_capitalised, is_one_of, is_punctuation,
    titles_then_and, words, COORDINATION,
};
use crate::matcher::ResolvedMention;

/// Everything known of one sentence while its meetings are read.
pub(super) struct Scene<'a> {
    /// The document's text.
    pub text: &'a str,
    /// The sentence's span.
    pub sentence: std::ops::Range<usize>,
    /// Its resolved mentions, in order.
    pub mentions: &'a [&'a ResolvedMention],
    /// What each mention is.
    pub roles: Vec<Role>,
    /// All its cues, in order (titles may overlap mentions).
    pub cues: &'a [CueMatch],
    /// Its clauses.
    pub clauses: Clauses,
}

/// Words that may stand between a cue and its first object, or between objects.
const FILLER: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "top",
    "senior",
    "other",
    "several",
    "both",
    "visiting",
    "fellow",
    "new",
    "former",
    "veteran",
    "longtime",
    "long-time",
    "seasoned",
    "influential",
    "powerful",
    "embattled",
    "interim",
    "then",
    "acting",
    "outgoing",
    "incoming",
    "deputy",
    "also",
    "again",
    "once",
    "soon",
    "separately",
    "privately",
    "briefly",
    "jointly",
    "virtually",
    "later",
    "earlier",
    "late",
    "early",
    "first",
    "today",
    "yesterday",
    "tonight",
    "of",
    "from",
    "for",
    "on",
    "in",
    "at",
    "last",
    "this",
    "next",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "with",
    "by",
    "phone",
    "telephone",
    "video",
    "via",
    "'s",
    "'",
    "counterpart",
    "counterparts",
    "host",
    "hosts",
    "sidelines",
    "margins",
    "to",
    "day",
    "ruling",
    "supreme",
    "crown",
    "newly",
    "elected",
    "separate",
    "separately",
    "together",
    "personally",
    "directly",
    "respectively",
    "key",
    // "met with officials, including Prime Minister X": the people the group names.
    "officials",
    "leaders",
    "including",
    // Photo captions: "meets with, from left, ...", "Blinken, right, ...".
    "left",
    "right",
    "center",
    "centre",
    // Name particles ("Foreign Secretary de la Fuente").
    "de",
    "la",
    "da",
    "van",
    "von",
    "der",
    "bin",
];
/// The prepositions of a gap between a cue and its first object: the last one says
/// whether what follows is a party ("with") or a place ("on", "in", "at", "aboard").
const PREPOSITIONS: &[&str] = &[
    "with", "on", "in", "at", "aboard", "to", "by", "for", "from", "of", "via",
];
/// Punctuation that may stand in a filler gap.
/// ("Deputy Prime Minister/Foreign Minister": a slash between two titles).
const FILLER_PUNCTUATION: &[&str] = &[",", "(", ")", "'", "’", "\"", "“", "”", ".", "/"];
/// Whether `word` is a manner adverb that may stand between a verb and its party
/// ("met bilaterally with", "spoke briefly with"): a lower-case word in "-ly" of six
/// letters or more.
fn is_manner_adverb(word: &str) -> bool {
    word.len() >= 6 && word.ends_with("ly") && word.starts_with(char::is_lowercase)
}

/// Whether `word` is the number of a date ("met July 29 with", "on the 3rd", "in
/// 2023"): at most four digits, or a day's ordinal.
fn is_day_or_year(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    (1..=4).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (suffix.is_empty() || (digits.len() <= 2 && matches!(suffix, "st" | "nd" | "rd" | "th")))
}

/// Words between two coordinated parties of a photo caption, which places them
/// ("Erdogan (L) and Putin", "Erdogan, right, and Putin").
const PLACED_COORDINATION: &[&str] = &[
    ",", "and", "&", "the", "left", "right", "center", "centre", "(", ")", "L", "R", "C",
];

/// Words that may join two objects.
const JOINS: &[&str] = &["and", "&", "as", "well", "or", "plus", "including", ";"];

impl Scene<'_> {
    /// Where the clause holding `pos` starts, not before the sentence.
    pub fn clause_start(&self, pos: usize) -> usize {
        self.clauses
            .start(self.clauses.at(pos))
            .max(self.sentence.start)
    }

    /// The mention that covers byte `pos`, if any.
    pub fn mention_at(&self, pos: usize) -> Option<&ResolvedMention> {
        self.mentions
            .iter()
            .copied()
            .find(|m| m.start <= pos && pos < m.end)
    }

    /// Whether every word of `text[from..to]` is filler (or one of `extra`).
    /// "and" is filler between titles ("Director ... and Foreign Minister Wang Yi").
    pub fn filler(&self, from: usize, to: usize, extra: &[&str]) -> bool {
        if from > to {
            return false;
        }
        let text = self.text;
        let mut all = words(text, from..to).peekable();
        // Mentions and cues are in text order, as are the words: walk them along.
        let (mut m, mut c) = (0, 0);
        while let Some(w) = all.next() {
            let word = &text[w.clone()];
            let plain = (is_capitalised(word) && !matches!(word, "I" | "We" | "They"))
                || (is_punctuation(word) && FILLER_PUNCTUATION.contains(&word))
                || FILLER.iter().any(|f| word.eq_ignore_ascii_case(f))
                || is_manner_adverb(word)
                || is_day_or_year(word)
                || word == "’s"
                || word == "’"
                || extra.iter().any(|f| word.eq_ignore_ascii_case(f))
                || (word.eq_ignore_ascii_case("and")
                    && all.peek().is_some_and(|n| is_capitalised(&text[n.clone()])));
            if plain {
                continue;
            }
            while m < self.mentions.len() && self.mentions[m].end <= w.start {
                m += 1;
            }
            let in_mention = self.mentions[m..]
                .iter()
                .zip(&self.roles[m..])
                .take_while(|(mention, _)| mention.start <= w.start)
                .any(|(mention, role)| !role.may_meet() && w.end <= mention.end);
            while c < self.cues.len() && self.cues[c].end <= w.start {
                c += 1;
            }
            let in_role_cue = self.cues[c..]
                .iter()
                .take_while(|cue| cue.start <= w.start)
                .any(|cue| (cue.is(CueKind::Title) || cue.is(CueKind::Group)) && w.end <= cue.end);
            if !(in_mention || in_role_cue) {
                return false;
            }
        }
        true
    }

    /// The objects of a cue ending at `from`: the chain of parties after it, in its
    /// clause. `needs_with`: a reciprocal verb reaches objects only through "with".
    pub fn objects(&self, from: usize, needs_with: bool) -> Vec<usize> {
        let mut clause = self.clauses.at(from);
        let mut list_from = from;
        let mut objects = Vec::new();
        let mut pos = from;
        for (i, m) in self.mentions.iter().enumerate() {
            if m.start < from || !self.roles[i].may_meet() {
                continue;
            }
            // A list after a colon is in the clause the colon opens.
            let colon_list = objects.is_empty() && self.colon_list(pos, m.start);
            if colon_list {
                clause = self.clauses.at(m.start);
                list_from = m.start;
            }
            let same_clause =
                self.clauses.at(m.start) == clause && self.clauses.within_one(list_from, m.start);
            let gap_ok = if objects.is_empty() {
                let gap: Vec<&str> = words(self.text, pos..m.start)
                    .map(|w| &self.text[w])
                    .collect();
                // "met on the U.S. Navy cruiser", "met with King Abdul Aziz aboard
                // the USS Quincy": the last preposition before it makes a place ("met
                // in Cairo with Sisi" ends in "with").
                let at_place = gap
                    .iter()
                    .rev()
                    .find(|w| is_one_of(w, PREPOSITIONS))
                    .is_some_and(|w| is_one_of(w, &["on", "in", "at", "aboard"]));
                (colon_list
                    || self.filler(pos, m.start, &[])
                    || self.titled_apposition(pos, m.start))
                    && !at_place
                    && (!needs_with || gap.iter().any(|w| is_one_of(w, &["with"])))
            } else {
                // ", a Hezbollah ally", ", the speaker of ...": an apposition
                // describes the last object (", the United Arab Emirates" goes on).
                let gap: Vec<&str> = words(self.text, pos..m.start)
                    .map(|w| &self.text[w])
                    .collect();
                let apposition = gap.windows(2).enumerate().any(|(k, pair)| {
                    pair[0] == ","
                        && (is_one_of(pair[1], &["a", "an"])
                            || (is_one_of(pair[1], &["the"])
                                && gap
                                    .get(k + 2)
                                    .is_some_and(|w| w.starts_with(char::is_lowercase))))
                });
                // "met with Egyptian officials on the U.S. Navy cruiser", "at the UN":
                // a place after an object ends the list, unless an "and" goes on
                // ("meeting Erdogan in Ankara and Netanyahu in Jerusalem").
                let place = gap
                    .iter()
                    .any(|w| is_one_of(w, &["on", "in", "at", "aboard"]))
                    && !gap.iter().any(|w| is_one_of(w, &["and"]));
                !apposition && !place && self.filler(pos, m.start, JOINS)
            };
            if !same_clause || !gap_ok || self.roles[i] == Role::Speaker {
                break;
            }
            objects.push(i);
            pos = m.end;
        }
        objects
    }

    /// Whether `text[from..to]` describes the object before naming it, as an
    /// apposition: a few lowercase words and a title, then a comma ("welcome
    /// Brazil's newly installed leftist president, Luiz Inacio Lula da Silva").
    fn titled_apposition(&self, from: usize, to: usize) -> bool {
        let text = self.text;
        let Some(title) = self
            .cues
            .iter()
            .rfind(|c| c.is(CueKind::Title) && c.start >= from && c.end <= to)
        else {
            return false;
        };
        let descriptive = words(text, from..title.start)
            .filter(|w| !self.filler(w.start, w.end, &[]))
            .map(|w| &text[w])
            .collect::<Vec<_>>();
        text[title.end..to].trim() == ","
            && descriptive.len() <= 4
            && descriptive
                .iter()
                .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
    }

    /// Whether `text[from..to]` announces a list after a colon: "met the leaders of
    /// five former Soviet republics: Kazakhstan, ...", a few words naming a plural
    /// of parties, the colon, then filler.
    fn colon_list(&self, from: usize, to: usize) -> bool {
        const PLURAL_PARTIES: &[&str] = &[
            "leaders",
            "presidents",
            "ministers",
            "officials",
            "counterparts",
            "heads",
            "delegations",
            "representatives",
            "envoys",
            "republics",
            "countries",
            "nations",
            "states",
            "members",
            "governments",
        ];
        let Some(colon) = self.text[from..to].find(':').map(|i| from + i) else {
            return false;
        };
        let before: Vec<&str> = words(self.text, from..colon)
            .map(|w| &self.text[w])
            .collect();
        before.len() <= 8
            && before.iter().any(|w| is_one_of(w, PLURAL_PARTIES))
            && self.filler(colon + 1, to, &[])
    }

    /// The parties before `cue_start` in the cue's clause that may be its subject,
    /// leaving out `taken` (objects of earlier cues).
    pub fn subject_candidates(&self, cue_start: usize, taken: &[usize]) -> Vec<usize> {
        let clause = self.clauses.at(cue_start);
        // Objects of a preposition, with the parties coordinated with them ("between
        // the U.S. and Saudi Arabia").
        let mut object: Vec<bool> = Vec::with_capacity(self.mentions.len());
        for (i, m) in self.mentions.iter().enumerate() {
            let gap = (i > 0).then(|| self.mentions[i - 1].end..m.start);
            let coordinated = gap.is_some_and(|gap| {
                object[i - 1]
                    && gap_is(self.text, gap.start, gap.end, COORDINATION)
                    && words(self.text, gap).any(|w| is_one_of(&self.text[w], &["and", "or"]))
            });
            object.push(coordinated || self.after_preposition(m.start));
        }
        (0..self.mentions.len())
            .filter(|&i| {
                let m = self.mentions[i];
                m.end <= cue_start
                    && self.roles[i].may_meet()
                    && self.clauses.at(m.start) == clause
                    && !taken.contains(&i)
                    && !object[i]
            })
            .collect()
    }

    /// Whether the word before `start` (past an article) is a preposition that makes
    /// what follows its object, never a subject ("advance objectives with Philippine
    /// leaders and meet ...", "marked 30 years of relations between the U.S. and
    /// Angola, and discussed ...").
    fn after_preposition(&self, start: usize) -> bool {
        let from = start.saturating_sub(24);
        let Some(from) = (from..start).find(|&b| self.text.is_char_boundary(b)) else {
            return false;
        };
        // The last two words, kept as the words go by.
        let (mut last, mut second_last) = (None, None);
        for w in words(self.text, from..start) {
            second_last = last.replace(&self.text[w]);
        }
        let word = match last {
            Some(w) if is_one_of(w, &["the", "a", "an"]) => second_last,
            w => w,
        };
        word.is_some_and(|w| {
            is_one_of(
                w,
                &[
                    "with", "to", "against", "toward", "towards", "about", "between",
                ],
            )
        })
    }

    /// Whether `text[from..to]`, between two parties, joins them with "and" (or "&"),
    /// maybe after a serial comma ("France, Germany, and Ukraine") or a caption's
    /// placing ("Erdogan (L) and Putin", "Erdogan, right, and Putin").
    fn and_between(&self, from: usize, to: usize) -> bool {
        (gap_is(self.text, from, to, COORDINATION)
            || gap_is(self.text, from, to, PLACED_COORDINATION))
            && words(self.text, from..to).any(|w| is_one_of(&self.text[w], &["and", "&"]))
    }

    /// The nearest of `before` and the parties coordinated with it ("Egypt, Qatar and
    /// Jordan"; a comma alone only after an "and": "MENA, Blinken" is not a list —
    /// except in a `headline`: "Blinken, Chinese President Xi Meet in Beijing").
    pub fn coordinated_before(&self, before: &[usize], headline: bool) -> Vec<usize> {
        let Some(&nearest) = before.last() else {
            return Vec::new();
        };
        let mut chosen = vec![nearest];
        let mut seen_and = false;
        for &i in before.iter().rev().skip(1) {
            let last = *chosen.last().expect("non-empty");
            let gap = (self.mentions[i].end, self.mentions[last].start);
            let between = &self.text[gap.0..gap.1];
            if self.and_between(gap.0, gap.1)
                || and_then_titles(between)
                || titles_then_and(between)
            {
                seen_and = true;
                chosen.push(i);
            } else if (seen_and || headline) && gap_is(self.text, gap.0, gap.1, COORDINATION) {
                chosen.push(i);
            } else if seen_and && comma_then_titles(between) {
                // "Marles, Japanese Minister of Defense Kihara, and U.S. Secretary ...";
                // "The Foreign Minister of Egypt, Shoukry, the Deputy Prime Minister of
                // Jordan, Safadi, and ...": titles set off by commas, their countries
                // the titles' own.
                chosen.push(i);
            } else if headline
                && self.filler(gap.0, gap.1, &[])
                && self.text[gap.0..gap.1].contains(',')
            {
                // "Blinken, NATO's Rutte": a comma, then a title.
                chosen.push(i);
            } else {
                break;
            }
        }
        chosen
    }

    /// How many bytes before a cue [`Scene::coordinated_verb_subject`] reads for the
    /// "and" (or "while") that joins it to an earlier verb, past a few adverbs.
    const VERB_JOIN_REACH: usize = 48;

    /// For a verb coordinated with an earlier one ("Sullivan and Peña reaffirmed their
    /// ties with Paraguay and discussed ...") or a participle subordinated to it ("...
    /// praised Saudi Arabia while hosting ..."), the subject of the clause: the first of
    /// `candidates`, reached from the clause's start over titles only, with the parties
    /// coordinated after it, when a lowercase word (its verb) follows them. `None` when
    /// the cue does not follow "and" (past adverbs such as "also"), or "while", "after"
    /// and the like before an "-ing".
    pub fn coordinated_verb_subject(
        &self,
        cue_start: usize,
        candidates: &[usize],
    ) -> Option<Vec<usize>> {
        let start = self.clause_start(cue_start);
        // The few words right before the cue: read a bounded way back.
        let mut from = cue_start.saturating_sub(Self::VERB_JOIN_REACH).max(start);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before: Vec<&str> = words(self.text, from..cue_start)
            .map(|w| &self.text[w])
            .collect();
        let mut back = before
            .iter()
            .rev()
            .skip_while(|w| is_manner_adverb(w) || is_one_of(w, &["also", "then", "later"]));
        // "... and discussed", "... while hosting": a verb of the same subject.
        let participle = words(self.text, cue_start..self.sentence.end)
            .next()
            .is_some_and(|w| self.text[w].ends_with("ing"));
        let joined = back.next().is_some_and(|w| {
            is_one_of(w, &["and"])
                || (participle
                    && is_one_of(
                        w,
                        &["while", "after", "before", "when", "since", "by", "upon"],
                    ))
        });
        if !joined {
            return None;
        }
        let &first = candidates.first()?;
        if !self.filler(start, self.mentions[first].start, &["the"]) {
            return None;
        }
        let mut group = vec![first];
        for &i in &candidates[1..] {
            let last = self.mentions[*group.last().expect("non-empty")].end;
            let gap = &self.text[last..self.mentions[i].start];
            if self.and_between(last, self.mentions[i].start)
                || and_then_titles(gap)
                || titles_then_and(gap)
                || comma_then_titles(gap)
            {
                group.push(i);
            } else {
                break;
            }
        }
        // The group is a subject only where its verb follows, and the cue is not that verb.
        let group_end = self.mentions[*group.last().expect("non-empty")].end;
        let verb = words(self.text, group_end..cue_start)
            .map(|w| &self.text[w])
            .find(|w| !is_capitalised(w) || is_punctuation(w))
            .is_some_and(|w| {
                w.starts_with(char::is_lowercase) && !is_one_of(w, &["and", "or", "of"])
            });
        verb.then_some(group)
    }

    /// The subject a clause without a party of its own borrows, if any; `objects` are
    /// the cue's own objects, never its subject.
    pub fn borrowed_subject(&self, cue_start: usize, objects: &[usize]) -> Vec<usize> {
        let clause = self.clauses.at(cue_start);
        let info = self.clauses.clauses[clause];
        match self.clauses.kind(clause) {
            // "Blinken and Sisi, who met in Cairo, ...": the head and the parties
            // coordinated with it.
            ClauseKind::Relative => match info.head.filter(|&h| self.roles[h].may_meet()) {
                Some(h) => {
                    let before: Vec<usize> =
                        (0..=h).filter(|&i| self.roles[i].may_meet()).collect();
                    self.coordinated_before(&before, false)
                }
                None => Vec::new(),
            },
            ClauseKind::Participle | ClauseKind::Aside | ClauseKind::Quote => {
                let Some(parent) = info.parent else {
                    return Vec::new();
                };
                let start = self.clauses.start(clause);
                (0..self.mentions.len())
                    .find(|&i| {
                        let m = self.mentions[i];
                        m.end <= start
                            && self.roles[i].may_meet()
                            && self.clauses.at(m.start) == parent
                    })
                    .into_iter()
                    .collect()
            }
            _ if self.clauses.start(clause) == self.sentence.start
                || info.kind == ClauseKind::Opener =>
            {
                // "During talks with Herzog, Blinken ...": the first party after the
                // clause, in the next main clause.
                let end = self.clauses.end_after(cue_start, self.sentence.end);
                if info.kind != ClauseKind::Opener && end >= self.sentence.end {
                    return Vec::new();
                }
                let after_objects = objects.last().map_or(cue_start, |&i| self.mentions[i].end);
                let end = if info.kind == ClauseKind::Opener {
                    end
                } else {
                    self.text[after_objects..self.sentence.end]
                        .find(',')
                        .map_or(self.sentence.end, |i| after_objects + i)
                };
                (0..self.mentions.len())
                    .find(|&i| {
                        self.mentions[i].start >= end
                            && self.roles[i].may_meet()
                            && !objects.contains(&i)
                    })
                    .into_iter()
                    .collect()
            }
            _ => Vec::new(),
        }
    }
}
