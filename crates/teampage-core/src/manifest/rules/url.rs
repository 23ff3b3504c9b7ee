//! Absolute URLs (https, http, mailto; tel for an emergency) and web chat
//! templates.

use crate::manifest::messages::quote;

/// The URL schemes a field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Schemes {
    /// https only (web chat templates).
    Https,
    /// https, http and mailto: every link.
    Web,
    /// Those of [`Schemes::Web`], and tel with a phone number: an
    /// emergency's url (a phone number is a common emergency contact).
    Emergency,
}

impl Schemes {
    /// What a message says the field expects.
    fn expected(self) -> &'static str {
        match self {
            Schemes::Https => "an absolute https URL",
            Schemes::Web => "an absolute https, http or mailto URL",
            Schemes::Emergency => "an absolute https, http, mailto or tel URL",
        }
    }
}

/// Why `url` is not an absolute URL of one of `schemes`; `shown` is what
/// messages quote.
pub(crate) fn url_problem(url: &str, shown: &str, schemes: Schemes) -> Option<String> {
    let expected = schemes.expected();
    let https_only = schemes == Schemes::Https;
    // `shown` is quoted only for a message: a valid URL, the common case,
    // costs no allocation.
    let q = || quote(shown);
    if url.is_empty() {
        return Some(format!("empty URL; expected {expected}"));
    }
    let tel = url.get(..4).filter(|s| s.eq_ignore_ascii_case("tel:"));
    if let Some(scheme) = tel {
        // Before the check for spaces, which a phone number may hold.
        return if schemes == Schemes::Emergency {
            tel_problem(&url[4..], shown)
        } else {
            Some(format!(
                "URL scheme {} is not allowed; expected {expected} (tel: URLs are allowed only in an emergency's url)",
                quote(scheme)
            ))
        };
    }
    // Printable ASCII has neither control characters nor white space. (The
    // delimiters looked for below are ASCII: on bytes, they are never found
    // inside a longer character.)
    if !url.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') {
        if let Some(ch) = url.chars().find(|c| c.is_control()) {
            return Some(format!(
                "malformed URL {}: it contains a control character (U+{:04X})",
                q(),
                ch as u32
            ));
        }
        if url.chars().any(char::is_whitespace) {
            return Some(format!(
                "malformed URL {}: it contains a space (write a space in a URL as %20)",
                q()
            ));
        }
        if url.contains('\\') {
            return Some(format!("malformed URL {}: it contains a backslash", q()));
        }
    }
    let scheme_end = url
        .bytes()
        .position(|b| b == b':')
        .filter(|&i| is_scheme(&url[..i]));
    let Some(colon) = scheme_end else {
        let q = q();
        return Some(if url.starts_with("//") {
            format!(
                "scheme-relative URL {q} is not allowed; expected {expected} (e.g. {})",
                quote(&format!("https:{shown}"))
            )
        } else if url.starts_with("www.") {
            format!(
                "relative URL {q} is not allowed; expected {expected} (did you mean {}?)",
                quote(&format!("https://{shown}"))
            )
        } else {
            format!("relative URL {q} is not allowed; expected {expected}")
        });
    };
    let scheme = &url[..colon];
    let rest = &url[colon + 1..];
    if scheme.eq_ignore_ascii_case("https") || (!https_only && scheme.eq_ignore_ascii_case("http"))
    {
        return http_problem(rest, shown);
    }
    if !https_only && scheme.eq_ignore_ascii_case("mailto") {
        let address = rest.split('?').next().unwrap_or("");
        return if address.is_empty() {
            Some(format!("mailto URL {} has no e-mail address", q()))
        } else if !address.contains('@') {
            Some(format!(
                "mailto URL {} has no e-mail address (no '@' in {})",
                q(),
                quote(address)
            ))
        } else {
            None
        };
    }
    Some(format!(
        "URL scheme {} is not allowed; expected {expected}",
        quote(&format!("{scheme}:"))
    ))
}

/// Why what follows `tel:` is not a phone number: 3 to 15 digits, an
/// optional leading `+`, and spaces, `-`, `.`, `(` or `)` between them (no
/// space first or last); `shown` is the URL as messages quote it.
fn tel_problem(rest: &str, shown: &str) -> Option<String> {
    let number = rest.strip_prefix('+').unwrap_or(rest);
    let allowed = |b: u8| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'(' | b')');
    if number.is_empty()
        || number.starts_with(' ')
        || number.ends_with(' ')
        || !number.bytes().all(allowed)
    {
        return Some(format!(
            "tel URL {} is not a phone number: write its digits, with an optional leading '+' and spaces, '-', '.', '(' or ')' between them (e.g. \"tel:+1 555 0100\")",
            quote(shown)
        ));
    }
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    if !(3..=15).contains(&digits) {
        return Some(format!(
            "tel URL {} has {digits} digits; a phone number has 3 to 15",
            quote(shown)
        ));
    }
    None
}

/// `[A-Za-z][A-Za-z0-9+.-]*`
fn is_scheme(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// Checks what follows `http:` or `https:`: `//`, then a host; `shown` is
/// the URL as messages quote it.
fn http_problem(rest: &str, shown: &str) -> Option<String> {
    let q = || quote(shown);
    let Some(after) = rest.strip_prefix("//") else {
        return Some(format!(
            "malformed URL {}: expected \"//\" and a host after the scheme",
            q()
        ));
    };
    // (On bytes: '/', '?' and '#' are ASCII, never inside a longer character.)
    let end = after
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(after.len());
    let authority = &after[..end];
    // user:password@ is allowed (as in the JSON Schema), but not alone.
    let host_port = match authority.bytes().rposition(|b| b == b'@') {
        Some(at) => &authority[at + 1..],
        None => authority,
    };
    let port = if let Some(v6) = host_port.strip_prefix('[') {
        let Some((inner, after_bracket)) = v6.split_once(']') else {
            return Some(format!(
                "malformed URL {}: '[' without ']' in the host",
                q()
            ));
        };
        if inner.is_empty()
            || !inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return Some(format!(
                "malformed URL {}: invalid IPv6 address in the host",
                q()
            ));
        }
        match after_bracket {
            "" => None,
            p => match p.strip_prefix(':') {
                Some(port) => Some(port),
                None => return Some(format!("malformed URL {}: unexpected text after ']'", q())),
            },
        }
    } else {
        let (host, port) = match host_port.bytes().rposition(|b| b == b':') {
            Some(colon) => (&host_port[..colon], Some(&host_port[colon + 1..])),
            None => (host_port, None),
        };
        if host.is_empty() {
            return Some(format!("URL {} has no host", q()));
        }
        // On ASCII, `char::is_alphanumeric` is `u8::is_ascii_alphanumeric`.
        let ascii_ok =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%');
        if !host.bytes().all(ascii_ok) {
            let host_char =
                |c: char| c.is_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '%');
            if let Some(bad) = host.chars().find(|&c| !host_char(c)) {
                return Some(format!(
                    "malformed URL {}: the character {bad:?} is not allowed in a host name",
                    q()
                ));
            }
        }
        let labels = host.strip_suffix('.').unwrap_or(host);
        // An empty label: a dot first, last, or after a dot.
        let mut previous = b'.';
        let empty_label = labels.bytes().any(|b| {
            let empty = b == b'.' && previous == b'.';
            previous = b;
            empty
        }) || previous == b'.';
        if empty_label {
            return Some(format!(
                "malformed URL {}: empty label in the host name",
                q()
            ));
        }
        port
    };
    if let Some(port) = port {
        let valid = port.is_empty()
            || (port.len() <= 5
                && port.bytes().all(|b| b.is_ascii_digit())
                && port.parse::<u32>().is_ok_and(|p| p <= 65535));
        if !valid {
            return Some(format!(
                "malformed URL {}: invalid port {}",
                q(),
                quote(port)
            ));
        }
    }
    None
}

/// Why a web chat template is not an https URL containing `{channel}`.
pub(crate) fn template_problem(template: &str) -> Option<String> {
    if !template.contains("{channel}") {
        return Some(format!(
            "the web chat template {} does not contain {{channel}}",
            quote(template)
        ));
    }
    let filled = template.replace("{channel}", "x");
    url_problem(&filled, template, Schemes::Https).map(|msg| format!("web chat template: {msg}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "https://example.org",
            "https://example.org/",
            "HTTPS://EXAMPLE.ORG/a?b#c",
            "http://example.org:8080/people/bob?tab=1#top",
            "https://user:pw@example.org/",
            "https://[2001:db8::1]:443/",
            "https://bücher.example/",
            "https://example.org./x",
            "https://groups.google.com/forum/#!forum/x",
            "mailto:team@example.org",
            "mailto:team@example.org?subject=Hi",
        ] {
            assert_eq!(url_problem(ok, ok, Schemes::Web), None, "{ok}");
            assert_eq!(url_problem(ok, ok, Schemes::Emergency), None, "{ok}");
        }
        let cases = [
            ("", "empty URL"),
            (
                "javascript:alert(1)",
                "URL scheme \"javascript:\" is not allowed",
            ),
            ("data:text/html,x", "URL scheme \"data:\" is not allowed"),
            ("ftp://x.org/", "URL scheme \"ftp:\" is not allowed"),
            ("/wiki/SRE", "relative URL \"/wiki/SRE\" is not allowed"),
            ("board/beta", "relative URL"),
            (
                "www.example.org",
                "did you mean \"https://www.example.org\"?",
            ),
            ("//docs.example.org/", "scheme-relative URL"),
            ("https//x", "relative URL"),
            ("https:x", "expected \"//\""),
            ("https://", "has no host"),
            ("https:///x", "has no host"),
            ("https://user@", "has no host"),
            ("https://a page", "contains a space"),
            ("https://x\u{7}", "control character (U+0007)"),
            ("https://x\\y", "backslash"),
            ("https://ex<ample.org", "not allowed in a host name"),
            ("https://a..b/", "empty label"),
            ("https://x.org:99999/", "invalid port"),
            ("https://x.org:8o/", "invalid port"),
            ("https://[zz]/", "IPv6"),
            ("mailto:", "has no e-mail address"),
            ("mailto:?subject=x", "has no e-mail address"),
            ("mailto:team", "no '@'"),
        ];
        for (bad, fragment) in cases {
            let msg = url_problem(bad, bad, Schemes::Web).unwrap_or_default();
            assert!(msg.contains(fragment), "{bad:?}: {msg}");
            assert!(
                url_problem(bad, bad, Schemes::Emergency).is_some(),
                "{bad:?}"
            );
        }
        assert!(url_problem("http://x.org/", "", Schemes::Https)
            .is_some_and(|m| m.contains("\"http:\" is not allowed")));
        assert!(url_problem("mailto:a@b", "", Schemes::Https).is_some());
    }

    #[test]
    fn tel_urls_only_for_an_emergency() {
        for ok in [
            "tel:112",
            "tel:+49 30 1234567",
            "tel:+1 (555) 010-0199",
            "TEL:+44.20.7946.0958",
            "tel:(0)30-123",
            "tel:123456789012345",
        ] {
            assert_eq!(url_problem(ok, ok, Schemes::Emergency), None, "{ok}");
            let msg = url_problem(ok, ok, Schemes::Web).unwrap_or_default();
            assert!(
                msg.contains("is not allowed; expected an absolute https, http or mailto URL (tel: URLs are allowed only in an emergency's url)"),
                "{ok}: {msg}"
            );
            assert!(url_problem(ok, ok, Schemes::Https).is_some(), "{ok}");
        }
        let not_a_number = "is not a phone number";
        let cases = [
            ("tel:", not_a_number),
            ("tel:+", not_a_number),
            ("tel:call-us", not_a_number),
            ("tel: 112", not_a_number),
            ("tel:112 ", not_a_number),
            ("tel:+ 1 555", not_a_number),
            ("tel:1+2", not_a_number),
            ("tel:+1%20555%200100", not_a_number),
            ("tel:+1-555-0100;ext=1", not_a_number),
            ("tel:555\n0100", not_a_number),
            ("tel:12", "has 2 digits; a phone number has 3 to 15"),
            ("tel:+1234567890123456", "has 16 digits"),
            ("tel:(-)", "has 0 digits"),
            ("tel//112", "relative URL"),
        ];
        for (bad, fragment) in cases {
            let msg = url_problem(bad, bad, Schemes::Emergency).unwrap_or_default();
            assert!(msg.contains(fragment), "{bad:?}: {msg}");
        }
        assert!(url_problem("ftp://x.org/", "", Schemes::Emergency)
            .is_some_and(|m| m.ends_with("expected an absolute https, http, mailto or tel URL")));
    }

    #[test]
    fn templates() {
        assert_eq!(template_problem("https://web.libera.chat/#{channel}"), None);
        assert_eq!(template_problem("https://matrix.to/#/%23{channel}"), None);
        assert!(template_problem("https://x.org/").is_some_and(|m| m.contains("{channel}")));
        assert!(template_problem("http://x.org/{channel}").is_some_and(|m| m.contains("http:")));
        assert!(template_problem("https://{channel}").is_none());
        assert!(template_problem("javascript:alert(\"{channel}\")").is_some());
    }
}
