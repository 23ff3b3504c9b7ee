//! The fields of each object of a manifest, as spelled in JSON, in the order
//! the checker reads them (so problems come in this order). The model's
//! `Serialize` writes the same names in the same order (tested below).

/// The root object; `$schema` only points editors at the JSON Schema.
pub(crate) const ROOT_FIELDS: [&str; 5] =
    ["$schema", "manifest_version", "networks", "team", "meta"];
pub(crate) const NETWORK_FIELDS: [&str; 6] = ["name", "protocol", "host", "port", "tls", "webchat"];
pub(crate) const TEAM_FIELDS: [&str; 14] = [
    "id",
    "name",
    "short_name",
    "aliases",
    "summary",
    "technologies",
    "channels",
    "emergency",
    "links",
    "contact",
    "leads_title",
    "leads",
    "members",
    "subteams",
];
pub(crate) const ALIAS_FIELDS: [&str; 2] = ["name", "kind"];
pub(crate) const CHANNEL_FIELDS: [&str; 3] = ["network", "channel", "description"];
pub(crate) const EMERGENCY_FIELDS: [&str; 3] = ["title", "url", "text"];
pub(crate) const LINK_FIELDS: [&str; 4] = ["title", "url", "kind", "text"];
pub(crate) const CONTACT_FIELDS: [&str; 2] = ["text", "links"];
pub(crate) const PERSON_FIELDS: [&str; 7] = [
    "name", "role", "irc_nick", "pronouns", "timezone", "url", "email",
];
pub(crate) const META_FIELDS: [&str; 5] = [
    "source_url",
    "edit_url",
    "last_edited",
    "license",
    "language",
];
pub(crate) const LICENSE_FIELDS: [&str; 2] = ["name", "url"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::json::{self, Json};
    use crate::manifest::model::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// The keys `value` serializes to, in order (read back with the crate's
    /// own parser, which keeps the order of the text).
    fn keys(value: &impl Serialize) -> Vec<String> {
        let text = serde_json::to_string(value).unwrap();
        let arena = bumpalo::Bump::new();
        let Ok((Json::Object(o), _)) = json::parse(&text, &arena, 0) else {
            panic!("not an object: {text}")
        };
        o.entries().iter().map(|(k, _)| k.to_string()).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    /// Every field set, so that `Serialize` skips none.
    fn full_link() -> Link {
        Link {
            title: "T".into(),
            url: "https://x.org/".into(),
            kind: LinkKind::Docs,
            text: some("t"),
        }
    }

    fn full_person() -> Person {
        Person {
            name: "N".into(),
            role: some("r"),
            irc_nick: some("n"),
            pronouns: some("p"),
            timezone: some("UTC"),
            url: some("https://x.org/"),
            email: some("a@b.c"),
        }
    }

    fn full_team() -> Team {
        Team {
            id: "x".into(),
            name: "X".into(),
            short_name: some("x"),
            aliases: vec![Alias {
                name: "Y".into(),
                kind: AliasKind::Former,
            }],
            summary: some("s"),
            technologies: vec!["Rust".into()],
            channels: vec![Channel {
                network: "libera".into(),
                channel: "#x".into(),
                description: some("d"),
            }],
            emergency: Some(Emergency {
                title: "E".into(),
                url: some("https://x.org/"),
                text: some("t"),
            }),
            links: vec![full_link()],
            contact: Some(Contact {
                text: some("t"),
                links: vec![full_link()],
            }),
            leads_title: some("Chairs"),
            leads: vec![full_person()],
            members: vec![full_person()],
            subteams: vec![Team::default()],
        }
    }

    #[test]
    fn the_model_serializes_the_checkers_field_names() {
        let team = full_team();
        let network = Network {
            name: "Libera.Chat".into(),
            protocol: Protocol::Irc,
            host: some("irc.libera.chat"),
            port: Some(6697),
            tls: Some(true),
            webchat: some("https://web.libera.chat/#{channel}"),
        };
        let meta = Meta {
            source_url: some("https://x.org/"),
            edit_url: some("https://x.org/"),
            last_edited: some("2021-06-11"),
            license: Some(License {
                name: "CC0".into(),
                url: some("https://x.org/"),
            }),
            language: some("en"),
        };
        let manifest = Manifest {
            manifest_version: 1,
            networks: BTreeMap::from([("libera".to_owned(), network.clone())]),
            team: team.clone(),
            meta: Some(meta.clone()),
        };
        assert_eq!(keys(&manifest), ROOT_FIELDS[1..]);
        assert_eq!(keys(&network), NETWORK_FIELDS);
        assert_eq!(keys(&team), TEAM_FIELDS);
        assert_eq!(keys(&team.aliases[0]), ALIAS_FIELDS);
        assert_eq!(keys(&team.channels[0]), CHANNEL_FIELDS);
        assert_eq!(keys(&team.emergency), EMERGENCY_FIELDS);
        assert_eq!(keys(&team.links[0]), LINK_FIELDS);
        assert_eq!(keys(&team.contact), CONTACT_FIELDS);
        assert_eq!(keys(&team.leads[0]), PERSON_FIELDS);
        assert_eq!(keys(&meta), META_FIELDS);
        assert_eq!(keys(&meta.license), LICENSE_FIELDS);
    }

    #[test]
    fn serde_spells_the_enums_as_the_checker() {
        /// `name` and serde agree on each of `all`.
        fn agree<T: Copy + Serialize>(all: &[T], name: fn(T) -> &'static str) {
            for &t in all {
                assert_eq!(serde_json::to_value(t).unwrap(), name(t));
            }
        }
        agree(&Protocol::ALL, Protocol::as_str);
        agree(&AliasKind::ALL, AliasKind::as_str);
        agree(&LinkKind::ALL, LinkKind::as_str);
    }
}
