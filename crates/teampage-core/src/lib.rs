//! Pure logic of teampage, free of web-sys so that `cargo test` covers it natively.
//!
//! The flow: [`manifest`] (model, validation) → [`chat`] (links built from
//! networks) → [`filter`] (search index and query). [`response`] judges a
//! fetched manifest before it is parsed. The page crate renders it.

pub mod chat;
pub mod filter;
pub mod manifest;
pub mod response;
