//! Entity-level precision, recall and F1 by the conlleval rule: a predicted name counts only
//! if its span and type both match a gold name exactly.

use std::collections::HashSet;

use crate::entities::tagger::tags::{NameSpan, NameType};

#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Counts overall and per type (indexed by `NameType::index`).
#[derive(Debug, Default, Clone)]
pub struct Scoreboard {
    pub all: Counts,
    pub by_type: [Counts; 4],
}

impl Scoreboard {
    pub fn add(&mut self, gold: &[NameSpan], predicted: &[NameSpan]) {
        let key = |n: &NameSpan| (n.start, n.end, n.ty);
        let gold_set: HashSet<(usize, usize, NameType)> = gold.iter().map(key).collect();
        for g in gold {
            self.all.gold += 1;
            self.by_type[g.ty.index()].gold += 1;
        }
        for p in predicted {
            self.all.predicted += 1;
            self.by_type[p.ty.index()].predicted += 1;
            if gold_set.contains(&key(p)) {
                self.all.correct += 1;
                self.by_type[p.ty.index()].correct += 1;
            }
        }
    }

    pub fn report(&self) -> String {
        let mut s = String::new();
        for ty in NameType::ALL {
            let c = self.by_type[ty.index()];
            s += &format!(
                "  {:5} P={:.4} R={:.4} F1={:.4}  (gold {})\n",
                ty.conll(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold
            );
        }
        s += &format!(
            "  ALL   P={:.4} R={:.4} F1={:.4}\n",
            self.all.precision(),
            self.all.recall(),
            self.all.f1()
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_spans_only() {
        let g = [NameSpan {
            start: 0,
            end: 2,
            ty: NameType::Person,
        }];
        let p = [
            NameSpan {
                start: 0,
                end: 1,
                ty: NameType::Person,
            },
            NameSpan {
                start: 0,
                end: 2,
                ty: NameType::Person,
            },
        ];
        let mut b = Scoreboard::default();
        b.add(&g, &p);
        assert_eq!(b.all.correct, 1);
        assert!((b.all.precision() - 0.5).abs() < 1e-9);
        assert!((b.all.recall() - 1.0).abs() < 1e-9);
    }
}
