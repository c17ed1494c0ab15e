//! The link between two entities, found by its two ends.
//!
//! [`LinkIndex`] answers "which edge joins nodes `a` and `b`?" for
//! [`crate::graph::KnowledgeGraph`]. It replaces a hash map from the pair to the edge,
//! which on a graph of millions of links was its third-largest part.
//!
//! Rules and trade-offs:
//! - **A link is listed once, under its lower end**: node `a` keeps a list of
//!   `(b, edge)` for its links to nodes `b > a`, sorted by `b`. That is 8 bytes a link,
//!   where the hash map took 12 bytes in a table kept between half and seven eighths
//!   full (about 26 bytes a link), and twice that for a moment each time it doubled.
//! - **A list grows by a quarter**, not by doubling, so its unused room stays small.
//! - A look-up is a binary search in one node's list; an insertion moves the list's tail
//!   (a few kilobytes for an entity linked to thousands). Keys are unordered pairs:
//!   `(a, b)` and `(b, a)` name the same link.

use petgraph::graph::{EdgeIndex, NodeIndex};

/// One listed link: the higher end and the edge.
pub(crate) type Entry = (NodeIndex, EdgeIndex);

/// The edges of a graph by their two ends (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct LinkIndex {
    /// Per node, its links to higher-numbered nodes, sorted by the other end.
    lists: Vec<Vec<Entry>>,
    /// Links listed.
    len: usize,
}

/// A key as (lower end, higher end).
fn ends(key: &(NodeIndex, NodeIndex)) -> (NodeIndex, NodeIndex) {
    if key.0 <= key.1 {
        (key.0, key.1)
    } else {
        (key.1, key.0)
    }
}

impl LinkIndex {
    /// Number of links listed.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no link is listed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Where `high` is or would go in `low`'s list.
    fn find(&self, low: NodeIndex, high: NodeIndex) -> Result<usize, usize> {
        self.lists
            .get(low.index())
            .map_or(Err(0), |list| list.binary_search_by_key(&high, |e| e.0))
    }

    /// The edge joining the two nodes of `key`, if any.
    pub fn get(&self, key: &(NodeIndex, NodeIndex)) -> Option<&EdgeIndex> {
        let (low, high) = ends(key);
        let at = self.find(low, high).ok()?;
        self.lists.get(low.index()).map(|list| &list[at].1)
    }

    /// Lists `edge` as the link of `key`, replacing any edge listed for it.
    pub fn insert(&mut self, key: (NodeIndex, NodeIndex), edge: EdgeIndex) {
        let (low, high) = ends(&key);
        match self.find(low, high) {
            Ok(at) => self.lists[low.index()][at].1 = edge,
            Err(at) => {
                if self.lists.len() <= low.index() {
                    self.lists.resize_with(low.index() + 1, Vec::new);
                }
                let list = &mut self.lists[low.index()];
                if list.len() == list.capacity() {
                    list.reserve_exact(list.len() / 4 + 4);
                }
                list.insert(at, (high, edge));
                self.len += 1;
            }
        }
    }

    /// The edge of `key`, made by `make` and listed if there is none.
    pub fn get_or_insert_with(
        &mut self,
        key: (NodeIndex, NodeIndex),
        make: impl FnOnce() -> EdgeIndex,
    ) -> EdgeIndex {
        if let Some(&edge) = self.get(&key) {
            return edge;
        }
        let edge = make();
        self.insert(key, edge);
        edge
    }
}

impl std::ops::Index<&(NodeIndex, NodeIndex)> for LinkIndex {
    type Output = EdgeIndex;

    /// The edge of `key`.
    ///
    /// # Panics
    /// If no edge joins the two nodes (as a map's index does); use [`LinkIndex::get`]
    /// when that can happen.
    fn index(&self, key: &(NodeIndex, NodeIndex)) -> &EdgeIndex {
        self.get(key).expect("a link between the two nodes")
    }
}

impl FromIterator<((NodeIndex, NodeIndex), EdgeIndex)> for LinkIndex {
    fn from_iter<I: IntoIterator<Item = ((NodeIndex, NodeIndex), EdgeIndex)>>(
        iter: I,
    ) -> LinkIndex {
        let mut index = LinkIndex::default();
        for (key, edge) in iter {
            index.insert(key, edge);
        }
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(i: u32) -> NodeIndex {
        NodeIndex::new(i as usize)
    }

    fn e(i: u32) -> EdgeIndex {
        EdgeIndex::new(i as usize)
    }

    /// Rows: (name, links inserted in this order, look-ups with their answers).
    #[test]
    fn links_are_found_by_either_end() {
        type Row = (
            &'static str,
            &'static [(u32, u32, u32)],
            &'static [(u32, u32, Option<u32>)],
        );
        let rows: &[Row] = &[
            ("empty", &[], &[(0, 1, None), (5, 5, None)]),
            (
                "either order of the ends",
                &[(3, 1, 0)],
                &[(1, 3, Some(0)), (3, 1, Some(0)), (1, 2, None)],
            ),
            (
                "many links of one node, inserted out of order",
                &[(0, 9, 0), (0, 2, 1), (7, 0, 2), (0, 4, 3), (2, 9, 4)],
                &[
                    (0, 2, Some(1)),
                    (4, 0, Some(3)),
                    (0, 7, Some(2)),
                    (9, 0, Some(0)),
                    (9, 2, Some(4)),
                    (0, 3, None),
                    (2, 4, None),
                ],
            ),
            (
                "a second insert of a pair replaces its edge",
                &[(1, 2, 0), (2, 1, 5)],
                &[(1, 2, Some(5))],
            ),
            (
                "a self-link",
                &[(4, 4, 1)],
                &[(4, 4, Some(1)), (4, 5, None)],
            ),
        ];
        for (name, links, lookups) in rows {
            let mut index = LinkIndex::default();
            for &(a, b, edge) in links.iter() {
                index.insert((n(a), n(b)), e(edge));
            }
            let distinct: std::collections::BTreeSet<(u32, u32)> = links
                .iter()
                .map(|&(a, b, _)| (a.min(b), a.max(b)))
                .collect();
            assert_eq!(index.len(), distinct.len(), "{name}: len");
            for &(a, b, expected) in lookups.iter() {
                assert_eq!(
                    index.get(&(n(a), n(b))).copied(),
                    expected.map(e),
                    "{name}: {a} -- {b}"
                );
            }
            let rebuilt: LinkIndex = links
                .iter()
                .map(|&(a, b, edge)| ((n(a), n(b)), e(edge)))
                .collect();
            for &(a, b, expected) in lookups.iter() {
                assert_eq!(
                    rebuilt.get(&(n(a), n(b))).copied(),
                    expected.map(e),
                    "{name}: collected, {a} -- {b}"
                );
            }
        }
    }

    #[test]
    fn get_or_insert_makes_an_edge_once() {
        let mut index = LinkIndex::default();
        let mut made = 0;
        for _ in 0..3 {
            let edge = index.get_or_insert_with((n(2), n(1)), || {
                made += 1;
                e(7)
            });
            assert_eq!(edge, e(7));
        }
        assert_eq!(made, 1);
        assert_eq!(index[&(n(1), n(2))], e(7));
    }
}
