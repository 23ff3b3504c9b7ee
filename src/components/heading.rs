//! Headings of any level: an embed under a host page's own `<h1>` shifts
//! every heading of the page down (`heading-level`).

use leptos::prelude::*;

/// A heading of `level` (1–6); deeper levels use `role="heading"` with
/// `aria-level`, since HTML has no `<h7>`. `part` names it for `::part()`.
pub fn heading(
    level: usize,
    id: Option<String>,
    class: &'static str,
    part: Option<&'static str>,
    children: AnyView,
) -> AnyView {
    match level {
        0 | 1 => view! { <h1 id=id class=class part=part>{children}</h1> }.into_any(),
        2 => view! { <h2 id=id class=class part=part>{children}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class part=part>{children}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class part=part>{children}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class part=part>{children}</h5> }.into_any(),
        6 => view! { <h6 id=id class=class part=part>{children}</h6> }.into_any(),
        n => view! { <div role="heading" attr:aria-level=n.to_string() id=id class=class part=part>{children}</div> }
            .into_any(),
    }
}
