"""Organizations a diplomacy or security story names that organizations.tsv lacked (issue
12, "coverage", chosen by category, never by article): intelligence and security
services of the states the news follows, armed groups of the conflicts of 2020-2025,
major political parties, news agencies and outlets. Each category's usual members were
looked up in the gazetteer's names and aliases (folded) and the ones absent under
every spelling written here, from Wikipedia's "List of intelligence agencies", the
articles on each conflict, "List of political parties in X" and "List of news
agencies". Rows as in orgs_world.py: (name, aliases, affiliation, notes).

Acronyms that are words or name something else the news names are left out: "MIT"
(the university) for Turkey's intelligence organization, "RAW" for India's, "ADF"
(the Australian Defence Force) for the Allied Democratic Forces, "PDF" for Myanmar's
People's Defence Force (and its name without "Myanmar": Tanzania's army is the People's
Defence Force too), "MSS" for China's Ministry of State Security (the Multinational
Security Support mission in Haiti), "KIA" (the carmaker) for the Kachin Independence Army, "ENA",
"MAP", "TAP" and "ANP" for news agencies, "Aman" for Israel's military intelligence,
"Vox" (the US outlet) for Spain's party, "Dawn" for Pakistan's newspaper, "NSA" (India's
national security adviser: "NSA Doval"), "AAP" (the Aam Aadmi Party) for Australian
Associated Press, "SLPP" (also Sierra Leone's ruling party), "CSIS" (a Washington
think tank) and "LeT" (the word "let"); so are names that are everyday phrases
("National Unity", "European Solidarity", "New Democracy", "Broad Front" alone) and
"Nikkei" alone (the stock index).
"""

BODIES = [
    # Intelligence and security services
    ("National Security Agency", "US National Security Agency|U.S. National Security Agency", "United States", "US signals intelligence agency"),
    ("Defense Intelligence Agency", "DIA|US Defense Intelligence Agency|Pentagon's Defense Intelligence Agency", "United States", "US military intelligence agency"),
    ("Federal Security Service", "FSB|Russia's Federal Security Service|Russian Federal Security Service", "Russia", "Russia's domestic security service"),
    ("Russian Foreign Intelligence Service", "SVR|Russia's Foreign Intelligence Service|Foreign Intelligence Service of Russia", "Russia", "Russia's foreign intelligence service"),
    ("GRU", "Russian military intelligence|Russia's military intelligence|GRU military intelligence", "Russia", "Russia's military intelligence (Main Directorate of the General Staff)"),
    ("Secret Intelligence Service", "MI6|Britain's Secret Intelligence Service|British Secret Intelligence Service", "United Kingdom", "Britain's foreign intelligence service"),
    ("MI5", "Britain's Security Service|British Security Service", "United Kingdom", "Britain's domestic security service"),
    ("GCHQ", "Government Communications Headquarters", "United Kingdom", "Britain's signals intelligence agency"),
    ("DGSE", "Directorate-General for External Security|General Directorate for External Security|French foreign intelligence service", "France", "France's foreign intelligence service"),
    ("DGSI", "General Directorate for Internal Security|Directorate-General for Internal Security", "France", "France's domestic intelligence service"),
    ("Bundesnachrichtendienst", "BND|German Federal Intelligence Service|Germany's Federal Intelligence Service|German foreign intelligence service", "Germany", "Germany's foreign intelligence service"),
    ("Federal Office for the Protection of the Constitution", "BfV|Germany's domestic intelligence agency|German domestic intelligence agency", "Germany", "Germany's domestic intelligence service"),
    ("Security Service of Ukraine", "SBU|Ukraine's Security Service|Ukrainian Security Service|Ukraine's SBU security service", "Ukraine", "Ukraine's security service"),
    ("Defence Intelligence of Ukraine", "HUR|GUR|Defense Intelligence of Ukraine|Ukrainian military intelligence|Ukraine's military intelligence|Ukraine's Defence Intelligence|Ukraine's Defense Intelligence|Main Intelligence Directorate of Ukraine|Ukrainian Defence Intelligence|Ukrainian Defense Intelligence", "Ukraine", "Ukraine's military intelligence (HUR)"),
    ("Ministry of State Security", "China's Ministry of State Security|Chinese Ministry of State Security", "China", "China's intelligence and security ministry"),
    ("Inter-Services Intelligence", "ISI|Pakistan's Inter-Services Intelligence|Inter-Services Intelligence agency|Pakistani Inter-Services Intelligence", "Pakistan", "Pakistan's military intelligence agency"),
    ("Research and Analysis Wing", "R&AW|India's Research and Analysis Wing|Indian Research and Analysis Wing", "India", "India's foreign intelligence agency"),
    ("National Intelligence Service of South Korea", "South Korea's National Intelligence Service|South Korean National Intelligence Service|South Korea's spy agency", "South Korea", "South Korea's intelligence service (NIS)"),
    ("Public Security Intelligence Agency", "Japan's Public Security Intelligence Agency", "Japan", "Japan's domestic intelligence agency"),
    ("Iranian Intelligence Ministry", "Iran's Intelligence Ministry|Iranian Ministry of Intelligence|Ministry of Intelligence of Iran|Iran's Ministry of Intelligence|MOIS", "Iran", "Iran's intelligence ministry"),
    ("IRGC Intelligence Organization", "Intelligence Organization of the IRGC|IRGC intelligence|Revolutionary Guards' intelligence organization", "Iran", "intelligence arm of the Revolutionary Guards"),
    ("Israeli Military Intelligence Directorate", "IDF Military Intelligence Directorate|IDF Intelligence Directorate|Israeli military intelligence|Israel's Military Intelligence Directorate|Israel's military intelligence", "Israel", "the IDF's intelligence directorate (Aman)"),
    ("Canadian Security Intelligence Service", "Canada's spy agency", "Canada", "Canada's security intelligence service"),
    ("Australian Security Intelligence Organisation", "ASIO|Australian Security Intelligence Organization", "Australia", "Australia's domestic intelligence service"),
    ("Afghan General Directorate of Intelligence", "General Directorate of Intelligence of Afghanistan|Taliban intelligence agency", "Afghanistan", "the Taliban government's intelligence service (GDI)"),

    # Armed groups of the conflicts of 2020-2025
    ("Haqqani network", "", "", "Afghan militant network; its leader Sirajuddin Haqqani is the Taliban government's interior minister"),
    ("Lashkar-e-Taiba", "Lashkar-e-Tayyiba|Lashkar-e-Toiba", "", "Pakistan-based militant group (Mumbai 2008)"),
    ("Jaish-e-Mohammed", "Jaish-e-Muhammad|Jaish-e-Mohammad|JeM", "", "Pakistan-based militant group (Pulwama 2019)"),
    ("The Resistance Front", "TRF", "", "Kashmiri militant group, claimed the Pahalgam attack of April 2025"),
    ("Islamic State West Africa Province", "ISWAP|Islamic State in West Africa|Islamic State West Africa", "", "Islamic State branch in the Lake Chad basin"),
    ("Islamic State Sahel Province", "Islamic State in the Greater Sahara|ISGS|IS Sahel", "", "Islamic State branch in the Sahel"),
    ("Allied Democratic Forces", "", "", "Ugandan-origin armed group in eastern Congo, Islamic State affiliate"),
    ("CODECO", "Cooperative for the Development of Congo", "", "armed group in Ituri, eastern Congo"),
    ("Lord's Resistance Army", "LRA", "", "Ugandan armed group led by Joseph Kony"),
    ("Oromo Liberation Army", "", "", "armed group in Ethiopia's Oromia region"),
    ("Kachin Independence Army", "Kachin Independence Organisation|Kachin Independence Organization", "", "ethnic armed group in Myanmar"),
    ("Three Brotherhood Alliance", "Brotherhood Alliance", "", "alliance of the Arakan Army, the MNDAA and the TNLA in Myanmar (Operation 1027)"),
    ("Myanmar National Democratic Alliance Army", "MNDAA", "", "ethnic Kokang armed group in Myanmar"),
    ("Ta'ang National Liberation Army", "TNLA|Taang National Liberation Army", "", "ethnic armed group in Myanmar"),
    ("Myanmar People's Defence Force", "Myanmar's People's Defence Force|Myanmar People's Defense Force|Myanmar's People's Defense Force", "", "armed wing of Myanmar's National Unity Government"),
    ("Sinaloa Cartel", "Cartel de Sinaloa", "", "Mexican drug cartel, designated a terrorist organization by the US in 2025"),
    ("Jalisco New Generation Cartel", "CJNG|Cartel Jalisco Nueva Generación", "", "Mexican drug cartel, designated a terrorist organization by the US in 2025"),
    ("Tren de Aragua", "", "", "Venezuelan gang, designated a terrorist organization by the US in 2025"),
    ("MS-13", "Mara Salvatrucha", "", "transnational gang, designated a terrorist organization by the US in 2025"),
    ("Viv Ansanm", "", "", "coalition of Haitian gangs formed 2023"),

    # Political parties
    ("Liberal Democrats", "Lib Dems|Lib Dem", "United Kingdom", "UK political party"),
    ("Scottish National Party", "SNP", "United Kingdom", "UK political party"),
    ("La France Insoumise", "France Unbowed|LFI", "France", "French political party"),
    ("Forza Italia", "", "Italy", "Italian political party"),
    ("Lega", "Northern League|Lega Nord|League party", "Italy", "Italian political party led by Matteo Salvini"),
    ("Spanish People's Party", "Partido Popular|Spain's People's Party|Spain's conservative Popular Party|Spanish Popular Party", "Spain", "Spanish political party"),
    ("Vox party", "Spain's Vox party|Spanish far-right Vox party", "Spain", "Spanish political party"),
    ("Sumar", "", "Spain", "Spanish political alliance"),
    ("Tisza Party", "Respect and Freedom Party", "Hungary", "Hungarian opposition party led by Péter Magyar"),
    ("Freedom Party of Austria", "FPÖ|FPO|Austria's Freedom Party|Austrian Freedom Party", "Austria", "Austrian political party"),
    ("Sweden Democrats", "", "Sweden", "Swedish political party"),
    ("Finns Party", "", "Finland", "Finnish political party"),
    ("Greece's New Democracy", "New Democracy party|Greek New Democracy|Nea Dimokratia", "Greece", "Greek political party"),
    ("Syriza", "", "Greece", "Greek political party"),
    ("Smer", "Smer-SD|Smer-SSD", "Slovakia", "Slovak political party led by Robert Fico"),
    ("Party for Freedom", "PVV|Dutch Party for Freedom", "Netherlands", "Dutch political party led by Geert Wilders"),
    ("European Solidarity party", "", "Ukraine", "Ukrainian opposition party led by Petro Poroshenko"),
    ("Peoples' Equality and Democracy Party", "DEM Party|Peoples' Equality and Democracy Party (DEM)", "Turkey", "Turkish pro-Kurdish party, successor of the HDP"),
    ("Bangladesh Jamaat-e-Islami", "Jamaat-e-Islami Bangladesh", "Bangladesh", "Bangladeshi Islamist party"),
    ("National Citizen Party", "National Citizen Party of Bangladesh", "Bangladesh", "Bangladeshi party founded by the 2024 student leaders"),
    ("Nepali Congress", "", "Nepal", "Nepali political party"),
    ("Sri Lanka Podujana Peramuna", "Podujana Peramuna", "Sri Lanka", "Sri Lankan political party of the Rajapaksas"),
    ("Aam Aadmi Party", "AAP party", "India", "Indian political party"),
    ("Liberal Democratic Party of Japan", "Japan's Liberal Democratic Party|Japan's ruling Liberal Democratic Party", "Japan", "Japanese political party"),
    ("Democratic Progressive Party of Taiwan", "Taiwan's Democratic Progressive Party|Taiwan's ruling Democratic Progressive Party", "Taiwan", "Taiwanese political party"),
    ("Taiwan People's Party", "TPP of Taiwan", "Taiwan", "Taiwanese political party"),
    ("People's Action Party", "Singapore's People's Action Party", "Singapore", "Singaporean political party"),
    ("Movement for Socialism", "Movimiento al Socialismo", "Bolivia", "Bolivian political party"),
    ("Frente Amplio", "Uruguay's Broad Front", "Uruguay", "Uruguayan political coalition"),
    ("Nuevas Ideas", "New Ideas party", "El Salvador", "Salvadoran political party of Nayib Bukele"),
    ("Fuerza Popular", "Popular Force party", "Peru", "Peruvian political party of Keiko Fujimori"),

    # Multinational missions and operations of 2020-2025 (the UN's own peacekeeping
    # missions were there already)
    ("Multinational Security Support Mission", "Multinational Security Support mission in Haiti|Haiti Multinational Security Support mission|Kenya-led Multinational Security Support mission|Multinational Security Support (MSS) mission|MSS mission", "", "UN-authorised, Kenya-led mission supporting the Haitian National Police 2023-2025"),
    ("African Union Transition Mission in Somalia", "ATMIS|AU Transition Mission in Somalia", "African Union", "AU mission in Somalia 2022-2024, after AMISOM"),
    ("African Union Mission in Somalia", "AMISOM|AU Mission in Somalia", "African Union", "AU mission in Somalia 2007-2022"),
    ("African Union Support and Stabilization Mission in Somalia", "AUSSOM|AU Support and Stabilization Mission in Somalia", "African Union", "AU mission in Somalia 2025-"),
    ("SADC Mission in the Democratic Republic of Congo", "SAMIDRC|SADC Mission in the DRC", "Southern African Development Community", "SADC force in eastern DR Congo 2023-2025"),
    ("United Nations Integrated Office in Haiti", "BINUH|UN Integrated Office in Haiti", "United Nations", "UN political mission in Haiti 2019-"),
    ("Operation Prosperity Guardian", "", "United States", "US-led maritime coalition in the Red Sea 2023-"),
    ("Operation Inherent Resolve", "Combined Joint Task Force-Operation Inherent Resolve|CJTF-OIR", "United States", "US-led coalition against the Islamic State 2014-"),
    ("Resolute Support Mission", "Operation Resolute Support|NATO's Resolute Support mission", "NATO", "NATO mission in Afghanistan 2015-2021"),
    ("EUNAVFOR Aspides", "Operation Aspides|EU Operation Aspides", "European Union", "EU naval operation in the Red Sea 2024-"),
    ("EUNAVFOR Atalanta", "Operation Atalanta|EU Operation Atalanta", "European Union", "EU naval operation off Somalia 2008-"),

    # News agencies and outlets
    ("Australian Associated Press", "", "Australia", "Australian news agency"),
    ("Hungarian News Agency", "MTI", "Hungary", "Hungarian news agency"),
    ("Netherlands News Agency", "Algemeen Nederlands Persbureau", "Netherlands", "Dutch news agency (ANP)"),
    ("Télam", "Telam", "Argentina", "Argentine news agency"),
    ("Notimex", "", "Mexico", "Mexican news agency"),
    ("Taiwan Central News Agency", "Taiwan's Central News Agency|Focus Taiwan", "Taiwan", "Taiwanese news agency"),
    ("Ukrainska Pravda", "", "Ukraine", "Ukrainian newspaper"),
    ("Kyiv Independent", "The Kyiv Independent", "Ukraine", "Ukrainian English-language news site"),
    ("Meduza", "", "Russia", "Russian independent news site"),
    ("Novaya Gazeta", "", "Russia", "Russian independent newspaper"),
    ("Kommersant", "", "Russia", "Russian newspaper"),
    ("Izvestia", "", "Russia", "Russian newspaper"),
    ("China Daily", "", "China", "Chinese state newspaper"),
    ("People's Daily", "", "China", "newspaper of the Chinese Communist Party"),
    ("Times of India", "The Times of India", "India", "Indian newspaper"),
    ("Hindustan Times", "", "India", "Indian newspaper"),
    ("The Indian Express", "Indian Express", "India", "Indian newspaper"),
    ("NDTV", "", "India", "Indian broadcaster"),
    ("Geo News", "Geo TV", "Pakistan", "Pakistani broadcaster"),
    ("Dawn newspaper", "Pakistan's Dawn newspaper", "Pakistan", "Pakistani newspaper"),
    ("The Express Tribune", "Express Tribune", "Pakistan", "Pakistani newspaper"),
    ("Arirang TV", "Arirang", "South Korea", "South Korean broadcaster"),
    ("Korea JoongAng Daily", "JoongAng Ilbo", "South Korea", "South Korean newspaper"),
    ("The Korea Herald", "Korea Herald", "South Korea", "South Korean newspaper"),
    ("Asahi Shimbun", "The Asahi Shimbun", "Japan", "Japanese newspaper"),
    ("Yomiuri Shimbun", "The Yomiuri Shimbun", "Japan", "Japanese newspaper"),
    ("Nikkei Asia", "Nikkei Asian Review", "Japan", "Japanese business newspaper"),
    ("Radio France Internationale", "RFI", "France", "French international broadcaster"),
    ("Frankfurter Allgemeine Zeitung", "FAZ", "Germany", "German newspaper"),
    ("Bild", "Bild newspaper", "Germany", "German newspaper"),
    ("Corriere della Sera", "", "Italy", "Italian newspaper"),
    ("El País", "El Pais", "Spain", "Spanish newspaper"),
    ("Iran International", "", "", "Persian-language broadcaster based in London"),
    # Central banks the generated "Central Bank of X" rows leave out (Poland's
    # ministries and bodies are hand-written rows, so none is generated for it).
    ("National Bank of Poland", "Narodowy Bank Polski|Polish central bank|Poland's central bank", "Poland", "Poland's central bank"),
    # Legislatures and advisory bodies the generated "X Parliament" rows leave out.
    ("Sejm", "Polish Sejm|Poland's Sejm|Sejm of Poland", "Poland", "the lower house of Poland's parliament"),
    ("Legislative Yuan", "Taiwan's Legislative Yuan|Taiwanese Legislative Yuan", "Taiwan", "Taiwan's legislature"),
    ("Chinese People's Political Consultative Conference", "CPPCC|China's top political advisory body", "China", "China's top political advisory body"),
    # The parties that govern Iraq's Kurdistan Region.
    ("Kurdistan Democratic Party", "KDP", "Iraq", "the Barzani family's party, which leads the Kurdistan Regional Government"),
    ("Patriotic Union of Kurdistan", "PUK", "Iraq", "the Talabani family's party in Iraq's Kurdistan Region"),
]
