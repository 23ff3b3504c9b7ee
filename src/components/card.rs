//! A team card: heading with a disclosure button (W3C APG: `aria-expanded`,
//! `aria-controls`), people count, permalink; a body built on first open with
//! the summary, technologies, channels, people, links and nested subteams.
//! Cards render by team index: no subtree is ever cloned.

use crate::components::channel::ChannelList;
use crate::components::header::LinkList;
use crate::components::heading::heading;
use crate::components::highlight::Hl;
use crate::components::people::TeamPeople;
use crate::events::PageEvent;
use crate::i18n::Locale;
use crate::state::cards::{card_state, Part};
use crate::state::PageState;
use leptos::prelude::*;
use teampage_core::i18n::{Count, Msg};
use teampage_core::manifest::AliasKind;

/// A card's counts, "12 people · 3 subteams", as one text.
fn count_text(l: &Locale, people: usize, subteams: usize) -> String {
    let mut s = l.count(Count::People, people);
    if subteams > 0 {
        s.push_str(" · ");
        s.push_str(&l.count(Count::Subteams, subteams));
    }
    s
}

/// The cards of the given teams (by index), in a reflowing grid.
#[component]
pub fn CardGrid(teams: Vec<usize>, level: usize, nested: bool) -> impl IntoView {
    (!teams.is_empty()).then(|| {
        view! {
            <div class="tp-grid" class:tp-grid-nested=nested>
                {teams.into_iter().map(|i| view! { <TeamCard team=i level=level/> }).collect_view()}
            </div>
        }
    })
}

/// The team at index `team` as a collapsible card; its subteams nest inside
/// its body. A card the filter hides when it is rendered is an empty
/// `<section hidden>` until it is first shown or the page has time
/// ([`PageState::defer_content`]). Whether it is shown and open is written
/// by [`crate::state::cards`] alone.
#[component]
pub fn TeamCard(team: usize, level: usize) -> impl IntoView {
    let state = expect_context::<PageState>();
    let i = team;
    let ui = state.cards.ui(i);
    let t = state.data.tree.team(i);
    if !state.cards.is_shown(i) {
        state.defer_content(i);
    }
    view! {
        <section
            class="tp-card"
            part="card"
            id=state.dom_id(&t.id)
            data-team-id=t.id.clone()
            node_ref=ui.card
            use:card_state=(state.cards.clone(), Part::Card(i))
            aria-labelledby=state.part_id(&t.id, "title")
        >
            {move || ui.content.get().then(|| card_content(i, level))}
        </section>
    }
}

/// A card's head (title with its toggle, aliases, counts, permalink) and body.
fn card_content(i: usize, level: usize) -> impl IntoView {
    let state = expect_context::<PageState>();
    let ui = state.cards.ui(i);
    let q = ui.head_hl;
    let t = state.data.tree.team(i);
    let dom_id = state.dom_id(&t.id);
    let body_id = state.part_id(&t.id, "body");
    let title_id = state.part_id(&t.id, "title");
    let people = state.data.tree.subtree_people(i);
    let sub = state.data.tree.children(i).len();
    let toggle = {
        let state = state.clone();
        move |_| {
            let open = !state.cards.is_open(i);
            state.set_open(i, open);
            let id = state.data.tree.team(i).id.clone();
            state.events.emit(PageEvent::Toggle { id, open });
        }
    };
    let name = t.name.clone();
    let title = view! {
        <button
            type="button"
            class="tp-toggle"
            node_ref=ui.toggle
            use:card_state=(state.cards.clone(), Part::Toggle(i))
            aria-controls=body_id.clone()
            on:click=toggle
        >
            <span class="tp-chevron" aria-hidden="true"></span>
            <span class="tp-card-name"><Hl text=t.name.clone() q=q/></span>
            {t.short_name.clone().map(|s| view! { <span class="tp-short"><Hl text=s before=" (" after=")" q=q/></span> })}
        </button>
    }
    .into_any();
    let aliases = t
        .aliases
        .iter()
        .map(|a| {
            let (before, after) = state.locale.around(
                match a.kind {
                    AliasKind::Former => Msg::AliasFormer,
                    AliasKind::Nickname => Msg::AliasNickname,
                },
                "name",
            );
            view! { <span class="tp-alias"><Hl text=a.name.clone() before=before after=after q=q/></span> }
        })
        .collect_view();
    view! {
        <div class="tp-card-head">
            {heading(level, Some(title_id), "tp-card-title", Some("card-title"), title)}
            <div class="tp-card-meta">
                {aliases}
                <span class="tp-count">{count_text(&state.locale, people, sub)}</span>
                <a class="tp-permalink" href=format!("#{dom_id}") aria-label=state.locale.fill(Msg::Permalink, &[("name", &name)])>"¶"</a>
            </div>
        </div>
        <div class="tp-card-body" id=body_id node_ref=ui.body use:card_state=(state.cards.clone(), Part::Body(i))>
            {move || ui.built.get().then(|| card_body(i, level))}
        </div>
    }
}

fn card_body(i: usize, level: usize) -> AnyView {
    let state = expect_context::<PageState>();
    let t = state.data.tree.team(i);
    let q = state.cards.ui(i).hl;
    let paragraphs: Vec<String> = t.paragraphs().into_iter().map(str::to_owned).collect();
    let emergency = t.emergency.clone().map(|e| {
        let link = match e.url {
            Some(u) => view! { <a href=u>{e.title.clone()}</a> }.into_any(),
            None => e.title.clone().into_any(),
        };
        let (before, after) = state.locale.around(Msg::CardEmergency, "link");
        view! { <p class="tp-card-emergency">{before}{link}{after}</p> }
    });
    let technologies = (!t.technologies.is_empty()).then(|| {
        view! {
            <ul class="tp-tags" aria-label=state.locale.t(Msg::Technologies)>
                {t.technologies.iter().map(|x| view! { <li class="tp-tag"><Hl text=x.clone() q=q/></li> }).collect_view()}
            </ul>
        }
    });
    view! {
        {paragraphs.into_iter().map(|p| view! { <p class="tp-summary"><Hl text=p q=q/></p> }).collect_view()}
        {emergency}
        {technologies}
        <ChannelList channels=t.channels.clone()/>
        <TeamPeople team=i leads=true members=true/>
        <LinkList links=t.links.clone() q=q/>
        <CardGrid teams=state.data.tree.children(i).to_vec() level=level + 1 nested=true/>
    }
    .into_any()
}
