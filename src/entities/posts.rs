//! Where people post: "the regional governor said on Telegram", "wrote on Threads". After a
//! verb of saying or posting and "on", a one-word name that no list knows as a place is the
//! platform, a company (ORG), though the tagger, never having seen it, took it for a place.

use super::label::Label;
use super::repair::Span;

/// Verbs of saying or posting, before "on" and where it was said.
const POSTED: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "posted",
    "posts",
    "announced",
    "shared",
    "published",
    "streamed",
    "tweeted",
    "claimed",
    "warned",
    "confirmed",
    "revealed",
];

/// Relabels as ORG each one-word place, person or people right after a verb of posting and
/// "on", unless `is_place` knows it ("said on Anglesey" names where).
pub fn platforms_posted_on(words: &[&str], names: &mut [Span], is_place: impl Fn(&[&str]) -> bool) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let posted = a > 1 && words[a - 1] == "on" && POSTED.contains(&words[a - 2]);
        let guessed = matches!(label, Label::Gpe | Label::Loc | Label::Person | Label::Norp);
        if posted && guessed && b == a + 1 && !is_place(&words[a..b]) {
            span.2 = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_posted_on_is_the_platform() {
        let words: Vec<&str> = "the governor said on Telegram that".split(' ').collect();
        let mut names = vec![(4, 5, Label::Gpe)];
        platforms_posted_on(&words, &mut names, |_| false);
        assert_eq!(names, [(4, 5, Label::Org)]);
        // A place the lists know stays one.
        let mut names = vec![(4, 5, Label::Gpe)];
        platforms_posted_on(&words, &mut names, |_| true);
        assert_eq!(names, [(4, 5, Label::Gpe)]);
    }
}
