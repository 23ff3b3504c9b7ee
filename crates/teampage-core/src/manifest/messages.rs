//! Wording shared by problems: quoted values, unknown fields with a "did you
//! mean" hint, JSON syntax errors.

/// A string quoted for a message, shortened to 60 characters.
pub(crate) fn quote(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{:?}…", &s[..cut]),
        None => format!("{s:?}"),
    }
}

/// The warning for `key`, not one of `known`: with the nearest known field
/// when one is close enough to be a typo.
pub(crate) fn unknown_field_message(key: &str, known: &[&str]) -> String {
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

/// The error for text that is not JSON, with serde_json's line and column.
pub(crate) fn json_error_message(e: &serde_json::Error) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::fields::TEAM_FIELDS;

    #[test]
    fn suggestions() {
        assert!(unknown_field_message("member", &TEAM_FIELDS).contains("did you mean \"members\""));
        assert!(unknown_field_message("Name", &TEAM_FIELDS).contains("did you mean \"name\""));
        assert_eq!(
            unknown_field_message("x_notes", &TEAM_FIELDS),
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
