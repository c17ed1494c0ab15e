#!/usr/bin/env python3
"""Role aliases with dates for the heads of the main intergovernmental bodies, 2017-2025
(issue 12 item 1; issue 11's "the head of NATO", "the UN chief" that a document never
names): the phrases the news writes for the holder of the day, and each holder's first
and last day in office.

Only days we were sure of are written; where a handover day was not certain the range
stops short of it (a day with no holder names nobody, a wrong day names the wrong
person). Phrases are qualified by the body ("NATO chief", "the IAEA chief"), never a
bare "Secretary-General" or "chief" that other bodies share, and a phrase that is also
a body's own name ("UN High Commissioner for Refugees" is UNHCR's alias) is left out.
Phrases that run on into another office are left out too ("head of the UN" in "head of
the UN refugee agency"; "OSCE chief" is often the chairperson-in-office, "ASEAN chief"
the chair). ASEAN's Secretary-General is left out: the development half's one "the
ASEAN Secretary General" (a 2021 meeting) was not annotated as Lim Jock Hoi.

`build_coverage.py` adds these to the `role_aliases` column of the rows it generates;
run this script from the repository root to add them to the hand-written rows too (it
keeps the entries a row has and appends the missing ones, so a rerun changes nothing):

    python3 gazetteer/tools/people_roles.py
"""
import sys

PATH = "gazetteer/people.tsv"

# The phrases of each office. Matching folds case, so "NATO's secretary general" is
# "NATO's Secretary General".
PHRASES = {
    "UN": ["UN Secretary-General", "U.N. Secretary-General", "United Nations Secretary-General",
           "UN Secretary General", "U.N. Secretary General", "United Nations Secretary General",
           "Secretary-General of the United Nations", "Secretary General of the United Nations",
           "UN chief", "U.N. chief", "United Nations chief"],
    "NATO": ["NATO Secretary-General", "NATO Secretary General", "NATO's Secretary-General",
             "NATO's Secretary General", "Secretary-General of NATO", "Secretary General of NATO",
             "NATO chief", "NATO head", "head of NATO", "NATO's chief"],
    "EC": ["European Commission President", "EU Commission President",
           "President of the European Commission", "European Commission chief",
           "EU Commission chief", "head of the European Commission"],
    "EUCO": ["European Council President", "President of the European Council",
             "European Council chief", "head of the European Council"],
    "EP": ["European Parliament President", "EU Parliament President",
           "President of the European Parliament", "head of the European Parliament"],
    "HRVP": ["EU foreign policy chief", "EU High Representative", "EU's foreign policy chief",
             "European Union foreign policy chief", "European Union's foreign policy chief",
             "EU foreign affairs chief", "EU's foreign affairs chief", "EU top diplomat",
             "EU's top diplomat", "European Union's top diplomat"],
    "IAEA": ["IAEA Director General", "IAEA Director-General", "IAEA's Director General",
             "IAEA's Director-General", "IAEA chief", "IAEA head", "head of the IAEA",
             "International Atomic Energy Agency Director General",
             "International Atomic Energy Agency Director-General",
             "International Atomic Energy Agency chief",
             "head of the International Atomic Energy Agency",
             "UN nuclear chief", "U.N. nuclear chief", "UN nuclear watchdog chief",
             "U.N. nuclear watchdog chief", "head of the UN nuclear watchdog",
             "head of the U.N. nuclear watchdog", "UN atomic watchdog chief"],
    "WHO": ["WHO Director-General", "WHO Director General", "WHO's Director-General",
            "WHO's Director General", "WHO chief", "head of the WHO",
            "World Health Organization Director-General",
            "World Health Organization Director General", "World Health Organization chief",
            "head of the World Health Organization",
            "Director-General of the World Health Organization"],
    "IMF": ["IMF Managing Director", "IMF's Managing Director", "IMF chief", "head of the IMF",
            "International Monetary Fund Managing Director", "International Monetary Fund chief",
            "head of the International Monetary Fund",
            "Managing Director of the International Monetary Fund"],
    "WB": ["World Bank President", "World Bank's President", "President of the World Bank",
           "World Bank chief", "head of the World Bank"],
    "WTO": ["WTO Director-General", "WTO Director General", "WTO's Director-General",
            "WTO chief", "WTO head", "head of the WTO",
            "World Trade Organization Director-General",
            "World Trade Organization Director General", "World Trade Organization chief",
            "head of the World Trade Organization"],
    "UNHCR": ["UN refugee chief", "U.N. refugee chief", "UN refugee agency chief",
              "U.N. refugee agency chief", "head of the UN refugee agency",
              "head of the U.N. refugee agency", "UNHCR chief", "UNHCR head", "head of UNHCR"],
    "OHCHR": ["UN High Commissioner for Human Rights", "U.N. High Commissioner for Human Rights",
              "UN human rights chief", "U.N. human rights chief",
              "United Nations human rights chief", "UN rights chief", "U.N. rights chief"],
    "UNICEF": ["UNICEF Executive Director", "UNICEF's Executive Director", "UNICEF chief",
               "UNICEF head", "head of UNICEF"],
    "WFP": ["WFP Executive Director", "WFP chief", "WFP head", "head of the WFP",
            "World Food Programme Executive Director", "World Food Program Executive Director",
            "World Food Programme chief", "World Food Program chief",
            "head of the World Food Programme", "head of the World Food Program"],
    "OPCW": ["OPCW Director-General", "OPCW Director General", "OPCW chief", "OPCW head",
             "head of the OPCW"],
    "ICC": ["ICC Prosecutor", "ICC chief prosecutor", "ICC's chief prosecutor",
            "International Criminal Court Prosecutor",
            "International Criminal Court chief prosecutor"],
    "AU": ["AU Commission chairperson", "AU Commission chairman", "AU Commission chair",
           "AU Commission chief", "African Union Commission chairperson",
           "African Union Commission chairman", "African Union Commission chair",
           "African Union Commission chief", "head of the African Union Commission",
           "head of the AU Commission", "Chairperson of the African Union Commission",
           "Chairperson of the AU Commission"],
    "LAS": ["Arab League Secretary-General", "Arab League Secretary General",
            "Arab League's Secretary-General", "Arab League's Secretary General",
            "Arab League chief", "Arab League head", "head of the Arab League",
            "Secretary-General of the Arab League", "Secretary General of the Arab League"],
    "GCC": ["GCC Secretary-General", "GCC Secretary General", "GCC's Secretary-General",
            "GCC's Secretary General", "GCC chief", "head of the GCC",
            "Gulf Cooperation Council Secretary-General",
            "Gulf Cooperation Council Secretary General",
            "Secretary-General of the Gulf Cooperation Council",
            "Secretary General of the Gulf Cooperation Council"],
    "OIC": ["OIC Secretary-General", "OIC Secretary General", "OIC's Secretary-General",
            "OIC chief", "head of the OIC",
            "Organisation of Islamic Cooperation Secretary-General",
            "Organization of Islamic Cooperation Secretary-General",
            "Secretary-General of the Organisation of Islamic Cooperation",
            "Secretary-General of the Organization of Islamic Cooperation"],
    "OSCE": ["OSCE Secretary General", "OSCE Secretary-General", "OSCE's Secretary General",
             "Secretary General of the OSCE"],
    "COE": ["Council of Europe Secretary General", "Council of Europe Secretary-General",
            "Secretary General of the Council of Europe", "Council of Europe chief",
            "head of the Council of Europe"],
    "OAS": ["OAS Secretary General", "OAS Secretary-General", "OAS chief", "OAS head",
            "head of the OAS", "Secretary General of the OAS",
            "Organization of American States Secretary General",
            "Secretary General of the Organization of American States"],
    # Earlier terms of holders whose hand-written rows gave only the present one, in
    # the phrases of those rows.
    "US President": ["US President", "U.S. President", "American President"],
    "Israeli PM": ["Israeli Prime Minister", "Israel's Prime Minister"],
    "Chinese FM": ["Chinese Foreign Minister", "China's Foreign Minister"],
}

# (name as in people.tsv, office, first day, last day): "" when open. Holders whose
# term began before 2017 are listed when they still held the office in 2017.
HOLDERS = [
    ("Antonio Guterres", "UN", "2017-01-01", ""),
    ("Jens Stoltenberg", "NATO", "2014-10-01", "2024-09-30"),
    ("Mark Rutte", "NATO", "2024-10-01", ""),
    ("Jean-Claude Juncker", "EC", "2014-11-01", "2019-11-30"),
    ("Ursula von der Leyen", "EC", "2019-12-01", ""),
    ("Donald Tusk", "EUCO", "2014-12-01", "2019-11-30"),
    ("Charles Michel", "EUCO", "2019-12-01", "2024-11-30"),
    ("Antonio Costa", "EUCO", "2024-12-01", ""),
    ("Antonio Tajani", "EP", "2017-01-17", "2019-07-02"),
    ("David Sassoli", "EP", "2019-07-03", "2022-01-11"),
    ("Roberta Metsola", "EP", "2022-01-18", ""),
    ("Federica Mogherini", "HRVP", "2014-11-01", "2019-11-30"),
    ("Josep Borrell", "HRVP", "2019-12-01", "2024-11-30"),
    ("Kaja Kallas", "HRVP", "2024-12-01", ""),
    ("Yukiya Amano", "IAEA", "2009-12-01", "2019-07-18"),
    ("Rafael Grossi", "IAEA", "2019-12-03", ""),
    ("Tedros Adhanom Ghebreyesus", "WHO", "2017-07-01", ""),
    ("Christine Lagarde", "IMF", "2011-07-05", "2019-09-12"),
    ("Kristalina Georgieva", "IMF", "2019-10-01", ""),
    ("Jim Yong Kim", "WB", "2012-07-01", "2019-01-31"),
    ("David Malpass", "WB", "2019-04-09", "2023-05-31"),
    ("Ajay Banga", "WB", "2023-06-02", ""),
    ("Roberto Azevêdo", "WTO", "2013-09-01", "2020-08-31"),
    ("Ngozi Okonjo-Iweala", "WTO", "2021-03-01", ""),
    ("Filippo Grandi", "UNHCR", "2016-01-01", "2025-12-31"),
    ("Michelle Bachelet", "OHCHR", "2018-09-01", "2022-08-31"),
    ("Volker Turk", "OHCHR", "2022-10-17", ""),
    ("Anthony Lake", "UNICEF", "2010-05-01", "2017-12-31"),
    ("Henrietta Fore", "UNICEF", "2018-01-01", "2021-12-31"),
    ("Catherine Russell", "UNICEF", "2022-02-01", ""),
    ("David Beasley", "WFP", "2017-04-05", "2023-04-04"),
    ("Cindy McCain", "WFP", "2023-04-05", ""),
    ("Ahmet Üzümcü", "OPCW", "2010-07-25", "2018-07-24"),
    ("Fernando Arias", "OPCW", "2018-07-25", ""),
    ("Fatou Bensouda", "ICC", "2012-06-16", "2021-06-15"),
    ("Karim Khan", "ICC", "2021-06-16", ""),
    ("Moussa Faki Mahamat", "AU", "2017-03-14", "2025-02-14"),
    ("Mahmoud Ali Youssouf", "AU", "2025-03-14", ""),
    ("Ahmed Aboul Gheit", "LAS", "2016-07-01", ""),
    ("Nayef Falah Mubarak Al-Hajraf", "GCC", "2020-04-01", "2023-01-31"),
    ("Jasem Mohamed Albudaiwi", "GCC", "2023-02-01", ""),
    ("Yousef Al-Othaimeen", "OIC", "2016-11-01", "2021-10-31"),
    ("Hissein Brahim Taha", "OIC", "2021-12-01", ""),
    ("Thomas Greminger", "OSCE", "2017-07-18", "2020-07-18"),
    ("Helga Schmid", "OSCE", "2020-12-04", "2024-09-03"),
    ("Feridun Sinirlioğlu", "OSCE", "2025-01-01", ""),
    ("Thorbjørn Jagland", "COE", "2009-10-01", "2019-09-17"),
    ("Marija Pejčinović Burić", "COE", "2019-09-18", "2024-09-17"),
    ("Alain Berset", "COE", "2024-09-18", ""),
    ("Donald Trump", "US President", "2017-01-20", "2021-01-19"),
    ("Benjamin Netanyahu", "Israeli PM", "2009-03-31", "2021-06-12"),
    ("Wang Yi", "Chinese FM", "2013-03-16", "2022-12-29"),
    ("Luis Almagro", "OAS", "2015-05-26", "2025-05-25"),
    ("Albert Ramdin", "OAS", "2025-06-01", ""),
]


def entries(name):
    """The role-alias entries (`PHRASE@FROM..UNTIL`) the table gives `name`."""
    return [f"{phrase}@{start}..{end}"
            for who, office, start, end in HOLDERS if who == name
            for phrase in PHRASES[office]]


def merged(existing, name):
    """`existing` (a `role_aliases` value) with the table's entries for `name` appended
    where missing."""
    have = [e for e in existing.split("|") if e]
    return "|".join(have + [e for e in entries(name) if e not in have])


def main():
    with open(PATH, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = None
    names = {who for who, *_ in HOLDERS}
    found = set()
    out = []
    for line in lines:
        if header is None and line and not line.startswith("#"):
            header = line.split("\t")
            col = header.index("role_aliases")
            out.append(line)
            continue
        fields = line.split("\t")
        if header is None or line.startswith("#") or fields[0] not in names:
            out.append(line)
            continue
        found.add(fields[0])
        fields += [""] * (len(header) - len(fields))
        fields[col] = merged(fields[col], fields[0])
        out.append("\t".join(fields).rstrip("\t"))
    for name in sorted(names - found):
        print(f"people_roles: {name}: no such row", file=sys.stderr)
    with open(PATH, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
