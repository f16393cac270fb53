//! Award nights: "at the Brits", "hosted the Baftas", "the Oscars ceremony". An award is a
//! WORK_OF_ART in OntoNotes ("won an Oscar", "seven Oscars"), but "the" and the plural name
//! the night it is given, an EVENT.

use super::label::Label;
use super::lexicon::cues::known_name;
use super::repair::Span;

/// Relabels as EVENT an award the lexicon knows, or a name ending in "Awards", written in the
/// plural after "the": the singular ("Oscar", "Golden Globe", "Brit Award") must be an award.
pub fn award_nights(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        if label != Label::WorkOfArt || a == 0 || !matches!(words[a - 1], "the" | "The") {
            continue;
        }
        // The singular must be an award too: "the Lord of the Rings" is a work.
        let Some(singular) = words[b - 1].strip_suffix('s') else {
            continue;
        };
        let mut one = words[a..b].to_vec();
        *one.last_mut().expect("a name has words") = singular;
        // ("the Brits": a "Brit" is a Briton, but a "Brit Award" is the prize.)
        let award = |name: &[&str]| known_name(name) == Some(Label::WorkOfArt);
        if singular == "Award" || award(&one) || award(&[&one[..], &["Award"]].concat()) {
            span.2 = Label::Event;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plural_award_is_its_night() {
        let words: Vec<&str> = "at the Brit Awards she won two Baftas in the Lord of the Rings"
            .split(' ')
            .collect();
        let mut names = vec![
            (2, 4, Label::WorkOfArt),
            (7, 8, Label::WorkOfArt),
            (10, 14, Label::WorkOfArt),
        ];
        award_nights(&words, &mut names);
        assert_eq!(
            names,
            vec![
                (2, 4, Label::Event),
                (7, 8, Label::WorkOfArt),
                (10, 14, Label::WorkOfArt)
            ]
        );
    }
}
