//! Pure logic of teampage, free of web-sys so that `cargo test` covers it natively.
//!
//! The flow: [`manifest`] (text → tree → checked model) → [`tree`] (the
//! teams flattened once) → [`filter`] (search index and query). [`chat`]
//! builds links from networks, [`response`] judges a fetched manifest before
//! it is parsed, [`deferred`] orders the page's deferred work. The page
//! crate renders it.

pub mod chat;
pub mod deferred;
pub mod filter;
pub mod hash;
pub mod i18n;
pub mod manifest;
pub mod response;
pub mod tree;
