//! The graph's links as records in fixed-size chunks, found by petgraph's edge index.
//!
//! The petgraph graph underneath holds only the links' ends (16 bytes an edge); each
//! link's [`Edge`] is at the same index in [`LinkRecords`].
//!
//! Rules:
//! - **Record `i` is the link of petgraph's edge `i`.** A link is added to both at
//!   once, and removed from both the same way: petgraph moves its last edge into the
//!   hole, and so does [`LinkRecords::swap_remove`].
//! - **Chunks of 4,096 records**, never copied to grow: a growing `Vec` of boxed links
//!   held the whole list twice while it doubled, and each box was an allocation.

use petgraph::graph::EdgeIndex;

use super::Edge;

/// Records in a chunk, as a power of two.
const CHUNK_BITS: u32 = 12;
const CHUNK: usize = 1 << CHUNK_BITS;

/// The links' records (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct LinkRecords {
    chunks: Vec<Vec<Edge>>,
    len: usize,
}

impl LinkRecords {
    /// Number of records.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Adds `edge` as the last record.
    pub fn push(&mut self, edge: Edge) {
        if self.chunks.last().is_none_or(|c| c.len() == CHUNK) {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        if let Some(chunk) = self.chunks.last_mut() {
            chunk.push(edge);
            self.len += 1;
        }
    }

    /// The record of edge `index`, if there is one.
    pub fn get(&self, index: EdgeIndex) -> Option<&Edge> {
        let i = index.index();
        self.chunks.get(i >> CHUNK_BITS)?.get(i & (CHUNK - 1))
    }

    /// The record of edge `index`, to change, if there is one.
    pub fn get_mut(&mut self, index: EdgeIndex) -> Option<&mut Edge> {
        let i = index.index();
        self.chunks
            .get_mut(i >> CHUNK_BITS)?
            .get_mut(i & (CHUNK - 1))
    }

    /// Removes the record of edge `index`, moving the last record into its place (as
    /// petgraph's `remove_edge` does with its edges).
    pub fn swap_remove(&mut self, index: EdgeIndex) -> Option<Edge> {
        if index.index() >= self.len {
            return None;
        }
        let last = self.chunks.last_mut()?.pop()?;
        self.len -= 1;
        if self.chunks.last().is_some_and(Vec::is_empty) {
            self.chunks.pop();
        }
        match self.get_mut(index) {
            Some(slot) => Some(std::mem::replace(slot, last)),
            // The last record was the one removed.
            None => Some(last),
        }
    }

    /// The records in index order.
    pub fn iter(&self) -> impl Iterator<Item = &Edge> {
        self.chunks.iter().flatten()
    }
}

impl IntoIterator for LinkRecords {
    type Item = Edge;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<Edge>>>;

    /// The records in index order.
    fn into_iter(self) -> Self::IntoIter {
        self.chunks.into_iter().flatten()
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
        self.get(index)
            .expect("a record for every edge of the graph")
    }
}

impl std::ops::IndexMut<EdgeIndex> for LinkRecords {
    /// The record of edge `index`, to change.
    ///
    /// # Panics
    /// If there is none.
    fn index_mut(&mut self, index: EdgeIndex) -> &mut Edge {
        self.get_mut(index)
            .expect("a record for every edge of the graph")
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
        let n = CHUNK + 3;
        for w in 0..n as u64 {
            records.push(record(w));
        }
        assert_eq!(records.len(), n);
        assert_eq!(
            records[EdgeIndex::new(CHUNK + 1)].weight(),
            CHUNK as u64 + 1
        );
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
