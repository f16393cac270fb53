//! Names in Irish, Welsh and Māori that open with the language's article: "An Bord Pleanála",
//! "Y Lolfa", "Te Whatu Ora", "Na Piarsaigh". The tagger, which learned from English wire copy,
//! reads a capitalised "An" as English and leaves it out, and takes the words after it, which
//! it has never met, for a person's name. Inside a name the article is written small
//! ("Cymdeithas yr Iaith", "Conradh na Gaeilge"), and the tagger splits the name there.

use super::label::Label;
use super::repair::Span;

/// Capitalised articles of Irish ("An", plural "Na"), Welsh ("Y", "Yr") and Māori ("Te",
/// plural "Ngā").
const ARTICLES: &[&str] = &["An", "Na", "Y", "Yr", "Te", "Ngā"];

/// Extends each name right after an article over it, when the name's first word is foreign to
/// English (`is_foreign`: a word the web's English rarely writes and no common person's name),
/// and relabels such a "person" as an organisation, as no person's name opens with an article.
/// A place keeps its label ("Te Kuiti").
pub fn names_after_articles(words: &[&str], names: &mut [Span], is_foreign: impl Fn(&str) -> bool) {
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        let named = matches!(
            label,
            Label::Person | Label::Org | Label::Gpe | Label::Facility | Label::Loc
        );
        if !named {
            continue;
        }
        // The article inside the name ("plans with An Bord Pleanála") or just before it.
        let start = if ARTICLES.contains(&words[a]) && b > a + 1 {
            a
        } else if a > 0 && ARTICLES.contains(&words[a - 1]) && (k == 0 || names[k - 1].1 < a) {
            a - 1
        } else {
            continue;
        };
        let first = words[start + 1];
        // "An IAAF spokesman", "An O'Gara try": English's article before an acronym or a
        // name, where the sentence opens with it; and "Y Jauzion, Y Delaigue": initials in a
        // team list.
        let english = start == 0 && words[start] == "An" && (label != Label::Person || b - a < 2);
        let initial = words[start].len() == 1 && initialled(words);
        if english || initial || !first.chars().any(char::is_lowercase) || !is_foreign(first) {
            continue;
        }
        names[k].0 = start;
        if label == Label::Person {
            names[k].2 = Label::Org;
        }
    }
}

/// Whether the sentence names people by an initial and a surname, as team lists do ("F
/// Michalak, Y Jauzion"): more than one capital letter standing alone before a name.
fn initialled(words: &[&str]) -> bool {
    let initials = words
        .windows(2)
        .filter(|w| {
            let b = w[0].as_bytes();
            b.len() == 1 && b[0].is_ascii_uppercase() && w[1].starts_with(char::is_uppercase)
        })
        .count();
    initials > 1
}

/// The articles written small inside a name.
const INNER_ARTICLES: &[&str] = &["an", "na", "y", "yr", "te", "ngā"];

/// Joins two names on either side of a small article into one when the words beside it are
/// both foreign to English (`is_foreign`): "Cymdeithas yr Iaith" is one organisation, and
/// "Parc y Scarlets" one ground (a facility's label is kept).
pub fn names_across_articles(
    words: &[&str],
    names: &mut Vec<Span>,
    is_foreign: impl Fn(&str) -> bool,
) {
    let mut k = 0;
    while k + 1 < names.len() {
        let (a, b, first) = names[k];
        let (c, d, second) = names[k + 1];
        let joined = c == b + 1
            && INNER_ARTICLES.contains(&words[b])
            && is_foreign(words[b - 1])
            && is_foreign(words[c]);
        if joined && !matches!(first, Label::Norp) && !matches!(second, Label::Norp) {
            let facility = first == Label::Facility || second == Label::Facility;
            let label = if facility {
                Label::Facility
            } else {
                Label::Org
            };
            names[k] = (a, d, label);
            names.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_opens_the_name_of_a_body() {
        let foreign = |w: &str| matches!(w, "Bord" | "Lolfa" | "Kuiti");
        let words: Vec<&str> = "plans with An Bord Pleanála and Y Lolfa"
            .split(' ')
            .collect();
        let mut names = vec![(2, 5, Label::Person), (7, 8, Label::Person)];
        names_after_articles(&words, &mut names, foreign);
        assert_eq!(names, vec![(2, 5, Label::Org), (6, 8, Label::Org)]);
        // A place keeps its label; an English word after "An" is no foreign name.
        let words: Vec<&str> = "near Te Kuiti . An Iraqi official".split(' ').collect();
        let mut names = vec![(2, 3, Label::Gpe), (5, 6, Label::Norp)];
        names_after_articles(&words, &mut names, foreign);
        assert_eq!(names, vec![(1, 3, Label::Gpe), (5, 6, Label::Norp)]);
    }

    #[test]
    fn a_small_article_joins_a_foreign_name() {
        let foreign = |w: &str| matches!(w, "Cymdeithas" | "Iaith");
        let words: Vec<&str> = "from Cymdeithas yr Iaith and Bath an hour"
            .split(' ')
            .collect();
        let mut names = vec![(1, 2, Label::Gpe), (3, 4, Label::Org), (5, 6, Label::Gpe)];
        names_across_articles(&words, &mut names, foreign);
        assert_eq!(names, vec![(1, 4, Label::Org), (5, 6, Label::Gpe)]);
    }
}
