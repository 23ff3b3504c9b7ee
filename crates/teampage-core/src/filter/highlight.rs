//! Where a query matches in a displayed string, for `<mark>`.

use super::fold::fold_char;
use super::query::Query;

/// Byte ranges `(start, end)` in `text` (the original, unfolded string) where
/// any query word matches case- and accent-insensitively.
///
/// The ranges are sorted, merged (overlapping or touching ranges become one)
/// and lie on `char` boundaries of `text`, so `&text[start..end]` is always
/// valid. A match is widened to whole original characters: when a word
/// matches part of a character's folding (the second `s` of `ß` → `ss`), the
/// whole character is marked, and combining marks that follow a marked
/// character are marked with it (decomposed `e\u{301}` is marked whole).
/// Every occurrence is found, overlapping ones included (`"aa"` in `"aaa"`
/// marks all three letters). Technologies of the query are not marked.
///
/// ```
/// use teampage_core::filter::{marks, Query};
/// let text = "Joanna Boruń";
/// let boru = marks(text, &Query::new("boru", &[]));
/// assert_eq!(boru, [(7, 11)]);
/// assert_eq!(&text[7..11], "Boru");
/// // "ń" is two bytes (11..13): a match on it covers the whole character.
/// assert_eq!(marks(text, &Query::new("borun", &[])), [(7, 13)]);
/// assert_eq!(marks(text, &Query::new("anna BORUŃ", &[])), [(2, 6), (7, 13)]);
/// ```
pub fn marks(text: &str, q: &Query) -> Vec<(usize, usize)> {
    if q.words.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for w in &q.words {
        let mut from = 0;
        while let Some(p) = folded.text[from..].find(w.as_str()) {
            let start = from + p;
            let end = start + w.len();
            ranges.push(folded.original(start, end));
            // Next search starts one character later: overlapping matches.
            let step = folded.text[start..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            from = start + step;
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// A folded string with the way back to the original's bytes.
struct Folded {
    text: String,
    /// One per original character that produced folded text, in order.
    segs: Vec<Seg>,
}

/// Folded bytes `folded_start..` (up to the next segment's start) came from
/// original bytes `orig_start..orig_end`.
#[derive(Clone, Copy)]
struct Seg {
    folded_start: usize,
    orig_start: usize,
    orig_end: usize,
}

impl Folded {
    fn new(s: &str) -> Folded {
        let mut text = String::with_capacity(s.len());
        let mut segs: Vec<Seg> = Vec::with_capacity(s.len());
        for (o, c) in s.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            let orig_end = o + c.len_utf8();
            if text.len() > before {
                segs.push(Seg {
                    folded_start: before,
                    orig_start: o,
                    orig_end,
                });
            } else if let Some(last) = segs.last_mut() {
                // A character that folds to nothing (a combining mark) goes
                // with the character before it.
                last.orig_end = orig_end;
            }
        }
        Folded { text, segs }
    }

    /// The segment holding folded byte `b`.
    fn seg(&self, b: usize) -> Seg {
        let i = self.segs.partition_point(|s| s.folded_start <= b);
        self.segs[i - 1]
    }

    /// The original range covering folded bytes `start..end` (non-empty).
    fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.seg(start).orig_start, self.seg(end - 1).orig_end)
    }
}
