//! Using the team page inside another Leptos app: one page from a URL with
//! an initial filter, and one from a manifest the app built itself.
//!
//! Build: `scripts/build-examples.sh` (release wasm + wasm-bindgen into
//! `dist/leptos-example/`); `public/embed.html` mounts it on `#leptos-app`.

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
            members: vec![Person {
                name: "Ada Lovelace".into(),
                ..Person::default()
            }],
            ..Team::default()
        },
        meta: None,
    };
    view! {
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
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser page");
    match document.get_element_by_id("leptos-app") {
        Some(host) => leptos::mount::mount_to(host.unchecked_into(), App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
