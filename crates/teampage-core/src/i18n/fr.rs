//! French.

use super::{Catalogue, Count, Forms, Msg};

pub(super) static CATALOGUE: Catalogue = Catalogue {
    tag: "fr",
    rtl: false,
    text,
    count,
};

fn text(m: Msg) -> &'static str {
    match m {
        Msg::FilterLabel => "Filtrer les équipes et les personnes",
        Msg::FilterPlaceholder => "Nom, équipe, technologie…",
        Msg::FilterKeyHint => "Appuyez sur / pour filtrer",
        Msg::FilterByTechnology => "Filtrer par technologie",
        Msg::ViewGroup => "Afficher",
        Msg::ViewTeams => "Par équipe",
        Msg::Everyone => "Tout le monde de A à Z",
        Msg::ExpandAll => "Tout déplier",
        Msg::CollapseAll => "Tout replier",
        Msg::NoMatch => "Rien ne correspond à ce filtre.",
        Msg::ClearFilter => "Effacer le filtre",
        Msg::NoneOfThemMatch => "Aucune de ces personnes ne correspond au filtre.",
        Msg::EmptyTeam => "Cette équipe n’a pas encore de membres ni de sous-équipes.",
        Msg::Teams => "Équipes",
        Msg::Counts => "{teams}, {people}",
        Msg::Permalink => "Lien vers {name}",
        Msg::Technologies => "Technologies",
        Msg::AliasFormer => "anciennement {name}",
        Msg::AliasNickname => "alias {name}",
        Msg::FormerNames => "Anciens noms\u{a0}: {names}",
        Msg::Nicknames => "Autres noms\u{a0}: {names}",
        Msg::ChatChannels => "Canaux de discussion",
        Msg::Connect => "se connecter",
        Msg::ConnectLabel => "Se connecter à {channel} dans la messagerie web",
        Msg::Copy => "Copier",
        Msg::Copied => "Copié ✓",
        Msg::CopyLabel => "Copier le nom du canal {channel}",
        Msg::CopiedAnnounce => "Copié dans le presse-papiers",
        Msg::OnNetwork => "sur {network}",
        Msg::Chat => "Discussion",
        Msg::Documentation => "Documentation",
        Msg::Emergencies => "Urgences",
        Msg::CardEmergency => "Urgences\u{a0}: {link}",
        Msg::InAnEmergency => "En cas d’urgence\u{a0}: {link}",
        Msg::LinkDocs => "Docs",
        Msg::LinkTracker => "Suivi",
        Msg::LinkRunbook => "Procédures",
        Msg::LinkDashboard => "Tableau de bord",
        Msg::LinkChat => "Discussion",
        Msg::LinkOther => "Lien",
        Msg::Contact => "Contacter l’équipe",
        Msg::Licence => "Le contenu est disponible sous {licence}, sauf mention contraire.",
        Msg::Source => "Code source",
        Msg::EditPage => "Modifier cette page",
        Msg::LastEdited => "Dernière modification le {date}",
        Msg::Lead => "Responsable",
        Msg::Leads => "Responsables",
        Msg::IrcNick => "Pseudo IRC",
        Msg::IrcNickValue => "IRC\u{a0}: {nick}",
        Msg::TimeZone => "Fuseau horaire\u{a0}: {zone}",
        Msg::LocalTime => "{time} heure locale",
        Msg::TeamsOf => "Équipes de {name}",
        Msg::Loading => "Chargement de l’équipe…",
        Msg::StillWaiting => "En attente de {source}…",
        Msg::Retry => "Réessayer",
        Msg::Reload => "Recharger",
        Msg::LoadFailedTitle => "Impossible de charger l’équipe",
        Msg::LoadFailed => "Le chargement de {source} a échoué\u{a0}: {reason}.",
        Msg::InvalidTitle => "Le manifeste de l’équipe n’est pas valide",
        Msg::InvalidIntro => "{source} contient {problems} à corriger\u{a0}:",
        Msg::StoredCopy => "Copie du {time} affichée\u{a0}; le serveur est injoignable.",
    }
}
// French uses `many` for large round numbers ("1 million de personnes").
fn count(c: Count) -> Forms {
    let (one, many, other) = match c {
        Count::People => ("{n} personne", "{n} de personnes", "{n} personnes"),
        Count::TeamCount => ("{n} équipe", "{n} d’équipes", "{n} équipes"),
        Count::Subteams => ("{n} sous-équipe", "{n} de sous-équipes", "{n} sous-équipes"),
        Count::Problems => ("{n} problème", "{n} de problèmes", "{n} problèmes"),
    };
    Forms {
        one: Some(one),
        many: Some(many),
        other,
        ..Forms::default()
    }
}
