//! Short lists of a graph's links, stored by length in pools of chunks, so that a link
//! names its list in 8 bytes ([`ListRef`]) instead of holding a 16-byte pointer to an
//! allocation of its own: the kept evidence ([`KeptLists`] of [`Kept`]) and the bytes
//! of the timelines longer than a link holds in place
//! ([`super::timeline::LinkTimelines`]).
//!
//! Rules:
//! - **Lists of one length share a pool.** A pool holds its lists one after another in
//!   chunks of about 4,096 items (48 KiB of [`Kept`]), never copied to grow; a list is
//!   its length and its position in the pool of that length.
//! - **A list is replaced, not grown** ([`KeptLists::set`]): its old slot goes to its
//!   pool's free slots and is reused by the next list of that length. The lengths of
//!   kept lists are few (one to twice the evidence limit), so free slots are soon
//!   reused.
//! - The empty list takes no slot.

use super::evidence::Kept;

/// Items in a chunk of a pool (about).
const CHUNK: usize = 4096;

/// A list, by reference into its [`Lists`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListRef {
    len: u32,
    at: u32,
}

/// A link's kept evidence, by reference into the graph's [`KeptLists`].
pub type KeptList = ListRef;

/// The kept evidence lists of a graph.
pub type KeptLists = Lists<Kept>;

impl ListRef {
    /// Number of items (kept windows, bytes).
    pub fn len(self) -> usize {
        self.len as usize
    }

    /// Whether it holds nothing.
    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    /// Its length and position, to be kept in another form.
    pub(crate) fn parts(self) -> (u32, u32) {
        (self.len, self.at)
    }

    /// The list of [`ListRef::parts`].
    pub(crate) fn from_parts(len: u32, at: u32) -> ListRef {
        ListRef { len, at }
    }
}

/// The lists of one length.
#[derive(Debug, Clone)]
struct Pool<T> {
    chunks: Vec<Vec<T>>,
    free: Vec<u32>,
}

impl<T> Default for Pool<T> {
    fn default() -> Pool<T> {
        Pool {
            chunks: Vec::new(),
            free: Vec::new(),
        }
    }
}

/// Lists of `T` by length (see the module docs).
#[derive(Debug, Clone)]
pub struct Lists<T> {
    /// The pool of lists of length `n` at `n - 1`.
    pools: Vec<Pool<T>>,
}

impl<T> Default for Lists<T> {
    fn default() -> Lists<T> {
        Lists { pools: Vec::new() }
    }
}

impl<T: Clone> Lists<T> {
    /// Lists in a chunk of the pool of length `len`.
    fn per_chunk(len: usize) -> usize {
        (CHUNK / len).max(1)
    }

    /// Where the items of `list` are: its pool, the chunk in the pool and the range in
    /// the chunk; `None` for the empty list.
    fn slot(list: ListRef) -> Option<(usize, usize, std::ops::Range<usize>)> {
        let len = list.len();
        let per_chunk = Self::per_chunk(len.max(1));
        let (chunk, slot) = (list.at as usize / per_chunk, list.at as usize % per_chunk);
        (len > 0).then(|| (len - 1, chunk, slot * len..(slot + 1) * len))
    }

    /// The items of `list`.
    pub fn get(&self, list: ListRef) -> &[T] {
        Self::slot(list)
            .and_then(|(pool, chunk, range)| self.pools.get(pool)?.chunks.get(chunk)?.get(range))
            .unwrap_or(&[])
    }

    /// Slots freed and not taken again, in every pool.
    pub fn free_slots(&self) -> usize {
        self.pools.iter().map(|pool| pool.free.len()).sum()
    }

    /// The items of `list`, to be changed in place.
    pub fn get_mut(&mut self, list: ListRef) -> &mut [T] {
        let Some((pool, chunk, range)) = Self::slot(list) else {
            return &mut [];
        };
        self.pools
            .get_mut(pool)
            .and_then(|pool| pool.chunks.get_mut(chunk))
            .and_then(|chunk| chunk.get_mut(range))
            .unwrap_or(&mut [])
    }

    /// Replaces `list` by a list of `windows` (its old slot freed).
    pub fn set(&mut self, list: &mut ListRef, windows: &[T]) {
        self.free(list);
        let len = windows.len();
        if len == 0 {
            return;
        }
        if self.pools.len() < len {
            self.pools.resize_with(len, Pool::default);
        }
        let per_chunk = Self::per_chunk(len);
        let pool = &mut self.pools[len - 1];
        let at = match pool.free.pop() {
            Some(at) => {
                let (chunk, slot) = (at as usize / per_chunk, at as usize % per_chunk);
                pool.chunks[chunk][slot * len..(slot + 1) * len].clone_from_slice(windows);
                at
            }
            None => {
                if pool
                    .chunks
                    .last()
                    .is_none_or(|c| c.len() == per_chunk * len)
                {
                    pool.chunks.push(Vec::with_capacity(per_chunk * len));
                }
                let full = (pool.chunks.len() - 1) * per_chunk;
                let chunk = pool.chunks.last_mut().expect("a chunk was just ensured");
                let at = full + chunk.len() / len;
                chunk.extend_from_slice(windows);
                u32::try_from(at).expect("fewer than 2^32 kept lists of one length")
            }
        };
        *list = ListRef {
            len: len as u32,
            at,
        };
    }

    /// Frees `list`'s slot, leaving it empty.
    pub fn free(&mut self, list: &mut ListRef) {
        if list.len > 0 {
            if let Some(pool) = self.pools.get_mut(list.len() - 1) {
                pool.free.push(list.at);
            }
        }
        *list = ListRef::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::evidence::Strings;
    use crate::graph::windows::EvidenceWindows;
    use crate::input::DocumentMeta;

    /// Lists of several lengths read back as set, and a freed slot is reused.
    #[test]
    fn lists_read_back_and_slots_are_reused() {
        let mut windows = EvidenceWindows::default();
        let mut strings = Strings::default();
        let doc = windows.add_document(super::super::evidence::Document::new(DocumentMeta {
            id: "d".into(),
            ..Default::default()
        }));
        let kept: Vec<Kept> = (0..9000)
            .map(|i| {
                let w = windows.add_window(doc, i, i + 1, "t".into());
                strings.kept(&mut windows, w, &["a".into(), "b".into()], None)
            })
            .collect();
        let mut store = KeptLists::default();
        let mut lists = Vec::new();
        // Enough lists of length 3 to fill more than one chunk.
        for (i, window) in kept.chunks(3).enumerate() {
            let mut list = KeptList::default();
            store.set(&mut list, window);
            lists.push((i, list));
        }
        for &(i, list) in &lists {
            assert_eq!(store.get(list), &kept[i * 3..i * 3 + 3]);
        }
        let (_, mut first) = lists[0];
        let at = first.at;
        store.set(&mut first, &kept[..2]);
        assert_eq!(store.get(first), &kept[..2]);
        let mut other = KeptList::default();
        store.set(&mut other, &kept[6..9]);
        assert_eq!(other.at, at, "the freed slot of length 3 is reused");
        assert_eq!(store.get(other), &kept[6..9]);
        store.free(&mut other);
        assert!(store.get(other).is_empty());
    }
}
