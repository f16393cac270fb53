//! Names read through a possessive: "Valve's Steam Deck" (a firm's product), "J.K. Rowling's
//! Harry Potter books" (an author's work). What follows the "'s" says what owns it, and what
//! owns it says what follows.

use super::casing::capitalised;
use super::context::is_determiner;
use super::label::Label;
use super::lexicon::cues::{is_cue, is_cue_word, known_name, Cue};
use super::lexicon::{lists_of_tokens, PLACES_AND_PEOPLES};
use super::numeric::is_calendar_word;
use super::repair::{crosses, insert_name, name_at, replace_names, Span};
use super::works::{runs_past_apostrophe, title_end, TITLE_SMALL_WORDS};

/// Words between a firm's possessive and its product: "Samsung's new Galaxy".
const PRODUCT_MODIFIERS: &[&str] = &["new", "latest", "flagship", "cheaper", "upcoming"];

/// Work words whose name before them is the work's subject, not its title ("Scorsese's
/// Howard Hughes biopic").
const ABOUT_SOMEONE: &[&str] = &[
    "biopic",
    "biography",
    "documentary",
    "portrait",
    "docuseries",
];

/// The longest untagged title taken between an author's possessive and the work word.
const MAX_TITLE: usize = 4;

/// Where an untagged title starting at `start` ends: its capitalised words, at most
/// `MAX_TITLE`.
fn untagged_title_end(words: &[&str], start: usize) -> usize {
    let limit = words.len().min(start + MAX_TITLE);
    start
        + (start..limit)
            .take_while(|&j| capitalised(words[j]))
            .count()
}

pub(super) fn is_possessive(w: &str) -> bool {
    matches!(w, "'s" | "\u{2019}s")
}

/// "Valve's Steam Deck", "Nothing's new Phone": a capitalised word no name holds, before "'s"
/// and a product, is the firm that makes it (a person who owns a product is rarely news,
/// and the tagger finds people's names).
pub fn firms_before_their_products(words: &[&str], names: &mut Vec<Span>) {
    for j in 1..words.len() {
        if !is_possessive(words[j]) {
            continue;
        }
        let maker = j - 1;
        let mut at = j + 1;
        if words.get(at).is_some_and(|w| PRODUCT_MODIFIERS.contains(w)) {
            at += 1;
        }
        let product = names.iter().any(|s| s.0 == at && s.2 == Label::Product);
        let firm_like = capitalised(words[maker]) && words[maker].len() > 1;
        if product && firm_like && name_at(names, maker).is_none() {
            insert_name(names, (maker, j, Label::Org));
        }
    }
}

/// "J.K. Rowling's Harry Potter books", "Stephen King's Shining novels": the name between a
/// person's possessive and a work word is the work, whatever the tagger took it for (most
/// often a person), or took it for nothing.
pub fn works_of_their_authors(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (_, b, label) = names[k];
        k += 1;
        if label != Label::Person || !words.get(b).is_some_and(|w| is_possessive(w)) {
            continue;
        }
        let start = b + 1;
        // The title: a name right there, or capitalised words no name holds.
        let end = match names.get(k) {
            Some(&(c, d, _)) if c == start => d,
            Some(&(c, _, _)) if c < start + MAX_TITLE => {
                let run = (start..c).take_while(|&j| capitalised(words[j])).count();
                if start + run == c {
                    continue;
                }
                start + run
            }
            _ => untagged_title_end(words, start),
        };
        let cue = words.get(end);
        let titled = cue.is_some_and(|w| !capitalised(w) && !ABOUT_SOMEONE.contains(w));
        if end == start || !titled || !is_cue_word(Cue::WorkCue, cue) {
            continue;
        }
        // "Martin Scorsese's Howard Hughes biopic The Aviator", "Oliver Stone's Vietnam epic,
        // Platoon": a title after the work word makes the name before it the work's subject.
        let after = words.get(end + 1).copied().unwrap_or("");
        if capitalised(after) || after == "," {
            continue;
        }
        // A channel, a place or a body before a work word is whose it is or where it is
        // set ("John Peel's BBC Radio 1 show"); the tagger's people and products are titles.
        let inside = names.iter().filter(|s| s.0 >= start && s.1 <= end);
        if inside
            .clone()
            .any(|s| !matches!(s.2, Label::Person | Label::Product | Label::Event))
        {
            continue;
        }
        replace_names(names, (start, end, Label::WorkOfArt));
    }
}

/// "Verdi's Rigoletto", "Janáček's Jenůfa": after the possessive of a composer, playwright or
/// novelist known by surname alone, a title is the work, whatever the tagger took it for; the
/// creator is a person. Not a known name ("Bach's IOC"), nor an acronym, nor after a first
/// name ("Thomas Bach's").
pub fn works_of_famous_creators(words: &[&str], names: &mut Vec<Span>) {
    for j in 1..words.len().saturating_sub(1) {
        if !is_possessive(words[j]) {
            continue;
        }
        let creator = j - 1;
        let alone = creator == 0 || !capitalised(words[creator - 1]);
        if !alone || !is_cue(Cue::WorkCreator, &words[creator..j]) {
            continue;
        }
        let start = j + 1;
        let end = match name_at(names, start) {
            Some(k) if names[k].0 == start => names[k].1,
            Some(_) => continue,
            None => untagged_title_end(words, start),
        };
        let title = &words[start..end];
        let acronym = title.len() == 1 && !title[0].chars().any(char::is_lowercase);
        // "Scorsese's Howard Hughes biopic": the work's subject.
        let subject = words.get(end).is_some_and(|w| ABOUT_SOMEONE.contains(w));
        if end == start || acronym || subject || known_name(title).is_some() {
            continue;
        }
        replace_names(names, (start, end, Label::WorkOfArt));
        replace_names(names, (creator, j, Label::Person));
    }
}

/// "Damon Galgut's The Promise was the most borrowed title": a capitalised "The" after a
/// person's or a firm's possessive opens the title of their work, which the tagger may leave
/// untagged. Tagged titles are `works::titles_with_the`'s. So does "A" after a person's, in a
/// title of three words or more ("Funke Akindele's A Tribe Called Judah", where "Smith's A
/// Level results" names none), over the names the tagger found inside it; and two capitalised
/// words or more after a person's, of no place, people or date ("Chinua Achebe's Things Fall
/// Apart", not "her Christmas Day message").
pub fn untagged_titles_after_owners(words: &[&str], names: &mut Vec<Span>) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        k += 1;
        let start = b + 1;
        let possessed = words.get(b).is_some_and(|w| is_possessive(w));
        // A firm owns titles opening with "The"; a person any ("Chinua Achebe's Things Fall
        // Apart": two capitalised words or more that the tagger left are a title too).
        let owner = match words.get(start) {
            Some(&"The") => matches!(label, Label::Person | Label::Org),
            Some(_) => label == Label::Person,
            None => false,
        };
        if !possessed || !owner || name_at(names, start).is_some() {
            continue;
        }
        // The title runs over capitalised words and the small ones between them.
        let Some(end) = title_end(words, start, TITLE_SMALL_WORDS) else {
            continue;
        };
        // The fewest words of the title, its article counted, and whether names the tagger
        // found inside it give way ("A Tribe Called Judah"); other titles must hold none.
        let (fewest, names_inside) = match words[start] {
            "A" | "An" => (3, true),
            _ => (2, false),
        };
        let bare = !matches!(words[start], "The" | "A" | "An");
        let inside = names.iter().any(|s| s.0 > start && s.0 < end);
        // ("its Frank's Nursery and Crafts unit": an owner after a determiner names a firm;
        // "Don Gibson's I Can't Stop Loving You" goes on past a contraction.)
        let other = || {
            words[start..end].iter().any(|w| is_calendar_word(w))
                || lists_of_tokens(&words[start..end]) & PLACES_AND_PEOPLES != 0
                || a > 0 && is_determiner(words[a - 1])
                || runs_past_apostrophe(words, end)
        };
        if end < start + fewest
            || crosses(names, start, end)
            || inside && !names_inside
            || bare && other()
        {
            continue;
        }
        replace_names(names, (start, end, Label::WorkOfArt));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn a_title_after_a_famous_creator_is_a_work() {
        let w = words("Opera North will stage Verdi 's Rigoletto in March");
        let mut names = vec![
            (0, 2, Label::Org),
            (4, 5, Label::Org),
            (6, 7, Label::Person),
        ];
        works_of_famous_creators(&w, &mut names);
        assert_eq!(
            names,
            [
                (0, 2, Label::Org),
                (4, 5, Label::Person),
                (6, 7, Label::WorkOfArt)
            ]
        );
        // After a first name the surname is someone else's.
        let w = words("Thomas Bach 's Lausanne office");
        let mut names = vec![(0, 2, Label::Person), (3, 4, Label::Gpe)];
        works_of_famous_creators(&w, &mut names);
        assert_eq!(names[1], (3, 4, Label::Gpe));
    }

    #[test]
    fn the_after_an_owner_opens_an_untagged_title() {
        let w = words("Ama Boateng 's The Salt Road was the most borrowed title");
        let mut names = vec![(0, 2, Label::Person)];
        untagged_titles_after_owners(&w, &mut names);
        assert_eq!(names, vec![(0, 2, Label::Person), (3, 6, Label::WorkOfArt)]);
        // Lowercase after "the": no title.
        let w = words("Ama Boateng 's the best");
        let mut names = vec![(0, 2, Label::Person)];
        untagged_titles_after_owners(&w, &mut names);
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_maker_before_its_product_is_a_firm() {
        let w = words("Valve 's new Steam Deck sold well");
        let mut names = vec![(3, 5, Label::Product)];
        firms_before_their_products(&w, &mut names);
        assert_eq!(names, vec![(0, 1, Label::Org), (3, 5, Label::Product)]);
    }

    #[test]
    fn the_title_between_an_author_and_a_work_word_is_a_work() {
        let w = words("J.K. Rowling 's Harry Potter books sold");
        let mut names = vec![(0, 2, Label::Person), (3, 5, Label::Person)];
        works_of_their_authors(&w, &mut names);
        assert_eq!(names, vec![(0, 2, Label::Person), (3, 5, Label::WorkOfArt)]);
        let w = words("Stephen King 's Shining novels sold");
        let mut names = vec![(0, 2, Label::Person)];
        works_of_their_authors(&w, &mut names);
        assert_eq!(names, vec![(0, 2, Label::Person), (3, 4, Label::WorkOfArt)]);
        // No work word: a club's player stays as tagged.
        let w = words("Chelsea 's Cole Palmer scored");
        let mut names = vec![(0, 1, Label::Person), (2, 4, Label::Person)];
        works_of_their_authors(&w, &mut names);
        assert_eq!(names[1].2, Label::Person);
    }
}
