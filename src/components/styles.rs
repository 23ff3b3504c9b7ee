//! The component's CSS, gathered from the `.css` files beside each component.
//!
//! It is rendered as a `<style>` element inside the component's own root, so
//! it reaches a shadow root too and never touches `document.head`.

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
