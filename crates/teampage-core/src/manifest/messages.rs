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

/// The error for a channel's network `id` that is not one of `defined`
/// (the ids of `networks`, in any order): with the ids that are, so that a
/// typo shows and a missing network is easy to add.
pub(crate) fn unknown_network_message(id: &str, mut defined: Vec<&str>) -> String {
    /// At most this many ids are listed.
    const MAX: usize = 20;
    if defined.is_empty() {
        return format!(
            "unknown network {}: no networks are defined (add it under \"networks\")",
            quote(id)
        );
    }
    defined.sort_unstable();
    let mut list = defined[..defined.len().min(MAX)].join(", ");
    if defined.len() > MAX {
        list.push_str(&format!(" and {} more", defined.len() - MAX));
    }
    format!(
        "unknown network {}; defined networks: {list} (add it under \"networks\")",
        quote(id)
    )
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

/// The error for `text` that is not JSON, with serde_json's line and
/// column, and a hint when the error is at a comment or a trailing comma
/// (a manifest copied from an annotated example, or edited by hand).
pub(crate) fn json_error_message(e: &serde_json::Error, text: &str) -> String {
    let text_of_error = e.to_string();
    let mut message = if text_of_error.starts_with("recursion limit exceeded") {
        format!(
            "invalid JSON: nested too deeply (more than 128 levels of arrays and objects): {text_of_error}"
        )
    } else if e.is_eof() {
        format!("invalid JSON: the text ends too early: {text_of_error}")
    } else {
        format!("invalid JSON: {text_of_error}")
    };
    if let Some(hint) = syntax_hint(e, &text_of_error, text) {
        message.push_str(" (");
        message.push_str(hint);
        message.push(')');
    }
    message
}

/// What to do about a comment or a trailing comma at the error's position.
fn syntax_hint(e: &serde_json::Error, text_of_error: &str, text: &str) -> Option<&'static str> {
    if e.classify() != serde_json::error::Category::Syntax {
        return None;
    }
    let rest = text
        .as_bytes()
        .get(error_offset(text, e.line(), e.column())?..)?;
    if text_of_error.starts_with("trailing comma") {
        // serde_json points at the bracket after the comma.
        return Some(match rest.first() {
            Some(b']') => "JSON allows no trailing comma: remove the `,` before `]`",
            _ => "JSON allows no trailing comma: remove the `,` before `}`",
        });
    }
    match rest {
        [b'/', b'/', ..] => Some("JSON has no comments: remove the `//` comment"),
        [b'/', b'*', ..] => Some("JSON has no comments: remove the `/* */` comment"),
        _ => None,
    }
}

/// The byte offset of serde_json's (1-based) line and (1-based, in bytes)
/// column in `text`.
fn error_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = match line.checked_sub(1)? {
        0 => 0,
        n => {
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .nth(n - 1)?
                .0
                + 1
        }
    };
    line_start.checked_add(column.checked_sub(1)?)
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
    fn unknown_networks_list_the_defined_ones() {
        let many: Vec<String> = (0..25).map(|i| format!("n{i:02}")).collect();
        let m = unknown_network_message("x", many.iter().map(String::as_str).collect());
        assert!(
            m.contains("n00, n01, ") && m.contains(", n19 and 5 more (add it"),
            "{m}"
        );
        assert!(!m.contains("n20"), "{m}");
    }

    /// The message for `text`, which must not be JSON.
    fn message(text: &str) -> String {
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        json_error_message(&e, text)
    }

    #[test]
    fn hints_at_comments_wherever_they_are() {
        let line = "JSON has no comments: remove the `//` comment";
        let block = "JSON has no comments: remove the `/* */` comment";
        for (text, hint) in [
            ("// a manifest\n{}", line),
            ("{\n  \"a\": 1, // one\n  \"b\": 2\n}", line),
            ("{\"a\": 1 // one\n}", line),
            ("{\"a\": // one\n 1}", line),
            ("[1, /* two */ 2]", block),
            ("{\"é\": \"ü\", /* x */ \"b\": 2}", block),
            ("{} // the end", line),
        ] {
            let m = message(text);
            assert!(m.ends_with(&format!(" ({hint})")), "{text:?}: {m}");
        }
        for text in [
            "{\"a\": /x}",
            "{\"a\": 1 / 2}",
            "{\"a\": 1",
            "{\"a\" 1}",
            "/",
        ] {
            let m = message(text);
            assert!(!m.contains("comment"), "{text:?}: {m}");
        }
    }

    #[test]
    fn hints_at_trailing_commas() {
        let m = message("{\n  \"a\": [1, 2,],\n}");
        assert!(
            m.ends_with("(JSON allows no trailing comma: remove the `,` before `]`)"),
            "{m}"
        );
        let m = message("{\"a\": 1,\n}");
        assert!(
            m.ends_with("(JSON allows no trailing comma: remove the `,` before `}`)"),
            "{m}"
        );
    }

    #[test]
    fn error_offsets() {
        assert_eq!(error_offset("ab\ncd", 1, 1), Some(0));
        assert_eq!(error_offset("ab\ncd", 2, 2), Some(4));
        assert_eq!(error_offset("ab", 1, 0), None);
        assert_eq!(error_offset("ab", 0, 1), None);
        assert_eq!(error_offset("ab", 3, 1), None);
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
