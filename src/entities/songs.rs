//! Songs named by their artist's possessive after a verb of singing or playing: "fans sang Men
//! at Work's Down Under", "protesters played John Farnham's You're the Voice", "the union
//! dropped Tom Jones's Delilah". Crowds and protests sing songs that copy names bare; the
//! tagger takes the title for a place, a person or nothing. The verb and the artist's
//! possessive say it is a work.

use super::casing::capitalised;
use super::label::Label;
use super::repair::{replace_names, Span};

/// Verbs of singing a song, whoever its artist.
pub(super) const SUNG: &[&str] = &[
    "sang",
    "sing",
    "sings",
    "singing",
    "sung",
    "performed",
    "performs",
    "performing",
];

/// Verbs of playing, covering or dropping a song, which sport uses of a club's players too
/// ("dropped Chelsea's Cole Palmer"): only a person's song is taken after them.
pub(super) const PLAYED: &[&str] = &["played", "plays", "playing", "dropped", "banned", "covered"];

/// Small words inside a title: "Down Under", "You're the Voice", "Sultans of Swing".
const SMALL: &[&str] = &[
    "the", "of", "a", "an", "in", "on", "to", "and", "for", "with", "at",
];

/// The longest title taken, in words.
const MAX_TITLE: usize = 6;

pub fn songs_of_their_artists(words: &[&str], names: &mut Vec<Span>) {
    for j in 1..words.len() {
        if !matches!(words[j], "'s" | "’s" | "'" | "’") {
            continue;
        }
        // The artist: a person or a band, named right after the verb ("sang The Proclaimers'").
        let Some(&(a, _, owner)) = names.iter().find(|s| s.1 == j) else {
            continue;
        };
        let opener = if a > 0 && words[a - 1] == "The" {
            a - 1
        } else {
            a
        };
        let verb = opener.checked_sub(1).map(|v| words[v]);
        // ("sang The Proclaimers' 500 Miles": the band the sung-work rule took for the song
        // is the artist.)
        let sung = verb.is_some_and(|v| SUNG.contains(&v))
            && matches!(owner, Label::Person | Label::Org | Label::WorkOfArt);
        let played = verb.is_some_and(|v| PLAYED.contains(&v)) && owner == Label::Person;
        if !sung && !played {
            continue;
        }
        let Some(end) = title_end(words, names, j + 1) else {
            continue;
        };
        let crossing = names
            .iter()
            .any(|s| s.0 <= j && s.1 > j + 1 || s.0 < end && s.1 > end);
        // ("sang Smith's Mary Jane Hill": a person named in full is no title.)
        let person = names
            .iter()
            .any(|s| s.0 == j + 1 && s.1 == end && s.2 == Label::Person && end > j + 2);
        if !crossing && !person {
            if let Some(artist) = names
                .iter_mut()
                .find(|s| s.1 == j && s.2 == Label::WorkOfArt)
            {
                *artist = (a, j, Label::Org);
            }
            replace_names(names, (j + 1, end, Label::WorkOfArt));
        }
    }
}

/// "the video for Glasshouse by the Lagos singer Ada Obi": the title after a video's "for",
/// right before "by" and its artist, is the song, whatever the tagger took it for. A name
/// reaching past the title ("the video for Coca-Cola's campaign") leaves it.
pub fn songs_with_videos(words: &[&str], names: &mut Vec<Span>) {
    for j in 1..words.len().saturating_sub(2) {
        if words[j] != "for" || !matches!(words[j - 1], "video" | "videos") {
            continue;
        }
        let Some(end) = title_end(words, names, j + 1) else {
            continue;
        };
        let crossing = names.iter().any(|s| s.0 < end && s.1 > end);
        if words.get(end) == Some(&"by") && !crossing {
            replace_names(names, (j + 1, end, Label::WorkOfArt));
        }
    }
}

/// The end of a title opening at `start`: capitalised words and numbers, with small words and
/// contractions ("You're") inside, at most `MAX_TITLE` words; None if no title opens there.
fn title_end(words: &[&str], names: &[Span], start: usize) -> Option<usize> {
    let opens = |w: &str| capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit());
    if !words.get(start).is_some_and(|w| opens(w)) {
        return None;
    }
    let mut end = start + 1;
    let mut k = start + 1;
    while k < words.len() && k < start + MAX_TITLE {
        let w = words[k];
        // ("sang 500 Miles at Easter Road": a place after a small word is where it was sung.)
        let placed = || {
            names
                .iter()
                .any(|s| s.0 == k + 1 && matches!(s.2, Label::Gpe | Label::Loc | Label::Facility))
        };
        if opens(w) || w.starts_with(['\'', '’']) && w.len() > 1 {
            end = k + 1;
        } else if !SMALL.contains(&w) || placed() {
            break;
        }
        k += 1;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[Span]) -> Vec<Span> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        songs_of_their_artists(&words, &mut names);
        names
    }

    #[test]
    fn a_song_after_its_artists_possessive_is_a_work() {
        assert_eq!(
            run(
                "fans sang Men at Work 's Down Under at the ground",
                &[(2, 5, Label::Org)]
            ),
            [(2, 5, Label::Org), (6, 8, Label::WorkOfArt)]
        );
        assert_eq!(
            run(
                "they played John Farnham 's You 're the Voice outside",
                &[(2, 4, Label::Person), (5, 6, Label::Gpe)]
            ),
            [(2, 4, Label::Person), (5, 9, Label::WorkOfArt)]
        );
    }

    #[test]
    fn a_clubs_players_are_no_song() {
        let club = [(1, 2, Label::Org), (3, 5, Label::Person)];
        assert_eq!(run("dropped Chelsea 's Cole Palmer", &club), club);
    }
}
