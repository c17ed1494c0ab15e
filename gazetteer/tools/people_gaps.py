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

OFFICE_GAPS = [
    # --- 2023-2025 ---
    ("Abdoulaye Sabre Fadoul", "", "Chad", "Foreign Minister", "Feb 2025-; Minister of State; Finance Minister 2017-2018"),
    ("Oumar Youm", "", "Senegal", "Former Defence Minister", "Oct 2023-Apr 2024 (Minister of the Armed Forces)"),
    ("Talal Khaled Al-Ahmad Al-Sabah", "Talal Khaled Al-Sabah|Talal al-Khaled al-Sabah", "Kuwait", "Former Defence Minister", "Mar 2022-2023; then First Deputy Prime Minister and Interior Minister until Jan 2024", "-"),
    ("Ahmad Fahad Al-Ahmad Al-Sabah", "Ahmad Al-Fahad Al-Ahmad Al-Sabah|Ahmed Al-Fahad Al-Ahmed Al-Sabah|Ahmad al-Fahad al-Sabah", "Kuwait", "Former Defence Minister", "Jun 2023-Jan 2024; Deputy Prime Minister; president of the Olympic Council of Asia 1991-2021", "-"),
    ("Richard Rakotonirina", "Léon Jean Richard Rakotonirina|Leon Jean Richard Rakotonirina", "Madagascar", "Former Defence Minister", "2019-Feb 2023; acting Foreign Minister Oct 2022-Feb 2023", "-"),
    ("Josoa Rakotoarijaona", "", "Madagascar", "Former Defence Minister", "Feb 2023-Jan 2024", "-"),
    ("Tupouto'a 'Ulukalala", "Crown Prince Tupouto'a 'Ulukalala|Tupouto'a Ulukalala|Tupoutoa Ulukalala", "Tonga", "Foreign Minister", "Jan 2025-; also Defence Minister (Minister for His Majesty's Armed Forces) Jan 2025-; Crown Prince of Tonga", "Tupouto'a|-"),
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

    ("Suzi Barbosa", "Suzi Carla Barbosa", "Guinea-Bissau", "Former Foreign Minister", "Mar 2020-2023 (also Jul 2019-Jan 2020); Minister of State"),
    ("Mohamed Abdirizak Mohamud", "Mohamed Abdirizak", "Somalia", "Former Foreign Minister", "Nov 2020-Nov 2021", "Abdirizak|-"),
    ("Edite Ten Jua", "Edite Tenjua", "Sao Tome and Principe", "Former Foreign Minister", "Sep 2020-2022; vice-president of the Constitutional Court before", "Ten Jua|-"),
    ("Damdin Tsogtbaatar", "Tsogtbaatar Damdin", "Mongolia", "Former Foreign Minister", "Oct 2017-Jul 2020", "Tsogtbaatar|-"),

    # --- 2020-2022: defence ministers ---
    ("Mohamed Diané", "Mohamed Diane", "Guinea", "Former Defence Minister", "2015-Sep 2021 (Minister of State for National Defence)", "-"),
    ("Fredy Díaz Zelaya", "Fredy Santiago Díaz Zelaya|Fredy Diaz Zelaya|Fredy Santiago Diaz Zelaya", "Honduras", "Former Defence Minister", "2018-Jan 2022", "Díaz Zelaya|-"),
    ("Bernardino Soto Estigarribia", "Luis Bernardino Soto Estigarribia", "Paraguay", "Former Defence Minister", "2020-Aug 2023 (in office from 2020 at least; Abdo Benítez's government)", "Soto Estigarribia|-"),
    ("Issoufou Katambé", "Issoufou Katambe", "Niger", "Former Defence Minister", "2019-Apr 2021"),
    ("Hamad Jaber Al-Ali Al-Sabah", "Hamad Jaber al-Ali al-Sabah|Hamad Jaber Al-Ali", "Kuwait", "Former Defence Minister", "Dec 2020-Feb 2022", "-"),
    ("Fernando Donoso", "", "Ecuador", "Former Defence Minister", "May 2021-Oct 2021; an admiral", "-"),
    ("Luis Hernández Peñaherrera", "Luis Hernandez Penaherrera|Luis Bolívar Hernández", "Ecuador", "Former Defence Minister", "Oct 2021-Apr 2022; a retired general", "-"),
    ("Luis Lara Jaramillo", "Luis Eduardo Lara Jaramillo", "Ecuador", "Former Defence Minister", "Apr 2022-Nov 2023; chief of the Joint Command 2019-2021", "Lara Jaramillo|-"),
    ("Victor Gaiciuc", "", "Moldova", "Former Defence Minister", "Nov 2019-Dec 2020"),
    ("Ishwar Pokhrel", "Ishwor Pokhrel", "Nepal", "Former Defence Minister", "Mar 2018-Oct 2020; Deputy Prime Minister 2018-2020", "-"),
    ("Moumina Chériff Sy", "Moumina Cheriff Sy|Chériff Sy|Cheriff Sy", "Burkina Faso", "Former Defence Minister", "Jan 2019-Jan 2021; President of the transitional parliament 2014-2015", "-"),
    ("Jaime Bessa Neto", "Jaime Neto", "Mozambique", "Former Defence Minister", "Jan 2020-Nov 2021", "-"),
    ("Imed Hazgui", "", "Tunisia", "Former Defence Minister", "Feb 2020-Sep 2020"),
    ("Salah al-Din al-Namroush", "Salaheddine al-Namroush|Salah Eddine al-Namrouch|Salah al-Namroush", "Libya", "Former Defence Minister", "2020-Mar 2021 (Government of National Accord)", "Namroush|-"),
]

# Heads of the UN's agencies and offices, regional bodies, development banks and EU
# agencies of 2020-2025, and their deputies the news names, that people.tsv lacked under
# every spelling (each office's holders of 2020-2025 looked up in the gazetteer's names
# and aliases, folded); the bodies themselves where missing are in orgs_igos.py.
IGO_HEADS = [
    # UN General Assembly, UN offices and envoys
    ("Volkan Bozkır", "Volkan Bozkir", "United Nations General Assembly", "Former President of the UN General Assembly", "Sep 2020-Sep 2021 (75th session); a Turkish diplomat"),
    ("Tatiana Valovaya", "", "United Nations", "Director-General of the UN Office at Geneva", "2019-"),
    ("Nada Al-Nashif", "Nada al-Nashif", "Office of the United Nations High Commissioner for Human Rights", "Deputy High Commissioner for Human Rights", "2020-"),
    ("Miroslav Jenča", "Miroslav Jenca", "United Nations", "UN Assistant Secretary-General for Europe, Central Asia and the Americas", "2015-"),
    ("Khaled Khiari", "", "United Nations", "UN Assistant Secretary-General for the Middle East, Asia and the Pacific", "2018-"),
    ("Joanna Wronecka", "", "United Nations", "Former UN Special Coordinator for Lebanon", "2019-2024"),
    ("María Ángela Holguín", "Maria Angela Holguin|María Ángela Holguín Cuéllar", "United Nations", "UN Secretary-General's Personal Envoy on Cyprus", "2024-; Foreign Minister of Colombia 2010-2018", "Holguín|-"),
    ("El-Ghassim Wane", "El Ghassim Wane", "MINUSMA", "Former Head of MINUSMA", "2021-2023; UN Special Representative for Mali", "-"),
    ("Mankeur Ndiaye", "", "MINUSCA", "Former Head of MINUSCA", "2019-2022; Foreign Minister of Senegal 2012-2017"),
    ("Valentine Rugwabiza", "", "MINUSCA", "Head of MINUSCA", "2022-; UN Special Representative for the Central African Republic"),
    ("Helen La Lime", "", "United Nations Integrated Office in Haiti", "Former Head of BINUH", "2019-2022", "La Lime|-"),
    # UN specialised agencies and programmes
    ("Daren Tang", "", "World Intellectual Property Organization", "Director General of WIPO", "Oct 2020-; a Singaporean", "-"),
    ("Houlin Zhao", "Zhao Houlin", "International Telecommunication Union", "Former Secretary-General of the ITU", "2015-2022", "-"),
    ("Petteri Taalas", "", "World Meteorological Organization", "Former Secretary-General of the WMO", "2016-2023"),
    ("Fang Liu", "Liu Fang", "International Civil Aviation Organization", "Former Secretary General of ICAO", "2015-2021", "-"),
    ("Juan Carlos Salazar", "Juan Carlos Salazar Gómez|Juan Carlos Salazar Gomez", "International Civil Aviation Organization", "Secretary General of ICAO", "Aug 2021-; Colombia's civil aviation director before", "-"),
    ("Kitack Lim", "Lim Ki-tack|Ki Tack Lim", "International Maritime Organization", "Former Secretary-General of the IMO", "2016-2023", "-"),
    ("Arsenio Dominguez", "Arsenio Domínguez", "International Maritime Organization", "Secretary-General of the IMO", "2024-; a Panamanian", "-"),
    ("Maimunah Mohd Sharif", "", "UN-Habitat", "Former Executive Director of UN-Habitat", "2018-2024", "-"),
    ("Matshidiso Moeti", "", "World Health Organization", "Former WHO Regional Director for Africa", "2015-2025"),
    ("Saima Wazed", "Saima Wazed Putul", "World Health Organization", "WHO Regional Director for South-East Asia", "2024-; daughter of Sheikh Hasina", "-"),
    ("Soumya Swaminathan", "", "World Health Organization", "Former WHO Chief Scientist", "2019-2022"),
    ("Jeremy Farrar", "", "World Health Organization", "WHO Chief Scientist", "2023-; director of the Wellcome Trust 2013-2023"),
    ("Carissa Etienne", "", "Pan American Health Organization", "Former Director of PAHO", "2013-2023"),
    ("Jarbas Barbosa", "", "Pan American Health Organization", "Director of PAHO", "2023-"),
    ("Carmen Reinhart", "", "World Bank", "Former Chief Economist of the World Bank", "2020-2022"),
    ("Marcos Troyjo", "", "New Development Bank", "Former President of the New Development Bank", "2020-Mar 2023"),
    # Regional bodies
    ("Jean-Claude Kassi Brou", "Jean Claude Kassi Brou", "Economic Community of West African States", "Former President of the ECOWAS Commission", "2018-2022; Governor of the Central Bank of West African States 2022-", "Kassi Brou|-"),
    ("Vladimir Norov", "", "Shanghai Cooperation Organisation", "Former Secretary-General of the SCO", "2019-2021; Foreign Minister of Uzbekistan 2006-2010"),
    ("Stanislav Zas", "", "Collective Security Treaty Organization", "Former Secretary General of the CSTO", "2020-2022; Secretary of the Security Council of Belarus 2015-2019"),
    ("Irwin LaRocque", "", "Caribbean Community", "Former Secretary-General of CARICOM", "2011-2021"),
    ("Chileshe Kapwepwe", "", "Common Market for Eastern and Southern Africa", "Former Secretary General of COMESA", "2018-2023"),
    ("Smaïl Chergui", "Smail Chergui", "African Union Commission", "Former AU Commissioner for Peace and Security", "2013-2021"),
    ("Monique Nsanzabaganwa", "", "African Union Commission", "Former Deputy Chairperson of the AU Commission", "2021-2025"),
    ("Selma Malika Haddadi", "", "African Union Commission", "Deputy Chairperson of the AU Commission", "2025-", "Haddadi|-"),
    ("Francesco Rocca", "", "International Federation of Red Cross and Red Crescent Societies", "Former President of the IFRC", "2017-2023; President of Lazio 2023-"),
    # EU institutions and agencies
    ("Frans Timmermans", "", "European Commission", "Former Executive Vice-President of the European Commission", "2019-2023 (European Green Deal); Dutch Foreign Minister 2012-2014"),
    ("Paschal Donohoe", "", "Ireland", "Former Eurogroup President", "Eurogroup President 2020-2025; Irish Finance Minister 2017-2025"),
    ("Fabrice Leggeri", "", "Frontex", "Former Executive Director of Frontex", "2015-2022; Member of the European Parliament 2024-"),
    ("Hans Leijtens", "", "Frontex", "Executive Director of Frontex", "2023-"),
    ("Catherine De Bolle", "", "Europol", "Executive Director of Europol", "2018-", "De Bolle|-"),
    # International courts
    ("Piotr Hofmański", "Piotr Hofmanski", "International Criminal Court", "Former President of the ICC", "2021-2024"),
]

# Deputy and junior foreign ministers, spokespeople and envoys of the governments the news
# follows most that people.tsv lacked under every spelling (the class of people_diplomacy.py).
DEPUTIES = [
    ("Saeed Khatibzadeh", "Saeed Khatibzade", "Iran", "Deputy Foreign Minister", "2024-; head of the Institute for Political and International Studies; foreign ministry spokesman 2020-2022"),
    ("Emine Dzhaparova", "Emine Dzheppar|Emine Japarova", "Ukraine", "Former First Deputy Foreign Minister", "2020-2024"),
    ("Benjamin Haddad", "", "France", "Minister Delegate for Europe", "Dec 2024-"),
    ("Thani al-Zeyoudi", "Thani bin Ahmed Al Zeyoudi|Thani Al Zeyoudi|Thani Al-Zeyoudi", "United Arab Emirates", "Minister of State for Foreign Trade", "2020-", "Zeyoudi|-"),
    ("Tobias Lindner", "", "Germany", "Former Minister of State at the Foreign Office", "2021-2025"),
    ("Jennifer Morgan", "", "Germany", "Former Special Envoy for International Climate Action", "2022-2025; State Secretary at the Foreign Office; head of Greenpeace International 2016-2022", "-"),
    ("Andreas Michaelis", "", "Germany", "Ambassador to the United States", "2023-"),
]

# Members of the European Commission of 2019-2024 and 2024-2029 (von der Leyen's first and
# second Commissions) that people.tsv lacked; those the news names most (Šefčovič,
# Dombrovskis, Vestager, Breton, Ribera, Kallas, Kubilius, Kos ...) were there.
COMMISSIONERS = [
    ("Margaritis Schinas", "", "European Commission", "Former Vice-President of the European Commission", "2019-2024 (Promoting our European Way of Life)"),
    ("Věra Jourová", "Vera Jourova", "European Commission", "Former Vice-President of the European Commission", "2019-2024 (Values and Transparency); Justice Commissioner 2014-2019"),
    ("Ylva Johansson", "", "European Commission", "Former European Commissioner for Home Affairs", "2019-2024"),
    ("Stella Kyriakides", "", "European Commission", "Former European Commissioner for Health", "2019-2024 (Health and Food Safety)"),
    ("Janusz Wojciechowski", "", "European Commission", "Former European Commissioner for Agriculture", "2019-2024"),
    ("Mairead McGuinness", "Mairéad McGuinness", "European Commission", "Former European Commissioner for Financial Services", "2020-2024"),
    ("Helena Dalli", "", "European Commission", "Former European Commissioner for Equality", "2019-2024"),
    ("Kadri Simson", "", "European Commission", "Former European Commissioner for Energy", "2019-2024"),
    ("Jutta Urpilainen", "", "European Commission", "Former European Commissioner for International Partnerships", "2019-2024; Finnish Finance Minister 2011-2014"),
    ("Elisa Ferreira", "", "European Commission", "Former European Commissioner for Cohesion and Reforms", "2019-2024", "-"),
    ("Adina Vălean", "Adina Valean", "European Commission", "Former European Commissioner for Transport", "2019-2024"),
    ("Nicolas Schmit", "", "European Commission", "Former European Commissioner for Jobs and Social Rights", "2019-2024"),
    ("Virginijus Sinkevičius", "Virginijus Sinkevicius", "European Commission", "Former European Commissioner for the Environment", "2019-2024 (Environment, Oceans and Fisheries)"),
    ("Henna Virkkunen", "", "European Commission", "Executive Vice-President of the European Commission", "Dec 2024- (Tech Sovereignty, Security and Democracy)"),
    ("Raffaele Fitto", "", "European Commission", "Executive Vice-President of the European Commission", "Dec 2024- (Cohesion and Reforms); Italian Minister for European Affairs 2022-2024"),
    ("Roxana Mînzatu", "Roxana Minzatu", "European Commission", "Executive Vice-President of the European Commission", "Dec 2024- (People, Skills and Preparedness)"),
    ("Jozef Síkela", "Jozef Sikela", "European Commission", "European Commissioner for International Partnerships", "Dec 2024-; Czech Minister of Industry and Trade 2021-2024"),
    ("Costas Kadis", "", "European Commission", "European Commissioner for Fisheries and Oceans", "Dec 2024-"),
    ("Maria Luís Albuquerque", "Maria Luis Albuquerque", "European Commission", "European Commissioner for Financial Services", "Dec 2024-; Portuguese Finance Minister 2013-2015", "-"),
    ("Magnus Brunner", "", "European Commission", "European Commissioner for Internal Affairs and Migration", "Dec 2024-; Austrian Finance Minister 2021-2024"),
    ("Jessika Roswall", "", "European Commission", "European Commissioner for the Environment", "Dec 2024-"),
    ("Piotr Serafin", "", "European Commission", "European Commissioner for Budget", "Dec 2024-"),
    ("Dan Jørgensen", "Dan Jorgensen|Dan Joergensen", "European Commission", "European Commissioner for Energy and Housing", "Dec 2024-; Danish Minister for Development Cooperation and Global Climate Policy 2022-2024"),
    ("Apostolos Tzitzikostas", "", "European Commission", "European Commissioner for Sustainable Transport and Tourism", "Dec 2024-"),
    ("Christophe Hansen", "", "European Commission", "European Commissioner for Agriculture", "Dec 2024-"),
    ("Glenn Micallef", "", "European Commission", "European Commissioner for Intergenerational Fairness, Youth, Culture and Sport", "Dec 2024-"),
]

# The UN Human Rights Council's special rapporteurs and the Secretary-General's special
# representatives whom the news quotes on a country or a right, 2020-2025 (each mandate's
# holders; Francesca Albanese and the country envoys were there).
RAPPORTEURS = [
    ("Tom Andrews", "Thomas Andrews", "United Nations", "UN Special Rapporteur on Myanmar", "2020-"),
    ("Richard Bennett", "", "United Nations", "UN Special Rapporteur on Afghanistan", "2022-"),
    ("Irene Khan", "", "United Nations", "UN Special Rapporteur on freedom of expression", "2020-; Secretary-General of Amnesty International 2001-2009", "-"),
    ("Ben Saul", "", "United Nations", "UN Special Rapporteur on counter-terrorism and human rights", "2023-", "-"),
    ("Fionnuala Ní Aoláin", "Fionnuala Ni Aolain", "United Nations", "Former UN Special Rapporteur on counter-terrorism and human rights", "2017-2023", "Ní Aoláin|-"),
    ("Margaret Satterthwaite", "", "United Nations", "UN Special Rapporteur on the independence of judges and lawyers", "2022-"),
    ("Reem Alsalem", "", "United Nations", "UN Special Rapporteur on violence against women", "2021-"),
    ("Clément Voule", "Clement Voule|Clément Nyaletsossi Voule", "United Nations", "Former UN Special Rapporteur on freedom of peaceful assembly", "2018-2024"),
    ("Tlaleng Mofokeng", "", "United Nations", "UN Special Rapporteur on the right to health", "2020-"),
    ("Morris Tidball-Binz", "", "United Nations", "UN Special Rapporteur on extrajudicial executions", "2021-"),
    ("Paula Gaviria Betancur", "Paula Gaviria", "United Nations", "UN Special Rapporteur on the human rights of internally displaced persons", "2022-", "Gaviria|-"),
    ("Najat Maalla M'jid", "Najat Maalla Mjid", "United Nations", "UN Special Representative on Violence against Children", "2019-", "-"),
    ("Ilze Brands Kehris", "", "United Nations", "UN Assistant Secretary-General for Human Rights", "2020-", "-"),
    ("Adama Dieng", "", "United Nations", "Former UN Special Adviser on the Prevention of Genocide", "2012-2020"),
    ("Peter Mathuki", "", "East African Community", "Former Secretary General of the EAC", "2021-2024"),
    ("Mikhail Myasnikovich", "Mikhail Miasnikovich", "Eurasian Economic Union", "Former Chairman of the Eurasian Economic Commission", "2020-2024; Prime Minister of Belarus 2010-2014"),
    ("Bakytzhan Sagintayev", "Bakhytzhan Sagintayev", "Eurasian Economic Union", "Chairman of the Eurasian Economic Commission", "2024-; Prime Minister of Kazakhstan 2016-2019"),
    ("Børge Brende", "Borge Brende|Boerge Brende", "World Economic Forum", "President of the World Economic Forum", "2017-; Norwegian Foreign Minister 2013-2017"),
    ("Klaus Schwab", "", "World Economic Forum", "Founder of the World Economic Forum", "executive chairman 1971-2025"),
]

# US combatant and forces commanders of 2020-2025 and an official that people.tsv lacked
# (the commanders of CENTCOM, INDOPACOM, EUCOM and AFRICOM the news names most were there).
COMMANDERS = [
    ("Laura Richardson", "", "United States", "Former Commander of US Southern Command", "Oct 2022-Nov 2024; an Army general"),
    ("Alvin Holsey", "", "United States", "Former Commander of US Southern Command", "Nov 2024-Dec 2025; a Navy admiral"),
    ("Stephen Townsend", "Stephen J. Townsend", "United States", "Former Commander of US Africa Command", "2019-2022; an Army general", "-"),
    ("Dagvin Anderson", "Dagvin R. M. Anderson", "United States", "Commander of US Africa Command", "2025-; an Air Force general", "-"),
    ("Paul LaCamera", "Paul J. LaCamera", "United States", "Former Commander of US Forces Korea", "2021-Dec 2024; an Army general"),
    ("Xavier Brunson", "Xavier T. Brunson", "United States", "Commander of US Forces Korea", "Dec 2024-; an Army general"),
    ("Bryan Fenton", "Bryan P. Fenton", "United States", "Former Commander of US Special Operations Command", "2022-2025; an Army general"),
    ("Tom Homan", "Thomas Homan", "United States", "White House border czar", "2025-; acting Director of ICE 2017-2018"),
]

# Leaders of regions, cities and oppositions and detained figures the war and election
# news names, absent under every spelling.
FIGURES = [
    ("Vitali Klitschko", "Vitaliy Klitschko|Vitalii Klitschko|Vitalii Klychko", "Ukraine", "Mayor of Kyiv", "2014-; a former boxing world champion"),
    ("Denis Pushilin", "", "Russia", "Russian-installed head of the Donetsk region", "2018-"),
    ("Leonid Pasechnik", "", "Russia", "Russian-installed head of the Luhansk region", "2017-"),
    ("Vladimir Saldo", "", "Russia", "Russian-installed governor of the Kherson region", "2022-"),
    ("Yevgeny Balitsky", "Yevgeny Balitskiy|Yevhen Balytskyi", "Russia", "Russian-installed governor of the Zaporizhzhia region", "2022-"),
    ("Yulia Navalnaya", "Yulia Navalnaia", "Russia", "Opposition leader", "widow of Alexei Navalny"),
    ("Vladimir Kara-Murza", "Vladimir Kara Murza", "Russia", "Opposition politician", "jailed 2022-Aug 2024, freed in a prisoner exchange"),
    ("Evan Gershkovich", "", "United States", "Journalist", "Wall Street Journal reporter detained in Russia Mar 2023-Aug 2024"),
    ("Tarique Rahman", "", "Bangladesh", "BNP leader", "acting chairman of the Bangladesh Nationalist Party 2018-; son of Khaleda Zia", "-"),
    ("Ko Wen-je", "Ko Wen-jie", "Taiwan", "Former Mayor of Taipei", "2014-2022; founder of the Taiwan People's Party", "-"),
    ("Cheng Li-wun", "Cheng Li-wen", "Taiwan", "Kuomintang chairwoman", "Oct 2025-", "-"),
]

GAPS = OFFICE_GAPS + IGO_HEADS + DEPUTIES + COMMISSIONERS + RAPPORTEURS + COMMANDERS + FIGURES
