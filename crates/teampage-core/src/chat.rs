//! Chat links built from a manifest's networks (`docs/manifest-v1.md`, "IRC
//! links"). Links are never taken from the manifest: the viewer builds them
//! from the network's host, port, tls and web chat template.
//!
//! ```
//! use teampage_core::chat::links;
//! use teampage_core::manifest::{Network, Protocol};
//! let libera = Network {
//!     name: "Libera.Chat".into(),
//!     protocol: Protocol::Irc,
//!     host: Some("irc.libera.chat".into()),
//!     port: None,
//!     tls: None,
//!     webchat: Some("https://web.libera.chat/#{channel}".into()),
//! };
//! let l = links(&libera, "#wikimedia-sre");
//! assert_eq!(l.native.as_deref(), Some("ircs://irc.libera.chat:6697/%23wikimedia-sre"));
//! assert_eq!(l.web.as_deref(), Some("https://web.libera.chat/#wikimedia-sre"));
//! ```

use crate::manifest::rules::is_dns_name;
use crate::manifest::{Network, Protocol};

/// The links the page shows for one channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatLinks {
    /// `ircs://host:port/%23chan` (or `irc://`), for IRC networks only.
    pub native: Option<String>,
    /// The network's web chat template filled with the channel.
    pub web: Option<String>,
}

/// Builds the links for `channel` on `network`: [`native_link`] and
/// [`web_link`].
pub fn links(network: &Network, channel: &str) -> ChatLinks {
    ChatLinks {
        native: native_link(network, channel),
        web: web_link(network, channel),
    }
}

/// The link for native IRC clients: `ircs://host:port/<channel>` with TLS
/// (the default; port 6697 unless given), `irc://host:port/<channel>`
/// without (port 6667 unless given). The channel is percent-encoded whole,
/// so `#` is always `%23` and `&` is `%26`.
///
/// `None` for any protocol but irc, and for an irc network without a valid
/// host (which a validated manifest never has).
pub fn native_link(network: &Network, channel: &str) -> Option<String> {
    if network.protocol != Protocol::Irc {
        return None;
    }
    let host = network.host.as_deref().filter(|h| is_dns_name(h))?;
    let host = host.strip_suffix('.').unwrap_or(host);
    let scheme = if network.uses_tls() { "ircs" } else { "irc" };
    Some(format!(
        "{scheme}://{host}:{}/{}",
        network.irc_port(),
        percent_encode(channel)
    ))
}

/// The web chat link: the network's `webchat` template with every
/// `{channel}` replaced by the channel name without one leading `#`,
/// percent-encoded (`&local` stays `%26local`). `None` without a template.
/// This is the only link a non-irc channel gets.
pub fn web_link(network: &Network, channel: &str) -> Option<String> {
    let template = network.webchat.as_deref()?;
    let name = channel.strip_prefix('#').unwrap_or(channel);
    Some(template.replace("{channel}", &percent_encode(name)))
}

/// Percent-encodes every byte of `s`'s UTF-8 except the unreserved
/// characters of RFC 3986 (`A-Z a-z 0-9 - . _ ~`), with upper-case hex
/// digits: `#café/1` → `%23caf%C3%A9%2F1`.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0F)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn irc(tls: Option<bool>, port: Option<u16>) -> Network {
        Network {
            name: "Libera.Chat".into(),
            protocol: Protocol::Irc,
            host: Some("irc.libera.chat".into()),
            port,
            tls,
            webchat: Some("https://web.libera.chat/#{channel}".into()),
        }
    }

    fn other(protocol: Protocol, webchat: &str) -> Network {
        Network {
            name: "Kubernetes Slack".into(),
            protocol,
            host: None,
            port: None,
            tls: None,
            webchat: Some(webchat.into()),
        }
    }

    #[test]
    fn the_spec_example() {
        let l = links(&irc(None, None), "#wikimedia-sre");
        assert_eq!(
            l,
            ChatLinks {
                native: Some("ircs://irc.libera.chat:6697/%23wikimedia-sre".into()),
                web: Some("https://web.libera.chat/#wikimedia-sre".into()),
            }
        );
    }

    #[test]
    fn tls_and_ports() {
        let n = |tls, port| native_link(&irc(tls, port), "#x").unwrap();
        assert_eq!(n(Some(true), None), "ircs://irc.libera.chat:6697/%23x");
        assert_eq!(n(Some(false), None), "irc://irc.libera.chat:6667/%23x");
        assert_eq!(
            n(Some(false), Some(7000)),
            "irc://irc.libera.chat:7000/%23x"
        );
        assert_eq!(n(None, Some(7070)), "ircs://irc.libera.chat:7070/%23x");
    }

    #[test]
    fn ampersand_channels() {
        let l = links(&irc(None, None), "&local");
        assert_eq!(
            l.native.as_deref(),
            Some("ircs://irc.libera.chat:6697/%26local")
        );
        assert_eq!(l.web.as_deref(), Some("https://web.libera.chat/#%26local"));
    }

    #[test]
    fn special_characters_are_encoded() {
        let l = links(&irc(None, None), "#a%b/c?d#e&f=g+h");
        assert_eq!(
            l.native.as_deref(),
            Some("ircs://irc.libera.chat:6697/%23a%25b%2Fc%3Fd%23e%26f%3Dg%2Bh")
        );
        assert_eq!(
            l.web.as_deref(),
            Some("https://web.libera.chat/#a%25b%2Fc%3Fd%23e%26f%3Dg%2Bh")
        );
    }

    #[test]
    fn non_ascii_is_encoded_as_utf8() {
        let l = links(&irc(None, None), "#café-ñ_日本");
        assert_eq!(
            l.native.as_deref(),
            Some("ircs://irc.libera.chat:6697/%23caf%C3%A9-%C3%B1_%E6%97%A5%E6%9C%AC")
        );
        assert_eq!(
            l.web.as_deref(),
            Some("https://web.libera.chat/#caf%C3%A9-%C3%B1_%E6%97%A5%E6%9C%AC")
        );
    }

    #[test]
    fn only_one_leading_hash_is_stripped_for_web_chat() {
        let l = links(&irc(None, None), "##double");
        assert_eq!(
            l.native.as_deref(),
            Some("ircs://irc.libera.chat:6697/%23%23double")
        );
        assert_eq!(l.web.as_deref(), Some("https://web.libera.chat/#%23double"));
    }

    #[test]
    fn non_irc_protocols_link_only_to_web_chat() {
        for p in [
            Protocol::Slack,
            Protocol::Zulip,
            Protocol::Matrix,
            Protocol::Other,
        ] {
            let mut n = other(p, "https://kubernetes.slack.com/messages/{channel}");
            // Even with a host, a non-irc network never gets an ircs:// link.
            n.host = Some("irc.example.org".into());
            let l = links(&n, "#sig-api-machinery");
            assert_eq!(l.native, None, "{p:?}");
            assert_eq!(
                l.web.as_deref(),
                Some("https://kubernetes.slack.com/messages/sig-api-machinery")
            );
        }
        let slack = other(Protocol::Slack, "https://x.slack.com/messages/{channel}");
        assert_eq!(
            web_link(&slack, "no hash here").as_deref(),
            Some("https://x.slack.com/messages/no%20hash%20here")
        );
    }

    #[test]
    fn dataset_channels() {
        let zulip = other(
            Protocol::Zulip,
            "https://rust-lang.zulipchat.com/#narrow/stream/{channel}",
        );
        assert_eq!(
            web_link(&zulip, "#t-compiler/llvm").as_deref(),
            Some("https://rust-lang.zulipchat.com/#narrow/stream/t-compiler%2Fllvm")
        );
        let matrix = other(Protocol::Matrix, "https://matrix.to/#/%23{channel}");
        assert_eq!(
            web_link(&matrix, "#rust-embedded:matrix.org").as_deref(),
            Some("https://matrix.to/#/%23rust-embedded%3Amatrix.org")
        );
    }

    #[test]
    fn every_placeholder_is_filled() {
        let n = other(Protocol::Other, "https://x.org/{channel}?c={channel}");
        assert_eq!(
            web_link(&n, "#a b").as_deref(),
            Some("https://x.org/a%20b?c=a%20b")
        );
    }

    #[test]
    fn missing_pieces_give_no_link() {
        let mut n = irc(None, None);
        n.webchat = None;
        assert_eq!(links(&n, "#x").web, None);
        n.host = None;
        assert_eq!(links(&n, "#x").native, None);
        n.host = Some("not a host/".into());
        assert_eq!(links(&n, "#x").native, None);
        n.host = Some("irc.oftc.net.".into());
        assert_eq!(
            links(&n, "#x").native.as_deref(),
            Some("ircs://irc.oftc.net:6697/%23x")
        );
    }

    #[test]
    fn percent_encoding() {
        assert_eq!(percent_encode(""), "");
        assert_eq!(percent_encode("AZaz09-._~"), "AZaz09-._~");
        assert_eq!(
            percent_encode(" !\"#$%&'()*+,/:;=?@[]"),
            "%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D"
        );
        assert_eq!(percent_encode("\u{0}\u{7f}é"), "%00%7F%C3%A9");
        assert_eq!(percent_encode("🦀"), "%F0%9F%A6%80");
    }
}
