//! Where a page's manifest comes from, and loading it: fetched
//! ([`fetch`], the parser readied meanwhile by [`warm_up`]), checked by the
//! core, and taken apart for the page ([`Loaded`]).
//!
//! ```no_run
//! # async fn demo() {
//! use teampage::ManifestSource;
//! let loaded = ManifestSource::url("team.json").load().await;
//! # }
//! ```

mod error;
pub mod fetch;
mod loaded;
pub mod warm_up;

pub use error::LoadError;
pub use loaded::Loaded;

use fetch::{fetch_bytes, Fetched};
use gloo_net::http::Request;
use std::sync::Arc;
use teampage_core::i18n::{Msg, Said};
use teampage_core::manifest::{parse, parse_bytes, Manifest, Parsed, Problem};
use teampage_core::response::non_json_type;

/// The manifest to show: fetched from a URL, or given already parsed.
#[derive(Clone, Debug, PartialEq)]
pub enum ManifestSource {
    /// Fetched with `GET` (relative URLs resolve against the page).
    Url(String),
    /// Manifest text (JSON), validated like a fetched one.
    Text(String),
    /// A manifest built or parsed by the host app (validated all the same).
    Parsed(Arc<Manifest>),
    /// A URL the visitor chose (`?manifest=` on the standalone page): loaded
    /// when it is relative or same-origin, or its origin is listed under
    /// `allowed_manifest_origins` in the site's `config.json`.
    Requested(String),
}

impl ManifestSource {
    /// A manifest fetched from `url`.
    pub fn url(url: impl Into<String>) -> Self {
        ManifestSource::Url(url.into())
    }

    /// Loads and validates the manifest, and builds its search index.
    pub async fn load(&self) -> Result<Arc<Loaded>, LoadError> {
        let control = web_sys::AbortController::new()
            .map_err(|_| LoadError::Fetch(Said::new(Msg::CannotFetch, &[])))?;
        self.load_with(&control).await
    }

    /// [`ManifestSource::load`], stopped by `control` (aborting it ends a
    /// fetch that a newer load replaces).
    pub async fn load_with(
        &self,
        control: &web_sys::AbortController,
    ) -> Result<Arc<Loaded>, LoadError> {
        let (parsed, stored_at) = match self {
            // Validated like any other: the rules (no `javascript:` links,
            // known networks, unique ids, ...) hold for every manifest shown.
            ManifestSource::Parsed(m) => (
                parse(
                    &serde_json::to_string(&**m)
                        .map_err(|e| LoadError::Invalid(vec![Problem::error("", e.to_string())]))?,
                )
                .map_err(LoadError::Invalid)?,
                None,
            ),
            ManifestSource::Text(text) => (parse(text).map_err(LoadError::Invalid)?, None),
            ManifestSource::Url(url) | ManifestSource::Requested(url) => {
                if matches!(self, ManifestSource::Requested(_)) {
                    check_origin(url).await?;
                }
                let fetched = fetch_bytes(url, control).await?;
                (parse_fetched(&fetched)?, fetched.stored_at)
            }
        };
        let mut loaded = Loaded::new(parsed.manifest, parsed.warnings);
        loaded.stored_at = stored_at;
        Ok(Arc::new(loaded))
    }

    /// Its URL, to name it in messages (`None`: it was given, not fetched).
    pub fn url_of(&self) -> Option<&str> {
        match self {
            ManifestSource::Url(url) | ManifestSource::Requested(url) => Some(url),
            _ => None,
        }
    }
}

/// Parses fetched bytes (copied into wasm memory as they are: decoding to
/// a JavaScript string and back would cost more than the parse). Text that
/// is not JSON and came with a non-JSON type is said to be of that type.
fn parse_fetched(fetched: &Fetched) -> Result<Parsed, LoadError> {
    parse_bytes(&fetched.bytes).map_err(|problems| {
        let not_json = problems
            .iter()
            .find(|p| p.message.starts_with("invalid JSON"));
        match (not_json, non_json_type(fetched.content_type.as_deref())) {
            (Some(p), Some(media)) => LoadError::Fetch(Said::new(
                Msg::NotJson,
                &[("type", &media), ("problem", &p.message)],
            )),
            _ => LoadError::Invalid(problems),
        }
    })
}

/// The site configuration read by the standalone page (`config.json`).
#[derive(serde::Deserialize, Default)]
struct SiteConfig {
    #[serde(default)]
    allowed_manifest_origins: Vec<String>,
}

/// Refuses a requested manifest URL of another origin unless `config.json` allows it.
async fn check_origin(url: &str) -> Result<(), LoadError> {
    let location = web_sys::window()
        .map(|w| w.location())
        .ok_or_else(|| LoadError::Fetch(Said::new(Msg::CannotFetch, &[])))?;
    let base = location.href().unwrap_or_default();
    let here = location.origin().unwrap_or_default();
    let target = web_sys::Url::new_with_base(url, &base)
        .map_err(|_| LoadError::Refused(Said::new(Msg::BadAddress, &[("url", url)])))?;
    let scheme = target.protocol();
    if scheme != "https:" && scheme != "http:" {
        return Err(LoadError::Refused(Said::new(
            Msg::BadScheme,
            &[("url", url)],
        )));
    }
    let origin = target.origin();
    if origin == here {
        return Ok(());
    }
    let config: SiteConfig = match Request::get("config.json").send().await {
        Ok(r) if r.ok() => r.json().await.unwrap_or_default(),
        _ => SiteConfig::default(),
    };
    if config
        .allowed_manifest_origins
        .iter()
        .any(|o| o.trim_end_matches('/') == origin)
    {
        Ok(())
    } else {
        Err(LoadError::Refused(Said::new(
            Msg::OriginNotAllowed,
            &[("origin", &origin)],
        )))
    }
}
