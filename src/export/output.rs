//! Writing output files: never half a file, never a folder mixing two builds, never a
//! device or a link replaced by a regular file.
//!
//! The rules, by what the destination is:
//!
//! | destination | what happens |
//! |---|---|
//! | missing, or a regular file | written to a temporary `.newsgraph-XXXXXX.tmp` in the same folder, synced, then renamed over it |
//! | a symbolic link to a regular file (or to nothing yet inside an existing folder) | the file it points to is written, as above, in that file's folder; the link stays |
//! | a dangling symbolic link whose folder is missing | refused, naming the link and its target |
//! | a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) | written through: opened and written, never replaced |
//! | a folder | refused |
//!
//! [`Staged`] writes several files as one unit (the formats of one `build`): every file
//! goes to its temporary first and all are renamed only once all were written, so a
//! failure or a signal part-way leaves the previous outputs untouched. It holds an
//! exclusive lock on `.newsgraph.lock` in the folder while it works, so a second run
//! into the same folder stops with a clear error instead of mixing its files in.
//!
//! Every temporary holds an exclusive lock (`flock`) while it is written. A
//! `.newsgraph-*.tmp` whose lock can be taken belongs to no live run (it was left by a
//! crash or `kill -9`); [`clean_stale`] removes such files, and every write into a folder
//! calls it first. Live temporaries are also registered, and [`remove_temporaries`]
//! deletes them: the binary calls it from its SIGINT/SIGTERM handler.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Name prefix of temporary output files.
pub const TEMP_PREFIX: &str = ".newsgraph-";
/// Name suffix of temporary output files.
pub const TEMP_SUFFIX: &str = ".tmp";
/// The lock file [`Staged`] holds in the folder it writes into.
pub const LOCK_NAME: &str = ".newsgraph.lock";

/// Temporaries being written; `None` once [`remove_temporaries`] has run (the process
/// is exiting, so no new temporary may be made).
static LIVE: Mutex<Option<Vec<PathBuf>>> = Mutex::new(Some(Vec::new()));

fn live() -> std::sync::MutexGuard<'static, Option<Vec<PathBuf>>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Deletes every temporary output file this process is writing, and refuses new ones
/// from then on. Returns how many were deleted. For a signal handler, before it exits.
pub fn remove_temporaries() -> usize {
    let paths = live().take().unwrap_or_default();
    paths
        .iter()
        .filter(|path| std::fs::remove_file(path).is_ok())
        .count()
}

/// Removes the `.newsgraph-*.tmp` files in `dir` that no live process is writing (their
/// lock can be taken). Returns how many were removed; a folder that cannot be listed
/// removes none.
pub fn clean_stale(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX);
        if !(ours && entry.file_type().is_ok_and(|t| t.is_file())) {
            continue;
        }
        let path = entry.path();
        let Ok(file) = File::open(&path) else {
            continue;
        };
        if file.try_lock().is_ok() && std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Where the bytes for a destination go.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A regular file (or none yet) at this path, replaced by renaming a temporary over it.
    Replace(PathBuf),
    /// A device, FIFO or socket, opened and written.
    Through(PathBuf),
}

fn refused(path: &Path, why: String) -> io::Error {
    io::Error::other(format!("{}: {why}", path.display()))
}

/// Decides how to write `path` (see the module table).
fn target(path: &Path) -> io::Result<Target> {
    let meta = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Ok(Target::Replace(path.to_path_buf()))
        }
        Err(e) => return Err(e),
        Ok(meta) => meta,
    };
    if meta.is_dir() {
        return Err(refused(path, "is a folder".into()));
    }
    if meta.is_file() {
        return Ok(Target::Replace(path.to_path_buf()));
    }
    if !meta.file_type().is_symlink() {
        return Ok(Target::Through(path.to_path_buf()));
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(refused(path, "links to a folder".into())),
        Ok(meta) if meta.is_file() => Ok(Target::Replace(std::fs::canonicalize(path)?)),
        Ok(_) => Ok(Target::Through(path.to_path_buf())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // A dangling link: write the file it names if its folder exists.
            let link = std::fs::read_link(path)?;
            let pointed = match path.parent() {
                Some(parent) => parent.join(&link),
                None => link.clone(),
            };
            let folder = match pointed.parent() {
                Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
                _ => PathBuf::from("."),
            };
            match (std::fs::canonicalize(&folder), pointed.file_name()) {
                (Ok(dir), Some(name)) if dir.is_dir() => Ok(Target::Replace(dir.join(name))),
                _ => Err(refused(
                    path,
                    format!(
                        "is a symbolic link to {}, whose folder does not exist; \
                         not replacing the link",
                        link.display()
                    ),
                )),
            }
        }
        Err(e) => Err(e),
    }
}

/// The folder a file is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// A temporary output file: locked while it lives, registered for
/// [`remove_temporaries`], deleted on drop unless persisted.
struct Temporary {
    file: Option<tempfile::NamedTempFile>,
}

impl Temporary {
    fn new(dir: &Path) -> io::Result<Temporary> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
        // Outputs are ordinary files (0666 less the umask), not private temporary files.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        // Made under the registry's lock, so a signal cannot fall between the file's
        // creation and its registration.
        let mut live = live();
        let Some(paths) = live.as_mut() else {
            return Err(io::Error::new(
                io::ErrorKind::Interrupted,
                "interrupted: the run is stopping",
            ));
        };
        let file = builder.tempfile_in(dir)?;
        // A file system without locks (some network ones) only loses stale cleaning.
        let _ = file.as_file().try_lock();
        paths.push(file.path().to_path_buf());
        Ok(Temporary { file: Some(file) })
    }

    /// Writes through a buffer, then syncs to disk.
    fn fill(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        let file = self.file.as_ref().expect("a live temporary").as_file();
        let mut out = BufWriter::with_capacity(1 << 16, file);
        write(&mut out)?;
        out.flush()?;
        drop(out);
        file.sync_all()
    }

    /// Renames the temporary over `path`.
    fn persist(mut self, path: &Path) -> io::Result<()> {
        let file = self.file.take().expect("a live temporary");
        let temp = file.path().to_path_buf();
        let result = file.persist(path).map(drop).map_err(|e| e.error);
        forget(&temp);
        result
    }
}

/// Takes `path` off the list of live temporaries.
fn forget(path: &Path) {
    if let Some(paths) = live().as_mut() {
        paths.retain(|p| p != path);
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            let path = file.path().to_path_buf();
            drop(file);
            forget(&path);
        }
    }
}

/// Opens a device, FIFO or socket and writes to it.
fn write_through(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let file = OpenOptions::new().write(true).open(path)?;
    let mut out = BufWriter::with_capacity(1 << 16, file);
    write(&mut out)?;
    out.flush()
}

/// Writes to `path` whatever `write` writes (through a buffer), by the rules of the
/// module table: atomically for a regular file (creating the folder if needed), through
/// for a device or FIFO, following a symbolic link.
///
/// # Errors
/// The folder cannot be created or written, `write` fails, the rename fails, or the
/// destination is a folder or a dangling link.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    match target(path)? {
        Target::Through(path) => write_through(&path, write),
        Target::Replace(path) => {
            let dir = folder_of(&path);
            std::fs::create_dir_all(dir)?;
            clean_stale(dir);
            let mut temp = Temporary::new(dir)?;
            temp.fill(write)?;
            temp.persist(&path)
        }
    }
}

/// Several files written into one folder as one unit: each to a temporary, all renamed
/// only by [`Staged::commit`]. Dropping it uncommitted deletes the temporaries and leaves
/// the folder as it was (files written through to devices excepted).
pub struct Staged {
    dir: PathBuf,
    _lock: File,
    pending: Vec<(Temporary, PathBuf)>,
    stale: Vec<PathBuf>,
}

impl Staged {
    /// Starts writing into `dir` (created if missing): takes its lock and removes stale
    /// temporaries.
    ///
    /// # Errors
    /// The folder cannot be created or the lock file made; another run holds the lock.
    pub fn begin(dir: &Path) -> io::Result<Staged> {
        std::fs::create_dir_all(dir)?;
        let lock_path = dir.join(LOCK_NAME);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", lock_path.display())))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "another newsgraph run is writing into {} (it holds {}); \
                         wait for it to finish or write elsewhere",
                        dir.display(),
                        lock_path.display()
                    ),
                ))
            }
            // A file system without locks: go on unguarded.
            Err(std::fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {}
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        clean_stale(dir);
        Ok(Staged {
            dir: dir.to_path_buf(),
            _lock: lock,
            pending: Vec::new(),
            stale: Vec::new(),
        })
    }

    /// The folder written into.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes the file `name` of the folder to its temporary (or through, for a device
    /// or FIFO); returns the path it will have.
    ///
    /// # Errors
    /// As [`write_atomic_with`].
    pub fn write(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<PathBuf> {
        let path = self.dir.join(name);
        match target(&path)? {
            Target::Through(through) => write_through(&through, write)?,
            Target::Replace(dest) => {
                let mut temp = Temporary::new(folder_of(&dest))?;
                temp.fill(write)?;
                self.pending.push((temp, dest));
            }
        }
        Ok(path)
    }

    /// Asks [`Staged::commit`] to remove the file `name` of the folder once every file
    /// is renamed, if it is a regular file (not a link, a device or a folder): an output
    /// of an earlier run that this one replaces by another name.
    pub fn remove_on_commit(&mut self, name: &str) {
        self.stale.push(self.dir.join(name));
    }

    /// Renames every temporary over its file, then removes the files asked for by
    /// [`Staged::remove_on_commit`], still under the lock. Returns each file there was
    /// to remove, with the error that kept it if it could not be removed (the outputs
    /// are written by then, so that is not a failure).
    ///
    /// # Errors
    /// A rename fails (the files renamed before it stay renamed; nothing is removed).
    pub fn commit(self) -> io::Result<Vec<(PathBuf, Option<io::Error>)>> {
        for (temp, dest) in self.pending {
            temp.persist(&dest)?;
        }
        let mut removed = Vec::new();
        for path in self.stale {
            let regular = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
            if regular {
                match std::fs::remove_file(&path) {
                    Ok(()) => removed.push((path, None)),
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => removed.push((path, Some(e))),
                }
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporaries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(TEMP_PREFIX))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn targets_by_kind_of_destination() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("file"), "x").unwrap();
        std::fs::create_dir(d.join("folder")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::symlink;
            symlink(d.join("file"), d.join("to-file")).unwrap();
            symlink("/dev/null", d.join("to-null")).unwrap();
            symlink(d.join("folder"), d.join("to-folder")).unwrap();
            symlink("new", d.join("to-new")).unwrap();
            symlink("missing/new", d.join("to-nowhere")).unwrap();
        }
        let real = std::fs::canonicalize(d).unwrap();
        let rows: Vec<(&str, Option<Target>)> = vec![
            ("absent", Some(Target::Replace(d.join("absent")))),
            ("file", Some(Target::Replace(d.join("file")))),
            ("folder", None),
            ("to-file", Some(Target::Replace(real.join("file")))),
            ("to-null", Some(Target::Through(d.join("to-null")))),
            ("to-folder", None),
            ("to-new", Some(Target::Replace(real.join("new")))),
            ("to-nowhere", None),
        ];
        for (name, expected) in rows {
            assert_eq!(target(&d.join(name)).ok(), expected, "{name}");
        }
    }

    #[test]
    fn staged_files_appear_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let mut staged = Staged::begin(dir.path()).unwrap();
        staged.write("a", |w| w.write_all(b"A")).unwrap();
        staged.write("b", |w| w.write_all(b"B")).unwrap();
        assert!(!dir.path().join("a").exists());
        assert_eq!(temporaries(dir.path()).len(), 2);
        staged.commit().unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("a")).unwrap(), "A");
        assert_eq!(std::fs::read_to_string(dir.path().join("b")).unwrap(), "B");
        assert!(temporaries(dir.path()).is_empty());
    }

    #[test]
    fn a_dropped_stage_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a"), "old").unwrap();
        let mut staged = Staged::begin(dir.path()).unwrap();
        staged.write("a", |w| w.write_all(b"new")).unwrap();
        let failed = staged.write("b", |_| Err(io::Error::other("disk full")));
        assert!(failed.is_err());
        drop(staged);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a")).unwrap(),
            "old"
        );
        assert!(temporaries(dir.path()).is_empty());
    }

    #[test]
    fn a_second_stage_in_one_folder_is_refused_while_the_first_lives() {
        let dir = tempfile::tempdir().unwrap();
        let first = Staged::begin(dir.path()).unwrap();
        let error = Staged::begin(dir.path()).err().expect("refused");
        assert!(
            error.to_string().contains("another newsgraph run"),
            "{error}"
        );
        drop(first);
        assert!(Staged::begin(dir.path()).is_ok());
    }

    #[test]
    fn only_unlocked_temporaries_are_stale() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".newsgraph-dead.tmp");
        std::fs::write(&stale, "left by a crash").unwrap();
        std::fs::write(dir.path().join("graph.tmp"), "not ours").unwrap();
        let live = Temporary::new(dir.path()).unwrap();
        assert_eq!(clean_stale(dir.path()), 1);
        assert!(!stale.exists());
        assert!(dir.path().join("graph.tmp").exists());
        assert_eq!(temporaries(dir.path()).len(), 1, "the live one stays");
        drop(live);
    }
}
