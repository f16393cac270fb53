//! Shows named by their viewing figures: "Riverbend had been watched 40 million times",
//! "the platform said Tidewater was streamed 900 million hours". A title of ordinary words
//! ("Riverbend", "Tidewater") opening the sentence is left out by the tagger; being watched
//! or streamed so many times, or by so many, says it is a work.

use super::box_office::PRONOUNS;
use super::casing::capitalised;
use super::credits::mark_work;
use super::label::Label;
use super::repair::Span;

/// Verbs of viewing, after "was" or "had been".
const VIEWED: &[&str] = &["watched", "streamed", "viewed"];

/// Small words inside a title: "House of Guinness".
const SMALL_WORDS: &[&str] = &["of", "the", "and", "in", "on", "a"];

/// The longest title taken, in words.
const MAX_TITLE: usize = 6;

/// Marks as a work the title before a verb of viewing and its count ("40 million times", "by
/// 12 million"), when it opens the sentence or the clause after "said": capitalised words with
/// small words inside, no pronoun, nothing `known` names (a platform, a firm) and no person,
/// place or event the tagger found there.
pub fn shows_by_their_viewings(
    words: &[&str],
    names: &mut Vec<Span>,
    known: impl Fn(&[&str]) -> bool,
) {
    for v in 2..words.len().saturating_sub(1) {
        if !VIEWED.contains(&words[v]) {
            continue;
        }
        let end = match (words[v - 2], words[v - 1]) {
            ("has" | "had" | "have", "been") if v >= 3 => v - 2,
            (_, "was" | "were" | "is") => v - 1,
            _ => continue,
        };
        let counted =
            words[v + 1] == "by" || words[v + 1].starts_with(|c: char| c.is_ascii_digit());
        let Some(start) = title_start(words, end).filter(|_| counted) else {
            continue;
        };
        let title = &words[start..end];
        // (The tagger takes a title it never saw for a firm as often as not: a firm that is
        // known stays one. "The Cup final was watched by 9 million": so does an event.)
        let other = names.iter().any(|n| {
            n.0 < end
                && n.1 > start
                && matches!(
                    n.2,
                    Label::Person | Label::Gpe | Label::Loc | Label::Event | Label::Facility
                )
        });
        if !PRONOUNS.contains(&title[0]) && !other && !known(title) {
            mark_work(names, start, end);
        }
    }
}

/// Where the title ending at `end` starts, if it opens the sentence or the clause after "said"
/// ("Netflix said Riverbend had been watched").
fn title_start(words: &[&str], end: usize) -> Option<usize> {
    let mut s = end;
    while s > 0
        && end - s < MAX_TITLE
        && (capitalised(words[s - 1]) || SMALL_WORDS.contains(&words[s - 1]))
    {
        s -= 1;
    }
    while s < end && !capitalised(words[s]) {
        s += 1;
    }
    let opens = s == 0 || matches!(words[s - 1], "said" | "says");
    (s < end && opens && capitalised(words[end - 1])).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn works(text: &str, names: &[Span]) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        shows_by_their_viewings(&words, &mut names, |n| n == ["Netflix"]);
        names
            .iter()
            .filter(|n| n.2 == Label::WorkOfArt)
            .map(|n| words[n.0..n.1].join(" "))
            .collect()
    }

    #[test]
    fn a_title_watched_so_many_times_is_a_work() {
        assert_eq!(
            works("Riverbend had been watched 40 million times", &[]),
            ["Riverbend"]
        );
        assert_eq!(
            works(
                "Netflix said House of Tides was streamed by 12 million",
                &[(0, 1, Label::Org)]
            ),
            ["House of Tides"]
        );
        // A pronoun, a person, a platform or a count-less viewing is no title.
        assert!(works("It had been watched 40 million times", &[]).is_empty());
        assert!(works("Adele was watched by 9 million", &[(0, 1, Label::Person)]).is_empty());
        assert!(works("Netflix was watched by 9 million", &[]).is_empty());
        assert!(works("Riverbend was watched closely", &[]).is_empty());
    }
}
