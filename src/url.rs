//! The page URL: what it says (`?q=…&tech=…&view=…`, `manifest=`, and
//! `#team-id`), and [`use_page_url`], the behaviour of the one instance that
//! owns it: the filter written back as typing pauses, Back and Forward,
//! `#team-id` links, and the `/` key.
//!
//! ```no_run
//! let state = teampage::url::UrlState::read();
//! println!("filter: {}", state.q);
//! ```

use crate::options::View;
use crate::state::PageState;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use web_sys::UrlSearchParams;

/// What the URL's query string says about the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub q: String,
    pub techs: Vec<String>,
    pub view: View,
    pub manifest: Option<String>,
    /// `lang=`: the language of the standalone page's words.
    pub lang: Option<String>,
    /// The URL has `q=`, `tech=` or `view=`: a shared link or a reload, which
    /// an embed that owns the URL restores over its attributes.
    pub says_state: bool,
}

impl UrlState {
    /// Reads the current location's query string.
    pub fn read() -> Self {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        Self::parse(&search)
    }

    /// Reads a query string such as `?q=traffic&tech=Varnish&view=people`.
    pub fn parse(search: &str) -> Self {
        let Ok(params) = UrlSearchParams::new_with_str(search) else {
            return Self::default();
        };
        let techs = params
            .get_all("tech")
            .iter()
            .filter_map(|v| v.as_string())
            .filter(|t| !t.is_empty())
            .collect();
        let says_state = ["q", "tech", "view"].iter().any(|k| params.has(k));
        UrlState {
            says_state,
            q: params.get("q").unwrap_or_default(),
            techs,
            view: View::from_param(params.get("view").as_deref()),
            manifest: params.get("manifest").filter(|m| !m.is_empty()),
            lang: params.get("lang").filter(|l| !l.trim().is_empty()),
        }
    }

    /// Writes the filter and view into the URL, keeping other parameters and
    /// the hash. `push` adds a history entry; otherwise the current one is replaced.
    pub fn write(q: &str, techs: &[String], view: View, push: bool) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let search = location.search().unwrap_or_default();
        let Ok(params) = UrlSearchParams::new_with_str(&search) else {
            return;
        };
        params.delete("q");
        params.delete("tech");
        params.delete("view");
        if !q.is_empty() {
            params.append("q", q);
        }
        for t in techs {
            params.append("tech", t);
        }
        if view != View::default() {
            params.append("view", view.as_param());
        }
        let query: String = params.to_string().into();
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = if query.is_empty() {
            format!("{path}{hash}")
        } else {
            format!("{path}?{query}{hash}")
        };
        if url == format!("{path}{search}{hash}") {
            return;
        }
        if let Ok(history) = window.history() {
            let _ = if push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
        }
    }
}

/// How long typing must pause before the URL follows the filter box
/// (`history.replaceState` costs several milliseconds per keystroke).
pub const URL_DELAY_MS: u64 = 250;

/// A page instance's link to the URL; it does nothing unless the instance
/// owns the URL.
#[derive(Clone)]
pub struct PageUrl {
    state: PageState,
    own: bool,
    /// A pending write while the user types.
    timer: Arc<Mutex<Option<TimeoutHandle>>>,
}

impl PageUrl {
    /// Whether this instance owns the URL (and the `/` key).
    pub fn owns_url(&self) -> bool {
        self.own
    }

    /// The filter box changed: the URL follows once typing pauses
    /// (replacing the current history entry).
    pub fn typed(&self) {
        if !self.own {
            return;
        }
        let mut timer = self.timer.lock().unwrap();
        if let Some(t) = timer.take() {
            t.clear();
        }
        let url = self.clone();
        *timer = set_timeout_with_handle(
            move || url.write(false),
            std::time::Duration::from_millis(URL_DELAY_MS),
        )
        .ok();
    }

    /// Writes a pending typing change to the current history entry now, so
    /// that a following `push` leaves the typed text behind it for Back.
    pub fn flush(&self) {
        let pending = self.timer.lock().unwrap().take();
        if let Some(t) = pending {
            t.clear();
            self.write(false);
        }
    }

    /// Writes the filter and view now; `push` adds a history entry.
    pub fn write(&self, push: bool) {
        if let Some(t) = self.timer.lock().unwrap().take() {
            t.clear();
        }
        if self.own {
            let filter = &self.state.filter;
            UrlState::write(
                &filter.text().get_untracked(),
                &filter.techs().get_untracked(),
                self.state.view.get_untracked(),
                push,
            );
        }
    }
}

/// The URL behaviour of a page instance: `#team-id` opens and scrolls to
/// that card (also on load) for the instance that owns the URL and for any
/// instance with an id prefix (its `¶` links name it: `#tp1-team-id`); when
/// `own`, Back and Forward restore the filter and view, and `/` focuses the
/// filter box. Listeners go with the page's reactive owner.
pub fn use_page_url(state: &PageState, own: bool) -> PageUrl {
    let url = PageUrl {
        state: state.clone(),
        own,
        timer: Arc::default(),
    };
    if !own && state.prefix.is_empty() {
        return url;
    }
    let st = state.clone();
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| reveal_hash(&st));
    on_cleanup(move || on_hash.remove());
    let st = state.clone();
    request_animation_frame(move || reveal_hash(&st));
    if !own {
        return url;
    }
    let st = state.clone();
    let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
        let url = UrlState::read();
        st.view.set(url.view);
        st.replace_filter(url.q, url.techs);
    });
    let st = state.clone();
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field()
        {
            return;
        }
        if let Some(input) = st.input.get_untracked() {
            ev.prevent_default();
            let _ = input.focus();
        }
    });
    let timer = url.timer.clone();
    on_cleanup(move || {
        on_pop.remove();
        on_key.remove();
        if let Some(t) = timer.lock().unwrap().take() {
            t.clear();
        }
    });
    url
}

/// Whether the focus is in a text field (where `/` is typed, not a shortcut).
fn typing_in_a_field() -> bool {
    let Some(mut el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return false;
    };
    // Inside a shadow root the document only sees the host.
    while let Some(inner) = el.shadow_root().and_then(|r| r.active_element()) {
        el = inner;
    }
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select") || el.has_attribute("contenteditable")
}

/// Opens the card named by the URL's `#team-id`, its ancestors, and scrolls to it.
fn reveal_hash(state: &PageState) {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return;
    };
    let Some(id) = hash.strip_prefix('#') else {
        return;
    };
    let Some(team_id) = id.strip_prefix(&state.prefix) else {
        return;
    };
    if !state.reveal(team_id) {
        return;
    }
    state.view.set(View::Teams);
    let dom_id = id.to_owned();
    let page = state.page;
    request_animation_frame(move || {
        let card = page.get_untracked().and_then(|p| {
            p.query_selector(&format!("[id=\"{dom_id}\"]"))
                .ok()
                .flatten()
        });
        if let Some(el) = card {
            scroll_until_still(el, 20);
        }
    });
}

/// Scrolls `el` into view, and again on the next frames while it moves:
/// cards above it that come into view (`content-visibility: auto`) take
/// their real height and push it down.
fn scroll_until_still(el: web_sys::Element, frames: u8) {
    el.scroll_into_view();
    let placed = el.get_bounding_client_rect().top();
    if frames == 0 {
        return;
    }
    request_animation_frame(move || {
        if (el.get_bounding_client_rect().top() - placed).abs() > 1.0 {
            scroll_until_still(el, frames - 1);
        }
    });
}
