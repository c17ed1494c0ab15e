//! A list in fixed-size chunks: indexed like a `Vec`, but never copied to grow (a
//! growing `Vec` holds the whole list twice while it doubles), for the graph's big
//! tables ([`super::records`], the slabs of [`super::windows`]).

/// Items in a chunk, as a power of two.
const CHUNK_BITS: u32 = 12;
const CHUNK: usize = 1 << CHUNK_BITS;

/// A list in chunks of 4,096 items.
#[derive(Debug, Clone)]
pub(super) struct Chunked<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for Chunked<T> {
    fn default() -> Chunked<T> {
        Chunked {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T> Chunked<T> {
    /// Number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Adds `item` last, giving its index.
    pub fn push(&mut self, item: T) -> usize {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(item),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(item);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
        self.len - 1
    }

    /// Removes the last item.
    pub fn pop(&mut self) -> Option<T> {
        let item = self.chunks.last_mut()?.pop()?;
        self.len -= 1;
        if self.chunks.last().is_some_and(Vec::is_empty) {
            self.chunks.pop();
        }
        Some(item)
    }

    /// The item at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&T> {
        self.chunks
            .get(index >> CHUNK_BITS)?
            .get(index & (CHUNK - 1))
    }

    /// The item at `index`, to change, if there is one.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.chunks
            .get_mut(index >> CHUNK_BITS)?
            .get_mut(index & (CHUNK - 1))
    }

    /// The items in index order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }
}

impl<T> IntoIterator for Chunked<T> {
    type Item = T;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<T>>>;

    /// The items in index order.
    fn into_iter(self) -> Self::IntoIter {
        self.chunks.into_iter().flatten()
    }
}

impl<T> std::ops::Index<usize> for Chunked<T> {
    type Output = T;

    /// The item at `index`.
    ///
    /// # Panics
    /// If there is none, as a slice's index does.
    fn index(&self, index: usize) -> &T {
        &self.chunks[index >> CHUNK_BITS][index & (CHUNK - 1)]
    }
}

impl<T> std::ops::IndexMut<usize> for Chunked<T> {
    /// The item at `index`, to change.
    ///
    /// # Panics
    /// If there is none.
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self.chunks[index >> CHUNK_BITS][index & (CHUNK - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items over several chunks read back by index; popping empties the last chunk.
    #[test]
    fn items_read_back_over_chunks() {
        let mut list = Chunked::default();
        for i in 0..CHUNK + 2 {
            assert_eq!(list.push(i), i);
        }
        assert_eq!(list.len(), CHUNK + 2);
        assert_eq!(list[CHUNK + 1], CHUNK + 1);
        assert_eq!(list.get(CHUNK + 2), None);
        assert_eq!(list.pop(), Some(CHUNK + 1));
        assert_eq!(list.pop(), Some(CHUNK));
        assert_eq!(list.chunks.len(), 1);
        list[0] = 7;
        assert_eq!(list.iter().next(), Some(&7));
        assert_eq!(list.into_iter().count(), CHUNK);
    }
}
