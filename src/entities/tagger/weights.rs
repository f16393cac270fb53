//! The trained feature weights at tagging time. Training hashes features into `2^bits`
//! buckets, but only a small share of buckets keeps a non-zero weight; a dense table would
//! waste memory and cache. Kept rows are stored contiguously by bucket and found through a
//! rank bitmap: one bit per bucket, and apart from it the count of rows kept before every 64
//! buckets. Most lookups are of absent buckets and read the bitmap alone (256 KiB for a
//! 2^21-bucket model, which mostly stays in the L2 cache); a kept bucket also reads its count
//! and then its row.
//!
//! Tagging looks up a few dozen features per token, most of them absent from the table. It
//! first turns a whole sentence's buckets into row numbers (absent ones point at a row of
//! zeros), then sums rows without a branch, so the memory loads of many features overlap.

use super::tags::NUM_TAGS;

/// The largest feature table a model may declare: 2^24 buckets (a 4 MiB index), so a
/// corrupt header cannot ask for gigabytes.
pub const MAX_BITS: u32 = 24;

#[derive(Clone)]
pub struct Weights {
    /// For each 64 buckets, which keep a row ...
    present: Vec<u64>,
    /// ... and how many rows the buckets before them keep.
    rank: Vec<u32>,
    /// Kept rows by ascending bucket, then one row of zeros for absent buckets. Fixed-size
    /// rows, so adding one into emission scores compiles to a few vector adds.
    rows: Vec<[i16; NUM_TAGS]>,
}

impl Default for Weights {
    fn default() -> Self {
        Weights::from_rows(std::iter::empty())
    }
}

impl std::fmt::Debug for Weights {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Weights")
            .field("rows", &self.len())
            .finish()
    }
}

impl Weights {
    /// Builds the table from `(bucket, row)` pairs; later duplicates of a bucket, rows of the
    /// wrong length and buckets at or beyond `2^MAX_BITS` are ignored.
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = (u32, &'a [i16])>) -> Weights {
        let mut kept: Vec<(u32, [i16; NUM_TAGS])> = rows
            .into_iter()
            .filter(|&(bucket, _)| bucket >> MAX_BITS == 0)
            .filter_map(|(bucket, row)| Some((bucket, row.try_into().ok()?)))
            .collect();
        // Stable, so the first row of a bucket comes first and `dedup` keeps it.
        kept.sort_by_key(|&(bucket, _)| bucket);
        kept.dedup_by_key(|&mut (bucket, _)| bucket);
        let blocks_needed = kept.last().map_or(0, |&(b, _)| b as usize / 64 + 1);
        let mut present = vec![0u64; blocks_needed];
        let mut rank = vec![0u32; blocks_needed];
        for (n, &(bucket, _)) in kept.iter().enumerate() {
            let b = bucket as usize / 64;
            if present[b] == 0 {
                rank[b] = n as u32;
            }
            present[b] |= 1 << (bucket % 64);
        }
        let mut rows: Vec<[i16; NUM_TAGS]> = kept.into_iter().map(|(_, row)| row).collect();
        rows.push([0; NUM_TAGS]);
        Weights {
            present,
            rank,
            rows,
        }
    }

    /// The row number of `bucket`, or the zero row's when the bucket keeps no weights.
    #[inline(always)]
    pub fn row_number(&self, bucket: u32) -> u32 {
        let absent = self.rows.len() as u32 - 1;
        let b = bucket as usize / 64;
        match self.present.get(b) {
            Some(&present) => {
                let bit = 1u64 << (bucket % 64);
                if present & bit == 0 {
                    absent
                } else {
                    let before = self.rank.get(b).copied().unwrap_or(absent);
                    before + (present & (bit - 1)).count_ones()
                }
            }
            None => absent,
        }
    }

    /// The weights of one bucket, if any are non-zero.
    pub fn row(&self, bucket: u32) -> Option<&[i16; NUM_TAGS]> {
        let n = self.row_number(bucket) as usize;
        (n + 1 < self.rows.len()).then(|| &self.rows[n])
    }

    pub fn len(&self) -> usize {
        self.rows.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// All rows by ascending bucket, for writing a model file.
    pub fn sorted_rows(&self) -> Vec<(u32, &[i16])> {
        let mut out = Vec::with_capacity(self.len());
        for (b, &block) in self.present.iter().enumerate() {
            let mut present = block;
            while present != 0 {
                let bucket = b as u32 * 64 + present.trailing_zeros();
                present &= present - 1;
                out.push((bucket, &self.rows[out.len()][..]));
            }
        }
        out
    }

    /// Replaces each bucket with its row number, for `add_rows`. Out of line, like
    /// `add_rows`: in the tagger's large loop the bit-count constants were reloaded per bucket.
    ///
    /// The wheel is built for any x86-64, whose baseline has no bit-count instruction, so
    /// `count_ones` there is a dozen instructions; nearly every CPU since 2008 has one, and
    /// where the CPU says so the same loop is compiled with it.
    #[inline(never)]
    pub fn resolve(&self, buckets: &mut [u32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("popcnt") {
            // SAFETY: the CPU has just said it has the instruction the function enables.
            #[allow(unsafe_code)]
            unsafe {
                self.resolve_with_popcnt(buckets)
            };
            return;
        }
        self.resolve_each(buckets);
    }

    /// `resolve` with the CPU's bit-count instruction; only called where the CPU has it.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "popcnt")]
    fn resolve_with_popcnt(&self, buckets: &mut [u32]) {
        self.resolve_each(buckets);
    }

    #[inline(always)]
    fn resolve_each(&self, buckets: &mut [u32]) {
        for b in buckets {
            *b = self.row_number(*b);
        }
    }

    /// Adds the rows numbered `rows` (from `resolve`) onto the scores in `out`. Integer sums,
    /// so the order never changes the result. Out of line: inlined into the tagger's large
    /// loop, the sums did not stay in registers, which cost ten more instructions a row.
    ///
    /// Where the CPU has AVX2 the same loop is compiled with it: a row's seventeen weights
    /// widen and add in two eight-lane steps and one scalar, where the baseline's SSE2 takes
    /// four four-lane steps and two instructions to widen each.
    #[inline(never)]
    pub fn add_rows(&self, rows: &[u32], out: &mut [i32; NUM_TAGS]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has just said it has the instructions the function enables.
            #[allow(unsafe_code)]
            unsafe {
                self.add_rows_with_avx2(rows, out)
            };
            return;
        }
        self.add_rows_each(rows, out);
    }

    /// `add_rows` with AVX2; only called where the CPU has it.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn add_rows_with_avx2(&self, rows: &[u32], out: &mut [i32; NUM_TAGS]) {
        self.add_rows_each(rows, out);
    }

    #[inline(always)]
    fn add_rows_each(&self, rows: &[u32], out: &mut [i32; NUM_TAGS]) {
        // Summed in a local copy, which stays in registers: summed through `out`, each row
        // stored all the scores back to memory.
        let mut sums = *out;
        for &n in rows {
            if let Some(row) = self.rows.get(n as usize) {
                for (o, &w) in sums.iter_mut().zip(row) {
                    *o += w as i32;
                }
            }
        }
        *out = sums;
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
        assert_eq!(w.row(u32::MAX), None);
        assert_eq!(Weights::default().row(1), None);
        let mut buckets = [5, 5, 7, 1 << 20, 64, u32::MAX];
        w.resolve(&mut buckets);
        let mut e = [0; NUM_TAGS];
        w.add_rows(&buckets, &mut e);
        assert_eq!(e[0], 0);
        assert_eq!(
            w.sorted_rows().iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![5, 1 << 20]
        );
    }

    #[test]
    fn ranks_count_across_blocks() {
        let rows: Vec<(u32, [i16; NUM_TAGS])> = [0u32, 1, 63, 64, 130, 4000, 4001]
            .iter()
            .map(|&b| (b, [b as i16; NUM_TAGS]))
            .collect();
        let w = Weights::from_rows(rows.iter().rev().map(|(b, r)| (*b, &r[..])));
        for (b, r) in &rows {
            assert_eq!(w.row(*b), Some(r), "bucket {b}");
        }
        assert_eq!(w.row(2), None);
        assert_eq!(w.row(65), None);
        assert_eq!(w.sorted_rows().len(), rows.len());
    }
}
