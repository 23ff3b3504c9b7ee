//! People, two ways: by team (inside each card and under the root's leads
//! title) and one flat A–Z list showing each person's teams and lead roles.

use crate::components::highlight::Hl;
use crate::state::flat::FLAT_CHUNK;
use crate::state::PageState;
use leptos::prelude::*;
use std::sync::Arc;
use teampage_core::filter::{PeopleShown, Query};
use teampage_core::manifest::Person;

/// One person: name (linked when the manifest gives a profile), lead badge,
/// role, IRC nick, pronouns.
#[component]
pub fn PersonItem(
    person: Person,
    lead: bool,
    hidden: Signal<bool>,
    q: RwSignal<Arc<Query>>,
) -> impl IntoView {
    let Person {
        name,
        role,
        irc_nick,
        pronouns,
        url,
        ..
    } = person;
    view! {
        <li class="tp-person" part="person" class:tp-lead=lead hidden=hidden>
            {match url {
                Some(href) => view! { <a class="tp-person-name" href=href><Hl text=name q=q/></a> }.into_any(),
                None => view! { <span class="tp-person-name"><Hl text=name q=q/></span> }.into_any(),
            }}
            {lead.then(|| view! { <span class="tp-badge tp-badge-lead">"Lead"</span> })}
            {role.map(|r| view! { <span class="tp-person-role"><Hl text=r q=q/></span> })}
            {irc_nick.map(|n| view! { <span class="tp-person-nick" title="IRC nick"><Hl text=n before="IRC: " q=q/></span> })}
            {pronouns.map(|p| view! { <span class="tp-person-pronouns">{format!("({p})")}</span> })}
        </li>
    }
}

/// The leads and/or members of the team at index `team` (its own people
/// only), each hidden when the filter drops them.
#[component]
pub fn TeamPeople(team: usize, leads: bool, members: bool) -> impl IntoView {
    let state = expect_context::<PageState>();
    let ui = state.cards.ui(team);
    let (shown, q) = (ui.people, ui.hl);
    let t = state.data.tree.team(team);
    let n_leads = t.leads.len();
    let item = move |k: usize, p: Person, lead: bool| {
        let hidden = Signal::derive(move || !shown.with(|s| s.keeps(k)));
        view! { <PersonItem person=p lead=lead hidden=hidden q=q/> }
    };
    let mut people: Vec<(usize, Person, bool)> = vec![];
    if leads {
        people.extend(
            t.leads
                .iter()
                .cloned()
                .enumerate()
                .map(|(k, p)| (k, p, true)),
        );
    }
    if members {
        people.extend(
            t.members
                .iter()
                .cloned()
                .enumerate()
                .map(|(k, p)| (n_leads + k, p, false)),
        );
    }
    if people.is_empty() {
        return None;
    }
    // Built once the filter first keeps any of them: a card opened only as
    // the context of a match builds its people when they are first shown.
    let needed = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || shown.with(|s| *s != PeopleShown::None)
    });
    let list = std::sync::Mutex::new(Some(people));
    Some(move || {
        needed.get().then(|| {
            let people = list.lock().unwrap().take().unwrap_or_default();
            view! {
                <ul class="tp-people">
                    {people.into_iter().map(|(k, p, lead)| item(k, p, lead)).collect_view()}
                </ul>
            }
        })
    })
}

/// Everyone once, alphabetically, with their team(s) and lead roles.
#[component]
pub fn FlatPeople() -> impl IntoView {
    let state = expect_context::<PageState>();
    let flat = state.attach_flat();
    let (shown, hl) = (flat.shown, flat.hl);
    let st = state.clone();
    on_cleanup(move || st.detach_flat());
    let index = state.data.index();
    let teams = state.data.tree.teams();
    let people = index.people();
    let chunks = people
        .chunks(FLAT_CHUNK)
        .enumerate()
        .map(|(c, chunk)| {
            let q = hl[c];
            chunk
                .iter()
                .enumerate()
                .map(|(k, person)| {
                    let shown = shown[c * FLAT_CHUNK + k];
                    let memberships = person
                        .memberships
                        .iter()
                        .map(|m| {
                            let t = &teams[m.team];
                            view! {
                                <li>
                                    <a href=format!("#{}", state.dom_id(&t.id))>{t.name.clone()}</a>
                                    {m.lead.then(|| view! { <span class="tp-badge tp-badge-lead">"Lead"</span> })}
                                    {m.role.clone().map(|r| view! { <span class="tp-person-role"><Hl text=r q=q/></span> })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="tp-flat-person" part="person" hidden=move || !shown.get()>
                            <span class="tp-person-name"><Hl text=person.name.clone() q=q/></span>
                            <ul class="tp-memberships" aria-label=format!("Teams of {}", person.name)>{memberships}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
        .collect_view();
    view! { <ul class="tp-flat">{chunks}</ul> }
}
