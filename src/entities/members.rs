//! Members of a house, named by its initials in the plural: "MPs", "MEPs", "MSPs", "MLAs",
//! "TDs". They are people of a kind, no name, though the tagger, seeing capitals, takes them
//! for a people (NORP) or a body.

use super::label::Label;
use super::repair::Span;

/// The plurals that name a house's members.
const MEMBERS: &[&str] = &["MPs", "MEPs", "MSPs", "MLAs", "MSs", "TDs", "MHKs", "AMs"];

/// Drops each one-word name that is a plural of members ("MEPs from the EPP").
pub fn members_are_no_names(words: &[&str], names: &mut Vec<Span>) {
    names.retain(|&(a, b, label)| {
        !(b == a + 1 && MEMBERS.contains(&words[a]) && matches!(label, Label::Norp | Label::Org))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_dropped_and_their_house_kept() {
        let words: Vec<&str> = "MEPs from the EPP voted".split(' ').collect();
        let mut names = vec![(0, 1, Label::Norp), (3, 4, Label::Org)];
        members_are_no_names(&words, &mut names);
        assert_eq!(names, vec![(3, 4, Label::Org)]);
    }
}
