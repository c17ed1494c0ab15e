//! Node placement for the built-in renderer: deterministic, fast, labels that do not collide.
//!
//! Three steps, each a function with its own tests:
//!
//! 1. [`stress_layout`]: stress majorisation (Gansner, Koren and North 2004, the
//!    localized update): place nodes so that their distances approach their
//!    graph-theoretic distances (hops; unreachable pairs one hop further than the
//!    longest path). Start positions come from a fixed-seed generator, so the same
//!    graph always gives the same layout. O(n²) per sweep; 60 nodes take a
//!    millisecond.
//! 2. [`radial_placement`]: for an ego graph, the focus in the middle and each entity on
//!    the ring of its distance from the focus, in the angular order the stress layout
//!    gave it (related neighbours stay together), evenly spaced; each ring's radius
//!    grows until its labels fit.
//! 3. [`remove_overlaps`]: every node and its label form one box; boxes that overlap are
//!    pushed apart along the axis of least overlap, and if sweeps do not separate them
//!    all the drawing is spread out from its centre (which always ends it, as boxes keep
//!    their size while distances grow).
//!
//! Label sizes come from [`text_width`], an estimate of DejaVu Sans advance widths
//! (wider than Helvetica and Arial, so it over- rather than underestimates).

use std::collections::VecDeque;

/// Space kept between any two boxes, in pixels.
pub const GAP: f64 = 4.0;

/// Where a node's label sits relative to the node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Centred under the node.
    Below,
    /// Centred above the node.
    Above,
    /// Starting right of the node, vertically centred.
    Right,
    /// Ending left of the node, vertically centred.
    Left,
}

/// One node to place: its shape's half size and its label's size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    /// Half the width (and height) of the node's shape.
    pub radius: f64,
    /// Label width in pixels.
    pub label_width: f64,
    /// Label height in pixels (lines × line height).
    pub label_height: f64,
}

/// An axis-aligned box: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl Rect {
    /// Whether the two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    /// The smallest box holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        Rect {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }

    fn grown(&self, by: f64) -> Rect {
        Rect {
            x0: self.x0 - by,
            y0: self.y0 - by,
            x1: self.x1 + by,
            y1: self.y1 + by,
        }
    }
}

/// Distance from the node's edge to its label.
pub const LABEL_OFFSET: f64 = 3.0;

impl Item {
    /// The box of the node's shape centred on `(x, y)`.
    pub fn node_box(&self, x: f64, y: f64) -> Rect {
        Rect {
            x0: x - self.radius,
            y0: y - self.radius,
            x1: x + self.radius,
            y1: y + self.radius,
        }
    }

    /// The box of the label of a node at `(x, y)` placed on `side`.
    pub fn label_box(&self, x: f64, y: f64, side: Side) -> Rect {
        let (w, h, r) = (self.label_width, self.label_height, self.radius);
        match side {
            Side::Below => Rect {
                x0: x - w / 2.0,
                y0: y + r + LABEL_OFFSET,
                x1: x + w / 2.0,
                y1: y + r + LABEL_OFFSET + h,
            },
            Side::Above => Rect {
                x0: x - w / 2.0,
                y0: y - r - LABEL_OFFSET - h,
                x1: x + w / 2.0,
                y1: y - r - LABEL_OFFSET,
            },
            Side::Right => Rect {
                x0: x + r + LABEL_OFFSET,
                y0: y - h / 2.0,
                x1: x + r + LABEL_OFFSET + w,
                y1: y + h / 2.0,
            },
            Side::Left => Rect {
                x0: x - r - LABEL_OFFSET - w,
                y0: y - h / 2.0,
                x1: x - r - LABEL_OFFSET,
                y1: y + h / 2.0,
            },
        }
    }

    /// The box holding the node and its label.
    pub fn full_box(&self, x: f64, y: f64, side: Side) -> Rect {
        self.node_box(x, y).union(&self.label_box(x, y, side))
    }
}

/// A finished placement: a centre and a label side per node.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// Node centres, in the order of the items.
    pub positions: Vec<(f64, f64)>,
    /// Label sides, in the order of the items.
    pub sides: Vec<Side>,
}

/// Width of `text` in pixels at `size` px, estimated from DejaVu Sans advance widths
/// (rounded up, so the estimate errs on the wide side).
pub fn text_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '|' | '!' | 'I' | 'J' => 0.30,
            ' ' | 'f' | 't' | 'r' | '(' | ')' | '-' | '[' | ']' | '/' | '\\' => 0.42,
            'm' => 0.98,
            'w' => 0.82,
            'M' | 'W' => 1.0,
            'a'..='z' => 0.64,
            'A'..='Z' => 0.80,
            '0'..='9' => 0.64,
            c if c.is_ascii() => 0.84,
            // Letters of other scripts: CJK and emoji are a full em, most others narrower.
            c if (c as u32) >= 0x2E80 => 1.0,
            _ => 0.8,
        })
        .sum();
    em * size
}

/// Shortest-path hop counts between all pairs over `edges` (pairs of item indexes);
/// unreachable pairs get one more than the longest finite distance.
pub fn hop_distances(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<f64>> {
    let mut adjacency = vec![Vec::new(); n];
    for &(a, b) in edges {
        if a != b && a < n && b < n {
            adjacency[a].push(b);
            adjacency[b].push(a);
        }
    }
    let mut dist = vec![vec![f64::INFINITY; n]; n];
    for (start, row) in dist.iter_mut().enumerate() {
        row[start] = 0.0;
        let mut queue = VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            for &w in &adjacency[v] {
                if row[w].is_infinite() {
                    row[w] = row[v] + 1.0;
                    queue.push_back(w);
                }
            }
        }
    }
    let longest = dist
        .iter()
        .flatten()
        .filter(|d| d.is_finite())
        .fold(1.0_f64, |a, &b| a.max(b));
    for d in dist.iter_mut().flatten() {
        if d.is_infinite() {
            *d = longest + 1.0;
        }
    }
    dist
}

/// SplitMix64: a tiny fixed-seed generator, so layouts are the same on every run.
struct SplitMix(u64);

impl SplitMix {
    fn next_unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Sweeps of the stress update.
const STRESS_SWEEPS: usize = 300;

/// Positions (in units of one hop) whose distances approximate `dist`, by stress
/// majorisation with weights `1/d²`, from seeded random start positions.
pub fn stress_layout(dist: &[Vec<f64>]) -> Vec<(f64, f64)> {
    let n = dist.len();
    let mut random = SplitMix(0x6E65_7773_6772_6170); // "newsgrap"
    let spread = (n as f64).sqrt().max(1.0);
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| {
            (
                (random.next_unit() - 0.5) * spread,
                (random.next_unit() - 0.5) * spread,
            )
        })
        .collect();
    if n < 2 {
        return vec![(0.0, 0.0); n];
    }
    for _ in 0..STRESS_SWEEPS {
        let mut moved = 0.0_f64;
        for i in 0..n {
            let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
            for j in 0..n {
                if i == j {
                    continue;
                }
                let d = dist[i][j].max(1e-9);
                let w = 1.0 / (d * d);
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let len = (dx * dx + dy * dy).sqrt();
                let (ux, uy) = if len > 1e-9 {
                    (dx / len, dy / len)
                } else {
                    // Coincident: push apart in a direction fixed by the indexes.
                    let angle = (i * 7 + j * 13) as f64;
                    (angle.cos(), angle.sin())
                };
                sx += w * (pos[j].0 + d * ux);
                sy += w * (pos[j].1 + d * uy);
                sw += w;
            }
            let next = (sx / sw, sy / sw);
            moved = moved.max((next.0 - pos[i].0).abs() + (next.1 - pos[i].1).abs());
            pos[i] = next;
        }
        if moved < 1e-4 {
            break;
        }
    }
    pos
}

/// Nodes up to which [`positions`] uses the full O(n²) stress; above it, sparse stress.
pub const FULL_STRESS_MAX: usize = 400;

/// Pivots of the sparse stress layout.
const PIVOTS: usize = 40;

/// Positions (in hops) for a graph of `n` nodes: [`stress_layout`] on all pairs up to
/// [`FULL_STRESS_MAX`] nodes, else [`sparse_stress_layout`].
pub fn positions(n: usize, edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    if n <= FULL_STRESS_MAX {
        stress_layout(&hop_distances(n, edges))
    } else {
        sparse_stress_layout(n, edges)
    }
}

/// Stress majorisation on a sparse set of pairs, for big graphs: every node is held at
/// distance 1 from its neighbours and at its hop distance from `PIVOTS` pivots
/// (chosen max-min: the best-connected node first, then each time the node farthest
/// from those chosen), after Ortmann, Klimenta and Brandes (2016). Each sweep is
/// O(edges + n × pivots) instead of O(n²); still deterministic.
pub fn sparse_stress_layout(n: usize, edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    let mut adjacency = vec![Vec::new(); n];
    for &(a, b) in edges {
        if a != b && a < n && b < n {
            adjacency[a].push(b);
            adjacency[b].push(a);
        }
    }
    let bfs = |start: usize| -> Vec<f64> {
        let mut dist = vec![f64::INFINITY; n];
        dist[start] = 0.0;
        let mut queue = VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            for &w in &adjacency[v] {
                if dist[w].is_infinite() {
                    dist[w] = dist[v] + 1.0;
                    queue.push_back(w);
                }
            }
        }
        dist
    };
    let first = (0..n).max_by_key(|&i| (adjacency[i].len(), std::cmp::Reverse(i)));
    let mut pivots: Vec<(usize, Vec<f64>)> = Vec::new();
    let mut nearest = vec![f64::INFINITY; n];
    let mut next = first;
    while let Some(p) = next {
        if pivots.len() >= PIVOTS.min(n) {
            break;
        }
        let dist = bfs(p);
        for (near, d) in nearest.iter_mut().zip(&dist) {
            *near = near.min(*d);
        }
        pivots.push((p, dist));
        // The farthest node (an unreachable one first) that is not yet a pivot.
        next = (0..n)
            .filter(|i| !pivots.iter().any(|(q, _)| q == i))
            .max_by(|&a, &b| nearest[a].total_cmp(&nearest[b]).then(b.cmp(&a)));
    }
    let longest = pivots
        .iter()
        .flat_map(|(_, d)| d.iter())
        .filter(|d| d.is_finite())
        .fold(1.0_f64, |a, &b| a.max(b));
    let terms: Vec<Vec<(usize, f64)>> = (0..n)
        .map(|i| {
            let mut list: Vec<(usize, f64)> = adjacency[i].iter().map(|&j| (j, 1.0)).collect();
            for (p, dist) in &pivots {
                if *p != i && !adjacency[i].contains(p) {
                    let d = if dist[i].is_finite() {
                        dist[i]
                    } else {
                        longest + 1.0
                    };
                    list.push((*p, d));
                }
            }
            list
        })
        .collect();
    let mut random = SplitMix(0x6E65_7773_6772_6170);
    let spread = (n as f64).sqrt().max(1.0);
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| {
            (
                (random.next_unit() - 0.5) * spread,
                (random.next_unit() - 0.5) * spread,
            )
        })
        .collect();
    for _ in 0..STRESS_SWEEPS {
        for i in 0..n {
            let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
            for &(j, d) in &terms[i] {
                let w = 1.0 / (d * d);
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let len = (dx * dx + dy * dy).sqrt();
                let (ux, uy) = if len > 1e-9 {
                    (dx / len, dy / len)
                } else {
                    let angle = (i * 7 + j * 13) as f64;
                    (angle.cos(), angle.sin())
                };
                sx += w * (pos[j].0 + d * ux);
                sy += w * (pos[j].1 + d * uy);
                sw += w;
            }
            if sw > 0.0 {
                pos[i] = (sx / sw, sy / sw);
            }
        }
    }
    pos
}

/// A whole-graph placement: the stress layout scaled to `unit` pixels per hop, labels
/// under the nodes, overlaps removed.
pub fn force_placement(items: &[Item], edges: &[(usize, usize)], unit: f64) -> Placement {
    let positions = positions(items.len(), edges)
        .into_iter()
        .map(|(x, y)| (x * unit, y * unit))
        .collect();
    let mut placement = Placement {
        positions,
        sides: vec![Side::Below; items.len()],
    };
    remove_overlaps(items, &mut placement);
    placement
}

/// The label side for a node at `angle` on a ring: outwards, beside the node on the
/// left and right, above or below it near the top and bottom.
pub fn side_for_angle(angle: f64) -> Side {
    let (sin, cos) = angle.sin_cos();
    if cos.abs() >= 0.35 {
        if cos > 0.0 {
            Side::Right
        } else {
            Side::Left
        }
    } else if sin < 0.0 {
        Side::Above
    } else {
        Side::Below
    }
}

/// An ego-graph placement: `root` in the middle, the others on rings by their hop
/// distance from it (over `edges`), each ring evenly spaced in the angular order of the
/// stress layout, each ring's radius grown until its boxes clear each other and the
/// rings inside it; then [`remove_overlaps`] as a safeguard.
pub fn radial_placement(
    items: &[Item],
    edges: &[(usize, usize)],
    root: usize,
    ring_gap: f64,
) -> Placement {
    let n = items.len();
    let dist = hop_distances(n, edges);
    let stress = stress_layout(&dist);
    let mut positions = vec![(0.0, 0.0); n];
    let mut sides = vec![Side::Below; n];
    let depth_of = |i: usize| dist[root][i].round().max(1.0) as usize;
    let deepest = (0..n)
        .filter(|&i| i != root)
        .map(depth_of)
        .max()
        .unwrap_or(0);
    let mut placed: Vec<usize> = vec![root];
    let mut radius = 0.0_f64;
    let mut start_angle: Option<f64> = None;
    for depth in 1..=deepest {
        let mut ring: Vec<(f64, usize)> = (0..n)
            .filter(|&i| i != root && depth_of(i) == depth)
            .map(|i| {
                let (dx, dy) = (stress[i].0 - stress[root].0, stress[i].1 - stress[root].1);
                (dy.atan2(dx), i)
            })
            .collect();
        if ring.is_empty() {
            continue;
        }
        ring.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        // The first ring starts at the top of the picture; later rings keep the stress
        // layout's orientation so children sit near their parents.
        let first = *start_angle.get_or_insert(-std::f64::consts::FRAC_PI_2);
        let offset = if depth == 1 { first } else { ring[0].0 };
        let step = std::f64::consts::TAU / ring.len() as f64;
        let angles: Vec<(f64, usize)> = ring
            .iter()
            .enumerate()
            .map(|(k, &(_, i))| (offset + step * k as f64, i))
            .collect();
        radius += ring_gap;
        for _ in 0..200 {
            for &(angle, i) in &angles {
                positions[i] = (radius * angle.cos(), radius * angle.sin());
                sides[i] = side_for_angle(angle);
            }
            let boxes = |list: &[usize]| -> Vec<Rect> {
                list.iter()
                    .map(|&i| items[i].full_box(positions[i].0, positions[i].1, sides[i]))
                    .collect()
            };
            let inner = boxes(&placed);
            let ring_ids: Vec<usize> = angles.iter().map(|&(_, i)| i).collect();
            let outer = boxes(&ring_ids);
            let clash = outer.iter().enumerate().any(|(k, a)| {
                let a = a.grown(GAP / 2.0);
                outer[k + 1..]
                    .iter()
                    .any(|b| a.overlaps(&b.grown(GAP / 2.0)))
                    || inner.iter().any(|b| a.overlaps(&b.grown(GAP / 2.0)))
            });
            if !clash {
                break;
            }
            radius *= 1.06;
        }
        placed.extend(angles.iter().map(|&(_, i)| i));
    }
    let mut placement = Placement { positions, sides };
    remove_overlaps(items, &mut placement);
    placement
}

/// Sweeps of pairwise pushing before the drawing is spread out.
const PUSH_SWEEPS: usize = 50;

/// Pushes overlapping node+label boxes apart (keeping [`GAP`] between them) until none
/// overlap. Deterministic: pairs are visited in index order.
pub fn remove_overlaps(items: &[Item], placement: &mut Placement) {
    let n = items.len();
    for _round in 0..100 {
        for _ in 0..PUSH_SWEEPS {
            let mut any = false;
            for i in 0..n {
                for j in i + 1..n {
                    let (pi, pj) = (placement.positions[i], placement.positions[j]);
                    let a = items[i].full_box(pi.0, pi.1, placement.sides[i]);
                    let b = items[j].full_box(pj.0, pj.1, placement.sides[j]);
                    let (a, b) = (a.grown(GAP / 2.0), b.grown(GAP / 2.0));
                    if !a.overlaps(&b) {
                        continue;
                    }
                    any = true;
                    let push_x = (a.x1.min(b.x1) - a.x0.max(b.x0)) / 2.0 + 0.01;
                    let push_y = (a.y1.min(b.y1) - a.y0.max(b.y0)) / 2.0 + 0.01;
                    let (ca, cb) = ((a.x0 + a.x1, a.y0 + a.y1), (b.x0 + b.x1, b.y0 + b.y1));
                    if push_y <= push_x {
                        let dir = if ca.1 < cb.1 || (ca.1 == cb.1 && i < j) {
                            -1.0
                        } else {
                            1.0
                        };
                        placement.positions[i].1 += dir * push_y;
                        placement.positions[j].1 -= dir * push_y;
                    } else {
                        let dir = if ca.0 < cb.0 || (ca.0 == cb.0 && i < j) {
                            -1.0
                        } else {
                            1.0
                        };
                        placement.positions[i].0 += dir * push_x;
                        placement.positions[j].0 -= dir * push_x;
                    }
                }
            }
            if !any {
                return;
            }
        }
        // Still crowded: spread every node out from the centre and try again.
        let count = n.max(1) as f64;
        let cx = placement.positions.iter().map(|p| p.0).sum::<f64>() / count;
        let cy = placement.positions.iter().map(|p| p.1).sum::<f64>() / count;
        for p in &mut placement.positions {
            *p = (cx + (p.0 - cx) * 1.15, cy + (p.1 - cy) * 1.15);
        }
    }
}

/// The pairs of indexes whose boxes overlap (with no gap): empty for a good placement.
pub fn overlapping_pairs(items: &[Item], placement: &Placement) -> Vec<(usize, usize)> {
    let boxes: Vec<Rect> = items
        .iter()
        .zip(&placement.positions)
        .zip(&placement.sides)
        .map(|((item, &(x, y)), &side)| item.full_box(x, y, side))
        .collect();
    let mut pairs = Vec::new();
    for i in 0..boxes.len() {
        for j in i + 1..boxes.len() {
            if boxes[i].overlaps(&boxes[j]) {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(label: &str) -> Item {
        Item {
            radius: 8.0,
            label_width: text_width(label, 12.0),
            label_height: 15.0,
        }
    }

    #[test]
    fn hop_distance_rows() {
        /// (name, nodes, edges, (a, b), expected)
        type Row<'a> = (&'a str, usize, &'a [(usize, usize)], (usize, usize), f64);
        let rows: &[Row<'_>] = &[
            ("self", 2, &[(0, 1)], (0, 0), 0.0),
            ("neighbour", 2, &[(0, 1)], (0, 1), 1.0),
            ("path of two", 3, &[(0, 1), (1, 2)], (0, 2), 2.0),
            (
                "unreachable is longest + 1",
                4,
                &[(0, 1), (1, 2)],
                (0, 3),
                3.0,
            ),
            ("isolated pair only", 2, &[], (0, 1), 2.0),
            ("self loop ignored", 2, &[(0, 0)], (0, 1), 2.0),
        ];
        for (name, n, edges, (a, b), expected) in rows {
            let d = hop_distances(*n, edges);
            assert_eq!(d[*a][*b], *expected, "row {name:?}");
            assert_eq!(d[*b][*a], *expected, "row {name:?} (symmetric)");
        }
    }

    #[test]
    fn stress_layout_recovers_a_path() {
        let dist = hop_distances(4, &[(0, 1), (1, 2), (2, 3)]);
        let pos = stress_layout(&dist);
        let d = |a: usize, b: usize| {
            ((pos[a].0 - pos[b].0).powi(2) + (pos[a].1 - pos[b].1).powi(2)).sqrt()
        };
        assert!((d(0, 3) - 3.0).abs() < 0.2, "ends 3 apart, got {}", d(0, 3));
        assert!(
            (d(0, 1) - 1.0).abs() < 0.2,
            "neighbours 1 apart, got {}",
            d(0, 1)
        );
    }

    #[test]
    fn stress_layout_is_deterministic_and_finite() {
        let edges: Vec<(usize, usize)> = (0..30).map(|i| (i, (i * 7 + 3) % 30)).collect();
        let dist = hop_distances(30, &edges);
        let one = stress_layout(&dist);
        assert_eq!(one, stress_layout(&dist));
        assert!(one.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
        assert!(stress_layout(&[]).is_empty());
        assert_eq!(stress_layout(&[vec![0.0]]), vec![(0.0, 0.0)]);
    }

    #[test]
    fn sparse_stress_keeps_neighbours_close_and_is_deterministic() {
        // A ring of 500 nodes with chords: above the full-stress limit.
        let n = 500;
        let mut edges: Vec<(usize, usize)> = (0..n).map(|i| (i, (i + 1) % n)).collect();
        edges.extend((0..n).step_by(50).map(|i| (i, (i + 250) % n)));
        let one = positions(n, &edges);
        assert_eq!(one, positions(n, &edges));
        let d = |a: usize, b: usize| {
            ((one[a].0 - one[b].0).powi(2) + (one[a].1 - one[b].1).powi(2)).sqrt()
        };
        let mean: f64 = edges.iter().map(|&(a, b)| d(a, b)).sum::<f64>() / edges.len() as f64;
        assert!(mean < 3.0, "neighbours far apart on average: {mean}");
        assert!(d(0, 125) > 2.0 * mean, "the ring is spread out");
    }

    #[test]
    fn text_width_rows() {
        let rows: &[(&str, &str, f64, f64)] = &[
            ("empty", "", 0.0, 0.0),
            ("narrow letters", "iii", 10.0, 11.0),
            ("a name (DejaVu Sans: 90.8)", "Antony Blinken", 91.0, 110.0),
            ("capitals wider", "WWW", 36.0, 36.0),
            ("CJK a full em", "北京", 24.0, 24.0),
        ];
        for (name, text, lo, hi) in rows {
            let w = text_width(text, 12.0);
            assert!((*lo..=*hi).contains(&w), "row {name:?}: {w}");
        }
    }

    #[test]
    fn side_for_angle_rows() {
        use std::f64::consts::PI;
        let rows: &[(&str, f64, Side)] = &[
            ("east", 0.0, Side::Right),
            ("west", PI, Side::Left),
            ("top (y grows down)", -PI / 2.0, Side::Above),
            ("bottom", PI / 2.0, Side::Below),
            ("north-east", -PI / 4.0, Side::Right),
        ];
        for (name, angle, side) in rows {
            assert_eq!(side_for_angle(*angle), *side, "row {name:?}");
        }
    }

    #[test]
    fn overlaps_are_removed_even_from_one_point() {
        let items: Vec<Item> = (0..40)
            .map(|i| item(&format!("Entity number {i}")))
            .collect();
        let mut placement = Placement {
            positions: vec![(0.0, 0.0); 40],
            sides: vec![Side::Below; 40],
        };
        remove_overlaps(&items, &mut placement);
        assert_eq!(overlapping_pairs(&items, &placement), vec![]);
    }

    #[test]
    fn force_placement_has_no_overlaps() {
        let items: Vec<Item> = (0..60).map(|i| item(&format!("Country {i}"))).collect();
        let edges: Vec<(usize, usize)> = (0..59).map(|i| (i, i + 1)).collect();
        let placement = force_placement(&items, &edges, 90.0);
        assert_eq!(overlapping_pairs(&items, &placement), vec![]);
    }

    #[test]
    fn radial_placement_puts_the_root_in_the_middle_and_rings_by_depth() {
        // Root 0, neighbours 1..=12, and 13 two hops away through 1.
        let items: Vec<Item> = (0..14).map(|i| item(&format!("Neighbour {i}"))).collect();
        let mut edges: Vec<(usize, usize)> = (1..=12).map(|i| (0, i)).collect();
        edges.push((1, 13));
        let placement = radial_placement(&items, &edges, 0, 120.0);
        let r = |i: usize| {
            let (x, y) = placement.positions[i];
            let (cx, cy) = placement.positions[0];
            ((x - cx).powi(2) + (y - cy).powi(2)).sqrt()
        };
        let ring: Vec<f64> = (1..=12).map(r).collect();
        let (lo, hi) = ring
            .iter()
            .fold((f64::MAX, 0.0_f64), |(lo, hi), &v| (lo.min(v), hi.max(v)));
        assert!(hi - lo < 1.0, "first ring is a circle: {ring:?}");
        assert!(r(13) > hi + 50.0, "second ring outside the first");
        assert_eq!(overlapping_pairs(&items, &placement), vec![]);
    }
}
