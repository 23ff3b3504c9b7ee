//! The state of one loaded page: the filter ([`filter`]), each card's
//! signals and open/shown state ([`cards`]), the A–Z list ([`flat`]), and
//! the deferred work that keeps a keystroke's frame short: bodies the
//! filter opens are built top of the page first, a few in the handler, the
//! rest after its frame is painted, in background batches of a few
//! milliseconds ([`teampage_core::deferred`]).
//!
//! ```no_run
//! use leptos::prelude::*;
//! let state = expect_context::<teampage::state::PageState>();
//! state.set_filter("traffic".into(), vec![]);
//! assert!(!state.filter.query().is_empty());
//! ```

pub mod cards;
pub mod filter;
pub mod flat;

use crate::events::PageEvents;
use crate::i18n::Locale;
use crate::options::View;
use crate::source::Loaded;
use cards::Cards;
use filter::{set_if_changed, FilterState};
use flat::{FlatList, FlatSignals};
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use teampage_core::deferred::{Deferred, Job};
use teampage_core::filter::{PeopleShown, Query};

/// The state of one page instance, shared by its components through context.
#[derive(Clone)]
pub struct PageState(pub Arc<Inner>);

/// What [`PageState`] holds.
pub struct Inner {
    pub data: Arc<Loaded>,
    pub filter: FilterState,
    pub cards: Arc<Cards>,
    pub view: RwSignal<View>,
    /// The filter box.
    pub input: NodeRef<leptos::html::Input>,
    /// The page's outer element (cards are looked up inside it, shadow root or not).
    pub page: NodeRef<leptos::html::Div>,
    /// Prefix of element ids (empty on the standalone page).
    pub prefix: String,
    /// Where what the visitor does is told to the host.
    pub events: PageEvents,
    /// The language of the page's words.
    pub locale: Arc<Locale>,
    /// `lang` of the manifest's own text, when it differs from the page's.
    pub content_lang: Option<String>,
    /// Cleared when the page is unmounted: deferred work then does nothing
    /// (its signals are gone).
    pub alive: AtomicBool,
    deferred: Mutex<Deferred>,
    flat: Mutex<FlatList>,
}

impl std::ops::Deref for PageState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// The manifest's `meta.language` when its language is not the page's.
fn content_lang(data: &Loaded, locale: &Locale) -> Option<String> {
    let tag = data.manifest.language()?;
    let primary = tag.split('-').next().unwrap_or("");
    (!primary.eq_ignore_ascii_case(locale.lang())).then(|| tag.to_owned())
}

/// Teams up to this many start with every card open; larger manifests start
/// with the cards collapsed (their bodies are built when first opened).
pub const OPEN_ALL_UP_TO: usize = 40;

/// How many people's worth of card bodies "Expand all" builds in its click
/// handler (the top of the page); the rest follows in batches.
pub const BUILD_BUDGET: usize = 400;

/// The same, in a keystroke's own handler.
pub const FIRST_BUDGET: usize = 120;

/// How long a batch of deferred work runs before it yields to input and
/// frames (ms): a keystroke typed meanwhile waits at most about this long.
const BATCH_MS: f64 = 5.0;

/// People's worth of bodies a batch builds between two looks at the clock.
const STEP_BUDGET: usize = 40;

/// What deferred jobs cost, in people's worth of a body.
const HEAD_COST: usize = 3;
const FILL_COST: usize = 5;

impl PageState {
    /// The state for a loaded manifest, with the initial filter applied.
    pub fn new(
        data: Arc<Loaded>,
        text: String,
        techs: Vec<String>,
        view: View,
        prefix: String,
        events: PageEvents,
        locale: Arc<Locale>,
    ) -> Self {
        let n = data.tree.len();
        let people = data.tree.person_count();
        let state = PageState(Arc::new(Inner {
            filter: FilterState::new(n, people, locale.clone()),
            content_lang: content_lang(&data, &locale),
            locale,
            cards: Arc::new(Cards::new(n, n <= OPEN_ALL_UP_TO)),
            view: RwSignal::new(view),
            input: NodeRef::new(),
            page: NodeRef::new(),
            prefix,
            events,
            alive: AtomicBool::new(true),
            deferred: Mutex::new(Deferred::default()),
            flat: Mutex::new(FlatList::new(people)),
            data,
        }));
        if !text.trim().is_empty() || !techs.is_empty() {
            state.set_filter(text, techs);
        }
        state
    }

    /// The element id of a team's card, or of anything named by an id.
    pub fn dom_id(&self, id: &str) -> String {
        format!("{}{id}", self.prefix)
    }

    /// The element id of a part of a team's card or section (`title`, `body`, ...).
    pub fn part_id(&self, team_id: &str, part: &str) -> String {
        format!("{}{team_id}--{part}", self.prefix)
    }

    /// Puts `text` in the filter box and runs the filter: for changes that
    /// were not typed into the box (clearing, Back/Forward).
    pub fn replace_filter(&self, text: String, techs: Vec<String>) {
        if let Some(input) = self.input.get_untracked() {
            input.set_value(&text);
        }
        self.set_filter(text, techs);
    }

    /// Runs the filter and writes only what changes.
    pub fn set_filter(&self, text: String, techs: Vec<String>) {
        let Some((previous, query)) = self.filter.replace(text, techs) else {
            return;
        };
        let outcome = self.data.index().run(&query);
        let cards = &self.cards;
        if query.is_empty() {
            let saved = self.filter.take_saved_open();
            for i in 0..cards.len() {
                cards.put_shown(i, true);
                if let Some(saved) = &saved {
                    cards.put_open(i, saved[i]);
                }
            }
            self.filter.set_kept(vec![PeopleShown::All; cards.len()]);
        } else {
            if previous.is_empty() {
                self.filter.save_open(cards.open_states());
            }
            for i in 0..cards.len() {
                cards.put_shown(i, outcome.shown[i]);
                if outcome.shown[i] {
                    cards.put_open(i, outcome.open[i] || outcome.matched[i]);
                }
            }
            self.filter.set_kept(outcome.people);
        }
        self.refresh_highlights();
        self.flat
            .lock()
            .unwrap()
            .set_shown(outcome.person_shown, &query);
        // The root is the page itself, not one of the cards counted.
        let root = usize::from(outcome.matched.first() == Some(&true));
        self.filter
            .show_counts(outcome.team_count - root, outcome.people_count);
        self.build_pending(FIRST_BUDGET);
    }

    /// Brings the heads of shown, rendered cards up to date at once, and
    /// queues the open cards whose bodies are not current (or not built).
    fn refresh_highlights(&self) {
        let q = self.filter.query();
        let tree = &self.data.tree;
        let cards = &self.cards;
        let ui = cards.all();
        let mut jobs = Vec::new();
        self.filter.with_kept(|kept| {
            // The root's people sit in the header, always on the page.
            set_if_changed(ui[0].people, kept[0].clone());
            for (i, t) in ui.iter().enumerate() {
                if !cards.is_shown(i) {
                    continue;
                }
                let rendered = tree.parent(i).is_none_or(|p| ui[p].built.get_untracked());
                if rendered && t.head_hl.with_untracked(|c| **c != *q) {
                    // Top-level heads at once; deeper ones with their parent's turn.
                    if tree.depth(i) <= 1 {
                        refresh(t.head_hl, &q);
                    } else {
                        jobs.push(Job::Head(i));
                    }
                }
                let current = t.built.get_untracked()
                    && t.hl.with_untracked(|c| **c == *q)
                    && t.people.with_untracked(|p| *p == kept[i]);
                if cards.is_open(i) && !current {
                    jobs.push(Job::Body(i));
                }
            }
        });
        self.deferred.lock().unwrap().replace_builds(jobs);
    }

    /// Builds a card's body if needed and brings its highlights up to date
    /// (with its subteams' heads, which its body holds).
    fn make_current(&self, i: usize) {
        let q = self.filter.query();
        let t = self.cards.ui(i);
        set_if_changed(t.people, self.filter.kept(i));
        refresh(t.hl, &q);
        for &c in self.data.tree.children(i) {
            if self.cards.is_shown(c) {
                refresh(self.cards.ui(c).head_hl, &q);
            }
        }
        set_if_changed(t.built, true);
    }

    /// Creates the A–Z list's signals (when the list is rendered).
    pub fn attach_flat(&self) -> FlatSignals {
        self.flat.lock().unwrap().attach(&self.filter.query())
    }

    /// Forgets the A–Z list's signals (when the list is removed).
    pub fn detach_flat(&self) {
        self.flat.lock().unwrap().detach();
    }

    /// Opens or closes a card now, building its body first if needed.
    pub fn set_open(&self, i: usize, open: bool) {
        if open {
            self.make_current(i);
        }
        self.cards.put_open(i, open);
    }

    /// Called by a card rendered while the filter hides it: it starts empty
    /// and is filled in after a painted frame (or when shown, if sooner).
    pub fn defer_content(&self, i: usize) {
        set_if_changed(self.cards.ui(i).content, false);
        self.deferred.lock().unwrap().fill_later(i);
        self.schedule_build();
    }

    /// After a visible change (a filter change, "Expand all"): builds queued
    /// bodies worth about `budget` people, top of the page first, and
    /// schedules the rest for after the frame that shows the change.
    pub fn build_pending(&self, budget: usize) {
        self.deferred.lock().unwrap().frame_first();
        self.build_step(budget, false);
        if !self.deferred.lock().unwrap().is_empty() {
            self.schedule_build();
        }
    }

    /// Does queued jobs, in page order, until about `budget` people's worth
    /// are done or none is left; fills too if `fills`.
    fn build_step(&self, budget: usize, fills: bool) {
        let mut spent = 0;
        while spent < budget && self.alive.load(Ordering::Relaxed) {
            // The lock is let go before the job runs.
            let next = {
                let mut work = self.deferred.lock().unwrap();
                if fills {
                    work.take()
                } else {
                    work.take_build()
                }
            };
            match next {
                None => return,
                Some(Job::Head(i)) => {
                    if self.cards.is_shown(i) {
                        refresh(self.cards.ui(i).head_hl, &self.filter.query());
                        spent += HEAD_COST;
                    }
                }
                Some(Job::Body(i)) => {
                    if self.cards.is_open(i) {
                        self.make_current(i);
                        spent += 1 + self.data.tree.team(i).own_people().count();
                    }
                }
                Some(Job::Fill(i)) => {
                    set_if_changed(self.cards.ui(i).content, true);
                    spent += FILL_COST;
                }
            }
        }
    }

    /// Schedules the deferred work, unless it is: its first batch runs after
    /// the next painted frame, so neither a keystroke nor the frame that
    /// shows its result waits for it.
    fn schedule_build(&self) {
        if self.deferred.lock().unwrap().schedule() {
            self.queue_batch(true);
        }
    }

    /// Queues the next batch: after the next painted frame, or as a
    /// background task of its own (the browser runs input and frames first).
    fn queue_batch(&self, after_paint: bool) {
        let state = self.clone();
        let run = move || leptos::task::spawn_local(state.run_batch());
        if after_paint {
            self.deferred.lock().unwrap().take_frame_first();
            crate::schedule::after_paint(run);
        } else {
            crate::schedule::background_task(run);
        }
    }

    /// One batch: works in steps until [`BATCH_MS`] have passed, waiting
    /// after each step for the DOM to be written (Leptos renders in
    /// microtasks), then queues the next batch if work is left.
    async fn run_batch(self) {
        let deadline = crate::schedule::now() + BATCH_MS;
        loop {
            if !self.alive.load(Ordering::Relaxed) {
                return;
            }
            // A visible change came since this batch was queued: its frame first.
            if self.deferred.lock().unwrap().take_frame_first() {
                return self.queue_batch(true);
            }
            if self.deferred.lock().unwrap().is_empty() {
                self.deferred.lock().unwrap().unschedule();
                return;
            }
            self.build_step(STEP_BUDGET, true);
            leptos::task::tick().await;
            if crate::schedule::now() >= deadline {
                break;
            }
        }
        if self.deferred.lock().unwrap().is_empty() {
            self.deferred.lock().unwrap().unschedule();
        } else {
            self.queue_batch(false);
        }
    }

    /// Opens or closes every card the filter shows. Bodies are built in
    /// batches after the next painted frame unless `now` (printing needs them
    /// all at once).
    pub fn set_all_open(&self, open: bool, now: bool) {
        for i in 0..self.cards.len() {
            if self.cards.is_shown(i) {
                let open = open || i == 0;
                if now {
                    self.set_open(i, open);
                } else {
                    self.cards.put_open(i, open);
                }
            }
        }
        if !now {
            self.refresh_highlights();
            self.build_pending(BUILD_BUDGET);
        }
    }

    /// Opens a team's card and its ancestors; returns whether the id exists.
    pub fn reveal(&self, team_id: &str) -> bool {
        let Some(mut i) = self.data.tree.find(team_id) else {
            return false;
        };
        loop {
            self.set_open(i, true);
            match self.data.tree.parent(i) {
                Some(p) => i = p,
                None => return true,
            }
        }
    }
}

/// Points a highlight signal at the query, unless it already is.
fn refresh(hl: RwSignal<Arc<Query>>, q: &Arc<Query>) {
    if hl.with_untracked(|cur| **cur != **q) {
        hl.set(q.clone());
    }
}
