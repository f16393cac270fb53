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
///
/// The forward pass keeps only the best score of each tag at each token, not which
/// predecessor gave it: the backtrace recomputes the predecessor of the one tag it follows at
/// each token, from the stored scores, with the same comparisons and tie-breaking as the
/// forward step would have made. That is one max-plus column per token instead of seventeen.
#[derive(Debug, Default)]
pub struct Decoder {
    /// `scores[i]`: the best score of each tag at token `i` (relative to the best).
    scores: Vec<[i32; NUM_TAGS]>,
    /// The clipped transitions of the last decode, reused while the transitions are the same
    /// (a tagger decodes every sentence with one table).
    steps: Option<(Box<Transitions>, Steps)>,
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
    ///
    /// Where the CPU has AVX2 the decoder is compiled with it: a step's seventeen scores take
    /// three vectors of eight lanes, and their maxima and clips one instruction each, where
    /// the baseline's SSE2 has no 32-bit max and builds each from a compare and three logic
    /// operations. Integer scores, so the tags are the same either way.
    pub fn decode_with_outside(
        &mut self,
        emissions: &[[i32; NUM_TAGS]],
        outside: &[bool],
        trans: &Transitions,
        out: &mut Vec<Tag>,
    ) {
        self.dispatch(emissions, outside, Some(trans), out);
    }

    /// Makes the decoder's steps those of `trans` (comparing the table with the one they were
    /// made from), for `decode_prepared`.
    pub fn prepare(&mut self, trans: &Transitions) {
        steps_for(&mut self.steps, trans);
    }

    /// `decode_with_outside` with the transitions last given to `prepare` or a decode, without
    /// comparing them again: a tagger decodes all its sentences with one table, and the
    /// comparison cost a `memcmp` of the whole table per sentence. A decoder that has been
    /// given no transitions decodes nothing.
    pub fn decode_prepared(
        &mut self,
        emissions: &[[i32; NUM_TAGS]],
        outside: &[bool],
        out: &mut Vec<Tag>,
    ) {
        self.dispatch(emissions, outside, None, out);
    }

    /// Decodes with AVX2 where the CPU has it; `trans` as `decode_steps` takes it.
    fn dispatch(
        &mut self,
        emissions: &[[i32; NUM_TAGS]],
        outside: &[bool],
        trans: Option<&Transitions>,
        out: &mut Vec<Tag>,
    ) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has just said it has the instructions the function enables.
            #[allow(unsafe_code)]
            unsafe {
                self.decode_with_avx2(emissions, outside, trans, out)
            };
            return;
        }
        self.decode_steps::<false>(emissions, outside, trans, out);
    }

    /// `decode_with_outside` with AVX2; only called where the CPU has it.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn decode_with_avx2(
        &mut self,
        emissions: &[[i32; NUM_TAGS]],
        outside: &[bool],
        trans: Option<&Transitions>,
        out: &mut Vec<Tag>,
    ) {
        self.decode_steps::<true>(emissions, outside, trans, out);
    }

    /// The decoder; `AVX2` when called from `decode_with_avx2` alone, whose max-plus step is
    /// compiled with AVX2 too (see `Steps::max_plus_with_avx2`). `trans`: the transitions,
    /// or `None` for those the cached steps were made from (`decode_prepared`).
    #[inline(always)]
    fn decode_steps<const AVX2: bool>(
        &mut self,
        emissions: &[[i32; NUM_TAGS]],
        outside: &[bool],
        trans: Option<&Transitions>,
        out: &mut Vec<Tag>,
    ) {
        out.clear();
        let n = emissions.len();
        if n == 0 {
            return;
        }
        let (trans, steps): (&Transitions, &Steps) = match trans {
            Some(trans) => (trans, steps_for(&mut self.steps, trans)),
            None => match &self.steps {
                Some((trans, steps)) => (trans, steps),
                None => return,
            },
        };
        let is_outside = |i: usize| outside.get(i) == Some(&true);
        self.scores.clear();
        let mut score = [FORBIDDEN; NUM_TAGS];
        for (t, s) in score.iter_mut().enumerate() {
            if allowed(None, t as Tag) {
                *s = trans[NUM_TAGS][t].clamp(-LIMIT, LIMIT) + emissions[0][t].clamp(-LIMIT, LIMIT);
            }
        }
        self.scores.push(score);
        let mut next = [FORBIDDEN; NUM_TAGS];
        for (i, emission) in emissions.iter().enumerate().skip(1) {
            if is_outside(i) {
                score = OUTSIDE_SCORES;
                self.scores.push(score);
                continue;
            }
            steps.advance::<AVX2>(&score, &mut next);
            for (v, &e) in next.iter_mut().zip(emission) {
                *v += e.clamp(-LIMIT, LIMIT);
            }
            // Scores stay within a few million of zero (renormalised every step), so plain
            // adds cannot overflow and forbidden paths stay far below any allowed one.
            let top = next.iter().copied().max().unwrap_or(0);
            for (s, &v) in score.iter_mut().zip(&next) {
                *s = (v - top).max(FORBIDDEN);
            }
            self.scores.push(score);
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
            let (prev, tag) = (&self.scores[i - 1], out[i] as usize);
            out[i - 1] = if is_outside(i) && i >= 2 && is_outside(i - 1) {
                // Token i - 1 can only be O, and a step to O from O beats any from a
                // forbidden tag; a tag other than O at token i has no predecessor (0 = O).
                OUTSIDE
            } else if is_outside(i) {
                steps.back_to_outside(prev, tag)
            } else {
                steps.back(prev, tag)
            };
        }
    }
}

/// The clipped steps of `trans`, from `cache` when it holds those of the same transitions.
fn steps_for<'a>(
    cache: &'a mut Option<(Box<Transitions>, Steps)>,
    trans: &Transitions,
) -> &'a Steps {
    // Compared as one flat slice: one `memcmp` per sentence, where comparing the rows one by
    // one called it for each.
    if cache
        .as_ref()
        .is_some_and(|(t, _)| t.as_flattened() != trans.as_flattened())
    {
        *cache = None;
    }
    &cache
        .get_or_insert_with(|| (Box::new(*trans), Steps::new(trans)))
        .1
}

/// The scores after a step to a token that can only be O: 0 for O (scores are relative to the
/// best) and forbidden for every other tag.
const OUTSIDE_SCORES: [i32; NUM_TAGS] = {
    let mut s = [FORBIDDEN; NUM_TAGS];
    s[OUTSIDE as usize] = 0;
    s
};

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
#[derive(Debug)]
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

    /// The predecessor of O at a step to a token that can only be O, from the scores `prev`
    /// before it: the best closing tag, the lowest on ties. Only O is reached there; any
    /// other tag has no predecessor and gives 0.
    #[inline]
    fn back_to_outside(&self, prev: &[i32; NUM_TAGS], tag: usize) -> Tag {
        if tag != OUTSIDE as usize {
            return 0;
        }
        // O is the first starting tag, so lane 0 of each closing row.
        self.best_closing(prev, 0)
    }

    /// The closing tag that reaches the `j`-th starting tag best from `prev`, the lowest on
    /// ties (as `advance` compares them).
    #[inline(always)]
    fn best_closing(&self, prev: &[i32; NUM_TAGS], j: usize) -> Tag {
        let (mut best, mut arg) = (prev[CLOSING[0]] + self.closed[0][j], 0);
        for k in 1..CLOSED {
            let c = prev[CLOSING[k]] + self.closed[k][j];
            if c > best {
                (best, arg) = (c, k);
            }
        }
        CLOSING[arg] as Tag
    }

    /// The predecessor that reaches `tag` best from the scores `prev` of the token before:
    /// the one `advance` takes the score of `tag` from.
    #[inline(always)]
    fn back(&self, prev: &[i32; NUM_TAGS], tag: usize) -> Tag {
        if let Some(j) = STARTING.iter().position(|&t| t == tag) {
            return self.best_closing(prev, j);
        }
        // I-x or L-x: from B-x or I-x, B-x on ties.
        let x = (tag - 1) / 4;
        let (b, i) = (1 + 4 * x, 2 + 4 * x);
        let (from_b, from_i) = self.open[x][tag - i];
        if prev[i] + from_i > prev[b] + from_b {
            i as Tag
        } else {
            b as Tag
        }
    }

    /// The best score of reaching each tag from `score` (before its emission) into `next`.
    #[inline(always)]
    fn advance<const AVX2: bool>(&self, score: &[i32; NUM_TAGS], next: &mut [i32; NUM_TAGS]) {
        let mut best = [0i32; LANES];
        #[cfg(target_arch = "x86_64")]
        if AVX2 {
            // SAFETY: `AVX2` is set only on the way from `decode_with_avx2`, which is called
            // only where the CPU has AVX2.
            #[allow(unsafe_code)]
            unsafe {
                self.max_plus_with_avx2(score, &mut best)
            };
        } else {
            self.max_plus(score, &mut best);
        }
        #[cfg(not(target_arch = "x86_64"))]
        self.max_plus(score, &mut best);
        for (j, &t) in STARTING.iter().enumerate() {
            next[t] = best[j];
        }
        for (x, pair) in self.open.iter().enumerate() {
            let (b, i) = (1 + 4 * x, 2 + 4 * x);
            for (c, &(from_b, from_i)) in pair.iter().enumerate() {
                next[i + c] = (score[b] + from_b).max(score[i] + from_i);
            }
        }
    }

    /// The best score of reaching each starting tag from the closing tags, in `best[j]` for
    /// the j-th. Kept out of line and written to one contiguous array so the compiler
    /// vectorises it four lanes wide; inlined, it followed the scattered stores into the tag
    /// order and used two-lane vectors, at twice the instructions.
    /// The first eight lanes go in two vectors and the ninth apart, rather than a third
    /// vector for one lane that counts.
    /// With AVX2 (`max_plus_with_avx2`), the eight lanes are one vector and each max one
    /// instruction; out of line too, as inlined its sums were gathered lane by lane.
    #[inline(never)]
    fn max_plus(&self, score: &[i32; NUM_TAGS], best: &mut [i32; LANES]) {
        self.max_plus_lanes(score, best);
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    #[inline(never)]
    fn max_plus_with_avx2(&self, score: &[i32; NUM_TAGS], best: &mut [i32; LANES]) {
        self.max_plus_lanes(score, best);
    }

    #[inline(always)]
    fn max_plus_lanes(&self, score: &[i32; NUM_TAGS], best: &mut [i32; LANES]) {
        let mut eight = [0i32; 8];
        let first = score[CLOSING[0]];
        for (b, &tr) in eight.iter_mut().zip(&self.closed[0]) {
            *b = first + tr;
        }
        let mut ninth = first + self.closed[0][8];
        for k in 1..CLOSED {
            let s = score[CLOSING[k]];
            for (b, &tr) in eight.iter_mut().zip(&self.closed[k]) {
                *b = (*b).max(s + tr);
            }
            ninth = ninth.max(s + self.closed[k][8]);
        }
        best[..8].copy_from_slice(&eight);
        best[8] = ninth;
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
