//! Association measures computed from the counts the graph stores.
//!
//! For a pair x, y: `c(xy)` windows mention both (the edge's `weight`), `c(x)` and
//! `c(y)` windows mention each (the nodes' `windows`), and `N` windows were read (the
//! graph's `windows`). Then, with `p(.) = c(.) / N`:
//!
//! | measure | formula |
//! |---|---|
//! | `count` | `c(xy)` |
//! | `documents` | documents with a co-mention |
//! | `pmi` | `log2(p(xy) / (p(x) p(y)))` |
//! | `npmi` | `pmi / -log2(p(xy))`, in [-1, 1]; 1 when `p(xy) = 1` |
//! | `dice` | `2 c(xy) / (c(x) + c(y))` |
//! | `jaccard` | `c(xy) / (c(x) + c(y) - c(xy))` |
//!
//! PMI and NPMI are undefined when a count is zero; they are then `None`.

use std::fmt;

/// An association measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Measure {
    /// Co-mention windows.
    #[default]
    Count,
    /// Documents with a co-mention.
    Documents,
    /// Pointwise mutual information (bits).
    Pmi,
    /// Normalised PMI.
    Npmi,
    /// Dice coefficient.
    Dice,
    /// Jaccard index.
    Jaccard,
}

impl Measure {
    /// Every measure, in documentation order.
    pub const ALL: [Measure; 6] = [
        Measure::Count,
        Measure::Documents,
        Measure::Pmi,
        Measure::Npmi,
        Measure::Dice,
        Measure::Jaccard,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Count => "count",
            Measure::Documents => "documents",
            Measure::Pmi => "pmi",
            Measure::Npmi => "npmi",
            Measure::Dice => "dice",
            Measure::Jaccard => "jaccard",
        }
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Measure {
    type Err = String;
    fn from_str(s: &str) -> Result<Measure, String> {
        Measure::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| {
                format!("unknown measure {s:?}: use count, documents, pmi, npmi, dice or jaccard")
            })
    }
}

/// The counts behind a pair's measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PairCounts {
    /// Windows mentioning both.
    pub both: u64,
    /// Windows mentioning x.
    pub x: u64,
    /// Windows mentioning y.
    pub y: u64,
    /// Windows read.
    pub total: u64,
    /// Documents with a co-mention.
    pub documents: u64,
}

/// The value of `measure` for `counts`; `None` where it is undefined.
pub fn score(measure: Measure, c: PairCounts) -> Option<f64> {
    let (both, x, y, total) = (c.both as f64, c.x as f64, c.y as f64, c.total as f64);
    match measure {
        Measure::Count => Some(both),
        Measure::Documents => Some(c.documents as f64),
        Measure::Pmi => pmi(c),
        Measure::Npmi => {
            let pmi = pmi(c)?;
            let p = both / total;
            Some(if p >= 1.0 { 1.0 } else { pmi / -p.log2() })
        }
        Measure::Dice => (x + y > 0.0).then(|| 2.0 * both / (x + y)),
        Measure::Jaccard => (x + y - both > 0.0).then(|| both / (x + y - both)),
    }
}

fn pmi(c: PairCounts) -> Option<f64> {
    if c.both == 0 || c.x == 0 || c.y == 0 || c.total == 0 {
        return None;
    }
    let total = c.total as f64;
    let (pxy, px, py) = (
        c.both as f64 / total,
        c.x as f64 / total,
        c.y as f64 / total,
    );
    Some((pxy / (px * py)).log2())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hand computation: N = 100 windows, x in 20, y in 10, both in 5.
    /// p(xy) = .05, p(x) = .2, p(y) = .1 -> PMI = log2(.05 / .02) = log2(2.5) = 1.321928...
    /// NPMI = 1.321928 / -log2(.05) = 1.321928 / 4.321928 = 0.3058654...
    /// Dice = 10 / 30 = 0.3333..., Jaccard = 5 / 25 = 0.2.
    const HAND: PairCounts = PairCounts {
        both: 5,
        x: 20,
        y: 10,
        total: 100,
        documents: 3,
    };

    #[test]
    fn formulas_match_hand_computation() {
        let rows: [(Measure, PairCounts, Option<f64>); 12] = [
            (Measure::Count, HAND, Some(5.0)),
            (Measure::Documents, HAND, Some(3.0)),
            (Measure::Pmi, HAND, Some(1.321_928_094_887_362_3)),
            (Measure::Npmi, HAND, Some(0.305_865_360_520_722_4)),
            (Measure::Dice, HAND, Some(1.0 / 3.0)),
            (Measure::Jaccard, HAND, Some(0.2)),
            // Independent: p(xy) = p(x) p(y) -> PMI 0, NPMI 0.
            (
                Measure::Pmi,
                PairCounts {
                    both: 2,
                    x: 20,
                    y: 10,
                    total: 100,
                    documents: 1,
                },
                Some(0.0),
            ),
            (
                Measure::Npmi,
                PairCounts {
                    both: 2,
                    x: 20,
                    y: 10,
                    total: 100,
                    documents: 1,
                },
                Some(0.0),
            ),
            // Always together in every window: NPMI 1, Dice 1, Jaccard 1.
            (
                Measure::Npmi,
                PairCounts {
                    both: 4,
                    x: 4,
                    y: 4,
                    total: 4,
                    documents: 1,
                },
                Some(1.0),
            ),
            (
                Measure::Jaccard,
                PairCounts {
                    both: 4,
                    x: 4,
                    y: 4,
                    total: 4,
                    documents: 1,
                },
                Some(1.0),
            ),
            // Never together: PMI undefined, Dice 0.
            (
                Measure::Pmi,
                PairCounts {
                    both: 0,
                    x: 3,
                    y: 3,
                    total: 10,
                    documents: 0,
                },
                None,
            ),
            (
                Measure::Dice,
                PairCounts {
                    both: 0,
                    x: 3,
                    y: 3,
                    total: 10,
                    documents: 0,
                },
                Some(0.0),
            ),
        ];
        for (measure, counts, expected) in rows {
            let got = score(measure, counts);
            match (got, expected) {
                (Some(g), Some(e)) => {
                    assert!((g - e).abs() < 1e-9, "{measure} of {counts:?}: {g} != {e}")
                }
                (g, e) => assert_eq!(g, e, "{measure} of {counts:?}"),
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for m in Measure::ALL {
            assert_eq!(m.as_str().parse::<Measure>().unwrap(), m);
        }
        assert!("mi".parse::<Measure>().is_err());
    }
}
