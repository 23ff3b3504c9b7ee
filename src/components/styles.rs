//! The component's CSS, gathered from the `.css` files beside each component,
//! and how it reaches the page.
//!
//! The CSS is given to the component's root (its shadow root, or the
//! document) as one constructed stylesheet through `adoptedStyleSheets`,
//! shared by every instance: a `<style>` element or a `style` attribute is
//! inline style, which a `style-src 'self'` Content-Security-Policy refuses.

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot};

/// Every stylesheet of the component, theme first.
pub const STYLES: &str = concat!(
    include_str!("theme.css"),
    include_str!("page.css"),
    include_str!("header.css"),
    include_str!("filter_bar.css"),
    include_str!("card.css"),
    include_str!("people.css"),
    include_str!("channel.css"),
    include_str!("states.css"),
);

thread_local! {
    // One sheet for every instance on the page (None where the browser
    // cannot construct stylesheets).
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|s| s.replace_sync(STYLES).is_ok());
}

/// Gives the shadow root or document that holds `el` the component's
/// stylesheet, once; where the browser has no `adoptedStyleSheets` (or `el`
/// is not in a document yet), falls back to a `<style>` element in `el`.
///
/// ```no_run
/// # fn demo(root: &web_sys::Element) {
/// teampage::components::styles::adopt(root);
/// # }
/// ```
pub fn adopt(el: &Element) {
    let root = el.get_root_node();
    let adopted = SHEET.with(|sheet| {
        let sheet = sheet.as_ref()?;
        let list = if let Some(shadow) = root.dyn_ref::<ShadowRoot>() {
            shadow.adopted_style_sheets()
        } else {
            root.dyn_ref::<Document>()?.adopted_style_sheets()
        };
        if !js_sys::Array::is_array(&list) {
            return None;
        }
        if !list.includes(sheet, 0) {
            // Pushing onto the live array is enough in today's browsers;
            // setting it again also covers engines that hand out a copy.
            list.push(sheet);
            match root.dyn_ref::<ShadowRoot>() {
                Some(shadow) => shadow.set_adopted_style_sheets(&list),
                None => root
                    .unchecked_ref::<Document>()
                    .set_adopted_style_sheets(&list),
            }
        }
        Some(())
    });
    if adopted.is_none() {
        if let Some(style) = el
            .owner_document()
            .and_then(|d| d.create_element("style").ok())
        {
            style.set_text_content(Some(STYLES));
            let _ = el.prepend_with_node_1(&style);
        }
    }
}
