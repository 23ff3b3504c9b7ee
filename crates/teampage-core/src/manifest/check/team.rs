//! The checker's part for a team and everything in it, subteams included.

use super::Checker;
use crate::manifest::fields::{
    ALIAS_FIELDS, CHANNEL_FIELDS, CONTACT_FIELDS, EMERGENCY_FIELDS, LINK_FIELDS, PERSON_FIELDS,
    TEAM_FIELDS,
};
use crate::manifest::json::{Json, Object};
use crate::manifest::messages::{quote, unknown_network_message};
use crate::manifest::model::{
    Alias, AliasKind, Channel, Contact, Emergency, Link, LinkKind, Person, Team, MAX_DEPTH,
};
use crate::manifest::path::render;
use crate::manifest::rules::{
    channel_problem, email_problem, is_team_id, timezone_problem, url_problem, Schemes,
};
use std::collections::hash_map::Entry;

impl<'a> Checker<'a> {
    pub(super) fn team(&mut self, v: &'a Json<'a>, depth: usize) -> Option<Team> {
        if depth > MAX_DEPTH {
            self.error(format!(
                "nested too deeply: this team is at depth {depth}, and teams may nest at most {MAX_DEPTH} levels below the root team"
            ));
            return None;
        }
        let m = self.object(v)?;
        let [id, name, short_name, aliases, summary, technologies, channels, emergency, links, contact, leads_title, leads, members, subteams] =
            self.fields(m, &TEAM_FIELDS);
        let id = self.required_str("id", id, false);
        if let Some(id) = id {
            self.at("id", |c| c.team_id(id));
        }
        let name = self.required_str("name", name, true);
        let short_name = self.optional_string("short_name", short_name);
        let aliases = self.array("aliases", aliases, Self::alias);
        let summary = self.optional_string("summary", summary);
        let technologies = self.array("technologies", technologies, |c, v| match v {
            Json::String("") => {
                c.error("must not be empty");
                None
            }
            Json::String(s) => Some((*s).to_owned()),
            other => {
                c.wrong_type("a string", other);
                None
            }
        });
        let channels = self.array("channels", channels, Self::channel);
        let emergency = self
            .optional_object("emergency", emergency)
            .and_then(|e| self.at("emergency", |c| c.emergency(e)));
        let links = self.array("links", links, Self::link);
        let contact = self
            .optional_object("contact", contact)
            .map(|contact| self.at("contact", |c| c.contact(contact)));
        let leads_title = self.optional_string("leads_title", leads_title);
        let leads = self.array("leads", leads, Self::person);
        let members = self.array("members", members, Self::person);
        let subteams = self.array("subteams", subteams, |c, v| c.team(v, depth + 1));
        Some(Team {
            id: id?.to_owned(),
            name: name?.to_owned(),
            short_name,
            aliases,
            summary,
            technologies,
            channels,
            emergency,
            links,
            contact,
            leads_title,
            leads,
            members,
            subteams,
        })
    }

    /// Checks a team id (the path is at it): its form, and that no team
    /// before used it.
    fn team_id(&mut self, id: &'a str) {
        if id.is_empty() {
            self.error("must not be empty");
        } else if !is_team_id(id) {
            self.error(format!(
                "invalid team id {}: use lowercase letters a-z, digits and '-', starting with a letter or a digit",
                quote(id)
            ));
        }
        let start = self.first_uses.len();
        match self.ids.entry(id) {
            Entry::Occupied(first) => {
                let (from, to) = *first.get();
                let first = render(&self.first_uses[from..to]);
                self.error(format!(
                    "duplicate team id {} (first used at {first})",
                    quote(id)
                ));
            }
            Entry::Vacant(slot) => {
                slot.insert((start, start + self.path.len()));
                self.first_uses.extend_from_slice(&self.path);
            }
        }
    }

    fn alias(&mut self, v: &'a Json<'a>) -> Option<Alias> {
        let m = self.object(v)?;
        let [name, kind] = self.fields(m, &ALIAS_FIELDS);
        let name = self.required_str("name", name, true);
        let kind = self.one_of("kind", kind, &AliasKind::ALL, AliasKind::as_str);
        Some(Alias {
            name: name?.to_owned(),
            kind: kind?,
        })
    }

    fn channel(&mut self, v: &'a Json<'a>) -> Option<Channel> {
        let m = self.object(v)?;
        let [network, channel, description] = self.fields(m, &CHANNEL_FIELDS);
        // The channel's protocol: None when the network is unknown or broken.
        let mut protocol = None;
        let network = self.required_str("network", network, false);
        if let Some(network) = network {
            match self.protocols.get(network) {
                Some(p) => protocol = *p,
                None if self.networks_unreadable => {}
                None => {
                    let defined = self.protocols.keys().copied().collect();
                    let message = unknown_network_message(network, defined);
                    self.at("network", |c| c.error(message));
                }
            }
        }
        let channel = self.required_str("channel", channel, false);
        if let Some(msg) = channel.and_then(|name| channel_problem(name, protocol)) {
            self.at("channel", |c| c.error(msg));
        }
        let description = self.optional_string("description", description);
        Some(Channel {
            network: network?.to_owned(),
            channel: channel?.to_owned(),
            description,
        })
    }

    fn emergency(&mut self, m: &'a Object<'a>) -> Option<Emergency> {
        let [title, url, text] = self.fields(m, &EMERGENCY_FIELDS);
        let title = self.required_str("title", title, true);
        // A phone number is a common emergency contact: tel: is allowed here.
        let url = self.optional_url("url", url, Schemes::Emergency);
        let text = self.optional_string("text", text);
        Some(Emergency {
            title: title?.to_owned(),
            url,
            text,
        })
    }

    fn link(&mut self, v: &'a Json<'a>) -> Option<Link> {
        let m = self.object(v)?;
        let [title, url, kind, text] = self.fields(m, &LINK_FIELDS);
        let title = self.required_str("title", title, true);
        let url = self.required_str("url", url, false);
        if let Some(msg) = url.and_then(|url| url_problem(url, url, Schemes::Web)) {
            self.at("url", |c| c.error(msg));
        }
        let kind = self.one_of("kind", kind, &LinkKind::ALL, LinkKind::as_str);
        let text = self.optional_string("text", text);
        Some(Link {
            title: title?.to_owned(),
            url: url?.to_owned(),
            kind: kind?,
            text,
        })
    }

    fn contact(&mut self, m: &'a Object<'a>) -> Contact {
        let [text, links] = self.fields(m, &CONTACT_FIELDS);
        Contact {
            text: self.optional_string("text", text),
            links: self.array("links", links, Self::link),
        }
    }

    fn person(&mut self, v: &'a Json<'a>) -> Option<Person> {
        let m = self.object(v)?;
        let [name, role, irc_nick, pronouns, timezone, url, email] = self.fields(m, &PERSON_FIELDS);
        let name = self.required_str("name", name, true);
        let role = self.optional_string("role", role);
        let irc_nick = self.optional_string("irc_nick", irc_nick);
        let pronouns = self.optional_string("pronouns", pronouns);
        let timezone = self.optional_str("timezone", timezone);
        if let Some(msg) = timezone.and_then(timezone_problem) {
            // A warning: see rules/timezone.rs.
            self.at("timezone", |c| c.warn(msg));
        }
        let url = self.optional_url("url", url, Schemes::Web);
        let email = self.optional_str("email", email);
        if let Some(msg) = email.and_then(email_problem) {
            self.at("email", |c| c.error(msg));
        }
        Some(Person {
            name: name?.to_owned(),
            role,
            irc_nick,
            pronouns,
            timezone: timezone.map(str::to_owned),
            url,
            email: email.map(str::to_owned),
        })
    }
}
