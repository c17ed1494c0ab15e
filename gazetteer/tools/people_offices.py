"""Office-holders of 2020-2025 still missing after people_terms.py, and the other offices
diplomacy news names (issue 12, "coverage", a tenth pass chosen by office, never by
article).

OFFICE_GAPS: the holders of the empty office-years that `tools/coverage.py --from 2020
--to 2025 --each-year` still listed (heads of state and government, foreign and defence
ministers) that we were sure of; a holder already in people.tsv whose `notes` lacked the
years of that office got them there instead (Prabowo Subianto's defence ministry,
Micheál Martin's first term as Taoiseach ...).

Rows as in people_terms.py: (name, aliases, affiliation, role, notes), optionally
followed by context aliases (`-` turns off the derived surname where it is a common
word, a given name, a religious name or shared with a better-known namesake, and lists
the short form the news uses instead). `notes` opens with the years of the row's role,
which tools/terms.py turns into the `term` column.
"""

OFFICE_GAPS = [
    # --- heads of state and government ---
    ("Osman Hussein", "Osman Hussein Osman", "Sudan", "Former acting Prime Minister", "acting Prime Minister 2022-Apr 2025", "-"),
    ("Dafallah al-Haj Ali", "Dafallah Al-Hajj Ali|Dafalla al-Haj Ali", "Sudan", "Former acting Prime Minister", "acting Prime Minister Apr-May 2025", "-"),
    ("Zoran Zaev", "", "North Macedonia", "Former Prime Minister", "Prime Minister 2017-Jan 2022 (but for Jan-Aug 2020); SDSM leader"),
    ("Sher Bahadur Deuba", "", "Nepal", "Former Prime Minister", "Prime Minister Jul 2021-Dec 2022 (also 1995-1997, 2001-2002, 2004-2005, 2017-2018); Nepali Congress president"),
    ("Mahinda Rajapaksa", "", "Sri Lanka", "Former Prime Minister", "Prime Minister Nov 2019-May 2022; President 2005-2015"),
    ("Phankham Viphavanh", "", "Laos", "Former Prime Minister", "Prime Minister Mar 2021-Dec 2022"),
    ("Francisco Pascual Obama Asue", "Pascual Obama Asue", "Equatorial Guinea", "Former Prime Minister", "Prime Minister 2016-Jan 2023", "Obama Asue|-"),
    ("Jioji Konrote", "", "Fiji", "Former President", "President 2015-Nov 2021"),
    ("Adrian Hasler", "", "Liechtenstein", "Former Prime Minister", "Prime Minister 2013-Mar 2021"),
    ("Clément Mouamba", "Clement Mouamba", "Republic of the Congo", "Former Prime Minister", "Prime Minister 2016-May 2021; died 2021"),
    ("Jorge Bom Jesus", "", "Sao Tome and Principe", "Former Prime Minister", "Prime Minister 2018-Nov 2022", "Bom Jesus|-"),
    ("Evaristo Carvalho", "", "Sao Tome and Principe", "Former President", "President 2016-Oct 2021; died 2022"),

    # --- foreign ministers ---
    ("Dominique Dupuy", "", "Haiti", "Former Foreign Minister", "Foreign Minister Jun-Nov 2024; ambassador to UNESCO"),
    ("Jean-Victor Harvel Jean-Baptiste", "Harvel Jean-Baptiste|Jean Victor Harvel Jean-Baptiste", "Haiti", "Foreign Minister", "Nov 2024-", "Harvel Jean-Baptiste|-"),
    ("Simon Coveney", "", "Ireland", "Former Foreign Minister", "Foreign Minister 2017-Dec 2022; Defence Minister Jun 2020-Dec 2022; Tanaiste 2017-2020; Enterprise Minister 2022-2024"),
    ("Vladimir Makei", "Uladzimir Makei|Vladimir Makey", "Belarus", "Former Foreign Minister", "Foreign Minister 2012-Nov 2022; died Nov 2022"),
    ("Mohammad Haneef Atmar", "Haneef Atmar|Hanif Atmar|Mohammad Hanif Atmar", "Afghanistan", "Former Foreign Minister", "Foreign Minister 2020-Aug 2021 (Islamic Republic); National Security Adviser 2014-2018"),
    ("Mohamed Taha Siala", "Mohammed Taha Siala", "Libya", "Former Foreign Minister", "Foreign Minister 2016-Mar 2021 (Government of National Accord)"),
    ("Katrin Eggenberger", "", "Liechtenstein", "Former Foreign Minister", "Foreign Minister 2019-Mar 2021"),
    ("Eisenhower Mkaka", "", "Malawi", "Former Foreign Minister", "Foreign Minister Jul 2020-2022"),

    # --- defence ministers ---
    ("Asadullah Khalid", "", "Afghanistan", "Former Defence Minister", "Defence Minister 2019-2021 (acting; Islamic Republic)", "-"),
    ("Peeni Henare", "", "New Zealand", "Former Defence Minister", "Defence Minister Nov 2020-Jun 2022"),
    ("Andrew Little", "", "New Zealand", "Former Defence Minister", "Defence Minister Jun 2022-Nov 2023; Justice Minister 2017-2020", "-"),
    ("Vincent Ssempijja", "Vincent Bamulangaki Ssempijja|Vincent Sempijja", "Uganda", "Former Defence Minister", "Defence Minister 2019-Mar 2024"),
    ("Hussein Mwinyi", "Hussein Ali Mwinyi", "Tanzania", "Zanzibar President", "Defence Minister 2014-2020; President of Zanzibar Nov 2020-", "-"),
]
