//! Exporters: one file per format, all rendering from the wire types in [`schema`].
//!
//! Every file is written atomically ([`write_atomic`]): to a temporary file in the
//! same folder, then renamed, so a crash never leaves half a `graph.json`.

pub mod csv;
pub mod dot;
pub mod graphml;
pub mod json;
pub mod schema;
pub mod select;
pub mod svg;

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically, creating the parent folder if needed.
///
/// # Errors
/// The folder cannot be created or written, or the rename fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".newsgraph-").suffix(".tmp");
    // Outputs are ordinary files (0666 less the umask), not private temporary files.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
