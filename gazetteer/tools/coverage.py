#!/usr/bin/env python3
"""Report the gazetteer's coverage of governments by role (issue 12).

For every UN member state and observer (193 + the Holy See and Palestine) it asks:
does people.tsv hold a head of state, a head of government, a foreign minister and a
defence minister who served at some time in FROM..TO (2023..2025 by default)? A
person counts for an office when their `role` names it, or their `notes` do (a row
for a prime minister who was foreign minister before says so in `notes`; "Foreign
Minister of Djibouti 2005-2025" in `notes` counts for Djibouti), and when a
year range in `notes` ("2019-", "2022-Jan 2024", "Nov 2023-2025", "2024") meets the
years asked about. Rows with no year in `notes` count as serving (and are listed with
--undated).

Offices that a country does not have are not gaps:
- a head of government where the president heads the government (PRESIDENTIAL);
- a defence minister where there is no army, no defence ministry (the forces answer to
  another minister, the head of state or a board) or the head of government holds the
  portfolio (NO_DEFENCE_MINISTER, which says why; `--names` prints the reason);
- a head of state of a Commonwealth realm is King Charles III (REALMS).

Run:  python3 gazetteer/tools/coverage.py [--from 2023] [--to 2025] [--names] [--undated]
Prints one line per country with a gap and a summary; exits 0 (it is a report).
Needs only the standard library.
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.environ.get("GAZETTEER_DIR", os.path.dirname(HERE))
sys.path.insert(0, HERE)
from un_members import UN_MEMBERS  # noqa: E402

OFFICES = ("head of state", "head of government", "foreign minister", "defence minister")

# Presidential systems where the head of state also heads the government (and Brunei and
# Oman, whose sultans are their own prime ministers):
# no separate head of government to look for.
PRESIDENTIAL = set("""
AF AO AR BJ BO BR BW CL CO CR CY DO EC SV GT HN ID KE KI LR MW MV MH FM MX NR NI NG PW PA
PY PH SC SL SS SR TM US UY VE ZM ZW GM GH CH SM VA KM IR TR ZA
BN OM ER
""".split())

# No army, no defence ministry (the forces answer to another minister, the head of state
# or a board), or the head of government holds the defence portfolio in 2023-2025; the
# value says which, and `--names` prints it in place of a holder.
NO_DEFENCE_MINISTER = {
    "AD": "no army", "CR": "no army", "IS": "no army (the foreign minister answers for defence)",
    "LI": "no army", "MC": "no army", "PA": "no army", "VA": "no army",
    "KI": "no army", "MH": "no army", "FM": "no army", "NR": "no army",
    "PW": "no army", "SB": "no army", "TV": "no army", "WS": "no army", "VU": "no army",
    "GD": "no army", "LC": "no army", "DM": "no army", "VC": "no army",
    "MU": "no army; the prime minister holds defence",
    "SM": "no army", "PS": "no defence ministry",
    "BT": "no defence ministry (the King commands the army)",
    # Where the armed forces answer to another minister, the head of state or government,
    # or a board: each checked in the news of 2023-2025 (fifth pass).
    "AG": "no defence ministry: the Defence Board oversees the Antigua and Barbuda Defence Force",
    "BS": "no defence ministry: the Royal Bahamas Defence Force answers to the Minister of National Security",
    "BB": "no defence ministry: the Prime Minister holds security and the Barbados Defence Force",
    "GY": "no defence ministry: the Guyana Defence Force answers to the President through the Defence Board",
    "MT": "no defence ministry: the Armed Forces of Malta answer to the Home Affairs minister",
    "KN": "no defence ministry: the Defence Force answers to the Minister of National Security, the Prime Minister",
    "SC": "no defence minister: the President, Commander-in-Chief, holds defence and chairs the Defence Forces Council",
    "TG": "no defence minister since Dec 2022: the Ministry of the Armed Forces is attached to the Presidency",
    "ER": "no defence minister: the post has been vacant since Sebhat Ephrem was moved to Mines and Energy",
    "KM": "no defence minister: the President holds defence, with a director of his cabinet in charge of it",
    "SZ": "no defence minister: the King holds defence (the Foreign Minister answers for it in parliament)",
}

# Commonwealth realms: King Charles III (affiliation United Kingdom) is head of state.
REALMS = set("AG AU BS BZ CA GD JM NZ PG KN LC VC SB TV GB".split())
# Former realms and the last year the British monarch was their head of state.
FORMER_REALMS = {"BB": 2021}

# Offices that stood vacant or were abolished in some years: (first, last, why). A year
# of FROM..TO inside the range is not a gap; `--names` prints why.
VACANT = {
    ("HT", "head of state"): (2021, 2024, "vacant from President Moise's assassination in Jul 2021 "
                              "to the Transitional Presidential Council of Apr 2024"),
    ("TD", "head of government"): (2018, 2021, "the post was abolished from May 2018 to Apr 2021"),
    ("MM", "head of government"): (2016, 2021, "the President headed the government until the "
                                   "coup of Feb 2021; the junta leader took the title in Aug 2021"),
    ("GM", "defence minister"): (2017, 2021, "President Barrow held defence himself until 2022"),
    ("TT", "defence minister"): (2015, 2024, "no defence ministry until May 2025: the Defence Force "
                                 "answered to the Minister of National Security"),
}

# A head of state's title opening a clause of `notes` and followed by its years
# ("President 2007-2022", "acting President Jul 2024-"): an earlier or second post.
HEAD_IN_NOTES = re.compile(
    r"(?:^|[;(,]\s*|\band\s+)(?:(?:[Aa]cting|[Ii]nterim|[Tt]ransitional) )?"
    r"(?:President|King|Queen|Emir|Sultan|[Cc]hairman of the Presidential Council) "
    r"(?=(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d\d)")

# Office patterns, matched against the role and, for earlier or other posts, the notes.
NOT_HEAD = r"(?<!Vice )(?<!Deputy )(?<!First Deputy )(?<!Shadow )(?<!Former )"
PATTERNS = {
    "head of state": re.compile(
        r"^(?:Interim |Transitional |Acting |Former )?(?:President|King|Queen|Emir|Sultan|Pope|"
        r"Grand Duke|Prince|Co-Prince|Captain Regent|Member of the Presidency|Supreme Leader|"
        r"Chairman of the Presidential Leadership Council|Chairman of the Presidential Council|Emperor|"
        r"President of the Transitional Presidential Council|"
        r"Chairman of the (?:Transitional )?Sovereignty Council|"
        r"Head of State|Supreme Leader of Afghanistan|Governor-General|Yang di-Pertuan Agong|"
        r"Federal President)\b(?! of the (?:Senate|National Assembly|Parliament|Assembly|"
        r"European|UN|General Assembly|Council of|Commission|Republika Srpska|Court|Chamber))"
        r"(?!-elect)"),
    "head of government": re.compile(
        NOT_HEAD + r"\b(?:Prime Minister|Premier|Chancellor|Taoiseach|Head of Government|"
        r"Chair of the Council of Ministers|Chairman of the Council of Ministers|"
        r"President of the Government|Chief Executive|Crown Prince and Prime Minister|PM)\b"
        r"(?! of (?:the )?(?:Exchequer|University))"),
    "foreign minister": re.compile(
        NOT_HEAD + r"\b(?:Foreign Minister|Foreign Secretary|Secretary of State(?! for (?!Foreign))"
        r"(?! of the Holy See)|Minister of Foreign Affairs|Minister for Foreign Affairs|"
        r"Minister of External Affairs|External Affairs Minister|Secretary of Foreign Affairs|"
        r"Foreign Affairs Minister|Cabinet Secretary for Foreign|Secretary for Relations with States|"
        r"Minister of Foreign Relations|Chancellor of (?:Brazil|Argentina|Peru|Ecuador)|FM)\b"),
    "defence minister": re.compile(
        NOT_HEAD + r"\b(?:Defen[cs]e Minister|Defen[cs]e Secretary|Secretary of (?:National )?Defen[cs]e|"
        r"Minister of (?:National )?Defen[cs]e|Minister for (?:National )?Defen[cs]e|"
        r"Armed Forces Minister|Minister of the Armed Forces|Cabinet Secretary for Defen[cs]e|"
        r"Minister Delegate for National Defen[cs]e|Secretary of War|Minister of War|"
        r"Minister of (?:Defen[cs]e|the Armed Forces) and)\b"),
}
# A role that names an office only in passing.
NOT_AN_OFFICE = re.compile(
    r"spokes|Deputy|Vice|adviser|advisor|Ambassador|envoy|Under-?Secretary|Assistant|"
    r"Minister of State|Chief of Staff|Director|candidate|nominee|Press Secretary|Wife|"
    r"Husband|Office|Kurdistan|Srpska|Houthi|Puntland|Somaliland|Shadow|Former .* \d{4}", re.I)


def clause(text, start, end):
    """The part of a title holding text[start:end], between "and", commas and brackets."""
    left = re.split(r" and |[,;(]", text[:start])[-1]
    right = re.split(r" and |[,;()]", text[end:])[0]
    return left + text[start:end] + right

YEAR_RANGE = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?((?:19|20)\d\d)"
    r"(?:\s*(-|–|—|to|until)\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?"
    r"((?:19|20)\d\d)?)?")


def read_rows(name):
    with open(os.path.join(GAZ, name), encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split("\t")]
            if header is None:
                header = fields
                continue
            yield dict(zip(header, fields))


def years(notes):
    """The year ranges a row's notes give, as (first, last) pairs; None when there are none."""
    ranges = []
    for m in YEAR_RANGE.finditer(notes):
        first = int(m.group(1))
        if m.group(2) and m.group(3):
            ranges.append((first, int(m.group(3))))
        elif m.group(2):
            ranges.append((first, 9999))
        else:
            before = notes[: m.start()].rstrip().lower()
            ranges.append((first, 9999) if before.endswith(("from", "since")) else (first, first))
    return ranges or None


def offices_of(row):
    """The offices of OFFICES that a person row names, from its role and notes."""
    role = row.get("role", "")
    notes = row.get("notes", "")
    # "Former Foreign Minister" with notes that open with the years of that office
    # ("2018-2022", "Mar 2021-Jan 2023") held it in those years.
    if role.startswith("Former ") and re.match(
            r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? )?(?:19|20)\d\d", notes):
        role = role[len("Former "):]
    found = set()
    if re.search(r"senior diplomat|civil servant", role, re.I):
        # India's and Britain's top officials, not ministers.
        return found
    for office, pattern in PATTERNS.items():
        for text in (role, notes if office != "head of state" else ""):
            if any(not NOT_AN_OFFICE.search(clause(text, m.start(), m.end()))
                   for m in pattern.finditer(text)):
                found.add(office)
                break
    if "head of state" in found and re.search(r"President of the (?:Senate|National Assembly)", role):
        found.discard("head of state")
    if role.startswith("Pope"):
        found.add("head of state")
    # An interim government's advisers hold the ministries (Bangladesh 2024-).
    if role.startswith("Chief Adviser"):
        found.add("head of government")
    if role.startswith("Foreign Adviser"):
        found.add("foreign minister")
    return found


def vacant(code, office, first, last):
    """Why an office stood vacant or abolished through all of FIRST..LAST, or None."""
    span = VACANT.get((code, office))
    if span and span[0] <= first and last <= span[1]:
        return span[2]
    return None


def holders(held, office, code, first, last):
    """The holders of an office for --names, or why the country has none."""
    if held[office]:
        return ", ".join(held[office])
    if vacant(code, office, first, last):
        return f"- ({vacant(code, office, first, last)})"
    if office == "defence minister" and code in NO_DEFENCE_MINISTER:
        return f"- ({NO_DEFENCE_MINISTER[code]})"
    if office == "head of government" and code in PRESIDENTIAL:
        return "- (the president heads the government)"
    return "-"


def each_year(args):
    """Run the report for every year of FROM..TO and print, per country, the years of each gap."""
    import contextlib
    import io
    per = {}
    for year in range(args.first, args.last + 1):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            sys.argv = [sys.argv[0], "--from", str(year), "--to", str(year)]
            main()
        for line in buf.getvalue().splitlines():
            m = re.match(r"(.*) \(([A-Z]{2})\): no (.*)", line)
            if m:
                for office in m.group(3).split(", no "):
                    per.setdefault((m.group(1), m.group(2)), {}).setdefault(office, []).append(year)
    total = 0
    for (name, code), offices in sorted(per.items()):
        parts = [f"{o} {','.join(map(str, ys))}" for o, ys in offices.items()]
        total += sum(len(ys) for ys in offices.values())
        print(f"{name} ({code}): no " + "; no ".join(parts))
    print(f"\n{len(per)} countries with a gap in some year of {args.first}-{args.last}; {total} office-years")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--from", dest="first", type=int, default=2023)
    ap.add_argument("--to", dest="last", type=int, default=2025)
    ap.add_argument("--names", action="store_true", help="list the holders found for every country")
    ap.add_argument("--undated", action="store_true", help="list office-holders whose notes give no year")
    ap.add_argument("--each-year", action="store_true",
                    help="a gap is a year of FROM..TO with nobody in the office (one line per country)")
    args = ap.parse_args()
    if args.each_year and not args.names:
        each_year(args)
        return

    countries = {}
    for row in read_rows("countries.tsv"):
        m = re.search(r"ISO 3166-1 ([A-Z]{2})/", row.get("notes", ""))
        if m and m.group(1) in UN_MEMBERS:
            countries[row["name"]] = m.group(1)
    missing = UN_MEMBERS - set(countries.values())
    if missing:
        print(f"countries.tsv lacks UN members {sorted(missing)}", file=sys.stderr)

    held = {code: {o: [] for o in OFFICES} for code in countries.values()}
    undated = []
    for row in read_rows("people.tsv"):
        offices = offices_of(row)
        if not offices:
            continue
        aff = row.get("affiliation", "")
        code = countries.get(aff) or ("VA" if row.get("role", "").startswith("Pope") else None)
        if code is None:
            continue
        ranges = years(row.get("notes", ""))
        if ranges is None:
            undated.append(row["name"])
        elif not any(a <= args.last and b >= args.first for a, b in ranges):
            continue
        for office in offices:
            held[code][office].append(row["name"])
    # A post held for another country, named in notes ("Foreign Minister of Djibouti
    # 2005-2025" for the chairperson of the African Union Commission).
    for row in read_rows("people.tsv"):
        notes = row.get("notes", "")
        for office, pattern in PATTERNS.items():
            for m in pattern.finditer(notes):
                there = re.match(r" of (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)", notes[m.end():])
                code = countries.get(there.group(1)) if there else None
                ranges = years(notes[m.end():])
                if code and ranges and any(a <= args.last and b >= args.first for a, b in ranges[:1]):
                    if row["name"] not in held[code][office]:
                        held[code][office].append(row["name"])
    # A post named with the country's demonym in notes ("Estonian PM 2021-2024",
    # "Ghanaian Foreign Minister 2017-2025" for people now in another post).
    demonyms = {}
    for row in read_rows("countries.tsv"):
        code = countries.get(row["name"])
        for d in row.get("demonyms", "").split("|"):
            if code and d and not d.endswith("s"):
                demonyms[d] = code
    for row in read_rows("people.tsv"):
        notes = row.get("notes", "")
        for office, pattern in PATTERNS.items():
            for m in pattern.finditer(notes):
                before = re.search(r"([A-Z][\w'-]*) $", notes[: m.start()])
                code = demonyms.get(before.group(1)) if before else None
                ranges = years(notes[m.end():])
                if code and ranges and any(a <= args.last and b >= args.first for a, b in ranges[:1]):
                    if row["name"] not in held[code][office]:
                        held[code][office].append(row["name"])
    # A head of state's title with its years in notes (a former president now in
    # another post, a junta leader acting as president).
    for row in read_rows("people.tsv"):
        notes = row.get("notes", "")
        code = countries.get(row.get("affiliation", ""))
        for m in HEAD_IN_NOTES.finditer(notes):
            ranges = years(notes[m.end():])
            if code and ranges and any(a <= args.last and b >= args.first for a, b in ranges[:1]):
                if row["name"] not in held[code]["head of state"]:
                    held[code]["head of state"].append(row["name"])
    king = held.get("GB", {}).get("head of state", [])

    gaps = {o: [] for o in OFFICES}
    for name, code in sorted(countries.items()):
        h = held[code]
        realm = code in REALMS or args.first <= FORMER_REALMS.get(code, 0)
        if realm and not h["head of state"]:
            h["head of state"] = list(king)
        lacks = []
        for office in OFFICES:
            if h[office]:
                continue
            if office == "head of government" and code in PRESIDENTIAL:
                continue
            if office == "defence minister" and code in NO_DEFENCE_MINISTER:
                continue
            if vacant(code, office, args.first, args.last):
                continue
            lacks.append(office)
            gaps[office].append(name)
        if args.names:
            print(f"{name} ({code}): " + "; ".join(f"{o}: {holders(h, o, code, args.first, args.last)}" for o in OFFICES))
        elif lacks:
            print(f"{name} ({code}): no {', no '.join(lacks)}")
    print(f"\n{len(countries)} UN members and observers, offices held at some time in {args.first}-{args.last}:")
    for office in OFFICES:
        print(f"  {office}: {len(countries) - len(gaps[office])} covered, {len(gaps[office])} gaps")
    if args.undated:
        print("\noffice-holders whose notes give no year: " + ", ".join(undated))


if __name__ == "__main__":
    main()
