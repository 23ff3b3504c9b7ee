//! Loading, failure and invalid-manifest states: never a blank page.

use crate::components::heading::heading;
use crate::source::LoadError;
use crate::text::count;
use leptos::prelude::*;
use std::time::Duration;

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
    view! {
        <div class="tp-loading" aria-busy="true">
            <p class="tp-visually-hidden" role="status">"Loading the team…"</p>
            <div class="tp-waiting" aria-live="polite">
                {move || slow.get().then(|| view! {
                    <p>"Still waiting for " <code dir="ltr">{source.clone()}</code> "…"</p>
                    <button type="button" class="tp-button" on:click=move |_| retry.run(())>"Retry"</button>
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
) -> impl IntoView {
    match error {
        LoadError::Fetch(reason) => view! {
            <div class="tp-error" role="alert">
                {heading(level, None, "tp-error-title", None, "The team could not be loaded".into_any())}
                <p>"Loading " <code dir="ltr">{source}</code> " failed: " {reason} "."</p>
                <button type="button" class="tp-button" on:click=move |_| retry.run(())>"Retry"</button>
            </div>
        }
        .into_any(),
        LoadError::Refused(reason) => view! {
            <div class="tp-error" role="alert">
                {heading(level, None, "tp-error-title", None, "The team could not be loaded".into_any())}
                <p>{reason}</p>
            </div>
        }
        .into_any(),
        LoadError::Invalid(problems) => {
            let n = problems.len();
            view! {
                <div class="tp-error" role="alert">
                    {heading(level, None, "tp-error-title", None, "The team manifest is not valid".into_any())}
                    <p>
                        <code dir="ltr">{source}</code>
                        {format!(" has {} to fix:", count(n, "problem", "problems"))}
                    </p>
                    <ul class="tp-problems">
                        {problems.into_iter().map(|p| view! {
                            <li>{(!p.path.is_empty()).then(|| view! { <code class="tp-path" dir="ltr">{p.path.clone()}</code> ": " })}{p.message}</li>
                        }).collect_view()}
                    </ul>
                    // For the author who has just fixed the file.
                    <button type="button" class="tp-button" on:click=move |_| retry.run(())>"Reload"</button>
                </div>
            }
            .into_any()
        }
    }
}

/// Above a page shown from the site's offline copy: when it was stored, and Retry.
#[component]
pub fn StoredCopyNotice(stored_at: String, retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="tp-notice" role="status">
            <p>"Showing the copy from " <time datetime=stored_at.clone()>{local_time(&stored_at)}</time> "; the server could not be reached."</p>
            <button type="button" class="tp-button" on:click=move |_| retry.run(())>"Retry"</button>
        </div>
    }
}

/// `2 Dec 2026, 05:40` in the reader's time zone (the RFC 3339 text itself
/// if the browser cannot read it).
fn local_time(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    for (k, v) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_string("en", &options).into()
}
