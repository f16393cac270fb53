//! Layouts of invented stories in the formats agencies send.

use super::*;

fn part(text: &str, range: &Option<Range<usize>>) -> Option<String> {
    range.clone().map(|r| text[r].to_string())
}

fn paragraphs(text: &str, layout: &Layout) -> Vec<String> {
    layout
        .body
        .iter()
        .map(|p| {
            p.iter()
                .map(|l| text[l.clone()].trim())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn reuters_style() {
    let text = "HARBOUR CITY BANK RAISES PRIME RATE\n    HARBOUR CITY, Ore., June 3 - Harbour City Bank said it\nraised its prime lending rate to 9.5 pct from nine pct,\neffective tomorrow.\n    The bank said the move followed similar ones.\n Reuter\n\u{3}";
    let layout = parse(text);
    assert_eq!(
        part(text, &layout.headline).as_deref(),
        Some("HARBOUR CITY BANK RAISES PRIME RATE")
    );
    assert_eq!(
        part(text, &layout.dateline).as_deref(),
        Some("HARBOUR CITY, Ore., June 3 -")
    );
    assert_eq!(part(text, &layout.date).as_deref(), Some("June 3"));
    let paras = paragraphs(text, &layout);
    assert_eq!(paras.len(), 2);
    assert!(paras[0].starts_with("Harbour City Bank said it raised"));
    assert_eq!(paras[1], "The bank said the move followed similar ones.");
}

#[test]
fn ap_style_with_byline_and_sign_off() {
    let text = "Senate panel backs river clean-up plan\n\nBy Jane Doe, Associated Press\n\nWASHINGTON (AP) — A Senate committee on Tuesday approved a plan to\nclean up three rivers.\n\nThe vote was 12-9.\n\n-- AP";
    let layout = parse(text);
    assert_eq!(
        part(text, &layout.headline).as_deref(),
        Some("Senate panel backs river clean-up plan")
    );
    assert_eq!(
        part(text, &layout.byline).as_deref(),
        Some("By Jane Doe, Associated Press")
    );
    assert_eq!(
        part(text, &layout.dateline).as_deref(),
        Some("WASHINGTON (AP) —")
    );
    assert_eq!(layout.date, None);
    assert_eq!(paragraphs(text, &layout).len(), 2);
}

#[test]
fn afp_and_kyodo_datelines_and_sign_offs() {
    let text = "Strikes spread to ports\n\nPARIS, March 3 (AFP) - Dock workers joined the strike on Friday.\n\nENDS";
    let layout = parse(text);
    assert_eq!(
        part(text, &layout.dateline).as_deref(),
        Some("PARIS, March 3 (AFP) -")
    );
    assert_eq!(
        paragraphs(text, &layout),
        vec!["Dock workers joined the strike on Friday."]
    );

    let text = "Kyodo News\nBack to Main\nTrade talks open in Osaka\n\nTOKYO, Sept. 4 Kyodo - Trade ministers met on Monday.\n\n==Kyodo";
    let layout = parse(text);
    assert_eq!(part(text, &layout.source).as_deref(), Some("Kyodo News"));
    assert_eq!(
        part(text, &layout.headline).as_deref(),
        Some("Trade talks open in Osaka")
    );
    assert_eq!(
        part(text, &layout.dateline).as_deref(),
        Some("TOKYO, Sept. 4 Kyodo -")
    );
    assert_eq!(
        paragraphs(text, &layout),
        vec!["Trade ministers met on Monday."]
    );
}

#[test]
fn credits_trailing_date_and_editors_note() {
    let text = "Mill to close\n\nEDITOR'S NOTE: Updates with union comment.\n\nBy JANE DOE\n\nThe mill will close in May, its owner said. (Reporting by Ana Ruiz; Editing by Tom Hale)\n\nUnions said they would appeal. (June 9)";
    let layout = parse(text);
    assert_eq!(part(text, &layout.byline).as_deref(), Some("By JANE DOE"));
    assert_eq!(part(text, &layout.date).as_deref(), Some("June 9"));
    let paras = paragraphs(text, &layout);
    assert_eq!(paras.len(), 2, "{paras:?}");
    assert_eq!(paras[1], "Unions said they would appeal.");
}

#[test]
fn plain_articles_invent_nothing() {
    let text = "Rail fares to rise in March\n\nFares will rise by 3% on average, the operators said.\n\nThe rise is the smallest in five years.";
    let layout = parse(text);
    assert_eq!(
        part(text, &layout.headline).as_deref(),
        Some("Rail fares to rise in March")
    );
    assert_eq!(
        (
            layout.dateline.clone(),
            layout.byline.clone(),
            layout.date.clone()
        ),
        (None, None, None)
    );
    assert_eq!(paragraphs(text, &layout).len(), 2);
}

#[test]
fn unknown_layouts_fall_back_to_body() {
    for text in [
        "",
        "   \n\n ",
        "just one line of prose without a headline.",
        "a\nb\nc",
    ] {
        let layout = parse(text);
        assert_eq!(layout.headline, None, "{text:?}");
        let words: usize = paragraphs(text, &layout)
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum();
        assert_eq!(words, text.split_whitespace().count(), "{text:?}");
    }
}

#[test]
fn the_agency_comes_from_the_dateline_or_the_sign_off_without_a_source_line() {
    let cases = [
        ("PARIS, March 3 (AFP) - The museum reopened.", "AFP"),
        ("WASHINGTON (AP) — The panel voted.", "AP"),
        ("LONDON, April 2 (Reuters) - Shares rose.", "Reuters"),
        ("TOKYO, Sept. 4 Kyodo - Ministers met.", "Kyodo"),
        (
            "HARBOUR CRANES IDLE\n\nDock workers walked out on Monday.\n Reuter\n",
            "Reuters",
        ),
    ];
    for (text, agency) in cases {
        assert_eq!(parse(text).agency.as_deref(), Some(agency), "{text}");
        assert_eq!(
            crate::analyze(text).unwrap().source.as_deref(),
            Some(agency),
            "{text}"
        );
    }
    assert_eq!(parse("The council met on Monday.").agency, None);
    // A source line, when there is one, is the source as printed.
    let text = "Kyodo News\n\nTOKYO, Sept. 4 Kyodo - Trade ministers met.";
    assert_eq!(
        crate::analyze(text).unwrap().source.as_deref(),
        Some("Kyodo News")
    );
}
