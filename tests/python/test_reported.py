"""Reported speech on an invented story: indirect quotes with their speakers and cues, a
mixed quote whose content is its reported clause, and content spans that slice back."""

import pickle

import copydesk

STORY = """Ferry service to end

The island council said the ferry would stop running in October.

Council leader Maria Lopez told residents that a new bridge would open next year. She added
that the works would cost 40 million euros.

According to the harbour master, the old pier is unsafe.

Lopez said the council would have "no mercy" for owners who left boats at the pier.

"We will miss the ferry," said Tomas Berg, a fisherman.
"""


def _quotes():
    return copydesk.analyze(STORY).quotes


def test_spans_slice_back():
    for q in _quotes():
        assert STORY[q.start : q.end] == q.text
        assert STORY[q.content_start : q.content_end] == q.content
        if q.cue is not None:
            assert STORY[q.cue_start : q.cue_end] == q.cue


def test_indirect_quotes_with_speakers():
    got = [(q.kind, q.text, q.speaker, q.cue) for q in _quotes() if q.kind == "indirect"]
    assert got == [
        ("indirect", "the ferry would stop running in October", "The island council", "said"),
        ("indirect", "a new bridge would open next year", "Maria Lopez", "told residents"),
        ("indirect", "the works would cost 40 million euros", "Maria Lopez", "added"),
        ("indirect", "the old pier is unsafe", "the harbour master", "According to"),
    ]


def test_mixed_and_direct_quotes_carry_their_content():
    by_kind = {q.kind: q for q in _quotes() if q.kind != "indirect"}
    mixed = by_kind["partial"]
    assert mixed.text == "no mercy"
    assert mixed.content == 'the council would have "no mercy" for owners who left boats at the pier'
    direct = by_kind["direct"]
    assert direct.content == direct.text == "We will miss the ferry,"


def test_content_survives_pickle_and_dict():
    q = _quotes()[0]
    assert pickle.loads(pickle.dumps(q)) == q
    d = q.to_dict()
    assert (d["content"], d["content_start"], d["content_end"]) == (q.content, q.content_start, q.content_end)
    frame_cols = copydesk.quotes_frame([STORY]).columns
    assert {"content", "content_start", "content_end"} <= set(frame_cols)
