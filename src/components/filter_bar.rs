//! The filter: one search box, technology chips, the view switch, expand /
//! collapse all, and the live counts.

use crate::events::PageEvent;
use crate::i18n::use_locale;
use crate::options::View;
use crate::state::PageState;
use crate::url::PageUrl;
use leptos::prelude::*;
use teampage_core::i18n::{Count, Msg};

/// How many technology chips are offered (the most used first).
pub const MAX_CHIPS: usize = 24;

/// The filter bar of one page instance; `url` follows what it changes.
#[component]
pub fn FilterBar(url: PageUrl) -> impl IntoView {
    let state = expect_context::<PageState>();
    let l = use_locale();
    let input_id = state.dom_id("tp-filter");
    // The `/` shortcut belongs to the instance that owns the URL.
    let own = url.owns_url();
    let input = state.input;
    let (text, techs) = (state.filter.text(), state.filter.techs());
    let chips = state
        .data
        .tree
        .technologies()
        .iter()
        .take(MAX_CHIPS)
        .cloned()
        .collect::<Vec<_>>();

    let on_input = {
        let (state, url) = (state.clone(), url.clone());
        move |ev: leptos::ev::Event| {
            state.set_filter(event_target_value(&ev), techs.get_untracked());
            url.typed();
            let st = state.clone();
            state.events.emit_soon(move || filter_event(&st));
        }
    };
    let clear = {
        let (state, url) = (state.clone(), url.clone());
        move || {
            url.flush();
            state.replace_filter(String::new(), vec![]);
            url.write(true);
            tell_filter(&state);
        }
    };
    let on_keydown = {
        let (state, url) = (state.clone(), url.clone());
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" && !text.get_untracked().is_empty() {
                ev.prevent_default();
                state.replace_filter(String::new(), techs.get_untracked());
                url.write(false);
                tell_filter(&state);
            }
        }
    };
    let counts = state.filter.counts();
    let announce = state.filter.announcement();
    let view_sig = state.view;
    let set_view = {
        let (state, url) = (state.clone(), url.clone());
        move |v: View| {
            url.flush();
            if view_sig.get_untracked() != v {
                view_sig.set(v);
                state.events.emit(PageEvent::View { view: v });
            }
            url.write(true);
        }
    };
    let set_view2 = set_view.clone();
    let st_expand = state.clone();
    let st_collapse = state.clone();
    let st_chips = state.clone();
    let (l_counts, l_chips) = (l.clone(), l.clone());
    view! {
        <div class="tp-filter" role="search" part="search">
            <div class="tp-filter-row">
                <label class="tp-filter-label" for=input_id.clone()>{l.t(Msg::FilterLabel)}</label>
                <input
                    node_ref=input
                    id=input_id
                    class="tp-filter-input"
                    type="search"
                    placeholder=l.t(Msg::FilterPlaceholder)
                    aria-keyshortcuts=own.then_some("/")
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=text.get_untracked()
                    on:input=on_input
                    on:keydown=on_keydown
                    data-tp-filter=""
                />
                {own.then(|| view! { <kbd class="tp-key-hint" title=l.t(Msg::FilterKeyHint) aria-hidden="true">"/"</kbd> })}
                <p class="tp-status" part="status" role="status" aria-live="off">{move || { let (t, p) = counts.get(); l_counts.counts(t, p) }}</p>
                <p class="tp-visually-hidden" aria-live="polite">{move || announce.get()}</p>
            </div>
            {(!chips.is_empty()).then(|| view! {
                <div class="tp-chips" role="group" aria-label=l.t(Msg::FilterByTechnology)>
                    {chips.into_iter().map(|(tech, n)| {
                        let l_chips = l_chips.clone();
                        let t2 = tech.clone();
                        let pressed = move || techs.with(|ts| ts.contains(&t2));
                        let (st, url) = (st_chips.clone(), url.clone());
                        let t3 = tech.clone();
                        let toggle = move |_| {
                            let mut ts = techs.get_untracked();
                            if let Some(p) = ts.iter().position(|x| *x == t3) { ts.remove(p); } else { ts.push(t3.clone()); }
                            url.flush();
                            st.set_filter(text.get_untracked(), ts);
                            url.write(true);
                            tell_filter(&st);
                        };
                        view! {
                            <button type="button" class="tp-chip" aria-pressed=move || pressed().to_string() on:click=toggle>
                                {tech.clone()} <span class="tp-chip-count" aria-label=l_chips.count(Count::TeamCount, n)>{l_chips.number(n)}</span>
                            </button>
                        }
                    }).collect_view()}
                </div>
            })}
            <div class="tp-toolbar">
                <div class="tp-segmented" role="group" aria-label=l.t(Msg::ViewGroup)>
                    <button type="button" aria-pressed=move || (view_sig.get() == View::Teams).to_string() on:click=move |_| set_view(View::Teams)>{l.t(Msg::ViewTeams)}</button>
                    <button type="button" aria-pressed=move || (view_sig.get() == View::People).to_string() on:click=move |_| set_view2(View::People)>{l.t(Msg::Everyone)}</button>
                </div>
                <div class="tp-toolbar-end" hidden=move || view_sig.get() != View::Teams>
                    <button type="button" class="tp-button" on:click=move |_| st_expand.set_all_open(true, false)>{l.t(Msg::ExpandAll)}</button>
                    <button type="button" class="tp-button" on:click=move |_| st_collapse.set_all_open(false, false)>{l.t(Msg::CollapseAll)}</button>
                </div>
            </div>
            <div class="tp-empty" hidden=move || { let (t, p) = counts.get(); t + p != 0 }>
                <p>{l.t(Msg::NoMatch)}</p>
                <button type="button" class="tp-button" on:click=move |_| clear()>{l.t(Msg::ClearFilter)}</button>
            </div>
        </div>
    }
}

/// The visitor's filter as the host hears it.
fn filter_event(state: &PageState) -> PageEvent {
    let (teams, people) = state.filter.counts().get_untracked();
    PageEvent::Filter {
        filter: state.filter.text().get_untracked(),
        tech: state.filter.techs().get_untracked(),
        teams,
        people,
    }
}

/// Tells the host the filter now (a chip, Clear, Escape), in place of a
/// typed change still waiting.
fn tell_filter(state: &PageState) {
    state.events.cancel_pending();
    state.events.emit(filter_event(state));
}
