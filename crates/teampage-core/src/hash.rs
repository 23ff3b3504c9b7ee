//! The hash of the crate's maps keyed by a manifest's own names and ids.

use std::hash::{BuildHasher, Hasher};

/// A fast, non-cryptographic hash for maps keyed by a manifest's own names
/// and ids (the data comes from the page's own manifest, so flooding is no
/// concern; SipHash is much slower here, bench/RESULTS.md). The multiply-rotate scheme
/// of rustc's FxHasher.
///
/// ```
/// use std::collections::HashMap;
/// use teampage_core::hash::FastHash;
/// let mut ids: HashMap<&str, u32, FastHash> = HashMap::default();
/// ids.insert("Joanna Boruń", 0);
/// assert_eq!(ids["Joanna Boruń"], 0);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct FastHash;

/// The hasher of [`FastHash`].
pub struct FastHasher(u64);

const FAST_K: u64 = 0xf135_7aea_2e62_a9c5;

impl BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let word = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            h = (h ^ word).wrapping_mul(FAST_K).rotate_left(26);
        }
        for &b in chunks.remainder() {
            h = (h ^ u64::from(b)).wrapping_mul(FAST_K).rotate_left(26);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FAST_K).rotate_left(26);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
