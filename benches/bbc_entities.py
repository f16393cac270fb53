#!/usr/bin/env python3
"""Entities on the BBC News set, measured for issue 12's checks.

Prints, over the distinct stories of ../shared/data/bbc-news/bbc/*/*.txt:
- currency amounts (a £, $ or € sign, a number, an optional scale such as "bn" or "million")
  that lie inside a MONEY entity, of all such amounts;
- non-person names whose canonical name lost words of the name (a leading "the" and a
  possessive aside): "General Electric" must not become "Electric";
- names that run across a comma-separated list ("House of Fraser, Marks & Spencer and ...");
- labels outside the 18 OntoNotes labels.

Reads ../shared only; prints nothing from it but counts, names and (with --show N) N missed
amounts with a few words around them, for inspection on screen.

Usage: python benches/bbc_entities.py [--root DIR] [--show N]
"""
import collections
import os
import re
import sys

import copydesk

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bbc_quotes import bbc_args, stories  # noqa: E402

ONTONOTES = set(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME PERCENT MONEY "
    "QUANTITY ORDINAL CARDINAL".split()
)
NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
AMOUNT = re.compile(r"[£$€]\s?\d+(?:[.,]\d+)*(?:\s?(?:bn|m|k|billion|million|trillion)\b)?")
LIST = re.compile(r"[A-Z]\w*, [A-Z]")


def core(text):
    """A name as its canonical form should keep it: one space between words, no leading
    article, no possessive."""
    name = " ".join(text.split())
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    return re.sub(r"(?:'s|’s|')$", "", name)


def main():
    args = bbc_args(__doc__)
    texts = [t for _, t in stories(args.root)]
    articles = copydesk.analyze_many(texts)
    amounts = inside = 0
    lost = collections.Counter()
    lists = []
    outside = collections.Counter()
    missed = []
    for text, art in zip(texts, articles):
        money = [(e.start, e.end) for e in art.entities if e.label == "MONEY"]
        for m in AMOUNT.finditer(text):
            amounts += 1
            if any(s <= m.start() and m.end() <= e for s, e in money):
                inside += 1
            elif len(missed) < args.show:
                missed.append(" ".join(text[max(0, m.start() - 30):m.end() + 20].split()))
        for e in art.entities:
            if e.label not in ONTONOTES:
                outside[e.label] += 1
            if e.label in NUMERIC:
                continue
            name = core(e.text)
            if e.label != "PERSON" and e.canonical and len(e.canonical) < len(name) and name.endswith(e.canonical):
                lost[(name, e.canonical)] += 1
            if LIST.search(e.text):
                lists.append(e.text)
    print(f"stories: {len(texts)} distinct")
    print(f"currency amounts inside MONEY: {inside} of {amounts} ({inside / max(amounts, 1):.1%})")
    print(f"non-person canonical names that lost a word: {sum(lost.values())} {lost.most_common(10)}")
    print(f"names spanning a comma-separated list: {len(lists)} {lists[:10]}")
    print(f"labels outside the 18 OntoNotes labels: {dict(outside)}")
    for m in missed:
        print(f"  missed: {m}")


if __name__ == "__main__":
    main()
