//! The page's header (name, former names, description, leads, emergency
//! callout, channels, documentation), the contact section and the footer.

use crate::components::channel::ChannelList;
use crate::components::heading::heading;
use crate::components::highlight::Hl;
use crate::components::people::TeamPeople;
use crate::i18n::{use_locale, Locale};
use crate::state::PageState;
use leptos::prelude::*;
use std::sync::Arc;
use teampage_core::filter::Query;
use teampage_core::i18n::Msg;
use teampage_core::manifest::{AliasKind, Contact, Emergency, Link, LinkKind, Meta, Team};

/// The root team: its section (the team element of the documented surface,
/// never hidden and with no collapse control) holding its header, emergency
/// callout, leads, channels and documentation.
/// `level` is the team name's heading level; the panels' are one below.
#[component]
pub fn TeamHeader(team: Team, level: usize) -> impl IntoView {
    let state = expect_context::<PageState>();
    let t = state.locale.clone();
    let lang = state.content_lang.clone();
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
    let (leads_heading, leads_lang) = match &team.leads_title {
        Some(own) => (own.clone(), lang.clone()),
        None => (t.t(Msg::Leads), None),
    };
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
            {heading(level, Some(title_id), "tp-title", None, view! { <span lang=lang.clone()>{name}{short_name.map(|s| view! { <span class="tp-short">{format!(" ({s})")}</span> })}</span> }.into_any())}
            {(!former.is_empty()).then(|| view! { <p class="tp-former">{t.fill(Msg::FormerNames, &[("names", &t.list(&former))])}</p> })}
            {(!nicknames.is_empty()).then(|| view! { <p class="tp-former">{t.fill(Msg::Nicknames, &[("names", &t.list(&nicknames))])}</p> })}
            {paragraphs.into_iter().map(|p| view! { <p class="tp-lede" lang=lang.clone()>{p}</p> }).collect_view()}
            {(!technologies.is_empty()).then(|| view! {
                <ul class="tp-tags" aria-label=t.t(Msg::Technologies)>
                    {technologies.into_iter().map(|t| view! { <li class="tp-tag">{t}</li> }).collect_view()}
                </ul>
            })}
        </header>
        {emergency.map(|e| view! { <EmergencyCallout emergency=e/> })}
        <div class="tp-reach">
            {has_leads.then(|| view! {
                <section class="tp-panel" aria-labelledby=leads_id.clone()>
                    {heading(level + 1, Some(leads_id.clone()), "tp-panel-title", None, view! { <span lang=leads_lang>{leads_heading}</span> }.into_any())}
                    <TeamPeople team=0 leads=true members=false/>
                    <p class="tp-empty-team" hidden=move || !no_lead_kept()>{t.t(Msg::NoneOfThemMatch)}</p>
                </section>
            })}
            {(!channels.is_empty()).then(|| view! {
                <section class="tp-panel" aria-label=t.t(Msg::Chat)>
                    {heading(level + 1, None, "tp-panel-title", None, t.t(Msg::Chat).into_any())}
                    <ChannelList channels=channels/>
                </section>
            })}
            {(!links.is_empty()).then(|| view! {
                <section class="tp-panel" aria-labelledby=docs_id.clone()>
                    {heading(level + 1, Some(docs_id.clone()), "tp-panel-title", None, t.t(Msg::Documentation).into_any())}
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

/// The emergency callout: unmistakable, but calm.
#[component]
pub fn EmergencyCallout(emergency: Emergency) -> impl IntoView {
    let Emergency { title, url, text } = emergency;
    let state = expect_context::<PageState>();
    let (t, lang) = (state.locale.clone(), state.content_lang.clone());
    let (before, after) = t.around(Msg::InAnEmergency, "link");
    view! {
        <aside class="tp-emergency" part="emergency" aria-label=t.t(Msg::Emergencies)>
            <span class="tp-emergency-icon" aria-hidden="true">"!"</span>
            <div>
                <p class="tp-emergency-title">
                    {before}
                    {match url {
                        Some(u) => view! { <a href=u lang=lang.clone()>{title}</a> }.into_any(),
                        None => view! { <strong lang=lang.clone()>{title}</strong> }.into_any(),
                    }}
                    {after}
                </p>
                {text.map(|t| view! { <p class="tp-emergency-text" lang=lang>{t}</p> })}
            </div>
        </aside>
    }
}

fn kind_label(t: &Locale, kind: LinkKind) -> String {
    t.t(match kind {
        LinkKind::Docs => Msg::LinkDocs,
        LinkKind::Tracker => Msg::LinkTracker,
        LinkKind::Runbook => Msg::LinkRunbook,
        LinkKind::Dashboard => Msg::LinkDashboard,
        LinkKind::Chat => Msg::LinkChat,
        LinkKind::Other => Msg::LinkOther,
    })
}

/// A list of links with their kind and optional sentence.
#[component]
pub fn LinkList(links: Vec<Link>, q: RwSignal<Arc<Query>>) -> impl IntoView {
    let state = expect_context::<PageState>();
    let (t, lang) = (state.locale.clone(), state.content_lang.clone());
    (!links.is_empty()).then(|| {
        view! {
            <ul class="tp-links">
                {links.into_iter().map(|l| view! {
                    <li class="tp-link">
                        <span class="tp-badge">{kind_label(&t, l.kind)}</span>
                        <a href=l.url lang=lang.clone()><Hl text=l.title q=q/></a>
                        {l.text.map(|text| view! { <span class="tp-link-text" lang=lang.clone()>{text}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// "Contacting the team".
#[component]
pub fn ContactSection(contact: Contact, id: String, level: usize) -> impl IntoView {
    let state = expect_context::<PageState>();
    let q = state.cards.ui(0).hl;
    let labelled_by = id.clone();
    view! {
        <section class="tp-contact" aria-labelledby=labelled_by>
            {heading(level, Some(id), "tp-contact-title", None, state.locale.t(Msg::Contact).into_any())}
            {contact.text.map(|text| view! { <p lang=state.content_lang.clone()>{text}</p> })}
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
        ..
    } = meta;
    let t = use_locale();
    let (before, after) = t.around(Msg::Licence, "licence");
    view! {
        <footer class="tp-footer">
            {last_edited.map(|d| view! { <p>{t.fill(Msg::LastEdited, &[("date", &t.date(&d))])}</p> })}
            {license.map(|l| view! {
                <p>{before}
                    {match l.url { Some(u) => view! { <a href=u rel="license">{l.name.clone()}</a> }.into_any(), None => l.name.clone().into_any() }}
                    {after}</p>
            })}
            {(source_url.is_some() || edit_url.is_some()).then(|| view! {
                <p class="tp-footer-links">
                    {source_url.map(|u| view! { <a href=u>{t.t(Msg::Source)}</a> })}
                    {edit_url.map(|u| view! { <a href=u>{t.t(Msg::EditPage)}</a> })}
                </p>
            })}
        </footer>
    }
}
