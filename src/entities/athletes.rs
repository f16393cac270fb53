//! Athletes of individual sports by their home town: "the Dundalk fighter", "a 19-year-old
//! Wexford jockey". A club's player is named by the club ("the Leeds striker"), which sports
//! rules make an organisation; a boxer, a jockey or a golfer plays for no town's club, so the
//! town before them is where they come from (GPE), in sports copy too.

use super::label::Label;
use super::repair::Span;

/// Athletes who compete alone, for no club.
const SOLO_ATHLETES: &[&str] = &[
    "fighter",
    "boxer",
    "jockey",
    "golfer",
    "cyclist",
    "sprinter",
    "runner",
    "athlete",
    "swimmer",
    "diver",
    "skier",
    "snowboarder",
    "rower",
    "sailor",
    "climber",
    "gymnast",
    "wrestler",
    "archer",
    "triathlete",
    "Olympian",
    "Paralympian",
];

/// Relabels as GPE a name that `is_town` knows between an article (or an age after one) and a
/// solo athlete's word.
pub fn athletes_home_towns(words: &[&str], names: &mut [Span], is_town: impl Fn(&[&str]) -> bool) {
    let article = |j: usize| matches!(words[j], "the" | "The" | "a" | "A" | "an" | "An");
    let led = |a: usize| {
        a > 0 && (article(a - 1) || a > 1 && words[a - 1].ends_with("-year-old") && article(a - 2))
    };
    for name in names.iter_mut() {
        let (a, b, label) = *name;
        if label != Label::Gpe
            && led(a)
            && words.get(b).is_some_and(|w| SOLO_ATHLETES.contains(w))
            && is_town(&words[a..b])
        {
            name.2 = Label::Gpe;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_solo_athletes_town_is_a_place() {
        let words: Vec<&str> = "The Dundalk fighter made weight".split(' ').collect();
        let mut names = vec![(1, 2, Label::Org)];
        athletes_home_towns(&words, &mut names, |_| true);
        assert_eq!(names, vec![(1, 2, Label::Gpe)]);
        // A club's player keeps the club.
        let words: Vec<&str> = "The Leeds striker scored".split(' ').collect();
        let mut names = vec![(1, 2, Label::Org)];
        athletes_home_towns(&words, &mut names, |_| true);
        assert_eq!(names, vec![(1, 2, Label::Org)]);
    }
}
