//! The page's header (name, former names, description, leads, emergency
//! callout, channels, documentation), the contact section and the footer.

use crate::components::channel::ChannelList;
use crate::components::heading::heading;
use crate::components::highlight::Hl;
use crate::components::people::TeamPeople;
use crate::state::PageState;
use leptos::prelude::*;
use std::sync::Arc;
use teampage_core::filter::Query;
use teampage_core::manifest::{AliasKind, Contact, Emergency, Link, LinkKind, Meta, Team};

/// The root team: its section (the team element of the documented surface,
/// never hidden and with no collapse control) holding its header, emergency
/// callout, leads, channels and documentation.
/// `level` is the team name's heading level; the panels' are one below.
#[component]
pub fn TeamHeader(team: Team, level: usize) -> impl IntoView {
    let state = expect_context::<PageState>();
    let former = alias_names(&team, AliasKind::Former);
    let nicknames = alias_names(&team, AliasKind::Nickname);
    let paragraphs: Vec<String> = team.paragraphs().into_iter().map(str::to_owned).collect();
    let dom_id = state.dom_id(&team.id);
    let leads_id = state.part_id(&team.id, "leads");
    let has_leads = !team.leads.is_empty();
    // The root's leads are people 0..n of team 0.
    let n_leads = team.leads.len();
    let kept = state.cards.ui(0).people;
    let no_lead_kept = move || !kept.with(|s| s.keeps_any(0..n_leads));
    let leads_heading = team.leads_heading().to_owned();
    let docs_id = state.part_id(&team.id, "docs");
    let title_id = state.part_id(&team.id, "title");
    let labelled_by = title_id.clone();
    let Team {
        id,
        name,
        short_name,
        emergency,
        channels,
        links,
        technologies,
        ..
    } = team;
    view! {
        <section class="tp-team-root" id=dom_id data-team-id=id aria-labelledby=labelled_by>
        <header class="tp-header">
            {heading(level, Some(title_id), "tp-title", None, view! { {name}{short_name.map(|s| view! { <span class="tp-short">{format!(" ({s})")}</span> })} }.into_any())}
            {(!former.is_empty()).then(|| view! { <p class="tp-former">{format!("Previously known as {}", join_names(&former))}</p> })}
            {(!nicknames.is_empty()).then(|| view! { <p class="tp-former">{format!("Also known as {}", join_names(&nicknames))}</p> })}
            {paragraphs.into_iter().map(|p| view! { <p class="tp-lede">{p}</p> }).collect_view()}
            {(!technologies.is_empty()).then(|| view! {
                <ul class="tp-tags" aria-label="Technologies">
                    {technologies.into_iter().map(|t| view! { <li class="tp-tag">{t}</li> }).collect_view()}
                </ul>
            })}
        </header>
        {emergency.map(|e| view! { <EmergencyCallout emergency=e/> })}
        <div class="tp-reach">
            {has_leads.then(|| view! {
                <section class="tp-panel" aria-labelledby=leads_id.clone()>
                    {heading(level + 1, Some(leads_id.clone()), "tp-panel-title", None, leads_heading.into_any())}
                    <TeamPeople team=0 leads=true members=false/>
                    <p class="tp-empty-team" hidden=move || !no_lead_kept()>"None of them matches the filter."</p>
                </section>
            })}
            {(!channels.is_empty()).then(|| view! {
                <section class="tp-panel" aria-label="Chat">
                    {heading(level + 1, None, "tp-panel-title", None, "Chat".into_any())}
                    <ChannelList channels=channels/>
                </section>
            })}
            {(!links.is_empty()).then(|| view! {
                <section class="tp-panel" aria-labelledby=docs_id.clone()>
                    {heading(level + 1, Some(docs_id.clone()), "tp-panel-title", None, "Documentation".into_any())}
                    <LinkList links=links q=state.cards.ui(0).hl/>
                </section>
            })}
        </div>
        </section>
    }
}

fn alias_names(team: &Team, kind: AliasKind) -> Vec<String> {
    team.aliases
        .iter()
        .filter(|a| a.kind == kind)
        .map(|a| a.name.clone())
        .collect()
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {}", rest.join(", "), last),
    }
}

/// The emergency callout: unmistakable, but calm.
#[component]
pub fn EmergencyCallout(emergency: Emergency) -> impl IntoView {
    let Emergency { title, url, text } = emergency;
    view! {
        <aside class="tp-emergency" part="emergency" aria-label="Emergencies">
            <span class="tp-emergency-icon" aria-hidden="true">"!"</span>
            <div>
                <p class="tp-emergency-title">
                    "In an emergency: "
                    {match url {
                        Some(u) => view! { <a href=u>{title}</a> }.into_any(),
                        None => view! { <strong>{title}</strong> }.into_any(),
                    }}
                </p>
                {text.map(|t| view! { <p class="tp-emergency-text">{t}</p> })}
            </div>
        </aside>
    }
}

fn kind_label(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Docs => "Docs",
        LinkKind::Tracker => "Tracker",
        LinkKind::Runbook => "Runbook",
        LinkKind::Dashboard => "Dashboard",
        LinkKind::Chat => "Chat",
        LinkKind::Other => "Link",
    }
}

/// A list of links with their kind and optional sentence.
#[component]
pub fn LinkList(links: Vec<Link>, q: RwSignal<Arc<Query>>) -> impl IntoView {
    (!links.is_empty()).then(|| {
        view! {
            <ul class="tp-links">
                {links.into_iter().map(|l| view! {
                    <li class="tp-link">
                        <span class="tp-badge">{kind_label(l.kind)}</span>
                        <a href=l.url><Hl text=l.title q=q/></a>
                        {l.text.map(|t| view! { <span class="tp-link-text">{t}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// "Contacting the team".
#[component]
pub fn ContactSection(contact: Contact, id: String, level: usize) -> impl IntoView {
    let q = expect_context::<PageState>().cards.ui(0).hl;
    let labelled_by = id.clone();
    view! {
        <section class="tp-contact" aria-labelledby=labelled_by>
            {heading(level, Some(id), "tp-contact-title", None, "Contacting the team".into_any())}
            {contact.text.map(|t| view! { <p>{t}</p> })}
            <LinkList links=contact.links q=q/>
        </section>
    }
}

/// The footer: last edited, licence, source and edit links.
#[component]
pub fn PageFooter(meta: Meta) -> impl IntoView {
    let Meta {
        source_url,
        edit_url,
        last_edited,
        license,
        // the content's `lang`, set where the manifest's text is shown (not the footer's own words)
        language: _,
    } = meta;
    view! {
        <footer class="tp-footer">
            {last_edited.map(|d| view! { <p>{format_edited(&d)}</p> })}
            {license.map(|l| view! {
                <p>"Content is available under "
                    {match l.url { Some(u) => view! { <a href=u rel="license">{l.name.clone()}</a> }.into_any(), None => l.name.clone().into_any() }}
                    " unless otherwise noted."</p>
            })}
            {(source_url.is_some() || edit_url.is_some()).then(|| view! {
                <p class="tp-footer-links">
                    {source_url.map(|u| view! { <a href=u>"Source"</a> })}
                    {edit_url.map(|u| view! { <a href=u>"Edit this page"</a> })}
                </p>
            })}
        </footer>
    }
}

/// "Last edited on 11 June 2021, at 15:44" from an RFC 3339 date or date-time.
pub fn format_edited(value: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let date = value.get(..10).unwrap_or(value);
    let mut parts = date.split('-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return format!("Last edited {value}");
    };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else {
        return format!("Last edited {value}");
    };
    let month = MONTHS.get(m.wrapping_sub(1)).copied().unwrap_or("?");
    let time = value
        .get(11..16)
        .filter(|t| t.as_bytes().get(2) == Some(&b':'));
    match time {
        Some(t) => format!("Last edited on {d} {month} {y}, at {t}"),
        None => format!("Last edited on {d} {month} {y}"),
    }
}
