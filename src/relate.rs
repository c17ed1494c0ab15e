//! Relating mentions: which entities appear together, per document, with evidence.
//!
//! A document's resolved mentions are grouped by window (a sentence by default). Each
//! unordered pair of distinct entities in a window adds one to the pair's weight, and
//! the first windows of each pair are kept as evidence. The result,
//! [`DocumentRelations`], depends on that document alone, so documents can be
//! processed in parallel and merged into the graph in any grouping.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crate::gazetteer::EntityId;
use crate::matcher::DocumentMentions;

/// The span of text in which co-mentions count as linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Window {
    /// One sentence (the default).
    #[default]
    Sentence,
}

impl Window {
    /// The name written in `graph.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Window::Sentence => "sentence",
        }
    }
}

/// A window of a document where a link was seen.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    /// Document id.
    pub document: String,
    /// Byte offset of the window's start in the document.
    pub start: usize,
    /// Byte offset of the window's end.
    pub end: usize,
    /// The window's text.
    pub text: String,
}

/// What one document says of one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityObservation {
    /// The entity.
    pub entity: EntityId,
    /// Mentions in the document.
    pub mentions: u64,
    /// Surface forms as written (whitespace runs collapsed), with counts, sorted.
    pub surface_forms: Vec<(String, u64)>,
}

/// What one document says of one pair of entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairObservation {
    /// The entity with the smaller id.
    pub a: EntityId,
    /// The entity with the larger id.
    pub b: EntityId,
    /// Windows mentioning both.
    pub windows: u64,
    /// The first windows mentioning both, at most the evidence limit.
    pub evidence: Vec<Evidence>,
}

/// Everything the graph needs from one document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentRelations {
    /// Document id.
    pub document: String,
    /// Sentences in the document.
    pub sentences: u64,
    /// Resolved mentions.
    pub mentions: u64,
    /// Mentions left out because they were ambiguous.
    pub ambiguous: u64,
    /// Entities, sorted by id.
    pub entities: Vec<EntityObservation>,
    /// Pairs, sorted by ids.
    pub pairs: Vec<PairObservation>,
}

/// Groups a document's mentions by sentence and counts co-mentions.
///
/// `sentences` are the byte ranges of the document's sentences, in order; each
/// mention's `sentence` index must already be set. At most `evidence_limit` windows
/// are kept per pair.
pub fn relate_document(
    document: &str,
    text: &str,
    sentences: &[Range<usize>],
    mentions: &DocumentMentions,
    ambiguous: usize,
    evidence_limit: usize,
) -> DocumentRelations {
    let mut entities: HashMap<EntityId, (u64, HashMap<String, u64>)> = HashMap::new();
    let mut pairs: HashMap<(EntityId, EntityId), PairObservation> = HashMap::new();
    let mut window: Vec<EntityId> = Vec::new();
    let mut resolved = 0u64;
    let mut index = 0;
    let all = &mentions.mentions;
    while index < all.len() {
        let sentence = all[index].sentence;
        window.clear();
        while index < all.len() && all[index].sentence == sentence {
            let mention = &all[index];
            index += 1;
            let Some(entity) = mention.entity else {
                continue;
            };
            resolved += 1;
            window.push(entity);
            let entry = entities.entry(entity).or_default();
            entry.0 += 1;
            let written = &text[mention.start..mention.end];
            let form = if written.contains(|c: char| c.is_whitespace() && c != ' ')
                || written.contains("  ")
            {
                Cow::Owned(collapse_whitespace(written))
            } else {
                Cow::Borrowed(written)
            };
            match entry.1.get_mut(form.as_ref()) {
                Some(count) => *count += 1,
                None => {
                    entry.1.insert(form.into_owned(), 1);
                }
            }
        }
        window.sort_unstable();
        window.dedup();
        if window.len() < 2 {
            continue;
        }
        let span = sentences
            .get(sentence as usize)
            .cloned()
            .unwrap_or(0..text.len());
        for (i, &a) in window.iter().enumerate() {
            for &b in &window[i + 1..] {
                let pair = pairs.entry((a, b)).or_insert_with(|| PairObservation {
                    a,
                    b,
                    windows: 0,
                    evidence: Vec::new(),
                });
                pair.windows += 1;
                if pair.evidence.len() < evidence_limit {
                    pair.evidence.push(Evidence {
                        document: document.to_string(),
                        start: span.start,
                        end: span.end,
                        text: text[span.clone()].to_string(),
                    });
                }
            }
        }
    }
    let mut entities: Vec<EntityObservation> = entities
        .into_iter()
        .map(|(entity, (mentions, forms))| {
            let mut surface_forms: Vec<(String, u64)> = forms.into_iter().collect();
            surface_forms.sort();
            EntityObservation {
                entity,
                mentions,
                surface_forms,
            }
        })
        .collect();
    entities.sort_by_key(|e| e.entity);
    let mut pairs: Vec<PairObservation> = pairs.into_values().collect();
    pairs.sort_by_key(|p| (p.a, p.b));
    DocumentRelations {
        document: document.to_string(),
        sentences: sentences.len() as u64,
        mentions: resolved,
        ambiguous: ambiguous as u64,
        entities,
        pairs,
    }
}

/// Collapses every run of whitespace to one space ("Benjamin\nNetanyahu").
fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
