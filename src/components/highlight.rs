//! Text with the filter's matches wrapped in `<mark>`.

use leptos::prelude::*;
use std::sync::Arc;
use teampage_core::filter::{marks, Query};

/// Renders `text` as text (never HTML), marking what `q` matches. `q` is a
/// team's (or a chunk of the A–Z list's) own highlight query, so a query
/// change touches only the texts of cards that are shown; and the DOM changes
/// only when the marked ranges do.
///
/// `before` and `after` are fixed text around it, never marked: unmarked,
/// the whole is one text node (one layout object, as a hand-written page
/// would make it), not three.
///
/// ```no_run
/// use leptos::prelude::*;
/// use std::sync::Arc;
/// use teampage::components::highlight::Hl;
/// use teampage_core::filter::Query;
/// let q = RwSignal::new(Arc::new(Query::new("bor", &[])));
/// let name = view! { <Hl text="Joanna Boruń" q=q/> };
/// let short = view! { <span class="tp-short"><Hl text="SRE" before=" (" after=")" q=q/></span> };
/// ```
#[component]
pub fn Hl(
    #[prop(into)] text: String,
    q: RwSignal<Arc<Query>>,
    #[prop(optional, into)] before: String,
    #[prop(optional, into)] after: String,
) -> impl IntoView {
    let query = q;
    let offset = before.len();
    let text: Arc<str> = if before.is_empty() && after.is_empty() {
        text.into()
    } else {
        format!("{before}{text}{after}").into()
    };
    let source = text.clone();
    let end = text.len() - after.len();
    let ranges = Memo::new(move |_| {
        query.with(|q| {
            if q.words.is_empty() {
                Vec::new()
            } else {
                marks(&source[offset..end], q)
                    .into_iter()
                    .map(|(s, e)| (s + offset, e + offset))
                    .collect()
            }
        })
    });
    (move || ranges.with(|r| render(&text, r))).into_any()
}

fn render(text: &str, ranges: &[(usize, usize)]) -> AnyView {
    if ranges.is_empty() {
        return text.to_owned().into_any();
    }
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for &(start, end) in ranges {
        if start > at {
            parts.push(text[at..start].to_owned().into_any());
        }
        parts.push(view! { <mark>{text[start..end].to_owned()}</mark> }.into_any());
        at = end;
    }
    if at < text.len() {
        parts.push(text[at..].to_owned().into_any());
    }
    parts.into_any()
}
