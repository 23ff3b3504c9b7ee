//! Loading, failure and invalid-manifest states: never a blank page.

use crate::components::heading::heading;
use crate::i18n::{use_locale, Locale};
use crate::source::LoadError;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use teampage_core::i18n::{Count, Msg};

/// How long the placeholder waits before it says it is still waiting.
pub const SLOW_AFTER: Duration = Duration::from_secs(5);

/// A placeholder shaped like the page, so nothing jumps when it arrives;
/// after [`SLOW_AFTER`] it says what it is waiting for and offers Retry.
#[component]
pub fn Loading(source: String, retry: Callback<()>) -> impl IntoView {
    let slow = RwSignal::new(false);
    if let Ok(timer) = set_timeout_with_handle(
        move || {
            slow.try_set(true);
        },
        SLOW_AFTER,
    ) {
        on_cleanup(move || timer.clear());
    }
    let l = use_locale();
    let (retry_text, waiting) = (l.t(Msg::Retry), l.clone());
    view! {
        <div class="tp-loading" aria-busy="true">
            <p class="tp-visually-hidden" role="status">{l.t(Msg::Loading)}</p>
            <div class="tp-waiting" aria-live="polite">
                {move || slow.get().then(|| view! {
                    <p>{waiting.view(Msg::StillWaiting, |_| view! { <code dir="ltr">{source.clone()}</code> }.into_any())}</p>
                    <button type="button" class="tp-button" on:click=move |_| retry.run(())>{retry_text.clone()}</button>
                })}
            </div>
            <div class="tp-skeleton tp-skeleton-title" aria-hidden="true"></div>
            <div class="tp-skeleton tp-skeleton-line" aria-hidden="true"></div>
            <div class="tp-skeleton tp-skeleton-line" aria-hidden="true"></div>
            <div class="tp-skeleton tp-skeleton-block" aria-hidden="true"></div>
        </div>
    }
}

/// Why the manifest could not be shown, with Retry for fetch failures and
/// Reload for an invalid manifest.
#[component]
pub fn ErrorState(
    error: LoadError,
    source: String,
    retry: Callback<()>,
    /// The level of the team name's heading, which the error takes the place of.
    level: usize,
    /// The words to say it in.
    locale: Arc<Locale>,
) -> impl IntoView {
    let l = locale;
    match error {
        LoadError::Fetch(reason) => view! {
            <div class="tp-error" role="alert">
                {heading(level, None, "tp-error-title", None, l.t(Msg::LoadFailedTitle).into_any())}
                <p>{l.view(Msg::LoadFailed, |arg| match arg {
                    "source" => view! { <code dir="ltr">{source.clone()}</code> }.into_any(),
                    _ => l.say(&reason).into_any(),
                })}</p>
                <button type="button" class="tp-button" on:click=move |_| retry.run(())>{l.t(Msg::Retry)}</button>
            </div>
        }
        .into_any(),
        LoadError::Refused(reason) => view! {
            <div class="tp-error" role="alert">
                {heading(level, None, "tp-error-title", None, l.t(Msg::LoadFailedTitle).into_any())}
                <p>{l.say(&reason)}</p>
            </div>
        }
        .into_any(),
        LoadError::Invalid(problems) => {
            let n = problems.len();
            view! {
                <div class="tp-error" role="alert">
                    {heading(level, None, "tp-error-title", None, l.t(Msg::InvalidTitle).into_any())}
                    <p>{l.view(Msg::InvalidIntro, |arg| match arg {
                        "source" => view! { <code dir="ltr">{source.clone()}</code> }.into_any(),
                        _ => l.count(Count::Problems, n).into_any(),
                    })}</p>
                    <ul class="tp-problems">
                        {problems.into_iter().map(|p| view! {
                            <li>{(!p.path.is_empty()).then(|| view! { <code class="tp-path" dir="ltr">{p.path.clone()}</code> ": " })}{p.message}</li>
                        }).collect_view()}
                    </ul>
                    // For the author who has just fixed the file.
                    <button type="button" class="tp-button" on:click=move |_| retry.run(())>{l.t(Msg::Reload)}</button>
                </div>
            }
            .into_any()
        }
    }
}

/// Above a page shown from the site's offline copy: when it was stored, and Retry.
#[component]
pub fn StoredCopyNotice(stored_at: String, retry: Callback<()>) -> impl IntoView {
    let l = use_locale();
    let when = local_time(l.lang(), &stored_at);
    view! {
        <div class="tp-notice" role="status">
            <p>{l.view(Msg::StoredCopy, |_| view! { <time datetime=stored_at.clone()>{when.clone()}</time> }.into_any())}</p>
            <button type="button" class="tp-button" on:click=move |_| retry.run(())>{l.t(Msg::Retry)}</button>
        </div>
    }
}

/// `2 Dec 2026, 05:40` in the reader's time zone (the RFC 3339 text itself
/// if the browser cannot read it).
fn local_time(lang: &str, rfc3339: &str) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    for (k, v) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_string(lang, &options).into()
}
