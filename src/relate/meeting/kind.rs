//! What kind of meeting a cue states, and its CAMEO event code.
//!
//! The kind is read from the words of the cue phrase, most specific first: a phone or
//! video call; a host receiving a guest; a visit; talks or negotiations; any other
//! meeting. The CAMEO codes (the event codebook behind GDELT and ICEWS) line the graph
//! up with event data: 040 consult, 041 discuss by telephone, 042 make a visit, 043 host
//! a visit, 046 engage in negotiation, and 036 express intent to meet for any meeting
//! that is announced, not yet held.

use std::fmt;

/// The kind of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum MeetingKind {
    /// In person: "met", "a summit with", "sat down with".
    #[default]
    Meeting,
    /// By phone or video: "spoke by phone with", "a call with".
    Phone,
    /// One side travels to the other: "visited President X".
    Visit,
    /// One side receives the other: "hosted", "received", "welcomed".
    Host,
    /// Talks or negotiations: "held talks with", "talks between".
    Talks,
}

impl MeetingKind {
    /// Every kind, in order.
    pub const ALL: [MeetingKind; 5] = [
        MeetingKind::Meeting,
        MeetingKind::Phone,
        MeetingKind::Visit,
        MeetingKind::Host,
        MeetingKind::Talks,
    ];

    /// The kind's name as written in outputs: `meeting`, `phone`, `visit`, `host`, `talks`.
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::Meeting => "meeting",
            MeetingKind::Phone => "phone",
            MeetingKind::Visit => "visit",
            MeetingKind::Host => "host",
            MeetingKind::Talks => "talks",
        }
    }

    /// Parses a kind's name.
    pub fn parse(s: &str) -> Option<MeetingKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The CAMEO event code: `036` for any planned meeting, else 040/041/042/043/046.
    pub fn cameo(self, planned: bool) -> &'static str {
        if planned {
            return "036";
        }
        match self {
            MeetingKind::Meeting => "040",
            MeetingKind::Phone => "041",
            MeetingKind::Visit => "042",
            MeetingKind::Host => "043",
            MeetingKind::Talks => "046",
        }
    }

    /// The kind a cue phrase (folded, lowercase) states.
    pub fn of_phrase(phrase: &str) -> MeetingKind {
        /// Events given for a guest ("a state dinner for X").
        const GIVEN_FOR: &[&str] = &[
            "dinner",
            "luncheon",
            "lunch",
            "banquet",
            "reception",
            "ceremony",
            "honor",
            "honour",
            "invitation",
        ];
        /// Words of a call.
        const PHONE: &[&str] = &[
            "phone",
            "phoned",
            "telephone",
            "telephoned",
            "call",
            "calls",
            "called",
            "video",
            "videoconference",
            "virtual",
            "virtually",
        ];
        /// Words of hosting.
        const HOST: &[&str] = &[
            "host",
            "hosts",
            "hosted",
            "hosting",
            "receive",
            "receives",
            "received",
            "receiving",
            "welcome",
            "welcomes",
            "welcomed",
            "welcoming",
            "greet",
            "greets",
            "greeted",
            "audience",
            "hospitality",
            "inviting",
            "co-host",
            "co-hosts",
            "co-hosted",
            "co-hosting",
        ];
        /// Words of a visit.
        const VISIT: &[&str] = &["visit", "visits", "visited", "visiting"];
        /// Words of talks.
        const TALKS: &[&str] = &[
            "talks",
            "talk",
            "talked",
            "negotiations",
            "negotiated",
            "negotiating",
            "negotiate",
            "discussions",
            "discussion",
            "discussed",
            "discuss",
            "discusses",
            "discussing",
            "consultations",
            "dialogue",
            "consulted",
            "negotiates",
            "conferred",
            "confers",
            "conferring",
            "exchanged",
            "views",
            "perspectives",
        ];
        // Which of the lists the phrase has a word of, read in one pass over its words.
        let (mut courtesy, mut given, mut call, mut hosts, mut visits, mut talks) =
            (false, false, false, false, false, false);
        for w in phrase.split(|c: char| !c.is_alphanumeric() && c != '-') {
            courtesy |= w == "courtesy";
            given |= GIVEN_FOR.contains(&w);
            call |= PHONE.contains(&w);
            hosts |= HOST.contains(&w);
            visits |= VISIT.contains(&w);
            talks |= TALKS.contains(&w);
        }
        // "a state dinner for X", "a welcome ceremony for X", "a banquet in honor of X",
        // "at the invitation of X": an event given for a guest.
        let given_for = (phrase.ends_with(" for") || phrase.ends_with(" of")) && given;
        // "A and B greeted each other": a greeting both give is no one's hosting.
        let mutual = phrase.ends_with(" each other");
        if mutual && hosts {
            MeetingKind::Meeting
        } else if courtesy {
            MeetingKind::Visit
        } else if given_for {
            MeetingKind::Host
        } else if call {
            MeetingKind::Phone
        } else if hosts {
            MeetingKind::Host
        } else if visits {
            MeetingKind::Visit
        } else if talks {
            MeetingKind::Talks
        } else {
            MeetingKind::Meeting
        }
    }
}

/// Meetings counted per kind, in the order of [`MeetingKind::ALL`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCounts(pub [u64; 5]);

impl KindCounts {
    /// Counts one more meeting of `kind`.
    pub fn add(&mut self, kind: MeetingKind) {
        self.0[kind as usize] = self.0[kind as usize].saturating_add(1);
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &KindCounts) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            *mine = mine.saturating_add(theirs);
        }
    }

    /// The kinds with a non-zero count, with their counts.
    pub fn iter(&self) -> impl Iterator<Item = (MeetingKind, u64)> + '_ {
        MeetingKind::ALL
            .into_iter()
            .zip(self.0)
            .filter(|&(_, n)| n > 0)
    }
}

impl fmt::Display for MeetingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_phrases() {
        for (phrase, kind) in [
            ("met", MeetingKind::Meeting),
            ("met with", MeetingKind::Meeting),
            ("a summit with", MeetingKind::Meeting),
            ("spoke by phone with", MeetingKind::Phone),
            ("phone call between", MeetingKind::Phone),
            ("video call with", MeetingKind::Phone),
            ("met virtually with", MeetingKind::Phone),
            ("hosted", MeetingKind::Host),
            ("was received by", MeetingKind::Host),
            ("granted an audience to", MeetingKind::Host),
            ("visited", MeetingKind::Visit),
            ("paid a courtesy call on", MeetingKind::Visit),
            ("held talks with", MeetingKind::Talks),
            ("talks between", MeetingKind::Talks),
            ("discussed with", MeetingKind::Talks),
            ("spoke with", MeetingKind::Meeting),
        ] {
            assert_eq!(MeetingKind::of_phrase(phrase), kind, "{phrase}");
        }
    }

    #[test]
    fn cameo_codes_and_names() {
        assert_eq!(MeetingKind::Phone.cameo(false), "041");
        assert_eq!(MeetingKind::Host.cameo(true), "036");
        assert_eq!(MeetingKind::Talks.cameo(false), "046");
        for kind in MeetingKind::ALL {
            assert_eq!(MeetingKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(MeetingKind::parse("lunch"), None);
    }
}
