//! `graph.json.gz`: the bytes of `graph.json`, gzip-compressed on all cores, the same
//! bytes for any thread count. It is the graph file `newsgraph build` writes by
//! default, the one output that is smaller than its input.
//!
//! The rules:
//!
//! - The uncompressed stream is cut into blocks of exactly [`BLOCK`] bytes (the last
//!   one shorter), whatever the sizes of the writes that made it; each block becomes
//!   one gzip member (RFC 1952 §2.2: a gzip file is a series of members). Members
//!   are compressed in parallel on the current rayon pool and written in order, so
//!   the output depends only on the bytes written, never on `--jobs`.
//! - Every member's header is the same fixed ten bytes (no name, modification time 0,
//!   OS "unknown"), so the same graph always gives the same file.
//! - Readers must read every member: `gzip -d`, `zcat`, Python's `gzip.open`,
//!   flate2's `MultiGzDecoder` (which [`crate::export::json::read_graph`] uses) do.
//!
//! Why gzip, and why members: on the 100 MB synthetic benchmark corpus `graph.json`
//! is 2.7× its input, and its edge records without any evidence are already 1.17×,
//! so no layout of plain JSON that keeps the edges' attributes gets below the input.
//! Compressed at level [`LEVEL`] it is 0.41× (README, "graph.json"). A single member
//! would compress on one core; 4 MiB members cost well under 1% in size.

use std::io::{self, Write};

use flate2::write::GzEncoder;
use flate2::{Compression, GzBuilder};
use rayon::prelude::*;

/// Uncompressed bytes per gzip member.
pub const BLOCK: usize = 4 << 20;

/// The compression level: on the benchmark corpus level 2 gives 0.41× the input in
/// 2.4 s, level 1 0.57× in 1.9 s, level 6 0.31× in 11.2 s.
pub const LEVEL: u32 = 2;

/// Full blocks held before they are compressed together (per rayon thread).
const BLOCKS_PER_THREAD: usize = 2;

/// A writer that gzip-compresses what it is given into `out` as described in the
/// module docs. Call [`ParallelGz::finish`] at the end: dropping it without that
/// loses the last blocks.
pub struct ParallelGz<W: Write> {
    out: W,
    /// The block being filled.
    block: Vec<u8>,
    /// Full blocks waiting to be compressed.
    full: Vec<Vec<u8>>,
}

impl<W: Write> ParallelGz<W> {
    /// A compressor writing to `out`.
    pub fn new(out: W) -> ParallelGz<W> {
        ParallelGz {
            out,
            block: Vec::with_capacity(BLOCK),
            full: Vec::new(),
        }
    }

    /// Compresses the full blocks waiting, in parallel, and writes them in order.
    fn compress_full(&mut self) -> io::Result<()> {
        let members: Vec<io::Result<Vec<u8>>> = self.full.par_iter().map(|b| member(b)).collect();
        self.full.clear();
        for bytes in members {
            self.out.write_all(&bytes?)?;
        }
        Ok(())
    }

    /// Compresses what is left (an empty stream still gives one, empty, member) and
    /// flushes; returns the underlying writer.
    ///
    /// # Errors
    /// Only what `out` reports.
    pub fn finish(mut self) -> io::Result<W> {
        if !self.block.is_empty() || self.full.is_empty() {
            let last = std::mem::take(&mut self.block);
            self.full.push(last);
        }
        self.compress_full()?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// One block as one gzip member.
fn member(block: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder: GzEncoder<Vec<u8>> = GzBuilder::new().mtime(0).write(
        Vec::with_capacity(block.len() / 3 + 64),
        Compression::new(LEVEL),
    );
    encoder.write_all(block)?;
    encoder.finish()
}

impl<W: Write> Write for ParallelGz<W> {
    fn write(&mut self, mut buf: &[u8]) -> io::Result<usize> {
        let n = buf.len();
        while !buf.is_empty() {
            let room = BLOCK - self.block.len();
            let (now, later) = buf.split_at(room.min(buf.len()));
            self.block.extend_from_slice(now);
            buf = later;
            if self.block.len() == BLOCK {
                let full = std::mem::replace(&mut self.block, Vec::with_capacity(BLOCK));
                self.full.push(full);
                if self.full.len() >= BLOCKS_PER_THREAD * rayon::current_num_threads() {
                    self.compress_full()?;
                }
            }
        }
        Ok(n)
    }

    /// Writes out what is already compressed; a block being filled stays (flushing
    /// never changes where blocks end).
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Gzip-compresses `bytes` as [`ParallelGz`] does.
pub fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut gz = ParallelGz::new(Vec::new());
    gz.write_all(bytes).expect("writing to memory cannot fail");
    gz.finish().expect("writing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes)
            .read_to_end(&mut out)
            .expect("valid gzip");
        out
    }

    /// Deterministic bytes that compress somewhat, like JSON.
    fn sample(len: usize) -> Vec<u8> {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                b"{}[],:\"abcdefgh0123 "[(x % 20) as usize]
            })
            .collect()
    }

    #[test]
    fn round_trips_and_cuts_members_at_fixed_sizes() {
        // name, uncompressed length, members expected
        let rows = [
            ("empty", 0, 1),
            ("one byte", 1, 1),
            ("one block exactly", BLOCK, 1),
            ("one block and a byte", BLOCK + 1, 2),
            ("many blocks", 5 * BLOCK + 17, 6),
        ];
        for (name, len, members) in rows {
            let data = sample(len);
            let packed = compress(&data);
            assert_eq!(gunzip(&packed), data, "{name}: round trip");
            // Each member starts with the fixed header; count them by decoding one
            // member at a time.
            let mut count = 0;
            let mut rest = &packed[..];
            while !rest.is_empty() {
                let mut decoder = flate2::bufread::GzDecoder::new(rest);
                let mut sink = Vec::new();
                decoder.read_to_end(&mut sink).expect("a member");
                rest = decoder.into_inner();
                count += 1;
            }
            assert_eq!(count, members, "{name}: members");
        }
    }

    #[test]
    fn same_bytes_whatever_the_writes_and_threads() {
        let data = sample(3 * BLOCK + 1234);
        let whole = compress(&data);
        for (threads, chunk) in [(1, 1 << 20), (2, 7), (3, BLOCK - 1), (4, 3 * BLOCK)] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("a pool");
            let packed = pool.install(|| {
                let mut gz = ParallelGz::new(Vec::new());
                for piece in data.chunks(chunk) {
                    gz.write_all(piece).expect("memory");
                    gz.flush().expect("memory");
                }
                gz.finish().expect("memory")
            });
            assert!(
                packed == whole,
                "{threads} threads, writes of {chunk} bytes: different bytes"
            );
        }
    }
}
