//! The team manifest (`docs/manifest-v1.md`): its typed model, and the
//! parsing and validation that build it.
//!
//! Text (or bytes) → JSON tree (`json.rs`; a warning per repeated key) →
//! checker (`check.rs`) → [`Report`]: every problem with its JSON path
//! (`team.subteams[2].channels[0].network: unknown network "oftc"; defined
//! networks: libera (add it under "networks")`), and the
//! [`Manifest`] when there is no error. Nothing here panics, whatever the
//! input. What the spec leaves open is in the README ("Where the spec is silent").

mod check;
mod fields;
mod json;
mod messages;
pub mod model;
mod path;
mod problem;
pub(crate) mod rules;
#[cfg(test)]
mod tests;

pub use model::*;
pub use problem::{Parsed, Problem, Report, Severity, MAX_ERRORS, MAX_WARNINGS};
pub use rules::{set_timezone_check, TimezoneCheck};

use bumpalo::Bump;
use json::Json;
use messages::{json_error_message, quote};
use problem::cap;
use serde_json::Value;

/// Parses and validates manifest text. Errors come back all at once (at most
/// [`MAX_ERRORS`] of them, then one saying there were more); warnings come
/// back only with a valid manifest.
///
/// ```
/// use teampage_core::manifest::parse;
/// let parsed = parse(r#"{"manifest_version":1,"team":{"id":"sre","name":"SRE","x":1}}"#).unwrap();
/// assert_eq!(parsed.manifest.team.name, "SRE");
/// assert_eq!(parsed.warnings[0].to_string(), "team.x: unknown field \"x\" (ignored)");
/// ```
pub fn parse(text: &str) -> Result<Parsed, Vec<Problem>> {
    check(text).into_parsed()
}

/// Like [`parse`], for a file's bytes (see [`check_bytes`]): what a page
/// that fetches its manifest as bytes calls.
///
/// ```
/// use teampage_core::manifest::parse_bytes;
/// assert!(parse_bytes(br#"{"manifest_version":1,"team":{"id":"x","name":"X"}}"#).is_ok());
/// let errors = parse_bytes(&[0xff]).unwrap_err();
/// assert!(errors[0].message.contains("not valid UTF-8"));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Vec<Problem>> {
    check_bytes(bytes).into_parsed()
}

/// Checks manifest text: the text-level checks (empty file, byte order mark,
/// JSON syntax with line and column, repeated keys), then every rule of the
/// spec, as [`check_value`] does.
///
/// ```
/// use teampage_core::manifest::check;
/// let report = check(r#"{"manifest_version":1,"team":{"id":"SRE","name":"SRE"}}"#);
/// assert!(report.manifest.is_none());
/// assert_eq!(report.errors[0].path, "team.id");
/// ```
pub fn check(text: &str) -> Report {
    let mut errors = Vec::new();
    let body = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            errors.push(Problem::error(
                "",
                "the file starts with a UTF-8 byte order mark (BOM); save the file as UTF-8 without BOM",
            ));
            rest
        }
        None => text,
    };
    if body.trim().is_empty() {
        errors.push(Problem::error("", "the file is empty"));
        return Report::refused(errors);
    }
    // The tree's arena, freed with it: one chunk the size of the text holds
    // the tree of a pretty-printed manifest (bench/RESULTS.md).
    let arena = Bump::with_capacity(body.len());
    let (tree, duplicates) = match json::parse(body, &arena, MAX_WARNINGS + 1) {
        Ok(parsed) => parsed,
        Err(e) => {
            errors.push(Problem::error("", json_error_message(&e, body)));
            return Report::refused(errors);
        }
    };
    let mut report = check::check(&tree);
    if !errors.is_empty() {
        errors.append(&mut report.errors);
        report.errors = errors;
        report.manifest = None;
    }
    if !duplicates.is_empty() {
        // Repeated keys first, in the order of the text.
        let mut warnings: Vec<Problem> = duplicates
            .into_iter()
            .map(|d| {
                let message = format!(
                    "duplicate key {}; only the last value is used",
                    quote(d.key)
                );
                Problem::warning(d.path, message)
            })
            .collect();
        warnings.append(&mut report.warnings);
        report.warnings = warnings;
        cap(&mut report.warnings, MAX_WARNINGS, Severity::Warning);
    }
    report
}

/// Checks a file's bytes: like [`check`], after refusing text that is not
/// UTF-8 (with the line and column of the first bad byte) or is UTF-16.
pub fn check_bytes(bytes: &[u8]) -> Report {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Report::refused(vec![Problem::error(
            "",
            "the file is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8 without BOM",
        )]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => check(text),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            Report::refused(vec![Problem::error(
                "",
                format!(
                    "the file is not valid UTF-8 (bad byte at line {line} column {column}); save the file as UTF-8"
                ),
            )])
        }
    }
}

/// Checks a parsed JSON value against every rule of the spec and, when it
/// has no errors, builds the typed manifest from it (as [`check`] does from
/// text, but a `Value` has no repeated keys to warn about).
pub fn check_value(value: Value) -> Report {
    let arena = Bump::new();
    check::check(&Json::borrow(&value, &arena))
}
