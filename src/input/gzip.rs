//! Gzip-compressed input, and telling what a stream holds from its first bytes.
//!
//! A file is gzip when its name ends in `.gz`; [`decompress`] then checks the magic
//! bytes (`1f 8b`) before anything else, so a mislabelled file is reported as such.
//! Multi-member data (`cat a.gz b.gz > ab.gz`) is read to the end. Data is
//! decompressed as it is read: a `.jsonl.gz` is never whole in memory.
//!
//! Errors of the compressed data (corrupt, truncated, bad checksum) come back as
//! [`io::Error`]s of kind [`io::ErrorKind::InvalidData`] whose message starts with
//! `corrupt or truncated gzip data`; errors reading the underlying file or pipe pass
//! through unchanged. Callers add the file (and line) to the message.
//!
//! Standard input has no name, so [`sniff`] looks at its first bytes: the gzip magic,
//! or a `{` as the first non-whitespace byte (after an optional byte-order mark) for
//! JSON Lines, or else plain text.

use std::io::{self, Cursor, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;

/// The first two bytes of every gzip member.
pub const MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Whether a path's name ends in `.gz`.
pub fn has_gz_extension(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "gz")
}

/// Decompresses `reader`, which must start with the gzip magic bytes.
///
/// # Errors
/// [`io::ErrorKind::InvalidData`] if the data does not start with the magic bytes (an
/// empty input included); an error reading the first bytes. Later errors surface from
/// the returned reader.
pub fn decompress<R: Read + Send + 'static>(mut reader: R) -> io::Result<Box<dyn Read + Send>> {
    let mut magic = Vec::with_capacity(MAGIC.len());
    (&mut reader)
        .take(MAGIC.len() as u64)
        .read_to_end(&mut magic)?;
    if magic != MAGIC {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "not gzip data: the name ends in .gz but the data does not start with the gzip magic bytes 1f 8b",
        ));
    }
    let source = Cursor::new(magic).chain(Tagged(reader));
    Ok(Box::new(Decoder(MultiGzDecoder::new(source))))
}

/// An error of the reader under the decoder, told apart from errors of the data.
#[derive(Debug)]
struct SourceError(io::Error);

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for SourceError {}

/// Wraps the errors of the underlying reader in [`SourceError`].
struct Tagged<R>(R);

impl<R: Read> Read for Tagged<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| match e.kind() {
            io::ErrorKind::Interrupted => e,
            kind => io::Error::new(kind, SourceError(e)),
        })
    }
}

/// The decoder, with its errors reworded: the underlying reader's unwrapped, the
/// data's named as corrupt.
struct Decoder<R: Read>(MultiGzDecoder<R>);

impl<R: Read> Read for Decoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| {
            if e.kind() == io::ErrorKind::Interrupted {
                return e;
            }
            let kind = e.kind();
            match e.into_inner() {
                Some(inner) => match inner.downcast::<SourceError>() {
                    Ok(source) => source.0,
                    Err(inner) => corrupt(&inner.to_string()),
                },
                None => corrupt(&kind.to_string()),
            }
        })
    }
}

fn corrupt(detail: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("corrupt or truncated gzip data ({detail})"),
    )
}

/// What the first bytes of a stream say it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// It starts with the gzip magic bytes.
    Gzip,
    /// Its first non-whitespace byte (after an optional byte-order mark) is `{`.
    Jsonl,
    /// Anything else, an empty stream included.
    Text,
}

/// A reader that yields the bytes [`sniff`] looked at, then the rest.
pub type Replay<R> = io::Chain<Cursor<Vec<u8>>, R>;

/// How far [`sniff`] reads through leading whitespace before calling a stream text.
const SNIFF_LIMIT: usize = 1 << 20;

/// Reads as much of the start of `reader` as it takes to tell what it holds, and
/// returns that with a reader that yields every byte again, from the first.
///
/// # Errors
/// An error reading the first bytes.
pub fn sniff<R: Read>(mut reader: R) -> io::Result<(Content, Replay<R>)> {
    let mut prefix = Vec::new();
    let mut chunk = [0u8; 8192];
    let mut eof = false;
    let content = loop {
        if let Some(content) = decide(&prefix, eof) {
            break content;
        }
        match reader.read(&mut chunk) {
            Ok(0) => eof = true,
            Ok(n) => prefix.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    };
    Ok((content, Cursor::new(prefix).chain(reader)))
}

/// What `prefix` holds, or `None` when more bytes are needed to tell.
fn decide(prefix: &[u8], eof: bool) -> Option<Content> {
    const BOM: &[u8] = b"\xef\xbb\xbf";
    if prefix.starts_with(&MAGIC) {
        return Some(Content::Gzip);
    }
    if prefix == &MAGIC[..1] || (BOM.starts_with(prefix) && !prefix.is_empty()) {
        return eof.then_some(Content::Text);
    }
    let body = prefix.strip_prefix(BOM).unwrap_or(prefix);
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Some(Content::Jsonl),
        Some(_) => Some(Content::Text),
        None if eof || prefix.len() >= SNIFF_LIMIT => Some(Content::Text),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn read_all(bytes: Vec<u8>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        decompress(Cursor::new(bytes))?.read_to_end(&mut out)?;
        Ok(out)
    }

    /// A reader that hands out one byte per call, like a slow pipe.
    struct Trickle(Vec<u8>, usize);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match self.0.get(self.1) {
                Some(b) if !buf.is_empty() => {
                    buf[0] = *b;
                    self.1 += 1;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    fn sniff_all<R: Read>(reader: R) -> (Content, Vec<u8>) {
        let (content, mut rest) = sniff(reader).unwrap();
        let mut all = Vec::new();
        rest.read_to_end(&mut all).unwrap();
        (content, all)
    }

    #[test]
    fn sniffing_table() {
        let compressed = gz(b"{}");
        for (name, input, expected) in [
            ("empty", &b""[..], Content::Text),
            ("text", b"Blinken met Shoukry.", Content::Text),
            ("json line", b"{\"text\": \"x\"}\n", Content::Jsonl),
            (
                "json after blank lines",
                b"\n \r\n\t{\"text\": 1}",
                Content::Jsonl,
            ),
            ("json after a BOM", b"\xef\xbb\xbf{}", Content::Jsonl),
            ("a BOM alone", b"\xef\xbb\xbf", Content::Text),
            ("a JSON array is text", b"[{}]", Content::Text),
            ("whitespace only", b" \n\n ", Content::Text),
            ("gzip", &compressed, Content::Gzip),
            ("the first magic byte alone", b"\x1f", Content::Text),
            ("the first magic byte, then text", b"\x1fabc", Content::Text),
        ] {
            for (how, (content, again)) in [
                ("at once", sniff_all(input)),
                ("byte by byte", sniff_all(Trickle(input.to_vec(), 0))),
            ] {
                assert_eq!(content, expected, "row {name:?}, read {how}");
                assert_eq!(again, input, "row {name:?}, read {how}: every byte again");
            }
        }
    }

    #[test]
    fn multi_member_data_is_read_to_the_end() {
        let mut both = gz(b"first\n");
        both.extend(gz(b"second\n"));
        assert_eq!(read_all(both).unwrap(), b"first\nsecond\n");
    }

    #[test]
    fn bad_data_is_named() {
        let whole = gz("Blinken met Shoukry in Cairo. ".repeat(50).as_bytes());
        let mut flipped = whole.clone();
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0xff;
        for (name, bytes, needle) in [
            ("not gzip", b"plain text".to_vec(), "not gzip data"),
            ("empty", Vec::new(), "not gzip data"),
            (
                "truncated",
                whole[..whole.len() / 2].to_vec(),
                "corrupt or truncated gzip",
            ),
            (
                "no trailer",
                whole[..whole.len() - 4].to_vec(),
                "corrupt or truncated gzip",
            ),
            ("corrupt", flipped, "corrupt or truncated gzip"),
        ] {
            let error = read_all(bytes).expect_err(name);
            assert_eq!(error.kind(), io::ErrorKind::InvalidData, "row {name:?}");
            assert!(error.to_string().contains(needle), "row {name:?}: {error}");
        }
    }

    #[test]
    fn errors_of_the_reader_pass_through() {
        struct Failing(Vec<u8>);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    return Err(io::Error::new(io::ErrorKind::PermissionDenied, "denied"));
                }
                let n = buf.len().min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0.drain(..n);
                Ok(n)
            }
        }
        let whole = gz(b"some text that is long enough");
        let mut out = Vec::new();
        let error = decompress(Failing(whole[..12].to_vec()))
            .unwrap()
            .read_to_end(&mut out)
            .unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied, "{error}");
        assert_eq!(error.to_string(), "denied");
    }
}
