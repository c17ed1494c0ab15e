"""Intergovernmental bodies, UN peace operations and armed groups of the conflicts the
news follows that organizations.tsv lacked (regional bodies and development banks from
Wikipedia's "List of intergovernmental organizations" and "List of regional
organizations by population", UN missions from the UN's "Where we operate" list of
peacekeeping operations and special political missions, armed groups from the
articles on each conflict). Rows: (name, aliases, affiliation, notes). build_coverage.py
adds the rows whose name or aliases the files do not already have. Acronyms that are
English words ("CARE", "Quad") are left out.
"""

ORGS = [
    # Regional and intergovernmental bodies
    ("Intergovernmental Authority on Development", "IGAD", "", "East African regional bloc; Sudan and South Sudan mediation"),
    ("Economic Community of West African States", "ECOWAS|Ecowas", "", "West African regional bloc"),
    ("Southern African Development Community", "SADC", "", "Southern African regional bloc; DRC mission 2023-2025"),
    ("East African Community", "EAC", "", "East African regional bloc; DRC regional force 2022-2023"),
    ("Economic Community of Central African States", "ECCAS", "", "Central African regional bloc"),
    ("Organization of American States", "OAS|Organisation of American States", "", "regional body of the Americas"),
    ("Mercosur", "Mercosul|Southern Common Market", "", "South American trade bloc"),
    ("Community of Latin American and Caribbean States", "CELAC", "", "regional body of Latin America and the Caribbean"),
    ("Caribbean Community", "CARICOM|Caricom", "", "Caribbean regional body; Haiti transition talks 2024"),
    ("Andean Community", "Comunidad Andina", "", "South American trade bloc"),
    ("Collective Security Treaty Organization", "CSTO|Collective Security Treaty Organisation", "", "Russian-led military alliance"),
    ("Commonwealth of Independent States", "CIS", "", "post-Soviet regional body"),
    ("Eurasian Economic Union", "EAEU|Eurasian Union", "", "Russian-led economic union"),
    ("Organisation for Economic Co-operation and Development", "OECD|Organization for Economic Cooperation and Development", "", "intergovernmental economic organisation"),
    ("International Energy Agency", "IEA", "", "intergovernmental energy agency"),
    ("European Central Bank", "ECB", "European Union", "central bank of the euro area"),
    ("European Bank for Reconstruction and Development", "EBRD", "", "development bank"),
    ("European Investment Bank", "EIB", "European Union", "the EU's lending arm"),
    ("New Development Bank", "BRICS bank", "", "development bank of the BRICS"),
    ("Asian Infrastructure Investment Bank", "AIIB", "", "development bank"),
    ("Asian Development Bank", "ADB", "", "development bank"),
    ("African Development Bank", "AfDB", "", "development bank"),
    ("Commonwealth of Nations", "the Commonwealth", "", "association of 56 states"),
    ("Organisation internationale de la Francophonie", "Francophonie|International Organisation of La Francophonie", "", "French-speaking states"),
    ("AUKUS", "", "", "Australia-UK-US security pact, 2021"),
    ("Pacific Islands Forum", "", "", "Pacific regional body"),
    ("Europol", "", "European Union", "EU law enforcement agency"),
    ("Frontex", "European Border and Coast Guard Agency", "European Union", "EU border agency"),
    # UN peace operations and political missions
    ("MONUSCO", "UN Organization Stabilization Mission in the Democratic Republic of the Congo", "United Nations", "UN mission in the DRC"),
    ("UNMISS", "United Nations Mission in South Sudan|UN Mission in South Sudan", "United Nations", "UN mission in South Sudan"),
    ("UNISFA", "United Nations Interim Security Force for Abyei", "United Nations", "UN force in Abyei"),
    ("UNSMIL", "United Nations Support Mission in Libya|UN Support Mission in Libya", "United Nations", "UN political mission in Libya"),
    ("UNAMA", "United Nations Assistance Mission in Afghanistan|UN Assistance Mission in Afghanistan", "United Nations", "UN political mission in Afghanistan"),
    ("UNAMI", "United Nations Assistance Mission for Iraq|UN Assistance Mission for Iraq", "United Nations", "UN political mission in Iraq, 2003-2025"),
    ("UNITAMS", "United Nations Integrated Transition Assistance Mission in Sudan", "United Nations", "UN political mission in Sudan, 2020-2024"),
    ("MINUSCA", "", "United Nations", "UN mission in the Central African Republic"),
    ("MINUSMA", "", "United Nations", "UN mission in Mali, 2013-2023"),
    ("UNFICYP", "United Nations Peacekeeping Force in Cyprus", "United Nations", "UN force in Cyprus"),
    ("KFOR", "Kosovo Force", "NATO", "NATO-led force in Kosovo"),
    ("EUFOR Althea", "EUFOR", "European Union", "EU force in Bosnia and Herzegovina"),
    # Armed groups and movements of current conflicts
    ("M23", "March 23 Movement|M23 rebels", "", "rebel group in eastern DRC"),
    ("Congo River Alliance", "Alliance Fleuve Congo|AFC", "", "political-military coalition including M23, 2023-"),
    ("Tigray People's Liberation Front", "TPLF", "", "Tigray party and former armed movement"),
    ("Fano militia", "Amhara Fano", "", "Amhara militias fighting the Ethiopian army, 2023-"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "", "al-Qaida affiliate in the Sahel"),
    ("Tehrik-i-Taliban Pakistan", "TTP|Pakistani Taliban|Tehreek-e-Taliban Pakistan", "", "Pakistani militant group"),
    ("Baloch Liberation Army", "BLA", "", "separatist group in Pakistan"),
    ("Arakan Army", "", "", "ethnic armed group in Myanmar's Rakhine State"),
    ("National Unity Government of Myanmar", "National Unity Government", "Myanmar", "Myanmar's opposition government in exile, 2021-"),
    ("Tatmadaw", "Myanmar military|Myanmar's military", "Myanmar", "Myanmar's armed forces"),
    ("Sudan Doctors Network", "", "Sudan", "Sudanese medical group reporting war casualties"),
]
