//! English: the page's reference catalogue and the fallback of every other.

use super::{Count, Msg, Plural};

/// The English text of `m`. A `match` without a wildcard: a new message
/// does not compile until it has its English words.
pub(super) fn text(m: Msg) -> &'static str {
    match m {
        Msg::FilterLabel => "Filter teams and people",
        Msg::FilterPlaceholder => "Name, team, technology…",
        Msg::FilterKeyHint => "Press / to filter",
        Msg::FilterByTechnology => "Filter by technology",
        Msg::ViewGroup => "Show",
        Msg::ViewTeams => "By team",
        Msg::Everyone => "Everyone A–Z",
        Msg::ExpandAll => "Expand all",
        Msg::CollapseAll => "Collapse all",
        Msg::NoMatch => "Nothing matches this filter.",
        Msg::ClearFilter => "Clear filter",
        Msg::NoneOfThemMatch => "None of them matches the filter.",
        Msg::EmptyTeam => "This team has no people or subteams yet.",
        Msg::Teams => "Teams",
        Msg::Counts => "{teams}, {people}",
        Msg::Permalink => "Link to {name}",
        Msg::Technologies => "Technologies",
        Msg::AliasFormer => "formerly {name}",
        Msg::AliasNickname => "aka {name}",
        Msg::FormerNames => "Previously known as {names}",
        Msg::Nicknames => "Also known as {names}",
        Msg::ChatChannels => "Chat channels",
        Msg::Connect => "connect",
        Msg::ConnectLabel => "Connect to {channel} in the web chat",
        Msg::Copy => "Copy",
        Msg::Copied => "Copied ✓",
        Msg::CopyLabel => "Copy channel name {channel}",
        Msg::CopiedAnnounce => "Copied to the clipboard",
        Msg::OnNetwork => "on {network}",
        Msg::Chat => "Chat",
        Msg::Documentation => "Documentation",
        Msg::Emergencies => "Emergencies",
        Msg::CardEmergency => "Emergencies: {link}",
        Msg::InAnEmergency => "In an emergency: {link}",
        Msg::LinkDocs => "Docs",
        Msg::LinkTracker => "Tracker",
        Msg::LinkRunbook => "Runbook",
        Msg::LinkDashboard => "Dashboard",
        Msg::LinkChat => "Chat",
        Msg::LinkOther => "Link",
        Msg::Contact => "Contacting the team",
        Msg::Licence => "Content is available under {licence} unless otherwise noted.",
        Msg::Source => "Source",
        Msg::EditPage => "Edit this page",
        Msg::LastEdited => "Last edited on {date}",
        Msg::Lead => "Lead",
        Msg::Leads => "Leads",
        Msg::IrcNick => "IRC nick",
        Msg::IrcNickValue => "IRC: {nick}",
        Msg::TimeZone => "Time zone: {zone}",
        Msg::LocalTime => "{time} local time",
        Msg::TeamsOf => "Teams of {name}",
        Msg::Loading => "Loading the team…",
        Msg::StillWaiting => "Still waiting for {source}…",
        Msg::Retry => "Retry",
        Msg::Reload => "Reload",
        Msg::LoadFailedTitle => "The team could not be loaded",
        Msg::LoadFailed => "Loading {source} failed: {reason}.",
        Msg::InvalidTitle => "The team manifest is not valid",
        Msg::InvalidIntro => "{source} has {problems} to fix:",
        Msg::StoredCopy => "Showing the copy from {time}; the server could not be reached.",
        Msg::GivenManifest => "the given manifest",
        Msg::CannotFetch => "this browser cannot fetch a manifest",
        Msg::NoAnswer => "the server sent nothing for {seconds} s, so the request was given up",
        Msg::HttpStatus => "the server answered HTTP {status}",
        Msg::BrokeOff => "the transfer broke off ({detail})",
        Msg::CrossOriginFailed => "the request to {origin} failed: the manifest is on another site, which must allow this page to read it (an Access-Control-Allow-Origin header, CORS), or the address or your connection is wrong ({detail})",
        Msg::NetworkFailed => "the network request failed; check the address and your connection ({detail})",
        Msg::NotJson => "it answered with {type} content that is not JSON ({problem})",
        Msg::AnsweredHtml => "it answered with an HTML page, not a JSON manifest (a login page, or a wrong URL?)",
        Msg::TooLarge => "it is {size} and the page shows manifests of up to {limit}",
        Msg::TooLargeSoFar => "it is larger than {limit}, the most the page shows ({size} had arrived)",
        Msg::BadAddress => "\"{url}\" is not a valid manifest address.",
        Msg::BadScheme => "The manifest address \"{url}\" must use http or https.",
        Msg::OriginNotAllowed => "This site does not load manifests from {origin}. Its config.json lists the origins it allows under \"allowed_manifest_origins\".",
    }
}

/// The English form of `c` for `category`.
pub(super) fn count(c: Count, category: Plural) -> &'static str {
    let (one, other) = match c {
        Count::People => ("{n} person", "{n} people"),
        Count::TeamCount => ("{n} team", "{n} teams"),
        Count::Subteams => ("{n} subteam", "{n} subteams"),
        Count::Problems => ("{n} problem", "{n} problems"),
    };
    if category == Plural::One {
        one
    } else {
        other
    }
}
