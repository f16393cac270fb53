//! Towns on a route or under a forecast, or listed beside a place: "ferries between Troon and
//! Brodick", "the trip to Dingwall", "a thunderstorm warning for Toowoomba", "flooding in
//! Carlisle and Hawick". The tagger takes a town it has not seen
//! for a person, a club or an event; these phrases name only places. Copy says "talks between
//! Ms Reeves and Mr Lammy" too, so each name must also be a town of GeoNames.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::{is_people_word, lists_of_tokens, List};
use super::repair::Span;

/// Words of travel that a destination follows after "to": "the trip to Dingwall", "flights to
/// Lethbridge".
const JOURNEYS: &[&str] = &[
    "trip",
    "trips",
    "journey",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "flight",
    "flights",
    "route",
    "routes",
    "road",
    "ferry",
    "ferries",
    "sailing",
    "sailings",
    "service",
    "services",
    "train",
    "trains",
    "bus",
    "buses",
    "link",
    "extension",
    "drive",
    "walk",
    "moved",
    "relocated",
];

/// Goods shipped out of a town, which it follows after "from": "soybean exports from Rosario";
/// so do journeys ("flights from Lethbridge").
const SHIPMENTS: &[&str] = &["exports", "imports", "shipments", "cargoes", "arrivals"];

/// Words of weather that name the places they cover after "for": "an amber warning for
/// Nelson and Marlborough".
const FORECASTS: &[&str] = &[
    "warning", "warnings", "alert", "alerts", "watch", "forecast",
];

/// The longest town's name taken, in words.
const MAX_TOWN: usize = 3;

/// Relabels as GPE each name after a journey's "to" or a forecast's "for", and a name joined to
/// one of those by "and", when it is a town (`is_town`) that the tagger took for a person (no
/// first name, nothing owned: "to Nelson's side"), an event, a people or, outside sports copy
/// (`story_is_sport`, where "travel to Burnley" names the club), a firm. Between "between" and
/// "and", both names must be towns ("a battle between Eastwood and Martin Scorsese" names
/// two people); the first may be a town the tagger left out ("between Brodick and Troon"). A
/// town the tagger took for a firm, with "and" or "or" between it and a place, is one too.
pub fn towns_on_routes(
    words: &[&str],
    names: &mut [Span],
    is_town: impl Fn(&[&str]) -> bool,
    is_county: impl Fn(&[&str]) -> bool,
    is_first_name: impl Fn(&str) -> bool,
    story_is_sport: impl Fn() -> bool,
) {
    // ("from Donegal to Kerry": a county named like a person is the county on a route.)
    let retypable = |(a, b, label): Span| match label {
        Label::Gpe => true,
        Label::Person => {
            let owner = matches!(words.get(b), Some(&("'s" | "’s")));
            let first_name = b == a + 1 && is_first_name(words[a]) && !is_county(&words[a..b]);
            !(owner || first_name)
        }
        Label::Event => true,
        Label::Norp => {
            !is_people_word(&words[a..b])
                && lists_of_tokens(&words[a..b]) & List::ReligiousOrPolitical.bit() == 0
        }
        Label::Org => !story_is_sport(),
        _ => false,
    };
    let town = |(a, b, label): Span| {
        b <= a + MAX_TOWN && retypable((a, b, label)) && {
            label == Label::Gpe || is_town(&words[a..b]) || is_county(&words[a..b])
        }
    };
    let mut last_on_route: Option<usize> = None;
    for k in 0..names.len() {
        let (a, b, _) = names[k];
        if a == 0 {
            continue;
        }
        let joined = words[a - 1] == "and" && last_on_route == Some(a - 1);
        // "flooding in Carlisle and Hawick", "Tenerife and Lanzarote": a town listed beside a
        // place is one too.
        let beside_place = |j: Option<&Span>, link: &str| {
            matches!(link, "and" | "or")
                && j.is_some_and(|n| {
                    let name = &words[n.0..n.1];
                    n.2 == Label::Gpe && n.1 <= n.0 + MAX_TOWN && (is_town(name) || is_county(name))
                })
        };
        // Only a firm's label: a person after "and" may open a clause ("in Holland and
        // Ferguson said"); and not a firm that owns ("Opera and Apple's Safari").
        let next = words.get(b).copied().unwrap_or("");
        let firm_words = matches!(next, "'s" | "’s");
        // ("Kerry and Clare": a county named like a person is listed with its neighbour.)
        let county = names[k].2 == Label::Person && is_county(&words[a..b]);
        let listed = (names[k].2 == Label::Org || county)
            && !firm_words
            && (k > 0 && names[k - 1].1 + 1 == a && beside_place(names.get(k - 1), words[a - 1])
                || names.get(k + 1).is_some_and(|n| n.0 == b + 1)
                    && beside_place(names.get(k + 1), next));
        let on_route = match words[a - 1] {
            "between" => {
                let partner = names.get(k + 1).copied().filter(|n| n.0 == b + 1);
                words.get(b) == Some(&"and") && partner.is_some_and(town)
            }
            "and" => {
                // "between Brodick and Troon": a town the tagger left out comes first.
                let left_out = a >= 3 && words[a - 3] == "between" && capitalised(words[a - 2]);
                joined || left_out && is_town(&words[a - 2..a - 1])
            }
            // "from Donegal to Kerry".
            "to" => {
                let from = |n: &Span| n.1 + 1 == a && n.0 > 0 && words[n.0 - 1] == "from";
                opens_route(words, a)
                    || k > 0 && names[k - 1].2 == Label::Gpe && from(&names[k - 1])
            }
            _ => opens_route(words, a),
        };
        if (on_route || listed) && town(names[k]) {
            names[k].2 = Label::Gpe;
            last_on_route = Some(b);
        }
    }
}

/// Whether the words before `a` send a journey or a forecast there, or ship goods or a journey
/// from there: "trip to", "warning for", "exports from".
fn opens_route(words: &[&str], a: usize) -> bool {
    let before = if a > 1 { words[a - 2] } else { "" };
    match words[a - 1] {
        "to" => JOURNEYS.contains(&before),
        "for" => FORECASTS.contains(&before),
        "from" => SHIPMENTS.contains(&before) || JOURNEYS.contains(&before),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        towns_on_routes(
            &words,
            &mut names,
            |n| {
                matches!(
                    n,
                    ["Troon" | "Brodick" | "Nelson" | "Dingwall" | "Inverness"]
                )
            },
            |n| matches!(n, ["Kerry" | "Clare"]),
            |w| matches!(w, "Nelson" | "Kerry" | "Clare"),
            || false,
        );
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn towns_between_and_after_a_journey_are_places() {
        assert_eq!(
            labelled(
                "sailing between Troon and Brodick while",
                &[(2, 3, Label::Gpe), (4, 5, Label::Person)]
            ),
            [Label::Gpe, Label::Gpe]
        );
        assert_eq!(
            labelled("line between Brodick and Troon", &[(4, 5, Label::Org)]),
            [Label::Gpe]
        );
        assert_eq!(
            labelled(
                "a battle between Dingwall and Jane Lee",
                &[(3, 4, Label::Person), (5, 7, Label::Person)]
            ),
            [Label::Person, Label::Person]
        );
        assert_eq!(
            labelled("the trip to Dingwall to", &[(3, 4, Label::Person)]),
            [Label::Gpe]
        );
        assert_eq!(
            labelled("a warning for Brodick", &[(3, 4, Label::Event)]),
            [Label::Gpe]
        );
    }

    #[test]
    fn a_firm_listed_beside_a_place_is_a_town() {
        assert_eq!(
            labelled(
                "flooding in Dingwall and Inverness",
                &[(2, 3, Label::Org), (4, 5, Label::Gpe)]
            ),
            [Label::Gpe, Label::Gpe]
        );
        assert_eq!(
            labelled(
                "from Inverness to Dingwall or Troon",
                &[(1, 2, Label::Gpe), (3, 4, Label::Gpe), (5, 6, Label::Org)]
            ),
            [Label::Gpe, Label::Gpe, Label::Gpe]
        );
        // A person may open the next clause; a firm may own what follows.
        assert_eq!(
            labelled(
                "in Inverness and Dingwall said",
                &[(1, 2, Label::Gpe), (3, 4, Label::Person)]
            ),
            [Label::Gpe, Label::Person]
        );
        assert_eq!(
            labelled(
                "Inverness and Troon 's ferry",
                &[(0, 1, Label::Gpe), (2, 3, Label::Org)]
            ),
            [Label::Gpe, Label::Org]
        );
    }

    #[test]
    fn counties_named_like_people_on_routes_and_in_lists() {
        assert_eq!(
            labelled(
                "from Inverness to Kerry",
                &[(1, 2, Label::Gpe), (3, 4, Label::Person)]
            ),
            [Label::Gpe, Label::Gpe]
        );
        assert_eq!(
            labelled(
                "a tour of Kerry and Clare",
                &[(3, 4, Label::Gpe), (5, 6, Label::Person)]
            ),
            [Label::Gpe, Label::Gpe]
        );
    }

    #[test]
    fn people_and_other_words_stay() {
        // A first name, a person's possession, a place no route names.
        assert_eq!(
            labelled("talks between Nelson and Brodick", &[(2, 3, Label::Person)]),
            [Label::Person]
        );
        assert_eq!(
            labelled("the trip to Dingwall 's ground", &[(3, 4, Label::Person)]),
            [Label::Person]
        );
        assert_eq!(
            labelled("he spoke to Dingwall", &[(3, 4, Label::Person)]),
            [Label::Person]
        );
    }
}
