"""Officials a diplomacy story names that the lists above lacked (issue 12, "coverage",
a tenth pass chosen by office, never by article): the Taliban government's leaders
and spokesmen, ambassadors to Washington of Russia, Ukraine, Japan and South Korea,
South Korea's first vice foreign ministers, Iran's foreign-policy elders, ambassadors to the UN of India, Pakistan, Saudi Arabia, the UAE and
Qatar, foreign ministry spokespeople of India and Ukraine, India's ministers of state
for external affairs, China's executive vice foreign minister and vice foreign
minister and the Central Military Commission's vice chairmen and chief of the joint
staff, Gulf and Omani deputy foreign ministers and ministers of state, chiefs of
defence (Turkey, Jordan, Lebanon, India, the UK's Chief of the General Staff,
Germany, Italy, Australia, Poland, Brazil), Syria's interior minister, the RSF's
deputy commander, Hamas politburo members, US sub-cabinet officials of both
administrations of 2021-2025 (defense policy, policy planning, public diplomacy, the
National Economic Council, envoys and ambassadors) and IGO heads (IFAD, UNDP's acting
administrator, the ECOWAS Commission, the ICRC's director-general, the AU's envoy for
silencing the guns).

Each office's holders were looked up in the gazetteer's names and aliases (folded), and
those absent under every spelling written from what we were sure of (name,
office, country, years), checked against each office's list of holders and the
news of the appointment; a holder whose years we could not confirm says when they
were in office ("(in office 2023-2025)"). Rows as in people_governments.py:
(name, aliases, affiliation, role, notes), optionally followed by context aliases
(`-` turns off the derived surname where it is a common word ("West", "Rose",
"Walker", "Mills"), a given name ("Allen", "Harish") or shared with someone more
prominent ("Sanders", "Singh", "Al-Thani", "Dagalo"), and for Chinese names, whose
last word is a given name).
"""

DIPLOMACY = [
    # --- Afghanistan (the Taliban government) ---
    ("Sirajuddin Haqqani", "Siraj Haqqani|Sirajuddin Haqani", "Afghanistan", "Interior Minister (Taliban government)", "Interior Minister 2021-; leader of the Haqqani network"),
    ("Abdul Ghani Baradar", "Mullah Baradar|Mullah Abdul Ghani Baradar|Abdul Ghani Beradar", "Afghanistan", "Deputy Prime Minister (Taliban government)", "Deputy Prime Minister for Economic Affairs 2021-; head of the Taliban political office in Doha 2019-2021"),
    ("Abdul Salam Hanafi", "Mawlawi Abdul Salam Hanafi", "Afghanistan", "Deputy Prime Minister (Taliban government)", "Deputy Prime Minister 2021-"),
    ("Zabihullah Mujahid", "Zabiullah Mujahid", "Afghanistan", "Taliban government spokesman", "chief spokesman of the Taliban government 2021-; Taliban spokesman from 2007"),
    ("Suhail Shaheen", "Sohail Shaheen", "Afghanistan", "Head of the Taliban political office in Doha", "head of the political office in Doha 2021-; its spokesman 2019-2021"),
    ("Sher Mohammad Abbas Stanikzai", "Sher Mohammad Stanikzai|Abbas Stanikzai", "Afghanistan", "Former Deputy Foreign Minister (Taliban government)", "Deputy Foreign Minister 2021-2025; chief negotiator of the Doha office 2015-2019", "Stanikzai"),

    # --- South Asia ---
    ("Munir Akram", "", "Pakistan", "Former Ambassador to the UN", "Ambassador to the UN 2019-2025 (also 2002-2008)"),
    ("Asim Iftikhar Ahmad", "Asim Iftikhar", "Pakistan", "Ambassador to the UN", "Ambassador to the UN 2025-", "-"),
    ("Ruchira Kamboj", "", "India", "Former Ambassador to the UN", "Ambassador to the UN 2022-2024"),
    ("Parvathaneni Harish", "P. Harish|P Harish", "India", "Ambassador to the UN", "Ambassador to the UN 2024-", "-"),
    ("Randhir Jaiswal", "", "India", "Foreign Ministry spokesman", "spokesman of the Ministry of External Affairs 2024-"),
    ("Arindam Bagchi", "", "India", "Former Foreign Ministry spokesman", "spokesman of the Ministry of External Affairs 2020-2024"),
    ("V. Muraleedharan", "V Muraleedharan", "India", "Former Minister of State for External Affairs", "Minister of State for External Affairs 2019-2024"),
    ("Meenakashi Lekhi", "Meenakshi Lekhi", "India", "Former Minister of State for External Affairs", "Minister of State for External Affairs 2021-2024"),
    ("Rajkumar Ranjan Singh", "R. K. Ranjan Singh", "India", "Former Minister of State for External Affairs", "Minister of State for External Affairs 2021-2024", "-"),
    ("Kirti Vardhan Singh", "", "India", "Minister of State for External Affairs", "Minister of State for External Affairs 2024-", "-"),
    ("Pabitra Margherita", "", "India", "Minister of State for External Affairs", "Minister of State for External Affairs 2024-"),
    ("Upendra Dwivedi", "", "India", "Chief of the Army Staff", "Chief of the Army Staff Jun 2024-"),

    # --- China ---
    ("Han Zheng", "", "China", "Vice President", "Vice President 2023-; Vice Premier 2018-2023", "-"),
    ("Ding Xuexiang", "", "China", "Vice Premier", "Vice Premier 2023-", "-"),
    ("He Lifeng", "", "China", "Vice Premier", "Vice Premier 2023-; China's lead for economic and trade talks with the US", "-"),
    ("Zhang Guoqing", "", "China", "Vice Premier", "Vice Premier 2023-", "-"),
    ("Liu Guozhong", "", "China", "Vice Premier", "Vice Premier 2023-", "-"),
    ("Liu He", "", "China", "Former Vice Premier", "Vice Premier 2018-2023; China's lead in the 2018-2020 trade talks with the US", "-"),
    ("Sun Chunlan", "", "China", "Former Vice Premier", "Vice Premier 2018-2023", "-"),
    ("Hu Chunhua", "", "China", "Former Vice Premier", "Vice Premier 2018-2023", "-"),
    ("Ma Zhaoxu", "", "China", "Executive Vice Foreign Minister", "Executive Vice Foreign Minister 2022-", "-"),
    ("Deng Li", "", "China", "Vice Foreign Minister", "Vice Foreign Minister (in office 2022-2025)", "-"),
    ("Zhang Youxia", "", "China", "Vice Chairman of the Central Military Commission", "Vice Chairman of the Central Military Commission 2017- (first vice chairman 2022-)", "-"),
    ("He Weidong", "", "China", "Former Vice Chairman of the Central Military Commission", "Vice Chairman of the Central Military Commission 2022-2025", "-"),
    ("Liu Zhenli", "", "China", "Chief of the Joint Staff Department", "Chief of the Joint Staff Department of the Central Military Commission (in office 2022-2025)", "-"),

    # --- Ukraine ---
    ("Heorhii Tykhyi", "Heorhiy Tykhyi|Georgiy Tykhyi|Heorhii Tykhy", "Ukraine", "Foreign Ministry spokesman", "Foreign Ministry spokesman 2024-"),
    ("Oleh Nikolenko", "Oleg Nikolenko", "Ukraine", "Former Foreign Ministry spokesman", "Foreign Ministry spokesman 2020-2024"),

    # --- The Gulf, Jordan, Egypt, Lebanon, Syria, Sudan, Turkey ---
    ("Waleed Elkhereiji", "Waleed El-Khereiji|Waleed Al-Khereiji|Waleed Al-Khuraiji|Walid Elkhereiji", "Saudi Arabia", "Deputy Foreign Minister", "Deputy Foreign Minister (in office 2022-2025)"),
    ("Abdallah Al-Mouallimi", "Abdallah al-Mouallimi|Abdullah al-Mouallimi|Abdallah Y. Al-Mouallimi", "Saudi Arabia", "Former Ambassador to the UN", "Ambassador to the UN 2011-2023"),
    ("Mohamed Abushahab", "Mohamed Issa Abushahab|Mohamed Abu Shahab", "United Arab Emirates", "Ambassador to the UN", "Ambassador to the UN 2023-"),
    ("Shakhboot bin Nahyan Al Nahyan", "Shakhboot bin Nahyan|Sheikh Shakhboot bin Nahyan", "United Arab Emirates", "Minister of State", "Minister of State (in office 2023-2025); ambassador to Saudi Arabia before", "-"),
    ("Sultan bin Saad Al-Muraikhi", "Sultan bin Saad Al Muraikhi|Sultan Al-Muraikhi|Sultan al-Muraikhi", "Qatar", "Minister of State for Foreign Affairs", "Minister of State for Foreign Affairs (in office 2021-2025)", "Al-Muraikhi"),
    ("Alya Ahmed Saif Al-Thani", "Alya Ahmed bin Saif Al-Thani|Sheikha Alya Ahmed Saif Al-Thani|Sheikha Alya Al-Thani", "Qatar", "Ambassador to the UN", "Ambassador to the UN 2013-", "-"),
    ("Khalifa Al Harthy", "Khalifa bin Ali Al Harthy|Sheikh Khalifa Al Harthy|Khalifa Al-Harthy", "Oman", "Under-Secretary of the Foreign Ministry for Diplomatic Affairs", "Under-Secretary for Diplomatic Affairs (in office 2021-2025)"),
    ("Yousef Huneiti", "Yousef Ahmed Al-Huneiti|Yousef al-Hunaiti|Yusuf Huneiti", "Jordan", "Chairman of the Joint Chiefs of Staff", "Chairman of the Joint Chiefs of Staff 2019-"),
    ("Tamim Khallaf", "", "Egypt", "Foreign Ministry spokesman", "Foreign Ministry spokesman (in office 2024-2025)"),
    ("Rodolphe Haykal", "Rodolphe Heykal|Rudolph Haykal", "Lebanon", "Commander of the Lebanese Army", "Commander of the Lebanese Army Mar 2025-"),
    ("Anas Khattab", "", "Syria", "Interior Minister", "Interior Minister Mar 2025-; head of the General Intelligence Directorate Dec 2024-Mar 2025"),
    ("Abdelrahim Hamdan Dagalo", "Abdelrahim Dagalo|Abdel Rahim Dagalo|Abdul Rahim Dagalo|Abdel Rahim Hamdan Dagalo", "Sudan", "Deputy commander of the Rapid Support Forces", "deputy commander of the Rapid Support Forces (in office 2023-2025); brother of Hemedti", "-"),
    ("Selçuk Bayraktaroğlu", "Selcuk Bayraktaroglu", "Turkey", "Chief of the General Staff", "Chief of the General Staff Aug 2025-; Land Forces commander 2023-2025"),
    ("Mohammad Nazzal", "Mohammed Nazzal", "Hamas", "Hamas politburo member", "member of the Hamas political bureau (in office 2023-2025)"),
    ("Fathi Hammad", "", "Hamas", "Hamas politburo member", "member of the Hamas political bureau; Interior Minister of the Hamas government in Gaza 2009-2014"),

    # --- Ambassadors to Washington, vice foreign ministers, advisers ---
    ("Alexander Darchiev", "Aleksandr Darchiev|Alexander Darchiyev", "Russia", "Ambassador to the United States", "Ambassador to the United States Mar 2025-"),
    ("Oksana Markarova", "", "Ukraine", "Former Ambassador to the United States", "Ambassador to the United States 2021-2025; Finance Minister 2018-2020"),
    ("Koji Tomita", "", "Japan", "Former Ambassador to the United States", "Ambassador to the United States 2021-2023"),
    ("Shigeo Yamada", "", "Japan", "Ambassador to the United States", "Ambassador to the United States Dec 2023-"),
    ("Cho Hyun-dong", "Cho Hyun Dong", "South Korea", "Former Ambassador to the United States", "Ambassador to the United States 2023-2025; First Vice Foreign Minister 2021-2022", "-"),
    ("Kim Hong-kyun", "Kim Hong Kyun", "South Korea", "Former First Vice Foreign Minister", "First Vice Foreign Minister 2024-2025", "-"),
    ("Park Yoon-joo", "Park Yoon Joo", "South Korea", "First Vice Foreign Minister", "First Vice Foreign Minister Jun 2025-", "-"),
    ("Noura Al Kaabi", "Noura Al-Kaabi|Noura bint Mohammed Al Kaabi", "United Arab Emirates", "Minister of State", "Minister of State 2023-; Culture Minister 2017-2023"),
    ("Ali Akbar Velayati", "", "Iran", "Adviser to the Supreme Leader on international affairs", "adviser to the Supreme Leader on international affairs 1997-; Foreign Minister 1981-1997"),
    ("Kamal Kharrazi", "", "Iran", "Head of the Strategic Council on Foreign Relations", "head of the Strategic Council on Foreign Relations 2006-; Foreign Minister 1997-2005"),

    # --- Europe, Australia, Brazil: chiefs of defence ---
    ("Patrick Sanders", "", "United Kingdom", "Former Chief of the General Staff", "Chief of the General Staff 2022-2024", "-"),
    ("Roly Walker", "Roland Walker", "United Kingdom", "Chief of the General Staff", "Chief of the General Staff 2024-", "-"),
    ("Eberhard Zorn", "", "Germany", "Former Inspector General of the Bundeswehr", "Inspector General of the Bundeswehr 2018-2023"),
    ("Luciano Portolano", "", "Italy", "Chief of the Defence Staff", "Chief of the Defence Staff Jan 2025-"),
    ("David Johnston", "", "Australia", "Chief of the Defence Force", "Chief of the Defence Force Jul 2024-", "-"),
    ("Wiesław Kukuła", "Wieslaw Kukula", "Poland", "Chief of the General Staff", "Chief of the General Staff 2023-"),
    ("Tomás Paiva", "Tomás Miné Ribeiro Paiva|Tomas Paiva", "Brazil", "Commander of the Army", "Commander of the Brazilian Army Jan 2023-"),

    # --- United States, 2021-2025 ---
    ("Elbridge Colby", "Bridge Colby", "United States", "Under Secretary of Defense for Policy", "Under Secretary of Defense for Policy 2025-"),
    ("Ely Ratner", "", "United States", "Former Assistant Secretary of Defense for Indo-Pacific Security Affairs", "Assistant Secretary of Defense for Indo-Pacific Security Affairs 2021-2025"),
    ("Celeste Wallander", "", "United States", "Former Assistant Secretary of Defense for International Security Affairs", "Assistant Secretary of Defense for International Security Affairs 2022-2025"),
    ("Michael Anton", "", "United States", "Director of Policy Planning", "Director of Policy Planning at the State Department 2025-; led the US technical team in the 2025 nuclear talks with Iran"),
    ("Elizabeth Allen", "Liz Allen", "United States", "Former Under Secretary of State for Public Diplomacy", "Under Secretary of State for Public Diplomacy and Public Affairs 2023-2025", "-"),
    ("Darren Beattie", "", "United States", "Acting Under Secretary of State for Public Diplomacy", "acting Under Secretary of State for Public Diplomacy and Public Affairs 2025-"),
    ("Thomas West", "Tom West", "United States", "Former Special Representative for Afghanistan", "Special Representative for Afghanistan 2021-2024", "-"),
    ("Kevin Hassett", "", "United States", "Director of the National Economic Council", "Director of the National Economic Council 2025-; Chairman of the Council of Economic Advisers 2017-2019"),
    ("Brian Deese", "", "United States", "Former Director of the National Economic Council", "Director of the National Economic Council 2021-2023"),
    ("Alex Wong", "Alex N. Wong", "United States", "Former Deputy National Security Adviser", "Principal Deputy National Security Adviser Jan-May 2025; Deputy Special Representative for North Korea 2018-2021"),
    ("Mark Brzezinski", "", "United States", "Former Ambassador to Poland", "Ambassador to Poland 2022-2025"),
    ("Tom Rose", "", "United States", "Ambassador to Poland", "Ambassador to Poland 2025-", "-"),
    ("Steven Fagin", "", "United States", "Ambassador to Yemen", "Ambassador to Yemen 2022-"),
    ("Richard Mills", "Richard M. Mills", "United States", "Former Deputy Ambassador to the UN", "Deputy Ambassador to the UN 2019-2023", "-"),

    # --- Intergovernmental bodies ---
    ("Alvaro Lario", "Álvaro Lario", "United Nations", "President of IFAD", "President of the International Fund for Agricultural Development 2022-"),
    ("Haoliang Xu", "Xu Haoliang", "United Nations Development Programme", "Acting Administrator of UNDP", "acting Administrator of UNDP 2025-; Associate Administrator 2023-", "-"),
    ("Robert Mardini", "", "International Committee of the Red Cross", "Former Director-General of the ICRC", "Director-General of the ICRC 2020-2023"),
    ("Mohamed Ibn Chambas", "Mohamed Chambas|Mohammed Ibn Chambas", "African Union", "AU High Representative for Silencing the Guns", "AU High Representative for Silencing the Guns (in office 2023-2025); UN envoy for West Africa and the Sahel 2014-2021", "Ibn Chambas"),
]
