//! The A–Z list's state: who is shown, kept while the list is not on the
//! page; its signals exist only while it is.

use leptos::prelude::*;
use std::sync::Arc;
use teampage_core::filter::Query;

/// People per highlight signal in the A–Z list.
pub const FLAT_CHUNK: usize = 64;

/// Per entry of `Index::people()`: shown or not, and the list's signals
/// while it is rendered.
pub struct FlatList {
    shown: Vec<bool>,
    live: Option<FlatSignals>,
}

/// Signals of a rendered A–Z list: per person whether shown, and per chunk
/// of [`FLAT_CHUNK`] people the query it highlights.
#[derive(Clone)]
pub struct FlatSignals {
    pub shown: Vec<RwSignal<bool>>,
    pub hl: Vec<RwSignal<Arc<Query>>>,
}

impl FlatList {
    /// `people` people, all shown, the list not rendered.
    pub fn new(people: usize) -> Self {
        FlatList {
            shown: vec![true; people],
            live: None,
        }
    }

    /// Takes who the query `q` shows, and tells the rendered list.
    pub fn set_shown(&mut self, shown: Vec<bool>, q: &Arc<Query>) {
        self.shown = shown;
        let Some(live) = &self.live else { return };
        for (chunk, hl) in live.hl.iter().enumerate() {
            let range = chunk * FLAT_CHUNK..((chunk + 1) * FLAT_CHUNK).min(self.shown.len());
            for k in range.clone() {
                if live.shown[k].get_untracked() != self.shown[k] {
                    live.shown[k].set(self.shown[k]);
                }
            }
            if self.shown[range].iter().any(|s| *s) && hl.with_untracked(|cur| **cur != **q) {
                hl.set(q.clone());
            }
        }
    }

    /// Creates the list's signals, as it is rendered.
    pub fn attach(&mut self, q: &Arc<Query>) -> FlatSignals {
        let live = FlatSignals {
            shown: self.shown.iter().map(|s| RwSignal::new(*s)).collect(),
            hl: (0..self.shown.len().div_ceil(FLAT_CHUNK))
                .map(|_| RwSignal::new(q.clone()))
                .collect(),
        };
        self.live = Some(live.clone());
        live
    }

    /// Forgets the list's signals, as it is removed.
    pub fn detach(&mut self) {
        self.live = None;
    }
}
