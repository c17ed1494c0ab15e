//! The pipeline: documents -> folded text -> sentences -> mentions -> relations -> graph.
//!
//! A [`Model`] holds what is compiled once (gazetteer, matcher, meeting cues).
//! [`Analyzer`] runs the per-document stages with buffers reused across documents.
//! [`build_graph`] reads documents as a stream and analyses them on all cores in chunks.
//! Each thread folds its run of a chunk's documents into a partial graph; the partial
//! graphs are merged in input order (rayon's `reduce` keeps it), and each chunk's graph
//! into the whole while the next chunk is analysed; on one thread, documents go straight
//! into the whole graph, with no graph of their chunk. Merging is order-independent for
//! counts and evidence and keeps the first of anything first-wins, so the graph is the
//! same whatever the thread count, and memory is bounded by the graph plus one chunk.

use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::gazetteer::{Gazetteer, GazetteerError};
use crate::graph::texts::TextStore;
use crate::graph::KnowledgeGraph;
use crate::input::{Document, Problem};
use crate::matcher::{
    resolve_in_document, DocumentMentions, Matcher, MatcherError, ResolvedMentions,
};
use crate::relate::meeting::cues::{CueMatch, CueSet};
use crate::relate::{relate_document, DocumentInput, DocumentMeta, DocumentRelations, Window};
use crate::text::{sentences, FoldedText};

/// Default number of evidence windows kept per edge.
pub const DEFAULT_EVIDENCE: usize = 5;

/// Documents processed together before their graph is merged into the whole, per
/// thread of the pool ([`chunk_len`]).
const CHUNK_PER_THREAD: usize = 128;

/// Documents in a chunk at least and at most. Three chunks are in memory at once (one
/// read, one analysed, one merged), with the partial graphs of two: on two threads,
/// chunks of 256 documents instead of 1,024 lowered the peak of a 100 MB build by 15 MB
/// in the same CPU time.
const CHUNK_RANGE: (usize, usize) = (256, 1024);

/// Documents a chunk holds on the current pool: [`CHUNK_PER_THREAD`] a thread, so
/// every thread gets runs of [`MIN_RUN`] or more, within [`CHUNK_RANGE`].
fn chunk_len() -> usize {
    (rayon::current_num_threads().saturating_mul(CHUNK_PER_THREAD))
        .clamp(CHUNK_RANGE.0, CHUNK_RANGE.1)
}

/// Documents a thread folds into one partial graph at least. Small, so that the thread
/// that merged the chunk before finds runs left to take when it is done: with runs of
/// 64, a chunk of 256 documents on two threads was four runs, and one thread often
/// waited for the other's last (100 MB, two jobs: 7.4 s, 1.54 times one job; with runs
/// of 16, 7.0 s, 1.62 times, for 6 MB more at the peak and the same CPU time).
const MIN_RUN: usize = 16;

/// Why a model could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The gazetteer or the cue file is invalid.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
    /// The automaton could not be built.
    #[error(transparent)]
    Matcher(#[from] MatcherError),
}

/// Everything compiled once per run: the gazetteer, its matcher, the meeting cues.
#[derive(Debug, Clone)]
pub struct Model {
    /// The entities.
    pub gazetteer: Gazetteer,
    /// The automaton over their aliases.
    pub matcher: Matcher,
    /// The meeting cues.
    pub cues: CueSet,
}

impl Model {
    /// Compiles a gazetteer and cues.
    ///
    /// # Errors
    /// If the automaton cannot be built.
    pub fn new(gazetteer: Gazetteer, cues: CueSet) -> Result<Model, ModelError> {
        let matcher = Matcher::new(&gazetteer)?;
        Ok(Model {
            gazetteer,
            matcher,
            cues,
        })
    }

    /// The built-in gazetteer and cues.
    ///
    /// # Errors
    /// Only if the shipped files are invalid.
    pub fn builtin() -> Result<Model, ModelError> {
        Self::new(Gazetteer::builtin()?, CueSet::builtin()?)
    }

    /// A gazetteer folder, with its `meeting-cues.tsv` or the built-in cues.
    ///
    /// # Errors
    /// An unreadable or invalid gazetteer or cue file.
    pub fn load_dir(dir: &Path) -> Result<Model, ModelError> {
        Self::new(Gazetteer::load_dir(dir)?, CueSet::load_dir(dir)?)
    }

    /// A gazetteer folder or single file ([`Gazetteer::load`]), with the cues of
    /// [`CueSet::load`].
    ///
    /// # Errors
    /// An unreadable or invalid gazetteer or cue file.
    pub fn load(path: &Path) -> Result<Model, ModelError> {
        Self::new(Gazetteer::load(path)?, CueSet::load(path)?)
    }

    /// The built-in gazetteer extended by a folder or single file
    /// ([`Gazetteer::load_onto`]), with the cues of [`CueSet::load`].
    ///
    /// # Errors
    /// An unreadable or invalid gazetteer or cue file.
    pub fn load_extending(path: &Path) -> Result<Model, ModelError> {
        let gazetteer = Gazetteer::load_onto(Gazetteer::builtin()?, path)?;
        Self::new(gazetteer, CueSet::load(path)?)
    }
}

/// Options of a build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildOptions {
    /// Co-occurrence window.
    pub window: Window,
    /// Evidence windows kept per edge (and as many meetings).
    pub evidence_limit: usize,
    /// Leave out documents dated before this day (`YYYY-MM-DD`), and undated ones.
    pub since: Option<String>,
    /// Leave out documents dated after this day, and undated ones.
    pub until: Option<String>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            window: Window::Sentence,
            evidence_limit: DEFAULT_EVIDENCE,
            since: None,
            until: None,
        }
    }
}

impl BuildOptions {
    /// Whether a document with this date is inside `--since`/`--until`.
    pub fn admits(&self, date: Option<&str>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some(date) = date else { return false };
        self.since.as_deref().is_none_or(|s| date >= s)
            && self.until.as_deref().is_none_or(|u| date <= u)
    }
}

/// Runs the per-document stages, reusing its buffers from one document to the next.
pub struct Analyzer<'m> {
    model: &'m Model,
    folded: FoldedText,
    /// What the matcher found, before resolution.
    found: DocumentMentions,
    /// Sentence byte ranges of the last document analysed.
    pub sentences: Vec<Range<usize>>,
    /// Mentions of the last document analysed, resolved or ambiguous, with sentence
    /// indices.
    pub mentions: ResolvedMentions,
    /// Meeting cues of the last document analysed.
    pub cues: Vec<CueMatch>,
}

impl<'m> Analyzer<'m> {
    /// An analyzer using `model`.
    pub fn new(model: &'m Model) -> Analyzer<'m> {
        Analyzer {
            model,
            folded: FoldedText::default(),
            found: DocumentMentions::default(),
            sentences: Vec::new(),
            mentions: ResolvedMentions::default(),
            cues: Vec::new(),
        }
    }

    /// Splits `text` into sentences, finds and resolves its mentions, finds its cues.
    pub fn analyze(&mut self, text: &str) {
        self.analyze_dated(text, None);
    }

    /// [`Analyzer::analyze`] for a document dated `date` (`YYYY-MM-DD`): role aliases
    /// of that day count ([`Matcher::find_dated_into`]).
    pub fn analyze_dated(&mut self, text: &str, date: Option<&str>) {
        self.sentences.clear();
        self.sentences.extend(sentences(text));
        self.folded.refold(text);
        self.found.clear();
        self.model
            .matcher
            .find_dated_into(text, &self.folded, date, &mut self.found);
        resolve_in_document(&self.found, &mut self.mentions);
        let resolved = self.mentions.resolved.iter().map(|m| m.start..m.end);
        let ambiguous = self.mentions.ambiguous.iter().map(|m| m.start..m.end);
        join_cut_names(&mut self.sentences, resolved.chain(ambiguous));
        let resolved = self.mentions.resolved.iter_mut();
        number_sentences(
            &self.sentences,
            resolved.map(|m| (m.start, &mut m.sentence)),
        );
        let ambiguous = self.mentions.ambiguous.iter_mut();
        number_sentences(
            &self.sentences,
            ambiguous.map(|m| (m.start, &mut m.sentence)),
        );
        self.cues.clear();
        self.model.cues.find_into(&self.folded, &mut self.cues);
    }

    /// Runs `work` (the analysis of one document and what is made of it) so that a bug
    /// in it costs that document only: a panic is caught, the analyser made anew, and
    /// the panic's short message ([`panic_message`]) returned. `build`, `mentions` and
    /// `suggest` go on with the next document and name this one among the skipped.
    ///
    /// # Errors
    /// The message of the panic `work` ended with.
    pub fn isolated<R>(&mut self, work: impl FnOnce(&mut Analyzer<'m>) -> R) -> Result<R, String> {
        let model = self.model;
        match panic::catch_unwind(AssertUnwindSafe(|| work(self))) {
            Ok(result) => Ok(result),
            Err(payload) => {
                *self = Analyzer::new(model);
                Err(panic_message(payload.as_ref()))
            }
        }
    }

    /// Analyses a document and relates its mentions.
    pub fn relate(
        &mut self,
        meta: &DocumentMeta,
        text: &str,
        options: &BuildOptions,
    ) -> DocumentRelations {
        self.analyze_dated(text, meta.date.as_deref());
        let input = DocumentInput {
            meta,
            text,
            sentences: &self.sentences,
            mentions: &self.mentions.resolved,
            ambiguous: self.mentions.ambiguous.len(),
            cues: &self.cues,
        };
        relate_document(
            &input,
            &self.model.gazetteer,
            &self.model.cues,
            options.window,
            options.evidence_limit,
        )
    }
}

/// Joins each sentence that ends inside a mention to the sentences the mention reaches:
/// the splitter cut a name at an abbreviation ("Guðni Th. Jóhannesson" at "Th."), and
/// a name the gazetteer knows is never cut, so every mention lies in one sentence.
fn join_cut_names(sentences: &mut Vec<Range<usize>>, mentions: impl Iterator<Item = Range<usize>>) {
    for mention in mentions {
        let i = sentences.partition_point(|s| s.end <= mention.start);
        while i + 1 < sentences.len()
            && sentences[i].end < mention.end
            && sentences[i + 1].start < mention.end
        {
            sentences[i].end = sentences[i + 1].end;
            sentences.remove(i + 1);
        }
    }
}

/// Sets the sentence index of each mention, given as `(start, index to set)` in text
/// order: the sentence it starts in (the last one for a start past them all).
fn number_sentences<'a>(
    sentences: &[Range<usize>],
    mentions: impl Iterator<Item = (usize, &'a mut u32)>,
) {
    let mut sentence = 0;
    for (start, index) in mentions {
        while sentence + 1 < sentences.len() && sentences[sentence].end <= start {
            sentence += 1;
        }
        *index = sentence as u32;
    }
}

/// The result of a build.
#[derive(Debug)]
pub struct BuildReport {
    /// The graph.
    pub graph: KnowledgeGraph,
    /// Problems met, in input order: the first [`KEPT_PROBLEMS`] of them (a feed of
    /// millions of bad lines must not hold millions of messages).
    pub problems: Vec<Problem>,
    /// Problems met beyond the ones kept in [`BuildReport::problems`].
    pub more_problems: u64,
    /// Documents skipped (kept problems or not).
    pub skipped: u64,
    /// Resolved mentions.
    pub mentions: u64,
    /// Mentions left out as ambiguous.
    pub ambiguous: u64,
    /// Documents left out by `--since`/`--until`.
    pub filtered: u64,
    /// Bytes of document text analysed.
    pub bytes: u64,
}

/// Problems a [`BuildReport`] keeps whole; later ones are only counted.
pub const KEPT_PROBLEMS: usize = 1000;

impl BuildReport {
    /// A report of nothing read yet, building into `graph`.
    fn of(graph: KnowledgeGraph) -> BuildReport {
        BuildReport {
            graph,
            problems: Vec::new(),
            more_problems: 0,
            skipped: 0,
            mentions: 0,
            ambiguous: 0,
            filtered: 0,
            bytes: 0,
        }
    }

    /// Records a problem: kept whole among the first [`KEPT_PROBLEMS`], counted after.
    pub fn note(&mut self, problem: Problem) {
        if problem.skipped {
            self.skipped = self.skipped.saturating_add(1);
        }
        if self.problems.len() < KEPT_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.more_problems = self.more_problems.saturating_add(1);
        }
    }

    /// Whether anything was skipped or repaired.
    pub fn has_problems(&self) -> bool {
        !self.problems.is_empty() || self.more_problems > 0
    }
}

/// How far a build has got, as told to the observer of [`build_graph_observed`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Documents read so far (skipped and filtered ones included).
    pub documents: u64,
    /// Bytes of document text read so far.
    pub bytes: u64,
    /// Resolved mentions so far.
    pub mentions: u64,
}

/// Builds the graph of a stream of documents on the current rayon pool (all cores
/// unless run inside [`rayon::ThreadPool::install`]). Bad documents are reported in
/// [`BuildReport::problems`] and do not stop the run.
pub fn build_graph(
    documents: impl Iterator<Item = Result<Document, Problem>> + Send,
    model: &Model,
    options: &BuildOptions,
) -> BuildReport {
    build_graph_observed(documents, model, options, &mut |_| {})
}

/// [`build_graph`], telling `observe` how far it has got after every chunk of documents.
pub fn build_graph_observed(
    documents: impl Iterator<Item = Result<Document, Problem>> + Send,
    model: &Model,
    options: &BuildOptions,
    observe: &mut dyn FnMut(&Progress),
) -> BuildReport {
    build_graph_stored(documents, model, options, None, observe)
}

/// [`build_graph_observed`], writing the texts of the evidence windows to `store` (when
/// given) as they are chosen instead of keeping them in memory, so that memory is
/// bounded by the graph, not by the text of its evidence. The graph is the same;
/// [`KnowledgeGraph::write_json`] copies the texts out of the store, and
/// [`KnowledgeGraph::load_texts`] brings them back for the other readers.
pub fn build_graph_stored(
    documents: impl Iterator<Item = Result<Document, Problem>> + Send,
    model: &Model,
    options: &BuildOptions,
    store: Option<Arc<TextStore>>,
    observe: &mut dyn FnMut(&Progress),
) -> BuildReport {
    let store = store.as_ref();
    let mut progress = Progress::default();
    let mut report = BuildReport::of(ChunkGraph::new(options, store).graph);
    let mut documents = documents;
    // A pipeline: while the pool analyses one chunk, this thread merges the chunk
    // before it into the graph and reads the chunk after it. Chunks are merged in
    // input order, so the graph does not depend on the number of threads.
    let mut chunk = read_chunk(&mut documents, options, &mut report, &mut progress);
    let mut analysed: Option<(Vec<Document>, ChunkGraph)> = None;
    // On one thread nothing runs beside the analysis: its documents go straight into
    // the whole graph, in input order, and the chunk's own graph stays empty.
    let serial = rayon::current_num_threads() == 1;
    while !chunk.is_empty() || analysed.is_some() {
        let (results, next) = if serial {
            let results = analyse_chunk_into(&chunk, model, options, store, &mut report.graph);
            if let Some((done, partial)) = analysed.take() {
                merge_chunk(&done, partial, &mut report, &mut progress);
            }
            let next = read_chunk(&mut documents, options, &mut report, &mut progress);
            (results, next)
        } else {
            rayon::join(
                || analyse_chunk(&chunk, model, options, store),
                || {
                    if let Some((done, partial)) = analysed.take() {
                        merge_chunk(&done, partial, &mut report, &mut progress);
                    }
                    read_chunk(&mut documents, options, &mut report, &mut progress)
                },
            )
        };
        observe(&progress);
        analysed = (!chunk.is_empty()).then(|| (std::mem::take(&mut chunk), results));
        chunk = next;
    }
    report.graph.add_gazetteer_affiliations(&model.gazetteer);
    report
}

/// Reads the next chunk of documents that pass the date filter; reading problems go
/// to the report.
fn read_chunk(
    documents: &mut impl Iterator<Item = Result<Document, Problem>>,
    options: &BuildOptions,
    report: &mut BuildReport,
    progress: &mut Progress,
) -> Vec<Document> {
    let chunk_len = chunk_len();
    let mut chunk = Vec::with_capacity(chunk_len);
    for item in documents.by_ref() {
        progress.documents += 1;
        match item {
            Ok(document) if options.admits(document.meta.date.as_deref()) => {
                chunk.push(document);
                if chunk.len() == chunk_len {
                    break;
                }
            }
            Ok(_) => report.filtered += 1,
            Err(problem) => report.note(problem),
        }
    }
    chunk
}

/// The graph of one chunk of documents, with its counts.
struct ChunkGraph {
    graph: KnowledgeGraph,
    mentions: u64,
    ambiguous: u64,
    /// The documents (index in the chunk, in order) whose analysis failed, with why.
    failed: Vec<(usize, String)>,
}

impl ChunkGraph {
    fn new(options: &BuildOptions, store: Option<&Arc<TextStore>>) -> ChunkGraph {
        let mut graph = KnowledgeGraph::new(&options.window.to_string(), options.evidence_limit);
        if let Some(store) = store {
            graph.store_texts_in(store.clone());
        }
        ChunkGraph {
            graph,
            mentions: 0,
            ambiguous: 0,
            failed: Vec::new(),
        }
    }

    fn add(mut self, relations: DocumentRelations, gazetteer: &Gazetteer) -> ChunkGraph {
        self.mentions += relations.mentions;
        self.ambiguous += relations.ambiguous;
        self.graph.add_document(relations, gazetteer);
        self
    }

    /// Adds one document's relations, or notes why its analysis failed (its index in
    /// the chunk and the panic's message).
    fn add_or_note(
        mut self,
        relations: Result<DocumentRelations, (usize, String)>,
        gazetteer: &Gazetteer,
    ) -> ChunkGraph {
        match relations {
            Ok(relations) => self.add(relations, gazetteer),
            Err(failure) => {
                self.failed.push(failure);
                self
            }
        }
    }

    /// `self` then `later`: the order matters for what is first-wins.
    fn merge(mut self, later: ChunkGraph) -> ChunkGraph {
        self.mentions += later.mentions;
        self.ambiguous += later.ambiguous;
        self.failed.extend(later.failed);
        self.graph.merge(later.graph);
        self
    }
}

/// Analyses a chunk of documents on the pool, each thread folding its runs of
/// documents into a partial graph, merged in input order.
fn analyse_chunk(
    chunk: &[Document],
    model: &Model,
    options: &BuildOptions,
    store: Option<&Arc<TextStore>>,
) -> ChunkGraph {
    chunk
        .par_iter()
        .enumerate()
        .with_min_len(MIN_RUN)
        .map_init(
            || Analyzer::new(model),
            |analyzer, (index, document)| {
                analyzer
                    .isolated(|analyzer| analyzer.relate(&document.meta, &document.text, options))
                    .map_err(|why| (index, why))
            },
        )
        .fold(
            || ChunkGraph::new(options, store),
            |partial, relations| partial.add_or_note(relations, &model.gazetteer),
        )
        .reduce(|| ChunkGraph::new(options, store), ChunkGraph::merge)
}

/// [`analyse_chunk`] on the current thread alone, adding each document to `graph`
/// (the whole) as it is analysed: the same graph as merging the chunk's graph into it,
/// without making that graph. The chunk's graph returned is empty; its counts and
/// failures are the chunk's.
fn analyse_chunk_into(
    chunk: &[Document],
    model: &Model,
    options: &BuildOptions,
    store: Option<&Arc<TextStore>>,
    graph: &mut KnowledgeGraph,
) -> ChunkGraph {
    let mut counts = ChunkGraph::new(options, store);
    let mut analyzer = Analyzer::new(model);
    for (index, document) in chunk.iter().enumerate() {
        let relations =
            analyzer.isolated(|analyzer| analyzer.relate(&document.meta, &document.text, options));
        match relations {
            Ok(relations) => {
                counts.mentions += relations.mentions;
                counts.ambiguous += relations.ambiguous;
                graph.add_document(relations, &model.gazetteer);
            }
            Err(why) => counts.failed.push((index, why)),
        }
    }
    counts
}

/// The warning for a document skipped because its analysis failed with `why`
/// ([`Analyzer::isolated`]).
pub fn skipped_message(document: &str, why: &str) -> String {
    format!("{document}: skipped: newsgraph failed on this document, a bug to report ({why})")
}

/// A panic's message, short: its first line, cut at 160 characters (a slicing panic
/// quotes the text it sliced, which may be a whole document).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message");
    let first = message.lines().next().unwrap_or("");
    let mut short: String = first.chars().take(160).collect();
    if short.len() < first.len() {
        short.push_str("...");
    }
    short
}

/// Merges an analysed chunk's graph into the whole, and notes its warnings in input order.
fn merge_chunk(
    chunk: &[Document],
    partial: ChunkGraph,
    report: &mut BuildReport,
    progress: &mut Progress,
) {
    let mut failed = partial.failed.iter().peekable();
    for (index, document) in chunk.iter().enumerate() {
        for message in &document.warnings {
            report.note(Problem {
                document: document.meta.id.clone(),
                message: message.clone(),
                skipped: false,
            });
        }
        if let Some((_, why)) = failed.next_if(|(failed, _)| *failed == index) {
            report.note(Problem {
                document: document.meta.id.clone(),
                message: skipped_message(&document.meta.id, why),
                skipped: true,
            });
        }
        progress.bytes += document.text.len() as u64;
    }
    report.mentions += partial.mentions;
    report.ambiguous += partial.ambiguous;
    report.graph.merge(partial.graph);
    progress.mentions = report.mentions;
    report.bytes = progress.bytes;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic inside `isolated` comes back as its short message, and the analyser
    /// works on the next document as a new one would.
    #[test]
    fn an_isolated_panic_costs_one_document() {
        let model = Model::builtin().expect("the built-in model");
        let mut analyzer = Analyzer::new(&model);
        let failed = analyzer.isolated(|analyzer| {
            analyzer.analyze("Blinken met Netanyahu.");
            panic!("index out of range\nwith the whole text");
        });
        assert_eq!(failed, Err("index out of range".to_string()));
        assert!(analyzer.mentions.resolved.is_empty(), "made anew");
        let found = analyzer.isolated(|analyzer| {
            analyzer.analyze("Sisi met Blinken in Cairo.");
            analyzer.mentions.resolved.len()
        });
        assert_eq!(found, Ok(3));
        assert_eq!(
            skipped_message("doc-7", "index out of range"),
            "doc-7: skipped: newsgraph failed on this document, a bug to report (index out of range)"
        );
    }

    #[test]
    fn a_document_that_panics_is_skipped_and_named() {
        let model = Model::builtin().expect("the built-in model");
        let options = BuildOptions::default();
        let mut analyzer = Analyzer::new(&model);
        let document = |id: &str, text: &str| Document {
            meta: DocumentMeta {
                id: id.into(),
                ..Default::default()
            },
            text: text.into(),
            warnings: Vec::new(),
        };
        let chunk = [
            document("a", "Blinken met Netanyahu in Jerusalem."),
            document("b", "Sisi met Blinken."),
            document("c", "Erdogan and Putin met in Sochi."),
        ];
        let mut partial = ChunkGraph::new(&options, None);
        for (index, doc) in chunk.iter().enumerate() {
            let relations = analyzer.isolated(|analyzer| {
                if doc.meta.id == "b" {
                    panic!(
                        "byte index 9 is out of bounds of `{}`\nsecond line",
                        doc.text
                    );
                }
                analyzer.relate(&doc.meta, &doc.text, &options)
            });
            partial = partial.add_or_note(relations.map_err(|why| (index, why)), &model.gazetteer);
        }
        let mut report = BuildReport::of(KnowledgeGraph::new("sentence", options.evidence_limit));
        merge_chunk(&chunk, partial, &mut report, &mut Progress::default());
        assert_eq!(report.skipped, 1);
        assert_eq!(report.problems.len(), 1);
        let problem = &report.problems[0];
        assert_eq!(problem.document, "b");
        assert!(problem.skipped);
        assert!(
            problem.message.contains("a bug to report"),
            "{}",
            problem.message
        );
        assert!(problem
            .message
            .contains("out of bounds of `Sisi met Blinken.`"));
        assert!(
            !problem.message.contains("second line"),
            "{}",
            problem.message
        );
        // The documents before and after it are in the graph.
        assert_eq!(report.graph.documents(), 2);
    }

    #[test]
    fn names_cut_by_the_splitter_join_their_sentences() {
        /// Byte spans, start and end.
        type Spans = &'static [(usize, usize)];
        // (sentences, mentions, joined sentences)
        let rows: &[(Spans, Spans, Spans)] = &[
            (
                &[(0, 10), (11, 20)],
                &[(2, 5), (12, 15)],
                &[(0, 10), (11, 20)],
            ),
            (
                &[(0, 10), (11, 20), (21, 30)],
                &[(8, 13)],
                &[(0, 20), (21, 30)],
            ),
            (&[(0, 10), (11, 20), (21, 30)], &[(8, 23)], &[(0, 30)]),
            (
                &[(0, 10), (11, 20), (21, 30)],
                &[(1, 3), (18, 22), (25, 26)],
                &[(0, 10), (11, 30)],
            ),
            (&[(0, 10)], &[(8, 12)], &[(0, 10)]),
            (&[], &[(0, 3)], &[]),
        ];
        let ranges =
            |spans: Spans| -> Vec<Range<usize>> { spans.iter().map(|&(a, b)| a..b).collect() };
        for &(sentences, mentions, joined) in rows {
            let mut got = ranges(sentences);
            join_cut_names(&mut got, ranges(mentions).into_iter());
            assert_eq!(got, ranges(joined), "{sentences:?} with {mentions:?}");
        }
    }

    /// The sample articles, each split into documents of a few paragraphs, some dated
    /// and some sharing a day, so that windows of many documents compete for the kept
    /// evidence.
    fn documents() -> Vec<Document> {
        let mut names: Vec<_> = std::fs::read_dir("corpus")
            .expect("the sample corpus")
            .map(|e| e.expect("a readable folder").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        names.sort();
        let mut documents = Vec::new();
        for (i, path) in names.iter().enumerate() {
            let text = std::fs::read_to_string(path).expect("a readable article");
            let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            for (j, part) in paragraphs.chunks(2).enumerate() {
                documents.push(Document {
                    meta: DocumentMeta {
                        id: format!("{i}-{j}"),
                        date: (j % 3 != 2).then(|| format!("2024-03-{:02}", 20 + j % 2)),
                        ..Default::default()
                    },
                    text: part.join("\n"),
                    warnings: Vec::new(),
                });
            }
        }
        documents
    }

    fn json(graph: &KnowledgeGraph) -> Vec<u8> {
        let mut bytes = Vec::new();
        graph.write_json(&mut bytes).expect("writes to memory");
        bytes
    }

    /// Rows: (evidence limit, threads). Texts written to a store as they are chosen give
    /// the bytes of a build keeping them in memory, for any thread count, and read back
    /// (`load_texts`) the same wire form.
    #[test]
    fn a_build_keeping_texts_on_disk_writes_the_same_graph() {
        let model = Model::builtin().expect("the built-in model");
        let documents = documents();
        assert!(documents.len() > 20, "{}", documents.len());
        for (limit, threads) in [(5, 1), (5, 2), (1, 2), (0, 1)] {
            let options = BuildOptions {
                evidence_limit: limit,
                ..BuildOptions::default()
            };
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("a pool");
            let inline = pool.install(|| {
                build_graph(documents.clone().into_iter().map(Ok), &model, &options).graph
            });
            let store = TextStore::temporary().expect("a temporary file");
            let mut stored = pool.install(|| {
                build_graph_stored(
                    documents.clone().into_iter().map(Ok),
                    &model,
                    &options,
                    Some(store.clone()),
                    &mut |_| {},
                )
                .graph
            });
            let row = format!("evidence {limit}, {threads} threads");
            assert!(!inline.has_stored_texts(), "{row}");
            assert_eq!(stored.has_stored_texts(), limit > 0, "{row}");
            assert_eq!(store.is_empty(), limit == 0, "{row}");
            assert_eq!(json(&stored), json(&inline), "{row}");
            stored.load_texts().expect("the store reads back");
            assert!(!stored.has_stored_texts(), "{row}");
            assert_eq!(stored.to_node_link(), inline.to_node_link(), "{row}");
        }
    }
}
