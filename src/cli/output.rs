//! What the commands print, from one place: terminal text made safe ([`sanitize`]),
//! colour ([`Style`]), and the evidence lines `neighbors` and `path` share.
//!
//! # Terminal text
//!
//! Names, evidence sentences and document ids come from the corpus and the gazetteer,
//! so anyone who can write an article can try to write to the reader's terminal.
//! [`sanitize`] escapes, as `\u{…}` (or `\t`, `\r`, `\n`), every character that is
//! not shown as itself (the rules of fd's `sanitize.rs`, one table row per attack):
//!
//! | what | characters | attack |
//! |------|------------|--------|
//! | C0 controls and DEL | U+0000–U+001F, U+007F | ESC starts CSI/OSC sequences (OSC 52 writes the clipboard, OSC 8 hides links); CR rewrites the line |
//! | C1 controls | U+0080–U+009F | U+009B is a one-byte CSI, U+009D a one-byte OSC |
//! | bidirectional controls | U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 | "Trojan Source": U+202E shows text backwards |
//! | invisible format characters | U+00AD, U+180E, U+200B–U+200D, U+2028, U+2029, U+2060–U+2064, U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB | two names that look alike but differ |
//! | tag characters | U+E0000–U+E007F | invisible text smuggled inside a name |
//!
//! Only table output is sanitised: JSON escapes through serde, CSV through the csv
//! crate, and both are data a program reads back unchanged.
//!
//! # Colour
//!
//! Table headers are bold, meetings magenta and the names in evidence highlighted, when
//! standard output is a terminal; `NO_COLOR`, `CLICOLOR=0` and `CLICOLOR_FORCE` are
//! honoured as `anstream` reads them. Without colour, highlighted names are bracketed.

use std::borrow::Cow;
use std::fmt::Write as _;

use anstyle::{AnsiColor, Effects};
use newsgraph::graph::evidence::EvidenceRef;
use serde::Serialize;

/// Whether `c` must be escaped before it reaches a terminal (see the module docs).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{00AD}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2060}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// `s` with every unsafe character escaped (`\t`, `\r`, `\n`, else `\u{…}`), so that
/// text from a corpus cannot move the cursor, set the clipboard or reorder what is shown.
/// Borrows `s` when nothing needs escaping.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The width of `s` as [`sanitize`] prints it, in characters (for aligned columns).
pub fn width(s: &str) -> usize {
    sanitize(s).chars().count()
}

/// Terminal styling of table output: ANSI colour when standard output takes it, plain
/// text (and brackets around highlighted names) otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    colour: bool,
}

impl Style {
    /// The style standard output takes: colour on a terminal unless `NO_COLOR` (or
    /// `CLICOLOR=0`) is set, or when `CLICOLOR_FORCE` is.
    pub fn for_stdout() -> Style {
        let choice = anstream::AutoStream::choice(&std::io::stdout());
        Style {
            colour: choice != anstream::ColorChoice::Never,
        }
    }

    /// No colour at all.
    #[cfg(test)]
    pub fn plain() -> Style {
        Style { colour: false }
    }

    fn paint(self, style: anstyle::Style, s: &str) -> String {
        if self.colour {
            format!("{style}{s}{style:#}")
        } else {
            s.to_string()
        }
    }

    /// A header line.
    pub fn bold(self, s: &str) -> String {
        self.paint(anstyle::Style::new().effects(Effects::BOLD), s)
    }

    /// A count of meetings.
    pub fn met(self, s: &str) -> String {
        self.paint(AnsiColor::Magenta.on_default(), s)
    }

    /// A name inside an evidence sentence.
    pub fn highlight(self, s: &str) -> String {
        if self.colour {
            self.paint(AnsiColor::Yellow.on_default().effects(Effects::BOLD), s)
        } else {
            format!("[{s}]")
        }
    }
}

/// `text`, sanitised, with each of `forms` highlighted where it first occurs.
pub fn highlight(text: &str, forms: &[&str], style: Style) -> String {
    let mut spans: Vec<(usize, usize)> = forms
        .iter()
        .filter(|f| !f.is_empty())
        .filter_map(|f| text.find(f).map(|i| (i, i + f.len())))
        .collect();
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len() + 16);
    let mut pos = 0;
    for (start, end) in spans {
        if start < pos {
            continue;
        }
        out.push_str(&sanitize(&text[pos..start]));
        out.push_str(&style.highlight(&sanitize(&text[start..end])));
        pos = end;
    }
    out.push_str(&sanitize(&text[pos..]));
    out
}

/// One evidence sentence as `neighbors --why` and `path` print it (in JSON too).
#[derive(Debug, Serialize)]
pub struct EvidenceLine<'a> {
    /// The document's id.
    pub document: &'a str,
    /// Byte offset of the window in the document.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// The window's text.
    pub text: &'a str,
    /// The document's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    /// For a meeting: the cue that said so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<&'a str>,
    /// For a meeting: whether it was only planned.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
    /// For a meeting: `meeting`, `phone`, `visit`, `host` or `talks`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// For a meeting: its CAMEO event code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameo: Option<&'static str>,
    /// The two entities as written in the text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<&'a str>,
}

impl<'a> EvidenceLine<'a> {
    /// The printed form of one evidence window.
    pub fn of(e: EvidenceRef<'a>) -> EvidenceLine<'a> {
        EvidenceLine {
            document: e.doc.id(),
            start: e.start,
            end: e.end,
            text: e.text,
            date: e.doc.date(),
            met: e.met.map(|m| m.cue),
            planned: e.met.is_some_and(|m| m.planned),
            kind: e.met.map(|m| m.kind.as_str()),
            cameo: e.met.map(|m| m.kind.cameo(m.planned)),
            forms: e.forms.into_iter().filter(|f| !f.is_empty()).collect(),
        }
    }

    /// The indented line a table prints under a link: place, tag and the sentence with
    /// the two names highlighted, all sanitised.
    pub fn to_table_line(&self, style: Style) -> String {
        format!(
            "    {}:{}-{}{}  {}",
            sanitize(self.document),
            self.start,
            self.end,
            self.tag(),
            highlight(self.text, &self.forms, style)
        )
    }

    /// The tag after an evidence window's place: ` [met: "cue"; phone, CAMEO 041]`,
    /// ` [met, planned: "cue"; meeting, CAMEO 036]`, or nothing for a plain co-mention.
    pub fn tag(&self) -> String {
        let Some(cue) = self.met else {
            return String::new();
        };
        let planned = if self.planned { ", planned" } else { "" };
        let kind = self.kind.unwrap_or("meeting");
        let cameo = self.cameo.unwrap_or("");
        format!(
            " [met{planned}: \"{}\"; {kind}, CAMEO {cameo}]",
            sanitize(cue)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per attack: (what, input, printed).
    const ATTACKS: &[(&str, &str, &str)] = &[
        ("plain text", "Antony Blinken", "Antony Blinken"),
        ("accents and emoji stay", "Sisi 🚀 é", "Sisi 🚀 é"),
        (
            "right-to-left override",
            "abc\u{202E}fed",
            "abc\\u{202e}fed",
        ),
        ("right-to-left mark", "a\u{200F}b", "a\\u{200f}b"),
        ("isolate", "a\u{2067}b\u{2069}", "a\\u{2067}b\\u{2069}"),
        ("arabic letter mark", "a\u{061C}b", "a\\u{61c}b"),
        ("zero-width space", "Bli\u{200B}nken", "Bli\\u{200b}nken"),
        ("zero-width joiner", "a\u{200D}b", "a\\u{200d}b"),
        ("word joiner", "a\u{2060}b", "a\\u{2060}b"),
        ("byte-order mark", "\u{FEFF}a", "\\u{feff}a"),
        ("soft hyphen", "a\u{AD}b", "a\\u{ad}b"),
        ("line separator", "a\u{2028}b", "a\\u{2028}b"),
        (
            "tag characters",
            "a\u{E0041}\u{E007F}",
            "a\\u{e0041}\\u{e007f}",
        ),
        (
            "OSC 52 clipboard write",
            "x\x1b]52;c;ZWNobyBoaQ==\x07y",
            "x\\u{1b}]52;c;ZWNobyBoaQ==\\u{7}y",
        ),
        ("CSI colour", "\x1b[31mred", "\\u{1b}[31mred"),
        ("carriage return", "safe\revil", "safe\\revil"),
        ("newline and tab", "a\nb\tc", "a\\nb\\tc"),
        ("NUL and DEL", "a\0b\x7f", "a\\u{0}b\\u{7f}"),
        ("one-byte CSI (C1)", "a\u{9B}31m", "a\\u{9b}31m"),
        ("one-byte OSC (C1)", "a\u{9D}52;c;x", "a\\u{9d}52;c;x"),
    ];

    #[test]
    fn sanitize_escapes_every_attack() {
        for (what, input, printed) in ATTACKS {
            assert_eq!(sanitize(input), *printed, "{what}");
            assert!(
                !sanitize(input).chars().any(is_unsafe),
                "{what}: unsafe characters left"
            );
        }
    }

    #[test]
    fn safe_text_is_borrowed() {
        assert!(matches!(sanitize("Sameh Shoukry"), Cow::Borrowed(_)));
    }

    #[test]
    fn highlight_sanitises_around_and_inside_the_names() {
        let style = Style::plain();
        assert_eq!(
            highlight("Blinken\r met \u{202E}Sisi", &["Blinken", "Sisi"], style),
            "[Blinken]\\r met \\u{202e}[Sisi]"
        );
    }

    #[test]
    fn plain_style_adds_no_escapes() {
        let style = Style::plain();
        assert_eq!(style.bold("NAME"), "NAME");
        assert_eq!(style.met("1"), "1");
        assert_eq!(style.highlight("x"), "[x]");
    }
}
