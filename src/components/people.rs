//! People, two ways: by team (inside each card and under the root's leads
//! title) and one flat A–Z list showing each person's teams and lead roles.

use crate::components::highlight::Hl;
use crate::state::PageState;
use leptos::prelude::*;
use teampage_core::filter::PeopleShown;
use teampage_core::manifest::Person;

/// One person: name (linked when the manifest gives a profile), lead badge,
/// role, IRC nick, pronouns.
#[component]
pub fn PersonItem(person: Person, lead: bool, hidden: Signal<bool>) -> impl IntoView {
    let Person {
        name,
        role,
        irc_nick,
        pronouns,
        url,
        ..
    } = person;
    view! {
        <li class="tp-person" class:tp-lead=lead hidden=hidden>
            {match url {
                Some(href) => view! { <a class="tp-person-name" href=href><Hl text=name/></a> }.into_any(),
                None => view! { <span class="tp-person-name"><Hl text=name/></span> }.into_any(),
            }}
            {lead.then(|| view! { <span class="tp-badge tp-badge-lead">"Lead"</span> })}
            {role.map(|r| view! { <span class="tp-person-role"><Hl text=r/></span> })}
            {irc_nick.map(|n| view! { <span class="tp-person-nick" title="IRC nick">"IRC: "<Hl text=n/></span> })}
            {pronouns.map(|p| view! { <span class="tp-person-pronouns">"(" {p} ")"</span> })}
        </li>
    }
}

/// The leads and members of the team at index `team` (its own people only),
/// each hidden when the filter drops them.
#[component]
pub fn TeamPeople(team: usize, leads: Vec<Person>, members: Vec<Person>) -> impl IntoView {
    let state = expect_context::<PageState>();
    let shown = state.teams[team].people;
    let n_leads = leads.len();
    let item = move |k: usize, p: Person, lead: bool| {
        let hidden = Signal::derive(move || {
            shown.with(|s| match s {
                PeopleShown::All => false,
                PeopleShown::None => true,
                PeopleShown::Some(list) => !list.contains(&(k as u32)),
            })
        });
        view! { <PersonItem person=p lead=lead hidden=hidden/> }
    };
    (n_leads + members.len() > 0).then(|| {
        view! {
            <ul class="tp-people">
                {leads.into_iter().enumerate().map(|(k, p)| item(k, p, true)).collect_view()}
                {members.into_iter().enumerate().map(|(k, p)| item(n_leads + k, p, false)).collect_view()}
            </ul>
        }
    })
}

/// Everyone once, alphabetically, with their team(s) and lead roles.
#[component]
pub fn FlatPeople() -> impl IntoView {
    let state = expect_context::<PageState>();
    let index = &state.data.index;
    let teams = index.teams();
    let items = index
        .people()
        .iter()
        .enumerate()
        .map(|(k, person)| {
            let shown = state.person_shown[k];
            let memberships = person
                .memberships
                .iter()
                .map(|m| {
                    let t = &teams[m.team];
                    let href = format!("#{}", state.dom_id(&t.id));
                    let name = t.name.clone();
                    let role = m.role.clone();
                    view! {
                        <li>
                            <a href=href>{name}</a>
                            {m.lead.then(|| view! { <span class="tp-badge tp-badge-lead">"Lead"</span> })}
                            {role.map(|r| view! { <span class="tp-person-role"><Hl text=r/></span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="tp-flat-person" hidden=move || !shown.get()>
                    <span class="tp-person-name"><Hl text=person.name.clone()/></span>
                    <ul class="tp-memberships" aria-label=format!("Teams of {}", person.name)>{memberships}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="tp-flat">{items}</ul> }
}
