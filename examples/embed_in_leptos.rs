//! Using the team page inside another Leptos app: one page from a URL with
//! an initial filter, and one from a manifest the app built itself.
//!
//! Build: `cargo build --target wasm32-unknown-unknown --example embed_in_leptos`.

use leptos::prelude::*;
use std::sync::Arc;
use teampage::core::manifest::{Manifest, Person, Team};
use teampage::{ManifestSource, PageOptions, TeamPage, View};

#[component]
fn App() -> impl IntoView {
    let manifest = Manifest {
        manifest_version: 1,
        networks: Default::default(),
        team: Team {
            id: "docs".into(),
            name: "Documentation".into(),
            members: vec![Person { name: "Ada Lovelace".into(), ..Person::default() }],
            ..Team::default()
        },
        meta: None,
    };
    view! {
        <h1>"Our teams"</h1>
        <TeamPage
            source=ManifestSource::url("team.json")
            options=PageOptions { filter: "traffic".into(), id_prefix: "sre-".into(), ..PageOptions::default() }
        />
        <TeamPage
            source=ManifestSource::Parsed(Arc::new(manifest))
            options=PageOptions { view: View::People, id_prefix: "docs-".into(), ..PageOptions::default() }
        />
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
