"""Office-holders of the empty office-years that `tools/coverage.py --from 2020 --to 2025
--each-year` still listed after people_offices.py (issue 12, "coverage", an eleventh pass
chosen by office, never by article): heads of state and government, foreign and defence
ministers whose name and dates we were sure of, from each office's list of holders and
the news of the appointment or the departure. A post whose holder we could not confirm
is left empty (Kyrgyzstan's, Nicaragua's and Sierra Leone's defence ministers, the
foreign ministers of Tonga and Papua New Guinea in 2025 ...).

Rows as in people_terms.py: (name, aliases, affiliation, role, notes), optionally
followed by context aliases (`-` turns off the derived surname where it is a place, a
given name or another's, and lists the short form the news uses instead). `notes` opens
with the years of the row's role, which tools/terms.py turns into the `term` column.
"""

GAPS = [
    # --- 2023-2025 ---
    ("Abdoulaye Sabre Fadoul", "", "Chad", "Foreign Minister", "Feb 2025-; Minister of State; Finance Minister 2017-2018"),
    ("Oumar Youm", "", "Senegal", "Former Defence Minister", "Oct 2023-Apr 2024 (Minister of the Armed Forces)"),
    ("Henry Sáenz Ramos", "Henry Saenz Ramos|Henry David Sáenz Ramos|Henry David Saenz Ramos|Henry Sáenz|Henry Saenz", "Guatemala", "Defence Minister", "Jan 2024-; a brigadier general", "Sáenz|-"),

    # --- 2020-2022: foreign ministers ---
    ("José Valencia Amores", "José Valencia|Jose Valencia|Jose Valencia Amores", "Ecuador", "Former Foreign Minister", "2018-Jul 2020", "-"),
    ("Luis Gallegos", "Luis Gallegos Chiriboga", "Ecuador", "Former Foreign Minister", "Jul 2020-May 2021"),
    ("Esther Astete", "Elizabeth Astete|Esther Elizabeth Astete", "Peru", "Former Foreign Minister", "Nov 2020-Feb 2021"),
    ("Mamadi Touré", "Mamadi Toure", "Guinea", "Former Foreign Minister", "2017-Sep 2021", "-"),
    ("Lisandro Rosales", "", "Honduras", "Former Foreign Minister", "2019-Jan 2022"),
    ("Kalla Ankourao", "", "Niger", "Former Foreign Minister", "2018-Apr 2021"),
    ("Tehindrazanarivelo Djacoba", "Djacoba Tehindrazanarivelo|Djacoba Liva Tehindrazanarivelo", "Madagascar", "Former Foreign Minister", "2020-2021"),
    ("Patrick Rajoelina", "", "Madagascar", "Former Foreign Minister", "2021-Mar 2022", "-"),
    ("Richard Randriamandrato", "", "Madagascar", "Former Foreign Minister", "Mar 2022-Oct 2022; Economy Minister 2019-2021"),
    ("Marc Ati", "", "Vanuatu", "Former Foreign Minister", "2020-2022", "-"),
    ("Faustina Rehuher-Marugg", "Faustina Rehuher", "Palau", "Former Foreign Minister", "2017-Jan 2021 (Minister of State, Palau's foreign minister)"),
    ("Sarah Flood-Beaubrun", "Sarah Flood Beaubrun", "Saint Lucia", "Former Foreign Minister", "2016-2021"),
    ("Beatrice Wani-Noah", "Beatrice Wani Noah|Beatrice Khamisa Wani-Noah", "South Sudan", "Former Foreign Minister", "Mar 2020-2021"),

    # --- 2020-2022: defence ministers ---
    ("Mohamed Diané", "Mohamed Diane", "Guinea", "Former Defence Minister", "2015-Sep 2021 (Minister of State for National Defence)", "-"),
    ("Fredy Díaz Zelaya", "Fredy Santiago Díaz Zelaya|Fredy Diaz Zelaya|Fredy Santiago Diaz Zelaya", "Honduras", "Former Defence Minister", "2018-Jan 2022", "Díaz Zelaya|-"),
    ("Bernardino Soto Estigarribia", "Luis Bernardino Soto Estigarribia", "Paraguay", "Former Defence Minister", "2020-Aug 2023 (in office from 2020 at least; Abdo Benítez's government)", "Soto Estigarribia|-"),
    ("Issoufou Katambé", "Issoufou Katambe", "Niger", "Former Defence Minister", "2019-Apr 2021"),
    ("Moumina Chériff Sy", "Moumina Cheriff Sy|Chériff Sy|Cheriff Sy", "Burkina Faso", "Former Defence Minister", "Jan 2019-Jan 2021; President of the transitional parliament 2014-2015", "-"),
    ("Jaime Bessa Neto", "Jaime Neto", "Mozambique", "Former Defence Minister", "Jan 2020-Nov 2021", "-"),
    ("Imed Hazgui", "", "Tunisia", "Former Defence Minister", "Feb 2020-Sep 2020"),
    ("Salah al-Din al-Namroush", "Salaheddine al-Namroush|Salah Eddine al-Namrouch|Salah al-Namroush", "Libya", "Former Defence Minister", "2020-Mar 2021 (Government of National Accord)", "Namroush|-"),
]
