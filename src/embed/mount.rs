//! Mounting the page: on the standalone site, and from JavaScript.

use crate::components::page::TeamPage;
use crate::control::PageControl;
use crate::events::PageEvent;
use crate::i18n::labels_from_js;
use crate::options::{PageOptions, Theme, View};
use crate::source::ManifestSource;
use crate::url::UrlState;
use leptos::prelude::*;
use std::any::Any;
use wasm_bindgen::prelude::*;

/// The default manifest of the standalone site.
pub const DEFAULT_MANIFEST: &str = "team.json";

/// Mounts the page on `<body data-teampage-standalone>` (the site's
/// `index.html`); does nothing on other pages, such as one that loads the
/// module only to embed the page.
pub fn mount_standalone() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    if !body.has_attribute("data-teampage-standalone") {
        return;
    }
    let url = UrlState::read();
    let source = match url.manifest {
        Some(m) => ManifestSource::Requested(m),
        None => ManifestSource::url(DEFAULT_MANIFEST),
    };
    let options = PageOptions {
        filter: url.q,
        techs: url.techs,
        view: url.view,
        own_url: true,
        standalone: true,
        lang: url.lang.unwrap_or_default(),
        ..PageOptions::default()
    };
    leptos::mount::mount_to(
        body,
        move || view! { <TeamPage source=source options=options/> },
    )
    .forget();
}

/// Options of the JavaScript `mount()` call, as JSON.
#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct MountOptions {
    /// A manifest URL.
    pub manifest_url: Option<String>,
    /// A manifest given as JSON text (an object passed to `mount()`).
    pub manifest_json: Option<String>,
    pub filter: String,
    pub tech: Vec<String>,
    pub view: Option<String>,
    pub id_prefix: String,
    pub own_url: bool,
    /// The team name's heading level (1–5; default 1).
    pub heading_level: u8,
    /// The language of the page's words (`lang` of the element, or the option).
    pub lang: String,
    /// The nearest `lang` around the element.
    pub host_lang: String,
    /// The folder of the page's own files (`i18n/`), as a URL.
    pub assets: String,
}

/// A mounted page; `unmount()` removes it and frees its state.
#[wasm_bindgen]
pub struct MountHandle {
    inner: Option<Box<dyn Any>>,
    control: PageControl,
}

/// What the host changes in place (`update()` in `team-page.js`), as JSON.
#[derive(serde::Deserialize)]
struct Update {
    filter: Option<String>,
    tech: Option<Vec<String>>,
    view: Option<String>,
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the page from its element.
    pub fn unmount(&mut self) {
        self.inner.take();
    }

    /// Changes the filter and view in place (`{filter, tech, view}`, each
    /// optional): no reload, and no event.
    pub fn update(&self, json: &str) -> Result<(), JsError> {
        let u: Update = serde_json::from_str(json)
            .map_err(|e| JsError::new(&format!("teampage: bad update: {e}")))?;
        if u.filter.is_some() || u.tech.is_some() {
            let (text, techs) = self.control.current().0.unwrap_or_default();
            self.control
                .set_filter(u.filter.unwrap_or(text), u.tech.unwrap_or(techs));
        }
        if let Some(v) = u.view {
            self.control.set_view(View::from_param(Some(&v)));
        }
        Ok(())
    }
}

/// Mounts a page into `container` with options given as JSON (see
/// `public/team-page.js`, which is the documented API); `on_event` is
/// called with each event's name and its detail as JSON; `labels` is the
/// host's own words, an object of message key → text.
#[wasm_bindgen(js_name = mountJson)]
pub fn mount_json(
    container: web_sys::HtmlElement,
    options: &str,
    on_event: Option<js_sys::Function>,
    labels: JsValue,
) -> Result<MountHandle, JsError> {
    let o: MountOptions = serde_json::from_str(options)
        .map_err(|e| JsError::new(&format!("teampage: bad mount options: {e}")))?;
    let source = match (o.manifest_json, o.manifest_url) {
        (Some(text), _) => ManifestSource::Text(text),
        (None, Some(url)) => ManifestSource::Url(url),
        (None, None) => {
            return Err(JsError::new(
                "teampage: mount() needs a manifest (a URL or an object)",
            ))
        }
    };
    let labels = labels_from_js(&labels);
    let unknown = labels.unknown_keys();
    if !unknown.is_empty() {
        leptos::logging::warn!(
            "teampage: unknown label keys {} (the README lists the keys)",
            unknown.join(", ")
        );
    }
    let options = PageOptions {
        filter: o.filter,
        techs: o.tech,
        view: View::from_param(o.view.as_deref()),
        id_prefix: o.id_prefix,
        own_url: o.own_url,
        standalone: false,
        heading_level: o.heading_level,
        // team-page.js pins the theme on the container, in place.
        theme: Theme::Auto,
        lang: o.lang,
        host_lang: o.host_lang,
        labels,
        assets: o.assets,
    };
    let control = PageControl::default();
    let page_control = control.clone();
    let handle = leptos::mount::mount_to(container, move || {
        let on_event = on_event.map(|f| {
            let f = StoredValue::new_local(f);
            Callback::new(move |e: PageEvent| {
                f.with_value(|f| {
                    let _ = f.call2(
                        &JsValue::NULL,
                        &JsValue::from_str(e.name()),
                        &JsValue::from_str(&e.detail_json()),
                    );
                });
            })
        });
        view! { <TeamPage source=source options=options control=page_control on_event=on_event/> }
    });
    Ok(MountHandle {
        inner: Some(Box::new(handle)),
        control,
    })
}
