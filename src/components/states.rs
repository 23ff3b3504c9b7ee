//! Loading, failure and invalid-manifest states: never a blank page.

use crate::source::LoadError;
use leptos::prelude::*;

/// A placeholder shaped like the page, so nothing jumps when it arrives.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="tp-loading" aria-busy="true">
            <p class="tp-visually-hidden" role="status">"Loading the team…"</p>
            <div class="tp-skeleton tp-skeleton-title" aria-hidden="true"></div>
            <div class="tp-skeleton tp-skeleton-line" aria-hidden="true"></div>
            <div class="tp-skeleton tp-skeleton-line" aria-hidden="true"></div>
            <div class="tp-skeleton tp-skeleton-block" aria-hidden="true"></div>
        </div>
    }
}

/// Why the manifest could not be shown, with a Retry button for fetch failures.
#[component]
pub fn ErrorState(error: LoadError, source: String, retry: Callback<()>) -> impl IntoView {
    match error {
        LoadError::Fetch(reason) => view! {
            <div class="tp-error" role="alert">
                <h2>"The team could not be loaded"</h2>
                <p>"Loading " <code>{source}</code> " failed: " {reason} "."</p>
                <button type="button" class="tp-button" on:click=move |_| retry.run(())>"Retry"</button>
            </div>
        }
        .into_any(),
        LoadError::Refused(reason) => view! {
            <div class="tp-error" role="alert">
                <h2>"The team could not be loaded"</h2>
                <p>{reason}</p>
            </div>
        }
        .into_any(),
        LoadError::Invalid(problems) => {
            let n = problems.len();
            view! {
                <div class="tp-error" role="alert">
                    <h2>"The team manifest is not valid"</h2>
                    <p>
                        <code>{source}</code>
                        {format!(" has {n} {} to fix:", if n == 1 { "problem" } else { "problems" })}
                    </p>
                    <ul class="tp-problems">
                        {problems.into_iter().map(|p| view! {
                            <li>{(!p.path.is_empty()).then(|| view! { <code class="tp-path">{p.path.clone()}</code> ": " })}{p.message}</li>
                        }).collect_view()}
                    </ul>
                </div>
            }
            .into_any()
        }
    }
}
