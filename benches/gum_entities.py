#!/usr/bin/env python3
"""Names in news from outside CoNLL: copydesk's people, organisations and places on GUM's
Wikinews news stories (../shared/data/gum-wikinews, CC BY 4.0 annotations), a cross-domain check
beside eval_ner.py. Nothing here is tuned on it.

Gold: GUM marks every mention (pronouns and common nouns too); a name is a mention of type
person, organization or place whose words are all capitalised but the small ones inside, once a leading determiner, a
trailing possessive and (for people) leading titles are taken off, as CoNLL and OntoNotes mark
names. A single adjective ("Indonesian") or plural proper noun ("Bangladeshis") is a people's
word in OntoNotes and is left out; a mention with a comma ("Aceh, Indonesia") leaves its
parts. Only the outermost such names count, as CoNLL marks names
flat. GUM's conventions still differ from CoNLL's (it types "Taliban" as people), so the figure
is for comparing versions of copydesk, not systems. The story text is rebuilt from the
tokens and their SpaceAfter marks, one paragraph per GUM paragraph.

copydesk's PERSON, ORG and GPE/LOC/FAC are compared with PER, ORG and LOC by exact character
span and type (conlleval's rule); its other labels are ignored.

Usage: python benches/gum_entities.py [--root DIR] [--genre news|interview|all] [--show N]
"""
import argparse
import pathlib
import re
import sys
from collections import Counter

import copydesk

TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
# Small words inside names ("Church of Scientology").
SMALL = {"of", "the", "and", "for", "de", "al", "'s", "&"}
# Words before a person's name that are no part of it (copydesk's own list is in
# data/lexicon/titles.txt; this one is GUM's, from its stories' people).
TITLES = {"President", "Prime", "Minister", "Ambassador", "Secretary", "Senator", "Governor",
          "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sen.", "Rep.", "Gov.", "Judge",
          "King", "Queen", "General", "Gen.", "Chancellor", "Mayor", "Professor", "Prof."}
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
BRACKETS = re.compile(r"\((\d+)-([^()|]*)|(\d+)\)|\)")


def read_doc(path):
    """The story text and its gold names as (start, end, type)."""
    text, sentences = [], []
    pos = 0
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().split("\n")
        if not any(line and line[0].isdigit() for line in lines):
            continue
        new_paragraph = any(line.startswith("# newpar") for line in lines)
        rows = [line.split("\t") for line in lines if line and line[0].isdigit()]
        rows = [r for r in rows if "-" not in r[0] and "." not in r[0]]
        if text:
            sep = "\n\n" if new_paragraph else " "
            text.append(sep)
            pos += len(sep)
        toks = []
        for i, r in enumerate(rows):
            start = pos
            text.append(r[1])
            pos += len(r[1])
            toks.append((start, pos, r[1], r[3], r[9], r[5]))
            if i + 1 < len(rows) and "SpaceAfter=No" not in r[9]:
                text.append(" ")
                pos += 1
        sentences.append(toks)
    return "".join(text), mentions(sentences)


def mentions(sentences):
    tokens = [t for s in sentences for t in s]
    open_, found = {}, []
    for k, (_, _, _, _, misc, _) in enumerate(tokens):
        entity = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), "")
        last_opened = []
        for m in BRACKETS.finditer(entity):
            if m.group(1):
                attrs = m.group(2).split("-")
                open_[m.group(1)] = (k, attrs)
                last_opened.append(m.group(1))
            else:
                key = m.group(3) or (last_opened.pop() if last_opened else None)
                if key in open_:
                    start, attrs = open_.pop(key)
                    found.append((start, k + 1, attrs))
    gold = []
    for a, b, attrs in found:
        etype = attrs[0] if attrs else ""
        if etype not in TYPES:
            continue
        while a < b and tokens[a][3] == "DET":
            a += 1
        while b > a and tokens[b - 1][3] == "PART" and tokens[b - 1][2] in ("'s", "’s", "'"):
            b -= 1
        # "Aceh, Indonesia": a place and its country, each a name.
        if a >= b or b - a > 8 or any(t[2] == "," for t in tokens[a:b]):
            continue
        if etype == "person":
            # "U.S. President Donald Trump": the name is after the last title.
            titled = [k for k in range(a, b - 1) if tokens[k][2] in TITLES]
            if titled:
                a = titled[-1] + 1
        words = tokens[a:b]
        if len(words) == 1 and (words[0][3] == "ADJ" or "Number=Plur" in tokens[a][5]):
            continue
        proper = all(w[2][:1].isupper() or w[2] in SMALL or not w[2][:1].isalpha() for w in words)
        if not proper or not words[0][2][:1].isupper() or not words[-1][2][:1].isupper():
            continue
        gold.append((tokens[a][0], tokens[b - 1][1], TYPES[etype]))
    # Outermost only.
    gold.sort(key=lambda g: (g[0], -g[1]))
    flat = []
    for g in gold:
        if flat and g[0] < flat[-1][1]:
            continue
        flat.append(g)
    return set(flat)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--genre", default="news", choices=["news", "interview", "all"])
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    folder = pathlib.Path(args.root) / "data" / "gum-wikinews" / "dep"
    if not folder.is_dir():
        sys.exit(f"no GUM data at {folder}")
    pattern = "GUM_*.conllu" if args.genre == "all" else f"GUM_{args.genre}_*.conllu"
    docs = [read_doc(p) for p in sorted(folder.glob(pattern))]
    results = copydesk.analyze_many([t for t, _ in docs])
    tp, fp, fn = Counter(), Counter(), Counter()
    misses = []
    for (text, gold), art in zip(docs, results):
        pred = {(e.start, e.end, LABELS[e.label]) for e in art.entities if e.label in LABELS}
        for g in gold & pred:
            tp[g[2]] += 1
        for p in pred - gold:
            fp[p[2]] += 1
            misses.append(("extra", p[2], text[p[0]:p[1]]))
        for g in gold - pred:
            fn[g[2]] += 1
            misses.append(("missed", g[2], text[g[0]:g[1]]))

    def f1(t, p, n):
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)

    print(f"GUM {args.genre}: {len(docs)} stories, {sum(len(g) for _, g in docs)} gold names")
    for t in ("PER", "ORG", "LOC"):
        p, r, f = f1(tp[t], fp[t], fn[t])
        print(f"  {t}  P={p:.4f} R={r:.4f} F1={f:.4f}")
    p, r, f = f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"  ALL  P={p:.4f} R={r:.4f} F1={f:.4f}")
    for m in misses[: args.show]:
        print("  ", *m)


if __name__ == "__main__":
    main()
