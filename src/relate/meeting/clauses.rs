//! Step 1: cutting a sentence into clauses, so that the parties of a meeting come from
//! the clause of its cue.
//!
//! Real news sentences carry several clauses: "Modi said Meloni was right after her
//! meeting with Macron" holds a reporting clause ("Modi said") and the clause of the
//! meeting; "Scholz's note to all NATO allies, sent after his talks with Erdoğan" holds
//! a participle clause whose subject is Scholz. The cuts, in one pass over the words:
//!
//! | what                                   | clause                 | its subject comes from |
//! |----------------------------------------|------------------------|------------------------|
//! | `"…"`, `“…”`                           | quote                  | nowhere (quoted speech) |
//! | `(…)`, `— … —`                         | aside                  | the enclosing clause   |
//! | `, who/which/whose/whom/where …,`      | relative               | the party before the comma |
//! | `, <verb>-ing/-ed …,` ("sent after")   | participle             | the enclosing clause   |
//! | `When/After/During/… ,` at the start   | opener (a name set off after an office stays in it) | the clause after it |
//! | `X said` / `, X said` (a source cue), with its time ("said after talks with Y") | reporting | itself (the speaker) |
//! | `;` `:` `, but` `, while` `, and he …`, `because we` | a new main clause      | itself                 |
//!
//! Clauses nest (a relative clause inside a main clause); a position belongs to the
//! innermost clause open there.

use std::ops::Range;

use super::cues::{CueKind, CueMatch};
use super::words::{is_one_of, word_count, words, CAPTION_PLACES, OPENERS, WEEKDAYS};
use crate::matcher::ResolvedMention;

/// What a clause is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ClauseKind {
    /// A main clause: its own subject.
    Main,
    /// A sentence-initial subordinate or prepositional clause ("During talks with X,").
    Opener,
    /// "the Kremlin said": its party is a speaker.
    Reporting,
    /// Quoted speech.
    Quote,
    /// Between parentheses or dashes.
    Aside,
    /// ", who met ...": its subject is the party before it.
    Relative,
    /// ", sent after his talks with ...": its subject is the enclosing clause's.
    Participle,
}

/// One clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clause {
    /// What it is.
    pub kind: ClauseKind,
    /// The clause it is nested in.
    pub parent: Option<usize>,
    /// For a relative clause: the mention right before its comma.
    pub head: Option<usize>,
    /// The closing mark that ends it (quotes and asides).
    closer: Option<&'static str>,
}

/// The clauses of one sentence.
#[derive(Debug, Clone, Default)]
pub(super) struct Clauses {
    /// The clauses, in order of opening.
    pub clauses: Vec<Clause>,
    /// `(start, clause)`: from `start` on (to the next entry), text is in `clause`.
    bounds: Vec<(usize, usize)>,
}

impl Clauses {
    /// The innermost clause at byte `pos`.
    pub fn at(&self, pos: usize) -> usize {
        let i = self.bounds.partition_point(|&(start, _)| start <= pos);
        self.bounds[i.saturating_sub(1)].1
    }

    /// What clause `id` is.
    pub fn kind(&self, id: usize) -> ClauseKind {
        self.clauses[id].kind
    }

    /// Where clause `id` first starts.
    pub fn start(&self, id: usize) -> usize {
        self.bounds
            .iter()
            .find(|&&(_, c)| c == id)
            .map_or(0, |&(start, _)| start)
    }

    /// Where the text of clause `id` that holds `pos` ends: at the next bound.
    pub fn end_after(&self, pos: usize, sentence_end: usize) -> usize {
        let i = self.bounds.partition_point(|&(start, _)| start <= pos);
        self.bounds.get(i).map_or(sentence_end, |&(start, _)| start)
    }

    /// Whether the text between `from` and `to` stays in one clause.
    pub fn within_one(&self, from: usize, to: usize) -> bool {
        let i = self.bounds.partition_point(|&(start, _)| start <= from);
        self.bounds.get(i).is_none_or(|&(start, _)| start >= to)
    }
}

/// Words that, after a comma, open a relative clause.
const RELATIVES: &[&str] = &["who", "which", "whose", "whom", "where"];
/// Words that, after a comma, open a new main clause.
const CONJUNCTIONS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "because", "yet", "since",
];
/// Words that, after ", and", show a new subject.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "it", "i"];
/// Participles that do not end in -ed ("sent after his talks with").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "sent", "held", "made", "given", "taken", "seen", "told", "led", "written", "known", "built",
    "brought", "found", "chosen", "shown", "left", "set", "struck", "drawn", "caught",
];
/// Participles that are prepositions and open no clause.
const NOT_PARTICIPLES: &[&str] = &[
    "including",
    "according",
    "following",
    "regarding",
    "concerning",
    "excluding",
    "during",
    "notwithstanding",
    "pending",
    "considering",
];

/// Cuts `text[sentence]` into clauses. `mentions` are the sentence's mentions and
/// `cues` its cues that overlap no mention, both in order.
pub(super) fn segment(
    text: &str,
    sentence: Range<usize>,
    mentions: &[&ResolvedMention],
    cues: &[&CueMatch],
) -> Clauses {
    let mut clauses = Clauses {
        clauses: vec![Clause {
            kind: ClauseKind::Main,
            parent: None,
            head: None,
            closer: None,
        }],
        bounds: vec![(sentence.start, 0)],
    };
    let end = sentence.end;
    let next_word = |from: usize| words(text, from..end).next().map_or("", |w| &text[w]);
    let mut stack: Vec<usize> = vec![0];
    // "During talks with X, ...", or a participle: "Speaking with X by phone, ...".
    let first = next_word(sentence.start);
    // ("Acting Under Secretary Anderson met ...": a title, its next word capitalised.)
    let second = words(text, sentence.clone())
        .nth(1)
        .map_or("", |w| &text[w]);
    let mut opener_open = is_one_of(first, OPENERS)
        || (first.len() > 5
            && first.starts_with(char::is_uppercase)
            && first.ends_with("ing")
            && second.starts_with(char::is_lowercase)
            && text[sentence.clone()].contains(','));
    if opener_open {
        clauses.clauses[0].kind = ClauseKind::Opener;
    }
    let open = |clauses: &mut Clauses,
                stack: &mut Vec<usize>,
                kind,
                at: usize,
                head: Option<usize>,
                closer: Option<&'static str>| {
        let id = clauses.clauses.len();
        clauses.clauses.push(Clause {
            kind,
            parent: stack.last().copied(),
            head,
            closer,
        });
        clauses.bounds.push((at, id));
        stack.push(id);
    };
    let close = |clauses: &mut Clauses, stack: &mut Vec<usize>, at: usize| {
        if stack.len() > 1 {
            stack.pop();
            clauses.bounds.push((at, *stack.last().unwrap_or(&0)));
        }
    };
    let new_main = |clauses: &mut Clauses, stack: &mut Vec<usize>, at: usize| {
        let id = clauses.clauses.len();
        clauses.clauses.push(Clause {
            kind: ClauseKind::Main,
            parent: None,
            head: None,
            closer: None,
        });
        clauses.bounds.push((at, id));
        stack.clear();
        stack.push(id);
    };
    // Only punctuation and source cues cut clauses: walk the bytes for them rather
    // than the words.
    let sources: Vec<&CueMatch> = cues
        .iter()
        .copied()
        .filter(|c| c.is(CueKind::Source) && c.end - c.start > 1)
        .collect();
    // "... for both of us because we had a discussion": a conjunction before a new
    // subject opens a main clause even with no comma before it.
    // Found as " but ", " because " and the like, between two spaces, in one pass over
    // the sentence's spaces rather than by reading every word: the segmenter runs on
    // every sentence with a cue.
    let sentence_text = &text[sentence.clone()];
    let mut conjunctions: Vec<usize> = Vec::new();
    let mut previous_space = None;
    let spaces = sentence_text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ');
    for (space, _) in spaces {
        let Some(at) = previous_space.replace(space).map(|p| p + 1) else {
            continue;
        };
        if !CONJUNCTIONS.contains(&&sentence_text[at..space])
            || sentence_text[..at].trim_end().ends_with(',')
        {
            continue;
        }
        let (start, after) = (sentence.start + at, sentence.start + space);
        if words(text, after..end)
            .next()
            .is_some_and(|next| new_subject_after(text, next, end, mentions))
        {
            conjunctions.push(start);
        }
    }
    let mut conjunction = 0;
    let mut source = 0;
    let mut last_comma: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut pos = sentence.start;
    while pos < end {
        while source < sources.len() && sources[source].start < pos {
            source += 1;
        }
        while conjunction < conjunctions.len() && conjunctions[conjunction] < pos {
            conjunction += 1;
        }
        // Jump to the next mark, source cue or conjunction.
        let next_source = sources
            .get(source)
            .map_or(end, |c| c.start.max(pos))
            .min(conjunctions.get(conjunction).map_or(end, |&c| c.max(pos)));
        pos = bytes[pos..next_source]
            .iter()
            .position(|b| {
                matches!(
                    b,
                    b',' | b';' | b':' | b'(' | b')' | b'"' | b'-' | 0xC2 | 0xE2
                )
            })
            .map_or(next_source, |i| pos + i);
        if pos >= end {
            break;
        }
        let top = *stack.last().unwrap_or(&0);
        let top_kind = clauses.clauses[top].kind;
        let top_closer = clauses.clauses[top].closer;
        if conjunctions.get(conjunction) == Some(&pos) {
            if stack.len() == 1 {
                new_main(&mut clauses, &mut stack, pos);
                opener_open = false;
            }
            pos += 1;
            continue;
        }
        // A source cue: "X said ..." or "..., X said".
        if let Some(cue) = sources.get(source).filter(|c| c.start == pos) {
            if stack.len() == 1 {
                let clause_start = clauses.start(top).max(sentence.start);
                let last_bound = clauses.bounds.last().map_or(0, |b| b.0);
                let comma = last_comma.filter(|&c| {
                    c >= clause_start && c >= last_bound && word_count(&text[c..cue.start]) <= 8
                });
                // "X said after talks with Y that ...": the time of the speech is
                // the speaker's own clause.
                let report_end = speech_time_end(text, cue.end, end).unwrap_or(cue.end);
                match comma {
                    Some(c) => {
                        let id = clauses.clauses.len();
                        clauses.clauses.push(Clause {
                            kind: ClauseKind::Reporting,
                            parent: Some(top),
                            head: None,
                            closer: None,
                        });
                        clauses.bounds.push((c, id));
                        clauses.bounds.push((report_end, top));
                    }
                    None if report_end < end => {
                        clauses.clauses[top].kind = ClauseKind::Reporting;
                        let at = words(text, report_end..end)
                            .next()
                            .filter(|w| is_one_of(&text[w.clone()], &["that"]))
                            .map_or(report_end, |w| w.end);
                        new_main(&mut clauses, &mut stack, at);
                    }
                    None => {}
                }
                pos = report_end.max(pos + 1);
                continue;
            }
        }
        let byte = bytes[pos];
        let width = match byte {
            0xC2 | 0xE2 => text[pos..].chars().next().map_or(1, char::len_utf8),
            _ => 1,
        };
        let this: &str = match byte {
            b',' | b';' | b':' | b'(' | b')' | b'"' => &text[pos..pos + 1],
            b'-' if bytes.get(pos + 1) == Some(&b'-')
                && (pos == 0 || bytes[pos - 1].is_ascii_whitespace()) =>
            {
                "--"
            }
            0xC2 | 0xE2 => &text[pos..pos + width],
            _ => "",
        };
        let w = pos..pos + this.len().max(width);
        pos = w.end;
        // A quote of two words or fewer is a word in scare quotes, not speech:
        // he had a “constructive” meeting. A quote opened right after an auxiliary or
        // "to" goes on the clause's own verb phrase, not someone's speech: "Wang and
        // Blinken would “exchange views ...,” a spokeswoman said".
        let opens_quote = matches!(this, "“" | "\"") && top_closer != Some("\"");
        let reach = if opens_quote && partial_quote(text, sentence.start, w.start) {
            usize::MAX
        } else {
            3
        };
        let skipped_quote = opens_quote
            .then(|| {
                words(text, w.end..end)
                    .take(reach)
                    .find(|q| matches!(&text[q.clone()], "”" | "\""))
            })
            .flatten();
        if let Some(q) = skipped_quote {
            // A comma closing the quote ("...,” C said") may set off a source.
            if let Some(comma) = text[w.end..q.start].rfind(',') {
                last_comma = Some(w.end + comma);
            }
            pos = q.end;
            continue;
        }
        match this {
            "" => {}
            "“" | "«" => open(
                &mut clauses,
                &mut stack,
                ClauseKind::Quote,
                w.start,
                None,
                Some(if this == "“" { "”" } else { "»" }),
            ),
            "”" | "»" if top_closer == Some(this) => close(&mut clauses, &mut stack, w.end),
            "\"" if top_closer == Some("\"") => close(&mut clauses, &mut stack, w.end),
            "\"" => open(
                &mut clauses,
                &mut stack,
                ClauseKind::Quote,
                w.start,
                None,
                Some("\""),
            ),
            // "(SAF)", "(DRC)": a short parenthesis is a name's abbreviation, no clause.
            "(" if {
                let inside: Vec<&str> = words(text, w.end..end).take(4).map(|r| &text[r]).collect();
                inside.contains(&")")
                    && inside
                        .iter()
                        .take_while(|w| **w != ")")
                        .all(|w| !w.starts_with(char::is_lowercase))
            } => {}
            ")" if top_closer != Some(")") => {}
            "(" => open(
                &mut clauses,
                &mut stack,
                ClauseKind::Aside,
                w.start,
                None,
                Some(")"),
            ),
            ")" => close(&mut clauses, &mut stack, w.end),
            "—" | "–" | "--" if top_closer == Some("—") => {
                close(&mut clauses, &mut stack, w.end)
            }
            "—" | "–" | "--" => open(
                &mut clauses,
                &mut stack,
                ClauseKind::Aside,
                w.start,
                None,
                Some("—"),
            ),
            // "met with Minister Pevkur, Estonia; Minister Sprūds, Latvia; and ...": a
            // semicolon between the items of a list opens no clause.
            ";" if list_semicolon(text, w.end, end) => {}
            ";" | ":" if top_kind != ClauseKind::Quote => {
                new_main(&mut clauses, &mut stack, w.end);
                opener_open = false;
            }
            "," => {
                let comma_before = last_comma.replace(w.start);
                if matches!(
                    clauses.clauses[top].kind,
                    ClauseKind::Relative | ClauseKind::Participle
                ) {
                    // The comma that closes a clause opens no relative or participle
                    // one, but may start a main clause ("…, organized, and it's my
                    // pleasure to …").
                    close(&mut clauses, &mut stack, w.start);
                    if stack.len() == 1 && starts_main_clause(text, w.start, w.end, end, mentions) {
                        new_main(&mut clauses, &mut stack, w.end);
                    }
                    continue;
                }
                if stack.len() == 1
                    && opener_open
                    && !titled_apposition(text, w.start, end, mentions)
                {
                    opener_open = false;
                    new_main(&mut clauses, &mut stack, w.end);
                    continue;
                }
                if clauses.clauses[top].kind == ClauseKind::Quote {
                    continue;
                }
                let mut after = words(text, w.end..end);
                let next = after.next().map_or("", |r| &text[r]);
                if is_one_of(next, RELATIVES) {
                    // ", where he met ...": the place before the comma is no subject.
                    let head = mentions
                        .iter()
                        .rposition(|m| m.end <= w.start && text[m.end..w.start].trim().is_empty())
                        .filter(|_| !is_one_of(next, &["where"]));
                    open(
                        &mut clauses,
                        &mut stack,
                        ClauseKind::Relative,
                        w.start,
                        head,
                        None,
                    );
                } else if next.starts_with(char::is_lowercase)
                    && (((next.ends_with("ing") || next.ends_with("ed")) && next.len() > 4)
                        || is_one_of(next, IRREGULAR_PARTICIPLES))
                    && !is_one_of(next, NOT_PARTICIPLES)
                    && !(stack.len() == 1
                        && !next.ends_with("ing")
                        && comma_before.is_some_and(|first| {
                            let subject = clauses.start(top).max(sentence.start)..first;
                            closes_subject_apposition(
                                text,
                                subject.clone(),
                                first..w.start,
                                mentions,
                            ) || closes_titled_name(text, subject, first..w.start, mentions)
                        }))
                {
                    open(
                        &mut clauses,
                        &mut stack,
                        ClauseKind::Participle,
                        w.start,
                        None,
                        None,
                    );
                } else if stack.len() == 1
                    && starts_main_clause(text, w.start, w.end, end, mentions)
                {
                    new_main(&mut clauses, &mut stack, w.end);
                }
            }
            _ => {}
        }
    }
    clauses.bounds.sort_by_key(|&(start, _)| start);
    clauses
}

/// Words after which a quotation mark opens part of the clause's own verb phrase, not
/// speech: auxiliaries and "to" ("would “exchange views”", "is expected to “discuss
/// ...”").
const PARTIAL_QUOTE_LEADS: &[&str] = &[
    "would", "will", "could", "should", "can", "may", "might", "must", "shall", "to",
];

/// Whether the quotation mark at `mark` follows one of [`PARTIAL_QUOTE_LEADS`] in the
/// sentence starting at `sentence_start`.
fn partial_quote(text: &str, sentence_start: usize, mark: usize) -> bool {
    let before = text[sentence_start..mark].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    before.len() < text[sentence_start..mark].len() && PARTIAL_QUOTE_LEADS.contains(&word)
}

/// Whether the semicolon ending at `after` separates the items of a list of titled
/// names ("Minister Pevkur, Estonia; Minister Sprūds, Latvia; and Minister
/// Šakalienė"): a capitalised word follows (past "and"), and the list closes with
/// "; and" at or after it.
fn list_semicolon(text: &str, after: usize, end: usize) -> bool {
    let mut next = words(text, after..end).map(|w| &text[w]);
    let first = next.next().unwrap_or("");
    let item = if first == "and" {
        next.next().unwrap_or("")
    } else {
        first
    };
    item.starts_with(char::is_uppercase) && (first == "and" || text[after..end].contains("; and "))
}

/// Whether the comma at `comma` closes a list of names before its last item ("the
/// United States, France, and Ukraine"): a name right before it, and another name
/// right before that one, past a comma.
fn closes_list(text: &str, comma: usize, mentions: &[&ResolvedMention]) -> bool {
    let Some(last) = mentions
        .iter()
        .rposition(|m| m.end <= comma && text[m.end..comma].trim().is_empty())
    else {
        return false;
    };
    last > 0 && text[mentions[last - 1].end..mentions[last].start].trim() == ","
}

/// Whether a caption's placing ends right before the comma at `comma`: "Erdogan, right,
/// and Putin shake hands" is one subject of two people.
fn placed_before(text: &str, comma: usize) -> bool {
    let before = text[..comma].trim_end();
    CAPTION_PLACES.iter().any(|place| {
        before
            .strip_suffix(place)
            .is_some_and(|rest| rest.trim_end().ends_with(','))
    })
}

/// Whether the comma at `comma..after` starts a main clause of its own: ", but ...",
/// ", and he met ...", ", as Egypt hosted ..." (not ", and Egypt" closing a list).
fn starts_main_clause(
    text: &str,
    comma: usize,
    after: usize,
    end: usize,
    mentions: &[&ResolvedMention],
) -> bool {
    let mut rest = words(text, after..end);
    let next = rest.next().map_or("", |r| &text[r]);
    is_one_of(next, CONJUNCTIONS)
        || (is_one_of(next, &["and", "as"])
            && !closes_list(text, comma, mentions)
            && !placed_before(text, comma)
            && rest
                .find(|w| !is_one_of(&text[w.clone()], TIME_ADVERBS))
                .is_some_and(|subject| new_subject_after(text, subject, end, mentions)))
}

/// Whether a comma closes an apposition to the clause's subject, so that a verb in
/// "-ed" after it is the clause's own, not a participle: "Kahl and Lieutenant General
/// Belkhir El Farouk, Inspector General of the Royal Moroccan Armed Forces, co-chaired
/// ...". The subject (`subject`, from the clause's start to the first comma) is names
/// and their titles only, ending in a name; the apposition (`apposition`, between the
/// two commas) is a title: capitalised words, their joining words and offices.
fn closes_subject_apposition(
    text: &str,
    subject: Range<usize>,
    apposition: Range<usize>,
    mentions: &[&ResolvedMention],
) -> bool {
    const JOINS: &[&str] = &["of", "for", "the", "and", "on", "'s", "’s", "."];
    let name_words = |range: Range<usize>, offices: bool| {
        let mut count = 0;
        let all = words(text, range).all(|w| {
            count += 1;
            let word = &text[w];
            word.starts_with(char::is_uppercase)
                || is_one_of(word, JOINS)
                || (offices && is_one_of(word, OFFICES))
        });
        all && count > 0 && count <= APPOSITION_WORDS
    };
    mentions
        .iter()
        .any(|m| m.end <= subject.end && text[m.end..subject.end].trim().is_empty())
        && name_words(subject, false)
        && name_words(apposition.start + 1..apposition.end, true)
}

/// Whether a comma closes a name set off after its title, the last of a subject
/// written as titles each followed by its name, so that a verb after it is the
/// clause's own, not a participle: "The Foreign Minister of Egypt, Sameh Shoukry, and
/// the Secretary of State, Antony Blinken, held talks". Between the two commas
/// (`name`, from the first) stands one name alone; before them (`subject`) only titles,
/// names, their commas and joining words.
fn closes_titled_name(
    text: &str,
    subject: Range<usize>,
    name: Range<usize>,
    mentions: &[&ResolvedMention],
) -> bool {
    const JOINS: &[&str] = &["of", "for", "the", "and", "on", "'s", "’s", ".", ","];
    let alone = text[name.start + 1..name.end].trim();
    let mut count = 0;
    let titles = words(text, subject).all(|w| {
        count += 1;
        let word = &text[w];
        word.starts_with(char::is_uppercase) || is_one_of(word, JOINS)
    });
    titles
        && (1..=3 * APPOSITION_WORDS).contains(&count)
        && mentions
            .iter()
            .any(|m| m.start > name.start && m.end <= name.end && &text[m.start..m.end] == alone)
}

/// The most words a subject, or its apposition, may have for
/// [`closes_subject_apposition`].
const APPOSITION_WORDS: usize = 24;

/// Nouns of office that a name in apposition may follow: "After meeting the president
/// of Argentina, Javier Milei, ...".
const OFFICES: &[&str] = &[
    "president",
    "minister",
    "counterpart",
    "secretary",
    "leader",
    "chancellor",
    "king",
    "queen",
    "prince",
    "premier",
    "envoy",
    "ambassador",
    "chief",
    "head",
    "speaker",
    "spokesman",
    "spokeswoman",
    "adviser",
    "advisor",
    "commander",
    "chairman",
    "chairwoman",
    "chair",
    "emir",
    "sultan",
    "governor",
    "mayor",
    "general",
];

/// Whether the comma at `comma` sets off a name in apposition to an office: an office
/// noun (alone or with "of" and a name) right before the comma, and a name right after
/// it closed by another comma ("the president of Argentina, Javier Milei, ...").
fn titled_apposition(text: &str, comma: usize, end: usize, mentions: &[&ResolvedMention]) -> bool {
    // The name must close inside the clause: a mention past `end` is no apposition.
    let Some(name) = mentions
        .iter()
        .find(|m| m.start > comma)
        .filter(|m| m.end <= end)
    else {
        return false;
    };
    if !text[comma + 1..name.start].trim().is_empty() || !text[name.end..end].starts_with(',') {
        return false;
    }
    let mut before = text[..comma].trim_end();
    if let Some(owner) = mentions.iter().rfind(|m| m.end == before.len()) {
        let head = text[..owner.start].trim_end();
        let head = head.strip_suffix(" the").unwrap_or(head);
        let Some(office) = head.strip_suffix(" of") else {
            return false;
        };
        before = office.trim_end();
    }
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    last.starts_with(char::is_lowercase) && is_one_of(last, OFFICES)
}

/// Whom a speaker tells, between a verb of speech and the time of the speech: "told
/// reporters after ..." (and [`WEEKDAYS`]).
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "the",
    "press",
    "media",
    "lawmakers",
    "parliament",
    "a",
    "news",
    "conference",
    "briefing",
    "later",
    "on",
    "today",
    "yesterday",
];

/// Prepositions that set the time of a speech by an event: "said after talks with".
const SPEECH_TIMES: &[&str] = &["after", "following", "before", "during", "upon", "ahead"];

/// Where the time of a speech ends when it follows the verb of speech ending at
/// `from`: "said [after meeting Y] that ...", "told reporters [following talks with Y],
/// ...". At most three words of audience or day may come first; the time runs to the
/// next "that", comma or quotation mark. `None` when no such time follows.
fn speech_time_end(text: &str, from: usize, end: usize) -> Option<usize> {
    let mut rest = words(text, from..end).skip_while({
        let mut skipped = 0;
        move |w| {
            skipped += 1;
            skipped <= 3
                && (is_one_of(&text[w.clone()], AUDIENCES) || is_one_of(&text[w.clone()], WEEKDAYS))
        }
    });
    let preposition = rest.next()?;
    if !is_one_of(&text[preposition.clone()], SPEECH_TIMES) {
        return None;
    }
    Some(
        rest.find(|w| {
            matches!(&text[w.clone()], "," | "\"" | "“" | "”" | ";" | ":")
                || is_one_of(&text[w.clone()], &["that"])
        })
        .map_or(end, |w| w.start),
    )
}

/// One-word adverbs of time that may stand between ", and" and a new subject: "...,
/// and today we concluded a bilateral meeting".
const TIME_ADVERBS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "then",
    "later",
    "afterwards",
    "subsequently",
    "meanwhile",
];

/// Whether the word `w` starts a clause with its own subject: a subject pronoun, or a
/// mention followed by a lowercase word that does not continue a list.
fn new_subject_after(
    text: &str,
    w: Range<usize>,
    end: usize,
    mentions: &[&ResolvedMention],
) -> bool {
    if is_one_of(&text[w.clone()], SUBJECT_PRONOUNS) {
        return true;
    }
    let Some(mention) = mentions.iter().find(|m| m.start == w.start) else {
        return false;
    };
    words(text, mention.end..end)
        .next()
        .map(|w| &text[w])
        .is_some_and(|next| {
            next.starts_with(char::is_lowercase) && !is_one_of(next, &["and", "or", "of"])
        })
        // "... and Ukraine hosted by the United Kingdom": a passive participle, no verb.
        && !words(text, mention.end..end)
            .take(2)
            .map(|w| &text[w])
            .collect::<Vec<_>>()
            .windows(2)
            .any(|p| p[0].ends_with("ed") && is_one_of(p[1], &["by"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cuts `text` with no mentions or cues and prints each clause's words, with the
    /// kind, as "kind: words | kind: words".
    fn cut(text: &str) -> String {
        let clauses = segment(text, 0..text.len(), &[], &[]);
        let mut out: Vec<String> = Vec::new();
        let mut last: Option<usize> = None;
        for w in words(text, 0..text.len()) {
            let id = clauses.at(w.start);
            if last != Some(id) {
                out.push(format!("{:?}:", clauses.kind(id)));
                last = Some(id);
            }
            let last = out.last_mut().unwrap();
            last.push(' ');
            last.push_str(&text[w]);
        }
        out.join(" | ")
    }

    #[test]
    fn clause_table() {
        for (text, expected) in [
            ("A met B.", "Main: A met B ."),
            (
                "A met B, who hosted C, in Cairo.",
                "Main: A met B | Relative: , who hosted C | Main: , in Cairo .",
            ),
            (
                "It was a good day for us because we had a useful discussion.",
                "Main: It was a good day for us | Main: because we had a useful discussion .",
            ),
            (
                "He stayed home because of the storm, though he met B.",
                "Main: He stayed home because of the storm , | Main: though he met B .",
            ),
            (
                "During talks with B, A said no.",
                "Opener: During talks with B , | Main: A said no .",
            ),
            (
                "A met B; C hosted D.",
                "Main: A met B ; | Main: C hosted D .",
            ),
            (
                "A met B, but C hosted D.",
                "Main: A met B , | Main: but C hosted D .",
            ),
            (
                "A's note to B, sent after his talks with C, arrived.",
                "Main: A 's note to B | Participle: , sent after his talks with C | Main: , arrived .",
            ),
            (
                "A said “we met B” today.",
                "Main: A said | Quote: “ we met B ” | Main: today .",
            ),
            (
                "A and B would “exchange views on issues of concern,” C said.",
                "Main: A and B would “ exchange views on issues of concern , ” C said .",
            ),
            (
                "A is expected to \"discuss the war, the talks\" at the summit.",
                "Main: A is expected to \" discuss the war , the talks \" at the summit .",
            ),
            (
                "A said “we will meet B” today.",
                "Main: A said | Quote: “ we will meet B ” | Main: today .",
            ),
            (
                "A (who met B) left.",
                "Main: A | Aside: ( who met B ) | Main: left .",
            ),
            (
                "A met B, and he hosted C.",
                "Main: A met B , | Main: and he hosted C .",
            ),
            (
                "A met B yesterday, and today we hosted C.",
                "Main: A met B yesterday , | Main: and today we hosted C .",
            ),
            (
                "A and B are allies, strong allies, united, and it is an honor to meet C.",
                "Main: A and B are allies , strong allies | Participle: , united | Main: , | Main: and it is an honor to meet C .",
            ),
            (
                "Speaking with B by phone, A said no.",
                "Opener: Speaking with B by phone , | Main: A said no .",
            ),
            (
                "A met B, C and D, including E.",
                "Main: A met B , C and D , including E .",
            ),
        ] {
            assert_eq!(cut(text), expected, "{text}");
        }
    }
}
