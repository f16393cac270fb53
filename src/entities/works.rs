//! Works of art by their context: a capitalised title in quotes after a work word or before
//! its year (`the film "Ocean Road"`, `"The Collapse" (1964)`), a name before or after a work
//! word ("the new Lord of the Rings film", "her album Blue Harbour", "Paul Lynch's novel
//! Prophet Song"), and the work an award was won for ("an Emmy for The Crown").

use super::casing::capitalised;
use super::context::{is_determiner, maybe_cue_word};
use super::finer::{institution_label, is_year};
use super::gates::{CueList, Gates};
use super::label::Label;
use super::lexicon::cues::{is_cue, is_cue_word, known_name, Cue};
use super::lexicon::{is_people_word, is_title_phrase, lists_of_tokens, List, PLACES_AND_PEOPLES};
use super::numeric::is_calendar_word;
use super::numeric::{MONTHS, WEEKDAYS};
use super::repair::{crosses, insert_name, name_at, replace_names, Span};
use super::songs::SUNG;

/// "the Booker Prize for Orbital": a name the tagger ran over a prize and "for" is the award
/// (an award is a work in OntoNotes) and the work it was won for.
fn prizes_for_works(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, _) = names[k];
        let award_end = (a + 1..b.saturating_sub(1))
            .find(|&j| words[j] == "for" && is_cue_word(Cue::AwardLast, words.get(j - 1)));
        if let Some(j) = award_end {
            names.splice(
                k..k + 1,
                [(a, j, Label::WorkOfArt), (j + 1, b, Label::WorkOfArt)],
            );
            k += 1;
        }
        k += 1;
    }
}

/// "the host of The Apprentice", "an Emmy for The Crown": mid-sentence, a capitalised "The"
/// opening a name the tagger took for a place, event or people marks a title, unless the rest
/// is a place `is_place` knows or a known name ("The Hague", "The Curragh"; newspapers that
/// keep their "The" are known names too).
pub fn titles_with_the(words: &[&str], names: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // Venues keep their "The" ("The Oval").
        let kind = matches!(label, Label::Gpe | Label::Loc | Label::Norp | Label::Event);
        // The first word of a sentence or quotation is capitalised by rule.
        // ("Arthur Miller's The Crucible": after an owner's "'s" too.)
        let mid_sentence = a > 0
            && (words[a - 1].starts_with(char::is_alphanumeric)
                || matches!(words[a - 1], "'s" | "’s"));
        let titled = kind && b > a + 1 && words[a] == "The" && mid_sentence;
        if titled && known_name(&words[a..b]).is_none() && !is_place(&words[a + 1..b]) {
            span.2 = Label::WorkOfArt;
        }
        // "Caryl Brennan's The Lantern Keepers": the owner's "The" the tagger left out.
        let owned = a >= 2 && words[a - 1] == "The" && matches!(words[a - 2], "'s" | "’s");
        let named = !matches!(label, Label::WorkOfArt | Label::Date | Label::Language);
        if owned
            && named
            && known_name(&words[a - 1..b]).is_none()
            && known_name(&words[a..b]).is_none()
            && !is_place(&words[a..b])
        {
            *span = (a - 1, b, Label::WorkOfArt);
            continue;
        }
        if the_left_out(words, *span) && !is_place(&words[a..b]) {
            *span = (a - 1, b, Label::WorkOfArt);
        }
    }
}

/// "who presented The Late Late Show", "The Great British Bake Off returns": a capitalised
/// "The" the tagger left out of a name of two words or more that it took for an event, a
/// people or a place marks a title. At a sentence's start, where "The" is capitalised by
/// rule, only an event of three words or more named without an event's word ("Cup",
/// "Battle of") is taken.
fn the_left_out(words: &[&str], (a, b, label): Span) -> bool {
    // ("The San Francisco-based lab": a hyphened word describes what follows.)
    if a == 0 || words[a - 1] != "The" || b < a + 2 || words[a..b].iter().any(|w| w.contains('-')) {
        return false;
    }
    if known_name(&words[a - 1..b]).is_some() || known_name(&words[a..b]).is_some() {
        return false;
    }
    let kind = matches!(label, Label::Gpe | Label::Loc | Label::Norp | Label::Event);
    let mid_sentence = a >= 2 && words[a - 2].starts_with(char::is_alphanumeric);
    let opens_sentence = a == 1 || matches!(words[a - 2], "." | "\"" | "“" | ":");
    // ("The Women's Super League match": a competition is no title.)
    let event_word = is_cue(Cue::EventLast, &words[b - 1..b])
        || is_cue(Cue::EventFirst, &words[a..a + 1])
        || words[a..b]
            .iter()
            .any(|w| matches!(*w, "of" | "League" | "Conference" | "Convention"));
    kind && mid_sentence || label == Label::Event && opens_sentence && !event_word
}

/// Small words between the two halves of a title: "The Girl with the Needle", "The Boy and the
/// Heron", "The Lion in the Attic" ("at the" and "on the" more often lead to a venue or a
/// channel: "The Lantern Keepers at the Lyric").
const HALVES_JOINED_BY: &[&str] = &["with", "and", "of", "in", "from", "under"];

/// The most capitalised words a title's second half takes after its "the".
const MAX_SECOND_HALF: usize = 3;

/// "The Danish film The Girl with the Needle": a work whose title opens with "The" goes on over
/// a small word, "the" and the capitalised words after them, which the tagger took for another
/// work, a people's word, an unknown word or nothing (a listed or known name is its own: "The
/// Crown and the BBC").
pub fn titles_in_two_halves(words: &[&str], names: &mut Vec<Span>) {
    for k in 0..names.len() {
        let Some(&(a, b, label)) = names.get(k) else {
            break;
        };
        if label != Label::WorkOfArt || !words.get(b).is_some_and(|w| HALVES_JOINED_BY.contains(w))
        {
            continue;
        }
        // "his painting Monarch of the Glen": or one after a work word, whose title also goes
        // on over "of" alone and over any name after it ("the drama Maria Full of Grace", "the
        // film Pirates of the Caribbean"): the work word said the whole is a title.
        let cued = work_cue_before(words, a);
        let of = cued && words[b] == "of";
        let the = words.get(b + 1) == Some(&"the");
        let second = if the { b + 2 } else { b + 1 };
        let joined = (words[a] == "The" || cued)
            && (the || of)
            && words.get(second).is_some_and(|w| capitalised(w));
        if !joined {
            continue;
        }
        let end = (second..words.len().min(second + MAX_SECOND_HALF))
            .take_while(|&j| capitalised(words[j]))
            .last()
            .map_or(second, |j| j + 1);
        let inside = names[k + 1..].iter().take_while(|n| n.0 < end).count();
        // A word no list or known name holds, the tagger's guess at an unknown word, is the
        // title's too ("The Boy with the Kite"); "BBC" and "Paris" are names of their own.
        let unknown_word = |n: &Span| {
            let name = &words[n.0..n.1];
            n.1 == n.0 + 1
                && name[0].chars().skip(1).any(char::is_lowercase)
                && lists_of_tokens(name) == 0
                && known_name(name).is_none()
        };
        let part_of_title = |n: &Span| {
            n.1 <= end
                && (n.2 == Label::WorkOfArt
                    || of && n.2.is_name()
                    || n.2 == Label::Norp && !is_people_word(&words[n.0..n.1])
                    || unknown_word(n))
        };
        if names[k + 1..k + 1 + inside].iter().all(part_of_title) {
            names.drain(k + 1..k + 1 + inside);
            names[k] = (a, end, Label::WorkOfArt);
        }
    }
}

/// The most lowercase words of an award's category between the award and "for" ("the Grammy
/// for best traditional pop vocal album for Bewitched").
const MAX_CATEGORY: usize = 8;

/// "won the Booker Prize for Prophet Song", "the Grammy for best album for Bewitched": the name
/// after an award (a work in OntoNotes), its lowercase category and "for" is the work it was won
/// for, whatever the tagger took it for; not a known name, a listed place or people, nor a
/// person whose first word is a personal name ("an Oscar for Emma Stone"), nor a category
/// written in capitals ("the Oscar for Best Picture").
pub fn works_that_won(words: &[&str], names: &mut Vec<Span>, is_personal: impl Fn(&str) -> bool) {
    awards_run_into_works(words, names);
    for k in 1..names.len() {
        let (a, b, label) = names[k];
        let (_, award_end, award_label) = names[k - 1];
        if label == Label::WorkOfArt
            || award_label != Label::WorkOfArt
            || a < award_end + 1
            || words[a - 1] != "for"
        {
            continue;
        }
        let category = &words[award_end..a - 1];
        let lowercase = category.len() <= MAX_CATEGORY
            && category
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_lowercase()) && *w != "for");
        let name = &words[a..b];
        let other_name = known_name(name).is_some()
            || lists_of_tokens(name)
                & (List::Country.bit() | List::City.bit() | List::Nationality.bit())
                != 0
            || matches!(name[0], "Best" | "Outstanding")
            || label == Label::Person && b > a + 1 && is_personal(name[0]);
        if lowercase && !other_name {
            names[k].2 = Label::WorkOfArt;
        }
    }
    authors_works_that_won(words, names);
}

/// "Sarah Bernstein's Study for Obedience won the Giller Prize": a name after a person's "'s"
/// that won an award (a work) is the person's work.
fn authors_works_that_won(words: &[&str], names: &mut [Span]) {
    for k in 1..names.len().saturating_sub(1) {
        let (a, b, label) = names[k];
        let (_, author_end, author_label) = names[k - 1];
        let (c, _, award_label) = names[k + 1];
        let authored = author_label == Label::Person
            && author_end + 1 == a
            && matches!(words[author_end], "'s" | "’s");
        let won = matches!(words.get(b), Some(&("won" | "wins" | "took" | "scooped")))
            && award_label == Label::WorkOfArt
            && (c == b + 1 || c == b + 2 && words[b + 1] == "the");
        let other_name = known_name(&words[a..b]).is_some()
            || lists_of_tokens(&words[a..b]) & (List::Country.bit() | List::City.bit()) != 0;
        if authored && won && label != Label::WorkOfArt && !other_name {
            names[k].2 = Label::WorkOfArt;
        }
    }
}

/// "an Emmy for Baby Reindeer" taken as one name: a known award, "for" and a capitalised name
/// are two, the award and what won it (labelled by `works_that_won`).
fn awards_run_into_works(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let cut = (a + 1..b.saturating_sub(1)).find(|&f| {
            words[f] == "for"
                && capitalised(words[f + 1])
                && known_name(&words[a..f]) == Some(Label::WorkOfArt)
        });
        if let Some(f) = cut {
            names[k] = (a, f, Label::WorkOfArt);
            names.insert(k + 1, (f + 1, b, label));
        }
        k += 1;
    }
}

pub fn works(words: &[&str], names: &mut Vec<Span>, gates: Gates) {
    prizes_for_works(words, names);
    // Every title here is between quotation marks.
    if gates.quote {
        quoted_works(words, names);
    }
    works_before_cue(words, names);
    works_after_cue(words, names, gates);
}

pub(super) fn is_quote(w: &str) -> bool {
    // Every quote opens with one of these bytes (0xE2 leads the curly ones): asked of every
    // token, most are spared the comparisons.
    matches!(w.as_bytes().first(), Some(b'"' | b'\'' | b'`' | 0xE2))
        && matches!(w, "\"" | "“" | "”" | "‘" | "’" | "'" | "``" | "''")
}

/// Words for a work's makers, before "of" and its title in quotes.
const MAKERS: &[&str] = &[
    "author",
    "authors",
    "writer",
    "writers",
    "director",
    "composer",
    "creator",
    "creators",
    "producer",
    "producers",
    "star",
    "stars",
    "singer",
];

/// Parts of a show's run, before its title in quotes: `the new season of "Copperline"`. (Sport
/// has seasons too, so they are no work words elsewhere.)
const SHOWS_PARTS: &[&str] = &["season", "seasons", "finale", "premiere"];

/// The longest title in quotes taken as a work's.
const MAX_TITLE: usize = 10;

/// Small words a title leaves in lowercase ("Anne of a Thousand Days").
pub(super) const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with", "from",
];

/// Every word capitalised but the small ones, and the first capitalised too.
fn title_case(title: &[&str]) -> bool {
    title.first().is_some_and(|w| capitalised(w))
        && title.iter().all(|w| {
            capitalised(w)
                || TITLE_SMALL_WORDS.contains(w)
                || !w.chars().any(char::is_alphabetic)
                // The rest of a word the tokenizer split: "I'm", "Don't".
                || w.starts_with(['\'', '’'])
                || *w == "n't"
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
    // "Salles'" + `"I'm Still Here"`: an apostrophe after a plural or a name ending in "s",
    // before a quotation mark, is the possessive's, not a mark opening a title.
    let possessive = |k: usize| {
        matches!(words[k], "'s" | "’s")
            || matches!(words[k], "'" | "’") && k > 0 && words[k - 1].ends_with('s')
    };
    while i < words.len() {
        if !is_quote(words[i]) {
            i += 1;
            continue;
        }
        if possessive(i) && words.get(i + 1).is_some_and(|w| is_quote(w)) {
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
        let work_word = (i.saturating_sub(3)..i).any(|k| {
            is_cue_word(Cue::WorkCue, words.get(k))
                || words.get(k).is_some_and(|w| SHOWS_PARTS.contains(w))
        });
        let year = words.get(close + 1) == Some(&"(")
            && words.get(close + 2).is_some_and(|w| is_year(w))
            && words.get(close + 3) == Some(&")");
        let title = &words[start..end];
        // Taylor Swift's "The Tortured Poets Department": a person's title-cased work.
        let authored = i >= 1
            && possessive(i - 1)
            && names.iter().any(|s| s.1 == i - 1 && s.2 == Label::Person);
        // BBC One's "Shetland", Netflix's "Kota Factory": a channel's or a streamer's show.
        let aired = i >= 1
            && possessive(i - 1)
            && names.iter().any(|s| {
                s.1 == i - 1 && s.2 == Label::Org && is_cue(Cue::Platform, &words[s.0..s.0 + 1])
            });
        // `"Godzilla Minus One" won an Academy Award`, `'Laapataa Ladies', directed by`: a
        // title that wins or has its maker credited after it.
        let after = if words.get(close + 1) == Some(&",") {
            close + 2
        } else {
            close + 1
        };
        let credited = matches!(words.get(after), Some(&("won" | "wins" | "scooped")))
            || matches!(
                words.get(after),
                Some(&("directed" | "written" | "produced" | "starring"))
            ) && words
                .get(after + 1)
                .is_some_and(|w| *w == "by" || capitalised(w));
        // `author of "The Third Pillar"`: a title in quotes after its maker's word and "of";
        // `the choir sang "Abide With Me"`: after a verb of singing.
        let made = i >= 2 && words[i - 1] == "of" && MAKERS.contains(&words[i - 2])
            || i >= 1 && SUNG.contains(&words[i - 1]);
        // `"The Bluest Eye" by Toni Morrison`: a title in quotes with its maker after "by".
        let by_maker = words.get(close + 1) == Some(&"by")
            && names
                .iter()
                .any(|s| s.0 == close + 2 && s.2 == Label::Person);
        // `stage "A Christmas Carol"`: a name the tagger took for an event or the like, quoted
        // whole with its article, is a title (news quotes few events' names, and none with "A").
        let named = matches!(title[0], "The" | "A" | "An")
            && names
                .iter()
                .any(|&(s, e, l)| s == start && e == end && may_be_title(l));
        // `"Dune: Part Two"`: a title and its subtitle after a colon; speech in quotes is
        // not capitalised as a title on both sides of a colon.
        let subtitled = title
            .iter()
            .position(|w| *w == ":")
            .is_some_and(|k| k > 0 && k + 1 < title.len());
        let cued = (work_word && capitalised(title[0]))
            || ((year || authored || aired || credited || made || by_maker || named || subtitled)
                && title_case(title));
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
        // A capitalised "Programme" is the name's own word ("World Food Programme").
        let lowercase = words
            .get(b)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        // "its South Korean drama": a people's words are its adjective. An event's "series"
        // is its run of matches ("the State of Origin series").
        let matches = label == Label::Event
            && words.get(b) == Some(&"series")
            && (known_name(&words[a..b]) == Some(Label::Event)
                || is_cue(Cue::EventLast, &words[b - 1..b]));
        // "West End musicals", "Hong Kong films": a place before a plural is where they come
        // from ("the Evil Dead movies" are a series).
        let from_place = matches!(label, Label::Gpe | Label::Loc)
            && words
                .get(b)
                .is_some_and(|w| w.ends_with('s') && *w != "series");
        // "the Pyramid Stage programme": a building's word ends the name of where it is.
        let venue = label == Label::Facility
            && (words[b - 1] == "Stage"
                || institution_label(words[b - 1]) == Some(Label::Facility));
        if may_be_title(label)
            && !matches
            && !from_place
            && !venue
            && b >= a + 2
            && lowercase
            && is_cue_word(Cue::WorkCue, words.get(b))
            && !is_people_word(&words[a..b])
            && lists_of_tokens(&words[a..b]) & List::Nationality.bit() == 0
        {
            span.2 = Label::WorkOfArt;
        }
    }
}

/// The longest title taken from capitalised words the tagger left, in words.
const MAX_UNTAGGED_TITLE: usize = 6;

/// The end of a title that opens at `i` with a capital: the last capitalised word of a run of
/// capitalised words and `small` ones, at most `MAX_UNTAGGED_TITLE` words long.
pub(super) fn title_end(words: &[&str], i: usize, small: &[&str]) -> Option<usize> {
    if !words.get(i).is_some_and(|w| capitalised(w)) {
        return None;
    }
    let mut end = i + 1;
    let limit = words.len().min(i + MAX_UNTAGGED_TITLE);
    let mut j = i + 1;
    while j < limit && (capitalised(words[j]) || small.contains(&words[j])) {
        // "Call the Midwife on Sunday": the day or month it is shown or staged is no title's.
        let dated = words
            .get(j + 1)
            .is_some_and(|w| WEEKDAYS.contains(w) || MONTHS.contains(w));
        if dated && matches!(words[j], "on" | "in" | "at" | "from" | "until" | "by") {
            break;
        }
        j += 1;
        if capitalised(words[j - 1]) {
            end = j;
        }
    }
    Some(end)
}

/// Whether the word at a title's end (`title_end`) goes on with the title past an apostrophe
/// ("One Flew Over The Cuckoo's Nest", "I Can't Stop Loving You"), so that the end cut there
/// is no title's.
pub(super) fn runs_past_apostrophe(words: &[&str], end: usize) -> bool {
    words
        .get(end)
        .is_some_and(|w| w.starts_with(['\'', '’']) || *w == "n't")
}

/// "Her memoir Becoming": a capitalised word that no name holds, right after a work word with
/// its determiner, opens the title, which runs over the capitalised words (and the small words
/// of titles between them) after it, and over the names the tagger found inside it.
fn untagged_works_after_cue(words: &[&str], names: &mut Vec<Span>) {
    for i in 2..words.len() {
        // Cheapest tests first: most words are not capitalised.
        // ("songs I have heard": the pronoun is no title; "I, Robot" is.)
        let pronoun = words[i] == "I" && words.get(i + 1) != Some(&",");
        if !capitalised(words[i]) || pronoun || !(work_cue_before(words, i) || songs_from(words, i))
        {
            continue;
        }
        // "In his book Mr Brown is ...": a title word opens a person's name, not a work's
        // ("King of the Hill" is a title's).
        let titled = is_title_phrase(&words[i..i + 1]) && words.get(i + 1) != Some(&"of");
        let Some(end) = title_end(words, i, TITLE_SMALL_WORDS) else {
            continue;
        };
        // A title set off by commas takes in the names the tagger found in it ("a painting,
        // Diego on My Mind, fetched"); others are `works_after_cue`'s.
        let set_off = words[i - 1] == "," && words.get(end) == Some(&",");
        let tagged = name_at(names, i).is_some_and(|k| !set_off || names[k].1 >= end);
        if tagged || titled {
            continue;
        }
        // "the play Translations at the Town Hall Theatre": the title ends where the place it
        // is staged or shown at begins.
        let placed = |k: usize| {
            let from = if words.get(k + 1) == Some(&"the") {
                k + 2
            } else {
                k + 1
            };
            matches!(words[k], "at" | "in")
                && name_at(names, from).is_some_and(|n| {
                    let (start, _, label) = names[n];
                    start == from && matches!(label, Label::Facility | Label::Gpe | Label::Loc)
                })
        };
        // (Not one set off by commas: "a painting, Mill Town at Dusk, sold".)
        let end = if set_off {
            end
        } else {
            (i + 1..end).find(|&k| placed(k)).unwrap_or(end)
        };
        // Names inside the title give way to it ("the documentary Inside Wandsworth"); one
        // reaching outside it stands.
        if crosses(names, i, end) || is_cue_word(Cue::MakerVerb, words.get(end)) {
            continue;
        }
        replace_names(names, (i, end, Label::WorkOfArt));
    }
}

/// "its Panorama documentary", "her Wolf Hall novels": capitalised words the tagger left
/// between an owner's word and a lowercase work word are the work's title, unless they name a
/// people, a place or a time ("their French film", "her London show", "its Christmas
/// special"). "the" is not enough: "the Bollywood film" names its industry.
fn owned_untagged_works_before_cue(words: &[&str], names: &mut Vec<Span>) {
    for c in 2..words.len() {
        // (A capitalised word before a lowercase one first: the cue's lookup hashes the word.
        // "its A series mainframes", "its Five series": a maker's series is a product line.)
        let shape = capitalised(words[c - 1]) && words[c].starts_with(char::is_lowercase);
        if !shape || words[c] == "series" || !is_cue_word(Cue::WorkCue, words.get(c)) {
            continue;
        }
        let start = (c.saturating_sub(MAX_UNTAGGED_TITLE)..c)
            .rev()
            .take_while(|&i| capitalised(words[i]))
            .last();
        let Some(start) = start else {
            continue;
        };
        let owner = start >= 1 && matches!(words[start - 1], "its" | "his" | "her" | "their");
        let title = &words[start..c];
        let other = title[0].len() == 1
            || is_people_word(title)
            || lists_of_tokens(title) & PLACES_AND_PEOPLES != 0
            || title.iter().any(|w| is_calendar_word(w))
            || known_name(title).is_some();
        if owner && !other && names.iter().all(|n| n.1 <= start || n.0 >= c) {
            insert_name(names, (start, c, Label::WorkOfArt));
        }
    }
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
const VERB_LIKE_WORK_WORDS: &[&str] = &["play", "show", "book", "single", "feature"];

/// Whether the words before `a` are a work word used as a noun, which makes a title of the
/// name at `a`: after a determiner ("her memoir Becoming"), a possessive ("Paul Lynch's novel
/// Prophet Song") or a name ("the BBC drama Happy Valley", not "England play Wales"), and
/// perhaps a comma before a title that opens with an article or ends at another comma ("her
/// debut novel, The Salt Orchard,", "her new novel, Intermezzo,"; "in the film, Smith plays"
/// names no film).
fn work_cue_before(words: &[&str], a: usize) -> bool {
    let comma = a >= 1 && words[a - 1] == ",";
    // "her new novel, Intermezzo, went": a title between two commas is the apposition too.
    // Not after "the film,": "the director of the film, Vinod Pande, says" names its director.
    // ("A Frida Kahlo painting, Diego on My Mind, fetched": small words of titles inside.)
    let enclosed = || {
        let owned = a >= 3 && !matches!(words[a - 3], "the" | "The");
        owned && enclosed_title_end(words, a).is_some()
    };
    if comma && !matches!(words.get(a), Some(&("The" | "A" | "An"))) && !enclosed() {
        return false;
    }
    let cue = if comma { a - 1 } else { a };
    if cue < 2 || !maybe_cue_word(words[cue - 1]) || !is_cue_word(Cue::WorkCue, words.get(cue - 1))
    {
        return false;
    }
    let before = words[cue - 2];
    // "the historical epic Empire of Stone", "her third book, The Salt Orchard": a lowercase
    // word that is no verb or preposition describes the work word.
    let noun_only = !VERB_LIKE_WORK_WORDS.contains(&words[cue - 1]);
    // "the Channel 4 sitcom Derry Girls": a channel's number ends its name.
    let numbered =
        || cue >= 3 && before.bytes().all(|b| b.is_ascii_digit()) && capitalised(words[cue - 3]);
    // ("The Proclaimers' album": a plural's possessive is its apostrophe.)
    is_work_determiner(before)
        || matches!(before, "'s" | "'" | "\u{2019}s" | "\u{2019}")
        || (noun_only && (capitalised(before) || is_work_modifier(before) || numbered()))
}

/// The end of a title of at most five words opening at `a` that a comma closes ("her new
/// novel, Intermezzo, went").
fn enclosed_title_end(words: &[&str], a: usize) -> Option<usize> {
    title_end(words, a, TITLE_SMALL_WORDS)
        .filter(|&end| end <= a + 5 && words.get(end) == Some(&","))
}

/// "songs from Paper Hearts", "tracks from Leave Right Now": the record a performance or a
/// playlist draws on. (Only a name the tagger left untagged or took for an event or a
/// product: "songs from Wales" and "tracks from Coldplay" name a place and a band.)
fn songs_from(words: &[&str], a: usize) -> bool {
    a >= 2 && words[a - 1] == "from" && matches!(words[a - 2], "songs" | "tracks" | "numbers")
}

/// Lowercase words before a work word that leave it a verb or a word of another phrase ("to
/// film", "as novel"); any other lowercase word describes the work ("crime drama").
const NOT_WORK_MODIFIERS: &[&str] = &[
    "to", "and", "or", "but", "in", "of", "on", "at", "for", "with", "by", "from", "as", "than",
    "that", "which", "who", "is", "was", "are", "were", "be", "been", "will", "would", "could",
    "should", "can", "may", "might", "must", "did", "do", "does", "not", "said", "says", "into",
];

/// A lowercase word (letters and hyphens) that describes a work word after it.
fn is_work_modifier(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !NOT_WORK_MODIFIERS.contains(&w)
}

/// Whether a word before a work word makes it a noun: "her memoir Becoming", "the novel".
fn is_work_determiner(w: &str) -> bool {
    is_determiner(w)
        || matches!(
            w,
            "his" | "His" | "her" | "Her" | "new" | "latest" | "hit" | "debut" | "whose"
        )
        || is_ordinal_word(w)
}

/// "her third book", "the final play": an ordinal makes the work word after it a noun.
fn is_ordinal_word(w: &str) -> bool {
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "last"
            | "final"
            | "next"
    )
}

/// "the novel Wolf Hall", "her album Blue Harbour": a name right after a work word is the
/// work's title ("the film Silent Harbour", even when tagged as a person), unless a verb of
/// making follows ("the film Jane Doe directed"); the tagger takes many titles for people or
/// organisations ("the series Deep Water").
fn works_after_cue(words: &[&str], names: &mut Vec<Span>, gates: Gates) {
    // Each title but an award's follows a work's word ("the film") or "songs from".
    let cued = gates.holds(CueList::WorkCue);
    if cued {
        untagged_works_after_cue(words, names);
        owned_untagged_works_before_cue(words, names);
    }
    works_after_an_award(words, names);
    if !cued {
        return;
    }
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        // "her debut novel, The Salt Orchard": the tagger left the title's article out.
        let article = a >= 1 && matches!(words[a - 1], "The" | "A" | "An");
        if article && work_cue_before(words, a - 1) && kind_of_title(words, label, b) {
            *span = (a - 1, b, Label::WorkOfArt);
            continue;
        }
        // The work word must be a noun: "to play Liechtenstein" is a match, not a play. Tested
        // first: few names follow one, so the verb after most names is never looked up.
        let cue = work_cue_before(words, a) && kind_of_title(words, label, b);
        if cue || songs_from(words, a) && matches!(label, Label::Event | Label::Product) {
            span.2 = Label::WorkOfArt;
        }
    }
}

/// Whether a name ending before `b` right after a work word is its title: any name the
/// tagger gives titles, and a person's or organisation's unless a verb of making follows
/// ("the film Jane Doe directed").
fn kind_of_title(words: &[&str], label: Label, b: usize) -> bool {
    may_be_title(label)
        || (matches!(label, Label::Person | Label::Org)
            && !is_cue_word(Cue::MakerVerb, words.get(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_won_an_award_is_a_work() {
        let words = ["won", "the", "Booker", "Prize", "for", "Salt", "Roads", "."];
        let mut names = vec![(2, 4, Label::WorkOfArt), (5, 7, Label::Person)];
        works_that_won(&words, &mut names, |w| w == "Emma");
        assert_eq!(names[1].2, Label::WorkOfArt);
        let words = ["an", "Oscar", "for", "Emma", "Stone"];
        let mut names = vec![(1, 2, Label::WorkOfArt), (3, 5, Label::Person)];
        works_that_won(&words, &mut names, |w| w == "Emma");
        assert_eq!(names[1].2, Label::Person);
    }

    #[test]
    fn a_title_in_two_halves_is_one_work() {
        let words = ["film", "The", "Girl", "with", "the", "Needle", "won"];
        let mut names = vec![(1, 3, Label::WorkOfArt), (5, 6, Label::Norp)];
        titles_in_two_halves(&words, &mut names);
        assert_eq!(names, vec![(1, 6, Label::WorkOfArt)]);
        let words = ["The", "Crown", "and", "the", "BBC", "won"];
        let mut names = vec![(0, 2, Label::WorkOfArt), (4, 5, Label::Org)];
        titles_in_two_halves(&words, &mut names);
        assert_eq!(names.len(), 2);
    }

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn titles_in_quotes_with_a_year_and_their_neighbours_are_works() {
        let w = words("as \" The Collapse \" ( 1964 ) , \" The Knot , \" and \" Soul Alone \" .");
        let mut names = vec![(2, 3, Label::Norp), (16, 18, Label::Person)];
        works(&w, &mut names, Gates::OPEN);
        let got: Vec<String> = names.iter().map(|&(a, b, _)| w[a..b].join(" ")).collect();
        assert_eq!(got, ["The Collapse", "The Knot", "Soul Alone"]);
        assert!(names.iter().all(|n| n.2 == Label::WorkOfArt));
        // A quote with a year after it is not a title unless capitalised as one.
        let w = words("said \" We will win \" ( 1998 ) .");
        let mut names = vec![];
        works(&w, &mut names, Gates::OPEN);
        assert!(names.is_empty());
        // Without a cue, a capitalised quote stays as the tagger had it.
        let w = words("its \" Strike Hard \" campaign");
        let mut names = vec![(2, 4, Label::Org)];
        works(&w, &mut names, Gates::OPEN);
        assert_eq!(names, [(2, 4, Label::Org)]);
        // A title with its subtitle after a colon needs no cue; speech with a colon stays.
        let w = words("\" Gatefold : Second Pressing \" took $ 4 million");
        let mut names = vec![(1, 2, Label::Org)];
        works(&w, &mut names, Gates::OPEN);
        assert_eq!(names, [(1, 5, Label::WorkOfArt)]);
        let w = words("\" Listen : we will not back down \" she said");
        let mut names = vec![];
        works(&w, &mut names, Gates::OPEN);
        assert!(names.is_empty());
    }

    #[test]
    fn a_capitalised_the_mid_sentence_opens_a_title() {
        let w = words("the host of The Apprentice , said");
        let mut names = vec![(3, 5, Label::Gpe)];
        titles_with_the(&w, &mut names, |_| false);
        assert_eq!(names[0].2, Label::WorkOfArt);
        let w = words("talks in The Hague ended");
        let mut names = vec![(2, 4, Label::Gpe)];
        titles_with_the(&w, &mut names, |p| p == ["Hague"]);
        assert_eq!(names[0].2, Label::Gpe);
    }

    #[test]
    fn a_prize_and_the_work_it_was_won_for_are_two_works() {
        let w = words("won the Booker Prize for Orbital ,");
        let mut names = vec![(2, 6, Label::Event)];
        works(&w, &mut names, Gates::OPEN);
        assert_eq!(
            names,
            vec![(2, 4, Label::WorkOfArt), (5, 6, Label::WorkOfArt)]
        );
    }

    #[test]
    fn works_by_context() {
        let w = ["The", "film", "\"", "Ocean", "Road", "\"", "opened"];
        let mut names = vec![(3, 5, Label::Facility)];
        works(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(3, 5, Label::WorkOfArt)]);
        let w = ["the", "Lord", "of", "the", "Rings", "film"];
        let mut names = vec![(1, 5, Label::Gpe)];
        works(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(1, 5, Label::WorkOfArt)]);
        let w = ["the", "novel", "Wolf", "Hall", "won"];
        let mut names = vec![(2, 4, Label::Facility)];
        works(&w, &mut names, Gates::OPEN);
        assert_eq!(names, vec![(2, 4, Label::WorkOfArt)]);
        let w = ["the", "film", "Jane", "Doe", "directed"];
        let mut names = vec![(2, 4, Label::Person)];
        works(&w, &mut names, Gates::OPEN);
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
            works(&w, &mut names, Gates::OPEN);
            assert_eq!(names[0].2, Label::WorkOfArt, "{text}");
        }
        // A verb, or a comma before a name that is no title.
        for (text, name) in [
            ("England play Wales on Saturday", (2, 3, Label::Gpe)),
            ("In the film , Smith plays a spy", (4, 5, Label::Person)),
        ] {
            let w = words(text);
            let mut names = vec![name];
            works(&w, &mut names, Gates::OPEN);
            assert_ne!(names[0].2, Label::WorkOfArt, "{text}");
        }
    }
}
