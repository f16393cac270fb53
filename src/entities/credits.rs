//! Works named bare, without quotes or a work word before them, that their context still
//! gives away: a production of one ("a revival of King Lear", "the second season of Squid
//! Game"), its credits ("The Brutalist, starring Adrien Brody", "Conclave, adapted from"), or
//! an apposition that says what it is ("My Bed, the installation shortlisted for ..."). The
//! tagger, trained on 1996 wire copy, takes most such titles for people or organisations.

use super::acting::{best_after_win, names_a_body, works_acted_in_or_winning, ACTED};
use super::box_office::PRONOUNS;
use super::casing::capitalised;
use super::creators::RUNS;
use super::gates::{CueList, Gates};
use super::label::Label;
use super::lexicon::cues::{is_cue, is_cue_word, Cue};
use super::lexicon::{is_title_phrase, lists_of_tokens, List, PLACES_AND_PEOPLES};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, name_at, Span};
use super::songs::{songs_of_their_artists, songs_with_videos};
use super::works::{runs_past_apostrophe, title_end, TITLE_SMALL_WORDS};

pub fn works_in_context(
    words: &[&str],
    names: &mut Vec<Span>,
    gates: Gates,
    is_common: impl Fn(&str) -> bool,
) {
    // Each work follows a production's word or a maker's ("adaptation of", "author of").
    if gates.holds(CueList::Productions) {
        productions_of_works(words, names);
    }
    // Each credit follows a comma and is a word of `CREDITS` ("Oppenheimer, directed by").
    if gates.comma && gates.holds(CueList::Credits) {
        credited_works(words, names);
    }
    // Each apposition opens with a comma and holds a work's word ("Saltburn, the film").
    if gates.comma && gates.holds(CueList::WorkCue) {
        works_in_apposition(words, names, is_common);
    }
    // Each film is followed by a verb of winning ("won").
    if gates.holds(CueList::Won) {
        films_that_won_awards(words, names);
    }
    // Each work follows a role's word ("starred in") or is followed by a verb of winning.
    if gates.holds(CueList::ActedOrWon) {
        works_acted_in_or_winning(words, names);
        untagged_works_acted_in(words, names);
        untagged_winners(words, names);
    }
    // Each work follows its award's name ("an Oscar for").
    if gates.holds(CueList::Award) {
        works_that_won(words, names);
    }
    works_by_artists(words, names);
    works_performed(words, names);
    songs_with_videos(words, names);
    // Each song follows a verb of singing or playing before its artist ("sang Adele's").
    if gates.holds(CueList::SungOrPlayed) {
        songs_of_their_artists(words, names);
    }
}

/// Verbs of showing, selling or performing a work, before its title and "by" its artist.
const SHOWN: &[&str] = &[
    "lent",
    "loaned",
    "borrowed",
    "bought",
    "sold",
    "acquired",
    "auctioned",
    "exhibited",
    "displayed",
    "unveiled",
    "hung",
    "sang",
    "sings",
    "performed",
    "played",
    "covered",
    "recorded",
    "read",
    "screened",
    "staged",
];

/// "has lent The Hay Wain by John Constable", "She sang Jolene by Dolly Parton": a name right
/// before "by" and a person, that opens with a title's "The" inside the sentence or follows a
/// verb of showing or performing a work, is the person's work (the tagger takes such titles
/// for people, firms and buildings). A person named with a first name stays one.
fn works_by_artists(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len().saturating_sub(1) {
        let (a, b, label) = names[k];
        let artist = names[k + 1];
        if words.get(b) != Some(&"by") || artist.0 != b + 1 || artist.2 != Label::Person {
            continue;
        }
        let retypable = matches!(
            label,
            Label::Org | Label::Person | Label::Facility | Label::Product | Label::Event
        );
        // ("the takeover of The Body Shop by L'Oréal" is a deal's.)
        let titled = a > 0 && words[a] == "The" && words[a - 1] != "of";
        let shown = a > 0 && SHOWN.contains(&words[a - 1]);
        let named = label == Label::Person
            && lists_of_tokens(&words[a..a + 1]) & List::FirstName.bit() != 0;
        if retypable && (titled || shown) && !named && b <= a + 6 {
            names[k].2 = Label::WorkOfArt;
        }
    }
}

/// Verbs of singing or performing a work, right before its title.
const PERFORMED: &[&str] = &[
    "sang",
    "sings",
    "singing",
    "performed",
    "performs",
    "performing",
];

/// "Bambie Thug, who sang Doomsday Blue for Ireland": a name right after a verb of singing or
/// performing is the work sung or performed, not a place or a firm. A person named with a
/// first name stays one, and so do a listed place or people ("performed Jerusalem" is left to
/// the tagger) and an owner ("sang Ireland's anthem").
fn works_performed(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if a == 0 || !PERFORMED.contains(&words[a - 1]) || label == Label::WorkOfArt {
            continue;
        }
        let first_name = lists_of_tokens(&words[a..a + 1]) & List::FirstName.bit() != 0;
        let listed = lists_of_tokens(&words[a..b]) & PLACES_AND_PEOPLES != 0;
        let owner = matches!(words.get(b), Some(&("'s" | "’s")));
        // ("performing U-turns": a title has a word in title case.)
        let titled = words[a..b].iter().any(|w| {
            let mut letters = w.chars();
            letters.next().is_some_and(char::is_uppercase)
                && letters.next().is_some_and(char::is_lowercase)
        });
        let actor = label == Label::Person && first_name;
        let other = actor || listed || owner;
        if titled && !other && b <= a + 6 {
            span.2 = Label::WorkOfArt;
        }
    }
}

/// "Christopher Nolan's Oppenheimer", "Greta Gerwig's Lady Bird": a person named in full, "'s"
/// and a "person" whose first word is no first name (`personal` knows the common ones) is the
/// person's work ("Sunak's Hunt" is not written; a colleague comes with a title or a first
/// name), unless a noun follows that it is the subject of ("Scorsese's Howard Hughes biopic").
///
/// Where the sentence speaks of works ("his book", "the album chart", "novelist"), any name
/// after a person's "'s" that no list knows is the work, whatever the tagger made of it:
/// "Taylor Swift's The Tortured Poets Department topped the album chart" ("Elon Musk's Tesla"
/// is a known firm, and no work word is near).
pub fn artists_works(
    words: &[&str],
    names: &mut [Span],
    personal: impl Fn(&str) -> bool,
    known: impl Fn(&[&str]) -> bool,
) {
    let mut works_talk = None;
    for k in 1..names.len() {
        let (a, b, label) = names[k];
        let (c, d, owner) = names[k - 1];
        // "Yoko Ogawa's The Memory Police": a title's own "The" may stand between.
        let the = a == d + 2 && words[d + 1] == "The";
        let owned = (d + 1 == a || the)
            && matches!(words[d], "'s" | "’s")
            && owner == Label::Person
            && d > c + 1;
        if !owned || label == Label::WorkOfArt {
            continue;
        }
        let subject = words
            .get(b)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !AFTER_A_TITLE.contains(w));
        let unnamed = || {
            lists_of_tokens(&words[a..a + 1]) & List::FirstName.bit() == 0 && !personal(words[a])
        };
        let start = if the { a - 1 } else { a };
        if label == Label::Person && b <= a + 3 && !subject && unnamed() {
            names[k] = (start, b, Label::WorkOfArt);
            continue;
        }
        let talk = *works_talk.get_or_insert_with(|| {
            words.iter().any(|w| {
                WORKS_TALK.contains(w)
                    || CREATORS.iter().any(|c| c.eq_ignore_ascii_case(w))
                    || w.starts_with(char::is_lowercase) && is_cue_word(Cue::WorkCue, Some(w))
            })
        });
        let titled = matches!(
            label,
            Label::Org | Label::Law | Label::Gpe | Label::Person | Label::Facility | Label::Event
        );
        // "Conor McPherson's The Weir opens at the Lyric", "Taylor Swift's Midnights topped
        // the Billboard 200": a verb of a work's run or success says so too.
        let runs = words
            .get(b)
            .is_some_and(|w| RUNS.contains(w) || SUCCESSES.contains(w))
            || told_of_work(words, b);
        // (A firm's or a place's name is no colleague's: "Poor Things" may open with a surname.)
        let no_one = label != Label::Person || unnamed();
        let cued = talk && unnamed() || runs && no_one;
        // ("Taylor Swift's Eras Tour grossed $1bn": an event's own word ends its name.)
        let event = label == Label::Event && is_cue_word(Cue::EventLast, words.get(b - 1));
        if cued && titled && !event && b <= a + 6 && !subject && !known(&words[a..b]) {
            names[k] = (start, b, Label::WorkOfArt);
        }
    }
}

/// "Mickey 17", "Moana 2", "Rocky IV": a work's number right after its title is the title's,
/// unless it counts what follows ("Hamlet 3 times").
pub fn sequel_numbers(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        // (The label first: few names are works, and the list below is a scan.)
        if label != Label::WorkOfArt {
            continue;
        }
        let Some(w) = words.get(b) else {
            continue;
        };
        let number = (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
        let roman = matches!(
            *w,
            "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
        );
        let counts = words.get(b + 1).is_some_and(|n| {
            COUNTED.contains(n) || n.starts_with(char::is_alphanumeric) && n.ends_with('%')
        });
        let free = names.get(k + 1).is_none_or(|n| n.0 > b);
        if (number || roman) && !counts && free {
            names[k] = (a, b + 1, label);
        }
    }
}

/// Words a number before them counts: "3 times", "2 million".
const COUNTED: &[&str] = &[
    "times", "minutes", "hours", "days", "weeks", "months", "years", "million", "billion", "per",
    "percent", "episodes", "copies", "of",
];

/// Words of sales, charts and screenings that speak of works ("the albums chart", "sold
/// 41,000 copies", "premiered at Cannes") beside the cue list's words for kinds of work.
const WORKS_TALK: &[&str] = &[
    "albums",
    "novels",
    "films",
    "books",
    "songs",
    "chart",
    "charts",
    "bestseller",
    "bestsellers",
    "copies",
    "premiered",
    "premiere",
    "screened",
    "screening",
    "subtitles",
    "subtitled",
    "cinemas",
    "viewers",
    "listeners",
    "streams",
    "readers",
    "sequel",
    "paperback",
    "paperbacks",
    "hardback",
    "best-selling",
    "bestselling",
    "shortlist",
    "shortlisted",
];

/// People whose "'s" owns a work: "novelist Paul Lynch's Prophet Song".
const CREATORS: &[&str] = &[
    "novelist",
    "author",
    "writer",
    "playwright",
    "director",
    "film-maker",
    "filmmaker",
    "poet",
    "composer",
    "songwriter",
    "singer",
    "rapper",
    "painter",
    "artist",
    "dramatist",
    "screenwriter",
];

/// Lowercase words that may follow a work's title in the sentence it is the subject of.
const AFTER_A_TITLE: &[&str] = &[
    "is",
    "was",
    "won",
    "wins",
    "failed",
    "has",
    "had",
    "earned",
    "received",
    "opens",
    "opened",
    "will",
    "and",
    "which",
    "sold",
    "took",
    "topped",
    "led",
    "became",
    "went",
    "premiered",
    "premieres",
    "debuted",
    "grossed",
    "drew",
    "spent",
    "stayed",
    "remained",
    "returns",
    "returned",
    "reached",
    "entered",
    "tops",
    "broke",
    "outsold",
    "stars",
    "follows",
    "would",
    // Prepositions and conjunctions start no noun the title could modify: "sold Claude
    // Monet's Meules for $110m".
    "for",
    "at",
    "in",
    "on",
    "to",
    "with",
    "from",
    "by",
    "as",
    "after",
    "but",
    "or",
];

/// Verbs of a work's own, after its title and ", which": "Jaws, which turns 50".
const WORKS_DOING: &[&str] = &[
    "turns", "stars", "starred", "follows", "tells", "features", "finished",
];

/// Whether the words at `b` are ", which" and a verb of a work's run, success or telling:
/// "Salt Roads, which opened in May"; not "Baby Cow, which created Nighty Night" (a firm).
pub(super) fn told_of_work(words: &[&str], b: usize) -> bool {
    words.get(b) == Some(&",")
        && words.get(b + 1) == Some(&"which")
        && words
            .get(b + 2)
            .is_some_and(|w| RUNS.contains(w) || SUCCESSES.contains(w) || WORKS_DOING.contains(w))
}

/// Verbs of a work's success, right after its title: "Midnights topped the chart".
pub(super) const SUCCESSES: &[&str] = &[
    "topped", "tops", "grossed", "earned", "outsold", "won", "wins", "returned", "returns",
];

/// Awards a film or a show wins by the handful, and a person one at a time.
const SCREEN_AWARDS: &[&str] = &["Oscars", "Baftas", "BAFTAs", "Emmys", "Tonys", "Oliviers"];

/// Counts of awards a film takes in a night.
const SEVERAL: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "11", "12",
    "13",
];

/// "Oppenheimer won seven Oscars": a one-word "person", or a "firm" that won several screen
/// awards, is the film (a person wins one a night).
fn films_that_won_awards(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let won = matches!(words.get(b), Some(&("won" | "wins" | "scooped" | "took")));
        let several = words.get(b + 1).is_some_and(|w| SEVERAL.contains(w));
        // ("Poor Things won four Baftas": a firm's name for a film the tagger never saw; a
        // firm wins at a night of its trade's awards too, but not the screen's.)
        let screen = || {
            words[b..words.len().min(b + 7)]
                .iter()
                .any(|w| SCREEN_AWARDS.contains(w) || *w == "Academy")
        };
        let film =
            label == Label::Person && b == a + 1 || label == Label::Org && b <= a + 4 && screen();
        if film
            && won
            && several
            && awards_of_a_night(words, b + 2)
            && lists_of_tokens(&words[a..b]) & List::FirstName.bit() == 0
        {
            span.2 = Label::WorkOfArt;
        }
    }
}

/// "She starred in The Big Short", "portrayed in Slow Horses": a title the tagger left out after
/// a word of acting and "in" is the work, when it has two words or more (its article
/// counted) and names no place, people, date or body ("appeared in West Yorkshire", "a cameo
/// in March", "appeared in Westminster Magistrates Court"). A role's "in" names bodies too
/// ("her role in Reform UK"): not after it.
fn untagged_works_acted_in(words: &[&str], names: &mut Vec<Span>) {
    for i in 2..words.len() {
        // (The "in" first: few words are one.)
        if words[i - 1] != "in"
            || !ACTED.contains(&words[i - 2])
            || words[i - 2].starts_with("role")
        {
            continue;
        }
        let Some(end) = title_end(words, i, TITLE_SMALL_WORDS) else {
            continue;
        };
        // "starred in Collateral and Ray": two titles; "One Flew Over The Cuckoo's Nest" runs
        // past its possessive, which a title's end cannot tell.
        let end = (i + 1..end).find(|&k| words[k] == "and").unwrap_or(end);
        if runs_past_apostrophe(words, end) {
            continue;
        }
        let title = &words[i..end];
        // ("appeared in Westminster Magistrates Court": a court, a building or a paper.)
        let other = lists_of_tokens(title) & PLACES_AND_PEOPLES != 0
            || title.iter().any(|w| is_calendar_word(w))
            || names_a_body(&title[title.len() - 1..]);
        if end >= i + 2 && !other && name_at(names, i).is_none() {
            mark_work(names, i, end);
        }
    }
}

/// "Conclave won best film at the Baftas", "Riverbend won the award for best drama series": a
/// title the tagger left out, opening the sentence before a verb of winning, "best" (perhaps
/// after "the award for") and a work's word, is the work that won. ("It won best picture": a
/// pronoun is none; "best album" goes to the artist as often as to the record.)
fn untagged_winners(words: &[&str], names: &mut Vec<Span>) {
    for w in 1..words.len().saturating_sub(2) {
        let Some(best) = best_after_win(words, w) else {
            continue;
        };
        let kind = words.get(best + 1);
        let category = kind == Some(&"picture")
            || is_cue_word(Cue::WorkCue, kind)
                && !matches!(kind, Some(&("album" | "song" | "single")));
        if !category {
            continue;
        }
        let untagged = names.iter().all(|n| n.0 >= w);
        if untagged && title_run_start(words, w) == 0 && !PRONOUNS.contains(&words[0]) {
            mark_work(names, 0, w);
        }
    }
}

/// Whether the words at `i` are screen awards ("Oscars") or awards "at the" night that gives
/// them ("awards at the Baftas", "awards at the Academy Awards").
fn awards_of_a_night(words: &[&str], i: usize) -> bool {
    let screen = |j: usize| words.get(j).is_some_and(|w| SCREEN_AWARDS.contains(w));
    let night = words.get(i) == Some(&"awards")
        && words.get(i + 1) == Some(&"at")
        && words.get(i + 2) == Some(&"the");
    screen(i) || night && (screen(i + 3) || words.get(i + 4) == Some(&"Awards"))
}

/// One screen or stage award, before "for" and what won it: "an Oscar for".
pub(super) const AWARD: &[&str] = &[
    "Oscar", "Bafta", "BAFTA", "Emmy", "Tony", "Olivier", "Grammy", "Globe",
];

/// "won an Oscar for The Prime of Miss Jean Brodie": the title after an award and "for" is
/// the work that won it, unless it names a category ("for Best Actor") or a person ("a Bafta
/// for Jane Lee").
fn works_that_won(words: &[&str], names: &mut Vec<Span>) {
    for j in 0..words.len().saturating_sub(2) {
        if words[j + 1] != "for" || !AWARD.contains(&words[j]) {
            continue;
        }
        let i = j + 2;
        let Some(end) = title_end(words, i, SMALL_WORDS) else {
            continue;
        };
        let first = words[i];
        let first_name = lists_of_tokens(&words[i..i + 1]) & List::FirstName.bit() != 0;
        if matches!(first, "Best" | "Outstanding") || first_name {
            continue;
        }
        if name_at(names, i).is_none_or(|k| names[k].2 != Label::Person || end > names[k].1) {
            mark_work(names, i, end);
        }
    }
}

/// Words before "of" whose object is a work: "a new production of", "the final season of".
pub(super) const PRODUCTIONS: &[&str] = &[
    "production",
    "productions",
    "revival",
    "staging",
    "adaptation",
    "season",
    "series",
    "episode",
    "episodes",
    "premiere",
    "remake",
    "screening",
    "sequel",
    "prequel",
    "reboot",
];

/// People who made or star in a work, before "of" and its title.
pub(super) const MAKERS_OF_WORKS: &[&str] = &[
    "creator",
    "co-creator",
    "showrunner",
    "author",
    "co-author",
    "screenwriter",
    "lyricist",
    "star",
    "co-star",
];

/// Words after a work's word that say what the work is about: "the film about", "a drama set
/// in".
const SUBJECTS: &[&str] = &["about", "set", "based", "inspired"];

/// Words after a title and its comma that credit the work: "The Brutalist, starring ...".
pub(super) const CREDITS: &[&str] = &[
    "starring",
    "distributed",
    "filmed",
    "directed",
    "written",
    "adapted",
    "produced",
    "narrated",
    "co-written",
    "co-starring",
];

/// Small words a title leaves in lowercase ("Girl with a Kitten"); not the prepositions that
/// more often start what the sentence says of the work ("the premiere of Kinsey in London").
const SMALL_WORDS: &[&str] = &["a", "an", "the", "of", "and", "or", "with", "is"];

/// `SMALL_WORDS` without "and" and "or", which join a maker's works.
const MADE_SMALL_WORDS: &[&str] = &["a", "an", "the", "of", "with", "is"];

/// Makes `i..end` a work: the names inside give way to it ("King" + the "person" "Lear"),
/// unless a name reaches outside it.
pub(super) fn mark_work(names: &mut Vec<Span>, i: usize, end: usize) {
    if names
        .iter()
        .any(|s| s.0 < end && i < s.1 && (s.0 < i || s.1 > end))
    {
        return;
    }
    names.retain(|s| !(s.0 >= i && s.1 <= end));
    insert_name(names, (i, end, Label::WorkOfArt));
}

/// "a new production of King Lear", "the second season of Squid Game": the title after "of"
/// (with its "The") is a work.
fn productions_of_works(words: &[&str], names: &mut Vec<Span>) {
    for i in 2..words.len() {
        // (The "of" first: most words are no "of".)
        if words[i - 1] != "of" {
            continue;
        }
        // ("Episodes of Bluey": the sentence's first word is capitalised.)
        let production = PRODUCTIONS.contains(&words[i - 2])
            || i == 2 && PRODUCTIONS.contains(&words[0].to_ascii_lowercase().as_str());
        // "co-creator of Schitt's Creek", "the author of Wolf Hall": a maker's work, unless
        // the name is a firm's or a product's ("the creator of ChatGPT").
        let made = MAKERS_OF_WORKS.contains(&words[i - 2])
            && name_at(names, i).is_none_or(|k| !matches!(names[k].2, Label::Org | Label::Product));
        if !(production || made) {
            continue;
        }
        // "a series of DJs" counts them.
        if words[i - 2] == "series" && i >= 3 && matches!(words[i - 3], "a" | "A") {
            continue;
        }
        // "an adaptation of Douglas Stuart's Shuggie Bain": the title follows its author.
        let (i, authored) = match name_at(names, i) {
            Some(k)
                if names[k].0 == i
                    && names[k].2 == Label::Person
                    && matches!(words.get(names[k].1), Some(&("'s" | "’s")))
                    && words.get(names[k].1 + 1).is_some_and(|w| capitalised(w)) =>
            {
                (names[k].1 + 1, true)
            }
            _ => (i, false),
        };
        // ("the star of Rain Man and Tootsie": a maker's works are listed with "and".)
        let small = if made { MADE_SMALL_WORDS } else { SMALL_WORDS };
        let Some(end) = title_end(words, i, small) else {
            continue;
        };
        // ("Schitt's Creek": the tagger's name may hold an "'s" the title runs over.)
        let end = match name_at(names, i) {
            Some(k) if names[k].0 == i && made => end.max(names[k].1),
            _ => end,
        };
        // "the star of US TV drama Baretta": the name describes the work named after it.
        // ("star of I, Robot": a title of one letter is cut short by its comma.)
        if made
            && (is_cue_word(Cue::WorkCue, words.get(end)) || end == i + 1 && words[i].len() == 1)
        {
            continue;
        }
        // "an adaptation of Bill Cosby's TV cartoon": an author's abbreviation describes.
        if authored && end == i + 1 && !words[i].chars().any(char::is_lowercase) {
            continue;
        }
        // "a revival of Egypt's privatisation", "screening of British films", "the adaptation
        // of Philip Pullman's His Dark Materials": an owner, a place or a people is no title.
        let owner = matches!(words.get(end), Some(&("'s" | "’s")));
        if owner || lists_of_tokens(&words[i..end]) & PLACES_AND_PEOPLES != 0 {
            continue;
        }
        mark_work(names, i, end);
    }
}

/// "The Brutalist, starring Adrien Brody", "Oppenheimer, directed by Christopher Nolan": a
/// title right before a comma and a credit is a work, not a person or a place.
fn credited_works(words: &[&str], names: &mut Vec<Span>) {
    for c in 1..words.len().saturating_sub(1) {
        if words[c] != "," || !CREDITS.contains(&words[c + 1]) {
            continue;
        }
        // The title's first word: the start of a name ending at the comma, or of the run of
        // capitalised words before it.
        let start = match name_at(names, c - 1) {
            Some(k) if names[k].1 == c => names[k].0,
            Some(_) => continue,
            None => title_run_start(words, c),
        };
        // "Prime Minister Jane Lee, starring in ..." is no title; neither is a lone title word,
        // nor a date ("... in February, directed by").
        if start == c
            || is_title_phrase(&words[start..start + 1]) && c > start + 1
            || words[start..c].iter().any(|w| is_calendar_word(w))
        {
            continue;
        }
        mark_work(names, start, c);
    }
}

/// "My Bed, the installation shortlisted for the Turner Prize", "The Crown, the Netflix drama
/// about ...": a name, a comma, "the" or "a" and a work word within three words, with nothing
/// hanging on the work word ("the film's director", "the film director"), is a work.
fn works_in_apposition(words: &[&str], names: &mut Vec<Span>, is_common: impl Fn(&str) -> bool) {
    for c in 1..words.len().saturating_sub(2) {
        // (The comma first: most words are none.)
        if words[c] != "," {
            continue;
        }
        // "Harbour Lights, its Danish-language crime drama,": a possessive is no role's, and
        // nor is a person's ("Saltburn, Emerald Fennell's second feature").
        let author = authors_possessive(words, c + 1, names);
        // ("Dream Count, her first novel,": the author's own.)
        let owned = matches!(words[c + 1], "its" | "their" | "her" | "his") || author.is_some();
        if !(owned || matches!(words[c + 1], "the" | "a" | "an")) {
            continue;
        }
        let from = author.unwrap_or(c + 2);
        let cue =
            (from..words.len().min(from + 3)).find(|&j| is_cue_word(Cue::WorkCue, words.get(j)));
        let Some(cue) = cue else {
            continue;
        };
        let head = words
            .get(cue + 1)
            .is_none_or(|w| !w.starts_with(char::is_lowercase) || HEAD_FOLLOWERS.contains(w));
        if !head || words[c + 2..cue].contains(&",") {
            continue;
        }
        let Some(k) = name_at(names, c - 1).filter(|&k| names[k].1 == c) else {
            // "Alexis Wright's Praiseworthy, a sprawling novel": a title the tagger left out
            // after its author's name, or at the sentence's start ("Slow Horses, the Apple TV
            // drama").
            let start = untagged_title_after_author(words, c, names).or_else(|| {
                // "Outsiders, the Danish crime drama, returns": an apposition closed before the
                // sentence's verb says what its one word is as strongly.
                let closed = words.get(cue + 1) == Some(&",")
                    && words.get(cue + 2).is_some_and(|w| {
                        w.starts_with(char::is_lowercase) && !CLAUSE_LINKS.contains(w)
                    });
                let titled = closed
                    || words
                        .get(cue + 1)
                        .is_some_and(|w| CREDITS.contains(w) || SUBJECTS.contains(w));
                untagged_title_opening(words, c, names, titled, &is_common)
            });
            if let Some(start) = start {
                mark_work(names, start, c);
            }
            continue;
        };
        let (a, b, label) = names[k];
        // "Orbital by Samantha Harvey, a slim novel": the apposition says what the title before
        // "by" is, not its author.
        if label == Label::Person && a >= 2 && words[a - 1] == "by" {
            let title = name_at(names, a - 2).filter(|&t| names[t].1 == a - 1);
            // (A "person" with no first name may be a title: "Panther Lane by Joseph Marr".)
            let titled = |t: usize| {
                names[t].2 != Label::Person
                    || lists_of_tokens(&words[names[t].0..names[t].0 + 1]) & List::FirstName.bit()
                        == 0
            };
            if let Some(t) = title.filter(|&t| titled(t)) {
                names[t].2 = Label::WorkOfArt;
            }
            continue;
        }
        // A person named in full has a role in apposition ("Jane Lee, the film's star"); a
        // "person" with no first name may be a title ("Quarry Hill, the ITV drama").
        let role = words.get(cue + 1) == Some(&"'s");
        // (A capital work word names the company: "Anton Dolin, the Markova-Dolin Ballet".)
        let unnamed = || {
            words[cue].starts_with(char::is_lowercase)
                && lists_of_tokens(&words[a..a + 1]) & List::FirstName.bit() == 0
        };
        if label != Label::Person || b == a + 1 || (owned || unnamed()) && !role {
            names[k].2 = Label::WorkOfArt;
            // "Weather Bones, an installation": the tagger left out the title's first word,
            // which opens the sentence, or a capital "The" ("chose The Ministry of Time").
            if a == 1 && capitalised(words[0]) || a > 1 && words[a - 1] == "The" {
                names[k].0 = a - 1;
            }
        }
    }
}

/// The first capitalised word of the run of capitalised and small words that ends at `c`, or
/// `c` when there is none.
fn title_run_start(words: &[&str], c: usize) -> usize {
    let mut s = c;
    while s > 0 && (capitalised(words[s - 1]) || SMALL_WORDS.contains(&words[s - 1])) {
        s -= 1;
    }
    while s < c && !capitalised(words[s]) {
        s += 1;
    }
    s
}

/// Where a title the tagger left out starts, when it runs from a person's "'s" to the comma
/// `c`: "Sally Rooney's Intermezzo ,".
fn untagged_title_after_author(words: &[&str], c: usize, names: &[Span]) -> Option<usize> {
    let s = title_run_start(words, c);
    let owner = s >= 2 && matches!(words[s - 1], "'s" | "’s");
    let author = || {
        name_at(names, s - 2).is_some_and(|k| names[k].1 == s - 1 && names[k].2 == Label::Person)
    };
    (owner && s < c && author()).then_some(s)
}

/// Where the words after a person's or a maker's name and "'s" start, when such a name opens
/// at `i`: "Emerald Fennell 's second feature" gives the position of "second", as does
/// "Apple 's spy drama".
fn authors_possessive(words: &[&str], i: usize, names: &[Span]) -> Option<usize> {
    let maker = |k: usize| names[k].0 == i && matches!(names[k].2, Label::Person | Label::Org);
    let k = name_at(names, i).filter(|&k| maker(k))?;
    let end = names[k].1;
    matches!(words.get(end), Some(&("'s" | "’s"))).then_some(end + 1)
}

/// Words that open a sentence's first clause before a name: "In Los Angeles, the drama".
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "In", "On", "At", "For", "From", "After", "Before", "During", "With", "Without", "By", "Since",
    "Until", "Like", "Unlike", "As", "When", "While", "If", "But", "And", "Last", "This", "Next",
    "Across", "Outside", "Inside", "Near", "Under", "Over",
];

/// Where a title the tagger left out starts, when it runs from the sentence's start to the
/// comma `c`, with no date in it, and is named like one.
fn untagged_title_opening(
    words: &[&str],
    c: usize,
    names: &[Span],
    titled: bool,
    is_common: impl Fn(&str) -> bool,
) -> Option<usize> {
    let start = title_run_start(words, c);
    if start != 0 || names.iter().any(|n| n.0 < c) {
        return None;
    }
    // "In July, the BBC documentary": a phrase of time opens with a common word.
    let opener = match words[0] {
        "The" | "A" | "An" => 1,
        _ => 0,
    };
    let first = words.get(opener).copied().unwrap_or("");
    if opener >= c || words[..c].iter().any(|w| is_calendar_word(w)) {
        return None;
    }
    // Two capitalised words are a name ("Slow Horses") unless a clause's opener leads them;
    // one must be no adverb ("Meanwhile," opens sentences more than it opens anything else),
    // and a word the web rarely writes small ("Aftersun") or one followed by the comma and a
    // strong cue (`titled`: "Adolescence, the Netflix drama starring", "Kneecap, the film
    // about").
    let capitals = words[..c].iter().filter(|w| capitalised(w)).count();
    let adverb = || first.ends_with("ly") || is_cue(Cue::SentenceAdverb, &[first]);
    let named = if capitals >= 2 {
        !CLAUSE_OPENERS.contains(&first)
    } else {
        (!is_common(first) || titled && c == opener + 1) && !adverb()
    };
    named.then_some(0)
}

/// Words that open a clause after an apposition's closing comma rather than the sentence's
/// verb: "Outsiders, the crime drama, which ...".
const CLAUSE_LINKS: &[&str] = &["which", "who", "that", "and", "but", "where", "when", "or"];

/// Words that may follow a work word that ends an apposition: "the Netflix drama about",
/// "the installation shortlisted for", "the crime drama known in English as".
const HEAD_FOLLOWERS: &[&str] = &[
    "about",
    "by",
    "set",
    "starring",
    "written",
    "directed",
    "published",
    "released",
    "based",
    "inspired",
    "following",
    "featuring",
    "from",
    "that",
    "which",
    "who",
    "in",
    "on",
    "for",
    "to",
    "of",
    "with",
    "shortlisted",
    "nominated",
    "made",
    "shown",
    "screened",
    "broadcast",
    "aired",
    "produced",
    "staged",
    "recorded",
    "known",
    "adapted",
    "created",
    "filmed",
    "co-written",
    "loosely",
    "returning",
    "whose",
    "where",
    "now",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    fn run(text: &str, names: &[Span]) -> Vec<(String, Label)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        works_in_context(&words, &mut names, Gates::OPEN, |_| false);
        names
            .iter()
            .map(|&(a, b, l)| (words[a..b].join(" "), l))
            .collect()
    }

    #[test]
    fn productions_name_their_works() {
        assert_eq!(
            run(
                "A new production of King Lear opens",
                &[(5, 6, Label::Person)]
            ),
            [("King Lear".into(), Label::WorkOfArt)]
        );
        assert_eq!(
            run(
                "the second season of Squid Game drew",
                &[(4, 6, Label::Org)]
            ),
            [("Squid Game".into(), Label::WorkOfArt)]
        );
    }

    #[test]
    fn credits_name_their_works() {
        assert_eq!(
            run(
                "The Brutalist , starring Adrien Brody",
                &[(4, 6, Label::Person)]
            ),
            [
                ("The Brutalist".into(), Label::WorkOfArt),
                ("Adrien Brody".into(), Label::Person)
            ]
        );
        assert_eq!(
            run(
                "Oppenheimer , directed by Christopher Nolan",
                &[(0, 1, Label::Person)]
            )[0],
            ("Oppenheimer".into(), Label::WorkOfArt)
        );
    }

    #[test]
    fn artists_works_and_award_winners_are_works() {
        let w = words("Christopher Nolan 's Oppenheimer won");
        let mut names = vec![(0, 2, Label::Person), (3, 4, Label::Person)];
        artists_works(&w, &mut names, |w| w == "Howard", |_| false);
        assert_eq!(names[1].2, Label::WorkOfArt);
        let w = words("Martin Scorsese 's Howard Hughes biopic");
        let mut names = vec![(0, 2, Label::Person), (3, 5, Label::Person)];
        artists_works(&w, &mut names, |w| w == "Howard", |_| false);
        assert_eq!(names[1].2, Label::Person);
        assert_eq!(
            run("Oppenheimer won seven Oscars", &[(0, 1, Label::Person)])[0],
            ("Oppenheimer".into(), Label::WorkOfArt)
        );
        assert_eq!(
            run(
                "Harbour Lights won four awards at the Baftas",
                &[(0, 2, Label::Org), (7, 8, Label::Event)]
            )[0],
            ("Harbour Lights".into(), Label::WorkOfArt)
        );
        // A firm at its trade's awards stays one.
        assert_eq!(
            run(
                "Harbour Lights won four awards at the Grocer Awards",
                &[(0, 2, Label::Org), (7, 9, Label::Event)]
            )[0],
            ("Harbour Lights".into(), Label::Org)
        );
        // One award is a person's.
        assert_eq!(
            run("Murphy won an Oscar", &[(0, 1, Label::Person)])[0],
            ("Murphy".into(), Label::Person)
        );
    }

    #[test]
    fn a_title_by_its_artist_is_a_work() {
        let artist =
            |a: usize, b: usize, title: Label| [(a, b, title), (b + 1, b + 3, Label::Person)];
        assert_eq!(
            run(
                "has lent The Hay Wain by Jane Lee",
                &artist(2, 5, Label::Person)
            )[0],
            ("The Hay Wain".into(), Label::WorkOfArt)
        );
        assert_eq!(
            run("She sang Jolene by Jane Lee", &artist(2, 3, Label::Org))[0],
            ("Jolene".into(), Label::WorkOfArt)
        );
        // A deal's object, and a name with no verb of showing, stay.
        assert_eq!(
            run(
                "takeover of The Body Shop by Jane Lee",
                &artist(2, 5, Label::Org)
            )[0],
            ("The Body Shop".into(), Label::Org)
        );
        assert_eq!(
            run("He beat Chelsea by Jane Lee", &artist(2, 3, Label::Org))[0],
            ("Chelsea".into(), Label::Org)
        );
    }

    #[test]
    fn appositions_name_their_works() {
        assert_eq!(
            run(
                "feature My Bed , the installation shortlisted",
                &[(1, 3, Label::Event)]
            ),
            [("My Bed".into(), Label::WorkOfArt)]
        );
        // A person's apposition names a role.
        assert_eq!(
            run("Jane Lee , the film director", &[(0, 2, Label::Person)]),
            [("Jane Lee".into(), Label::Person)]
        );
        assert_eq!(
            run("Jane Lee , the documentary maker", &[(0, 2, Label::Person)]),
            [("Jane Lee".into(), Label::Person)]
        );
    }
}
