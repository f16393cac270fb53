//! First-order Viterbi decoding over BILOU tags with hard well-formedness constraints, in
//! integer scores so training and the quantized model share one decoder.

use super::tags::{allowed, may_end, Tag, NUM_TAGS, OUTSIDE};

/// Transition scores: row `p` for previous tag `p`, row `NUM_TAGS` for the sentence start.
pub type Transitions = [[i32; NUM_TAGS]; NUM_TAGS + 1];

/// Scores far below anything reachable, but safe from overflow when added to.
const FORBIDDEN: i32 = i32::MIN / 4;

/// Larger emission or transition scores are clipped so the sums above cannot overflow.
const LIMIT: i32 = 1 << 26;

/// Reused buffers, so decoding allocates only when a sentence is longer than any before.
#[derive(Debug, Default)]
pub struct Decoder {
    back: Vec<[u8; NUM_TAGS]>,
}

impl Decoder {
    /// Best well-formed tag sequence for the emission scores, written into `out`.
    pub fn decode(
        &mut self,
        emissions: &[[i32; NUM_TAGS]],
        trans: &Transitions,
        out: &mut Vec<Tag>,
    ) {
        self.decode_with_outside(emissions, &[], trans, out);
    }

    /// `decode`, where the tokens marked in `outside` can only be O (`plain::mark`): their step
    /// reaches O alone, from the best closing tag, instead of every tag from every tag.
    pub fn decode_with_outside(
        &mut self,
        emissions: &[[i32; NUM_TAGS]],
        outside: &[bool],
        trans: &Transitions,
        out: &mut Vec<Tag>,
    ) {
        out.clear();
        let n = emissions.len();
        if n == 0 {
            return;
        }
        self.back.clear();
        self.back.resize(n, [0; NUM_TAGS]);
        let mut score = [FORBIDDEN; NUM_TAGS];
        for (t, s) in score.iter_mut().enumerate() {
            if allowed(None, t as Tag) {
                *s = trans[NUM_TAGS][t].clamp(-LIMIT, LIMIT) + emissions[0][t].clamp(-LIMIT, LIMIT);
            }
        }
        let steps = Steps::new(trans);
        let mut next = [FORBIDDEN; NUM_TAGS];
        let rows = emissions.iter().zip(self.back.iter_mut()).enumerate();
        for (i, (emission, back)) in rows.skip(1) {
            if outside.get(i) == Some(&true) {
                steps.advance_to_outside(&mut score, back);
                continue;
            }
            steps.advance(&score, &mut next, back);
            for (v, &e) in next.iter_mut().zip(emission) {
                *v += e.clamp(-LIMIT, LIMIT);
            }
            // Scores stay within a few million of zero (renormalised every step), so plain
            // adds cannot overflow and forbidden paths stay far below any allowed one.
            let top = next.iter().copied().max().unwrap_or(0);
            for (s, &v) in score.iter_mut().zip(&next) {
                *s = (v - top).max(FORBIDDEN);
            }
        }
        let mut last = 0usize;
        let mut best = i32::MIN;
        for (t, &s) in score.iter().enumerate() {
            if may_end(t as Tag) && s > best {
                best = s;
                last = t;
            }
        }
        out.resize(n, 0);
        out[n - 1] = last as Tag;
        for i in (1..n).rev() {
            out[i - 1] = self.back[i][out[i] as usize];
        }
    }
}

/// BILOU gives every tag one of two predecessor sets. The nine tags that start something (O,
/// B-x, U-x) may follow any of the nine tags that close (O, L-x, U-x); I-x and L-x may follow
/// only B-x and I-x. One step of the decoder is therefore a 9 x 9 max-plus product, done for
/// all nine targets at once over padded fixed-width rows (which the compiler vectorises), plus
/// two candidates for each of the eight continuing tags.
const CLOSED: usize = 9;
const LANES: usize = 12;

/// The closing tags (not B or I), ascending: the predecessors of every starting tag.
static CLOSING: [usize; CLOSED] = tags_without(true, false);
/// The starting tags (not I or L), ascending.
static STARTING: [usize; CLOSED] = tags_without(false, true);

/// The tags, ascending, without the open ones (B, I) when `open`, and without those that
/// continue a name (I, L) when `continuing`; nine either way.
const fn tags_without(open: bool, continuing: bool) -> [usize; CLOSED] {
    let mut out = [0; CLOSED];
    let (mut n, mut t) = (0, 0);
    while t < NUM_TAGS {
        let part = if t == 0 { 4 } else { (t - 1) % 4 };
        let is_open = part == 0 || part == 1;
        let is_continuing = part == 1 || part == 2;
        let excluded = (open && is_open) || (continuing && is_continuing);
        if !excluded {
            out[n] = t;
            n += 1;
        }
        t += 1;
    }
    out
}

/// Transition scores, clipped and laid out for one decoder step.
struct Steps {
    /// `[k][j]`: from the k-th closing tag to the j-th starting tag (padding lanes 0).
    closed: [[i32; LANES]; CLOSED],
    /// `[x][c]` for type x and c in (I, L): from B-x and from I-x.
    open: [[(i32, i32); 2]; 4],
}

impl Steps {
    fn new(trans: &Transitions) -> Steps {
        let clip = |p: usize, t: usize| trans[p][t].clamp(-LIMIT, LIMIT);
        let mut closed = [[0; LANES]; CLOSED];
        for (row, &p) in closed.iter_mut().zip(&CLOSING) {
            for (slot, &t) in row.iter_mut().zip(&STARTING) {
                *slot = clip(p, t);
            }
        }
        let open = std::array::from_fn(|x| {
            let (b, i) = (1 + 4 * x, 2 + 4 * x);
            [i, i + 1].map(|t| (clip(b, t), clip(i, t)))
        });
        Steps { closed, open }
    }

    /// One step to a token that can only be O: `score` becomes 0 for O (scores are relative to
    /// the best) and forbidden for every other tag.
    #[inline(always)]
    fn advance_to_outside(&self, score: &mut [i32; NUM_TAGS], back: &mut [u8; NUM_TAGS]) {
        // O is the first starting tag, so lane 0 of each closing row.
        let (mut best, mut arg) = (score[CLOSING[0]] + self.closed[0][0], 0);
        for k in 1..CLOSED {
            let c = score[CLOSING[k]] + self.closed[k][0];
            if c > best {
                (best, arg) = (c, k);
            }
        }
        back[OUTSIDE as usize] = CLOSING[arg] as u8;
        *score = [FORBIDDEN; NUM_TAGS];
        score[OUTSIDE as usize] = 0;
    }

    /// The best score of reaching each tag from `score` (before its emission) into `next`, and
    /// the predecessor it came from into `back`. Ties go to the lowest predecessor.
    #[inline(always)]
    fn advance(
        &self,
        score: &[i32; NUM_TAGS],
        next: &mut [i32; NUM_TAGS],
        back: &mut [u8; NUM_TAGS],
    ) {
        let mut best = [0i32; LANES];
        let mut arg = [0i32; LANES];
        let first = score[CLOSING[0]];
        for (b, &tr) in best.iter_mut().zip(&self.closed[0]) {
            *b = first + tr;
        }
        for k in 1..CLOSED {
            let s = score[CLOSING[k]];
            for ((b, a), &tr) in best.iter_mut().zip(arg.iter_mut()).zip(&self.closed[k]) {
                let c = s + tr;
                let better = c > *b;
                *b = if better { c } else { *b };
                *a = if better { k as i32 } else { *a };
            }
        }
        for (j, &t) in STARTING.iter().enumerate() {
            next[t] = best[j];
            back[t] = CLOSING[arg[j] as usize] as u8;
        }
        for (x, pair) in self.open.iter().enumerate() {
            let (b, i) = (1 + 4 * x, 2 + 4 * x);
            for (c, &(from_b, from_i)) in pair.iter().enumerate() {
                let (via_b, via_i) = (score[b] + from_b, score[i] + from_i);
                let t = i + c;
                (next[t], back[t]) = if via_i > via_b {
                    (via_i, i as u8)
                } else {
                    (via_b, b as u8)
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::tags::{self, NameType, Part};

    #[test]
    fn predecessor_sets_match_rules() {
        for t in 0..NUM_TAGS {
            let preds: Vec<usize> = (0..NUM_TAGS)
                .filter(|&p| allowed(Some(p as Tag), t as Tag))
                .collect();
            if STARTING.contains(&t) {
                assert_eq!(preds, CLOSING, "{t}");
            } else {
                let x = (t - 1) / 4;
                assert_eq!(preds, vec![1 + 4 * x, 2 + 4 * x], "{t}");
            }
        }
        assert!(STARTING.contains(&0) && CLOSING.contains(&0));
        assert_eq!(STARTING[0], OUTSIDE as usize);
    }

    #[test]
    fn outside_steps_decode_as_outside_only_emissions() {
        use crate::entities::tagger::plain::OUTSIDE_ONLY;
        // A small linear congruential generator: varied scores, the same on every run.
        let mut state = 12345u64;
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) % 2001) as i32 - 1000
        };
        for round in 0..50 {
            let mut trans = [[0; NUM_TAGS]; NUM_TAGS + 1];
            trans.iter_mut().flatten().for_each(|t| *t = next());
            let n = 1 + round % 12;
            let outside: Vec<bool> = (0..n).map(|_| next() > 300).collect();
            let e: Vec<[i32; NUM_TAGS]> = outside
                .iter()
                .map(|&o| {
                    if o {
                        OUTSIDE_ONLY
                    } else {
                        std::array::from_fn(|_| next())
                    }
                })
                .collect();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            Decoder::default().decode(&e, &trans, &mut a);
            Decoder::default().decode_with_outside(&e, &outside, &trans, &mut b);
            assert_eq!(a, b, "round {round}");
        }
    }

    #[test]
    fn decodes_a_well_formed_sequence() {
        // Emissions favour I-PER everywhere; the decoder must still produce B ... L.
        let i_per = tags::tag(Part::Inside, NameType::Person) as usize;
        let b_per = tags::tag(Part::Begin, NameType::Person) as usize;
        let l_per = tags::tag(Part::Last, NameType::Person) as usize;
        let mut e = vec![[0i32; NUM_TAGS]; 3];
        for row in &mut e {
            row[i_per] = 10;
        }
        e[0][b_per] = 5;
        e[2][l_per] = 5;
        let trans = [[0; NUM_TAGS]; NUM_TAGS + 1];
        let mut out = Vec::new();
        Decoder::default().decode(&e, &trans, &mut out);
        assert_eq!(out, vec![b_per as Tag, i_per as Tag, l_per as Tag]);
        Decoder::default().decode(&[], &trans, &mut out);
        assert!(out.is_empty());
    }
}
