//! Labels decided by the words around a name rather than its own: a town after "in" or
//! "near" (`located_places`), a language where the
//! sentence speaks of one ("printed in Welsh and English", "speaks French"), a work's title
//! in quotes after "film", "novel", "album" (`The film "Ocean Road"`), and a name followed by
//! such a word ("the new Lord of the Rings film").

use super::casing::capitalised;
use super::finer::is_year;
use super::kinds::names_after_their_kind;
use super::label::Label;
use super::lexicon::cues::{is_cue, is_cue_word, Cue};
use super::lexicon::{is_people_word, lists_of_tokens, List};
use super::repair::{insert_name, name_at, Span};

pub fn relabel(words: &[&str], names: &mut Vec<Span>) {
    dateline_place(words, names);
    names_after_their_kind(words, names);
    languages(words, names);
    quoted_works(words, names);
    works_before_cue(words, names);
    works_after_cue(words, names);
    facilities_before_cue(words, names);
    seas_and_firms(words, names);
}

/// News agencies credited in brackets after a dateline's place.
const AGENCIES: &[&str] = &[
    "AP",
    "Reuters",
    "AFP",
    "UPI",
    "PA",
    "Bloomberg",
    "dpa",
    "Xinhua",
    "Kyodo",
    "CNN",
    "ANI",
    "PTI",
];

/// "CHICAGO (AP) —": the capitals that open a story before an agency's credit are the
/// dateline's place, whatever the tagger took them for.
fn dateline_place(words: &[&str], names: &mut [Span]) {
    let Some(first) = names.first_mut() else {
        return;
    };
    let (a, b, _) = *first;
    let capitals = words[a..b]
        .iter()
        .all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase));
    let credit = words.get(b) == Some(&"(")
        && words.get(b + 1).is_some_and(|w| AGENCIES.contains(w))
        && words.get(b + 2) == Some(&")");
    if a == 0 && capitals && credit {
        first.2 = Label::Gpe;
    }
}

/// Words after a noun phrase that show it ends there: "the Mediterranean was calm".
const NOUN_PHRASE_ENDS: &[&str] = &[
    "was", "is", "were", "are", "has", "had", "will", "would", "and", "or", "to", "in", "on", "at",
    "for", "from", "by", "with", "where", "which", "that",
];

/// "the Mediterranean was calm", "parts for Airbus and": a one-word miscellany (which `finer`
/// makes a people's adjective) that ends its phrase is no adjective: a region of the lexicon
/// after "the" is the region, a listed organisation the organisation. Before a noun they stay
/// ("Mediterranean diet", "the Nasdaq composite").
fn seas_and_firms(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        // "The Alps" at a sentence's start: the tagger may take the capitalised "The" in.
        if span.1 == span.0 + 2 && words[span.0] == "The" && words[span.0 + 1].ends_with('s') {
            let w = &words[span.0 + 1..span.1];
            if lists_of_tokens(w) & List::Region.bit() != 0 || is_cue(Cue::Upland, w) {
                *span = (span.0 + 1, span.1, Label::Loc);
                continue;
            }
        }
        let (a, b, label) = *span;
        let ends = || {
            words.get(b).is_none_or(|w| {
                !w.chars().any(char::is_alphanumeric) || NOUN_PHRASE_ENDS.contains(w)
            })
        };
        if !matches!(label, Label::Norp | Label::Org | Label::Gpe) || b != a + 1 {
            continue;
        }
        let lists = lists_of_tokens(&words[a..b]);
        let after_the = a > 0 && words[a - 1].eq_ignore_ascii_case("the");
        // "The Himalayas straddle", "the Pennines were": a plural region is no adjective.
        let region = lists & List::Region.bit() != 0 || is_cue(Cue::Upland, &words[a..b]);
        if after_the && words[a].ends_with('s') && region {
            span.2 = Label::Loc;
            continue;
        }
        if label != Label::Norp || !ends() {
            continue;
        }
        if after_the && lists & List::Region.bit() != 0 {
            span.2 = Label::Loc;
        } else if lists & List::Organisation.bit() != 0 {
            span.2 = Label::Org;
        }
    }
}

/// Prepositions of place: after one, a town is where something happens, not a club or firm.
const IN_A_PLACE: &[&str] = &["in", "near", "outside", "into", "around", "across", "along"];

/// Last words of street names: "Downing Street" is a street after "outside", though it is
/// the government when it speaks.
const STREETS: &[&str] = &["Street", "Road", "Avenue", "Square", "Lane", "Boulevard"];

/// Words before "in" that make what follows a company: "shares in Halifax".
const HOLDINGS: &[&str] = &[
    "shares",
    "stake",
    "stakes",
    "invest",
    "invested",
    "investing",
    "investment",
    "interest",
    "holding",
    "holdings",
];

/// "fighting in Arbil", "a sanatorium near Barvikha": a one-word name the tagger took for an
/// organisation, after a preposition of place, is the place when `is_place` says it can be one
/// (a city, country or state of the lexicon or of the word knowledge), unless a holding comes
/// before ("a stake in Halifax"). A people's word the lexicon does not list is no people
/// there either ("in Devon"), and a place joined to the located one by "and" is located too
/// ("in Devon and Cornwall").
pub fn located_places(words: &[&str], names: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    let peoples = List::Nationality.bit() | List::ReligiousOrPolitical.bit();
    let mut previous_located: Option<usize> = None;
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let located = a > 0 && IN_A_PLACE.contains(&words[a - 1]);
        let joined = a > 0 && words[a - 1] == "and" && previous_located == Some(a - 1);
        if !(located || joined) {
            continue;
        }
        let relabel = label == Label::Org
            || (label == Label::Norp && lists_of_tokens(&words[a..b]) & peoples == 0);
        let before = if a > 1 { words[a - 2] } else { "" };
        if relabel && b == a + 1 && !HOLDINGS.contains(&before) && is_place(&words[a..b]) {
            span.2 = Label::Gpe;
        } else if label == Label::Org && b >= a + 2 && STREETS.contains(&words[b - 1]) {
            span.2 = Label::Facility;
        }
        if span.2 == Label::Gpe {
            previous_located = Some(b);
        }
    }
}

/// Kinds a name before "shares" can be and still be the market rather than a company:
/// "Tokyo shares", "European shares".
/// Whether a name the tagger took for a people's is a people's word of the lists.
fn peoples_word(words: &[&str], name: Span) -> bool {
    let phrase = &words[name.0..name.1];
    name.2 == Label::Norp
        && (is_people_word(phrase)
            || lists_of_tokens(phrase) & List::ReligiousOrPolitical.bit() != 0)
}

fn market_label(label: Label) -> bool {
    matches!(label, Label::Gpe | Label::Loc | Label::Norp | Label::Org)
}

/// "Deliveroo shares fell", "BP stock rose": a name right before "shares" or "stock" is a
/// company, whatever the tagger made of it, and a capitalised word it left there is one too
/// unless the word knowledge calls it a common word ("The", "Its") or the lexicon a place or
/// a people.
pub fn companies_before_shares(
    words: &[&str],
    names: &mut Vec<Span>,
    is_common: impl Fn(&str) -> bool,
) {
    let places = List::Country.bit()
        | List::City.bit()
        | List::State.bit()
        | List::Region.bit()
        | List::Nationality.bit();
    for j in 1..words.len() {
        // Both cues start with "i" or "s": the first byte rules out most words at once.
        if !matches!(words[j].as_bytes().first(), Some(b'i' | b's')) {
            continue;
        }
        // "Shares in Dixons Carphone", "a stake in Harbury": what follows is a company.
        if words[j] == "in"
            && HOLDINGS
                .iter()
                .any(|h| h.eq_ignore_ascii_case(words[j - 1]))
        {
            // A people's word stays ("shares in Japanese carmakers"); a brand the tagger
            // took for one does not ("Shares in Burberry").
            match names.iter().position(|s| s.0 == j + 1) {
                Some(k) if !peoples_word(words, names[k]) => names[k].2 = Label::Org,
                Some(_) => {}
                None => {
                    let w = words.get(j + 1).copied().unwrap_or("");
                    let free = name_at(names, j + 1).is_none();
                    if free
                        && capitalised(w)
                        && !is_common(w)
                        && lists_of_tokens(&[w]) & places == 0
                    {
                        insert_name(names, (j + 1, j + 2, Label::Org));
                    }
                }
            }
            continue;
        }
        if !matches!(words[j], "shares" | "stock" | "share") {
            continue;
        }
        let w = words[j - 1];
        match name_at(names, j - 1) {
            // "Japanese shares" are a market, "Rolls-Royce shares" a company's.
            Some(k)
                if names[k].1 == j
                    && (!market_label(names[k].2)
                        || (names[k].2 == Label::Norp && !peoples_word(words, names[k]))) =>
            {
                names[k].2 = Label::Org
            }
            Some(_) => {}
            None if capitalised(w)
                && !is_common(w)
                && lists_of_tokens(&[w]) & (places | List::Title.bit()) == 0 =>
            {
                insert_name(names, (j - 1, j, Label::Org));
            }
            None => {}
        }
    }
}

/// Whether a word can be a cue word of `cues.txt` before a name (lowercase letters, four or
/// more): a test that spares most words the table look-up.
pub(super) fn maybe_cue_word(w: &str) -> bool {
    w.len() >= 4 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// "Heathrow airport", "the M25 motorway": a name that is not a known place, followed by a
/// lowercase word for a structure, names that structure.
fn facilities_before_cue(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let kind = matches!(label, Label::Gpe | Label::Loc | Label::Org | Label::Person);
        if kind
            && is_cue_word(Cue::Structure, words.get(b))
            && lists_of_tokens(&words[a..b])
                & (List::City.bit() | List::Country.bit() | List::State.bit())
                == 0
        {
            span.2 = Label::Facility;
        }
    }
}

fn lowercase_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// Words after a language name that still let it be one: "in French and", "in Welsh ."
const LANGUAGE_FOLLOWERS: &[&str] = &[
    "and", "or", "but", "as", "with", "from", "to", "on", "at", "by", "for", "only", "too", "first",
];

fn languages(words: &[&str], names: &mut [Span]) {
    let shared = |a: usize, b: usize| b == a + 1 && is_cue(Cue::SharedLanguage, &words[a..b]);
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        if !shared(a, b) || !matches!(label, Label::Norp | Label::Gpe | Label::Org) {
            continue;
        }
        let next = words.get(b);
        let free_after = next.is_none_or(|w| !lowercase_word(w) || LANGUAGE_FOLLOWERS.contains(w));
        let before = a > 0 && is_cue_word(Cue::LanguageBefore, words.get(a - 1)) && free_after;
        // "Spanish is spoken", "Welsh was taught".
        let passive = matches!(next, Some(&("is" | "was" | "are" | "were")))
            && matches!(words.get(b + 1), Some(&("spoken" | "taught" | "written")));
        let after = is_cue_word(Cue::LanguageAfter, next) || passive;
        // "in Welsh and English": the second of a pair follows the first.
        let paired = k > 0
            && names[k - 1].2 == Label::Language
            && names[k - 1].1 + 1 == a
            && matches!(words[a - 1], "and" | "or" | ",");
        if before || after || paired {
            names[k].2 = Label::Language;
        }
    }
}

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "‘" | "’" | "'" | "``" | "''")
}

/// The longest title in quotes taken as a work's.
const MAX_TITLE: usize = 10;

/// Small words a title leaves in lowercase ("Anne of a Thousand Days").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with", "from",
];

/// Every word capitalised but the small ones, and the first capitalised too.
fn title_case(title: &[&str]) -> bool {
    title.first().is_some_and(|w| capitalised(w))
        && title.iter().all(|w| {
            capitalised(w) || TITLE_SMALL_WORDS.contains(w) || !w.chars().any(char::is_alphabetic)
        })
}

/// A title in quotes: the words between the marks, without punctuation the copy put inside
/// the closing mark (`"Bertillon 166,"`), and the closing mark's position.
struct QuotedTitle {
    start: usize,
    end: usize,
    close: usize,
    cued: bool,
}

/// `the film "Ocean Road"`, `"The Collapse" (1964)`: a capitalised title in quotes is a work's
/// when a work word comes among the three words before the opening mark or a year in brackets
/// follows the closing one; the other titles in quotes of that sentence are works too when
/// their words are capitalised as titles are (his novels "The Knot" and "Soul Alone").
/// A work replaces the names inside it.
fn quoted_works(words: &[&str], names: &mut Vec<Span>) {
    let mut titles: Vec<QuotedTitle> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_quote(words[i]) {
            i += 1;
            continue;
        }
        let close = (i + 2..words.len().min(i + 2 + MAX_TITLE)).find(|&j| is_quote(words[j]));
        let Some(close) = close else {
            i += 1;
            continue;
        };
        let start = i + 1;
        let mut end = close;
        while end > start + 1 && matches!(words[end - 1], "," | "." | ";" | ":") {
            end -= 1;
        }
        let work_word = (i.saturating_sub(3)..i).any(|k| is_cue_word(Cue::WorkCue, words.get(k)));
        let year = words.get(close + 1) == Some(&"(")
            && words.get(close + 2).is_some_and(|w| is_year(w))
            && words.get(close + 3) == Some(&")");
        let title = &words[start..end];
        // Taylor Swift's "The Tortured Poets Department": a person's title-cased work.
        let authored = i >= 1
            && words[i - 1] == "'s"
            && names.iter().any(|s| s.1 == i - 1 && s.2 == Label::Person);
        let cued =
            (work_word && capitalised(title[0])) || ((year || authored) && title_case(title));
        titles.push(QuotedTitle {
            start,
            end,
            close,
            cued,
        });
        i = close + 1;
    }
    let any_cued = titles.iter().any(|t| t.cued);
    for t in &titles {
        let (a, b) = (t.start, t.end);
        if !(t.cued || any_cued && title_case(&words[a..b])) {
            continue;
        }
        let crossing = names
            .iter()
            .any(|&(s, e, _)| s < t.close && e > a && (s < a || e > b));
        if !crossing {
            names.retain(|&(s, e, _)| e <= a || s >= b);
            insert_name(names, (a, b, Label::WorkOfArt));
        }
    }
}

/// The labels the tagger gives a work's title named like a place, event, people or product;
/// people and organisations are more often themselves than a title.
fn may_be_title(label: Label) -> bool {
    matches!(
        label,
        Label::Gpe | Label::Loc | Label::Facility | Label::Event | Label::Norp | Label::Product
    )
}

/// "the new Lord of the Rings film": a name of several words followed by a work word. People
/// and organisations are left alone ("a Spielberg film", "a BBC documentary").
fn works_before_cue(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if may_be_title(label) && b >= a + 2 && is_cue_word(Cue::WorkCue, words.get(b)) {
            span.2 = Label::WorkOfArt;
        }
    }
}

/// The longest title taken from capitalised words the tagger left, in words.
const MAX_UNTAGGED_TITLE: usize = 6;

/// "Her memoir Becoming": a capitalised word that no name holds, right after a work word with
/// its determiner, opens the title, which runs over the capitalised words (and the small words
/// of titles between them) after it.
fn untagged_works_after_cue(words: &[&str], names: &mut Vec<Span>) {
    for i in 2..words.len() {
        // Cheapest tests first: most words are not capitalised.
        if !capitalised(words[i]) || !work_cue_before(words, i) {
            continue;
        }
        if name_at(names, i).is_some() {
            continue;
        }
        let mut end = i + 1;
        let limit = words.len().min(i + MAX_UNTAGGED_TITLE);
        let mut j = i + 1;
        while j < limit && (capitalised(words[j]) || TITLE_SMALL_WORDS.contains(&words[j])) {
            j += 1;
            if capitalised(words[j - 1]) {
                end = j;
            }
        }
        if names.iter().any(|s| s.0 < end && i < s.1) || is_cue_word(Cue::MakerVerb, words.get(end))
        {
            continue;
        }
        insert_name(names, (i, end, Label::WorkOfArt));
    }
}

/// Whether a word before a kind of organisation makes it a noun: "the charity Shelter".
pub(super) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "The" | "a" | "A" | "an" | "An" | "its" | "Its" | "their" | "Their"
    )
}

/// "won an Emmy for The Crown", "an Oscar for Oppenheimer": the name after "for" right after
/// an award is the work it was won for, unless it is a person's or an organisation's ("a
/// Bafta for Olivia Colman").
fn works_after_an_award(words: &[&str], names: &mut [Span]) {
    for k in 1..names.len() {
        let (a, _, label) = names[k];
        let (_, award_end, award) = names[k - 1];
        let after_award =
            award == Label::WorkOfArt && award_end + 1 == a && words[award_end] == "for";
        if after_award && !matches!(label, Label::Person | Label::Org) {
            names[k].2 = Label::WorkOfArt;
        }
    }
}

/// Work words that are also verbs: after a name they are more often verbs ("England play
/// Wales", "Figures show Labour ahead").
const VERB_LIKE_WORK_WORDS: &[&str] = &["play", "show", "book", "single"];

/// Whether the words before `a` are a work word used as a noun, which makes a title of the
/// name at `a`: after a determiner ("her memoir Becoming"), a possessive ("Paul Lynch's novel
/// Prophet Song") or a name ("the BBC drama Happy Valley", not "England play Wales"), and
/// perhaps a comma before a title that opens with an article ("her debut novel, The Salt
/// Orchard,"; "in the film, Smith plays" names no film).
fn work_cue_before(words: &[&str], a: usize) -> bool {
    let comma = a >= 1 && words[a - 1] == ",";
    if comma && !matches!(words.get(a), Some(&("The" | "A" | "An"))) {
        return false;
    }
    let cue = if comma { a - 1 } else { a };
    if cue < 2 || !maybe_cue_word(words[cue - 1]) || !is_cue_word(Cue::WorkCue, words.get(cue - 1))
    {
        return false;
    }
    let before = words[cue - 2];
    is_work_determiner(before)
        || before == "'s"
        || (capitalised(before) && !VERB_LIKE_WORK_WORDS.contains(&words[cue - 1]))
}

/// Whether a word before a work word makes it a noun: "her memoir Becoming", "the novel".
fn is_work_determiner(w: &str) -> bool {
    is_determiner(w)
        || matches!(
            w,
            "his" | "His" | "her" | "Her" | "new" | "latest" | "hit" | "debut" | "whose"
        )
}

/// "the novel Wolf Hall", "her album Blue Harbour": a name right after a work word is the
/// work's title ("the film Silent Harbour", even when tagged as a person), unless a verb of
/// making follows ("the film Jane Doe directed"); the tagger takes many titles for people or
/// organisations ("the series Deep Water").
fn works_after_cue(words: &[&str], names: &mut Vec<Span>) {
    untagged_works_after_cue(words, names);
    works_after_an_award(words, names);
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // The work word must be a noun: "to play Liechtenstein" is a match, not a play. Tested
        // first: few names follow one, so the verb after most names is never looked up.
        let cue = work_cue_before(words, a);
        let kind = || {
            may_be_title(label)
                || (matches!(label, Label::Person | Label::Org)
                    && !is_cue_word(Cue::MakerVerb, words.get(b)))
        };
        if cue && kind() {
            span.2 = Label::WorkOfArt;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_context() {
        let w = ["printed", "in", "Welsh", "and", "English", "."];
        let mut names = vec![(2, 3, Label::Norp), (4, 5, Label::Norp)];
        relabel(&w, &mut names);
        assert_eq!(names[0].2, Label::Language);
        assert_eq!(names[1].2, Label::Language);
        let w = ["in", "French", "waters"];
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names);
        assert_eq!(names[0].2, Label::Norp);
    }

    #[test]
    fn a_sea_or_firm_named_like_an_adjective_is_itself_at_a_phrase_end() {
        let w = words("The Mediterranean was calm .");
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names);
        assert_eq!(names[0].2, Label::Loc);
        let w = words("the Mediterranean diet");
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names);
        assert_eq!(names[0].2, Label::Norp);
        let w = words("The Pennines were covered");
        let mut names = vec![(1, 2, Label::Org)];
        relabel(&w, &mut names);
        assert_eq!(names[0].2, Label::Loc);
        let w = words("The Alps had snow");
        let mut names = vec![(0, 2, Label::Gpe)];
        relabel(&w, &mut names);
        assert_eq!(names, [(1, 2, Label::Loc)]);
        let w = words("parts for Airbus and Boeing");
        let mut names = vec![(2, 3, Label::Norp)];
        relabel(&w, &mut names);
        assert_eq!(names[0].2, Label::Org);
        let w = words("the Nasdaq composite index");
        let mut names = vec![(1, 2, Label::Norp)];
        relabel(&w, &mut names);
        assert_eq!(names[0].2, Label::Norp);
    }

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn titles_in_quotes_with_a_year_and_their_neighbours_are_works() {
        let w = words("as \" The Collapse \" ( 1964 ) , \" The Knot , \" and \" Soul Alone \" .");
        let mut names = vec![(2, 3, Label::Norp), (16, 18, Label::Person)];
        relabel(&w, &mut names);
        let got: Vec<String> = names.iter().map(|&(a, b, _)| w[a..b].join(" ")).collect();
        assert_eq!(got, ["The Collapse", "The Knot", "Soul Alone"]);
        assert!(names.iter().all(|n| n.2 == Label::WorkOfArt));
        // A quote with a year after it is not a title unless capitalised as one.
        let w = words("said \" We will win \" ( 1998 ) .");
        let mut names = vec![];
        relabel(&w, &mut names);
        assert!(names.is_empty());
        // Without a cue, a capitalised quote stays as the tagger had it.
        let w = words("its \" Strike Hard \" campaign");
        let mut names = vec![(2, 4, Label::Org)];
        relabel(&w, &mut names);
        assert_eq!(names, [(2, 4, Label::Org)]);
    }

    #[test]
    fn a_town_after_a_preposition_of_place_is_a_place() {
        let towns = |name: &[&str]| matches!(name, ["Arbil"] | ["Halifax"]);
        let w = words("fighting in Arbil and in Halifax , a stake in Halifax");
        let mut names = vec![(2, 3, Label::Org), (5, 6, Label::Org), (10, 11, Label::Org)];
        located_places(&w, &mut names, towns);
        let labels: Vec<Label> = names.iter().map(|n| n.2).collect();
        assert_eq!(labels, [Label::Gpe, Label::Gpe, Label::Org]);
        let w = words("joined Milan from Torino");
        let mut names = vec![(1, 2, Label::Org), (3, 4, Label::Org)];
        located_places(&w, &mut names, |_| true);
        assert!(names.iter().all(|n| n.2 == Label::Org));
        let w = words("warnings in Devon and Cornwall");
        let mut names = vec![(2, 3, Label::Norp), (4, 5, Label::Org)];
        located_places(&w, &mut names, |_| true);
        assert!(names.iter().all(|n| n.2 == Label::Gpe));
    }

    #[test]
    fn every_cue_word_before_a_name_passes_the_quick_test() {
        let mut section = "";
        for line in include_str!("../../data/lexicon/cues.txt").lines() {
            if let Some(name) = line.strip_prefix('[') {
                section = name.trim_end_matches(']');
            } else if matches!(section, "work_cue" | "org_cue" | "product_cue")
                && !line.starts_with('#')
            {
                assert!(maybe_cue_word(line), "{line}");
            }
        }
    }

    #[test]
    fn a_name_after_a_kind_of_organisation_is_one() {
        let w = words("the charity Shelter warned , the airline Flybe Group said");
        let mut names = vec![(7, 9, Label::Person)];
        relabel(&w, &mut names);
        assert_eq!(names, [(2, 3, Label::Org), (7, 9, Label::Org)]);
        let w = words("the company Chairman Bob Smith said");
        let mut names = vec![(3, 5, Label::Person)];
        relabel(&w, &mut names);
        assert_eq!(names, [(3, 5, Label::Person)]);
    }

    #[test]
    fn a_name_before_shares_is_a_company() {
        let common = |w: &str| w == "The";
        let w = words("Deliveroo shares fell , Tokyo shares rose and The shares");
        let mut names = vec![(4, 5, Label::Gpe)];
        companies_before_shares(&w, &mut names, common);
        assert_eq!(names, [(0, 1, Label::Org), (4, 5, Label::Gpe)]);
        let w = words("Shares in Dixons Carphone fell and a stake in Tesco");
        let mut names = vec![(2, 4, Label::Gpe)];
        companies_before_shares(&w, &mut names, common);
        assert_eq!(names, [(2, 4, Label::Org), (9, 10, Label::Org)]);
        let w = words("Ms Kaur sold Harbury shares");
        let mut names = vec![(3, 4, Label::Person)];
        companies_before_shares(&w, &mut names, common);
        assert_eq!(names, [(3, 4, Label::Org)]);
    }

    #[test]
    fn a_title_the_tagger_left_after_a_work_word_is_a_work() {
        let w = words("Her memoir Becoming topped the charts");
        let mut names = vec![];
        relabel(&w, &mut names);
        assert_eq!(names, [(2, 3, Label::WorkOfArt)]);
        let w = words("the film Gone with the Wind opened");
        let mut names = vec![];
        relabel(&w, &mut names);
        assert_eq!(names, [(2, 6, Label::WorkOfArt)]);
        let w = words("the film Jane directed");
        let mut names = vec![];
        relabel(&w, &mut names);
        assert!(names.is_empty());
    }

    #[test]
    fn works_by_context() {
        let w = ["The", "film", "\"", "Ocean", "Road", "\"", "opened"];
        let mut names = vec![(3, 5, Label::Facility)];
        relabel(&w, &mut names);
        assert_eq!(names, vec![(3, 5, Label::WorkOfArt)]);
        let w = ["the", "Lord", "of", "the", "Rings", "film"];
        let mut names = vec![(1, 5, Label::Gpe)];
        relabel(&w, &mut names);
        assert_eq!(names, vec![(1, 5, Label::WorkOfArt)]);
        let w = ["the", "novel", "Wolf", "Hall", "won"];
        let mut names = vec![(2, 4, Label::Facility)];
        relabel(&w, &mut names);
        assert_eq!(names, vec![(2, 4, Label::WorkOfArt)]);
        let w = ["the", "film", "Jane", "Doe", "directed"];
        let mut names = vec![(2, 4, Label::Person)];
        relabel(&w, &mut names);
        assert_eq!(names, vec![(2, 4, Label::Person)]);
    }

    #[test]
    fn works_after_a_possessive_a_name_or_a_comma() {
        let cases = [
            (
                "Paul Lynch 's novel Prophet Song won",
                (4, 6, Label::Person),
            ),
            ("The BBC drama Happy Valley drew", (3, 5, Label::Loc)),
            (
                "Her debut novel , The Salt Orchard , has",
                (4, 7, Label::Org),
            ),
        ];
        for (text, name) in cases {
            let w = words(text);
            let mut names = vec![name];
            relabel(&w, &mut names);
            assert_eq!(names[0].2, Label::WorkOfArt, "{text}");
        }
        // A verb, or a comma before a name that is no title.
        for (text, name) in [
            ("England play Wales on Saturday", (2, 3, Label::Gpe)),
            ("In the film , Smith plays a spy", (4, 5, Label::Person)),
        ] {
            let w = words(text);
            let mut names = vec![name];
            relabel(&w, &mut names);
            assert_ne!(names[0].2, Label::WorkOfArt, "{text}");
        }
    }

    #[test]
    fn a_datelines_place_before_an_agency() {
        let w = words("LOS ANGELES ( AP ) — Actor");
        let mut names = vec![(0, 2, Label::Org)];
        relabel(&w, &mut names);
        assert_eq!(names, vec![(0, 2, Label::Gpe)]);
        let w = words("APPLE ( Reuters ) said");
        let mut names = [(0, 1, Label::Org), (2, 3, Label::Org)];
        dateline_place(&w, &mut names[1..]);
        assert_eq!(names[1].2, Label::Org);
    }
}
