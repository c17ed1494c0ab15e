//! A byte trie of the patterns, without failure links: all an anchored walk needs.
//!
//! Built from the sorted patterns in one pass, linear in their total length. Nodes are
//! numbered in depth-first order, so a node's first child is the next node and a
//! pattern's unshared tail is a run of consecutive nodes; siblings are linked in byte
//! order. The first two levels, where nodes have the most children, are dense: a
//! 256-entry table for the root and one table of byte classes for all nodes of depth 1.

use super::Walk;

/// Bit of a link marking a node with children (its first child is the next node).
const HAS_CHILDREN: u32 = 1 << 31;
/// Bit of a link marking a node of depth 1 (its children are in the dense table).
const DEPTH_1: u32 = 1 << 30;
/// The link bits that are not the sibling's index.
const FLAGS: u32 = HAS_CHILDREN | DEPTH_1;

/// The trie; node 0 is the root.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// The root's child for each byte (0: none).
    root: Box<[u32; 256]>,
    /// The class of each byte: 0 for bytes in no pattern, else 1 + its rank.
    classes: Box<[u8; 256]>,
    /// Number of classes (the row length of `depth_2`).
    stride: usize,
    /// The child of a depth-1 node for a byte: at `class(first byte) * stride +
    /// class(second byte)` (0: none).
    depth_2: Vec<u32>,
    /// The nodes, in depth-first order.
    nodes: Vec<Node>,
}

/// One node: what a step reads, in one place.
#[derive(Debug, Clone, Copy, Default)]
struct Node {
    /// Its next sibling (0: none), with [`HAS_CHILDREN`] and [`DEPTH_1`].
    link: u32,
    /// 1 + the pattern spelled by the path to it, or 0.
    pattern: u32,
    /// The byte of the edge into it.
    label: u8,
}

/// Why a trie could not be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooBig;

impl Trie {
    /// A trie of `patterns` (distinct, non-empty).
    pub(crate) fn build<P: AsRef<[u8]>>(patterns: &[P]) -> Result<Trie, TooBig> {
        let total: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
        if total >= DEPTH_1 as usize - 1 || patterns.len() >= u32::MAX as usize {
            return Err(TooBig);
        }
        // Sorted by their first 16 bytes (zero-padded, so in byte order), then by all
        // bytes: most comparisons stay in this array.
        let mut order: Vec<(u128, u32)> = patterns
            .iter()
            .enumerate()
            .map(|(index, pattern)| {
                let mut head = [0u8; 16];
                let bytes = pattern.as_ref();
                let len = bytes.len().min(16);
                head[..len].copy_from_slice(&bytes[..len]);
                (u128::from_be_bytes(head), index as u32)
            })
            .collect();
        order.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0).then_with(|| {
                patterns[a.1 as usize]
                    .as_ref()
                    .cmp(patterns[b.1 as usize].as_ref())
            })
        });
        let mut classes = Box::new([0u8; 256]);
        let mut present = [false; 256];
        for pattern in patterns {
            for &byte in pattern.as_ref().iter().take(2) {
                present[usize::from(byte)] = true;
            }
        }
        let mut stride = 1;
        for (byte, _) in present.iter().enumerate().filter(|(_, p)| **p) {
            classes[byte] = stride as u8;
            stride += 1;
        }
        // With all 256 bytes present the last one takes class 0 (`as u8` wraps), which
        // then stands for no absent byte: classes stay distinct.
        let stride = stride.min(256);
        let mut trie = Trie {
            root: Box::new([0; 256]),
            classes,
            stride,
            depth_2: vec![0; stride * stride],
            nodes: Vec::with_capacity(total + 1),
        };
        trie.nodes.push(Node::default());
        // The nodes of the previous pattern's path: path[d] is at depth d.
        let mut path: Vec<u32> = vec![0];
        let mut previous: &[u8] = &[];
        for &(_, pattern) in &order {
            let bytes = patterns[pattern as usize].as_ref();
            let shared = bytes
                .iter()
                .zip(previous)
                .take_while(|(a, b)| a == b)
                .count();
            // The previous pattern's node below the shared prefix is the new branch's
            // elder sibling.
            let mut elder = path.get(shared + 1).copied();
            path.truncate(shared + 1);
            for (depth, &byte) in bytes.iter().enumerate().skip(shared) {
                let node = trie.nodes.len() as u32;
                let parent = path[depth];
                match elder.take() {
                    Some(elder) => trie.nodes[elder as usize].link |= node,
                    None if parent == 0 => {}
                    None => trie.nodes[parent as usize].link |= HAS_CHILDREN,
                }
                if parent == 0 {
                    trie.root[usize::from(byte)] = node;
                } else if depth == 1 {
                    trie.nodes[parent as usize].link |= DEPTH_1;
                    let first = trie.nodes[parent as usize].label;
                    let cell = trie.cell(first, byte);
                    trie.depth_2[cell] = node;
                }
                trie.nodes.push(Node {
                    label: byte,
                    ..Node::default()
                });
                path.push(node);
            }
            if let Some(&end) = path.get(bytes.len()) {
                trie.nodes[end as usize].pattern = pattern + 1;
            }
            previous = bytes;
        }
        trie.nodes.shrink_to_fit();
        Ok(trie)
    }

    /// The cell of `depth_2` for a depth-1 node reached by `first` and the next byte.
    #[inline(always)]
    fn cell(&self, first: u8, byte: u8) -> usize {
        usize::from(self.classes[usize::from(first)]) * self.stride
            + usize::from(self.classes[usize::from(byte)])
    }

    /// Heap bytes used.
    pub(crate) fn memory_usage(&self) -> usize {
        256 * 5 + self.nodes.capacity() * std::mem::size_of::<Node>() + self.depth_2.capacity() * 4
    }
}

impl Walk for Trie {
    type State = u32;

    #[inline(always)]
    fn start(&self) -> u32 {
        0
    }

    #[inline(always)]
    fn step(&self, node: u32, byte: u8) -> Option<u32> {
        if node == 0 {
            let child = self.root[usize::from(byte)];
            return (child != 0).then_some(child);
        }
        let here = self.nodes[node as usize];
        let link = here.link;
        if link & HAS_CHILDREN == 0 {
            return None;
        }
        if link & DEPTH_1 != 0 {
            // A byte in no pattern's first two has class 0, like the first such byte
            // with all 256 present: the label tells them apart.
            let child = self.depth_2[self.cell(here.label, byte)];
            return (child != 0 && self.nodes[child as usize].label == byte).then_some(child);
        }
        let mut child = node + 1;
        loop {
            let Node { label, link, .. } = self.nodes[child as usize];
            if label == byte {
                return Some(child);
            }
            let next = link & !FLAGS;
            if label > byte || next == 0 {
                return None;
            }
            child = next;
        }
    }

    #[inline(always)]
    fn pattern(&self, node: u32, _len: usize) -> Option<usize> {
        self.nodes[node as usize]
            .pattern
            .checked_sub(1)
            .map(|p| p as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk of `text` from the start: the patterns found, by end.
    fn walk(trie: &Trie, text: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        super::super::walk(trie, trie.start(), text, 0, text.len(), |end, p| {
            out.push((end, p))
        });
        out
    }

    #[test]
    fn all_256_bytes_keep_distinct_classes() {
        // Every byte alone, then every byte followed by its complement.
        let mut patterns: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b]).collect();
        patterns.extend((0..=255u8).map(|b| vec![b, !b, b]));
        let trie = Trie::build(&patterns).unwrap();
        assert_eq!(trie.stride, 256);
        for b in 0..=255u8 {
            assert_eq!(
                walk(&trie, &[b, !b, b]),
                [(1, usize::from(b)), (3, 256 + usize::from(b))]
            );
            assert_eq!(walk(&trie, &[b, b ^ 0x0f, b]), [(1, usize::from(b))], "{b}");
        }
    }
}
