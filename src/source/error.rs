//! Why a manifest could not be shown.

use teampage_core::i18n::Said;
use teampage_core::manifest::Problem;

/// Why a manifest could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// It could not be fetched: the reason, to be said in the reader's words.
    Fetch(Said),
    /// It was fetched but is not a valid manifest: every problem, with its path.
    Invalid(Vec<Problem>),
    /// The page refused the address (e.g. another origin not allowed).
    Refused(Said),
}
