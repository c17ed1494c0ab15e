"""Office-holders of 2020-2025 still missing after people_terms.py, and the other offices
diplomacy news names (issue 12, "coverage", a tenth pass chosen by office, never by
article).

OFFICE_GAPS: the holders of the empty office-years that `tools/coverage.py --from 2020
--to 2025 --each-year` still listed (heads of state and government, foreign and defence
ministers) that we were sure of; a holder already in people.tsv whose `notes` lacked the
years of that office got them there instead (Prabowo Subianto's defence ministry,
Micheál Martin's first term as Taoiseach ...).

The other classes (UN_AMBASSADORS, SECURITY_ADVISERS, MILITARY_CHIEFS,
INTELLIGENCE_CHIEFS, CENTRAL_BANKERS, IGO_HEADS, SPOKESPEOPLE): each office's holders of
2023-2025 (and their predecessors of 2020-2022 where the news still names them) looked up
in the gazetteer's names and aliases (folded), and those absent under every spelling
written here, from each office's list of holders; a holder whose name or dates we could
not confirm is left out.

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

    ("Vicente Zeballos", "", "Peru", "Former Prime Minister", "Prime Minister Sep 2019-Jul 2020"),
    ("Pedro Cateriano", "", "Peru", "Former Prime Minister", "Prime Minister Jul-Aug 2020 (also 2015-2016)"),
    ("Walter Martos", "", "Peru", "Former Prime Minister", "Prime Minister Aug-Nov 2020; Defence Minister 2019-2020 and 2021-2022"),
    ("Violeta Bermúdez", "Violeta Bermudez", "Peru", "Former Prime Minister", "Prime Minister Nov 2020-Jul 2021"),
    ("Guido Bellido", "", "Peru", "Former Prime Minister", "Prime Minister Jul-Oct 2021"),
    ("Mirtha Vásquez", "Mirtha Vasquez", "Peru", "Former Prime Minister", "Prime Minister Oct 2021-Feb 2022; President of Congress 2020-2021"),

    # --- foreign ministers ---
    ("Marcel Amon-Tanoh", "Marcel Amon Tanoh", "Ivory Coast", "Former Foreign Minister", "Foreign Minister 2016-Mar 2020"),
    ("Luís Filipe Tavares", "Luis Filipe Tavares", "Cape Verde", "Former Foreign Minister", "Foreign Minister 2016-2021", "Filipe Tavares|-"),
    ("Jean-Victor Harvel Jean-Baptiste", "Harvel Jean-Baptiste|Jean Victor Harvel Jean-Baptiste", "Haiti", "Foreign Minister", "Nov 2024-", "Harvel Jean-Baptiste|-"),
    ("Simon Coveney", "", "Ireland", "Former Foreign Minister", "Foreign Minister 2017-Dec 2022; Defence Minister Jun 2020-Dec 2022; Tanaiste 2017-2020; Enterprise Minister 2022-2024"),
    ("Vladimir Makei", "Uladzimir Makei|Vladimir Makey", "Belarus", "Former Foreign Minister", "Foreign Minister 2012-Nov 2022; died Nov 2022"),
    ("Mohammad Haneef Atmar", "Haneef Atmar|Hanif Atmar|Mohammad Hanif Atmar", "Afghanistan", "Former Foreign Minister", "Foreign Minister 2020-Aug 2021 (Islamic Republic); National Security Adviser 2014-2018"),
    ("Mohamed Taha Siala", "Mohammed Taha Siala", "Libya", "Former Foreign Minister", "Foreign Minister 2016-Mar 2021 (Government of National Accord)"),
    ("Katrin Eggenberger", "", "Liechtenstein", "Former Foreign Minister", "Foreign Minister 2019-Mar 2021"),
    ("Eisenhower Mkaka", "", "Malawi", "Former Foreign Minister", "Foreign Minister Jul 2020-2022"),

    # --- defence ministers ---
    ("Aimé Ngoy Mukena", "Aime Ngoy Mukena", "Democratic Republic of the Congo", "Former Defence Minister", "Defence Minister 2019-Apr 2021", "Ngoy Mukena|-"),
    ("Davies Chama", "", "Zambia", "Former Defence Minister", "Defence Minister 2016-2021", "-"),
    ("Marie-Noëlle Koyara", "Marie-Noelle Koyara", "Central African Republic", "Former Defence Minister", "Defence Minister 2016-2021"),
    ("Asadullah Khalid", "", "Afghanistan", "Former Defence Minister", "Defence Minister 2019-2021 (acting; Islamic Republic)", "-"),
    ("Peeni Henare", "", "New Zealand", "Former Defence Minister", "Defence Minister Nov 2020-Jun 2022"),
    ("Andrew Little", "", "New Zealand", "Former Defence Minister", "Defence Minister Jun 2022-Nov 2023; Justice Minister 2017-2020", "-"),
    ("Vincent Ssempijja", "Vincent Bamulangaki Ssempijja|Vincent Sempijja", "Uganda", "Former Defence Minister", "Defence Minister 2019-Mar 2024"),
    ("Hussein Mwinyi", "Hussein Ali Mwinyi", "Tanzania", "Zanzibar President", "Defence Minister 2014-2020; President of Zanzibar Nov 2020-", "-"),
]

# Ambassadors to the UN (permanent representatives and their deputies) of the Security
# Council's members of 2023-2025 and of the regional powers its debates name; those of
# the permanent five, Israel, Iran, Ukraine, Palestine, India, Pakistan and the Gulf were
# in people.tsv already.
UN_AMBASSADORS = [
    ("Kazuyuki Yamazaki", "", "Japan", "Ambassador to the UN", "2023-"),
    ("Kimihiro Ishikane", "", "Japan", "Former Ambassador to the UN", "2019-2023"),
    ("Hwang Joon-kook", "Hwang Joon Kook|Hwang Joon-kuk", "South Korea", "Ambassador to the UN", "2022-", "-"),
    ("Amar Bendjama", "", "Algeria", "Ambassador to the UN", "2022-"),
    ("Mathu Joyini", "", "South Africa", "Ambassador to the UN", "2020-"),
    ("Qusay al-Dahhak", "Koussay al-Dahhak|Qusay Al-Dahhak|Koussay Aldahhak", "Syria", "Ambassador to the UN", "2024-"),
    ("Antje Leendertse", "", "Germany", "Ambassador to the UN", "2021-"),
    ("Maurizio Massari", "", "Italy", "Ambassador to the UN", "2021-"),
    ("Martin Kimani", "", "Kenya", "Former Ambassador to the UN", "2020-2023"),
    ("Harold Agyeman", "Harold Adlai Agyeman", "Ghana", "Ambassador to the UN", "2021-"),
    ("Vanessa Frazier", "", "Malta", "Ambassador to the UN", "2020-"),
    ("Pascale Baeriswyl", "", "Switzerland", "Ambassador to the UN", "2021-"),
    ("Carolyn Rodrigues-Birkett", "Carolyn Rodrigues Birkett", "Guyana", "Ambassador to the UN", "2021-; Foreign Minister 2008-2015"),
    ("Samuel Žbogar", "Samuel Zbogar", "Slovenia", "Ambassador to the UN", "2023-; Foreign Minister 2008-2012"),
    ("Christina Markus Lassen", "", "Denmark", "Ambassador to the UN", "2023-", "Markus Lassen|-"),
    ("Anna Evstigneeva", "Anna Yevstigneyeva", "Russia", "Deputy Ambassador to the UN", "deputy permanent representative to the UN"),
    ("Dai Bing", "", "China", "Deputy Ambassador to the UN", "deputy permanent representative to the UN", "-"),
]

# National security advisers and secretaries of security councils not in people.tsv.
SECURITY_ADVISERS = [
    ("Nathalie Drouin", "", "Canada", "National Security and Intelligence Advisor", "2024-; deputy clerk of the Privy Council"),
    ("Hamdullah Mohib", "", "Afghanistan", "Former National Security Adviser", "2018-Aug 2021 (Islamic Republic)"),
    ("Armen Grigoryan", "", "Armenia", "Secretary of the Security Council", "2019-", "-"),
    ("Hikmet Hajiyev", "Hikmat Hajiyev", "Azerbaijan", "Foreign policy adviser to the President", "assistant to the President and head of the Presidential Administration's foreign policy department"),
]

# Commanders and chiefs of staff not in people.tsv.
MILITARY_CHIEFS = [
    ("Manoj Pande", "", "India", "Former Chief of the Army Staff", "2022-Jun 2024", "-"),
    ("Dinesh K. Tripathi", "Dinesh Kumar Tripathi|Admiral Dinesh K. Tripathi", "India", "Chief of the Naval Staff", "Apr 2024-", "-"),
    ("Gholam Ali Rashid", "Gholamali Rashid|Gholam-Ali Rashid", "Iran", "Former commander of Khatam al-Anbiya Central Headquarters", "2016-Jun 2025; killed Jun 2025", "-"),
    ("Sergei Surovikin", "Sergey Surovikin", "Russia", "Former commander of Russia's forces in Ukraine", "Oct 2022-Jan 2023; commander of the Aerospace Forces 2017-2023"),
    ("Shams al-Din Kabbashi", "Shamseldin Kabbashi|Shams El Din Kabbashi|Shams al-Din al-Kabbashi", "Sudan", "Deputy Commander-in-Chief of the Sudanese Armed Forces", "member of the Sovereignty Council 2019-"),
    ("Yasser al-Atta", "Yasir al-Atta|Yasser al-Ata", "Sudan", "Assistant Commander-in-Chief of the Sudanese Armed Forces", "member of the Sovereignty Council 2019-"),
    ("Andres Centino", "", "Philippines", "Former Chief of Staff of the Armed Forces of the Philippines", "Nov 2021-Aug 2022 and Jan-Jul 2023"),
    ("Mei Chia-shu", "", "Taiwan", "Chief of the General Staff", "2023-", "-"),
]

# Heads of intelligence services not in people.tsv.
INTELLIGENCE_CHIEFS = [
    ("Oleh Ivashchenko", "Oleg Ivashchenko", "Ukraine", "Head of the Foreign Intelligence Service", "2024-"),
]

# Governors of central banks of the G20's members and of the economies the news on
# sanctions, debt and rates names, and the boards of the Federal Reserve and the ECB,
# 2023-2025, where people.tsv lacked them (the G20's governors were there already).
CENTRAL_BANKERS = [
    ("Erik Thedéen", "Erik Thedeen", "Sweden", "Governor of the Riksbank", "2023-"),
    ("Ida Wolden Bache", "", "Norway", "Governor of Norges Bank", "2022-", "Wolden Bache|-"),
    ("Adrian Orr", "", "New Zealand", "Former Governor of the Reserve Bank of New Zealand", "2018-Mar 2025", "-"),
    ("Adam Glapiński", "Adam Glapinski", "Poland", "President of the National Bank of Poland", "2016-"),
    ("György Matolcsy", "Gyorgy Matolcsy", "Hungary", "Former Governor of the Hungarian National Bank", "2013-Mar 2025"),
    ("Mihály Varga", "Mihaly Varga", "Hungary", "Governor of the Hungarian National Bank", "Mar 2025-; finance minister until 2025"),
    ("Nandalal Weerasinghe", "", "Sri Lanka", "Governor of the Central Bank of Sri Lanka", "2022-"),
    ("Kamau Thugge", "", "Kenya", "Governor of the Central Bank of Kenya", "2023-"),
    ("Ernest Addison", "", "Ghana", "Former Governor of the Bank of Ghana", "2017-2025", "-"),
    ("Riad Salameh", "Riad Salame", "Lebanon", "Former Governor of the Banque du Liban", "1993-Jul 2023"),
    ("Wassim Mansouri", "", "Lebanon", "Former acting Governor of the Banque du Liban", "Aug 2023-2025", "-"),
    ("Karim Souaid", "", "Lebanon", "Governor of the Banque du Liban", "2025-"),
    ("Isabel Schnabel", "", "European Central Bank", "Member of the ECB Executive Board", "2020-"),
    ("Philip Lane", "", "European Central Bank", "Chief Economist of the ECB", "2019-", "-"),
    ("Luis de Guindos", "", "European Central Bank", "Vice-President of the ECB", "2018-; Spain's economy minister 2011-2018"),
    ("Philip Jefferson", "Philip N. Jefferson", "United States", "Vice Chair of the Federal Reserve", "Sep 2023-; Fed governor 2022-", "-"),
    ("Michael Barr", "Michael S. Barr", "United States", "Federal Reserve Governor", "Fed governor 2022-; vice chair for supervision 2022-Feb 2025", "-"),
    ("Christopher Waller", "Christopher J. Waller", "United States", "Federal Reserve Governor", "2020-", "-"),
    ("Michelle Bowman", "Michelle W. Bowman", "United States", "Vice Chair for Supervision of the Federal Reserve", "Jun 2025-; Fed governor 2018-", "-"),
    ("Lisa Cook", "Lisa D. Cook", "United States", "Federal Reserve Governor", "2022-", "-"),
    ("Adriana Kugler", "", "United States", "Former Federal Reserve Governor", "Sep 2023-Aug 2025"),
    ("Stephen Miran", "", "United States", "Federal Reserve Governor", "Sep 2025-; chair of the Council of Economic Advisers 2025"),
    ("Ahsan Mansur", "Ahsan H. Mansur", "Bangladesh", "Governor of Bangladesh Bank", "Aug 2024-", "-"),
    ("Eli Remolona", "Eli Remolona Jr.", "Philippines", "Governor of the Bangko Sentral ng Pilipinas", "Jul 2023-"),
    ("Sethaput Suthiwartnarueput", "", "Thailand", "Former Governor of the Bank of Thailand", "2020-Sep 2025"),
    ("Abdul Rasheed Ghaffour", "", "Malaysia", "Governor of Bank Negara Malaysia", "2023-"),
    ("Nguyen Thi Hong", "Nguyễn Thị Hồng", "Vietnam", "Governor of the State Bank of Vietnam", "2020-", "-"),
    ("Rosanna Costa", "", "Chile", "President of the Central Bank of Chile", "2022-", "-"),
    ("Leonardo Villar", "", "Colombia", "Governor of the Bank of the Republic", "2021-"),
    ("Julio Velarde", "", "Peru", "President of the Central Reserve Bank of Peru", "2006-"),
]

# Heads of UN agencies and offices, development banks and regional bodies not in
# people.tsv.
IGO_HEADS = [
    ("Simon Stiell", "", "United Nations", "Executive Secretary of UN Climate Change", "2022-"),
    ("Anacláudia Rossbach", "Anaclaudia Rossbach", "United Nations", "Executive Director of UN-Habitat", "2024-"),
    ("Pierre-Olivier Gourinchas", "", "International Monetary Fund", "Chief Economist of the IMF", "2022-"),
    ("Robert Floyd", "", "United Nations", "Executive Secretary of the CTBTO", "2021-", "-"),
    ("Veronica Nduva", "", "East African Community", "Secretary General of the EAC", "2024-"),
    ("Zhang Ming", "", "Shanghai Cooperation Organisation", "Former Secretary-General of the SCO", "2022-2024", "-"),
    ("Imangali Tasmagambetov", "", "Collective Security Treaty Organization", "Secretary General of the CSTO", "2023-; Prime Minister of Kazakhstan 2002-2003"),
    ("Baron Waqa", "", "Pacific Islands Forum", "Secretary General of the Pacific Islands Forum", "2024-; President of Nauru 2013-2019"),
    ("Henry Puna", "", "Pacific Islands Forum", "Former Secretary General of the Pacific Islands Forum", "2021-2024; Prime Minister of the Cook Islands 2010-2020"),
    ("Benedict Oramah", "", "", "Former President of Afreximbank", "President of the African Export-Import Bank 2015-2025"),
    ("Francesco La Camera", "", "", "Director-General of IRENA", "Director-General of the International Renewable Energy Agency 2019-", "La Camera|-"),
    ("Mohamed Al Hassan", "Mohammed al-Hassan", "UNAMI", "Head of UNAMI", "2024-; an Omani diplomat", "-"),
    ("Carlos Ruiz Massieu", "", "United Nations", "Head of the UN Verification Mission in Colombia", "2019-", "Ruiz Massieu|-"),
    ("María Isabel Salvador", "Maria Isabel Salvador", "United Nations Integrated Office in Haiti", "Head of BINUH", "2022-; Foreign Minister of Ecuador 2007-2008", "-"),
    ("Najat Rochdi", "", "United Nations", "Deputy UN Special Envoy for Syria", "2021-"),
]

# Spokespeople not in people.tsv.
SPOKESPEOPLE = [
    ("Steffen Hebestreit", "", "Germany", "Former government spokesman", "Dec 2021-May 2025"),
    ("Stefan Kornelius", "", "Germany", "Government spokesman", "May 2025-"),
    ("Serhii Nykyforov", "Serhiy Nykyforov|Sergii Nykyforov", "Ukraine", "Presidential press secretary", "2019-"),
    ("Igor Konashenkov", "", "Russia", "Defence ministry spokesman", "defence ministry spokesman 2017-"),
    ("Wu Qian", "", "China", "Former defence ministry spokesman", "defence ministry spokesman until 2024", "-"),
    ("Zhang Xiaogang", "", "China", "Defence ministry spokesman", "2024-", "-"),
]

OFFICES = (OFFICE_GAPS + UN_AMBASSADORS + SECURITY_ADVISERS + MILITARY_CHIEFS
           + INTELLIGENCE_CHIEFS + CENTRAL_BANKERS + IGO_HEADS + SPOKESPEOPLE)

# Leaders of legislatures, parties and regions, senior aides and envoys, and US
# ambassadors, that diplomacy news of 2023-2025 names and people.tsv lacked under every
# spelling (each checked as the classes above).
OFFICIALS = [
    # US ambassadors
    ("Ken Salazar", "", "United States", "Former Ambassador to Mexico", "2021-Jan 2025; Interior Secretary 2009-2013"),
    ("Ronald Johnson", "Ronald D. Johnson", "United States", "Ambassador to Mexico", "2025-; ambassador to El Salvador 2019-2021", "-"),
    ("Timmy Davis", "Timmy T. Davis", "United States", "Former Ambassador to Qatar", "2022-2025", "-"),
    ("Martina Strong", "", "United States", "Former Ambassador to the United Arab Emirates", "2023-2025", "-"),
    ("Amy Gutmann", "", "United States", "Former Ambassador to Germany", "2022-2024"),
    ("Denise Bauer", "Denise Campbell Bauer", "United States", "Former Ambassador to France", "2021-2025", "-"),
    ("Charles Kushner", "", "United States", "Ambassador to France", "2025-", "-"),
    ("Jack Markell", "", "United States", "Former Ambassador to Italy", "2023-2025; Governor of Delaware 2009-2017"),
    ("MaryKay Carlson", "MaryKay Loss Carlson", "United States", "Former Ambassador to the Philippines", "2022-2025", "-"),
    # Russia
    ("Vladimir Medinsky", "", "Russia", "Presidential aide", "head of Russia's delegation at the Istanbul talks with Ukraine 2022 and 2025; culture minister 2012-2020"),
    ("Ramzan Kadyrov", "", "Russia", "Head of the Chechen Republic", "2007-"),
    ("Sergei Kiriyenko", "Sergey Kiriyenko|Sergei Kiriienko", "Russia", "First Deputy Chief of Staff of the Presidential Administration", "2016-; Prime Minister 1998"),
    ("Valentina Matviyenko", "Valentina Matvienko", "Russia", "Chairwoman of the Federation Council", "2011-"),
    ("Vyacheslav Volodin", "", "Russia", "Chairman of the State Duma", "2016-"),
    # Ukraine
    ("Ihor Zhovkva", "Igor Zhovkva", "Ukraine", "Deputy Head of the Presidential Office", "deputy head of the Office of the President for foreign policy"),
    ("Dmytro Lubinets", "Dmitry Lubinets", "Ukraine", "Human Rights Commissioner of the Verkhovna Rada", "2022-"),
    ("Ruslan Stefanchuk", "", "Ukraine", "Chairman of the Verkhovna Rada", "2021-"),
    # China
    ("Zhao Leji", "", "China", "Chairman of the Standing Committee of the National People's Congress", "2023-; member of the Politburo Standing Committee 2017-", "-"),
    ("Wang Huning", "", "China", "Chairman of the CPPCC", "2023-; member of the Politburo Standing Committee 2017-", "-"),
    ("Cai Qi", "", "China", "Director of the General Office of the Communist Party", "2022-; member of the Politburo Standing Committee 2022-", "-"),
    ("Wang Wentao", "", "China", "Commerce Minister", "2020-", "-"),
    ("Zhang Hanhui", "", "China", "Ambassador to Russia", "2019-", "-"),
    ("Wu Jianghao", "", "China", "Ambassador to Japan", "2023-", "-"),
    ("Xu Feihong", "", "China", "Ambassador to India", "2024-", "-"),
    ("Liu Pengyu", "", "China", "Spokesman of the Chinese Embassy in Washington", "spokesman of the embassy in the United States", "-"),
    # Middle East
    ("Michel Menassa", "", "Lebanon", "Defence Minister", "Feb 2025-"),
    ("Masoud Barzani", "Massoud Barzani|Masud Barzani", "Iraq", "Leader of the Kurdistan Democratic Party", "President of the Kurdistan Region 2005-2017; KDP leader"),
    ("Khaldoon al-Mubarak", "Khaldoon Al Mubarak|Khaldoon Khalifa Al Mubarak", "United Arab Emirates", "Chief executive of Mubadala", "Abu Dhabi's Mubadala Investment Company; chairman of Manchester City", "Khaldoon|-"),
    # Turkey
    ("Özgür Özel", "Ozgur Ozel", "Turkey", "Leader of the Republican People's Party", "CHP leader Nov 2023-"),
    ("Ekrem İmamoğlu", "Ekrem Imamoglu", "Turkey", "Mayor of Istanbul", "2019- (jailed Mar 2025); CHP"),
    ("Kemal Kılıçdaroğlu", "Kemal Kilicdaroglu", "Turkey", "Former Leader of the Republican People's Party", "CHP leader 2010-Nov 2023; presidential candidate 2023"),
    ("Devlet Bahçeli", "Devlet Bahceli", "Turkey", "Leader of the Nationalist Movement Party", "MHP leader 1997-"),
    # Africa
    ("Debretsion Gebremichael", "Debretsion Gebremikael", "Tigray People's Liberation Front", "Chairman of the TPLF", "TPLF chairman 2019-; president of Tigray 2018-2020"),
    ("Getachew Reda", "", "Ethiopia", "Former President of the Tigray Interim Administration", "Apr 2023-Apr 2025; TPLF spokesman during the 2020-2022 war", "-"),
    ("Tadesse Werede", "Tadesse Worede", "Ethiopia", "President of the Tigray Interim Administration", "Apr 2025-; commander of the Tigray forces in the 2020-2022 war", "-"),
    ("Malik Agar", "", "Sudan", "Deputy Chairman of the Sovereignty Council", "2023-; SPLM-North leader", "-"),
    ("Muhoozi Kainerugaba", "", "Uganda", "Chief of Defence Forces", "Mar 2024-; President Museveni's son"),
    ("Sultani Makenga", "", "M23", "M23 military leader", "military commander of the M23 rebels"),
    ("Julius Malema", "", "Economic Freedom Fighters", "Leader of the Economic Freedom Fighters", "EFF leader 2013-"),
    ("John Steenhuisen", "", "Democratic Alliance", "Leader of the Democratic Alliance", "DA leader 2019-; agriculture minister 2024-"),
    ("Venâncio Mondlane", "Venancio Mondlane", "Mozambique", "Opposition leader", "presidential candidate 2024"),
    # Asia
    ("Abdulla Khaleel", "", "Maldives", "Foreign Minister", "2024-"),
    ("Hsiao Bi-khim", "Bi-khim Hsiao", "Taiwan", "Vice President", "May 2024-; representative to the United States 2020-2023", "-"),
    ("Cho Jung-tai", "", "Taiwan", "Premier", "May 2024-", "-"),
    ("Eric Chu", "Chu Li-luan", "Kuomintang", "Former Chairman of the Kuomintang", "KMT chairman 2021-2025 (also 2015-2016)", "-"),
    ("Parnpree Bahiddha-nukara", "Parnpree Bahiddha-Nukara", "Thailand", "Former Foreign Minister", "Foreign Minister Sep 2023-Apr 2024", "Parnpree|-"),
    ("Zaw Min Tun", "", "Myanmar", "Junta spokesman", "spokesman of the State Administration Council", "-"),
    ("Bidzina Ivanishvili", "", "Georgian Dream", "Founder of Georgian Dream", "Prime Minister of Georgia 2012-2013; Georgian Dream's founder and honorary chairman"),
    # Ministers of finance, economy and trade and other senior officials of the
    # governments the news follows most
    ("Jacob Helberg", "", "United States", "Under Secretary of State for Economic Affairs", "2025-"),
    ("Bruno Le Maire", "", "France", "Former Economy Minister", "Economy and Finance Minister 2017-Sep 2024"),
    ("Eric Lombard", "Éric Lombard", "France", "Former Economy Minister", "Economy and Finance Minister Dec 2024-2025"),
    ("Giancarlo Giorgetti", "", "Italy", "Economy Minister", "Economy and Finance Minister Oct 2022-"),
    ("Rahul Gandhi", "", "India", "Leader of the Opposition in the Lok Sabha", "Jun 2024-; Congress party president 2017-2019"),
    ("Lan Fo'an", "Lan Foan", "China", "Finance Minister", "Oct 2023-", "-"),
    ("Li Chenggang", "", "China", "International Trade Representative", "Apr 2025- (vice commerce minister); ambassador to the WTO until 2025", "-"),
    ("Liu Jinsong", "", "China", "Director-General of the Foreign Ministry's Department of Asian Affairs", "director-general of Asian affairs at the foreign ministry", "-"),
    ("Anton Siluanov", "", "Russia", "Finance Minister", "2011-"),
    ("Maxim Oreshkin", "Maksim Oreshkin", "Russia", "Deputy Chief of Staff of the Presidential Administration", "2024-; Economy Minister 2016-2020"),
    ("Denis Manturov", "", "Russia", "First Deputy Prime Minister", "May 2024-; Industry and Trade Minister 2012-2024"),
    ("Alexander Novak", "Aleksandr Novak", "Russia", "Deputy Prime Minister", "2020-; Energy Minister 2012-2020"),
    ("Olena Zelenska", "Olena Zelenskyy|Olena Zelenskaya", "Ukraine", "First Lady", "first lady of Ukraine 2019-"),
    ("Oleh Syniehubov", "Oleh Synehubov|Oleg Sinegubov", "Ukraine", "Governor of Kharkiv region", "head of the Kharkiv regional military administration 2021-"),
    ("Vadym Skibitskyi", "Vadym Skibitsky|Vadim Skibitsky", "Ukraine", "Deputy head of military intelligence", "deputy head of the HUR"),
    ("Olena Kondratiuk", "Olena Kondratyuk", "Ukraine", "Deputy Chair of the Verkhovna Rada", "2019-"),
    ("Choe Ryong-hae", "Choe Ryong Hae", "North Korea", "President of the Standing Committee of the Supreme People's Assembly", "2019-", "-"),
    ("Faisal Alibrahim", "Faisal al-Ibrahim|Faisal Al Ibrahim", "Saudi Arabia", "Economy Minister", "Economy and Planning Minister 2022-", "-"),
    ("Mohammed Al-Jadaan", "Mohammed al-Jadaan|Mohammed Al Jadaan", "Saudi Arabia", "Finance Minister", "2016-"),
    ("Khalid Al-Falih", "Khalid al-Falih|Khalid Al Falih", "Saudi Arabia", "Investment Minister", "2020-; Energy Minister 2016-2019"),
    ("Turki al-Faisal", "Prince Turki al-Faisal|Turki bin Faisal Al Saud|Turki Al Faisal", "Saudi Arabia", "Former intelligence chief", "head of intelligence 1977-2001; ambassador to the UK 2003-2005 and the US 2005-2007", "-"),
    ("Rania Al-Mashat", "Rania al-Mashat|Rania Al Mashat", "Egypt", "Minister of Planning, Economic Development and International Cooperation", "2019- (international cooperation; planning 2024-)", "-"),
    # Latin America
    ("Diosdado Cabello", "", "Venezuela", "Interior Minister", "Aug 2024-; first vice president of the PSUV"),
]
OFFICES = OFFICES + OFFICIALS
