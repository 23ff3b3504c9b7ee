//! Each team's on-page state: its signals, whether its card is open and
//! shown, and the one writer of that to the DOM (`hidden`, `aria-expanded`).
//!
//! A card's elements carry the [`card_state`] directive, which writes the
//! state they are created with; later changes go through
//! [`Cards::put_open`] and [`Cards::put_shown`], one DOM write each (an
//! effect per card would cost far more: bench/RESULTS.md).
//!
//! ```no_run
//! use leptos::prelude::*;
//! use std::sync::Arc;
//! use teampage::state::cards::{card_state, Cards, Part};
//! let cards = Arc::new(Cards::new(1, true));
//! let body = view! { <div use:card_state=(cards.clone(), Part::Body(0))></div> };
//! cards.put_open(0, false); // the body is hidden from now on
//! ```

use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use teampage_core::filter::{PeopleShown, Query};

/// One team's signals and elements.
#[derive(Clone, Copy)]
pub struct TeamUi {
    /// The card's head and body are rendered: a card the filter hides when
    /// it is created starts empty, filled in later or when first shown.
    pub content: RwSignal<bool>,
    /// The card's body has been built (bodies are built on first open).
    pub built: RwSignal<bool>,
    pub card: NodeRef<html::Section>,
    pub toggle: NodeRef<html::Button>,
    pub body: NodeRef<html::Div>,
    /// Which of its own people the filter keeps (current while open).
    pub people: RwSignal<PeopleShown>,
    /// The query its card's head highlights (current while shown).
    pub head_hl: RwSignal<Arc<Query>>,
    /// The query its body's texts highlight (current while open).
    pub hl: RwSignal<Arc<Query>>,
}

/// The element of a card whose state [`Cards`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The card (`hidden` when the filter drops the team).
    Card(usize),
    /// Its disclosure button (`aria-expanded`).
    Toggle(usize),
    /// Its body (`hidden` when closed).
    Body(usize),
}

/// Every team's [`TeamUi`], open and shown state.
pub struct Cards {
    ui: Vec<TeamUi>,
    open: Vec<AtomicBool>,
    shown: Vec<AtomicBool>,
}

impl Cards {
    /// `n` teams, every one shown; open if `open_all` (the root always).
    pub fn new(n: usize, open_all: bool) -> Self {
        let empty = Arc::new(Query::default());
        Cards {
            ui: (0..n)
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
                .collect(),
            open: (0..n)
                .map(|i| AtomicBool::new(open_all || i == 0))
                .collect(),
            shown: (0..n).map(|_| AtomicBool::new(true)).collect(),
        }
    }

    /// The number of teams.
    pub fn len(&self) -> usize {
        self.ui.len()
    }

    /// Whether there is no team.
    pub fn is_empty(&self) -> bool {
        self.ui.is_empty()
    }

    /// Team `i`'s signals and elements.
    pub fn ui(&self, i: usize) -> TeamUi {
        self.ui[i]
    }

    /// Every team's signals and elements, in pre-order.
    pub fn all(&self) -> &[TeamUi] {
        &self.ui
    }

    /// Whether card `i` is expanded.
    pub fn is_open(&self, i: usize) -> bool {
        self.open[i].load(Ordering::Relaxed)
    }

    /// Whether the filter keeps team `i`.
    pub fn is_shown(&self, i: usize) -> bool {
        self.shown[i].load(Ordering::Relaxed)
    }

    /// Which cards are open, in team order.
    pub fn open_states(&self) -> Vec<bool> {
        (0..self.len()).map(|i| self.is_open(i)).collect()
    }

    /// Opens or closes card `i`, and its elements if rendered.
    pub fn put_open(&self, i: usize, open: bool) {
        if self.open[i].swap(open, Ordering::Relaxed) == open {
            return;
        }
        let t = self.ui[i];
        if let Some(toggle) = t.toggle.get_untracked() {
            write(&toggle, Part::Toggle(i), open);
        }
        if let Some(body) = t.body.get_untracked() {
            write(&body, Part::Body(i), open);
        }
    }

    /// Shows or hides card `i`, and its element if rendered (filled in
    /// first if it is still empty).
    pub fn put_shown(&self, i: usize, shown: bool) {
        if self.shown[i].swap(shown, Ordering::Relaxed) == shown {
            return;
        }
        let t = self.ui[i];
        if shown && !t.content.get_untracked() {
            t.content.set(true);
        }
        if let Some(card) = t.card.get_untracked() {
            write(&card, Part::Card(i), shown);
        }
    }

    /// Writes the current state of `part` on its element.
    fn write_current(&self, el: &web_sys::Element, part: Part) {
        let on = match part {
            Part::Card(i) => self.is_shown(i),
            Part::Toggle(i) | Part::Body(i) => self.is_open(i),
        };
        write(el, part, on);
    }
}

/// Writes `on` (shown, or open) as `part`'s attribute.
fn write(el: &web_sys::Element, part: Part, on: bool) {
    let _ = match part {
        Part::Toggle(_) => el.set_attribute("aria-expanded", if on { "true" } else { "false" }),
        Part::Card(_) | Part::Body(_) => el.toggle_attribute_with_force("hidden", !on).map(drop),
    };
}

/// The directive of a card's elements: writes their state as they are
/// created (`use:card_state=(cards, Part::Card(i))`).
pub fn card_state(el: web_sys::Element, (cards, part): (Arc<Cards>, Part)) {
    cards.write_current(&el, part);
}
