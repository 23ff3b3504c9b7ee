//! Case and accent folding, the normal form every haystack and query word is
//! compared in.
//!
//! Natively the canonical decompositions and combining marks come from the
//! `unicode-normalization` tables. The wasm build has no tables (50 KB that
//! the browser has already, in `String.prototype.normalize`): there a page
//! plugs in the browser's with [`set_decomposer`]; without one, letters are
//! only lowercased.

use std::cell::RefCell;
use std::sync::RwLock;
#[cfg(not(target_family = "wasm"))]
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A character's canonical decomposition (NFD) without its combining marks:
/// `'é'` → `"e"`, `'\u{301}'` (a combining acute) → `""`.
pub type Decomposer = fn(char) -> String;

/// The decomposer set by [`set_decomposer`], if any.
static DECOMPOSER: RwLock<Option<Decomposer>> = RwLock::new(None);

/// What the decomposer gave for one character: up to three characters held
/// in place (a base letter; Hangul's jamo), more on the heap.
#[derive(Clone)]
enum Parts {
    Short(u8, [char; 3]),
    Long(Box<str>),
}

impl Parts {
    fn of(text: &str) -> Parts {
        let mut short = ['\0'; 3];
        let mut n = 0;
        for c in text.chars() {
            if n == short.len() {
                return Parts::Long(text.into());
            }
            short[n] = c;
            n += 1;
        }
        Parts::Short(n as u8, short)
    }
}

thread_local! {
    /// What the decomposer gave, by character: text repeats its accented
    /// letters, and the decomposer may cross into JavaScript.
    static DECOMPOSED: RefCell<Vec<(char, Parts)>> = const { RefCell::new(Vec::new()) };
}

/// Sets how characters are decomposed for folding (`None`: the tables
/// compiled in natively, lowercasing only on wasm). It holds for every later
/// fold, in every thread.
///
/// ```
/// use teampage_core::filter::fold::{fold, set_decomposer};
/// // What a page in a browser plugs in: String.prototype.normalize("NFD"),
/// // combining marks removed. Here, a stand-in that knows one letter.
/// set_decomposer(Some(|c| if c == 'ñ' { "n".into() } else { c.to_string() }));
/// assert_eq!(fold("Ibáñez"), "ibáñez".replace('ñ', "n"));
/// set_decomposer(None);
/// # #[cfg(not(target_family = "wasm"))]
/// assert_eq!(fold("Ibáñez"), "ibanez");
/// ```
pub fn set_decomposer(decomposer: Option<Decomposer>) {
    // A poisoned lock still holds a plain function pointer: take it over.
    *DECOMPOSER.write().unwrap_or_else(|e| e.into_inner()) = decomposer;
    DECOMPOSED.with(|d| d.borrow_mut().clear());
}

/// Calls `f` with each character of `c`'s decomposition that is no
/// combining mark.
#[inline]
fn decompose(c: char, mut f: impl FnMut(char)) {
    let set = *DECOMPOSER.read().unwrap_or_else(|e| e.into_inner());
    let Some(decomposer) = set else {
        #[cfg(not(target_family = "wasm"))]
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                f(d)
            }
        });
        #[cfg(target_family = "wasm")]
        f(c);
        return;
    };
    // Taken out of the cache before `f` runs: `f` may decompose again.
    let parts = DECOMPOSED.with(|d| {
        let mut known = d.borrow_mut();
        match known.binary_search_by_key(&c, |(k, _)| *k) {
            Ok(i) => known[i].1.clone(),
            Err(i) => {
                let parts = Parts::of(&decomposer(c));
                known.insert(i, (c, parts.clone()));
                parts
            }
        }
    });
    match parts {
        Parts::Short(n, short) => short[..usize::from(n)].iter().copied().for_each(f),
        Parts::Long(text) => text.chars().for_each(f),
    }
}

/// Lowercases and strips accents: Unicode NFD with combining marks removed,
/// then lowercase. `"Boruń"` → `"borun"`, `"Mühlenhoff"` → `"muhlenhoff"`.
///
/// A few letters that do not decompose are folded to what a person typing
/// plain ASCII would write: `ł`→`l`, `ø`→`o`, `đ`/`ð`→`d`, `ħ`→`h`, `ŧ`→`t`,
/// `ı`→`i`, `ß`/`ẞ`→`ss`, `æ`→`ae`, `œ`→`oe`, `þ`→`th`, `ſ`→`s` (and their
/// capitals). Final sigma `ς` folds to `σ`, and the typographic apostrophes
/// `’` `‘` `ʼ` to `'` (so `o'brien` finds "O’Brien").
///
/// Everything else (digits, punctuation, whitespace, scripts without case)
/// is kept as it is; the result may be longer than the input (`ß` → `ss`).
///
/// ```
/// use teampage_core::filter::fold;
/// assert_eq!(fold("Boruń"), "borun");
/// assert_eq!(fold("Mühlenhoff"), "muhlenhoff");
/// assert_eq!(fold("Łukasz Øyvind Straße"), "lukasz oyvind strasse");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folding of `s` to `out`.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let mut rest = s;
    while !rest.is_empty() {
        // Runs of ASCII, the bulk of most text, are copied and lowercased
        // in one go.
        let n = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        if n > 0 {
            let start = out.len();
            out.push_str(&rest[..n]);
            out[start..].make_ascii_lowercase();
            rest = &rest[n..];
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            fold_char(c, out);
            rest = chars.as_str();
        }
    }
}

/// Appends the folding of one character to `out` (possibly nothing, for a
/// combining mark; possibly several characters, for `ß`).
#[inline]
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose(c, |d| {
        for l in d.to_lowercase() {
            if l.is_ascii() {
                out.push(l);
            } else {
                // Lowercasing may (in principle) produce a decomposable
                // letter or a combining mark: normalize once more.
                decompose(l, |e| push_special(e, out));
            }
        }
    });
}

/// Letters without a canonical decomposition that readers still see as a
/// base letter with a stroke or a ligature.
#[inline]
fn push_special(c: char, out: &mut String) {
    let s = match c {
        'ł' => "l",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'ħ' => "h",
        'ŧ' => "t",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ſ' => "s",
        'ς' => "σ",
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => "'",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(s);
}

#[cfg(all(test, not(target_family = "wasm")))]
mod tests {
    use super::*;

    /// What a browser's `normalize("NFD")` with `\p{M}` removed gives, made
    /// from the native tables: the decomposer path folds as the tables do.
    fn like_a_browser(c: char) -> String {
        let mut out = String::new();
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
        out
    }

    #[test]
    fn a_plugged_in_decomposer_folds_as_the_tables_do() {
        let texts = [
            "Boruń Mühlenhoff Ibáñez",
            "Łukasz Øyvind Straße Œuvre Þór",
            "İstanbul ΆΈΉ Ἀθῆναι ς",
            "e\u{301} a\u{308}\u{304}",
            "がぎぐ 한국어 مُحَمَّد שָׁלוֹם",
            "O’Brien ﬁ ½",
        ];
        let tables: Vec<String> = texts.iter().map(|t| fold(t)).collect();
        set_decomposer(Some(like_a_browser));
        let plugged: Vec<String> = texts.iter().map(|t| fold(t)).collect();
        set_decomposer(None);
        assert_eq!(plugged, tables);
        assert_eq!(tables[0], "borun muhlenhoff ibanez");
        assert_eq!(tables[3], "e a");
        assert!(matches!(Parts::of("한"), Parts::Short(1, _)));
        assert!(matches!(Parts::of("abcd"), Parts::Long(t) if &*t == "abcd"));
    }
}
