//! Clubs that open a match report's sentence: "Mayo will face Galway in the Connacht final",
//! "Hearts drew with Hibs". At a sentence's start the tagger cannot lean on the capital, and
//! leaves a county or a club named with a common plural out; the result's verb and the
//! opponent after it say it is a side.

use super::casing::capitalised;
use super::label::Label;
use super::lexicon::cues::{is_cue, Cue};
use super::repair::{insert_name, name_at, Span};
use super::sport::{
    after_comeback, is_score, opposed_at, sporting, TEAM_AFTER, TEAM_THINGS, TEAM_WILL,
};

/// Verbs of a win, between the winner and the beaten side.
const BEAT: &[&str] = &["beat", "beats", "defeated", "edged", "thrashed", "hammered"];

/// "Enyimba FC beat Kano Pillars 2-1": the side a club or a country beat, right before the
/// score, is a side too, though the tagger took it for a person. A name opening with a first
/// name (`is_first_name`) stays a person, and so does one before a tennis match's second set
/// ("Sinner beat Alcaraz 6-3 6-4").
pub fn sides_beaten(words: &[&str], names: &mut [Span], is_first_name: impl Fn(&str) -> bool) {
    for k in 1..names.len() {
        let (winner_start, winner_end, winner) = names[k - 1];
        let (a, b, label) = names[k];
        let beaten = a == winner_end + 1
            && BEAT.contains(&words[winner_end])
            // (A one-word "firm" opening the sentence may be the tagger's guess at a player.)
            && (winner == Label::Gpe || winner == Label::Org && winner_end > winner_start + 1)
            && label == Label::Person
            && words.get(b).is_some_and(|w| is_score(w))
            // (Sets follow sets in tennis: "6-3 6-4".)
            && !words.get(b + 1).is_some_and(|w| is_score(w))
            && !is_first_name(words[a]);
        if beaten {
            names[k].2 = Label::Org;
        }
    }
}

/// Names the first word a club (ORG) when the sentence reads like sport and an opponent
/// follows: a result's verb and the opponent right after it ("beat", "drew with", "will
/// face"), or an opponent's word anywhere later ("Leinster ran in five tries against Munster",
/// "Limerick retained the cup after beating Kilkenny", "Kerry held off Dublin"). The first word
/// may be untagged or a one-word place, person or people the tagger guessed. `is_side` says
/// whether the word can name a side: a town or county (not a country), or a plural no one is
/// named ("Hearts", "Wolves"); asked not `strictly`, a town whose name is a common word too
/// ("Reading", which only a plural verb and the side's staff make a club). An opponent that
/// is such a place becomes a club too.
pub fn clubs_opening_results(
    words: &[&str],
    names: &mut Vec<Span>,
    is_side: impl Fn(&str, bool) -> bool,
) {
    let Some(first) = words.first() else {
        return;
    };
    if sides_of_a_score_line(words, names, &is_side) {
        return;
    }
    // ("Holders Manchester United": a word before a name is no side.)
    if !capitalised(first) || words.len() < 3 || capitalised(words[1]) {
        return;
    }
    let guessed = |l: Label| matches!(l, Label::Gpe | Label::Person | Label::Norp);
    let opening = names.first().filter(|n| n.0 == 0).copied();
    // "Rovers and Harps drew 2-2": the tagger's one club over a pair of one-word sides.
    let result = |j: usize| words.get(j).is_some_and(|w| TEAM_AFTER.contains(w));
    if opening.is_some_and(|n| n.1 == 3 && words[1] == "and" && result(3)) && sporting(words) {
        names[0] = (0, 1, Label::Org);
        names.insert(1, (2, 3, Label::Org));
        return;
    }
    if opening.is_some_and(|n| n.1 != 1 || !guessed(n.2)) {
        return;
    }
    // "Mayo will face Galway", "Hearts drew with Hibs", "Leinster beat Munster".
    // ("Bath came from behind to beat Leicester": the result's verb after the comeback.)
    let verb = after_comeback(words, 1);
    let next_to = if words[1] == "will" && TEAM_WILL.contains(&words[2]) {
        Some(3)
    } else if words.get(verb).is_some_and(|w| TEAM_AFTER.contains(w)) {
        Some(verb + 1 + usize::from(matches!(words.get(verb + 1), Some(&("with" | "to")))))
    } else {
        None
    };
    // "Reading have sacked their manager": a plural verb and the side's own staff.
    let own_staff = matches!(words[1], "have" | "had" | "are" | "were")
        && (2..words.len().min(6)).any(|j| {
            words[j] == "their" && words.get(j + 1).is_some_and(|w| TEAM_THINGS.contains(w))
        });
    // "Reading have been deducted six points", "Porto were held to a draw": a side's penalty
    // in the table, or a result it suffered, after a plural verb.
    let penalised = matches!(words[1], "have" | "had" | "were")
        && (2..words.len().min(5)).any(|j| SUFFERED.contains(&words[j]));
    // "Hearts have signed the Norwegian defender": a club's dealings in players and staff,
    // whose role the next words name ("Residents have signed a petition" names none).
    let dealt = matches!(words[1], "have" | "had")
        && words.get(2).is_some_and(|w| DEALINGS.contains(w))
        && words
            .get(3..words.len().min(7))
            .is_some_and(|next| next.iter().any(|w| is_cue(Cue::PlayerRole, &[w])));
    if (own_staff || penalised || dealt) && sporting(words) && is_side(first, false) {
        name_first_a_club(names, opening.is_some());
        return;
    }
    // "Bohemians and Shelbourne drew 1-1": the first of a pair of clubs before a result.
    let partner = names
        .iter()
        .position(|n| n.0 == 2 && n.1 == 3 && words[1] == "and");
    if let Some(k) = partner {
        let club = names[k].2 == Label::Org || is_side(words[2], true);
        let result = words.get(3).is_some_and(|w| TEAM_AFTER.contains(w));
        if club && result && sporting(words) && is_side(first, true) {
            names[k].2 = Label::Org;
            name_first_a_club(names, opening.is_some());
            return;
        }
    }
    let side = |l: Label| matches!(l, Label::Org | Label::Gpe | Label::Person);
    let opponent = names.iter().position(|n| {
        n.0 > 0
            && side(n.2)
            && (Some(n.0) == next_to && (opposed_at(words, n.0) || words[1] == "will")
                || opposed_at(words, n.0) && (n.2 == Label::Org || n.1 == n.0 + 1))
    });
    let Some(k) = opponent else {
        return;
    };
    // "Bath came from behind to beat Leicester": with a club or a side's town right after the
    // result's verb, a town whose name is a common word too is the side ("Police beat Wang"
    // names no side).
    let (c, d, label) = names[k];
    let direct =
        next_to == Some(c) && (label == Label::Org || d == c + 1 && is_side(words[c], true));
    if !sporting(words) || !is_side(first, !direct) {
        return;
    }
    if label != Label::Org && d == c + 1 && is_side(words[c], true) {
        names[k].2 = Label::Org;
    } else if label != Label::Org && next_to != Some(c) {
        // ("ran in five tries against Murray": a player, whose side is not said.)
        return;
    }
    name_first_a_club(names, opening.is_some());
}

/// A club's dealings in players and staff, after "have": "Hearts have signed ...".
const DEALINGS: &[&str] = &[
    "signed",
    "appointed",
    "sacked",
    "released",
    "recalled",
    "loaned",
    "re-signed",
];

/// What a side has done to it, after "were" or "have been".
const SUFFERED: &[&str] = &[
    "deducted",
    "docked",
    "held",
    "beaten",
    "thrashed",
    "relegated",
    "promoted",
    "knocked",
    "eliminated",
    "stunned",
    "humbled",
    "hammered",
    "crowned",
];

/// The longest side a score line names, in words ("Brighton and Hove Albion").
const LONGEST_SIDE: usize = 4;

/// "Brentford 2-1 Wolves: Mbeumo double lifts Bees", "Hearts 2-0 Hibs": a line that opens
/// with a side, its score and the other side (ended by the line or a mark) names two clubs.
/// Each becomes an ORG, whether the tagger took it for a people or a product or left it out
/// (a word alone then only when `is_side` allows); a place too when `is_side` allows (a
/// country's side stays its country); a person stays. Returns whether the line was one.
fn sides_of_a_score_line(
    words: &[&str],
    names: &mut Vec<Span>,
    is_side: impl Fn(&str, bool) -> bool,
) -> bool {
    let capitals = |from: usize, to: usize| words[from..to].iter().all(|w| capitalised(w));
    let Some(score) = (1..words.len().min(LONGEST_SIDE + 1)).find(|&k| is_score(words[k])) else {
        return false;
    };
    let end = (score + 1..words.len().min(score + 1 + LONGEST_SIDE + 1))
        .find(|&j| !capitalised(words[j]))
        .unwrap_or(words.len().min(score + 1 + LONGEST_SIDE));
    let closed = words
        .get(end)
        .is_none_or(|w| matches!(*w, ":" | "," | "-" | "–" | "|"));
    // ("USDA OFFICIAL SEES 7-8 BILLION DLRS CERTIFICATES": a headline in capitals, a range.)
    let shouted = words.iter().all(|w| !w.chars().any(char::is_lowercase));
    if !capitals(0, score) || end == score + 1 || !closed || shouted {
        return false;
    }
    let sides = [(0, score), (score + 1, end)];
    let exact = |names: &[Span], (a, b): (usize, usize)| {
        name_at(names, a).filter(|&k| names[k].0 == a && names[k].1 == b)
    };
    for side in sides {
        if let Some(k) = exact(names, side) {
            let guessed = match names[k].2 {
                Label::Norp | Label::Product => true,
                Label::Gpe => side.1 == side.0 + 1 && is_side(words[side.0], false),
                _ => false,
            };
            if guessed {
                names[k].2 = Label::Org;
            }
        }
    }
    for (i, (a, b)) in sides.into_iter().enumerate() {
        // ("Sinner 6-3 Alcaraz": a player's set is no club's score; "Hearts 2-0 Hibs" is.)
        let against_club = exact(names, sides[1 - i]).is_some_and(|k| names[k].2 == Label::Org);
        let untagged = !names.iter().any(|n| n.0 < b && n.1 > a);
        if untagged && (b > a + 1 || against_club || is_side(words[a], false)) {
            insert_name(names, (a, b, Label::Org));
        }
    }
    true
}

/// Makes the sentence's first word a club: the tagger's one-word name there when `tagged`,
/// else a new name.
fn name_first_a_club(names: &mut Vec<Span>, tagged: bool) {
    if tagged {
        names[0].2 = Label::Org;
    } else {
        insert_name(names, (0, 1, Label::Org));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opened(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        clubs_opening_results(&words, &mut names, |w, _| {
            matches!(w, "Mayo" | "Hearts" | "Kerry" | "Dublin")
        });
        names
    }

    #[test]
    fn a_side_opening_a_result_is_a_club() {
        let galway = [(3, 4, Label::Person)];
        assert_eq!(
            opened("Mayo will face Galway in the final", &galway),
            [(0, 1, Label::Org), (3, 4, Label::Person)]
        );
        let hibs = [(3, 4, Label::Org)];
        assert_eq!(
            opened("Hearts drew with Hibs 1-1", &hibs),
            [(0, 1, Label::Org), (3, 4, Label::Org)]
        );
        assert_eq!(
            opened(
                "Kerry came from behind to beat Dublin 2-1",
                &[(6, 7, Label::Gpe)]
            ),
            [(0, 1, Label::Org), (6, 7, Label::Org)]
        );
        // Not a word that names no side, nor a sentence that is not sport.
        assert_eq!(opened("They drew with Hibs 1-1", &hibs), hibs);
        assert_eq!(opened("Hearts will meet Hibs officials", &hibs), hibs);
    }

    #[test]
    fn the_sides_of_a_score_line_are_clubs() {
        assert_eq!(
            opened("Hearts 2-0 Hibs : late goals", &[]),
            [(0, 1, Label::Org), (2, 3, Label::Org)]
        );
        let guessed = [(0, 1, Label::Org), (2, 3, Label::Product)];
        assert_eq!(
            opened("Leeds 1-1 Rovers", &guessed),
            [(0, 1, Label::Org), (2, 3, Label::Org)]
        );
        // A player's set, and a range in a headline in capitals, name no clubs.
        let players = [(2, 3, Label::Person)];
        assert_eq!(opened("Draper 6-4 Norrie", &players), players);
        assert_eq!(opened("USDA SEES 7-8 BILLION DLRS", &[]), []);
    }

    #[test]
    fn a_pair_of_sides_and_a_penalised_side_are_clubs() {
        // The first of a pair before a result; the tagger's one club over a pair.
        assert_eq!(
            opened("Hearts and Hibs drew 1-1", &[(2, 3, Label::Org)]),
            [(0, 1, Label::Org), (2, 3, Label::Org)]
        );
        assert_eq!(
            opened("Hearts and Hibs drew 1-1", &[(0, 3, Label::Org)]),
            [(0, 1, Label::Org), (2, 3, Label::Org)]
        );
        assert_eq!(
            opened("Mayo have been deducted six points", &[]),
            [(0, 1, Label::Org)]
        );
    }

    #[test]
    fn a_side_before_a_later_opponent_is_a_club() {
        // A tagged place or person at the start, and a place beaten later: both are clubs.
        let guessed = [(0, 1, Label::Person), (3, 4, Label::Gpe)];
        assert_eq!(
            opened("Kerry held off Dublin by two points", &guessed),
            [(0, 1, Label::Org), (3, 4, Label::Org)]
        );
        let munster = [(6, 7, Label::Org)];
        assert_eq!(
            opened(
                "Mayo ran in five tries against Munster in the final",
                &munster
            ),
            [(0, 1, Label::Org), (6, 7, Label::Org)]
        );
        // A player beaten is no side's; a word before a name opens no side.
        let player = [(6, 7, Label::Person)];
        assert_eq!(
            opened(
                "Mayo ran in five tries against Murray in the final",
                &player
            ),
            player
        );
        let united = [(1, 3, Label::Org), (4, 5, Label::Org)];
        assert_eq!(
            opened("Holders Manchester United face Dublin", &united),
            united
        );
    }

    #[test]
    fn the_side_a_club_beat_before_the_score_is_a_side() {
        let run = |text: &str, names: &[Span]| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = names.to_vec();
            sides_beaten(&words, &mut names, |w| w == "Carlos");
            names.iter().map(|n| n.2).collect::<Vec<_>>()
        };
        let (org, person) = (Label::Org, Label::Person);
        assert_eq!(
            run(
                "Enyimba FC beat Kano Pillars 2-1",
                &[(0, 2, org), (3, 5, person)]
            ),
            [org, org]
        );
        // A player beats a player in sets; a first name is a person's.
        assert_eq!(
            run(
                "Lagos FC beat Ade Bello 6-3 6-4",
                &[(0, 2, org), (3, 5, person)]
            ),
            [org, person]
        );
        assert_eq!(
            run(
                "Lagos FC beat Carlos Bello 2-1",
                &[(0, 2, org), (3, 5, person)]
            ),
            [org, person]
        );
        assert_eq!(
            run("Sinner beat Bello 6-3", &[(0, 1, org), (2, 3, person)]),
            [org, person]
        );
    }
}
