//! The floor: a plain `aho-corasick` count of the gazetteer's aliases over the corpus
//! bytes, read line by line as `build` reads JSON Lines. No folding, no boundaries,
//! no sentences, no graph: what any matcher must at least spend.

use std::io::BufRead;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use anyhow::Context;
use newsgraph::gazetteer::Gazetteer;

/// Counts alias matches in `corpus`; returns (bytes read, matches).
pub fn count(
    gazetteer: &Gazetteer,
    corpus: &Path,
    kind: Option<AhoCorasickKind>,
) -> anyhow::Result<(u64, u64)> {
    let aliases: Vec<&str> = gazetteer
        .entities()
        .iter()
        .flat_map(|e| e.aliases.iter().map(|a| a.text.as_str()))
        .collect();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(kind)
        .build(&aliases)?;
    let file =
        std::fs::File::open(corpus).with_context(|| format!("opening {}", corpus.display()))?;
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let (mut bytes, mut matches) = (0u64, 0u64);
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        bytes += n as u64;
        matches += automaton.find_iter(&line).count() as u64;
    }
    Ok((bytes, matches))
}
