//! Chat links built from a manifest's networks (STUB: to be completed).

use crate::manifest::{Network, Protocol};

/// The links the page shows for one channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatLinks {
    /// `ircs://host:port/%23chan` (or `irc://`), for IRC networks only.
    pub native: Option<String>,
    /// The network's web chat template filled with the channel.
    pub web: Option<String>,
}

/// Builds the links for `channel` on `network`.
pub fn links(network: &Network, channel: &str) -> ChatLinks {
    let native = match (network.protocol, &network.host) {
        (Protocol::Irc, Some(host)) => Some(format!(
            "{}://{}:{}/{}",
            if network.uses_tls() { "ircs" } else { "irc" },
            host,
            network.irc_port(),
            channel.replace('#', "%23")
        )),
        _ => None,
    };
    let web = network
        .webchat
        .as_ref()
        .map(|t| t.replace("{channel}", channel.trim_start_matches('#')));
    ChatLinks { native, web }
}
