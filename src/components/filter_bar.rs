//! The filter: one search box, technology chips, the view switch, expand /
//! collapse all, and the live counts.

use crate::components::page::View;
use crate::state::{counts_text, PageState};
use crate::url_state::UrlState;
use leptos::prelude::*;

/// How many technology chips are offered (the most used first).
pub const MAX_CHIPS: usize = 24;

/// The filter bar of one page instance.
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = expect_context::<PageState>();
    let input_id = state.dom_id("tp-filter");
    let input = state.input;
    let chips = state
        .data
        .technologies
        .iter()
        .take(MAX_CHIPS)
        .cloned()
        .collect::<Vec<_>>();

    let on_input = {
        let state = state.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            state.set_filter(text, state.techs.get_untracked());
            sync_url_soon(&state);
        }
    };
    let clear = {
        let state = state.clone();
        move || {
            flush_url(&state);
            state.replace_filter(String::new(), vec![]);
            sync_url(&state, true);
        }
    };
    let on_keydown = {
        let state = state.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" && !state.text.get_untracked().is_empty() {
                ev.prevent_default();
                state.replace_filter(String::new(), state.techs.get_untracked());
                sync_url(&state, false);
            }
        }
    };
    let counts = state.counts;
    let announce = state.announce;
    let view_sig = state.view;
    let set_view = {
        let state = state.clone();
        move |v: View| {
            flush_url(&state);
            state.view.set(v);
            sync_url(&state, true);
        }
    };
    let set_view2 = set_view.clone();
    let st_expand = state.clone();
    let st_collapse = state.clone();
    let st_chips = state.clone();
    view! {
        <div class="tp-filter" role="search">
            <div class="tp-filter-row">
                <label class="tp-filter-label" for=input_id.clone()>"Filter teams and people"</label>
                <input
                    node_ref=input
                    id=input_id
                    class="tp-filter-input"
                    type="search"
                    placeholder="Name, team, technology, channel…  (press /)"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=state.text.get_untracked()
                    on:input=on_input
                    on:keydown=on_keydown
                    data-tp-filter=""
                />
                <p class="tp-status" role="status" aria-live="off">{move || { let (t, p) = counts.get(); counts_text(t, p) }}</p>
                <p class="tp-visually-hidden" aria-live="polite">{move || announce.get()}</p>
            </div>
            {(!chips.is_empty()).then(|| view! {
                <div class="tp-chips" role="group" aria-label="Filter by technology">
                    {chips.into_iter().map(|(tech, n)| {
                        let st = st_chips.clone();
                        let t2 = tech.clone();
                        let pressed = move || st.techs.with(|ts| ts.contains(&t2));
                        let st = st_chips.clone();
                        let t3 = tech.clone();
                        let toggle = move |_| {
                            let mut ts = st.techs.get_untracked();
                            if let Some(p) = ts.iter().position(|x| *x == t3) { ts.remove(p); } else { ts.push(t3.clone()); }
                            flush_url(&st);
                            st.set_filter(st.text.get_untracked(), ts);
                            sync_url(&st, true);
                        };
                        view! {
                            <button type="button" class="tp-chip" aria-pressed=move || pressed().to_string() on:click=toggle>
                                {tech.clone()} <span class="tp-chip-count" aria-label=format!("{n} teams")>{n}</span>
                            </button>
                        }
                    }).collect_view()}
                </div>
            })}
            <div class="tp-toolbar">
                <div class="tp-segmented" role="group" aria-label="Show">
                    <button type="button" aria-pressed=move || (view_sig.get() == View::Teams).to_string() on:click=move |_| set_view(View::Teams)>"By team"</button>
                    <button type="button" aria-pressed=move || (view_sig.get() == View::People).to_string() on:click=move |_| set_view2(View::People)>"Everyone A–Z"</button>
                </div>
                <div class="tp-toolbar-end" hidden=move || view_sig.get() != View::Teams>
                    <button type="button" class="tp-button" on:click=move |_| st_expand.set_all_open(true, false)>"Expand all"</button>
                    <button type="button" class="tp-button" on:click=move |_| st_collapse.set_all_open(false, false)>"Collapse all"</button>
                </div>
            </div>
            <div class="tp-empty" hidden=move || { let (t, p) = counts.get(); t + p != 0 }>
                <p>"Nothing matches this filter."</p>
                <button type="button" class="tp-button" on:click=move |_| clear()>"Clear filter"</button>
            </div>
        </div>
    }
}

/// How long typing must pause before the URL follows the filter box
/// (`history.replaceState` costs several milliseconds per keystroke).
pub const URL_DELAY_MS: u64 = 250;

/// Writes the filter to the URL once typing pauses (replacing the entry).
pub fn sync_url_soon(state: &PageState) {
    if !state.own_url {
        return;
    }
    let mut timer = state.url_timer.lock().unwrap();
    if let Some(t) = timer.take() {
        t.clear();
    }
    let st = state.clone();
    *timer = set_timeout_with_handle(
        move || sync_url(&st, false),
        std::time::Duration::from_millis(URL_DELAY_MS),
    )
    .ok();
}

/// Writes a pending typing change to the current history entry now, so that
/// a following `push` leaves the typed text behind it for Back.
pub fn flush_url(state: &PageState) {
    let pending = state.url_timer.lock().unwrap().take();
    if let Some(t) = pending {
        t.clear();
        sync_url(state, false);
    }
}

/// Writes this instance's filter to the URL when it owns the URL state.
pub fn sync_url(state: &PageState, push: bool) {
    if let Some(t) = state.url_timer.lock().unwrap().take() {
        t.clear();
    }
    if state.own_url {
        UrlState::write(
            &state.text.get_untracked(),
            &state.techs.get_untracked(),
            state.view.get_untracked(),
            push,
        );
    }
}
