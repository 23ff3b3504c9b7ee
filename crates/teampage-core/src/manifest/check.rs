//! The checker: one walk over the JSON tree that checks every rule of the
//! spec, records each problem at its JSON path, and returns the typed values
//! it read; the [`Manifest`] they make is kept only when no error was found.
//!
//! Each object's entries are read once, into a slot per known field
//! ([`fields`](super::fields)); the slots are then read in the order of the
//! fields, which is the order of the problems. The parts of a team are read
//! in [`team`].

mod team;

use super::fields::{LICENSE_FIELDS, META_FIELDS, NETWORK_FIELDS, ROOT_FIELDS};
use super::json::{same_key, Json, Object};
use super::messages::{quote, unknown_field_message};
use super::model::{License, Manifest, Meta, Network, Protocol, SUPPORTED_MANIFEST_VERSION};
use super::path::{render, Step};
use super::problem::{Problem, Report, Severity, MAX_ERRORS, MAX_WARNINGS};
use super::rules::{
    host_problem, is_rfc3339, language_tag_problem, template_problem, url_problem, Schemes,
};
use std::collections::{BTreeMap, HashMap};
use std::ops::ControlFlow;

/// Checks a manifest's tree: its problems, and its manifest when it has no
/// error.
pub(crate) fn check(tree: &Json<'_>) -> Report {
    let mut checker = Checker::default();
    let manifest = checker.root(tree);
    checker.finish(manifest)
}

/// The walk: where it is, what it found, and what later checks need.
#[derive(Default)]
struct Checker<'a> {
    /// Where the walk is; written out only for a problem.
    path: Vec<Step<'a>>,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    errors_capped: bool,
    warnings_capped: bool,
    /// Whether `networks` was not an object (then channels are not checked
    /// against it, which would only repeat one mistake many times).
    networks_unreadable: bool,
    /// Network id → its protocol (`None` when the protocol is invalid).
    protocols: HashMap<&'a str, Option<Protocol>>,
    /// Team id → where its first use is in `first_uses`.
    ids: HashMap<&'a str, (usize, usize)>,
    /// The paths of the first uses of team ids, one after the other.
    first_uses: Vec<Step<'a>>,
}

/// The values of an object's known fields, by field position.
type Slots<'a, const N: usize> = [Option<&'a Json<'a>>; N];

/// Sorts `m`'s entries into slots by field (slot `i` holds the value of
/// `names[i]`); the other keys come back apart.
fn slots<'a, const N: usize>(m: &'a Object<'a>, names: &[&str; N]) -> (Slots<'a, N>, Vec<&'a str>) {
    let mut slots = [None; N];
    let mut unknown = Vec::new();
    // Keys mostly come in the order of the fields: look from the field
    // after the last one found.
    let mut next = 0;
    for (key, value) in m.entries() {
        let mut i = next;
        loop {
            if same_key(names[i], key) {
                slots[i] = Some(value);
                next = (i + 1) % N;
                break;
            }
            i = (i + 1) % N;
            if i == next {
                unknown.push(*key);
                break;
            }
        }
    }
    (slots, unknown)
}

impl<'a> Checker<'a> {
    fn finish(self, manifest: Option<Manifest>) -> Report {
        let mut errors = self.errors;
        let mut warnings = self.warnings;
        if self.errors_capped {
            errors.push(Problem::too_many(Severity::Error, MAX_ERRORS));
        }
        if self.warnings_capped {
            warnings.push(Problem::too_many(Severity::Warning, MAX_WARNINGS));
        }
        let manifest = if errors.is_empty() {
            // Every check that fails records an error, so a value is
            // missing only by a mistake here: a safety net, never a panic.
            if manifest.is_none() {
                errors.push(Problem::error(
                    "",
                    "internal error: the manifest passed validation but does not fit the model",
                ));
            }
            manifest
        } else {
            None
        };
        Report {
            manifest,
            errors,
            warnings,
        }
    }

    fn error(&mut self, message: impl Into<String>) {
        self.record(Severity::Error, message.into());
    }

    fn warn(&mut self, message: impl Into<String>) {
        self.record(Severity::Warning, message.into());
    }

    /// A problem at the current path, unless there are enough of its kind.
    fn record(&mut self, severity: Severity, message: String) {
        let (problems, capped, max) = match severity {
            Severity::Error => (&mut self.errors, &mut self.errors_capped, MAX_ERRORS),
            Severity::Warning => (&mut self.warnings, &mut self.warnings_capped, MAX_WARNINGS),
        };
        if problems.len() < max {
            let path = render(&self.path);
            problems.push(Problem {
                severity,
                path,
                message,
            });
        } else {
            *capped = true;
        }
    }

    /// Whether to stop walking: enough errors have been found.
    fn stop(&self) -> bool {
        self.errors_capped
    }

    /// Runs `f` with `key` appended to the path.
    fn at<R>(&mut self, key: &'a str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Step::Key(key));
        let r = f(self);
        self.path.pop();
        r
    }

    /// Runs `f` with `[i]` appended to the path.
    fn at_index<R>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(Step::Index(i));
        let r = f(self);
        self.path.pop();
        r
    }

    fn wrong_type(&mut self, expected: &str, found: &Json<'_>) {
        self.error(format!("expected {expected}, found {}", found.describe()));
    }

    /// The value as an object, or an error at the current path.
    fn object(&mut self, v: &'a Json<'a>) -> Option<&'a Object<'a>> {
        match v {
            Json::Object(m) => Some(m),
            other => {
                self.wrong_type("an object", other);
                None
            }
        }
    }

    /// The slots of `m`'s fields, after a warning for each unknown key.
    fn fields<const N: usize>(&mut self, m: &'a Object<'a>, names: &[&str; N]) -> Slots<'a, N> {
        let (slots, unknown) = slots(m, names);
        if !unknown.is_empty() {
            self.unknown_fields(unknown, names);
        }
        slots
    }

    /// Warns about each of the `unknown` keys, in key order.
    fn unknown_fields(&mut self, mut unknown: Vec<&'a str>, known: &[&str]) {
        // Keys are unique: an unstable sort gives the one order.
        unknown.sort_unstable();
        for key in unknown {
            if self.warnings.len() >= MAX_WARNINGS {
                // What `warn` would do for this key and each one after it.
                self.warnings_capped = true;
                break;
            }
            self.at(key, |c| c.warn(unknown_field_message(key, known)));
        }
    }

    /// A required string field; `non_empty` refuses `""`.
    fn required_str(
        &mut self,
        key: &'a str,
        v: Option<&'a Json<'a>>,
        non_empty: bool,
    ) -> Option<&'a str> {
        match v {
            Some(Json::String(s)) => {
                if non_empty && s.is_empty() {
                    self.at(key, |c| c.error("must not be empty"));
                }
                Some(s)
            }
            None => {
                self.at(key, |c| {
                    c.error(format!("required field {} is missing", quote(key)))
                });
                None
            }
            Some(other) => {
                self.at(key, |c| c.wrong_type("a string", other));
                None
            }
        }
    }

    /// An optional string field (`null` is a wrong type, as everywhere).
    fn optional_str(&mut self, key: &'a str, v: Option<&'a Json<'a>>) -> Option<&'a str> {
        match v? {
            Json::String(s) => Some(s),
            other => {
                self.at(key, |c| c.wrong_type("a string", other));
                None
            }
        }
    }

    /// An optional string field, owned.
    fn optional_string(&mut self, key: &'a str, v: Option<&'a Json<'a>>) -> Option<String> {
        self.optional_str(key, v).map(str::to_owned)
    }

    /// An optional object field.
    fn optional_object(&mut self, key: &'a str, v: Option<&'a Json<'a>>) -> Option<&'a Object<'a>> {
        match v? {
            Json::Object(o) => Some(o),
            other => {
                self.at(key, |c| c.wrong_type("an object", other));
                None
            }
        }
    }

    /// An optional field whose value is the name of one of `all`; absent,
    /// the default.
    fn one_of<T: Copy + Default>(
        &mut self,
        key: &'a str,
        v: Option<&'a Json<'a>>,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        let Some(v) = v else {
            return Some(T::default());
        };
        self.at(key, |c| match v {
            Json::String(s) => {
                let found = all.iter().copied().find(|&t| same_key(name(t), s));
                if found.is_none() {
                    let names: Vec<&str> = all.iter().map(|&t| name(t)).collect();
                    c.error(format!(
                        "unknown {key} {}; expected one of {}",
                        quote(s),
                        names.join(", ")
                    ));
                }
                found
            }
            other => {
                c.wrong_type("a string", other);
                None
            }
        })
    }

    /// An optional URL field, of one of `schemes`.
    fn optional_url(
        &mut self,
        key: &'a str,
        v: Option<&'a Json<'a>>,
        schemes: Schemes,
    ) -> Option<String> {
        let url = self.optional_str(key, v)?;
        if let Some(msg) = url_problem(url, url, schemes) {
            self.at(key, |c| c.error(msg));
        }
        Some(url.to_owned())
    }

    /// An optional array field; `item` reads each item (with the path at it).
    fn array<T>(
        &mut self,
        key: &'a str,
        v: Option<&'a Json<'a>>,
        mut item: impl FnMut(&mut Self, &'a Json<'a>) -> Option<T>,
    ) -> Vec<T> {
        let Some(v) = v else { return Vec::new() };
        self.at(key, |c| match v {
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, v) in items.iter().enumerate() {
                    if c.stop() {
                        break;
                    }
                    if let Some(t) = c.at_index(i, |c| item(c, v)) {
                        out.push(t);
                    }
                }
                out
            }
            other => {
                c.wrong_type("an array", other);
                Vec::new()
            }
        })
    }

    // ------------------------------------------------------------- the root

    fn root(&mut self, v: &'a Json<'a>) -> Option<Manifest> {
        let Json::Object(m) = v else {
            self.error(format!(
                "the manifest must be a JSON object, found {}",
                v.describe()
            ));
            return None;
        };
        let ([schema, version, networks, team, meta], unknown) = slots(m, &ROOT_FIELDS);
        let ControlFlow::Continue(version) = self.manifest_version(version) else {
            return None;
        };
        self.unknown_fields(unknown, &ROOT_FIELDS);
        self.optional_str("$schema", schema);
        let networks = self.networks(networks);
        let team = match team {
            None => {
                self.at("team", |c| c.error("required field \"team\" is missing"));
                None
            }
            Some(team) => self.at("team", |c| c.team(team, 0)),
        };
        let meta = self
            .optional_object("meta", meta)
            .map(|meta| self.at("meta", |c| c.meta(meta)));
        Some(Manifest {
            manifest_version: version?,
            networks,
            team: team?,
            meta,
        })
    }

    /// The version; `Break` when the rest is not worth checking (a newer
    /// version may have a different shape).
    fn manifest_version(&mut self, v: Option<&'a Json<'a>>) -> ControlFlow<(), Option<u64>> {
        self.at("manifest_version", |c| match v {
            None => {
                c.error("required field \"manifest_version\" is missing");
                ControlFlow::Continue(None)
            }
            Some(Json::Number(n)) => match n.as_u64() {
                Some(v) if v > SUPPORTED_MANIFEST_VERSION => {
                    c.error(format!(
                        "version {v} is newer than supported ({SUPPORTED_MANIFEST_VERSION})"
                    ));
                    ControlFlow::Break(())
                }
                Some(0) => {
                    c.error(format!(
                        "version 0 is not supported (the supported version is {SUPPORTED_MANIFEST_VERSION})"
                    ));
                    ControlFlow::Continue(None)
                }
                Some(v) => ControlFlow::Continue(Some(v)),
                None => {
                    c.error(format!("expected an integer, found {n}"));
                    ControlFlow::Continue(None)
                }
            },
            Some(other) => {
                c.wrong_type("an integer", other);
                ControlFlow::Continue(None)
            }
        })
    }

    /// The networks, checked in id order (as serde_json's `Value` has them).
    fn networks(&mut self, v: Option<&'a Json<'a>>) -> BTreeMap<String, Network> {
        let mut out = BTreeMap::new();
        let Some(v) = v else { return out };
        self.at("networks", |c| match v {
            Json::Object(networks) => {
                for (id, network) in networks.sorted() {
                    if c.stop() {
                        break;
                    }
                    if let Some(n) = c.at(id, |c| c.network(id, network)) {
                        out.insert(id.to_owned(), n);
                    }
                }
            }
            other => {
                c.networks_unreadable = true;
                c.wrong_type("an object (network id → network)", other);
            }
        });
        out
    }

    /// A network; `host`, `port` and `tls` on one that is not irc are
    /// warnings (the viewer ignores them), though their types are checked.
    fn network(&mut self, id: &'a str, v: &'a Json<'a>) -> Option<Network> {
        let Some(m) = self.object(v) else {
            self.protocols.insert(id, None);
            return None;
        };
        let [name, protocol, host, port, tls, webchat] = self.fields(m, &NETWORK_FIELDS);
        let name = self.required_str("name", name, true);
        let protocol = self.one_of("protocol", protocol, &Protocol::ALL, Protocol::as_str);
        self.protocols.insert(id, protocol);
        let is_irc = protocol == Some(Protocol::Irc);
        // The protocol named in "ignored" warnings, when it is known and not irc.
        let not_irc = protocol
            .filter(|p| *p != Protocol::Irc)
            .map(Protocol::as_str);
        let ignored = |c: &mut Self, key: &str| {
            if let Some(p) = not_irc {
                c.warn(format!(
                    "ignored: \"{key}\" applies to irc networks only, not {p}"
                ));
            }
        };

        let host = match host {
            None => {
                if is_irc {
                    self.at("host", |c| {
                        c.error(
                            "required field \"host\" is missing: an irc network needs a host name",
                        )
                    });
                }
                None
            }
            Some(v) => {
                let host = self.optional_str("host", Some(v));
                if let Some(host) = host {
                    self.at("host", |c| {
                        if is_irc {
                            if let Some(msg) = host_problem(host) {
                                c.error(msg);
                            }
                        } else {
                            ignored(c, "host");
                        }
                    });
                }
                host
            }
        };
        let port = port.and_then(|port| {
            self.at("port", |c| {
                let value = match port {
                    Json::Number(n) => match (n.as_u64(), n.as_i64()) {
                        (Some(p @ 1..=65535), _) => u16::try_from(p).ok(),
                        (Some(p), _) => {
                            c.error(format!("port {p} is out of range (1 to 65535)"));
                            None
                        }
                        (None, Some(p)) => {
                            c.error(format!("port {p} is out of range (1 to 65535)"));
                            None
                        }
                        (None, None) => {
                            c.error(format!("expected an integer, found {n}"));
                            None
                        }
                    },
                    other => {
                        c.wrong_type("an integer", other);
                        None
                    }
                };
                ignored(c, "port");
                value
            })
        });
        let tls = tls.and_then(|tls| {
            self.at("tls", |c| {
                let value = match tls {
                    Json::Bool(b) => Some(*b),
                    other => {
                        c.wrong_type("a boolean (true or false)", other);
                        None
                    }
                };
                ignored(c, "tls");
                value
            })
        });
        let webchat = match webchat {
            None => {
                if let Some(p) = not_irc {
                    self.at("webchat", |c| {
                        c.error(format!(
                            "required field \"webchat\" is missing: a {p} network is reached only through its web chat template"
                        ))
                    });
                }
                None
            }
            Some(v) => {
                let template = self.optional_str("webchat", Some(v));
                if let Some(msg) = template.and_then(template_problem) {
                    self.at("webchat", |c| c.error(msg));
                }
                template
            }
        };
        Some(Network {
            name: name?.to_owned(),
            protocol: protocol?,
            host: host.map(str::to_owned),
            port,
            tls,
            webchat: webchat.map(str::to_owned),
        })
    }

    fn meta(&mut self, m: &'a Object<'a>) -> Meta {
        let [source_url, edit_url, last_edited, license, language] = self.fields(m, &META_FIELDS);
        let source_url = self.optional_url("source_url", source_url, Schemes::Web);
        let edit_url = self.optional_url("edit_url", edit_url, Schemes::Web);
        let last_edited = self.optional_str("last_edited", last_edited);
        if let Some(date) = last_edited.filter(|d| !is_rfc3339(d)) {
            self.at("last_edited", |c| {
                c.error(format!(
                    "{} is not an RFC 3339 date (YYYY-MM-DD) or date-time (e.g. 2021-06-11T15:44:00Z)",
                    quote(date)
                ))
            });
        }
        let license = self
            .optional_object("license", license)
            .and_then(|license| self.at("license", |c| c.license(license)));
        let language = self.optional_str("language", language);
        if let Some(msg) = language.and_then(language_tag_problem) {
            self.at("language", |c| c.error(msg));
        }
        Meta {
            source_url,
            edit_url,
            last_edited: last_edited.map(str::to_owned),
            license,
            language: language.map(str::to_owned),
        }
    }

    fn license(&mut self, m: &'a Object<'a>) -> Option<License> {
        let [name, url] = self.fields(m, &LICENSE_FIELDS);
        let name = self.required_str("name", name, true);
        let url = self.optional_url("url", url, Schemes::Web);
        Some(License {
            name: name?.to_owned(),
            url,
        })
    }
}
