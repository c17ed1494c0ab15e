//! Table-driven tests of the matcher: text -> expected mentions.
//!
//! Each expected mention is written `Entity=as written`, with `+glued` when the
//! mention is glued to the next word and `?=as written` for a mention left
//! ambiguous. Adding a case is adding a row.

use std::path::PathBuf;

use super::*;
use crate::gazetteer::EntityType;

const PEOPLE: &str = "name\taliases\tcontext_aliases\taffiliation\trole_aliases
Antony Blinken\tBlinken|Antonio Blinken|Tony Blinken\t\t\tUS Secretary of State@2021-01-26..2025-01-20|Secretary of State@2021-01-26..2025-01-20
Marco Rubio\tRubio\t\t\tUS Secretary of State@2025-01-21..|Secretary of State@2025-01-21..
Kristalina Georgieva\tGeorgieva\t\t\tIMF chief@2019-10-01..
Isaac Herzog\tHerzog
Yoav Gallant\tGallant
Sameh Shoukry\tShoukry
Abdel Fattah el-Sisi\tel-Sisi|el-Sissi|Sisi|Sissi|Abdel-Fattah el-Sissi|al-Sisi|General Sisi
Benjamin Netanyahu\tNetanyahu|Bibi
Mohammed bin Abdulrahman Al Thani\tAl Thani|Sheikh Mohammed
Tamim bin Hamad Al Thani\tAl Thani|Emir Tamim
Muammar Gaddafi\tGaddafi|Qaddafi|Kadhafi
Pedro Sánchez\tSánchez
Yahya Sinwar\tSinwar
Mohammed Sinwar\tSinwar
Kamala Harris\tKamala|Vice President Harris
Simon Harris\t
Keir Starmer\tSir Keir
Luiz Inacio Lula da Silva\t\tLula
Mohammed bin Salman\t\tMBS
Theresa May\t
Xi Jinping\tXi\t-
Michael Jordan\t
Barack Obama\tObama
Joe Biden\tBiden\t\tUnited States
Hussein al-Sheikh\t
Amy Pope\t
Rand Paul\t
";

const COUNTRIES: &str = "name\taliases\tdemonyms
United States\tUS|USA|United States of America|America\tAmerican|Americans
Egypt\tArab Republic of Egypt\tEgyptian|Egyptians
Israel\tState of Israel\tIsraeli|Israelis
Oman\t\tOmani|Omanis
Romania\t\tRomanian|Romanians
Peru\t\tPeruvian|Peruvians
Togo\t\tTogolese
Qatar\t\tQatari|Qataris
Saudi Arabia\tKSA|Kingdom of Saudi Arabia\tSaudi|Saudis
Turkey\tTürkiye\tTurkish
Jordan\t\tJordanian|Jordanians
Palestine\tState of Palestine\tPalestinian|Palestinians
Germany\t\tGerman|Germans
Japan\t\tJapanese
Mexico\t\tMexican|Mexicans
Australia\t\tAustralian|Australians
Ukraine\tthe Ukraine\tUkrainian|Ukrainians
Democratic Republic of the Congo\tZaire\tCongolese
";

const ORGANIZATIONS: &str = "name\taliases\taffiliation\tcontext_aliases
Hamas\tIslamic Resistance Movement
Hezbollah\tHizbollah
Al Jazeera\tAl-Jazeera|Aljazeera
Palestine Liberation Organization\tPLO
United Nations\tUN
United Nations Security Council\tUN Security Council|Security Council|UNSC
Associated Press\tAP
International Court of Justice\tICJ
United States Congress\tUS Congress\tUnited States\tCongress
Walla\t
Ukraine Defense Contact Group\tUDCG
";

const PLACES: &str = "name\taliases
Doha\t
Cairo\t
Istanbul\t
Gaza Strip\tGaza
Tel Aviv\t
Rafah\t
Al-Aqsa Mosque\tAl-Aqsa
Lod\t
Madrid\t
Kyiv\t
Indo-Pacific\t
Pacific Ocean\tPacific
";

const WORDS: &str = "# test words
service
great
songbook
statue
stands
stood
once
fish
wildlife
schools
hospitals
naval
when
said
rangers
residents
tuesday
solidarity
is
the
arrived
met
and
perusal
together
will
a
in
with
gall
gallantry
sang
may
national
police
grand
renaissance
dam
investment
authority
economic
framework
prosperity
embassy
parliament
speaker
army
chief
holds
call
about
quits
capacity
strengthening
thanked
bought
through
short
that
strategic
opened
central
foreign
affairs
commission
minister
defense
contact
group
forum
partnership
business
council
talks
agricultural
mechanical
university
science
technology
women
men
veterans
association
national
team
won
united
colonies
declaration
commitment
protect
civilians
signed
islamic
republic
government
mark
green
heat
rose
led
title
hail
press
office
royal
research
center
politics
institute
studies
special
envoy
lender
runs
film
including
more
plan
also
owns
channel
bob
lee
old
ads
say
visit
state
regional
source
congressman
former
plumbing
company
founder
running
corps
engineers
department
health
share
recovery
lack
nets
says
heat
striker
";

fn gazetteer() -> Gazetteer {
    let files = [
        (PathBuf::from("people.tsv"), EntityType::Person, PEOPLE),
        (
            PathBuf::from("countries.tsv"),
            EntityType::Country,
            COUNTRIES,
        ),
        (
            PathBuf::from("organizations.tsv"),
            EntityType::Organization,
            ORGANIZATIONS,
        ),
        (PathBuf::from("places.tsv"), EntityType::Place, PLACES),
    ];
    // Filler words push "sal" beyond the rank a short alias may glue to.
    let filler: String = (0..1000).map(|i| format!("filler{i}\n")).collect();
    let words = format!("{WORDS}{filler}sal\n");
    Gazetteer::from_texts(&files, &words).expect("test gazetteer loads")
}

struct Row {
    name: &'static str,
    text: &'static str,
    expected: &'static [&'static str],
}

macro_rules! rows {
    ($($name:literal: $text:literal => [$($m:literal),* $(,)?];)*) => {
        &[$(Row { name: $name, text: $text, expected: &[$($m),*] }),*]
    };
}

const ROWS: &[Row] = rows! {
    // Plain names, aliases and case.
    "canonical name": "Antony Blinken arrived." => ["Antony Blinken=Antony Blinken"];
    "surname alias": "Blinken arrived." => ["Antony Blinken=Blinken"];
    "misspelt first name": "Antonio Blinken arrived." => ["Antony Blinken=Antonio Blinken"];
    "lowercase name": "antony blinken arrived" => ["Antony Blinken=antony blinken"];
    "all-caps headline": "NETANYAHU REJECTS TRUCE TERMS" => ["Benjamin Netanyahu=NETANYAHU"];
    "all-caps headline two names": "BLINKEN MEETS SISI IN CAIRO" => ["Antony Blinken=BLINKEN", "Abdel Fattah el-Sisi=SISI", "Cairo=CAIRO"];
    "leftmost longest": "the Gaza Strip is" => ["Gaza Strip=Gaza Strip"];
    "short form": "in Gaza today" => ["Gaza Strip=Gaza"];
    "longest alias of several": "the UN Security Council met" => ["United Nations Security Council=UN Security Council"];
    "alias inside longer alias": "the Security Council met" => ["United Nations Security Council=Security Council"];
    "two adjacent names": "Herzog Netanyahu" => ["Isaac Herzog=Herzog", "Benjamin Netanyahu=Netanyahu"];
    "comma list": "Egypt, Qatar, Jordan, Saudi Arabia and the US" => ["Egypt=Egypt", "Qatar=Qatar", "Jordan=Jordan", "Saudi Arabia=Saudi Arabia", "United States=US"];
    "official name": "the Arab Republic of Egypt said" => ["Egypt=Arab Republic of Egypt"];
    "kingdom long form": "the Kingdom of Saudi Arabia" => ["Saudi Arabia=Kingdom of Saudi Arabia"];
    "organization long name": "the Islamic Resistance Movement said" => ["Hamas=Islamic Resistance Movement"];
    "name at start and end": "Hamas" => ["Hamas=Hamas"];
    "empty text": "" => [];
    "no entities": "Nothing to see here." => [];
    // Case policy for capitals aliases.
    "US in capitals": "the US has presented" => ["United States=US"];
    "us the pronoun": "he told us that" => [];
    "Us at sentence start": "Us and them" => [];
    "US pronoun in caps headline is US": "TALKS WITH US" => ["United States=US"];
    "dotted U.S.": "U.S. Secretary of State" => ["United States=U.S."];
    "dotted U.S. mid sentence": "the U.S. has" => ["United States=U.S."];
    "lowercase u.s. is not US": "the u.s. has" => [];
    "U.N. dotted": "According to U.N. monitors" => ["United Nations=U.N."];
    "USA": "the USA and Egypt" => ["United States=USA", "Egypt=Egypt"];
    "usa lowercase": "usa" => [];
    "PLO": "the secretary-general of the PLO said" => ["Palestine Liberation Organization=PLO"];
    "plo lowercase": "plo" => [];
    "AP photo credit": "(AP Photo/Jacquelyn Martin)" => ["Associated Press=AP"];
    "ap lowercase": "an ap course" => [];
    "KSA": "KSA officials" => ["Saudi Arabia=KSA"];
    "US-backed": "US-backed talks" => ["United States=US"];
    "USAID is not US": "USAID funds" => [];
    // Boundaries.
    "Oman in Romania": "Romania and Oman" => ["Romania=Romania", "Oman=Oman"];
    "Oman inside Romania only": "in Romania" => ["Romania=Romania"];
    "Peru in perusal": "a perusal of the text" => [];
    "Togo in together": "together with Togo" => ["Togo=Togo"];
    "Israel inside word": "Disraeli said" => [];
    "hyphen compound": "the Gaza-Egypt border" => ["Gaza Strip=Gaza", "Egypt=Egypt"];
    "Israel-Hamas": "the Israel-Hamas conflict" => ["Israel=Israel", "Hamas=Hamas"];
    "digits are word chars": "Gaza2 and 3Gaza" => [];
    "underscore boundary": "Gaza_Strip" => ["Gaza Strip=Gaza"];
    "parentheses": "(Hamas)" => ["Hamas=Hamas"];
    "quotes around": "\"Hezbollah\"" => ["Hezbollah=Hezbollah"];
    // Demonyms, plurals, possessives.
    "demonym": "Egyptian Foreign Minister Sameh Shoukry" => ["Egypt=Egyptian", "Sameh Shoukry=Sameh Shoukry"];
    "plural demonym": "81 Israelis and 24 foreigners" => ["Israel=Israelis"];
    "demonym Israeli": "Israeli hostages" => ["Israel=Israeli"];
    "demonym American": "American officials" => ["United States=American"];
    "Palestinians": "240 Palestinians" => ["Palestine=Palestinians"];
    "Saudi demonym vs country": "Saudi Al-Arabiya and Saudi Arabia" => ["Saudi Arabia=Saudi", "Saudi Arabia=Saudi Arabia"];
    "shorter alias when longest fails": "a Saudi Arabian firm" => ["Saudi Arabia=Saudi"];
    "possessive straight": "Blinken's visit" => ["Antony Blinken=Blinken"];
    "possessive curly": "Blinken’s visit" => ["Antony Blinken=Blinken"];
    "possessive plural": "Hamas' demands" => ["Hamas=Hamas"];
    "possessive of country": "Egypt's state news agency" => ["Egypt=Egypt"];
    "Turkish": "Turkish President" => ["Turkey=Turkish"];
    // Folding: accents, dashes, quotes, whitespace.
    "accent in text not alias": "Shoukrý arrived" => ["Sameh Shoukry=Shoukrý"];
    "accent in alias not text": "Pedro Sanchez spoke" => ["Pedro Sánchez=Pedro Sanchez"];
    "accent in both": "Sánchez spoke" => ["Pedro Sánchez=Sánchez"];
    "decomposed accent": "Sa\u{301}nchez spoke" => ["Pedro Sánchez=Sa\u{301}nchez"];
    "Türkiye": "Türkiye and TURKIYE" => ["Turkey=Türkiye", "Turkey=TURKIYE"];
    "non-breaking hyphen": "Al\u{2011}Aqsa" => ["Al-Aqsa Mosque=Al\u{2011}Aqsa"];
    "en dash in name": "el–Sisi said" => ["Abdel Fattah el-Sisi=el–Sisi"];
    "hyphen variant el-Sissi": "Abdel-Fattah el-Sissi" => ["Abdel Fattah el-Sisi=Abdel-Fattah el-Sissi"];
    "space instead of hyphen is another alias": "Al Jazeera and Al-Jazeera and Aljazeera" => ["Al Jazeera=Al Jazeera", "Al Jazeera=Al-Jazeera", "Al Jazeera=Aljazeera"];
    "non-breaking space": "Tel\u{a0}Aviv" => ["Tel Aviv=Tel\u{a0}Aviv"];
    "line break inside a name": "Benjamin\nNetanyahu" => ["Benjamin Netanyahu=Benjamin\nNetanyahu"];
    "double space inside a name": "Tel  Aviv" => ["Tel Aviv=Tel  Aviv"];
    "zero-width space inside a name": "Blin\u{200b}ken" => ["Antony Blinken=Blin\u{200b}ken"];
    "curly quotes around": "“Gallant” said" => ["Yoav Gallant=Gallant"];
    "İstanbul": "İSTANBUL and İstanbul" => ["Istanbul=İSTANBUL", "Istanbul=İstanbul"];
    "spelling variants": "Gaddafi, Qaddafi and Kadhafi" => ["Muammar Gaddafi=Gaddafi", "Muammar Gaddafi=Qaddafi", "Muammar Gaddafi=Kadhafi"];
    // Glued words.
    "glued common word": "herzogsaid that" => ["Isaac Herzog=herzog+glued"];
    "glued short city": "dohais hot" => ["Doha=doha+glued"];
    "glued capital": "GallantThe minister" => ["Yoav Gallant=Gallant+glued"];
    "glued capital Hezbollah": "HezbollahA statement" => ["Hezbollah=Hezbollah+glued"];
    "glued arrived": "blinkenarrived in Cairo" => ["Antony Blinken=blinken+glued", "Cairo=Cairo"];
    "glued two-word alias": "Tel Avivis" => ["Tel Aviv=Tel Aviv+glued"];
    "not glued: rest not a word": "Herzogxyz said" => [];
    "glued four-letter alias": "Gazasaid" => ["Gaza Strip=Gaza+glued"];
    "not glued: short alias and a rare word": "Peru and Dohasal" => ["Peru=Peru"];
    "glued: long alias and a rare word": "Blinkensal" => ["Antony Blinken=Blinken+glued"];
    "not glued: short alias": "Lodsaid and Lod" => ["Lod=Lod"];
    "not glued: short alias before a capital": "LodThe" => [];
    "not glued: capitals alias": "USAThe" => [];
    "not glued: alias starts a common word": "gallantry" => [];
    "not glued: prefix of common word even with word rest": "Gallantsang" => [];
    "glued never on the left": "saidHerzog" => [];
    "plural is not glued": "Israelis" => ["Israel=Israelis"];
    // Names in context: shared aliases.
    "shared alias resolved by full name": "Mohammed bin Abdulrahman Al Thani met Blinken. Al Thani said." => ["Mohammed bin Abdulrahman Al Thani=Mohammed bin Abdulrahman Al Thani", "Antony Blinken=Blinken", "Mohammed bin Abdulrahman Al Thani=Al Thani"];
    "shared alias resolved by other alias": "Emir Tamim spoke. Al Thani left." => ["Tamim bin Hamad Al Thani=Emir Tamim", "Tamim bin Hamad Al Thani=Al Thani"];
    "shared alias before the full name": "Al Thani spoke. Later Tamim bin Hamad Al Thani left." => ["Tamim bin Hamad Al Thani=Al Thani", "Tamim bin Hamad Al Thani=Tamim bin Hamad Al Thani"];
    "shared alias with neither": "Al Thani spoke." => ["?=Al Thani"];
    "ambiguous before resolved keeps text order": "Al Thani met Blinken and Al Thani left." => ["?=Al Thani", "Antony Blinken=Blinken", "?=Al Thani"];
    "shared alias with both": "Emir Tamim and Sheikh Mohammed met. Al Thani said." => ["Tamim bin Hamad Al Thani=Emir Tamim", "Mohammed bin Abdulrahman Al Thani=Sheikh Mohammed", "?=Al Thani"];
    "shared surname Sinwar": "Yahya Sinwar was killed; Sinwar led Hamas." => ["Yahya Sinwar=Yahya Sinwar", "Yahya Sinwar=Sinwar", "Hamas=Hamas"];
    // Context aliases: surnames and short forms, active where the person is named.
    "surname after the full name": "Keir Starmer spoke. Starmer said." => ["Keir Starmer=Keir Starmer", "Keir Starmer=Starmer"];
    "surname before the full name": "Starmer said. Keir Starmer spoke." => ["Keir Starmer=Starmer", "Keir Starmer=Keir Starmer"];
    "surname without the full name is left out": "Starmer said." => [];
    "surname in lower case is not a name": "Keir Starmer and a starmer" => ["Keir Starmer=Keir Starmer"];
    "surname in capitals": "Keir Starmer spoke. STARMER SAID" => ["Keir Starmer=Keir Starmer", "Keir Starmer=STARMER"];
    "surname right after a shorter name of the same person": "Sir Keir Starmer spoke." => ["Keir Starmer=Sir Keir"];
    "surname never glued": "Keir Starmer spoke. Starmersaid" => ["Keir Starmer=Keir Starmer"];
    "title and surname name the person": "Prime Minister Starmer said. Starmer left." => ["Keir Starmer=Starmer", "Keir Starmer=Starmer"];
    "hyphenated title": "Secretary-General Starmer said" => ["Keir Starmer=Starmer"];
    "not a title before the surname": "Mr Starmer said" => [];
    "a surname before another name is a first name": "Rwandan President Starmer Kagame said" => [];
    "a surname before a lower-case word": "Keir Starmer spoke. Starmer said" => ["Keir Starmer=Keir Starmer", "Keir Starmer=Starmer"];
    "shared surname, one named": "Simon Harris spoke. Harris said." => ["Simon Harris=Simon Harris", "Simon Harris=Harris"];
    "shared surname, other named by alias": "Vice President Harris spoke. Harris said." => ["Kamala Harris=Vice President Harris", "Kamala Harris=Harris"];
    "shared surname, both named": "Kamala Harris and Simon Harris met. Harris said." => ["Kamala Harris=Kamala Harris", "Simon Harris=Simon Harris", "?=Harris"];
    "shared surname, neither named": "Harris said." => [];
    "short form from the column": "Luiz Inacio Lula da Silva arrived. Lula said." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva=Lula"];
    "short form without the full name": "Lula said." => [];
    "surname with its particle": "Luiz Inacio Lula da Silva arrived. Da Silva said. Silva left." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva=Da Silva", "Luiz Inacio Lula da Silva=Silva"];
    "capitals short form": "Mohammed bin Salman arrived. MBS said." => ["Mohammed bin Salman=Mohammed bin Salman", "Mohammed bin Salman=MBS"];
    "capitals short form in lower case": "Mohammed bin Salman arrived. Mbs said." => ["Mohammed bin Salman=Mohammed bin Salman"];
    "common-word surname needs the full name first": "May said. Theresa May spoke. May left." => ["Theresa May=Theresa May", "Theresa May=May"];
    "common-word surname after a title names in full": "Prime Minister May said. Theresa May spoke." => ["Theresa May=May", "Theresa May=Theresa May"];
    "common-word surname after a title, no full name": "Prime Minister May said." => ["Theresa May=May"];
    "another given name before a surname alias is someone else": "Author Hannah Netanyahu said so." => [];
    "another given name before a context surname is someone else": "Kamala Harris spoke. Later Dana Harris said so." => ["Kamala Harris=Kamala Harris"];
    "the person's own given name, misspelt, before the surname": "Then Barak Obama spoke." => ["Barack Obama=Obama"];
    "middle names after the person's own given name": "Then Luiz Carlos Inacio Lula said so. Luiz Inacio Lula da Silva spoke." => ["Luiz Inacio Lula da Silva=Lula", "Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva"];
    "a hyphenated title before a surname": "Vice President-elect Obama spoke." => ["Barack Obama=Obama"];
    "an honorific without a full stop before a surname": "Later Mr Obama spoke." => ["Barack Obama=Obama"];
    "a possessive country before a surname": "Then Israel’s Netanyahu spoke." => ["Israel=Israel", "Benjamin Netanyahu=Netanyahu"];
    "a common word before a surname is no given name": "When Obama spoke." => ["Barack Obama=Obama"];
    "a given name before a first-name alias is someone else": "Then Zorbo Xi said so." => [];
    "a title before a first-name alias is kept": "Then President Xi said so." => ["Xi Jinping=Xi"];
    "a demonym before a first-name alias is kept": "Then the Qatari Xi said so." => ["Qatar=Qatari", "Xi Jinping=Xi"];
    "common-word surname alone": "May we go?" => [];
    "derived surname turned off": "Xi Jinping spoke. Jinping said. Xi left." => ["Xi Jinping=Xi Jinping", "Xi Jinping=Xi"];
    "surname that is also a country, person named": "Michael Jordan played. Jordan scored." => ["Michael Jordan=Michael Jordan", "Michael Jordan=Jordan"];
    "surname that is also a country, person not named": "Jordan and Egypt" => ["Jordan=Jordan", "Egypt=Egypt"];
    "surname that is also a country, both named": "Michael Jordan met Jordanian fans. Jordan scored." => ["Michael Jordan=Michael Jordan", "Jordan=Jordanian", "?=Jordan"];
    // Names inside names.
    "Bank of Japan": "the Bank of Japan raised rates" => [];
    "a head before for": "at the Research Center for Egyptian Politics, he said." => [];
    "a head before for the": "the Institute for the Egyptian Studies said." => [];
    "a title before for is kept": "said the Special Envoy for Egypt today." => ["Egypt=Egypt"];
    "a lower-case for is kept": "the Foreign Minister thanked them for Egypt's support." => ["Egypt=Egypt"];
    // A capitalised word right before the match: a listed head ending a name, or a
    // word that is no common word and starts no known name before a place's name.
    "a head ending a name before the match": "and TD Bank Egypt, a lender, was fined." => [];
    "a cup's name before the match": "at the FIFA World Cup Egypt 2015 final." => [];
    "a head alone before the match is kept": "the Bank Egypt runs." => ["Egypt=Egypt"];
    "an unknown word before a place": "at Zorbo Cairo in the township." => [];
    "a known name before a place is kept": "the Hamas Cairo office said." => ["Hamas=Hamas", "Cairo=Cairo"];
    "a sentence's first word before a place is kept": "He left. Zorbo Cairo said." => ["Cairo=Cairo"];
    "a title before a place is kept": "said Ambassador Cairo today." => ["Cairo=Cairo"];
    "a team prefix": "he is competing for Team Egypt now." => [];
    "of with a title is kept": "the Prime Minister of Japan said" => ["Japan=Japan"];
    "of with a lower-case word is kept": "the people of Gaza" => ["Gaza Strip=Gaza"];
    "of after a sentence-opening word is kept": "Most of Gaza is" => ["Gaza Strip=Gaza"];
    // A Romance "of" after a capitalised word: the match ends a name in another language.
    "a Romance de before a country": "the Banco de Mexico raised rates" => [];
    "a Romance de la before a place": "at the Universidad de la Cairo today" => [];
    "a lower-case word before de is kept": "la ciudad de Mexico es grande" => ["Mexico=Mexico"];
    "a demonym after de is kept": "the Banco de Mexican exports" => ["Mexico=Mexican"];
    // A capitalised common word after "the" and before "of": a name's head.
    "a name's head after the before of": "since the Statue of Egypt stands" => [];
    "a name's head after the before of the": "the Statue of the United States stands" => [];
    "a name's head without the is kept": "a Statue of Egypt stands" => ["Egypt=Egypt"];
    "a place's organ after the is kept": "the Parliament of Egypt met" => ["Egypt=Egypt"];
    "a state's word after the is kept": "the Government of Egypt said" => ["Egypt=Egypt"];
    "a head after the on a title-case headline is kept": "The Statue of Egypt Stands\nIt does." => ["Egypt=Egypt"];
    // Between capitalised common words after "the": the middle of a name.
    "a place between name words after the": "sang from the Great Egypt Songbook for years." => [];
    "a place between name words after The": "The Great Egypt Songbook is long." => [];
    "between name words without the is kept": "a Great Egypt Songbook is long." => ["Egypt=Egypt"];
    "a lower-case word after is kept": "the Great Egypt once stood here." => ["Egypt=Egypt"];
    "a demonym between name words": "the Great Egyptian Songbook is long." => [];
    "the match's own office between name words is kept": "the Royal Egypt Embassy said so." => ["Egypt=Egypt"];
    "a title-case headline between name words is kept": "The Great Egypt Songbook Returns\nIt is back." => ["Egypt=Egypt"];
    "University of X": "at the University of Cairo" => [];
    "Gulf of Mexico (name)": "in the Gulf of Mexico" => [];
    "X Airways (name and head)": "a Qatar Airways flight" => [];
    "X Foundation": "the Obama Foundation said" => [];
    // Heads of a generic shape (companies, media, teams, waters, units, funds), orders
    // before "of" and airlines' "Air"; titles, possessives and lower case keep the match.
    "a company head": "shares of Cairo Properties rose" => [];
    "a studio head": "the film by Qatar Studios opened" => [];
    "a newspaper head": "the Egypt Review reported" => [];
    "a team head": "Qatar United won the match" => [];
    "a sport's federation head": "the Jordan Athletics federation met" => [];
    "a sea head": "ships in the Japan Sea were seen" => [];
    "a coast head": "the Qatar Coast is warm" => [];
    "a military unit head": "the Cairo Brigade moved north" => [];
    "a fund head": "the Qatar Fund paid for it" => [];
    "a programme head": "he directs the Japan Program at a think tank" => [];
    "a chamber head": "the U.S. Chamber of Commerce said" => [];
    "a quarter head": "in the Jordan Quarter of the old city" => [];
    "an order before of": "he received the Order of Egypt" => [];
    "a lineage before of": "the Brothers of Japan party won" => [];
    "an airline prefix": "she flew Air Mexico to Lima" => [];
    "a place in parentheses in a company's name": "Reach Holding Group (Cairo) Co. Ltd. sold ships" => [];
    "a place in parentheses after a name is kept": "the Reach Group (Cairo) said so" => ["Cairo=Cairo"];
    "a joined title is kept": "the Egypt Trade and Investment Minister said" => ["Egypt=Egypt"];
    "an energy title keeps the demonym": "Japanese Energy Minister spoke" => ["Japan=Japanese"];
    "a possessive before a title keeps it": "Japan's Foreign Minister spoke" => ["Japan=Japan"];
    "the Government of X keeps it": "the Government of Japan said" => ["Japan=Japan"];
    "a lower-case head keeps it": "the Qatar fund and the Japan sea route" => ["Qatar=Qatar", "Japan=Japan"];
    "the air of a place keeps it": "the air in Mexico is dry" => ["Mexico=Mexico"];
    // Heads of kinds of name the open text had few of (its batch of 36).
    "an eatery named after a city": "the owner of Cairo Kitchen in town said" => [];
    "a clinic named after a city": "doctors at the Cairo Clinic said" => [];
    "a town named after a place": "he moved to Cairo City last year" => [];
    "the City of a place is the place": "the City of Cairo paid for it." => ["Cairo=Cairo"];
    "a race named after a place": "he won the Cairo Derby twice" => [];
    "a holiday named after a country": "on Egypt Day the crowds came" => [];
    "a pact named after a city": "the Cairo Pact was signed" => [];
    "a company named after a country": "shares of Japan Steel fell" => [];
    "a base named after a city": "troops at Cairo Base trained" => [];
    "a post named after a person": "soldiers at Fort Obama trained" => [];
    "a storm named after a place": "when Hurricane Cairo struck" => [];
    "a lower-case head is kept": "a Cairo day trip" => ["Cairo=Cairo"];
    "a newspaper named after a city": "the Cairo Chronicle reported" => [];
    "a railway named after a country": "the Egypt Railways timetable" => [];
    "a hall named after a person": "a concert at Obama Hall tonight" => [];
    "a scholarship named after a country": "she won a Japan Scholarship in May" => [];
    "a house of worship named after a city": "prayers at the Cairo Synagogue ended" => [];
    // A capitalised common word and "of" a capitalised word after the match: the head of
    // a longer name ("U.S. Army Corps of Engineers", "Virginia House of Delegates").
    "a head noun and of after the match": "the Japan Corps of Engineers built it." => [];
    "a head noun and of the after the match": "the Japan Department of the Interior said so." => [];
    "an office's name in of after the match": "the Egypt Press Office of Science and Technology said so." => [];
    "an office without of after the match is kept": "the Egypt Press Office said so." => ["Egypt=Egypt"];
    "a lower-case word after of is kept": "the Japan Share of trade rose." => ["Japan=Japan"];
    "a title before of after the match is kept": "the Egyptian Minister of Foreign Affairs said so." => ["Egypt=Egyptian"];
    "a state's word before of after the match is kept": "the Japan Government of Prime Minister Zorbo said so." => ["Japan=Japan"];
    "a match ending in a stop may end its sentence": "students go to the U.S. Lack of English is one problem." => ["United States=U.S."];
    "a person before an office's name in of is kept": "Minister Keir Starmer Department of Health, London." => ["Keir Starmer=Keir Starmer"];
    // Words joined to a name ending in a head, the last before the head no common word.
    "a joined name with an uncommon word before its head": "the American Recovery and Zorbo Act passed." => [];
    "a joined uncommon word without a head is kept": "the American Recovery and Zorbo plan passed." => ["United States=American"];
    "a summit named after people is theirs": "the Joe Biden-Keir Starmer Summit ended" => ["Joe Biden=Joe Biden", "Keir Starmer=Keir Starmer"];
    "a summit named after a place is no place": "the Cairo Summit ended" => [];
    "X Post": "the Kyiv Post reported" => [];
    "X University": "Cairo University students" => [];
    "X Open": "the Australian Open and the US Open" => [];
    "X Corridor": "the Cairo Corridor railway" => [];
    "X River": "water reduction efforts on the Tijuana River, officials said" => [];
    "X Airport": "he landed at Cairo Airport on Monday" => [];
    "X Tower, after a person": "a meeting at Trump Tower in New York" => [];
    "X Palace": "talks at the Kremlin Palace ended" => [];
    "X Valley, a lower-case valley is kept": "the Cairo valley floods" => ["Cairo=Cairo"];
    "X Bay, a possessive is kept": "Egypt's bay" => ["Egypt=Egypt"];
    "a person named after a city": "the superstar Doha Quandtson and others." => [];
    "a person named after a country": "a lecture by Peru Quandtson on Monday." => [];
    "a team named after a city": "the players of the Cairo Rangers said." => [];
    "a surname that is also a country, before another name": "Michael Jordan played. A talk by Jordan Quandtson followed." => ["Michael Jordan=Michael Jordan"];
    "a place's people are kept": "the Gaza residents fled" => ["Gaza Strip=Gaza"];
    "two countries side by side are kept": "the Egypt Israel talks" => ["Egypt=Egypt", "Israel=Israel"];
    "a title's holder after of is kept": "the President of Egypt Zorbo Quandt said" => ["Egypt=Egypt"];
    "a day after a place is kept": "in Cairo Tuesday, he said" => ["Cairo=Cairo"];
    "a known name after a place is kept": "in Cairo Blinken said" => ["Cairo=Cairo", "Antony Blinken=Blinken"];
    "a region named after an ocean": "in the Pacific Northwest, on the border" => [];
    "a sport's body named after a country": "USA Basketball officials said" => [];
    "X War": "issues related to the Japan War, including tons of bombs" => [];
    "X Association": "a meeting of the American Association for the Advancement of Science" => [];
    "a race named after a country (name)": "he won the Tour de France in 2013" => [];
    "a given name that only starts a known name, before a place": "played with Michael Cairo and the Bulls." => [];
    "a whole known name before a place is kept": "then Netanyahu Cairo talks began." => ["Benjamin Netanyahu=Netanyahu", "Cairo=Cairo"];
    // A quoted title of a work, a programme or a slogan holds the match.
    "a quoted show's title": "including Fox News Channel, \"American Idol\" and more" => [];
    "a quoted film title, curly quotes": "the film \u{201c}Letters From Egypt\u{201d} won" => [];
    "a quoted title with a number": "the \"Made in Japan 2025\" plan" => [];
    "a quoted title ending a sentence": "It also owns \"The Egypt Show.\" A new channel" => [];
    "a quote of the name alone is kept": "he called it \"Egypt\" then" => ["Egypt=Egypt"];
    "a quoted sentence is kept": "\"Egypt is safe,\" he said." => ["Egypt=Egypt"];
    "a quote closing before the match is kept": "he said \"yes\" and Egypt \"Agreed\" later" => ["Egypt=Egypt"];
    "a quoted title on a title-case headline is kept": "Blinken Says \"Egypt First\" Plan Works" => ["Antony Blinken=Blinken", "Egypt=Egypt"];
    "Pacific Islands": "partnerships across the Pacific Islands region" => [];
    "Pacific alone is kept": "across the Pacific to Egypt" => ["Pacific Ocean=Pacific", "Egypt=Egypt"];
    "X Accords": "the Japan Accords" => [];
    "X Command": "Qatar Command" => [];
    "head in lower case is kept": "Qatar airways are busy" => ["Qatar=Qatar"];
    "head after a possessive is kept": "Qatar's foundation" => ["Qatar=Qatar"];
    "title after a demonym is kept": "Egyptian Foreign Minister Sameh Shoukry" => ["Egypt=Egyptian", "Sameh Shoukry=Sameh Shoukry"];
    "Congress Center": "the International Congress Center" => [];
    "US Congress is kept": "the US Congress voted" => ["United States Congress=US Congress"];
    // "Congress" alone is the US Congress only in a document about the United States
    // (naming it, or someone affiliated with it), and not another country's or a party's.
    "Congress in a US document": "Congress voted. The US said." => ["United States Congress=Congress", "United States=US"];
    "Congress after the US is named": "The US said Congress voted." => ["United States=US", "United States Congress=Congress"];
    "Congress through an affiliated person": "Joe Biden urged Congress to act." => ["Joe Biden=Joe Biden", "United States Congress=Congress"];
    "Congress in a document not about the US": "Congress voted in Lima." => [];
    "another country's Congress": "Peru's Congress voted. The US said." => ["Peru=Peru", "United States=US"];
    "a demonym's Congress": "the Peruvian Congress voted. The US said." => ["Peru=Peruvian", "United States=US"];
    "a party Congress": "the Communist Party Congress opened. The US said." => ["United States=US"];
    "Congress of a country": "the Congress of Peru voted. The US said." => ["Peru=Peru", "United States=US"];
    "lower-case congress": "a party congress opened. The US said." => ["United States=US"];
    "Congress opening a sentence": "The US said. Congress voted." => ["United States=US", "United States Congress=Congress"];
    "The Congress": "The US said. The Congress voted." => ["United States=US", "United States Congress=Congress"];
    // An unlisted name: capitalised common words after the match, no title among them.
    "unlisted name after a demonym": "strengthening Egyptian National Police capacity" => [];
    "unlisted name of three words": "on the Grand Egyptian Renaissance Dam that" => [];
    "unlisted name after a country": "the Qatar Investment Authority bought it" => [];
    "unlisted name after a hyphenated place": "through the Indo-Pacific Economic Framework for Prosperity" => [];
    "one capitalised word is kept": "the Egyptian Embassy said" => ["Egypt=Egyptian"];
    "a title stops the name": "the Israeli Parliament Speaker said" => ["Israel=Israeli"];
    "a title after a common word stops it too": "the Israeli Army Chief said" => ["Israel=Israeli"];
    "a person named after a demonym is kept": "the Israeli Benny Gantz said" => ["Israel=Israeli"];
    "an acronym after the match is kept": "the Egyptian UN Mission" => ["Egypt=Egyptian", "United Nations=UN"];
    "a compound of parties is kept": "the US-Egyptian Strategic Dialogue opened" => ["United States=US", "Egypt=Egyptian"];
    "a title qualifier in an unlisted name": "the Egyptian Central Foreign Affairs Commission said that." => [];
    "a title qualifier before a title is kept": "the Egyptian Foreign Affairs Minister met" => ["Egypt=Egyptian"];
    "lower-case words are kept": "Egyptian national police" => ["Egypt=Egyptian"];
    "a title-case headline keeps its names": "Rubio Holds Call With Egypt About Sudan\nThe call was short." => ["Marco Rubio=Rubio", "Egypt=Egypt"];
    "a short headline keeps its names": "Egyptian National Police Chief Quits" => ["Egypt=Egyptian"];
    "prose under a headline is still checked": "Rubio Holds Call\n\nHe thanked the Egyptian National Police for it." => ["Marco Rubio=Rubio"];
    "a longer name starting inside a dropped match is kept": "Austin will host the Ukraine Defense Contact Group today." => ["Ukraine Defense Contact Group=Ukraine Defense Contact Group"];
    "no shorter match inside a dropped one": "at the Ukraine Defense Contact Forum today." => [];
    "a plural title stops the name (a body's meeting)": "the PLO Foreign Ministers Meeting opened" => ["Palestine Liberation Organization=PLO"];
    "a plural title after a demonym": "the Egyptian Defense Ministers Meeting" => ["Egypt=Egyptian"];
    "a plural common word is still a name": "the Egyptian National Police capacity" => [];
    // An unlisted name joined by "and" or "of" that a head ends, or ended by a plural
    // possessive: the group a team or a body is for.
    "a name joined by and that a head ends": "a student at Cairo Agricultural and Mechanical University said." => [];
    "a name joined twice that a head ends": "the Cairo Science and Technology University said." => [];
    "a joined name no head ends is kept": "the Cairo Science and Technology officials said." => ["Cairo=Cairo"];
    "and right after the match is kept": "Cairo and Doha University students said." => ["Cairo=Cairo"];
    "titles joined by and are kept": "the Egyptian Foreign and Defense Ministers met." => ["Egypt=Egyptian"];
    "a plural possessive after the match": "the U.S. Women's national team won." => [];
    "a plural possessive in s after the match": "the Egyptian Veterans' association met." => [];
    "a title's possessive after the match is kept": "the U.S. President's visit ended." => ["United States=U.S."];
    "a singular possessive after the match is kept": "the U.S. Embassy's statement came." => ["United States=U.S."];
    // The match's own office or post (`part` in blockers.tsv) ends the capitalised
    // words: the match acting through it.
    "the match's own office is kept": "the Egyptian Press Office said so." => ["Egypt=Egyptian"];
    "the match's own embassy of two words is kept": "the Egyptian Royal Embassy said so." => ["Egypt=Egyptian"];
    "an embassy before of is kept": "the Royal Embassy of Egypt said so." => ["Egypt=Egypt"];
    "a head right after the match still blocks": "the Cairo University Press Office said so." => [];
    "an office word inside a longer run still blocks": "the Egyptian Press Office Group said so." => [];
    "the match's own possessive is kept": "Israel's Netanyahu said so." => ["Israel=Israel", "Benjamin Netanyahu=Netanyahu"];
    "another's possessive before the match makes the office the possessor's": "the grantees from the agency's Cairo Regional Office are" => [];
    "another's possessive before the match's own embassy is kept": "the agency's Egyptian Embassy contact said so." => ["Egypt=Egyptian"];
    // An item of a list is no headline, however few its common words.
    "a list item is checked as prose": "\u{2022} $150,319 to Cairo State University" => [];
    "a dash list item is checked as prose": "- $150,319 to Cairo State University" => [];
    "the same line with no bullet is a headline": "$150,319 to Cairo State University" => ["Cairo=Cairo"];
    // A given name that is also a common word, or any name word in capitals, before a
    // place's name makes a person's name of it.
    "a given name that is a common word before a place": "plumbing company founder Bob Cairo is running." => [];
    "another given name that is a common word": "former Congressman Lee Cairo spoke." => [];
    "a common word that is no given name before a place is kept": "they toured Old Cairo today." => ["Cairo=Cairo"];
    "a month before a place is kept": "it rained in May Cairo said nothing." => ["Cairo=Cairo"];
    "a speaker's label in capitals": "in the Northwest.\n\nCARLY CAIRO: \"Hello.\"" => [];
    "a common word in capitals before a place in capitals is kept": "ADS SAY VISIT CAIRO: \"Hello.\"" => ["Cairo=CAIRO"];
    "a word in capitals before a place written normally is kept": "the NBA in Cairo, said." => ["Cairo=Cairo"];
    "a title after the match is kept": "U.S. President Biden said so." => ["United States=U.S.", "Joe Biden=Biden"];
    // An unlisted name ending in "of" before the match: a listed head starts it, or two
    // capitalised words end it (the second a plural, or the pair after "the").
    "a head starts the name that ends in of": "He signed the Declaration of Commitment to Protect the Civilians of Egypt." => [];
    "two capitalised words before of": "the Second Congress founded the United Colonies of America." => [];
    "a singular pair after the before of": "a lecture at the Islamic Science of Egypt." => [];
    "a person's name before of is kept": "Rep. Mark Green of Egypt said so." => ["Egypt=Egypt"];
    "a state's formal name is kept": "the Islamic Republic of Egypt said so." => ["Egypt=Egypt"];
    "a government of the match is kept": "the Egyptian Government of Egypt said so." => ["Egypt=Egyptian", "Egypt=Egypt"];
    "a title's affairs of the match is kept": "the Minister of Foreign Affairs of Egypt said so." => ["Egypt=Egypt"];
    // A place's name before a capitalised singular common word is a team's where the
    // paragraph speaks of a league.
    "a team in a paragraph about a league": "he led the Cairo Heat to the NBA title." => [];
    "the same word with no league is kept": "the Cairo Heat rose in the summer." => ["Cairo=Cairo"];
    "a day after a place in a paragraph about a league is kept": "the NBA coach was in Cairo Tuesday, he said." => ["Cairo=Cairo"];
    "a known name after a place in a paragraph about a league is kept": "in Cairo Blinken said the NBA coach left." => ["Cairo=Cairo", "Antony Blinken=Blinken"];
    // Hyphenated compounds of capitalised parts: a part that names nothing makes the
    // compound a modifier of the name after it; a pair of parties is named by it, unless
    // a body that is neither ends the name.
    "a compound whose other part names nothing": "under the Mekong-U.S. Partnership today." => [];
    "the same compound, the match first": "the U.S.-Mekong Partnership said" => [];
    "a compound before lower-case words is kept": "the Mekong-U.S. partnership" => ["United States=U.S."];
    "a pair of parties before a body": "the U.S.-Egypt Business Council said" => [];
    "a pair of parties before an event names both": "the Israel-Egypt Strategic Dialogue opened" => ["Israel=Israel", "Egypt=Egypt"];
    "a pair of parties before lower-case words": "U.S.-Egypt talks opened" => ["United States=U.S.", "Egypt=Egypt"];
    "a lower-case part leaves the compound alone": "U.S.-led Coalition Partnership" => ["United States=U.S."];
    // A head misspelt by one letter ends a name as the head does.
    "Bureau is a head": "VOA's Cairo Bureau produced it" => [];
    "a misspelt head": "VOA's Cairo Bureu produced it" => [];
    "a misspelt head followed by a name is a name": "the Egyptian Sumit Nagal won" => ["Egypt=Egyptian"];
    // Hyphenated titles, and qualifiers before a title.
    "a hyphenated title names a surname": "President-elect Lula said." => ["Luiz Inacio Lula da Silva=Lula"];
    "a demonym before a hyphenated title is kept": "the Egyptian President-elect said" => ["Egypt=Egyptian"];
    "Acting and Deputy before a title are kept": "the Egyptian Acting Deputy Foreign Minister said" => ["Egypt=Egyptian"];
    // Context aliases in title-case headlines, where every word has a capital.
    "a surname before a capital in a headline": "Lula Holds Call About Trade\n\nLuiz Inacio Lula da Silva spoke." => ["Luiz Inacio Lula da Silva=Lula", "Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva"];
    "a titled surname before a capital in a headline": "President Lula Thanked Egypt\n\nLuiz Inacio Lula da Silva spoke." => ["Luiz Inacio Lula da Silva=Lula", "Egypt=Egypt", "Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva"];
    "a surname before a capitalised government noun": "Luiz Inacio Lula da Silva spoke. The Lula Administration said." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva=Lula"];
    "a hyphenated surname before a government noun": "Kamala Harris spoke. The Biden-Harris Administration's plan." => ["Kamala Harris=Kamala Harris", "Joe Biden=Biden", "Kamala Harris=Harris"];
    "a surname before another capitalised word is still a first name": "Luiz Inacio Lula da Silva spoke. The Lula Foundation said." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva"];
    "a surname before a capital in prose is a first name": "Luiz Inacio Lula da Silva spoke. Then Lula Egypt said that." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva", "Egypt=Egypt"];
    // A surname before a name word in a headline: a title ("Sheikh", "Pope") before a
    // name, or a given name of a longer one; kept before a common word (a headline's
    // verb, inflected too) or a name the gazetteer knows, and in prose as before.
    "an honorific surname before a name in a headline is a title": "Rubio Thanked Foreign Minister Sheikh Khalid Al Fulan\n\nHussein al-Sheikh spoke." => ["Marco Rubio=Rubio", "Hussein al-Sheikh=Hussein al-Sheikh"];
    "a title surname before a name in a headline is a title": "Pope Francis Thanked Egypt\n\nAmy Pope spoke." => ["Egypt=Egypt", "Amy Pope=Amy Pope"];
    "an honorific surname before a headline's verb is kept": "Sheikh Thanked Egypt\n\nHussein al-Sheikh spoke." => ["Hussein al-Sheikh=Sheikh", "Egypt=Egypt", "Hussein al-Sheikh=Hussein al-Sheikh"];
    "an honorific surname in prose before a name is a title": "Hussein al-Sheikh spoke. Then Sheikh Khalid said so." => ["Hussein al-Sheikh=Hussein al-Sheikh"];
    "an honorific surname alone is kept": "Hussein al-Sheikh spoke, and Sheikh said so." => ["Hussein al-Sheikh=Hussein al-Sheikh", "Hussein al-Sheikh=Sheikh"];
    "a surname before an unknown name word in a headline is a given name": "Minister Paul Smithers Thanked Egypt\n\nRand Paul spoke." => ["Egypt=Egypt", "Rand Paul=Rand Paul"];
    "a surname before a known name in a headline is kept": "Paul Egypt Talks\n\nRand Paul spoke." => ["Rand Paul=Paul", "Egypt=Egypt", "Rand Paul=Rand Paul"];
    "a surname before an inflected common word in a headline is kept": "Paul Hails Egypt\n\nRand Paul spoke." => ["Rand Paul=Paul", "Egypt=Egypt", "Rand Paul=Rand Paul"];
    "a surname before a word in capitals in a headline is kept": "Paul NASA Talks\n\nRand Paul spoke." => ["Rand Paul=Paul", "Rand Paul=Rand Paul"];
    // Surnames with lower-case particles, written as the name writes them.
    "a particle surname in lower case": "Luiz Inacio Lula da Silva spoke. Later da Silva said." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva=da Silva"];
    "a particle surname in a headline": "Rubio Meets da Silva\n\nLuiz Inacio Lula da Silva spoke." => ["Marco Rubio=Rubio", "Luiz Inacio Lula da Silva=da Silva", "Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva"];
    "a particle alone is nothing": "Luiz Inacio Lula da Silva spoke. The da said." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva"];
    "a particle before a lower-case word is nothing": "Luiz Inacio Lula da Silva spoke. In da silva said." => ["Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva"];
    "New X": "New Mexico and Mexico" => ["Mexico=Mexico"];
    "X Declaration": "under the Cairo Declaration" => [];
    "X Charter": "under the UN Charter the" => [];
    "a lower-case charter is kept": "the UN charter" => ["United Nations=UN"];
    "X Process": "the Doha Process and the Cairo Communique" => [];
    "X Summit": "at the Cairo Summit" => [];
    "x summit in lower case is kept": "at the Cairo summit" => ["Cairo=Cairo"];
    "regional adjective holding a demonym": "Latin American and North American leaders" => [];
    "American alone is kept": "American leaders" => ["United States=American"];
    "New before a demonym is kept": "New Israeli strikes" => ["Israel=Israeli"];
    "Real Madrid": "Real Madrid won in Madrid" => ["Madrid=Madrid"];
    "US dollars": "5 billion US dollars" => [];
    "U.S. dollar": "the U.S. dollar rose" => [];
    "US$": "US$5 million and US $6 million" => [];
    "US before another word is kept": "US officials" => ["United States=US"];
    // Open text (tests/eval/open/): ships, memorials, games, camps, neighbourhoods, and
    // a compass word or a hyphenated compound between "of" and the match.
    "a ship's prefix": "the USS Cairo Memorial and USNS Egypt" => [];
    "a Commonwealth ship's prefix": "HMS Egypt and HMAS Cairo sailed" => [];
    "a ship's prefix before a demonym is kept": "USS ships met Egyptian sailors" => ["Egypt=Egyptian"];
    "X Memorial": "at the Cairo Memorial today" => [];
    "X Symphony, Opera, Garden (venues and bodies of the arts)": "the Cairo Symphony, the Cairo Opera and the Cairo Garden" => [];
    "X League, Tournament, Championship (sport)": "the Egyptian League, the Cairo Tournament and the Egypt Championship" => [];
    "X Church, Mosque, Temple, Cathedral (faith)": "the Egyptian Church, a Cairo Mosque, the Cairo Temple and Cairo Cathedral" => [];
    "X Festival, X Grand Prix": "the Cairo Festival and the Egypt Grand Prix." => [];
    "X Motor (a company)": "she works for Cairo Motor now" => [];
    "a festival in lower case is kept": "a Cairo festival" => ["Cairo=Cairo"];
    "X Act (a law)": "the Affordable Health Care for Egypt Act will" => [];
    "an act in lower case is kept": "an Egypt act of kindness" => ["Egypt=Egypt"];
    "X Olympics": "at the 2004 Cairo Olympics and Cairo Paralympics" => [];
    "X Encampment": "students from the Gaza Solidarity Encampment said" => [];
    "Little X": "the boys from Little Egypt said" => [];
    "Pacific Island as an adjective": "with Pacific Island countries" => [];
    "the American Dream": "chasing the American Dream" => [];
    "a compass word between of and the match": "the University of Southern Egypt and the Bank of North Cairo" => [];
    "a compass word after a lower-case of is kept": "the people of North Cairo" => ["Cairo=Cairo"];
    "a compass word after a title's of is kept": "the Prime Minister of Southern Egypt" => ["Egypt=Egypt"];
    "a hyphenated compound after of": "the University of Wisconsin-Cairo said" => [];
    "a hyphenated compound after a lower-case of is kept": "the people of Alexandria-Cairo" => ["Cairo=Cairo"];
    // Open text, the 41 added last: a head before "of the", lakes and mountains, a
    // place's union, and a given name before another surname.
    "a head before of the": "the Export-Import Bank of the United States and the Museum of the American Revolution" => [];
    "a title before of the is kept": "the President of the United States said" => ["United States=United States"];
    "a lower-case word before of the is kept": "the people of the United States" => ["United States=United States"];
    "Lake X and Mount X": "on the shores of Lake Cairo below Mount Egypt" => [];
    "Lake before a demonym is kept": "Lake Egyptian fishermen" => ["Egypt=Egyptian"];
    "X Union": "she studied at Cairo Union and the Egyptian Union" => [];
    "X Festivals": "at the 2021 Cairo Festivals TV Awards" => [];
    "a school's head before at": "the University at Cairo and Southern College at Egypt" => [];
    "a lower-case school before at is kept": "a college at Cairo" => ["Cairo=Cairo"];
    "another head before at is kept": "the Summit at Cairo" => ["Cairo=Cairo"];
    "a regional people holding a demonym": "a colonial-era Pennsylvania German house" => [];
    "a given name before another surname": "Elton John and Kamala Taupin sang." => [];
    "a given name alone is kept": "Kamala spoke." => ["Kamala Harris=Kamala"];
    "a given name before a known name is kept": "Kamala Egypt talks" => ["Kamala Harris=Kamala", "Egypt=Egypt"];
    "a given name before a middle name is kept": "Kamala Devi Harris spoke." => ["Kamala Harris=Kamala"];
    // Open text, the 31 added last: commands named for their region, agencies named for
    // a country, native nations, and the plural of a head joined to more of a name.
    "a command named for its region": "staff of the Naval Forces Egypt and the Army Cairo band" => [];
    "Forces or Army before a demonym is kept": "Forces Egyptian and Army Egyptian officers" => ["Egypt=Egyptian", "Egypt=Egyptian"];
    "a lower-case army before a place is kept": "the army Cairo sent" => ["Cairo=Cairo"];
    "a title opening the match after Forces is kept": "the Armed Forces General Sisi said" => ["Abdel Fattah el-Sisi=General Sisi"];
    "Army ending a sentence before a place is kept": "he joined the Army. Cairo was calm" => ["Cairo=Cairo"];
    "an agency named for a country": "biologists from the U.S. Fish and Wildlife Service and the Egyptian Service counted birds." => [];
    "a lower-case service is kept": "Egyptian service members" => ["Egypt=Egyptian"];
    "American Indian": "leaders of the American Indian and Alaska Native peoples met" => [];
    "the plural of a head joined to more of a name": "funds from the Office of American Schools and Hospitals Abroad built new wards." => [];
    "the plural of a head alone is kept": "the American Schools reopen after the storm" => ["United States=American"];
    "the plural of a head before a lower-case joined word is kept": "American Schools and hospitals" => ["United States=American"];
    // The glued-word rule never splits a real word.
    "demonym-like ending is not glued": "Zairean troops" => [];
    "name plus by is not glued": "the Wallaby coach" => [];
    "name plus bies is not glued": "the Wallabies won" => [];
    "the name itself": "Walla reported" => ["Walla=Walla"];
    "name plus a surname's ending is not glued": "Mr Emmerson said" => [];
    // Issue 12, names inside names of kinds the tuning text had few of: ships named
    // after a titled person, operations, teams named in four letters, works and
    // documents named after a place.
    "a ship named after a titled person or with of": "the USS General Sisi and HMS Prince of Egypt sailed." => [];
    "a title after other initials is kept": "the INS General Sisi said" => ["Abdel Fattah el-Sisi=General Sisi"];
    "a lower-case word after a ship's prefix is kept": "the USS crew visited Cairo" => ["Cairo=Cairo"];
    "a headline after a ship's name is kept": "USS Sisi Leaves Egypt\n\nThe ship left." => ["Egypt=Egypt"];
    "Operation before a demonym or a place": "during Operation Egyptian Freedom and Operation Cairo" => [];
    "an operation in lower case is kept": "the operation Egyptian troops led" => ["Egypt=Egyptian"];
    "a team's plural of four letters": "the Cairo Nets beat them." => [];
    "a verb of four letters after a place is kept": "Cairo Says no." => ["Cairo=Cairo"];
    "a motor vessel, a club and a newspaper": "the MV Egypt, Club Cairo and the Cairo Guardian." => [];
    "a resolution named after its body": "under UN Security Council Resolution 2375 the UN Security Council acted." => ["United Nations=UN", "United Nations Security Council=UN Security Council"];
    "X Wall, X Papers, X Organization": "the Cairo Wall, the Egypt Papers and the Cairo Organization" => [];
    "a singular team word in a paragraph with a striker": "the Cairo Heat striker scored twice." => [];
};

fn describe(text: &str, doc: &ResolvedMentions, gazetteer: &Gazetteer) -> Vec<String> {
    doc.in_text_order()
        .map(|m| {
            let name = match m {
                AnyMention::Resolved(r) => gazetteer.entity(r.entity).name.as_str(),
                AnyMention::Ambiguous(_) => "?",
            };
            let glued = if m.glued() { "+glued" } else { "" };
            format!("{name}={}{glued}", &text[m.span()])
        })
        .collect()
}

fn run(matcher: &Matcher, text: &str) -> ResolvedMentions {
    let folded = FoldedText::new(text);
    let mut found = DocumentMentions::default();
    matcher.find_into(text, &folded, &mut found);
    let mut doc = ResolvedMentions::default();
    resolve_in_document(&found, &mut doc);
    doc
}

#[test]
fn mentions_table() {
    let gazetteer = gazetteer();
    let mut failures = Vec::new();
    for kind in KINDS {
        let matcher = Matcher::with_kind(&gazetteer, Some(kind)).unwrap();
        assert_eq!(matcher.automaton_kind(), kind);
        for row in ROWS {
            let doc = run(&matcher, row.text);
            let got = describe(row.text, &doc, &gazetteer);
            if got != row.expected {
                failures.push(format!(
                    "row {:?} ({kind:?}): text {:?}\n  expected {:?}\n  got      {:?}",
                    row.name, row.text, row.expected, got
                ));
            }
            for m in doc.in_text_order() {
                let span = m.span();
                assert!(row.text.is_char_boundary(span.start));
                assert!(row.text.is_char_boundary(span.end));
            }
        }
    }
    assert!(ROWS.len() >= 80, "the table has {} rows", ROWS.len());
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every automaton kind the matcher can walk.
const KINDS: [AutomatonKind; 4] = [
    AutomatonKind::Dfa,
    AutomatonKind::ContiguousNfa,
    AutomatonKind::NoncontiguousNfa,
    AutomatonKind::Trie,
];

#[test]
fn nested_aliases_beyond_the_walk_buffer() {
    // "ZED", "ZED ZED", ... twenty nested capitals aliases; the text has three in
    // capitals, then lowercase: the seventeen longest fail the case check, and the walk
    // buffer holds only sixteen, so the matcher must walk again for the shorter ones.
    let aliases: Vec<String> = (2..=20).map(|k| vec!["ZED"; k].join(" ")).collect();
    let people = format!("name\taliases\nZED\t{}\n", aliases.join("|"));
    let files = [(
        PathBuf::from("g/people.tsv"),
        EntityType::Person,
        people.as_str(),
    )];
    let gazetteer = Gazetteer::from_texts(&files, WORDS).unwrap();
    let text = format!("ZED ZED ZED {} end", vec!["zed"; 17].join(" "));
    for kind in KINDS {
        let matcher = Matcher::with_kind(&gazetteer, Some(kind)).unwrap();
        let doc = run(&matcher, &text);
        assert_eq!(
            describe(&text, &doc, &gazetteer),
            ["ZED=ZED ZED ZED"],
            "{kind:?}"
        );
    }
}

#[test]
fn spans_are_exact_byte_offsets() {
    let gazetteer = gazetteer();
    let matcher = Matcher::new(&gazetteer).unwrap();
    let text = "Ünter “Blinken’s” visit to İstanbul";
    let doc = run(&matcher, text);
    let spans: Vec<(usize, usize)> = doc.resolved.iter().map(|m| (m.start, m.end)).collect();
    let blinken = text.find("Blinken").unwrap();
    let istanbul = text.find("İstanbul").unwrap();
    assert_eq!(
        spans,
        [
            (blinken, blinken + "Blinken".len()),
            (istanbul, istanbul + "İstanbul".len())
        ]
    );
}

#[test]
fn ambiguous_mentions_keep_their_candidates() {
    let gazetteer = gazetteer();
    let matcher = Matcher::new(&gazetteer).unwrap();
    let doc = run(&matcher, "Al Thani spoke.");
    let names: Vec<&str> = doc
        .candidates_of(&doc.ambiguous[0])
        .iter()
        .map(|id| gazetteer.entity(*id).name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Mohammed bin Abdulrahman Al Thani",
            "Tamim bin Hamad Al Thani"
        ]
    );
    assert!(doc.resolved.is_empty());
    assert_eq!(
        doc.ambiguous[0].start..doc.ambiguous[0].end,
        0.."Al Thani".len()
    );
}

#[test]
fn demonym_flag() {
    let gazetteer = gazetteer();
    let matcher = Matcher::new(&gazetteer).unwrap();
    let doc = run(&matcher, "Egyptian and Egypt");
    let flags: Vec<bool> = doc.resolved.iter().map(|m| m.demonym).collect();
    assert_eq!(flags, [true, false]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn tricky() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "Blinken", "blinken", "US", "us", "U.S.", "Gaza", " ", "\n", "\u{a0}", "\u{301}", "İ",
            "ß", "ﬁ", "’s", "-", "\u{2011}", "\u{200b}", "\u{200f}", "😀", "Al Thani", "Israelis",
            "é", "said", "The", ".", "Tel Aviv", "x", "\r\n",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn spans_on_char_boundaries(text in prop_oneof![any::<String>(), tricky()]) {
            let gazetteer = gazetteer();
            let matcher = Matcher::new(&gazetteer).unwrap();
            let doc = run(&matcher, &text);
            let mut last_end = 0;
            for m in doc.in_text_order() {
                let m = m.span();
                prop_assert!(m.start < m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                prop_assert!(m.start >= last_end, "mentions overlap");
                last_end = m.end;
            }
        }
    }
}

/// Role aliases with dates: `(date, text, expected)`.
const DATED: &[(Option<&str>, &str, &[&str])] = &[
    (
        Some("2024-05-01"),
        "The US Secretary of State said.",
        &["Antony Blinken=US Secretary of State"],
    ),
    (
        Some("2025-03-01"),
        "The US Secretary of State said.",
        &["Marco Rubio=US Secretary of State"],
    ),
    (
        Some("2025-01-20"),
        "the secretary of state said",
        &["Antony Blinken=secretary of state"],
    ),
    (
        Some("2025-01-21T09:00:00Z"),
        "the secretary of state said",
        &["Marco Rubio=secretary of state"],
    ),
    // Undated, or before any holder: the country alone.
    (
        None,
        "The US Secretary of State said.",
        &["United States=US"],
    ),
    (
        Some("2019-01-01"),
        "The US Secretary of State said.",
        &["United States=US"],
    ),
    // A name right after it names the person; the role yields to the shorter alias.
    (
        Some("2024-05-01"),
        "US Secretary of State Antony Blinken",
        &["United States=US", "Antony Blinken=Antony Blinken"],
    ),
    (
        Some("2024-05-01"),
        "SECRETARY OF STATE BLINKEN: Thanks.",
        &["Antony Blinken=BLINKEN"],
    ),
    // Someone else's than the holder's of the day.
    (
        Some("2024-05-01"),
        "the former Secretary of State said",
        &[],
    ),
    (
        Some("2024-05-01"),
        "the next US Secretary of State",
        &["United States=US"],
    ),
    (Some("2024-05-01"), "a Secretary of State", &[]),
    // A longer title of someone else's: the role's words are part of it.
    (
        Some("2024-05-01"),
        "the IMF chief said on Monday",
        &["Kristalina Georgieva=IMF chief"],
    ),
    (Some("2024-05-01"), "the IMF chief economist said", &[]),
    (Some("2024-05-01"), "the IMF chief of staff said", &[]),
    (
        Some("2024-05-01"),
        "the Secretary of State spokesperson said",
        &[],
    ),
];

#[test]
fn role_aliases_hold_on_their_dates() {
    let gazetteer = gazetteer();
    let mut failures = Vec::new();
    for kind in KINDS {
        let matcher = Matcher::with_kind(&gazetteer, Some(kind)).unwrap();
        for (date, text, want) in DATED {
            let folded = FoldedText::new(text);
            let mut found = DocumentMentions::default();
            matcher.find_dated_into(text, &folded, *date, &mut found);
            let mut doc = ResolvedMentions::default();
            resolve_in_document(&found, &mut doc);
            let got = describe(text, &doc, &gazetteer);
            if got != *want {
                failures.push(format!(
                    "{date:?} {text:?} ({kind:?}): want {want:?}, got {got:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A row of the built-in gazetteer's table: mentions `text` must hold and must not.
struct BuiltinRow {
    name: &'static str,
    text: &'static str,
    present: &'static [&'static str],
    absent: &'static [&'static str],
}

/// What the shipped gazetteer covers, one row per category (issue 12): people of a kind
/// a test gazetteer cannot stand for, and the official names of ministries.
const BUILTIN_ROWS: &[BuiltinRow] = &[
    BuiltinRow {
        name: "a foreign minister of 2023-2025 named by given name (Mongolia)",
        text: "Wendy Sherman met Foreign Minister Battsetseg in Ulaanbaatar.",
        present: &["Battsetseg Batmunkh=Battsetseg", "Wendy Sherman=Wendy Sherman"],
        absent: &[],
    },
    BuiltinRow {
        name: "a foreign minister of 2023-2025 (Guinea)",
        text: "Guinean Foreign Minister Morissanda Kouyate said.",
        present: &["Morissanda Kouyaté=Morissanda Kouyate", "Guinea=Guinean"],
        absent: &[],
    },
    BuiltinRow {
        name: "a defence minister who left office in 2023 (Poland)",
        text: "Austin met Deputy Prime Minister Mariusz Błaszczak at the Pentagon.",
        present: &["Mariusz Błaszczak=Mariusz Błaszczak"],
        absent: &[],
    },
    BuiltinRow {
        name: "a defence minister of 2023-2025 (Vietnam)",
        text: "Vietnamese Minister of Defense Gen. Phan Van Giang arrived.",
        present: &["Phan Van Giang=Phan Van Giang", "Vietnam=Vietnamese"],
        absent: &[],
    },
    BuiltinRow {
        name: "a coordinating minister of Indonesia",
        text: "Coordinating Minister for Maritime Affairs and Investment Luhut Pandjaitan met him.",
        present: &["Luhut Binsar Pandjaitan=Luhut Pandjaitan"],
        absent: &[],
    },
    BuiltinRow {
        name: "a speaker who became prime minister (Mongolia)",
        text: "Speaker of the Mongolian Parliament Zandanshatar spoke.",
        present: &["Gombojavyn Zandanshatar=Zandanshatar"],
        absent: &[],
    },
    BuiltinRow {
        name: "a US deputy secretary of state of 2023-2025",
        text: "Deputy Secretary Richard Verma met President-elect Arévalo.",
        present: &["Richard Verma=Richard Verma", "Bernardo Arévalo=Arévalo"],
        absent: &[],
    },
    BuiltinRow {
        name: "a former US president and a former secretary of defense",
        text: "President Barack Obama met Jim Mattis and Acting Secretary of Defense Christopher C. Miller.",
        present: &[
            "Barack Obama=Barack Obama",
            "Jim Mattis=Jim Mattis",
            "Christopher C. Miller=Christopher C. Miller",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "former heads of state still in the news",
        text: "Nursultan Nazarbayev, Mahamadou Issoufou, Alpha Conde and Boni Yayi attended.",
        present: &[
            "Nursultan Nazarbayev=Nursultan Nazarbayev",
            "Mahamadou Issoufou=Mahamadou Issoufou",
            "Alpha Condé=Alpha Conde",
            "Boni Yayi=Boni Yayi",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "a ministry styled a department, after the institutions' adjective",
        text: "U.S. and Philippine Department of National Defense spokespersons said.",
        present: &["Filipino Defence Ministry=Philippine Department of National Defense"],
        absent: &["Philippines=Philippine"],
    },
    BuiltinRow {
        name: "a ministry after the institutions' adjective",
        text: "the Philippine Defense Ministry said",
        present: &["Filipino Defence Ministry=Philippine Defense Ministry"],
        absent: &["Philippines=Philippine"],
    },
    BuiltinRow {
        name: "a long form with the country's article",
        text: "the Ministry of Foreign Affairs of the Philippines said",
        present: &["Filipino Foreign Ministry=Ministry of Foreign Affairs of the Philippines"],
        absent: &["Philippines=Philippines"],
    },
    BuiltinRow {
        name: "a department named after its country, alone",
        text: "Global Affairs Canada said",
        present: &["Canadian Foreign Ministry=Global Affairs Canada"],
        absent: &["Canada=Canada"],
    },
    BuiltinRow {
        name: "an ambiguous department name after the demonym",
        text: "the Australian Department of Defence said",
        present: &["Australian Defence Ministry=Australian Department of Defence"],
        absent: &["Australia=Australian"],
    },
    BuiltinRow {
        name: "a Pentagon spokesperson since 2017",
        text: "Pentagon Chief Spokesperson Dana W. White provided the following readout:",
        present: &["Dana W. White=Dana W. White"],
        absent: &[],
    },
    BuiltinRow {
        name: "an alliance named with its own head noun",
        text: "partners from beyond the NATO Alliance.",
        present: &["NATO=NATO Alliance"],
        absent: &["NATO=NATO"],
    },
    BuiltinRow {
        name: "a gazetteer name inside a hyphenated compound before a name",
        text: "the Mekong region under the Mekong-U.S. Partnership. Expressing",
        present: &[],
        absent: &["United States=U.S."],
    },
    BuiltinRow {
        name: "a pair of parties before a body is neither",
        text: "a meeting of the U.S.-China Economic Council on trade",
        present: &[],
        absent: &["United States=U.S.", "China=China"],
    },
    BuiltinRow {
        name: "a pair of parties in lower-case talks is both",
        text: "the U.S.-China talks on trade",
        present: &["United States=U.S.", "China=China"],
        absent: &[],
    },
    BuiltinRow {
        name: "a misspelt head ends a place's longer name",
        text: "For more, VOA’s Moscow Bureu produced this report",
        present: &[],
        absent: &["Moscow=Moscow"],
    },
    BuiltinRow {
        name: "a demonym before a hyphenated title",
        text: "Richard Verma met with Guatemalan President-elect Bernardo Arévalo",
        present: &["Guatemala=Guatemalan"],
        absent: &[],
    },
    BuiltinRow {
        name: "a country's official name inside a ministry's",
        text: "Minister of External Relations of the Republic of Angola; distinguished",
        present: &["Angola=Republic of Angola"],
        absent: &[],
    },
    BuiltinRow {
        name: "a body's charter is not the body",
        text: "the principles of the ASEAN Charter related to the rule of law",
        present: &[],
        absent: &["ASEAN=ASEAN"],
    },
    BuiltinRow {
        name: "a head of state of a small monarchy (Luxembourg)",
        text: "Grand Duke Henri received the delegation in Luxembourg.",
        present: &["Grand Duke Henri=Grand Duke Henri", "Luxembourg=Luxembourg"],
        absent: &[],
    },
    BuiltinRow {
        name: "a prime minister of 2023-2025, then by surname (Rwanda)",
        text: "Prime Minister Edouard Ngirente met the envoy. Ngirente said the talks went well.",
        present: &["Édouard Ngirente=Edouard Ngirente", "Édouard Ngirente=Ngirente"],
        absent: &[],
    },
    BuiltinRow {
        name: "a foreign minister who left office in 2023 and her successor (Ivory Coast)",
        text: "Ivorian Foreign Minister Kandia Camara handed over to Léon Kacou Adom.",
        present: &["Kandia Camara=Kandia Camara", "Léon Kacou Adom=Léon Kacou Adom"],
        absent: &[],
    },
    BuiltinRow {
        name: "a deputy head and a spokesperson of intergovernmental bodies",
        text: "NATO Deputy Secretary General Mircea Geoana and EU spokesperson Peter Stano spoke.",
        present: &["Mircea Geoană=Mircea Geoana", "Peter Stano=Peter Stano"],
        absent: &[],
    },
    BuiltinRow {
        name: "the AU Commission chairperson of 2025",
        text: "AU Commission chairperson Mahamoud Ali Youssouf said.",
        present: &[
            "African Union Commission=AU Commission",
            "Mahmoud Ali Youssouf=Mahamoud Ali Youssouf",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "a former head of government and foreign minister still named (2009-2022)",
        text: "Former Prime Minister Shinzo Abe met Foreign Minister Kang Kyung-wha.",
        present: &["Shinzo Abe=Shinzo Abe", "Kang Kyung-wha=Kang Kyung-wha"],
        absent: &[],
    },
    BuiltinRow {
        name: "a chief of defence of 2023-2025",
        text: "Chief of the Defence Staff Admiral Sir Tony Radakin visited Kyiv.",
        present: &["Tony Radakin=Admiral Sir Tony Radakin"],
        absent: &[],
    },
    BuiltinRow {
        name: "national news agencies credited",
        text: "the minister told Ukrinform, Bernama reported.",
        present: &["Ukrinform=Ukrinform", "Bernama=Bernama"],
        absent: &[],
    },
    // The fifth coverage pass: foreign and defence ministers of 2023-2025 of the states
    // tools/coverage.py still found missing.
    BuiltinRow {
        name: "foreign ministers of small island states, before and after a change (Cape Verde)",
        text: "Rui Figueiredo Soares handed over to José Filomeno Monteiro in Praia.",
        present: &[
            "Rui Figueiredo Soares=Rui Figueiredo Soares",
            "José Filomeno Monteiro=José Filomeno Monteiro",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "a foreign minister by an alias without accents (Monaco)",
        text: "Monaco's foreign minister Isabelle Berro Amadei met the delegation.",
        present: &["Isabelle Berro-Amadeï=Isabelle Berro Amadei"],
        absent: &[],
    },
    BuiltinRow {
        name: "a foreign minister in full, then by surname (Somalia)",
        text: "Somali Foreign Minister Ahmed Moalim Fiqi met the envoy. Fiqi said the talks went well.",
        present: &[
            "Ahmed Moallim Fiqi=Ahmed Moalim Fiqi",
            "Ahmed Moallim Fiqi=Fiqi",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "three foreign ministers of 2023-2025 (South Sudan)",
        text: "James Pitia Morgan, Ramadan Abdallah Goc and Monday Semaya Kumba led the ministry.",
        present: &[
            "James Pitia Morgan=James Pitia Morgan",
            "Ramadan Mohamed Abdallah Goc=Ramadan Abdallah Goc",
            "Monday Semaya Kumba=Monday Semaya Kumba",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "Ethiopian leaders go by the given name: no family name to shorten to",
        text: "Secretary Blinken's Call With Ethiopian Prime Minister Abiy. President Taye and Minister Gedion spoke.",
        present: &["Abiy Ahmed=Abiy", "Taye Atske Selassie=Taye", "Gedion Timothewos=Gedion"],
        absent: &[],
    },
    BuiltinRow {
        name: "a surname two people of one government share is left out when both are named",
        text: "President David Kabua and Foreign Minister Kitlang Kabua arrived. Kabua said.",
        present: &["David Kabua=David Kabua", "Kitlang Kabua=Kitlang Kabua", "?=Kabua"],
        absent: &["Kitlang Kabua=Kabua", "David Kabua=Kabua"],
    },
    BuiltinRow {
        name: "a shared surname names the one person the document names",
        text: "Foreign Minister Kitlang Kabua signed the memorandum. Kabua said.",
        present: &["Kitlang Kabua=Kitlang Kabua", "Kitlang Kabua=Kabua"],
        absent: &[],
    },
    BuiltinRow {
        name: "foreign ministers of the Pacific (Nauru, Tonga, Micronesia)",
        text: "Lionel Aingimea, Fekita 'Utoikamanu and Lorin Robert met in Suva.",
        present: &[
            "Lionel Aingimea=Lionel Aingimea",
            "Fekitamoeloa 'Utoikamanu=Fekita 'Utoikamanu",
            "Lorin Robert=Lorin Robert",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "a foreign minister by an ASCII alias (Equatorial Guinea)",
        text: "Foreign Minister Simeon Oyono Esono received the ambassadors.",
        present: &["Simeón Oyono Esono Angue=Simeon Oyono Esono"],
        absent: &[],
    },
    BuiltinRow {
        name: "a defence minister who became foreign minister (Gambia)",
        text: "Gambia's Sering Modou Njie met his Senegalese counterpart.",
        present: &["Serign Modou Njie=Sering Modou Njie"],
        absent: &[],
    },
    BuiltinRow {
        name: "defence ministers before and after a change (Peru, Dominican Republic)",
        text: "Walter Astudillo replaced Jorge Chávez Cresta; Carlos Fernández Onofre replaced Carlos Díaz Morfa.",
        present: &[
            "Walter Astudillo=Walter Astudillo",
            "Jorge Chávez Cresta=Jorge Chávez Cresta",
            "Carlos Antonio Fernández Onofre=Carlos Fernández Onofre",
            "Carlos Luciano Díaz Morfa=Carlos Díaz Morfa",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "a defence minister in full, then by a surname that is a first name too (Papua New Guinea)",
        text: "Defence Minister Billy Joseph met the Australian envoy. Joseph said.",
        present: &["Billy Joseph=Billy Joseph", "Billy Joseph=Joseph"],
        absent: &[],
    },
    BuiltinRow {
        name: "a defence minister named by given name (Mongolia)",
        text: "Defence Minister Saikhanbayar received the delegation.",
        present: &["Gürsediin Saikhanbayar=Saikhanbayar"],
        absent: &[],
    },
    BuiltinRow {
        name: "a defence minister by the short form the press uses (Kuwait)",
        text: "Sheikh Fahad Al-Yousef chaired the meeting.",
        present: &["Fahad Yusuf Saud Al-Sabah=Fahad Al-Yousef"],
        absent: &[],
    },
    BuiltinRow {
        name: "the minister a defence force answers to, and the first defence minister (Trinidad and Tobago)",
        text: "Defence Minister Wayne Sturge succeeded Fitzgerald Hinds at Temple Court.",
        present: &["Wayne Sturge=Wayne Sturge", "Fitzgerald Hinds=Fitzgerald Hinds"],
        absent: &[],
    },
    BuiltinRow {
        name: "defence ministers of 2023-2025 in Africa (Liberia, Chad, Gabon)",
        text: "Geraldine George, Issakha Malloua Djamous and Brigitte Onkanowa attended.",
        present: &[
            "Geraldine Janet George=Geraldine George",
            "Issakha Malloua Djamous=Issakha Malloua Djamous",
            "Brigitte Onkanowa=Brigitte Onkanowa",
        ],
        absent: &[],
    },
    BuiltinRow {
        name: "a one-word city named like a gazetteer person's surname is left out (open text)",
        text: "Rossi and Pereira scored; the Santos coach praised Henderson and Palmas.",
        present: &[],
        absent: &[
            "Pereira=Pereira",
            "Santos=Santos",
            "Henderson=Henderson",
            "Palmas=Palmas",
        ],
    },
    BuiltinRow {
        name: "a surname that is an honorific, before a name in a title-case headline, is a title",
        text: "Blinken Meets Emirati Minister Sheikh Shakhbut bin Nahyan\n\nHussein al-Sheikh and Blinken spoke.",
        present: &["Hussein al-Sheikh=Hussein al-Sheikh"],
        absent: &["Hussein al-Sheikh=Sheikh"],
    },
    BuiltinRow {
        name: "a pair of heads of state elected for six months (San Marino)",
        text: "Captains Regent Alessandro Scarano and Adele Tonnini received the minister.",
        present: &[
            "Alessandro Scarano=Alessandro Scarano",
            "Adele Tonnini=Adele Tonnini",
        ],
        absent: &[],
    },
    // Names inside names found on new open text (issue 12).
    BuiltinRow {
        name: "a hyphenated compound of common words is one word of an unlisted name",
        text: "The Secretary wrapped another busy day at the UN General Assembly High-Level Week.",
        present: &[],
        absent: &["United Nations General Assembly=UN General Assembly"],
    },
    BuiltinRow {
        name: "a programme named after an agency, with a hyphenated word",
        text: "They announced the launch of the new USAID Climate-Resilient Ecosystems and Livelihoods program.",
        present: &[],
        absent: &["US Agency for International Development=USAID"],
    },
    BuiltinRow {
        name: "one hyphenated word before a lower-case word is kept",
        text: "The Egyptian High-Level delegation arrived on Monday.",
        present: &["Egypt=Egyptian"],
        absent: &[],
    },
    BuiltinRow {
        name: "a US combatant command is its own body, not the United States",
        text: "The hospital was donated by the Department of Defense, U.S. Africa Command, to the ministry.",
        present: &["U.S. Africa Command=U.S. Africa Command"],
        absent: &["United States=U.S."],
    },
    BuiltinRow {
        name: "a province named after its seat is not the city",
        text: "Attending were 25 students from around Bac Ninh Province.",
        present: &[],
        absent: &["Bắc Ninh=Bac Ninh"],
    },
    BuiltinRow {
        name: "a lower-case province keeps the city",
        text: "Attending were 25 students from Bac Ninh province.",
        present: &["Bắc Ninh=Bac Ninh"],
        absent: &[],
    },
    BuiltinRow {
        name: "a first name used as an alias after another given name is someone else's",
        text: "Minister of Planning Mohammed Tamim reiterated the support. The Qatari ruler Tamim met them.",
        present: &["Tamim bin Hamad Al Thani=Tamim"],
        absent: &[],
    },
    BuiltinRow {
        name: "a first name used as an alias after another given name is someone else's (alone)",
        text: "Minister of Planning Mohammed Tamim reiterated the support.",
        present: &[],
        absent: &["Tamim bin Hamad Al Thani=Tamim"],
    },
    BuiltinRow {
        name: "the White House's own press office names it (a readout's dateline)",
        text: "White House Press Office : President Joe Biden spoke today with President Luiz Inacio Lula da Silva of Brazil.",
        present: &["White House=White House", "Joe Biden=Joe Biden"],
        absent: &[],
    },
    BuiltinRow {
        name: "a country's embassy names the country",
        text: "The U.S. Embassy in Hanoi today completed the program.",
        present: &["United States=U.S."],
        absent: &[],
    },
    BuiltinRow {
        name: "a U.S. postal code in a list of them is no alias",
        text: "Universities in CT, ME, MD, MA, NY, OH, PA, PR, RI and WA to Receive Funding",
        present: &[],
        absent: &["Palestinian Authority=PA"],
    },
    BuiltinRow {
        name: "a U.S. postal code after a town is no alias",
        text: "The plant is in Pittsburgh, PA 15222. It also has one in Erie, PA.",
        present: &[],
        absent: &["Palestinian Authority=PA"],
    },
    BuiltinRow {
        name: "a postal code beside names that are no codes is kept",
        text: "Abbas said the PA, Hamas and Israel must talk. In Ramallah, PA officials agreed.",
        present: &["Palestinian Authority=PA", "Hamas=Hamas", "Israel=Israel"],
        absent: &[],
    },
    BuiltinRow {
        name: "an abbreviation between numbers is a citation of a code",
        text: "violations of 12 CFR 21.21 were found, the CFR said.",
        present: &["Council on Foreign Relations=CFR"],
        absent: &[],
    },
    BuiltinRow {
        name: "a VOA programme named after a country (in capitals)",
        text: "Welcome to THIS IS AMERICA in VOA Special English. I'm Steve Ember.",
        present: &[],
        absent: &["United States=AMERICA"],
    },
    BuiltinRow {
        name: "a VOA programme named with a demonym",
        text: "Welcome to American Mosaic in VOA Special English. American music is next.",
        present: &["United States=American"],
        absent: &[],
    },
    BuiltinRow {
        name: "places and universities named with another name",
        text: "districts of Lao Cai and the Chittagong Hill Tracts, and Alabama A&M University in Alabama",
        present: &["Alabama=Alabama"],
        absent: &["Laos=Lao", "Chattogram=Chittagong"],
    },
    BuiltinRow {
        name: "native nations, tribes and peoples named with Indian",
        text: "staff of the Quinault Indian Nation, an Indian Tribe and American Indian leaders met in Alaska",
        present: &["Alaska=Alaska"],
        absent: &["India=Indian", "United States=American"],
    },
    BuiltinRow {
        name: "Indian alone is kept",
        text: "leaders of the tribe met Indian officials in Alaska",
        present: &["India=Indian", "Alaska=Alaska"],
        absent: &[],
    },
    BuiltinRow {
        name: "a race and a city named after places",
        text: "She rode in the Kentucky Derby and toured Quebec City, then Derby and Kentucky.",
        present: &["Derby=Derby", "Kentucky=Kentucky"],
        absent: &["Quebec=Quebec"],
    },
    BuiltinRow {
        name: "an agency's district, a port and a doubled city name named after places",
        text: "The Los Angeles District and the Port of Long Beach met in Walla Walla.",
        present: &[],
        absent: &["Los Angeles=Los Angeles", "Long Beach=Long Beach", "Walla=Walla"],
    },
    BuiltinRow {
        name: "a lower-case district and port are kept",
        text: "The Los Angeles district office and the port of Long Beach met.",
        present: &["Los Angeles=Los Angeles", "Long Beach=Long Beach"],
        absent: &[],
    },
    BuiltinRow {
        name: "peoples named with a place or a demonym",
        text: "Alaska Native Tribes and Native American groups met.",
        present: &[],
        absent: &["Alaska=Alaska", "United States=American"],
    },
    BuiltinRow {
        name: "a place and a demonym before other words are kept",
        text: "Tribes of Alaska and American tribes met; the news site Walla reported.",
        present: &["Alaska=Alaska", "United States=American", "Walla=Walla"],
        absent: &[],
    },
    BuiltinRow {
        name: "towns and subdivisions holding a name (generated from GeoNames and ISO 3166-2)",
        text: "She moved from Port Washington to American Fork, then to Jamaica Plain and East New Britain.",
        present: &[],
        absent: &["Washington=Washington", "United States=American", "Jamaica=Jamaica", "United Kingdom=Britain"],
    },
    BuiltinRow {
        name: "the places a generated town name holds are kept alone",
        text: "She moved from Washington to Jamaica, then to Britain; the port of Washington.",
        present: &["Washington=Washington", "Jamaica=Jamaica", "United Kingdom=Britain"],
        absent: &[],
    },
    BuiltinRow {
        name: "company designators end a company's name",
        text: "The Qatar Shipping LLC and Jordan Co. sold ships to Reach Holding Group (Shanghai) Co. Ltd.",
        present: &[],
        absent: &["Qatar=Qatar", "Jordan=Jordan", "Shanghai=Shanghai"],
    },
    BuiltinRow {
        name: "a head inside a joined name that goes on (a law and its section)",
        text: "They acted under the Iran Freedom and Counter-Proliferation Act Section 1244 rules.",
        present: &[],
        absent: &["Iran=Iran"],
    },
    BuiltinRow {
        name: "a joined title and a place in parentheses with no head keep the match",
        text: "The Iran Trade and Investment Minister met the Reach Group (Shanghai) staff and the People's Republic of China (PRC) Coast Guard.",
        present: &["Iran=Iran", "Shanghai=Shanghai", "China=PRC"],
        absent: &[],
    },
    BuiltinRow {
        name: "a surname two people share, named in full once",
        text: "U.S. Secretary of Agriculture Sonny Perdue spoke. Secretary Perdue said so.",
        present: &["Sonny Perdue=Sonny Perdue", "Sonny Perdue=Perdue"],
        absent: &["David Perdue=Perdue"],
    },
    BuiltinRow {
        name: "ships named after a titled person or with of (issue 12)",
        text: "The HMS Queen Elizabeth, HMS Prince of Wales and USS President Lincoln sailed.",
        present: &[],
        absent: &["Queen Elizabeth II=Queen Elizabeth", "Wales=Wales", "Lincoln=Lincoln"],
    },
    BuiltinRow {
        name: "an operation named with a demonym (issue 12)",
        text: "He served in Operation Iraqi Freedom with Iraqi troops.",
        present: &["Iraq=Iraqi"],
        absent: &[],
    },
    BuiltinRow {
        name: "teams named in four letters, and a sentence's end kept (issue 12)",
        text: "The Brooklyn Nets beat the Chicago Cubs. He studied in the U.S. This year he works in Brooklyn.",
        present: &["United States=U.S.", "Brooklyn=Brooklyn"],
        absent: &["Chicago=Chicago"],
    },
    BuiltinRow {
        name: "companies named after a country, works and documents (issue 12)",
        text: "China Eastern and China Southern cut fares, China Mobile said. The Berlin Wall fell; the Pentagon Papers and the Trump Organization were named. The Niger Delta flooded.",
        present: &[],
        absent: &["China=China", "Berlin=Berlin", "Pentagon=Pentagon", "Donald Trump=Trump", "Niger=Niger"],
    },
];

#[test]
fn builtin_gazetteer_table() {
    let gazetteer = Gazetteer::builtin().expect("the shipped gazetteer loads");
    let matcher = Matcher::new(&gazetteer).unwrap();
    let mut failures = Vec::new();
    for row in BUILTIN_ROWS {
        let got = describe(row.text, &run(&matcher, row.text), &gazetteer);
        let missing: Vec<_> = row
            .present
            .iter()
            .filter(|m| !got.iter().any(|g| g == *m))
            .collect();
        let wrong: Vec<_> = row
            .absent
            .iter()
            .filter(|m| got.iter().any(|g| g == *m))
            .collect();
        if !missing.is_empty() || !wrong.is_empty() {
            failures.push(format!(
                "row {:?}: text {:?}\n  missing {missing:?}, should be absent {wrong:?}\n  got {got:?}",
                row.name, row.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
