//! The synthetic benchmark corpus: the sample articles' sentences recombined into
//! documents, each entity mention swapped for another entity of the same type.
//!
//! Deterministic: the same size always gives the same bytes. Like real news, each
//! document is about a few entities (its cast, refilled from for most slots), and
//! entities are drawn with a Zipf-like skew (a few very frequent, a long tail), so the
//! graph has hubs and is not a random complete graph.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use newsgraph::gazetteer::{AliasKind, EntityType};
use newsgraph::pipeline::{Analyzer, Model};

/// A small, fast, deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number below `n`, small ones far more likely (about Zipf-like).
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

/// One piece of a sentence template: literal text or a slot for an entity name.
enum Piece {
    Text(String),
    Slot { kind: EntityType, demonym: bool },
}

/// Names to fill slots with, per entity type: (names, demonyms).
struct Fillers {
    names: Vec<(EntityType, Vec<Vec<String>>)>,
    demonyms: Vec<(EntityType, Vec<Vec<String>>)>,
}

impl Fillers {
    fn new(model: &Model, rng: &mut Rng) -> Fillers {
        let kinds = [
            EntityType::Person,
            EntityType::Country,
            EntityType::Organization,
            EntityType::Place,
        ];
        let mut names = Vec::new();
        let mut demonyms = Vec::new();
        for kind in kinds {
            let mut by_name = Vec::new();
            let mut by_demonym = Vec::new();
            for entity in model.gazetteer.entities().iter().filter(|e| e.kind == kind) {
                let plain: Vec<String> = entity
                    .aliases
                    .iter()
                    .filter(|a| a.kind != AliasKind::Demonym)
                    .map(|a| a.text.clone())
                    .collect();
                let dem: Vec<String> = entity
                    .aliases
                    .iter()
                    .filter(|a| a.kind == AliasKind::Demonym)
                    .map(|a| a.text.clone())
                    .collect();
                if !plain.is_empty() {
                    by_name.push(plain);
                }
                if !dem.is_empty() {
                    by_demonym.push(dem);
                }
            }
            // A fixed shuffle, so the frequent entities are not the first rows of a file.
            for list in [&mut by_name, &mut by_demonym] {
                for i in (1..list.len()).rev() {
                    list.swap(i, rng.below(i + 1));
                }
            }
            names.push((kind, by_name));
            demonyms.push((kind, by_demonym));
        }
        Fillers { names, demonyms }
    }

    /// Picks a document's cast: a few entities of each type, by index into the tables.
    fn cast(&self, rng: &mut Rng, cast: &mut Cast) {
        for (table, picks) in [
            (&self.names, &mut cast.names),
            (&self.demonyms, &mut cast.demonyms),
        ] {
            picks.clear();
            for (_, lists) in table {
                let size = 1 + rng.below(3);
                let chosen = (0..size)
                    .filter(|_| !lists.is_empty())
                    .map(|_| rng.skewed(lists.len()))
                    .collect();
                picks.push(chosen);
            }
        }
    }

    /// Appends a name (or demonym) of an entity of `kind`: mostly one of the document's
    /// cast, sometimes any entity. False when the gazetteer has none of that kind.
    fn fill(
        &self,
        kind: EntityType,
        demonym: bool,
        cast: &Cast,
        rng: &mut Rng,
        out: &mut String,
    ) -> bool {
        let (table, picks) = if demonym {
            (&self.demonyms, &cast.demonyms)
        } else {
            (&self.names, &cast.names)
        };
        let Some(at) = table.iter().position(|(k, l)| *k == kind && !l.is_empty()) else {
            return false;
        };
        let lists = &table[at].1;
        let picks = &picks[at];
        let entity = if rng.below(8) != 0 && !picks.is_empty() {
            picks[rng.below(picks.len())]
        } else {
            rng.skewed(lists.len())
        };
        let forms = &lists[entity];
        // The canonical name half the time, otherwise any of its forms.
        let form = if rng.below(2) == 0 {
            &forms[0]
        } else {
            &forms[rng.below(forms.len())]
        };
        out.push_str(form);
        true
    }
}

/// The entities a document is about, as indices into [`Fillers`] tables, per type.
#[derive(Default)]
struct Cast {
    names: Vec<Vec<usize>>,
    demonyms: Vec<Vec<usize>>,
}

/// Sentence templates from the sample articles in `corpus_dir`.
fn templates(model: &Model, corpus_dir: &Path) -> anyhow::Result<Vec<Vec<Piece>>> {
    let mut paths: Vec<_> = std::fs::read_dir(corpus_dir)
        .with_context(|| format!("reading {}", corpus_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut analyzer = Analyzer::new(model);
    let mut templates = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        for range in newsgraph::text::sentences(&text) {
            let sentence = text[range].trim();
            if sentence.len() < 20 {
                continue;
            }
            analyzer.analyze(sentence);
            let mut pieces = Vec::new();
            let mut at = 0;
            for mention in &analyzer.mentions.resolved {
                pieces.push(Piece::Text(sentence[at..mention.start].to_string()));
                pieces.push(Piece::Slot {
                    kind: model.gazetteer.entity(mention.entity).kind,
                    demonym: mention.demonym,
                });
                at = mention.end;
            }
            pieces.push(Piece::Text(sentence[at..].to_string()));
            templates.push(pieces);
        }
    }
    anyhow::ensure!(
        !templates.is_empty(),
        "no sentences in {}",
        corpus_dir.display()
    );
    Ok(templates)
}

/// Writes about `bytes` of JSON Lines documents (`id`, `date`, `title`, `text`) to `out`.
pub fn generate(model: &Model, corpus_dir: &Path, bytes: u64, out: &Path) -> anyhow::Result<()> {
    let mut rng = Rng::new(0x6e65_7773_6772_6170);
    let templates = templates(model, corpus_dir)?;
    let fillers = Fillers::new(model, &mut rng);
    let file = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 20, file);
    let (mut written, mut id) = (0u64, 0u64);
    let mut text = String::new();
    let mut line = Vec::new();
    let mut cast = Cast::default();
    while written < bytes {
        text.clear();
        fillers.cast(&mut rng, &mut cast);
        let sentences = 4 + rng.below(40);
        for i in 0..sentences {
            if i > 0 {
                text.push(if rng.below(3) == 0 { '\n' } else { ' ' });
            }
            for piece in &templates[rng.below(templates.len())] {
                match piece {
                    Piece::Text(t) => text.push_str(t),
                    Piece::Slot { kind, demonym } => {
                        if !fillers.fill(*kind, *demonym, &cast, &mut rng, &mut text) {
                            fillers.fill(*kind, false, &cast, &mut rng, &mut text);
                        }
                    }
                }
            }
        }
        let title_end = text.char_indices().nth(80).map_or(text.len(), |(i, _)| i);
        let day = id / 400;
        let date = format!(
            "{:04}-{:02}-{:02}",
            2020 + day / 336,
            1 + (day / 28) % 12,
            1 + day % 28
        );
        line.clear();
        serde_json::to_writer(
            &mut line,
            &serde_json::json!({
                "id": format!("synthetic-{id:08}"),
                "date": date,
                "title": &text[..title_end],
                "text": &text,
            }),
        )?;
        line.push(b'\n');
        writer.write_all(&line)?;
        written += line.len() as u64;
        id += 1;
    }
    writer.flush()?;
    Ok(())
}
