//! The reader's language in the browser: which language an instance uses
//! (its `lang` option, else the host page's, else the browser's languages),
//! its catalogue file, fetched once per language, its direction, and the
//! browser's `Intl` for plurals, numbers, dates, lists and sorting. The
//! words themselves are in [`teampage_core::i18n`].
//!
//! ```
//! use teampage::i18n::Locale;
//! use teampage::PageOptions;
//! let options = PageOptions { lang: "ar-EG".into(), ..PageOptions::default() };
//! let locale = Locale::for_options(&options);
//! assert_eq!(locale.tag(), "ar");
//! assert_eq!(locale.dir(), Some("rtl"));
//! # async fn demo(options: PageOptions) {
//! let with_words = Locale::load(&options).await; // i18n/ar.json, fetched once
//! # }
//! ```

use crate::options::PageOptions;
use crate::source::fetch::js_message;
use js_sys::{Array, Function, Intl, Object, Reflect};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use teampage_core::i18n::{
    is_rtl, negotiate, pieces, Count, Labels, Language, Messages, Msg, Piece, Plural, Said,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a catalogue file may take before the page shows English.
const CATALOGUE_MS: u32 = 5_000;

/// An instance's language: its messages and the direction of its root.
#[derive(Clone, Debug)]
pub struct Locale {
    messages: Messages,
    dir: Option<&'static str>,
}

impl Default for Locale {
    fn default() -> Self {
        Locale::for_options(&PageOptions::default())
    }
}

impl Locale {
    /// The language `options` ask for: `lang`, else `host_lang` (an embed's
    /// surroundings), else the browser's languages; English when none has a
    /// catalogue. Its words are those already fetched ([`Locale::load`]),
    /// else English's.
    pub fn for_options(options: &PageOptions) -> Locale {
        let (language, dir) = chosen(options);
        Locale::of(language, dir, options)
    }

    /// `language`'s words as fetched so far, with `options`' labels.
    fn of(language: &'static Language, dir: Option<&'static str>, options: &PageOptions) -> Locale {
        let catalogue = CATALOGUES.with(|c| {
            c.borrow()
                .iter()
                .find(|(tag, _)| *tag == language.tag)
                .map(|(_, words)| words.clone())
        });
        Locale {
            messages: Messages::new(
                language,
                catalogue.unwrap_or_default(),
                options.labels.clone(),
            ),
            dir,
        }
    }

    /// The same, once its catalogue file has been fetched (from
    /// `options.assets`); English words where it cannot be had. The request
    /// starts at once, not when the future is first polled, so that it runs
    /// beside the manifest's.
    pub fn load(options: &PageOptions) -> impl std::future::Future<Output = Locale> + 'static {
        let options = options.clone();
        let (language, dir) = chosen(&options);
        let cached = CATALOGUES.with(|c| c.borrow().iter().any(|(tag, _)| *tag == language.tag));
        let url = format!("{}{}", options.assets, language.file());
        let request = (!language.built_in() && !cached).then(|| fetch_catalogue(&url));
        async move {
            if let Some(request) = request {
                match request.await {
                    Ok(words) => CATALOGUES.with(|c| c.borrow_mut().push((language.tag, words))),
                    Err(why) => leptos::logging::warn!(
                        "teampage: the page's words in {} ({url}) could not be loaded, so they are in English: {why}",
                        language.tag
                    ),
                }
            }
            Locale::of(language, dir, &options)
        }
    }

    /// The tag of the language asked for (the root's `lang`).
    pub fn tag(&self) -> &'static str {
        self.messages.language().tag
    }

    /// The tag of the language the words are in: [`Locale::tag`], or
    /// English while (or when) its catalogue file is not there. `Intl`
    /// follows it, so that numbers and dates match the words.
    pub fn lang(&self) -> &'static str {
        self.messages.lang()
    }

    /// The root's `dir`: `rtl`, `ltr`, or none (inherit the host's).
    pub fn dir(&self) -> Option<&'static str> {
        self.dir
    }

    /// The text of `m`.
    pub fn t(&self, m: Msg) -> String {
        self.messages.text(m).into_owned()
    }

    /// The text of `m` with its placeholders filled.
    pub fn fill(&self, m: Msg, args: &[(&str, &str)]) -> String {
        self.messages.fill(m, args)
    }

    /// A message given with its arguments (why a load failed).
    pub fn say(&self, said: &Said) -> String {
        self.messages.say(said)
    }

    /// `n` with the counted noun `c` ("3 teams", "٣ فرق").
    pub fn count(&self, c: Count, n: usize) -> String {
        let category = with_intl(self.lang(), |intl| {
            intl.plural
                .as_ref()
                .map(|p| Plural::from_name(&String::from(p.select(n as f64))))
        })
        // Every supported browser has Intl.PluralRules; without it, `other`.
        .unwrap_or(Plural::Other);
        self.messages.count(c, category, &self.number(n))
    }

    /// `n` written as the reader's language writes numbers ("1,234", "١٬٢٣٤").
    pub fn number(&self, n: usize) -> String {
        with_intl(self.lang(), |intl| {
            intl.number
                .as_ref()
                .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).ok())
                .and_then(|v| v.as_string())
        })
        .unwrap_or_else(|| n.to_string())
    }

    /// The text of `m` before and after its placeholder `{arg}`, for a view
    /// that renders the argument itself (a link, a highlighted name).
    pub fn around(&self, m: Msg, arg: &str) -> (String, String) {
        let text = self.t(m);
        let mark = format!("{{{arg}}}");
        match text.split_once(&mark) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    /// The text of `m` as views: its text as text, each placeholder as
    /// `arg` renders it (a `<code>`, a link).
    pub fn view(&self, m: Msg, mut arg: impl FnMut(&str) -> AnyView) -> Vec<AnyView> {
        pieces(&self.t(m))
            .into_iter()
            .map(|p| match p {
                Piece::Text(text) => text.to_owned().into_any(),
                Piece::Arg(name) => arg(name),
            })
            .collect()
    }

    /// "3 teams, 12 people": what the filter shows.
    pub fn counts(&self, teams: usize, people: usize) -> String {
        self.fill(
            Msg::Counts,
            &[
                ("teams", &self.count(Count::TeamCount, teams)),
                ("people", &self.count(Count::People, people)),
            ],
        )
    }

    /// `names` as a list in the reader's language ("A, B and C").
    pub fn list(&self, names: &[String]) -> String {
        let array: Array = names.iter().map(|n| JsValue::from_str(n)).collect();
        with_intl(self.lang(), |intl| {
            intl.list.as_ref().map(|l| String::from(l.format(&array)))
        })
        .unwrap_or_else(|| names.join(", "))
    }

    /// An RFC 3339 date or date-time, written as the reader's language
    /// writes dates: the wall time as the manifest gives it, without
    /// converting zones. The text itself when it is no date.
    pub fn date(&self, value: &str) -> String {
        let Some((y, m, d)) = ymd(value) else {
            return value.to_owned();
        };
        let time = value
            .get(11..16)
            .filter(|t| t.as_bytes().get(2) == Some(&b':'))
            .and_then(|t| Some((t[..2].parse::<u32>().ok()?, t[3..].parse::<u32>().ok()?)));
        let (hh, mm) = time.unwrap_or((0, 0));
        let utc = js_sys::Date::utc(y as f64, f64::from(m - 1)) + day_ms(d, hh, mm);
        let options = Object::new();
        let set = |k: &str, v: &str| Reflect::set(&options, &k.into(), &v.into()).ok();
        set("timeZone", "UTC");
        set("dateStyle", "long");
        if time.is_some() {
            set("timeStyle", "short");
        }
        let format = Intl::DateTimeFormat::new(&Array::of1(&self.lang().into()), &options);
        format
            .format()
            .call1(&JsValue::NULL, &js_sys::Date::new(&JsValue::from_f64(utc)))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| value.to_owned())
    }

    /// The order in which `names` are listed, sorted as the reader's
    /// language sorts (`Intl.Collator`).
    pub fn sort_order(&self, names: &[&str]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..names.len()).collect();
        with_intl(self.lang(), |intl| {
            let Some(collator) = &intl.collator else {
                return;
            };
            // Each name crosses into JavaScript once; JavaScript's sort
            // orders the indices by the collator's comparison of them.
            let strings: Vec<JsValue> = names.iter().map(|n| JsValue::from_str(n)).collect();
            let compare = collator.compare();
            let at = |i: &JsValue| &strings[i.as_f64().unwrap_or(0.0) as usize];
            let indices: Array = order.iter().map(|&i| JsValue::from(i as u32)).collect();
            indices.sort_by(&mut |a, b| {
                compare
                    .call2(&JsValue::NULL, at(&a), at(&b))
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(0.0) as i32
            });
            order = indices
                .iter()
                .filter_map(|v| v.as_f64())
                .map(|i| i as usize)
                .collect();
        });
        order
    }
}

/// The instance's locale, provided by `TeamPage`.
pub fn use_locale() -> Arc<Locale> {
    use_context::<Arc<Locale>>().unwrap_or_default()
}

/// `(year, month, day)` of an RFC 3339 date.
fn ymd(value: &str) -> Option<(i32, u32, u32)> {
    let date = value.get(..10)?;
    let mut parts = date.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let d = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    Some((y, m, d))
}

fn day_ms(d: u32, hh: u32, mm: u32) -> f64 {
    f64::from((d - 1) * 86_400 + hh * 3_600 + mm * 60) * 1000.0
}

/// The language `options` ask for, and the root's `dir`.
fn chosen(options: &PageOptions) -> (&'static Language, Option<&'static str>) {
    let given = options.lang.trim();
    let wanted: Vec<String> = if !given.is_empty() {
        vec![given.to_owned()]
    } else if !options.host_lang.trim().is_empty() {
        vec![options.host_lang.clone()]
    } else {
        browser_languages()
    };
    let tags: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let language = negotiate(&tags);
    // Right to left for an RTL catalogue or an RTL language without one
    // (the layout follows the host's script); left to right when the
    // instance was given its language; else the surroundings decide.
    let dir = if language.rtl || tags.first().is_some_and(|t| is_rtl(t)) {
        Some("rtl")
    } else if !given.is_empty() {
        Some("ltr")
    } else {
        None
    };
    (language, dir)
}

/// Reads a JavaScript object of strings (a catalogue file, a host's
/// `labels`) as key → text; other values are skipped.
pub fn labels_from_js(object: &JsValue) -> Labels {
    let mut labels = Labels::default();
    if let Some(object) = object.dyn_ref::<Object>() {
        for entry in Object::entries(object).iter() {
            let entry: Array = entry.unchecked_into();
            if let (Some(key), Some(text)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
                labels.insert(key, text);
            }
        }
    }
    labels
}

/// Fetches a catalogue file (a JSON object of key → text); the request is
/// sent now, and given up after [`CATALOGUE_MS`].
fn fetch_catalogue(url: &str) -> impl std::future::Future<Output = Result<Labels, String>> {
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(CATALOGUE_MS)));
    let sent = web_sys::window().map(|w| JsFuture::from(w.fetch_with_str_and_init(url, &init)));
    async move {
        let why = |e: JsValue| js_message(&e);
        let response: web_sys::Response = sent
            .ok_or("no window")?
            .await
            .map_err(why)?
            .unchecked_into();
        if !response.ok() {
            return Err(format!("HTTP {}", response.status()));
        }
        let json = JsFuture::from(response.json().map_err(why)?)
            .await
            .map_err(why)?;
        Ok(labels_from_js(&json))
    }
}

/// `navigator.languages`, most wanted first.
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return vec![];
    };
    let mut out: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(navigator.language());
    }
    out
}

/// The `Intl` objects of one language, made once: building them costs far
/// more than using them.
struct IntlSet {
    plural: Option<Intl::PluralRules>,
    number: Option<Function>,
    list: Option<Intl::ListFormat>,
    collator: Option<Intl::Collator>,
}

thread_local! {
    /// The `Intl` objects made so far, by language.
    static INTL: RefCell<Vec<(&'static str, Rc<IntlSet>)>> = Default::default();
    /// The catalogue files fetched so far, by language.
    static CATALOGUES: RefCell<Vec<(&'static str, Labels)>> = Default::default();
}

/// Runs `f` with the `Intl` objects of `lang` (a catalogue's tag, which
/// every browser accepts); a browser without `Intl` gets `None`s.
fn with_intl<R>(lang: &'static str, f: impl FnOnce(&IntlSet) -> R) -> R {
    let set = INTL.with(|m| {
        m.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, s)| s.clone())
    });
    let set = set.unwrap_or_else(|| {
        let has = |name: &str| {
            Reflect::get(&js_sys::global(), &"Intl".into())
                .ok()
                .filter(|i| !i.is_undefined())
                .and_then(|i| Reflect::get(&i, &name.into()).ok())
                .is_some_and(|c| c.is_function())
        };
        let locales = Array::of1(&lang.into());
        let made = Rc::new(IntlSet {
            plural: has("PluralRules").then(|| Intl::PluralRules::new(&locales, &Object::new())),
            number: has("NumberFormat")
                .then(|| Intl::NumberFormat::new(&locales, &Object::new()).format()),
            list: has("ListFormat").then(|| Intl::ListFormat::new(&locales, &Object::new())),
            collator: has("Collator").then(|| Intl::Collator::new(&locales, &Object::new())),
        });
        INTL.with(|m| m.borrow_mut().push((lang, made.clone())));
        made
    });
    f(&set)
}
