//! German.

use super::{Catalogue, Count, Forms, Msg};

pub(super) static CATALOGUE: Catalogue = Catalogue {
    tag: "de",
    rtl: false,
    text,
    count,
};

fn text(m: Msg) -> &'static str {
    match m {
        Msg::FilterLabel => "Teams und Personen filtern",
        Msg::FilterPlaceholder => "Name, Team, Technologie…",
        Msg::FilterKeyHint => "Zum Filtern / drücken",
        Msg::FilterByTechnology => "Nach Technologie filtern",
        Msg::ViewGroup => "Anzeigen",
        Msg::ViewTeams => "Nach Team",
        Msg::Everyone => "Alle von A–Z",
        Msg::ExpandAll => "Alle aufklappen",
        Msg::CollapseAll => "Alle zuklappen",
        Msg::NoMatch => "Nichts passt zu diesem Filter.",
        Msg::ClearFilter => "Filter löschen",
        Msg::NoneOfThemMatch => "Niemand davon passt zum Filter.",
        Msg::EmptyTeam => "Dieses Team hat noch keine Personen oder Unterteams.",
        Msg::Teams => "Teams",
        Msg::Counts => "{teams}, {people}",
        Msg::Permalink => "Link zu {name}",
        Msg::Technologies => "Technologien",
        Msg::AliasFormer => "früher {name}",
        Msg::AliasNickname => "auch {name}",
        Msg::FormerNames => "Früher bekannt als {names}",
        Msg::Nicknames => "Auch bekannt als {names}",
        Msg::ChatChannels => "Chat-Kanäle",
        Msg::Connect => "verbinden",
        Msg::ConnectLabel => "Im Web-Chat mit {channel} verbinden",
        Msg::Copy => "Kopieren",
        Msg::Copied => "Kopiert ✓",
        Msg::CopyLabel => "Kanalnamen {channel} kopieren",
        Msg::CopiedAnnounce => "In die Zwischenablage kopiert",
        Msg::OnNetwork => "auf {network}",
        Msg::Chat => "Chat",
        Msg::Documentation => "Dokumentation",
        Msg::Emergencies => "Notfälle",
        Msg::CardEmergency => "Notfälle: {link}",
        Msg::InAnEmergency => "Im Notfall: {link}",
        Msg::LinkDocs => "Doku",
        Msg::LinkTracker => "Tracker",
        Msg::LinkRunbook => "Runbook",
        Msg::LinkDashboard => "Dashboard",
        Msg::LinkChat => "Chat",
        Msg::LinkOther => "Link",
        Msg::Contact => "Kontakt zum Team",
        Msg::Licence => "Inhalte sind, sofern nicht anders angegeben, unter {licence} verfügbar.",
        Msg::Source => "Quelltext",
        Msg::EditPage => "Diese Seite bearbeiten",
        Msg::LastEdited => "Zuletzt bearbeitet am {date}",
        Msg::Lead => "Leitung",
        Msg::Leads => "Leitung",
        Msg::IrcNick => "IRC-Nick",
        Msg::IrcNickValue => "IRC: {nick}",
        Msg::TimeZone => "Zeitzone: {zone}",
        Msg::LocalTime => "{time} Ortszeit",
        Msg::TeamsOf => "Teams von {name}",
        Msg::Loading => "Team wird geladen…",
        Msg::StillWaiting => "Warte noch auf {source}…",
        Msg::Retry => "Erneut versuchen",
        Msg::Reload => "Neu laden",
        Msg::LoadFailedTitle => "Das Team konnte nicht geladen werden",
        Msg::LoadFailed => "Laden von {source} fehlgeschlagen: {reason}.",
        Msg::InvalidTitle => "Das Team-Manifest ist ungültig",
        Msg::InvalidIntro => "In {source} sind {problems} zu beheben:",
        Msg::StoredCopy => "Angezeigt wird die Kopie vom {time}; der Server war nicht erreichbar.",
    }
}
fn count(c: Count) -> Forms {
    let (one, other) = match c {
        Count::People => ("{n} Person", "{n} Personen"),
        Count::TeamCount => ("{n} Team", "{n} Teams"),
        Count::Subteams => ("{n} Unterteam", "{n} Unterteams"),
        Count::Problems => ("{n} Problem", "{n} Probleme"),
    };
    Forms {
        one: Some(one),
        other,
        ..Forms::default()
    }
}
