#!/usr/bin/env python3
"""Checks of entities on real copy, over the BBC News stories in ../shared (research-only text:
read here, never shipped). Measures what issue 12 asks of money, names and labels:

- the share of currency amounts written with a sign (`£600m`, `$1.13bn`, `€2.4bn`, `£12.50`)
  that fall inside a MONEY entity (target >= 95%);
- labels outside the 18 OntoNotes labels (target 0), and the count of each label;
- non-person names whose canonical name lost a word of the mention (target 0);
- names that run across a comma-separated list of names (target 0).

Usage: python scripts/bbc_entity_checks.py [BBC_DIR] [--examples N]
BBC_DIR defaults to ../shared/data/bbc-news/bbc. Needs copydesk installed (`.venv`).
"""
import argparse
import collections
import pathlib
import re
import sys

import copydesk

ONTONOTES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
             "LAW", "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
             "CARDINAL"}
NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
AMOUNT = re.compile(r"[£$€]\d[\d,]*(?:\.\d+)?")
LIST = re.compile(r"[^\s,]+, [A-Z]")


def words(s):
    """Whitespace words, without a possessive ("Rover's profits" names "Rover")."""
    out = s.lower().split()
    if out:
        out[-1] = re.sub(r"['’]s?$", "", out[-1]) or out[-1]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bbc", nargs="?", default=str(pathlib.Path(__file__).resolve().parent.parent
                                                   / ".." / "shared" / "data" / "bbc-news" / "bbc"))
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args()
    root = pathlib.Path(args.bbc)
    if not root.is_dir():
        sys.exit(f"no BBC stories at {root}")
    amounts = in_money = 0
    labels = collections.Counter()
    lost, lists, missed = [], [], []
    for path in sorted(root.glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        article = copydesk.analyze(text)
        money = [(e.start, e.end) for e in article.entities if e.label == "MONEY"]
        for m in AMOUNT.finditer(article.text):
            amounts += 1
            if any(s <= m.start() and m.end() <= e for s, e in money):
                in_money += 1
            elif len(missed) < args.examples:
                missed.append(article.text[max(0, m.start() - 30):m.end() + 20].replace("\n", " "))
        for e in article.entities:
            labels[e.label] += 1
            if e.label in NUMERIC:
                continue
            if LIST.search(e.text):
                lists.append(e.text)
            if e.label != "PERSON":
                own = words(e.text)
                if own and own[0].lower() == "the":
                    own = own[1:]
                canon = words(e.canonical)
                if own and not all(w in canon for w in own):
                    lost.append(f"{e.text!r} -> {e.canonical!r} ({e.label})")
    outside = {l: n for l, n in labels.items() if l not in ONTONOTES}
    print(f"currency amounts inside MONEY: {in_money}/{amounts} = {in_money / max(amounts, 1):.1%}")
    print(f"labels outside the 18: {sum(outside.values())} {outside}")
    print(f"non-person canonicals that lost a word: {len(lost)}")
    print(f"names spanning a comma-separated list: {len(lists)}")
    print("labels: " + ", ".join(f"{l} {n}" for l, n in labels.most_common()))
    for title, xs in (("missed amounts", missed), ("lost words", lost), ("lists", lists)):
        for x in xs[:args.examples]:
            print(f"  {title}: {x}")


if __name__ == "__main__":
    main()
