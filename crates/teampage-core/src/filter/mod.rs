//! The filter: a search index over a team tree and the queries run on it.
//!
//! The page builds one [`Index`] per manifest's [`TeamTree`](crate::tree::TeamTree) ([`Index::new`]), then on every
//! keystroke turns the filter box and the selected technology chips into a
//! [`Query`] ([`Query::new`]) and runs it ([`Index::run`]); the [`Outcome`]
//! says, per team in depth-first pre-order, whether it stays, whether it
//! matches, whether its card opens, and which of its people stay.
//! [`marks`] gives the ranges of a displayed string to highlight.
//!
//! Matching is case- and accent-insensitive: haystacks and query words are
//! both passed through [`fold()`] ("Boruń" and "borun" are the same word), and a
//! word matches when it is a substring of a folded field.
//!
//! ```
//! use teampage_core::filter::{Index, Query};
//! use teampage_core::manifest::{Person, Team};
//! use teampage_core::tree::TeamTree;
//! let root = Team {
//!     id: "sre".into(),
//!     name: "SRE".into(),
//!     members: vec![Person { name: "Joanna Boruń".into(), ..Default::default() }],
//!     ..Default::default()
//! };
//! let index = Index::new(&TeamTree::new(root));
//! let out = index.run(&Query::new("boru", &[]));
//! assert_eq!((out.team_count, out.people_count), (1, 1));
//! ```

pub mod fold;
pub mod highlight;
pub mod index;
pub mod query;

pub use fold::fold;
pub use highlight::marks;
pub use index::{Index, Membership, Outcome, PeopleShown, PersonEntry};
pub use query::Query;
