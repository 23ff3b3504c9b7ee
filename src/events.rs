//! What the page tells its host.
//!
//! [`PageEvent`]s are told for what the visitor or the loading did, never
//! for a change the host made through a [`crate::control::PageControl`].
//! The `<team-page>` element dispatches them as `teampage-*` DOM events.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use teampage::control::PageControl;
//! use teampage::events::PageEvent;
//! use teampage::{ManifestSource, TeamPage};
//! let control = PageControl::default();
//! let on_event = Callback::new(|e: PageEvent| leptos::logging::log!("{}: {}", e.name(), e.detail_json()));
//! let page = view! { <TeamPage source=ManifestSource::url("team.json") control=control.clone() on_event=Some(on_event)/> };
//! control.set_filter("traffic".into(), vec![]); // the page filters; no event
//! ```

use crate::options::View;
use leptos::prelude::*;
use serde_json::json;
use std::sync::{Arc, Mutex};
use teampage_core::manifest::Problem;

/// Something the visitor or the loading did.
#[derive(Clone, Debug, PartialEq)]
pub enum PageEvent {
    /// A manifest loaded and is shown.
    Load { teams: usize, people: usize },
    /// The manifest could not be shown: why, and its problems with their
    /// JSON paths when it is invalid.
    Error {
        message: String,
        problems: Vec<Problem>,
    },
    /// The visitor changed the filter (told once typing settles).
    Filter {
        filter: String,
        tech: Vec<String>,
        teams: usize,
        people: usize,
    },
    /// The visitor opened or closed a team's card.
    Toggle { id: String, open: bool },
    /// The visitor switched between teams and the A–Z list.
    View { view: View },
}

impl PageEvent {
    /// The DOM event's name: `teampage-load`, `teampage-error`, ...
    pub fn name(&self) -> &'static str {
        match self {
            PageEvent::Load { .. } => "teampage-load",
            PageEvent::Error { .. } => "teampage-error",
            PageEvent::Filter { .. } => "teampage-filter",
            PageEvent::Toggle { .. } => "teampage-toggle",
            PageEvent::View { .. } => "teampage-view",
        }
    }

    /// The event's `detail`, as JSON.
    pub fn detail_json(&self) -> String {
        let detail = match self {
            PageEvent::Load { teams, people } => json!({ "teams": teams, "people": people }),
            PageEvent::Error { message, problems } => json!({
                "message": message,
                "problems": problems
                    .iter()
                    .map(|p| json!({ "path": p.path, "message": p.message }))
                    .collect::<Vec<_>>(),
            }),
            PageEvent::Filter {
                filter,
                tech,
                teams,
                people,
            } => json!({ "filter": filter, "tech": tech, "teams": teams, "people": people }),
            PageEvent::Toggle { id, open } => json!({ "id": id, "open": open }),
            PageEvent::View { view } => json!({ "view": view.as_param() }),
        };
        detail.to_string()
    }
}

/// How long the filter must rest before [`PageEvent::Filter`] is told.
pub const FILTER_SETTLES_MS: u64 = 250;

/// Where a page's events go; does nothing without a callback.
#[derive(Clone, Default)]
pub struct PageEvents {
    callback: Option<Callback<PageEvent>>,
    timer: Arc<Mutex<Option<TimeoutHandle>>>,
}

impl PageEvents {
    /// Events told to `callback`.
    pub fn new(callback: Option<Callback<PageEvent>>) -> Self {
        PageEvents {
            callback,
            timer: Arc::default(),
        }
    }

    /// Tells `event` now.
    pub fn emit(&self, event: PageEvent) {
        if let Some(cb) = self.callback {
            cb.run(event);
        }
    }

    /// Tells the event `make` gives once nothing else is told for
    /// [`FILTER_SETTLES_MS`] (typing), replacing one still waiting.
    pub fn emit_soon(&self, make: impl FnOnce() -> PageEvent + 'static) {
        let Some(cb) = self.callback else { return };
        let mut timer = self.timer.lock().unwrap();
        if let Some(t) = timer.take() {
            t.clear();
        }
        *timer = set_timeout_with_handle(
            move || cb.run(make()),
            std::time::Duration::from_millis(FILTER_SETTLES_MS),
        )
        .ok();
    }

    /// Drops an event still waiting (the page is going away, or a newer
    /// event says the same now).
    pub fn cancel_pending(&self) {
        if let Some(t) = self.timer.lock().unwrap().take() {
            t.clear();
        }
    }
}
