//! Anchored Aho-Corasick automata walked byte by byte: every pattern that starts at one
//! position, found in a single pass from that position.
//!
//! [`crate::matcher`] and [`crate::cues`] try a match only at word starts, every few
//! bytes. Going through [`aho_corasick::AhoCorasick::find`] there costs more in input
//! checks and dispatch than the search itself, so they walk the automaton directly with
//! the low-level [`Automaton`] trait instead.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{dfa, Anchored, BuildError, MatchKind, StartKind};

/// Which aho-corasick automaton a matcher walks.
///
/// The default, used by the matcher and the cues, is the contiguous NFA: measured on
/// the built-in gazetteer and on a 200,000-entity one, it matches as fast as a DFA or
/// faster (it fits in cache), builds two to three times faster and takes a tenth to a
/// twentieth of the memory (`gazetteer/README.md`, "Speed and size"). The other kinds
/// are there for measurements (`examples/automaton_kinds.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AutomatonKind {
    /// A full transition table: one lookup per byte, the most memory and build time.
    Dfa,
    /// A compact NFA in one array: dense near the root, sparse below.
    #[default]
    ContiguousNfa,
    /// The builder's linked NFA (what the other two are made from).
    NoncontiguousNfa,
}

impl AutomatonKind {
    /// Parses `dfa`, `contiguous` or `noncontiguous`.
    pub fn parse(s: &str) -> Option<AutomatonKind> {
        match s {
            "dfa" => Some(AutomatonKind::Dfa),
            "contiguous" => Some(AutomatonKind::ContiguousNfa),
            "noncontiguous" => Some(AutomatonKind::NoncontiguousNfa),
            _ => None,
        }
    }

    /// The name [`AutomatonKind::parse`] reads.
    pub fn as_str(self) -> &'static str {
        match self {
            AutomatonKind::Dfa => "dfa",
            AutomatonKind::ContiguousNfa => "contiguous",
            AutomatonKind::NoncontiguousNfa => "noncontiguous",
        }
    }
}

/// An anchored, leftmost-longest automaton of one of the [`AutomatonKind`]s.
#[derive(Debug, Clone)]
pub(crate) enum AnchoredAutomaton {
    Dfa(dfa::DFA),
    Contiguous(contiguous::NFA),
    Noncontiguous(noncontiguous::NFA),
}

impl AnchoredAutomaton {
    /// Compiles `patterns` (each non-empty) into an automaton of `kind`.
    pub(crate) fn build<P: AsRef<[u8]>>(
        patterns: &[P],
        kind: AutomatonKind,
    ) -> Result<AnchoredAutomaton, BuildError> {
        let patterns = patterns.iter().map(AsRef::as_ref);
        Ok(match kind {
            AutomatonKind::Dfa => AnchoredAutomaton::Dfa(
                dfa::DFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .prefilter(false)
                    .build(patterns)?,
            ),
            AutomatonKind::ContiguousNfa => AnchoredAutomaton::Contiguous(
                contiguous::NFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .prefilter(false)
                    .build(patterns)?,
            ),
            AutomatonKind::NoncontiguousNfa => AnchoredAutomaton::Noncontiguous(
                noncontiguous::NFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .prefilter(false)
                    .build(patterns)?,
            ),
        })
    }

    /// The kind of this automaton.
    pub(crate) fn kind(&self) -> AutomatonKind {
        match self {
            AnchoredAutomaton::Dfa(_) => AutomatonKind::Dfa,
            AnchoredAutomaton::Contiguous(_) => AutomatonKind::ContiguousNfa,
            AnchoredAutomaton::Noncontiguous(_) => AutomatonKind::NoncontiguousNfa,
        }
    }

    /// Heap bytes used by the automaton.
    pub(crate) fn memory_usage(&self) -> usize {
        match self {
            AnchoredAutomaton::Dfa(a) => a.memory_usage(),
            AnchoredAutomaton::Contiguous(a) => a.memory_usage(),
            AnchoredAutomaton::Noncontiguous(a) => a.memory_usage(),
        }
    }
}

/// Calls `$body` with `$a` bound to the concrete automaton inside `$automaton`, so the
/// body is compiled once per kind with every transition inlined.
macro_rules! with_automaton {
    ($automaton:expr, $a:ident => $body:expr) => {
        match $automaton {
            $crate::anchored::AnchoredAutomaton::Dfa($a) => $body,
            $crate::anchored::AnchoredAutomaton::Contiguous($a) => $body,
            $crate::anchored::AnchoredAutomaton::Noncontiguous($a) => $body,
        }
    };
}
pub(crate) use with_automaton;

/// The anchored start state of `automaton` (every automaton here has one).
#[inline]
pub(crate) fn anchored_start<A: Automaton>(automaton: &A) -> StateID {
    automaton
        .start_state(Anchored::Yes)
        .expect("built with an anchored start state")
}

/// Walks `automaton` from its anchored start `start_state` over `bytes[start..limit]`
/// and calls `found(end, pattern)` for every pattern equal to `bytes[start..end]`,
/// shortest first. Stops at the first dead state.
///
/// A match state may also list patterns copied from its failure state (proper suffixes
/// of the path, which start later): only the pattern as long as the path counts.
#[inline(always)]
pub(crate) fn walk<A: Automaton>(
    automaton: &A,
    start_state: StateID,
    bytes: &[u8],
    start: usize,
    limit: usize,
    mut found: impl FnMut(usize, usize),
) {
    let mut sid = start_state;
    for (offset, &byte) in bytes[start..limit].iter().enumerate() {
        sid = automaton.next_state(Anchored::Yes, sid, byte);
        if !automaton.is_special(sid) {
            continue;
        }
        if automaton.is_dead(sid) {
            return;
        }
        if automaton.is_match(sid) {
            let len = offset + 1;
            for index in 0..automaton.match_len(sid) {
                let pattern = automaton.match_pattern(sid, index);
                if automaton.pattern_len(pattern) == len {
                    found(start + len, pattern.as_usize());
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind finds exactly the patterns that start at the position.
    #[test]
    fn walks_find_every_prefix_pattern_of_every_kind() {
        let patterns = ["gaza", "gaza strip", "strip", "aza", "az", "zz", "gaza s"];
        let text = b"gaza strip zz";
        for kind in [
            AutomatonKind::Dfa,
            AutomatonKind::ContiguousNfa,
            AutomatonKind::NoncontiguousNfa,
        ] {
            let automaton = AnchoredAutomaton::build(&patterns, kind).unwrap();
            assert_eq!(automaton.kind(), kind);
            assert!(automaton.memory_usage() > 0);
            let walked = |start: usize, limit: usize| {
                let mut out = Vec::new();
                with_automaton!(&automaton, a => walk(a, anchored_start(a), text, start, limit, |e, p| out.push((e, patterns[p]))));
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

    #[test]
    fn kinds_parse_and_print() {
        for kind in [
            AutomatonKind::Dfa,
            AutomatonKind::ContiguousNfa,
            AutomatonKind::NoncontiguousNfa,
        ] {
            assert_eq!(AutomatonKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(AutomatonKind::parse("nfa"), None);
    }
}
