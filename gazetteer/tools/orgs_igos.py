"""UN specialised agencies and one US agency that organizations.tsv lacked (issue 12,
"coverage", a pass over the heads of the main intergovernmental bodies of 2020-2025; see
people_gaps.py). Full official names and acronyms that name nothing else the news names;
rows as in orgs_world.py: (name, aliases, affiliation, notes).
"""

IGOS = [
    ("World Intellectual Property Organization", "WIPO|World Intellectual Property Organisation", "United Nations", "UN specialised agency, Geneva"),
    ("International Civil Aviation Organization", "ICAO|International Civil Aviation Organisation", "United Nations", "UN specialised agency, Montreal"),
    ("International Maritime Organization", "International Maritime Organisation", "United Nations", "UN specialised agency, London"),
    ("UN-Habitat", "United Nations Human Settlements Programme|UN Human Settlements Programme", "United Nations", "UN programme for cities and housing, Nairobi"),
    ("Pan American Health Organization", "PAHO|Pan American Health Organisation", "World Health Organization", "WHO regional office for the Americas, Washington"),
    ("Millennium Challenge Corporation", "", "United States", "US foreign aid agency"),
]
