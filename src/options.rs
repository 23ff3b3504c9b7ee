//! How a page instance behaves: what the host app or the element's
//! attributes choose.
//!
//! ```
//! use teampage::{PageOptions, Theme, View};
//! let options = PageOptions {
//!     filter: "traffic".into(),
//!     view: View::from_param(Some("people")),
//!     theme: Theme::from_param(Some("dark")),
//!     heading_level: 2,
//!     ..PageOptions::default()
//! };
//! assert_eq!(options.view.as_param(), "people");
//! assert_eq!(options.title_level(), 2);
//! ```

use teampage_core::i18n::Labels;

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

/// Light or dark colours: the visitor's choice (`Auto`) unless pinned, for an
/// embed inside a host page that is always light (or dark).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the visitor's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Reads `theme=` from an attribute or option: `light`, `dark`, or
    /// anything else (auto).
    pub fn from_param(value: Option<&str>) -> Theme {
        match value {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The root's `data-theme` value (none for `Auto`).
    pub fn as_attr(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
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
    /// The page is the whole document: `<main>` landmark and `<footer>`,
    /// and the tab title is the team's name.
    pub standalone: bool,
    /// Light, dark, or the visitor's choice.
    pub theme: Theme,
    /// Level of the team's name heading, 1–5 (0 counts as 1): an embed under
    /// a host page's own `<h1>` passes 2. Sections are one level below, and
    /// cards below those.
    pub heading_level: u8,
    /// The language of the page's own words (BCP 47, e.g. `de`, `ar-EG`):
    /// empty to follow `host_lang`, else the browser's languages. A language
    /// without a catalogue falls back to English.
    pub lang: String,
    /// The language of what surrounds an embed (its nearest `lang`
    /// attribute), used when `lang` is empty; `mount()` fills it.
    pub host_lang: String,
    /// The host's own words for any message, by key (see
    /// [`teampage_core::i18n::Msg`] and the README's list).
    pub labels: Labels,
    /// The URL of the folder that holds the page's catalogue files
    /// (`i18n/de.json` …), ending in `/`; empty: the document's folder, as
    /// on the standalone site. Copy `i18n/` there to offer other languages
    /// than English.
    pub assets: String,
}

impl PageOptions {
    /// The team name's heading level, within 1–5.
    pub fn title_level(&self) -> usize {
        usize::from(self.heading_level.clamp(1, 5))
    }
}
