//! Text with the filter's matches wrapped in `<mark>`.

use crate::state::PageState;
use leptos::prelude::*;
use teampage_core::filter::marks;

/// Renders `text` as text (never HTML), marking what the current filter matches.
///
/// ```ignore
/// view! { <Hl text=person.name.clone()/> }
/// ```
#[component]
pub fn Hl(#[prop(into)] text: String) -> impl IntoView {
    let query = expect_context::<PageState>().query;
    move || {
        query.with(|q| {
            if q.words.is_empty() {
                return text.clone().into_any();
            }
            let ranges = marks(&text, q);
            if ranges.is_empty() {
                return text.clone().into_any();
            }
            let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
            let mut at = 0;
            for (start, end) in ranges {
                if start > at {
                    parts.push(text[at..start].to_string().into_any());
                }
                parts.push(view! { <mark>{text[start..end].to_string()}</mark> }.into_any());
                at = end;
            }
            if at < text.len() {
                parts.push(text[at..].to_string().into_any());
            }
            parts.into_any()
        })
    }
}
