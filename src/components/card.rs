//! A team card: heading with a disclosure button (W3C APG: `aria-expanded`,
//! `aria-controls`), people count, permalink; a body built on first open with
//! the summary, technologies, channels, people, links and nested subteams.

use crate::components::channel::ChannelList;
use crate::components::header::LinkList;
use crate::components::highlight::Hl;
use crate::components::people::TeamPeople;
use crate::state::PageState;
use leptos::prelude::*;
use teampage_core::manifest::{AliasKind, Team};

/// A heading of the given level (2–6); deeper levels use `role="heading"`.
fn heading(level: usize, id: String, class: &'static str, children: AnyView) -> AnyView {
    match level {
        2 => view! { <h2 id=id class=class>{children}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class>{children}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class>{children}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class>{children}</h5> }.into_any(),
        6 => view! { <h6 id=id class=class>{children}</h6> }.into_any(),
        n => view! { <div role="heading" attr:aria-level=n.to_string() id=id class=class>{children}</div> }.into_any(),
    }
}

/// The cards of a list of subteams, in a reflowing grid.
#[component]
pub fn CardGrid(teams: Vec<Team>, level: usize, nested: bool) -> impl IntoView {
    (!teams.is_empty()).then(|| {
        view! {
            <div class="tp-grid" class:tp-grid-nested=nested>
                {teams.into_iter().map(|t| view! { <TeamCard team=t level=level/> }).collect_view()}
            </div>
        }
    })
}

/// One team as a collapsible card; its subteams nest inside its body.
#[component]
pub fn TeamCard(team: Team, level: usize) -> impl IntoView {
    let state = expect_context::<PageState>();
    let Some(i) = state.data.index.team_index(&team.id) else {
        return ().into_any();
    };
    let ui = state.teams[i];
    let dom_id = state.dom_id(&team.id);
    let body_id = format!("{dom_id}--body");
    let title_id = format!("{dom_id}--title");
    let people = team.people_count();
    let sub = team.subteams.len();
    let toggle = {
        let state = state.clone();
        move |_| state.set_open(i, !ui.open.get_untracked())
    };
    let short = team.short_name.clone();
    let aliases: Vec<_> = team
        .aliases
        .iter()
        .map(|a| (a.name.clone(), a.kind))
        .collect();
    let permalink = format!("#{dom_id}");
    let name = team.name.clone();
    let title = view! {
        <button type="button" class="tp-toggle" aria-expanded=move || ui.open.get().to_string() aria-controls=body_id.clone() on:click=toggle>
            <span class="tp-chevron" aria-hidden="true"></span>
            <span class="tp-card-name"><Hl text=team.name.clone()/></span>
            {short.map(|s| view! { <span class="tp-short">" (" <Hl text=s/> ")"</span> })}
        </button>
    }
    .into_any();
    let team_id = team.id.clone();
    let body = StoredValue::new(team);
    view! {
        <section class="tp-card" id=dom_id.clone() data-team-id=team_id hidden=move || !ui.shown.get() aria-labelledby=title_id.clone()>
            <div class="tp-card-head">
                {heading(level, title_id.clone(), "tp-card-title", title)}
                <div class="tp-card-meta">
                    {aliases.into_iter().map(|(a, kind)| view! {
                        <span class="tp-alias">{match kind { AliasKind::Former => "formerly ", AliasKind::Nickname => "aka " }}<Hl text=a/></span>
                    }).collect_view()}
                    <span class="tp-count">{format!("{people} {}", if people == 1 { "person" } else { "people" })}
                        {(sub > 0).then(|| format!(" · {sub} {}", if sub == 1 { "subteam" } else { "subteams" }))}</span>
                    <a class="tp-permalink" href=permalink aria-label=format!("Link to {name}")>"¶"</a>
                </div>
            </div>
            <div class="tp-card-body" id=body_id hidden=move || !ui.open.get()>
                {move || ui.built.get().then(|| body.with_value(|t| card_body(t.clone(), level)))}
            </div>
        </section>
    }
    .into_any()
}

fn card_body(team: Team, level: usize) -> AnyView {
    let state = expect_context::<PageState>();
    let i = state.data.index.team_index(&team.id).unwrap_or(0);
    let paragraphs: Vec<String> = team.paragraphs().into_iter().map(str::to_owned).collect();
    let Team {
        technologies,
        channels,
        links,
        leads,
        members,
        subteams,
        emergency,
        ..
    } = team;
    view! {
        {paragraphs.into_iter().map(|p| view! { <p class="tp-summary"><Hl text=p/></p> }).collect_view()}
        {emergency.map(|e| view! { <p class="tp-card-emergency">"Emergencies: " {match e.url { Some(u) => view! { <a href=u>{e.title.clone()}</a> }.into_any(), None => e.title.clone().into_any() }}</p> })}
        {(!technologies.is_empty()).then(|| view! {
            <ul class="tp-tags" aria-label="Technologies">
                {technologies.into_iter().map(|t| view! { <li class="tp-tag"><Hl text=t/></li> }).collect_view()}
            </ul>
        })}
        <ChannelList channels=channels/>
        <TeamPeople team=i leads=leads members=members/>
        <LinkList links=links/>
        <CardGrid teams=subteams level=level + 1 nested=true/>
    }
    .into_any()
}
