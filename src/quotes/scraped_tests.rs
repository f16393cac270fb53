//! Scraped copy and countable speakers, on stories written for these tests: straight marks,
//! lost paragraph breaks, a quote re-opened mid-line, stray closers, pronoun and "you"
//! speakers, and the `speaker_label` of names and descriptions.

use crate::{Article, Quote};

fn analyze(text: &str) -> Article {
    crate::analyze(text).expect("analyze")
}

/// Straight marks and apostrophes, every line break a space, as scrapers deliver copy.
fn flatten(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' => '"',
            '‘' | '’' => '\'',
            '\n' => ' ',
            c => c,
        })
        .collect()
}

fn texts(quotes: &[Quote]) -> Vec<&str> {
    quotes.iter().map(|q| q.text.as_str()).collect()
}

fn unbalanced(article: &Article) -> bool {
    article.warnings.iter().any(|w| w.contains("unbalanced"))
}

const REOPENED: &str = "Archive news\n\nThe archivist Jane Holt defended the rules on \
    Monday. \"Records must be kept for ten years. It is the principle. \"But any careless \
    loss is forgiven,\" Holt said. The board will review the rules in May.";

#[test]
fn a_mark_after_a_sentence_end_reopens_the_quote() {
    let article = analyze(REOPENED);
    let q = &article.quotes;
    assert_eq!(
        texts(q),
        [
            "Records must be kept for ten years. It is the principle.",
            "But any careless loss is forgiven,"
        ],
        "{q:#?}"
    );
    // Both pieces are one quote: the speaker named after the second serves the first.
    assert!(
        q.iter().all(|x| x.speaker.as_deref() == Some("Jane Holt")),
        "{q:#?}"
    );
    assert!(!unbalanced(&article), "{:?}", article.warnings);
}

#[test]
fn narration_after_a_closing_mark_is_never_quoted() {
    let text = "Flood news\n\nThe river rose overnight. \"We have nowhere to go. \"The water \
                is in every house,\" said Tom Reed, a farmer. Residents left by boat. \"We \
                will come back,\" Reed said.";
    let q = analyze(text).quotes;
    assert_eq!(q.len(), 3, "{q:#?}");
    for quote in &q {
        assert!(!quote.text.contains("Residents"), "{quote:?}");
        assert!(!quote.text.contains("said"), "{quote:?}");
    }
}

#[test]
fn a_stray_closer_does_not_open_a_quote_over_narration() {
    let text = "Storm news\n\nThe roof held up in the night,\" said Tom Reed. Neighbours \
                cleared the road. \"We are lucky,\" one neighbour said.";
    let article = analyze(text);
    assert_eq!(texts(&article.quotes), ["We are lucky,"], "{article:#?}");
    assert_eq!(
        article.quotes[0].speaker_label.as_deref(),
        Some("DESCRIPTION")
    );
    assert!(!article.warnings.is_empty());
}

#[test]
fn flattened_story_keeps_its_quotes_and_speakers() {
    let story = "Harbour news\n\nPort director Ana Ruiz opened the new quay on Friday.\n\n\
                 “Ships will dock here from the spring,” the director said. “It took us four years.\n\n\
                 “We owe the workers a great deal.”\n\n\
                 The quay cost $30 million, “money well spent,” according to the city auditor.";
    let plain = analyze(story).quotes;
    let flat = analyze(&flatten(story)).quotes;
    let pairs = |q: &[Quote]| -> Vec<(String, Option<String>)> {
        q.iter()
            .map(|x| (x.text.replace('’', "'"), x.speaker.clone()))
            .collect()
    };
    assert_eq!(plain.len(), 4, "{plain:#?}");
    assert_eq!(pairs(&plain), pairs(&flat), "{flat:#?}");
    assert!(!unbalanced(&analyze(&flatten(story))));
}

#[test]
fn a_cue_before_the_quote_beats_the_next_sentence() {
    let text = "Campaign news\n\nMaria Lopez spoke in Toledo. She adds, \"Who pays for all \
                of this?\" Peter Novak says the plan is fair.";
    let mut q = analyze(&flatten(text)).quotes;
    // "Peter Novak says the plan is fair" is reported speech: here only marked quotes count.
    q.retain(|x| x.kind != "indirect");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker_mention.as_deref(), Some("She"));
    assert_eq!(q[0].speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_pronoun_with_no_antecedent_names_no_speaker() {
    let q = analyze("Rail news\n\n\"The trains will run on time,\" he said.").quotes;
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker, None);
    let q = analyze("Rail news\n\nEngineer Sam Ortiz inspected the line. \"The trains will run on time,\" he said.").quotes;
    assert_eq!(q[0].speaker.as_deref(), Some("Sam Ortiz"));
    assert_eq!(q[0].speaker_label.as_deref(), Some("PERSON"));
}

#[test]
fn you_and_we_are_never_speakers() {
    for text in [
        "Reader letters\n\nMaria Lopez wrote to us. \"The bridge is not safe,\" you might say.",
        "Club news\n\nMaria Lopez joined the club. \"We won the cup again this year,\" we said.",
        "Club news\n\nMaria Lopez joined the club. \"We won the cup again this year,\" I said.",
    ] {
        for q in analyze(text).quotes {
            assert!(
                q.speaker.as_deref().is_none_or(|s| s != "you" && s != "we"),
                "{q:?}"
            );
            assert_ne!(q.speaker.as_deref(), Some("Maria Lopez"), "{text}");
        }
    }
}

#[test]
fn an_acronym_is_not_a_pronoun() {
    let text =
        "Health news\n\nDoctor Ann Park visited Geneva. \"Vaccines save lives,\" the WHO said.";
    let q = analyze(text).quotes;
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_ne!(q[0].speaker.as_deref(), Some("Ann Park"), "{q:#?}");
}

#[test]
fn descriptions_are_labelled_as_descriptions() {
    for (text, speaker) in [
        (
            "Road news\n\n\"The road stays closed until Monday,\" police said.",
            "police",
        ),
        (
            "Road news\n\n\"The road stays closed until Monday,\" a spokesman said.",
            "a spokesman",
        ),
        (
            "Road news\n\n\"The road stays closed until Monday,\" officials said.",
            "officials",
        ),
    ] {
        let q = analyze(text).quotes;
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(q[0].speaker.as_deref(), Some(speaker));
        assert_eq!(q[0].speaker_label.as_deref(), Some("DESCRIPTION"), "{text}");
    }
}

#[test]
fn straight_marks_in_bulk_stay_linear_and_balanced_where_they_can() {
    // Re-opening marks by the thousand: each is decided from its neighbours only.
    let reopening = format!(
        "News\n\n\"{}",
        "One sentence ends. \"Another ".repeat(5_000)
    );
    let article = analyze(&reopening);
    assert!(article.quotes.iter().all(|q| !q.text.contains('"')));
    let closers = format!("News\n\n{}", "word\" ".repeat(10_000));
    assert!(analyze(&closers).quotes.is_empty());
}

#[test]
fn narration_left_inside_by_a_lost_closing_mark_is_cut() {
    // The closing mark after "week." is lost; "She added:" introduces the next quote.
    let text = "Port news\n\nThe harbour master, Ines Varga, spoke on Friday. \"The cranes \
                were idle for a week. She added: \"We will open the new berth in June,\" \
                Varga said.";
    let q = analyze(text).quotes;
    let first = q.iter().find(|x| x.text.starts_with("The cranes"));
    assert_eq!(
        first.map(|x| x.text.as_str()),
        Some("The cranes were idle for a week."),
        "{q:#?}"
    );
    assert!(
        q.iter()
            .any(|x| x.text.starts_with("We will open the new berth")),
        "{q:#?}"
    );
    // The same with a closing attribution instead of an introduction.
    let text = "Port news\n\nThe harbour reopened on Friday. \"The cranes were idle for a \
                week. Repairs took longer than planned, the port authority said. \"We \
                will open the new berth in June,\" said Ines Varga.";
    let q = analyze(text).quotes;
    assert!(
        q.iter().all(|x| !x.text.contains("authority said")),
        "{q:#?}"
    );
}
