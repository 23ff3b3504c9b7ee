//! The page's own words, in the reader's language: English built in, every
//! other language a catalogue file (`public/i18n/<tag>.json`, key → text)
//! fetched when a reader needs it; the language chosen from the tags a page
//! is asked for; a host's overrides on top.
//!
//! Why a keyed table and not Fluent: the page writes about 70 short labels
//! and four counted nouns; Fluent's runtime (parser, bundle, its own plural
//! data) would cost more than every catalogue together, while the browser
//! already has `Intl.PluralRules`, `Intl.NumberFormat` and the rest, which
//! the page uses for plurals, numbers, dates and sorting. English is a
//! `match` without a wildcard, so a message without English words does not
//! compile; the tests hold every catalogue file to English's keys,
//! placeholders and its language's plural categories.
//!
//! ```
//! use teampage_core::i18n::{negotiate, Count, Labels, Messages, Msg, Plural};
//! let de = negotiate(&["de-CH", "en"]);
//! assert_eq!((de.tag, de.file().as_str()), ("de", "i18n/de.json"));
//! let mut file = Labels::default(); // what i18n/de.json holds
//! file.insert("expand-all", "Alle aufklappen");
//! file.insert("people.other", "{n} Personen");
//! let m = Messages::new(de, file, Labels::default());
//! assert_eq!(m.text(Msg::ExpandAll), "Alle aufklappen");
//! assert_eq!(m.count(Count::People, Plural::Other, "35"), "35 Personen");
//! let mut labels = Labels::default(); // a host's own words
//! labels.insert("expand-all", "Open everything");
//! let en = Messages::new(negotiate(&["fi"]), Labels::default(), labels);
//! assert_eq!((en.lang(), en.text(Msg::ExpandAll).as_ref()), ("en", "Open everything"));
//! ```

mod en;
mod msg;
mod pieces;

pub use msg::{Count, Msg};
pub use pieces::{fill, pieces, Piece};

use std::borrow::Cow;

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
}

/// A language the page has words for: English built in, the others as
/// catalogue files (`i18n/<tag>.json`) that the page fetches when a reader
/// needs them, so that a reader pays only for their own language.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag of the language (what `Intl` is given and `lang` says).
    pub tag: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

impl Language {
    /// Whether its words are in the wasm (English) rather than in a file.
    pub fn built_in(&self) -> bool {
        self.tag == LANGUAGES[0].tag
    }

    /// Its catalogue file, relative to the folder of the page's files.
    pub fn file(&self) -> String {
        format!("i18n/{}.json", self.tag)
    }
}

const fn lang(tag: &'static str, rtl: bool) -> Language {
    Language { tag, rtl }
}

/// Every language with a catalogue; English first (the fallback).
pub static LANGUAGES: [Language; 7] = [
    lang("en", false),
    lang("de", false),
    lang("fr", false),
    lang("es", false),
    lang("ja", false),
    lang("ar", true),
    lang("he", true),
];

/// The primary language subtag of a BCP 47 tag, lower-cased ("pt-BR" → "pt").
fn primary(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The language of `tag` if the page has a catalogue for it.
pub fn language(tag: &str) -> Option<&'static Language> {
    let primary = primary(tag);
    LANGUAGES.iter().find(|l| l.tag == primary)
}

/// The first of `wanted` (BCP 47 tags, most wanted first) that the page
/// has a catalogue for, else English.
pub fn negotiate(wanted: &[&str]) -> &'static Language {
    wanted
        .iter()
        .find_map(|t| language(t))
        .unwrap_or(&LANGUAGES[0])
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

/// Words by message key: a host's own labels, or a catalogue file. A key
/// is a message (`expand-all`), a counted noun (`people`, every form) or
/// one of its forms (`people.one`).
///
/// Kept sorted by key: a few dozen entries, looked up by binary search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Labels(Vec<(String, String)>);

impl Labels {
    /// Sets the text of `key`.
    pub fn insert(&mut self, key: impl Into<String>, text: impl Into<String>) {
        let (key, text) = (key.into(), text.into());
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(i) => self.0[i].1 = text,
            Err(i) => self.0.insert(i, (key, text)),
        }
    }

    /// The text of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        let i = self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        Some(&self.0[i].1)
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keys the page does not know (a typo in a host's labels), sorted.
    pub fn unknown_keys(&self) -> Vec<&str> {
        self.0
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| !is_key(k))
            .collect()
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

/// The messages a page instance writes: its language's catalogue (empty
/// for English, or when the file could not be had), English beneath it,
/// and the host's labels on top.
#[derive(Clone, Debug)]
pub struct Messages {
    language: &'static Language,
    catalogue: Labels,
    labels: Labels,
}

impl Default for Messages {
    fn default() -> Self {
        Messages::new(&LANGUAGES[0], Labels::default(), Labels::default())
    }
}

impl Messages {
    /// The words of `language` from its `catalogue` file's entries, with
    /// the host's `labels` on top.
    pub fn new(language: &'static Language, catalogue: Labels, labels: Labels) -> Messages {
        Messages {
            language,
            catalogue,
            labels,
        }
    }

    /// The language asked for.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// The tag of the language the words are in ("de"): English when the
    /// language's catalogue file could not be had.
    pub fn lang(&self) -> &'static str {
        if self.catalogue.is_empty() {
            LANGUAGES[0].tag
        } else {
            self.language.tag
        }
    }

    /// Whether the language is written right to left.
    pub fn rtl(&self) -> bool {
        self.language.rtl
    }

    /// The text of `m`: the host's label, else the catalogue's, else English.
    pub fn text(&self, m: Msg) -> Cow<'_, str> {
        let own = self
            .labels
            .get(m.key())
            .or_else(|| self.catalogue.get(m.key()));
        Cow::Borrowed(own.unwrap_or_else(|| en::text(m)))
    }

    /// The text of `m` with its placeholders filled (`{name}` → value).
    pub fn fill(&self, m: Msg, args: &[(&str, &str)]) -> String {
        fill(&self.text(m), args)
    }

    /// `number` (already formatted for the reader) with the form of `c` for
    /// `category`: the host's `people.one`, else its `people`, else the
    /// catalogue's form for the category or its `other`, else English's.
    pub fn count(&self, c: Count, category: Plural, number: &str) -> String {
        let form = |name: &str| format!("{}.{name}", c.key());
        let exact = form(category.name());
        let own = self.labels.get(&exact).or_else(|| self.labels.get(c.key()));
        let catalogue = || {
            self.catalogue
                .get(&exact)
                .or_else(|| self.catalogue.get(&form("other")))
        };
        let template = own
            .or_else(catalogue)
            .unwrap_or_else(|| en::count(c, category));
        fill(template, &[("n", number)])
    }
}

/// A message with its arguments, written in a reader's language when it is
/// shown (a reason a manifest could not be loaded, found before the page
/// knows its words).
///
/// ```
/// use teampage_core::i18n::{Messages, Msg, Said};
/// let said = Said::new(Msg::HttpStatus, &[("status", "404 Not Found")]);
/// assert_eq!(Messages::default().say(&said), "the server answered HTTP 404 Not Found");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub msg: Msg,
    pub args: Vec<(&'static str, String)>,
}

impl Said {
    /// `msg` with its placeholders' values.
    pub fn new(msg: Msg, args: &[(&'static str, &str)]) -> Said {
        let args = args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        Said { msg, args }
    }

    /// In English (for hosts' events and the console).
    pub fn english(&self) -> String {
        Messages::default().say(self)
    }
}

impl Messages {
    /// `said` in these words.
    pub fn say(&self, said: &Said) -> String {
        let args: Vec<(&str, &str)> = said.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.fill(said.msg, &args)
    }
}

#[cfg(test)]
mod tests;
