//! Quote finding on short stories written for these tests, one per speaker position and
//! not-quote pattern.

use crate::Quote;

fn analyze(text: &str) -> crate::Article {
    crate::analyze(text).expect("analyze")
}

/// The quotes between marks: these tests are about them; reported speech (kind "indirect")
/// has its own tests in `reported::tests`.
fn quotes(text: &str) -> Vec<Quote> {
    let mut quotes = analyze(text).quotes;
    quotes.retain(|q| q.kind != "indirect");
    quotes
}

fn only(text: &str) -> Quote {
    let mut q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    q.remove(0)
}

#[test]
fn speaker_before_with_colon() {
    let q = only("City news\n\nMayor Maria Lopez said: \"We will build the bridge next year.\"");
    assert_eq!(q.text, "We will build the bridge next year.");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert_eq!(q.kind, "direct");
}

#[test]
fn speaker_before_told_reporters_that() {
    let q = only(
        "City news\n\nMaria Lopez told reporters that \"the budget is balanced and the city is safe.\"",
    );
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(q.cue.as_deref(), Some("told reporters"));
    assert_eq!(q.kind, "partial");
}

#[test]
fn speaker_after_name_then_verb_and_verb_then_name() {
    for text in [
        "City news\n\nMaria Lopez visited the dam. \"The river is rising fast,\" Lopez said.",
        "City news\n\nMaria Lopez visited the dam. \"The river is rising fast,\" said Lopez.",
    ] {
        let q = only(text);
        assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"), "{text}");
        assert_eq!(q.speaker_mention.as_deref(), Some("Lopez"));
        assert_eq!(q.speaker_label.as_deref(), Some("PERSON"));
    }
}

#[test]
fn description_resolves_to_the_titled_person() {
    let q = only(
        "Budget news\n\nFinance Minister Anna Berg met bankers on Monday.\n\n\
         \"We are ready for a hard winter,\" the minister said.",
    );
    assert_eq!(q.speaker_mention.as_deref(), Some("the minister"));
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
}

#[test]
fn unresolved_description_keeps_its_text() {
    let q = only("Budget news\n\n\"Nobody expected the vote to fail,\" a senior official said.");
    assert_eq!(q.speaker.as_deref(), Some("a senior official"));
    assert_eq!(q.speaker_label.as_deref(), Some("DESCRIPTION"));
}

#[test]
fn speaker_in_the_middle_carries_to_the_next_quote() {
    let q = quotes(
        "Match report\n\nCoach Hannah Kim left the field early. \"We lost the game,\" she said. \
         \"But we will be back next season.\"",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    for quote in &q {
        assert_eq!(quote.speaker_mention.as_deref(), Some("she"));
        assert_eq!(quote.speaker.as_deref(), Some("Hannah Kim"));
    }
}

#[test]
fn speaker_in_the_previous_sentence() {
    let q = quotes(
        "Match report\n\nHannah Kim spoke after the game. She said the team had lost its way.\n\n\
         \"We have to start again from nothing and rebuild.\"",
    );
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker.as_deref(), Some("Hannah Kim"));
}

#[test]
fn according_to() {
    let q = only(
        "Bridge news\n\nThe bridge will cost $4 million, \"far more than anyone planned for,\" \
         according to the city auditor.",
    );
    assert_eq!(q.speaker.as_deref(), Some("the city auditor"));
    assert_eq!(q.cue.as_deref(), Some("according to"));
    assert_eq!(q.kind, "partial");
}

#[test]
fn organisation_said_in_a_statement() {
    let q = only(
        "Rail news\n\nThe Japanese Transport Ministry said in a statement Friday that the line \
         \"will reopen within weeks.\"",
    );
    assert_eq!(q.cue.as_deref(), Some("said in a statement"));
    assert!(
        q.speaker.as_deref().is_some_and(|s| s.contains("Ministry")),
        "{q:?}"
    );
}

#[test]
fn multi_paragraph_quote_shares_its_speaker() {
    let q = quotes(
        "Dam news\n\n\"The water came over the wall in minutes and we had nowhere to go.\n\n\
         \"Then the second wave hit the houses by the river,\" Maria Lopez said.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(q
        .iter()
        .all(|x| x.speaker.as_deref() == Some("Maria Lopez")));
    let article = analyze("Dam news\n\n\"The water came over the wall.\n\nThen it rained.");
    assert!(!article.warnings.is_empty());
}

#[test]
fn scare_quotes_titles_and_nicknames_are_dropped() {
    let text = "Arts news\n\nThe so-called \"peace plan\" was rejected. The actor starred in \
                \"The Long Road\" last year and is known to fans as \"Big Tom\".";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let q = only(
        "School news\n\nThe students’ union, founded in the ’90s, said it won’t move. \
         \"We don’t leave Kono’s hall,\" the union said.",
    );
    assert_eq!(q.text, "We don’t leave Kono’s hall,");
}

#[test]
fn nested_single_quotes_stay_inside() {
    let q = only(
        "Court news\n\n\"He told me 'go home now' and then he left the room,\" Maria Lopez said.",
    );
    assert!(q.text.contains("'go home now'"));
}

#[test]
fn dash_attributions_in_a_list_of_reactions() {
    let q = quotes(
        "Reactions\n\n“The new stadium is a waste of public money.” ― Peter Novak\n\n\
         “Finally our city gets the arena it deserves.” ― Ingrid Halvorsen",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].speaker.as_deref(), Some("Peter Novak"));
    assert_eq!(q[1].speaker.as_deref(), Some("Ingrid Halvorsen"));
}

#[test]
fn participle_cues_take_the_sentence_subject() {
    let q = only(
        "Council news\n\nMaria Lopez rejected the plan on Tuesday, saying it was \
         \"too expensive for a city of our size.\"",
    );
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(q.cue.as_deref(), Some("saying"));
}

#[test]
fn relative_who_is_the_name_it_hangs_on() {
    let q = only(
        "Council news\n\nThe plan was drafted by Maria Lopez, who said it would \
         \"change the river front for a generation.\"",
    );
    assert_eq!(q.speaker_mention.as_deref(), Some("Maria Lopez"));
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
    // An appositive between the name and "who": still the person, not the organisation.
    let q = only(
        "Port news\n\nThe berth was opened by Ines Varga, the director of the Harbour \
         Authority, who said it was \"the biggest change in fifty years.\"",
    );
    assert_eq!(q.speaker_mention.as_deref(), Some("Ines Varga"));
    assert_eq!(q.speaker.as_deref(), Some("Ines Varga"));
}

#[test]
fn hostile_marks_never_panic() {
    let stray = "\"“”«»‘’'".repeat(5_000);
    let _ = analyze(&stray);
    let alternating = "“ ”".repeat(10_000);
    let _ = analyze(&alternating);
    let unclosed = format!("News\n\n{}", "“open ".repeat(2_500));
    assert!(!analyze(&unclosed).warnings.is_empty());
    // Thousands of short quotes in one paragraph: each frame walk is bounded.
    let many = format!("News\n\n{}", "“one two” ".repeat(5_000));
    let _ = analyze(&many);
    let runs_on = "“x y z\n\n".repeat(1_500);
    let _ = analyze(&runs_on);
}

#[test]
fn doubled_apostrophes_of_archive_copy() {
    let text = "Archive news\n\n''We missed every home game that season,'' Maria Lopez \
                said. The club's ''new deal'' starts in May, and don't ask why.\n\n\
                ''The pitch is ready,'' she added.";
    let q = quotes(text);
    assert_eq!(
        q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        [
            "We missed every home game that season,",
            "new deal",
            "The pitch is ready,"
        ]
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Maria Lopez"));
    assert_eq!(q[2].speaker.as_deref(), Some("Maria Lopez"));
    for q in &q {
        let slice: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(slice, q.text);
    }
}

#[test]
fn transcript_quoted_whole_takes_each_turn_speaker() {
    let q = quotes(
        "Transcript\n\nPartial transcript as follows:\n\n\"LOPEZ: Will the pier open in May?\n\n\
         \"DOE: Yes, and the ferry will run on Sundays.\n\n\"Follow the harbour news online.",
    );
    let got: Vec<(&str, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.speaker_mention.as_deref()))
        .collect();
    assert_eq!(got[0], ("LOPEZ: Will the pier open in May?", Some("LOPEZ")));
    assert_eq!(
        got[1],
        ("DOE: Yes, and the ferry will run on Sundays.", Some("DOE"))
    );
}
