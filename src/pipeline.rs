//! The pipeline: documents -> folded text -> sentences -> mentions -> relations -> graph.
//!
//! [`Analyzer`] runs the per-document stages with buffers reused across documents.
//! [`build_graph`] runs it over many documents on all cores, in chunks, and merges the
//! per-document results in input order, so the graph is the same whatever the thread
//! count and memory is bounded by the graph plus one chunk of documents.

use std::ops::Range;

use rayon::prelude::*;

use crate::gazetteer::Gazetteer;
use crate::graph::KnowledgeGraph;
use crate::input::{read_document, DocumentSource};
use crate::matcher::{resolve_in_document, DocumentMentions, Matcher};
use crate::relate::{relate_document, DocumentRelations, Window};
use crate::text::{sentences, FoldedText};

/// Default number of evidence windows kept per edge.
pub const DEFAULT_EVIDENCE: usize = 5;

/// Documents processed together before their results are merged.
const CHUNK: usize = 256;

/// Options of a build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildOptions {
    /// Co-occurrence window.
    pub window: Window,
    /// Evidence windows kept per edge.
    pub evidence_limit: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            window: Window::Sentence,
            evidence_limit: DEFAULT_EVIDENCE,
        }
    }
}

/// Runs the per-document stages, reusing its buffers from one document to the next.
pub struct Analyzer<'m> {
    matcher: &'m Matcher,
    folded: FoldedText,
    /// Sentence byte ranges of the last document analysed.
    pub sentences: Vec<Range<usize>>,
    /// Mentions of the last document analysed, resolved, with sentence indices.
    pub mentions: DocumentMentions,
    /// Mentions of the last document left ambiguous.
    pub ambiguous: usize,
}

impl<'m> Analyzer<'m> {
    /// An analyzer using `matcher`.
    pub fn new(matcher: &'m Matcher) -> Analyzer<'m> {
        Analyzer {
            matcher,
            folded: FoldedText::default(),
            sentences: Vec::new(),
            mentions: DocumentMentions::default(),
            ambiguous: 0,
        }
    }

    /// Splits `text` into sentences and finds and resolves its mentions.
    pub fn analyze(&mut self, text: &str) {
        self.sentences.clear();
        self.sentences.extend(sentences(text));
        self.folded.refold(text);
        self.mentions.clear();
        self.matcher
            .find_into(text, &self.folded, &mut self.mentions);
        self.ambiguous = resolve_in_document(&mut self.mentions);
        let mut sentence = 0;
        for mention in &mut self.mentions.mentions {
            while sentence + 1 < self.sentences.len()
                && self.sentences[sentence].end <= mention.start
            {
                sentence += 1;
            }
            mention.sentence = sentence as u32;
        }
    }

    /// Analyses a document and relates its mentions.
    pub fn relate(&mut self, id: &str, text: &str, options: &BuildOptions) -> DocumentRelations {
        self.analyze(text);
        relate_document(
            id,
            text,
            &self.sentences,
            &self.mentions,
            self.ambiguous,
            options.evidence_limit,
        )
    }
}

/// Something that went wrong with one document; the run goes on without it or with a
/// repaired copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Document id.
    pub document: String,
    /// The message, naming the file.
    pub message: String,
    /// Whether the document was left out.
    pub skipped: bool,
}

/// The result of a build.
#[derive(Debug)]
pub struct BuildReport {
    /// The graph.
    pub graph: KnowledgeGraph,
    /// Problems met, in input order.
    pub problems: Vec<Problem>,
    /// Resolved mentions.
    pub mentions: u64,
    /// Mentions left out as ambiguous.
    pub ambiguous: u64,
}

/// Builds the graph of `sources` on all cores. Bad documents are reported in
/// [`BuildReport::problems`] and do not stop the run.
pub fn build_graph(
    sources: &[DocumentSource],
    gazetteer: &Gazetteer,
    matcher: &Matcher,
    options: &BuildOptions,
) -> BuildReport {
    let mut report = BuildReport {
        graph: KnowledgeGraph::new(options.window.as_str(), options.evidence_limit),
        problems: Vec::new(),
        mentions: 0,
        ambiguous: 0,
    };
    for chunk in sources.chunks(CHUNK) {
        let results: Vec<(Option<DocumentRelations>, Vec<Problem>)> = chunk
            .par_iter()
            .map_init(
                || Analyzer::new(matcher),
                |analyzer, source| process(analyzer, source, options),
            )
            .collect();
        for (relations, problems) in results {
            report.problems.extend(problems);
            if let Some(relations) = relations {
                report.mentions += relations.mentions;
                report.ambiguous += relations.ambiguous;
                report.graph.add_document(relations, gazetteer);
            }
        }
    }
    report
}

fn process(
    analyzer: &mut Analyzer<'_>,
    source: &DocumentSource,
    options: &BuildOptions,
) -> (Option<DocumentRelations>, Vec<Problem>) {
    match read_document(source) {
        Ok(decoded) => {
            let problems = decoded
                .warnings
                .iter()
                .map(|w| Problem {
                    document: source.id.clone(),
                    message: format!("{}: {w}", source.display()),
                    skipped: false,
                })
                .collect();
            (
                Some(analyzer.relate(&source.id, &decoded.text, options)),
                problems,
            )
        }
        Err(e) => (
            None,
            vec![Problem {
                document: source.id.clone(),
                message: e.to_string(),
                skipped: true,
            }],
        ),
    }
}
