//! What the filter holds: the text, the selected technologies, the query
//! they make, the people it keeps per team and the counts it shows.
//!
//! ```no_run
//! use leptos::prelude::*;
//! let filter = teampage::state::filter::FilterState::new(3, 12, Default::default());
//! assert_eq!(filter.counts().get_untracked(), (2, 12));
//! assert!(filter.query().is_empty());
//! ```

use crate::i18n::Locale;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use teampage_core::filter::{PeopleShown, Query};

/// How long the counts wait before assistive technology hears them: a
/// word typed letter by letter is announced once.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(600);

/// The filter's state; the page's components read it through the accessors.
pub struct FilterState {
    text: RwSignal<String>,
    techs: RwSignal<Vec<String>>,
    counts: RwSignal<(usize, usize)>,
    announcement: RwSignal<String>,
    query: Mutex<Arc<Query>>,
    /// Per team: the people the current query keeps, applied to the team's
    /// `people` signal when its body is brought up to date.
    kept: Mutex<Vec<PeopleShown>>,
    /// Which cards were open before a query opened some: restored when the
    /// query is emptied.
    saved_open: Mutex<Option<Vec<bool>>>,
    announce_timer: Mutex<Option<TimeoutHandle>>,
    locale: Arc<Locale>,
}

impl FilterState {
    /// An empty filter over `teams` teams, the root included, and `people`
    /// unique people. The counts shown leave the root out: it is the page,
    /// not one of the cards.
    pub fn new(teams: usize, people: usize, locale: Arc<Locale>) -> Self {
        FilterState {
            text: RwSignal::new(String::new()),
            techs: RwSignal::new(vec![]),
            counts: RwSignal::new((teams.saturating_sub(1), people)),
            announcement: RwSignal::new(String::new()),
            query: Mutex::new(Arc::new(Query::default())),
            kept: Mutex::new(vec![PeopleShown::All; teams]),
            saved_open: Mutex::new(None),
            announce_timer: Mutex::new(None),
            locale,
        }
    }

    /// The text in the filter box.
    pub fn text(&self) -> ReadSignal<String> {
        self.text.read_only()
    }

    /// The selected technology chips.
    pub fn techs(&self) -> ReadSignal<Vec<String>> {
        self.techs.read_only()
    }

    /// Teams and people shown (updates at once).
    pub fn counts(&self) -> ReadSignal<(usize, usize)> {
        self.counts.read_only()
    }

    /// What assistive technology hears: the counts, once typing pauses.
    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }

    /// The current query.
    pub fn query(&self) -> Arc<Query> {
        self.query.lock().unwrap().clone()
    }

    /// Takes new text and chips; returns the previous query and the new one
    /// when the query changed.
    pub(super) fn replace(
        &self,
        text: String,
        techs: Vec<String>,
    ) -> Option<(Arc<Query>, Arc<Query>)> {
        let query = Arc::new(Query::new(&text, &techs));
        // Unchanged chips are not told (each re-renders its `aria-pressed`).
        set_if_changed(self.text, text);
        set_if_changed(self.techs, techs);
        let previous = std::mem::replace(&mut *self.query.lock().unwrap(), query.clone());
        (*previous != *query).then_some((previous, query))
    }

    /// The people the current query keeps in team `i`.
    pub(super) fn kept(&self, i: usize) -> PeopleShown {
        self.kept.lock().unwrap()[i].clone()
    }

    /// Runs `f` on the people kept per team.
    pub(super) fn with_kept<R>(&self, f: impl FnOnce(&[PeopleShown]) -> R) -> R {
        f(&self.kept.lock().unwrap())
    }

    pub(super) fn set_kept(&self, kept: Vec<PeopleShown>) {
        *self.kept.lock().unwrap() = kept;
    }

    /// Remembers which cards are open, as a query starts opening some.
    pub(super) fn save_open(&self, open: Vec<bool>) {
        *self.saved_open.lock().unwrap() = Some(open);
    }

    /// What [`FilterState::save_open`] kept, once.
    pub(super) fn take_saved_open(&self) -> Option<Vec<bool>> {
        self.saved_open.lock().unwrap().take()
    }

    /// Shows new counts at once and announces them once typing pauses.
    pub(super) fn show_counts(&self, teams: usize, people: usize) {
        self.counts.set((teams, people));
        let message = self.locale.counts(teams, people);
        let announcement = self.announcement;
        let mut timer = self.announce_timer.lock().unwrap();
        if let Some(t) = timer.take() {
            t.clear();
        }
        // `try_set`: the page may be gone by then.
        *timer = set_timeout_with_handle(
            move || {
                announcement.try_set(message);
            },
            ANNOUNCE_AFTER,
        )
        .ok();
    }
}

/// Sets a signal only when the value differs, so nothing re-renders needlessly.
pub fn set_if_changed<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
    if s.with_untracked(|cur| *cur != v) {
        s.set(v);
    }
}

/// The browser's canonical decomposition of `c` (`normalize("NFD")`) with
/// its combining marks (`\p{M}`) removed: what the filter's folding needs,
/// without compiling Unicode's tables into the wasm. [`TeamPage`] plugs it
/// in ([`fold_with_the_browser`]).
///
/// [`TeamPage`]: crate::TeamPage
pub fn browser_decomposition(c: char) -> String {
    thread_local! {
        static MARKS: js_sys::RegExp = js_sys::RegExp::new(r"\p{M}", "gu");
    }
    let Ok(text) = js_sys::JsString::from_code_point1(u32::from(c)) else {
        return c.to_string();
    };
    MARKS
        .with(|marks| text.normalize("NFD").replace_by_pattern(marks, ""))
        .into()
}

/// Makes the filter fold with [`browser_decomposition`]
/// ([`teampage_core::filter::fold::set_decomposer`]), once per document:
/// setting it again would empty its cache.
pub fn fold_with_the_browser() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| teampage_core::filter::fold::set_decomposer(Some(browser_decomposition)));
}
