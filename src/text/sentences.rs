//! Splitting a document (the original, unfolded text) into sentences, as byte ranges.
//!
//! Sentences are the default co-occurrence window, so the splitter errs on the side of
//! *joining*: a missed break merges two sentences, a wrong break loses a relation.
//!
//! # Rules
//!
//! * A **line break** (`\n`, `\r\n` or a lone `\r`) always ends a sentence: headlines, photo
//!   captions and bylines are sentences of their own. Blank lines produce nothing.
//! * Otherwise a sentence ends after a **terminator run** (one or more of `.` `!` `?`, so
//!   `?!` and `...` count) plus any closing quotes or brackets right after it (`”` `"` `’`
//!   `'` `)` `]` `»`), when that is followed by whitespace and then by something that is not
//!   a lowercase letter (or by the end of the text). So `3.5 million` and `U.S.-led` do not
//!   break (no whitespace after the dot), nor does `"...", he said` or `No. it was`.
//! * A run that is a **single `.`** does not end a sentence when the token before it (the
//!   text since the last whitespace, without leading quotes or brackets) is
//!   - a known abbreviation, compared ASCII-case-insensitively (`OCT. 7`): titles (Mr, Mrs,
//!     Ms, Dr, Gen, Lt, Col, Maj, Capt, Sgt, Adm, Gov, Sen, Rep, Prof, Rev, St, Jr, Sr, Pres,
//!     Amb, Hon), months (Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec) and
//!     others (Inc, Corp, Ltd, Co, vs, approx, est, Fig, Vol, Ave, Blvd, Mt);
//!   - `No`, but only when a digit follows (`No. 10 Downing Street`; `He said no. Then` breaks);
//!   - a single letter, i.e. an initial (`J. Smith`, `Joseph R. Biden`);
//!   - a dotted acronym, single letters separated by dots (`U.S.`, `U.N.`, `D.C.`, `a.m.`,
//!     `e.g.`, `i.e.`), also as the last part of a hyphenated compound (`ASEAN-U.S.
//!     Summit`, `Japan–U.S. Alliance`).
//!
//!   `etc.` is deliberately *not* an abbreviation: mid-sentence it is followed by a lowercase
//!   word or a comma and does not break anyway, and before a capital it usually ends the
//!   sentence.
//!
//! The price of the abbreviation rules: a sentence that really ends in `U.S.`, `Inc.` or an
//! initial is joined with the next one (`...sanctions on the U.S. Then he left.` is one
//! sentence). That is accepted so that `U.S. Secretary of State Antony Blinken` stays whole.
//!
//! Each range is trimmed of surrounding whitespace (`char::is_whitespace`, so NBSP too) and is
//! never empty. The scan is one pass over the text: linear time, even on a 50 MB single line.

use std::ops::Range;

use super::calendar::MONTH_ABBREVIATIONS;

/// Iterator over sentence byte ranges of `text`, each trimmed of surrounding whitespace and
/// non-empty; see the [module docs](self) for the rules.
///
/// ```
/// use newsgraph::text::sentences;
///
/// let text = "Gaza talks\nU.S. envoy Antony Blinken arrived. He met Mr. Shoukry.";
/// let got: Vec<&str> = sentences(text).map(|r| &text[r]).collect();
/// assert_eq!(
///     got,
///     ["Gaza talks", "U.S. envoy Antony Blinken arrived.", "He met Mr. Shoukry."]
/// );
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, pos: 0 }
}

/// Iterator returned by [`sentences`]: byte ranges of the sentences of a text, in order.
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    /// Where the scan resumes.
    pos: usize,
}

/// Abbreviations after which a single `.` does not end a sentence (compared ignoring ASCII
/// case). `No` is handled separately.
const ABBREVIATIONS: [&[&str]; 3] = [TITLES, MONTH_ABBREVIATIONS, OTHERS];
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
    "prof", "rev", "st", "jr", "sr", "pres", "amb", "hon",
];
const OTHERS: &[&str] = &[
    "inc", "corp", "ltd", "co", "vs", "approx", "est", "fig", "vol", "ave", "blvd", "mt",
];

/// Tokens longer than this (in bytes) are never abbreviations; bounds the check.
const MAX_ABBREVIATION_LEN: usize = 16;

fn is_line_break(c: char) -> bool {
    c == '\n' || c == '\r'
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

/// The ASCII bytes a sentence's scan steps over without a look: neither a line break,
/// whitespace nor a terminator (letters, digits, most punctuation). Other bytes are 0.
static PLAIN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x80 {
        table[byte] = !matches!(byte as u8, b'\t'..=b'\r' | b' ' | b'.' | b'!' | b'?');
        byte += 1;
    }
    table
};

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '\u{201D}' | '"' | '\u{2019}' | '\'' | ')' | ']' | '\u{BB}'
    )
}

/// The char starting at byte `i` of `text`, if any (`i` must be a char boundary or the end).
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|rest| rest.chars().next())
}

/// Whether a single `.` after `token` (the text since the last whitespace, before the dot)
/// is not a sentence end, given the char `next` that starts the following word.
fn is_abbreviation(token: &str, next: char) -> bool {
    if token.len() > MAX_ABBREVIATION_LEN {
        return false;
    }
    let token = token.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "ASEAN-U.S. Summit": the compound's last part is the abbreviation.
    let token = token.rsplit(['-', '\u{2013}']).next().unwrap_or(token);
    if token.eq_ignore_ascii_case("no") {
        return next.is_ascii_digit();
    }
    if ABBREVIATIONS
        .iter()
        .flat_map(|list| list.iter())
        .any(|a| a.eq_ignore_ascii_case(token))
    {
        return true;
    }
    // An initial ("R") or a dotted acronym ("U.S", "a.m"): single letters between dots.
    !token.is_empty()
        && token.split('.').all(|part| {
            let mut chars = part.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
        })
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        // Start of the sentence: the first non-whitespace char from `pos`.
        let rest = text.get(self.pos..)?;
        let start = self.pos + (rest.len() - rest.trim_start().len());
        if start >= text.len() {
            self.pos = text.len();
            return None;
        }
        let mut i = start;
        // Start of the current whitespace-delimited token.
        let mut token_start = start;
        let end = loop {
            let Some(&b) = text.as_bytes().get(i) else {
                break text.len();
            };
            if PLAIN_BYTES[usize::from(b)] {
                // Fast path for the common case.
                i += 1;
                continue;
            }
            if b == b' ' {
                // A space between words (neither a line break nor a terminator): a new
                // token starts after it.
                i += 1;
                token_start = i;
                continue;
            }
            let c = if b.is_ascii() {
                b as char
            } else {
                match char_at(text, i) {
                    Some(c) => c,
                    None => break text.len(),
                }
            };
            if is_line_break(c) {
                break i;
            }
            if c.is_whitespace() {
                i += c.len_utf8();
                token_start = i;
                continue;
            }
            if !is_terminator(c) {
                i += c.len_utf8();
                continue;
            }
            // A terminator run, then closing quotes and brackets.
            let run_start = i;
            let mut j = i;
            while let Some(t) = char_at(text, j).filter(|&t| is_terminator(t)) {
                j += t.len_utf8();
            }
            let single_dot = j - run_start == 1 && c == '.';
            while let Some(q) = char_at(text, j).filter(|&q| is_closer(q)) {
                j += q.len_utf8();
            }
            let after = j;
            match char_at(text, after) {
                None => break after,
                Some(w) if w.is_whitespace() => {
                    // Look at the next word on the same line.
                    let tail = &text[after..];
                    let trimmed =
                        tail.trim_start_matches(|w: char| w.is_whitespace() && !is_line_break(w));
                    let breaks = match trimmed.chars().next() {
                        None => true,
                        Some(n) if is_line_break(n) => true,
                        Some(n) if n.is_lowercase() => false,
                        Some(n) => {
                            !(single_dot && is_abbreviation(&text[token_start..run_start], n))
                        }
                    };
                    if breaks {
                        break after;
                    }
                    // Resume at the whitespace; the next word is not rescanned twice since
                    // only horizontal whitespace was skipped to peek at it.
                    i = after;
                }
                // No whitespace after ("3.5", "U.S.-led", "said.”Then"): part of the token.
                Some(_) => i = after,
            }
        };
        self.pos = end;
        let sentence = text[start..end].trim_end();
        Some(start..start + sentence.len())
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_bytes_are_the_ascii_chars_the_scan_steps_over() {
        for byte in 0..=u8::MAX {
            let c = char::from(byte);
            let plain =
                byte.is_ascii() && !is_line_break(c) && !c.is_whitespace() && !is_terminator(c);
            assert_eq!(PLAIN_BYTES[usize::from(byte)], plain, "byte {byte:#04x}");
        }
    }

    struct Row {
        name: &'static str,
        input: &'static str,
        expected: &'static [&'static str],
    }

    const ROWS: &[Row] = &[
        // Basics.
        Row {
            name: "empty",
            input: "",
            expected: &[],
        },
        Row {
            name: "only whitespace",
            input: " \n\r\n\t\u{a0} ",
            expected: &[],
        },
        Row {
            name: "two sentences",
            input: "Blinken arrived in Cairo. He met Shoukry.",
            expected: &["Blinken arrived in Cairo.", "He met Shoukry."],
        },
        Row {
            name: "trailing text without a period",
            input: "He arrived. Talks continue",
            expected: &["He arrived.", "Talks continue"],
        },
        Row {
            name: "leading and trailing whitespace trimmed",
            input: "  \u{a0}He arrived.   Then left.  \u{a0}",
            expected: &["He arrived.", "Then left."],
        },
        Row {
            name: "question then statement",
            input: "What now? Nobody knows.",
            expected: &["What now?", "Nobody knows."],
        },
        Row {
            name: "interrobang run",
            input: "Really?! Yes!",
            expected: &["Really?!", "Yes!"],
        },
        Row {
            name: "ellipsis before capital breaks",
            input: "He paused... Then he spoke.",
            expected: &["He paused...", "Then he spoke."],
        },
        Row {
            name: "ellipsis before lowercase joins",
            input: "He paused... and then spoke.",
            expected: &["He paused... and then spoke."],
        },
        Row {
            name: "lowercase after period joins",
            input: "It was 5 p.m. local time. Talks began.",
            expected: &["It was 5 p.m. local time.", "Talks began."],
        },
        Row {
            name: "digit after period breaks",
            input: "He left. 130 hostages remain.",
            expected: &["He left.", "130 hostages remain."],
        },
        // Line breaks.
        Row {
            name: "headline separated by newline",
            input: "US top diplomat visits Egypt to push for Gaza truce\nUS Secretary of State Antony Blinken is set to meet Egyptian officials.",
            expected: &[
                "US top diplomat visits Egypt to push for Gaza truce",
                "US Secretary of State Antony Blinken is set to meet Egyptian officials.",
            ],
        },
        Row {
            name: "crlf",
            input: "Ceasefire talks\r\nFor months, talks went on.\r\n",
            expected: &["Ceasefire talks", "For months, talks went on."],
        },
        Row {
            name: "lone cr",
            input: "One\rTwo",
            expected: &["One", "Two"],
        },
        Row {
            name: "blank lines",
            input: "One\n\n\n  \nTwo\n",
            expected: &["One", "Two"],
        },
        Row {
            name: "line break beats lowercase continuation",
            input: "photo by AP\nbyline here",
            expected: &["photo by AP", "byline here"],
        },
        // Abbreviations.
        Row {
            name: "us secretary of state",
            input: "U.S. Secretary of State Antony Blinken arrived.",
            expected: &["U.S. Secretary of State Antony Blinken arrived."],
        },
        Row {
            name: "un monitors",
            input: "According to U.N. humanitarian monitors, it grew. Egypt warned.",
            expected: &["According to U.N. humanitarian monitors, it grew.", "Egypt warned."],
        },
        Row {
            name: "sentence ending in acronym joins the next",
            input: "He criticised the U.S. Then he left.",
            expected: &["He criticised the U.S. Then he left."],
        },
        Row {
            name: "acronym ending a hyphenated compound",
            input: "They met at the ASEAN-U.S. Summit. Japan\u{2013}U.S. Alliance talks ended.",
            expected: &["They met at the ASEAN-U.S. Summit.", "Japan\u{2013}U.S. Alliance talks ended."],
        },
        Row {
            name: "month",
            input: "It began on Oct. 7 last year. Israel responded.",
            expected: &["It began on Oct. 7 last year.", "Israel responded."],
        },
        Row {
            name: "month in capitals",
            input: "CAIRO, OCT. 7 (AP) Talks resumed.",
            expected: &["CAIRO, OCT. 7 (AP) Talks resumed."],
        },
        Row {
            name: "title",
            input: "Mr. Blinken met Dr. Shoukry. They talked.",
            expected: &["Mr. Blinken met Dr. Shoukry.", "They talked."],
        },
        Row {
            name: "middle initial",
            input: "President Joseph R. Biden spoke. Aides listened.",
            expected: &["President Joseph R. Biden spoke.", "Aides listened."],
        },
        Row {
            name: "first initial",
            input: "J. Smith reported. Others agreed.",
            expected: &["J. Smith reported.", "Others agreed."],
        },
        Row {
            name: "number abbreviation before digit",
            input: "He went to No. 10 Downing Street. Then left.",
            expected: &["He went to No. 10 Downing Street.", "Then left."],
        },
        Row {
            name: "no before capital breaks",
            input: "The answer was No. Talks ended.",
            expected: &["The answer was No.", "Talks ended."],
        },
        Row {
            name: "etc before capital breaks",
            input: "Food, water, fuel, etc. The aid waits.",
            expected: &["Food, water, fuel, etc.", "The aid waits."],
        },
        Row {
            name: "abbreviation inside opening quote or bracket",
            input: "He said (Gen. Halevi agreed) yes. Done.",
            expected: &["He said (Gen. Halevi agreed) yes.", "Done."],
        },
        Row {
            name: "eg and ie",
            input: "Some states, e.g. Qatar, mediate. Others do not.",
            expected: &["Some states, e.g. Qatar, mediate.", "Others do not."],
        },
        Row {
            name: "company",
            input: "Shares of Acme Inc. Rose sharply.",
            expected: &["Shares of Acme Inc. Rose sharply."],
        },
        // Numbers and punctuation inside words.
        Row {
            name: "decimal",
            input: "About 3.5 million people fled. Aid arrived.",
            expected: &["About 3.5 million people fled.", "Aid arrived."],
        },
        Row {
            name: "us-led",
            input: "The U.S.-led talks resumed. Hamas replied.",
            expected: &["The U.S.-led talks resumed.", "Hamas replied."],
        },
        // Quotes.
        Row {
            name: "closing curly quote after period",
            input: "He said: \u{201C}We will meet.\u{201D} Then he left.",
            expected: &["He said: \u{201C}We will meet.\u{201D}", "Then he left."],
        },
        Row {
            name: "closing straight quote after period",
            input: "\"We hope so.\" The talks go on.",
            expected: &["\"We hope so.\"", "The talks go on."],
        },
        Row {
            name: "opening quote starts next sentence",
            input: "He spoke. \u{201C}We actually have a resolution,\u{201D} he said.",
            expected: &["He spoke.", "\u{201C}We actually have a resolution,\u{201D} he said."],
        },
        Row {
            name: "curly apostrophe in word",
            input: "Blinken\u{2019}s visit ended. Israel\u{2019}s reply came.",
            expected: &["Blinken\u{2019}s visit ended.", "Israel\u{2019}s reply came."],
        },
        Row {
            name: "quote then comma joins",
            input: "\u{201C}We will meet.\u{201D}, he said.",
            expected: &["\u{201C}We will meet.\u{201D}, he said."],
        },
        Row {
            name: "non-latin text",
            input: "Блинкен прибыл. Он встретился с Шукри.",
            expected: &["Блинкен прибыл.", "Он встретился с Шукри."],
        },
        Row {
            name: "nbsp after period",
            input: "He arrived.\u{a0}Talks began.",
            expected: &["He arrived.", "Talks began."],
        },
        // From the corpus.
        Row {
            name: "corpus 002 opening",
            input: "U.S. Secretary of State Antony Blinken emphasized the urgency of reaching a Gaza cease-fire agreement. Blinken\u{2019}s recent diplomatic mission to the Middle East, his ninth since the conflict began, coincides with renewed optimism.",
            expected: &[
                "U.S. Secretary of State Antony Blinken emphasized the urgency of reaching a Gaza cease-fire agreement.",
                "Blinken\u{2019}s recent diplomatic mission to the Middle East, his ninth since the conflict began, coincides with renewed optimism.",
            ],
        },
        Row {
            name: "corpus 000 quote",
            input: "urging an \"immediate cease-fire\" in Gaza.\n\"We actually have a resolution,\" he stated.",
            expected: &[
                "urging an \"immediate cease-fire\" in Gaza.",
                "\"We actually have a resolution,\" he stated.",
            ],
        },
    ];

    #[test]
    fn sentences_table() {
        for row in ROWS {
            let got: Vec<&str> = sentences(row.input).map(|r| &row.input[r]).collect();
            assert_eq!(got, row.expected, "row {:?}", row.name);
        }
    }

    #[test]
    fn fused() {
        let mut it = sentences("One.");
        assert_eq!(it.next(), Some(0..4));
        assert_eq!(it.next(), None);
        assert_eq!(it.next(), None);
    }

    #[test]
    fn linear_on_long_single_line() {
        // Worst cases for a rescanning splitter: one huge token, many short abbreviations.
        let n = 2_000_000;
        let long_token = "a".repeat(n) + ". Next.";
        assert_eq!(sentences(&long_token).count(), 2);
        let many = "Mr. X ".repeat(n / 6);
        assert_eq!(sentences(&many).count(), 1);
        let dots = ".".repeat(n) + " A";
        assert_eq!(sentences(&dots).count(), 2);
    }
}
