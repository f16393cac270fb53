"""Quotes in scraped copy and speakers users can count, on an invented story: the story as
a wire would send it (curly marks, paragraphs) and as a scraper delivers it (straight marks,
line breaks lost), where a quote continued into the next paragraph re-opens mid-line."""

import collections

import copydesk

STORY = """Harbour cranes return

Port director Ana Ruiz reopened the north quay on Friday after a year of repairs.

“The cranes are back and the ships are coming. It is the start of a new season.

“But we will not forget the storm that broke the old quay,” the director said.

Officials said the work cost $30 million, “money well spent,” according to the city auditor.

“The quay is open to visitors on Sundays,” a spokesman said.
"""

PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "n't"}


def flatten(text: str) -> str:
    """Straight marks and apostrophes, every line break a space: offsets do not move."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\n": " "}))


def _pairs(article):
    return [(q.text, q.speaker, q.speaker_label) for q in article.quotes]


def test_flattened_story_gives_the_same_quotes_and_speakers():
    plain = copydesk.analyze(STORY)
    flat = copydesk.analyze(flatten(STORY))
    assert len(plain.quotes) == 4
    assert _pairs(plain) == _pairs(flat)
    assert not any("unbalanced" in w for w in flat.warnings)


def test_reopening_mark_starts_a_new_piece_with_the_same_speaker():
    flat_text = flatten(STORY)
    quotes = copydesk.analyze(flat_text).quotes
    first, second = quotes[0], quotes[1]
    assert first.text == "The cranes are back and the ships are coming. It is the start of a new season."
    assert second.text.startswith("But we will not forget")
    assert first.speaker == second.speaker == "Ana Ruiz"
    for q in quotes:
        assert flat_text[q.start : q.end] == q.text
        assert "the director said" not in q.text
        assert "Officials said" not in q.text


def test_speaker_labels_tell_people_from_descriptions():
    got = [(q.text.split()[1], q.speaker, q.speaker_label) for q in copydesk.analyze(STORY).quotes]
    assert got == [
        ("cranes", "Ana Ruiz", "PERSON"),
        ("we", "Ana Ruiz", "PERSON"),
        ("well", "the city auditor", "DESCRIPTION"),
        ("quay", "a spokesman", "DESCRIPTION"),
    ]


def test_pronouns_and_you_are_never_counted_as_speakers():
    stories = [
        '"The trains will run on time," he said.',
        'Readers write in.\n\n"The bridge is not safe," you might say.',
        'Club news.\n\n"We won the cup again," we said. "It was hard," they said.',
    ]
    counts = collections.Counter(
        q.speaker for a in copydesk.analyze_many(stories) for q in a.quotes if q.speaker
    )
    assert not {s for s in counts if s.lower() in PRONOUNS}, counts


def test_thousands_of_reopening_marks_pair_without_marks_inside_quotes():
    text = '"' + 'One sentence ends. "Another ' * 20_000
    quotes = copydesk.analyze(text).quotes
    assert all('"' not in q.text for q in quotes)
