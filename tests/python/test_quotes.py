"""Quotes with their speakers on an invented AFP-style story: every speaker position the
library handles, pronouns and organisations as speakers, and a scare quote left out."""

import copydesk

STORY = """Port strike talks collapse

ROTTERDAM, May 12 (AFP) - Dock workers walked out on Tuesday after talks with
port operators broke down, union leader Anneke Visser said.

"We have waited three years for a fair offer and we will not wait any
longer," Visser told reporters outside the harbour office.

The Port Authority said in a statement that it "regrets the union's
decision" and remained open to talks.

"There is no deal on the table," said Visser. "Ships will be diverted."

According to harbour master Pieter de Groot, "at least 40 vessels" were
waiting offshore. He called the walkout "deeply damaging" for trade.

The dispute follows a so-called "fairness pledge" signed last year.
"""


def _quotes():
    return copydesk.analyze(STORY).quotes


def test_every_quote_slices_back_with_its_speaker_and_cue():
    for q in _quotes():
        assert STORY[q.start : q.end] == q.text
        assert STORY[q.speaker_start : q.speaker_end] == q.speaker_mention
        assert STORY[q.cue_start : q.cue_end] == q.cue


def test_speakers_resolve_to_canonical_names():
    got = [(q.text.split()[0], q.speaker, q.speaker_mention, q.kind) for q in _quotes()]
    assert got == [
        ("We", "Anneke Visser", "Visser", "direct"),
        ("regrets", "Port Authority", "Port Authority", "partial"),
        ("There", "Anneke Visser", "Visser", "direct"),
        ("Ships", "Anneke Visser", "Visser", "direct"),
        ("at", "Pieter de Groot", "harbour master Pieter de Groot", "partial"),
        ("deeply", "Pieter de Groot", "He", "partial"),
    ]


def test_cues_and_labels():
    quotes = _quotes()
    assert [q.cue for q in quotes] == [
        "told reporters", "said in a statement", "said", "said", "According to", "called",
    ]
    assert quotes[1].speaker_label == "ORG"
    assert quotes[0].speaker_label == "PERSON"


def test_scare_quotes_are_not_reported():
    assert all("fairness pledge" not in q.text for q in _quotes())


def test_unbalanced_marks_never_raise():
    article = copydesk.analyze('He said "this never closes.\n\nAnd "this neither')
    assert all(article.text[q.start : q.end] == q.text for q in article.quotes)
