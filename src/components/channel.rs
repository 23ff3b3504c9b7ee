//! Chat channels: IRC links built from the manifest's networks, web chat,
//! and a copy button that confirms visibly.

use crate::i18n::{use_locale, Locale};
use crate::state::PageState;
use leptos::prelude::*;
use teampage_core::chat::links;
use teampage_core::i18n::Msg;
use teampage_core::manifest::{Channel, Network, Protocol};

/// A list of a team's channels.
#[component]
pub fn ChannelList(channels: Vec<Channel>) -> impl IntoView {
    (!channels.is_empty()).then(|| {
        view! {
            <ul class="tp-channels" aria-label=use_locale().t(Msg::ChatChannels)>
                {channels.into_iter().map(|c| view! { <ChannelItem channel=c/> }).collect_view()}
            </ul>
        }
    })
}

/// One channel: its name linking to the native client (IRC) or the web chat,
/// "connect" to the web chat, and a copy button.
#[component]
pub fn ChannelItem(channel: Channel) -> impl IntoView {
    let state = expect_context::<PageState>();
    let t = state.locale.clone();
    let network = state.data.manifest.networks.get(&channel.network).cloned();
    let copied = RwSignal::new(false);
    let name = channel.channel.clone();
    let copy = move |_| {
        let name = name.clone();
        if let Some(w) = web_sys::window() {
            let promise = w.navigator().clipboard().write_text(&name);
            leptos::task::spawn_local(async move {
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                    copied.set(true);
                    set_timeout(
                        move || copied.set(false),
                        std::time::Duration::from_millis(2000),
                    );
                }
            });
        }
    };
    let Some(network) = network else {
        return view! { <li class="tp-channel" part="channel"><bdi class="tp-channel-name" dir="ltr">{channel.channel}</bdi></li> }.into_any();
    };
    let l = links(&network, &channel.channel);
    let is_irc = network.protocol == Protocol::Irc;
    let label = channel.channel.clone();
    let main_href = if is_irc {
        l.native.clone()
    } else {
        l.web.clone()
    };
    let connect = if is_irc { l.web.clone() } else { None };
    let (copy_text, copied_text, announce_text) =
        (t.t(Msg::Copy), t.t(Msg::Copied), t.t(Msg::CopiedAnnounce));
    view! {
        <li class="tp-channel" part="channel">
            {(!label.starts_with('#')).then(|| view! { <span class="tp-channel-icon" aria-hidden="true">"#"</span> })}
            {match main_href {
                Some(href) => view! { <a class="tp-channel-name" dir="ltr" href=href>{label.clone()}</a> }.into_any(),
                None => view! { <bdi class="tp-channel-name" dir="ltr">{label.clone()}</bdi> }.into_any(),
            }}
            {connect.map(|href| view! {
                <a class="tp-connect" href=href aria-label=t.fill(Msg::ConnectLabel, &[("channel", &label)])>{t.t(Msg::Connect)}</a>
            })}
            <span class="tp-network">{network_text(&t, &network)}</span>
            <button type="button" class="tp-copy" on:click=copy aria-label=t.fill(Msg::CopyLabel, &[("channel", &channel.channel)])>
                {move || if copied.get() { copied_text.clone() } else { copy_text.clone() }}
            </button>
            <span class="tp-visually-hidden" aria-live="polite">{move || if copied.get() { announce_text.clone() } else { String::new() }}</span>
            {channel.description.map(|d| view! { <span class="tp-channel-desc">{d}</span> })}
        </li>
    }
    .into_any()
}

/// "on Libera.Chat", "on Acme Slack", "on Acme (Matrix)": the protocol only
/// when the network's name does not already say it (IRC goes unsaid).
fn network_text(t: &Locale, network: &Network) -> String {
    let protocol = match network.protocol {
        Protocol::Irc | Protocol::Other => None,
        Protocol::Slack => Some("Slack"),
        Protocol::Zulip => Some("Zulip"),
        Protocol::Matrix => Some("Matrix"),
    };
    match protocol {
        Some(p) if !network.name.to_lowercase().contains(&p.to_lowercase()) => {
            let name = format!("{} ({p})", network.name);
            t.fill(Msg::OnNetwork, &[("network", &name)])
        }
        _ => t.fill(Msg::OnNetwork, &[("network", &network.name)]),
    }
}
