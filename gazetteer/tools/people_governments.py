"""The security cabinets of 2020-2025 of 24 more countries the diplomacy and security
news names (issue 12, "coverage", an eighth pass chosen by category, never by article):
South Korea, France, Italy, Israel, Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain,
Oman, Jordan, Egypt, Iran, Iraq, Pakistan, the Philippines, Turkey, Poland, Spain,
Brazil, Mexico, South Africa, Nigeria and Indonesia. For each, the holders in
2020-2025 of the offices such a story names: head of state, head of government and
their deputies where the office is a political one (vice presidents, first deputy
prime ministers), foreign, defence and interior ministers (or the ministers who do
an interior ministry's work: France's, Italy's, Poland's and Spain's interior
ministers, Brazil's ministers of justice and public security, Mexico's secretaries of
the interior and of security, South Africa's ministers of police and of home
affairs, the Philippines' secretaries of the interior and local government),
national security advisers (or the office that stands for one: Brazil's Institutional
Security Office, Poland's National Security Bureau, the Italian Prime Minister's
diplomatic adviser, Iraq's and Nigeria's national security advisers) and the
government's spokespeople (presidential and government spokespeople, information
ministers, foreign ministry spokespeople, the armed forces' press office where it
speaks for the state: Pakistan's ISPR, the Saudi-led coalition's spokesman, the
Philippine Coast Guard's spokesman for the West Philippine Sea).

Only the holders people.tsv and the other lists lacked are here: the heads of state
and government and the foreign and defence ministers of 2023-2025 were there already
(people_world.py), as were many of 2020-2022 (people_past.py) and the national
security advisers and intelligence chiefs (people_security.py). Each row was written
from what we were sure of (name, office, country, years); a holder whose name or dates
we could not confirm is left out: acting ministers between two holders, South Korea's interior minister of
2019-2020 (Chin Young, a name of two common English words), most
spokespeople of South Korea, Jordan, Saudi Arabia and the Gulf, Kuwait's interior and
defence ministers of 2020-2024 (many, some for weeks), Iraq's interior minister of
2019-2020, Qatar's minister of state for defence of 2024, Israel's acting national
security advisers of 2025 and Egypt's foreign ministry spokespeople other than Ahmed
Abu Zeid.

Rows as in people_cabinets.py: (name, aliases, affiliation, role, notes), optionally
followed by context aliases (the `context_aliases` column; `-` turns off the derived
surname where it is a common word, a given name, an ethnic group, the dynasty of a
Gulf royal ("Al Thani", "Al Khalifa", "Al Busaidi": shared with the ruler) or the
surname of someone else in the gazetteer ("Müller", "Chaudhry", "Khan", "Silva"),
and lists the short form the news uses instead: "Marlaska", "Sheikh Rashid",
"Adán Augusto", "Gibran"). `notes` opens with the years of the row's role, which
tools/terms.py turns into the `term` column.
"""

GOVERNMENTS = [
    # --- Israel: interior ministers and government spokespeople ---
    ("Ayelet Shaked", "", "Israel", "Former Interior Minister", "Interior Minister 2021-2022; Justice Minister 2015-2019"),
    ("Moshe Arbel", "", "Israel", "Former Interior Minister", "Interior Minister 2023-2025 (Shas; its ministers resigned Jul 2025)"),
    ("Ofir Gendelman", "", "Israel", "Prime Minister's spokesman to the Arab media", "spokesman to the Arab media of the Prime Minister's Office (in office 2020-2024)"),
    ("Tal Heinrich", "", "Israel", "Prime Minister's spokeswoman", "spokeswoman of the Prime Minister's Office (in office 2023-2024)"),
    ("Hidai Zilberman", "", "Israel", "Former IDF spokesman", "IDF spokesman 2019-2021"),
    ("Ran Kochav", "", "Israel", "Former IDF spokesman", "IDF spokesman 2021-2023"),
    ("Avi Hyman", "", "Israel", "Government spokesman", "government spokesman (in office 2023-2024)"),

    # --- Iran: first vice president, defence and interior ministers, government spokespeople ---
    ("Eshaq Jahangiri", "Es'haq Jahangiri|Ishaq Jahangiri", "Iran", "Former First Vice President", "First Vice President 2013-2021"),
    ("Mohammad-Reza Gharaei Ashtiani", "Mohammad Reza Gharaei Ashtiani|Mohammadreza Gharaei Ashtiani|Mohammad-Reza Ashtiani|Mohammad Reza Ashtiani", "Iran", "Former Defence Minister", "Defence Minister 2021-2024", "Gharaei Ashtiani"),
    ("Abdolreza Rahmani Fazli", "Abdolreza Rahmani-Fazli", "Iran", "Former Interior Minister", "Interior Minister 2013-2021", "Rahmani Fazli"),
    ("Eskandar Momeni", "Eskandar Momeni Kalagari", "Iran", "Interior Minister", "Interior Minister 2024-"),
    ("Ali Rabiei", "Ali Rabiee", "Iran", "Former government spokesman", "government spokesman 2019-2021; Labour Minister 2013-2018"),
    ("Ali Bahadori Jahromi", "Ali Bahadori-Jahromi", "Iran", "Former government spokesman", "government spokesman 2021-2024", "Bahadori Jahromi"),
    ("Fatemeh Mohajerani", "", "Iran", "Government spokeswoman", "government spokeswoman 2024-"),

    # --- Turkey: vice president, interior minister, spokespeople ---
    ("Fuat Oktay", "", "Turkey", "Former Vice President", "Vice President 2018-2023"),
    ("Süleyman Soylu", "Suleyman Soylu", "Turkey", "Former Interior Minister", "Interior Minister 2016-2023"),
    ("Ömer Çelik", "Omer Celik", "Turkey", "AK Party spokesman", "AK Party spokesman (in office 2020-2025); EU Affairs Minister 2015-2018"),
    ("Öncü Keçeli", "Oncu Keceli", "Turkey", "Foreign Ministry spokesman", "Foreign Ministry spokesman (in office 2023-2025)"),

    # --- Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain, Oman ---
    ("Abdulaziz bin Saud bin Nayef", "Abdulaziz bin Saud bin Naif|Prince Abdulaziz bin Saud", "Saudi Arabia", "Interior Minister", "Interior Minister 2017-", "-"),
    ("Turki al-Maliki", "Turki al-Malki|Turki Al-Malki", "Saudi Arabia", "Spokesman of the Saudi-led coalition in Yemen", "spokesman of the coalition in Yemen (in office 2018-2024)"),
    ("Badr bin Saud Al Busaidi", "Badr bin Saud bin Harib Al Busaidi|Sayyid Badr bin Saud", "Oman", "Former Minister Responsible for Defence Affairs", "Minister Responsible for Defence Affairs 1997-2020", "-"),
    ("Saif bin Zayed", "Saif bin Zayed Al Nahyan|Sheikh Saif bin Zayed", "United Arab Emirates", "Deputy Prime Minister and Interior Minister", "Interior Minister 2004-; Deputy Prime Minister 2009-", "-"),
    ("Abdullah bin Nasser bin Khalifa Al Thani", "Abdullah bin Nasser Al Thani|Sheikh Abdullah bin Nasser", "Qatar", "Former Prime Minister", "Prime Minister and Interior Minister 2013-2020", "-"),
    ("Khalid bin Khalifa bin Abdulaziz Al Thani", "Khalid bin Khalifa Al Thani|Sheikh Khalid bin Khalifa", "Qatar", "Former Prime Minister", "Prime Minister and Interior Minister 2020-2023", "-"),
    ("Khalifa bin Hamad bin Khalifa Al Thani", "Khalifa bin Hamad Al Thani|Sheikh Khalifa bin Hamad", "Qatar", "Interior Minister", "Interior Minister 2023-", "-"),
    ("Ahmad Nasser Al-Mohammad Al-Sabah", "Ahmad Nasser al-Mohammad al-Sabah|Sheikh Ahmad Nasser al-Mohammad|Ahmad Nasser Al-Sabah", "Kuwait", "Former Foreign Minister", "Foreign Minister 2019-2022", "-"),
    ("Rashid bin Abdullah Al Khalifa", "Rashid bin Abdullah Al-Khalifa|Sheikh Rashid bin Abdullah", "Bahrain", "Interior Minister", "Interior Minister 2004-", "-"),
    ("Nasser bin Hamad Al Khalifa", "Nasser bin Hamad Al-Khalifa|Sheikh Nasser bin Hamad", "Bahrain", "National Security Adviser", "National Security Adviser (in office 2020-2025); commander of the Royal Guard; son of King Hamad", "-"),
    ("Hamoud bin Faisal Al Busaidi", "Hamoud bin Faisal Al-Busaidi|Sayyid Hamoud bin Faisal", "Oman", "Interior Minister", "Interior Minister 2011-", "-"),

    # --- Jordan, Egypt ---
    ("Omar Razzaz", "Omar al-Razzaz", "Jordan", "Former Prime Minister", "Prime Minister and Defence Minister 2018-2020"),
    ("Mazen al-Faraya", "Mazen Al Faraya|Mazen Faraya", "Jordan", "Interior Minister", "Interior Minister 2022-"),
    ("Mahmoud Tawfik", "", "Egypt", "Interior Minister", "Interior Minister 2018-"),
    ("Bassam Radi", "Bassam Rady", "Egypt", "Former presidential spokesman", "presidential spokesman (in office 2020-2021)"),
    ("Ahmed Abu Zeid", "Ahmed Abu Zaid", "Egypt", "Former Foreign Ministry spokesman", "Foreign Ministry spokesman (in office 2021-2023)", "Abu Zeid|-"),

    # --- Iraq ---
    ("Mohammed Ali al-Hakim", "Mohamed Ali Alhakim|Mohammed Ali Alhakim", "Iraq", "Former Foreign Minister", "Foreign Minister 2018-2020", "-"),
    ("Najah al-Shammari", "", "Iraq", "Former Defence Minister", "Defence Minister 2019-2020"),
    ("Juma Inad", "Juma Inad Saadoun|Jumaa Inad", "Iraq", "Former Defence Minister", "Defence Minister 2020-2022"),
    ("Othman al-Ghanmi", "Othman al-Ghanimi", "Iraq", "Former Interior Minister", "Interior Minister 2020-2022; Chief of Staff of the Army 2015-2020"),
    ("Abdul Amir al-Shammari", "Abdul-Amir al-Shammari", "Iraq", "Interior Minister", "Interior Minister 2022-"),
    ("Qasim al-Araji", "Qassem al-Araji|Qassim al-Araji", "Iraq", "National Security Adviser", "National Security Adviser 2020-; Interior Minister 2017-2018"),
    ("Falih al-Fayyadh", "Falih al-Fayyad|Faleh al-Fayyadh|Faleh al-Fayyad", "Iraq", "Chairman of the Popular Mobilization Forces", "chairman of the Popular Mobilization Commission 2014-; National Security Adviser 2014-2020"),
    ("Basim al-Awadi", "Bassem al-Awadi", "Iraq", "Government spokesman", "government spokesman 2022-"),

    # --- Pakistan ---
    ("Arif Alvi", "", "Pakistan", "Former President", "President 2018-2024"),
    ("Anwaar-ul-Haq Kakar", "Anwaar ul Haq Kakar|Anwar-ul-Haq Kakar|Anwar ul Haq Kakar|Anwaarul Haq Kakar", "Pakistan", "Former Caretaker Prime Minister", "Aug 2023-Mar 2024, caretaker Prime Minister"),
    ("Jalil Abbas Jilani", "", "Pakistan", "Former Caretaker Foreign Minister", "Aug 2023-Mar 2024, caretaker Foreign Minister; Foreign Secretary 2012-2013"),
    ("Pervez Khattak", "", "Pakistan", "Former Defence Minister", "Defence Minister 2018-2022"),
    ("Anwar Ali Hyder", "Anwar Ali Haider", "Pakistan", "Former Caretaker Defence Minister", "Aug 2023-Mar 2024, caretaker Defence Minister"),
    ("Sheikh Rashid Ahmed", "Sheikh Rashid Ahmad", "Pakistan", "Former Interior Minister", "Interior Minister 2020-2022; Railways Minister 2018-2020", "Sheikh Rashid|-"),
    ("Rana Sanaullah", "Rana Sanaullah Khan", "Pakistan", "Former Interior Minister", "Interior Minister 2022-2023"),
    ("Sarfraz Bugti", "Sarfaraz Bugti", "Pakistan", "Chief Minister of Balochistan", "Chief Minister of Balochistan 2024-; caretaker Interior Minister 2023"),
    ("Mohsin Naqvi", "", "Pakistan", "Interior Minister", "Interior Minister 2024-; chairman of the Pakistan Cricket Board 2024-"),
    ("Fawad Chaudhry", "Fawad Hussain Chaudhry|Fawad Chaudhary", "Pakistan", "Former Information Minister", "Information Minister 2018-2019 and 2021-2022", "-"),
    ("Marriyum Aurangzeb", "Maryam Aurangzeb", "Pakistan", "Former Information Minister", "Information Minister 2022-2023 (also 2017-2018)"),
    ("Attaullah Tarar", "Atta Ullah Tarar|Attaullah Tarrar", "Pakistan", "Information Minister", "Information Minister 2024-"),
    ("Mumtaz Zahra Baloch", "", "Pakistan", "Former Foreign Office spokeswoman", "Foreign Office spokeswoman 2022-2024", "-"),
    ("Shafqat Ali Khan", "", "Pakistan", "Foreign Office spokesman", "Foreign Office spokesman 2024-", "-"),
    ("Babar Iftikhar", "", "Pakistan", "Former Director-General of ISPR", "Director-General of Inter-Services Public Relations 2020-2022"),
    ("Ahmed Sharif Chaudhry", "", "Pakistan", "Director-General of ISPR", "Director-General of Inter-Services Public Relations 2022-", "-"),

    # --- Philippines ---
    ("Sara Duterte", "Sara Duterte-Carpio|Inday Sara", "Philippines", "Vice President", "Vice President 2022-; Education Secretary 2022-2024; impeached by the House Feb 2025"),
    ("Leni Robredo", "Maria Leonor Robredo", "Philippines", "Former Vice President", "Vice President 2016-2022"),
    ("Jose Faustino Jr.", "Jose Faustino", "Philippines", "Former officer-in-charge of the Department of National Defense", "officer-in-charge of the Department of National Defense Jul 2022-Jan 2023; Armed Forces chief of staff 2021"),
    ("Trixie Cruz-Angeles", "Trixie Cruz Angeles", "Philippines", "Former Press Secretary", "Press Secretary Jun-Oct 2022"),
    ("Benhur Abalos", "Benjamin Abalos Jr.|Benhur Abalos Jr.", "Philippines", "Former Interior Secretary", "Interior and Local Government Secretary 2022-2024"),
    ("Jonvic Remulla", "Juan Victor Remulla", "Philippines", "Interior Secretary", "Interior and Local Government Secretary Oct 2024-"),
    ("Harry Roque", "Herminio Harry Roque Jr.|Harry Roque Jr.", "Philippines", "Former presidential spokesman", "presidential spokesman 2017-2018 and 2020-2021"),
    ("Claire Castro", "", "Philippines", "Palace Press Officer", "Palace Press Officer 2024-"),
    ("Jay Tarriela", "", "Philippines", "Coast Guard spokesman for the West Philippine Sea", "Philippine Coast Guard spokesman for the West Philippine Sea 2023-"),

    # --- France: interior ministers and government spokespeople ---
    ("Christophe Castaner", "", "France", "Former Interior Minister", "Interior Minister 2018-2020"),
    ("Gérald Darmanin", "Gerald Darmanin", "France", "Justice Minister", "Justice Minister Dec 2024-; Interior Minister 2020-2024"),
    ("Bruno Retailleau", "", "France", "Former Interior Minister", "Interior Minister Sep 2024-Oct 2025"),
    ("Laurent Nuñez", "Laurent Nunez", "France", "Interior Minister", "Interior Minister Oct 2025-; Paris Police Prefect 2022-2025"),
    ("Sibeth Ndiaye", "Sibeth N'Diaye", "France", "Former government spokeswoman", "government spokeswoman 2019-2020"),
    ("Olivier Véran", "Olivier Veran", "France", "Former government spokesman", "government spokesman 2022-2024; Health Minister 2020-2022"),
    ("Olivia Grégoire", "Olivia Gregoire", "France", "Former government spokeswoman", "government spokeswoman May-Jul 2022", "-"),
    ("Prisca Thevenot", "Prisca Thévenot", "France", "Former government spokeswoman", "government spokeswoman Jan-Sep 2024"),
    ("Maud Bregeon", "", "France", "Government spokeswoman", "government spokeswoman Sep-Dec 2024 and Oct 2025-"),
    ("Sophie Primas", "", "France", "Former government spokeswoman", "government spokeswoman Dec 2024-Oct 2025"),

    # --- South Korea: prime ministers, acting president, interior ministers ---
    ("Chung Sye-kyun", "Chung Sye Kyun", "South Korea", "Former Prime Minister", "Prime Minister 2020-2021"),
    ("Kim Boo-kyum", "Kim Boo Kyum", "South Korea", "Former Prime Minister", "Prime Minister 2021-2022"),
    ("Kim Min-seok", "Kim Min Seok", "South Korea", "Prime Minister", "Prime Minister Jul 2025-"),
    ("Choi Sang-mok", "Choi Sang Mok", "South Korea", "Former acting President", "acting President Dec 2024-Mar 2025; Finance Minister 2023-2025"),
    ("Jeon Hae-cheol", "Jeon Hae Cheol", "South Korea", "Former Interior Minister", "Minister of the Interior and Safety 2020-2022"),
    ("Lee Sang-min", "Lee Sang Min", "South Korea", "Former Interior Minister", "Minister of the Interior and Safety 2022-Dec 2024"),
    ("Yun Ho-jung", "Yun Ho Jung", "South Korea", "Interior Minister", "Minister of the Interior and Safety 2025-"),

    # --- Italy ---
    ("Luciana Lamorgese", "", "Italy", "Former Interior Minister", "Interior Minister 2019-2022"),
    ("Matteo Piantedosi", "", "Italy", "Interior Minister", "Interior Minister 2022-"),
    ("Matteo Salvini", "", "Italy", "Deputy Prime Minister and Transport Minister", "Deputy Prime Minister and Infrastructure and Transport Minister 2022-; Interior Minister 2018-2019; League leader"),
    ("Alfredo Mantovano", "", "Italy", "Undersecretary to the Prime Minister for intelligence", "Undersecretary to the Presidency of the Council of Ministers, delegated for intelligence, 2022-"),
    ("Franco Gabrielli", "", "Italy", "Former Undersecretary to the Prime Minister for intelligence", "Undersecretary to the Presidency of the Council of Ministers, delegated for intelligence, 2021-2022; chief of the State Police 2016-2021"),
    ("Fabrizio Saggio", "", "Italy", "Diplomatic adviser to the Prime Minister", "diplomatic adviser to the Prime Minister 2023-"),

    # --- Poland ---
    ("Mateusz Morawiecki", "", "Poland", "Former Prime Minister", "Prime Minister 2017-2023"),
    ("Jacek Czaputowicz", "", "Poland", "Former Foreign Minister", "Foreign Minister 2018-2020"),
    ("Zbigniew Rau", "", "Poland", "Former Foreign Minister", "Foreign Minister 2020-2023"),
    ("Szymon Szynkowski vel Sęk", "Szymon Szynkowski vel Sek", "Poland", "Former Foreign Minister", "Foreign Minister Nov-Dec 2023", "Szynkowski|-"),
    ("Mariusz Kamiński", "", "Poland", "Former Interior Minister", "Interior Minister 2019-2023"),
    ("Marcin Kierwiński", "", "Poland", "Interior Minister", "Interior Minister Dec 2023-May 2024 and Jul 2025-"),
    ("Tomasz Siemoniak", "", "Poland", "Former Interior Minister", "Interior Minister May 2024-Jul 2025; Defence Minister 2011-2015"),
    ("Jacek Siewiera", "", "Poland", "Former head of the National Security Bureau", "head of the National Security Bureau 2022-2025"),
    ("Piotr Müller", "Piotr Mueller|Piotr Muller", "Poland", "Former government spokesman", "government spokesman 2019-2023", "-"),

    # --- Spain ---
    ("Fernando Grande-Marlaska", "Fernando Grande Marlaska", "Spain", "Interior Minister", "Interior Minister 2018-", "Marlaska"),
    ("María Jesús Montero", "Maria Jesus Montero", "Spain", "First Deputy Prime Minister and Finance Minister", "Finance Minister 2018-; government spokeswoman 2020-2021; First Deputy Prime Minister 2023-"),
    ("Isabel Rodríguez", "Isabel Rodriguez", "Spain", "Housing Minister", "Housing Minister 2023-; government spokeswoman 2021-2023", "-"),
    ("Pilar Alegría", "Pilar Alegria", "Spain", "Government spokeswoman", "government spokeswoman and Education Minister (in office 2023-2025)"),

    # --- Brazil ---
    ("Hamilton Mourão", "Hamilton Mourao", "Brazil", "Former Vice President", "Vice President 2019-2022"),
    ("Carlos França", "Carlos Alberto França|Carlos Franca|Carlos Alberto Franca", "Brazil", "Former Foreign Minister", "Foreign Minister 2021-2022", "-"),
    ("Fernando Azevedo e Silva", "", "Brazil", "Former Defence Minister", "Defence Minister 2019-2021", "-"),
    ("Walter Braga Netto", "Braga Netto", "Brazil", "Former Defence Minister", "Defence Minister 2021-2022; chief of staff 2020-2021"),
    ("Paulo Sérgio Nogueira", "Paulo Sergio Nogueira|Paulo Sérgio Nogueira de Oliveira", "Brazil", "Former Defence Minister", "Defence Minister Apr-Dec 2022"),
    ("Sergio Moro", "Sérgio Moro", "Brazil", "Former Justice Minister", "Justice and Public Security Minister 2019-2020"),
    ("André Mendonça", "Andre Mendonca", "Brazil", "Supreme Court justice", "Supreme Court justice 2021-; Justice and Public Security Minister 2020-2021"),
    ("Anderson Torres", "", "Brazil", "Former Justice Minister", "Justice and Public Security Minister 2021-2022"),
    ("Ricardo Lewandowski", "", "Brazil", "Justice Minister", "Justice and Public Security Minister 2024-; Supreme Court justice 2006-2023"),
    ("Augusto Heleno", "", "Brazil", "Former head of the Institutional Security Office", "Minister of the Institutional Security Office 2019-2022"),
    ("Marco Edson Gonçalves Dias", "Marco Edson Goncalves Dias", "Brazil", "Former head of the Institutional Security Office", "Minister of the Institutional Security Office Jan-Apr 2023", "Gonçalves Dias|-"),
    ("Marcos Antonio Amaro", "Marcos Antônio Amaro|Marcos Amaro", "Brazil", "Head of the Institutional Security Office", "Minister of the Institutional Security Office 2023-"),
    ("Paulo Pimenta", "", "Brazil", "Former Communications Minister", "head of the Secretariat of Social Communication 2023-2025"),

    # --- Mexico ---
    ("Raymundo Pedro Morales Ángeles", "Raymundo Pedro Morales Angeles|Raymundo Morales Ángeles", "Mexico", "Secretary of the Navy", "Secretary of the Navy Oct 2024-", "Morales Ángeles|-"),
    ("Olga Sánchez Cordero", "Olga Sanchez Cordero", "Mexico", "Former Interior Secretary", "Interior Secretary 2018-2021", "Sánchez Cordero"),
    ("Adán Augusto López", "Adan Augusto Lopez|Adán Augusto López Hernández|Adan Augusto Lopez Hernandez", "Mexico", "Former Interior Secretary", "Interior Secretary 2021-2023", "Adán Augusto|-"),
    ("Luisa María Alcalde", "Luisa Maria Alcalde", "Mexico", "Morena president", "Morena president 2024-; Interior Secretary 2023-2024"),
    ("Alfonso Durazo", "", "Mexico", "Governor of Sonora", "Governor of Sonora 2021-; Security Secretary 2018-2020"),
    ("Jesús Ramírez Cuevas", "Jesus Ramirez Cuevas", "Mexico", "Former presidential spokesman", "presidential spokesman 2018-2024", "Ramírez Cuevas"),

    # --- South Africa ---
    ("David Mabuza", "", "South Africa", "Former Deputy President", "Deputy President 2018-2023"),
    ("Paul Mashatile", "", "South Africa", "Deputy President", "Deputy President 2023-"),
    ("Nosiviwe Mapisa-Nqakula", "Nosiviwe Mapisa Nqakula", "South Africa", "Former Defence Minister", "Defence Minister 2014-2021; Speaker of the National Assembly 2021-2024"),
    ("Bheki Cele", "", "South Africa", "Former Police Minister", "Police Minister 2018-2024"),
    ("Senzo Mchunu", "", "South Africa", "Police Minister", "Police Minister 2024- (placed on leave Jul 2025)"),
    ("Aaron Motsoaledi", "", "South Africa", "Health Minister", "Health Minister 2024- (also 2009-2019); Home Affairs Minister 2019-2024"),
    ("Firoz Cachalia", "", "South Africa", "Acting Police Minister", "acting Police Minister Aug 2025-"),
    ("Khumbudzo Ntshavheni", "", "South Africa", "Minister in the Presidency", "Minister in the Presidency 2023-, who briefs on the cabinet's decisions; Communications Minister 2021-2023"),
    ("Leon Schreiber", "", "South Africa", "Home Affairs Minister", "Home Affairs Minister 2024-"),
    ("Sydney Mufamadi", "", "South Africa", "National Security Adviser", "National Security Adviser 2022-"),
    ("Vincent Magwenya", "", "South Africa", "Presidential spokesman", "presidential spokesman 2022-"),
    ("Clayson Monyela", "", "South Africa", "DIRCO spokesman", "spokesman and head of public diplomacy of the Department of International Relations and Cooperation (in office 2020-2025)"),

    # --- Nigeria ---
    ("Yemi Osinbajo", "Oluyemi Osinbajo", "Nigeria", "Former Vice President", "Vice President 2015-2023"),
    ("Bashir Salihi Magashi", "Bashir Magashi", "Nigeria", "Former Defence Minister", "Defence Minister 2019-2023"),
    ("Rauf Aregbesola", "", "Nigeria", "Former Interior Minister", "Interior Minister 2019-2023"),
    ("Olubunmi Tunji-Ojo", "Bunmi Tunji-Ojo|Olubunmi Tunji Ojo", "Nigeria", "Interior Minister", "Interior Minister 2023-"),
    ("Babagana Monguno", "", "Nigeria", "Former National Security Adviser", "National Security Adviser 2015-2023"),
    ("Nuhu Ribadu", "", "Nigeria", "National Security Adviser", "National Security Adviser 2023-"),
    ("Garba Shehu", "", "Nigeria", "Former presidential spokesman", "presidential spokesman 2015-2023"),
    ("Femi Adesina", "", "Nigeria", "Former presidential spokesman", "presidential spokesman 2015-2023"),
    ("Ajuri Ngelale", "", "Nigeria", "Former presidential spokesman", "presidential spokesman 2023-2024"),
    ("Bayo Onanuga", "", "Nigeria", "Presidential spokesman", "presidential spokesman (in office 2024-2025); special adviser on information and strategy 2023-"),
    ("Mohammed Idris", "Mohammed Idris Malagi", "Nigeria", "Information Minister", "Information Minister 2023-", "-"),
    ("Bello Matawalle", "Bello Mohammed Matawalle", "Nigeria", "Minister of State for Defence", "Minister of State for Defence 2023-; Governor of Zamfara 2019-2023"),
    ("Lai Mohammed", "", "Nigeria", "Former Information Minister", "Information Minister 2015-2023", "-"),

    # --- Indonesia ---
    ("Ma'ruf Amin", "Maruf Amin", "Indonesia", "Former Vice President", "Vice President 2019-2024", "-"),
    ("Gibran Rakabuming Raka", "Gibran Rakabuming", "Indonesia", "Vice President", "Vice President 2024-; Mayor of Surakarta 2021-2024", "Gibran|-"),
    ("Tito Karnavian", "", "Indonesia", "Home Affairs Minister", "Home Affairs Minister 2019-; National Police chief 2016-2019"),
]
