//! Templates: `{name}` placeholders, filled with text or split around the
//! parts a view renders itself (a link, a `<code>`).

/// A part of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text as written.
    Text(&'a str),
    /// The placeholder `{name}`, by name.
    Arg(&'a str),
}

/// Splits `template` into text and placeholders. A `{` without a closing `}`
/// is text.
///
/// ```
/// use teampage_core::i18n::{pieces, Piece};
/// assert_eq!(
///     pieces("Loading {source} failed."),
///     [Piece::Text("Loading "), Piece::Arg("source"), Piece::Text(" failed.")]
/// );
/// ```
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = vec![];
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        out.push(Piece::Arg(&rest[open + 1..open + len]));
        rest = &rest[open + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// `template` with each `{name}` replaced by its value in `args` (an unknown
/// placeholder is kept as written).
///
/// ```
/// use teampage_core::i18n::fill;
/// assert_eq!(fill("Link to {name}", &[("name", "SRE")]), "Link to SRE");
/// ```
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for piece in pieces(template) {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Arg(name) => match args.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}
