//! Table tests of the whole meeting rule: one row per behaviour, grouped by the ten
//! patterns real news showed (wrong clause, phrasings, joint subjects, cue senses,
//! participles, object lists, topics and titles, modality, pronouns, idioms), and an
//! eleventh: transcripts. A row
//! names its expected pairs as "A + B" (names sorted) with the kind of the first.

use crate::pipeline::{Analyzer, BuildOptions, Model};
use crate::relate::DocumentMeta;

struct Row {
    name: &'static str,
    text: &'static str,
    /// Expected pairs, each "A + B" with A < B; empty when nobody met.
    met: &'static [&'static str],
    /// The kind of every expected pair's meeting, when the row checks it.
    kind: Option<&'static str>,
    /// In how many sentences every expected pair met, when the row checks it (a later
    /// sentence about the same meeting adds no pair, only a sentence).
    sentences: Option<u64>,
    /// Whether every expected pair's meeting is announced, when the row checks it.
    planned: Option<bool>,
}

const fn row(name: &'static str, text: &'static str, met: &'static [&'static str]) -> Row {
    Row {
        name,
        text,
        met,
        kind: None,
        sentences: None,
        planned: None,
    }
}

/// A row that also checks in how many sentences each expected pair met.
const fn times(
    name: &'static str,
    text: &'static str,
    met: &'static [&'static str],
    sentences: u64,
) -> Row {
    Row {
        name,
        text,
        met,
        kind: None,
        sentences: Some(sentences),
        planned: None,
    }
}

const fn kind(
    name: &'static str,
    text: &'static str,
    met: &'static [&'static str],
    kind: &'static str,
) -> Row {
    Row {
        name,
        text,
        met,
        kind: Some(kind),
        sentences: None,
        planned: None,
    }
}

/// A row that also checks whether every expected pair's meeting is announced.
const fn announced(
    name: &'static str,
    text: &'static str,
    met: &'static [&'static str],
    planned: bool,
) -> Row {
    Row {
        name,
        text,
        met,
        kind: None,
        sentences: None,
        planned: Some(planned),
    }
}

const BLINKEN_SISI: &[&str] = &["Abdel Fattah el-Sisi + Antony Blinken"];
const BLINKEN_NETANYAHU: &[&str] = &["Antony Blinken + Benjamin Netanyahu"];
const ERDOGAN_PUTIN: &[&str] = &["Recep Tayyip Erdogan + Vladimir Putin"];
const NONE: &[&str] = &[];
const BLINKEN_SHOUKRY: &[&str] = &["Antony Blinken + Sameh Shoukry"];
const BLINKEN_WANG: &[&str] = &["Antony Blinken + Wang Yi"];

const ROWS: &[Row] = &[
    // 1. The parties come from the cue's own clause.
    row("reporting clause", "Netanyahu said Blinken met Sisi in Cairo.", BLINKEN_SISI),
    row("reporting clause after", "Blinken met Sisi in Cairo, the State Department said.", BLINKEN_SISI),
    row("speaker of a trailing report", "Erdogan spoke by phone with Putin on Friday, the Kremlin said.", ERDOGAN_PUTIN),
    row("relative clause has its own parties", "Blinken, who met Sisi on Monday, warned Netanyahu.", BLINKEN_SISI),
    row("relative clause head", "Blinken praised Sisi, who hosted Netanyahu last year.", &["Abdel Fattah el-Sisi + Benjamin Netanyahu"]),
    row("possessive pronoun takes the subject", "Sunak's letter to NATO allies, sent after his talks with Erdogan, was read.", &["Recep Tayyip Erdogan + Rishi Sunak"]),
    row("her meeting", "Modi said Meloni was right after her meeting with Macron.", &["Emmanuel Macron + Giorgia Meloni"]),
    row("opening clause", "During talks with Israeli President Isaac Herzog, Blinken stressed the need for a deal.", &["Antony Blinken + Isaac Herzog"]),
    row("opening pronoun looks ahead", "During his discussions in Cairo with Sisi, Blinken reiterated the plan.", BLINKEN_SISI),
    row("quoted speech is apart", "\u{201c}We will meet Hamas soon,\u{201d} Netanyahu said.", NONE),
    row("attribution is no party", "According to Reuters, Blinken met Netanyahu.", BLINKEN_NETANYAHU),
    row("source cue is no party", "Blinken met Netanyahu, Al Jazeera reported.", BLINKEN_NETANYAHU),
    row("a new main clause after but", "Blinken met Sisi, but Netanyahu stayed away.", BLINKEN_SISI),
    row("semicolon", "Blinken met Sisi; Netanyahu spoke to reporters.", BLINKEN_SISI),
    row("and with a new subject", "Blinken met Sisi, and Netanyahu hosted Erdogan.", &["Abdel Fattah el-Sisi + Antony Blinken", "Benjamin Netanyahu + Recep Tayyip Erdogan"]),
    // 2. Phrasings of a meeting.
    kind("met", "Blinken met Sisi on Tuesday.", BLINKEN_SISI, "meeting"),
    kind("met with", "Blinken met with Sisi on Tuesday.", BLINKEN_SISI, "meeting"),
    kind("held talks", "Blinken held talks with Sisi.", BLINKEN_SISI, "talks"),
    kind("talks with a day between", "Blinken held talks Tuesday with Sisi.", BLINKEN_SISI, "talks"),
    times("talks with a day between are new talks, not the last pair's", "John Kerry met Mohammad Javad Zarif in Geneva.\n\nKerry held talks early Thursday with the foreign ministers of Oman and Qatar.", &["John Kerry + Mohammad Javad Zarif", "John Kerry + Oman", "John Kerry + Qatar"], 1),
    times("a meeting with the last pair's partner further on is theirs", "John Kerry met Mohammad Javad Zarif in Geneva.\n\nKerry met again on Friday with Zarif.", &["John Kerry + Mohammad Javad Zarif"], 2),
    times("what is said at another meeting the clause names is not the last pair's", "Antony Blinken met Wang Yi in Vientiane.\n\nBlinken is expected to discuss the South China Sea at the ASEAN talks.", BLINKEN_WANG, 1),
    times("what is said at the last pair's own meeting is theirs", "Antony Blinken met Wang Yi in Vientiane.\n\nBlinken also discussed the South China Sea at the talks.", BLINKEN_WANG, 2),
    times("a verb of speech with a topic's party goes on the last meeting", "Joe Biden met Fumio Kishida in Wilmington.\n\nThe leaders discussed their diplomacy with China.", &["Fumio Kishida + Joe Biden"], 2),
    times("talks of the last pair with a topic after them go on", "John Kerry met Mohammad Javad Zarif in Geneva.\n\nKerry also discussed sanctions.", &["John Kerry + Mohammad Javad Zarif"], 2),
    kind("meetings later in the day", "Blinken held meetings earlier in the day with Sisi in Cairo.", BLINKEN_SISI, "meeting"),
    kind("spoke by phone", "Blinken spoke by phone with Sisi.", BLINKEN_SISI, "phone"),
    kind("spoke by phone today", "Blinken spoke by phone today with Sisi.", BLINKEN_SISI, "phone"),
    kind("spoke today with", "Blinken spoke today with Sisi.", BLINKEN_SISI, "meeting"),
    kind("call with", "Blinken held a call with Sisi.", BLINKEN_SISI, "phone"),
    kind("phone call headline", "Secretary Blinken's Call With Egyptian President Sisi", BLINKEN_SISI, "phone"),
    kind("video call", "Erdogan held a video call with Putin.", ERDOGAN_PUTIN, "phone"),
    kind("hosted", "Sisi hosted Blinken in Cairo.", BLINKEN_SISI, "host"),
    kind("received", "Sisi received Blinken at the palace.", BLINKEN_SISI, "host"),
    kind("welcomed a person", "Sisi welcomed Blinken to Cairo.", BLINKEN_SISI, "host"),
    kind("visited a person", "Blinken visited Sisi at his palace.", BLINKEN_SISI, "visit"),
    kind("paid a courtesy call", "Blinken paid a courtesy call on Sisi.", BLINKEN_SISI, "visit"),
    kind("consult with", "Secretary Austin will continue to consult with Gallant.", &["Lloyd Austin + Yoav Gallant"], "meeting"),
    kind("conversations with", "Blinken had several conversations with Sisi.", BLINKEN_SISI, "meeting"),
    kind("in the company of", "Blinken toured the site in the company of Sisi.", BLINKEN_SISI, "meeting"),
    kind("summit between", "A summit in Geneva between Biden and Putin ended early.", &["Joe Biden + Vladimir Putin"], "meeting"),
    kind("talks between", "Talks between Israel and Hamas resumed in Cairo.", &["Hamas + Israel"], "talks"),
    kind("meeting noun and with", "Blinken's meeting with Sisi lasted two hours.", BLINKEN_SISI, "meeting"),
    kind("discussions in a city with", "Blinken began discussions in Cairo with Sisi.", BLINKEN_SISI, "talks"),
    kind("co-chaired", "Macron co-chaired the conference with Saudi Foreign Minister Faisal bin Farhan.", &["Emmanuel Macron + Faisal bin Farhan"], "meeting"),
    kind("sat down with", "Blinken sat down with Sisi.", BLINKEN_SISI, "meeting"),
    kind("was received by", "Blinken was received by Sisi.", BLINKEN_SISI, "host"),
    kind("hyphen pair before talks", "Russia-Ukraine peace talks resumed in Istanbul.", &["Russia + Ukraine"], "talks"),
    row("hyphen pair before a war is a topic", "The Russia-Ukraine war dragged on.", NONE),
    row("3: a serial list of titled subjects", "Deputy Prime Minister Richard Marles, Japanese Minister of Defense Minoru Kihara, and U.S. Secretary of Defense Lloyd Austin convened a meeting in Hawaii.", &["Lloyd Austin + Minoru Kihara", "Lloyd Austin + Richard Marles", "Minoru Kihara + Richard Marles"]),
    kind("hyphen chain before a named meeting", "United States-Japan-Australia Trilateral Defense Ministers' Meeting (TDMM) 2024 Joint Statement", &["Australia + Japan", "Australia + United States", "Japan + United States"], "meeting"),
    kind("hyphen pair before a named dialogue", "The two also discussed the upcoming U.S.-Pakistan Counterterrorism Dialogue in Islamabad.", &["Pakistan + United States"], "talks"),
    row("a named meeting's countries met where their people meet too", "Antony Blinken will also co-chair the opening of the U.S.-Egypt Strategic Dialogue with Egyptian Foreign Minister Badr Abdelatty.", &["Antony Blinken + Badr Abdelatty", "Egypt + United States"]),
    row("a region in a meeting's name is no party", "The U.S.-Africa Leaders Summit opened in Washington.", NONE),
    kind("hyphen chain before a level and format", "Leaders of the three nations will gather for the United States-Japan-Philippines trilateral leaders' summit on April 11.", &["Japan + Philippines", "Japan + United States", "Philippines + United States"], "meeting"),
    row("hyphen pair before ministerial consultations", "Austin took part in the Australia-U.S. ministerial consultations.", &["Australia + United States"]),
    row("a level word makes no place a party", "Ministers attended the Washington-Beijing ministerial talks in Jakarta.", NONE),
    row("a war in a meeting's name is a topic", "Delegates arrived for the Russia-Ukraine War Summit.", NONE),
    row("lower-case words are no meeting's name", "The U.S.-China trade deal was discussed at the meeting.", NONE),
    row("presidents of countries are their parties", "Barack Obama met with the presidents of Benin and Guinea.", &["Barack Obama + Benin", "Barack Obama + Guinea"]),
    kind("headline comma pair", "Blinken, Chinese President Xi Meet in Beijing", &["Antony Blinken + Xi Jinping"], "meeting"),
    row("comma in a sentence is no pair", "According to MENA, Blinken met in Cairo.", NONE),
    kind("headline future 'X to Host Y'", "Sisi to Host Blinken in Cairo on Friday", BLINKEN_SISI, "host"),
    announced("headline future 'X to Visit Y'", "Blinken to Visit President Sisi in Cairo", BLINKEN_SISI, true),
    kind("'will visit' a person", "Blinken will visit President Sisi on Friday.", BLINKEN_SISI, "visit"),
    row("'will visit' countries is no meeting", "Blinken will visit Egypt and Israel next week.", NONE),
    row("'to visit' a country is no meeting", "Blinken is scheduled to travel to Cairo to visit Egypt's pyramids.", NONE),
    kind("an opening call is between its subject and the one addressed", "In a phone call on Tuesday, Blinken urged Netanyahu to protect civilians.", BLINKEN_NETANYAHU, "phone"),
    kind("an opening meeting, titles before both", "During a meeting in Cairo last week, Secretary Blinken told Israeli Prime Minister Netanyahu that aid would flow.", BLINKEN_NETANYAHU, "meeting"),
    row("an opening call addresses people, not countries", "In a phone call on Tuesday, Blinken urged Israel to protect civilians.", NONE),
    row("an opening speech is no meeting", "In a speech on Tuesday, Blinken urged Netanyahu to protect civilians.", NONE),
    row("an opening meeting of a body names its own parties", "During a meeting of NATO ministers, Blinken urged Netanyahu to act.", NONE),
    row("a veteran diplomat is a title's lead", "Blinken plans to meet with veteran Egyptian diplomat Sameh Shoukry on Friday.", BLINKEN_SHOUKRY),
    row("officials a meeting names one by one", "John Kerry met with officials, including Prime Minister Thongsing Thammavong and Foreign Minister Thongloun Sisoulith.", &["John Kerry + Thongloun Sisoulith", "John Kerry + Thongsing Thammavong"]),
    // 3. Joint subjects.
    kind("joint met", "Erdogan and Putin met in Sochi on Monday.", ERDOGAN_PUTIN, "meeting"),
    kind("joint spoke", "Erdogan and Putin spoke on Friday.", ERDOGAN_PUTIN, "meeting"),
    kind("joint discussed", "Erdogan and Putin discussed the grain deal.", ERDOGAN_PUTIN, "talks"),
    kind("joint titles", "Secretary Blinken and President Sisi discussed efforts to restore calm.", BLINKEN_SISI, "talks"),
    kind("joint light verb", "Erdogan and Putin held a second meeting.", ERDOGAN_PUTIN, "meeting"),
    kind("joint greet each other", "Erdogan and Putin greet each other before a meeting in Sochi.", ERDOGAN_PUTIN, "meeting"),
    kind("a caption's placed joint subject", "Erdogan, right, and Putin shake hands before their talks in Sochi, Aug. 5, 2022.", ERDOGAN_PUTIN, "meeting"),
    row("a caption's placed joint subject, (L)", "Erdogan (L) and Putin greet each other in Sochi.", ERDOGAN_PUTIN),
    kind("joint began talks", "Erdogan and Putin began talks in Sochi.", ERDOGAN_PUTIN, "talks"),
    row("joint groups", "Diplomats from Japan and South Korea began talks.", &["Japan + South Korea"]),
    kind("joint verb in another form", "Erdogan and Putin would exchange views on the grain deal.", ERDOGAN_PUTIN, "talks"),
    kind("joint verb, progressive", "Erdogan and Putin are negotiating a new grain deal.", ERDOGAN_PUTIN, "talks"),
    kind("joint verb in a partial quote", "Erdogan and Putin would “exchange views on issues of common concern,” a Kremlin spokesman said Friday.", ERDOGAN_PUTIN, "talks"),
    row("a partial quote keeps its speaker out", "Erdogan is expected to “discuss the grain deal,” Putin said.", &[]),
    times("a second verb goes on this sentence's meeting", "Blinken met Sisi in Cairo. On Tuesday Blinken met with Netanyahu and discussed the hostages.", &["Abdel Fattah el-Sisi + Antony Blinken", "Antony Blinken + Benjamin Netanyahu"], 1),
    row("one group meeting is no pair", "When OPEC ministers met, a statement warned Iran.", NONE),
    row("joint with an object through with", "Lula spoke on Friday with Ramaphosa.", &["Cyril Ramaphosa + Luiz Inacio Lula da Silva"]),
    row("spoke to reporters", "Blinken spoke to reporters in Cairo.", NONE),
    row("one subject discussing alone", "Blinken discussed the war in Gaza.", NONE),
    announced("joint subject expected to discuss", "Blinken and Sisi are expected to discuss the hostages.", BLINKEN_SISI, true),
    row("a country discussed by a joint subject is a topic", "Erdogan and Putin are due to discuss Ukraine on Friday.", ERDOGAN_PUTIN),
    announced("expected to discuss with", "Blinken is expected to discuss the hostages with Sisi.", BLINKEN_SISI, true),
    row("one subject expected to discuss a topic", "Blinken is expected to discuss Gaza.", NONE),
    row("one group expected to discuss", "NATO ministers are expected to discuss Ukraine.", NONE),
    row("a joint subject meeting unnamed counterparts did not meet one another", "The leaders of Japan, China and South Korea meet with their Southeast Asian counterparts in Manila.", NONE),
    row("a joint subject meeting with each other did", "Erdogan and Putin met with each other in Sochi.", ERDOGAN_PUTIN),
    row("a joint subject meeting others – and each other – did", "The foreign ministers of Egypt and Jordan met with those of the Gulf states – and each other – in Riyadh.", &["Egypt + Jordan"]),
    // Joint subjects written as a list of names with their titles set off by commas:
    // every name met every other; a country in a title is the title's, no party.
    row("3: a list of titles, each with its name set off by commas, met", "The Minister for Foreign Affairs of Egypt, Sameh Shoukry, the Deputy Prime Minister of Jordan, Ayman Safadi, and the Secretary of State of the United States, Antony Blinken, met in Amman on Sunday.", &["Antony Blinken + Ayman Safadi", "Antony Blinken + Sameh Shoukry", "Ayman Safadi + Sameh Shoukry"]),
    row("3: a title's country after 'for the' is the title's", "The Foreign Minister of Australia, Penny Wong, and the Secretary of State for the United States, Antony Blinken, held talks in Canberra.", &["Antony Blinken + Penny Wong"]),
    kind("3: a list of titled names with a reciprocal verb", "The Foreign Minister of Japan, Yoko Kamikawa, the Foreign Minister of South Korea, Park Jin, and the Secretary of State of the United States, Antony Blinken, discussed North Korea in Jakarta.", &["Antony Blinken + Park Jin", "Antony Blinken + Yoko Kamikawa", "Park Jin + Yoko Kamikawa"], "talks"),
    row("3: names each followed by a title set off by commas met", "Penny Wong, the Foreign Minister of Australia, Yoko Kamikawa, the Foreign Minister of Japan, and Antony Blinken, the Secretary of State, met in Tokyo.", &["Antony Blinken + Penny Wong", "Antony Blinken + Yoko Kamikawa", "Penny Wong + Yoko Kamikawa"]),
    row("3: a list of titled names with no meeting verb", "The Foreign Minister of Egypt, Sameh Shoukry, and the Foreign Minister of Jordan, Ayman Safadi, condemned the attack.", NONE),
    row("6: a list of titled names as objects did not meet one another", "Blinken met the Foreign Minister of Egypt, Sameh Shoukry, and the Foreign Minister of Jordan, Ayman Safadi.", &["Antony Blinken + Ayman Safadi", "Antony Blinken + Sameh Shoukry"]),
    row("1: a list of titled names in an opening clause is not the meeting's subject", "After the Foreign Minister of Egypt, Sameh Shoukry, and the Foreign Minister of Jordan, Ayman Safadi, left Cairo, Blinken met Netanyahu.", BLINKEN_NETANYAHU),
    // An opening participle "Meeting in <place>," with a joint subject: they met.
    kind("3: an opening participle's joint subject met", "Meeting in Amman on Sunday, Sameh Shoukry and Ayman Safadi both called for a ceasefire.", &["Ayman Safadi + Sameh Shoukry"], "meeting"),
    row("3: an opening participle's titled joint subject met", "Meeting in Cairo amid rising tensions, Egyptian President Abdel Fattah el-Sisi and Secretary of State Antony Blinken agreed to work for a truce.", BLINKEN_SISI),
    row("3: an opening participle with one subject names no pair", "Meeting in Cairo, Blinken said the truce would hold.", NONE),
    row("3: an opening participle of speech is no meeting", "Speaking in Amman, Sameh Shoukry and Ayman Safadi both urged a ceasefire.", NONE),
    row("3: an opening participle with its own object is not the joint subject's", "Meeting with Netanyahu in Jerusalem, Blinken and Herzog urged restraint.", &["Antony Blinken + Benjamin Netanyahu"]),
    // "to discuss" is "discuss" too.
    row("2: in a turn, we would like to discuss, said to the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you. Today we would like to discuss the issues that Egypt and the United States face.", BLINKEN_SHOUKRY),
    row("2: met to discuss keeps its one pair", "Blinken met Sisi in Cairo to discuss the truce with Netanyahu's envoy.", BLINKEN_SISI),
    row("2: a joint subject meeting others to discuss did not meet one another by it", "Erdogan and Putin will meet with Sisi in Cairo to discuss the grain deal.", &["Abdel Fattah el-Sisi + Recep Tayyip Erdogan", "Abdel Fattah el-Sisi + Vladimir Putin"]),
    times("2: meeting unnamed officials to discuss is not the last pair's meeting", "Blinken met Sisi in Cairo. In Amman, Blinken will meet with Jordanian officials to discuss the truce.", &["Abdel Fattah el-Sisi + Antony Blinken", "Antony Blinken + Jordan"], 1),
    row("2: travelling to discuss a topic alone is no meeting", "Blinken flew to Cairo to discuss the truce.", NONE),
    // 4. Cue words in other senses.
    row("hosts a thing", "Istanbul hosts the alliance's regional centre.", NONE),
    row("received assurances", "Blinken received assurances from Netanyahu.", NONE),
    row("welcomed a plan", "Sisi welcomed the plan proposed by Blinken.", NONE),
    row("interview with", "Netanyahu said in an interview with Sky News that he would not stop.", NONE),
    row("with in a sentence is no caption", "Netanyahu spoke about the war with Hamas in a long speech.", NONE),
    row("caption", "Secretary of State Antony Blinken with Egyptian President Abdel Fattah el-Sisi in Cairo (AP Photo/Evelyn Hockstein)", BLINKEN_SISI),
    row("headline with a verb is no caption", "US envoy to meet Netanyahu in push for ceasefire with Hezbollah", NONE),
    row("visited a country", "Blinken visited Egypt on Tuesday.", NONE),
    row("talks in a country", "Blinken began his tour with talks in Saudi Arabia.", NONE),
    row("a country welcomed to a body joins it", "Linda Thomas-Greenfield will welcome Sierra Leone to the Security Council.", NONE),
    row("countries welcomed to an alliance join it", "Blinken welcomed Finland and Sweden to NATO.", NONE),
    row("a country welcomed into the alliance joins it", "Rutte welcomed Sweden into the alliance on Thursday.", NONE),
    row("a country welcomed as a member joins it", "Rutte welcomed Finland as a new member.", NONE),
    row("a person welcomed to a body visits it", "Mark Rutte welcomed Blinken to NATO on Wednesday.", &["Antony Blinken + Mark Rutte"]),
    row("a country welcomed to a city is hosted", "Blinken welcomed Egypt to Washington for talks.", &["Antony Blinken + Egypt"]),
    // 5. Participles without "with".
    row("participle meeting", "Blinken toured the region, meeting Erdogan in Ankara and Netanyahu in Jerusalem.", &["Antony Blinken + Benjamin Netanyahu", "Antony Blinken + Recep Tayyip Erdogan"]),
    row("visiting a person", "Blinken flew to Cairo, visiting Sisi at his palace.", BLINKEN_SISI),
    // 6. Objects of one meeting are not linked to each other.
    row("object list", "Blinken met with Netanyahu, Gallant and Herzog.", &["Antony Blinken + Benjamin Netanyahu", "Antony Blinken + Isaac Herzog", "Antony Blinken + Yoav Gallant"]),
    row("second cue keeps the subject", "Blinken met Netanyahu and later held talks with Gallant.", &["Antony Blinken + Benjamin Netanyahu", "Antony Blinken + Yoav Gallant"]),
    row("countries as groups", "Blinken will participate in a meeting with the foreign ministers of Egypt, Qatar and Jordan.", &["Antony Blinken + Egypt", "Antony Blinken + Jordan", "Antony Blinken + Qatar"]),
    row("list of titled people", "Blinken held talks with Qatar's ruling emir, Sheikh Tamim bin Hamad Al Thani, and Qatari Prime Minister Mohammed bin Abdulrahman Al-Thani.", &["Antony Blinken + Mohammed bin Abdulrahman Al Thani", "Antony Blinken + Tamim bin Hamad Al Thani"]),
    row("demonym groups coordinated", "Blinken met Egyptian and Jordanian officials.", &["Antony Blinken + Egypt", "Antony Blinken + Jordan"]),
    // 7. Topics, modifiers and titles are not parties.
    row("topic after a country", "Blinken discussed the Sudan war with Sisi.", BLINKEN_SISI),
    row("a war with a country is a topic", "Blinken discussed the war with Russia.", NONE),
    row("2: a speech verb's partner may be a country's officials", "Blinken discussed the proposal with Israeli officials.", &["Antony Blinken + Israel"]),
    row("2: a demonym in the topic is no partner", "Blinken discussed the Israeli offer with Egypt.", NONE),
    row("a truce topic", "Blinken met Sisi in a push for a Sudan truce.", BLINKEN_SISI),
    row("relatives of prisoners", "Biden met relatives of prisoners held by Russia.", NONE),
    row("title country", "Blinken met Egyptian Foreign Minister Sameh Shoukry.", &["Antony Blinken + Sameh Shoukry"]),
    row("a body's commissioner is the body's person", "David Satterfield met with AU Commissioner for Political Affairs, Peace and Security Bankole Adeoye.", &["Bankole Adeoye + David Satterfield"]),
    row("former title", "Macron hosted former French President Nicolas Sarkozy.", &["Emmanuel Macron + Nicolas Sarkozy"]),
    row("country of a name", "Blinken met King Abdullah II of Jordan in Amman.", &["Abdullah II + Antony Blinken"]),
    row("unnamed titled person", "Blinken met Egypt's foreign minister.", NONE),
    row("counterpart with no name", "Austin met his Chinese counterpart in Singapore.", NONE),
    row("abbreviation in a title", "Blinken spoke by phone today with Sudanese Armed Forces (SAF) General Abdel Fattah al-Burhan.", &["Abdel Fattah al-Burhan + Antony Blinken"]),
    row("long title with and", "Blinken met with PRC Director of the CCP Central Foreign Affairs Commission and Foreign Minister Wang Yi.", &["Antony Blinken + Wang Yi"]),
    row("place is no party", "Blinken met Sisi in Cairo, Egypt.", BLINKEN_SISI),
    row("own country", "Blinken met American officials in Washington.", NONE),
    row("possessive demands", "Talks stalled over Netanyahu's refusal to meet Hamas' demands.", NONE),
    row("demonym group", "Blinken arrived in Cairo to meet top Egyptian officials.", &["Antony Blinken + Egypt"]),
    row("a body in a subject's apposition is theirs", "Zhang Zhijun, director of China's Taiwan Affairs Office, met Wang Yu-chi in Nanjing.", &["Wang Yu-chi + Zhang Zhijun"]),
    row("a country in a subject's apposition is theirs", "Sameh Shoukry, the foreign minister of Egypt, met Blinken in Cairo.", BLINKEN_SHOUKRY),
    row("a body in an object's apposition is theirs", "Blinken met Zhang Zhijun, director of China's Taiwan Affairs Office, in Nanjing.", &["Antony Blinken + Zhang Zhijun"]),
    row("an apposition's clause with a meeting of its own is no office", "Blinken met Sisi, then talks with Netanyahu followed.", &["Abdel Fattah el-Sisi + Antony Blinken", "Antony Blinken + Benjamin Netanyahu"]),
    row("a caption's placed person keeps the office's body as theirs", "Zhang Zhijun (L), director of China's Taiwan Affairs Office, shakes hands with Wang Yu-chi in Taoyuan, June 25, 2014.", &["Wang Yu-chi + Zhang Zhijun"]),
    row("an office's second body in an apposition is theirs too", "Zhang Zhijun (L), director of China's Taiwan Affairs Office, shakes hands with Vice Minister Chang Hsien-yao.", &["Chang Hsien-yao + Zhang Zhijun"]),
    row("a caption's 'left' keeps the office's country as theirs", "Wang Yu-chi, left, head of Taiwan's Mainland Affairs Council, shakes hands with Zhang Zhijun, Nanjing, Feb. 11, 2014.", &["Wang Yu-chi + Zhang Zhijun"]),
    // 8. Negation and modality.
    row("declined", "Netanyahu declined to meet Blinken on Friday.", NONE),
    row("refused to sit down", "Netanyahu has so far refused to sit down with Blinken.", NONE),
    row("skipped planned talks", "Netanyahu skipped planned talks with Blinken.", NONE),
    row("hopes of a meeting", "Hopes of a meeting between Erdogan and Putin faded.", NONE),
    row("a negated verb before a meeting after a preposition of time", "Erdogan declined to comment after meeting Putin in Sochi.", ERDOGAN_PUTIN),
    row("'hope' before a meeting after a preposition of time", "Nawaz Sharif spoke with hope following a meeting with his Indian counterpart Narendra Modi.", &["Narendra Modi + Nawaz Sharif"]),
    row("a negation right before the meeting still negates it", "Erdogan refused to meet Putin after the vote.", NONE),
    row("ready to meet", "Erdogan is ready to meet Putin.", NONE),
    row("cancelled after", "The summit between Biden and Putin was called off.", NONE),
    row("8: a meeting called off is none", "John Kerry's meeting with Benjamin Netanyahu in Jerusalem was called off.", NONE),
    row("8: pressure from others to meet is no meeting of theirs", "Mugabe rebuffed pressure at the summit from Obasanjo and South African President Thabo Mbeki to meet with Tsvangirai.", NONE),
    row("8: calls from someone to meet are no meeting", "Netanyahu faced calls from Obama to meet Abbas.", NONE),
    row("8: a meeting agreed under pressure is announced", "Under pressure from Obama, Netanyahu agreed to meet Abbas.", &["Benjamin Netanyahu + Mahmoud Abbas"]),
    announced("8: postponed to a date is still planned", "The planned summit between Biden and Sisi was postponed to Friday.", &["Abdel Fattah el-Sisi + Joe Biden"], true),
    announced("8: postponed until next week is still planned", "Blinken's meeting with Shoukry was postponed until next week.", BLINKEN_SHOUKRY, true),
    row("not scheduled", "A meeting between Herzog and Abbas has not been scheduled.", NONE),
    row("indirect talks", "Israel and Hamas held indirect talks in Doha.", NONE),
    row("ended without a deal is still a meeting", "Blinken met Netanyahu, and the talks ended without a deal.", BLINKEN_NETANYAHU),
    row("planned", "Blinken is set to meet with Egyptian Foreign Minister Sameh Shoukry during his visit.", &["Antony Blinken + Sameh Shoukry"]),
    row("future travel", "Blinken will travel to Cairo to meet Sisi.", BLINKEN_SISI),
    // 9. Pronouns.
    row("he after a subject", "Blinken landed in Riyadh on Monday. He met Saudi Crown Prince Mohammed bin Salman.", &["Antony Blinken + Mohammed bin Salman"]),
    row("a name alone does not take over he", "Blinken landed in Cairo.\nNetanyahu\nHe met Sisi on Tuesday.", BLINKEN_SISI),
    row("an object does not take over he", "Blinken praised Netanyahu. He then met Sisi.", BLINKEN_SISI),
    row("it is the body of an earlier clause", "Hamas said it met Egyptian mediators in Cairo.", &["Egypt + Hamas"]),
    row("they after a meeting", "Blinken met Sisi in Cairo. They also discussed the war in Sudan.", BLINKEN_SISI),
    row("the title goes on about the meeting", "Blinken met Sisi in Cairo. The Secretary also discussed the war in Sudan.", BLINKEN_SISI),
    row("they long after is nobody", "Blinken met Sisi in Cairo. Egypt is large. Gaza is near. Sudan is at war. Israel waits. They discussed the war.", BLINKEN_SISI),
    kind("spoke after a call is a call", "Secretary Blinken's Call With Egyptian President Sisi\nBlinken spoke with Sisi on Monday.", BLINKEN_SISI, "phone"),
    row("the title of a person named lately", "Blinken landed in Cairo on Monday. The Secretary met Sisi on Tuesday.", BLINKEN_SISI),
    row("a title nobody named lately holds", "Blinken landed in Cairo. The President met Sisi.", NONE),
    row("he after a report", "Netanyahu said he met Blinken on Monday.", BLINKEN_NETANYAHU),
    row("spoke with him", "Blinken landed in Cairo. Sisi spoke with him for an hour.", BLINKEN_SISI),
    row("a transcript's we", "SECRETARY BLINKEN: Good morning.\nFOREIGN MINISTER KAMIKAWA: Last week we had a phone call.", &["Antony Blinken + Yoko Kamikawa"]),
    row("a quote's I", "\u{201c}I met Sisi on Monday,\u{201d} Blinken said.", BLINKEN_SISI),
    row("we outside a transcript is nobody", "We discussed the war in Gaza.", NONE),
    times("9: a conversation between the two leaders", "Erdogan and Putin shook hands on Friday.\nIt will be followed by a longer conversation between the two leaders on Saturday.", ERDOGAN_PUTIN, 2),
    times("9: talks between the two men", "Erdogan met Putin on Friday.\nOfficials said the talks between the two men were cordial.", ERDOGAN_PUTIN, 2),
    row("9: 'the two met' with no meeting before: the two people of the sentence", "Netanyahu told Blinken that Israel would press on, according to a statement issued after the two met.", BLINKEN_NETANYAHU),
    row("9: 'the two met' after three people names nobody", "Netanyahu told Blinken and Sisi that Israel would press on, according to a statement issued after the two met.", NONE),
    times("9: 'the pair' is the last pair", "Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday.\nThe pair discussed Taiwan.", &["Antony Blinken + Wang Yi"], 2),
    row("9: 'the two leaders met' with no meeting before: the two people of the sentence", "Netanyahu thanked Blinken after the two leaders met.", BLINKEN_NETANYAHU),
    row("9: 'between the two leaders' with no meeting before names nobody", "Officials said the talks between the two leaders were cordial.", NONE),
    // 10. Idioms.
    row("meet the deadline", "Israel failed to meet the deadline set by Blinken.", NONE),
    row("meet funding needs", "Ukraine hopes to meet most of its funding needs with help from Germany.", NONE),
    row("meet demands", "Netanyahu refused to meet Hamas' demands.", NONE),
    row("discussed efforts is no idiom", "Blinken and Sisi discussed efforts to end the war.", BLINKEN_SISI),
    // More rows per pattern, other names and phrasings.
    row("1: a reporter's clause before a participle", "Zelensky said Scholz, speaking after his talks with Macron, was confident.", &["Emmanuel Macron + Olaf Scholz"]),
    row("1: the speaker's own meeting", "Lavrov told reporters he had met Wang Yi in Beijing.", &["Sergei Lavrov + Wang Yi"]),
    row("1: relative clause about the object", "Modi met Xi, who had hosted Putin a week earlier.", &["Narendra Modi + Xi Jinping", "Vladimir Putin + Xi Jinping"]),
    row("1: a dash aside", "Scholz \u{2014} who had met Zelensky in Kyiv \u{2014} flew home.", &["Olaf Scholz + Volodymyr Zelensky"]),
    row("1: parentheses aside", "Rutte (who met Zelensky on Monday) spoke in Brussels.", &["Mark Rutte + Volodymyr Zelensky"]),
    row("1: a second verb keeps the clause's subject past the first verb's object", "Blinken praised Egypt and then met with Netanyahu in Jerusalem.", BLINKEN_NETANYAHU),
    row("3: a joint subject's second verb past a modifier", "Blinken and Sisi reaffirmed the U.S.-Egypt partnership and discussed the crossings.", BLINKEN_SISI),
    row("3: a joint subject's second verb past an object", "Blinken and Sisi praised Qatar and also discussed the hostages.", BLINKEN_SISI),
    row("1: a second verb after a reported clause is the reported subject's", "Netanyahu said Blinken praised Qatar and met Sisi.", BLINKEN_SISI),
    row("1: while clause", "Macron hosted Scholz, while Starmer stayed in London.", &["Emmanuel Macron + Olaf Scholz"]),
    kind("2: held a meeting with", "Guterres held a meeting with Zelensky in New York.", &["Antonio Guterres + Volodymyr Zelensky"], "meeting"),
    kind("2: 'discussing X with' reaches its partner past the topic", "Blinken Discussing Israel-Hamas Cease-Fire Proposal With Israeli Officials", &["Antony Blinken + Israel"], "talks"),
    kind("2: telephoned", "Macron telephoned Putin on Friday.", &["Emmanuel Macron + Vladimir Putin"], "phone"),
    kind("2: hosted at a palace", "MBS hosted Zelensky at his palace in Jeddah.", &["Mohammed bin Salman + Volodymyr Zelensky"], "host"),
    kind("2: met separately", "Blinken met separately with Fidan and Lavrov.", &["Antony Blinken + Hakan Fidan", "Antony Blinken + Sergei Lavrov"], "meeting"),
    kind("2: talks with a body", "Borrell held talks with Hamas officials in Doha.", &["Hamas + Josep Borrell"], "talks"),
    kind("2: call between", "A phone call between Biden and Xi lasted two hours.", &["Joe Biden + Xi Jinping"], "phone"),
    kind("2: met virtually", "Biden met virtually with Xi on Monday.", &["Joe Biden + Xi Jinping"], "phone"),
    kind("2: received at the Kremlin", "Putin received Modi at the Kremlin.", &["Narendra Modi + Vladimir Putin"], "host"),
    row("3: joint held talks", "Scholz and Macron held talks in Paris.", &["Emmanuel Macron + Olaf Scholz"]),
    row("3: joint talked", "Trump and Putin talked for two hours.", &["Donald Trump + Vladimir Putin"]),
    row("3: three joint subjects", "Biden, Scholz and Macron met in Berlin.", &["Emmanuel Macron + Joe Biden", "Emmanuel Macron + Olaf Scholz", "Joe Biden + Olaf Scholz"]),
    row("3: joint groups of countries", "Officials from Russia and Ukraine held talks in Istanbul.", &["Russia + Ukraine"]),
    row("3: one subject spoke alone", "Zelensky spoke in parliament on Friday.", NONE),
    row("4: hosted a summit of no one", "Japan hosted the G7 summit.", NONE),
    row("4: received a letter", "Putin received a letter from Trump.", NONE),
    row("4: welcomed a decision", "Guterres welcomed the decision by Israel.", NONE),
    row("4: visiting a city", "Modi flew to Moscow, visiting the Kremlin.", NONE),
    row("5: participle meeting a body", "Borrell toured the region, meeting Hamas officials in Doha.", &["Hamas + Josep Borrell"]),
    row("6: objects with titles", "Blinken met with Ukrainian President Volodymyr Zelensky and Foreign Minister Dmytro Kuleba.", &["Antony Blinken + Dmytro Kuleba", "Antony Blinken + Volodymyr Zelensky"]),
    row("6: object list with as well as", "Scholz met Macron as well as Starmer.", &["Emmanuel Macron + Olaf Scholz", "Keir Starmer + Olaf Scholz"]),
    row("7: a body before a meeting noun", "Rutte discussed the NATO summit with Zelensky.", &["Mark Rutte + Volodymyr Zelensky"]),
    row("7: a body before a group is a party", "Blinken met a Hamas delegation in Cairo.", &["Antony Blinken + Hamas"]),
    row("7: a possessive topic", "Blinken met Zelensky to discuss Russia's invasion.", &["Antony Blinken + Volodymyr Zelensky"]),
    row("7: a title of a body", "Blinken met NATO Secretary General Mark Rutte.", &["Antony Blinken + Mark Rutte"]),
    row("7: the country of an envoy", "Blinken met the Chinese envoy in Beijing.", NONE),
    row("8: would like to meet", "Zelensky would like to meet Putin.", NONE),
    row("8: did not meet", "Trump did not meet Zelensky in Paris.", NONE),
    row("8: efforts to restart talks are no meeting", "Lourenco backed efforts to restart talks between Tshisekedi and Kagame.", NONE),
    row("8: a bid to hold talks is no meeting", "Sisi made a bid to hold talks with Netanyahu.", NONE),
    row("8: efforts that include discussions held them", "Efforts include discussions between Netanyahu and Sisi.", &["Abdel Fattah el-Sisi + Benjamin Netanyahu"]),
    times("9: a transcript's 'this meeting' is the speaker's, not the last pair's", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: Yesterday Secretary Blinken paid a courtesy visit to President Sisi. This meeting is our second bilateral meeting this year.", &["Abdel Fattah el-Sisi + Antony Blinken", "Antony Blinken + Sameh Shoukry"], 1),
    row("8: the importance of talks is no meeting", "Blinken stressed the importance of talks with Wang Yi.", NONE),
    row("8: the need for a dialogue is no meeting", "Blinken underscored the need for dialogue with Wang Yi.", NONE),
    times("8: the need to meet is no meeting", "Blinken met Wang Yi in Vientiane.\nThe two stressed the need to meet regularly.", &["Antony Blinken + Wang Yi"], 1),
    times("10: the two governments meeting aims restate no pair", "Biden spoke with Brazilian President Lula da Silva on Monday.\nThe two governments use the private sector to meet government aims.", &["Joe Biden + Luiz Inacio Lula da Silva"], 1),
    times("9: the two leaders agreed to meet soon", "Biden spoke with Brazilian President Lula da Silva on Monday.\nThe two leaders agreed to meet soon.", &["Joe Biden + Luiz Inacio Lula da Silva"], 2),
    times("9: the two leaders agreed to meet again", "Biden spoke with Brazilian President Lula da Silva on Monday.\nThe two leaders agreed to meet at the G20.", &["Joe Biden + Luiz Inacio Lula da Silva"], 2),
    times("9: a named body's ministers met is not the last pair", "Biden spoke with Brazilian President Lula da Silva on Monday.\nNATO ministers met in Brussels.", &["Joe Biden + Luiz Inacio Lula da Silva"], 1),
    times("9: a named body's ministers discussed is not the last pair", "Biden spoke with Brazilian President Lula da Silva on Monday.\nNATO ministers discussed Ukraine.", &["Joe Biden + Luiz Inacio Lula da Silva"], 1),
    times("9: one of the pair met the unnamed group it met before", "Biden met Brazilian President Lula da Silva in Washington.\nBiden met on Friday with the visiting head of state.", &["Joe Biden + Luiz Inacio Lula da Silva"], 2),
    times("9: the quality of that meeting restates it", "Biden met Indian Prime Minister Narendra Modi in Wilmington.\nThe warmth of that meeting, the ambition in the relationship, is new.", &["Joe Biden + Narendra Modi"], 2),
    times("9: the quality of a meeting that names its party is not the last pair's", "Biden met Indian Prime Minister Narendra Modi in Wilmington.\nThe tone of the meeting with Putin was cold.", &["Joe Biden + Narendra Modi"], 1),
    kind("2: thanked for the hospitality", "Blinken thanked Egyptian Foreign Minister Sameh Shoukry for his warm hospitality.", BLINKEN_SHOUKRY, "host"),
    kind("2: thanked for hosting him", "Sameh Shoukry arrived. Blinken thanked Shoukry for hosting him in Cairo.", BLINKEN_SHOUKRY, "host"),
    kind("2: he thanked for the hospitality", "Blinken landed in Cairo on Monday.\nHe thanked Sisi for the hospitality.", BLINKEN_SISI, "host"),
    row("4: thanked for hosting talks of others", "Blinken thanked Egypt for hosting the talks.", NONE),
    row("4: hospitality without thanks", "Sisi is known for his hospitality, Blinken said.", NONE),
    kind("5: a participle clause speaking with", "Blinken, speaking with Sisi by phone, stressed the need for a deal.", BLINKEN_SISI, "phone"),
    kind("5: an opening participle speaking with", "Speaking with Sisi by phone, Blinken stressed the need for a deal.", BLINKEN_SISI, "phone"),
    row("5: an opening title in -ing is no participle", "Acting Secretary Blinken, in Cairo, met Sisi.", BLINKEN_SISI),
    row("5: speaking with reporters names nobody", "Speaking with reporters, Blinken praised Sisi.", NONE),
    kind("2: a virtual meeting is a call", "Blinken and Sisi held a virtual meeting on Monday.", BLINKEN_SISI, "phone"),
    kind("2: phone talks are a call", "Blinken held phone talks with Sisi.", BLINKEN_SISI, "phone"),
    kind("2: paid a visit to a person", "Blinken paid a visit to President Sisi on Monday.", BLINKEN_SISI, "visit"),
    row("2: paid a visit to a country names where", "Blinken paid a visit to Egypt on Monday.", NONE),
    row("11: your visit to a place in a transcript", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: Thank you for your visit to Cairo.", BLINKEN_SHOUKRY),
    row("1: a conjunction before a new subject opens a clause without a comma", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: It was a good day for Qatar because we had a useful discussion.", BLINKEN_SHOUKRY),
    kind("2: a descriptive title before an apposition names the one welcomed", "Biden will welcome Brazil's newly installed leftist president, Lula da Silva, to the White House.", &["Joe Biden + Luiz Inacio Lula da Silva"], "host"),
    row("2: an apposition after a title is no object when a verb follows it", "Blinken met the president, Sisi said.", NONE),
    kind("2: paid a courtesy visit to a person", "Blinken paid a courtesy visit to President Sisi.", BLINKEN_SISI, "visit"),
    row("2: paid an official visit to a country names where", "Blinken paid an official visit to Egypt.", NONE),
    row("2: paid a courtesy call on a person", "Blinken paid a courtesy call on President Sisi.", BLINKEN_SISI),
    row("2: 'soon' between a cue and its object", "Blinken agreed to meet soon with Sisi.", BLINKEN_SISI),
    row("2: 'once again' between a cue and its object", "Sisi said he would welcome once again Secretary Blinken to Cairo.", BLINKEN_SISI),
    row("7: a chairperson's body is an affiliation", "Blinken met with African Union Commission Chairperson Moussa Faki Mahamat.", &["Antony Blinken + Moussa Faki Mahamat"]),
    row("7: a diplomat's country is an affiliation", "The top U.S. diplomat is due to meet Chinese Foreign Minister Wang Yi.", NONE),
    kind("9: the top diplomat is the foreign minister named before", "Blinken arrived in Laos.\nThe top U.S. diplomat is due to meet Chinese Foreign Minister Wang Yi.", &["Antony Blinken + Wang Yi"], "meeting"),
    row("11: 'see you, members of the press' greets no counterpart", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Well, very nice to see you, members of the press.", NONE),
    row("11: 'see you, my friend' greets the counterpart", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Well, very nice to see you, my friend.", BLINKEN_SHOUKRY),
    row("11: a turn's 'for us to see each other' is the speaker and the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: So very pleased with the opportunity for us to see each other.", BLINKEN_SHOUKRY),
    row("11: 'see each other' with one speaker and nobody spoken to is none", "Remarks by Secretary Blinken\n\nSECRETARY BLINKEN: It is good for us to see each other.", NONE),
    row("11: 'see each other' in a narrative sentence is none", "Blinken said the leaders of Egypt and Israel need to see each other more often.", NONE),
    row("11: 'we see each other as partners' is a view, no presence", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: We see each other as partners.", NONE),
    row("11: a turn's 'be here with my friend' is the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: It's a real pleasure to be here with my friend and colleague.", BLINKEN_SHOUKRY),
    row("11: a turn's 'we have a lot to talk about' is the speaker and the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: So we have a lot to talk about.", BLINKEN_SHOUKRY),
    row("11: 'a lot to talk about' with one speaker and nobody spoken to is none", "Remarks by Secretary Blinken\n\nSECRETARY BLINKEN: We have a lot to talk about.", NONE),
    row("11: 'a lot to talk about' in a narrative sentence is none", "Blinken said Egypt and Israel have a lot to talk about.", NONE),
    row("11: a speaker label in a transcript of no meeting", "Secretary Blinken at a Press Availability\n\nSECRETARY BLINKEN: We see each other as partners in this work.", NONE),
    row("9: a pronoun coordinated before a name is a joint subject", "Blinken arrived in Cairo.\nHe and Sisi met on Monday.", BLINKEN_SISI),
    row("9: a pronoun coordinated after a name is a joint subject", "Blinken arrived in Cairo.\nSisi and he discussed Gaza.", BLINKEN_SISI),
    row("9: a reported joint subject with a pronoun", "Blinken said he and Sisi discussed Gaza.", BLINKEN_SISI),
    row("9: a joint pronoun after non-ASCII text", "Blinken arrived in Cairo.\nÇÇÇÇÇÇÇÇÇÇ Sisi and he met.", BLINKEN_SISI),
    row("9: a pronoun and a possessive name is no joint subject", "Blinken arrived in Cairo.\nHe and Sisi's government disagree on Gaza.", NONE),
    kind("2: a state dinner for a guest is hosting", "Sisi hosted a state dinner for Blinken at the palace.", BLINKEN_SISI, "host"),
    kind("2: a dinner in honor of a guest is hosting", "Sisi gave a dinner in honor of Blinken.", BLINKEN_SISI, "host"),
    kind("2: a welcome ceremony for a guest is hosting", "Sisi held a welcome ceremony for Blinken in Cairo.", BLINKEN_SISI, "host"),
    kind("2: at the invitation of the host", "Blinken traveled to Cairo at the invitation of Sisi.", BLINKEN_SISI, "host"),
    row("8: refused", "Zelensky refused to meet Lukashenko.", NONE),
    row("8: a contracted not", "Zelensky can't meet Lukashenko this week.", NONE),
    row("8: a contracted not with curly apostrophe", "Zelensky couldn\u{2019}t meet with Lukashenko.", NONE),
    row("8: cannot", "Egypt and Qatar cannot meet the costs together.", NONE),
    row("8: a contracted not elsewhere in the sentence", "Zelensky, who can't travel, met Lukashenko in Minsk.", &["Alexander Lukashenko + Volodymyr Zelensky"]),
    row("8: called off", "The meeting between Trump and Putin was called off.", NONE),
    row("8: expected to meet is planned", "Modi is expected to meet Putin in Kazan.", &["Narendra Modi + Vladimir Putin"]),
    row("9: she after a subject", "Vice President Harris arrived in Munich. She met Zelensky on Saturday.", &["Kamala Harris + Volodymyr Zelensky"]),
    row("9: his meeting", "Scholz praised his meeting with Macron.", &["Emmanuel Macron + Olaf Scholz"]),
    row("1: scare quotes are no quote", "Blinken said he had a \u{201c}constructive\u{201d} meeting with Sisi.", BLINKEN_SISI),
    row("2: discussions among", "The discussions among Egypt, Qatar and Israel went on.", &["Egypt + Israel", "Egypt + Qatar", "Israel + Qatar"]),
    row("2: discussed between", "The plan was discussed between Erdogan and Putin in Sochi.", ERDOGAN_PUTIN),
    row("3: headline pair before a meeting noun", "Secretary Antony J. Blinken And Egyptian President Sisi Before Their Meeting", BLINKEN_SISI),
    row("6: including", "Blinken held talks with Egyptian officials, including President Sisi.", &["Abdel Fattah el-Sisi + Antony Blinken", "Antony Blinken + Egypt"]),
    row("6: apposition", "Blinken met Sisi, a Hamas mediator, in Cairo.", BLINKEN_SISI),
    row("7: a possessive before a name", "Blinken met NATO's Rutte in Brussels.", &["Antony Blinken + Mark Rutte"]),
    row("10: meet targets", "Germany hopes to meet its NATO targets.", NONE),
    row("10: meet expectations", "The deal failed to meet the expectations of Hamas.", NONE),
    // 9. Titles that name nobody stand for the document's holder of the title.
    row("9: 'the top diplomat' is whom the document titled Secretary of State", "U.S. Secretary of State John Kerry returned to Israel on Thursday.\nThe top U.S. diplomat met with Mahmoud Abbas in Ramallah.", &["John Kerry + Mahmoud Abbas"]),
    row("9: 'But the top diplomat' too", "U.S. Secretary of State John Kerry returned to Israel on Thursday.\nBut the top U.S. diplomat is expected to meet with Mahmoud Abbas in Ramallah.", &["John Kerry + Mahmoud Abbas"]),
    row("9: 'the top diplomat' is no one titled otherwise", "U.S. Climate Envoy John Kerry returned to Israel on Thursday.\nThe top U.S. diplomat met with Mahmoud Abbas in Ramallah.", NONE),
    row("9: an envoy named later", "A U.S. envoy is expected to meet Netanyahu on Thursday.\n\nAmos Hochstein arrived in Israel.", &["Amos Hochstein + Benjamin Netanyahu"]),
    row("9: a counterpart named later", "Lloyd Austin met his Chinese counterpart in Singapore.\n\nDong Jun spoke of the Taiwan Strait.", &["Dong Jun + Lloyd Austin"]),
    kind("9: an unnamed title in the other spelling of the role", "Pete Hegseth hosted the Saudi defense minister at the Pentagon.\n\nPrince Khalid bin Salman arrived on Monday.", &["Khalid bin Salman + Pete Hegseth"], "host"),
    kind("9: a British secretary is a minister", "Pete Hegseth met the British defence minister in London.\n\nJohn Healey arrived on Monday.", &["John Healey + Pete Hegseth"], "meeting"),
    kind("9: that country's title", "Pete Hegseth praised Saudi Arabia while hosting that country's defense minister at the Pentagon.\n\nPrince Khalid bin Salman arrived on Monday.", &["Khalid bin Salman + Pete Hegseth"], "host"),
    row("9: the country's title with no country named", "Pete Hegseth met the country's defense minister at the Pentagon.\n\nPrince Khalid bin Salman arrived on Monday.", NONE),
    row("1: a participle after while keeps the clause's subject", "Pete Hegseth praised Egypt while hosting Khalid bin Salman at the Pentagon.", &["Khalid bin Salman + Pete Hegseth"]),
    row("9: a counterpart of another country", "Lloyd Austin met his Chinese counterpart in Singapore.\n\nNetanyahu spoke later.", NONE),
    row("9: the meetings of the story's subject", "Blinken landed in Tel Aviv. The meetings with Netanyahu lasted three hours.", BLINKEN_NETANYAHU),
    row("3: been meeting", "Blinken and Sisi have been meeting regularly.", BLINKEN_SISI),
    row("3: a light verb before a list of adjectives", "Blinken and Sisi held a long, frank, detailed, and productive meeting.", BLINKEN_SISI),
    row("3: a light verb before capitalised words is no list", "Blinken and Sisi held a long, frank, Cairo-based Gaza Reconstruction meeting series.", NONE),
    row("3: a light verb four words before", "Blinken and Sisi had open and productive discussions.", BLINKEN_SISI),
    row("3: names joined by hyphens are one adjective before the noun, and its sides met", "Rex Tillerson, Sushma Swaraj and Taro Kono convened the second U.S.-India-Japan ministerial-level trilateral dialogue.", &["India + Japan", "India + United States", "Japan + United States", "Rex Tillerson + Sushma Swaraj", "Rex Tillerson + Taro Kono", "Sushma Swaraj + Taro Kono"]),
    row("3: a light verb before plural conversations", "Mike Pompeo arrived in Sochi. Pompeo said that he and Putin had productive conversations.", &["Mike Pompeo + Vladimir Putin"]),
    row("6: titled ministers from a list of countries", "Lloyd Austin spoke today with Defense Ministers from Canada, France, Germany, Poland, and the United Kingdom.", &["Canada + Lloyd Austin", "France + Lloyd Austin", "Germany + Lloyd Austin", "Lloyd Austin + Poland", "Lloyd Austin + United Kingdom"]),
    row("6: plural counterparts nobody holds stand for their side", "Lloyd Austin participated in an informal meeting with his ASEAN counterparts.", &["ASEAN + Lloyd Austin"]),
    row("6: a singular counterpart nobody holds is no country", "Lloyd Austin met his Ukrainian counterpart in Germany.", NONE),
    row("4: a caption's placing makes a line with a stop a caption", "U.S. Secretary of State John Kerry, left, with Palestinian President Mahmoud Abbas, Amman, June 28, 2013.", &["John Kerry + Mahmoud Abbas"]),
    row("4: a placed name walks with another at a meeting", "U.S. Secretary of State John Kerry, right, walks with Saud bin Faisal, Foreign Minister of Saudi Arabia, during a meeting of Gulf foreign ministers in Riyadh, on Thursday, March 5, 2015.", &["John Kerry + Saud al-Faisal"]),
    row("4: 'right' in speech places no name", "That is right, with Egypt we will do more, Antony Blinken said.", NONE),
    row("7: a country before 'Secretary of National Defense' is his", "Chuck Hagel met the Philippines Secretary of National Defense Voltaire Gazmin.", &["Chuck Hagel + Voltaire Gazmin"]),
    row("7: a country before an adviser's title is his", "Wendy Sherman spoke by phone today with UAE Presidential Advisor Dr. Anwar Gargash.", &["Anwar Gargash + Wendy Sherman"]),
    row("6: a co- verb's hyphenated sides name what was chaired", "Colin Kahl and Belkhir El Farouk co-chaired the 12th U.S.-Morocco Defense Consultative Committee in Rabat.", &["Belkhir El Farouk + Colin Kahl"]),
    row("1: a verb after a subject's titled apposition is the clause's own", "Colin Kahl and Belkhir El Farouk, Inspector General of the Royal Moroccan Armed Forces, co-chaired the committee.", &["Belkhir El Farouk + Colin Kahl"]),
    row("1: a possessive apposition before the verb", "Abdel Fattah el-Sisi, Egypt's president, hosted Antony Blinken in Cairo.", &["Abdel Fattah el-Sisi + Antony Blinken"]),
    row("1: a participle after a noun phrase stays a participle", "Scholz's note to all NATO allies, sent after his talks with Erdogan, said nothing.", &["Olaf Scholz + Recep Tayyip Erdogan"]),
    row("6: senior officials from two countries met", "Senior officials from Egypt and Qatar met in Cairo.", &["Egypt + Qatar"]),
    row("6: counterparts from countries are their ministers, not the countries", "Lloyd Austin met Richard Marles in Canberra on Monday. Later Austin met with counterparts from Australia.", &["Lloyd Austin + Richard Marles"]),
    row("9: he nearer the cue than a party", "Antony Blinken arrived.\nTurkey is ready, Blinken said after he met Recep Tayyip Erdogan.", &["Antony Blinken + Recep Tayyip Erdogan"]),
    row("6: a list closed by a comma and", "Discussions among the United States, France, and Ukraine went on.", &["France + Ukraine", "France + United States", "Ukraine + United States"]),
    row("9: he after a reporting clause, past an earlier 'its'", "Emmanuel Macron arrived.\nGermany will use its weight in Europe, Macron told reporters on Friday, after he met Olaf Scholz.", &["Emmanuel Macron + Olaf Scholz"]),
    row("6: a serial-comma list hosted by a third", "Talks among Egypt, Jordan, and Israel hosted by Qatar went on.", &["Egypt + Israel", "Egypt + Jordan", "Egypt + Qatar", "Israel + Jordan", "Israel + Qatar", "Jordan + Qatar"]),
    kind("7: hyphen pair after a place preposition", "Envoys reviewed progress in Armenia-Azerbaijan peace talks.", &["Armenia + Azerbaijan"], "talks"),
    row("11: a transcript's subjectless look forward to a conversation", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you all. Look forward to a very good conversation.", BLINKEN_SHOUKRY),
    row("11: a transcript's I look forward to a productive meeting", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you all. I look forward to a productive meeting.", BLINKEN_SHOUKRY),
    row("11: a transcript's I look forward to pursuing the conversation", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you all. I look forward to pursuing the conversation.", BLINKEN_SHOUKRY),
    row("11: looking forward to a meeting of a body is not the pair's", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you all. I look forward to a meeting of NATO.", NONE),
    row("11: looking forward to a conversation outside a transcript", "I look forward to a very good conversation.", NONE),
    row("11: looking forward to a conversation inside a quote", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you all. He told me, \u{201c}I look forward to a very good conversation.\u{201d}", NONE),
    row("11: a speaker label as a name line", "Remarks by President Biden and Prime Minister Fumio Kishida\n\nPresident Biden. Well, welcome back to the White House.", &["Fumio Kishida + Joe Biden"]),
    row("11: a name line that is a paragraph of its own is no label", "Remarks by President Biden and Prime Minister Fumio Kishida\n\nPresident Biden.\n\nWell, welcome back to the White House.", NONE),
    row("11: 'We' right after a speaker label", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: We discussed Sudan.", BLINKEN_SHOUKRY),
    kind("11: 'welcome to' a place, said to the visitor", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Mr. Foreign Minister, welcome to the State Department.", BLINKEN_SHOUKRY, "host"),
    row("11: 'welcome to' outside a transcript is no meeting", "Egypt said Antony Blinken's talks were welcome to Cairo's leaders.", NONE),
    times("9: 'they' after a meeting of three is every pair of it", "Antony Blinken met with Sameh Shoukry and Ayman Safadi in Cairo. They discussed the war in Gaza.", &["Antony Blinken + Ayman Safadi", "Antony Blinken + Sameh Shoukry"], 2),
    times("9: one of a meeting of three goes on with both", "Antony Blinken met with Sameh Shoukry and Ayman Safadi in Cairo. Blinken also discussed the war in Gaza.", &["Antony Blinken + Ayman Safadi", "Antony Blinken + Sameh Shoukry"], 2),
    row("11: 'the conversation today' is the speaker's", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: I look forward to the conversation today.", BLINKEN_SHOUKRY),
    row("11: 'the conversation' of another day is none", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: I read about the conversation in the paper.", NONE),
    row("11: thanks for hosting, said to the host", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Sameh, thank you for hosting me.", BLINKEN_SHOUKRY),
    row("11: 'welcome to' a briefing is no presence", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Welcome to the briefing.", NONE),
    row("9: the two officials, four sentences on", "Lloyd Austin and Gilberto Teodoro spoke by phone today.\nAustin reaffirmed the commitment. He stressed support. The U.S. will stand firm.\nThe two officials discussed the South China Sea.", &["Gilberto Teodoro + Lloyd Austin"]),
    row("6: and, then a title with 'of'", "Lloyd Austin and Philippine Secretary of National Defense Gilberto Teodoro spoke by phone today.", &["Gilberto Teodoro + Lloyd Austin"]),
    row("6: an adverb and a place before 'with'", "Lloyd Austin met bilaterally at Camp Smith with Richard Marles.", &["Lloyd Austin + Richard Marles"]),
    row("6: titles joined by a slash", "Marco Rubio met today with Pakistani Deputy Prime Minister/Foreign Minister Ishaq Dar.", &["Ishaq Dar + Marco Rubio"]),
    row("4: a spaced hyphen ends the parties", "Secretary Rubio's Meeting With Foreign Minister Ishaq Dar - United States Department of State\n\nMarco Rubio arrived.", &["Ishaq Dar + Marco Rubio"]),
    kind("2: a phone call to", "Donald Trump arrived. He made his first phone call to Crown Prince Mohammed bin Salman.", &["Donald Trump + Mohammed bin Salman"], "phone"),
    row("6: key officials of a country", "Lloyd Austin will meet with key Fijian leaders on Friday.", &["Fiji + Lloyd Austin"]),
    row("6: a surname with particles after a title", "Juan Ramon de la Fuente arrived. Marco Rubio met with Foreign Secretary de la Fuente.", &["Juan Ramon de la Fuente + Marco Rubio"]),
    row("12: a Chinese family name first", "Dong Jun arrived. Lloyd Austin spoke with Dong in April.", &["Dong Jun + Lloyd Austin"]),
    kind("9: 'The discussion' is the last meeting", "Lloyd Austin held talks with John Healey in London. The discussion included support to Ukraine.", &["John Healey + Lloyd Austin"], "talks"),
    times("9: 'at the meeting' later in a sentence is the last meeting", "Lloyd Austin met John Healey in London. Austin raised Ukraine at the meeting in the city.", &["John Healey + Lloyd Austin"], 2),
    times("9: 'the brief encounter' is the last meeting", "Joe Biden met Xi Jinping in Lima. The brief encounter happened on Saturday.", &["Joe Biden + Xi Jinping"], 2),
    times("9: 'the visit' may name a party of the last meeting", "Joe Biden will host Lula in Washington. Analysts say the visit is important for Lula.", &["Joe Biden + Luiz Inacio Lula da Silva"], 2),
    times("9: a referred meeting naming another party is not the last one", "Joe Biden met Xi Jinping in Lima. Analysts say the meeting is important for Japan.", &["Joe Biden + Xi Jinping"], 1),
    times("9: talks after a call are other talks", "Antony Blinken spoke by phone with Abdel Fattah al-Burhan. He hopes for progress at the talks in Jeddah.", &["Abdel Fattah al-Burhan + Antony Blinken"], 1),
    times("9: the topic of a briefing is another meeting", "Marco Rubio spoke with Annalena Baerbock. The Secretary briefed her on the meeting.", &["Annalena Baerbock + Marco Rubio"], 1),
    times("9: 'those meetings' are meetings in general", "Joe Biden met Xi Jinping in Lima. Those meetings are seen as useful.", &["Joe Biden + Xi Jinping"], 1),
    times("9: 'the meeting with' names its own parties", "Joe Biden met Xi Jinping in Lima. He prepared for the meeting with Japan.", &["Joe Biden + Xi Jinping"], 1),
    times("7: a hyphen chain before a topic names no party", "Wendy Sherman met Gombojavyn Zandanshatar in Ulaanbaatar. During her meetings, the Deputy Secretary praised the U.S.-Mongolia Strategic Partnership.", &["Gombojavyn Zandanshatar + Wendy Sherman"], 2),
    row("7: a hyphen chain before a relationship is its topic", "The meeting was part of the U.S.-China trade relationship.", NONE),
    row("6: a hyphen chain before peace talks met", "Russia-Ukraine peace talks began in Istanbul.", &["Russia + Ukraine"]),
    row("6: the host of hyphenated talks met every side", "Saudi Arabia hosted US-Russia talks in Riyadh.", &["Russia + Saudi Arabia", "Russia + United States", "Saudi Arabia + United States"]),
    row("6: the host of hyphenated peace talks met every side", "Turkey hosted the Russia-Ukraine peace talks in Istanbul.", &["Russia + Turkey", "Russia + Ukraine", "Turkey + Ukraine"]),
    row("6: 'A and her counterpart B' met each other too", "John Kerry met with Israeli negotiator Tzipi Livni and her Palestinian counterpart Saeb Erekat in Washington.", &["John Kerry + Saeb Erekat", "John Kerry + Tzipi Livni", "Saeb Erekat + Tzipi Livni"]),
    row("6: 'A and B' with no counterpart are two meetings", "John Kerry met with Israeli negotiator Tzipi Livni and Palestinian negotiator Saeb Erekat in Washington.", &["John Kerry + Saeb Erekat", "John Kerry + Tzipi Livni"]),
    row("9: 'The meeting of' names its own parties", "Lloyd Austin met John Healey in London. The meeting of NATO ministers follows.", &["John Healey + Lloyd Austin"]),
    row("9: 'The leaders', five sentences on", "Joe Biden met Fumio Kishida in Wilmington. Biden praised him. He spoke of Japan. The alliance is strong. It grew.\nThe leaders discussed the South China Sea.", &["Fumio Kishida + Joe Biden"]),
    row("11: 'we' with a party named is the speaker's side", "Remarks by Secretary Blinken and Foreign Minister Mondino\n\nSECRETARY BLINKEN: We just had a productive meeting with President Javier Milei.", &["Antony Blinken + Javier Milei"]),
    row("9: counterparts from a list of countries", "Lloyd Austin met with counterparts from Australia and Japan.\n\nRichard Marles arrived. Minoru Kihara arrived.", &["Lloyd Austin + Minoru Kihara", "Lloyd Austin + Richard Marles"]),
    row("9: demonyms joined before counterparts", "Lloyd Austin met his Australian and Japanese counterparts.\n\nRichard Marles arrived. Minoru Kihara arrived.", &["Lloyd Austin + Minoru Kihara", "Lloyd Austin + Richard Marles"]),
    row("6: a host of talks between two", "Qatar hosted talks between Israel and Hamas in Doha.", &["Hamas + Israel", "Hamas + Qatar", "Israel + Qatar"]),
    row("6: 'for hosting' names no host but the one thanked, here unnamed", "Egypt thanked the emir for hosting talks between Israel and Hamas.", &["Hamas + Israel"]),
    row("6: the one thanked or praised 'for hosting talks between' hosted them", "Blinken praised Qatar for hosting talks between Israel and Hamas.", &["Hamas + Israel", "Hamas + Qatar", "Israel + Qatar"]),
    row("11: 'this official visit' in a transcript", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: Thank you for this official visit.", BLINKEN_SHOUKRY),
    row("11: 'this meeting of' names its own parties", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: This meeting of the Arab League matters.", NONE),
    row("4: a joint subject welcoming a thing did not meet by it", "Lloyd Austin and Minoru Kihara welcomed the historic announcements.", NONE),
    row("1: the parties of 'relations between' are no subject of a later cue", "Turkish President Erdogan met Kenyan President Ruto in Ankara on Monday. The two leaders praised the ties between Turkey and Kenya, and discussed trade.", &["Recep Tayyip Erdogan + William Ruto"]),
    times("9: 'During their discussion,' is the last pair's meeting", "Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo on Monday.\nDuring their discussion, the Secretary underscored the need for aid.", &["Antony Blinken + Sameh Shoukry"], 2),
    row("9: 'During the meeting, A and B reaffirmed': the opener's meeting had its joint subject", "Blinken arrived in Cairo on Monday.\nDuring the meeting, Secretary Blinken and Egyptian Foreign Minister Sameh Shoukry reaffirmed their commitment.", &["Antony Blinken + Sameh Shoukry"]),
    row("9: 'During the meeting, A said B and C ...': no joint subject, no pair", "Blinken arrived in Cairo on Monday.\nDuring the meeting, Blinken said Egypt and Qatar must act.", NONE),
    times("9: 'During her meetings,' is the last pair's meeting", "Deputy Secretary Wendy Sherman met Mongolian Foreign Minister Battsetseg Batmunkh in Ulaanbaatar on Monday.\nDuring her meetings, the Deputy Secretary highlighted the partnership.", &["Battsetseg Batmunkh + Wendy Sherman"], 2),
    times("9: 'During their meeting,' naming someone else is not the last pair's", "Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo on Monday.\nDuring their meeting, Herzog called from Jerusalem.", &["Antony Blinken + Sameh Shoukry"], 1),
    times("9: 'The Secretaries ... and discussed' is the last pair", "Blinken met Philippine Foreign Secretary Enrique Manalo in Manila on Monday.\nThe Secretaries welcomed the progress and discussed trade.", &["Antony Blinken + Enrique Manalo"], 2),
    row("6: a list of parties after a colon", "Blinken met the foreign ministers of three Gulf states: Qatar, Oman and Kuwait.", &["Antony Blinken + Kuwait", "Antony Blinken + Oman", "Antony Blinken + Qatar"]),
    row("6: a colon after no plural of parties opens no list", "Blinken met the press in Cairo and said: Egypt and Qatar must act.", NONE),
    row("6: 'his meetings with A and B' may be two meetings", "Blinken concluded his meetings with Armenian Prime Minister Pashinyan and Azerbaijani President Aliyev.", &["Antony Blinken + Ilham Aliyev", "Antony Blinken + Nikol Pashinyan"]),
    row("6: the countries of 'the presidents of A and B' stand for people not named: not paired", "Barack Obama's meeting with the presidents of Benin and Guinea took place in the Cabinet Room.", &["Barack Obama + Benin", "Barack Obama + Guinea"]),
    row("6: 'met jointly with A and B': the guests met one another", "Blinken met jointly with Egyptian President Sisi and Jordan's King Abdullah in Cairo.", &["Abdel Fattah el-Sisi + Abdullah II", "Abdel Fattah el-Sisi + Antony Blinken", "Abdullah II + Antony Blinken"]),
    row("6: a trilateral meeting with A and B pairs its guests", "Secretary Blinken's Trilateral Meeting with Egypt and Jordan", &["Antony Blinken + Egypt", "Antony Blinken + Jordan", "Egypt + Jordan"]),
    row("6: 'hosted A and B for talks': the guests met one another", "Blinken hosted Egyptian Foreign Minister Shoukry and Jordanian Foreign Minister Safadi for talks on Gaza.", &["Antony Blinken + Ayman Safadi", "Antony Blinken + Sameh Shoukry", "Ayman Safadi + Sameh Shoukry"]),
    row("1: both parties of 'ties between A and B' are no subject of a later cue", "Modi praised the ties between Japan and India, and discussed trade with Kishida.", &["Fumio Kishida + Narendra Modi"]),
    row("6: a body after 'met on the' is the place, not the object", "Blinken met on the U.S. Navy cruiser to discuss the war.", NONE),
    row("6: a place after a name the gazetteer lacks ends the gap", "Blinken met with Admiral John Doe aboard the U.S. Navy carrier.", NONE),
    row("6: a place after an object ends the list", "Blinken met with Egyptian officials at the UN headquarters.", &["Antony Blinken + Egypt"]),
    row("6: 'in Cairo with' still reaches the object", "Blinken met in Cairo with Egyptian President Sisi.", &["Abdel Fattah el-Sisi + Antony Blinken"]),
    row("1: the object of 'with' is no subject of a later cue", "Lloyd Austin arrived.\nHe will visit the Philippines, where he will work with Philippine leaders and meet with U.S. and Japanese forces.", NONE),
    row("4: a possessive person owns the thing", "Netanyahu welcomed Biden's announcement on Friday.", NONE),
    row("4: a host receives a thing", "Israel received U.S. weapons last month.", NONE),
    row("3: a joint subject speaks after a meeting noun", "Lloyd Austin, Richard Marles and John Healey hold a joint press conference following an AUKUS defense ministerial meeting in London.", &["John Healey + Lloyd Austin", "John Healey + Richard Marles", "Lloyd Austin + Richard Marles"]),
    row("3: a joint subject speaks after talks", "Sergei Lavrov and Wang Yi held a joint news conference after talks in Moscow.", &["Sergei Lavrov + Wang Yi"]),
    row("3: one person speaking after a meeting met no one", "Antony Blinken spoke to reporters following a meeting of NATO ministers.", NONE),
    kind("2: told in a phone call", "Erdogan told Putin in a phone call that Turkey was ready to help.", ERDOGAN_PUTIN, "phone"),
    kind("2: called", "Erdogan called Putin on Monday to discuss Gaza.", ERDOGAN_PUTIN, "phone"),
    row("4: name-calling is no call", "Erdogan called Netanyahu a war criminal.", NONE),
    row("4: called on urges", "Erdogan called on Putin to end the war.", NONE),
    kind("2: a headline's present tense calls", "Erdogan Calls Russian President Putin\n\nErdogan spoke of Gaza.", ERDOGAN_PUTIN, "phone"),
    row("4: calls someone something", "Erdogan calls Putin a partner.", NONE),
    row("4: calls someone something in quotes", "Erdogan calls Putin \u{201c}crazy\u{201d} in a speech.", NONE),
    row("4: calls on urges", "Erdogan calls on Putin to end the war.", NONE),
    row("4: calls upon urges", "Erdogan calls upon Putin to end the war.", NONE),
    row("4: calls someone's plan something", "Erdogan calls Putin's plan a trap.", NONE),
    // 11. Transcripts: "I", "we" and "you" are the speaker and the one spoken to.
    kind("11: good to see you", "Secretary Blinken and Foreign Minister Shoukry Before Their Meeting\n\nFOREIGN MINISTER SHOUKRY: It is good to see you again.", &["Antony Blinken + Sameh Shoukry"], "meeting"),
    kind("11: a vocative names the one spoken to", "Remarks to the Press\n\nFOREIGN MINISTER SHOUKRY: Secretary Blinken, let me welcome you to Cairo.", &["Antony Blinken + Sameh Shoukry"], "host"),
    kind("11: an honor to host you is no headline future", "Remarks to the Press\n\nFOREIGN MINISTER SHOUKRY: Secretary Blinken, it is an honor to host you in Cairo.", &["Antony Blinken + Sameh Shoukry"], "host"),
    kind("11: I would like to welcome", "Remarks to the Press\n\nFOREIGN MINISTER SHOUKRY: I would like to welcome Secretary Blinken.", &["Antony Blinken + Sameh Shoukry"], "host"),
    kind("11: our meeting", "Secretary Blinken and Foreign Minister Shoukry at a Press Availability\n\nSECRETARY BLINKEN: Our meeting today was productive.", &["Antony Blinken + Sameh Shoukry"], "meeting"),
    row("11: a group's meeting is not the pair's", "Secretary Blinken and Foreign Minister Shoukry at a Press Availability\n\nSECRETARY BLINKEN: We will have a NATO meeting later.", NONE),
    row("1: a main clause after a list closed by a participle", "Remarks to the Press\n\nSECRETARY BLINKEN: Hello.\n\nFOREIGN MINISTER SHOUKRY: Egypt and the U.S. are partners, old partners, united, and it is my pleasure to have another meeting with Secretary Blinken.", BLINKEN_SHOUKRY),
    row("11: looking forward to the conversation", "Secretary Blinken and Foreign Minister Shoukry Before Their Meeting\n\nSECRETARY BLINKEN: I look forward to continuing the conversation.", BLINKEN_SHOUKRY),
    row("11: looking forward to the conversation outside a transcript", "Blinken said he looked forward to continuing the conversation.", NONE),
    row("11: the host's we met the host's own president: the guest did", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: This morning we had a meeting with President Sisi.", &["Abdel Fattah el-Sisi + Antony Blinken"]),
    row("11: our heads of state are the two countries", "Secretary Blinken and Foreign Minister Shoukry at a Press Availability\n\nSECRETARY BLINKEN: The United States and Egypt are partners. Our heads of state held their first meeting in 1974.", &["Egypt + United States"]),
    row("11: a transcript's title with no subject is its first speaker's (name line)", "Remarks Prior to a Meeting With President Abdel Fattah el-Sisi of Egypt\n\nPresident Biden. Good morning, everyone.", &["Abdel Fattah el-Sisi + Joe Biden"]),
    row("11: a transcript's title with no subject is its first speaker's (label)", "Remarks Before a Meeting With Foreign Minister Sameh Shoukry\n\nSECRETARY BLINKEN: Good morning, everyone.", BLINKEN_SHOUKRY),
    row("11: a title with no subject and no transcript names nobody", "Remarks Prior to a Meeting With President Abdel Fattah el-Sisi of Egypt\n\nBiden spoke of Gaza on Monday and left.", NONE),
    row("11: we among many", "Secretary Blinken and Foreign Minister Shoukry at a Press Availability\n\nSECRETARY BLINKEN: We will discuss among the allies the next steps.", NONE),
    // A title the document itself gives, the words of intent, semicolon lists,
    // subordinate pronouns.
    row("9: the title the document gave", "Acting Deputy Secretary Victoria Nuland arrived in Pretoria.\nThe Acting Deputy Secretary will meet with Egyptian officials.", &["Egypt + Victoria Nuland"]),
    row("9: a title the document never gave names nobody", "Victoria Nuland arrived in Pretoria.\nThe Deputy Secretary will meet with Egyptian officials.", NONE),
    kind("8: a possible meeting is announced", "Officials prepared for a possible meeting between Blinken and Wang Yi in Munich.", &["Antony Blinken + Wang Yi"], "meeting"),
    row("8: could meet stays hypothetical", "Blinken could meet Wang Yi in Munich.", NONE),
    row("8: hopes of a meeting", "Hopes of a meeting between Blinken and Wang Yi faded.", NONE),
    row("2: conversations between", "Saudi Arabia hosted conversations between U.S. and Russian officials in Riyadh.", &["Russia + Saudi Arabia", "Russia + United States", "Saudi Arabia + United States"]),
    row("6: a semicolon list of titled names", "Lloyd Austin met with Defence Minister Richard Marles; Defense Minister Minoru Kihara; and Defense Secretary Gilberto Teodoro.", &["Gilberto Teodoro + Lloyd Austin", "Lloyd Austin + Minoru Kihara", "Lloyd Austin + Richard Marles"]),
    row("7: a country after each name of a list is an affiliation", "Lloyd Austin met with Minister Marles, Australia; Minister Kihara, Japan; and Secretary Teodoro, Philippines.\n\nRichard Marles, Minoru Kihara and Gilberto Teodoro arrived.", &["Gilberto Teodoro + Lloyd Austin", "Lloyd Austin + Minoru Kihara", "Lloyd Austin + Richard Marles"]),
    row("1: a semicolon between clauses still cuts", "Blinken met Sisi in Cairo; Netanyahu stayed in Jerusalem.", BLINKEN_SISI),
    row("9: a pronoun after 'when' is the person before it", "Erdogan smiled when he met Putin in Sochi.", ERDOGAN_PUTIN),
    row("9: a pronoun after 'as' in a call", "Erdogan warned of escalation as he made a phone call to Putin.", ERDOGAN_PUTIN),
    row("4: 'the recently concluded summit' describes a summit; nobody held it here", "Biden congratulated Kenyan President William Ruto for hosting the recently concluded Africa Climate Summit.", NONE),
    row("4: 'held a second meeting' still holds one", "Biden and Kenyan President William Ruto held a second meeting on Friday.", &["Joe Biden + William Ruto"]),
    kind("3: 'A and B shared their perspectives' is talks", "Secretary Blinken and Kazakh Foreign Minister Murat Nurtleu shared their perspectives on trade.", &["Antony Blinken + Murat Nurtleu"], "talks"),
    kind("2: 'made calls to A and B' is a call with each", "Blinken made calls to Generals Burhan and Hemedti on Monday, urging a ceasefire.", &["Abdel Fattah al-Burhan + Antony Blinken", "Antony Blinken + Mohamed Hamdan Dagalo"], "phone"),
    kind("11: thank you very much for inviting me", "Secretary Blinken and Foreign Minister Shoukry at a Joint Press Availability\n\nSECRETARY BLINKEN: Mr. Minister, thank you very much for inviting me.", &["Antony Blinken + Sameh Shoukry"], "host"),
    kind("11: thank you so much for receiving us", "Secretary Blinken and Foreign Minister Shoukry at a Joint Press Availability\n\nSECRETARY BLINKEN: Well, Minister, thank you so much for receiving us today.", &["Antony Blinken + Sameh Shoukry"], "host"),
    kind("11: thank you for welcoming me", "Secretary Blinken and Foreign Minister Shoukry at a Joint Press Availability\n\nSECRETARY BLINKEN: Thank you for welcoming me to Cairo.", &["Antony Blinken + Sameh Shoukry"], "host"),
    row("11: here with you", "Secretary Blinken and Foreign Minister Shoukry at a Joint Press Availability\n\nSECRETARY BLINKEN: It is a pleasure to be here with you.", &["Antony Blinken + Sameh Shoukry"]),
    kind("11: the speaker joins a subject ('X and I')", "Remarks to the Press\n\nFOREIGN MINISTER SHOUKRY: Secretary Blinken and I discussed the crossings.", &["Antony Blinken + Sameh Shoukry"], "talks"),
    row("11: 'X and I' outside a transcript names nobody more", "Sisi and I discussed the crossings, a reader wrote.", NONE),
    kind("11: we had a good discussion", "Secretary Blinken and Foreign Minister Shoukry at a Joint Press Availability\n\nSECRETARY BLINKEN: We had a good discussion.", &["Antony Blinken + Sameh Shoukry"], "talks"),
    row("9: a meeting with the Secretary named lately", "Secretary Blinken arrived in Cairo. Sisi met with the Secretary on Monday.", BLINKEN_SISI),
    row("9: 'the Secretary of' begins a longer title", "Secretary Blinken arrived in Cairo. Sisi met with the Secretary of the Arab League on Monday.", NONE),
    kind("2: told during their meeting", "Sisi told Blinken during their meeting that Egypt was ready.", BLINKEN_SISI, "meeting"),
    kind("2: urged in a meeting on a day", "Blinken urged Sisi in a meeting on Monday to open the crossing.", BLINKEN_SISI, "meeting"),
    row("4: in a meeting of a body is a gathering", "Blinken criticized Putin in a meeting of NATO ministers.", NONE),
    row("7: a delegation led by a person", "Sisi met with a delegation led by Blinken.", BLINKEN_SISI),
    row("3: a demonym and a body before a group word", "Israeli and Hamas negotiators held talks in Doha.", &["Hamas + Israel"]),
    kind("2: got a call from", "Sisi got a call from Blinken on Monday.", BLINKEN_SISI, "phone"),
    kind("2: hosted a dinner for", "Blinken hosted a dinner for Sisi.", BLINKEN_SISI, "host"),
    row("1: a relative clause of two coordinated heads", "Blinken and Sisi, who met in Cairo, agreed to a plan.", BLINKEN_SISI),
    row("1: a relative clause of one head", "Netanyahu praised Sisi, who met Blinken in May.", BLINKEN_SISI),
    row("9: 'he' after a semicolon is the earlier subject", "Blinken met Sisi; he then met Netanyahu.", &["Abdel Fattah el-Sisi + Antony Blinken", "Antony Blinken + Benjamin Netanyahu"]),
    row("3: 'The Secretary and' a named subject", "Secretary Blinken arrived in Washington. The Secretary and Foreign Minister Shoukry discussed the crossings.", BLINKEN_SHOUKRY),
    row("5: met late on a day with", "Blinken met late Tuesday with Sisi.", BLINKEN_SISI),
    row("9: one person's meetings are not the last pair's", "Lloyd Austin met Richard Marles in Honolulu.\nSecretary Austin's Meetings on Thursday\nLloyd Austin spoke.", &["Lloyd Austin + Richard Marles"]),
    row("4: a press conference with is a media event", "Secretary Blinken Joint Press Conference With Egyptian Foreign Minister Sameh Shoukry in Cairo", NONE),
    row("4: a meeting with in a headline still is one", "Secretary Blinken Meeting With Egyptian Foreign Minister Sameh Shoukry in Cairo", BLINKEN_SHOUKRY),
    row("11: speaking to this meeting addresses a gathering", "Secretary Blinken and Foreign Minister Shoukry at a Press Availability\n\nSECRETARY BLINKEN: Before I speak to this meeting, let me say this.", NONE),
    row("11: you in a quote outside a transcript", "\u{201c}It is good to see you,\u{201d} Shoukry told reporters.", NONE),
    row("1: said after talks with, then that", "Blinken said after talks with Netanyahu that a deal was close.", BLINKEN_NETANYAHU),
    row("1: told reporters after meeting", "Blinken told reporters on Monday after meeting Netanyahu that a deal was close.", BLINKEN_NETANYAHU),
    row("1: a quote, then said following a meeting", "\u{201c}A deal is close,\u{201d} Blinken said following his meeting with Netanyahu.", BLINKEN_NETANYAHU),
    row("1: the reported clause after the time keeps its own subject", "Blinken said after talks in Cairo that Sisi met Netanyahu.", &["Abdel Fattah el-Sisi + Benjamin Netanyahu"]),
    row("1: said and a reported meeting stays reported", "Blinken said Sisi met Netanyahu.", &["Abdel Fattah el-Sisi + Benjamin Netanyahu"]),
    row("7: an opener's name in apposition to an office", "After meeting the president of Egypt, Abdel Fattah el-Sisi, Blinken flew home.", BLINKEN_SISI),
    row("7: an opener's comma before the subject closes it", "After meeting Sisi, Blinken, who arrived Monday, flew home.", BLINKEN_SISI),
    row("7: the country of an office held by the name after it", "Blinken met the president of Egypt, Abdel Fattah el-Sisi, on Monday.", BLINKEN_SISI),
    row("9: an object pronoun in a where-clause is the earlier subject", "Blinken flew to Cairo, where Sisi received him.", BLINKEN_SISI),
    row("9: an object pronoun after a reporting clause is its speaker", "Netanyahu said Blinken called him.", BLINKEN_NETANYAHU),
    row("9: an object pronoun is never its own clause's subject", "Sisi said he would host him.", NONE),
    kind("2: told during plural talks with no article", "Sisi told Blinken during talks in Cairo that Egypt was ready.", BLINKEN_SISI, "talks"),
    row("2: told reporters during talks names one person", "Sisi told reporters during talks in Cairo that Egypt was ready.", NONE),
    row("3: a joint subject that has spoken", "Erdogan and Putin have spoken several times since May.", ERDOGAN_PUTIN),
    row("8: a joint subject that has not spoken", "Erdogan and Putin have not spoken since May.", NONE),
    row("2: had spoken to", "Erdogan said he had spoken to Putin.", ERDOGAN_PUTIN),
    row("2: after their meeting, the people of the clause", "Sisi thanked Blinken after their meeting.", BLINKEN_SISI),
    row("2: after a meeting somewhere is nobody's in particular", "Sisi criticized Blinken after a meeting in Cairo.", NONE),
    row("7: members of a body are its people", "Blinken met with members of Hamas in Doha.", &["Antony Blinken + Hamas"]),
    kind("2: the call that one had with another", "The call that Blinken had with Sisi lasted an hour.", BLINKEN_SISI, "phone"),
    row("2: the meeting one held with another, no 'that'", "The meeting Blinken held with Sisi lasted an hour.", BLINKEN_SISI),
    announced("8: a meeting noun announced after its parties", "A meeting between Blinken and Sisi is planned for Friday.", BLINKEN_SISI, true),
    announced("8: a meeting moved is still to come", "The meeting between Blinken and Sisi was moved to Friday.", BLINKEN_SISI, true),
    announced("8: a meeting that took place is held", "The meeting between Blinken and Sisi lasted two hours.", BLINKEN_SISI, false),
    announced("8: a verb's predicate after a relative clause announces nothing", "Sisi, who met Blinken, was expected to speak.", BLINKEN_SISI, false),
    row("7: the country of an unnamed office is a party", "Blinken met the president of Egypt on Monday.", &["Antony Blinken + Egypt"]),
    // Found on the f-* real news (issue: met recall).
    row("7: a title-case headline's body after Of The is a title's", "Secretary Blinken's Meeting With General Secretary Of The CCP Xi Jinping", &["Antony Blinken + Xi Jinping"]),
    row("7: the same title in running text", "Blinken met the General Secretary of the CCP, Xi Jinping, in Beijing.", &["Antony Blinken + Xi Jinping"]),
    // Issue 11: a headline's meeting with a plural title the body names.
    times("7: a headline's plural title is the body's holders", "Secretary Rubio's Meeting With Transatlantic Quint Foreign Ministers\n\nSecretary Rubio met today with French Foreign Minister Jean-Noël Barrot and Italian Foreign Minister Antonio Tajani.", &["Antonio Tajani + Marco Rubio", "Jean-Noel Barrot + Marco Rubio"], 2),
    row("7: trap: a plural title only one holder fits", "Secretary Rubio's Meeting With Foreign Ministers\n\nRubio spoke of Ukraine. French Foreign Minister Jean-Noël Barrot stayed in Paris.", NONE),
    row("7: trap: remarks at a meeting that names nobody", "Remarks at the NATO Foreign Ministers Meeting\n\nFrench Foreign Minister Jean-Noël Barrot stayed in Paris. Italian Foreign Minister Antonio Tajani stayed in Rome.", NONE),
    row("7: trap: a headline of others' meeting", "NATO Foreign Ministers Meet in Antalya\n\nFrench Foreign Minister Jean-Noël Barrot stayed in Paris. Italian Foreign Minister Antonio Tajani stayed in Rome.", NONE),
    row("7: trap: a headline meeting with a place", "Secretary Rubio's Meeting With Foreign Ministers in Antalya\n\nFrench Foreign Minister Jean-Noël Barrot stayed in Paris. Italian Foreign Minister Antonio Tajani stayed in Rome.", NONE),
    row("7: a serial list of countries before plural counterparts is their title", "Austin met his Japanese, UK, and French counterparts in Hawaii.", NONE),
    row("8: a call for talks between asks for them", "Blinken repeated his call for direct talks between Russia and Ukraine.", NONE),
    row("8: called for talks between", "Guterres called for talks between Israel and Hamas.", NONE),
    kind("3: a caption's present-tense talk", "Biden and Xi talk during a photo session at the summit in Lima.", &["Joe Biden + Xi Jinping"], "talks"),
    row("3: talk of a visit names no joint subject", "The talk of a Biden visit to Beijing faded in March.", NONE),
    row("3: wanting to talk is no talk", "Biden wants to talk to Xi.", NONE),
    // Found on the h-* real news (issue: met recall).
    row("2: a date between met and with", "Blinken met July 29 with Shoukry in Cairo.", BLINKEN_SHOUKRY),
    row("2: a date with an ordinal between met and with", "Blinken met on the 3rd with Shoukry in Cairo.", BLINKEN_SHOUKRY),
    row("6: a joint subject meeting on a date with two others met each", "Blinken and Lloyd Austin met on July 29 with Shoukry and Safadi.", &["Antony Blinken + Ayman Safadi", "Antony Blinken + Sameh Shoukry", "Ayman Safadi + Lloyd Austin", "Lloyd Austin + Sameh Shoukry"]),
    times("9: their conversation after a call is the call", "Lloyd Austin called Ben Wallace on Monday. Their conversation today was a continuation of their talks last week.", &["Ben Wallace + Lloyd Austin"], 2),
    kind("9: their conversation after a call is of its kind", "Lloyd Austin called Ben Wallace on Monday. Their conversation today was a continuation of their talks last week.", &["Ben Wallace + Lloyd Austin"], "phone"),
    times("9: their conversation is the call though a topic list names a country", "Lloyd Austin called Ben Wallace on Monday. Their conversation today was a continuation of their talks last week, which covered many priorities, including Ukraine.", &["Ben Wallace + Lloyd Austin"], 2),
    row("9: a lower-case title and a name discussed (AP style)", "Lloyd Austin landed in Cairo on Monday. The secretary and Sameh Shoukry discussed the agreement.", &["Lloyd Austin + Sameh Shoukry"]),
    times("4: speaking at an event after a meeting is a speech", "Antony Blinken met Liu Jianchao on Friday. Blinken spoke at a news conference in Beijing.", &["Antony Blinken + Liu Jianchao"], 1),
    times("4: speaking during a session after a meeting is a speech", "Antony Blinken will meet Liu Jianchao on Friday. Liu Jianchao speaks during a session of the World Peace Forum.", &["Antony Blinken + Liu Jianchao"], 1),
    times("9: they spoke for an hour after a meeting is the meeting", "Antony Blinken met Liu Jianchao on Friday. They spoke for an hour.", &["Antony Blinken + Liu Jianchao"], 2),
    row("9: the President's call in a readout's title is the President the document names", "Readout of the President's Call with Prime Minister Cameron\n\nPresident Obama spoke today with Prime Minister Cameron.", &["Barack Obama + David Cameron"]),
    times("9: the Secretary's meeting in a title is the Secretary named below", "Readout of the Secretary's Meeting with Foreign Minister Shoukry\n\nSecretary Blinken met Shoukry in Cairo on Monday.", &["Antony Blinken + Sameh Shoukry"], 2),
    times("9: the Vice President's phone call with a name", "Vice President Kamala Harris landed in Lagos. The Vice President's phone call with President Tinubu lasted an hour.", &["Bola Tinubu + Kamala Harris"], 1),
    row("9: a possessive title nobody in the document holds names no one", "Readout of the Prime Minister's Call with President Macron\n\nSecretary Blinken was in Paris.", NONE),
    row("9: a possessive title is not the one met", "Blinken landed in Cairo. He met with the President's envoy on Monday.", NONE),
    row("9: a title and a name after a dash", "Kamala Harris landed in Accra. Building on last year's investments in Ghana—the Vice President and President Tinubu discussed trade.", &["Bola Tinubu + Kamala Harris"]),
    times("9: two titles stand for the pair of a meeting several sentences back", "Mike Pompeo met Khalid bin Salman in Washington. The Secretary congratulated the minister on his new role. The Secretary praised the kingdom. The Secretary thanked the envoy. The Secretary welcomed the agreements. The Secretary and the minister also discussed Iran.", &["Khalid bin Salman + Mike Pompeo"], 2),
    times("9: a title in lower case joins a title in a plural subject", "Mike Pompeo met Khalid bin Salman in Washington. The Secretary and the minister discussed Iran.", &["Khalid bin Salman + Mike Pompeo"], 2),
    row("9: two titles with no meeting before name nobody", "The Secretary and the minister also discussed Iran.", NONE),
    row("9: a time opens the clause before a definite title", "David Satterfield arrived in Ethiopia on Monday. Today, the Special Envoy met with Olusegun Obasanjo.", &["David Satterfield + Olusegun Obasanjo"]),
    row("9: a time and a definite title nobody holds", "David Satterfield arrived in Ethiopia on Monday. Today, the President met with Olusegun Obasanjo.", NONE),
    row("9: a place opening the clause is no time", "David Satterfield arrived in Ethiopia on Monday. In Addis Ababa, the Special Envoy met with Olusegun Obasanjo.", &["David Satterfield + Olusegun Obasanjo"]),
    row("9: a title and a name with its own article", "Lloyd Austin landed in Cairo on Monday. The Secretary and the Egyptian Foreign Minister Sameh Shoukry discussed the agreement.", &["Lloyd Austin + Sameh Shoukry"]),
    row("9: a title and a name after an opening quote", "Lloyd Austin landed in Cairo on Monday. \"The secretary and Sameh Shoukry discussed the agreement,\" Ryder said.", &["Lloyd Austin + Sameh Shoukry"]),
    row("9: a title and a country's unnamed officials", "Lloyd Austin landed in Jakarta on Monday. \"The secretary and Indonesian officials discussed the agreement,\" Ryder said.", &["Indonesia + Lloyd Austin"]),
    row("9: a title and a country's unnamed leaders, capitalised", "Lloyd Austin landed in Jakarta on Monday. The Secretary and Indonesian leaders also discussed defense ties.", &["Indonesia + Lloyd Austin"]),
    row("9: a title and unnamed staff name no party", "Lloyd Austin landed in Jakarta on Monday. The secretary and his staff discussed the agreement.", NONE),
    row("9: a title inside a longer clause does not open the subject", "Lloyd Austin landed in Jakarta on Monday. Aides to the secretary and Indonesian officials discussed ties.", NONE),
    times("9: the two leaders, long after the one pair of people met", "Narendra Modi met Nawaz Sharif in New Delhi on Tuesday. Delhi was calm. Markets in India rose. Traffic in India was heavy. Rain fell on India. Schools in India were closed. Shops in India opened late. Trains in India ran. Banks in India were shut. Crowds in India gathered. The two leaders met a day after Nawaz Sharif came to the capital.", &["Narendra Modi + Nawaz Sharif"], 2),
    times("9: both men, long after the one pair of people met", "Narendra Modi met Nawaz Sharif in New Delhi on Tuesday. Delhi was calm. Markets in India rose. Traffic in India was heavy. Rain fell on India. Schools in India were closed. Shops in India opened late. Trains in India ran. Banks in India were shut. Crowds in India gathered. Both men met again last week.", &["Narendra Modi + Nawaz Sharif"], 2),
    times("9: the two leaders long after two pairs of people met are neither", "Narendra Modi met Nawaz Sharif in New Delhi on Tuesday. Antony Blinken met Sameh Shoukry in Cairo. Delhi was calm. Markets in India rose. Traffic in India was heavy. Rain fell on India. Schools in India were closed. Shops in India opened late. Trains in India ran. Banks in India were shut. Crowds in India gathered. The two leaders met a day after the summit.", &["Antony Blinken + Sameh Shoukry", "Narendra Modi + Nawaz Sharif"], 1),
    times("9: the leaders, uncounted, long after the one pair met are not them", "Narendra Modi met Nawaz Sharif in New Delhi on Tuesday. Delhi was calm. Markets in India rose. Traffic in India was heavy. Rain fell on India. Schools in India were closed. Shops in India opened late. Trains in India ran. Banks in India were shut. Crowds in India gathered. The leaders met a day after the summit.", &["Narendra Modi + Nawaz Sharif"], 1),
    times("5: met a day after names no one met", "Narendra Modi met Nawaz Sharif on Monday. The two leaders met again a day later, and met a week after that.", &["Narendra Modi + Nawaz Sharif"], 2),
    row("5: a bare met with a time after it is reciprocal", "Antony Blinken met Liu Jianchao on Friday. The two met last week too.", &["Antony Blinken + Liu Jianchao"]),
    row("5: met a delegation names someone unnamed", "Antony Blinken met Liu Jianchao on Friday. The two leaders met a delegation of farmers.", &["Antony Blinken + Liu Jianchao"]),
    times("9: they, past the reach of they, are the one pair of people the document met", "Antony Blinken hosted Sameh Shoukry in Washington. Egypt sent aides. Rain fell in Egypt. Markets in Egypt rose. Schools in Egypt closed. They discussed Gaza.", &["Antony Blinken + Sameh Shoukry"], 2),
    row("9: the leaders after a meeting with a country are the one pair of people", "Lloyd Austin met Richard Marles in Canberra. Austin then held talks with Japan. Japan sent aides. Rain fell in Japan. Markets in Japan rose. Schools in Japan closed. The leaders discussed submarines.", &["Japan + Lloyd Austin", "Lloyd Austin + Richard Marles"]),
    times("9: the leaders a few sentences after the one pair of people met", "Lloyd Austin met Richard Marles in Canberra. Japan sent aides. Rain fell in Japan. Markets in Japan rose. Schools in Japan closed. The leaders discussed submarines.", &["Lloyd Austin + Richard Marles"], 2),
    times("9: they, past the reach of they, after two pairs of people met are neither", "Antony Blinken met Sameh Shoukry in Cairo. Lloyd Austin met Richard Marles in Canberra. Egypt sent aides. Rain fell in Egypt. Markets in Egypt rose. Schools in Egypt closed. They discussed Gaza.", &["Antony Blinken + Sameh Shoukry", "Lloyd Austin + Richard Marles"], 1),
    times("9: they, far past a meeting, are nobody", "Antony Blinken hosted Sameh Shoukry in Washington. Egypt sent aides. Rain fell in Egypt. Markets in Egypt rose. Schools in Egypt closed. Shops in Egypt opened late. Trains in Egypt ran. Banks in Egypt were shut. Crowds in Egypt gathered. Traffic in Egypt was heavy. They discussed Gaza.", &["Antony Blinken + Sameh Shoukry"], 1),
    times("9: a definite title is the subject of its second verb", "Lloyd Austin met Richard Marles in Canberra. The Secretary praised the alliance and discussed submarines.", &["Lloyd Austin + Richard Marles"], 2),
    times("9: a definite title's second verb after a time opener", "Lloyd Austin met Richard Marles in Canberra. On Monday, the Secretary praised the alliance and then discussed submarines.", &["Lloyd Austin + Richard Marles"], 2),
    times("9: a definite title nobody in the document holds is no subject of its second verb", "Lloyd Austin met Richard Marles in Canberra. The President praised the alliance and discussed submarines.", &["Lloyd Austin + Richard Marles"], 1),
    row("9: a definite title's second verb with no meeting before names nobody", "Lloyd Austin landed in Canberra. The Secretary praised the alliance and discussed submarines.", NONE),
    kind("11: a bare welcome in a turn greets the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Good morning, everyone. Welcome.", BLINKEN_SHOUKRY, "host"),
    row("11: happy to be welcomed, said by the guest", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you.\nFOREIGN MINISTER SHOUKRY: We are glad to be here and to be welcomed.", BLINKEN_SHOUKRY),
    row("11: a visit opening a turn is the guest's", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you, Sameh. Visiting again is a joy.", BLINKEN_SHOUKRY),
    row("11: my visit in a turn is the speaker's with the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you for the time we will share during my visit.", BLINKEN_SHOUKRY),
    row("11: I look forward to discussing, said to you", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you for your time. I look forward to discussing trade with you.", BLINKEN_SHOUKRY),
    row("11: I discussed something with someone unnamed is not the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: I discussed trade with the President yesterday.", NONE),
    row("11: visiting opening a turn's sentence is the visit of the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: Thank you. Visiting is a real honor.", BLINKEN_SHOUKRY),
    row("11: visiting opening a sentence outside a transcript is nobody's", "Antony Blinken landed in Cairo. Visiting is a real honor, he said.", NONE),
    row("11: welcoming a thing is no greeting", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: We welcomed the progress on trade.", NONE),
    row("11: a third person's welcome is not the speaker's", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: They welcomed us warmly.", NONE),
    row("11: a bare welcome outside a transcript greets nobody", "Antony Blinken landed in Cairo. Welcome.", NONE),
    row("7: a title and a family name are the one person of both", "Antony Blinken met with Foreign Minister Wang in Beijing.", &["Antony Blinken + Wang Yi"]),
    row("7: a vice minister's role holds the title too: two Parks name nobody", "Antony Blinken met with Foreign Minister Park in Seoul.", NONE),
    row("7: titled family names go on a list of objects", "Rex Tillerson will meet with President Xi, State Counsellor Yang, and Foreign Minister Wang.", &["Rex Tillerson + Wang Yi", "Rex Tillerson + Xi Jinping"]),
    row("7: a family name two people of the title share names nobody", "Antony Blinken met with President Lee in Seoul.", NONE),
    row("7: a family name last or first in two names names nobody", "Janet Yellen met with Vice Premier He in San Francisco.", NONE),
    row("7: a family name whose holders have another title names nobody", "Antony Blinken met with Ambassador Wang in Beijing.", NONE),
    row("7: a country after an unlisted place's name says where it is", "Blinken was welcomed to Gallipoli Barracks, Australia by Marles.", &["Antony Blinken + Richard Marles"]),
    announced("8: postponed with no date is still planned", "The planned summit between Biden and Sisi was postponed.", &["Abdel Fattah el-Sisi + Joe Biden"], true),
    announced("8: a meeting someone postponed is still planned", "Netanyahu postponed a meeting with Blinken.", BLINKEN_NETANYAHU, true),
    row("6: a caption's 'from left' lists guests: each with the host only", "President Biden meets with, from left, Egyptian President Sisi and Jordan's King Abdullah at the White House.", &["Abdel Fattah el-Sisi + Joe Biden", "Abdullah II + Joe Biden"]),
    row("6: 'X's Meeting with A and B' lists guests: each with the host only", "Secretary Blinken's Meeting with Armenian Prime Minister Pashinyan and Azerbaijani President Aliyev", &["Antony Blinken + Ilham Aliyev", "Antony Blinken + Nikol Pashinyan"]),
    row("6: 'X's Trilateral Meeting with A and B' is one meeting of all", "Secretary Blinken's Trilateral Meeting with Armenian Prime Minister Pashinyan and Azerbaijani President Aliyev", &["Antony Blinken + Ilham Aliyev", "Antony Blinken + Nikol Pashinyan", "Ilham Aliyev + Nikol Pashinyan"]),
    times("9: one of the pair alone goes on past a sentence of his own only with the pair named", "John Kerry met Mohammad Javad Zarif in Geneva.\n\nKerry outlined the initiatives during a visit to the city. He also talked about sanctions.", &["John Kerry + Mohammad Javad Zarif"], 1),
    times("9: one of the pair alone right after the meeting goes on", "John Kerry met Mohammad Javad Zarif in Geneva. He also talked about sanctions.", &["John Kerry + Mohammad Javad Zarif"], 2),
    times("9: the importance of discussing is a principle, not more of the meeting", "Antony Blinken met Wang Yi in Vientiane. Blinken emphasized the importance of continuing to use diplomacy to manage competition, to candidly discuss areas of difference.", BLINKEN_WANG, 1),
    times("9: the need to discuss is a principle", "Antony Blinken met Wang Yi in Vientiane. They stressed the need to discuss trade.", BLINKEN_WANG, 1),
    row("10: speaking a language is no meeting", "Remarks by President Biden and President Xi\n\nPRESIDENT BIDEN: I have learned to speak Chinese.", NONE),
    row("4: speaking with a correspondent is an interview", "Antony Blinken speaks with VOA White House correspondent Paris Huang on Friday.", NONE),
    row("8: supporting a meeting is no meeting", "The White House supports a meeting between Xi and Zelensky.", NONE),
    row("11: our summit in a turn is a gathering of many", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: We had a good day with the first day of our summit.", NONE),
    row("11: the leaders meeting in a turn is a gathering of many", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: We look forward to the leaders meeting that we are preparing.", NONE),
    times("9: a pair talking about something past a sentence goes on", "John Kerry met Mohammad Javad Zarif in Geneva.\n\nKerry outlined the initiatives during a visit to the city. They also talked about sanctions.", &["John Kerry + Mohammad Javad Zarif"], 2),
    row("11: appreciating you being here, said by the host, greets the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nFOREIGN MINISTER SHOUKRY: We appreciate you being here in Cairo.", BLINKEN_SHOUKRY),
    row("11: a gracious host thanked in a turn is the one spoken to", "Remarks by Secretary Blinken and Foreign Minister Shoukry\n\nSECRETARY BLINKEN: Thank you for being such a gracious host.", BLINKEN_SHOUKRY),
    row("11: a gracious host outside a transcript is nobody's", "Antony Blinken landed in Cairo. Egypt was a gracious host, he said.", NONE),
    times("7: a headline's titles, its verbs capitalised, are the people the body names", "Afghan President Makes Rare Phone Call To Pakistani PM\n\nAfghan President Ashraf Ghani telephoned Pakistani Prime Minister Imran Khan on May 5.", &["Ashraf Ghani + Imran Khan"], 2),
    row("7: a headline's unnamed envoy is the envoy the body names", "US envoy in Beirut for talks with Lebanese officials\n\nAmos Hochstein arrived in Beirut on Monday.", &["Amos Hochstein + Lebanon"]),
    row("7: a time's PM is no prime minister", "Afghan President Arrives In Islamabad At 5 PM\n\nAfghan President Ashraf Ghani met Imran Khan on May 5.", &["Ashraf Ghani + Imran Khan"]),
    times("9: a headline's counterpart joined to a named subject is the one the body names", "Mattis, British Counterpart Discuss Defense Topics\n\nJim Mattis and British Defense Secretary Gavin Williamson discussed NATO.", &["Gavin Williamson + Jim Mattis"], 2),
    row("9: his counterpart joined to the subject is the one of that country named before", "Gavin Williamson landed in Washington. Jim Mattis and his British counterpart discussed defense.", &["Gavin Williamson + Jim Mattis"]),
    row("9: a title joined to the subject is the holder named before", "Narendra Modi spoke in Delhi. Nawaz Sharif and the Indian prime minister met on Tuesday.", &["Narendra Modi + Nawaz Sharif"]),
    row("9: a counterpart nobody named, on no date, is nobody", "Jim Mattis and his British counterpart discussed defense.", NONE),
    row("7: an adverb may stand before a titled family name's with", "Antony Blinken spoke extensively with Foreign Minister Wang in Beijing.", &["Antony Blinken + Wang Yi"]),
    row("7: an adverb before a word other than with opens no titled name", "Antony Blinken spoke warmly of Foreign Minister Wang in Beijing.", NONE),
];

#[test]
fn meeting_table() {
    let model = Model::builtin().unwrap();
    let mut analyzer = Analyzer::new(&model);
    let options = BuildOptions::default();
    let mut failures = Vec::new();
    for row in ROWS {
        let meta = DocumentMeta {
            id: row.name.into(),
            ..DocumentMeta::default()
        };
        let relations = analyzer.relate(&meta, row.text, &options);
        let name = |id| model.gazetteer.entity(id).name.clone();
        let mut got: Vec<String> = Vec::new();
        let mut kinds: Vec<&str> = Vec::new();
        let mut counts: Vec<u64> = Vec::new();
        let mut planned: Vec<bool> = Vec::new();
        for pair in relations.pairs.iter().filter(|p| p.met > 0) {
            counts.push(pair.met);
            planned.extend(
                pair.evidence
                    .iter()
                    .filter_map(|e| e.met.as_ref().map(|m| m.planned)),
            );
            let (a, b) = (name(pair.a), name(pair.b));
            got.push(if a < b {
                format!("{a} + {b}")
            } else {
                format!("{b} + {a}")
            });
            kinds.extend(pair.met_kinds.iter().map(|(k, _)| k.as_str()));
        }
        got.sort();
        let expected: Vec<String> = row.met.iter().map(|s| s.to_string()).collect();
        if got != expected {
            failures.push(format!(
                "{}: {:?}\n  expected {expected:?}\n  got      {got:?}",
                row.name, row.text
            ));
        } else if let Some(kind) = row.kind {
            if kinds.iter().any(|k| *k != kind) {
                failures.push(format!("{}: kind {kinds:?}, expected {kind}", row.name));
            }
        } else if let Some(p) = row.planned {
            if planned.is_empty() || planned.iter().any(|&x| x != p) {
                failures.push(format!("{}: planned {planned:?}, expected {p}", row.name));
            }
        } else if let Some(n) = row.sentences {
            if counts.iter().any(|&c| c != n) {
                failures.push(format!(
                    "{}: met in {counts:?} sentences, expected {n}",
                    row.name
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        ROWS.len(),
        failures.join("\n")
    );
}

/// No quadratic scan: a single-line document twice as long (a scraper's article with
/// no line breaks) costs about twice the work, counted in words read and mentions
/// searched, not timed.
#[test]
fn a_single_line_twice_as_long_costs_about_twice_the_work() {
    let model = Model::builtin().unwrap();
    let mut analyzer = Analyzer::new(&model);
    let block = "Blinken landed in Cairo on Monday. He met Sisi, who hosted Netanyahu, and they \
                 discussed the war in Gaza with Egyptian officials. The Secretary also met \
                 Shoukry; \u{201c}we spoke with Hamas,\u{201d} Shoukry said. ";
    let mut work_for = |copies: usize| {
        let text = block.repeat(copies);
        assert!(!text.contains('\n'));
        crate::relate::WORK.with(|w| w.set(0));
        let relations = analyzer.relate(&DocumentMeta::default(), &text, &BuildOptions::default());
        assert!(
            relations.pairs.iter().any(|p| p.met > 0),
            "meetings were read"
        );
        crate::relate::WORK.with(|w| w.get())
    };
    let (once, twice) = (work_for(300), work_for(600));
    assert!(once > 0);
    assert!(
        twice as f64 <= once as f64 * 2.2,
        "work {once} for 300 copies, {twice} for 600"
    );
}

/// A counterpart or office the document never names is who held that office on the
/// document's date, by the gazetteer's roles and terms; no date, or two holders at
/// once (a year-only term overlapping the next), give no one.
#[test]
fn an_unnamed_counterpart_is_the_office_holder_of_the_day() {
    const ROWS: &[(Option<&str>, &str, &[&str])] = &[
        (
            Some("2025-01-09"),
            "Lloyd Austin met his Ukrainian counterpart in Germany.",
            &["Lloyd Austin + Rustem Umerov"],
        ),
        (
            Some("2022-06-01"),
            "Lloyd Austin met his Ukrainian counterpart in Germany.",
            &["Lloyd Austin + Oleksii Reznikov"],
        ),
        (
            None,
            "Lloyd Austin met his Ukrainian counterpart in Germany.",
            &[],
        ),
        (
            Some("2024-11-15"),
            "Lloyd Austin met his Japanese counterpart in Tokyo.",
            &[],
        ),
        (
            Some("2025-01-09"),
            "Lloyd Austin met with his Ukrainian and British counterparts.",
            &["John Healey + Lloyd Austin", "Lloyd Austin + Rustem Umerov"],
        ),
        (
            Some("2023-07-09"),
            "Antony Blinken met the Indonesian foreign minister in Jakarta.",
            &["Antony Blinken + Retno Marsudi"],
        ),
        (
            Some("2025-03-09"),
            "Antony Blinken met the Indonesian foreign minister in Jakarta.",
            &["Antony Blinken + Sugiono"],
        ),
        (
            Some("2019-02-15"),
            "The Afghan president made a rare phone call to Imran Khan on Friday.",
            &["Ashraf Ghani + Imran Khan"],
        ),
        (
            None,
            "The Afghan president made a rare phone call to Imran Khan on Friday.",
            &[],
        ),
        (
            Some("2023-07-09"),
            "The Egyptian president hosted Antony Blinken in Cairo.",
            &["Abdel Fattah el-Sisi + Antony Blinken"],
        ),
        (
            Some("2023-07-09"),
            "The U.S. secretary of state met Sameh Shoukry in Cairo.",
            &["Antony Blinken + Sameh Shoukry"],
        ),
        (
            Some("2018-06-01"),
            "Jim Mattis and his British counterpart discussed defense.",
            &["Gavin Williamson + Jim Mattis"],
        ),
    ];
    let model = Model::builtin().unwrap();
    let mut analyzer = Analyzer::new(&model);
    let mut failures = Vec::new();
    for &(date, text, expected) in ROWS {
        let meta = DocumentMeta {
            id: "dated".into(),
            date: date.map(Into::into),
            ..DocumentMeta::default()
        };
        let relations = analyzer.relate(&meta, text, &BuildOptions::default());
        let name = |id| model.gazetteer.entity(id).name.clone();
        let mut got: Vec<String> = Vec::new();
        for pair in relations.pairs.iter().filter(|p| p.met > 0) {
            let (a, b) = (name(pair.a), name(pair.b));
            got.push(if a < b {
                format!("{a} + {b}")
            } else {
                format!("{b} + {a}")
            });
            // The evidence names the unnamed one by the words that stand for them.
            let forms = &pair.evidence[0].forms;
            if !forms.iter().any(|f| {
                f.contains("counterpart")
                    || f.contains("minister")
                    || f.contains("president")
                    || f.contains("secretary")
            }) {
                failures.push(format!("{date:?} {text:?}: forms {forms:?}"));
            }
        }
        got.sort();
        if got != expected {
            failures.push(format!(
                "{date:?} {text:?}: expected {expected:?}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
