//! The typed team manifest, version 1 (`docs/manifest-v1.md`).
//!
//! These types are what the page renders. They are built only from a manifest
//! that [`crate::manifest::parse`] has validated, so every invariant of the spec
//! (ids unique, URLs absolute, networks known, ...) holds for them.
//!
//! ```
//! use teampage_core::manifest::parse;
//! let json = r#"{"manifest_version":1,"team":{"id":"sre","name":"SRE"}}"#;
//! let parsed = parse(json).unwrap();
//! assert_eq!(parsed.manifest.team.name, "SRE");
//! ```
//!
//! The checker builds these types; serde only writes them (a manifest given
//! to the page as a value is serialized and checked like any other).

use serde::Serialize;
use std::collections::BTreeMap;

/// The manifest major version this crate understands.
pub const SUPPORTED_MANIFEST_VERSION: u64 = 1;

/// The deepest nesting allowed: the root is depth 0, a subteam of it depth 1.
pub const MAX_DEPTH: usize = 16;

/// A whole team manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Manifest {
    pub manifest_version: u64,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub networks: BTreeMap<String, Network>,
    pub team: Team,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

impl Manifest {
    /// The language of the manifest's own text (`meta.language`): a
    /// well-formed BCP 47 tag as written, for the `lang` of the content the
    /// page shows from it. `None` when the manifest does not say: then the
    /// text is in the page's (the host's) language and nothing is marked.
    ///
    /// ```
    /// use teampage_core::manifest::parse;
    /// let json = r#"{"manifest_version":1,"team":{"id":"x","name":"X"},"meta":{"language":"pt-BR"}}"#;
    /// assert_eq!(parse(json).unwrap().manifest.language(), Some("pt-BR"));
    /// let json = r#"{"manifest_version":1,"team":{"id":"x","name":"X"}}"#;
    /// assert_eq!(parse(json).unwrap().manifest.language(), None);
    /// ```
    pub fn language(&self) -> Option<&str> {
        self.meta.as_ref()?.language.as_deref()
    }
}

/// How a chat network is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    #[default]
    Irc,
    Slack,
    Zulip,
    Matrix,
    Other,
}

impl Protocol {
    /// Every protocol, in the order messages list them.
    pub const ALL: [Protocol; 5] = [
        Protocol::Irc,
        Protocol::Slack,
        Protocol::Zulip,
        Protocol::Matrix,
        Protocol::Other,
    ];

    /// The protocol's name as written in a manifest.
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Irc => "irc",
            Protocol::Slack => "slack",
            Protocol::Zulip => "zulip",
            Protocol::Matrix => "matrix",
            Protocol::Other => "other",
        }
    }
}

/// A chat network, referenced from channels by its id in `networks`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    pub name: String,
    pub protocol: Protocol,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webchat: Option<String>,
}

impl Network {
    /// Whether IRC connections use TLS (the spec's default is `true`).
    pub fn uses_tls(&self) -> bool {
        self.tls.unwrap_or(true)
    }

    /// The IRC port: the given one, else 6697 with TLS and 6667 without.
    pub fn irc_port(&self) -> u16 {
        self.port
            .unwrap_or(if self.uses_tls() { 6697 } else { 6667 })
    }
}

/// A team, the root or any subteam; subteams nest to [`MAX_DEPTH`].
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Team {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Alias>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub technologies: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emergency: Option<Emergency>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leads_title: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub leads: Vec<Person>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Person>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subteams: Vec<Team>,
}

impl Team {
    /// The summary split into paragraphs (separated by a blank line).
    pub fn paragraphs(&self) -> Vec<&str> {
        split_paragraphs(self.summary.as_deref().unwrap_or(""))
    }

    /// Leads and members of this team alone (not of its subteams).
    pub fn own_people(&self) -> impl Iterator<Item = &Person> {
        self.leads.iter().chain(self.members.iter())
    }

    /// Visits this team and all below it, depth first, with each team's depth.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Team, usize)) {
        fn go<'a>(t: &'a Team, depth: usize, f: &mut impl FnMut(&'a Team, usize)) {
            f(t, depth);
            for s in &t.subteams {
                go(s, depth + 1, f);
            }
        }
        go(self, 0, f)
    }
}

/// Splits plain text into paragraphs at blank lines, trimming each.
pub fn split_paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Another name a team is or was known by.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alias {
    pub name: String,
    pub kind: AliasKind,
}

/// Whether an alias is a former name or a nickname.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AliasKind {
    Former,
    #[default]
    Nickname,
}

impl AliasKind {
    /// Every kind, in the order messages list them.
    pub const ALL: [AliasKind; 2] = [AliasKind::Former, AliasKind::Nickname];

    /// The kind as written in a manifest.
    pub fn as_str(self) -> &'static str {
        match self {
            AliasKind::Former => "former",
            AliasKind::Nickname => "nickname",
        }
    }
}

/// A chat channel on one of the manifest's networks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Channel {
    pub network: String,
    pub channel: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// How to reach the team in an emergency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Emergency {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A link to documentation, a tracker, a runbook, ...
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub title: String,
    pub url: String,
    pub kind: LinkKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// What a link leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    Docs,
    Tracker,
    Runbook,
    Dashboard,
    Chat,
    #[default]
    Other,
}

impl LinkKind {
    /// Every kind, in the order messages list them.
    pub const ALL: [LinkKind; 6] = [
        LinkKind::Docs,
        LinkKind::Tracker,
        LinkKind::Runbook,
        LinkKind::Dashboard,
        LinkKind::Chat,
        LinkKind::Other,
    ];

    /// The kind as written in a manifest.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Docs => "docs",
            LinkKind::Tracker => "tracker",
            LinkKind::Runbook => "runbook",
            LinkKind::Dashboard => "dashboard",
            LinkKind::Chat => "chat",
            LinkKind::Other => "other",
        }
    }
}

/// How to get in touch with the team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A person: a lead or a member of a team.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Person {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub irc_nick: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pronouns: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Where the content comes from, when it changed, and under which licence.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Meta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edit_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_edited: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<License>,
    /// The language the manifest's own text (names, summaries, roles ...) is
    /// written in: a well-formed BCP 47 tag (`"en"`, `"pt-BR"`,
    /// `"zh-Hant-TW"`), as written (any case). `None`: not said, the text is
    /// taken to be in the page's language. See [`Manifest::language`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A content licence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct License {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
