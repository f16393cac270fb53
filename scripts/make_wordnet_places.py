#!/usr/bin/env python3
"""Build data/lexicon/wordnet_places.tsv: names WordNet knows only as places.

Source: Princeton WordNet 3.0 (licence: WordNet 3.0, permissive, BSD-like; see NOTICE), as
installed by Debian's `wordnet-base` package (1:3.0-37) under /usr/share/wordnet.

WordNet files named places as *instances* of a kind of place: "Ganges" is an instance of
river, "Hokkaido" of island, "British Columbia" of Canadian province. A name is kept when
every noun sense of it is such an instance and every kind maps to the same label, so names
that are also people ("Washington") or words of another part of speech ("Nice") are left
out; a common noun written in lowercase does not count against a capitalised name ("Seine",
the river, is not the net "seine"). The label is OntoNotes': GPE for settlements and
political divisions, LOC for natural features and regions. The pipeline uses the list
softly (see `knowledge::places_wordnet_knows`): it corrects the tagger's type for a name it
found, it never finds a name.

Usage: python3 scripts/make_wordnet_places.py [/usr/share/wordnet] > data/lexicon/wordnet_places.tsv
The output is byte for byte the same for the same WordNet files.
"""
import os
import re
import sys
from collections import defaultdict

# Kinds of place (WordNet synsets, by their first lemma) and the label their instances take.
GPE_KINDS = """city town port national_capital state_capital country state American_state
Canadian_province provincial_capital county borough village suburb kingdom principality
colony Colony empire Australian_state French_region Italian_region capital city_district
seaport port_of_entry administrative_district residential_district urban_area
Scandinavian_country Baltic_State Balkan_country possession district province canton
commune municipality township emirate sultanate island Aegean_island""".split()
LOC_KINDS = """river archipelago mountain_peak range lake sea desert peninsula bay gulf volcano
strait national_park valley channel ocean continent geographical_area region cape waterfall
hill plain forest gorge estuary loch inlet firth sound isthmus promontory tableland atoll pass
trench seashore canal brook headstream waterway bight mountain glacier reef lagoon coast
plateau""".split()


def kind_label(kind):
    if kind in GPE_KINDS or kind.endswith("_country"):
        return "GPE"
    if kind in LOC_KINDS:
        return "LOC"
    return None


def read_synsets(path):
    """offset -> (lemmas, instance-of offsets) for every noun synset."""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.partition(" | ")[0].split()
            count = int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            instance_of = [
                fields[at + 2 + 4 * i]
                for i in range(pointers)
                if fields[at + 1 + 4 * i] == "@i" and fields[at + 3 + 4 * i] == "n"
            ]
            synsets[fields[0]] = (lemmas, instance_of)
    return synsets


def other_parts_of_speech(wordnet, parts=("verb", "adj", "adv")):
    words = set()
    for pos in parts:
        with open(os.path.join(wordnet, f"index.{pos}"), encoding="latin-1") as f:
            words.update(line.split()[0] for line in f if not line.startswith(" "))
    return words


def places(synsets, others, key_of):
    """lowercase name -> (name, label) for lemmas, grouped by `key_of`, whose every sense is an
    instance of places of one label."""
    senses = defaultdict(list)
    for lemmas, instance_of in synsets.values():
        for lemma in lemmas:
            senses[key_of(lemma)].append((lemma, instance_of))
    found = {}
    for key, lemma_senses in senses.items():
        labels = set()
        for _, instance_of in lemma_senses:
            if not instance_of:
                labels.add(None)  # a sense that is no instance: a common noun
            for kind in instance_of:
                labels.add(kind_label(synsets[kind][0][0]))
        name = lemma_senses[0][0].replace("_", " ")
        if len(labels) == 1 and None not in labels and name[0].isupper() and key.lower() not in others:
            found.setdefault(name.lower(), (name, labels.pop()))
    return found


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    synsets = read_synsets(os.path.join(wordnet, "data.noun"))
    others = other_parts_of_speech(wordnet)
    strict = places(synsets, others, str.lower)
    # Senses by the lemma as WordNet writes it: the river "Seine" is not the net "seine". Only
    # natural features are taken this way: a town named like a thing ("Champagne", "Cheddar")
    # is more often the thing.
    # A verb in lowercase ("to seine") is no reading of a capitalised name, but an adjective
    # is ("Mediterranean diet", "Orange juice").
    cased = places(synsets, other_parts_of_speech(wordnet, ("adj", "adv")), lambda lemma: lemma)
    out = dict(strict)
    for key, (name, label) in cased.items():
        if label == "LOC" and len(name) > 3:
            out.setdefault(key, (name, label))
    out = sorted(out.values())
    print("# Names WordNet 3.0 knows only as places, with the OntoNotes label of their kind")
    print("# (name<TAB>label). Made by scripts/make_wordnet_places.py from Princeton WordNet 3.0")
    print("# (WordNet 3.0 licence, see NOTICE). Matching ignores case.")
    for name, label in sorted(out):
        print(f"{name}\t{label}")


if __name__ == "__main__":
    main()
