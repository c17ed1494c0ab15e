//! `newsgraph build`: read a corpus, write the graph.

use std::path::PathBuf;

use anyhow::{bail, Context};
use newsgraph::export::schema::Provenance;
use newsgraph::export::{write_formats, Destination, Format, GraphSource};
use newsgraph::graph::texts::TextStore;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::input::{collect_inputs, DateRule, DocumentReader, Metadata};
use newsgraph::input::{DocumentSource, Source};
use newsgraph::measures::Measure;
use newsgraph::pipeline::{build_graph_stored, BuildOptions, DEFAULT_EVIDENCE};
use newsgraph::query::{edge_score, EdgeFilter};
use newsgraph::relate::Window;

use super::flags::{parse_day, GazetteerArgs, QuietArgs, ReadArgs, WriteArgs, WriteConfig};
use super::output::sanitize;
use super::progress::BuildProgress;
use super::{usage, Exit, UsageError};

/// Build the graph of a corpus.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders (every .txt and .jsonl file below, plain or .gz, sorted) or - for
    /// standard input (plain text, JSON Lines or gzip of either).
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Which gazetteer (default: the built-in one).
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Where to write, and CSV cells.
    #[command(flatten)]
    pub write: WriteArgs,
    /// Outputs to write, comma-separated: json.gz, json, dot, svg, graphml, csv, neo4j,
    /// html, gexf, parquet. json.gz (graph.json.gz, gzip-compressed graph.json) is the
    /// default because it is smaller than the input, where plain JSON is 2-3 times its
    /// size; `--format json,dot` writes plain graph.json instead. Writing one of the two
    /// removes the other left in the folder by an earlier build. An SVG is drawn only
    /// when asked for (a layout costs more than the whole build of a small corpus).
    #[arg(
        long,
        short,
        value_name = "FORMATS",
        value_delimiter = ',',
        default_value = "json.gz,dot",
        visible_alias = "formats"
    )]
    pub format: Vec<Format>,
    /// Co-occurrence window: sentence, paragraph, document or tokens:K.
    #[arg(long, value_name = "WINDOW", default_value = "sentence")]
    pub window: Window,
    /// Evidence windows kept per edge, earliest documents first (and as many meetings).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_EVIDENCE)]
    pub evidence: usize,
    /// Drop edges with a co-mention weight below N (met and affiliation edges stay).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: u64,
    /// Drop edges seen in fewer than N documents.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_documents: u64,
    /// Draw DOT/SVG edge widths by this measure: count, documents, pmi, npmi, dice, jaccard.
    #[arg(long, value_name = "MEASURE", default_value = "count")]
    pub measure: Measure,
    /// Read only documents dated on or after this day (YYYY-MM-DD, a real calendar day);
    /// undated ones are left out.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub since: Option<String>,
    /// Read only documents dated on or before this day (YYYY-MM-DD, a real calendar day);
    /// undated ones are left out.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub until: Option<String>,
    /// Date plain files from their file name: a regular expression whose first group
    /// (or whole match) is the date, e.g. '(\d{4}-\d{2}-\d{2})'.
    #[arg(long, value_name = "REGEX")]
    pub date_from: Option<String>,
    /// Date, title and URL per document id from a sidecar file: CSV with a header
    /// (id,date,title,url; only id required) or JSON Lines. Its values replace the
    /// documents' own; a bad row is an error naming the line.
    #[arg(long, value_name = "FILE")]
    pub metadata: Option<PathBuf>,
    /// Threads analysing documents (0: one per core). The output is the same for any N.
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    /// How documents are read.
    #[command(flatten)]
    pub read: ReadArgs,
    /// Treat any skipped or repaired input as an error: exit 1 and write nothing.
    #[arg(long)]
    pub strict: bool,
    /// Messages.
    #[command(flatten)]
    pub quiet: QuietArgs,
}

/// A build, made from the flags and checked once ([`Config::new`]): what [`run`] does,
/// with nothing left to check but what needs the files.
#[derive(Debug)]
pub struct Config {
    /// The inputs, as named.
    pub inputs: Vec<PathBuf>,
    /// Which gazetteer (loaded by [`run`]: reading it is I/O).
    pub gazetteer: GazetteerArgs,
    /// What the pipeline takes: window, evidence kept, date range.
    pub options: BuildOptions,
    /// How plain files are dated from their names (`--date-from`).
    pub date_rule: Option<DateRule>,
    /// The sidecar of dates, titles and URLs (`--metadata`; read by [`run`]).
    pub metadata: Option<PathBuf>,
    /// Documents larger than this are skipped.
    pub max_document_size: u64,
    /// Threads (0: one per core), capped at [`MAX_JOBS_PER_CORE`] per core.
    pub jobs: usize,
    /// The `--jobs` asked for, when it was capped.
    pub jobs_asked: Option<usize>,
    /// Edges kept besides met and affiliation ones; `None` keeps every edge.
    pub filter: Option<EdgeFilter>,
    /// What DOT/SVG edge widths show.
    pub measure: Measure,
    /// The files written.
    pub write: WriteConfig,
    /// Any problem is an error.
    pub strict: bool,
    /// Print nothing but errors.
    pub quiet: bool,
}

impl Config {
    /// Checks the flags and makes the build's config, before anything is read.
    ///
    /// # Errors
    /// A [`UsageError`] (exit 2): `--since` after `--until`, a `--date-from` that is no
    /// regular expression, `--out -` with formats that are not one file. A bad
    /// `NEWSGRAPH_RENDERER` when SVG is asked for.
    pub fn new(args: Args) -> anyhow::Result<Config> {
        if let (Some(since), Some(until)) = (&args.since, &args.until) {
            if since > until {
                return Err(usage(format_args!(
                    "--since {since} is after --until {until}: no document could be read"
                )));
            }
        }
        let date_rule = args
            .date_from
            .as_deref()
            .map(DateRule::new)
            .transpose()
            .map_err(|e| {
                let usage = UsageError("invalid --date-from regular expression".into());
                anyhow::Error::new(e).context(usage)
            })?;
        let mut write = args.write.config(&args.format)?;
        // The folder's graph.json and graph.json.gz are one graph: writing one removes
        // the other, an earlier build's, that a reader could take for this one.
        write.options.one_graph = true;
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let cap = MAX_JOBS_PER_CORE * cores;
        let (jobs, jobs_asked) = if args.jobs > cap {
            (cap, Some(args.jobs))
        } else {
            (args.jobs, None)
        };
        let filter = (args.min_weight > 0 || args.min_documents > 0).then(|| EdgeFilter {
            min_weight: args.min_weight,
            min_documents: args.min_documents,
            ..EdgeFilter::default()
        });
        Ok(Config {
            inputs: args.inputs,
            gazetteer: args.gazetteer,
            options: BuildOptions {
                window: args.window,
                evidence_limit: args.evidence,
                since: args.since,
                until: args.until,
            },
            date_rule,
            metadata: args.metadata,
            max_document_size: args.read.max_document_size,
            jobs,
            jobs_asked,
            filter,
            measure: args.measure,
            write,
            strict: args.strict,
            quiet: args.quiet.quiet,
        })
    }
}

/// Runs `build`.
pub fn run(args: Args) -> anyhow::Result<Exit> {
    let started = std::time::Instant::now();
    let config = Config::new(args)?;
    let model = config.gazetteer.load()?;
    let metadata = config
        .metadata
        .as_deref()
        .map(Metadata::from_path)
        .transpose()?
        .map(std::sync::Arc::new);
    let mut inputs = collect_inputs(&config.inputs)?;
    if let Some(metadata) = &metadata {
        // A JSON Lines sidecar inside an input folder is not a file of documents.
        let sidecar = std::fs::canonicalize(metadata.path()).ok();
        inputs.sources.retain(|source| match &source.source {
            Source::File(path) => std::fs::canonicalize(path).ok() != sidecar,
            Source::Stdin => true,
        });
    }
    if metadata.is_none() && !config.quiet {
        for sidecar in unread_sidecars(&config.inputs) {
            say!(
                "newsgraph: note: {0} is not read; pass --metadata {0} to date and title the documents",
                sidecar.display()
            );
        }
    }
    let sources = inputs.sources;
    if inputs.repeated > 0 && !config.quiet {
        say!(
            "newsgraph: {} input files were named more than once and are read once",
            inputs.repeated
        );
    }
    if sources.is_empty() && inputs.problems.is_empty() {
        bail!(
            "no documents: the inputs hold no .txt or .jsonl files, plain or .gz ({})",
            config
                .inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let total = corpus_size(&sources);
    if let (Some(asked), false) = (config.jobs_asked, config.quiet) {
        say!(
            "newsgraph: --jobs {asked} is more than this machine can use; using {} threads",
            config.jobs
        );
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs)
        .build()
        .context("cannot start the worker threads")?;
    let store = text_store(&config.write.destination);
    let mut bar = BuildProgress::new(total, !config.quiet);
    let mut report = pool.install(|| {
        build_graph_stored(
            {
                let reader = DocumentReader::new(sources, config.date_rule.clone())
                    .max_document_size(config.max_document_size);
                match &metadata {
                    Some(metadata) => reader.metadata(metadata.clone()),
                    None => reader,
                }
            },
            &model,
            &config.options,
            store,
            &mut |progress| bar.update(progress),
        )
    });
    bar.finish();
    let analysed = started.elapsed();
    // The folder walk's problems come first, in input order.
    let kept = std::mem::take(&mut report.problems);
    let (more, skipped) = (report.more_problems, report.skipped);
    let walk_skipped = inputs.problems.iter().filter(|p| p.skipped).count() as u64;
    report.more_problems = 0;
    for problem in inputs.problems.into_iter().chain(kept) {
        report.note(problem);
    }
    report.more_problems += more;
    report.skipped = skipped.saturating_add(walk_skipped);
    if config.strict {
        if let Some(problem) = report.problems.first() {
            bail!("{} (--strict: nothing written)", problem.message);
        }
    }
    for problem in &report.problems {
        say!("newsgraph: warning: {}", sanitize(&problem.message));
    }
    if let (Some(metadata), false) = (&metadata, config.quiet) {
        report_metadata(metadata);
    }
    if report.more_problems > 0 {
        say!(
            "newsgraph: warning: and {} more problems (the first {} are shown)",
            report.more_problems,
            report.problems.len()
        );
    }
    if let Some(filter) = &config.filter {
        report.graph.retain_edges(|_, _, edge| {
            edge.met() > 0 || edge.has_affiliation() || filter.accepts(edge)
        });
    }
    let (min_weight, min_documents) = config
        .filter
        .as_ref()
        .map_or((0, 0), |f| (f.min_weight, f.min_documents));
    report.graph.set_provenance(Provenance {
        gazetteer: Some(model.gazetteer.fingerprint()),
        min_weight,
        min_documents,
    });
    // The gazetteer and its automata (about 40 MB) are not needed to write: freed, and
    // given back at once with what the build freed, before writing adds its tables.
    drop(model);
    give_back_freed_memory(&pool);
    // graph.json (and graph.json.gz) copies the evidence texts out of their temporary file as it writes
    // them; the other formats are made from the graph's wire form, texts in memory.
    if config
        .write
        .formats
        .iter()
        .any(|f| !matches!(f, Format::Json | Format::JsonGz))
    {
        report
            .graph
            .load_texts()
            .context("cannot read the evidence texts back from their temporary file")?;
    }
    let graph = &report.graph;
    let strength = strength(graph, config.measure);
    // Writing runs on the same `--jobs` threads as the build: `write_formats` writes
    // graph.json with `KnowledgeGraph::write_json`, which serializes edges on the
    // current rayon pool.
    let written = pool.install(|| {
        write_formats(
            &config.write.formats,
            GraphSource::Built(graph),
            strength.as_ref().map(|s| s as &dyn Fn(&str, &str) -> f64),
            &config.write.destination,
            &config.write.options,
        )
    })?;
    drop(strength);
    if !config.quiet {
        for note in &written.notes {
            say!("newsgraph: {note}");
        }
    }
    let written = written.files;
    let skipped = report.skipped;
    let met = graph.edges().filter(|(_, _, e)| e.met() > 0).count();
    if !config.quiet {
        let megabytes = report.bytes as f64 / 1e6;
        say!(
            "newsgraph: {} documents ({} skipped{}), {}, {} sentences, {} mentions ({} ambiguous left out); \
             {} nodes, {} edges ({} met); read in {:.2}s ({:.1} MB/s); wrote {} in {:.2}s",
            graph.documents(),
            skipped,
            if report.filtered > 0 { format!(", {} outside --since/--until", report.filtered) } else { String::new() },
            human_bytes(report.bytes),
            graph.sentences(),
            report.mentions,
            report.ambiguous,
            graph.node_count(),
            graph.edge_count(),
            met,
            analysed.as_secs_f64(),
            megabytes / analysed.as_secs_f64().max(1e-9),
            written.join(", "),
            started.elapsed().as_secs_f64()
        );
    }
    let exit = if !report.has_problems() {
        Exit::Success
    } else {
        Exit::Partial
    };
    // Freeing a graph of a million edges piece by piece takes seconds, and the
    // process is about to exit: let the operating system take the memory back.
    std::mem::forget(report);
    Ok(exit)
}

/// Gives the memory freed so far back to the system now, on every thread of `pool` and
/// this one, rather than after the allocator's purge delay (`main.rs`): a build's
/// peak is reached while `graph.json` is written, right after the build frees what it
/// no longer needs.
fn give_back_freed_memory(pool: &rayon::ThreadPool) {
    // SAFETY: `mi_collect` takes a flag and only frees memory no longer in use; it may
    // be called on any thread at any time.
    pool.broadcast(|_| unsafe { libmimalloc_sys::mi_collect(true) });
    // SAFETY: as above.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

/// Says which rows of the sidecar matched no document read, and how many documents it
/// did not describe: most often a misspelt id (or a part of a corpus built on purpose).
fn report_metadata(metadata: &Metadata) {
    let unused = metadata.unused();
    if let Some((line, id)) = unused.first() {
        say!(
            "newsgraph: note: {} of the {} rows of {} name no document read (the first: line {line}, {})",
            unused.len(),
            metadata.len(),
            metadata.path().display(),
            format!("{id:?}")
        );
    }
    let without = metadata.documents_without_row();
    if without > 0 {
        say!(
            "newsgraph: note: {without} {} no row in {}",
            if without == 1 {
                "document has"
            } else {
                "documents have"
            },
            metadata.path().display()
        );
    }
}

/// The `metadata.csv` and `metadata.jsonl` files at the top of the input folders: a
/// sidecar is read only when named (`--metadata`), so these get a note.
fn unread_sidecars(inputs: &[PathBuf]) -> Vec<PathBuf> {
    inputs
        .iter()
        .filter(|input| input.is_dir())
        .flat_map(|dir| ["metadata.csv", "metadata.jsonl"].map(|name| dir.join(name)))
        .filter(|path| path.is_file())
        .collect()
}

/// The width of an edge drawn, by `measure` computed on `graph` (the whole graph, which
/// a part drawn is cut from), from its endpoints' ids; none for `count`, whose widths
/// follow the weights.
fn strength(graph: &KnowledgeGraph, measure: Measure) -> Option<impl Fn(&str, &str) -> f64 + '_> {
    (measure != Measure::Count).then_some(move |source: &str, target: &str| {
        match (
            graph.node(source),
            graph.node(target),
            graph.edge(source, target),
        ) {
            (Some(x), Some(y), Some(edge)) => {
                edge_score(graph, x, y, edge, measure).unwrap_or(f64::NAN)
            }
            _ => f64::NAN,
        }
    })
}

/// `--jobs` above this many threads per core is capped (with a note): more threads only
/// cost memory, and a hundred thousand of them take minutes to start.
pub const MAX_JOBS_PER_CORE: usize = 8;

/// Bytes of the corpus when every input is a plain file (for the progress bar's ETA);
/// `None` with standard input or compressed files.
fn corpus_size(sources: &[DocumentSource]) -> Option<u64> {
    sources
        .iter()
        .try_fold(0u64, |total, source| match &source.source {
            Source::File(path) if path.extension().is_none_or(|e| e != "gz") => {
                Some(total + std::fs::metadata(path).ok()?.len())
            }
            _ => None,
        })
}

/// "17 KB", "96.4 MB", "1.2 GB".
fn human_bytes(bytes: u64) -> String {
    match bytes {
        0..1_000_000 => format!("{} KB", bytes.div_ceil(1000)),
        1_000_000..1_000_000_000 => format!("{:.1} MB", bytes as f64 / 1e6),
        _ => format!("{:.2} GB", bytes as f64 / 1e9),
    }
}

/// Where the build keeps the texts of evidence windows: an unnamed temporary file in
/// the output folder or, while it does not exist yet, its nearest existing parent (on
/// the disk the graph goes to, nothing created); else in the system's temporary
/// folder; else (neither can be made) in memory.
fn text_store(destination: &Destination) -> Option<std::sync::Arc<TextStore>> {
    let in_out = match destination {
        Destination::Folder(out) => {
            let out = std::path::absolute(out).unwrap_or_else(|_| out.clone());
            out.ancestors()
                .find(|dir| dir.is_dir())
                .and_then(|dir| TextStore::in_dir(dir).ok())
        }
        Destination::Stdout => None,
    };
    in_out.or_else(|| TextStore::temporary().ok())
}
