//! Meeting cues: the phrases that say two entities met, and the words around them.
//!
//! The cues live in a data file beside the gazetteer (`gazetteer/meeting-cues.tsv`,
//! columns `kind`, `phrase`, `notes`), not in code. Phrases are folded like aliases
//! and matched as whole words with one leftmost-longest Aho-Corasick automaton; a
//! phrase may be listed under several kinds. See [`CueKind`] for what each kind
//! means and [`super`] for how they combine.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::gazetteer::{GazetteerError, Location};
use crate::matcher::anchored::{walk, with_automaton, AnchoredAutomaton, AutomatonKind, Walk};
use crate::text::{ascii_word_end, fold_str, FoldedText};

/// The cue file's name inside a gazetteer folder.
pub const CUES_FILE: &str = "meeting-cues.tsv";

const BUILTIN_CUES: &str = include_str!("../../../gazetteer/meeting-cues.tsv");

/// What a cue phrase does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CueKind {
    /// The subject met the objects ("held talks with").
    Met,
    /// As `Met`, but announced ("is set to meet with").
    Planned,
    /// Every pair of the parties after the cue met ("talks between").
    Between,
    /// "X with Y" in a photo caption or headline.
    Caption,
    /// A noun that turns "meet" into an idiom ("demands").
    Idiom,
    /// A word that makes the next country or organization a location ("in", "visited").
    Location,
    /// Ends the objects of a cue ("before", "during").
    Stop,
    /// A noun that makes a demonym a party ("officials", "delegation").
    Group,
    /// A role between a country and a person ("foreign minister").
    Title,
    /// Cancels a cue it precedes ("did not", "declined to").
    Negation,
    /// Follows a speaker or credit ("the Kremlin said", "AP Photo"): never the one met.
    Source,
    /// Precedes the source of a report ("according to MENA"): not a party.
    Attribution,
    /// A meeting noun ("discussions"): a `relay` word shortly after it, past places and
    /// times, acts as a meeting cue ("discussions in Cairo with Sisi").
    Meeting,
    /// A reciprocal verb: its coordinated subjects met one another ("Lula and
    /// Ramaphosa spoke"); it takes objects only through "with".
    Joint,
    /// A light verb that makes a meeting noun within three words reciprocal ("A and B
    /// held a second meeting", "began talks").
    Light,
    /// "with", "between": the cue of a meeting noun a few words before it.
    Relay,
    /// Cancels the meeting it follows ("the summit ... was called off").
    Cancel,
    /// A noun that makes the country or body right before it a topic, not a party
    /// ("the Sudan war", "a Gaza truce").
    Topic,
    /// In a transcript, says the one spoken to is with the speaker ("good to see you",
    /// "welcome you", "you are here"): the speaker met them.
    Presence,
}

impl CueKind {
    const ALL: [(&'static str, CueKind); 19] = [
        ("met", CueKind::Met),
        ("planned", CueKind::Planned),
        ("between", CueKind::Between),
        ("caption", CueKind::Caption),
        ("idiom", CueKind::Idiom),
        ("location", CueKind::Location),
        ("stop", CueKind::Stop),
        ("group", CueKind::Group),
        ("title", CueKind::Title),
        ("negation", CueKind::Negation),
        ("source", CueKind::Source),
        ("attribution", CueKind::Attribution),
        ("meeting", CueKind::Meeting),
        ("joint", CueKind::Joint),
        ("light", CueKind::Light),
        ("relay", CueKind::Relay),
        ("cancel", CueKind::Cancel),
        ("topic", CueKind::Topic),
        ("presence", CueKind::Presence),
    ];

    fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// Parses a kind as written in the cue file.
    pub fn parse(s: &str) -> Option<CueKind> {
        Self::ALL
            .iter()
            .find(|(name, _)| *name == s)
            .map(|(_, k)| *k)
    }
}

/// A cue found in a text: its kinds, its phrase, and its byte span in the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    kinds: u32,
    phrase: u32,
    /// Start byte in the original text.
    pub start: usize,
    /// End byte in the original text.
    pub end: usize,
}

impl CueMatch {
    /// Whether the phrase is listed under `kind`.
    pub fn is(&self, kind: CueKind) -> bool {
        self.kinds & kind.bit() != 0
    }
}

/// The compiled cue phrases.
#[derive(Debug, Clone)]
pub struct CueSet {
    /// Anchored, leftmost-longest: walked only from where a phrase may start.
    automaton: AnchoredAutomaton,
    /// The bytes some phrase starts with.
    first_bytes: [bool; 256],
    phrases: Vec<String>,
    kinds: Vec<u32>,
}

/// The most phrases a cue set compiles into a DFA; a larger one takes the matcher's
/// choice ([`AutomatonKind::for_patterns`]).
const CUE_DFA_MAX_PHRASES: usize = 5_000;

/// The automaton of a cue set of `phrases` phrases: a DFA while the set is small (the
/// built-in cues are about 1,200 phrases), as a step of its walk is one
/// table lookup, where the contiguous NFA searches the state's transitions; a cue set
/// is walked from nearly every word start of every document.
fn cue_automaton_kind(phrases: usize) -> AutomatonKind {
    if phrases <= CUE_DFA_MAX_PHRASES {
        AutomatonKind::Dfa
    } else {
        AutomatonKind::for_patterns(phrases)
    }
}

impl CueSet {
    /// The cues compiled into the binary.
    ///
    /// # Errors
    /// Only if the shipped file is invalid (a test guards this).
    pub fn builtin() -> Result<CueSet, GazetteerError> {
        Self::parse(Path::new("<built-in>/meeting-cues.tsv"), BUILTIN_CUES)
    }

    /// `DIR/meeting-cues.tsv` if it exists, else the built-in cues.
    ///
    /// # Errors
    /// An unreadable or invalid file.
    pub fn load_dir(dir: &Path) -> Result<CueSet, GazetteerError> {
        let path = dir.join(CUES_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(&path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Self::builtin(),
            Err(source) => Err(GazetteerError::Io { path, source }),
        }
    }

    /// The cues for a gazetteer at `path`: a folder's ([`load_dir`](Self::load_dir)),
    /// or the built-in cues for a single-file gazetteer.
    ///
    /// # Errors
    /// As [`load_dir`](Self::load_dir).
    pub fn load(path: &Path) -> Result<CueSet, GazetteerError> {
        if path.is_dir() {
            Self::load_dir(path)
        } else {
            Self::builtin()
        }
    }

    /// Parses a cue file (`kind<TAB>phrase<TAB>notes`, header row, `#` comments).
    ///
    /// # Errors
    /// A missing header, an unknown kind or an empty phrase, naming file and line.
    pub fn parse(path: &Path, text: &str) -> Result<CueSet, GazetteerError> {
        let mut by_phrase: BTreeMap<String, u32> = BTreeMap::new();
        let mut header = false;
        for (index, line) in text.lines().enumerate() {
            let invalid = |column: usize, message: String| GazetteerError::Invalid {
                location: Location {
                    file: PathBuf::from(path),
                    line: index + 1,
                },
                column: Some(column),
                message,
            };
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let kind = fields.next().unwrap_or("").trim();
            let phrase = fields.next().unwrap_or("").trim();
            if !header {
                if kind != "kind" || phrase != "phrase" {
                    return Err(invalid(
                        1,
                        "the header must start with `kind<TAB>phrase`".into(),
                    ));
                }
                header = true;
                continue;
            }
            let kind = CueKind::parse(kind).ok_or_else(|| {
                invalid(
                    1,
                    format!(
                        "unknown cue kind {kind:?} (known: {})",
                        CueKind::ALL.map(|(n, _)| n).join(", ")
                    ),
                )
            })?;
            let folded = fold_str(phrase).trim().to_string();
            if folded.is_empty() {
                return Err(invalid(2, "empty phrase".into()));
            }
            *by_phrase.entry(folded).or_default() |= kind.bit();
        }
        let (phrases, kinds): (Vec<String>, Vec<u32>) = by_phrase.into_iter().unzip();
        let mut first_bytes = [false; 256];
        for phrase in &phrases {
            if let Some(&b) = phrase.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        let automaton = AnchoredAutomaton::build(&phrases, cue_automaton_kind(phrases.len()))
            .map_err(|e| GazetteerError::Invalid {
                location: Location {
                    file: path.to_path_buf(),
                    line: 1,
                },
                column: None,
                message: format!("cannot compile the cues: {e}"),
            })?;
        Ok(CueSet {
            automaton,
            first_bytes,
            phrases,
            kinds,
        })
    }

    /// The phrase of a match, as folded.
    pub fn phrase(&self, m: &CueMatch) -> &str {
        &self.phrases[m.phrase as usize]
    }

    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Finds the whole-word cues of a document, leftmost-longest, appending them to `out`
    /// with spans in the original text.
    pub fn find_into(&self, folded: &FoldedText, out: &mut Vec<CueMatch>) {
        with_automaton!(&self.automaton, a => self.find_with(a, folded, out));
    }

    /// [`CueSet::find_into`] with the concrete automaton.
    fn find_with<W: Walk>(&self, automaton: &W, folded: &FoldedText, out: &mut Vec<CueMatch>) {
        let start_state = automaton.start();
        let hay = folded.as_str();
        let bytes = hay.as_bytes();
        let mut pos = 0;
        // Whether the character before `pos` is alphanumeric.
        let mut after_word_char = false;
        while pos < bytes.len() {
            if after_word_char {
                // Inside an ASCII word no phrase starts (a word character after a word
                // character).
                pos = ascii_word_end(bytes, pos);
                if pos >= bytes.len() {
                    break;
                }
            }
            let byte = bytes[pos];
            let (width, word_char) = if byte < 0x80 {
                (1, byte.is_ascii_alphanumeric())
            } else {
                let c = hay[pos..].chars().next().unwrap_or(' ');
                (c.len_utf8(), c.is_alphanumeric())
            };
            // A phrase starts a word, or starts with a non-word character (";").
            if self.first_bytes[usize::from(byte)] && (!after_word_char || !word_char) {
                // The longest phrase starting here.
                let mut longest = None;
                walk(
                    automaton,
                    start_state,
                    bytes,
                    pos,
                    bytes.len(),
                    |end, pattern| {
                        // The longest phrase that ends a word: "spoke" in "spoke
                        // today", not "spoke to".
                        let word_end =
                            !hay[end..].chars().next().is_some_and(char::is_alphanumeric)
                                || !hay[..end].ends_with(char::is_alphanumeric);
                        if word_end {
                            longest = Some((end, pattern));
                        }
                    },
                );
                if let Some((end, pattern)) = longest {
                    {
                        let span = folded.original_span(pos, end);
                        out.push(CueMatch {
                            kinds: self.kinds[pattern],
                            phrase: pattern as u32,
                            start: span.start,
                            end: span.end,
                        });
                        after_word_char = hay[..end].ends_with(char::is_alphanumeric);
                        pos = end;
                        continue;
                    }
                }
            }
            after_word_char = word_char;
            pos += width;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(String, bool, bool)> {
        let set = CueSet::parse(
            Path::new("c.tsv"),
            "# test\nkind\tphrase\tnotes\nmet\tmet\t\nmet\tmet with\t\nplanned\tis set to meet with\t\nlocation\tin\t\nstop\t;\t\ncaption\twith\t\nlocation\twith\tdouble listing\n",
        )
        .unwrap();
        let folded = FoldedText::new(text);
        let mut out = Vec::new();
        set.find_into(&folded, &mut out);
        out.iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    m.is(CueKind::Met),
                    m.is(CueKind::Location),
                )
            })
            .collect()
    }

    #[test]
    fn whole_words_longest_first() {
        assert_eq!(
            cues("Blinken MET with Sisi"),
            [("MET with".to_string(), true, false)]
        );
        assert_eq!(
            cues("Blinken is set to meet with him"),
            [("is set to meet with".to_string(), false, false)]
        );
        assert_eq!(cues("metals in mint"), [("in".to_string(), false, true)]);
        assert_eq!(
            cues("within; with"),
            [
                (";".to_string(), false, false),
                ("with".to_string(), false, true)
            ]
        );
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = CueSet::parse(Path::new("c.tsv"), "kind\tphrase\nmeets\tmet\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("c.tsv:2:1: unknown cue kind \"meets\""),
            "{err}"
        );
        let err = CueSet::parse(Path::new("c.tsv"), "phrase\tkind\n").unwrap_err();
        assert!(err.to_string().contains("c.tsv:1:1: the header"), "{err}");
        let err = CueSet::parse(Path::new("c.tsv"), "kind\tphrase\nmet\t \n").unwrap_err();
        assert!(err.to_string().contains("c.tsv:2:2: empty phrase"), "{err}");
    }

    #[test]
    fn builtin_cues_load() {
        let set = CueSet::builtin().unwrap();
        assert!(!set.is_empty());
    }
}
