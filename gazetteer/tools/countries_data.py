"""Hand-curated country data used by build_places_countries.py.

One line per entry: CODE ; canonical name ; extra aliases (|) ; demonyms (|) ; notes
An empty canonical name means: use pycountry's common_name, else its name.
Official names from pycountry are added as aliases automatically.
Codes XK, XN (Northern Cyprus), XS (Somaliland), XA (Abkhazia), XO (South Ossetia),
XT (Transnistria) are not ISO 3166-1 entries; they are territories that news names.
"""

COUNTRIES = r"""
AW ; Aruba ; ; Aruban|Arubans ;
AF ; Afghanistan ; ; Afghan|Afghans ;
AO ; Angola ; ; Angolan|Angolans ;
AI ; Anguilla ; ; Anguillian|Anguillans ;
AX ; Åland Islands ; Aland ; ; autonomous region of Finland
AL ; Albania ; ; Albanian|Albanians ;
AD ; Andorra ; ; Andorran|Andorrans ;
AE ; United Arab Emirates ; UAE ; Emirati|Emiratis ; "Emirates" left out (airline, emirates in general)
AR ; Argentina ; Argentine Republic ; Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans ;
AM ; Armenia ; ; Armenian|Armenians ;
AS ; American Samoa ; ; American Samoan|American Samoans ; US territory
AQ ; Antarctica ; ; Antarctic ; continent, not a state
TF ; French Southern and Antarctic Lands ; French Southern Territories|TAAF ; ; French overseas territory
AG ; Antigua and Barbuda ; Antigua ; Antiguan|Antiguans|Barbudan|Barbudans ;
AU ; Australia ; Commonwealth of Australia ; Australian|Australians ; "Aussie" left out (informal)
AT ; Austria ; ; Austrian|Austrians ;
AZ ; Azerbaijan ; ; Azerbaijani|Azerbaijanis|Azeri|Azeris ;
BI ; Burundi ; ; Burundian|Burundians ;
BE ; Belgium ; ; Belgian|Belgians ;
BJ ; Benin ; ; Beninese ;
BQ ; Caribbean Netherlands ; Bonaire, Sint Eustatius and Saba|Bonaire|Sint Eustatius|Saba ; ; special municipalities of the Netherlands
BF ; Burkina Faso ; Burkina ; Burkinabe|Burkinabes ;
BD ; Bangladesh ; ; Bangladeshi|Bangladeshis ;
BG ; Bulgaria ; ; Bulgarian|Bulgarians ;
BH ; Bahrain ; ; Bahraini|Bahrainis ;
BS ; Bahamas ; The Bahamas ; Bahamian|Bahamians ;
BA ; Bosnia and Herzegovina ; Bosnia-Herzegovina|Bosnia & Herzegovina|Bosnia ; Bosnian|Bosnians|Herzegovinian|Herzegovinians ; "Bosnian" also used for Bosniaks
BL ; Saint Barthélemy ; St Barthélemy|St. Barthélemy|St Barts|St. Barts|Saint Barts ; ; French overseas collectivity
BY ; Belarus ; Byelorussia ; Belarusian|Belarusians|Belarusan|Belarussian|Belarussians ;
BZ ; Belize ; ; Belizean|Belizeans ;
BM ; Bermuda ; ; Bermudian|Bermudians ; British overseas territory
BO ; Bolivia ; ; Bolivian|Bolivians ;
BR ; Brazil ; ; Brazilian|Brazilians ;
BB ; Barbados ; ; Barbadian|Barbadians|Bajan|Bajans ;
BN ; Brunei ; Brunei Darussalam|Nation of Brunei ; Bruneian|Bruneians ;
BT ; Bhutan ; ; Bhutanese ;
BV ; Bouvet Island ; ; ; Norwegian dependency, uninhabited
BW ; Botswana ; ; Motswana|Batswana|Botswanan|Botswanans ;
CF ; Central African Republic ; ; Central African|Central Africans ; "CAR" left out (all-caps headlines)
CA ; Canada ; ; Canadian|Canadians ;
CC ; Cocos (Keeling) Islands ; Cocos Islands|Keeling Islands ; ; Australian external territory
CH ; Switzerland ; Swiss Confederation|Confoederatio Helvetica ; Swiss ;
CL ; Chile ; ; Chilean|Chileans ;
CN ; China ; PRC|mainland China ; Chinese ; "Chinese" is also the language; "Red China" left out
CI ; Ivory Coast ; Côte d'Ivoire ; Ivorian|Ivorians|Ivoirian|Ivoirians ; AP/Reuters use Ivory Coast
CM ; Cameroon ; ; Cameroonian|Cameroonians ;
CD ; Democratic Republic of the Congo ; Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa|Congo|Zaire ; Congolese ; bare "Congo" assigned here (AP usage); "Congolese" shared with Republic of the Congo
CG ; Republic of the Congo ; Republic of Congo|Congo Republic|Congo-Brazzaville ; Congolese ; bare "Congo" is given to the DRC
CK ; Cook Islands ; ; Cook Islander|Cook Islanders ; in free association with New Zealand
CO ; Colombia ; ; Colombian|Colombians ;
KM ; Comoros ; ; Comoran|Comorans|Comorian|Comorians ;
CV ; Cape Verde ; Cabo Verde ; Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans ;
CR ; Costa Rica ; ; Costa Rican|Costa Ricans ;
CU ; Cuba ; ; Cuban|Cubans ;
CW ; Curaçao ; ; Curaçaoan|Curaçaoans ; constituent country of the Kingdom of the Netherlands
CX ; Christmas Island ; ; Christmas Islander|Christmas Islanders ; Australian external territory
KY ; Cayman Islands ; Caymans ; Caymanian|Caymanians ; British overseas territory
CY ; Cyprus ; ; Cypriot|Cypriots|Greek Cypriot|Greek Cypriots ; Turkish Cypriots are under Northern Cyprus
CZ ; Czech Republic ; Czechia ; Czech|Czechs ; AP/Reuters mostly write Czech Republic
DE ; Germany ; ; German|Germans ;
DJ ; Djibouti ; ; Djiboutian|Djiboutians ; the capital city is also called Djibouti: no separate place row
DM ; Dominica ; Commonwealth of Dominica ; ; "Dominican" left out here: it means the Dominican Republic in news
DK ; Denmark ; ; Danish|Danes ;
DO ; Dominican Republic ; ; Dominican|Dominicans ; "Dominican" also a Catholic order
DZ ; Algeria ; ; Algerian|Algerians ;
EC ; Ecuador ; ; Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans ;
EG ; Egypt ; ; Egyptian|Egyptians ;
ER ; Eritrea ; ; Eritrean|Eritreans ;
EH ; Western Sahara ; Sahrawi Arab Democratic Republic|SADR ; Sahrawi|Sahrawis|Saharawi|Saharawis ; disputed; mostly controlled by Morocco
ES ; Spain ; ; Spanish|Spaniard|Spaniards ;
EE ; Estonia ; ; Estonian|Estonians ;
ET ; Ethiopia ; ; Ethiopian|Ethiopians ;
FI ; Finland ; ; Finnish|Finn|Finns ; "Finns" also the Finns Party
FJ ; Fiji ; ; Fijian|Fijians ;
FK ; Falkland Islands ; Falklands|Malvinas|Islas Malvinas|Falkland Islands (Malvinas) ; Falkland Islander|Falkland Islanders ; British overseas territory claimed by Argentina
FR ; France ; ; French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen ; "French" is also the language
FO ; Faroe Islands ; Faroes|Faeroe Islands ; Faroese ; self-governing part of the Kingdom of Denmark
FM ; Micronesia ; Federated States of Micronesia ; Micronesian|Micronesians ; "Micronesia" is also the Pacific region
GA ; Gabon ; Gabonese Republic ; Gabonese ;
GB ; United Kingdom ; UK|Britain|Great Britain ; British|Briton|Britons ; "GB" left out (gigabyte); England, Scotland, Wales, Northern Ireland are in places.tsv
GE ; Georgia ; ; Georgian|Georgians ; the country; also the US state (not in this gazetteer) - check context
GG ; Guernsey ; Bailiwick of Guernsey ; ; British Crown dependency
GH ; Ghana ; ; Ghanaian|Ghanaians ;
GI ; Gibraltar ; ; Gibraltarian|Gibraltarians ; British overseas territory
GN ; Guinea ; Guinea-Conakry ; Guinean|Guineans ;
GP ; Guadeloupe ; ; Guadeloupean|Guadeloupeans ; French overseas region
GM ; Gambia ; The Gambia ; Gambian|Gambians ;
GW ; Guinea-Bissau ; Guinea Bissau ; Bissau-Guinean|Bissau-Guineans ;
GQ ; Equatorial Guinea ; ; Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans ;
GR ; Greece ; ; Greek|Greeks ; "Greek" is also the language
GD ; Grenada ; ; Grenadian|Grenadians ;
GL ; Greenland ; Kalaallit Nunaat ; Greenlander|Greenlanders|Greenlandic ; self-governing part of the Kingdom of Denmark
GT ; Guatemala ; ; Guatemalan|Guatemalans ;
GF ; French Guiana ; Guyane ; ; French overseas region
GU ; Guam ; ; Guamanian|Guamanians ; US territory
GY ; Guyana ; ; Guyanese ;
HK ; Hong Kong ; Hong Kong SAR|HKSAR ; Hong Konger|Hong Kongers|Hongkonger|Hongkongers ; special administrative region of China
HM ; Heard Island and McDonald Islands ; ; ; Australian external territory, uninhabited
HN ; Honduras ; ; Honduran|Hondurans ;
HR ; Croatia ; ; Croatian|Croatians|Croat|Croats ;
HT ; Haiti ; ; Haitian|Haitians ;
HU ; Hungary ; ; Hungarian|Hungarians ;
ID ; Indonesia ; ; Indonesian|Indonesians ;
IM ; Isle of Man ; ; Manx ; British Crown dependency
IN ; India ; Bharat ; Indian|Indians ; "Indian" also Native American / Indian Ocean
IO ; British Indian Ocean Territory ; Chagos Islands|Chagos Archipelago|BIOT ; Chagossian|Chagossians ; sovereignty transfer to Mauritius agreed 2024-25
IE ; Ireland ; Republic of Ireland ; Irish|Irishman|Irishmen|Irishwoman ; "Irish" may refer to Northern Ireland too
IR ; Iran ; ; Iranian|Iranians ; "Persia"/"Persian" left out (historic; Persian Gulf, language)
IQ ; Iraq ; ; Iraqi|Iraqis ;
IS ; Iceland ; ; Icelandic|Icelander|Icelanders ;
IL ; Israel ; ; Israeli|Israelis ;
IT ; Italy ; ; Italian|Italians ;
JM ; Jamaica ; ; Jamaican|Jamaicans ;
JE ; Bailiwick of Jersey ; ; ; British Crown dependency; bare "Jersey" left out (garment, New Jersey)
JO ; Jordan ; ; Jordanian|Jordanians ; also a first name and the Jordan River (places.tsv)
JP ; Japan ; ; Japanese ;
KZ ; Kazakhstan ; ; Kazakh|Kazakhs|Kazakhstani|Kazakhstanis ;
KE ; Kenya ; ; Kenyan|Kenyans ;
KG ; Kyrgyzstan ; Kirghizia|Kyrgyz Republic ; Kyrgyz|Kyrgyzstani|Kyrgyzstanis ;
KH ; Cambodia ; Kampuchea ; Cambodian|Cambodians ;
KI ; Kiribati ; ; I-Kiribati ;
KN ; Saint Kitts and Nevis ; St Kitts and Nevis|St. Kitts and Nevis|Saint Christopher and Nevis ; Kittitian|Kittitians|Nevisian|Nevisians ;
KR ; South Korea ; Republic of Korea|ROK|S. Korea ; South Korean|South Koreans ; bare "Korea"/"Korean" left out (ambiguous North/South/peninsula)
KW ; Kuwait ; ; Kuwaiti|Kuwaitis ;
LA ; Laos ; Lao PDR ; Lao|Laotian|Laotians ;
LB ; Lebanon ; ; Lebanese ;
LR ; Liberia ; ; Liberian|Liberians ;
LY ; Libya ; ; Libyan|Libyans ;
LC ; Saint Lucia ; St Lucia|St. Lucia ; Saint Lucian|Saint Lucians|St Lucian|St Lucians ;
LI ; Liechtenstein ; ; Liechtensteiner|Liechtensteiners ;
LK ; Sri Lanka ; Ceylon ; Sri Lankan|Sri Lankans ;
LS ; Lesotho ; ; Basotho|Mosotho ;
LT ; Lithuania ; ; Lithuanian|Lithuanians ;
LU ; Luxembourg ; ; Luxembourger|Luxembourgers|Luxembourgish ; the capital is the place "Luxembourg City"
LV ; Latvia ; ; Latvian|Latvians ;
MO ; Macau ; Macao|Macao SAR|Macau SAR ; Macanese ; special administrative region of China
MF ; Saint Martin ; Saint-Martin|St Martin|St. Martin|Collectivity of Saint Martin|Saint Martin (French part) ; ; French part of the island; see Sint Maarten
MA ; Morocco ; ; Moroccan|Moroccans ;
MC ; Monaco ; ; Monegasque|Monegasques ;
MD ; Moldova ; ; Moldovan|Moldovans ;
MG ; Madagascar ; ; Malagasy ;
MV ; Maldives ; The Maldives ; Maldivian|Maldivians ;
MX ; Mexico ; ; Mexican|Mexicans ;
MH ; Marshall Islands ; ; Marshallese ;
MK ; North Macedonia ; Macedonia|Former Yugoslav Republic of Macedonia|FYROM ; Macedonian|Macedonians|North Macedonian|North Macedonians ; "Macedonia" also the Greek region; renamed 2019
ML ; Mali ; ; Malian|Malians ;
MT ; Malta ; ; Maltese ;
MM ; Myanmar ; Burma|Republic of the Union of Myanmar ; Burmese ;
ME ; Montenegro ; ; Montenegrin|Montenegrins ;
MN ; Mongolia ; ; Mongolian|Mongolians ; "Mongol" left out (historic)
MP ; Northern Mariana Islands ; Northern Marianas|CNMI ; ; US territory
MZ ; Mozambique ; ; Mozambican|Mozambicans ;
MR ; Mauritania ; ; Mauritanian|Mauritanians ;
MS ; Montserrat ; ; Montserratian|Montserratians ; British overseas territory
MQ ; Martinique ; ; Martinican|Martinicans ; French overseas region
MU ; Mauritius ; ; Mauritian|Mauritians ;
MW ; Malawi ; ; Malawian|Malawians ;
MY ; Malaysia ; ; Malaysian|Malaysians ;
YT ; Mayotte ; ; Mahoran|Mahorans ; French overseas department
NA ; Namibia ; ; Namibian|Namibians ;
NC ; New Caledonia ; ; New Caledonian|New Caledonians ; French special collectivity
NE ; Niger ; ; Nigerien|Nigeriens ; not Nigeria (whole-word matching keeps them apart); also the Niger River
NF ; Norfolk Island ; ; Norfolk Islander|Norfolk Islanders ; Australian external territory
NG ; Nigeria ; ; Nigerian|Nigerians ;
NI ; Nicaragua ; ; Nicaraguan|Nicaraguans ;
NU ; Niue ; ; Niuean|Niueans ; in free association with New Zealand
NL ; Netherlands ; The Netherlands ; Dutch|Dutchman|Dutchmen|Dutchwoman ; "Holland" left out (province names; surname; sports usage only)
NO ; Norway ; ; Norwegian|Norwegians ;
NP ; Nepal ; ; Nepali|Nepalis|Nepalese ;
NR ; Nauru ; ; Nauruan|Nauruans ;
NZ ; New Zealand ; NZ|Aotearoa ; New Zealander|New Zealanders ; "Kiwi" left out (common word)
OM ; Oman ; Sultanate of Oman ; Omani|Omanis ;
PK ; Pakistan ; ; Pakistani|Pakistanis ;
PA ; Panama ; ; Panamanian|Panamanians ; the capital is the place "Panama City"; also Panama Canal (places.tsv)
PN ; Pitcairn Islands ; Pitcairn|Pitcairn, Henderson, Ducie and Oeno Islands ; Pitcairn Islander|Pitcairn Islanders ; British overseas territory
PE ; Peru ; ; Peruvian|Peruvians ;
PH ; Philippines ; The Philippines ; Filipino|Filipinos|Filipina|Filipinas|Philippine ;
PW ; Palau ; ; Palauan|Palauans ;
PG ; Papua New Guinea ; ; Papua New Guinean|Papua New Guineans ; "PNG" left out (image format)
PL ; Poland ; ; ; "Polish" left out (the verb/noun polish); "Pole/Poles" left out (common words)
PR ; Puerto Rico ; ; Puerto Rican|Puerto Ricans ; US territory
KP ; North Korea ; DPRK|N. Korea ; North Korean|North Koreans ;
PT ; Portugal ; ; Portuguese ; also the language
PY ; Paraguay ; ; Paraguayan|Paraguayans ;
PS ; Palestine ; State of Palestine|Palestinian territories|Palestinian territory|occupied Palestinian territories|occupied Palestinian territory|Occupied Palestinian Territories|Palestinian Territories ; Palestinian|Palestinians ; State of Palestine, UN observer state; Gaza Strip, West Bank and East Jerusalem are in places.tsv
PF ; French Polynesia ; ; French Polynesian|French Polynesians ; French overseas collectivity
QA ; Qatar ; ; Qatari|Qataris ;
RE ; Reunion Island ; La Réunion|Réunion Island ; Réunionese ; bare "Réunion" left out: matching ignores diacritics, so it would match "reunion"; French overseas region
RO ; Romania ; Rumania ; Romanian|Romanians ;
RU ; Russia ; ; Russian|Russians ; "Russian" is also the language
RW ; Rwanda ; ; Rwandan|Rwandans ;
SA ; Saudi Arabia ; KSA ; Saudi|Saudis|Saudi Arabian|Saudi Arabians ; "Saudi" alone is used as adjective for the state
SD ; Sudan ; ; Sudanese ;
SN ; Senegal ; ; Senegalese ;
SG ; Singapore ; ; Singaporean|Singaporeans ; city-state: no separate place row
GS ; South Georgia and the South Sandwich Islands ; South Georgia|South Sandwich Islands ; ; British overseas territory claimed by Argentina
SH ; Saint Helena ; Saint Helena, Ascension and Tristan da Cunha|St Helena|St. Helena|Ascension Island|Tristan da Cunha ; Saint Helenian|Saint Helenians ; British overseas territory
SJ ; Svalbard and Jan Mayen ; Svalbard|Jan Mayen ; ; Norwegian territory
SB ; Solomon Islands ; Solomons ; Solomon Islander|Solomon Islanders ;
SL ; Sierra Leone ; ; Sierra Leonean|Sierra Leoneans ;
SV ; El Salvador ; ; Salvadoran|Salvadorans|Salvadorean|Salvadoreans ;
SM ; San Marino ; ; Sammarinese ; the capital city has the same name: no separate place row
SO ; Somalia ; ; Somali|Somalis ; "Somali" also the language and used in Somaliland
PM ; Saint Pierre and Miquelon ; St Pierre and Miquelon|St. Pierre and Miquelon ; ; French overseas collectivity
RS ; Serbia ; ; Serbian|Serbians|Serb|Serbs ; "Serb" also ethnic Serbs elsewhere
SS ; South Sudan ; ; South Sudanese ;
ST ; Sao Tome and Principe ; São Tomé and Príncipe|Sao Tome & Principe ; Santomean|Santomeans|Sao Tomean|Sao Tomeans ;
SR ; Suriname ; Surinam ; Surinamese|Surinamer|Surinamers ;
SK ; Slovakia ; Slovak Republic ; Slovak|Slovaks|Slovakian|Slovakians ;
SI ; Slovenia ; ; Slovenian|Slovenians|Slovene|Slovenes ;
SE ; Sweden ; ; Swedish|Swede|Swedes ; "swede" is also a vegetable (rare in news)
SZ ; Eswatini ; Swaziland|Kingdom of Swaziland ; Swazi|Swazis|Liswati|Emaswati ; renamed 2018
SX ; Sint Maarten ; Sint Maarten (Dutch part) ; ; constituent country of the Kingdom of the Netherlands; see Saint Martin
SC ; Seychelles ; The Seychelles ; Seychellois ;
SY ; Syria ; Syrian Arab Republic ; Syrian|Syrians ;
TC ; Turks and Caicos Islands ; Turks and Caicos ; Turks and Caicos Islander|Turks and Caicos Islanders ; British overseas territory
TD ; Chad ; ; Chadian|Chadians ; also a first name; no other alias
TG ; Togo ; ; Togolese ;
TH ; Thailand ; Siam ; Thai|Thais ; "Thai" also the language
TJ ; Tajikistan ; ; Tajik|Tajiks|Tajikistani|Tajikistanis ;
TK ; Tokelau ; ; Tokelauan|Tokelauans ; New Zealand territory
TM ; Turkmenistan ; ; Turkmen|Turkmens|Turkmenistani ;
TL ; East Timor ; Timor-Leste|Timor Leste ; East Timorese|Timorese ;
TO ; Tonga ; ; Tongan|Tongans ;
TT ; Trinidad and Tobago ; Trinidad|Trinidad & Tobago ; Trinidadian|Trinidadians|Tobagonian|Tobagonians ;
TN ; Tunisia ; ; Tunisian|Tunisians ;
TR ; Turkey ; Türkiye|Republic of Turkey ; Turkish|Turk|Turks ; AP/Reuters still mostly write Turkey; "Turkish" also the language
TV ; Tuvalu ; ; Tuvaluan|Tuvaluans ;
TW ; Taiwan ; Republic of China|ROC|Chinese Taipei|Formosa ; Taiwanese ; status disputed by China; pycountry lists "Taiwan, Province of China"
TZ ; Tanzania ; ; Tanzanian|Tanzanians ;
UG ; Uganda ; ; Ugandan|Ugandans ;
UA ; Ukraine ; the Ukraine ; Ukrainian|Ukrainians ;
UM ; United States Minor Outlying Islands ; US Minor Outlying Islands ; ; US territories (Wake, Midway, etc.)
UY ; Uruguay ; ; Uruguayan|Uruguayans ;
US ; United States ; US|USA|America|United States of America ; American|Americans ; "America" also the continent(s): see places North/South/Latin America
UZ ; Uzbekistan ; ; Uzbek|Uzbeks|Uzbekistani|Uzbekistanis ;
VA ; Vatican City ; Vatican|Holy See|Vatican City State|Holy See (Vatican City State) ; ; "the Vatican" also the Holy See as an institution
VC ; Saint Vincent and the Grenadines ; St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent ; Vincentian|Vincentians ;
VE ; Venezuela ; ; Venezuelan|Venezuelans ;
VG ; British Virgin Islands ; BVI ; ; British overseas territory
VI ; United States Virgin Islands ; US Virgin Islands|U.S. Virgin Islands|USVI ; ; US territory
VN ; Vietnam ; Viet Nam|Socialist Republic of Vietnam ; Vietnamese ;
VU ; Vanuatu ; ; Ni-Vanuatu ;
WF ; Wallis and Futuna ; ; Wallisian|Wallisians|Futunan|Futunans ; French overseas collectivity
WS ; Samoa ; Western Samoa ; Samoan|Samoans ; see also American Samoa
YE ; Yemen ; ; Yemeni|Yemenis ;
ZA ; South Africa ; ; South African|South Africans ;
ZM ; Zambia ; ; Zambian|Zambians ;
ZW ; Zimbabwe ; ; Zimbabwean|Zimbabweans ;
XK ; Kosovo ; Republic of Kosovo ; Kosovar|Kosovars|Kosovan|Kosovans ; not in ISO 3166-1 (user code XK); independence not recognised by Serbia
XN ; Northern Cyprus ; Turkish Republic of Northern Cyprus|TRNC|North Cyprus ; Turkish Cypriot|Turkish Cypriots ; not in ISO 3166-1; recognised only by Turkey
XS ; Somaliland ; Republic of Somaliland ; Somalilander|Somalilanders ; not in ISO 3166-1; self-declared, claimed by Somalia
XA ; Abkhazia ; ; Abkhaz|Abkhazian|Abkhazians ; not in ISO 3166-1; breakaway region of Georgia
XO ; South Ossetia ; ; South Ossetian|South Ossetians ; not in ISO 3166-1; breakaway region of Georgia
XT ; Transnistria ; Transdniestria|Pridnestrovie|Trans-Dniester ; Transnistrian|Transnistrians ; not in ISO 3166-1; breakaway region of Moldova
"""

# pycountry names never to add as aliases (common words once diacritics are ignored, or garments)
BLOCKED_ALIASES = {"JE": {"Jersey"}, "RE": {"Réunion"}, "CG": {"Congo"}}
