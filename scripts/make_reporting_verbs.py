#!/usr/bin/env python3
"""Build data/reporting_verbs.txt: the long tail of verbs that report speech or thought.

Source: Princeton WordNet 3.0 (licence: WordNet 3.0, permissive, BSD-like; see NOTICE), as
installed by Debian's `wordnet-base` package (1:3.0-37) under /usr/share/wordnet.

A verb is kept when one of its senses is filed in the lexicographer file verb.communication
(31 is verb.cognition, 32 is verb.communication) AND that sense takes WordNet's sentence frame
26, "Somebody ----s that CLAUSE": that is what a reporting cue is ("warned that ...",
"believes that ..."). Only one-word lemmas are kept. Each lemma is written with its
inflections (-s, -ed, -ing by the regular spelling rules, plus WordNet's verb.exc for irregular
forms), lower-case, one per line, sorted.

Usage: python3 scripts/make_reporting_verbs.py [/usr/share/wordnet] > data/reporting_verbs.txt
The output is byte for byte the same for the same WordNet files.
"""
import os
import sys

LEX_FILES = {"31": "verb.cognition", "32": "verb.communication"}
THAT_CLAUSE_FRAME = 26
VOWELS = "aeiou"


def senses(path):
    """(lemma, lex file) for every word of a verb sense that takes the that-clause frame."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            lex_file, w_cnt = fields[1], int(fields[3], 16)
            if lex_file not in LEX_FILES:
                continue
            words = [fields[4 + 2 * i] for i in range(w_cnt)]
            at = 4 + 2 * w_cnt
            p_cnt = int(fields[at])
            at += 1 + 4 * p_cnt
            frames = []
            if at < len(fields):
                f_cnt = int(fields[at])
                for i in range(f_cnt):
                    frames.append((int(fields[at + 2 + 3 * i]), int(fields[at + 3 + 3 * i], 16)))
            for number, word in frames:
                if number != THAT_CLAUSE_FRAME:
                    continue
                chosen = words if word == 0 else [words[word - 1]]
                for w in chosen:
                    w = w.split("(")[0].lower()
                    if w.isalpha():
                        yield w


def regular_forms(verb):
    """-s, -ed and -ing by the regular rules (a doubled consonant is left to verb.exc)."""
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = verb + "es"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        past, ing = verb[:-1] + "ied", verb + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    return [third, past, ing]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    lemmas = set(senses(os.path.join(root, "data.verb")))
    irregular = {}
    with open(os.path.join(root, "verb.exc"), encoding="utf-8") as f:
        for line in f:
            form, *bases = line.split()
            for base in bases:
                irregular.setdefault(base, []).append(form)
    forms = set()
    for lemma in lemmas:
        forms.add(lemma)
        forms.update(irregular.get(lemma, []))
        if lemma not in irregular:
            forms.update(regular_forms(lemma))
        else:
            # verb.exc lists the irregular forms; the third person and -ing stay regular
            # unless listed ("says" is regular, "lying" is not).
            regular = regular_forms(lemma)
            forms.add(regular[0])
            if not any(f.endswith("ing") for f in irregular[lemma]):
                forms.add(regular[2])
    print("# Reporting verbs (speech and thought that take a that-clause) and their inflections.")
    print("# Made by scripts/make_reporting_verbs.py from Princeton WordNet 3.0 (Debian wordnet-base")
    print("# 1:3.0-37): verb senses in verb.communication or verb.cognition with sentence frame 26,")
    print("# 'Somebody ----s that CLAUSE'. WordNet 3.0 Copyright 2006 by Princeton University (NOTICE).")
    for form in sorted(f for f in forms if f.isalpha()):
        print(form)


if __name__ == "__main__":
    main()
