//! Anchored automata walked byte by byte: every pattern that starts at one position,
//! found in a single pass from that position.
//!
//! [`crate::matcher`] and [`crate::relate::meeting::cues`] try a match only at word starts, every few
//! bytes. Going through [`aho_corasick::AhoCorasick::find`] there costs more in input
//! checks and dispatch than the search itself, so they walk an automaton directly: an
//! aho-corasick one through its low-level [`Automaton`] trait, or a plain [`Trie`].

mod trie;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{dfa, Anchored, MatchKind, StartKind};

use trie::Trie;

/// Which automaton a matcher walks.
///
/// [`AutomatonKind::for_patterns`] picks an aho-corasick contiguous NFA, or a trie for
/// very large gazetteers; `gazetteer/README.md` ("Speed and size") has the
/// measurements. The other kinds are there for comparison
/// (`examples/automaton_kinds.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutomatonKind {
    /// A full transition table: one lookup per byte, the most memory and build time.
    Dfa,
    /// A compact NFA in one array: dense near the root, sparse below.
    ContiguousNfa,
    /// The builder's linked NFA (what the other two are made from).
    NoncontiguousNfa,
    /// A plain byte trie without failure links, built from the sorted patterns.
    Trie,
}

impl AutomatonKind {
    /// From this many patterns on, [`AutomatonKind::for_patterns`] picks the trie.
    pub const TRIE_MIN_PATTERNS: usize = 50_000;

    /// The kind for `patterns` patterns: the contiguous NFA, which matches fastest,
    /// below [`AutomatonKind::TRIE_MIN_PATTERNS`]; the trie from there on, which builds
    /// several times faster (aho-corasick's builders also compute failure transitions,
    /// which anchored walks never take: seconds for hundreds of thousands of patterns).
    pub fn for_patterns(patterns: usize) -> AutomatonKind {
        if patterns < Self::TRIE_MIN_PATTERNS {
            AutomatonKind::ContiguousNfa
        } else {
            AutomatonKind::Trie
        }
    }

    /// Parses `dfa`, `contiguous`, `noncontiguous` or `trie`.
    pub fn parse(s: &str) -> Option<AutomatonKind> {
        match s {
            "dfa" => Some(AutomatonKind::Dfa),
            "contiguous" => Some(AutomatonKind::ContiguousNfa),
            "noncontiguous" => Some(AutomatonKind::NoncontiguousNfa),
            "trie" => Some(AutomatonKind::Trie),
            _ => None,
        }
    }

    /// The name [`AutomatonKind::parse`] reads.
    pub fn as_str(self) -> &'static str {
        match self {
            AutomatonKind::Dfa => "dfa",
            AutomatonKind::ContiguousNfa => "contiguous",
            AutomatonKind::NoncontiguousNfa => "noncontiguous",
            AutomatonKind::Trie => "trie",
        }
    }
}

/// Why an automaton could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// aho-corasick refused.
    #[error(transparent)]
    AhoCorasick(#[from] aho_corasick::BuildError),
    /// The patterns exceed the trie's 2 GiB limit.
    #[error("the patterns exceed the trie's size limit")]
    TooBig,
}

/// The match kind the NFAs are built with. An anchored walk never takes a failure
/// transition and finds every pattern that starts where it starts ([`Walk`]), so the
/// kind does not change what it finds; it changes the build. Under leftmost kinds
/// aho-corasick points the failure transition of every state past a match state at its
/// dead state, whose 256 transitions are a list it scans for each byte of each such
/// state: with the built-in gazetteer's patterns that was 60% of building the
/// automaton, which `Standard` builds in 42% of the instructions.
const NFA_MATCH_KIND: MatchKind = MatchKind::Standard;

/// An anchored automaton of one of the [`AutomatonKind`]s, finding every pattern that
/// starts at the walk's start (the matcher picks the longest).
#[derive(Debug, Clone)]
pub(crate) enum AnchoredAutomaton {
    Dfa(dfa::DFA),
    Contiguous(contiguous::NFA),
    Noncontiguous(noncontiguous::NFA),
    Trie(Trie),
}

impl AnchoredAutomaton {
    /// Compiles `patterns` (each non-empty) into an automaton of `kind`.
    pub(crate) fn build<P: AsRef<[u8]>>(
        patterns: &[P],
        kind: AutomatonKind,
    ) -> Result<AnchoredAutomaton, BuildError> {
        let slices = patterns.iter().map(AsRef::as_ref);
        Ok(match kind {
            AutomatonKind::Dfa => AnchoredAutomaton::Dfa(
                dfa::DFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .prefilter(false)
                    .build(slices.clone())?,
            ),
            AutomatonKind::ContiguousNfa => AnchoredAutomaton::Contiguous(
                contiguous::NFA::builder()
                    .match_kind(NFA_MATCH_KIND)
                    .prefilter(false)
                    .build(slices.clone())?,
            ),
            AutomatonKind::NoncontiguousNfa => AnchoredAutomaton::Noncontiguous(
                noncontiguous::NFA::builder()
                    .match_kind(NFA_MATCH_KIND)
                    .prefilter(false)
                    .build(slices.clone())?,
            ),
            AutomatonKind::Trie => {
                AnchoredAutomaton::Trie(Trie::build(patterns).map_err(|_| BuildError::TooBig)?)
            }
        })
    }

    /// The kind of this automaton.
    pub(crate) fn kind(&self) -> AutomatonKind {
        match self {
            AnchoredAutomaton::Dfa(_) => AutomatonKind::Dfa,
            AnchoredAutomaton::Contiguous(_) => AutomatonKind::ContiguousNfa,
            AnchoredAutomaton::Noncontiguous(_) => AutomatonKind::NoncontiguousNfa,
            AnchoredAutomaton::Trie(_) => AutomatonKind::Trie,
        }
    }

    /// Heap bytes used by the automaton.
    pub(crate) fn memory_usage(&self) -> usize {
        match self {
            AnchoredAutomaton::Dfa(a) => a.memory_usage(),
            AnchoredAutomaton::Contiguous(a) => a.memory_usage(),
            AnchoredAutomaton::Noncontiguous(a) => a.memory_usage(),
            AnchoredAutomaton::Trie(a) => a.memory_usage(),
        }
    }
}

/// Calls `$body` with `$a` bound to the concrete automaton inside `$automaton`, so the
/// body is compiled once per kind with every transition inlined.
macro_rules! with_automaton {
    ($automaton:expr, $a:ident => $body:expr) => {
        match $automaton {
            $crate::matcher::anchored::AnchoredAutomaton::Dfa($a) => $body,
            $crate::matcher::anchored::AnchoredAutomaton::Contiguous($a) => $body,
            $crate::matcher::anchored::AnchoredAutomaton::Noncontiguous($a) => $body,
            $crate::matcher::anchored::AnchoredAutomaton::Trie($a) => $body,
        }
    };
}
pub(crate) use with_automaton;

/// An automaton walked from its anchored start, one byte at a time.
pub(crate) trait Walk {
    /// A state of the walk.
    type State: Copy;
    /// The anchored start state.
    fn start(&self) -> Self::State;
    /// The state after `byte`, or `None` when no pattern continues that way.
    fn step(&self, state: Self::State, byte: u8) -> Option<Self::State>;
    /// The pattern spelled by the `len` bytes that led to `state`, if any.
    fn pattern(&self, state: Self::State, len: usize) -> Option<usize>;
}

/// [`Walk`] for aho-corasick automata (built with an anchored start state). A match
/// state may also list patterns copied from its failure state (proper suffixes of the
/// path, which start later): only the pattern as long as the path counts.
macro_rules! walk_aho_corasick {
    ($($automaton:ty),*) => {$(
        impl Walk for $automaton {
            type State = StateID;

            #[inline(always)]
            fn start(&self) -> StateID {
                Automaton::start_state(self, Anchored::Yes)
                    .expect("built with an anchored start state")
            }

            #[inline(always)]
            fn step(&self, state: StateID, byte: u8) -> Option<StateID> {
                let next = Automaton::next_state(self, Anchored::Yes, state, byte);
                (!Automaton::is_dead(self, next)).then_some(next)
            }

            #[inline(always)]
            fn pattern(&self, state: StateID, len: usize) -> Option<usize> {
                if !Automaton::is_match(self, state) {
                    return None;
                }
                (0..Automaton::match_len(self, state))
                    .map(|index| Automaton::match_pattern(self, state, index))
                    .find(|&pattern| Automaton::pattern_len(self, pattern) == len)
                    .map(|pattern| pattern.as_usize())
            }
        }
    )*};
}
walk_aho_corasick!(dfa::DFA, contiguous::NFA, noncontiguous::NFA);

/// Walks `automaton` from `start_state` (its [`Walk::start`]) over
/// `bytes[start..limit]` and calls `found(end, pattern)` for every pattern equal to
/// `bytes[start..end]`, shortest first. Stops where no pattern continues.
#[inline(always)]
pub(crate) fn walk<W: Walk>(
    automaton: &W,
    start_state: W::State,
    bytes: &[u8],
    start: usize,
    limit: usize,
    mut found: impl FnMut(usize, usize),
) {
    let mut state = start_state;
    for (offset, &byte) in bytes[start..limit].iter().enumerate() {
        let Some(next) = automaton.step(state, byte) else {
            return;
        };
        state = next;
        if let Some(pattern) = automaton.pattern(state, offset + 1) {
            found(start + offset + 1, pattern);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_KINDS: [AutomatonKind; 4] = [
        AutomatonKind::Dfa,
        AutomatonKind::ContiguousNfa,
        AutomatonKind::NoncontiguousNfa,
        AutomatonKind::Trie,
    ];

    /// Every kind finds exactly the patterns that start at the position.
    #[test]
    fn walks_find_every_prefix_pattern_of_every_kind() {
        let patterns = ["gaza", "gaza strip", "strip", "aza", "az", "zz", "gaza s"];
        let text = b"gaza strip zz";
        for kind in ALL_KINDS {
            let automaton = AnchoredAutomaton::build(&patterns, kind).unwrap();
            assert_eq!(automaton.kind(), kind);
            assert!(automaton.memory_usage() > 0);
            let walked = |start: usize, limit: usize| {
                let mut out = Vec::new();
                with_automaton!(&automaton, a => walk(a, a.start(), text, start, limit, |e, p| out.push((e, patterns[p]))));
                out
            };
            assert_eq!(
                walked(0, text.len()),
                [(4, "gaza"), (6, "gaza s"), (10, "gaza strip")],
                "{kind:?}"
            );
            assert_eq!(walked(0, 9), [(4, "gaza"), (6, "gaza s")], "{kind:?}");
            assert_eq!(walked(1, text.len()), [(3, "az"), (4, "aza")], "{kind:?}");
            assert_eq!(walked(5, text.len()), [(10, "strip")], "{kind:?}");
            assert_eq!(walked(11, text.len()), [(13, "zz")], "{kind:?}");
            assert_eq!(walked(3, text.len()), [], "{kind:?}");
        }
    }

    proptest::proptest! {
        /// Every kind finds the same patterns from every position, with a small
        /// alphabet so that patterns share prefixes and nest.
        #[test]
        fn kinds_agree(
            patterns in proptest::collection::btree_set("[ab ]{1,6}", 1..40),
            text in "[ab c]{0,40}",
        ) {
            let patterns: Vec<String> = patterns.into_iter().collect();
            let walks = |kind| {
                let automaton = AnchoredAutomaton::build(&patterns, kind).unwrap();
                let mut out = Vec::new();
                for start in 0..text.len() {
                    with_automaton!(&automaton, a => walk(a, a.start(), text.as_bytes(), start, text.len(), |e, p| out.push((start, e, p))));
                }
                out
            };
            let expected: Vec<(usize, usize, usize)> = (0..text.len())
                .flat_map(|start| {
                    let mut found: Vec<(usize, usize, usize)> = patterns
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| text[start..].starts_with(p.as_str()))
                        .map(|(i, p)| (start, start + p.len(), i))
                        .collect();
                    found.sort();
                    found
                })
                .collect();
            for kind in ALL_KINDS {
                proptest::prop_assert_eq!(&walks(kind), &expected, "{:?}", kind);
            }
        }
    }

    #[test]
    fn kinds_parse_and_print() {
        for kind in ALL_KINDS {
            assert_eq!(AutomatonKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(AutomatonKind::parse("nfa"), None);
    }
}
