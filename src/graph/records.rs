//! The graph's links as records in fixed-size chunks, found by petgraph's edge index.
//!
//! The petgraph graph underneath holds only the links' ends (16 bytes an edge); each
//! link's [`Edge`] is at the same index in [`LinkRecords`].
//!
//! Rules:
//! - **Record `i` is the link of petgraph's edge `i`.** A link is added to both at
//!   once, and removed from both the same way: petgraph moves its last edge into the
//!   hole, and so does [`LinkRecords::swap_remove`].
//! - **Chunks of 4,096 records** (the graph's chunked list), never copied to grow;
//!   no record is an allocation of its own.

use petgraph::graph::EdgeIndex;

use super::chunked::Chunked;
use super::Edge;

/// The links' records (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct LinkRecords {
    records: Chunked<Edge>,
}

impl LinkRecords {
    /// Number of records.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds `edge` as the last record.
    pub fn push(&mut self, edge: Edge) {
        self.records.push(edge);
    }

    /// The record of edge `index`, if there is one.
    pub fn get(&self, index: EdgeIndex) -> Option<&Edge> {
        self.records.get(index.index())
    }

    /// The record of edge `index`, to change, if there is one.
    pub fn get_mut(&mut self, index: EdgeIndex) -> Option<&mut Edge> {
        self.records.get_mut(index.index())
    }

    /// Removes the record of edge `index`, moving the last record into its place (as
    /// petgraph's `remove_edge` does with its edges).
    pub fn swap_remove(&mut self, index: EdgeIndex) -> Option<Edge> {
        if index.index() >= self.len() {
            return None;
        }
        let last = self.records.pop()?;
        match self.get_mut(index) {
            Some(slot) => Some(std::mem::replace(slot, last)),
            // The last record was the one removed.
            None => Some(last),
        }
    }

    /// The records in index order.
    pub fn iter(&self) -> impl Iterator<Item = &Edge> {
        self.records.iter()
    }
}

impl IntoIterator for LinkRecords {
    type Item = Edge;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<Edge>>>;

    /// The records in index order.
    fn into_iter(self) -> Self::IntoIter {
        self.records.into_iter()
    }
}

impl std::ops::Index<EdgeIndex> for LinkRecords {
    type Output = Edge;

    /// The record of edge `index`.
    ///
    /// # Panics
    /// If there is none (as a slice's index does); use [`LinkRecords::get`] when that
    /// can happen.
    fn index(&self, index: EdgeIndex) -> &Edge {
        &self.records[index.index()]
    }
}

impl std::ops::IndexMut<EdgeIndex> for LinkRecords {
    /// The record of edge `index`, to change.
    ///
    /// # Panics
    /// If there is none.
    fn index_mut(&mut self, index: EdgeIndex) -> &mut Edge {
        &mut self.records[index.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(weight: u64) -> Edge {
        let mut edge = Edge::empty();
        edge.add_weight(weight);
        edge
    }

    fn weights(records: &LinkRecords) -> Vec<u64> {
        records.iter().map(Edge::weight).collect()
    }

    /// Records over several chunks read back by index, and removal moves the last
    /// record into the hole, as petgraph does with its edges.
    #[test]
    fn records_read_back_and_removal_moves_the_last() {
        let mut records = LinkRecords::default();
        let n = 4096 + 3;
        for w in 0..n as u64 {
            records.push(record(w));
        }
        assert_eq!(records.len(), n);
        assert_eq!(records[EdgeIndex::new(4096 + 1)].weight(), 4096 + 1);
        assert!(records.get(EdgeIndex::new(n)).is_none());
        let removed = records.swap_remove(EdgeIndex::new(1));
        assert_eq!(removed.map(|e| e.weight()), Some(1));
        assert_eq!(records[EdgeIndex::new(1)].weight(), n as u64 - 1);
        assert_eq!(records.len(), n - 1);
        // The last record removed: nothing moves.
        let last = EdgeIndex::new(records.len() - 1);
        assert_eq!(
            records.swap_remove(last).map(|e| e.weight()),
            Some(n as u64 - 2)
        );
        assert!(records.swap_remove(EdgeIndex::new(n)).is_none());
        // Down to one chunk, then none.
        while !records.is_empty() {
            records.swap_remove(EdgeIndex::new(0));
        }
        assert_eq!(weights(&records), Vec::<u64>::new());
        records.push(record(7));
        assert_eq!(weights(&records), vec![7]);
        assert_eq!(
            records.into_iter().map(|e| e.weight()).collect::<Vec<_>>(),
            vec![7]
        );
    }
}
