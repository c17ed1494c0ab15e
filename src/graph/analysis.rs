//! Graph analysis: shortest paths, centrality, connected components and communities.
//!
//! Every function takes a [`KnowledgeGraph`] and an [`EdgeFilter`] and answers in entity
//! ids, never petgraph indices. The filter chooses the subgraph analysed: all nodes stay,
//! only the accepted edges link them (`--relation met` gives the met subgraph, in which
//! most entities are isolated).
//!
//! **Link weight.** Where a weight is needed (weighted degree, PageRank, communities) it
//! is the count of the filter's relation on the edge: the co-mention `weight` by default,
//! the `met` count under `relation: met`, 1 under `relation: affiliation`. A
//! gazetteer-only affiliation edge has co-mention weight 0 and so counts for nothing in
//! the weighted measures, though it still links its ends for paths, degree and
//! betweenness.
//!
//! **Algorithms.** Betweenness comes from `rustworkx-core` (Brandes' algorithm, run on one
//! thread so that floating-point sums happen in the same order every time). Paths use
//! its Dijkstra. Components use its connected components. PageRank is the standard power
//! iteration written here, because rustworkx-core has none and petgraph's `page_rank` is
//! unweighted, quadratic in the node count, and adds the random jump only from nodes
//! that do not link to the target, so its ranks differ from the textbook (and networkx)
//! definition. Communities come from the Louvain method, also written here, as neither
//! crate has a community algorithm; see [`communities`] for the rule.
//!
//! **Determinism.** Nodes are visited in id order wherever order matters, rankings are
//! sorted by score then id, and scores are rounded only when printed.

use std::collections::{BTreeMap, HashMap};

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use rustworkx_core::dictmap::DictMap;

use crate::gazetteer::EntityType;
use crate::graph::measures::Measure;
use crate::graph::query::{edge_score, EdgeFilter};
use crate::graph::{Edge, KnowledgeGraph, Relation};

/// What a path minimises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PathCost {
    /// The number of hops.
    #[default]
    Hops,
    /// The sum of hop costs, where a hop's cost falls as its link's `measure` rises.
    ///
    /// With `s` the measure on an edge and `m` the smallest measure on any accepted edge
    /// (or 0 if that is larger), a hop costs `1 / (1 + s - m)`: always in (0, 1], strictly
    /// decreasing in `s`, and 1 (the dearest) where the measure is undefined (PMI of a
    /// gazetteer-only link). A path may thus take more, stronger hops over fewer, weaker ones.
    Strength(Measure),
}

/// One step of a path: `from` and `to` are entity ids, `edge` the link between them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hop<'g> {
    /// Where the hop starts.
    pub from: &'g str,
    /// Where it ends.
    pub to: &'g str,
    /// The link.
    pub edge: &'g Edge,
}

/// The centrality scores of one entity in the filtered graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Centrality {
    /// Entity id.
    pub id: String,
    /// Entity type.
    pub kind: EntityType,
    /// Accepted links.
    pub degree: usize,
    /// Sum of the link weights (see the module docs).
    pub weighted_degree: u64,
    /// Shortest-path betweenness by hops, not normalised: the number of pairs of other
    /// nodes whose shortest paths pass through this one (split among equal paths).
    pub betweenness: f64,
    /// Weighted PageRank, damping 0.85; the scores of all nodes sum to 1.
    pub pagerank: f64,
}

/// What a ranking sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RankBy {
    /// [`Centrality::degree`].
    #[default]
    Degree,
    /// [`Centrality::weighted_degree`].
    WeightedDegree,
    /// [`Centrality::betweenness`].
    Betweenness,
    /// [`Centrality::pagerank`].
    PageRank,
}

impl Centrality {
    /// The score `by` ranks on.
    pub fn score(&self, by: RankBy) -> f64 {
        match by {
            RankBy::Degree => self.degree as f64,
            RankBy::WeightedDegree => self.weighted_degree as f64,
            RankBy::Betweenness => self.betweenness,
            RankBy::PageRank => self.pagerank,
        }
    }
}

/// Counts that describe a whole graph (see [`summary`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Documents read.
    pub documents: u64,
    /// Sentences read.
    pub sentences: u64,
    /// Entities.
    pub nodes: usize,
    /// Links.
    pub edges: usize,
    /// Entities per type, in type order, zero counts included.
    pub nodes_by_type: Vec<(EntityType, usize)>,
    /// Links with each relation (a link may have several), in relation order.
    pub edges_by_relation: Vec<(Relation, usize)>,
    /// Component sizes, largest first.
    pub component_sizes: Vec<usize>,
    /// `2E / (N (N - 1))`; 0 with fewer than two nodes.
    pub density: f64,
    /// Communities found by [`communities`].
    pub communities: usize,
}

/// Damping factor of PageRank (the usual 0.85).
pub const DAMPING: f64 = 0.85;
/// PageRank stops when the ranks change by less than this in total (times N)...
const PAGERANK_TOLERANCE: f64 = 1e-10;
/// ...or after this many iterations.
const PAGERANK_ITERATIONS: usize = 200;
/// Louvain stops after this many passes (or levels) if nodes still move.
const MAX_SWEEPS: usize = 100;

/// The accepted subgraph: the same node indices as the knowledge graph, edges weighted
/// by the filter's relation.
fn view(graph: &KnowledgeGraph, filter: &EdgeFilter) -> UnGraph<(), u64> {
    let full = graph.petgraph();
    let relation = filter.relation.unwrap_or(Relation::CoMention);
    let mut view = UnGraph::with_capacity(full.node_count(), full.edge_count());
    for _ in full.node_indices() {
        view.add_node(());
    }
    for e in full.edge_references() {
        let link = graph.link_of(e.id());
        if filter.accepts(link) && e.source() != e.target() {
            view.add_edge(e.source(), e.target(), link.relation(relation));
        }
    }
    view
}

/// An entity's links and their total strength, over the links a filter accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Degree {
    /// Links (self-links aside).
    pub links: usize,
    /// Their summed strength: the count of the filter's relation on each (co-mention
    /// weight without one), saturating.
    pub weighted: u64,
}

/// The [`Degree`] of every entity with at least one link `filter` accepts, by id: the
/// one definition of weighted degree that ranking ([`centrality_with`]) and drawing
/// ([`crate::graph::select`]) share.
pub fn degrees<'g>(graph: &'g KnowledgeGraph, filter: &EdgeFilter) -> HashMap<&'g str, Degree> {
    let full = graph.petgraph();
    let view = view(graph, filter);
    full.node_indices()
        .filter_map(|n| {
            let links = view.edges(n).count();
            (links > 0).then(|| {
                let weighted = view
                    .edges(n)
                    .fold(0u64, |total, e| total.saturating_add(*e.weight()));
                (full[n].id.as_str(), Degree { links, weighted })
            })
        })
        .collect()
}

/// Node indices in id order.
fn by_id(graph: &KnowledgeGraph) -> Vec<NodeIndex> {
    let full = graph.petgraph();
    let mut nodes: Vec<NodeIndex> = full.node_indices().collect();
    nodes.sort_by(|a, b| full[*a].id.cmp(&full[*b].id));
    nodes
}

/// The cheapest path from `from` to `to` over the links `filter` accepts, hop by hop.
///
/// `Some(vec![])` when `from == to`; `None` when either id is not in the graph or no
/// path joins them.
pub fn shortest_path<'g>(
    graph: &'g KnowledgeGraph,
    from: &str,
    to: &str,
    cost: PathCost,
    filter: &EdgeFilter,
) -> Option<Vec<Hop<'g>>> {
    let (start, goal) = (graph.index_of(from)?, graph.index_of(to)?);
    if start == goal {
        return Some(Vec::new());
    }
    let full = graph.petgraph();
    let mut costs: UnGraph<(), f64> = UnGraph::with_capacity(full.node_count(), 0);
    for _ in full.node_indices() {
        costs.add_node(());
    }
    let accepted: Vec<_> = full
        .edge_references()
        .filter(|e| filter.accepts(graph.link_of(e.id())) && e.source() != e.target())
        .collect();
    let score = |e: &petgraph::graph::EdgeReference<'_, ()>, measure| {
        edge_score(
            graph,
            &full[e.source()],
            &full[e.target()],
            graph.link_of(e.id()),
            measure,
        )
        .filter(|s| s.is_finite())
    };
    let floor = match cost {
        PathCost::Hops => 0.0,
        PathCost::Strength(measure) => accepted
            .iter()
            .filter_map(|e| score(e, measure))
            .fold(0.0, f64::min),
    };
    for e in &accepted {
        let c = match cost {
            PathCost::Hops => 1.0,
            PathCost::Strength(measure) => {
                1.0 / (1.0 + score(e, measure).map_or(0.0, |s| s - floor))
            }
        };
        costs.add_edge(e.source(), e.target(), c);
    }
    let mut paths: DictMap<NodeIndex, Vec<NodeIndex>> = DictMap::default();
    let _: DictMap<NodeIndex, f64> = rustworkx_core::shortest_path::dijkstra(
        &costs,
        start,
        Some(goal),
        |e| Ok::<f64, std::convert::Infallible>(*e.weight()),
        Some(&mut paths),
    )
    .unwrap_or_else(|never| match never {});
    let nodes = paths.get(&goal)?;
    let hops = nodes
        .windows(2)
        .map(|pair| {
            let (a, b) = (&full[pair[0]], &full[pair[1]]);
            graph.edge(&a.id, &b.id).map(|edge| Hop {
                from: &a.id,
                to: &b.id,
                edge,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(hops)
}

/// Degree, weighted degree, betweenness and PageRank of every entity in the subgraph
/// `filter` accepts, sorted by id.
pub fn centrality(graph: &KnowledgeGraph, filter: &EdgeFilter) -> Vec<Centrality> {
    centrality_with(graph, filter, Betweenness::Exact)
}

/// How [`centrality_with`] computes betweenness, the one costly measure (Brandes:
/// time nodes × edges, minutes on tens of thousands of entities).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Betweenness {
    /// Not at all: every [`Centrality::betweenness`] is NaN.
    Skip,
    /// Exactly, from every node.
    Exact,
    /// Estimated from `pivots` source nodes spread evenly over the nodes in id order
    /// (deterministic), scaled by nodes / pivots: networkx's `betweenness_centrality(k=)`
    /// without the randomness. Exact when `pivots` ≥ the node count.
    Sampled {
        /// Source nodes to run from.
        pivots: usize,
    },
}

/// [`centrality`], computing betweenness only as `betweenness` says.
pub fn centrality_with(
    graph: &KnowledgeGraph,
    filter: &EdgeFilter,
    betweenness: Betweenness,
) -> Vec<Centrality> {
    let full = graph.petgraph();
    let view = view(graph, filter);
    let betweenness: Vec<Option<f64>> = match betweenness {
        Betweenness::Skip => vec![Some(f64::NAN); view.node_count()],
        Betweenness::Sampled { pivots } if pivots < view.node_count() => {
            sampled_betweenness(&view, &by_id(graph), pivots)
                .into_iter()
                .map(Some)
                .collect()
        }
        // One thread: the same order of floating-point sums on every run.
        _ => rustworkx_core::centrality::betweenness_centrality(&view, false, false, usize::MAX),
    };
    let pagerank = pagerank(&view);
    by_id(graph)
        .into_iter()
        .map(|n| Centrality {
            id: full[n].id.clone(),
            kind: full[n].kind,
            degree: view.edges(n).count(),
            weighted_degree: view
                .edges(n)
                .fold(0u64, |total, e| total.saturating_add(*e.weight())),
            betweenness: betweenness.get(n.index()).copied().flatten().unwrap_or(0.0),
            pagerank: pagerank.get(n.index()).copied().unwrap_or(0.0),
        })
        .collect()
}

/// Brandes' accumulation (unweighted, endpoints excluded) from `pivots` sources spread
/// evenly over `order`, scaled to estimate the betweenness over all sources.
fn sampled_betweenness(view: &UnGraph<(), u64>, order: &[NodeIndex], pivots: usize) -> Vec<f64> {
    let n = view.node_count();
    let mut total = vec![0.0; n];
    if n == 0 || pivots == 0 {
        return total;
    }
    let mut distance = vec![usize::MAX; n];
    let mut paths = vec![0.0f64; n];
    let mut dependency = vec![0.0f64; n];
    let mut before: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut stack = Vec::with_capacity(n);
    let mut queue = std::collections::VecDeque::with_capacity(n);
    for k in 0..pivots {
        let source = order[k * order.len() / pivots].index();
        for v in &stack {
            let v: usize = *v;
            distance[v] = usize::MAX;
            paths[v] = 0.0;
            dependency[v] = 0.0;
            before[v].clear();
        }
        stack.clear();
        distance[source] = 0;
        paths[source] = 1.0;
        queue.push_back(source);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for w in view.neighbors(NodeIndex::new(v)) {
                let w = w.index();
                if distance[w] == usize::MAX {
                    distance[w] = distance[v] + 1;
                    queue.push_back(w);
                }
                if distance[w] == distance[v] + 1 {
                    paths[w] += paths[v];
                    before[w].push(v);
                }
            }
        }
        for &w in stack.iter().rev() {
            for &v in &before[w] {
                dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            }
            if w != source {
                total[w] += dependency[w];
            }
        }
    }
    // Each pair is seen from both ends in an undirected graph: halve, then scale up.
    let scale = n as f64 / pivots as f64 / 2.0;
    total.iter_mut().for_each(|t| *t *= scale);
    total
}

/// Sorts centrality rows by `by`, highest first, then by id.
pub fn rank(rows: &mut [Centrality], by: RankBy) {
    rows.sort_by(|a, b| {
        b.score(by)
            .total_cmp(&a.score(by))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Weighted PageRank by power iteration: a random walker follows a link with
/// probability [`DAMPING`] (choosing links in proportion to their weight) and jumps to
/// a uniformly random node otherwise; a node without weighted links (dangling) jumps
/// uniformly. This is networkx's `pagerank(G)` on `graph.json`.
fn pagerank(view: &UnGraph<(), u64>) -> Vec<f64> {
    let n = view.node_count();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let strength: Vec<f64> = view
        .node_indices()
        .map(|v| view.edges(v).map(|e| *e.weight() as f64).sum())
        .collect();
    let mut ranks = vec![1.0 / nf; n];
    for _ in 0..PAGERANK_ITERATIONS {
        let dangling: f64 = (0..n)
            .filter(|&v| strength[v] == 0.0)
            .map(|v| ranks[v])
            .sum();
        let base = (1.0 - DAMPING) / nf + DAMPING * dangling / nf;
        let mut next = vec![base; n];
        for e in view.edge_references() {
            let (a, b, w) = (e.source().index(), e.target().index(), *e.weight() as f64);
            if w > 0.0 {
                next[b] += DAMPING * ranks[a] * w / strength[a];
                next[a] += DAMPING * ranks[b] * w / strength[b];
            }
        }
        let change: f64 = next.iter().zip(&ranks).map(|(x, y)| (x - y).abs()).sum();
        ranks = next;
        if change < nf * PAGERANK_TOLERANCE {
            break;
        }
    }
    ranks
}

/// The connected components of the subgraph `filter` accepts: members sorted by id,
/// components largest first (then by first member). Isolated entities are components of
/// one.
pub fn components(graph: &KnowledgeGraph, filter: &EdgeFilter) -> Vec<Vec<String>> {
    let full = graph.petgraph();
    let view = view(graph, filter);
    let found = rustworkx_core::connectivity::connected_components(&view);
    let mut groups: Vec<Vec<String>> = found
        .into_iter()
        .map(|set| {
            let mut ids: Vec<String> = set.into_iter().map(|n| full[n].id.clone()).collect();
            ids.sort();
            ids
        })
        .collect();
    sort_groups(&mut groups);
    groups
}

fn sort_groups(groups: &mut [Vec<String>]) {
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
}

/// Communities of the subgraph `filter` accepts, by the Louvain method on the link
/// weights: members sorted by id, communities largest first (then by first member).
///
/// Every entity starts in a community of its own. In passes over the entities in id
/// order, each moves to the neighbouring community that raises modularity most
/// (resolution 1; on a tie the smaller community number, with numbers given in id
/// order; it stays unless a move gains more than 1e-12), until a pass moves nobody (at
/// most 100 passes). Each community then becomes one node, numbered in the order of its
/// first member, and the next level starts; it stops when a level merges nothing. Links
/// of weight 0 carry nothing, so an entity joined only by them stays alone. The result
/// is the same on every run; like every modularity heuristic it is a good partition,
/// not always the best one.
pub fn communities(graph: &KnowledgeGraph, filter: &EdgeFilter) -> Vec<Vec<String>> {
    let full = graph.petgraph();
    let view = view(graph, filter);
    let order = by_id(graph);
    let position: HashMap<NodeIndex, usize> =
        order.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<(usize, usize, f64)> = view
        .edge_references()
        .filter(|e| *e.weight() > 0)
        .map(|e| {
            (
                position[&e.source()],
                position[&e.target()],
                *e.weight() as f64,
            )
        })
        .collect();
    let membership = louvain(order.len(), &edges);
    let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, &n) in order.iter().enumerate() {
        groups
            .entry(membership[i])
            .or_default()
            .push(full[n].id.clone());
    }
    let mut groups: Vec<Vec<String>> = groups.into_values().collect();
    for g in &mut groups {
        g.sort();
    }
    sort_groups(&mut groups);
    groups
}

/// Louvain on nodes `0..n` with weighted `edges`: the community of each node.
fn louvain(n: usize, edges: &[(usize, usize, f64)]) -> Vec<usize> {
    let mut membership: Vec<usize> = (0..n).collect();
    let mut size = n;
    let mut links: Vec<(usize, usize, f64)> = edges.to_vec();
    let mut strength = vec![0.0; n];
    for &(a, b, w) in edges {
        strength[a] += w;
        strength[b] += w;
    }
    let total: f64 = strength.iter().sum();
    if total == 0.0 {
        return membership;
    }
    for _level in 0..MAX_SWEEPS {
        // Adjacency of this level, without self-loops (they never enter the gain).
        let mut adjacency: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); size];
        for &(a, b, w) in &links {
            if a != b {
                *adjacency[a].entry(b).or_default() += w;
                *adjacency[b].entry(a).or_default() += w;
            }
        }
        let mut community: Vec<usize> = (0..size).collect();
        let mut tot = strength.clone();
        let mut moved_any = false;
        for _pass in 0..MAX_SWEEPS {
            let mut moved = false;
            for i in 0..size {
                let mine = community[i];
                let mut towards: BTreeMap<usize, f64> = BTreeMap::new();
                for (&j, &w) in &adjacency[i] {
                    *towards.entry(community[j]).or_default() += w;
                }
                tot[mine] -= strength[i];
                let gain = |c: usize, w: f64| w - tot[c] * strength[i] / total;
                let mut best = (mine, gain(mine, towards.get(&mine).copied().unwrap_or(0.0)));
                for (&c, &w) in &towards {
                    let g = gain(c, w);
                    if g > best.1 + 1e-12 {
                        best = (c, g);
                    }
                }
                tot[best.0] += strength[i];
                if best.0 != mine {
                    community[i] = best.0;
                    moved = true;
                    moved_any = true;
                }
            }
            if !moved {
                break;
            }
        }
        if !moved_any {
            break;
        }
        // Renumber communities in the order of their first node, and aggregate.
        let mut number: HashMap<usize, usize> = HashMap::new();
        for &c in &community {
            let next = number.len();
            number.entry(c).or_insert(next);
        }
        let next_size = number.len();
        for m in &mut membership {
            *m = number[&community[*m]];
        }
        let mut next_strength = vec![0.0; next_size];
        for i in 0..size {
            next_strength[number[&community[i]]] += strength[i];
        }
        let mut merged: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for &(a, b, w) in &links {
            let (x, y) = (number[&community[a]], number[&community[b]]);
            *merged.entry((x.min(y), x.max(y))).or_default() += w;
        }
        links = merged.into_iter().map(|((a, b), w)| (a, b, w)).collect();
        strength = next_strength;
        if next_size == size {
            break;
        }
        size = next_size;
    }
    membership
}

/// Counts describing the whole graph (all edges, no filter).
pub fn summary(graph: &KnowledgeGraph) -> Summary {
    let all = EdgeFilter::default();
    let nodes = graph.node_count();
    let edges = graph.edge_count();
    let nodes_by_type = EntityType::ALL
        .into_iter()
        .map(|t| (t, graph.nodes().filter(|n| n.kind == t).count()))
        .collect();
    let edges_by_relation = [Relation::CoMention, Relation::Met, Relation::Affiliation]
        .into_iter()
        .map(|r| {
            (
                r,
                graph.edges().filter(|(_, _, e)| e.relation(r) > 0).count(),
            )
        })
        .collect();
    let density = if nodes < 2 {
        0.0
    } else {
        2.0 * edges as f64 / (nodes as f64 * (nodes as f64 - 1.0))
    };
    Summary {
        documents: graph.documents(),
        sentences: graph.sentences(),
        nodes,
        edges,
        nodes_by_type,
        edges_by_relation,
        component_sizes: components(graph, &all).iter().map(Vec::len).collect(),
        density,
        communities: communities(graph, &all).len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::schema::NodeLinkGraph;

    /// A graph of people `nodes` and links `(a, b, weight, met)`.
    fn graph(nodes: &[&str], edges: &[(&str, &str, u64, u64)]) -> KnowledgeGraph {
        let wire = serde_json::json!({
            "directed": false, "multigraph": false,
            "graph": {"generator": "test", "documents": 1, "sentences": 10,
                      "window": "sentence", "windows": 10},
            "nodes": nodes.iter().map(|id| serde_json::json!({
                "id": id, "type": "person", "mentions": 1, "documents": 1,
                "aliases": {}, "windows": 2})).collect::<Vec<_>>(),
            "edges": edges.iter().map(|(a, b, w, met)| serde_json::json!({
                "source": a, "target": b, "weight": w, "documents": 1,
                "relations": {"co_mention": w, "met": met}, "evidence": []})).collect::<Vec<_>>(),
        });
        let wire: NodeLinkGraph = serde_json::from_value(wire).expect("wire graph");
        KnowledgeGraph::from_node_link(wire, usize::MAX).expect("valid graph")
    }

    fn scores(rows: &[Centrality], f: impl Fn(&Centrality) -> f64) -> Vec<(String, f64)> {
        rows.iter().map(|r| (r.id.clone(), f(r))).collect()
    }

    fn close(got: &[(String, f64)], expected: &[(&str, f64)], what: &str) {
        assert_eq!(got.len(), expected.len(), "{what}: {got:?}");
        for ((id, g), (eid, e)) in got.iter().zip(expected) {
            assert_eq!(id, eid, "{what}");
            assert!((g - e).abs() < 1e-6, "{what} of {id}: {g} != {e}");
        }
    }

    #[test]
    fn sampled_betweenness_from_every_node_is_exact() {
        let all = EdgeFilter::default();
        let square = graph(
            &["a", "b", "c", "d", "e"],
            &[
                ("a", "b", 1, 0),
                ("b", "c", 1, 0),
                ("c", "d", 1, 0),
                ("d", "a", 1, 0),
                ("d", "e", 1, 0),
            ],
        );
        let exact = centrality(&square, &all);
        let view = view(&square, &all);
        let sampled = sampled_betweenness(&view, &by_id(&square), 5);
        for row in &exact {
            let index = by_id(&square)
                .into_iter()
                .find(|n| square.petgraph()[*n].id == row.id)
                .unwrap();
            assert!(
                (sampled[index.index()] - row.betweenness).abs() < 1e-9,
                "{}: {} != {}",
                row.id,
                sampled[index.index()],
                row.betweenness
            );
        }
        let skipped = centrality_with(&square, &all, Betweenness::Skip);
        assert!(skipped.iter().all(|r| r.betweenness.is_nan()));
        let estimated = centrality_with(&square, &all, Betweenness::Sampled { pivots: 2 });
        assert!(estimated.iter().all(|r| r.betweenness.is_finite()));
    }

    #[test]
    fn betweenness_matches_hand_computation() {
        let all = EdgeFilter::default();
        // Path a - b - c: only the pair (a, c) passes through b.
        let path = graph(&["a", "b", "c"], &[("a", "b", 1, 0), ("b", "c", 1, 0)]);
        let rows = centrality(&path, &all);
        close(
            &scores(&rows, |r| r.betweenness),
            &[("a", 0.0), ("b", 1.0), ("c", 0.0)],
            "path betweenness",
        );
        // Star hub - x, y, z: the three pairs of leaves pass through the hub.
        let star = graph(
            &["hub", "x", "y", "z"],
            &[("hub", "x", 1, 0), ("hub", "y", 1, 0), ("hub", "z", 1, 0)],
        );
        let rows = centrality(&star, &all);
        close(
            &scores(&rows, |r| r.betweenness),
            &[("hub", 3.0), ("x", 0.0), ("y", 0.0), ("z", 0.0)],
            "star betweenness",
        );
        // Square a-b-c-d-a: a and c have two shortest paths, via b and via d, so b and d
        // get half of (a, c) each, and likewise a and c half of (b, d).
        let square = graph(
            &["a", "b", "c", "d"],
            &[
                ("a", "b", 1, 0),
                ("b", "c", 1, 0),
                ("c", "d", 1, 0),
                ("a", "d", 1, 0),
            ],
        );
        let rows = centrality(&square, &all);
        close(
            &scores(&rows, |r| r.betweenness),
            &[("a", 0.5), ("b", 0.5), ("c", 0.5), ("d", 0.5)],
            "square betweenness",
        );
    }

    #[test]
    fn pagerank_matches_hand_computation() {
        let all = EdgeFilter::default();
        // Path a - b - c, d = 0.85: by symmetry a = c = x, b = y = 1 - 2x, and
        // x = 0.05 + 0.85 * y / 2 (b splits its rank between a and c), so
        // x = 0.05 + 0.425 (1 - 2x) -> 1.85 x = 0.475 -> x = 0.256757, y = 0.486486.
        let path = graph(&["a", "b", "c"], &[("a", "b", 1, 0), ("b", "c", 1, 0)]);
        let rows = centrality(&path, &all);
        close(
            &scores(&rows, |r| r.pagerank),
            &[
                ("a", 0.475 / 1.85),
                ("b", 1.0 - 0.95 / 1.85),
                ("c", 0.475 / 1.85),
            ],
            "path pagerank",
        );
        // Star with hub h and k = 3 leaves: leaf l = 0.15/4 + 0.85 h / 3 and
        // h = 0.15/4 + 0.85 * 3 l; with h + 3l = 1: h = 0.0375 + 0.85 (1 - h)
        // -> 1.85 h = 0.8875 -> h = 0.479730, l = (1 - h) / 3 = 0.173423.
        let star = graph(
            &["h", "x", "y", "z"],
            &[("h", "x", 2, 0), ("h", "y", 2, 0), ("h", "z", 2, 0)],
        );
        let rows = centrality(&star, &all);
        let (h, l) = (0.8875 / 1.85, (1.0 - 0.8875 / 1.85) / 3.0);
        close(
            &scores(&rows, |r| r.pagerank),
            &[("h", h), ("x", l), ("y", l), ("z", l)],
            "star pagerank",
        );
        assert_eq!(rows[0].weighted_degree, 6);
        assert_eq!(rows[0].degree, 3);
        // Isolated nodes and the met subgraph: still a distribution.
        let met = EdgeFilter {
            relation: Some(Relation::Met),
            ..EdgeFilter::default()
        };
        for (g, filter) in [(&path, &all), (&star, &met), (&graph(&["solo"], &[]), &all)] {
            let sum: f64 = centrality(g, filter).iter().map(|r| r.pagerank).sum();
            assert!((sum - 1.0).abs() < 1e-9, "pagerank sums to {sum}");
        }
    }

    #[test]
    fn empty_graph_has_nothing_to_say() {
        let empty = graph(&[], &[]);
        let all = EdgeFilter::default();
        assert!(centrality(&empty, &all).is_empty());
        assert!(components(&empty, &all).is_empty());
        assert!(communities(&empty, &all).is_empty());
        assert_eq!(shortest_path(&empty, "a", "b", PathCost::Hops, &all), None);
        let s = summary(&empty);
        assert_eq!((s.nodes, s.edges, s.density, s.communities), (0, 0, 0.0, 0));
    }

    #[test]
    fn paths_by_hops_and_by_strength() {
        // a - b - d weak (weight 1 each), a - c - e - d strong (weight 9 each).
        let g = graph(
            &["a", "b", "c", "d", "e", "lonely"],
            &[
                ("a", "b", 1, 0),
                ("b", "d", 1, 1),
                ("a", "c", 9, 1),
                ("c", "e", 9, 1),
                ("d", "e", 9, 1),
            ],
        );
        let all = EdgeFilter::default();
        let ids = |hops: Vec<Hop<'_>>| {
            let mut ids: Vec<String> = hops.iter().map(|h| h.from.to_string()).collect();
            ids.extend(hops.last().map(|h| h.to.to_string()));
            ids
        };
        let rows: [(&str, PathCost, EdgeFilter, Option<Vec<&str>>); 5] = [
            (
                "fewest hops",
                PathCost::Hops,
                all.clone(),
                Some(vec!["a", "b", "d"]),
            ),
            (
                "strongest links",
                PathCost::Strength(Measure::Count),
                all.clone(),
                Some(vec!["a", "c", "e", "d"]),
            ),
            (
                "met subgraph avoids a - b",
                PathCost::Hops,
                EdgeFilter {
                    relation: Some(Relation::Met),
                    ..EdgeFilter::default()
                },
                Some(vec!["a", "c", "e", "d"]),
            ),
            (
                "min weight cuts every path",
                PathCost::Hops,
                EdgeFilter {
                    min_weight: 10,
                    ..EdgeFilter::default()
                },
                None,
            ),
            (
                "strength by npmi",
                PathCost::Strength(Measure::Npmi),
                all.clone(),
                Some(vec!["a", "c", "e", "d"]),
            ),
        ];
        for (name, cost, filter, expected) in rows {
            let got = shortest_path(&g, "a", "d", cost, &filter).map(ids);
            let expected = expected.map(|v| v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(got, expected, "{name}");
        }
        assert_eq!(
            shortest_path(&g, "a", "a", PathCost::Hops, &all).map(|h| h.len()),
            Some(0)
        );
        assert_eq!(shortest_path(&g, "a", "lonely", PathCost::Hops, &all), None);
        assert_eq!(shortest_path(&g, "a", "nobody", PathCost::Hops, &all), None);
    }

    #[test]
    fn components_and_communities_cover_every_node_once() {
        // Two triangles joined by one weak link, plus an isolated node.
        let g = graph(
            &["a1", "a2", "a3", "b1", "b2", "b3", "solo"],
            &[
                ("a1", "a2", 5, 0),
                ("a2", "a3", 5, 0),
                ("a1", "a3", 5, 0),
                ("b1", "b2", 5, 1),
                ("b2", "b3", 5, 0),
                ("b1", "b3", 5, 0),
                ("a3", "b1", 1, 0),
            ],
        );
        let all = EdgeFilter::default();
        assert_eq!(
            components(&g, &all),
            vec![vec!["a1", "a2", "a3", "b1", "b2", "b3"], vec!["solo"]]
        );
        assert_eq!(
            communities(&g, &all),
            vec![vec!["a1", "a2", "a3"], vec!["b1", "b2", "b3"], vec!["solo"]]
        );
        let met = EdgeFilter {
            relation: Some(Relation::Met),
            ..EdgeFilter::default()
        };
        let parts = components(&g, &met);
        assert_eq!(parts[0], vec!["b1", "b2"]);
        assert_eq!(parts.iter().map(Vec::len).sum::<usize>(), 7);
        // A clique is one community; a graph without weights is all singletons.
        let clique = graph(
            &["p", "q", "r", "s"],
            &[
                ("p", "q", 1, 0),
                ("p", "r", 1, 0),
                ("p", "s", 1, 0),
                ("q", "r", 1, 0),
                ("q", "s", 1, 0),
                ("r", "s", 1, 0),
            ],
        );
        assert_eq!(communities(&clique, &all), vec![vec!["p", "q", "r", "s"]]);
        let weightless = graph(&["u", "v"], &[("u", "v", 0, 0)]);
        assert_eq!(communities(&weightless, &all), vec![vec!["u"], vec!["v"]]);
        assert_eq!(components(&weightless, &all), vec![vec!["u", "v"]]);
        let s = summary(&g);
        assert_eq!(s.component_sizes, vec![6, 1]);
        assert_eq!(s.communities, 3);
        assert!((s.density - 7.0 / 21.0).abs() < 1e-12);
    }
}
