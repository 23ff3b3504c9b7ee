//! The page's own words, in the reader's language: a small keyed table per
//! language, chosen from the tags a page is asked for, with a host's
//! overrides on top.
//!
//! Why a keyed table and not Fluent: the page writes about 70 short labels
//! and four counted nouns; Fluent's runtime (parser, bundle, its own plural
//! data) would cost more than every catalogue together, while the browser
//! already has `Intl.PluralRules`, `Intl.NumberFormat` and the rest, which
//! the page uses for plurals, numbers, dates and sorting. Each catalogue is
//! a `match` without a wildcard, so a message missing from one does not
//! compile; the tests check placeholders and plural forms.
//!
//! ```
//! use teampage_core::i18n::{Count, Labels, Messages, Msg, Plural};
//! let de = Messages::new(&["de-CH", "en"], Labels::default());
//! assert_eq!(de.lang(), "de");
//! assert_eq!(de.text(Msg::ExpandAll), "Alle aufklappen");
//! assert_eq!(de.count(Count::People, Plural::Other, "35"), "35 Personen");
//! let mut labels = Labels::default();
//! labels.insert("expand-all", "Open everything");
//! let en = Messages::new(&["fi"], labels);
//! assert_eq!((en.lang(), en.text(Msg::ExpandAll).as_ref()), ("en", "Open everything"));
//! ```

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod he;
mod ja;
mod msg;
mod pieces;

pub use msg::{Count, Msg};
pub use pieces::{fill, pieces, Piece};

use std::borrow::Cow;
use std::collections::HashMap;

/// The plural categories of `Intl.PluralRules` (CLDR).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// Every category, in CLDR order.
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// Reads what `Intl.PluralRules.prototype.select` returns (anything
    /// else is `Other`).
    pub fn from_name(name: &str) -> Plural {
        match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }

    /// The CLDR name, as a label key's suffix (`people.one`).
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category English gives `n` (what is used when the browser has no
    /// `Intl.PluralRules`).
    pub fn english(n: usize) -> Plural {
        if n == 1 {
            Plural::One
        } else {
            Plural::Other
        }
    }
}

/// A counted noun's forms: `{n}` is the number. `other` is required; a
/// category a language does not use stays `None`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Forms {
    pub zero: Option<&'static str>,
    pub one: Option<&'static str>,
    pub two: Option<&'static str>,
    pub few: Option<&'static str>,
    pub many: Option<&'static str>,
    pub other: &'static str,
}

impl Forms {
    /// The form for `category`, else `other`.
    pub fn get(&self, category: Plural) -> &'static str {
        self.exact(category).unwrap_or(self.other)
    }

    /// The form for `category` if the catalogue has one.
    pub fn exact(&self, category: Plural) -> Option<&'static str> {
        match category {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => Some(self.other),
        }
    }
}

/// One language's messages.
pub struct Catalogue {
    /// BCP 47 tag of the language (what `Intl` is given and `lang` says).
    pub tag: &'static str,
    /// Written right to left.
    pub rtl: bool,
    /// The text of each message.
    pub text: fn(Msg) -> &'static str,
    /// The forms of each counted noun.
    pub count: fn(Count) -> Forms,
}

/// Every built-in catalogue; English first (the fallback).
pub static CATALOGUES: [&Catalogue; 7] = [
    &en::CATALOGUE,
    &de::CATALOGUE,
    &fr::CATALOGUE,
    &es::CATALOGUE,
    &ja::CATALOGUE,
    &ar::CATALOGUE,
    &he::CATALOGUE,
];

/// The primary language subtag of a BCP 47 tag, lower-cased ("pt-BR" → "pt").
fn primary(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The built-in catalogue for `tag`'s language, if there is one.
pub fn catalogue(tag: &str) -> Option<&'static Catalogue> {
    let lang = primary(tag);
    CATALOGUES.iter().copied().find(|c| c.tag == lang)
}

/// Whether `tag`'s language is written right to left (whether or not there
/// is a catalogue for it: an Urdu host page lays the component out right to
/// left even though its labels fall back to English).
pub fn is_rtl(tag: &str) -> bool {
    const RTL: [&str; 12] = [
        "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi",
    ];
    RTL.contains(&primary(tag).as_str())
}

/// A host's own labels: message key (`expand-all`, or a counted noun such as
/// `people`, or one of its forms such as `people.one`) → text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Labels(HashMap<String, String>);

impl Labels {
    /// Sets the text of `key`.
    pub fn insert(&mut self, key: impl Into<String>, text: impl Into<String>) {
        self.0.insert(key.into(), text.into());
    }

    /// The host's text for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// Whether the host set no label.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keys the page does not know (a typo in a host's labels), sorted.
    pub fn unknown_keys(&self) -> Vec<&str> {
        let mut unknown: Vec<&str> = self
            .0
            .keys()
            .map(String::as_str)
            .filter(|k| !is_key(k))
            .collect();
        unknown.sort_unstable();
        unknown
    }
}

/// Whether `key` names a message, a counted noun or one of its forms.
fn is_key(key: &str) -> bool {
    let (noun, form) = match key.split_once('.') {
        Some((noun, form)) => (noun, Some(form)),
        None => (key, None),
    };
    match form {
        None => {
            Msg::ALL.iter().any(|m| m.key() == noun) || Count::ALL.iter().any(|c| c.key() == noun)
        }
        Some(form) => {
            Count::ALL.iter().any(|c| c.key() == noun)
                && Plural::ALL.iter().any(|p| p.name() == form)
        }
    }
}

/// The messages a page instance writes: a catalogue and the host's labels.
#[derive(Clone, Debug)]
pub struct Messages {
    catalogue: &'static Catalogue,
    labels: Labels,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag)
    }
}

impl Default for Messages {
    fn default() -> Self {
        Messages::new(&[], Labels::default())
    }
}

impl Messages {
    /// The catalogue of the first of `wanted` (BCP 47 tags, most wanted
    /// first) that has one, else English; `labels` on top.
    pub fn new(wanted: &[&str], labels: Labels) -> Messages {
        let catalogue = wanted
            .iter()
            .find_map(|t| catalogue(t))
            .unwrap_or(CATALOGUES[0]);
        Messages { catalogue, labels }
    }

    /// The catalogue's language tag ("de").
    pub fn lang(&self) -> &'static str {
        self.catalogue.tag
    }

    /// Whether the catalogue's language is written right to left.
    pub fn rtl(&self) -> bool {
        self.catalogue.rtl
    }

    /// The text of `m`: the host's label, else the catalogue's.
    pub fn text(&self, m: Msg) -> Cow<'_, str> {
        match self.labels.get(m.key()) {
            Some(own) => Cow::Borrowed(own),
            None => Cow::Borrowed((self.catalogue.text)(m)),
        }
    }

    /// The text of `m` with its placeholders filled (`{name}` → value).
    pub fn fill(&self, m: Msg, args: &[(&str, &str)]) -> String {
        fill(&self.text(m), args)
    }

    /// `number` (already formatted for the reader) with the form of `c` for
    /// `category`: the host's `people.one`, else its `people`, else the
    /// catalogue's form.
    pub fn count(&self, c: Count, category: Plural, number: &str) -> String {
        let forms = (self.catalogue.count)(c);
        let own = self
            .labels
            .get(&format!("{}.{}", c.key(), category.name()))
            .or_else(|| self.labels.get(c.key()));
        let template = own.unwrap_or_else(|| forms.get(category));
        fill(template, &[("n", number)])
    }
}

#[cfg(test)]
mod tests;
