//! First-order Viterbi decoding over BILOU tags with hard well-formedness constraints, in
//! integer scores so training and the quantized model share one decoder.

use super::tags::{allowed, may_end, Tag, NUM_TAGS};

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
        // Clipped transition scores, laid out by target tag in predecessor order, so the inner
        // loop reads them contiguously and clips nothing per token.
        let mut pred_trans = [[0i32; NUM_TAGS]; NUM_TAGS];
        for (t, row) in pred_trans.iter_mut().enumerate() {
            for (slot, &p) in row.iter_mut().zip(&PREDECESSORS[t][..PREDECESSOR_COUNT[t]]) {
                *slot = trans[p as usize][t].clamp(-LIMIT, LIMIT);
            }
        }
        let mut next = [FORBIDDEN; NUM_TAGS];
        for (emission, back) in emissions.iter().zip(self.back.iter_mut()).skip(1) {
            for t in 0..NUM_TAGS {
                // Scores stay within a few million of zero (renormalised every step), so plain
                // adds cannot overflow and forbidden paths stay far below any allowed one.
                // BILOU gives every tag either the 9 closed tags or 2 open ones as predecessors;
                // fixed-length loops over those unroll.
                let preds = &PREDECESSORS[t];
                let tr = &pred_trans[t];
                let (best, arg) = match PREDECESSOR_COUNT[t] {
                    9 => best_predecessor::<9>(&score, preds, tr),
                    2 => best_predecessor::<2>(&score, preds, tr),
                    k => best_of(&score, &preds[..k], &tr[..k]),
                };
                next[t] = best + emission[t].clamp(-LIMIT, LIMIT);
                back[t] = arg;
            }
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

/// The first of `preds[..K]` (ascending) with the highest score plus transition, and that sum.
#[inline(always)]
fn best_predecessor<const K: usize>(
    score: &[i32; NUM_TAGS],
    preds: &[u8; NUM_TAGS],
    tr: &[i32; NUM_TAGS],
) -> (i32, u8) {
    let mut arg = preds[0];
    let mut best = score[arg as usize] + tr[0];
    for j in 1..K {
        let p = preds[j];
        let s = score[p as usize] + tr[j];
        if s > best {
            best = s;
            arg = p;
        }
    }
    (best, arg)
}

/// `best_predecessor` for any number of predecessors (at least one).
fn best_of(score: &[i32; NUM_TAGS], preds: &[u8], tr: &[i32]) -> (i32, u8) {
    let mut arg = preds[0];
    let mut best = score[arg as usize] + tr[0];
    for (&p, &t) in preds.iter().zip(tr).skip(1) {
        let s = score[p as usize] + t;
        if s > best {
            best = s;
            arg = p;
        }
    }
    (best, arg)
}

/// For each tag, the tags that may precede it (only the first `PREDECESSOR_COUNT` are used):
/// decoding looks at about a third of all tag pairs.
static PREDECESSORS: [[u8; NUM_TAGS]; NUM_TAGS] = {
    let mut out = [[0u8; NUM_TAGS]; NUM_TAGS];
    let mut t = 0;
    while t < NUM_TAGS {
        let mut n = 0;
        let mut p = 0;
        while p < NUM_TAGS {
            if ALLOWED[p][t] {
                out[t][n] = p as u8;
                n += 1;
            }
            p += 1;
        }
        t += 1;
    }
    out
};

static PREDECESSOR_COUNT: [usize; NUM_TAGS] = {
    let mut out = [0usize; NUM_TAGS];
    let mut t = 0;
    while t < NUM_TAGS {
        let mut p = 0;
        while p < NUM_TAGS {
            if ALLOWED[p][t] {
                out[t] += 1;
            }
            p += 1;
        }
        t += 1;
    }
    out
};

/// `ALLOWED[p][t]`: whether tag t may follow tag p.
static ALLOWED: [[bool; NUM_TAGS]; NUM_TAGS] = {
    let mut a = [[false; NUM_TAGS]; NUM_TAGS];
    let mut p = 0;
    while p < NUM_TAGS {
        let mut t = 0;
        while t < NUM_TAGS {
            a[p][t] = allowed_const(p, t);
            t += 1;
        }
        p += 1;
    }
    a
};

/// `tags::allowed` for use in a constant: an open name (B or I) must continue with I or L of
/// the same type; otherwise the next tag is O, B or U.
const fn allowed_const(p: usize, t: usize) -> bool {
    let p_open = p != 0 && ((p - 1) % 4 == 0 || (p - 1) % 4 == 1);
    let t_cont = t != 0 && ((t - 1) % 4 == 1 || (t - 1) % 4 == 2);
    if p_open {
        t_cont && (p - 1) / 4 == (t - 1) / 4
    } else {
        !t_cont
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::tags::{self, NameType, Part};

    #[test]
    fn constant_table_matches_rules() {
        for (p, row) in ALLOWED.iter().enumerate() {
            for (t, &ok) in row.iter().enumerate() {
                assert_eq!(ok, allowed(Some(p as Tag), t as Tag), "{p} -> {t}");
            }
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
