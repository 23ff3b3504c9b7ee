//! JSON paths, the locations of problems: `team.subteams[2].channels[0].network`.
//!
//! The parser and the checker keep the path to where they are as [`Step`]s
//! and write it out only for a problem.

/// One step of a JSON path: a key or an index.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The path of `steps`, as problems name it.
pub(crate) fn render(steps: &[Step<'_>]) -> String {
    let mut path = String::new();
    for step in steps {
        match *step {
            Step::Key(key) => push_key(&mut path, key),
            Step::Index(i) => push_index(&mut path, i),
        }
    }
    path
}

/// Appends `.key` (or `["odd key"]`) to a JSON path.
pub(crate) fn push_key(path: &mut String, key: &str) {
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
pub(crate) fn push_index(path: &mut String, i: usize) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_indices() {
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
        let steps = [Step::Key("$schema"), Step::Index(0), Step::Key("k\"ey")];
        assert_eq!(render(&steps), r#"$schema[0]["k\"ey"]"#);
        assert_eq!(render(&[]), "");
    }

    #[test]
    fn indices() {
        for i in [0, 1, 9, 10, 99, 100, 12345, u32::MAX as usize, usize::MAX] {
            let mut path = String::from("team.members");
            push_index(&mut path, i);
            assert_eq!(path, format!("team.members[{i}]"));
        }
    }
}
