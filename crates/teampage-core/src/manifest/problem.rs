//! What checking a manifest finds: problems at JSON paths, and the report
//! of one manifest text.

use super::model::Manifest;
use std::fmt;

/// At most this many errors are reported; one more problem says so.
pub const MAX_ERRORS: usize = 200;

/// At most this many warnings are reported; one more warning says so.
pub const MAX_WARNINGS: usize = 200;

/// How serious a problem is: errors refuse the manifest, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The manifest is refused.
    Error,
    /// The manifest is still valid (the viewer ignores the value).
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
    /// Whether it refuses the manifest.
    pub severity: Severity,
    /// JSON path of the offending value; `""` for the document itself.
    pub path: String,
    /// What is wrong, for a person to read.
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

    /// The last problem of a capped list: there were more than `max`.
    pub(crate) fn too_many(severity: Severity, max: usize) -> Self {
        Problem {
            severity,
            path: String::new(),
            message: format!("too many {severity}s: only the first {max} are shown"),
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
    /// The manifest, every rule of the spec checked.
    pub manifest: Manifest,
    /// The warnings, in the order of the report.
    pub warnings: Vec<Problem>,
}

/// Everything found in one manifest text: the manifest when it is valid, the
/// errors, and the warnings (also those of a refused manifest, which
/// [`parse`](super::parse) drops). This is what `teampage-check` prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// `Some` exactly when `errors` is empty.
    pub manifest: Option<Manifest>,
    /// At most [`MAX_ERRORS`], then one saying there were more.
    pub errors: Vec<Problem>,
    /// At most [`MAX_WARNINGS`], then one saying there were more.
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

    /// The report of a text refused with these errors alone.
    pub(crate) fn refused(errors: Vec<Problem>) -> Self {
        Report {
            manifest: None,
            errors,
            warnings: vec![],
        }
    }
}

/// Caps a list of problems at `max`, adding one saying so.
pub(crate) fn cap(problems: &mut Vec<Problem>, max: usize, severity: Severity) {
    if problems.len() > max {
        problems.truncate(max);
        problems.push(Problem::too_many(severity, max));
    }
}
