//! Parsing and validation of a manifest (STUB: to be completed).

use super::model::Manifest;
use std::fmt;

/// How serious a problem is: errors refuse the manifest, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
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

/// Parses and validates manifest text. Errors come back all at once.
pub fn parse(text: &str) -> Result<Parsed, Vec<Problem>> {
    serde_json::from_str::<Manifest>(text)
        .map(|manifest| Parsed {
            manifest,
            warnings: vec![],
        })
        .map_err(|e| {
            vec![Problem {
                severity: Severity::Error,
                path: String::new(),
                message: e.to_string(),
            }]
        })
}
