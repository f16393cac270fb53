#!/usr/bin/env python3
"""Quote pairing and speakers on scraped copy: the BBC News set (straight marks, paragraph
breaks often lost), measured for issue 13.

Prints, over the distinct stories of ../shared/data/bbc-news/bbc/*/*.txt:
- stories with at least one quote, and how many of them carry an unbalanced-mark warning
  (any warning whose text contains "unbalanced", so the count survives a change of wording);
- quotes that hold narration after a closing mark, by three independent signs:
  `closer-opened`: the quote opens at a mark that reads as a closer (a word or punctuation
  before it, a space after it: `condemned." The Act` paired the wrong way round);
  `swallowed-mark`: the quote text contains a double mark (a closer it ran past);
  `cue-inside`: the quote text contains a closing-cue pattern (`, he said.`, `, said Ms Doe`);
- the 50 most frequent speakers, with the ones that are pronouns (or "you", "n't") flagged.

Reads ../shared only; prints nothing from it but speaker names and counts (and, with --show N,
N offending quotes for inspection on screen).

Usage: python benches/bbc_quotes.py [--root DIR] [--show N]
"""
import argparse
import collections
import glob
import os
import re
import sys

import copydesk

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.join(HERE, "..", "..", "shared", "data", "bbc-news", "bbc")
PRONOUNS = {
    "i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "who",
    "n't", "this", "that", "one", "someone", "somebody",
}
CUE_INSIDE = re.compile(
    r"[,.!?] (?:(?:he|she|they|it|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|says|added|told|explained)"
    r"|(?:said|says|added) (?:he|she|Mr|Mrs|Ms|Dr|the|a|[A-Z][a-z]+))\b"
)
MARKS = '"“”«»'


def stories(root):
    seen = set()
    for path in sorted(glob.glob(os.path.join(root, "*", "*.txt"))):
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8", errors="replace")
        if text in seen:
            continue
        seen.add(text)
        yield os.path.relpath(path, root), text


def narration_signs(text, q):
    """The signs (see the header) that quote `q` of `text` holds narration."""
    signs = []
    open_at = q.start - 1
    while open_at >= 0 and text[open_at].isspace():
        open_at -= 1
    if open_at >= 0 and text[open_at] in MARKS:
        before = text[open_at - 1] if open_at > 0 else " "
        after = text[open_at + 1] if open_at + 1 < len(text) else " "
        if not before.isspace() and before not in "([{—–-" and after.isspace():
            signs.append("closer-opened")
    if any(m in q.text for m in MARKS):
        signs.append("swallowed-mark")
    if CUE_INSIDE.search(q.text):
        signs.append("cue-inside")
    return signs


def bbc_args(description):
    """The BBC benches' command line (--root, --show), with the root checked."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=DEFAULT_ROOT)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if not os.path.isdir(args.root):
        sys.exit(f"no BBC data at {args.root}")
    return args


def main():
    args = bbc_args(__doc__)
    items = list(stories(args.root))
    articles = copydesk.analyze_many([t for _, t in items])
    with_quotes = unbalanced = n_quotes = 0
    signs = collections.Counter()
    any_sign = 0
    speakers = collections.Counter()
    no_speaker = 0
    labels = collections.Counter()
    shown = 0
    for (name, text), art in zip(items, articles):
        if not art.quotes:
            continue
        with_quotes += 1
        if any("unbalanced" in w for w in art.warnings):
            unbalanced += 1
        for q in art.quotes:
            n_quotes += 1
            found = narration_signs(text, q)
            signs.update(found)
            if found:
                any_sign += 1
                if shown < args.show:
                    shown += 1
                    print(f"{name} {found}: {q.text[:160]!r}")
            if q.speaker is None:
                no_speaker += 1
            else:
                speakers[q.speaker] += 1
                labels[q.speaker_label] += 1
    print(f"stories: {len(items)} distinct")
    print(f"stories with quotes: {with_quotes}")
    print(f"  with an unbalanced-mark warning: {unbalanced}")
    print(f"quotes: {n_quotes} (no speaker: {no_speaker})")
    print(f"quotes with narration after a closing mark (any sign): {any_sign}")
    for sign in ("closer-opened", "swallowed-mark", "cue-inside"):
        print(f"  {sign}: {signs[sign]}")
    print("speaker labels: " + ", ".join(f"{k}={v}" for k, v in labels.most_common()))
    top = speakers.most_common(50)
    # "US" and "WHO" are names; a pronoun is written in lower case or capitalised.
    bad = [s for s, _ in top if s.lower() in PRONOUNS and s in (s.lower(), s.capitalize())]
    print(f"top-50 speakers that are pronouns, 'you' or \"n't\": {len(bad)} {bad}")
    for speaker, n in top:
        print(f"  {n:4d}  {speaker}")


if __name__ == "__main__":
    main()
