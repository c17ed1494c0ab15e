#!/usr/bin/env python3
"""Fill the `term` column of people.tsv from the term its `notes` open with.

The `notes` of most office-holders start with when they held the row's `role`:
"2023-", "2018-2022", "Sep 2023-Jul 2025; then NSDC secretary", "Mar-Oct 2023". This
writes that as `FROM..UNTIL` (years and months as written, `2023-09..2025-07`) into a
`term` column, which newsgraph reads to name "his Ukrainian counterpart" in a dated
document that does not name him. Notes that open with anything else (another office
first: "Foreign Minister Jan-Nov 2024, Defence Minister Nov 2024-") get no term; a
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


def term_of(notes):
    notes = notes.strip()
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
        term = term_of(fields[col["notes"]]) if len(fields) > col["notes"] else ""
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
