//! A loaded, valid manifest as the page uses it.

use std::sync::OnceLock;
use teampage_core::filter::Index;
use teampage_core::manifest::{Manifest, Problem};
use teampage_core::tree::TeamTree;

/// A valid manifest taken apart for the page: its teams flattened once, and
/// its search index, built on first use (the page builds it after its first
/// frame is painted, so that a large manifest shows sooner).
///
/// ```no_run
/// let parsed = teampage_core::manifest::parse(include_str!("../../public/team.json")).unwrap();
/// let loaded = teampage::source::Loaded::new(parsed.manifest, parsed.warnings);
/// assert_eq!(loaded.tree.team(0).id, "sre");
/// assert!(loaded.index().people().len() >= loaded.tree.person_count());
/// ```
pub struct Loaded {
    /// The manifest without its teams (its `team` is empty: they are in `tree`).
    pub manifest: Manifest,
    /// Every team, in pre-order (the root is 0).
    pub tree: TeamTree,
    /// Unknown fields and other non-fatal remarks.
    pub warnings: Vec<Problem>,
    /// Set when the site's service worker answered from its cache because
    /// the network could not be reached: when that copy was stored (RFC 3339).
    pub stored_at: Option<String>,
    index: OnceLock<Index>,
}

impl Loaded {
    /// Takes a valid manifest apart; its teams move into [`Loaded::tree`].
    pub fn new(mut manifest: Manifest, warnings: Vec<Problem>) -> Self {
        let tree = TeamTree::new(std::mem::take(&mut manifest.team));
        Loaded {
            manifest,
            tree,
            warnings,
            stored_at: None,
            index: OnceLock::new(),
        }
    }

    /// The search index, built on the first call.
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(&self.tree))
    }
}
