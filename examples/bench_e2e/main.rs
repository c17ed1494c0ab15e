//! `make bench`, end to end: newsgraph against the floor and the Python peers on
//! synthetic corpora of 10 MB and 100 MB (see "Speed and memory" in the README).
//!
//! Subcommands: `corpus` writes a synthetic corpus, `floor` is the floor itself (run as a
//! child so its memory is measured alone), `run` runs everything and writes the table to
//! `out/bench.md`.

mod corpus;
mod floor;
mod gazetteer;
mod measure;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;

use anyhow::Context;
use clap::{Parser, Subcommand};
use newsgraph::pipeline::Model;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Write a synthetic JSON Lines corpus of about BYTES bytes.
    Corpus {
        /// Size, e.g. 10M, 1G.
        #[arg(long)]
        bytes: String,
        /// Output file.
        #[arg(long)]
        out: PathBuf,
    },
    /// The floor: a plain aho-corasick count of the aliases over the corpus.
    Floor {
        /// JSON Lines corpus.
        corpus: PathBuf,
        /// Automaton kind: nfa, contiguous, dfa (default: the crate's choice).
        #[arg(long)]
        kind: Option<String>,
    },
    /// Write a synthetic gazetteer folder of about N entities (built-in ones included).
    Gazetteer {
        /// Number of entities, e.g. 200000.
        #[arg(long)]
        entities: usize,
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
    },
    /// Run the whole benchmark and write the table.
    Run(RunArgs),
}

#[derive(clap::Args)]
struct RunArgs {
    /// Corpus sizes, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "10M,100M")]
    sizes: Vec<String>,
    /// The newsgraph binary.
    #[arg(long, default_value = "target/release/newsgraph")]
    newsgraph: PathBuf,
    /// Folder for corpora and outputs.
    #[arg(long, default_value = "target/bench")]
    work: PathBuf,
    /// Virtualenv for the Python peers.
    #[arg(long, default_value = "target/bench-venv")]
    venv: PathBuf,
    /// Python used to make the virtualenv.
    #[arg(long, default_value = "python3")]
    python: String,
    /// Skip the Python peers.
    #[arg(long)]
    no_peers: bool,
    /// Where to write the table.
    #[arg(long, default_value = "out/bench.md")]
    report: PathBuf,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Task::Corpus { bytes, out } => {
            let model = Model::builtin()?;
            corpus::generate(&model, "corpus".as_ref(), parse_size(&bytes)?, &out)
        }
        Task::Floor { corpus, kind } => {
            let kind = match kind.as_deref() {
                None => None,
                Some("nfa") => Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA),
                Some("contiguous") => Some(aho_corasick::AhoCorasickKind::ContiguousNFA),
                Some("dfa") => Some(aho_corasick::AhoCorasickKind::DFA),
                Some(other) => anyhow::bail!("unknown kind {other}"),
            };
            let gazetteer = newsgraph::gazetteer::Gazetteer::builtin()?;
            let (bytes, matches) = floor::count(&gazetteer, &corpus, kind)?;
            println!("{{\"bytes\": {bytes}, \"matches\": {matches}}}");
            Ok(())
        }
        Task::Run(args) => run(&args),
        Task::Gazetteer { entities, out } => gazetteer::generate(entities, &out),
    }
}

/// One row of the table.
struct Row {
    size: String,
    tool: String,
    seconds: f64,
    bytes: u64,
    peak_bytes: u64,
    /// Bytes written (graph.json, or the peer's JSON); none for the floor.
    output_bytes: Option<u64>,
    nodes: Option<u64>,
    edges: Option<u64>,
}

impl Row {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds.max(1e-9)
    }
}

fn run(args: &RunArgs) -> anyhow::Result<()> {
    anyhow::ensure!(
        args.newsgraph.exists(),
        "{} not found: run `cargo build --release` first (make bench does)",
        args.newsgraph.display()
    );
    std::fs::create_dir_all(&args.work)?;
    let me = std::env::current_exe()?;
    let model = Model::builtin()?;
    let peers = !args.no_peers && peers_ready(args);
    let mut rows = Vec::new();
    for size in &args.sizes {
        let corpus_path = args.work.join(format!("corpus-{size}.jsonl"));
        eprintln!("bench: generating the {size} corpus");
        corpus::generate(&model, "corpus".as_ref(), parse_size(size)?, &corpus_path)?;
        let bytes = std::fs::metadata(&corpus_path)?.len();
        let mut row = |tool: &str,
                       command: &mut Command,
                       output: Option<PathBuf>,
                       counts: fn(&measure::Measured) -> (Option<u64>, Option<u64>)|
         -> anyhow::Result<()> {
            eprintln!("bench: {size}: {tool}");
            let measured = measure::run(command)?;
            let (nodes, edges) = counts(&measured);
            let output_bytes = output
                .and_then(|path| std::fs::metadata(path).ok())
                .map(|m| m.len());
            rows.push(Row {
                size: size.clone(),
                tool: tool.to_string(),
                seconds: measured.seconds,
                bytes,
                peak_bytes: measured.peak_bytes,
                output_bytes,
                nodes,
                edges,
            });
            Ok(())
        };
        row(
            "floor (aho-corasick count)",
            Command::new(&me).arg("floor").arg(&corpus_path),
            None,
            |_| (None, None),
        )?;
        for jobs in [1, 2] {
            let out = args.work.join(format!("out-{size}-jobs{jobs}"));
            row(
                &format!("newsgraph build --jobs {jobs}"),
                Command::new(&args.newsgraph)
                    .arg("build")
                    .arg(&corpus_path)
                    .args(["--formats", "json", "--jobs", &jobs.to_string(), "--out"])
                    .arg(&out),
                Some(out.join("graph.json")),
                newsgraph_counts,
            )?;
        }
        // The compressed form, `build`'s default graph file (README, "graph.json.gz"):
        // its size against the input is issue 17's output target.
        let out = args.work.join(format!("out-{size}-gz"));
        row(
            "newsgraph build --jobs 2 --format json.gz",
            Command::new(&args.newsgraph)
                .arg("build")
                .arg(&corpus_path)
                .args(["--formats", "json.gz", "--jobs", "2", "--out"])
                .arg(&out),
            Some(out.join("graph.json.gz")),
            newsgraph_counts,
        )?;
        // From 1 GB on, the run is about memory: the peers would take most of an hour.
        if peers && bytes < 1_000_000_000 {
            let python = args.venv.join("bin/python");
            for (tool, script) in [
                (
                    "pyahocorasick + networkx",
                    "bench/peers/pyahocorasick_graph.py",
                ),
                ("spaCy EntityRuler + networkx", "bench/peers/spacy_graph.py"),
            ] {
                let out = args.work.join(format!(
                    "peer-{size}-{}.json",
                    tool.split(' ').next().unwrap_or("peer")
                ));
                row(
                    tool,
                    Command::new(&python)
                        .arg(script)
                        .args(["--gazetteer", "gazetteer", "--corpus"])
                        .arg(&corpus_path)
                        .arg("--out")
                        .arg(&out),
                    Some(out.clone()),
                    peer_counts,
                )?;
            }
        }
    }
    let report = table(&rows, peers);
    println!("{report}");
    newsgraph::export::write_atomic(&args.report, report.as_bytes())
        .with_context(|| format!("cannot write {}", args.report.display()))?;
    eprintln!("bench: wrote {}", args.report.display());
    Ok(())
}

/// Sets up the peers' virtualenv; false (with a message) when Python is unavailable.
fn peers_ready(args: &RunArgs) -> bool {
    let status = Command::new("sh")
        .arg("bench/peers/setup.sh")
        .arg(&args.venv)
        .arg(&args.python)
        .status();
    match status {
        Ok(s) if s.success() => true,
        _ => {
            eprintln!(
                "bench: Python peers skipped (their virtualenv could not be set up; see above)"
            );
            false
        }
    }
}

/// Nodes and edges from newsgraph's summary line.
fn newsgraph_counts(measured: &measure::Measured) -> (Option<u64>, Option<u64>) {
    let number_before = |word: &str| {
        let at = measured.stderr.find(word)?;
        measured.stderr[..at]
            .split_whitespace()
            .last()?
            .parse()
            .ok()
    };
    (number_before(" nodes,"), number_before(" edges"))
}

/// Nodes and edges from a peer's JSON summary line.
fn peer_counts(measured: &measure::Measured) -> (Option<u64>, Option<u64>) {
    let line = measured.stdout.lines().last().unwrap_or("");
    let value: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
    (value["nodes"].as_u64(), value["edges"].as_u64())
}

/// The Markdown report.
fn table(rows: &[Row], peers: bool) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "# newsgraph end-to-end benchmark\n");
    let _ = writeln!(text, "{}\n", machine());
    let _ = writeln!(
        text,
        "Synthetic corpora (JSON Lines): the sample articles' sentences recombined, each \
         mention swapped for another entity of the same type (`cargo run --release --example \
         bench_e2e -- corpus`). Every tool reads the same file and writes a node-link JSON graph \
         (the floor only counts matches). Wall-clock time of the whole process, gazetteer \
         loading and output included; peak memory = maximum resident set size.\n"
    );
    let _ = writeln!(
        text,
        "| corpus | tool | seconds | MB/s | peak MB | output MB | nodes | edges |\n|---|---|---:|---:|---:|---:|---:|---:|"
    );
    for row in rows {
        let count = |n: Option<u64>| n.map_or("".to_string(), |n| n.to_string());
        let _ = writeln!(
            text,
            "| {} | {} | {:.2} | {:.1} | {:.0} | {} | {} | {} |",
            row.size,
            row.tool,
            row.seconds,
            row.mb_per_s(),
            row.peak_bytes as f64 / 1e6,
            row.output_bytes
                .map_or(String::new(), |b| format!("{:.0}", b as f64 / 1e6)),
            count(row.nodes),
            count(row.edges)
        );
    }
    let _ = writeln!(text, "\n## Against the targets\n");
    let sizes: Vec<&str> = {
        let mut s: Vec<&str> = rows.iter().map(|r| r.size.as_str()).collect();
        s.dedup();
        s
    };
    for size in sizes {
        let find = |prefix: &str| {
            rows.iter()
                .find(|r| r.size == size && r.tool.starts_with(prefix))
        };
        let (Some(floor), Some(one), Some(two)) = (
            find("floor"),
            find("newsgraph build --jobs 1"),
            find("newsgraph build --jobs 2"),
        ) else {
            continue;
        };
        let plain = two.output_bytes.unwrap_or(0) as f64 / two.bytes as f64;
        // The graph file `build` writes by default is graph.json.gz (graph.dot, the
        // other default output, is not the graph and is not counted).
        let output = match find("newsgraph build --jobs 2 --format json.gz") {
            Some(gz) => {
                let packed = gz.output_bytes.unwrap_or(0) as f64 / gz.bytes as f64;
                format!(
                    "graph output at default settings (graph.json.gz) {packed:.2}× the input \
                     (target ≤ 1: {}); plain graph.json (--format json) {plain:.2}×",
                    if packed <= 1.0 { "met" } else { "not met" }
                )
            }
            None => format!("output: graph.json {plain:.2}× the input (target ≤ 1)"),
        };
        let _ = writeln!(
            text,
            "- {size}: 1 job at {:.2}× the floor's throughput (target ≥ 0.5); 2 jobs {:.2}× 1 job \
             (target ≥ 1.6); {output}; peak {:.0} MB",
            one.mb_per_s() / floor.mb_per_s(),
            two.mb_per_s() / one.mb_per_s(),
            two.peak_bytes as f64 / 1e6
        );
        if peers {
            for (prefix, target) in [("pyahocorasick", 10.0), ("spaCy", 100.0)] {
                if let Some(peer) = find(prefix) {
                    let _ = writeln!(
                        text,
                        "- {size}: 2 jobs {:.1}× {prefix} (target ≥ {target})",
                        two.mb_per_s() / peer.mb_per_s()
                    );
                }
            }
        }
    }
    if !peers {
        let _ = writeln!(text, "- Python peers not run (no Python, or --no-peers)");
    }
    text
}

/// Cores, CPU model and date, for the report.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let commit = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".to_string());
    format!(
        "Machine: {cores} cores, {cpu}. newsgraph {} at commit {commit}.",
        env!("CARGO_PKG_VERSION")
    )
}

/// "10M" -> 10_000_000.
fn parse_size(s: &str) -> anyhow::Result<u64> {
    let (digits, unit) = s.split_at(s.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len());
    let n: u64 = digits.parse().with_context(|| format!("bad size {s:?}"))?;
    let unit = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" => 1_000,
        "M" | "MB" => 1_000_000,
        "G" | "GB" => 1_000_000_000,
        other => anyhow::bail!("unknown size unit {other:?}"),
    };
    Ok(n * unit)
}
