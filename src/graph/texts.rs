//! Window texts kept on disk while a graph is built, so that a build's memory grows with
//! the graph (its entities, links and the ids of their evidence), not with the text of
//! the evidence windows.
//!
//! Rules:
//! - **A [`TextStore`] is an unnamed temporary file** (removed by the system when the
//!   last handle closes, even if the process is killed), appended to by any thread.
//!   A stored text is a [`StoredText`]: the store, an offset and a length.
//! - **Reading a text is one positioned read** (no lock on Unix), so `graph.json`'s
//!   windows table is written by copying the texts out of the file one by one.
//! - **Nothing depends on where a text landed in the file**: offsets differ from one run
//!   to the next with the thread count, and no order or output ever looks at them.
//! - A text that cannot be written (a full disk) stays in memory instead
//!   ([`WindowText::Inline`]): the graph is the same, only bigger.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::relate::SharedStr;

/// An append-only temporary file of window texts.
#[derive(Debug)]
pub struct TextStore {
    /// The writing end and the file's length.
    writer: Mutex<(BufWriter<File>, u64)>,
    /// Whether the writer holds bytes not yet in the file.
    dirty: AtomicBool,
    /// The reading end.
    reader: Reader,
}

impl TextStore {
    /// A store in `dir` (the output folder, so that the texts go to the disk the graph
    /// goes to, never to a memory-backed `/tmp`).
    ///
    /// # Errors
    /// If no temporary file can be made in `dir`.
    pub fn in_dir(dir: &Path) -> std::io::Result<Arc<TextStore>> {
        Self::of(tempfile::tempfile_in(dir)?)
    }

    /// A store in the system's temporary folder.
    ///
    /// # Errors
    /// If no temporary file can be made.
    pub fn temporary() -> std::io::Result<Arc<TextStore>> {
        Self::of(tempfile::tempfile()?)
    }

    fn of(file: File) -> std::io::Result<Arc<TextStore>> {
        let reader = Reader::new(file.try_clone()?);
        Ok(Arc::new(TextStore {
            writer: Mutex::new((BufWriter::with_capacity(1 << 16, file), 0)),
            dirty: AtomicBool::new(false),
            reader,
        }))
    }

    /// Bytes written so far.
    pub fn len(&self) -> u64 {
        self.writer.lock().map_or(0, |w| w.1)
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends `text`, giving where it is.
    fn put(&self, text: &str) -> std::io::Result<(u64, u32)> {
        let len = u32::try_from(text.len()).map_err(|_| std::io::ErrorKind::InvalidInput)?;
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| std::io::Error::other("a thread writing window texts panicked"))?;
        let offset = writer.1;
        writer.0.write_all(text.as_bytes())?;
        writer.1 += u64::from(len);
        self.dirty.store(true, Ordering::Release);
        Ok((offset, len))
    }

    /// The text at `offset`, `len` bytes long.
    fn get(&self, offset: u64, len: u32) -> std::io::Result<String> {
        if self.dirty.load(Ordering::Acquire) {
            let mut writer = self
                .writer
                .lock()
                .map_err(|_| std::io::Error::other("a thread writing window texts panicked"))?;
            writer.0.flush()?;
            self.dirty.store(false, Ordering::Release);
        }
        let mut bytes = vec![0; len as usize];
        self.reader.read_exact_at(&mut bytes, offset)?;
        String::from_utf8(bytes).map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "a window text read back from its temporary file is not UTF-8",
            )
        })
    }
}

/// The reading end of a store: positioned reads.
#[derive(Debug)]
struct Reader {
    #[cfg(unix)]
    file: File,
    #[cfg(not(unix))]
    file: Mutex<File>,
}

impl Reader {
    fn new(file: File) -> Reader {
        Reader {
            #[cfg(unix)]
            file,
            #[cfg(not(unix))]
            file: Mutex::new(file),
        }
    }

    #[cfg(unix)]
    fn read_exact_at(&self, bytes: &mut [u8], offset: u64) -> std::io::Result<()> {
        std::os::unix::fs::FileExt::read_exact_at(&self.file, bytes, offset)
    }

    #[cfg(not(unix))]
    fn read_exact_at(&self, bytes: &mut [u8], offset: u64) -> std::io::Result<()> {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = self
            .file
            .lock()
            .map_err(|_| std::io::Error::other("a thread reading window texts panicked"))?;
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(bytes)
    }
}

/// A text in a [`TextStore`].
#[derive(Debug, Clone)]
pub struct StoredText {
    store: Arc<TextStore>,
    offset: u64,
    len: u32,
}

/// The text of a window: in memory, or in a [`TextStore`].
#[derive(Debug, Clone)]
pub enum WindowText {
    /// In memory.
    Inline(SharedStr),
    /// On disk.
    Stored(StoredText),
}

impl WindowText {
    /// `text`, written to `store` when there is one (kept in memory when there is none,
    /// or when writing fails).
    pub fn new(text: SharedStr, store: Option<&Arc<TextStore>>) -> WindowText {
        match store.map(|s| (s, s.put(&text))) {
            Some((store, Ok((offset, len)))) => WindowText::Stored(StoredText {
                store: store.clone(),
                offset,
                len,
            }),
            _ => WindowText::Inline(text),
        }
    }

    /// The text, when it is in memory.
    pub fn inline(&self) -> Option<&str> {
        match self {
            WindowText::Inline(text) => Some(text),
            WindowText::Stored(_) => None,
        }
    }

    /// The text, read from its store if need be.
    ///
    /// # Errors
    /// If the store cannot be read.
    pub fn read(&self) -> std::io::Result<Cow<'_, str>> {
        match self {
            WindowText::Inline(text) => Ok(Cow::Borrowed(text)),
            WindowText::Stored(s) => s.store.get(s.offset, s.len).map(Cow::Owned),
        }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        match self {
            WindowText::Inline(text) => text.len(),
            WindowText::Stored(s) => s.len as usize,
        }
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The two texts in string order (for the tie-breaks of two windows at one place);
    /// equal when one cannot be read.
    pub fn order(&self, other: &WindowText) -> std::cmp::Ordering {
        if let (Some(a), Some(b)) = (self.inline(), other.inline()) {
            return a.cmp(b);
        }
        match (self.read(), other.read()) {
            (Ok(a), Ok(b)) => a.cmp(&b),
            _ => std::cmp::Ordering::Equal,
        }
    }
}

impl PartialEq for WindowText {
    fn eq(&self, other: &WindowText) -> bool {
        self.order(other).is_eq()
    }
}

impl Eq for WindowText {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows: texts written to one store come back as they were, from any thread, and
    /// compare as strings whether stored or in memory.
    #[test]
    fn stored_texts_read_back_and_compare_as_strings() {
        let store = TextStore::temporary().expect("a temporary file");
        let texts = ["", "Blinken met Shoukry.", "Ünïcödé — “quotes”", "b", "a"];
        let stored: Vec<WindowText> = texts
            .iter()
            .map(|t| WindowText::new((*t).into(), Some(&store)))
            .collect();
        assert!(stored.iter().all(|t| t.inline().is_none()));
        let read: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = stored
                .iter()
                .map(|t| s.spawn(move || t.read().expect("readable").into_owned()))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("no panic"))
                .collect()
        });
        assert_eq!(read, texts);
        assert_eq!(
            store.len(),
            texts.iter().map(|t| t.len() as u64).sum::<u64>()
        );
        for (i, a) in texts.iter().enumerate() {
            for (j, b) in texts.iter().enumerate() {
                let inline = WindowText::new((*b).into(), None);
                assert_eq!(stored[i].order(&stored[j]), a.cmp(b), "{a:?} vs {b:?}");
                assert_eq!(stored[i].order(&inline), a.cmp(b), "{a:?} vs inline {b:?}");
            }
        }
    }
}
