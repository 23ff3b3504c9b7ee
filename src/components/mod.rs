//! The view: one concern per file, each component's CSS beside it.

pub mod card;
pub mod channel;
pub mod filter_bar;
pub mod header;
pub mod heading;
pub mod highlight;
pub mod page;
pub mod people;
pub mod states;
pub mod styles;
