//! Spanish.

use super::{Catalogue, Count, Forms, Msg};

pub(super) static CATALOGUE: Catalogue = Catalogue {
    tag: "es",
    rtl: false,
    text,
    count,
};

fn text(m: Msg) -> &'static str {
    match m {
        Msg::FilterLabel => "Filtrar equipos y personas",
        Msg::FilterPlaceholder => "Nombre, equipo, tecnología…",
        Msg::FilterKeyHint => "Pulsa / para filtrar",
        Msg::FilterByTechnology => "Filtrar por tecnología",
        Msg::ViewGroup => "Mostrar",
        Msg::ViewTeams => "Por equipo",
        Msg::Everyone => "Todos de la A a la Z",
        Msg::ExpandAll => "Expandir todo",
        Msg::CollapseAll => "Contraer todo",
        Msg::NoMatch => "Nada coincide con este filtro.",
        Msg::ClearFilter => "Borrar filtro",
        Msg::NoneOfThemMatch => "Ninguna de estas personas coincide con el filtro.",
        Msg::EmptyTeam => "Este equipo aún no tiene personas ni subequipos.",
        Msg::Teams => "Equipos",
        Msg::Counts => "{teams}, {people}",
        Msg::Permalink => "Enlace a {name}",
        Msg::Technologies => "Tecnologías",
        Msg::AliasFormer => "antes {name}",
        Msg::AliasNickname => "alias {name}",
        Msg::FormerNames => "Antes conocido como {names}",
        Msg::Nicknames => "También conocido como {names}",
        Msg::ChatChannels => "Canales de chat",
        Msg::Connect => "conectar",
        Msg::ConnectLabel => "Conectar a {channel} en el chat web",
        Msg::Copy => "Copiar",
        Msg::Copied => "Copiado ✓",
        Msg::CopyLabel => "Copiar el nombre del canal {channel}",
        Msg::CopiedAnnounce => "Copiado al portapapeles",
        Msg::OnNetwork => "en {network}",
        Msg::Chat => "Chat",
        Msg::Documentation => "Documentación",
        Msg::Emergencies => "Emergencias",
        Msg::CardEmergency => "Emergencias: {link}",
        Msg::InAnEmergency => "En caso de emergencia: {link}",
        Msg::LinkDocs => "Documentos",
        Msg::LinkTracker => "Seguimiento",
        Msg::LinkRunbook => "Procedimientos",
        Msg::LinkDashboard => "Panel",
        Msg::LinkChat => "Chat",
        Msg::LinkOther => "Enlace",
        Msg::Contact => "Contactar con el equipo",
        Msg::Licence => {
            "El contenido está disponible bajo {licence}, salvo que se indique lo contrario."
        }
        Msg::Source => "Código fuente",
        Msg::EditPage => "Editar esta página",
        Msg::LastEdited => "Última edición: {date}",
        Msg::Lead => "Responsable",
        Msg::Leads => "Responsables",
        Msg::IrcNick => "Apodo de IRC",
        Msg::IrcNickValue => "IRC: {nick}",
        Msg::TimeZone => "Zona horaria: {zone}",
        Msg::LocalTime => "{time} hora local",
        Msg::TeamsOf => "Equipos de {name}",
        Msg::Loading => "Cargando el equipo…",
        Msg::StillWaiting => "Esperando todavía a {source}…",
        Msg::Retry => "Reintentar",
        Msg::Reload => "Recargar",
        Msg::LoadFailedTitle => "No se pudo cargar el equipo",
        Msg::LoadFailed => "Falló la carga de {source}: {reason}.",
        Msg::InvalidTitle => "El manifiesto del equipo no es válido",
        Msg::InvalidIntro => "{source} tiene {problems} por corregir:",
        Msg::StoredCopy => "Se muestra la copia del {time}; no se pudo contactar con el servidor.",
    }
}
// Spanish uses `many` for large round numbers ("1 millón de personas").
fn count(c: Count) -> Forms {
    let (one, many, other) = match c {
        Count::People => ("{n} persona", "{n} de personas", "{n} personas"),
        Count::TeamCount => ("{n} equipo", "{n} de equipos", "{n} equipos"),
        Count::Subteams => ("{n} subequipo", "{n} de subequipos", "{n} subequipos"),
        Count::Problems => ("{n} problema", "{n} de problemas", "{n} problemas"),
    };
    Forms {
        one: Some(one),
        many: Some(many),
        other,
        ..Forms::default()
    }
}
