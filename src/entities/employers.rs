//! Firms named by the people who work for them: "Fiona Castellane, finance director of Marlow
//! Pryce", "the chief economist at Harlow Pryce". A company's officer is "of" or "at" the
//! company; no one is chief executive of a person, so a name the tagger took for a person's
//! after such a role is the firm's.

use super::label::Label;
use super::repair::Span;

/// Roles of a firm's officers and staff, as the last word before "of" or "at".
const OFFICERS: &[&str] = &[
    "chairman",
    "chairwoman",
    "executive",
    "economist",
    "strategist",
    "analyst",
    "founder",
    "co-founder",
    "boss",
    "shareholder",
    "shareholders",
    "officer",
];

/// Staff who work "at" a firm, named alone there: "analysts at Jefferies", "an economist at
/// ING". No one works at a person, so even a one-word name after them is the firm's.
const STAFF_AT: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "trader",
    "traders",
    // "Staff at Boots in Nottingham will strike": a place they work at is one the lists know.
    "staff",
    "workers",
    "employees",
    "bosses",
    "executives",
];

/// Words before "director" that make it a company's (a film's director is "director of" the
/// film's title, which is no firm).
const BOARD_DIRECTORS: &[&str] = &[
    "finance",
    "financial",
    "managing",
    "commercial",
    "operations",
    "operating",
    "sales",
    "marketing",
    "technical",
    "non-executive",
    "executive",
];

/// Whether the words before `a` end in an officer's role and "of" or "at" (not "for": "a
/// spokesman for Jane Doe" speaks for a person).
fn officer_before(words: &[&str], a: usize) -> bool {
    if a < 2 || !matches!(words[a - 1], "of" | "at") {
        return false;
    }
    let role = words[a - 2];
    OFFICERS.contains(&role)
        || role == "director" && a >= 3 && BOARD_DIRECTORS.contains(&words[a - 3])
}

/// Relabels as ORG a name of two or three words right after an officer's role and its "of"
/// or "at" ("chief executive of Marlow Pryce"), which the tagger took for a person's or for a
/// place that `is_place` does not know ("an analyst at Oxford Economics" is no town). One word
/// may be a founder's own ("co-founder of Hargreaves" stays as found), but not one where
/// analysts or economists work ("analysts at Jefferies").
pub fn firms_of_their_officers(
    words: &[&str],
    names: &mut [Span],
    is_place: impl Fn(&[&str]) -> bool,
) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let retypable = match label {
            Label::Person => true,
            Label::Gpe | Label::Loc => !is_place(&words[a..b]),
            _ => false,
        };
        let staff = a >= 2 && words[a - 1] == "at" && {
            let role = words[a - 2].to_ascii_lowercase();
            STAFF_AT.contains(&role.as_str())
        };
        let officer = (2..=3).contains(&(b - a)) && officer_before(words, a);
        if retypable && (officer || staff && b - a <= 3) {
            span.2 = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, name: Span) -> Label {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = vec![name];
        firms_of_their_officers(&words, &mut names, |name| name == ["New", "York"]);
        names[0].2
    }

    #[test]
    fn a_name_after_an_officers_role_is_the_firm() {
        let text = "the finance director of Marlow Pryce said";
        assert_eq!(run(text, (4, 6, Label::Person)), Label::Org);
        let text = "the chief economist at Harlow Pryce said";
        assert_eq!(run(text, (4, 6, Label::Gpe)), Label::Org);
        let text = "the chief economist at New York said";
        assert_eq!(run(text, (4, 6, Label::Gpe)), Label::Gpe);
        let text = "Analysts at Jefferies said";
        assert_eq!(run(text, (2, 3, Label::Person)), Label::Org);
    }

    #[test]
    fn a_films_director_and_a_persons_friend_stay() {
        let text = "the director of Jane Eyre said";
        assert_eq!(run(text, (3, 5, Label::Person)), Label::Person);
        let text = "a friend of Jane Doe said";
        assert_eq!(run(text, (3, 5, Label::Person)), Label::Person);
    }
}
