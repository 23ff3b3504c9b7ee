//! Case and accent folding, the normal form every haystack and query word is
//! compared in.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

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
    decompose_canonical(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for l in d.to_lowercase() {
            if l.is_ascii() {
                out.push(l);
            } else {
                // Lowercasing may (in principle) produce a decomposable
                // letter or a combining mark: normalize once more.
                decompose_canonical(l, |e| {
                    if !is_combining_mark(e) {
                        push_special(e, out);
                    }
                });
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
