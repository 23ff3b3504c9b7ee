//! teampage: a filterable, embeddable team page rendered from a JSON team
//! manifest.
//!
//! The flow: [`teampage_core::manifest`] (model, validation) →
//! [`teampage_core::filter`] (index, query) → [`components`] (view) →
//! [`embed`] (mount API, custom element). [`source`] loads a manifest.
//!
//! Use it in another Leptos app:
//!
//! ```no_run
//! use leptos::prelude::*;
//! use teampage::{ManifestSource, PageOptions, TeamPage};
//!
//! #[component]
//! fn App() -> impl IntoView {
//!     view! {
//!         <TeamPage
//!             source=ManifestSource::url("team.json")
//!             options=PageOptions { filter: "traffic".into(), ..PageOptions::default() }
//!         />
//!     }
//! }
//! # fn main() { leptos::mount::mount_to_body(App) }
//! ```

pub mod components;
pub mod embed;
pub mod fetch;
pub mod schedule;
pub mod source;
pub mod state;
pub mod url_state;
pub mod warm_up;

pub use components::page::{PageOptions, TeamPage, View};
pub use source::ManifestSource;
pub use teampage_core as core;
