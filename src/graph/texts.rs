//! Window texts kept on disk while a graph is built, so that a build's memory grows with
//! the graph (its entities, links and the ids of their evidence), not with the text of
//! the evidence windows.
//!
//! Rules:
//! - **A [`TextStore`] is an unnamed temporary file** (removed by the system when the
//!   last handle closes, even if the process is killed), appended to by any thread.
//!   A stored text is an offset and a length, kept by the window that owns it
//!   ([`super::windows`]).
//! - **Reading a text is one positioned read** (no lock on Unix), so `graph.json`'s
//!   windows table is written by copying the texts out of the file one by one.
//! - **Nothing depends on where a text landed in the file**: offsets differ from one run
//!   to the next with the thread count, and no order or output ever looks at them.
//! - A text that cannot be written (a full disk) stays in memory instead: the graph is
//!   the same, only bigger.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

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
    pub(crate) fn put(&self, text: &str) -> std::io::Result<(u64, u32)> {
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
    pub(crate) fn get(&self, offset: u64, len: u32) -> std::io::Result<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts written to one store come back as they were, from any thread.
    #[test]
    fn stored_texts_read_back() {
        let store = TextStore::temporary().expect("a temporary file");
        let texts = ["", "Blinken met Shoukry.", "Ünïcödé — “quotes”", "b", "a"];
        let stored: Vec<(u64, u32)> = texts
            .iter()
            .map(|t| store.put(t).expect("written"))
            .collect();
        let read: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = stored
                .iter()
                .map(|&(offset, len)| {
                    let store = &store;
                    s.spawn(move || store.get(offset, len).expect("readable"))
                })
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
    }
}
