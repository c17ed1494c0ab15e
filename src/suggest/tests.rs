//! Table tests of the runs of capitalised words a sentence proposes.

use super::*;

fn gazetteer() -> Gazetteer {
    Gazetteer::builtin().unwrap()
}

/// Expected: name, type, role, affiliation.
type Want = (
    &'static str,
    Option<EntityType>,
    Option<&'static str>,
    Option<&'static str>,
);
/// A sentence, its mentions (text, affiliation) and the runs expected.
type Row = (
    &'static str,
    &'static [(&'static str, Option<&'static str>)],
    &'static [Want],
);

#[test]
fn runs_table() {
    let g = gazetteer();
    // (sentence, covered spans as (needle, affiliation), expected runs as name/type/role/affiliation)
    let rows: &[Row] = &[
        (
            "Blinken met Nabih Berri in Beirut.",
            &[("Blinken", None), ("Beirut", None)],
            &[("Nabih Berri", None, None, None)],
        ),
        (
            "Egyptian Foreign Minister Zorbo Quandt said.",
            &[("Egyptian", Some("Egypt"))],
            &[(
                "Zorbo Quandt",
                Some(EntityType::Person),
                Some("Foreign Minister"),
                Some("Egypt"),
            )],
        ),
        // A mention that a comma or a full stop ends is no affiliation.
        (
            "They struck the Houthis, Foreign Minister Zorbo Quandt said.",
            &[("Houthis", Some("Houthis"))],
            &[(
                "Zorbo Quandt",
                Some(EntityType::Person),
                Some("Foreign Minister"),
                None,
            )],
        ),
        (
            "The Lebanese Forces Party rejected it.",
            &[("Lebanese", Some("Lebanon"))],
            &[(
                "Lebanese Forces Party",
                Some(EntityType::Organization),
                None,
                Some("Lebanon"),
            )],
        ),
        (
            "The Bank of Zorbonia raised rates.",
            &[],
            &[(
                "Bank of Zorbonia",
                Some(EntityType::Organization),
                None,
                None,
            )],
        ),
        ("The talks ended.", &[], &[]),
        (
            "Austin Makes Call to New Counterpart in Ukraine Today",
            &[],
            &[],
        ),
        ("Readout of Secretary of Defense", &[], &[]),
        ("QUESTION: (Inaudible.) Thank you.", &[], &[]),
        ("It starts at 5:49 A.M. EDT on Friday.", &[], &[]),
        (
            "The Zorbonian Foreign Ministry and the National Security Council said the U.S. State Department agreed.",
            &[("Zorbonian", Some("Zorbonia"))],
            &[
                (
                    "Zorbonian Foreign Ministry",
                    Some(EntityType::Organization),
                    None,
                    Some("Zorbonia"),
                ),
                (
                    "National Security Council",
                    Some(EntityType::Organization),
                    None,
                    None,
                ),
                // ("State Department", of common words only, is checked by the ranking.)
            ],
        ),
        (
            "He met Commissioner for the National Migration Institute Zorbo Quandt and Sports Editor Zorba Quandt.",
            &[],
            &[
                (
                    "Zorbo Quandt",
                    Some(EntityType::Person),
                    Some("Commissioner for the National"),
                    None,
                ),
                (
                    "Zorba Quandt",
                    Some(EntityType::Person),
                    Some("Editor"),
                    None,
                ),
            ],
        ),
        // A title says a person, before ", " and a country too.
        (
            "Secretary of State Zorbo Quandt met in Berlin with German Foreign Minister Zorba Quandt, UK Foreign Secretary Zorbi Quandt, and French Director General for Political and Security Affairs Zorbu Quandt.",
            &[("Berlin", None), ("German", Some("Germany")), ("UK", Some("United Kingdom")), ("French", Some("France"))],
            &[
                (
                    "Zorbo Quandt",
                    Some(EntityType::Person),
                    Some("Secretary of State"),
                    None,
                ),
                (
                    "Zorba Quandt",
                    Some(EntityType::Person),
                    Some("Foreign Minister"),
                    Some("Germany"),
                ),
                (
                    "Zorbi Quandt",
                    Some(EntityType::Person),
                    Some("Foreign Secretary"),
                    Some("United Kingdom"),
                ),
                (
                    "Zorbu Quandt",
                    Some(EntityType::Person),
                    Some("Director General for Political and Security Affairs"),
                    Some("France"),
                ),
            ],
        ),
        ("(Laughter.) (Applause.) Right.", &[], &[]),
        (
            "(Laughter.) Zorbo Quandt smiled.",
            &[],
            &[("Zorbo Quandt", None, None, None)],
        ),
        (
            "IGAD Executive Secretary Workneh Gebeyehu spoke.",
            &[],
            &[(
                "Workneh Gebeyehu",
                Some(EntityType::Person),
                Some("Executive Secretary"),
                None,
            )],
        ),
        ("I'm here, said Tom.", &[], &[("Tom", None, None, None)]),
        (
            "Chairman Gen. Zorbo Quandt spoke.",
            &[],
            &[(
                "Zorbo Quandt",
                Some(EntityType::Person),
                Some("Chairman Gen"),
                None,
            )],
        ),
        (
            "Deputy Attorney General Zorba Quandt and USAID Administrator Zorbo Quandt joined the meeting with Minister Yoko.",
            &[("USAID", None)],
            &[
                (
                    "Zorba Quandt",
                    Some(EntityType::Person),
                    Some("Deputy Attorney General"),
                    None,
                ),
                (
                    "Zorbo Quandt",
                    Some(EntityType::Person),
                    Some("Administrator"),
                    None,
                ),
                ("Yoko", Some(EntityType::Person), Some("Minister"), None),
            ],
        ),
        (
            "Special Envoy for Middle East Zorbo Quandt and Director of National Intelligence Zorba Quandt met Minister of Defense Zorbi bin Quandt.",
            &[],
            &[
                (
                    "Zorbo Quandt",
                    Some(EntityType::Person),
                    Some("Special Envoy for Middle East"),
                    None,
                ),
                (
                    "Zorba Quandt",
                    Some(EntityType::Person),
                    Some("Director of National Intelligence"),
                    None,
                ),
                (
                    "Zorbi bin Quandt",
                    Some(EntityType::Person),
                    Some("Minister of Defense"),
                    None,
                ),
            ],
        ),
        (
            "He met Minister for Defence Zorbo Bakri Quandt and Zorbi dos Quandt.",
            &[],
            &[
                (
                    "Zorbo Bakri Quandt",
                    Some(EntityType::Person),
                    Some("Minister for Defence"),
                    None,
                ),
                ("Zorbi dos Quandt", None, None, None),
            ],
        ),
        // A department of two parts joined by "and".
        (
            "He met Minister of Foreign Affairs and International Cooperation Zorbo Quandt.",
            &[],
            &[(
                "Zorbo Quandt",
                Some(EntityType::Person),
                Some("Minister of Foreign Affairs and International Cooperation"),
                None,
            )],
        ),
        (
            "He met the Minister for Europe and Foreign Affairs, Zorbo Quandt.",
            &[("Europe", None)],
            &[("Zorbo Quandt", None, None, None)],
        ),
        (
            "He met Minister of Defence and Military Veterans Zorbo Quandt.",
            &[],
            &[(
                "Zorbo Quandt",
                Some(EntityType::Person),
                Some("Minister of Defence and Military Veterans"),
                None,
            )],
        ),
        (
            "He thanked Zorbo Quandt Oct. 5 and left.",
            &[],
            &[("Zorbo Quandt", None, None, None)],
        ),
        (
            "FOREIGN MINISTER QUANDT Thank you.",
            &[],
            &[(
                "Quandt",
                Some(EntityType::Person),
                Some("FOREIGN MINISTER"),
                None,
            )],
        ),
        (
            "They met at Ramstein Air Base on Monday.",
            &[],
            &[("Ramstein Air Base", Some(EntityType::Place), None, None)],
        ),
        (
            "He flew to Zorbograd on Monday.",
            &[],
            &[("Zorbograd", Some(EntityType::Place), None, None)],
        ),
    ];
    for (sentence, covered, want) in rows {
        let covered: Vec<Covered> = covered
            .iter()
            .map(|(needle, a)| {
                let s = sentence.find(needle).unwrap();
                Covered {
                    start: s,
                    end: s + needle.len(),
                    affiliation: a.map(str::to_string),
                    person: false,
                    country: false,
                }
            })
            .collect();
        // (Where a name opens its sentence, and names of common words only, are
        // checked by the ranking's rows.)
        let got: Vec<Run> = runs(sentence, 0..sentence.len(), &covered, &g)
            .into_iter()
            .filter(|run| !run.common)
            .map(|run| Run {
                opens: false,
                ..run
            })
            .collect();
        let want: Vec<Run> = want
            .iter()
            .map(|(n, k, r, a)| Run {
                name: n.to_string(),
                kind: *k,
                role: r.map(str::to_string),
                affiliation: a.map(str::to_string),
                alias: None,
                group: false,
                opens: false,
                common: false,
            })
            .collect();
        assert_eq!(got, want, "row {sentence:?}");
    }
}

#[test]
fn names_aliases_and_groups() {
    let g = gazetteer();
    // (sentence, covered needles, name expected among the runs or absent (None),
    // type, alias, group)
    type Row = (
        &'static str,
        &'static [&'static str],
        &'static str,
        Option<(Option<EntityType>, Option<&'static str>, bool)>,
    );
    let org = Some(EntityType::Organization);
    let rows: &[Row] = &[
        (
            "They urged all armed groups to stop working with the Democratic Forces for the Liberation of Zorbonia (FDLZ) at once.",
            &["Zorbonia"],
            "Democratic Forces for the Liberation of Zorbonia",
            Some((org, Some("FDLZ"), false)),
        ),
        (
            "He met the Chairman of the Joint Chiefs of Staff Gen. Zorbo Quandt.",
            &[],
            "Joint Chiefs of Staff",
            Some((org, None, false)),
        ),
        (
            "We will have a NAC meeting later on.",
            &[],
            "NAC",
            Some((org, None, true)),
        ),
        (
            "We met NAC later on.",
            &[],
            "NAC",
            Some((None, None, false)),
        ),
        (
            "He spoke at the Ludwig Zorbo University of Quandt on Monday.",
            &[],
            "Ludwig Zorbo University of Quandt",
            Some((org, None, false)),
        ),
        // An agreement is no entity the gazetteer holds.
        (
            "On Monday he signed the Quandt Declaration of Commitment with the other leaders of the region.",
            &[],
            "Quandt Declaration of Commitment",
            None,
        ),
        (
            "He met Foreign Minister Prince Faisal bin Farhan Al Saud today.",
            &["Prince Faisal bin Farhan"],
            "Al Saud",
            None,
        ),
        (
            "a Quandt Zorbo (quandt) said",
            &[],
            "Quandt Zorbo",
            Some((None, None, false)),
        ),
    ];
    for (sentence, covered, name, want) in rows {
        let covered: Vec<Covered> = covered
            .iter()
            .map(|needle| {
                let s = sentence.find(needle).unwrap();
                Covered {
                    start: s,
                    end: s + needle.len(),
                    affiliation: None,
                    person: false,
                    country: false,
                }
            })
            .collect();
        let all = runs(sentence, 0..sentence.len(), &covered, &g);
        let got = all
            .iter()
            .find(|r| r.name == *name)
            .map(|r| (r.kind, r.alias.as_deref(), r.group));
        assert_eq!(got, *want, "row {sentence:?}: runs {all:?}");
    }
}

#[test]
fn acronyms_in_parentheses() {
    assert_eq!(acronym_after(" (FDLR) and"), Some("FDLR".into()));
    assert_eq!(acronym_after(" (Fdlr)"), None);
    assert_eq!(acronym_after(" (A)"), None);
    assert_eq!(acronym_after(" and (FDLR)"), None);
}

#[test]
fn one_word_from_one_document_comes_last_without_a_title_or_a_group_noun() {
    let model = crate::pipeline::Model::builtin().unwrap();
    // (document, the names ranked)
    let rows: &[(&str, &[&str])] = &[
        (
            "She met Deputy Foreign Minister Zorbo in the capital.",
            &["Zorbo"],
        ),
        ("She met Zorbo in the capital.", &["Zorbo"]),
        // ... but not one that only opens sentences, where any word has a capital.
        ("Zorbo spoke in the capital.", &[]),
        ("They held a Zorbo meeting in the capital.", &["Zorbo"]),
        ("She met Zorbo Quandt in the capital.", &["Zorbo Quandt"]),
        // A lone word of one document, however often it is named, ranks after every
        // name with more to go on.
        (
            "She met Azbo in the capital, and Azbo spoke. Later Zorbo Quandt came.",
            &["Zorbo Quandt", "Azbo"],
        ),
        (
            "She met Azbo in the capital, and Azbo spoke. They held a Zorbo meeting.",
            &["Zorbo", "Azbo"],
        ),
        // Given names before a person's surname are theirs, not someone missing.
        (
            "Antony Blinken arrived. She met Antony Zorbo Blinken there.",
            &[],
        ),
    ];
    for (text, want) in rows {
        let mut analyzer = Analyzer::new(&model);
        let mut suggester = Suggester::new();
        analyzer.analyze(text);
        suggester.add_document(&analyzer, text, &model.gazetteer);
        let names: Vec<String> = suggester
            .ranked(100, &model.gazetteer)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, *want, "{text:?}");
    }
}

#[test]
fn a_given_name_alone_is_left_out_even_from_two_documents() {
    let model = crate::pipeline::Model::builtin().unwrap();
    let rows: &[(&[&str], &[&str])] = &[
        (&["She met Tony in the capital.", "Tony said so."], &[]),
        (
            &["She met Zorbo in the capital.", "Zorbo said so."],
            &["Zorbo"],
        ),
    ];
    for (documents, want) in rows {
        let mut analyzer = Analyzer::new(&model);
        let mut suggester = Suggester::new();
        for text in *documents {
            analyzer.analyze(text);
            suggester.add_document(&analyzer, text, &model.gazetteer);
        }
        let names: Vec<String> = suggester
            .ranked(100, &model.gazetteer)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, *want, "{documents:?}");
    }
}

#[test]
fn default_kind_table() {
    let g = gazetteer();
    let rows: &[(&str, EntityType)] = &[
        ("Cameron Hudson", EntityType::Person),
        ("Rose Gottemoeller", EntityType::Person),
        ("Lobito Corridor", EntityType::Organization),
        ("Arbitral Tribunal Ruling", EntityType::Organization),
        ("Civilians of Sudan", EntityType::Organization),
        ("Readout", EntityType::Organization),
    ];
    let given = given_names(&g);
    for &(name, want) in rows {
        assert_eq!(default_kind(name, &g, &given), want, "{name:?}");
    }
}

#[test]
fn a_given_name_types_a_name_whose_surname_is_a_word() {
    let g = gazetteer();
    let given = given_names(&g);
    assert!(given.contains("scott") && given.contains("tony"));
    assert!(!given.contains("blinken"));
    let rows: &[(&str, EntityType)] = &[
        ("Scott Brown", EntityType::Person),
        ("Zorbo Brown", EntityType::Organization),
        ("Zorbo Quandt", EntityType::Person),
    ];
    for &(name, want) in rows {
        assert_eq!(default_kind(name, &g, &given), want, "{name:?}");
    }
}

/// Sentences that propose nothing, or exactly the runs given (name, type, role): what
/// is no name (documents' headings, times, cut names, adjectives), no entity the
/// gazetteer holds (events, agreements, laws, programmes, ships), and the rules that
/// cut a run (possessives, contractions, a title's department) or type it.
#[test]
fn non_entities_are_left_out_and_runs_cut_and_typed() {
    let g = gazetteer();
    let org = Some(EntityType::Organization);
    let place = Some(EntityType::Place);
    let person = Some(EntityType::Person);
    type Want = (&'static str, Option<EntityType>, Option<&'static str>);
    let rows: &[(&str, &[&str], &[Want])] = &[
        // No names.
        ("Under Article IV of the charter, they met.", &[], &[]),
        ("They read the Readout of Zorbonian Talks.", &[], &[]),
        ("The call began at 10 AM EST today.", &[], &[]),
        ("They met North American leaders.", &[], &[]),
        ("Secretary Michael R. Pompeo met them.", &["Pompeo"], &[]),
        // No entities of the gazetteer's types.
        ("The USS Zorbo sailed into port.", &[], &[]),
        ("an Arleigh Zorbo-class destroyer arrived.", &[], &[]),
        ("They met at the Zorbograd Summit on Monday.", &[], &[]),
        ("the Zorbonia Cup final was played.", &[], &[]),
        ("the Zorbo Health Care Act passed.", &[], &[]),
        ("they trained in Exercise Zorbo together.", &[], &[]),
        // A forum or a programme may be a body: kept.
        (
            "the Zorbo Partnership Program grew.",
            &[],
            &[("Zorbo Partnership Program", org, None)],
        ),
        (
            "the Zorbonian Islands Forum met.",
            &[],
            &[("Zorbonian Islands Forum", org, None)],
        ),
        // A possessive ends another name; a contraction opens the sentence.
        ("the Minister's Official Visit ended.", &[], &[]),
        (
            "The Department's Zorbo Academy opened.",
            &[],
            &[("Zorbo Academy", org, None)],
        ),
        (
            "And I'm Zorbo Quandt.",
            &[],
            &[("Zorbo Quandt", None, None)],
        ),
        // A plural's possessive is part of a name.
        (
            "the Zorbo Workers' Party and the Zorbo People's Party won.",
            &[],
            &[
                ("Zorbo Workers' Party", org, None),
                ("Zorbo People's Party", org, None),
            ],
        ),
        // A title's department is the title's.
        (
            "Secretary of Commerce Zorbo Quandt spoke.",
            &[],
            &[("Zorbo Quandt", person, Some("Secretary of Commerce"))],
        ),
        // Types from heads, hyphenated heads and first words.
        (
            "the Marine Rotational Force-Zorbo arrived.",
            &[],
            &[("Marine Rotational Force-Zorbo", org, None)],
        ),
        (
            "the Lasky Center for Zorbonian Studies said.",
            &[],
            &[("Lasky Center for Zorbonian Studies", org, None)],
        ),
        (
            "Marines at Camp Zorbo hosted the talks.",
            &[],
            &[("Camp Zorbo", place, None)],
        ),
        (
            "the Zorbo Corridor opened.",
            &[],
            &[("Zorbo Corridor", place, None)],
        ),
    ];
    for (sentence, covered, want) in rows {
        let covered: Vec<Covered> = covered
            .iter()
            .map(|needle| {
                let s = sentence.find(needle).unwrap();
                Covered {
                    start: s,
                    end: s + needle.len(),
                    affiliation: None,
                    person: true,
                    country: false,
                }
            })
            .collect();
        // (Names of common words only are weak evidence the ranking weighs.)
        let got: Vec<(String, Option<EntityType>, Option<String>)> =
            runs(sentence, 0..sentence.len(), &covered, &g)
                .into_iter()
                .filter(|r| !r.common)
                .map(|r| (r.name, r.kind, r.role))
                .collect();
        let want: Vec<(String, Option<EntityType>, Option<String>)> = want
            .iter()
            .map(|(n, k, r)| (n.to_string(), *k, r.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "row {sentence:?}");
    }
}

/// What a whole document proposes, ranked (name, type, role): common words before "of"
/// that head no name, a title's department cut mid-name, an office after a person's
/// name, a given name after a title, a place's dateline.
#[test]
fn cut_names_offices_given_names_and_datelines() {
    let model = crate::pipeline::Model::builtin().unwrap();
    let org = EntityType::Organization;
    let place = EntityType::Place;
    let person = EntityType::Person;
    type Want = (&'static str, EntityType, Option<&'static str>);
    let rows: &[(&str, &[Want])] = &[
        // A common word heading no name before "of".
        ("He spoke at the Change of Command ceremony on the base.", &[]),
        // (Only the name after it is left: a lone word of one document, ranked last.)
        (
            "They failed to protect the Civilians of Zorbonia in the east.",
            &[("Zorbonia", org, None)],
        ),
        // Names whose word before "of" heads them are kept.
        ("the Friends of Zorbonia group met.", &[("Friends of Zorbonia", org, None)]),
        ("the League of Zorbonian States met.", &[("League of Zorbonian States", org, None)]),
        ("the Zorbo Chamber of Commerce met.", &[("Zorbo Chamber of Commerce", org, None)]),
        // A title's department cut before its last word is no name.
        ("He is the Officer in Charge of the Department of National Defense now.", &[]),
        // An office right after a person's name starts the next name (a byline).
        (
            "Angolan Foreign Minister Téte António Ministry of External Relations Luanda, Angola January 25, 2024 MODERATOR: we are pleased to welcome the two ministers to the room for their joint press conference today.",
            &[("Ministry of External Relations", org, None)],
        ),
        // A given name alone after a title is someone's cut name.
        ("Well, Madam Minister Yoko, it is good to see you.", &[]),
        // A name before ", " and a country is a place's; a title before it is a
        // building's, no role.
        (
            "Karuizawa, Japan\n\nThey met at The Prince Karuizawa today.",
            &[("Karuizawa", place, None)],
        ),
        // ... but a title before it says a person.
        (
            "He met German Foreign Minister Zorba Quandt, Japan and others.",
            &[("Zorba Quandt", person, Some("Foreign Minister"))],
        ),
    ];
    for (text, want) in rows {
        let mut analyzer = Analyzer::new(&model);
        let mut suggester = Suggester::new();
        analyzer.analyze(text);
        suggester.add_document(&analyzer, text, &model.gazetteer);
        let got: Vec<(String, EntityType, Option<String>)> = suggester
            .ranked(100, &model.gazetteer)
            .into_iter()
            .map(|s| (s.name, s.kind, s.role))
            .collect();
        let want: Vec<(String, EntityType, Option<String>)> = want
            .iter()
            .map(|(n, k, r)| (n.to_string(), *k, r.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "{text:?}");
    }
}

/// Ranks the names `documents` propose (names and documents counted), best first.
fn ranked_rows(documents: &[&str]) -> Vec<(String, EntityType, usize, usize)> {
    let model = crate::pipeline::Model::builtin().unwrap();
    let mut analyzer = Analyzer::new(&model);
    let mut suggester = Suggester::new();
    for text in documents {
        analyzer.analyze(text);
        suggester.add_document(&analyzer, text, &model.gazetteer);
    }
    suggester
        .ranked(100, &model.gazetteer)
        .into_iter()
        .map(|s| (s.name, s.kind, s.documents, s.mentions))
        .collect()
}

/// A row expected of the ranking: name, type, documents, mentions.
type Ranked = (&'static str, EntityType, usize, usize);

#[test]
fn a_surname_alone_counts_for_the_one_full_name_it_ends() {
    use EntityType::{Organization, Person, Place};
    let rows: &[(&[&str], &[Ranked])] = &[
        // "Quandt" in three documents is Zorbo Quandt's row, not a row of its own.
        (
            &[
                "She met Zorbo Quandt in the capital.",
                "Later Quandt spoke.",
                "She thanked Quandt there.",
            ],
            &[("Zorbo Quandt", Person, 2, 3)],
        ),
        // The family name first: "Kishimo" is "Kishimo Fumiro".
        (
            &[
                "He met Prime Minister Kishimo Fumiro there.",
                "They said Kishimo spoke.",
                "They said Kishimo left.",
            ],
            &[("Kishimo Fumiro", Person, 2, 3)],
        ),
        // A surname two names share stays a row of its own.
        (
            &[
                "She met Zorbo Quandt in the capital.",
                "She met Arno Quandt in the port.",
                "Later Quandt spoke.",
                "She thanked Quandt there.",
            ],
            &[
                ("Quandt", Organization, 2, 2),
                ("Arno Quandt", Person, 1, 1),
                ("Zorbo Quandt", Person, 1, 1),
            ],
        ),
        // A hyphenated title makes a person with a role; of names of as many documents,
        // one after a title comes first.
        (
            &["They met Azbo Quell. They met President-elect Zorbo Quandt in the capital."],
            &[("Zorbo Quandt", Person, 1, 1), ("Azbo Quell", Person, 1, 1)],
        ),
        // A demonym after ", " makes no place of the name before it.
        (
            &["The leaders were Azbo Quell, South Korean President Zorbo Quandt and others."],
            &[("Zorbo Quandt", Person, 1, 1), ("Azbo Quell", Person, 1, 1)],
        ),
        (
            &["They flew to Karuizo, Japan, for the talks."],
            &[("Karuizo", Place, 1, 1)],
        ),
        // Common words with capitals, inside sentences of two documents, come after the
        // names of uncommon words ("Boko Haram"); from one document they are no name.
        (
            &[
                "He spoke of the Crimson Lantern attacks and met Zorbo Quandt.",
                "She said the Crimson Lantern fighters left.",
            ],
            &[
                ("Zorbo Quandt", Person, 1, 1),
                ("Crimson Lantern", Organization, 2, 2),
            ],
        ),
        (&["He spoke of the Crimson Lantern attacks."], &[]),
        // Unless a title and a given name come first: a person's name of common words
        // ("Spokesperson Matthew Miller") ranks as any other; a department after a title
        // ("Minister of External Relations") stays weak.
        (
            &[
                "He spoke of the Crimson Lantern attacks, said Spokesperson Mark Carpenter.",
                "She said the Crimson Lantern fighters left, said Spokesperson Mark Carpenter.",
                "The Crimson Lantern fighters left.",
            ],
            &[
                ("Mark Carpenter", Person, 2, 2),
                ("Crimson Lantern", Organization, 3, 3),
            ],
        ),
        // A body's head right after a place's or country's mention names a body of both
        // ("Lima Group"), not the end of a person's name, unless the mention is one side
        // of a pair; an organization's name goes on over "of", a mention and the
        // capitalised words after it ("Organization of American States").
        (
            &["They met the Mombasa Group in Kenya."],
            &[("Mombasa Group", Organization, 1, 1)],
        ),
        (&["They met the Kenya-Uganda Alliance in Kenya."], &[]),
        (
            &["They met the Organization of Kenyan Traders in Kenya."],
            &[("Organization of Kenyan Traders", Organization, 1, 1)],
        ),
    ];
    for (documents, want) in rows {
        let got = ranked_rows(documents);
        let want: Vec<(String, EntityType, usize, usize)> = want
            .iter()
            .map(|(n, k, d, m)| (n.to_string(), *k, *d, *m))
            .collect();
        assert_eq!(got, want, "{documents:?}");
    }
}

#[test]
fn a_middle_initial_goes_to_the_alias() {
    let g = gazetteer();
    let sentence = "Chairman of the Joint Staff Gen. Zorbo K. Quandt and Zorba Q. Quandt Jr. met.";
    let got: Vec<(String, Option<String>)> = runs(sentence, 0..sentence.len(), &[], &g)
        .into_iter()
        .map(|run| (run.name, run.alias))
        .collect();
    assert_eq!(
        got,
        [
            ("Joint Staff".to_string(), None),
            (
                "Zorbo Quandt".to_string(),
                Some("Zorbo K. Quandt".to_string())
            ),
            (
                "Zorba Quandt Jr".to_string(),
                Some("Zorba Q. Quandt Jr".to_string())
            ),
        ]
    );
}
