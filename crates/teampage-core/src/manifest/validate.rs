//! Parsing and validation of a manifest (`docs/manifest-v1.md`).
//!
//! The text is parsed into a JSON tree first (a light one borrowing from the
//! text, see `json.rs`), so that every problem can name the JSON path of the
//! offending value
//! (`team.subteams[2].channels[0].network: unknown network "oftc"`); the
//! tree is then walked, checking every rule of the spec and collecting all
//! problems (up to [`MAX_ERRORS`]); only a tree without errors is turned
//! into the typed [`Manifest`]. A tree without any problem takes a shorter
//! way: its team tree is checked and built in one pass (`build.rs`), and
//! any problem found there sends it the full way, for the messages.
//!
//! Nothing here panics, whatever the input: JSON nested deeper than
//! serde_json's recursion limit (128) is a syntax error, and the walk follows
//! only the manifest's own structure (teams nest at most [`MAX_DEPTH`] deep).
//!
//! Where the spec is silent:
//! - `null` is a wrong type everywhere (as in the JSON Schema): write nothing
//!   instead of `null` for an absent optional field;
//! - `$schema` is a known (optional, string) field of the root object, so that
//!   editors can be pointed at the schema without a warning;
//! - `host`, `port` and `tls` on a network that is not irc are warnings (the
//!   viewer ignores them), though their types are still checked;
//! - an object with the same key twice is a warning (the last value is used).

use super::build;
use super::json::{self, same_key, Json, Object};
use super::model::{Manifest, Protocol, MAX_DEPTH, SUPPORTED_MANIFEST_VERSION};
use bumpalo::Bump;
use serde::Deserialize as _;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// At most this many errors are reported; one more problem says so.
pub const MAX_ERRORS: usize = 200;

/// At most this many warnings are reported; one more warning says so.
pub const MAX_WARNINGS: usize = 200;

/// How serious a problem is: errors refuse the manifest, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem found in a manifest, at a JSON path such as
/// `team.subteams[2].channels[0].network`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// JSON path of the offending value; `""` for the document itself.
    pub path: String,
    pub message: String,
}

impl Problem {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// A valid manifest and the warnings (unknown fields) found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub manifest: Manifest,
    pub warnings: Vec<Problem>,
}

/// Everything found in one manifest text: the manifest when it is valid, the
/// errors, and the warnings (also those of a refused manifest, which
/// [`parse`] drops). This is what `teampage-check` prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// `Some` exactly when `errors` is empty.
    pub manifest: Option<Manifest>,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Report {
    /// Whether the manifest is valid (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// The valid manifest with its warnings, or the errors.
    pub fn into_parsed(self) -> Result<Parsed, Vec<Problem>> {
        match self.manifest {
            Some(manifest) if self.errors.is_empty() => Ok(Parsed {
                manifest,
                warnings: self.warnings,
            }),
            _ => Err(self.errors),
        }
    }

    fn refused(error: Problem) -> Self {
        Report {
            manifest: None,
            errors: vec![error],
            warnings: vec![],
        }
    }
}

/// Parses and validates manifest text. Errors come back all at once (at most
/// [`MAX_ERRORS`] of them, then one saying there were more); warnings come
/// back only with a valid manifest.
pub fn parse(text: &str) -> Result<Parsed, Vec<Problem>> {
    check(text).into_parsed()
}

/// Like [`parse`], for a file's bytes (see [`check_bytes`]): what a page
/// that fetches its manifest as bytes calls.
///
/// ```
/// use teampage_core::manifest::validate::parse_bytes;
/// assert!(parse_bytes(br#"{"manifest_version":1,"team":{"id":"x","name":"X"}}"#).is_ok());
/// let errors = parse_bytes(&[0xff]).unwrap_err();
/// assert!(errors[0].message.contains("not valid UTF-8"));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Vec<Problem>> {
    check_bytes(bytes).into_parsed()
}

/// Checks manifest text: the text-level checks (empty file, byte order mark,
/// JSON syntax with line and column), then [`check_value`].
pub fn check(text: &str) -> Report {
    let mut errors = Vec::new();
    let mut body = text;
    if let Some(rest) = text.strip_prefix('\u{feff}') {
        errors.push(Problem::error(
            "",
            "the file starts with a UTF-8 byte order mark (BOM); save the file as UTF-8 without BOM",
        ));
        body = rest;
    }
    if body.trim().is_empty() {
        errors.push(Problem::error("", "the file is empty"));
        return Report {
            manifest: None,
            errors,
            warnings: vec![],
        };
    }
    // The tree's arena, freed with it on return. The tree of a pretty-printed
    // manifest takes 0.65 to 0.85 bytes per byte of text (measured on the
    // datasets and on generated 2 MB and 11 MB manifests), so one chunk the
    // size of the text holds it all; compact text (about 1.7 bytes per byte)
    // takes one more chunk, as the arena grows by doubling.
    let arena = Bump::with_capacity(body.len());
    let (tree, mut duplicates) = match json::parse(body, &arena) {
        Ok(parsed) => parsed,
        Err(e) => {
            errors.push(Problem::error("", json_error_message(&e)));
            return Report {
                manifest: None,
                errors,
                warnings: vec![],
            };
        }
    };
    // The fast path: a manifest without any problem is checked and built in
    // one pass over its teams (`build.rs`); any other goes the full way,
    // which finds and words every problem.
    if errors.is_empty() && duplicates.is_empty() {
        if let Some(manifest) = fast(&tree) {
            return Report {
                manifest: Some(manifest),
                errors,
                warnings: duplicates,
            };
        }
    }
    let mut report = check_tree(&tree, || {
        // Straight from the tree; should that ever fail, through a `Value`
        // as `check_value` does, for the very same result.
        Manifest::deserialize(&tree)
            .or_else(|_| serde_json::from_value::<Manifest>(tree.to_value()))
    });
    if !errors.is_empty() {
        errors.append(&mut report.errors);
        report.errors = errors;
        report.manifest = None;
    }
    if !duplicates.is_empty() {
        duplicates.append(&mut report.warnings);
        report.warnings = duplicates;
        cap(&mut report.warnings, MAX_WARNINGS, Severity::Warning);
    }
    report
}

/// Checks a file's bytes: like [`check`], after refusing text that is not
/// UTF-8 (with the line and column of the first bad byte) or is UTF-16.
pub fn check_bytes(bytes: &[u8]) -> Report {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Report::refused(Problem::error(
            "",
            "the file is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8 without BOM",
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => check(text),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            Report::refused(Problem::error(
                "",
                format!(
                    "the file is not valid UTF-8 (bad byte at line {line} column {column}); save the file as UTF-8"
                ),
            ))
        }
    }
}

/// Checks a parsed JSON value against every rule of the spec and, when it
/// has no errors, builds the typed manifest from it.
pub fn check_value(value: Value) -> Report {
    let (errors, warnings) = {
        let arena = Bump::new();
        walk(&Json::borrow(&value, &arena))
    };
    finish_report(errors, warnings, || {
        serde_json::from_value::<Manifest>(value)
    })
}

/// The typed manifest of a tree without any problem (no error, no warning),
/// checked and built by the fast path; `None` for any other tree.
pub(super) fn fast(tree: &Json<'_>) -> Option<Manifest> {
    let mut rest = Checker {
        skip_team: true,
        ..Checker::default()
    };
    rest.root(tree);
    let clean = rest.errors.is_empty()
        && rest.warnings.is_empty()
        && !rest.errors_capped
        && !rest.warnings_capped;
    clean
        .then(|| build::manifest(tree, &rest.networks))
        .flatten()
}

/// Checks a tree against every rule of the spec and, when it has no errors,
/// builds the typed manifest with `build`.
fn check_tree(
    tree: &Json<'_>,
    build: impl FnOnce() -> Result<Manifest, serde_json::Error>,
) -> Report {
    let (errors, warnings) = walk(tree);
    finish_report(errors, warnings, build)
}

/// The errors and warnings of a tree.
fn walk(tree: &Json<'_>) -> (Vec<Problem>, Vec<Problem>) {
    let mut checker = Checker::default();
    checker.root(tree);
    checker.finish()
}

/// The report, building the manifest with `build` when there are no errors.
fn finish_report(
    mut errors: Vec<Problem>,
    warnings: Vec<Problem>,
    build: impl FnOnce() -> Result<Manifest, serde_json::Error>,
) -> Report {
    let mut manifest = None;
    if errors.is_empty() {
        match build() {
            Ok(m) => manifest = Some(m),
            // The checks above cover every way the typed model can refuse a
            // value; this is a safety net, never a panic.
            Err(e) => errors.push(Problem::error(
                "",
                format!("internal error: the manifest passed validation but does not fit the model: {e}"),
            )),
        }
    }
    Report {
        manifest,
        errors,
        warnings,
    }
}

// ------------------------------------------------------------------ JSON text

fn json_error_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    if text.starts_with("recursion limit exceeded") {
        format!(
            "invalid JSON: nested too deeply (more than 128 levels of arrays and objects): {text}"
        )
    } else if e.is_eof() {
        format!("invalid JSON: the text ends too early: {text}")
    } else {
        format!("invalid JSON: {text}")
    }
}

// ---------------------------------------------------------------- JSON paths

/// Appends `.key` (or `["odd key"]`) to a JSON path.
pub(super) fn push_key(path: &mut String, key: &str) {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'$'));
    if plain {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
    } else {
        path.push('[');
        path.push_str(&serde_json::Value::String(key.to_owned()).to_string());
        path.push(']');
    }
}

/// Appends `[i]` to a JSON path (without `fmt`, slow in WebAssembly).
pub(super) fn push_index(path: &mut String, i: usize) {
    // `[`, the digits of a usize (at most 20), `]`; written from the end.
    let mut buf = [b']'; 22];
    let mut start = buf.len() - 1;
    let mut n = i;
    while start > 1 {
        start -= 1;
        // `n % 10` is a digit: the cast keeps it whole.
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    start -= 1;
    buf[start] = b'[';
    // Only ASCII digits and brackets: always UTF-8.
    path.push_str(std::str::from_utf8(&buf[start..]).unwrap_or_default());
}

// ----------------------------------------------------------------- the checker

const ROOT_FIELDS: &[&str] = &["$schema", "manifest_version", "networks", "team", "meta"];
const NETWORK_FIELDS: &[&str] = &["name", "protocol", "host", "port", "tls", "webchat"];
const TEAM_FIELDS: &[&str] = &[
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
const ALIAS_FIELDS: &[&str] = &["name", "kind"];
const CHANNEL_FIELDS: &[&str] = &["network", "channel", "description"];
const EMERGENCY_FIELDS: &[&str] = &["title", "url", "text"];
const LINK_FIELDS: &[&str] = &["title", "url", "kind", "text"];
const CONTACT_FIELDS: &[&str] = &["text", "links"];
const PERSON_FIELDS: &[&str] = &[
    "name", "role", "irc_nick", "pronouns", "timezone", "url", "email",
];
const META_FIELDS: &[&str] = &["source_url", "edit_url", "last_edited", "license"];
const LICENSE_FIELDS: &[&str] = &["name", "url"];

const PROTOCOLS: &[&str] = &["irc", "slack", "zulip", "matrix", "other"];
const ALIAS_KINDS: &[&str] = &["former", "nickname"];
const LINK_KINDS: &[&str] = &["docs", "tracker", "runbook", "dashboard", "chat", "other"];

/// One step of a JSON path: a key or an index.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Walks a manifest value, collecting problems at the current `path`.
#[derive(Default)]
struct Checker<'a> {
    /// Where the walk is; written out (see `path()`) only for a problem.
    path: Vec<Step<'a>>,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    errors_capped: bool,
    warnings_capped: bool,
    /// Whether `networks` could be read (if not, channels are not checked
    /// against it, which would only repeat one mistake many times).
    networks_unreadable: bool,
    /// Network id → its protocol (`None` when the protocol is invalid).
    networks: HashMap<&'a str, Option<Protocol>>,
    /// Team id → the path of its first use.
    ids: HashMap<&'a str, String>,
    /// Leaves the team tree out (the fast path checks it, `build.rs`).
    skip_team: bool,
}

impl<'a> Checker<'a> {
    fn finish(self) -> (Vec<Problem>, Vec<Problem>) {
        let mut errors = self.errors;
        let mut warnings = self.warnings;
        if self.errors_capped {
            errors.push(Problem::error(
                "",
                format!("too many errors: only the first {MAX_ERRORS} are shown"),
            ));
        }
        if self.warnings_capped {
            warnings.push(Problem::warning(
                "",
                format!("too many warnings: only the first {MAX_WARNINGS} are shown"),
            ));
        }
        (errors, warnings)
    }

    fn error(&mut self, message: impl Into<String>) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(Problem::error(self.path(), message));
        } else {
            self.errors_capped = true;
        }
    }

    fn warn(&mut self, message: impl Into<String>) {
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(Problem::warning(self.path(), message));
        } else {
            self.warnings_capped = true;
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

    /// The current path, as problems name it.
    fn path(&self) -> String {
        let mut path = String::new();
        for step in &self.path {
            match *step {
                Step::Key(key) => push_key(&mut path, key),
                Step::Index(i) => push_index(&mut path, i),
            }
        }
        path
    }

    fn wrong_type(&mut self, expected: &str, found: &Json<'_>) {
        self.error(format!("expected {expected}, found {}", describe(found)));
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

    /// Warns about every key of `m` that is not in `known`, in key order.
    fn unknown_fields(&mut self, m: &'a Object<'a>, known: &[&str]) {
        let mut unknown: Vec<&str> = m
            .keys()
            .filter(|key| !known.iter().any(|k| same_key(k, key)))
            .collect();
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
        m: &'a Object<'a>,
        key: &'a str,
        non_empty: bool,
    ) -> Option<&'a str> {
        self.at(key, |c| match m.get(key) {
            None => {
                c.error(format!("required field {} is missing", quote(key)));
                None
            }
            Some(Json::String(s)) => {
                if non_empty && s.is_empty() {
                    c.error("must not be empty");
                }
                Some(*s)
            }
            Some(other) => {
                c.wrong_type("a string", other);
                None
            }
        })
    }

    /// An optional string field.
    fn optional_str(&mut self, m: &'a Object<'a>, key: &'a str) -> Option<&'a str> {
        match m.get(key)? {
            Json::String(s) => Some(*s),
            other => {
                self.at(key, |c| c.wrong_type("a string", other));
                None
            }
        }
    }

    /// An optional object field.
    fn optional_object(&mut self, m: &'a Object<'a>, key: &'a str) -> Option<&'a Object<'a>> {
        match m.get(key)? {
            Json::Object(o) => Some(o),
            other => {
                self.at(key, |c| c.wrong_type("an object", other));
                None
            }
        }
    }

    /// An optional string field whose value is one of `allowed`.
    fn optional_enum(
        &mut self,
        m: &'a Object<'a>,
        key: &'a str,
        allowed: &[&str],
    ) -> Option<&'a str> {
        let v = m.get(key)?;
        self.at(key, |c| match v {
            Json::String(s) if allowed.iter().any(|a| same_key(a, s)) => Some(*s),
            Json::String(s) => {
                c.error(format!(
                    "unknown {key} {}; expected one of {}",
                    quote(s),
                    allowed.join(", ")
                ));
                None
            }
            other => {
                c.wrong_type("a string", other);
                None
            }
        })
    }

    /// An optional URL field.
    fn optional_url(&mut self, m: &'a Object<'a>, key: &'a str) {
        if let Some(url) = self.optional_str(m, key) {
            if let Some(msg) = url_problem(url, url, false) {
                self.at(key, |c| c.error(msg));
            }
        }
    }

    /// An optional array field; `f` checks each item (with the path at it).
    fn array_of(
        &mut self,
        m: &'a Object<'a>,
        key: &'a str,
        mut f: impl FnMut(&mut Self, &'a Json<'a>),
    ) {
        let Some(v) = m.get(key) else { return };
        self.at(key, |c| match v {
            Json::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if c.stop() {
                        break;
                    }
                    c.at_index(i, |c| f(c, item));
                }
            }
            other => c.wrong_type("an array", other),
        });
    }

    // -------------------------------------------------------------- the shape

    fn root(&mut self, v: &'a Json<'a>) {
        let Json::Object(m) = v else {
            self.error(format!(
                "the manifest must be a JSON object, found {}",
                describe(v)
            ));
            return;
        };
        if !self.manifest_version(m) {
            return;
        }
        self.unknown_fields(m, ROOT_FIELDS);
        self.optional_str(m, "$schema");
        self.networks(m);
        match m.get("team") {
            None => self.at("team", |c| c.error("required field \"team\" is missing")),
            Some(_) if self.skip_team => {}
            Some(team) => self.at("team", |c| c.team(team, 0)),
        }
        if let Some(meta) = self.optional_object(m, "meta") {
            self.at("meta", |c| c.meta(meta));
        }
    }

    /// Checks `manifest_version`; false when the rest is not worth checking
    /// (a newer version may have a different shape).
    fn manifest_version(&mut self, m: &'a Object<'a>) -> bool {
        self.at("manifest_version", |c| match m.get("manifest_version") {
            None => {
                c.error("required field \"manifest_version\" is missing");
                true
            }
            Some(Json::Number(n)) => match n.as_u64() {
                Some(v) if v > SUPPORTED_MANIFEST_VERSION => {
                    c.error(format!(
                        "version {v} is newer than supported ({SUPPORTED_MANIFEST_VERSION})"
                    ));
                    false
                }
                Some(0) => {
                    c.error(format!(
                        "version 0 is not supported (the supported version is {SUPPORTED_MANIFEST_VERSION})"
                    ));
                    true
                }
                Some(_) => true,
                None => {
                    c.error(format!("expected an integer, found {n}"));
                    true
                }
            },
            Some(other) => {
                c.wrong_type("an integer", other);
                true
            }
        })
    }

    fn networks(&mut self, m: &'a Object<'a>) {
        let Some(v) = m.get("networks") else { return };
        self.at("networks", |c| match v {
            Json::Object(networks) => {
                for (id, network) in networks.sorted() {
                    if c.stop() {
                        break;
                    }
                    c.at(id, |c| c.network(id, network));
                }
            }
            other => {
                c.networks_unreadable = true;
                c.wrong_type("an object (network id → network)", other);
            }
        });
    }

    fn network(&mut self, id: &'a str, v: &'a Json<'a>) {
        let Some(m) = self.object(v) else {
            self.networks.insert(id, None);
            return;
        };
        self.unknown_fields(m, NETWORK_FIELDS);
        self.required_str(m, "name", true);
        let protocol = match self.optional_enum(m, "protocol", PROTOCOLS) {
            None if m.contains_key("protocol") => None,
            None => Some(Protocol::Irc),
            Some(p) => protocol_from_str(p),
        };
        self.networks.insert(id, protocol);
        let is_irc = protocol == Some(Protocol::Irc);
        // The protocol named in "ignored" warnings, when it is known and not irc.
        let not_irc = protocol
            .filter(|p| *p != Protocol::Irc)
            .map(Protocol::as_str);

        match self.optional_str(m, "host") {
            None if is_irc && !m.contains_key("host") => self.at("host", |c| {
                c.error("required field \"host\" is missing: an irc network needs a host name")
            }),
            None => {}
            Some(host) => self.at("host", |c| {
                if is_irc {
                    if let Some(msg) = host_problem(host) {
                        c.error(msg);
                    }
                } else if let Some(p) = not_irc {
                    c.warn(format!(
                        "ignored: \"host\" applies to irc networks only, not {p}"
                    ));
                }
            }),
        }
        if let Some(port) = m.get("port") {
            self.at("port", |c| {
                match port {
                    Json::Number(n) => match (n.as_u64(), n.as_i64()) {
                        (Some(1..=65535), _) => {}
                        (Some(p), _) => c.error(format!("port {p} is out of range (1 to 65535)")),
                        (None, Some(p)) => {
                            c.error(format!("port {p} is out of range (1 to 65535)"))
                        }
                        (None, None) => c.error(format!("expected an integer, found {n}")),
                    },
                    other => c.wrong_type("an integer", other),
                }
                if let Some(p) = not_irc {
                    c.warn(format!(
                        "ignored: \"port\" applies to irc networks only, not {p}"
                    ));
                }
            });
        }
        if let Some(tls) = m.get("tls") {
            self.at("tls", |c| {
                if !matches!(tls, Json::Bool(_)) {
                    c.wrong_type("a boolean (true or false)", tls);
                }
                if let Some(p) = not_irc {
                    c.warn(format!(
                        "ignored: \"tls\" applies to irc networks only, not {p}"
                    ));
                }
            });
        }
        match self.optional_str(m, "webchat") {
            None if !m.contains_key("webchat") => {
                if let Some(p) = not_irc {
                    self.at("webchat", |c| {
                        c.error(format!(
                            "required field \"webchat\" is missing: a {p} network is reached only through its web chat template"
                        ))
                    });
                }
            }
            None => {}
            Some(template) => {
                if let Some(msg) = template_problem(template) {
                    self.at("webchat", |c| c.error(msg));
                }
            }
        }
    }

    fn team(&mut self, v: &'a Json<'a>, depth: usize) {
        if depth > MAX_DEPTH {
            self.error(format!(
                "nested too deeply: this team is at depth {depth}, and teams may nest at most {MAX_DEPTH} levels below the root team"
            ));
            return;
        }
        let Some(m) = self.object(v) else { return };
        self.unknown_fields(m, TEAM_FIELDS);
        if let Some(id) = self.required_str(m, "id", false) {
            self.at("id", |c| c.team_id(id));
        }
        self.required_str(m, "name", true);
        self.optional_str(m, "short_name");
        self.array_of(m, "aliases", |c, v| c.alias(v));
        self.optional_str(m, "summary");
        self.array_of(m, "technologies", |c, v| match v {
            Json::String("") => c.error("must not be empty"),
            Json::String(_) => {}
            other => c.wrong_type("a string", other),
        });
        self.array_of(m, "channels", |c, v| c.channel(v));
        if let Some(emergency) = self.optional_object(m, "emergency") {
            self.at("emergency", |c| c.emergency(emergency));
        }
        self.array_of(m, "links", |c, v| c.link(v));
        if let Some(contact) = self.optional_object(m, "contact") {
            self.at("contact", |c| c.contact(contact));
        }
        self.optional_str(m, "leads_title");
        self.array_of(m, "leads", |c, v| c.person(v));
        self.array_of(m, "members", |c, v| c.person(v));
        self.array_of(m, "subteams", |c, v| c.team(v, depth + 1));
    }

    fn team_id(&mut self, id: &'a str) {
        if id.is_empty() {
            self.error("must not be empty");
        } else if !is_team_id(id) {
            self.error(format!(
                "invalid team id {}: use lowercase letters a-z, digits and '-', starting with a letter or a digit",
                quote(id)
            ));
        }
        if let Some(first) = self.ids.get(id) {
            let msg = format!("duplicate team id {} (first used at {first})", quote(id));
            self.error(msg);
        } else {
            self.ids.insert(id, self.path());
        }
    }

    fn alias(&mut self, v: &'a Json<'a>) {
        let Some(m) = self.object(v) else { return };
        self.unknown_fields(m, ALIAS_FIELDS);
        self.required_str(m, "name", true);
        self.optional_enum(m, "kind", ALIAS_KINDS);
    }

    fn channel(&mut self, v: &'a Json<'a>) {
        let Some(m) = self.object(v) else { return };
        self.unknown_fields(m, CHANNEL_FIELDS);
        // The channel's protocol: None when the network is unknown or broken.
        let mut protocol = None;
        if let Some(network) = self.required_str(m, "network", false) {
            match self.networks.get(network) {
                Some(p) => protocol = *p,
                None if self.networks_unreadable => {}
                None => self.at("network", |c| {
                    c.error(format!("unknown network {}", quote(network)))
                }),
            }
        }
        if let Some(name) = self.required_str(m, "channel", false) {
            if let Some(msg) = channel_problem(name, protocol) {
                self.at("channel", |c| c.error(msg));
            }
        }
        self.optional_str(m, "description");
    }

    fn emergency(&mut self, m: &'a Object<'a>) {
        self.unknown_fields(m, EMERGENCY_FIELDS);
        self.required_str(m, "title", true);
        self.optional_url(m, "url");
        self.optional_str(m, "text");
    }

    fn link(&mut self, v: &'a Json<'a>) {
        let Some(m) = self.object(v) else { return };
        self.unknown_fields(m, LINK_FIELDS);
        self.required_str(m, "title", true);
        if let Some(url) = self.required_str(m, "url", false) {
            if let Some(msg) = url_problem(url, url, false) {
                self.at("url", |c| c.error(msg));
            }
        }
        self.optional_enum(m, "kind", LINK_KINDS);
        self.optional_str(m, "text");
    }

    fn contact(&mut self, m: &'a Object<'a>) {
        self.unknown_fields(m, CONTACT_FIELDS);
        self.optional_str(m, "text");
        self.array_of(m, "links", |c, v| c.link(v));
    }

    fn person(&mut self, v: &'a Json<'a>) {
        let Some(m) = self.object(v) else { return };
        self.unknown_fields(m, PERSON_FIELDS);
        self.required_str(m, "name", true);
        for &key in &["role", "irc_nick", "pronouns", "timezone"] {
            self.optional_str(m, key);
        }
        self.optional_url(m, "url");
        if let Some(email) = self.optional_str(m, "email") {
            if let Some(msg) = email_problem(email) {
                self.at("email", |c| c.error(msg));
            }
        }
    }

    fn meta(&mut self, m: &'a Object<'a>) {
        self.unknown_fields(m, META_FIELDS);
        self.optional_url(m, "source_url");
        self.optional_url(m, "edit_url");
        if let Some(date) = self.optional_str(m, "last_edited") {
            if !is_rfc3339(date) {
                self.at("last_edited", |c| {
                    c.error(format!(
                        "{} is not an RFC 3339 date (YYYY-MM-DD) or date-time (e.g. 2021-06-11T15:44:00Z)",
                        quote(date)
                    ))
                });
            }
        }
        if let Some(license) = self.optional_object(m, "license") {
            self.at("license", |c| {
                c.unknown_fields(license, LICENSE_FIELDS);
                c.required_str(license, "name", true);
                c.optional_url(license, "url");
            });
        }
    }
}

// ------------------------------------------------------------- single values

fn protocol_from_str(s: &str) -> Option<Protocol> {
    match s {
        "irc" => Some(Protocol::Irc),
        "slack" => Some(Protocol::Slack),
        "zulip" => Some(Protocol::Zulip),
        "matrix" => Some(Protocol::Matrix),
        "other" => Some(Protocol::Other),
        _ => None,
    }
}

/// "a string", "an array", ...: a JSON value's type, for messages.
fn describe(v: &Json<'_>) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// A string quoted for a message, shortened to 60 characters.
pub(super) fn quote(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{:?}…", &s[..cut]),
        None => format!("{s:?}"),
    }
}

fn unknown_field_message(key: &str, known: &[&str]) -> String {
    let lower = key.to_lowercase();
    let suggestion = if key.chars().count() <= 40 {
        known
            .iter()
            .filter(|f| !f.starts_with('$'))
            .map(|f| (edit_distance(&lower, f), *f))
            .filter(|&(d, f)| d <= if f.len() <= 4 { 1 } else { 2 })
            .min()
            .map(|(_, f)| f)
    } else {
        None
    };
    match suggestion {
        Some(f) => format!(
            "unknown field {} (ignored; did you mean \"{f}\"?)",
            quote(key)
        ),
        None => format!("unknown field {} (ignored)", quote(key)),
    }
}

/// Levenshtein distance between two short strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A team id: `[a-z0-9][a-z0-9-]*`.
pub(crate) fn is_team_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
}

/// A DNS name: dot-separated labels of 1 to 63 ASCII letters, digits and
/// hyphens, not starting or ending with a hyphen; at most 253 characters; one
/// trailing dot (a fully qualified name) allowed.
pub(crate) fn is_dns_name(host: &str) -> bool {
    let name = host.strip_suffix('.').unwrap_or(host);
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

fn host_problem(host: &str) -> Option<String> {
    if host.is_empty() {
        return Some("must not be empty".into());
    }
    if is_dns_name(host) {
        return None;
    }
    let q = quote(host);
    Some(if host.contains("://") {
        format!("{q} is a URL, not a host name; write the host alone, e.g. \"irc.libera.chat\"")
    } else if host.rsplit_once(':').is_some_and(|(h, p)| {
        is_dns_name(h) && !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())
    }) {
        format!("{q} includes a port; write the host alone and the port in \"port\"")
    } else {
        format!("{q} is not a DNS name (dot-separated labels of letters, digits and '-', e.g. \"irc.libera.chat\")")
    })
}

/// Why `name` is not a valid channel name for `protocol` (`None`: the
/// network is unknown, only the rules common to all protocols apply).
pub(super) fn channel_problem(name: &str, protocol: Option<Protocol>) -> Option<String> {
    if name.is_empty() {
        return Some("must not be empty".into());
    }
    if let Some(ch) = name.chars().find(|c| c.is_control()) {
        return Some(format!(
            "channel name {} contains a control character (U+{:04X})",
            quote(name),
            ch as u32
        ));
    }
    let len = name.chars().count();
    match protocol {
        Some(Protocol::Irc) => {
            let why = if !(name.starts_with('#') || name.starts_with('&')) {
                "must start with '#' or '&'".to_owned()
            } else if len < 2 {
                "is too short (2 to 50 characters)".to_owned()
            } else if len > 50 {
                format!("is {len} characters long (2 to 50 allowed)")
            } else if name.contains(' ') {
                "must not contain a space".to_owned()
            } else if name.contains(',') {
                "must not contain a comma".to_owned()
            } else if name.contains(':') {
                "must not contain a colon".to_owned()
            } else {
                return None;
            };
            Some(format!("IRC channel name {} {why}", quote(name)))
        }
        Some(_) if len > 80 => Some(format!(
            "channel name {} is {len} characters long (1 to 80 allowed)",
            quote(name)
        )),
        _ => None,
    }
}

/// Why `url` is not an absolute https, http or mailto URL (only https when
/// `https_only`); `shown` is what messages quote.
pub(super) fn url_problem(url: &str, shown: &str, https_only: bool) -> Option<String> {
    let expected = if https_only {
        "an absolute https URL"
    } else {
        "an absolute https, http or mailto URL"
    };
    // `shown` quoted: only for a message (quoting every valid URL was most
    // of the time a check took).
    let q = || quote(shown);
    if url.is_empty() {
        return Some(format!("empty URL; expected {expected}"));
    }
    // Printable ASCII has neither control characters nor white space. (The
    // delimiters looked for below are ASCII: on bytes, they are never found
    // inside a longer character.)
    if !url.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') {
        if let Some(ch) = url.chars().find(|c| c.is_control()) {
            return Some(format!(
                "malformed URL {}: it contains a control character (U+{:04X})",
                q(),
                ch as u32
            ));
        }
        if url.chars().any(char::is_whitespace) {
            return Some(format!(
                "malformed URL {}: it contains a space (write a space in a URL as %20)",
                q()
            ));
        }
        if url.contains('\\') {
            return Some(format!("malformed URL {}: it contains a backslash", q()));
        }
    }
    let scheme_end = url
        .bytes()
        .position(|b| b == b':')
        .filter(|&i| is_scheme(&url[..i]));
    let Some(colon) = scheme_end else {
        let q = q();
        return Some(if url.starts_with("//") {
            format!(
                "scheme-relative URL {q} is not allowed; expected {expected} (e.g. {})",
                quote(&format!("https:{shown}"))
            )
        } else if url.starts_with("www.") {
            format!(
                "relative URL {q} is not allowed; expected {expected} (did you mean {}?)",
                quote(&format!("https://{shown}"))
            )
        } else {
            format!("relative URL {q} is not allowed; expected {expected}")
        });
    };
    let scheme = &url[..colon];
    let rest = &url[colon + 1..];
    if scheme.eq_ignore_ascii_case("https") || (!https_only && scheme.eq_ignore_ascii_case("http"))
    {
        return http_problem(rest, shown);
    }
    if !https_only && scheme.eq_ignore_ascii_case("mailto") {
        let address = rest.split('?').next().unwrap_or("");
        return if address.is_empty() {
            Some(format!("mailto URL {} has no e-mail address", q()))
        } else if !address.contains('@') {
            Some(format!(
                "mailto URL {} has no e-mail address (no '@' in {})",
                q(),
                quote(address)
            ))
        } else {
            None
        };
    }
    Some(format!(
        "URL scheme {} is not allowed; expected {expected}",
        quote(&format!("{scheme}:"))
    ))
}

/// `[A-Za-z][A-Za-z0-9+.-]*`
fn is_scheme(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// Checks what follows `http:` or `https:`: `//`, then a host; `shown` is
/// the URL as messages quote it.
fn http_problem(rest: &str, shown: &str) -> Option<String> {
    let q = || quote(shown);
    let Some(after) = rest.strip_prefix("//") else {
        return Some(format!(
            "malformed URL {}: expected \"//\" and a host after the scheme",
            q()
        ));
    };
    // (On bytes: '/', '?' and '#' are ASCII, never inside a longer character.)
    let end = after
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(after.len());
    let authority = &after[..end];
    // user:password@ is allowed (as in the JSON Schema), but not alone.
    let host_port = match authority.bytes().rposition(|b| b == b'@') {
        Some(at) => &authority[at + 1..],
        None => authority,
    };
    let port = if let Some(v6) = host_port.strip_prefix('[') {
        let Some((inner, after_bracket)) = v6.split_once(']') else {
            return Some(format!(
                "malformed URL {}: '[' without ']' in the host",
                q()
            ));
        };
        if inner.is_empty()
            || !inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return Some(format!(
                "malformed URL {}: invalid IPv6 address in the host",
                q()
            ));
        }
        match after_bracket {
            "" => None,
            p => match p.strip_prefix(':') {
                Some(port) => Some(port),
                None => return Some(format!("malformed URL {}: unexpected text after ']'", q())),
            },
        }
    } else {
        let (host, port) = match host_port.bytes().rposition(|b| b == b':') {
            Some(colon) => (&host_port[..colon], Some(&host_port[colon + 1..])),
            None => (host_port, None),
        };
        if host.is_empty() {
            return Some(format!("URL {} has no host", q()));
        }
        // On ASCII, `char::is_alphanumeric` is `u8::is_ascii_alphanumeric`.
        let ascii_ok =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%');
        if !host.bytes().all(ascii_ok) {
            let host_char =
                |c: char| c.is_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '%');
            if let Some(bad) = host.chars().find(|&c| !host_char(c)) {
                return Some(format!(
                    "malformed URL {}: the character {bad:?} is not allowed in a host name",
                    q()
                ));
            }
        }
        let labels = host.strip_suffix('.').unwrap_or(host);
        // An empty label: a dot first, last, or after a dot.
        let mut previous = b'.';
        let empty_label = labels.bytes().any(|b| {
            let empty = b == b'.' && previous == b'.';
            previous = b;
            empty
        }) || previous == b'.';
        if empty_label {
            return Some(format!(
                "malformed URL {}: empty label in the host name",
                q()
            ));
        }
        port
    };
    if let Some(port) = port {
        let valid = port.is_empty()
            || (port.len() <= 5
                && port.bytes().all(|b| b.is_ascii_digit())
                && port.parse::<u32>().is_ok_and(|p| p <= 65535));
        if !valid {
            return Some(format!(
                "malformed URL {}: invalid port {}",
                q(),
                quote(port)
            ));
        }
    }
    None
}

/// Why a web chat template is not an https URL containing `{channel}`.
fn template_problem(template: &str) -> Option<String> {
    if !template.contains("{channel}") {
        return Some(format!(
            "the web chat template {} does not contain {{channel}}",
            quote(template)
        ));
    }
    let filled = template.replace("{channel}", "x");
    url_problem(&filled, template, true).map(|msg| format!("web chat template: {msg}"))
}

/// Why `email` does not look like an e-mail address (local@domain, as an
/// HTML e-mail input accepts, also with non-ASCII letters).
pub(super) fn email_problem(email: &str) -> Option<String> {
    if email
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("mailto:"))
    {
        return Some(format!(
            "{} is a mailto URL; write the address alone (without \"mailto:\")",
            quote(email)
        ));
    }
    let valid = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && local.chars().all(|c| {
                c.is_alphanumeric() || (c.is_ascii_punctuation() && !"\"(),:;<>@[\\]".contains(c))
            })
            && !domain.is_empty()
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.chars().count() <= 63
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && !label.starts_with('-')
                    && !label.ends_with('-')
            })
    });
    (!valid).then(|| format!("{} does not look like an e-mail address", quote(email)))
}

/// An RFC 3339 full-date (`2021-06-11`) or date-time
/// (`2021-06-11T15:44:00Z`, `2021-06-11T15:44:00.5+02:00`).
pub(crate) fn is_rfc3339(s: &str) -> bool {
    fn num(b: &[u8], from: usize, to: usize) -> Option<u32> {
        b.get(from..to)?.iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    }
    fn check(b: &[u8]) -> Option<()> {
        (b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-')).then_some(())?;
        let (year, month, day) = (num(b, 0, 4)?, num(b, 5, 7)?, num(b, 8, 10)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(())?;
        if b.len() == 10 {
            return Some(());
        }
        matches!(b[10], b'T' | b't').then_some(())?;
        (b.get(13) == Some(&b':') && b.get(16) == Some(&b':')).then_some(())?;
        let (hour, minute, second) = (num(b, 11, 13)?, num(b, 14, 16)?, num(b, 17, 19)?);
        (hour <= 23 && minute <= 59 && second <= 60).then_some(())?;
        let mut i = 19;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            (digits > 0).then_some(())?;
            i += digits;
        }
        match b.get(i)? {
            b'Z' | b'z' => (b.len() == i + 1).then_some(()),
            b'+' | b'-' => {
                (b.len() == i + 6 && b[i + 3] == b':').then_some(())?;
                (num(b, i + 1, i + 3)? <= 23 && num(b, i + 4, i + 6)? <= 59).then_some(())
            }
            _ => None,
        }
    }
    check(s.as_bytes()).is_some()
}

/// Caps a list of problems at `max`, adding one saying so.
fn cap(problems: &mut Vec<Problem>, max: usize, severity: Severity) {
    if problems.len() > max {
        problems.truncate(max);
        problems.push(Problem {
            severity,
            path: String::new(),
            message: format!("too many {severity}s: only the first {max} are shown"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        let mut p = String::new();
        push_key(&mut p, "team");
        push_key(&mut p, "subteams");
        push_index(&mut p, 2);
        push_key(&mut p, "id");
        assert_eq!(p, "team.subteams[2].id");
        let mut p = String::from("networks");
        push_key(&mut p, "irc.oftc.net");
        assert_eq!(p, r#"networks["irc.oftc.net"]"#);
        let mut p = String::new();
        push_key(&mut p, "");
        assert_eq!(p, r#"[""]"#);
    }

    #[test]
    fn team_ids() {
        for ok in ["a", "0", "sre", "9-lives", "a--b", "x-"] {
            assert!(is_team_id(ok), "{ok}");
        }
        for bad in ["", "-a", "A", "a_b", "a b", "é", "a.b"] {
            assert!(!is_team_id(bad), "{bad}");
        }
    }

    #[test]
    fn dns_names() {
        for ok in [
            "irc.libera.chat",
            "irc.oftc.net.",
            "localhost",
            "a-b.c",
            "127.0.0.1",
            "x1",
        ] {
            assert!(is_dns_name(ok), "{ok}");
        }
        let long_label = "a".repeat(64);
        for bad in [
            "",
            ".",
            "a..b",
            "-a.b",
            "a-.b",
            "a b",
            "a_b.c",
            "ircs://x",
            "x:6697",
            "é.com",
            &long_label,
        ] {
            assert!(!is_dns_name(bad), "{bad}");
        }
        assert!(host_problem("ircs://irc.libera.chat:6697")
            .unwrap()
            .contains("is a URL"));
        assert!(host_problem("irc.libera.chat:6697")
            .unwrap()
            .contains("port"));
    }

    #[test]
    fn dates() {
        for ok in [
            "2021-06-11",
            "2021-06-11T15:44:00Z",
            "2021-06-11t15:44:00z",
            "2021-06-11T15:44:00.123+02:00",
            "2020-02-29",
            "2016-12-31T23:59:60Z",
            "2021-06-11T15:44:00-00:00",
        ] {
            assert!(is_rfc3339(ok), "{ok}");
        }
        for bad in [
            "",
            "yesterday",
            "2021-13-11",
            "2021-02-29",
            "1900-02-29",
            "2021-06-31",
            "2021-06-11T15:44:00",
            "2021-06-11 15:44:00Z",
            "2021-06-11T24:00:00Z",
            "2021-06-11T15:44Z",
            "2021-06-11T15:44:00.Z",
            "2021-06-11T15:44:00+0200",
            "2021-06-11T15:44:00+02:00x",
            "2021-6-11",
            "２０２１-06-11",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }

    #[test]
    fn urls() {
        for ok in [
            "https://example.org",
            "https://example.org/",
            "HTTPS://EXAMPLE.ORG/a?b#c",
            "http://example.org:8080/people/bob?tab=1#top",
            "https://user:pw@example.org/",
            "https://[2001:db8::1]:443/",
            "https://bücher.example/",
            "https://example.org./x",
            "https://groups.google.com/forum/#!forum/x",
            "mailto:team@example.org",
            "mailto:team@example.org?subject=Hi",
        ] {
            assert_eq!(url_problem(ok, ok, false), None, "{ok}");
        }
        let cases = [
            ("", "empty URL"),
            (
                "javascript:alert(1)",
                "URL scheme \"javascript:\" is not allowed",
            ),
            ("data:text/html,x", "URL scheme \"data:\" is not allowed"),
            ("ftp://x.org/", "URL scheme \"ftp:\" is not allowed"),
            ("/wiki/SRE", "relative URL \"/wiki/SRE\" is not allowed"),
            ("board/beta", "relative URL"),
            (
                "www.example.org",
                "did you mean \"https://www.example.org\"?",
            ),
            ("//docs.example.org/", "scheme-relative URL"),
            ("https//x", "relative URL"),
            ("https:x", "expected \"//\""),
            ("https://", "has no host"),
            ("https:///x", "has no host"),
            ("https://user@", "has no host"),
            ("https://a page", "contains a space"),
            ("https://x\u{7}", "control character (U+0007)"),
            ("https://x\\y", "backslash"),
            ("https://ex<ample.org", "not allowed in a host name"),
            ("https://a..b/", "empty label"),
            ("https://x.org:99999/", "invalid port"),
            ("https://x.org:8o/", "invalid port"),
            ("https://[zz]/", "IPv6"),
            ("mailto:", "has no e-mail address"),
            ("mailto:?subject=x", "has no e-mail address"),
            ("mailto:team", "no '@'"),
        ];
        for (bad, fragment) in cases {
            let msg = url_problem(bad, bad, false).unwrap_or_default();
            assert!(msg.contains(fragment), "{bad:?}: {msg}");
        }
        assert!(url_problem("http://x.org/", "", true)
            .unwrap()
            .contains("\"http:\" is not allowed"));
        assert!(url_problem("mailto:a@b", "", true).is_some());
    }

    #[test]
    fn templates() {
        assert_eq!(template_problem("https://web.libera.chat/#{channel}"), None);
        assert_eq!(template_problem("https://matrix.to/#/%23{channel}"), None);
        assert!(template_problem("https://x.org/")
            .unwrap()
            .contains("{channel}"));
        assert!(template_problem("http://x.org/{channel}")
            .unwrap()
            .contains("http:"));
        assert!(template_problem("https://{channel}").is_none());
        assert!(template_problem("javascript:alert(\"{channel}\")").is_some());
    }

    #[test]
    fn emails() {
        for ok in [
            "bob@example.org",
            "a.b+c@x-y.z",
            "ü@bücher.example",
            "x@localhost",
        ] {
            assert_eq!(email_problem(ok), None, "{ok}");
        }
        for bad in [
            "",
            "bob",
            "@x.org",
            "bob@",
            "bob@x..org",
            "a b@x.org",
            "a@b@c",
            "bob@-x.org",
        ] {
            assert!(email_problem(bad).is_some(), "{bad}");
        }
        assert!(email_problem("mailto:bob@x.org")
            .unwrap()
            .contains("without"));
    }

    #[test]
    fn channels() {
        use Protocol::*;
        let irc = Some(Irc);
        for ok in ["#a", "&local", "##", "#wikimedia-sre.ops_é"] {
            assert_eq!(channel_problem(ok, irc), None, "{ok}");
        }
        assert_eq!(channel_problem(&format!("#{}", "a".repeat(49)), irc), None);
        let cases = [
            ("", "must not be empty"),
            ("alpha", "must start with '#' or '&'"),
            ("#", "too short"),
            ("#a b", "space"),
            ("#a,b", "comma"),
            ("#a:b", "colon"),
            ("#a\u{7}", "control character (U+0007)"),
            ("#a\u{85}", "control character (U+0085)"),
        ];
        for (bad, fragment) in cases {
            let msg = channel_problem(bad, irc).unwrap_or_default();
            assert!(msg.contains(fragment), "{bad:?}: {msg}");
        }
        let long = format!("#{}", "a".repeat(50));
        assert!(channel_problem(&long, irc)
            .unwrap()
            .contains("51 characters"));
        for p in [Slack, Zulip, Matrix, Other] {
            assert_eq!(channel_problem("b", Some(p)), None);
            assert_eq!(channel_problem(&"c".repeat(80), Some(p)), None);
            assert_eq!(channel_problem("Beta team: help, questions", Some(p)), None);
            assert!(channel_problem(&"c".repeat(81), Some(p))
                .unwrap()
                .contains("81 characters"));
            assert!(channel_problem("", Some(p)).is_some());
            assert!(channel_problem("a\nb", Some(p)).is_some());
        }
        assert_eq!(channel_problem("anything at all", None), None);
        assert!(channel_problem("a\tb", None).is_some());
    }

    #[test]
    fn suggestions() {
        assert!(unknown_field_message("member", TEAM_FIELDS).contains("did you mean \"members\""));
        assert!(unknown_field_message("Name", TEAM_FIELDS).contains("did you mean \"name\""));
        assert_eq!(
            unknown_field_message("x_notes", TEAM_FIELDS),
            "unknown field \"x_notes\" (ignored)"
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn quotes_are_short() {
        let long = "é".repeat(100);
        let q = quote(&long);
        assert_eq!(q.chars().count(), 63);
        assert!(q.ends_with('…'));
        assert_eq!(quote("a\"b"), r#""a\"b""#);
    }
}
