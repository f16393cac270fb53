//! The pipeline entry: tag every sentence of a `Doc` (story-level features over the whole
//! Doc), give names their finer labels, add numeric and time expressions in the gaps, and assign
//! canonical names. Never panics on odd input: every index into the Doc is checked.

use std::ops::Range;

use super::acts::{
    acts_after_their_kind, acts_headlining, acts_on_a_bill, bands_before_members, events_held,
    events_of_nations, festivals_in_apposition,
};
use super::addresses::{
    abbreviated_counties, counties_of_towns, hyphened_towns, towns_before_their_county,
    towns_before_their_state, towns_of_addresses,
};
use super::ages::ages_after_people;
use super::article_titles::works_with_their_article;
use super::articles::{names_across_articles, names_after_articles};
use super::athletes::athletes_home_towns;
use super::attributed::bodies_named_by_their_speaker;
use super::auctions::{artworks_sold, auction_houses};
use super::based::{owner_suffix, place_end, places_in_hyphens};
use super::box_office::films_by_their_takings;
use super::brand_words::brands_named_by_common_words;
use super::camel_names::camel_cased_brands;
use super::canonical::{canonical_names, NameMention};
use super::ceremonies::award_nights;
use super::chains::chains_by_their_stores;
use super::characters::works_of_characters;
use super::charities::{bodies_making_statements, bodies_of_nations, speaks_as_a_body};
use super::charts::{records_in_the_charts, weeks_at_the_top};
use super::context::{companies_before_shares, located_places, relabel};
use super::creators::{
    composers_of_music, shows_of_channels, shows_returning_to_channels, untagged_works_of_artists,
    works_after_writing, works_before_creators,
};
use super::credits::{artists_works, sequel_numbers};
use super::cut_short::bodies_cut_short;
use super::described_places::{places_described, places_of_locals};
use super::divisions::divisions;
use super::eateries::eateries_in_apposition;
use super::employers::firms_of_their_officers;
use super::finer::{
    institution_label, refine, NATURAL_FIRST, PEOPLES_BUILDINGS, SURNAME_LANDFORMS,
};
use super::firms::{
    companies_in_context, firms_beside_firms, firms_in_apposition, firms_in_pairs, firms_named_ai,
    may_be_brand, may_be_company, may_be_firm_though_common, names_with_legal_forms, proper,
    publishers, which_with_its_mark, RESULT_SUBJECTS,
};
use super::founders::firms_named_for_founders;
use super::gates::{CueList, Gates};
use super::headlines::{cuts_headline_names, is_capitalised_common_word, is_title_case};
use super::holdings::{firms_owned, national_arms};
use super::hosts::towns_that_host;
use super::initials::{leading_initials, middle_initials};
use super::joins::{councils_of_two_places, join};
use super::journals::journals_published_in;
use super::knowledge::{
    events_at_places, is_any_place, is_any_town, is_big_place, is_census_first_name,
    is_census_name, is_country, is_county, is_home_town, is_legal_form, is_personal_name, is_place,
    is_town_not_firm, listed_companies, opens_listed_company, places_wordnet_knows,
    regions_unknown_as_towns,
};
use super::label::Label;
use super::landmarks::{
    airports_whole, buildings_cut_short, buildings_named_for_people, features_before_their_word,
    landforms_after_the, mastheads, numbered_bodies, numbered_places, ordinals_opening_names,
    saints_buildings, towns_owning_buildings,
};
use super::landscapes::landscapes_named_like_people;
use super::lawmakers_states::{state_start, states_of_lawmakers};
use super::lexicon::cues::{is_cue, is_listed_town, is_small_town, known_name, wordnet_place, Cue};
use super::lexicon::{is_title_phrase, lists_of_tokens, List, LISTED_PLACES};
use super::listed_works::works_listed_with_works;
use super::lists::{firms_such_as, list_members, places_listed_with_firms};
use super::match_openers::{clubs_opening_results, sides_beaten};
use super::miscellany::miscellany_of_one_word;
use super::model::Model;
use super::models::{models_before_their_kind, models_counted, variants_of_brands};
use super::neighbours::places_beside_places;
use super::nicknames::teams_by_nickname;
use super::not_names::words_naming_no_one;
use super::numeric::{self, is_calendar_word, ranked_superlative, scale_after_degrees};
use super::organisers::events_before_organisers;
use super::parties::{
    followers_of_doctrines, green_members, members_cut_off, parties_by_their_leaders,
    parties_by_their_lean, partisans_of_places,
};
use super::patronymics::fathers_names;
use super::place_parts::places_by_parts;
use super::places_left_out::{
    places_after_words_of_place, places_in_pairs, places_struck, PlaceLists,
};
use super::possessed::{
    firms_before_their_products, untagged_titles_after_owners, works_of_famous_creators,
    works_of_their_authors,
};
use super::posts::platforms_posted_on;
use super::prize_winners::works_after_a_prize;
use super::races::races_named_for_places;
use super::recurring_works::works_named_again;
use super::referents::{
    firms_called_its, firms_named_like_rivers, firms_opening_sentences, numbers_named_firms,
    people_saying_it_would,
};
use super::remits::bodies_for_their_remits;
use super::repair::{listed_places, repair, Span};
use super::results::firms_by_their_results;
use super::reviews::works_praised_in_reviews;
use super::roles::{
    bodies_before_their_boss, people_after_their_trade, trades_opening_sentences,
    what_performers_belong_to,
};
use super::routes::towns_on_routes;
use super::schools::school_systems;
use super::scorers::{players_in_scorecards, scorers};
use super::screenings::films_screened;
use super::seats::{counties_of_two_names, seats, seats_changing_hands};
use super::sentence_start::{
    body_start, common_word, gerunds_opening_a_clause, known_names_after_common_words,
    person_start, places_opening_sentences, will_as_first_name,
};
use super::sky::moon_and_planets;
use super::splits::{places_between, split, split_at_on, works_inside_names};
use super::sport::{grounds_in_sport, sporting, sports_story, teams_in_sport, towns_outside_sport};
use super::squads::{ends_as_club, teams_before_roles, teams_named_for_places};
use super::stagings::{works_in_apposition, works_made_again};
use super::stars::works_by_their_stars;
use super::state_houses::state_houses;
use super::story::settle;
use super::subjects::{people_opening_sentences, untagged_people_opening_sentences};
use super::superlative_works::works_that_set_records;
use super::tagger::clusters::WordClass;
use super::tagger::hash::lower_hash;
use super::tagger::tags::NameType;
use super::titles::{
    generations, name_start, peoples_before_names, places_before_titles, relatives, titled_people,
    titles_in_names,
};
use super::town_venues::venues_by_their_town;
use super::towns::towns_of_several_words;
use super::truecase::truecase;
use super::untagged::untagged_names;
use super::untagged_laws::{
    acts_with_listed_subjects, laws_opened_before_small_words, untagged_acts,
};
use super::venues::{venues_after_at_the, venues_of_events};
use super::vessels::{ships_named_after_their_kind, ships_with_prefixes};
use super::viewings::shows_by_their_viewings;
use super::websites::bodies_before_their_websites;
use super::works::{titles_in_two_halves, titles_with_the, works_that_won};
use crate::doc::Doc;

/// An entity mention: byte offsets into `Doc::text`, its label and the canonical name of the
/// entity it names within the story (the mention's own text for numbers and dates).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub canonical: String,
}

/// Calls `emit` for each name in the tagger's span `a..b`: a list of names ("House of Fraser,
/// Marks & Spencer and Big Food") is cut at each comma before a capital, and its last item at
/// "and"/"or"; a span with no such comma is passed whole ("Marks & Spencer").
fn split_list(words: &[&str], a: usize, b: usize, mut emit: impl FnMut(usize, usize)) {
    let capital = |k: usize| {
        words
            .get(k)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let is_list_comma = |k: usize| words[k] == "," && capital(k + 1);
    // "Christmas and New Year": two known names joined by "and" are two; so are a name and a
    // known company after it ("Hyundai Motor and Kia"), unless the whole is known.
    // ("and" first: the known-name look-ups hash every word of their phrases.)
    let pair = (a + 1..b.saturating_sub(1)).find(|&k| {
        words[k] == "and" && {
            let second = known_name(&words[k + 1..b]);
            known_name(&words[a..k]).is_some() && second.is_some()
                || second == Some(Label::Org) && known_name(&words[a..b]).is_none()
        }
    });
    // "Kansai Electric Power and Kansai International Airport": a second name that opens with
    // the first one's word is another name, not the end of one.
    let repeat =
        || (a + 2..b.saturating_sub(2)).find(|&k| words[k] == "and" && words[k + 1] == words[a]);
    // "Halden Partners, Corvid Capital and Greystone Pensions": after a list comma, "X and Y"
    // is the list's last two items, unless it is one known name ("Trinidad and Tobago") or a
    // firm's "and Sons"/"and Co".
    let listed = || {
        let after_list_comma = a >= 2 && words[a - 1] == "," && capital(a - 2);
        let firm_end = |k: usize| matches!(words[k + 1], "Co" | "Co." | "Company" | "Sons" | "Son");
        // A span holding list commas is cut at each below, and at its last "and".
        let commas = (a..b).any(is_list_comma);
        (after_list_comma && !commas && known_name(&words[a..b]).is_none())
            .then(|| (a + 1..b.saturating_sub(1)).find(|&k| words[k] == "and" && capital(k + 1)))
            .flatten()
            .filter(|&k| !firm_end(k))
    };
    // "Toyota Motor and Sony Group": two names of two words or more, each ending in a word
    // that ends companies' names, are two companies.
    let firms = || {
        let company_end = |k: usize| {
            is_cue(Cue::OrgLast, &words[k - 1..k]) || is_cue(Cue::LegalForm, &words[k - 1..k])
        };
        (a + 2..b.saturating_sub(2))
            .find(|&k| words[k] == "and" && company_end(k) && capital(k + 1))
            .filter(|_| company_end(b))
    };
    // "Goldman, Sachs and Co.": a partnership's name in the wire's style, its one comma after
    // the first partner, is one firm.
    let partners = b >= a + 5
        && words[a + 1] == ","
        && words[b - 2] == "and"
        && matches!(words[b - 1], "Co" | "Co.")
        && !(a + 2..b).any(is_list_comma);
    if partners {
        emit(a, b);
        return;
    }
    if let Some(k) = pair.or_else(repeat).or_else(listed).or_else(firms) {
        emit(a, k);
        emit(k + 1, b);
        return;
    }
    if !(a..b).any(is_list_comma) {
        if a < b {
            emit(a, b);
        }
        return;
    }
    let mut start = a;
    for k in a..b {
        if is_list_comma(k) {
            if start < k {
                emit(start, k);
            }
            start = k + 1;
        }
    }
    match (start..b).find(|&k| matches!(words[k], "and" | "or") && capital(k + 1)) {
        Some(k) => {
            if start < k {
                emit(start, k);
            }
            emit(k + 1, b);
        }
        None if start < b => emit(start, b),
        None => {}
    }
}

/// "BBC's Panorama", "Britain's Prince Harry": a name the lexicon lists, then "'s", opens no
/// longer name; it is a name of its own (a place or an organisation, as its list says) and
/// what follows another. So is any name before "'s" and a holiday.
fn split_possessive(
    words: &[&str],
    a: usize,
    b: usize,
    ty: NameType,
    mut emit: impl FnMut(usize, usize, NameType),
) {
    let owner = (a + 1..b.saturating_sub(1)).find(|&k| matches!(words[k], "'s" | "’s"));
    if let Some(k) = owner {
        let lists = lists_of_tokens(&words[a..k]);
        let owner_type = if lists & LISTED_PLACES != 0 {
            Some(NameType::Location)
        } else if lists & List::Organisation.bit() != 0
            || known_name(&words[a..k]) == Some(Label::Org)
        {
            // ("Disney's Moana": a company the rules' lists know.)
            Some(NameType::Organisation)
        } else {
            None
        };
        if let Some(owner_type) = owner_type {
            emit(a, k, owner_type);
            emit(k + 1, b, ty);
            return;
        }
        // "Marks & Spencer's Christmas advert": a holiday after the owner is a date of its own.
        if known_name(&words[k + 1..b]) == Some(Label::Date) {
            emit(a, k, ty);
            emit(k + 1, b, NameType::Misc);
            return;
        }
    }
    emit(a, b, ty);
}

/// Verbs no name holds: the tagger can run one name into the next across them ("Ford Transit
/// was Europe" + "'s").
const VERBS_NO_NAME_HOLDS: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says",
];

/// Whether a word is a verb in the past tense written small, which no name holds between its
/// capitals: "The Federal Court ordered Qantas", "the Fed told Barclays". (Names hold small
/// words, "of", "the", "and", "upon", "sans", but none ends so.)
fn past_tense(w: &str) -> bool {
    let b = w.as_bytes();
    (b.len() >= 4 && b.ends_with(b"ed") || w == "told") && b.iter().all(u8::is_ascii_lowercase)
}

/// Cuts the tagger's span `a..b` at such verbs; each side that keeps a word is a name.
/// In a title-case headline (`headline`), its capitalised verbs cut too ("Apple Unveils iPhone").
fn split_at_verbs(
    words: &[&str],
    a: usize,
    b: usize,
    headline: bool,
    mut emit: impl FnMut(usize, usize),
) {
    let mut start = a;
    for (k, w) in words.iter().enumerate().take(b).skip(a) {
        // Both kinds of verb open with a small letter, which most words of a name do not: one
        // byte spares them the list's comparisons.
        let small = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        if small && (VERBS_NO_NAME_HOLDS.contains(w) || past_tense(w))
            || headline && cuts_headline_names(w)
        {
            // ("the group Liberty, told": the comma before the verb is no part of the name.)
            let end = if k > start + 1 && words[k - 1] == "," {
                k - 1
            } else {
                k
            };
            if start < end {
                emit(start, end);
            }
            start = k + 1;
        }
    }
    // ("Approves $2.1M Route 66": what follows the verb is trimmed as a whole span is.)
    let (start, b) = if start > a {
        trim_bare_edges(words, start, b)
    } else {
        (start, b)
    };
    if start < b {
        emit(start, b);
    }
}

/// The tagger's span `a..b` without the tokens at either edge that hold no letter or digit: a
/// name never starts or ends with a quotation mark or a bracket, though the tagger may take one
/// in beside a name (`,” Ruiz said`).
fn trim_bare_edges(words: &[&str], mut a: usize, mut b: usize) -> (usize, usize) {
    let bare = |w: &str| !w.chars().any(char::is_alphanumeric);
    while a < b && bare(words[a]) {
        a += 1;
    }
    // "for 11am Mass": a clock time before a name is the time of it, no part of the name;
    // "Approves $2.1M Route 66 Plan": an amount before one is what it costs.
    let amount_after_sign = || {
        a > 0
            && matches!(words[a - 1], "$" | "£" | "€")
            && words[a].starts_with(|c: char| c.is_ascii_digit())
    };
    if b > a + 1
        && (numeric::is_glued_clock(words[a])
            || numeric::is_glued_amount(words, a)
            || amount_after_sign())
    {
        a += 1;
    }
    // A closing bracket stays when the name holds its opening one: "Proleter (Z)" is a club
    // and its town, as sports tables print them.
    let closes_inside = |w: &str, inner: &[&str]| {
        let open = match w {
            ")" => "(",
            "]" => "[",
            _ => return false,
        };
        inner.contains(&open)
    };
    while b > a && bare(words[b - 1]) && !closes_inside(words[b - 1], &words[a..b - 1]) {
        b -= 1;
    }
    (a, b)
}

/// Arabic articles that open a name in lowercase ("al-Gama'a").
const LOWERCASE_ARTICLES: &[&str] = &["al-", "el-", "ad-", "ar-", "as-", "at-", "az-", "ash-"];

/// "defrauding Hartlepool Borough Council of £240,000": a name never ends on a word that
/// joins it to what follows, which the tagger sometimes takes in before a word it cannot name.
fn trim_joining_end(words: &[&str], a: usize, mut b: usize) -> usize {
    while b > a + 1
        && matches!(
            words[b - 1],
            "of" | "and" | "the" | "for" | "at" | "in" | "on"
        )
    {
        b -= 1;
    }
    b
}

/// The span `a..b` without lowercase hyphenated words at its start: "two-time Open",
/// "mainly-Moslem North Caucasus" are the names after them.
fn trim_lowercase_start(words: &[&str], mut a: usize, b: usize) -> usize {
    let modifier = |w: &str| {
        w.starts_with(char::is_lowercase)
            && w.contains('-')
            && !LOWERCASE_ARTICLES.iter().any(|p| w.starts_with(p))
    };
    while a + 1 < b && modifier(words[a]) {
        a += 1;
    }
    a
}

/// The span `a..b` with a closing bracket that it does not open: "(Tom) Seaver" takes back the
/// opening bracket before it when there is one; otherwise the bracket ends one name and the
/// rest is another ("Lindsay) Davenport", after "(Olympic champion Lindsay").
fn close_bracket(words: &[&str], a: usize, b: usize, mut emit: impl FnMut(usize, usize)) {
    let mut depth = 0usize;
    for k in a..b {
        match words[k] {
            "(" => depth += 1,
            ")" if depth > 0 => depth -= 1,
            ")" if a > 0 && words[a - 1] == "(" => return emit(a - 1, b),
            ")" => {
                emit(a, k);
                let (c, d) = trim_bare_edges(words, k + 1, b);
                if c < d {
                    emit(c, d);
                }
                return;
            }
            _ => {}
        }
    }
    emit(a, b)
}

/// Calls `emit` for the name before an opening bracket that the span `a..b` never closes and
/// for what follows it: "Internet Corporation for Assigned Names and Numbers (Icann" is the
/// corporation and its acronym, not one name with a dangling bracket. Other spans pass whole.
fn split_open_bracket(words: &[&str], a: usize, b: usize, mut emit: impl FnMut(usize, usize)) {
    let mut open = None;
    for (k, &w) in words.iter().enumerate().take(b).skip(a) {
        match w {
            "(" | "[" => open = Some(k),
            ")" | "]" => open = None,
            _ => {}
        }
    }
    match open {
        Some(k) if k > a => {
            emit(a, k);
            let (c, d) = trim_bare_edges(words, k + 1, b);
            if c < d {
                emit(c, d);
            }
        }
        _ => emit(a, b),
    }
}

/// One sentence as the rules read it: its words (a title-case headline's as the tagger was
/// shown them), their lowercase hashes, its gates and the names found so far.
struct SentenceWork<'w> {
    words: &'w [&'w str],
    lowers: &'w [u64],
    gates: Gates,
    spans: Vec<Span>,
}

/// Runs a group of rules over every sentence of `work` in turn, binding the sentence's words,
/// hashes, gates and names (`SentenceWork`) to the names given.
macro_rules! each_sentence {
    ($work:ident, |$words:ident, $lowers:ident, $gates:ident, $spans:ident| $body:block) => {
        for sentence in $work.iter_mut() {
            #[allow(unused_variables)]
            let ($words, $lowers, $gates, $spans) = (
                sentence.words,
                sentence.lowers,
                sentence.gates,
                &mut sentence.spans,
            );
            $body
        }
    };
}

/// Finds the entities of a story, sorted by start and non-overlapping.
pub fn find_entities(doc: &Doc, model: &Model) -> Vec<Mention> {
    find_entities_in(doc, &doc.words(), model)
}

/// `find_entities`, given the story's `Doc::words`, which the pipeline shares with the quote
/// finder instead of slicing every token out of the text twice. (The rules' gates read the
/// text under the tokens for the words' bytes: `words` must be `doc.words()`.)
pub(crate) fn find_entities_in(doc: &Doc, words: &[&str], model: &Model) -> Vec<Mention> {
    debug_assert_eq!(words.len(), doc.tokens.len());
    let text = doc.text.as_str();
    let sentences = doc.sentence_ranges();
    // Title-case headlines and stories in lowercase are shown to the tagger as running copy
    // would write them.
    let truecased = truecase(words, &sentences, &model.tagger.clusters);
    let shown;
    let tagger_words = if truecased.recased.is_empty() {
        words
    } else {
        shown = truecased.shown(words);
        &shown[..]
    };
    // Each token's lowercase hash, as the rules look words up in their lists.
    let (names, lowers) = model.tagger.tag_story_with_lowers(tagger_words, &sentences);
    // Whether the story is sport, found on the first sentence that asks.
    let sport = std::cell::OnceCell::new();

    // Token ranges in the Doc, with labels; names first, then expressions in the gaps.
    let mut found: Vec<(usize, usize, Label)> = Vec::new();
    let mut blocked = Vec::new();
    // The tagger's spans and the names made of them, reused sentence after sentence.
    let mut tagged: Vec<(usize, usize, NameType)> = Vec::new();
    // A place by the gazetteers' word knowledge or a county: many rules ask it of a name.
    let place_or_county = |name: &[&str]| is_place(name, &model.tagger.clusters) || is_county(name);
    // A word that opens a listed company's name, and a first name of the lexicon.
    let opens_listed = |w: &str| opens_listed_company(w, &model.tagger.clusters);
    let first_name = |w: &str| lists_of_tokens(&[w]) & List::FirstName.bit() != 0;
    // First, each sentence's names from the tagger, trimmed and split.
    let mut work: Vec<SentenceWork> = Vec::with_capacity(sentences.len());
    for (range, sentence_names) in sentences.iter().zip(&names) {
        // (The rules, too, read a title-case line as the tagger was shown it.)
        let words_here = &tagger_words[range.clone()];
        let lowers_here = &lowers[range.clone()];
        // Which bytes the sentence's words hold, for the rules that need one (`gates`).
        let gates =
            Gates::of(text, doc.tokens.get(range.clone()).unwrap_or(&[])).with_cues(lowers_here);
        tagged.clear();
        let headline = !sentence_names.is_empty() && is_title_case(&words[range.clone()]);
        // "Gautrain Fares To Rise": a headline capitalises every word, and the tagger may take
        // a common one alone for a name (the word knowledge says it is never written
        // capitalised in running text).
        let common_word_alone = |a: usize, b: usize, ty: NameType| {
            b == a + 1
                && ty != NameType::Person
                && is_capitalised_common_word(
                    words_here,
                    a,
                    model.tagger.clusters.get(lowers_here[a]),
                )
        };
        for n in sentence_names {
            let (a, b) = (n.start.min(words_here.len()), n.end.min(words_here.len()));
            let (a, b) = trim_bare_edges(words_here, a, b);
            // "closed at R243.10": money the numbers' rules read, no name.
            if b == a + 1 && numeric::is_glued_amount(words_here, a) {
                continue;
            }
            let b = trim_joining_end(words_here, a, b);
            let mut a = trim_lowercase_start(words_here, a, b);
            // "Former Post Office boss Paula Vennells": a sentence's first word says when, and
            // is no organisation's ("the Former Yugoslav Republic" is a place's).
            if n.ty == NameType::Organisation && b > a + 1 && words_here[a] == "Former" {
                a += 1;
            }
            if n.ty == NameType::Organisation {
                a = body_start(words_here, a, b);
            }
            // "River Dee", "Lord Howe Island": a natural feature's word keeps a title-like
            // first word as the feature's.
            // (Asked of people only: the list lookup is a hash per name.)
            let feature = || {
                words_here.get(a).is_some_and(|w| NATURAL_FIRST.contains(w))
                    || (b > a + 1
                        && (lists_of_tokens(&words_here[b - 1..b]) & List::GeographicCue.bit()
                            != 0
                            || (is_cue(Cue::Landform, &words_here[b - 1..b])
                                && !SURNAME_LANDFORMS.contains(&words_here[b - 1]))))
            };
            if n.ty == NameType::Person && !feature() {
                a = person_start(words_here, a, b, &model.tagger.clusters);
                a = name_start(words_here, a, b, |name| {
                    is_place(name, &model.tagger.clusters)
                });
            }
            split_at_verbs(words_here, a, b, headline, |a, b| {
                split_open_bracket(words_here, a, b, |a, b| {
                    close_bracket(words_here, a, b, |a, b| {
                        split_list(words_here, a, b, |a, b| {
                            split_possessive(words_here, a, b, n.ty, |a, b, ty| {
                                if !(headline && common_word_alone(a, b, ty)) {
                                    tagged.push((a, b, ty))
                                }
                            })
                        })
                    })
                })
            });
        }
        let spans = tagged
            .drain(..)
            .map(|(a, b, ty)| (a, b, refine(ty, &words_here[a..b], &lowers_here[a..b])))
            .collect();
        work.push(SentenceWork {
            words: words_here,
            lowers: lowers_here,
            gates,
            spans,
        });
    }
    // The rules, run over every sentence a few at a time: run sentence by sentence, the
    // hundred-odd rules' code was ten times what the processor's instruction cache holds, and
    // each sentence fetched it all again (4% of the time, BBC). The groups are of about
    // fifteen rules, whose code fits; each rule reads only its own sentence.
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        repair(words_here, lowers_here, spans, gates);
        known_names_after_common_words(words_here, spans, &model.tagger.clusters);
        will_as_first_name(words_here, spans);
        gerunds_opening_a_clause(words_here, spans, &model.tagger.clusters);
        places_opening_sentences(words_here, lowers_here, spans);
        people_opening_sentences(words_here, spans, &model.tagger.clusters);
        titles_in_names(
            words_here,
            spans,
            institution_label,
            |w| is_personal_name(w, &model.tagger.clusters),
            |w| PEOPLES_BUILDINGS.contains(&w),
            |name| {
                let last = &name[name.len() - 1..];
                (lists_of_tokens(last) & List::GeographicCue.bit() != 0)
                    .then(|| wordnet_place(name).unwrap_or(Label::Loc))
            },
        );
        buildings_named_for_people(
            words_here,
            spans,
            |w| PEOPLES_BUILDINGS.contains(&w),
            institution_label,
        );
        titled_people(
            words_here,
            spans,
            |w| is_census_name(w, &model.tagger.clusters),
            |name| {
                known_name(name).is_some()
                    || lists_of_tokens(&name[name.len() - 1..]) & List::GeographicCue.bit() != 0
            },
        );
        // Each relative's name follows a word for the relative ("wife").
        if gates.holds(CueList::Relatives) {
            relatives(words_here, spans);
        }
        fathers_names(words_here, spans);
        generations(words_here, spans);
        places_before_titles(
            words_here,
            spans,
            |name| is_place(name, &model.tagger.clusters),
            |name| lists_of_tokens(name) & LISTED_PLACES != 0 || is_county(name),
        );
        split(words_here, spans);
        works_inside_names(words_here, spans);
        split_at_on(words_here, spans, place_or_county);
        places_between(words_here, spans, place_or_county);
        join(words_here, spans, gates);
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        bodies_for_their_remits(words_here, spans);
        // Each system's name ends in "District", "Board" or "Schools".
        if gates.holds(CueList::SchoolEnds) {
            school_systems(words_here, spans);
        }
        councils_of_two_places(words_here, spans, |name| {
            is_home_town(name, &model.tagger.clusters) || is_county(name)
        });
        listed_places(words_here, spans, place_or_county, |w| {
            is_personal_name(w, &model.tagger.clusters)
        });
        events_at_places(words_here, spans, &model.tagger.clusters);
        places_wordnet_knows(
            words_here,
            spans,
            || *sport.get_or_init(|| sports_story(words, &lowers)),
            &model.tagger.clusters,
        );
        regions_unknown_as_towns(words_here, spans, &model.tagger.clusters);
        // A terminal's number or a street's ordinal has digits.
        if gates.digit {
            numbered_places(words_here, spans);
        }
        features_before_their_word(words_here, spans);
        landforms_after_the(words_here, spans);
        mastheads(words_here, spans);
        names_with_legal_forms(
            words_here,
            spans,
            &model.tagger.clusters,
            gates.maybe_capitalised(words_here.len()),
        );
        listed_companies(words_here, spans, &model.tagger.clusters);
        firms_named_ai(words_here, spans);
        located_places(words_here, spans, place_or_county);
        places_of_locals(words_here, spans, place_or_county);
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        towns_of_addresses(words_here, spans);
        // Each county follows "Co" or "Co.".
        if gates.holds(CueList::Co) {
            abbreviated_counties(words_here, spans, |w| is_county(&[w]));
        }
        if gates.hyphen {
            hyphened_towns(words_here, spans);
        }
        towns_before_their_state(words_here, spans);
        // Each company stands after a holding's word and "in", or before "shares" or "stock".
        if gates.holds(CueList::Shares) {
            companies_before_shares(words_here, spans, |w| {
                common_word(model.tagger.clusters.get(lower_hash(w)))
            });
        }
        towns_outside_sport(
            words_here,
            spans,
            || *sport.get_or_init(|| sports_story(words, &lowers)),
            // Beside another place ("between Exeter and Barnstaple") or before a site's word
            // ("its Solihull plant"), a small town is one too.
            |name, beside| {
                is_town_not_firm(name, &model.tagger.clusters)
                    || is_county(name)
                    || (beside
                        && (is_any_town(name, &model.tagger.clusters) || is_small_town(name)))
            },
        );
        places_beside_places(
            words_here,
            spans,
            |name| is_country(name, &model.tagger.clusters),
            |name| {
                lists_of_tokens(name) & List::Organisation.bit() != 0
                    || known_name(name).is_some_and(|l| l != Label::Gpe)
                    || opens_listed(name[0])
            },
            |name| is_place(name, &model.tagger.clusters),
            || *sport.get_or_init(|| sports_story(words, &lowers)),
        );
        towns_of_several_words(words_here, spans, || {
            *sport.get_or_init(|| sports_story(words, &lowers))
        });
    });
    // (`is_home_town` reads a name's first word: only a town of one word is one.)
    let is_town = |name: &[&str]| match name {
        [_] => {
            is_home_town(name, &model.tagger.clusters)
                || is_town_not_firm(name, &model.tagger.clusters)
                || is_small_town(name)
        }
        _ => is_listed_town(name) || is_small_town(name),
    };
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        // Each town stands before a verb of hosting.
        if gates.holds(CueList::Host) {
            towns_that_host(words_here, spans, is_town);
        }
        towns_on_routes(words_here, spans, is_town, is_county, first_name, || {
            *sport.get_or_init(|| sports_story(words, &lowers))
        });
        teams_named_for_places(
            words_here,
            spans,
            |name| {
                is_town_not_firm(name, &model.tagger.clusters)
                    || is_county(name)
                    || is_place(name, &model.tagger.clusters) && name.len() > 1
            },
            |w| is_personal_name(w, &model.tagger.clusters),
            || sporting(words_here) || *sport.get_or_init(|| sports_story(words, &lowers)),
        );
    });
    // "beat Wolves": a plural of a word mostly written in lowercase, which no one is named,
    // is a club's name (its own capitals leave it less than common). ("This", "Thus",
    // "Unless": words ending so are no plurals.)
    let club_plural = |w: &str| {
        let lowercase = |c: WordClass| c.logprob > 0 && c.capitalised <= 2 && !c.acronym;
        w.ends_with('s')
            && !["is", "us", "ss"].iter().any(|end| w.ends_with(end))
            && model
                .tagger
                .clusters
                .get(lower_hash(w))
                .is_some_and(lowercase)
    };
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        // Each score holds a digit.
        if gates.digit {
            sides_beaten(words_here, spans, |w| {
                lists_of_tokens(&[w]) & List::FirstName.bit() != 0
            });
        }
        clubs_opening_results(words_here, spans, |w, strictly| {
            let clusters = &model.tagger.clusters;
            let name = &[w];
            // ("They drew": a word mostly written in lowercase names a side only as a plural.)
            let proper = || {
                clusters
                    .get(lower_hash(w))
                    .is_none_or(|c| c.capitalised > 2)
            };
            (is_county(name)
                || (is_home_town(name, clusters) && (!strictly || proper()) || club_plural(w))
                    && (!strictly || !is_personal_name(w, clusters)))
                && !is_country(name, clusters)
        });
        teams_in_sport(
            words_here,
            spans,
            || *sport.get_or_init(|| sports_story(words, &lowers)),
            |name, person| {
                let clusters = &model.tagger.clusters;
                let plural = || name.len() == 1 && club_plural(name[0]);
                if person {
                    is_county(name)
                        || (is_home_town(name, clusters) || plural())
                            && !is_personal_name(name[0], clusters)
                } else {
                    // ("beat Kilrossanty": a place no list knows, the tagger's guess; "drew
                    // with Alloa": a small town's club.)
                    is_home_town(name, clusters)
                        || is_small_town(name) && !is_country(name, clusters)
                        || ends_as_club(name)
                        || name.len() == 1
                            && !is_any_place(name, clusters)
                            && !is_country(name, clusters)
                }
            },
        );
        scorers(words_here, spans, |name| {
            is_country(name, &model.tagger.clusters)
        });
        // (After the clubs: the tagger named no player there.)
        untagged_people_opening_sentences(words_here, spans, &model.tagger.clusters);
        // Each figure in a scorecard is a number in brackets.
        if gates.bracket && gates.digit {
            players_in_scorecards(words_here, spans, |name| {
                is_any_place(name, &model.tagger.clusters) || known_name(name).is_some()
            });
        }
        works_of_characters(words_here, spans);
    });
    // A name any gazetteer holds as a place, for the rules about works' titles.
    let known_place = |name: &[&str]| {
        is_place(name, &model.tagger.clusters) || is_any_place(name, &model.tagger.clusters)
    };
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        // Each title stands before a word for its star ("star", "actress").
        if gates.holds(CueList::Stars) {
            works_by_their_stars(words_here, spans, known_place, |w| {
                first_name(w) || is_census_first_name(w, &model.tagger.clusters)
            });
        }
        // Each performance is praised ("superb in").
        if gates.holds(CueList::Praise) {
            works_praised_in_reviews(words_here, spans, known_place);
        }
        works_with_their_article(words_here, spans, known_place);
        works_that_set_records(words_here, spans);
        chains_by_their_stores(words_here, spans);
        // Each party's initials stand before an office in it ("leader", "MP").
        if gates.holds(CueList::PartyOffices) {
            parties_by_their_leaders(words_here, spans);
        }
        athletes_home_towns(words_here, spans, |name| {
            is_town(name) || place_or_county(name)
        });
        // Each team is named by a nickname of the cue list ("the Jazz").
        if gates.holds(CueList::TeamNickname) {
            teams_by_nickname(words_here, spans, || {
                sporting(words_here) || *sport.get_or_init(|| sports_story(words, &lowers))
            });
        }
        grounds_in_sport(
            words_here,
            spans,
            || *sport.get_or_init(|| sports_story(words, &lowers)),
            |name| {
                is_place(name, &model.tagger.clusters)
                    || is_county(name)
                    || is_any_place(name, &model.tagger.clusters)
                    || wordnet_place(name).is_some()
            },
        );
        divisions(words_here, spans, || {
            *sport.get_or_init(|| sports_story(words, &lowers))
        });
        companies_in_context(words_here, spans, &model.tagger.clusters, gates);
        firms_named_for_founders(words_here, spans);
        firms_of_their_officers(words_here, spans, place_or_county);
        firms_by_their_results(words_here, spans);
        // The speaker's description opens with a comma (", the retailer said").
        if gates.comma {
            bodies_named_by_their_speaker(words_here, spans, |w| {
                may_be_company(w, &model.tagger.clusters) && proper(w, &model.tagger.clusters)
            });
        }
        // Each firm stands before a comma and its description.
        if gates.comma {
            firms_in_apposition(words_here, spans, &model.tagger.clusters);
            eateries_in_apposition(words_here, spans, |w| {
                is_personal_name(w, &model.tagger.clusters)
            });
        }
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        firms_called_its(words_here, spans, &model.tagger.clusters);
        firms_owned(words_here, spans, place_or_county);
        national_arms(
            words_here,
            spans,
            |name| known_name(name) == Some(Label::Org),
            |name| is_country(name, &model.tagger.clusters),
        );
        platforms_posted_on(words_here, spans, place_or_county);
        // Each brand is one of the list's words.
        if gates.holds(CueList::BrandWords) {
            brands_named_by_common_words(words_here, spans);
        }
        firms_named_like_rivers(words_here, spans, opens_listed);
    });
    // A word that may name a firm though the web writes it lowercase, where the sentence
    // leaves a firm no other reading: a listed company's common word ("Orange", "Shell")
    // counts, unless it is a first name.
    let firm_though_common = |w: &str| {
        !RESULT_SUBJECTS.contains(&w)
            && (may_be_firm_though_common(w, &model.tagger.clusters)
                || opens_listed(w) && !first_name(w))
    };
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        firms_opening_sentences(words_here, spans, |w, common| {
            may_be_brand(w, &model.tagger.clusters) || common && firm_though_common(w)
        });
        people_saying_it_would(words_here, spans, |w| {
            !is_personal_name(w, &model.tagger.clusters) && !first_name(w)
        });
        bodies_making_statements(words_here, spans, firm_though_common);
        bodies_of_nations(words_here, spans, firm_though_common);
        numbers_named_firms(words_here, spans);
        publishers(words_here, spans);
        firms_in_pairs(words_here, spans, opens_listed);
        firms_beside_firms(words_here, spans, firm_though_common, opens_listed);
        // Each party follows its lean ("far-right").
        if gates.holds(CueList::Leans) {
            parties_by_their_lean(words_here, spans, |w| {
                is_census_name(w, &model.tagger.clusters) || first_name(w)
            });
        }
        // Each firm follows "such as".
        if gates.holds(CueList::Such) {
            firms_such_as(words_here, spans);
        }
        // Each member stands by a comma or after "such as".
        if gates.comma || gates.holds(CueList::Such) {
            list_members(words_here, spans, |w| {
                common_word(model.tagger.clusters.get(lower_hash(w)))
            });
        }
        if gates.comma {
            // (A state is no firm's name either: "of Thibodaux, Louisiana and".)
            places_listed_with_firms(words_here, spans, |name| {
                is_country(name, &model.tagger.clusters)
                    || lists_of_tokens(name) & List::State.bit() != 0
            });
        }
        camel_cased_brands(words_here, spans);
        // Each act ends with "Act".
        if gates.holds(CueList::Act) {
            untagged_acts(words_here, spans);
            acts_with_listed_subjects(words_here, spans);
            laws_opened_before_small_words(words_here, spans);
        }
        untagged_names(
            words_here,
            spans,
            gates,
            |words, j| speaks_as_a_body(words, j, firm_though_common),
            |w| {
                is_census_first_name(w, &model.tagger.clusters)
                    || !common_word(model.tagger.clusters.get(lower_hash(w)))
            },
        );
        places_after_words_of_place(
            words_here,
            spans,
            gates,
            PlaceLists {
                is_county,
                is_town: |w: &str| is_small_town(&[w]) || is_listed_town(&[w]),
                other_sense: |w: &str| {
                    first_name(w)
                        || is_calendar_word(w)
                        || is_title_phrase(&[w])
                        || known_name(&[w]).is_some_and(|l| l != Label::Gpe)
                },
            },
        );
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        places_in_pairs(words_here, spans, |w| {
            is_personal_name(w, &model.tagger.clusters)
        });
        // Each disaster's adjective has a hyphen ("flood-hit").
        if gates.hyphen {
            places_struck(words_here, spans, gates, |w| {
                is_any_town(&[w], &model.tagger.clusters) || is_small_town(&[w])
            });
        }
        relabel(words_here, lowers_here, spans, gates, |w| {
            model
                .tagger
                .clusters
                .get(lower_hash(w))
                .is_some_and(|c| c.capitalised < 3)
        });
        // The magazine is "Which?".
        if gates.holds(CueList::Which) {
            which_with_its_mark(words_here, spans);
        }
        trades_opening_sentences(words_here, spans);
        artists_works(
            words_here,
            spans,
            |w| is_personal_name(w, &model.tagger.clusters),
            // ("Elon Musk's Tesla", "Keir Starmer's Labour": a listed firm or party.)
            |name| {
                known_name(name).is_some()
                    || is_place(name, &model.tagger.clusters)
                    || lists_of_tokens(name)
                        & (List::Organisation.bit() | List::ReligiousOrPolitical.bit())
                        != 0
                    || name.len() == 1 && opens_listed(name[0])
            },
        );
        composers_of_music(words_here, spans, |name| {
            known_name(name).is_some()
                || is_place(name, &model.tagger.clusters)
                || lists_of_tokens(name) & List::Organisation.bit() != 0
        });
        sequel_numbers(words_here, spans);
        // Each firm stands before its "'s".
        if gates.holds(CueList::Possessive) {
            firms_before_their_products(words_here, spans);
        }
        // Each word of party and state has a hyphen ("R-Alaska").
        if gates.hyphen {
            states_of_lawmakers(words_here, spans);
        }
        // Each work stands between its author's "'s" and a work's word ("novel").
        if gates.holds(CueList::Possessive) && gates.holds(CueList::WorkCue) {
            works_of_their_authors(words_here, spans);
        }
        // Each title follows an owner's "'s".
        if gates.holds(CueList::Possessive) {
            untagged_titles_after_owners(words_here, spans);
            works_of_famous_creators(words_here, spans);
        }
        // Every model holds a code or a number ("SU7", "Switch 2"), so a digit, or follows its
        // maker's "its" ("its Kicks Play hybrid").
        if gates.digit || gates.holds(CueList::Owners) {
            models_before_their_kind(words_here, spans, gates.digit);
        }
        models_counted(words_here, spans);
        variants_of_brands(words_here, spans);
        titles_with_the(words_here, spans, |name| {
            is_place(name, &model.tagger.clusters)
        });
        titles_in_two_halves(words_here, spans);
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        records_in_the_charts(words_here, spans, |name| {
            opens_listed(name[0]) || place_or_county(name)
        });
        works_that_won(words_here, spans, |w| {
            is_personal_name(w, &model.tagger.clusters)
        });
        works_after_a_prize(words_here, spans, |w| {
            is_personal_name(w, &model.tagger.clusters)
        });
        bodies_cut_short(words_here, spans, |w| {
            is_legal_form(w, &model.tagger.clusters)
        });
        // Each journal is one of the few named ("Nature").
        if gates.holds(CueList::Journals) {
            journals_published_in(words_here, spans);
        }
        if gates.hyphen {
            places_in_hyphens(words_here, spans, |name| {
                is_place(name, &model.tagger.clusters) || wordnet_place(name).is_some()
            });
        }
        landscapes_named_like_people(words_here, spans, |w| {
            common_word(model.tagger.clusters.get(lower_hash(w)))
        });
        // Each body is the name "Moon" or a planet's.
        if gates.holds(CueList::Sky) {
            moon_and_planets(words_here, spans);
        }
        saints_buildings(words_here, spans);
        towns_owning_buildings(words_here, spans, |name| {
            is_place(name, &model.tagger.clusters)
        });
        airports_whole(words_here, spans);
        buildings_cut_short(words_here, spans);
        venues_by_their_town(words_here, spans);
        // Each body opens with a digit ordinal ("9th").
        if gates.digit {
            numbered_bodies(words_here, spans);
        }
        // Each work follows a word for its remaking ("adaptation of").
        if gates.holds(CueList::MadeOf) {
            works_made_again(words_here, spans, known_place);
        }
        // Each apposition opens with a comma and holds a work's word.
        if gates.comma && gates.holds(CueList::WorkCue) {
            works_in_apposition(words_here, spans);
        }
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        ordinals_opening_names(words_here, spans);
        green_members(words_here, spans);
        followers_of_doctrines(words_here, spans, |w| {
            common_word(model.tagger.clusters.get(lower_hash(w)))
        });
        partisans_of_places(words_here, spans, |name| {
            lists_of_tokens(name) & LISTED_PLACES != 0
        });
        members_cut_off(
            words_here,
            spans,
            |name| {
                lists_of_tokens(name) & (List::ReligiousOrPolitical.bit() | List::Nationality.bit())
                    != 0
            },
            // ("Bolton West MP": a seat named for its town and a compass point.)
            |name| {
                let listed = |n: &[&str]| lists_of_tokens(n) & LISTED_PLACES != 0;
                match name {
                    [town @ .., "North" | "South" | "East" | "West" | "Central"]
                        if !town.is_empty() =>
                    {
                        listed(town) || is_place(town, &model.tagger.clusters)
                    }
                    _ => listed(name) || is_listed_town(name),
                }
            },
        );
        words_naming_no_one(words_here, spans);
        what_performers_belong_to(words_here, spans, |name| {
            lists_of_tokens(name) & (LISTED_PLACES | List::Nationality.bit()) != 0
                || is_cue(Cue::People, name)
                || is_place(name, &model.tagger.clusters)
        });
        venues_after_at_the(words_here, spans, |name| {
            is_place(name, &model.tagger.clusters)
                || is_county(name)
                || wordnet_place(name).is_some()
                || known_name(name).is_some()
        });
        venues_of_events(words_here, spans, |name| {
            is_listed_town(name) || known_name(name).is_some() || wordnet_place(name).is_some()
        });
        peoples_before_names(words_here, spans);
        // Each person follows a trade's word of the cue list ("singer").
        if gates.holds(CueList::PersonRole) {
            people_after_their_trade(words_here, spans);
        }
        bodies_before_their_boss(words_here, spans);
        bodies_before_their_websites(words_here, spans);
        // The apposition opens with a comma.
        if gates.comma {
            festivals_in_apposition(words_here, spans);
            events_held(words_here, spans);
        }
        events_of_nations(words_here, spans);
        // Each band stands before a member's word ("guitarist").
        if gates.holds(CueList::BandMembers) {
            bands_before_members(words_here, spans);
        }
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        acts_headlining(words_here, spans);
        // The rule asks for a bill's word first ("line-up").
        if gates.holds(CueList::Bills) {
            acts_on_a_bill(words_here, spans, |w| {
                first_name(w) || is_census_first_name(w, &model.tagger.clusters)
            });
        }
        untagged_works_of_artists(words_here, spans);
        shows_of_channels(words_here, spans, |w| is_cue(Cue::Platform, &[w]));
        // Each show stands before a verb of returning or moving ("returns to").
        if gates.holds(CueList::Returns) {
            shows_returning_to_channels(words_here, spans, |w| is_cue(Cue::Platform, &[w]));
        }
        works_before_creators(words_here, spans);
        // Each work follows a verb of writing ("penned").
        if gates.holds(CueList::Wrote) {
            works_after_writing(words_here, spans, first_name);
        }
        works_listed_with_works(words_here, spans);
        films_screened(words_here, spans);
        // Each ship follows its kind ("the tanker ...").
        if gates.holds(CueList::Vessels) {
            ships_named_after_their_kind(words_here, spans);
            ships_with_prefixes(words_here, spans);
        }
        artworks_sold(words_here, spans);
        auction_houses(words_here, spans, place_or_county);
        // Each apposition opens with a comma.
        if gates.comma {
            places_described(words_here, spans);
        }
        // (A one-word side must be a big town or a listed one: "Allen-Bradley" is a firm.)
        places_by_parts(
            words_here,
            spans,
            |name| match name {
                [w] => is_big_place(w, &model.tagger.clusters),
                _ => is_place(name, &model.tagger.clusters) || is_listed_town(name),
            },
            |name| is_country(name, &model.tagger.clusters),
        );
        films_by_their_takings(
            words_here,
            spans,
            gates.maybe_capitalised(words_here.len()),
            |name| known_name(name).is_some(),
            |w| is_personal_name(w, &model.tagger.clusters),
        );
        shows_by_their_viewings(words_here, spans, |name| known_name(name).is_some());
        // (A small town of GeoNames may be a first name: "Kanye West".)
        seats(words_here, spans, |name| {
            lists_of_tokens(name) & LISTED_PLACES != 0
                || is_county(name)
                || is_town_not_firm(name, &model.tagger.clusters)
        });
    });
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        seats_changing_hands(words_here, spans, |name| {
            lists_of_tokens(name) & List::ReligiousOrPolitical.bit() != 0
        });
        counties_of_two_names(words_here, spans, is_county);
        counties_of_towns(words_here, spans, is_county);
        towns_before_their_county(words_here, spans, is_county);
        races_named_for_places(words_here, spans, |name| {
            is_home_town(name, &model.tagger.clusters) || is_small_town(name)
        });
        award_nights(words_here, spans);
        events_before_organisers(words_here, spans, |name| {
            is_country(name, &model.tagger.clusters)
        });
    });
    let is_foreign = |w: &str| {
        let class = model.tagger.clusters.get(lower_hash(w));
        let rare = class.is_none_or(|c| c.logprob == 0 || c.logprob >= 16);
        (rare || !w.is_ascii()) && !is_personal_name(w, &model.tagger.clusters)
    };
    each_sentence!(work, |words_here, lowers_here, gates, spans| {
        names_after_articles(words_here, spans, is_foreign);
        names_across_articles(words_here, spans, is_foreign);
        middle_initials(words_here, spans, first_name);
        leading_initials(words_here, spans, first_name);
        // Each act stands after or before its kind's word ("band", "festival").
        if gates.holds(CueList::Bands) {
            acts_after_their_kind(
                words_here,
                spans,
                |w| first_name(w) || is_personal_name(w, &model.tagger.clusters),
                |name| is_place(name, &model.tagger.clusters),
            );
        }
        teams_before_roles(
            words_here,
            spans,
            |w| is_personal_name(w, &model.tagger.clusters),
            |w| {
                let class = model.tagger.clusters.get(lower_hash(w));
                let plural = w.len() > 3 && w.ends_with('s');
                plural || class.is_none_or(|c| c.logprob == 0 || c.capitalised >= 3)
            },
        );
        state_houses(words_here, spans);
        // Last, once no rule reads a people's label any more.
        miscellany_of_one_word(words_here, spans);
    });
    // Last, each sentence's names block the numbers' rules from their words.
    for (range, sentence) in sentences.iter().zip(&mut work) {
        let (words_here, lowers_here, spans) =
            (sentence.words, sentence.lowers, &mut sentence.spans);
        spans.retain(|&(a, b, _)| !scale_after_degrees(words_here, a, b));
        blocked.clear();
        blocked.resize(words_here.len(), false);
        for &(a, b, label) in spans.iter() {
            blocked[a..b].iter_mut().for_each(|x| *x = true);
            found.push((range.start + a, range.start + b, label));
        }
        let mut expressions = numeric::find_hashed(words_here, lowers_here, &blocked);
        ages_after_people(words_here, spans, &mut expressions);
        weeks_at_the_top(words_here, &mut expressions);
        for e in expressions {
            found.push((range.start + e.start, range.start + e.end, e.label));
        }
    }
    settle(
        words,
        &mut found,
        |w| is_personal_name(w, &model.tagger.clusters),
        |name| is_place(name, &model.tagger.clusters),
    );
    works_named_again(words, &mut found);
    // Where each sentence ends, before any closing quotation marks and brackets after its
    // last word (`... Warner Bros."`).
    let mut sentence_end = vec![false; words.len() + 1];
    for r in &sentences {
        let mut end = r.end.min(words.len());
        while end > r.start && is_closing_mark(words[end - 1]) {
            end -= 1;
        }
        if let Some(e) = sentence_end.get_mut(end) {
            *e = true;
        }
    }
    // To byte offsets, dropping anything that does not map to a proper slice of the text or
    // that overlaps an earlier mention (sentences given out of order or overlapping).
    let mut spans: Vec<(usize, usize, Label, Range<usize>)> = found
        .into_iter()
        .map(|(a, b, label)| {
            let last = &doc.tokens[b - 1];
            let mut end = last.end;
            // "44.45." keeps a sentence's period (see `numeric`); the expression ends before it.
            let word = text.get(last.start..last.end).unwrap_or("");
            if !label.is_name()
                && word.len() > 1
                && word.ends_with('.')
                && word.starts_with(|c: char| c.is_ascii_digit())
                && word[..word.len() - 1].contains('.')
            {
                end -= 1;
            }
            // "... by Lear Corp.", "40,000 sq ft.": at a sentence's end the abbreviation's
            // period is also the full stop, which belongs to the sentence ("Lear Corp" + "."),
            // as in the treebanks.
            let abbreviated = label.is_name() || label == Label::Quantity;
            if abbreviated && sentence_end[b] && is_final_abbreviation(word) {
                end -= 1;
            }
            // "Seoul-based": the place ends at the hyphen (see `based`).
            if let Some(cut) = hyphen_cut(label, word) {
                end = last.start + cut;
            }
            // "R-Alaska": the state starts after the party's letter; "D-N.Y.,": an
            // abbreviated state keeps its period, which the tokenizer split off before the comma.
            let first = &doc.tokens[a];
            let start = match text.get(first.start..first.end).and_then(state_start) {
                Some(cut) if label == Label::Gpe && b == a + 1 => {
                    let rest = text.as_bytes().get(end..end + 2);
                    if matches!(rest, Some([b'.', b',' | b')' | b';'])) {
                        end += 1;
                    }
                    first.start + cut
                }
                _ => first.start,
            };
            (start, end, label, a..b)
        })
        .filter(|&(start, end, _, _)| start < end && text.get(start..end).is_some())
        .collect();
    spans.sort_by_key(|m| (m.0, m.1));
    let mut mentions: Vec<(usize, usize, Label, Range<usize>)> = Vec::with_capacity(spans.len());
    for m in spans {
        if mentions.last().is_some_and(|last| last.1 > m.0) {
            continue;
        }
        mentions.push(m);
    }

    let names_only: Vec<usize> = (0..mentions.len())
        .filter(|&k| mentions[k].2.is_name())
        .collect();
    let name_mentions: Vec<NameMention<'_>> = names_only
        .iter()
        .map(|&k| {
            let r = mentions[k].3.clone();
            let label = mentions[k].2;
            let mut words = words[r.clone()].to_vec();
            let mut spans: Vec<(usize, usize)> =
                doc.tokens[r].iter().map(|t| (t.start, t.end)).collect();
            if let (Some(w), Some(s)) = (words.last_mut(), spans.last_mut()) {
                if let Some(cut) = hyphen_cut(label, w) {
                    *w = &w[..cut];
                    s.1 = s.0 + cut;
                }
                // "far from the Sun.": the mention left the full stop to the sentence, and so
                // does its canonical name.
                let end = mentions[k].1;
                let cut = end
                    .checked_sub(s.0)
                    .filter(|_| end < s.1 && w.len() == s.1 - s.0);
                if let Some(kept) = cut.and_then(|c| w.get(..c)).filter(|k| !k.is_empty()) {
                    *w = kept;
                    s.1 = end;
                }
            }
            if let (&mut [ref mut w], &mut [ref mut s]) = (&mut words[..], &mut spans[..]) {
                if let Some(cut) = state_start(w).filter(|_| label == Label::Gpe) {
                    *w = &w[cut..];
                    s.0 += cut;
                }
            }
            NameMention {
                label,
                words,
                spans,
            }
        })
        .collect();
    let canonical = canonical_names(text, &name_mentions);
    let mut canon_of = vec![None; mentions.len()];
    for (&k, c) in names_only.iter().zip(canonical) {
        canon_of[k] = Some(c);
    }
    mentions
        .into_iter()
        .zip(canon_of)
        .map(|((start, end, label, _), c)| Mention {
            start,
            end,
            label,
            canonical: c
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| text[start..end].to_string()),
        })
        .collect()
}

/// Where a place's or a people's mention ends inside its last word ("Seoul" of
/// "Seoul-based"), in bytes from the word's start.
fn hyphen_cut(label: Label, word: &str) -> Option<usize> {
    // "third-largest": the rank alone.
    if label == Label::Ordinal {
        return ranked_superlative(word);
    }
    // "Sony-owned": a company owns as a place does.
    let owner = label == Label::Org && owner_suffix(word);
    (matches!(
        label,
        Label::Gpe | Label::Norp | Label::Loc | Label::Language
    ) || owner)
        .then(|| place_end(word))
        .flatten()
}

fn is_closing_mark(w: &str) -> bool {
    matches!(w, "\"" | "”" | "’" | "'" | "''" | ")" | "]")
}

/// "Corp.", "Mich.", "Jr.": a word abbreviated with one period, at its end ("U.S." keeps its
/// period, which is not only the last one).
fn is_final_abbreviation(word: &str) -> bool {
    word.len() > 2
        && word.ends_with('.')
        && word[..word.len() - 1].chars().all(|c| c.is_alphabetic())
}

#[cfg(test)]
mod edge_tests {
    use super::{split_open_bracket, trim_bare_edges};

    #[test]
    fn names_lose_marks_and_brackets_at_their_edges_only() {
        let words = ["”", "Ruiz", "said", "(", "Marks", "&", "Spencer", ")"];
        assert_eq!(trim_bare_edges(&words, 0, 2), (1, 2));
        assert_eq!(trim_bare_edges(&words, 3, 8), (4, 7));
        assert_eq!(trim_bare_edges(&words, 0, 1), (1, 1));
        let mut pieces = Vec::new();
        let org = ["Assigned", "Names", "(", "Icann", "said"];
        split_open_bracket(&org, 0, 4, |a, b| pieces.push((a, b)));
        assert_eq!(pieces, vec![(0, 2), (3, 4)]);
        pieces.clear();
        split_open_bracket(&org, 2, 4, |a, b| pieces.push((a, b)));
        assert_eq!(pieces, vec![(2, 4)]);
        let club = ["Proleter", "(", "Z", ")", "2"];
        assert_eq!(trim_bare_edges(&club, 0, 4), (0, 4));
        assert_eq!(trim_bare_edges(&club, 2, 4), (2, 3));
    }

    #[test]
    fn a_closing_mark_beside_a_speaker_is_not_part_of_the_name() {
        let story = "“We will build it,” Ruiz said on Monday. “It is done,” said Ana Ruiz.";
        let article = crate::analyze(story).expect("analyze");
        for e in &article.entities {
            assert!(!e.text.contains('”') && !e.canonical.contains('”'), "{e:?}");
        }
    }
}
