//! The trained feature weights at tagging time. Training hashes features into `2^bits`
//! buckets, but only a small share of buckets keeps a non-zero weight; a dense table would
//! waste memory and cache. Kept rows are stored contiguously and found through a small
//! open-addressing index keyed by bucket id (already uniformly hashed).

use super::tags::NUM_TAGS;

#[derive(Clone, Default)]
pub struct Weights {
    /// `bucket + 1` (0 = empty) in the low 32 bits, row number in the high 32 bits.
    slots: Vec<u64>,
    /// Fixed-size rows, so adding one into emission scores compiles to a few vector adds.
    rows: Vec<[i16; NUM_TAGS]>,
}

impl std::fmt::Debug for Weights {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Weights")
            .field("rows", &self.len())
            .finish()
    }
}

impl Weights {
    /// Builds the table from `(bucket, row)` pairs; later duplicates of a bucket are ignored.
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = (u32, &'a [i16])>) -> Weights {
        let rows: Vec<(u32, &[i16])> = rows.into_iter().collect();
        let cap = (rows.len() * 2).next_power_of_two().max(16);
        let mut w = Weights {
            slots: vec![0; cap],
            rows: Vec::with_capacity(rows.len()),
        };
        for (bucket, row) in rows {
            let Ok(row) = <[i16; NUM_TAGS]>::try_from(row) else {
                continue;
            };
            if bucket == u32::MAX {
                continue;
            }
            let mut i = w.slot(bucket);
            let mask = w.slots.len() - 1;
            loop {
                let s = w.slots[i];
                if s == 0 {
                    let n = w.rows.len() as u64;
                    w.slots[i] = (bucket as u64 + 1) | n << 32;
                    w.rows.push(row);
                    break;
                }
                if s as u32 == bucket + 1 {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        w
    }

    #[inline(always)]
    fn slot(&self, bucket: u32) -> usize {
        (bucket.wrapping_mul(0x9e37_79b1) as usize) & (self.slots.len() - 1)
    }

    /// The weights of one bucket, if any are non-zero.
    #[inline]
    pub fn row(&self, bucket: u32) -> Option<&[i16; NUM_TAGS]> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let key = bucket.wrapping_add(1);
        let mut i = self.slot(bucket);
        loop {
            let s = self.slots[i];
            if s == 0 {
                return None;
            }
            if s as u32 == key {
                return self.rows.get((s >> 32) as usize);
            }
            i = (i + 1) & mask;
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// All rows by ascending bucket, for writing a model file.
    pub fn sorted_rows(&self) -> Vec<(u32, &[i16])> {
        let mut out: Vec<(u32, &[i16])> = self
            .slots
            .iter()
            .filter(|&&s| s != 0)
            .map(|&s| ((s as u32) - 1, &self.rows[(s >> 32) as usize][..]))
            .collect();
        out.sort_unstable_by_key(|&(b, _)| b);
        out
    }

    /// Adds the rows of `buckets` into one token's emission scores.
    #[inline]
    pub fn emission(&self, buckets: &[u32], out: &mut [i32; NUM_TAGS]) {
        *out = [0; NUM_TAGS];
        self.add_emission(buckets, out);
    }

    /// Adds the rows of `buckets` onto scores already in `out` (integer sums, so the order
    /// of buckets never changes the result).
    #[inline]
    pub fn add_emission(&self, buckets: &[u32], out: &mut [i32; NUM_TAGS]) {
        for &b in buckets {
            if let Some(row) = self.row(b) {
                for (o, &w) in out.iter_mut().zip(row) {
                    *o += w as i32;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_kept_rows_only() {
        let a = [1i16; NUM_TAGS];
        let b = [-2i16; NUM_TAGS];
        let w = Weights::from_rows([(5u32, &a[..]), (1 << 20, &b[..]), (5, &b[..])]);
        assert_eq!(w.len(), 2);
        assert_eq!(w.row(5), Some(&a));
        assert_eq!(w.row(1 << 20), Some(&b));
        assert_eq!(w.row(6), None);
        assert_eq!(Weights::default().row(1), None);
        let mut e = [0; NUM_TAGS];
        w.emission(&[5, 5, 7, 1 << 20], &mut e);
        assert_eq!(e[0], 0);
        assert_eq!(
            w.sorted_rows().iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![5, 1 << 20]
        );
    }
}
