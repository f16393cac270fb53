//! The news agency named where wire copy prints it when there is no masthead line: inside the
//! dateline ("PARIS, March 3 (AFP) -", "TOKYO, Sept. 4 Kyodo -") or in a sign-off line at the
//! end ("Reuter", "==Kyodo", "-- AP"). Names are given as the agency calls itself.

use regex::Regex;
use std::sync::LazyLock;

/// The sign-off lines that name an agency (a subset of `lines::is_sign_off`).
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<reuter>(?i:reuters?))|-+[ ]*(?P<dash>AP|AFP|Reuters|Kyodo)|==+[ ]*(?P<eq>Kyodo))$")
        .unwrap()
});

/// The agency's own name for a printed form: the old Reuters sign-off "Reuter" is Reuters.
pub fn canonical(printed: &str) -> String {
    let printed = printed.trim();
    if printed.eq_ignore_ascii_case("reuter") || printed.eq_ignore_ascii_case("reuters") {
        "Reuters".to_string()
    } else {
        printed.to_string()
    }
}

/// The agency a sign-off line names, if it names one.
pub fn in_sign_off(line: &str) -> Option<String> {
    let caps = SIGN_OFF.captures(line.trim())?;
    let printed = ["reuter", "dash", "eq"]
        .into_iter()
        .find_map(|name| caps.name(name))?;
    Some(canonical(printed.as_str()))
}

/// Compiles the sign-off pattern now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&SIGN_OFF);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_offs_that_name_an_agency() {
        assert_eq!(in_sign_off("Reuter").as_deref(), Some("Reuters"));
        assert_eq!(in_sign_off(" REUTER ").as_deref(), Some("Reuters"));
        assert_eq!(in_sign_off("==Kyodo").as_deref(), Some("Kyodo"));
        assert_eq!(in_sign_off("-- AP").as_deref(), Some("AP"));
        assert_eq!(in_sign_off("MORE"), None);
        assert_eq!(in_sign_off("Reuters reported"), None);
    }

    #[test]
    fn canonical_names() {
        assert_eq!(canonical("Reuter"), "Reuters");
        assert_eq!(canonical("AFP"), "AFP");
    }
}
