//! The page state kept in the URL: `?q=…&tech=…&view=…` (and `manifest=`).
//!
//! ```no_run
//! let state = teampage::url_state::UrlState::read();
//! println!("filter: {}", state.q);
//! ```

use crate::components::page::View;
use web_sys::UrlSearchParams;

/// What the URL's query string says about the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub q: String,
    pub techs: Vec<String>,
    pub view: View,
    pub manifest: Option<String>,
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
        UrlState {
            q: params.get("q").unwrap_or_default(),
            techs,
            view: View::from_param(params.get("view").as_deref()),
            manifest: params.get("manifest").filter(|m| !m.is_empty()),
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
