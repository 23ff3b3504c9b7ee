//! The reactive state of one loaded page: per-team signals that the filter
//! writes only when they change, the filter text, and the view.
//!
//! ```ignore
//! let state = expect_context::<PageState>();
//! state.set_filter("traffic".into(), vec![]);
//! ```

use crate::components::page::View;
use crate::source::Loaded;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use teampage_core::filter::{PeopleShown, Query};

/// One team's on-page state.
#[derive(Clone, Copy)]
pub struct TeamUi {
    /// The card is expanded.
    pub open: RwSignal<bool>,
    /// The card's body has been built (bodies are built on first open).
    pub built: RwSignal<bool>,
    /// The filter keeps the team.
    pub shown: RwSignal<bool>,
    /// Which of its own people the filter keeps.
    pub people: RwSignal<PeopleShown>,
}

/// The state of one page instance, shared by its components through context.
#[derive(Clone)]
pub struct PageState(pub Arc<Inner>);

pub struct Inner {
    pub data: Arc<Loaded>,
    /// Per team, in the index's pre-order (the root is 0).
    pub teams: Vec<TeamUi>,
    /// Per entry of `Index::people()`: shown in the A–Z list.
    pub person_shown: Vec<RwSignal<bool>>,
    /// The text in the filter box.
    pub text: RwSignal<String>,
    /// Selected technology chips.
    pub techs: RwSignal<Vec<String>>,
    /// The parsed query, for highlighting.
    pub query: RwSignal<Query>,
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
    saved_open: Mutex<Option<Vec<bool>>>,
    announce_timer: Mutex<Option<TimeoutHandle>>,
}

impl std::ops::Deref for PageState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// Teams up to this many start with every card open; larger manifests start
/// with the cards collapsed (their bodies are built when first opened).
pub const OPEN_ALL_UP_TO: usize = 40;

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
        let n = data.index.teams().len();
        let open_all = n <= OPEN_ALL_UP_TO;
        let teams = (0..n)
            .map(|i| {
                let open = open_all || i == 0;
                TeamUi {
                    open: RwSignal::new(open),
                    built: RwSignal::new(open),
                    shown: RwSignal::new(true),
                    people: RwSignal::new(PeopleShown::All),
                }
            })
            .collect();
        let person_shown = (0..data.index.people().len())
            .map(|_| RwSignal::new(true))
            .collect();
        let counts = (n, data.index.people().len());
        let state = PageState(Arc::new(Inner {
            data,
            teams,
            person_shown,
            text: RwSignal::new(String::new()),
            techs: RwSignal::new(vec![]),
            query: RwSignal::new(Query::default()),
            counts: RwSignal::new(counts),
            announce: RwSignal::new(String::new()),
            view: RwSignal::new(view),
            input: NodeRef::new(),
            page: NodeRef::new(),
            prefix,
            own_url,
            saved_open: Mutex::new(None),
            announce_timer: Mutex::new(None),
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

    /// Runs the filter and writes only the signals whose value changes.
    pub fn set_filter(&self, text: String, techs: Vec<String>) {
        let query = Query::new(&text, &techs);
        let was_filtering = !self.query.with_untracked(Query::is_empty);
        self.text.set(text);
        self.techs.set(techs);
        let outcome = self.data.index.run(&query);
        if query.is_empty() {
            let saved = self.saved_open.lock().unwrap().take();
            for (i, t) in self.teams.iter().enumerate() {
                set_if_changed(t.shown, true);
                set_if_changed(t.people, PeopleShown::All);
                if let Some(saved) = &saved {
                    self.set_open(i, saved[i]);
                }
            }
        } else {
            if !was_filtering {
                let snapshot = self.teams.iter().map(|t| t.open.get_untracked()).collect();
                *self.saved_open.lock().unwrap() = Some(snapshot);
            }
            for (i, t) in self.teams.iter().enumerate() {
                set_if_changed(t.shown, outcome.shown[i]);
                set_if_changed(t.people, outcome.people[i].clone());
                if outcome.shown[i] {
                    self.set_open(i, outcome.open[i] || outcome.matched[i]);
                }
            }
        }
        for (s, shown) in self.person_shown.iter().zip(&outcome.person_shown) {
            set_if_changed(*s, *shown);
        }
        self.query.set(query);
        self.counts.set((outcome.team_count, outcome.people_count));
        self.schedule_announcement();
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

    /// Opens or closes a card (building its body on first open).
    pub fn set_open(&self, i: usize, open: bool) {
        let t = self.teams[i];
        if open {
            set_if_changed(t.built, true);
        }
        set_if_changed(t.open, open);
    }

    /// Opens or closes every card the filter shows.
    pub fn set_all_open(&self, open: bool) {
        for i in 0..self.teams.len() {
            if self.teams[i].shown.get_untracked() {
                self.set_open(i, open || i == 0);
            }
        }
    }

    /// Opens a team's card and its ancestors; returns whether the id exists.
    pub fn reveal(&self, team_id: &str) -> bool {
        let Some(mut i) = self.data.index.team_index(team_id) else {
            return false;
        };
        loop {
            self.set_open(i, true);
            match self.data.index.teams()[i].parent {
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

/// Sets a signal only when the value differs, so nothing re-renders needlessly.
pub fn set_if_changed<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, v: T) {
    if s.with_untracked(|cur| *cur != v) {
        s.set(v);
    }
}
