//! The team manifest: its typed model, parsing and validation.

mod build;
mod json;
pub mod model;
pub mod validate;

pub use model::*;
pub use validate::{parse, parse_bytes, Parsed, Problem, Severity};
