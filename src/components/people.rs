//! People, two ways: by team (inside each card and under the root's leads
//! title) and one flat A–Z list showing each person's teams and lead roles.

use crate::components::highlight::Hl;
use crate::i18n::use_locale;
use crate::state::flat::FLAT_CHUNK;
use crate::state::PageState;
use leptos::prelude::*;
use std::sync::Arc;
use teampage_core::filter::{PeopleShown, PersonEntry, Query};
use teampage_core::i18n::Msg;
use teampage_core::manifest::Person;

/// One person: name (linked when the manifest gives a profile), lead badge,
/// and [`PersonDetails`].
#[component]
pub fn PersonItem(
    person: Person,
    lead: bool,
    hidden: Signal<bool>,
    q: RwSignal<Arc<Query>>,
) -> impl IntoView {
    let role = person.role.clone();
    let state = expect_context::<PageState>();
    let lead_text = lead.then(|| state.locale.t(Msg::Lead));
    let lang = state.content_lang.clone();
    view! {
        <li class="tp-person" part="person" class:tp-lead=lead hidden=hidden>
            {person_name(&person, q)}
            {lead_text.map(|l| view! { <span class="tp-badge tp-badge-lead">{l}</span> })}
            {role.map(|r| view! { <span class="tp-person-role" lang=lang><Hl text=r q=q/></span> })}
            <PersonDetails person=person q=q/>
        </li>
    }
}

/// A person's name, linked to their profile when the manifest gives one.
fn person_name(person: &Person, q: RwSignal<Arc<Query>>) -> AnyView {
    let name = person.name.clone();
    match person.url.clone() {
        Some(href) => {
            view! { <a class="tp-person-name" href=href><Hl text=name q=q/></a> }.into_any()
        }
        None => view! { <span class="tp-person-name"><Hl text=name q=q/></span> }.into_any(),
    }
}

/// What the cards and the A–Z list both show after a person's name and
/// role: IRC nick, pronouns, local time (from `timezone`) and e-mail.
#[component]
fn PersonDetails(person: Person, q: RwSignal<Arc<Query>>) -> impl IntoView {
    let Person {
        irc_nick,
        pronouns,
        timezone,
        email,
        ..
    } = person;
    let l = use_locale();
    let time = timezone.and_then(|zone| local_time(l.lang(), &zone).map(|t| (zone, t)));
    view! {
        {irc_nick.map(|n| {
            let (before, after) = l.around(Msg::IrcNickValue, "nick");
            view! { <span class="tp-person-nick" title=l.t(Msg::IrcNick)>{before}<bdi dir="ltr"><Hl text=n q=q/></bdi>{after}</span> }
        })}
        {pronouns.map(|p| view! { <span class="tp-person-pronouns">{format!("({p})")}</span> })}
        {time.map(|(zone, t)| view! {
            <span class="tp-person-time" title=l.fill(Msg::TimeZone, &[("zone", &zone)])>{l.fill(Msg::LocalTime, &[("time", &t)])}</span>
        })}
        {email.map(|e| view! { <a class="tp-person-email" dir="ltr" href=format!("mailto:{e}")>{e.clone()}</a> })}
    }
}

/// The time now in the IANA time zone `zone` ("14:05", as the language
/// `lang` writes times), or None when the browser does not know the zone.
fn local_time(lang: &'static str, zone: &str) -> Option<String> {
    let format = formatter(lang, zone)?;
    format
        .call1(&wasm_bindgen::JsValue::NULL, &js_sys::Date::new_0())
        .ok()?
        .as_string()
}

thread_local! {
    // One `Intl.DateTimeFormat` per language and zone (None: a zone the
    // browser does not know): building one costs far more than formatting
    // with it, and a large team has thousands of people in a handful of zones.
    static FORMATTERS: std::cell::RefCell<std::collections::HashMap<(&'static str, String), Option<js_sys::Function>>> =
        Default::default();
}

/// The `format` function of an `Intl.DateTimeFormat` for `lang` and `zone`,
/// made once.
fn formatter(lang: &'static str, zone: &str) -> Option<js_sys::Function> {
    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let key = (lang, zone.to_owned());
    if let Some(known) = FORMATTERS.with(|f| f.borrow().get(&key).cloned()) {
        return known;
    }
    let made = (|| {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let ctor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
        Reflect::set(&options, &"hour".into(), &"numeric".into()).ok()?;
        Reflect::set(&options, &"minute".into(), &"2-digit".into()).ok()?;
        // An unknown zone throws a RangeError, which `construct` returns as Err.
        let format =
            Reflect::construct(&ctor, &Array::of2(&JsValue::from_str(lang), &options)).ok()?;
        Reflect::get(&format, &"format".into())
            .ok()?
            .dyn_into::<Function>()
            .ok()
    })();
    FORMATTERS.with(|f| f.borrow_mut().insert(key, made.clone()));
    made
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
    let (l, lang) = (state.locale.clone(), state.content_lang.clone());
    let lead_text = l.t(Msg::Lead);
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    // Listed as the reader's language sorts; `k` stays the index's order,
    // which the filter's `shown` and the highlight chunks follow.
    let chunks = l
        .sort_order(&names)
        .into_iter()
        .map(|k| {
                    let person = &people[k];
                    let q = hl[k / FLAT_CHUNK];
                    let shown = shown[k];
                    let memberships = person
                        .memberships
                        .iter()
                        .map(|m| {
                            let t = &teams[m.team];
                            view! {
                                <li>
                                    <a href=format!("#{}", state.dom_id(&t.id)) lang=lang.clone()>{t.name.clone()}</a>
                                    {m.lead.then(|| view! { <span class="tp-badge tp-badge-lead">{lead_text.clone()}</span> })}
                                    {m.role.clone().map(|r| view! { <span class="tp-person-role" lang=lang.clone()><Hl text=r q=q/></span> })}
                                </li>
                            }
                        })
                        .collect_view();
                    // Links, nick and the rest from the person's first entry,
                    // as its card shows them.
                    let first = first_entry(&state, person);
                    view! {
                        <li class="tp-flat-person" part="person" hidden=move || !shown.get()>
                            {person_name(&first, q)}
                            <PersonDetails person=first.clone() q=q/>
                            <ul class="tp-memberships" aria-label=l.fill(Msg::TeamsOf, &[("name", &person.name)])>{memberships}</ul>
                        </li>
                    }
        })
        .collect_view();
    view! { <ul class="tp-flat">{chunks}</ul> }
}

/// The manifest's first entry of a person of the A–Z list (leads before
/// members, teams in pre-order).
fn first_entry(state: &PageState, person: &PersonEntry) -> Person {
    person
        .memberships
        .first()
        .and_then(|m| {
            let t = state.data.tree.team(m.team);
            t.leads
                .iter()
                .chain(&t.members)
                .find(|p| p.name == person.name)
                .cloned()
        })
        .unwrap_or_else(|| Person {
            name: person.name.clone(),
            ..Person::default()
        })
}
