//! Short words packed into a `u128`, and a small open-addressing table keyed by them. The rules
//! ask fixed word lists about most tokens of a story; a word of up to 16 bytes packed into one
//! integer hashes with two multiplications and compares in one instruction, where a general
//! hash map of strings runs a streaming hasher and a `memcmp` per look-up.

/// A word's bytes packed little-endian and zero-padded; `None` when empty or past 16 bytes.
/// Words never hold a NUL byte, so the padding keeps "a" and "a\0" apart and no word packs to
/// 0 (the table's empty slot).
#[inline]
pub fn pack(bytes: &[u8]) -> Option<u128> {
    let (lo, hi) = halves(bytes)?;
    Some(lo as u128 | (hi as u128) << 64)
}

/// `pack`, ASCII-lowercased.
// (Always inlined: the word lists' look-ups call it for most words, and as a call of its own
// its entry and exit cost as much as the packing.)
#[inline(always)]
pub fn pack_lower(bytes: &[u8]) -> Option<u128> {
    let (lo, hi) = halves(bytes)?;
    // Most words fit the low half; the high one is then all padding.
    let hi = if bytes.len() > 8 {
        ascii_lowercase(hi)
    } else {
        0
    };
    Some(ascii_lowercase(lo) as u128 | (hi as u128) << 64)
}

/// `pack`'s low and high eight bytes, each read as `load_le` reads them: copying a slice of
/// unknown length into a zeroed buffer cost a call to `memcpy` per word.
#[inline(always)]
fn halves(bytes: &[u8]) -> Option<(u64, u64)> {
    match bytes.len() {
        0 => None,
        1..=8 => Some((load_le(bytes), 0)),
        9..=16 => {
            let (first, rest) = bytes.split_at(8);
            Some((load_le(first), load_le(rest)))
        }
        _ => None,
    }
}

/// A packed word with its ASCII capitals lowercased, as `pack_lower` packs it; other bytes
/// (the padding, and those of characters outside ASCII) are unchanged.
#[inline]
pub fn lowercase_packed(key: u128) -> u128 {
    ascii_lowercase(key as u64) as u128 | (ascii_lowercase((key >> 64) as u64) as u128) << 64
}

/// Every byte's top bit.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Eight bytes with 'A'..='Z' lowercased, the rest as they are: `make_ascii_lowercase` of
/// the bytes, eight at a time. On each byte's low seven bits, adding `0x80 - b'A'` sets the
/// top bit iff they are at least 'A', adding `0x80 - b'Z' - 1` iff past 'Z', and no sum
/// carries into the next byte; a byte with its own top bit set is no capital.
#[inline(always)]
fn ascii_lowercase(x: u64) -> u64 {
    let low7 = x & !HIGH_BITS;
    let from_a = low7 + ONES * (0x80 - b'A' as u64);
    let past_z = low7 + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = from_a & !past_z & !x & HIGH_BITS;
    x | upper >> 2
}

/// Up to eight bytes as a little-endian integer, zero-padded: what copying them into a zeroed
/// `[u8; 8]` gives, without the call to `memcpy` a copy of unknown length costs. Reads that
/// overlap put the same bytes in the same places, so or-ing them is exact.
#[inline(always)]
pub fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    debug_assert!(n <= 8);
    let at = |i: usize| -> u64 { b[i] as u64 };
    let u32_at =
        |i: usize| -> u64 { u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as u64 };
    match n {
        0 => 0,
        1..=3 => at(0) | at(n / 2) << (8 * (n / 2)) | at(n - 1) << (8 * (n - 1)),
        4..=7 => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
        _ => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
    }
}

/// A hash table from packed words to small values, with linear probing. It never grows past
/// half full (`entry` doubles it first), so probes stay short.
#[derive(Debug, Clone)]
pub struct PackedTable<V> {
    keys: Vec<u128>,
    values: Vec<V>,
    /// `keys.len() == 1 << bits`.
    bits: u32,
    /// The slots in use, so `clear` resets them alone instead of the whole table.
    used: Vec<u32>,
}

impl<V: Copy + Default> Default for PackedTable<V> {
    fn default() -> Self {
        Self::with_bits(4)
    }
}

impl PackedTable<()> {
    /// A set of words, each packed by `key` (`pack`, or `pack_lower` to match any case); a word
    /// too long to pack is left out, so callers list only words that fit.
    pub fn set_of<'a>(
        words: impl IntoIterator<Item = &'a str>,
        key: fn(&[u8]) -> Option<u128>,
    ) -> Self {
        let words: Vec<&str> = words.into_iter().collect();
        let mut table = Self::with_capacity(words.len());
        for key in words.iter().filter_map(|w| key(w.as_bytes())) {
            table.entry(key);
        }
        table.spread()
    }
}

impl<V: Copy + Default> PackedTable<V> {
    fn with_bits(bits: u32) -> Self {
        PackedTable {
            keys: vec![0; 1 << bits],
            values: vec![V::default(); 1 << bits],
            bits,
            used: Vec::new(),
        }
    }

    /// A table sized for `n` entries without growing.
    pub fn with_capacity(n: usize) -> Self {
        let mut bits = 4;
        while (1usize << bits) < n.saturating_mul(2) {
            bits += 1;
        }
        Self::with_bits(bits)
    }

    #[inline(always)]
    fn slot(&self, key: u128) -> usize {
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        let h = (lo ^ hi.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        (h >> (64 - self.bits)) as usize
    }

    /// The value of `key`, if present.
    #[inline]
    pub fn get(&self, key: u128) -> Option<V> {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.values[i]);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `key` to change in place, if present.
    #[inline]
    pub fn get_mut(&mut self, key: u128) -> Option<&mut V> {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(&mut self.values[i]);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.used.len()
    }

    /// The values of the keys held, in no particular order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.used.iter().map(|&i| &self.values[i as usize])
    }

    /// Keeps the keys whose values `keep` accepts (it may change them), dropping the rest.
    /// Linear probing cannot empty a slot in place, so the kept keys go into a fresh table of
    /// the same size.
    pub fn retain(&mut self, mut keep: impl FnMut(&mut V) -> bool) {
        let old = std::mem::replace(self, Self::with_bits(self.bits));
        for &i in &old.used {
            let mut value = old.values[i as usize];
            if keep(&mut value) {
                *self.entry(old.keys[i as usize]) = value;
            }
        }
    }

    /// Whether the word, packed exactly as written (`pack`), is a key: the test of a set made
    /// by `set_of(.., pack)`. A word too long to pack is in no such set.
    #[inline]
    pub fn contains_word(&self, word: &str) -> bool {
        pack(word.as_bytes()).is_some_and(|key| self.get(key).is_some())
    }

    /// The value of `key`, inserting `V::default()` first when absent. `key` must not be 0.
    /// (Always inlined: the tagger numbers every token of a story by it.)
    #[inline(always)]
    pub fn entry(&mut self, key: u128) -> &mut V {
        if (self.used.len() + 1) * 2 > self.keys.len() {
            self.grow();
        }
        self.entry_reserved(key)
    }

    /// `entry` in a table `reserve`d for this key and every one inserted since: it does not
    /// check for room, which the tagger's numbering of every token of a story saves that way.
    /// (A table with no free slot would probe forever.)
    #[inline(always)]
    pub fn entry_reserved(&mut self, key: u128) -> &mut V {
        debug_assert!(key != 0);
        debug_assert!(self.used.len() < self.keys.len());
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return &mut self.values[i];
            }
            if k == 0 {
                self.keys[i] = key;
                self.used.push(i as u32);
                return &mut self.values[i];
            }
            i = (i + 1) & mask;
        }
    }

    /// Empties the table, keeping its memory: a table reused story after story costs the
    /// slots it used, where a fresh one is zeroed whole.
    pub fn clear(&mut self) {
        for &i in &self.used {
            self.keys[i as usize] = 0;
            self.values[i as usize] = V::default();
        }
        self.used.clear();
    }

    /// Makes room for `n` entries without growing, keeping what is there.
    pub fn reserve(&mut self, n: usize) {
        while (self.used.len() + n).saturating_mul(2) > self.keys.len() {
            self.grow();
        }
    }

    /// The table over twice the slots, for a word list that is done growing: at most a
    /// quarter full, a look-up of an absent word (most look-ups) probes about half as many
    /// slots as at half full.
    pub fn spread(mut self) -> Self {
        self.grow();
        self
    }

    fn grow(&mut self) {
        let old = std::mem::replace(self, Self::with_bits(self.bits + 1));
        for (k, v) in old.keys.into_iter().zip(old.values) {
            if k != 0 {
                *self.entry(k) = v;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packing as a zero-padded copy gives it, with `make_ascii_lowercase` for the lower.
    fn copied(bytes: &[u8], lower: bool) -> Option<u128> {
        if bytes.is_empty() || bytes.len() > 16 {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..bytes.len()].copy_from_slice(bytes);
        if lower {
            buf.make_ascii_lowercase();
        }
        Some(u128::from_le_bytes(buf))
    }

    #[test]
    fn packing_equals_a_zero_padded_copy() {
        let words = [
            "",
            "a",
            "Ab",
            "ABC",
            "Said",
            "@[`{Zz",
            "ÉuroS",
            "NEWS-UK",
            "Thirteen",
            "Ninety-nine",
            "ÀÉÎÕÜ ÿ",
            "Sixteen-Letters!",
            "Seventeen-Letters",
            "\u{7f}\u{80}AZaz",
        ];
        for w in words {
            let b = w.as_bytes();
            assert_eq!(pack(b), copied(b, false), "{w}");
            assert_eq!(pack_lower(b), copied(b, true), "{w}");
        }
        // Every byte value at every position of every length.
        for n in 1..=17usize {
            for v in 0..=255u8 {
                for at in 0..n {
                    let mut b = vec![b'Q'; n];
                    b[at] = v;
                    assert_eq!(pack(&b), copied(&b, false));
                    assert_eq!(pack_lower(&b), copied(&b, true));
                }
            }
        }
    }

    #[test]
    fn packs_short_words_only() {
        assert_eq!(pack(b""), None);
        assert_eq!(pack(&[b'x'; 17]), None);
        assert!(pack(&[b'x'; 16]).is_some());
        assert_ne!(pack(b"a"), pack(b"aa"));
        assert_eq!(pack_lower(b"MaY"), pack(b"may"));
    }

    #[test]
    fn finds_what_was_inserted() {
        let mut t: PackedTable<u16> = PackedTable::default();
        let words: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            *t.entry(pack(w.as_bytes()).unwrap()) |= i as u16 + 1;
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(pack(w.as_bytes()).unwrap()), Some(i as u16 + 1));
        }
        assert_eq!(t.get(pack(b"absent").unwrap()), None);
        t.clear();
        assert!(t.keys.iter().all(|&k| k == 0));
        for w in &words {
            assert_eq!(t.get(pack(w.as_bytes()).unwrap()), None);
        }
        t.reserve(2000);
        *t.entry(pack(b"again").unwrap()) = 7;
        assert_eq!(t.get(pack(b"again").unwrap()), Some(7));
    }

    #[test]
    fn retains_and_changes_in_place() {
        let mut t: PackedTable<u32> = PackedTable::default();
        let words: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            *t.entry(pack(w.as_bytes()).unwrap()) = i as u32;
        }
        assert_eq!(t.len(), 300);
        if let Some(v) = t.get_mut(pack(b"w7").unwrap()) {
            *v = 1000;
        }
        assert_eq!(t.get_mut(pack(b"absent").unwrap()), None);
        t.retain(|v| {
            *v += 1;
            *v % 2 == 0
        });
        // The odd ones but w7, which became 1001.
        assert_eq!(t.len(), 149);
        for (i, w) in words.iter().enumerate() {
            let want = match i {
                7 => None,
                _ if i % 2 == 1 => Some(i as u32 + 1),
                _ => None,
            };
            assert_eq!(t.get(pack(w.as_bytes()).unwrap()), want, "{w}");
        }
        let mut kept: Vec<u32> = t.values().copied().collect();
        kept.sort_unstable();
        let want: Vec<u32> = (1..300)
            .step_by(2)
            .filter(|&i| i != 7)
            .map(|i| i + 1)
            .collect();
        assert_eq!(kept, want);
    }
}
