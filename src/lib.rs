//! teampage: a filterable, embeddable team page rendered from a JSON team
//! manifest.
//!
//! The flow: [`source`] loads a manifest (checked by
//! [`teampage_core::manifest`], its teams flattened by [`teampage_core::tree`])
//! → [`state`] (the filter over [`teampage_core::filter`], cards, deferred
//! work) and [`url`] → [`components`] (view) → [`embed`] (mount API, custom
//! element). [`options`] says how an instance behaves. See
//! `docs/ARCHITECTURE.md`.
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
pub mod control;
pub mod embed;
pub mod events;
pub mod i18n;
pub mod options;
pub mod schedule;
pub mod source;
pub mod state;
pub mod url;

pub use components::page::TeamPage;
pub use options::{PageOptions, Theme, View};
pub use source::ManifestSource;
pub use teampage_core as core;
