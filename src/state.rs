//! The reactive state of one loaded page: per-team signals that the filter
//! writes only when they change, the filter text, and the view.
//!
//! Cost model (see `bench/RESULTS.md`): the filter itself is cheap; what
//! costs is DOM work and reactive subscriptions. So each team has its own
//! highlight signal, written only while its card is shown and rendered;
//! bodies of cards that the filter opens are built top of the page first: a
//! few in the keystroke's handler, the rest after its frame is painted, in
//! background tasks of a few milliseconds each (input and frames never wait
//! longer for them); and the A–Z list's signals are written only while that
//! list exists.
//!
//! ```ignore
//! let state = expect_context::<PageState>();
//! state.set_filter("traffic".into(), vec![]);
//! ```

use crate::components::page::View;
use crate::source::Loaded;
use leptos::prelude::*;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use teampage_core::filter::{PeopleShown, Query};

/// One team's on-page state.
#[derive(Clone, Copy)]
pub struct TeamUi {
    /// The card's head and body are rendered. A card the filter hides when
    /// its parent's body is built starts as an empty `<section hidden>`,
    /// filled in after the next painted frame or when it is first shown:
    /// a rare query opens a few cards whose bodies hold dozens of hidden
    /// subteam cards (4 of its 10 ms at 10k went to them).
    pub content: RwSignal<bool>,
    /// The card's body has been built (bodies are built on first open).
    pub built: RwSignal<bool>,
    /// The card's elements, once rendered. Whether the card is open and
    /// shown ([`PageState::is_open`], [`PageState::is_shown`]) is written to
    /// them directly, one DOM write per change: an effect per card cost
    /// about 20 µs each, 10 ms when a keystroke hides 500 cards.
    pub card: NodeRef<leptos::html::Section>,
    pub toggle: NodeRef<leptos::html::Button>,
    pub body: NodeRef<leptos::html::Div>,
    /// Which of its own people the filter keeps (kept current while the
    /// card is open, like `hl`).
    pub people: RwSignal<PeopleShown>,
    /// The query its card's head highlights (kept current while shown).
    pub head_hl: RwSignal<Arc<Query>>,
    /// The query its body's texts highlight (kept current while open; bodies
    /// far down the page catch up a batch per frame).
    pub hl: RwSignal<Arc<Query>>,
}

/// The state of one page instance, shared by its components through context.
#[derive(Clone)]
pub struct PageState(pub Arc<Inner>);

pub struct Inner {
    pub data: Arc<Loaded>,
    /// Per team, in the index's pre-order (the root is 0).
    pub teams: Vec<TeamUi>,
    /// Per team: its card is expanded.
    open: Vec<AtomicBool>,
    /// Per team: the filter keeps it.
    shown: Vec<AtomicBool>,
    /// The text in the filter box.
    pub text: RwSignal<String>,
    /// Selected technology chips.
    pub techs: RwSignal<Vec<String>>,
    /// Teams and people shown (updates at once).
    pub counts: RwSignal<(usize, usize)>,
    /// What assistive technology hears: the counts, debounced.
    pub announce: RwSignal<String>,
    pub view: RwSignal<View>,
    /// The filter box.
    pub input: NodeRef<leptos::html::Input>,
    /// The page's outer element (cards are looked up inside it, shadow root or not).
    pub page: NodeRef<leptos::html::Div>,
    /// Prefix of element ids (empty on the standalone page).
    pub prefix: String,
    /// Whether this instance keeps its state in the page URL.
    pub own_url: bool,
    query: Mutex<Arc<Query>>,
    /// Per team: the people the current filter keeps, applied to the team's
    /// `people` signal when its body is brought up to date.
    kept_people: Mutex<Vec<PeopleShown>>,
    saved_open: Mutex<Option<Vec<bool>>>,
    announce_timer: Mutex<Option<TimeoutHandle>>,
    /// A pending URL write while the user types (see `sync_url_soon`).
    pub url_timer: Mutex<Option<TimeoutHandle>>,
    build_queue: Mutex<VecDeque<Job>>,
    /// Hidden cards to fill in after a painted frame, in page order.
    content_queue: Mutex<VecDeque<usize>>,
    build_scheduled: AtomicBool,
    /// A visible change (see [`PageState::build_pending`]) is waiting for its
    /// frame: the next batch of deferred work waits until it is painted.
    frame_first: AtomicBool,
    /// Cleared when the page is unmounted: deferred work then does nothing
    /// (its signals are gone).
    pub alive: AtomicBool,
    flat: Mutex<Flat>,
}

/// Work the filter defers to the next frames, in page order.
#[derive(Clone, Copy, Debug)]
enum Job {
    /// Bring a card head's highlights up to date.
    Head(usize),
    /// Build a card's body, or bring it up to date.
    Body(usize),
}

/// The A–Z list's state: its signals exist only while the list does.
#[derive(Default)]
struct Flat {
    /// Per entry of `Index::people()`: shown (kept even while the list is not).
    shown: Vec<bool>,
    /// The list's signals while it exists: per person, and per chunk of people
    /// a highlight query.
    live: Option<FlatSignals>,
}

/// Signals of a rendered A–Z list.
pub struct FlatSignals {
    pub shown: Vec<RwSignal<bool>>,
    pub hl: Vec<RwSignal<Arc<Query>>>,
}

/// People per highlight signal in the A–Z list.
pub const FLAT_CHUNK: usize = 64;

impl std::ops::Deref for PageState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// Teams up to this many start with every card open; larger manifests start
/// with the cards collapsed (their bodies are built when first opened).
pub const OPEN_ALL_UP_TO: usize = 40;

/// How many people's worth of card bodies "Expand all" builds in its click
/// handler (the top of the page); the rest follows in batches.
pub const BUILD_BUDGET: usize = 400;

/// How long a batch of deferred work runs before it yields to input and
/// frames (ms): a keystroke typed meanwhile waits at most about this long.
const BATCH_MS: f64 = 5.0;

/// People's worth of bodies a batch builds between two looks at the clock.
const STEP_BUDGET: usize = 40;

/// The same, in the keystroke's own handler (the top of the page).
pub const FIRST_BUDGET: usize = 120;

/// What filling in a hidden card costs, in people's worth of a body.
const CONTENT_COST: usize = 5;

impl PageState {
    /// Builds the state for a loaded manifest, applying the initial filter.
    pub fn new(
        data: Arc<Loaded>,
        text: String,
        techs: Vec<String>,
        view: View,
        prefix: String,
        own_url: bool,
    ) -> Self {
        let n = data.teams.len();
        let open_all = n <= OPEN_ALL_UP_TO;
        let empty = Arc::new(Query::default());
        let teams = (0..n)
            .map(|i| TeamUi {
                content: RwSignal::new(true),
                built: RwSignal::new(open_all || i == 0),
                people: RwSignal::new(PeopleShown::All),
                head_hl: RwSignal::new(empty.clone()),
                hl: RwSignal::new(empty.clone()),
                card: NodeRef::new(),
                toggle: NodeRef::new(),
                body: NodeRef::new(),
            })
            .collect();
        let people = data.person_count;
        let state = PageState(Arc::new(Inner {
            data,
            teams,
            open: (0..n)
                .map(|i| AtomicBool::new(open_all || i == 0))
                .collect(),
            shown: (0..n).map(|_| AtomicBool::new(true)).collect(),
            text: RwSignal::new(String::new()),
            techs: RwSignal::new(vec![]),
            counts: RwSignal::new((n, people)),
            announce: RwSignal::new(String::new()),
            view: RwSignal::new(view),
            input: NodeRef::new(),
            page: NodeRef::new(),
            prefix,
            own_url,
            query: Mutex::new(empty),
            kept_people: Mutex::new(vec![PeopleShown::All; n]),
            saved_open: Mutex::new(None),
            announce_timer: Mutex::new(None),
            url_timer: Mutex::new(None),
            build_queue: Mutex::new(VecDeque::new()),
            content_queue: Mutex::new(VecDeque::new()),
            build_scheduled: AtomicBool::new(false),
            frame_first: AtomicBool::new(false),
            alive: AtomicBool::new(true),
            flat: Mutex::new(Flat {
                shown: vec![true; people],
                live: None,
            }),
        }));
        if !text.trim().is_empty() || !techs.is_empty() {
            state.set_filter(text, techs);
        }
        state
    }

    /// The element id of a team's card.
    pub fn dom_id(&self, team_id: &str) -> String {
        format!("{}{}", self.prefix, team_id)
    }

    /// The current query.
    pub fn query(&self) -> Arc<Query> {
        self.query.lock().unwrap().clone()
    }

    /// Puts `text` in the filter box and runs the filter: for changes that
    /// were not typed into the box (clearing, Back/Forward).
    pub fn replace_filter(&self, text: String, techs: Vec<String>) {
        if let Some(input) = self.input.get_untracked() {
            input.set_value(&text);
        }
        self.set_filter(text, techs);
    }

    /// Which cards are open, in team order.
    pub fn open_states(&self) -> Vec<bool> {
        (0..self.teams.len()).map(|i| self.is_open(i)).collect()
    }

    /// Runs the filter and writes only the signals whose value changes.
    pub fn set_filter(&self, text: String, techs: Vec<String>) {
        let query = Arc::new(Query::new(&text, &techs));
        // Unchanged chips are not told (each re-renders its `aria-pressed`).
        set_if_changed(self.text, text);
        set_if_changed(self.techs, techs);
        let previous = std::mem::replace(&mut *self.query.lock().unwrap(), query.clone());
        if *previous == *query {
            return;
        }
        let outcome = self.data.index().run(&query);
        if query.is_empty() {
            let saved = self.saved_open.lock().unwrap().take();
            for i in 0..self.teams.len() {
                self.put_shown(i, true);
                if let Some(saved) = &saved {
                    self.put_open(i, saved[i]);
                }
            }
        } else {
            if previous.is_empty() {
                *self.saved_open.lock().unwrap() = Some(self.open_states());
            }
            for i in 0..self.teams.len() {
                self.put_shown(i, outcome.shown[i]);
                if outcome.shown[i] {
                    self.put_open(i, outcome.open[i] || outcome.matched[i]);
                }
            }
        }
        *self.kept_people.lock().unwrap() = if query.is_empty() {
            vec![PeopleShown::All; self.teams.len()]
        } else {
            outcome.people
        };
        self.refresh_highlights();
        self.set_flat_shown(outcome.person_shown);
        self.counts.set((outcome.team_count, outcome.people_count));
        self.schedule_announcement();
        self.build_pending(FIRST_BUDGET);
    }

    /// Brings the heads of shown, rendered cards up to date at once, and
    /// queues the open cards whose bodies are not current (or not built).
    fn refresh_highlights(&self) {
        let q = self.query();
        let kept = self.kept_people.lock().unwrap();
        let mut queue = self.build_queue.lock().unwrap();
        queue.clear();
        // The root's people sit in the header, always on the page.
        set_if_changed(self.teams[0].people, kept[0].clone());
        for (i, t) in self.teams.iter().enumerate() {
            if !self.is_shown(i) {
                continue;
            }
            let rendered = self.data.parents[i].is_none_or(|p| self.teams[p].built.get_untracked());
            if rendered && t.head_hl.with_untracked(|c| **c != *q) {
                // Top-level heads at once; deeper ones with their parent's turn.
                if self.data.depth[i] <= 1 {
                    refresh(t.head_hl, &q);
                } else {
                    queue.push_back(Job::Head(i));
                }
            }
            let current = t.built.get_untracked()
                && t.hl.with_untracked(|c| **c == *q)
                && t.people.with_untracked(|p| *p == kept[i]);
            if self.is_open(i) && !current {
                queue.push_back(Job::Body(i));
            }
        }
    }

    /// Builds a card's body if needed and brings its highlights up to date
    /// (with its subteams' heads, which its body holds).
    fn make_current(&self, i: usize) {
        let q = self.query();
        let t = self.teams[i];
        let kept = self.kept_people.lock().unwrap()[i].clone();
        set_if_changed(t.people, kept);
        refresh(t.hl, &q);
        for &c in &self.data.children[i] {
            if self.is_shown(c) {
                refresh(self.teams[c].head_hl, &q);
            }
        }
        set_if_changed(t.built, true);
    }

    fn set_flat_shown(&self, shown: Vec<bool>) {
        let mut flat = self.flat.lock().unwrap();
        flat.shown = shown;
        if let Some(live) = &flat.live {
            let q = self.query();
            for (chunk, hl) in live.hl.iter().enumerate() {
                let range = chunk * FLAT_CHUNK..((chunk + 1) * FLAT_CHUNK).min(flat.shown.len());
                for k in range.clone() {
                    set_if_changed(live.shown[k], flat.shown[k]);
                }
                if flat.shown[range].iter().any(|s| *s) && hl.with_untracked(|cur| **cur != *q) {
                    hl.set(q.clone());
                }
            }
        }
    }

    /// Creates the A–Z list's signals (when the list is rendered).
    pub fn attach_flat(&self) -> (Vec<RwSignal<bool>>, Vec<RwSignal<Arc<Query>>>) {
        let mut flat = self.flat.lock().unwrap();
        let q = self.query();
        let shown: Vec<_> = flat.shown.iter().map(|s| RwSignal::new(*s)).collect();
        let hl: Vec<_> = (0..flat.shown.len().div_ceil(FLAT_CHUNK))
            .map(|_| RwSignal::new(q.clone()))
            .collect();
        flat.live = Some(FlatSignals {
            shown: shown.clone(),
            hl: hl.clone(),
        });
        (shown, hl)
    }

    /// Forgets the A–Z list's signals (when the list is removed).
    pub fn detach_flat(&self) {
        self.flat.lock().unwrap().live = None;
    }

    fn schedule_announcement(&self) {
        let (teams, people) = self.counts.get_untracked();
        let message = counts_text(teams, people);
        let announce = self.announce;
        let mut timer = self.announce_timer.lock().unwrap();
        if let Some(t) = timer.take() {
            t.clear();
        }
        *timer = set_timeout_with_handle(
            move || announce.set(message),
            std::time::Duration::from_millis(600),
        )
        .ok();
    }

    /// Opens or closes a card now, building its body first if needed.
    pub fn set_open(&self, i: usize, open: bool) {
        if open {
            self.make_current(i);
        }
        self.put_open(i, open);
    }

    /// Whether card `i` is expanded.
    pub fn is_open(&self, i: usize) -> bool {
        self.open[i].load(Ordering::Relaxed)
    }

    /// Whether the filter keeps team `i`.
    pub fn is_shown(&self, i: usize) -> bool {
        self.shown[i].load(Ordering::Relaxed)
    }

    /// Opens or closes card `i`: its state, and its elements if rendered.
    pub fn put_open(&self, i: usize, open: bool) {
        if self.open[i].swap(open, Ordering::Relaxed) == open {
            return;
        }
        let t = self.teams[i];
        if let Some(toggle) = t.toggle.get_untracked() {
            let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
        }
        if let Some(body) = t.body.get_untracked() {
            body.set_hidden(!open);
        }
    }

    /// Shows or hides card `i`: its state, and its element if rendered
    /// (filled in first if it is still empty).
    pub fn put_shown(&self, i: usize, shown: bool) {
        if self.shown[i].swap(shown, Ordering::Relaxed) == shown {
            return;
        }
        let t = self.teams[i];
        if shown {
            set_if_changed(t.content, true);
        }
        if let Some(card) = t.card.get_untracked() {
            card.set_hidden(!shown);
        }
    }

    /// Called by a card rendered while the filter hides it: it starts empty
    /// and is filled in after a painted frame (or when shown, if sooner).
    pub fn defer_content(&self, i: usize) {
        set_if_changed(self.teams[i].content, false);
        self.content_queue.lock().unwrap().push_back(i);
        self.schedule_build();
    }

    /// After a visible change (a filter change, "Expand all"): builds queued
    /// bodies worth about `budget` people, top of the page first, and
    /// schedules the rest for after the frame that shows the change.
    pub fn build_pending(&self, budget: usize) {
        self.frame_first.store(true, Ordering::Relaxed);
        self.build_step(budget);
        if self.has_deferred() {
            self.schedule_build();
        }
    }

    /// Builds queued bodies, in page order, until about `budget` people's
    /// worth are done or none is left.
    fn build_step(&self, budget: usize) {
        if !self.alive.load(Ordering::Relaxed) {
            return;
        }
        let mut spent = 0;
        while spent < budget {
            let next = self.build_queue.lock().unwrap().pop_front();
            match next {
                None => return,
                Some(Job::Head(i)) => {
                    if self.is_shown(i) {
                        refresh(self.teams[i].head_hl, &self.query());
                        spent += 3;
                    }
                }
                Some(Job::Body(i)) => {
                    if !self.is_open(i) {
                        continue;
                    }
                    self.make_current(i);
                    let t = &self.data.teams[i];
                    spent += 1 + t.leads.len() + t.members.len();
                }
            }
        }
    }

    /// Whether bodies or hidden cards are waiting to be built.
    fn has_deferred(&self) -> bool {
        !self.build_queue.lock().unwrap().is_empty()
            || !self.content_queue.lock().unwrap().is_empty()
    }

    /// Schedules the deferred work, unless it is: its first batch runs after
    /// the next painted frame, so neither a keystroke nor the frame that
    /// shows its result waits for it. Hidden cards are filled in once nothing
    /// else is queued.
    fn schedule_build(&self) {
        if self.build_scheduled.swap(true, Ordering::Relaxed) {
            return;
        }
        self.queue_batch(true);
    }

    /// Queues the next batch: after the next painted frame, or as a
    /// background task of its own (the browser runs input and frames first).
    fn queue_batch(&self, after_paint: bool) {
        let state = self.clone();
        let run = move || leptos::task::spawn_local(state.run_batch());
        if after_paint {
            self.frame_first.store(false, Ordering::Relaxed);
            crate::schedule::after_paint(run);
        } else {
            crate::schedule::background_task(run);
        }
    }

    /// One batch: builds in steps until [`BATCH_MS`] have passed, waiting
    /// after each step for the DOM to be written (Leptos renders in
    /// microtasks), then queues the next batch if work is left.
    async fn run_batch(self) {
        let deadline = crate::schedule::now() + BATCH_MS;
        loop {
            if !self.alive.load(Ordering::Relaxed) {
                return;
            }
            // A visible change came since this batch was queued: its frame first.
            if self.frame_first.load(Ordering::Relaxed) {
                return self.queue_batch(true);
            }
            if !self.build_queue.lock().unwrap().is_empty() {
                self.build_step(STEP_BUDGET);
            } else if !self.content_queue.lock().unwrap().is_empty() {
                self.fill_hidden(STEP_BUDGET / CONTENT_COST);
            } else {
                self.build_scheduled.store(false, Ordering::Relaxed);
                return;
            }
            leptos::task::tick().await;
            if crate::schedule::now() >= deadline {
                break;
            }
        }
        if self.has_deferred() {
            self.queue_batch(false);
        } else {
            self.build_scheduled.store(false, Ordering::Relaxed);
        }
    }

    /// Fills in up to `cards` hidden, empty cards.
    fn fill_hidden(&self, cards: usize) {
        for _ in 0..cards {
            let Some(i) = self.content_queue.lock().unwrap().pop_front() else {
                return;
            };
            set_if_changed(self.teams[i].content, true);
        }
    }

    /// Opens or closes every card the filter shows. Bodies are built in
    /// batches after the next painted frame unless `now` (printing needs them
    /// all at once).
    pub fn set_all_open(&self, open: bool, now: bool) {
        for i in 0..self.teams.len() {
            if self.is_shown(i) {
                let open = open || i == 0;
                if now {
                    self.set_open(i, open);
                } else {
                    self.put_open(i, open);
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
        let Some(mut i) = self.data.team_index(team_id) else {
            return false;
        };
        loop {
            self.set_open(i, true);
            match self.data.parents[i] {
                Some(p) => i = p,
                None => return true,
            }
        }
    }
}

/// "3 teams, 12 people" with singulars.
pub fn counts_text(teams: usize, people: usize) -> String {
    format!(
        "{teams} {}, {people} {}",
        if teams == 1 { "team" } else { "teams" },
        if people == 1 { "person" } else { "people" }
    )
}

/// Points a highlight signal at the query, unless it already is.
fn refresh(hl: RwSignal<Arc<Query>>, q: &Arc<Query>) {
    if hl.with_untracked(|cur| **cur != **q) {
        hl.set(q.clone());
    }
}

/// Sets a signal only when the value differs, so nothing re-renders needlessly.
pub fn set_if_changed<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
    if s.with_untracked(|cur| *cur != v) {
        s.set(v);
    }
}
