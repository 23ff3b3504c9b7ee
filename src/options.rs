//! How a page instance behaves: what the host app or the element's
//! attributes choose.
//!
//! ```
//! use teampage::{PageOptions, View};
//! let options = PageOptions { filter: "traffic".into(), view: View::from_param(Some("people")), ..PageOptions::default() };
//! assert_eq!(options.view.as_param(), "people");
//! ```

/// Which way people are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Team cards, with each team's people inside.
    #[default]
    Teams,
    /// Everyone once, alphabetically, with their teams.
    People,
}

impl View {
    /// Reads `view=` from a URL or an attribute: `people` or (default) `teams`.
    pub fn from_param(value: Option<&str>) -> View {
        match value {
            Some("people") => View::People,
            _ => View::Teams,
        }
    }

    /// The value written to the URL.
    pub fn as_param(self) -> &'static str {
        match self {
            View::Teams => "teams",
            View::People => "people",
        }
    }
}

/// How a page instance behaves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageOptions {
    /// Initial text of the filter box.
    pub filter: String,
    /// Initially selected technologies.
    pub techs: Vec<String>,
    /// Initial view.
    pub view: View,
    /// Prefix of every element id, so that instances never clash (empty on
    /// the standalone page, where `#team-id` deep-links to a card).
    pub id_prefix: String,
    /// Keep filter and view in the page URL, restore them on back/forward,
    /// and answer to `#team-id` links and the `/` key. At most one instance
    /// per page should.
    pub own_url: bool,
    /// The page is the whole document: `<main>` landmark and `<footer>`.
    pub standalone: bool,
}
