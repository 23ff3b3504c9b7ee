//! Where a page's manifest comes from, and loading it.
//!
//! ```no_run
//! # async fn demo() {
//! use teampage::ManifestSource;
//! let loaded = ManifestSource::url("team.json").load().await;
//! # }
//! ```

use crate::fetch::{fetch_bytes, Fetched};
use gloo_net::http::Request;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use teampage_core::filter::{FastHash, Index};
use teampage_core::manifest::validate::parse_bytes;
use teampage_core::manifest::{parse, Manifest, Parsed, Problem, Team};
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
            .map_err(|_| LoadError::Fetch("this browser cannot fetch a manifest".into()))?;
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

    /// What to call this source in messages.
    pub fn describe(&self) -> String {
        match self {
            ManifestSource::Url(url) | ManifestSource::Requested(url) => url.clone(),
            _ => "the given manifest".into(),
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
            (Some(p), Some(media)) => LoadError::Fetch(format!(
                "it answered with {media} content that is not JSON ({})",
                p.message
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
        .ok_or_else(|| LoadError::Refused("no window".into()))?;
    let base = location.href().unwrap_or_default();
    let here = location.origin().unwrap_or_default();
    let target = web_sys::Url::new_with_base(url, &base)
        .map_err(|_| LoadError::Refused(format!("\"{url}\" is not a valid manifest address.")))?;
    let scheme = target.protocol();
    if scheme != "https:" && scheme != "http:" {
        return Err(LoadError::Refused(format!(
            "The manifest address \"{url}\" must use http or https."
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
        Err(LoadError::Refused(format!(
            "This site does not load manifests from {origin}. Its config.json lists the origins it allows under \"allowed_manifest_origins\"."
        )))
    }
}

/// A loaded, valid manifest: its teams flattened for rendering, and its
/// search index, built on first use (the page builds it after its first
/// frame is painted, so that a large manifest shows sooner).
pub struct Loaded {
    /// The manifest, its `team` the root alone: the teams are in `teams`.
    pub manifest: Manifest,
    /// Every team in pre-order (the root is 0), without its subteams (cards
    /// render by index, so no subtree is ever cloned).
    pub teams: Vec<Team>,
    /// Per team: its parent (`None` for the root).
    pub parents: Vec<Option<usize>>,
    /// Per team: its depth (the root is 0).
    pub depth: Vec<usize>,
    /// Per team: the indices of its subteams.
    pub children: Vec<Vec<usize>>,
    /// Per team: unique people in it and all its subteams.
    pub subtree_people: Vec<usize>,
    /// Unique people (by exact name) in the whole manifest.
    pub person_count: usize,
    /// Technologies with the number of teams using each, most used first.
    pub technologies: Vec<(String, usize)>,
    /// Unknown fields and other non-fatal remarks.
    pub warnings: Vec<Problem>,
    /// Set when the site's service worker answered from its cache because
    /// the network could not be reached: when that copy was stored (RFC 3339).
    pub stored_at: Option<String>,
    ids: HashMap<String, usize, FastHash>,
    index: OnceLock<Index>,
}

impl Loaded {
    /// Takes a valid manifest apart for the page. Its teams move into
    /// [`Loaded::teams`]: the kept `manifest.team` is the root alone.
    pub fn new(mut manifest: Manifest, warnings: Vec<Problem>) -> Self {
        let (teams, parents) = std::mem::take(&mut manifest.team).into_preorder();
        manifest.team = teams[0].clone();
        let n = teams.len();
        let mut depth = vec![0; n];
        let mut children = vec![vec![]; n];
        for i in 1..n {
            if let Some(p) = parents[i] {
                depth[i] = depth[p] + 1;
                children[p].push(i);
            }
        }
        let mut ids = HashMap::with_capacity_and_hasher(n, FastHash);
        for (i, t) in teams.iter().enumerate() {
            ids.entry(t.id.clone()).or_insert(i);
        }
        // Each team's own people as ids of unique names.
        let mut person_ids: HashMap<&str, u32, FastHash> = HashMap::default();
        let own: Vec<Vec<u32>> = teams
            .iter()
            .map(|t| {
                t.leads
                    .iter()
                    .chain(&t.members)
                    .map(|p| {
                        let next = person_ids.len() as u32;
                        *person_ids.entry(p.name.as_str()).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        let person_count = person_ids.len();
        // Unique people per subtree: a subtree is a run of teams in
        // pre-order; count each person once per subtree with a stamp.
        let mut end: Vec<usize> = (1..=n).collect();
        for i in (1..n).rev() {
            if let Some(p) = parents[i] {
                end[p] = end[p].max(end[i]);
            }
        }
        let mut stamp = vec![usize::MAX; person_count];
        let subtree_people = (0..n)
            .map(|i| {
                let mut count = 0;
                for &p in own[i..end[i]].iter().flatten() {
                    if std::mem::replace(&mut stamp[p as usize], i) != i {
                        count += 1;
                    }
                }
                count
            })
            .collect();
        let technologies = teampage_core::filter::technologies(&teams);
        Loaded {
            manifest,
            teams,
            parents,
            depth,
            children,
            subtree_people,
            person_count,
            technologies,
            warnings,
            stored_at: None,
            ids,
            index: OnceLock::new(),
        }
    }

    /// The search index, built on the first call.
    pub fn index(&self) -> &Index {
        self.index
            .get_or_init(|| Index::from_preorder(&self.teams, &self.parents))
    }

    /// The pre-order index of the team with this id.
    pub fn team_index(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }
}

/// Why a manifest could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// It could not be fetched: the reason in words.
    Fetch(String),
    /// It was fetched but is not a valid manifest: every problem, with its path.
    Invalid(Vec<Problem>),
    /// The page refused the address (e.g. another origin not allowed).
    Refused(String),
}
