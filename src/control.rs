//! What the host tells a mounted page: the filter and view, applied in
//! place (no reload, no event), as the visitor's own changes would be.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use teampage::control::PageControl;
//! use teampage::{ManifestSource, TeamPage, View};
//! let control = PageControl::default();
//! let page = view! { <TeamPage source=ManifestSource::url("team.json") control=control.clone()/> };
//! control.set_filter("traffic".into(), vec![]);
//! control.set_view(View::People);
//! ```

use crate::options::View;
use crate::state::PageState;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// The host's hold on a page. Cheap to clone; every clone is the same control.
#[derive(Clone, Default)]
pub struct PageControl(Arc<Mutex<Held>>);

#[derive(Default)]
struct Held {
    filter: Option<(String, Vec<String>)>,
    view: Option<View>,
    /// The page shown now, if a manifest is loaded.
    page: Option<PageState>,
}

impl PageControl {
    /// Sets the filter text and technologies (kept for a page still loading).
    pub fn set_filter(&self, text: String, techs: Vec<String>) {
        let page = {
            let mut held = self.0.lock().unwrap();
            held.filter = Some((text.clone(), techs.clone()));
            held.page.clone()
        };
        if let Some(page) = page {
            page.replace_filter(text, techs);
        }
    }

    /// Sets the view (kept for a page still loading).
    pub fn set_view(&self, view: View) {
        let page = {
            let mut held = self.0.lock().unwrap();
            held.view = Some(view);
            held.page.clone()
        };
        if let Some(page) = page {
            if page.view.get_untracked() != view {
                page.view.set(view);
            }
        }
    }

    /// The filter and view the host set last, if any.
    pub fn current(&self) -> (Option<(String, Vec<String>)>, Option<View>) {
        let held = self.0.lock().unwrap();
        (held.filter.clone(), held.view)
    }

    /// The page now shown, from its creation to its removal.
    pub(crate) fn attach(&self, page: &PageState) {
        self.0.lock().unwrap().page = Some(page.clone());
    }

    /// Forgets `page`, unless a newer page took its place.
    pub(crate) fn detach(&self, page: &PageState) {
        let mut held = self.0.lock().unwrap();
        if held
            .page
            .as_ref()
            .is_some_and(|p| Arc::ptr_eq(&p.0, &page.0))
        {
            held.page = None;
        }
    }
}
