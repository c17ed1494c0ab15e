//! A synthetic gazetteer of any size, for measuring how loading, building the automaton
//! and matching scale with the number of entities.
//!
//! The folder holds the built-in gazetteer's entities (so the synthetic corpus still
//! has mentions) plus generated ones: people (first name and surname from syllables,
//! with surname, initial and title aliases), countries (with "Republic of" aliases,
//! capitals codes and demonyms), organizations (parties, ministries, institutes,
//! agencies, with acronyms) and places (cities, ports, mountains, lakes). About 2.5
//! aliases per entity; deterministic: the same count always gives the same files.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;

use crate::corpus::Rng;

const BUILTIN: [(&str, &str); 4] = [
    ("people.tsv", include_str!("../../gazetteer/people.tsv")),
    (
        "countries.tsv",
        include_str!("../../gazetteer/countries.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../gazetteer/organizations.tsv"),
    ),
    ("places.tsv", include_str!("../../gazetteer/places.tsv")),
];

/// The columns every generated file has, in this order.
const COLUMNS: [&str; 6] = [
    "name",
    "aliases",
    "demonyms",
    "affiliation",
    "role",
    "notes",
];

const FIRST_NAMES: &[&str] = &[
    "Amira",
    "Omar",
    "Leila",
    "Yusuf",
    "Fatima",
    "Karim",
    "Nadia",
    "Samir",
    "Layla",
    "Tariq",
    "Ingrid",
    "Lars",
    "Astrid",
    "Henrik",
    "Sofia",
    "Mateo",
    "Lucia",
    "Diego",
    "Camila",
    "Javier",
    "Elena",
    "Marco",
    "Giulia",
    "Luca",
    "Chiara",
    "Pierre",
    "Camille",
    "Julien",
    "Margaux",
    "Hugo",
    "Anna",
    "Jakub",
    "Zofia",
    "Piotr",
    "Olga",
    "Dmitri",
    "Irina",
    "Sergei",
    "Natalia",
    "Oleksandr",
    "Kateryna",
    "Mykola",
    "Aiko",
    "Haruto",
    "Yui",
    "Kenji",
    "Mei",
    "Wei",
    "Li",
    "Jun",
    "Min-jun",
    "Seo-yeon",
    "Priya",
    "Arjun",
    "Ananya",
    "Rohan",
    "Kavya",
    "Chinedu",
    "Amara",
    "Kwame",
    "Ama",
    "Tendai",
    "Zanele",
    "Thabo",
    "Nomvula",
    "Kofi",
    "Abena",
    "Emeka",
    "Ngozi",
    "John",
    "Mary",
    "James",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Susan",
    "Daniel",
    "Sarah",
    "Thomas",
    "Karen",
    "Ahmet",
    "Elif",
    "Mehmet",
    "Zeynep",
    "Reza",
    "Shirin",
    "Dariush",
    "Parisa",
    "Noa",
    "Itai",
    "Tamar",
    "Eitan",
    "Rania",
    "Walid",
    "Hana",
    "Bilal",
    "Mariam",
    "Khalid",
    "Aisha",
    "Hamza",
    "Salma",
    "Idris",
    "Nour",
    "Ravi",
    "Sunita",
    "Vikram",
    "Deepa",
    "Carlos",
    "Isabel",
    "Rafael",
    "Beatriz",
    "Tomas",
    "Eva",
    "Nikos",
    "Eleni",
    "Giorgos",
    "Maria",
    "Stefan",
    "Katarina",
    "Milan",
    "Jelena",
    "Bogdan",
    "Ioana",
    "Andrei",
    "Mihaela",
    "Gabor",
    "Zsofia",
    "Erik",
    "Freya",
    "Magnus",
    "Sigrid",
];

/// Syllables surnames and invented place and country names are made of.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "ren", "vi", "ma", "sor", "del", "an", "ti", "mar", "ko", "ber", "sa", "lin", "ov",
    "ra", "nen", "ga", "dor", "el", "mi", "ros", "ta", "vel", "hu", "zan", "qi", "ba", "fen", "ar",
    "te", "lu", "ni", "go", "sha", "dim", "pe", "jo", "ril", "wa", "ston", "ham", "ley", "son",
    "berg", "ez", "ski", "ian", "ou", "bek", "mu", "nyo", "chi", "da", "ke", "len", "ost", "ur",
    "vas", "kir", "tol", "bru", "sen", "gor", "pol", "dra", "mek", "zu", "fa", "ol",
];

const TITLES: &[(&str, &str)] = &[
    ("President", "President"),
    ("Prime Minister", "Prime Minister"),
    ("Foreign Minister", "Foreign Minister"),
    ("Defence Minister", "Minister of Defence"),
    ("Finance Minister", "Minister of Finance"),
    ("Senator", "Senator"),
    ("General", "Chief of Staff"),
    ("Ambassador", "Ambassador"),
    ("Governor", "Governor"),
    ("Mayor", "Mayor"),
];

const ORG_ADJECTIVES: &[&str] = &[
    "National",
    "Democratic",
    "Popular",
    "United",
    "Federal",
    "Progressive",
    "Liberal",
    "Conservative",
    "Green",
    "Social",
    "Republican",
    "Independent",
    "Free",
    "New",
    "Central",
    "Royal",
    "Islamic",
    "Christian",
    "Workers'",
    "Reform",
];

const ORG_NOUNS: &[&str] = &[
    "Unity",
    "Renewal",
    "Justice",
    "Freedom",
    "Development",
    "Progress",
    "Labour",
    "Alliance",
    "Solidarity",
    "Dignity",
    "Future",
    "Peace",
    "Action",
    "Hope",
    "Liberty",
    "Trade",
    "Energy",
    "Health",
    "Water",
    "Security",
];

const ORG_KINDS: &[&str] = &[
    "Party",
    "Movement",
    "Front",
    "Institute",
    "Council",
    "Agency",
    "Foundation",
    "Union",
    "Authority",
    "Commission",
    "Bank",
    "Corporation",
    "Centre",
    "Forum",
    "Network",
];

const MINISTRIES: &[&str] = &[
    "Foreign Affairs",
    "Defence",
    "Finance",
    "Interior",
    "Health",
    "Energy",
    "Justice",
    "Education",
    "Trade",
    "Agriculture",
    "Water Resources",
    "Transport",
];

const PLACE_PATTERNS: &[&str] = &[
    "{}",
    "{}",
    "{}",
    "Port {}",
    "{} City",
    "North {}",
    "South {}",
    "New {}",
    "Lake {}",
    "Mount {}",
    "{} Valley",
    "{}abad",
    "{}grad",
    "San {}",
    "{}ville",
];

/// Writes a gazetteer folder of the built-in entities plus generated ones, `entities`
/// in all (at least the built-in ones).
pub fn generate(entities: usize, out_dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let mut rng = Rng::new(0x6a7e_77ee_4200_0001);
    let mut names: HashSet<String> = HashSet::new();
    let mut files: Vec<(&str, String)> = Vec::new();
    let mut builtin_countries = Vec::new();
    for (file, text) in BUILTIN {
        let mut out = String::new();
        writeln!(
            out,
            "# Synthetic gazetteer (bench_e2e gazetteer): built-in rows, then generated ones"
        )?;
        writeln!(out, "{}", COLUMNS.join("\t"))?;
        for row in builtin_rows(text) {
            names.insert(row[0].clone());
            if file == "countries.tsv" {
                builtin_countries.push(row[0].clone());
            }
            writeln!(out, "{}", row.join("\t"))?;
        }
        files.push((file, out));
    }
    let wanted = entities.saturating_sub(names.len());
    // Shares of the generated entities: countries first (others are affiliated to them).
    let countries = wanted / 40;
    let organizations = wanted / 4;
    let places = wanted / 6;
    let people = wanted - countries - organizations - places;

    let mut country_names = builtin_countries;
    let mut rows = String::new();
    for _ in 0..countries {
        let stem = unique(&mut names, &mut rng, |rng| {
            capitalised(&word(rng, 2, 3)) + "ia"
        });
        let demonym = stem.trim_end_matches('a').to_string() + "an";
        let mut aliases = vec![format!("Republic of {stem}")];
        if rng.below(3) == 0 {
            aliases.push(initials(&stem, 3));
        }
        row(
            &mut rows,
            [
                &stem,
                &aliases.join("|"),
                &format!("{demonym}|{demonym}s"),
                "",
                "",
                "generated",
            ],
        );
        country_names.push(stem);
    }
    files[1].1.push_str(&rows);

    let mut rows = String::new();
    let mut organization_names = Vec::new();
    while organization_names.len() < organizations {
        let country = &country_names[rng.skewed(country_names.len())];
        let (name, aliases) = match rng.below(4) {
            0 => {
                let ministry = MINISTRIES[rng.below(MINISTRIES.len())];
                let name = format!("Ministry of {ministry} of {country}");
                (name, vec![format!("{country} Ministry of {ministry}")])
            }
            1 => {
                let person = capitalised(&word(&mut rng, 2, 3));
                let kind = ORG_KINDS[rng.below(ORG_KINDS.len())];
                let noun = ORG_NOUNS[rng.below(ORG_NOUNS.len())];
                let name = format!("{person} {kind} for {noun}");
                (name, vec![format!("{person} {kind}")])
            }
            _ => {
                let adjective = ORG_ADJECTIVES[rng.below(ORG_ADJECTIVES.len())];
                let noun = ORG_NOUNS[rng.below(ORG_NOUNS.len())];
                let kind = ORG_KINDS[rng.below(ORG_KINDS.len())];
                let place = capitalised(&word(&mut rng, 2, 3));
                let name = format!("{adjective} {noun} {kind} of {place}");
                let acronym = format!(
                    "{}{}{}{}",
                    initials(adjective, 1),
                    initials(noun, 1),
                    initials(kind, 1),
                    initials(&place, 2)
                );
                (name, vec![format!("{place} {noun} {kind}"), acronym])
            }
        };
        if !names.insert(name.clone()) {
            continue;
        }
        row(
            &mut rows,
            [&name, &aliases.join("|"), "", country, "", "generated"],
        );
        organization_names.push(name);
    }
    files[2].1.push_str(&rows);

    let mut rows = String::new();
    let mut made = 0;
    while made < places {
        let stem = capitalised(&word(&mut rng, 2, 3));
        let pattern = PLACE_PATTERNS[rng.below(PLACE_PATTERNS.len())];
        let name = pattern.replace("{}", &stem);
        if !names.insert(name.clone()) {
            continue;
        }
        let mut aliases = Vec::new();
        if rng.below(2) == 0 {
            // A transliteration variant ("Kasor" / "Qasor").
            let variant = name.replacen('K', "Q", 1).replacen('k', "q", 1);
            if variant != name {
                aliases.push(variant);
            }
        }
        if name != stem && rng.below(2) == 0 {
            aliases.push(format!("{stem} District"));
        }
        let country = &country_names[rng.skewed(country_names.len())];
        row(
            &mut rows,
            [&name, &aliases.join("|"), "", country, "", "generated"],
        );
        made += 1;
    }
    files[3].1.push_str(&rows);

    let mut rows = String::new();
    let mut made = 0;
    while made < people {
        let first = FIRST_NAMES[rng.below(FIRST_NAMES.len())];
        let surname = capitalised(&word(&mut rng, 2, 4));
        let mut name = format!("{first} {surname}");
        if names.contains(&name) {
            let middle = FIRST_NAMES[rng.below(FIRST_NAMES.len())];
            name = format!("{first} {middle} {surname}");
            if names.contains(&name) {
                continue;
            }
        }
        names.insert(name.clone());
        let mut aliases = vec![surname.clone()];
        let (title, role) = TITLES[rng.below(TITLES.len())];
        match rng.below(3) {
            0 => aliases.push(format!("{title} {surname}")),
            1 => aliases.push(format!("{}. {surname}", initials(first, 1))),
            _ => {}
        }
        if rng.below(4) == 0 {
            aliases.push(format!(
                "{first} {}. {surname}",
                initials(&word(&mut rng, 1, 1), 1)
            ));
        }
        let affiliation = if rng.below(5) == 0 && !organization_names.is_empty() {
            &organization_names[rng.skewed(organization_names.len())]
        } else {
            &country_names[rng.skewed(country_names.len())]
        };
        row(
            &mut rows,
            [
                &name,
                &aliases.join("|"),
                "",
                affiliation,
                role,
                "generated",
            ],
        );
        made += 1;
    }
    files[0].1.push_str(&rows);

    for (file, text) in files {
        let path = out_dir.join(file);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The data rows of a built-in file, in [`COLUMNS`] order.
fn builtin_rows(text: &str) -> Vec<Vec<String>> {
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let Some(header) = &header else {
            header = Some(fields.iter().map(|f| f.trim().to_string()).collect());
            continue;
        };
        let row = COLUMNS
            .iter()
            .map(|column| {
                header
                    .iter()
                    .position(|h| h == column)
                    .and_then(|i| fields.get(i))
                    .map_or(String::new(), |f| f.trim().to_string())
            })
            .collect();
        rows.push(row);
    }
    rows
}

fn row(out: &mut String, fields: [&str; 6]) {
    out.push_str(&fields.join("\t"));
    out.push('\n');
}

/// A word of `min..=max` syllables, lowercase.
fn word(rng: &mut Rng, min: usize, max: usize) -> String {
    let count = min + rng.below(max - min + 1);
    (0..count)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// The first `n` letters of `word`, in capitals.
fn initials(word: &str, n: usize) -> String {
    word.chars()
        .filter(|c| c.is_alphabetic())
        .take(n)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A name from `make` that is not yet taken (it is then taken).
fn unique(
    names: &mut HashSet<String>,
    rng: &mut Rng,
    mut make: impl FnMut(&mut Rng) -> String,
) -> String {
    loop {
        let name = make(rng);
        if names.insert(name.clone()) {
            return name;
        }
    }
}
