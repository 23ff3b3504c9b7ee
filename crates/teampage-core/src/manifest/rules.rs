//! The rules for single values: team ids, host names, channel names, e-mail
//! addresses, dates; URLs and web chat templates in [`url`], time zones in
//! [`timezone`], language tags in [`language`]. Each `*_problem` function gives the message for a value
//! that breaks its rule.

mod language;
mod timezone;
mod url;

pub(crate) use language::language_tag_problem;
pub(crate) use timezone::timezone_problem;
pub use timezone::{set_timezone_check, TimezoneCheck};
pub(crate) use url::{template_problem, url_problem, Schemes};

use super::messages::quote;
use super::model::Protocol;

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

/// Why `host` is not an IRC server's host name (a URL, a port, ...).
pub(crate) fn host_problem(host: &str) -> Option<String> {
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
pub(crate) fn channel_problem(name: &str, protocol: Option<Protocol>) -> Option<String> {
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

/// Why `email` does not look like an e-mail address (local@domain, as an
/// HTML e-mail input accepts, also with non-ASCII letters).
pub(crate) fn email_problem(email: &str) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `rule` holds for every `ok` value and for no `bad` one.
    fn sorts(rule: fn(&str) -> bool, ok: &[&str], bad: &[&str]) {
        for v in ok {
            assert!(rule(v), "{v}");
        }
        for v in bad {
            assert!(!rule(v), "{v}");
        }
    }

    #[test]
    fn team_ids() {
        let ok = ["a", "0", "sre", "9-lives", "a--b", "x-"];
        sorts(is_team_id, &ok, &["", "-a", "A", "a_b", "a b", "é", "a.b"]);
    }

    #[test]
    fn dns_names() {
        let ok = [
            "irc.libera.chat",
            "irc.oftc.net.",
            "localhost",
            "a-b.c",
            "127.0.0.1",
            "x1",
        ];
        let long_label = "a".repeat(64);
        let bad = [
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
        ];
        sorts(is_dns_name, &ok, &bad);
        let says = |host, fragment| host_problem(host).is_some_and(|m| m.contains(fragment));
        assert!(says("ircs://irc.libera.chat:6697", "is a URL"));
        assert!(says("irc.libera.chat:6697", "port"));
    }

    #[test]
    fn dates() {
        let ok = [
            "2021-06-11",
            "2021-06-11T15:44:00Z",
            "2021-06-11t15:44:00z",
            "2021-06-11T15:44:00.123+02:00",
            "2020-02-29",
            "2016-12-31T23:59:60Z",
            "2021-06-11T15:44:00-00:00",
        ];
        let bad = [
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
        ];
        sorts(is_rfc3339, &ok, &bad);
    }

    #[test]
    fn emails() {
        let ok = [
            "bob@example.org",
            "a.b+c@x-y.z",
            "ü@bücher.example",
            "x@localhost",
        ];
        let bad = [
            "",
            "bob",
            "@x.org",
            "bob@",
            "bob@x..org",
            "a b@x.org",
            "a@b@c",
            "bob@-x.org",
        ];
        sorts(|e| email_problem(e).is_none(), &ok, &bad);
        assert!(email_problem("mailto:bob@x.org").is_some_and(|m| m.contains("without")));
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
        assert!(channel_problem(&long, irc).is_some_and(|m| m.contains("51 characters")));
        for p in [Slack, Zulip, Matrix, Other] {
            assert_eq!(channel_problem("b", Some(p)), None);
            assert_eq!(channel_problem(&"c".repeat(80), Some(p)), None);
            assert_eq!(channel_problem("Beta team: help, questions", Some(p)), None);
            assert!(channel_problem(&"c".repeat(81), Some(p))
                .is_some_and(|m| m.contains("81 characters")));
            assert!(channel_problem("", Some(p)).is_some());
            assert!(channel_problem("a\nb", Some(p)).is_some());
        }
        assert_eq!(channel_problem("anything at all", None), None);
        assert!(channel_problem("a\tb", None).is_some());
    }
}
