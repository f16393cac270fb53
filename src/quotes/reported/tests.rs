//! Reported speech on invented stories, one per form: every span slices back exactly.

use crate::Quote;

fn quotes(text: &str) -> Vec<Quote> {
    let article = crate::analyze(text).expect("analyze");
    for q in &article.quotes {
        let slice = |s: usize, e: usize| text.chars().skip(s).take(e - s).collect::<String>();
        assert_eq!(slice(q.start, q.end), q.text);
        assert_eq!(slice(q.content_start, q.content_end), q.content);
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            assert_eq!(Some(slice(s, e)), q.speaker_mention);
        }
        if let (Some(s), Some(e)) = (q.cue_start, q.cue_end) {
            assert_eq!(Some(slice(s, e)), q.cue);
        }
    }
    article.quotes
}

fn indirect(text: &str) -> Quote {
    let found: Vec<Quote> = quotes(text)
        .into_iter()
        .filter(|q| q.kind == "indirect")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn said_with_a_bare_clause() {
    let q =
        indirect("Harbour news\n\nThe harbour master said the ferry would stop running in May.");
    assert_eq!(q.text, "the ferry would stop running in May");
    assert_eq!(q.content, q.text);
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert_eq!(q.speaker_mention.as_deref(), Some("The harbour master"));
}

#[test]
fn said_that() {
    let q = indirect("Harbour news\n\nMaria Lopez said that the pier was unsafe for children.");
    assert_eq!(q.text, "the pier was unsafe for children");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn content_before_the_cue() {
    let q = indirect("Harbour news\n\nThe pier will reopen in June, the council said on Monday.");
    assert_eq!(q.text, "The pier will reopen in June");
    assert_eq!(q.speaker_mention.as_deref(), Some("the council"));
}

#[test]
fn according_to_before_and_after() {
    let q = indirect("Harbour news\n\nAccording to police, the driver was 45 years old.");
    assert_eq!(q.text, "the driver was 45 years old");
    assert_eq!(q.cue.as_deref(), Some("According to"));
    assert_eq!(q.speaker_mention.as_deref(), Some("police"));
    let q = indirect("Harbour news\n\nThe driver was 45 years old, according to police.");
    assert_eq!(q.text, "The driver was 45 years old");
}

#[test]
fn told_an_audience_that() {
    let q = indirect(
        "Harbour news\n\nMaria Lopez told the planning committee that the pier would cost more.",
    );
    assert_eq!(q.text, "the pier would cost more");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn added_and_pronoun_resolved() {
    let found: Vec<Quote> = quotes(
        "Harbour news\n\nMaria Lopez said the pier was unsafe. She added that repairs would \
         take a year.",
    )
    .into_iter()
    .filter(|q| q.kind == "indirect")
    .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].text, "repairs would take a year");
    assert_eq!(found[1].cue.as_deref(), Some("added"));
    assert_eq!(found[1].speaker_mention.as_deref(), Some("She"));
    assert_eq!(found[1].speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn beliefs_with_a_that_clause() {
    let q = indirect("Harbour news\n\nThe engineer believes that the pier can be saved.");
    assert_eq!(q.text, "the pier can be saved");
    assert_eq!(q.cue.as_deref(), Some("believes"));
}

#[test]
fn colon_statement_in_a_sentence() {
    let q = indirect(
        "Harbour news\n\nThe ministry said in a statement: the ferry will run on Sundays.",
    );
    assert_eq!(q.text, "the ferry will run on Sundays");
}

#[test]
fn transcript_turn_spans_its_paragraph() {
    let q = indirect(
        "Interview\n\nThe talk began.\n\nLOPEZ: The pier is closed. We will rebuild it next year.\n\nIt ended.",
    );
    assert_eq!(q.text, "The pier is closed. We will rebuild it next year");
    assert_eq!(q.speaker_mention.as_deref(), Some("LOPEZ"));
    assert_eq!(q.cue.as_deref(), Some(":"));
}

#[test]
fn mixed_quote_gets_its_clause_as_content() {
    let found = quotes(
        "Harbour news\n\nMaria Lopez said the council would exercise \u{201c}maximum\u{201d} \
         pressure on the owners.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    let q = &found[0];
    assert_eq!(q.kind, "partial");
    assert_eq!(q.text, "maximum");
    assert_eq!(
        q.content,
        "the council would exercise \u{201c}maximum\u{201d} pressure on the owners"
    );
}

#[test]
fn direct_quote_keeps_its_own_content_and_adds_nothing() {
    let found = quotes("Harbour news\n\n\u{201c}We will rebuild the pier,\u{201d} Lopez said.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, "direct");
    assert_eq!(found[0].content, found[0].text);
}

#[test]
fn no_clause_no_quote() {
    assert!(
        quotes("Harbour news\n\nLopez said so. The pier, which he said was old, fell.")
            .iter()
            .all(|q| q.kind != "indirect" || q.text != "so")
    );
    let _ = quotes("said said said according to , : that that");
    // A run-on "sentence" of cues: each clause is bounded, not the rest of the sentence, so
    // the output (and the work) grows linearly with the input.
    let found = quotes(&"He said that ".repeat(1_000));
    assert!(found
        .iter()
        .all(|q| q.content.split_whitespace().count() <= 250));
}

#[test]
fn content_before_a_named_source_with_its_article() {
    let q = indirect(
        "Harbour news\n\nFerry fares will rise again next spring, the International Monetary \
         Fund said.",
    );
    assert_eq!(q.text, "Ferry fares will rise again next spring");
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn said_her_colleague_is_a_clause() {
    let q = indirect("Harbour news\n\nMaria Lopez said her deputy had not seen the report.");
    assert_eq!(q.text, "her deputy had not seen the report");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn interrupted_statement_with_a_short_subject() {
    let q = indirect("Harbour news\n\nThe pier, Maria Lopez said, would reopen in June.");
    assert_eq!(q.text, "The pier, Maria Lopez said, would reopen in June");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_second_speech_verb_starts_a_second_statement() {
    let found: Vec<Quote> = quotes(
        "Harbour news\n\nMaria Lopez said the pier was safe and warned that the old ferry \
         would need repairs.",
    )
    .into_iter()
    .filter(|q| q.kind == "indirect")
    .collect();
    let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["the pier was safe", "the old ferry would need repairs"]
    );
}

#[test]
fn the_tail_after_the_cue_ends_at_a_comma() {
    let q = indirect(
        "Harbour news\n\nThe pier will reopen in June, harbour officials said on Friday, as \
         they inspected the damage.",
    );
    assert_eq!(q.text, "The pier will reopen in June");
    assert_eq!(q.speaker_mention.as_deref(), Some("harbour officials"));
}

#[test]
fn a_long_apposition_before_the_cue_keeps_its_name() {
    let q = indirect(
        "Harbour news\n\nMaria Lopez, senior engineer for coastal works at the authority, said \
         parents still want a safe pier.",
    );
    assert_eq!(q.text, "parents still want a safe pier");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn negations_and_adverbs_are_no_speakers() {
    let q = indirect("Harbour news\n\nMaria Lopez didn't say the pier would close in May.");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
    let q = indirect("Harbour news\n\nMaria Lopez angrily said the pier would close in May.");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
    let q = indirect("Harbour news\n\nHis family said the pier would close in May.");
    assert_eq!(q.speaker_mention.as_deref(), Some("His family"));
}

#[test]
fn a_belief_inside_a_statement_is_part_of_it() {
    let q = indirect(
        "Harbour news\n\nHarbour officials said they hoped the new pier would bring more \
         ferries to the town.",
    );
    assert_eq!(
        q.text,
        "they hoped the new pier would bring more ferries to the town"
    );
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn a_headline_statement_of_a_named_speaker() {
    let found = quotes(
        "Maria Lopez: The pier will reopen before the summer\n\nThe harbour master spoke on \
         Monday.",
    );
    let q = found
        .iter()
        .find(|q| q.kind == "indirect")
        .expect("a headline turn");
    assert_eq!(q.text, "The pier will reopen before the summer");
    assert_eq!(q.speaker.as_deref(), Some("Maria Lopez"));
    assert!(quotes("Analysis: The pier will reopen before the summer\n\nIt may.").is_empty());
}

#[test]
fn according_to_a_long_source_that_opens_the_sentence() {
    let q = indirect(
        "Harbour news\n\nAccording to a new report by the harbour council, the pier will close \
         in May.",
    );
    assert_eq!(q.text, "the pier will close in May");
    assert_eq!(q.cue.as_deref(), Some("According to"));
}

#[test]
fn mixed_quote_before_the_cue_gets_its_sentence_as_content() {
    let found = quotes(
        "Harbour news\n\nRaising the fares \u{201c}would hurt every commuter,\u{201d} Maria Lopez \
         said.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, "partial");
    assert_eq!(found[0].text, "would hurt every commuter,");
    assert_eq!(
        found[0].content,
        "Raising the fares \u{201c}would hurt every commuter,\u{201d}"
    );
}

#[test]
fn verbs_that_say_nothing_here_report_nothing() {
    for text in [
        "The Kettering match was called off because of a frozen pitch.",
        "Brenlow wrote down its office portfolio by a tenth last year.",
        "Producers agreed to add 300,000 barrels per day from March.",
        "However, the charity, which runs 40 shops, said no.",
    ] {
        let found = quotes(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
    // Past a long audience to its "that".
    let q = indirect(
        "The chief executive told staff at its Leeds distribution centre that pay would rise.",
    );
    assert_eq!(q.content, "pay would rise");
}
