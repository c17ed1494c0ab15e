#!/usr/bin/env python3
"""Fill the `term` column of people.tsv from the term its `notes` open with.

The `notes` of most office-holders start with when they held the row's `role`:
"2023-", "2018-2022", "Sep 2023-Jul 2025; then NSDC secretary", "Mar-Oct 2023". This
writes that as `FROM..UNTIL` (years and months as written, `2023-09..2025-07`) into a
`term` column, which newsgraph reads to name "his Ukrainian counterpart" in a dated
document that does not name him. Notes that open with anything else (another office
first: "Foreign Minister Jan-Nov 2024, Defence Minister Nov 2024-") get no term, unless
that office is the row's role ("Secretary of State 2021-2025", "President of Egypt
2014-", "PA Prime Minister 2019-March 2024" for a prime minister); a
term already filled in is kept, so hand corrections survive a rerun. Run from the
repository root:

    python3 gazetteer/tools/terms.py
"""
import re
import sys

PATH = "gazetteer/people.tsv"
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "Sep 2023-Jul 2025", "2023-", "2018-2022", "2024-Jan 2025", "Oct 2024-"
SPAN = re.compile(rf"^(?:({MONTH}) )?(\d{{4}})\s*[-–]\s*(?:({MONTH}) ?)?(\d{{4}})?(?=$|[;,.( ])")
# "Mar-Oct 2023", "Sep-Dec 2024"
MONTHS_SPAN = re.compile(rf"^({MONTH})\s*[-–]\s*({MONTH}) (\d{{4}})(?=$|[;,.( ])")


def month(name):
    return MONTHS[name[:3].lower()] if name else None


def side(year, mon):
    if not year:
        return ""
    return f"{year}-{mon:02d}" if mon else year


# Words before a role that make it another office ("Vice President" is no President).
OTHER_OFFICE = {"vice", "deputy", "under", "assistant", "acting", "former", "first"}


def after_role(notes, role):
    """The notes past a title that names the row's role, when they open with one:
    "Secretary of State 2021-2025", "President of Egypt 2014-", "PA Prime Minister
    2019-March 2024" (role "Prime Minister"). Only capitalised words, ordinals and
    "of", "the", "and", "for" may stand before the span; `None` otherwise."""
    role = re.sub(r"^(?:Former|Acting|Caretaker|Interim) ", "", role).strip().lower()
    if not role:
        return None
    m = re.match(r"^((?:(?:(?!" + MONTH + r" \d)[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th)|of|the|and|for) )+)(?=\d|" + MONTH + r" \d)", notes)
    if not m:
        return None
    title = m.group(1).strip()
    words = title.lower().split()
    role_words = role.split()
    for i in range(len(words) - len(role_words) + 1):
        if words[i:i + len(role_words)] == role_words and (i == 0 or words[i - 1] not in OTHER_OFFICE):
            return notes[m.end():]
    return None


def term_of(notes, role=""):
    notes = notes.strip()
    rest = after_role(notes, role) if role else None
    if rest is not None:
        notes = rest
    m = MONTHS_SPAN.match(notes)
    if m:
        year = m.group(3)
        return f"{side(year, month(m.group(1)))}..{side(year, month(m.group(2)))}"
    m = SPAN.match(notes)
    if not m:
        return ""
    start_mon, start, end_mon, end = m.groups()
    if end_mon and not end:
        return ""  # "2024-Jan" with no year: not a term
    return f"{side(start, month(start_mon))}..{side(end, month(end_mon))}"


def main():
    with open(PATH, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header_at = next(i for i, l in enumerate(lines) if l and not l.startswith("#"))
    header = lines[header_at].split("\t")
    if "term" not in header:
        header.append("term")
        lines[header_at] = "\t".join(header)
    col = {name: i for i, name in enumerate(header)}
    filled = 0
    for i in range(header_at + 1, len(lines)):
        line = lines[i]
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) > col["term"] and fields[col["term"]]:
            filled += 1
            continue
        role = fields[col["role"]] if len(fields) > col["role"] else ""
        term = term_of(fields[col["notes"]], role) if len(fields) > col["notes"] else ""
        if term and len(fields) > col["role"] and fields[col["role"]]:
            fields += [""] * (len(header) - len(fields))
            fields[col["term"]] = term
            lines[i] = "\t".join(fields)
            filled += 1
    with open(PATH, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{PATH}: {filled} people with a term", file=sys.stderr)


if __name__ == "__main__":
    main()
