//! TEMPORARY stub, replaced by the real text module.
pub mod fold {
    #[derive(Default)]
    pub struct FoldedText { folded: String, origin: Vec<u32>, len: usize }
    pub fn fold_str(s: &str) -> String { FoldedText::new(s).folded }
    impl FoldedText {
        pub fn new(o: &str) -> Self { let mut f = Self::default(); f.refold(o); f }
        pub fn refold(&mut self, o: &str) {
            self.folded.clear(); self.origin.clear(); self.len = o.len();
            let mut prev_space = false;
            for (i, c) in o.char_indices() {
                if c.is_whitespace() { if prev_space { continue; } prev_space = true; self.folded.push(' '); self.origin.push(i as u32); continue; }
                prev_space = false;
                for l in c.to_lowercase() { let n = l.len_utf8(); self.folded.push(l); for _ in 0..n { self.origin.push(i as u32); } }
            }
        }
        pub fn as_str(&self) -> &str { &self.folded }
        pub fn original_offset(&self, i: usize) -> usize { if i >= self.origin.len() { self.len } else { self.origin[i] as usize } }
        pub fn original_span(&self, s: usize, e: usize) -> std::ops::Range<usize> { todo!() }
    }
}
pub mod sentences {
    pub fn sentences(t: &str) -> Sentences<'_> { Sentences { t, pos: 0 } }
    pub struct Sentences<'a> { t: &'a str, pos: usize }
    impl Iterator for Sentences<'_> { type Item = std::ops::Range<usize>; fn next(&mut self) -> Option<Self::Item> { None } }
}
pub use fold::{fold_str, FoldedText};
pub use sentences::{sentences, Sentences};
pub mod decode {
    pub struct Decoded { pub text: String, pub warnings: Vec<DecodeWarning> }
    #[derive(Debug)] pub enum DecodeWarning { InvalidUtf8 { offset: usize, count: usize } }
    impl std::fmt::Display for DecodeWarning { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { write!(f, "invalid utf8") } }
    #[derive(Debug)] pub enum DecodeError { Binary { offset: usize } }
    pub fn decode(b: &[u8]) -> Result<Decoded, DecodeError> { Ok(Decoded { text: String::from_utf8_lossy(b).into_owned(), warnings: vec![] }) }
}
pub use decode::{decode, Decoded, DecodeError, DecodeWarning};
